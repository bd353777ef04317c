// Owns `deny.unknown-word`, the default-deny pass (Philter's stance): a word in no allow-list (English words,
// the code set's clinical words, drugs, abbreviations, protected clinical terms) that stands where PHI stands
// is redacted — next to a name already found, in a list with names, or capitalised mid-sentence in mixed-case
// text. Name lists are not allow-lists: a census surname is as unsafe as a word never seen.
import { INITIAL_GAP_RE, INLINE_GAP_RE, type NameContext } from '../nameContext';
import {
  WORD_CLINICAL, WORD_CONTACT, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE,
  WORD_TITLE,
} from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { camelCaseName, notAllowed, safeByClass } from './allowList';
import { COUNTRIES, EPONYM_HEAD_NOUNS } from '../vocab';
import { icdClinicalHeads } from './clinicalHeads';
import { lexiconNameShape, nameShapeScore } from './nameShape';

export const RECOGNIZER = 'deny.unknown-word';
/** The full-strength stance where case carries no information (caps-only or lower-case notes): every unknown word. */
export const CASELESS_RECOGNIZER = 'deny.caseless-word';
/** Gaps that keep a name together: space, hyphen, an initial's full stop, a comma before a surname list. */
const LIST_GAP_RE = /^[ \t\u00a0]*,[ \t\u00a0]*$/;
const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'toward', 'towards']);
/** Prepositions that take a person only after a verb of meeting or talking ("spoke with", "seen by"), not "closed with". */
const PERSON_PREPS = new Set(['with', 'to', 'by', 'per']);
const COMMUNICATION_VERBS = new Set([
  'spoke', 'speak', 'speaking', 'talked', 'talk', 'talking', 'discussed', 'discuss', 'met', 'meet', 'meeting', 'consulted',
  'conferred', 'seen', 'evaluated', 'examined', 'accompanied', 'visited', 'called', 'phoned', 'notified', 'updated',
  'followed', 'referred', 'reported', 'signed', 'dictated', 'transcribed', 'case', 'spoken', 'lives', 'living', 'married',
]);
const SENTENCE_END_RE = /[.!?:;\n\r•*#>\-–—(\[]\s*$/;
const MAX_PASSES = 2;
/** Cue words are never the name they announce, even when the census lists them ("Son, Jose, ..."). */
const CUE_WORD_BITS = WORD_RELATIVE | WORD_ROLE | WORD_TITLE | WORD_FUNCTION | WORD_CONTACT | WORD_HEADER | WORD_CREDENTIAL;

/** Shaped like a name where case carries information; in caps-only or lower-case notes only the list decides. */
function nameShaped(c: NameContext, i: number): boolean {
  const w = c.w(i)!;
  if (c.mode === 'mixed') return w.capitalized || (w.upper && w.lower.length > 3 && !c.is(i, WORD_CLINICAL));
  // Short all-caps tokens are abbreviations far more often than names.
  return w.lower.length >= 4 && !c.is(i, WORD_CLINICAL);
}

function joined(c: NameContext, left: number, right: number, allowList: boolean): boolean {
  const r = c.w(right);
  if (!r || !c.sameLine(right)) return false;
  const gap = r.gapBefore;
  if (INLINE_GAP_RE.test(gap) || (c.isInitial(left) && INITIAL_GAP_RE.test(gap))) return c.w(left)!.end === c.w(left)!.baseEnd;
  return allowList && c.mode === 'mixed' && LIST_GAP_RE.test(gap);
}

export function denyUnknownWords(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  const n = words.length;
  // 1. Next to a found name: extend it, both directions, until a word in the allow-list.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let grew = false;
    for (let i = 0; i < n; i++) {
      if (!marks.free(i) || !(marks.isName(i - 1) || marks.isName(i + 1)) || !nameShaped(c, i)) continue;
      // "Smith-Jones, Abigail": a listed surname before a comma and a found first name (inverted order) is a name
      // even when it is also a word; otherwise only a word in no allow-list joins a name.
      const inverted = i + 1 < n && marks.isName(i + 1) && c.isFirst(i + 1) && c.mode === 'mixed' && words[i].capitalized &&
        LIST_GAP_RE.test(words[i + 1].gapBefore) && c.sameLine(i + 1) && (i === 0 || !c.sameLine(i) || /[.:;\n]\s*$/.test(words[i].gapBefore) || words[i].gapBefore === '-');
      // Double-barrelled surnames: a listed surname hyphen-joined to a found name on either side ("Smith-[Jones]", "[El]-Wright").
      const hyphenated = (i + 1 < n && marks.isName(i + 1) && words[i + 1].gapBefore === '-') ||
        (i > 0 && marks.isName(i - 1) && words[i].gapBefore === '-');
      const listedSurname = c.isLast(i) && !c.protectedTerm[i] && !c.is(i, CUE_WORD_BITS);
      const allowedHere = notAllowed(c, i) || ((inverted || hyphenated) && listedSurname);
      if (!allowedHere) continue;
      const leftName = i > 0 && marks.isName(i - 1) && joined(c, i - 1, i, true);
      const rightName = inverted || (i + 1 < n && marks.isName(i + 1) && joined(c, i, i + 1, false));
      if (!leftName && !rightName) continue;
      marks.add(i, i, 'NAME', RECOGNIZER);
      grew = true;
    }
    if (!grew) break;
  }
  if (c.mode !== 'mixed') return;
  // 2. Capitalised mid-sentence and in no allow-list, where a person or a place stands: a pair of such words
  // ("Leopold Marchetti called"), or one after a person cue ("spoke with Okonjo") or a place word ("from Dunmore").
  for (let i = 0; i < n; i++) {
    if (!words[i].capitalized || !marks.free(i) || !notAllowed(c, i)) continue;
    const w = words[i];
    // An initial before ("J. R. Tolliver") is a person cue, and its full stop ends no sentence.
    const afterInitial = i > 0 && c.isInitial(i - 1) && c.sameLine(i) && /^\.[ \t\u00a0]?$/.test(w.gapBefore);
    const sentenceStart = !afterInitial && (i === 0 || SENTENCE_END_RE.test(w.gapBefore) || !c.sameLine(i));
    let e = i;
    while (e + 1 < n && marks.free(e + 1) && c.sameLine(e + 1) && INLINE_GAP_RE.test(words[e + 1].gapBefore) &&
      words[e].end === words[e].baseEnd && words[e + 1].capitalized && notAllowed(c, e + 1)) e++;
    // A capitalised listed first name right before opens the pair even if it is also a word ("Mary Thistlewood").
    let s0 = i;
    if (!sentenceStart && i > 0 && marks.free(i - 1) && words[i - 1].capitalized && c.isFirst(i - 1) && !c.protectedTerm[i - 1] &&
      !c.is(i - 1, WORD_FUNCTION) &&
      INLINE_GAP_RE.test(w.gapBefore) && !c.is(i - 1, WORD_TITLE | WORD_ROLE | WORD_CONTACT)) s0 = i - 1;
    const prev = s0 > 0 && !(s0 === i && sentenceStart) ? words[s0 - 1] : undefined;
    const place = prev !== undefined && s0 === i && (PLACE_PREPS.has(prev.lower) || c.is(s0 - 1, WORD_MOVEMENT));
    const personCue = prev !== undefined && c.is(s0 - 1, WORD_CONTACT | WORD_TITLE | WORD_ROLE) && !PLACE_PREPS.has(prev.lower) &&
      (!PERSON_PREPS.has(prev.lower) || COMMUNICATION_VERBS.has(words[s0 - 2]?.lower ?? ''));
    const personAfter = e + 1 < n && c.is(e + 1, WORD_PERSON_VERB) && c.sameLine(e + 1);
    // A hyphenated pair alone is an eponym as often as a double-barrelled surname ("Crowe-Davis gag"): it needs a cue.
    let spacedPair = false;
    for (let x = s0 + 1; x <= e; x++) if (words[x].gapBefore !== '-') spacedPair = true;
    // "LeeFarrington": a first name glued to a surname is a person by its own shape.
    const camelName = s0 === e && camelCaseName(c.lex, c.text.slice(w.start, w.baseEnd));
    if (!spacedPair && !place && !personCue && !personAfter && !afterInitial && !camelName) continue;
    // A country after a place word is above the Safe Harbor limit ("returned from Mexico").
    if (place && !spacedPair && !personCue && s0 === e && COUNTRIES.has(w.lower)) continue;
    marks.add(s0, e, place && !personCue && !camelName ? 'LOCATION' : 'NAME', RECOGNIZER);
    i = e;
  }
}

/** Between two unknown words of one name: spaces or a hyphen ("LOWELL-GARDNER", "saltonstall east"). */
const CASELESS_JOIN_RE = /^(?:[ \t\u00a0]{1,2}|-)$/;
/**
 * A census first name or surname this long, in no allow-list, is a person wherever it stands; shorter listed names are
 * clinical shorthand as often ("mech", "sero", "gluc", "bolus" are all census surnames).
 */
const MIN_LISTED_NAME_LENGTH = 7;
/** An unlisted word must be this long and spelt like a name (nameShape.ts) by this margin; three letters are abbreviations. */
const MIN_UNLISTED_LENGTH = 4;
const MIN_NAME_SHAPE_SCORE = 0.8;
/**
 * Objects a brand or an eponym names, with the charting abbreviation of one ("dsg", dressing) ("roho cushion", "roho dsg", "belmont rapid infuser", "bristol stool chart", "camino bolt"),
 * beside the eponym heads and the ICD-10-CM condition heads: the word before one is a product or an eponym, not PHI.
 */
const OBJECT_HEADS: ReadonlySet<string> = new Set(`cushion cushions mattress bed beds pump pumps infuser warmer chart charts bolt
notch pentad tetrad boot boots brace collar splint device monitor system stockings dressing bag bags lift walker vest
sling valve stent clip clips needle sheath filter scope mask cannula circuit wrap pad pads dsg dsgs`.split(/\s+/));
/** A drug before its dose ("giapreza 20 ng/kg/min", "unasyn 3 g"): a brand by its medication position. */
const DOSE_AFTER_RE = /^[ \t]+\d+(?:\.\d+)?[ \t]*(?:mg|mcg|ng|g|gm|units?|u|ml|meq|mmol|mg\/kg|mcg\/kg|ng\/kg|%)\b/i;

/** A device's charted status after its name ("roho in place", "ETT IN PLACE"): a thing is in place, a person is not so charted. */
const IN_PLACE_AFTER_RE = /^[ \t]+in[ \t]+place\b/i;

/** The word names a product, an eponym's object or a drug by what follows it on its line. */
function productOrEponym(c: NameContext, e: number): boolean {
  const w = c.w(e)!;
  if (DOSE_AFTER_RE.test(c.text.slice(w.end, w.end + 24)) || IN_PLACE_AFTER_RE.test(c.text.slice(w.end, w.end + 12))) return true;
  for (let k = e + 1; k <= e + 2; k++) {
    const next = c.w(k);
    if (next === undefined || !c.sameLine(k) || !/^[ \t-]{1,2}$/.test(next.gapBefore)) return false;
    if (OBJECT_HEADS.has(next.lower) || EPONYM_HEAD_NOUNS.has(next.lower) || icdClinicalHeads().has(next.lower)) return true;
    // One modifier may stand between ("rapid infuser", "stool chart"); a second word must be the head.
    if (!c.isCommon(k)) return false;
  }
  return false;
}

/** Letters outside ASCII: English clinical shorthand never has them, names often do ("súilleabháin", "szabó"). */
const NON_ASCII_LETTER_RE = /[^\x00-\x7f]/;

/** Why an unknown word in caseless text is taken, for the recognizer's class (undefined: it is not). */
export function caselessDenyClass(c: NameContext, i: number): 'non-ascii' | 'listed-name' | 'name-shape' | undefined {
  const w = c.w(i)!;
  if (NON_ASCII_LETTER_RE.test(w.lower)) return 'non-ascii';
  if (c.isFirst(i) || c.isLast(i)) return w.lower.length >= MIN_LISTED_NAME_LENGTH ? 'listed-name' : undefined;
  if (w.lower.length < MIN_UNLISTED_LENGTH || COUNTRIES.has(w.lower)) return undefined;
  return nameShapeScore(lexiconNameShape(c.lex), w.lower) > MIN_NAME_SHAPE_SCORE ? 'name-shape' : undefined;
}

/**
 * Where case says nothing (caps-only or lower-case notes), Philter's stance wherever the word stands: capitals cannot
 * tell "w/ SAILCLOTH" from "w/ SUCTION", so a word in no allow-list and in none of the shorthand classes
 * (allowList.ts `safeByClass`) is PHI when it is a long census name, has letters outside ASCII, or is spelt like a name
 * by the letter-n-gram model trained on the name and vocabulary lists (nameShape.ts). An unknown word spelt like
 * vocabulary ("overbreathing", "dopplerable") is left: on the deid dev notes such words are nursing shorthand, never PHI.
 * A place word or a movement before it makes it a place, otherwise it is typed as a person (the commoner leak).
 */
export function denyCaselessWords(c: NameContext, marks: WordMarks): void {
  if (c.mode === 'mixed') return;
  const { words } = c;
  const n = words.length;
  const unknown = (i: number): boolean => marks.free(i) && notAllowed(c, i) && !c.is(i, WORD_CLINICAL) && safeByClass(c, i) === undefined;
  for (let i = 0; i < n; i++) {
    if (!unknown(i) || caselessDenyClass(c, i) === undefined) continue;
    // A name taken extends over the unknown words joined to it ("saltonstall east" stays whole through the allow-list only).
    let e = i;
    while (e + 1 < n && c.sameLine(e + 1) && CASELESS_JOIN_RE.test(words[e + 1].gapBefore) && words[e].end === words[e].baseEnd &&
      unknown(e + 1)) e++;
    if (productOrEponym(c, e)) {
      i = e;
      continue;
    }
    const prev = i > 0 && c.sameLine(i) ? words[i - 1] : undefined;
    const place = prev !== undefined && (PLACE_PREPS.has(prev.lower) || c.is(i - 1, WORD_MOVEMENT)) && !marks.isName(i - 1);
    marks.add(i, e, place ? 'LOCATION' : 'NAME', CASELESS_RECOGNIZER);
    i = e;
  }
}
