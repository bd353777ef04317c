// Owns the person slots that take a listed name even when it is also an English word (issue 9: word names in capitals
// and lower case, "PER CANDY WILL HOLD", "MARINA BROWN CALLED TO BEDSIDE", "and ace called early"). The caseless units in
// caselessSlots.ts take only words in no allow-list there; here the slot is strong enough for a word that is in the
// given-name list: "per" and what the person decided, or a clause opening on a given name (and a surname) before a
// person's verb. Clinical words, cue words, modals and services stay whatever the name lists say.
import { WORD_CONTACT, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';
import { caselessStretch } from './caselessSlots';
import { ALLIED_CREDENTIALS, CREDENTIALS } from '../vocab';

export const PER_WORD_NAME = 'name.per-word-name';
export const SUBJECT_WORD_NAME = 'name.word-name-subject';

const CUE_BITS = WORD_RELATIVE | WORD_ROLE | WORD_TITLE | WORD_FUNCTION | WORD_CONTACT | WORD_HEADER | WORD_CREDENTIAL | WORD_PERSON_VERB | WORD_MOVEMENT;
const SPACE_RE = /^[ \t\u00a0]+$/;
const MODALS: ReadonlySet<string> = new Set(['will', 'may', 'can', 'might', 'must', 'shall', 'would', 'could', 'should', 'did', 'does', 'do']);
/** What follows the person "per" names: what they decided or said ("PER CANDY WILL HOLD", "per joy ok to extubate"). */
const DECISIONS: ReadonlySet<string> = new Set(('will wants would said says states stated recommends recommended ok okay aware ' +
  'agrees agreed requests requested').split(' '));
/** A person's verbs of contact: the subject of "X CALLED", "x visited", "X AWARE" is a person. */
const CONTACT_PREDICATES: ReadonlySet<string> = new Set(('called phoned visited aware notified updated informed spoke talked paged ' +
  'agrees agreed states stated says said wants requests requested consented arrived').split(' '));
/** A clause opens before the subject: a sentence or list boundary, "and", or a label's colon. */
const CLAUSE_START_RE = /(?:^|[.!?:;,\-–—(]|\b(?:and|&))[ \t\u00a0]*$/i;

/** A listed given name (or, alone before a verb of contact, a listed surname), even an English word, fit for a person slot: not clinical, no cue, no modal, in a cased-enough stretch. */
function givenNameWord(c: NameContext, marks: WordMarks, i: number, surnameToo = false): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.lower.length < 3 || w.end !== w.baseEnd || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i]) return false;
  if (!(c.isFirst(i) || (surnameToo && c.isLast(i))) || c.is(i, CUE_BITS) || MODALS.has(w.lower) || c.lex.clinical.has(w.lower)) return false;
  // In mixed-case prose a lower-case word is its English sense unless the stretch around it is written in one case.
  return c.mode !== 'mixed' || w.capitalized || w.upper || caselessStretch(c, i);
}

/** A surname after a given name: a listed surname or a word in no list, not clinical and no cue. */
function surnameWord(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.lower.length < 2 || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i]) return false;
  // A listed surname that is also a colour or a clinical word ("BROWN", "WHITE") is the surname after a given name.
  if (c.is(i, CUE_BITS) || MODALS.has(w.lower) || !(c.isLast(i) || c.unknown(i))) return false;
  return c.mode !== 'mixed' || w.capitalized || w.upper;
}

function spaced(c: NameContext, i: number): boolean {
  return c.sameLine(i) && SPACE_RE.test(c.words[i].gapBefore);
}

/** "PER CANDY WILL HOLD PRESENTLY", "per joy ok to extubate": "per", a given name, and what the person decided. */
export function detectPerWordNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let t = 0; t + 2 < words.length; t++) {
    if (words[t].lower !== 'per' || !spaced(c, t + 1) || !givenNameWord(c, marks, t + 1)) continue;
    let k = t + 1;
    if (spaced(c, k + 1) && !DECISIONS.has(words[k + 1].lower) && surnameWord(c, marks, k + 1)) k++;
    if (k + 1 >= words.length || !spaced(c, k + 1) || !DECISIONS.has(words[k + 1].lower)) continue;
    marks.add(t + 1, k, 'NAME', PER_WORD_NAME);
    t = k;
  }
}

/**
 * "MARINA BROWN CALLED TO BEDSIDE", "and ace called early this am": a clause opening on a given name (and a surname)
 * right before a person's verb of contact is a person, even when the words are English.
 */
export function detectWordNameSubjects(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let p = 1; p < words.length; p++) {
    if (!CONTACT_PREDICATES.has(words[p].lower) || !spaced(c, p)) continue;
    let a = p - 1;
    let ok = false;
    if (a >= 1 && spaced(c, a) && surnameWord(c, marks, a) && givenNameWord(c, marks, a - 1)) {
      a--;
      ok = true;
    } else if (givenNameWord(c, marks, a, true)) ok = true;
    if (!ok) continue;
    const before = text.slice(Math.max(0, words[a].start - 12), words[a].start);
    if (a > 0 && !CLAUSE_START_RE.test(before)) continue;
    marks.add(a, p - 1, 'NAME', SUBJECT_WORD_NAME);
  }
}

export const POSSESSIVE_OF_PERSON_NAME = 'name.word-name-possessive-of-person';
export const TASK_SUBJECT_WORD_NAME = 'name.word-name-task-subject';

/** Nouns only a person owns in a note: kin, a pastor or congregation, a caregiver ("Gentle's pastor", "SZABÓ'S WIFE"). */
const PERSON_OWNED: ReadonlySet<string> = new Set(('wife husband daughter son mother father sister brother niece nephew aunt uncle ' +
  'cousin grandson granddaughter grandmother grandfather partner fiance fiancee boyfriend girlfriend friend friends neighbor ' +
  'neighbour children kids parents family caregiver pastor priest rabbi imam minister chaplain church congregation parish ' +
  'temple mosque synagogue').split(' '));
/** Tasks a person is given in a plan ("RANSOM TO CALL", "major to call the pastor", "Story to update family"). */
const TASKS: ReadonlySet<string> = new Set('call update bring contact notify visit phone arrange meet discuss'.split(' '));

/** A listed name, or a word in no list, that is no clinical word, cue, modal or protected term. */
function nameWord(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.lower.length < 3 || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i]) return false;
  if (c.is(i, CUE_BITS) || MODALS.has(w.lower) || c.lex.clinical.has(w.lower) || c.lex.indexClinical.has(w.lower)) return false;
  return c.isFirst(i) || c.isLast(i) || c.unknown(i);
}

/**
 * "Gentle's pastor", "SZABÓ'S PASTOR", "choi's church called": a name's possessive before what only a person owns (kin, a
 * pastor, a congregation), in any case. Eponyms own diseases and signs, never a wife or a pastor.
 */
export function detectPossessiveOfPerson(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (w.end === w.baseEnd || !/^['’]s$/i.test(text.slice(w.baseEnd, w.end)) || !nameWord(c, marks, i)) continue;
    if (c.mode === 'mixed' && !(w.capitalized || w.upper) && !caselessStretch(c, i)) continue;
    const nx = words[i + 1];
    if (!spaced(c, i + 1) || !PERSON_OWNED.has(nx.lower)) continue;
    marks.add(i, i, 'NAME', POSSESSIVE_OF_PERSON_NAME);
  }
}

/** "DNR/DNI. RANSOM TO CALL SZABÓ'S PASTOR", "major to call": a clause opening on a name, then "to" and a person's task. */
export function detectTaskSubjectWordNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i + 1].lower !== 'to' || !spaced(c, i + 1) || !spaced(c, i + 2) || !TASKS.has(words[i + 2].lower)) continue;
    if (!nameWord(c, marks, i)) continue;
    if (c.mode === 'mixed' && !(words[i].capitalized || words[i].upper)) continue;
    // The name opens a sentence: a full stop or a semicolon before it, or the line's start.
    if (i > 0 && c.sameLine(i) && !/[.;!?][ \t\u00a0]*$/.test(text.slice(Math.max(0, words[i].start - 3), words[i].start))) continue;
    marks.add(i, i, 'NAME', TASK_SUBJECT_WORD_NAME);
  }
}

export const SIGNOFF_WITH_CREDENTIAL_NAME = 'name.signoff-with-credential';

/** A credential or a role title in a signature's tail ("RN CM", "MD", "DPT", "IBCLC"). */
const SIGNOFF_TAIL_WORDS: ReadonlySet<string> = new Set('cm sw ibclc cpo cdp ccrn cwocn'.split(' '));
const CREDENTIAL_TAIL: ReadonlySet<string> = new Set([...CREDENTIALS, ...ALLIED_CREDENTIALS]);
/** A pager or an extension closing a signature: "PGR X7-0974", "x5565", "pgr 715-5188", "beeper #5404". */
const PAGER_END_RE = /(?:^|[ \t\u00a0,])(?:(?:pgr|pager|beeper|bpr|ext\.?)[ \t\u00a0]?#?[ \t\u00a0]?x?|x)[ \t\u00a0]?\d[\d-]{2,8}[ \t\u00a0]*$/i;

/**
 * A signature line: one to four name words (an initial with its full stop among them), then a comma and a credential
 * ("LARK STEEPLE, DPT", "gentle, rn cm pgr x7-0974") or a pager or extension alone ("kettle x7098", "DUSTY T. X5710").
 * The tail says a person signed, so the words are that person whatever they mean in English; a word that is a cue, a
 * clinical word or a credential itself ends the match ("PT RN", "Wound care by RN").
 */
export function detectSignoffWithCredential(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  let a = 0;
  while (a < words.length) {
    let e = a;
    while (e + 1 < words.length && c.sameLine(e + 1)) e++;
    signoffLine(c, marks, a, e, text);
    a = e + 1;
  }
}

function signoffLine(c: NameContext, marks: WordMarks, a: number, e: number, text: string): void {
  if (e - a > 12) return;
  const { words } = c;
  const lineStart = text.lastIndexOf('\n', words[a].start - 1) + 1;
  if (text.slice(lineStart, words[a].start).trim() !== '') return;
  let k = a;
  while (k <= e && k - a < 4 && words[k].alpha && !credentialWord(c, k) && !/^[ \t\u00a0]*,/.test(words[k].gapBefore) &&
    (k === a || /^\.?[ \t\u00a0]+$|^-$/.test(words[k].gapBefore))) k++;
  const nameEnd = k - 1;
  if (nameEnd < a) return;
  const eol = text.indexOf('\n', words[nameEnd].end);
  const rest = text.slice(words[nameEnd].end, eol < 0 ? text.length : eol).replace(/^\./, '').trim();
  const comma = rest.startsWith(',');
  const pagerAt = rest.search(PAGER_END_RE);
  const pager = pagerAt >= 0;
  const parts = (pager ? rest.slice(0, pagerAt) : rest).replace(/^,/, '').trim().split(/[ \t\u00a0,]+/).filter(Boolean);
  for (const part of parts) {
    const p = part.toLowerCase().replace(/\.$/, '');
    if (!CREDENTIAL_TAIL.has(p) && !SIGNOFF_TAIL_WORDS.has(p)) return;
  }
  const credential = parts.length > 0;
  if (!(pager || (comma && credential))) return;
  for (let x = a; x <= nameEnd; x++) {
    const w = words[x];
    const initial = w.lower.length === 1 && text.charAt(w.end) === '.';
    if (!marks.free(x) || c.protectedTerm[x]) return;
    if (!initial && (w.lower.length < 2 || c.is(x, CUE_BITS) || MODALS.has(w.lower) || c.lex.clinical.has(w.lower))) return;
    // Each word is a listed name or a word in no list ("kettle", "STEEPLE"); an everyday word alone ("bolus x1000") is none.
    if (!initial && !(c.isFirst(x) || c.isLast(x) || c.unknown(x))) return;
  }
  // A lone initial signs nothing by itself; two letters alone are initials, which the initials units own.
  if (nameEnd === a && words[a].lower.length < 3) return;
  marks.add(a, nameEnd, 'NAME', SIGNOFF_WITH_CREDENTIAL_NAME);
}

function credentialWord(c: NameContext, k: number): boolean {
  return CREDENTIAL_TAIL.has(c.words[k].lower) || c.is(k, WORD_CREDENTIAL);
}
