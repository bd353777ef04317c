// Owns `deny.place-slot`, the default-deny stance in the slot after a place preposition: in a note that uses case, a
// capitalised word mid-sentence right after "from", "near" or "in" names a place whether or not it is also an English
// word ("flying in from Paradise", "MVC near Magnet", "lives in South Mills"): town names are built from ordinary words,
// so being on an allow-list says nothing there. What is known to be safe stays: clinical vocabulary and protected terms,
// months and days, languages and nationalities, countries and states (above the Safe Harbor limit), cue words.
import { WORD_CLINICAL, WORD_CONTACT, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { UNIT_FACILITY_HEAD, UNIT_PROTECTED } from '../unitWords';
import { COUNTRIES, FACILITY_GENERIC_WORDS, LANGUAGES_AND_NATIONALITIES, TOWN_SUFFIX_WORDS, US_STATES } from '../vocab';
import type { WordMarks } from '../wordMarks';

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
