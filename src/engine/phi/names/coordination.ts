// Owns `name.coordination`: a list whose one member is a person makes its other members people ("seen with Amy, Raj
// and their son Tomas", "Dawn and Noble visited", "Attendees: Dr Lolaath, Lark Xivindu RN, Earl (SW)"). Members are
// joined by commas, "and", "&" or "or" on one line, and may carry a title, a kinship word or a role before them;
// a sibling must still be shaped like a name (nameWord), so a list of findings after a name stays.
import { WORD_CREDENTIAL, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';
import { anyPhraseEndsAt, isKin, isRole, nameRun, nameWord } from './roleGrammar';
import { caselessStretch } from './caselessSlots';
import { notAllowed } from '../deny/allowList';
import { nearKnownWord } from './nearWord';

export const RECOGNIZER = 'name.coordination';
export const LIST_LABEL_RECOGNIZER = 'name.people-list';
export const INITIAL_PAIRS_RECOGNIZER = 'name.initial-surname-list';

/** Labels of a list of people ("At bedside: Amy, Raj", "Attendees: Dr Lolaath, Lark Xivindu RN, Earl (SW)"). */
const PEOPLE_LIST_LABELS: readonly (readonly string[])[] = ['at bedside', 'present', 'family present', 'visitors', 'visitors today',
  'attendees', 'participants', 'in attendance', 'care team', 'team present', 'family at bedside', 'people present', 'present at meeting',
  'family meeting attendees', 'meeting attendees', 'visited by', 'present for meeting'].map((p) => p.split(' '));
const MAX_ROUNDS = 4;
const JOINERS = new Set(['and', '&', 'or']);
const DETERMINERS = new Set(['her', 'his', 'their', 'the', 'my', 'our']);
/** A comma: the gap before a list member's first word (a semicolon ends a clause as often as it parts a list). */
const COMMA_GAP_RE = /^[ \t\u00a0]*,[ \t\u00a0]*$/;
const SPACE_GAP_RE = /^[ \t\u00a0]+$/;

export function detectCoordinatedNames(c: NameContext, marks: WordMarks): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let grew = false;
    const n = c.words.length;
    for (let i = 0; i < n; i++) {
      if (!marks.isName(i)) continue;
      // Rightwards from the run's last word.
      if (!marks.isName(i + 1) || !c.sameLine(i + 1)) {
        const j = memberAfter(c, i);
        if (j >= 0 && marks.free(j)) {
          const k = siblingRun(c, j, marks);
          if (k >= 0) {
            marks.add(j, k, 'NAME', RECOGNIZER);
            grew = true;
          }
        }
      }
      // Leftwards from the run's first word.
      if (i === 0 || !marks.isName(i - 1) || !c.sameLine(i)) {
        const e = memberBefore(c, i);
        if (e >= 0 && marks.free(e)) {
          let s = e;
          while (s - 1 >= 0 && e - s < 2 && c.sameLine(s) && SPACE_GAP_RE.test(c.w(s)!.gapBefore) && marks.free(s - 1) &&
            (c.isInitial(s - 1) || siblingWord(c, s - 1, marks))) s--;
          if (siblingWord(c, s, marks) && siblingRun(c, s, marks) >= e) {
            marks.add(s, e, 'NAME', RECOGNIZER);
            grew = true;
          } else if (e - 1 >= 0 && surnamePair(c, e - 1, marks)) {
            marks.add(e - 1, e, 'NAME', RECOGNIZER);
            grew = true;
          }
        }
      }
    }
    if (!grew) break;
  }
}

/** The first word of the next list member after a name ending at k, skipping a title, determiner and kinship/role word. */
function memberAfter(c: NameContext, k: number): number {
  let j = k + 1;
  const w = c.w(j);
  if (!w || !c.sameLine(j) || c.w(k)!.end !== c.w(k)!.baseEnd) return -1;
  if (JOINERS.has(w.lower) && /^[ \t\u00a0]*,?[ \t\u00a0]+$/.test(w.gapBefore)) {
    j++;
    if (!c.w(j) || !c.sameLine(j) || !SPACE_GAP_RE.test(c.w(j)!.gapBefore)) return -1;
  } else if (!COMMA_GAP_RE.test(w.gapBefore)) {
    // "Lark Xivindu RN, Earl (SW)": a credential may close a member before the comma.
    return -1;
  }
  // A titled, kin or role member belongs to the rule of its cue; only a bare sibling is taken here.
  if (c.is(j, WORD_TITLE) || DETERMINERS.has(c.w(j)!.lower) || isKin(c, j) || isRole(c, j)) return -1;
  return j;
}

/** The last word of the list member before a name starting at s ("Raj and [their son] Tomas", "Amy, Raj"). */
function memberBefore(c: NameContext, s: number): number {
  let b = s;
  // Skip a kinship word and its determiner, or a title, before the name: "and their son Tomas", "and Dr Ngata", "AND DRS".
  if (b - 1 >= 0 && c.sameLine(b) && (isKin(c, b - 1) || c.is(b - 1, WORD_TITLE) || c.w(b - 1)!.lower === 'drs')) {
    b--;
    if (b - 1 >= 0 && c.sameLine(b) && DETERMINERS.has(c.w(b - 1)!.lower)) b--;
  }
  const w = c.w(b)!;
  if (!c.sameLine(b)) return -1;
  if (b - 1 >= 0 && JOINERS.has(c.w(b - 1)!.lower) && SPACE_GAP_RE.test(w.gapBefore)) {
    const joiner = c.w(b - 1)!;
    if (!c.sameLine(b - 1) || !/^[ \t\u00a0]*,?[ \t\u00a0]+$/.test(joiner.gapBefore)) return -1;
    return b - 2;
  }
  if (COMMA_GAP_RE.test(w.gapBefore) && b !== s) return -1; // "the son, Tomas" is an apposition, not a list
  return COMMA_GAP_RE.test(w.gapBefore) ? b - 1 : -1;
}

/** A list member may be a name in no list only where its case says so; a listed name needs its capital in mixed text. */
function siblingWord(c: NameContext, j: number, marks: WordMarks): boolean {
  const w = c.w(j);
  // Outside mixed case a sibling must be a listed name: an unlisted word in a list there is a drug or a finding.
  if (!w || !marks.free(j) || !nameWord(c, j, marks, c.mode === 'mixed') || w.lower.length < 2) return false;
  // A lower-case stretch of mixed text ("proxys. beauchamp and ribeiro"): case says nothing there, so a listed name
  // that is no everyday word is a sibling as it is in an all-lower note.
  if (c.mode === 'mixed' && !w.capitalized && !w.upper) {
    return c.unknown(j) && !c.lex.common.has(w.lower) || c.strongName(j) && !c.lex.clinical.has(w.lower) && caselessStretch(c, j);
  }
  // Capitals in mixed text are as often an abbreviation ("PGY-3"): only a listed name there.
  if (c.mode === 'mixed' && w.upper) return c.isFirst(j) || c.isLast(j);
  return true;
}

/**
 * "IMANI POTTER AND DRS …", "and kemal river,": a list member of two words, a given name that is no English word (or a
 * word in no allow-list) and a listed surname after it, even one that is also English, written in one case.
 */
function surnamePair(c: NameContext, j: number, marks: WordMarks): boolean {
  const a = c.w(j);
  const b = c.w(j + 1);
  if (!a || !b || !a.alpha || !b.alpha || !c.sameLine(j + 1) || !SPACE_GAP_RE.test(b.gapBefore) || !marks.free(j) || !marks.free(j + 1)) return false;
  if (a.upper !== b.upper || a.capitalized !== b.capitalized || a.end !== a.baseEnd) return false;
  if (c.mode === 'mixed' && !a.upper && !a.capitalized && !caselessStretch(c, j)) return false;
  if (c.protectedTerm[j] || c.protectedTerm[j + 1] || c.eponymPhrase[j + 1] || c.isFunction(j) || c.isFunction(j + 1) || a.lower.length < 3) return false;
  if (c.is(j, WORD_TITLE | WORD_CREDENTIAL) || c.is(j + 1, WORD_TITLE | WORD_CREDENTIAL) || isKin(c, j) || isRole(c, j) || isRole(c, j + 1)) return false;
  if (!c.isLast(j + 1)) return false;
  return c.isFirst(j) && !c.isCommon(j) || notAllowed(c, j) && !c.isLast(j) && !nearKnownWord(c.lex, a.lower);
}

function siblingRun(c: NameContext, j: number, marks: WordMarks): number {
  let k: number;
  if (siblingWord(c, j, marks)) {
    k = nameRun(c, j, marks, 3, c.mode === 'mixed');
    if (k < 0) return -1;
    if (k === j && surnamePair(c, j, marks)) k = j + 1;
  } else if (surnamePair(c, j, marks)) k = j + 1;
  else return -1;
  // The member ends at a list separator, a bracket, a credential or the clause: not inside a longer phrase.
  const nx = c.w(k + 1);
  if (!nx || !c.sameLine(k + 1)) return k;
  if (/^[ \t\u00a0]*:/.test(nx.gapBefore) || nx.gapBefore === '-' || !nx.alpha && nx.gapBefore === '') return -1; // a label ("Age: 104")
  if (/[,;()\-–—.:!?]/.test(nx.gapBefore) || JOINERS.has(nx.lower) || c.isFunction(k + 1) || nx.upper && nx.lower.length <= 4) return k;
  return /^[a-z]+(?:ed|ing|s)$/.test(nx.lower) ? k : -1;
}

/**
 * A labelled list of people: after "At bedside:", "Attendees:", "Family present:" every comma- or "and"-separated
 * member shaped like a name is one, titled, with a credential or a bracketed role after it, whatever its lists say.
 */
export function detectLabelledPeopleLists(c: NameContext, marks: WordMarks): void {
  const n = c.words.length;
  for (let i = 0; i < n - 1; i++) {
    if (!anyPhraseEndsAt(c, i, PEOPLE_LIST_LABELS)) continue;
    const first = c.w(i + 1)!;
    if (!c.sameLine(i + 1) || !/^[ \t\u00a0]*:[ \t\u00a0]*$/.test(first.gapBefore)) continue;
    let j = i + 1;
    for (let member = 0; member < 8 && j < n && c.sameLine(j); member++) {
      if (c.is(j, WORD_TITLE) && c.w(j + 1) && c.sameLine(j + 1)) j++;
      if (isKin(c, j) || DETERMINERS.has(c.w(j)!.lower)) break;
      const k = marks.free(j) || marks.isName(j) ? nameRun(c, j, marks, 3, { unknown: true, positional: true }) : -1;
      if (k < 0) break;
      for (let q = j; q <= k; q++) if (marks.free(q)) marks.add(q, q, 'NAME', LIST_LABEL_RECOGNIZER);
      // Past a credential or a bracketed role to the next separator.
      let nx = k + 1;
      while (nx < n && c.sameLine(nx) && (c.is(nx, WORD_CREDENTIAL) || c.mode === 'mixed' && c.w(nx)!.upper && c.w(nx)!.lower.length <= 5 || /\($/.test(c.w(nx)!.gapBefore.trim())) &&
        !/,/.test(c.w(nx)!.gapBefore)) nx++;
      const w = c.w(nx);
      if (!w || !c.sameLine(nx)) break;
      if (JOINERS.has(w.lower) && /^[ \t\u00a0)]*,?[ \t\u00a0]+$/.test(w.gapBefore)) j = nx + 1;
      else if (/^[ \t\u00a0)]*,[ \t\u00a0]*$/.test(w.gapBefore)) j = JOINERS.has(w.lower) ? nx + 1 : nx;
      else break;
    }
  }
}

/** One list member written as an initial, its full stop and a word: "t. river", "S. O'Connell". Returns the word's index or -1. */
function initialMember(c: NameContext, i: number, marks: WordMarks): number {
  const ini = c.w(i);
  const w = c.w(i + 1);
  if (!ini || !w || !c.sameLine(i + 1) || ini.lower.length !== 1 || !ini.alpha || !/^\.[ \t\u00a0]?$/.test(w.gapBefore)) return -1;
  if (!w.alpha || w.lower.length < 2 || !marks.free(i) && !marks.isName(i) || !marks.free(i + 1) && !marks.isName(i + 1)) return -1;
  if (c.protectedTerm[i + 1] || c.eponymPhrase[i + 1] || c.isFunction(i + 1) || c.is(i + 1, WORD_TITLE | WORD_CREDENTIAL)) return -1;
  // Case must agree inside the member: "E. coli" and "S. aureus" are a genus and a species, not a person.
  if (ini.upper !== (w.capitalized || w.upper)) return -1;
  return i + 1;
}

/**
 * People listed by initial and surname ("nsg (t. river and s. o'connell) verified", "RNs J. Marsh, K. Oduya"): two or
 * more members of one shape, joined by "and", "&", "/" or a comma, where at least one surname is no everyday word, are
 * people whatever their case says. One member alone ("r. stable") is a plan line's shorthand as often as a person.
 */
export function detectInitialSurnameLists(c: NameContext, marks: WordMarks): void {
  const n = c.words.length;
  for (let i = 0; i + 1 < n; i++) {
    const a = initialMember(c, i, marks);
    if (a < 0) continue;
    const members: number[] = [i];
    let end = a;
    for (;;) {
      const nx = c.w(end + 1);
      if (!nx || !c.sameLine(end + 1)) break;
      let j = -1;
      if (JOINERS.has(nx.lower) && SPACE_GAP_RE.test(nx.gapBefore) && c.sameLine(end + 2) && SPACE_GAP_RE.test(c.w(end + 2)?.gapBefore ?? '')) j = end + 2;
      else if (/^[ \t\u00a0]*[,/&][ \t\u00a0]*$/.test(nx.gapBefore)) j = end + 1;
      if (j < 0) break;
      const b = initialMember(c, j, marks);
      if (b < 0) break;
      members.push(j);
      end = b;
    }
    // The clinical list holds everyday words too ("river"), so a member may be one; the list's anchor may not ("e. coli").
    const anchored = members.some((m) => !c.lex.clinical.has(c.w(m + 1)!.lower) && (c.strongName(m + 1) || c.unknown(m + 1) && !c.lex.common.has(c.w(m + 1)!.lower)));
    if (members.length < 2 || !anchored) {
      i = end;
      continue;
    }
    for (const m of members) marks.add(m, m + 1, 'NAME', INITIAL_PAIRS_RECOGNIZER);
    i = end;
  }
}
