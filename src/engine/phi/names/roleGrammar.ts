// Owns the name grammars of running text that read a name by the role of the words around it rather than by
// its lists: after a kinship word, a staff role or a verb of communication in any case ("spoke w/ dtr marisol",
// "per charge nurse Bea", "d/w Ngata"), a preferred name ("goes by 'Tiny'"), a name owning a relative or a phone
// ("Rose's daughter", "Hope Ngata's cell"), surname first outside a labelled field ("Covering for SNOW, Oyimi F."),
// and a quoted nickname between two names ("Pemi "Peaches" Yeshayo"). Names that are also English words are
// taken here only where the role makes them a person; a word that is only English vocabulary (in no name list)
// is never taken without a capital and a cue.
import { WORD_RELATIVE } from '../lexicon';
import { INLINE_GAP_RE, type NameContext } from '../nameContext';
import { UNIT_FACILITY_HEAD, UNIT_PARTICLE, UNIT_TOWN_CUE } from '../unitWords';
import type { WordMarks } from '../wordMarks';
import { LANGUAGES_AND_NATIONALITIES } from '../vocab';
import { CLINICAL } from './nameShapes';

const LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES_AND_NATIONALITIES);

/** Words that carry on a clause after a cue instead of naming someone ("son will call", "RN at bedside"). */
const CLAUSE_WORDS = new Set(('will may said see sat else ok so an in is do does did lives living home here there present at to from re ' +
  'regarding about with and or but who which that this these those has have had was were are be been being can could would should also ' +
  'already just still not no yes again today tonight tomorrow yesterday now then reports reported states stated agrees agreed wants ' +
  'wishes called visited aware notified updated informed please thanks thank all everyone team').split(' '));

/** Nouns that close a place's name ("Franklin County", "Rose Township", "Hope Street"): never a surname after a given name. */
const PLACE_NOUNS = new Set(('county co parish township twp borough municipality neighborhood neighbourhood district subdivision village ' +
  'town city hamlet street st avenue ave road rd lane ln drive dr boulevard blvd court ct place pl way terrace park heights hills valley ' +
  'springs falls lake river creek beach island').split(' '));

/** Heads of a department or service: "Case Management", "Poison Control", "Social Work" are not people. */
const DEPARTMENT_HEADS = new Set(('management work worker services service department dept team clinic office desk line center centre ' +
  'pharmacy control nursing security registration admissions billing lab labs radiology hospice health care unit floor staff ' +
  'company agency group').split(' '));

/** Staff roles a name follows in running text, one word ("RN Poole", "CNA Bea", "scribe Lo"): PT is the patient. */
const ROLE_WORDS = new Set(('rn rns lpn lvn cna cnas slp msw lcsw chaplain interpreter translator pharmacist ' +
  'dietitian dietician resident intern fellow attending hospitalist intensivist scribe technician phlebotomist sitter ' +
  'aide nurse provider therapist counselor coordinator supervisor clerk doula midwife paramedic emt medic volunteer ' +
  'crna anesthetist surgeon physician doctor pastor rabbi imam reverend deacon minister priest chaplain mx officer rev revd prof ' +
  // People a note names by their part in an event or a form, outside the care team.
  'bystander witness supervisor employee examiner caller informant sponsor teacher coach landlord driver').split(' '));
/** Title abbreviations the title rule does not hold, written with a full stop before the name ("Mx. Cooper", "Rev. Bell"). */
const DOTTED_TITLES = new Set(['mx', 'rev', 'revd', 'prof']);
/** Role abbreviations that are also clinical abbreviations ("RT IJ", "PA pressures", "24 cm mark", "NP- C.O"): cues in mixed text only. */
const AMBIGUOUS_ROLE_WORDS = new Set('np pa pac md rt ot sw cm ma tech transport pca student'.split(' '));

/** Role phrases ending in a role word ("charge nurse", "case manager", "social worker", "house supervisor"). */
const ROLE_PHRASES: readonly (readonly string[])[] = [
  'charge nurse', 'case manager', 'case mgr', 'social worker', 'wound nurse', 'night nurse', 'day nurse', 'primary nurse', 'house supervisor',
  'unit clerk', 'student nurse', 'nurse manager', 'care coordinator', 'nurse practitioner', 'physician assistant', 'physical therapist',
  'occupational therapist', 'speech therapist', 'respiratory therapist', 'care manager', 'nursing supervisor', 'unit secretary',
  'home health aide', 'patient care tech', 'floor nurse', 'bedside nurse', 'covering nurse', 'oncoming nurse', 'oncoming rn',
].map((p) => p.split(' '));

/** Every word of a role phrase: never a name part ("RN Case Manager Visit"). */
const ROLE_PHRASE_WORDS: ReadonlySet<string> = new Set(ROLE_PHRASES.flat().filter((w) => w !== 'patient'));

/** Verbs and phrases of communication a person's name follows ("spoke with", "d/w", "left VM for", "signed out to"). */
const CONTACT_PHRASES: readonly (readonly string[])[] = [
  'spoke with', 'spoke w', 'spoke to', 'talked with', 'talked to', 'talked w', 'called', 'call from', 'call to', 'message from',
  'msg from', 'message to', 'discussed with', 'discussed w', 'd w', 'reviewed with', 'left vm for', 'left vm with', 'left voicemail for',
  'left message for', 'left message with', 'left msg for', 'paged', 'texted', 'emailed', 'e-mailed', 'updated', 'notified', 'informed',
  'handed off to', 'hand off to', 'handoff to', 'signed out to', 'sign out to', 'signout to', 'received call from', 'confirmed with',
  'relayed to', 'conferred with', 'touched base with', 'escalated to', 'report given to', 'report received from', 'report to', 'report from',
  'reviewed w', 'returned call to', 'returned call from', 'call back to', 'callback to', 'cc d', 'forwarded to', 'consulted with',
  'seen with', 'seen by', 'evaluated by', 'examined by', 'accompanied by', 'visited by', 'covering for', 'covered by', 'referred by',
  'assisted by', 'witnessed by', 'verified with', 'co-signed by', 'cosigned by', 'checked with',
].map((p) => p.split(/[ -]/));

/** Kinship words the lexicon's relative list leaves out. */
const EXTRA_KIN = new Set(('mom mum dad mother father grandma grandpa granny nana papa godmother godfather roommate stepmother stepfather ' +
  'stepson stepdaughter exwife exhusband wife husband fiancé fiance fiancee kin landlady godson goddaughter housemate').split(' '));

/** What a person owns in a note that a clinical term does not: relatives and contact numbers ("Rose's daughter", "Ngata's cell"). */
const PERSONAL_POSSESSIONS = new Set(('mother father mom dad daughter son wife husband sister brother niece nephew aunt uncle grandson ' +
  'granddaughter grandmother grandfather partner spouse boyfriend girlfriend fiance fiancé fiancee children kids cell phone number voicemail ' +
  'vm house home address email mailbox car friend caregiver family').split(' '));

/** Phrases announcing a preferred name or nickname ("goes by", "prefers to be called", "aka"). */
const PREFERRED_PHRASES: readonly (readonly string[])[] = [
  'goes by', 'prefers to be called', 'likes to be called', 'wants to be called', 'asks to be called', 'prefers', 'known as', 'aka', 'a k a',
  'nicknamed', 'nickname', 'preferred name', 'called by',
].map((p) => p.split(' '));

export const RECOGNIZERS = {
  afterCue: 'name.role-grammar',
  preferred: 'name.preferred',
  possessive: 'name.possessive-kin',
  inverted: 'name.inverted-running',
  quotedNickname: 'name.quoted-nickname',
  extended: 'name.run-extended',
} as const;

const MAX_RUN = 4;
const VERB_SHAPE_RE = /(?:ed|ing|es)$/;
const NAME_GAP_RE = /^(?:[ \t\u00a0]|-)$/;

/** Whether word j may be part of a person's name where a cue or position has already said a person stands there. */
/**
 * How strongly the context already says a person stands at a word: `unknown` lets a word in no list be a name part
 * outside mixed case; `positional` (a message's greeting, signer, sender or header) lets an everyday word that is
 * a listed surname be one there too ("[9:32] blaze:", "Thanks,⏎rob wells").
 */
export interface Strength {
  unknown: boolean;
  positional?: boolean;
}
const DEFAULT_STRENGTH: Strength = { unknown: true };

export function nameWord(c: NameContext, j: number, marks: WordMarks, allowUnknownOrStrength: boolean | Strength = true): boolean {
  const strength = typeof allowUnknownOrStrength === 'boolean' ? { unknown: allowUnknownOrStrength } : allowUnknownOrStrength;
  const allowUnknown = strength.unknown;
  const w = c.w(j);
  if (!w || !w.alpha || c.protectedTerm[j] || !marks.free(j) && !marks.isName(j)) return false;
  // An eponym's head noun is written in lower case ("Starling law"); a capitalised one is the next name part ("Candy Law").
  if (c.eponymPhrase[j] && !(c.mode === 'mixed' && c.w(j + 1)?.capitalized)) return false;
  if (w.lower.length === 1) return c.isInitial(j) && !dottedChain(c, j);
  if (CLAUSE_WORDS.has(w.lower) || DEPARTMENT_HEADS.has(w.lower) || LANGUAGES.has(w.lower) || ROLE_PHRASE_WORDS.has(w.lower) && !c.isFirst(j)) return false;
  if (c.isFunction(j)) return false;
  const listed = c.isFirst(j) || c.isLast(j);
  if (CLINICAL.has(w.lower) && !(c.mode === 'mixed' && w.capitalized && c.isFirst(j))) return false;
  if (!listed && !c.unknown(j)) return false; // English vocabulary in no name list ("Pharmacy", "report")
  if (isKin(c, j) || ROLE_WORDS.has(w.lower)) return c.mode === 'mixed' && w.capitalized && c.isFirst(j) && !c.w(j + 1)?.capitalized;
  if (c.mode === 'mixed') {
    if (w.capitalized) return true;
    // An upper-case word in mixed text: a listed surname typed in capitals ("SNOW, Oyimi"); an unlisted one is as
    // often an abbreviation or a label ("NCSN", "HICN", "POA").
    if (w.upper) return w.lower.length >= 3 && !c.lex.clinical.has(w.lower) && listed;
    // Lower case in mixed text ("d/w ngata"): only after a strong cue, a word in no vocabulary that is not shaped
    // like a verb or a shorthand ("sees", "dc'd"), or a listed first name that is no everyday word.
    // A message's sender or signer is often typed as a lower-case user name ("[10:44] blaze:").
    return allowUnknown && (c.unknown(j) && w.lower.length >= 4 && !VERB_SHAPE_RE.test(w.lower) && !w.lower.includes("'") ||
      listed && !c.isCommon(j)) || strength.positional === true && listed && !c.lex.clinical.has(w.lower) && !VERB_SHAPE_RE.test(w.lower);
  }
  // Upper- or lower-case notes: case says nothing, so a clinical word is never taken here, and a word in no list
  // (as often a typo or a shorthand as a name: "overnoc", "tranplant") only where the cue is strong.
  if (!listed) return allowUnknown && w.lower.length >= 4 && !VERB_SHAPE_RE.test(w.lower) && !w.lower.includes("'");
  if (c.lex.clinical.has(w.lower)) return c.isFirst(j) && !c.isCommon(j);
  // An everyday word is a name there only as a given name ("son drew", not "son brought"), or where the layout says so.
  return !c.isCommon(j) || c.isFirst(j) || strength.positional === true;
}

/** "M.D.", "R.N.", "D.O.B.": single letters joined by full stops are an abbreviation, not initials of a name. */
function dottedChain(c: NameContext, j: number): boolean {
  const next = c.w(j + 1);
  const prev = c.w(j - 1);
  return next !== undefined && next.gapBefore === '.' && next.baseEnd - next.start === 1 ||
    prev !== undefined && c.w(j)!.gapBefore === '.' && prev.baseEnd - prev.start === 1;
}

/** Extends a name starting at j over particles, initials, hyphenated parts and further name words on the line. */
export function nameRun(c: NameContext, j: number, marks: WordMarks, max = MAX_RUN, allowUnknown: boolean | Strength = DEFAULT_STRENGTH): number {
  // "R.N.", "R.T.": letters joined by full stops are an abbreviation, not an initial and a name.
  if (c.isInitial(j) && (c.w(j + 1)?.lower.length ?? 0) <= 1) return -1;
  // "KEONI SMALL" in mixed text: a capitals word in no list opens a name when a listed name in capitals follows it.
  const jw = c.w(j);
  const nw = c.w(j + 1);
  const capsPair = c.mode === 'mixed' && jw !== undefined && jw.upper && jw.lower.length >= 3 && listedOrUnknown(c, j) && !c.lex.clinical.has(jw.lower) &&
    nw !== undefined && c.sameLine(j + 1) && /^[ \t\u00a0]$/.test(nw.gapBefore) && nw.upper && (c.isFirst(j + 1) || c.isLast(j + 1)) &&
    !c.lex.clinical.has(nw.lower) && marks.free(j);
  if (!c.isInitial(j) && !capsPair && !marks.isName(j) && !nameWord(c, j, marks, allowUnknown)) {
    // A particle may open the name: "ter Woods", "van der Post".
    if ((c.unit[j] & UNIT_PARTICLE) === 0) return -1;
  }
  let k = j;
  let particleOpen = (c.unit[j] & UNIT_PARTICLE) !== 0 && !capsPair && !marks.isName(j) && !nameWord(c, j, marks, allowUnknown);
  // Particles do not count against the length of a name ("Suko De la Baneuk" is a given name and a surname).
  let particles = particleOpen ? 1 : 0;
  while (k - j + 1 - particles < max) {
    const n = k + 1;
    const next = c.w(n);
    if (!next || !c.sameLine(n) || c.w(k)!.end !== c.w(k)!.baseEnd) break;
    const gap = next.gapBefore;
    const hyphen = gap === '-';
    const afterInitial = c.isInitial(k) && /^\.?[ \t\u00a0]?$/.test(gap);
    // One space inside a name: a wider gap is a column of a form ("Briara   D.O.B.").
    if (!(NAME_GAP_RE.test(gap) || afterInitial)) break;
    if ((c.unit[n] & UNIT_PARTICLE) !== 0 && c.w(n + 1) && c.sameLine(n + 1) && INLINE_GAP_RE.test(c.w(n + 1)!.gapBefore)) {
      k = n;
      particleOpen = true;
      particles++;
      continue;
    }
    const initial = c.isInitial(n) && !dottedChain(c, n);
    // A listed surname after a name word continues it even where it is also a word ("ikadra sweet", "quang waters"),
    // outside mixed case or in a lower-case name in mixed text; in mixed text a run in capitals continues over a
    // word in no list ("SUMMER EZE").
    const prevW = c.w(k)!;
    const sameCase = c.mode !== 'mixed' || (!prevW.capitalized && !prevW.upper && !next.capitalized && !next.upper);
    const listedSurname = sameCase && c.isLast(n) && !c.lex.clinical.has(next.lower) && !c.isFunction(n) &&
      !CLAUSE_WORDS.has(next.lower) && (marks.isName(k) || nameWord(c, k, marks, allowUnknown)) && marks.free(n);
    const capsRun = c.mode === 'mixed' && prevW.upper && next.upper && prevW.lower.length >= 2 && next.lower.length >= 3 && !c.isInitial(k) &&
      listedOrUnknown(c, n) && !c.lex.clinical.has(next.lower) && marks.free(n) && !ROLE_WORDS.has(next.lower);
    // "Reed Eze", "Amy Price": in mixed text a capitalised everyday word after a capitalised name word is its surname.
    const capitalSurname = c.mode === 'mixed' && next.capitalized && !next.upper && prevW.capitalized && next.lower.length >= 2 &&
      !c.lex.clinical.has(next.lower) && !c.isFunction(n) && !CLAUSE_WORDS.has(next.lower) && !DEPARTMENT_HEADS.has(next.lower) &&
      !ROLE_PHRASE_WORDS.has(next.lower) && !ROLE_WORDS.has(next.lower) && !isKin(c, n) && !PLACE_NOUNS.has(next.lower) &&
      (c.unit[n] & (UNIT_FACILITY_HEAD | UNIT_TOWN_CUE)) === 0 &&
      !c.protectedTerm[n] && !c.eponymPhrase[n] && !LANGUAGES.has(next.lower) && marks.free(n) && /^[ \t\u00a0]$/.test(gap);
    if (initial || hyphen && next.alpha && !c.protectedTerm[n] || listedSurname || capsRun || capitalSurname || nameWord(c, n, marks, allowUnknown) && continuesName(c, k, n)) {
      k = n;
      particleOpen = false;
      continue;
    }
    break;
  }
  if (particleOpen || beforeFacilityHead(c, k)) return -1;
  return k;
}

/** "Custard Family Medicine", "Rose Bishop Clinic": a run right before a facility's head noun names the facility. */
function beforeFacilityHead(c: NameContext, k: number): boolean {
  for (let n = k + 1; n <= k + 2; n++) {
    const w = c.w(n);
    if (!w || !c.sameLine(n) || !INLINE_GAP_RE.test(w.gapBefore)) return false;
    if ((c.unit[n] & UNIT_FACILITY_HEAD) !== 0) return true;
    if (!(w.capitalized || w.upper)) return false;
  }
  return false;
}

/** A second name word continues the first: capitalised like it in mixed text, or listed as a name in other notes. */
function continuesName(c: NameContext, k: number, n: number): boolean {
  const prev = c.w(k)!;
  const w = c.w(n)!;
  if (c.mode === 'mixed') return (w.capitalized || w.upper) && (prev.capitalized || prev.upper || c.isInitial(k) || (c.unit[k] & UNIT_PARTICLE) !== 0) || (!prev.capitalized && !prev.upper && !w.capitalized && !w.upper && (c.unknown(n) || c.isLast(n)));
  return c.isLast(n) || c.unknown(n) || c.isInitial(k);
}

/** Index of the last word of `phrase` when it ends at word e (same line), else -1. */
function phraseEndsAt(c: NameContext, e: number, phrase: readonly string[]): boolean {
  const s = e - phrase.length + 1;
  if (s < 0) return false;
  for (let q = 0; q < phrase.length; q++) {
    const w = c.w(s + q)!;
    if (w.lower !== phrase[q]) return false;
    if (q > 0 && !c.sameLine(s + q)) return false;
  }
  return true;
}

/** Phrase lists indexed by their last word, built on first use: one map lookup per word instead of a scan. */
const BY_LAST_WORD = new WeakMap<readonly (readonly string[])[], ReadonlyMap<string, readonly (readonly string[])[]>>();

function byLastWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  let index = BY_LAST_WORD.get(phrases);
  if (index === undefined) {
    const m = new Map<string, (readonly string[])[]>();
    for (const p of phrases) {
      const last = p[p.length - 1];
      const list = m.get(last);
      if (list) list.push(p);
      else m.set(last, [p]);
    }
    BY_LAST_WORD.set(phrases, (index = m));
  }
  return index;
}

function anyPhraseEndsAt(c: NameContext, e: number, phrases: readonly (readonly string[])[]): boolean {
  const last = c.w(e)?.lower;
  if (last === undefined) return false;
  const candidates = byLastWord(phrases).get(last);
  if (candidates === undefined) return false;
  for (const p of candidates) if (phraseEndsAt(c, e, p)) return true;
  return false;
}

/** A kinship word as a cue: not possessive ("her daughter's wedding"). */
function isKin(c: NameContext, i: number): boolean {
  const w = c.w(i);
  return w !== undefined && w.end === w.baseEnd && (c.is(i, WORD_RELATIVE) || EXTRA_KIN.has(w.lower));
}

function isRole(c: NameContext, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || w.end !== w.baseEnd) return false;
  return ROLE_WORDS.has(w.lower) || (c.mode === 'mixed' && AMBIGUOUS_ROLE_WORDS.has(w.lower)) || anyPhraseEndsAt(c, i, ROLE_PHRASES);
}

function isContact(c: NameContext, i: number): boolean {
  return anyPhraseEndsAt(c, i, CONTACT_PHRASES);
}

/**
 * Contact phrases only a person follows ("spoke with", "d/w", "left VM for"): strong cues. "seen by", "called",
 * "referred by" are followed by services and teams as often ("seen by surg", "called resp").
 */
const PERSON_CONTACT_PHRASES: readonly (readonly string[])[] = [
  'spoke with', 'spoke w', 'spoke to', 'talked with', 'talked to', 'talked w', 'discussed with', 'discussed w', 'd w', 'left vm for',
  'left voicemail for', 'left message for', 'left msg for', 'handed off to', 'signed out to', 'relayed to', 'conferred with',
  'touched base with', 'report given to', 'returned call to', 'message from', 'msg from', 'call from', 'received call from',
  'handoff to', 'hand off to', 'witnessed by', 'next of kin',
].map((p) => p.split(/[ -]/));

/** The gap between a cue and the name after it: spaces, a colon, a comma, a dash or an opening bracket. */
const AFTER_CUE_GAP_RE = /^(?:[ \t\u00a0]{1,2}|[ \t\u00a0]?[:,(][ \t\u00a0]{0,2}|[ \t\u00a0]+[-–][ \t\u00a0]+)$/;
const DETERMINERS = new Set(['her', 'his', 'their', 'the', 'my', 'our', 'a']);

/**
 * After a kinship word, a staff role or a verb of communication, the next words are a name when they are shaped
 * like one (nameWord). A cue may chain: "spoke with her daughter Rose", "d/w charge nurse Bea".
 */
export function detectNamesAfterCues(c: NameContext, marks: WordMarks): void {
  const n = c.words.length;
  for (let i = 0; i < n - 1; i++) {
    // Cheap test first: only a word that can end a cue is looked at further.
    if (!CUE_LAST_WORDS.has(c.words[i].lower) && !c.is(i, WORD_RELATIVE)) continue;
    let strong = isKin(c, i) || anyPhraseEndsAt(c, i, ROLE_PHRASES) || anyPhraseEndsAt(c, i, PERSON_CONTACT_PHRASES);
    if (!strong && !isRole(c, i) && !isContact(c, i)) continue;
    // A role after a name or a comma is a credential ("Rusty Osei, BSN, RN, NCSN"), not a cue for the next word.
    if (isRole(c, i) && !isKin(c, i) && (marks.isName(i - 1) || /,[ \t\u00a0]*$/.test(c.w(i)!.gapBefore) && c.sameLine(i))) continue;
    let j = i + 1;
    // A cue chain: contact verb, determiner, kin or role word ("spoke with his son", "d/w the charge nurse").
    for (let hop = 0; hop < 3 && j < n && c.sameLine(j) && INLINE_GAP_RE.test(c.w(j)!.gapBefore); hop++) {
      const w = c.w(j)!;
      if (isKin(c, j)) strong = true;
      if (DETERMINERS.has(w.lower) || isKin(c, j) || isRole(c, j) || (w.lower === 'in' || w.lower === 'law') && w.gapBefore === '-' ||
        /^in-?laws?$/.test(w.lower)) j++;
      else break;
    }
    const w = c.w(j);
    if (!w || !c.sameLine(j) || !marks.free(j) || !(AFTER_CUE_GAP_RE.test(w.gapBefore) || j === i + 1 && /^\.[ \t\u00a0]$/.test(w.gapBefore) && DOTTED_TITLES.has(c.w(i)!.lower))) continue;
    // Outside mixed case, a word in no list follows only a strong cue (a kinship word, a role or contact phrase);
    // a staff role is followed by a surname, so there a listed surname that is also a word is one ("SOCIAL WORKER KNIGHT.").
    const staff = isRole(c, j - 1) && !isKin(c, j - 1);
    const k = nameRun(c, j, marks, MAX_RUN, { unknown: strong, positional: staff && c.mode !== 'mixed' });
    if (k < 0 || !endsLikeName(c, k) || DEPARTMENT_HEADS.has(c.w(k + 1)?.lower ?? '')) continue;
    // A lower-case word after a kinship word in mixed text may be the relative's description ("son present");
    // only a name-list word or a word in no vocabulary is taken there (nameWord), and never a lone clinical one.
    marks.add(j, k, 'NAME', RECOGNIZERS.afterCue);
    // The cue governs a coordination after it: "d/w wing and hroyah", "per RN Bea, Amy and Raj".
    let last = k;
    for (let member = 0; member < 4; member++) {
      let m = last + 1;
      const sep = c.w(m);
      if (!sep || !c.sameLine(m)) break;
      if ((sep.lower === 'and' || sep.lower === '&') && /^[ \t\u00a0]*,?[ \t\u00a0]+$/.test(sep.gapBefore)) m++;
      else if (!/^[ \t\u00a0]*,[ \t\u00a0]*$/.test(sep.gapBefore)) break;
      const mw = c.w(m);
      if (!mw || !c.sameLine(m) || !marks.free(m) || !/^[ \t\u00a0]+$/.test(mw.gapBefore) && m !== last + 1) break;
      const mk = nameRun(c, m, marks, MAX_RUN, { unknown: strong, positional: staff && c.mode !== 'mixed' });
      if (mk < 0 || !endsLikeName(c, mk)) break;
      marks.add(m, mk, 'NAME', RECOGNIZERS.afterCue);
      last = mk;
    }
    i = last;
  }
}

/** Every word that can end a kinship, role or contact cue. */
const CUE_LAST_WORDS: ReadonlySet<string> = new Set([
  ...EXTRA_KIN, ...ROLE_WORDS, ...AMBIGUOUS_ROLE_WORDS, ...ROLE_PHRASES.map((p) => p[p.length - 1]), ...CONTACT_PHRASES.map((p) => p[p.length - 1]),
  ...PERSON_CONTACT_PHRASES.map((p) => p[p.length - 1]),
]);

/**
 * A name another unit found continues over the words the run grammar accepts after it ("grandson [quang] waters",
 * "handoff to [SUMMER] EZE"), when the longer run still ends like a name.
 */
export function extendFoundNames(c: NameContext, marks: WordMarks): void {
  const n = c.words.length;
  for (let e = 0; e < n - 1; e++) {
    if (!marks.isName(e) || marks.isName(e + 1) || !marks.free(e + 1) || !c.sameLine(e + 1)) continue;
    let s = e;
    while (s > 0 && marks.isName(s - 1) && c.sameLine(s)) s--;
    if (e - s + 1 >= MAX_RUN) continue;
    // A word in no list continues a found name only in capitals or capitalised ("SUMMER EZE"); in lower case only a
    // listed surname does ("quang waters", not "madeno vent chages").
    const k = nameRun(c, s, marks, MAX_RUN, false);
    if (k > e && endsLikeName(c, k) && !DEPARTMENT_HEADS.has(c.w(k + 1)?.lower ?? '')) {
      marks.add(e + 1, k, 'NAME', RECOGNIZERS.extended);
      e = k;
    }
  }
}

/** What may follow a name in a clause: punctuation, the end of the line, a function word or a verb; not a label's colon. */
function endsLikeName(c: NameContext, k: number): boolean {
  const next = c.w(k + 1);
  if (!next || !c.sameLine(k + 1)) return true;
  // "Transport: Lot YN7865", "Plate: UL-91": a word before a colon, a number sign or a code is a field label.
  if (/^[ \t\u00a0]*[:#]/.test(next.gapBefore) || next.hasDigit && /^[ \t\u00a0]?$/.test(next.gapBefore)) return false;
  if (/[,.;:!?()"'\-–—\/\[\]]/.test(next.gapBefore)) return true;
  // "per RN Bea pt resting", "d/w Ngata re plan", "Rose visited": a function word or a verb goes on with the clause.
  return c.isFunction(k + 1) || CLAUSE_WORDS.has(next.lower) || /^[a-z]+(?:ed|ing)$/.test(next.lower) || !next.alpha;
}

/** "goes by 'Tiny'", "prefers to be called Bud", "aka Peaches". */
export function detectPreferredNames(c: NameContext, marks: WordMarks): void {
  const n = c.words.length;
  for (let i = 0; i < n - 1; i++) {
    if (!anyPhraseEndsAt(c, i, PREFERRED_PHRASES)) continue;
    const j = i + 1;
    const w = c.w(j)!;
    if (!c.sameLine(j) || !marks.free(j) || !w.alpha || c.protectedTerm[j]) continue;
    const quoted = /^[ \t\u00a0]*:?[ \t\u00a0]*["“'‘]$/.test(w.gapBefore);
    let k: number;
    if (quoted) {
      // Inside quotes the words up to the closing quote are the name, whatever vocabulary they are.
      k = j;
      while (k + 1 < n && k - j < 2 && c.sameLine(k + 1) && INLINE_GAP_RE.test(c.w(k + 1)!.gapBefore) && c.w(k + 1)!.alpha) k++;
      if (!/["”'’]/.test(c.text.charAt(c.w(k)!.end)) && !/^["”'’]/.test(c.text.charAt(c.w(k)!.baseEnd))) continue;
      if (c.isFunction(j)) continue;
    } else {
      k = nameRun(c, j, marks, 2);
      if (k < 0) continue;
    }
    marks.add(j, k, 'NAME', RECOGNIZERS.preferred);
    i = k;
  }
}

/** "Rose's daughter called", "left message on Hope Ngata's cell": the owner of a relative or a phone is a person. */
export function detectPossessiveOwners(c: NameContext, marks: WordMarks): void {
  const n = c.words.length;
  for (let i = 0; i < n - 1; i++) {
    const w = c.w(i)!;
    if (w.end === w.baseEnd || !/^['’]s?$/.test(c.text.slice(w.baseEnd, w.end))) continue;
    const next = c.w(i + 1)!;
    if (!c.sameLine(i + 1) || !possessionAt(c, i + 1) || !/^[ \t\u00a0]+$/.test(next.gapBefore)) continue;
    // "Left message on Hope Ngata's cell": a contact possession after "on"/"to" is a phone, not an eponym's cell.
    const contactThing = CONTACT_POSSESSIONS.has(next.lower) && !c.protectedTerm[i] && listedOrUnknown(c, i) && contactBefore(c, i);
    if (!marks.free(i) || !(nameWord(c, i, marks) || contactThing)) continue;
    // In mixed text the owner is capitalised; elsewhere a word in a name list or in no vocabulary.
    if (c.mode === 'mixed' && !w.capitalized && !w.upper) continue;
    let s = i;
    while (s - 1 >= 0 && i - s < 2 && c.sameLine(s) && INLINE_GAP_RE.test(c.w(s)!.gapBefore) && marks.free(s - 1) &&
      (c.isInitial(s - 1) || nameWord(c, s - 1, marks) &&
        (c.mode === 'mixed' ? c.w(s - 1)!.capitalized || c.w(s - 1)!.upper : c.isFirst(s - 1) || c.unknown(s - 1)))) s--;
    marks.add(s, i, 'NAME', RECOGNIZERS.possessive);
  }
}

/** Words that qualify a relative or a carer owned by a person ("Anahera's older brother", "Sky's case manager"). */
const KIN_MODIFIERS = new Set(['older', 'younger', 'big', 'little', 'twin', 'foster', 'step', 'case', 'legal', 'adult', 'eldest', 'oldest', 'youngest']);
/** Relatives and carers the possessions list lacks, after a modifier or alone ("Zeynep's grandma", "Sky's case manager"). */
const MORE_KIN = new Set(['grandma', 'grandpa', 'stepdad', 'stepmom', 'stepmother', 'stepfather', 'guardian', 'manager', 'worker', 'auntie', 'sponsor', 'coach']);

/** Word k is a personal possession, or a kinship modifier and then one ("older brother", "foster mom", "case manager"). */
function possessionAt(c: NameContext, k: number): boolean {
  const w = c.w(k)!;
  if (PERSONAL_POSSESSIONS.has(w.lower) || (MORE_KIN.has(w.lower) && w.lower !== 'manager' && w.lower !== 'worker')) return true;
  const n = c.w(k + 1);
  return KIN_MODIFIERS.has(w.lower) && n !== undefined && c.sameLine(k + 1) && /^[ \t\u00a0]+$/.test(n.gapBefore) &&
    (PERSONAL_POSSESSIONS.has(n.lower) || MORE_KIN.has(n.lower) || n.lower === 'mom' || n.lower === 'dad');
}

const CONTACT_POSSESSIONS = new Set(['cell', 'phone', 'number', 'voicemail', 'vm', 'email', 'mailbox', 'pager', 'line']);

/** A word that may be a name part by its lists alone: a listed name or a word in no vocabulary, never a function word. */
function listedOrUnknown(c: NameContext, j: number): boolean {
  const w = c.w(j);
  return w !== undefined && w.alpha && w.lower.length > 1 && !c.isFunction(j) && !CLINICAL.has(w.lower) && !c.protectedTerm[j] &&
    (c.isFirst(j) || c.isLast(j) || c.unknown(j));
}

/** "message on", "call to", "texted" or a first name before the owner of a phone. */
function contactBefore(c: NameContext, i: number): boolean {
  // "(Faith's cell)" after a number: a bracket opening on the owner of a phone annotates whose number it is.
  if (/\([ \t\u00a0]*$/.test(c.w(i)!.gapBefore) && /\d[ \t\u00a0]*\([ \t\u00a0]*$/.test(c.text.slice(Math.max(0, c.w(i)!.start - 4), c.w(i)!.start))) return true;
  for (let s = i - 1; s >= 0 && i - s <= 3 && c.sameLine(s + 1); s--) {
    const w = c.w(s)!;
    if (w.lower === 'on' || w.lower === 'to' || w.lower === 'at' || w.lower === 'via' || isContact(c, s)) return true;
    if (!listedOrUnknown(c, s) && !c.isInitial(s)) return false;
  }
  return false;
}

const CREDENTIAL_AFTER_RE = /^,?[ \t\u00a0]*(?:MD|DO|RN|NP|PA|PA-C|LPN|CNA|PhD|RT|SW|LCSW|MSW)\b/i;
/** Words before a surname-first name that make it a person: cues, "Pt", "Dr" written without the title rule's reach. */
const INVERTED_CUE_WORDS = new Set(['pt', 'patient', 'for', 'by', 'with', 'to', 'from', 'cc', 're', 'attn']);

/**
 * "Covering for SNOW, Oyimi F.", "Pt GLASS, Rose seen today", "Referred by Hood, José S., MD": surname, comma, given
 * name outside a labelled field. Taken when the shape itself says so (a middle initial, the surname in capitals
 * and the given name not), or a cue, a credential, a clause end or a found name confirms it.
 */
export function detectInvertedNames(c: NameContext, marks: WordMarks): void {
  const n = c.words.length;
  for (let i = 0; i < n - 1; i++) {
    if (!marks.free(i)) continue;
    // The surname: one word, or particle/hyphen runs ending at a word followed by ", ".
    const a = c.w(i)!;
    if (!a.alpha || a.lower.length < 2) continue;
    let e = i;
    while (e + 1 < n && e - i < 3 && c.sameLine(e + 1) && INLINE_GAP_RE.test(c.w(e + 1)!.gapBefore) &&
      ((c.unit[e] & UNIT_PARTICLE) !== 0 || c.w(e + 1)!.gapBefore === '-')) e++;
    const g = e + 1;
    const given = c.w(g);
    if (!given || !c.sameLine(g) || !/^,[ \t\u00a0]?$/.test(given.gapBefore) || !marks.free(g)) continue;
    // A hyphenated given name ("Seo-yeon"), then a middle initial: "Oyimi F." / "Oyimi F".
    let gEnd = g;
    while (gEnd + 1 < n && gEnd - g < 2 && c.w(gEnd + 1)!.gapBefore === '-' && c.w(gEnd + 1)!.alpha && c.sameLine(gEnd + 1)) gEnd++;
    let k = gEnd;
    const m = c.w(gEnd + 1);
    const middle = m !== undefined && c.sameLine(gEnd + 1) && /^[ \t\u00a0]$/.test(m.gapBefore) && m.alpha && m.baseEnd - m.start === 1 &&
      (m.upper || c.mode !== 'mixed') && (c.text.charAt(m.end) === '.' || !c.w(gEnd + 2) || !c.sameLine(gEnd + 2) || /^[,;)\s]/.test(c.text.charAt(m.end)));
    if (!givenShaped(c, g, marks) && !(middle && c.isFirst(g) && listedOrUnknown(c, g))) continue;
    if (middle) k = gEnd + 1;
    const aw = c.w(e)!;
    const gw = c.w(g)!;
    const capsContrast = c.mode === 'mixed' && aw.upper && aw.lower.length > 2 && gw.capitalized && !gw.upper;
    const lineStartEarly = i === 0 || !c.sameLine(i);
    const nextEarly = c.w(k + 1);
    const clauseEndEarly = !nextEarly || !c.sameLine(k + 1) || /^[ \t\u00a0]*[-–—:;(|]/.test(nextEarly.gapBefore);
    if (!surnameShaped(c, e, marks, middle || capsContrast || lineStartEarly && clauseEndEarly)) continue;
    const prev = c.w(i - 1);
    const cued = prev !== undefined && c.sameLine(i) &&
      ((c.mode === 'mixed' && INVERTED_CUE_WORDS.has(prev.lower)) || isContact(c, i - 1) || isRole(c, i - 1) || isKin(c, i - 1));
    const after = c.text.slice(c.w(k)!.end, c.w(k)!.end + 12);
    const credential = CREDENTIAL_AFTER_RE.test(after.replace(/^\./, ''));
    const lineStart = i === 0 || !c.sameLine(i);
    const nextW = c.w(k + 1);
    const clauseEnd = !nextW || !c.sameLine(k + 1) || /^[ \t\u00a0]*[-–—:;(|]/.test(nextW.gapBefore);
    // Outside mixed case both words must be listed names: a word in no list there is as often a drug or a typo.
    const listedPair = c.mode === 'mixed' ? (c.isLast(e) || c.unknown(e)) && (c.isFirst(g) || c.unknown(g)) : c.isLast(e) && c.isFirst(g);
    // A longer comma list of capitalised words is a list of findings, not a name, unless the shape is certain.
    const listGoesOn = nextW !== undefined && c.sameLine(k + 1) && /^,/.test(nextW.gapBefore) && !middle;
    if (!(middle || capsContrast || credential || marks.isName(g) || (listedPair && !listGoesOn && (cued || (lineStart && clauseEnd))))) continue;
    if (listGoesOn && !(middle || capsContrast || credential)) continue;
    marks.add(i, k, 'NAME', RECOGNIZERS.inverted);
    i = k;
  }
}

function surnameShaped(c: NameContext, e: number, marks: WordMarks, certainShape: boolean): boolean {
  const w = c.w(e)!;
  // A listed surname that is also clinical vocabulary ("SNOW, Oyimi F.") is one where the shape is certain.
  if (!nameWord(c, e, marks) && !(certainShape && listedOrUnknown(c, e) && marks.free(e))) return false;
  return c.mode !== 'mixed' || w.capitalized || w.upper;
}

function givenShaped(c: NameContext, g: number, marks: WordMarks): boolean {
  const w = c.w(g)!;
  if (!nameWord(c, g, marks) || w.lower.length < 2) return false;
  if (c.mode === 'mixed' && !w.capitalized && !w.upper) return false;
  // A given name may be one the census lists only as a surname ("Quang"), as long as it is no everyday word.
  return c.isFirst(g) || c.unknown(g) || c.mode === 'mixed' && c.isLast(g) && !c.isCommon(g);
}

const OPEN_Q_RE = /^[ \t\u00a0]+["“'‘]$/;
const CLOSE_Q_RE = /^["”'’][ \t\u00a0]+$/;

/** `Pemi "Peaches" Yeshayo`, `grace "tater" hood`: a quoted word between two name-shaped words makes all three a name. */
export function detectQuotedNicknames(c: NameContext, marks: WordMarks): void {
  const n = c.words.length;
  for (let i = 1; i < n - 1; i++) {
    const w = c.w(i)!;
    if (!OPEN_Q_RE.test(w.gapBefore) || !CLOSE_Q_RE.test(c.w(i + 1)!.gapBefore) || !c.sameLine(i) || !c.sameLine(i + 1)) continue;
    if (!w.alpha || c.protectedTerm[i] || c.isFunction(i)) continue;
    const before = i - 1;
    const after = i + 1;
    if (!(marks.free(before) || marks.isName(before)) || !(marks.free(after) || marks.isName(after))) continue;
    if (!nameWord(c, before, marks)) continue;
    const k = nameRun(c, after, marks);
    if (k < 0) continue;
    if (c.mode === 'mixed' && !(c.w(before)!.capitalized || c.w(before)!.upper) && !(c.w(k)!.capitalized || c.w(k)!.upper)) continue;
    let s = before;
    while (s - 1 >= 0 && before - s < 2 && c.sameLine(s) && INLINE_GAP_RE.test(c.w(s)!.gapBefore) && marks.free(s - 1) &&
      (c.isInitial(s - 1) || nameWord(c, s - 1, marks) && (c.isFirst(s - 1) || c.unknown(s - 1)) && (c.mode !== 'mixed' || c.w(s - 1)!.capitalized))) s--;
    for (let q = s; q <= k; q++) if (marks.free(q)) marks.add(q, q, 'NAME', RECOGNIZERS.quotedNickname);
    i = k;
  }
}

export { anyPhraseEndsAt, isContact, isKin, isRole, phraseEndsAt };
