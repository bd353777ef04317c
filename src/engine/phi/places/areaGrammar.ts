// Owns `location.area-grammar`: geographic units smaller than a state named by their administrative noun, whatever
// their words — "Franklin County", "Lafourche Parish", "Wayne Township", "the Riverside neighborhood", "County of
// Orange", "the village of Clayton" (Safe Harbor: every subdivision below a state is an identifier). The noun says a
// place is named, so a name-list or dictionary word before it ("Orange", "Story", "Jackson") is no reason to keep it.
import { INLINE_GAP_RE, type NameContext } from '../nameContext';
import { WORD_CLINICAL, WORD_TITLE } from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { FACILITY_GENERIC_WORDS, FUNCTION_WORDS, MONTHS, US_STATES } from '../vocab';

export const RECOGNIZER = 'location.area-grammar';

/** Nouns written after the name of a subdivision: "Franklin County", "Lafourche Parish", "Wayne Township". */
const AREA_NOUNS_AFTER: ReadonlySet<string> = new Set(['county', 'co', 'parish', 'township', 'twp', 'borough', 'municipality']);
/** Nouns of a part of a town, after a name with "the" before it: "the Riverside neighborhood", "the Fenwick district". */
const PART_NOUNS_AFTER: ReadonlySet<string> = new Set(['neighborhood', 'neighbourhood', 'district', 'subdivision', 'section', 'projects']);
/** Nouns written before "of" and the name: "County of Orange", "the village of Clayton", "Town of Hope". */
const AREA_NOUNS_BEFORE: ReadonlySet<string> = new Set(['county', 'parish', 'township', 'borough', 'village', 'town', 'city', 'hamlet', 'municipality']);
const ANY_AREA_NOUN: ReadonlySet<string> = new Set([...AREA_NOUNS_AFTER, ...PART_NOUNS_AFTER, ...AREA_NOUNS_BEFORE]);
const MAX_NAME_WORDS = 3;
const NAME_GAP_RE = /^(?:[ \t\u00a0]|-)$/;
/** Words before an area noun that say which kind of area, not which one ("a rural county", "the same township"). */
const DESCRIBING: ReadonlySet<string> = new Set(['rural', 'urban', 'same', 'neighboring', 'neighbouring', 'adjacent', 'nearby', 'home', 'local',
  'another', 'other', 'different', 'next', 'whole', 'entire', 'poor', 'small', 'large', 'big', 'quiet', 'safe', 'unsafe', 'rough', 'bad', 'good',
  'wealthy', 'low-income', 'residential', 'industrial', 'historic', 'downtown', 'school', 'medical', 'hospital', 'this', 'that', 'his', 'her',
  'their', 'our', 'my', 'your', 'high-crime', 'crime', 'drug', 'gang', 'farming', 'mining', 'coastal']);

function nameWord(c: NameContext, q: number): boolean {
  const w = c.w(q);
  if (!w || !w.alpha || w.lower.length < 2 || FUNCTION_WORDS.has(w.lower) || DESCRIBING.has(w.lower) || MONTHS.has(w.lower) ||
    c.protectedTerm[q] || c.is(q, WORD_TITLE)) return false;
  if ((c.is(q, WORD_CLINICAL) || c.lex.clinical.has(w.lower)) && !c.isCity(q)) return false;
  if (FACILITY_GENERIC_WORDS.has(w.lower) && !c.isCity(q)) return false;
  if (c.mode === 'mixed') return w.capitalized || w.upper;
  return true;
}

export function detectAreas(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i < words.length; i++) {
    const noun = words[i];
    if (!ANY_AREA_NOUN.has(noun.lower)) continue;
    const after = AREA_NOUNS_AFTER.has(noun.lower);
    const part = PART_NOUNS_AFTER.has(noun.lower);
    if ((after || part) && i > 0 && c.sameLine(i) && INLINE_GAP_RE.test(noun.gapBefore) && nameBefore(c, marks, i, after, part)) continue;
    // "County of Orange", "the village of Clayton": the name after "of".
    if (AREA_NOUNS_BEFORE.has(noun.lower) && words[i + 1]?.lower === 'of' && c.sameLine(i + 1) && c.sameLine(i + 2)) {
      // "the city of her birth" is a phrase, not a place: the name is capitalised in mixed text, a town or an unknown word otherwise.
      let e = i + 1;
      while (e + 1 < words.length && e - i - 1 < MAX_NAME_WORDS && c.sameLine(e + 1) && INLINE_GAP_RE.test(words[e + 1].gapBefore) && nameWord(c, e + 1) &&
        marks.free(e + 1)) e++;
      if (e === i + 1) continue;
      let listed = true;
      for (let x = i + 2; x <= e; x++) if (c.isCommon(x) && !c.isCity(x)) listed = false;
      if (c.mode !== 'mixed' && !listed) continue;
      let phrase = '';
      for (let x = i + 2; x <= e; x++) phrase += (x > i + 2 ? ' ' : '') + words[x].lower;
      if (US_STATES.has(phrase)) continue;
      marks.add(i + 2, e, 'LOCATION', RECOGNIZER);
      i = e;
    }
  }
}

/** "Orange County", "the Riverside neighborhood": marks the name before the noun at i; false when there is none. */
function nameBefore(c: NameContext, marks: WordMarks, i: number, after: boolean, part: boolean): boolean {
  const { words } = c;
  const noun = words[i];
  // In mixed text the noun is part of the proper name and written with its capital ("Orange County"); a part of a
  // town is written in lower case after a capitalised name ("the Riverside neighborhood").
  if (c.mode === 'mixed' && after && !(noun.capitalized || noun.upper)) return false;
  // "Co." is a county only with its full stop ("Wahkiakum Co. Sheriff"); a company's "Co" is an organisation's name anyway.
  if (noun.lower === 'co' && c.text.charAt(noun.end) !== '.') return false;
  let s = i;
  // One space or a hyphen: two spaces part the columns of a form ("LABORATORY REQUISITION  BELLHAVEN MANUFACTURING CO.").
  while (s - 1 >= 0 && i - s < MAX_NAME_WORDS && c.sameLine(s) && NAME_GAP_RE.test(words[s].gapBefore) && nameWord(c, s - 1)) s--;
  if (s === i) return false;
  // "Co." names a county after one word in no English list ("Wahkiakum Co."); after English words it closes a company
  // ("Boston Scientific Co."), the organisation units' business.
  if (noun.lower === 'co' && (s !== i - 1 || (c.isCommon(s) && !c.isCity(s)))) return false;
  // Lower-case and caps-only notes carry no capital: a preposition or article before the name must say a place follows.
  const before = words[s - 1]?.lower ?? '';
  // Capitals carry the administrative noun's own capital ("WAHKIAKUM CO. SHERIFF"); lower case needs the preposition.
  if (c.mode === 'lower' && !['in', 'of', 'from', 'near', 'to', 'the', 'at'].includes(before)) return false;
  if (c.mode === 'upper' && part && !['in', 'of', 'from', 'near', 'to', 'the', 'at'].includes(before)) return false;
  if (part && before !== 'the') return false;
  // "Washington County" names a county; "Washington" alone stays a state elsewhere.
  if (part && US_STATES.has(words[s].lower)) return false;
  for (let x = s; x <= i; x++) if (!marks.free(x) && !marks.isName(x) && !marks.isPlace(x)) return false;
  // The administrative noun itself identifies nobody and stays readable ("[LOCATION] County"), as a street's suffix does.
  marks.add(s, i - 1, 'LOCATION', RECOGNIZER);
  return true;
}
