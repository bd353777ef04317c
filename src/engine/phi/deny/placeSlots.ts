// Owns `deny.place-slot`, the default-deny stance in the slot after a place preposition: in a note that uses case, a
// capitalised word mid-sentence right after "from", "near" or "in" names a place whether or not it is also an English
// word ("flying in from Paradise", "MVC near Magnet", "lives in South Mills"): town names are built from ordinary words,
// so being on an allow-list says nothing there. What is known to be safe stays: clinical vocabulary and protected terms,
// months and days, languages and nationalities, countries and states (above the Safe Harbor limit), cue words.
import { WORD_CLINICAL, WORD_CONTACT, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { UNIT_FACILITY_HEAD, UNIT_PROTECTED } from '../unitWords';
import { COUNTRIES, FACILITY_GENERIC_WORDS, LANGUAGES_AND_NATIONALITIES, TOWN_SUFFIX_WORDS, US_STATE_CODES, US_STATES } from '../vocab';
import type { WordMarks } from '../wordMarks';
import { clippedWord } from '../places/clippedWords';
import { notAllowed } from './allowList';

export const RECOGNIZER = 'deny.place-slot';

/** Prepositions whose object is a place far more often than anything capitalised ("in" is read with a stricter word test). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'near', 'in']);
const SPACE_GAP_RE = /^[ \u00a0]{1,2}$/;
const TITLE_CASE_RE = /^\p{Lu}\p{Ll}+$/u;
const ZIP_RE = /^\d{5}(?:-\d{4})?$/;
const MAX_PLACE_WORDS = 3;
const CUE_BITS = WORD_TITLE | WORD_ROLE | WORD_RELATIVE | WORD_CREDENTIAL | WORD_CONTACT | WORD_PERSON_VERB | WORD_HEADER | WORD_FUNCTION | WORD_MOVEMENT;
const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES_AND_NATIONALITIES);

function placeWord(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  // Title case exactly: "MAPs", "COs" are plural acronyms, not names.
  if (w === undefined || !marks.free(i) || !w.alpha || !TITLE_CASE_RE.test(c.text.slice(w.start, w.baseEnd)) || w.lower.length < 3) return false;
  if (c.protectedTerm[i] || c.eponymPhrase[i] || (c.unit[i] & UNIT_PROTECTED) !== 0 || c.is(i, CUE_BITS | WORD_CLINICAL) ||
    c.lex.indexClinical.has(w.lower) || c.lex.clinical.has(w.lower)) return false;
  return !MONTHS_AND_DAYS.has(w.lower) && !LANGUAGES.has(w.lower) && !COUNTRIES.has(w.lower) && !US_STATES.has(w.lower);
}

/** A town-name suffix after the first word is part of the town even where it is also clinical ("Owl Creek Falls"). */
function townSuffix(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  return w !== undefined && marks.free(i) && TOWN_SUFFIX_WORDS.has(w.lower) && TITLE_CASE_RE.test(c.text.slice(w.start, w.baseEnd)) && !c.protectedTerm[i] &&
    (c.unit[i] & UNIT_PROTECTED) === 0;
}

export function denyPlaceSlots(c: NameContext, marks: WordMarks): void {
  if (c.mode !== 'mixed') return;
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    const prep = words[i - 1];
    if (!PLACE_PREPOSITIONS.has(prep.lower) || prep.capitalized || prep.upper || !c.sameLine(i) || !SPACE_GAP_RE.test(words[i].gapBefore)) continue;
    if (!placeWord(c, marks, i)) continue;
    let e = i;
    while (e + 1 < words.length && e - i + 1 < MAX_PLACE_WORDS && words[e].end === words[e].baseEnd && c.sameLine(e + 1) &&
      SPACE_GAP_RE.test(words[e + 1].gapBefore) && (placeWord(c, marks, e + 1) || townSuffix(c, marks, e + 1))) e++;
    // A model or version number right after makes it a product ("in Humphrey 24-2", "with DermLite DL4"); a ZIP code a town.
    const next = words[e + 1];
    if (next !== undefined && next.hasDigit && c.sameLine(e + 1) && SPACE_GAP_RE.test(next.gapBefore) &&
      !ZIP_RE.test(c.text.slice(next.start, next.end))) continue;
    const phrase = words.slice(i, e + 1).map((w) => w.lower).join(' ');
    if (COUNTRIES.has(phrase) || US_STATES.has(phrase)) continue;
    // A department or a service alone ("from Pharmacy", "in Rehab") is where in the hospital, not which place.
    let named = false;
    for (let x = i; x <= e; x++) if ((c.unit[x] & UNIT_FACILITY_HEAD) === 0 && !FACILITY_GENERIC_WORDS.has(words[x].lower)) named = true;
    if (!named) continue;
    marks.add(i, e, 'LOCATION', RECOGNIZER);
    i = e;
  }
}

export const FACILITY_CODE = 'deny.place-slot.facility-code';
export const PLACE_TAIL = 'deny.place-slot.place-tail';

/** Nouns of a place of care: the word right after one names which place ("trach clinic QMRC", "rehab AEMH"). */
const FACILITY_SLOT_NOUNS: ReadonlySet<string> = new Set([
  'clinic', 'clinics', 'rehab', 'hospital', 'hosp', 'center', 'centre', 'ctr', 'facility', 'infirmary', 'hospice', 'snf', 'ltach', 'nh',
]);
/** An institution's short code: two to five letters, in capitals, or in lower case in a note that writes no capitals. */
const CAPS_CODE_RE = /^[A-Z]{2,5}$/;
const LOWER_CODE_RE = /^[a-z]{2,5}$/;

/**
 * `deny.place-slot.facility-code`: a short code right after a noun of a place of care ("to trach clinic AEMH", "rehab
 * DLMC") is that place's acronym unless the vocabulary knows it: an English word, a clinical abbreviation ("clinic NP",
 * "hospital ER"), a clipped word ("clinic appt"), a state code. Acronyms of other institutions are invented faster than
 * any list of them grows; what may stand there safely is the closed class.
 */
export function denyFacilityCodes(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let j = 1; j < words.length; j++) {
    const noun = words[j - 1];
    if (!FACILITY_SLOT_NOUNS.has(noun.lower) || !marks.free(j) || !c.sameLine(j) || words[j].gapBefore !== ' ' || noun.end !== noun.baseEnd) continue;
    const w = words[j];
    const raw = c.text.slice(w.start, w.baseEnd);
    if (!(CAPS_CODE_RE.test(raw) || (c.mode === 'lower' && LOWER_CODE_RE.test(raw)))) continue;
    // In a note written in capitals every word is; a code there must still be no word at all.
    if (c.isCommon(j) || c.lex.clinical.has(w.lower) || c.lex.indexClinical.has(w.lower) || c.is(j, CUE_BITS | WORD_CLINICAL) ||
      c.protectedTerm[j] || (c.unit[j] & UNIT_PROTECTED) !== 0 || US_STATE_CODES.has(w.lower) || MONTHS_AND_DAYS.has(w.lower) ||
      clippedWord(c.lex, w.lower)) continue;
    marks.add(j, j, 'LOCATION', FACILITY_CODE);
  }
}

/** Direction words and landform and settlement nouns that close a place's name ("Hemenway West", "Machipongo Fork"). */
const PLACE_TAIL_WORDS: ReadonlySet<string> = new Set([
  ...TOWN_SUFFIX_WORDS, 'fork', 'forks', 'point', 'corners', 'shores', 'bluff', 'bluffs',
  'east', 'west', 'north', 'south', 'hall', 'pavilion', 'wing', 'tower', 'building', 'annex',
]);
/** What may follow a closing tail word: the end of the clause, or any word but "of" ("west of the river"). */
const AFTER_TAIL_RE = /^(?:[ \t]*(?:[.,;:)\]»]|\r?\n|$)|[ \t]+(?!of\b|side\b|wall\b))/i;
/** Prepositions of a place slot: the word after them that a name voter took is a place when a place tail follows it. */
const TAIL_SLOT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'near', 'to', 'at']);

/**
 * `deny.place-slot.place-tail`: a place is written whole, its direction word and its landform or building noun included
 * ("[Hemenway] West", "[Machipongo] Fork", "[Ropes] Hall"), in the place's own case. A word a name voter took right after
 * a place preposition, or a word in no allow-list there, becomes the place with its tail ("lives in Quillamog Fork").
 */
export function denyPlaceTails(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const t = i + 1;
    const w = words[i], tail = words[t];
    if (!PLACE_TAIL_WORDS.has(tail.lower) || !marks.free(t) || !c.sameLine(t) || tail.gapBefore !== ' ' || w.end !== w.baseEnd || !w.alpha) continue;
    // In the slot after a place preposition, a word a name voter took or a word in no allow-list is the place's name.
    const inSlot = i > 0 && TAIL_SLOT_PREPOSITIONS.has(words[i - 1].lower) && c.sameLine(i) && marks.free(i - 1) &&
      words[i].gapBefore === ' ' && (marks.isName(i) || (marks.free(i) && notAllowed(c, i) && (c.mode !== 'mixed' || w.capitalized || w.upper)));
    if (!(marks.isPlace(i) || inSlot) || c.protectedTerm[t] || (c.unit[t] & UNIT_PROTECTED) !== 0) continue;
    // The tail carries the place's case: capitals after capitals, a capital after a capital, lower case after lower case.
    const sameCase = tail.upper ? w.upper : tail.capitalized ? w.capitalized || w.upper : !w.capitalized && !w.upper;
    if (!sameCase || !AFTER_TAIL_RE.test(c.text.slice(tail.end, tail.end + 8))) continue;
    if (inSlot) marks.add(i, t, 'LOCATION', PLACE_TAIL);
    else marks.add(t, t, 'LOCATION', PLACE_TAIL);
  }
}
