// Owns `location.town-cue` and `location.city-state`: a town after a residence or movement cue ("lives in
// Glenhollow", "resident of Cold Harbor Springs", "moved to Ashcombe") and a town before a state code
// ("Stillwater, OK", "Pettibone, KS 67501"), by shape and cue rather than by a list of towns.
import { INLINE_GAP_RE, type NameContext } from '../nameContext';
import { WORD_CLINICAL, WORD_TITLE } from '../lexicon';
import { UNIT_TOWN_CUE } from '../unitWords';
import type { WordMarks } from '../wordMarks';
import { camelCaseName, clinicalCompound, notAllowed } from '../deny/allowList';
import { listedTownWord } from './orgAfterCue';
import {
  COUNTRIES, FACILITY_GENERIC_WORDS, FUNCTION_WORDS, MONTHS, RESIDENCE_CUES, TOWN_CUES, TOWN_NAME_ENDINGS, TOWN_PREFIX_WORDS,
  TOWN_SUFFIX_WORDS, US_STATE_CODES, US_STATES,
} from '../vocab';

export const TOWN_CUE = 'location.town-cue';
export const CITY_STATE = 'location.city-state';
const MAX_TOWN_WORDS = 3;
/** The postal state codes as written in an address, in capitals ("Dover, DE"). */
const STATE_CODES: ReadonlySet<string> = new Set([...US_STATE_CODES].map((code) => code.toUpperCase()));
/** State codes that are also credentials or words ("Smith, MD", "..., OK"): a town before them needs more evidence. */
const AMBIGUOUS_CODES = new Set(['MD', 'PA', 'DO', 'OK', 'OR', 'IN', 'ME', 'MS', 'CO', 'DE', 'HI', 'ID', 'LA', 'MA', 'NE', 'OH', 'AL', 'MT', 'ND', 'SD', 'NC', 'SC', 'VA', 'CT', 'GA', 'IA', 'MO', 'NM', 'TN', 'WA', 'AR', 'KS']);
const CUE_FIRST = new Map<string, string[][]>();
for (const cue of TOWN_CUES) {
  const [first, ...rest] = cue.split(' ');
  CUE_FIRST.set(first, [...(CUE_FIRST.get(first) ?? []), rest]);
}

function townWord(c: NameContext, q: number): boolean {
  const w = c.w(q);
  if (!w || !w.alpha || w.lower.length < 2 || FUNCTION_WORDS.has(w.lower) || c.protectedTerm[q] || c.is(q, WORD_TITLE)) return false;
  // A listed town that is also a word of care ("lives in Comfort") stays a town when capitalised in mixed-case text.
  if (c.is(q, WORD_CLINICAL) && !listedTownWord(c, q)) return false;
  // Months, departments and generic facility words are not towns ("in October", "to the Neurology Department").
  if (MONTHS.has(w.lower) || (FACILITY_GENERIC_WORDS.has(w.lower) && !c.isCity(q)) || clinicalCompound(c.lex, w.lower)) return false;
  if (c.mode === 'mixed') return w.capitalized || (w.upper && w.lower.length > 3);
  return true;
}

/** End of the town run starting at j, or -1 when the run holds nothing a town name could be. */
function townRun(c: NameContext, j: number, residence: boolean): number {
  let e = j - 1;
  let evidence = false;
  while (e + 1 < c.words.length && e + 1 - j < MAX_TOWN_WORDS && townWord(c, e + 1) && c.sameLine(e + 1) &&
    (e + 1 === j || INLINE_GAP_RE.test(c.w(e + 1)!.gapBefore))) {
    e++;
    if (!c.isCommon(e) || c.isCity(e)) evidence = true;
  }
  if (e < j) return -1;
  // Mixed text: capitalised words after a residence cue are a town even when each is a word ("Cold Harbor Springs").
  if (!evidence && !(residence && c.mode === 'mixed' && c.w(j)!.capitalized && !US_STATES.has(c.w(j)!.lower))) return -1;
  if (US_STATES.has(c.w(j)!.lower) && e === j) return -1;
  // A country or a state is not a geographic unit smaller than a state (Safe Harbor keeps it).
  let phrase = '';
  for (let x = j; x <= e; x++) phrase += (x > j ? ' ' : '') + c.w(x)!.lower;
  if (COUNTRIES.has(phrase) || US_STATES.has(phrase)) return -1;
  return e;
}

export function detectTowns(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i < words.length; i++) {
    if ((c.unit[i] & UNIT_TOWN_CUE) === 0) continue;
    const tails = CUE_FIRST.get(words[i].lower);
    if (!tails) continue;
    for (const tail of tails) {
      let j = i + 1;
      let ok = true;
      for (const t of tail) {
        if (words[j]?.lower !== t || !c.sameLine(j)) { ok = false; break; }
        j++;
      }
      if (!ok || !words[j] || !c.sameLine(j) || !marks.free(j)) continue;
      if (words[j].lower === 'the') j++;
      if (!words[j] || !marks.free(j)) continue;
      // A listed town of several words with lower-case particles ("Fond du Lac", "Rough and Ready") is taken whole.
      let e = listedTownPhraseEnd(c, j);
      if (e < 0) e = townRun(c, j, RESIDENCE_CUES.has(words[i].lower));
      // Mixed text with the town typed in lower case: the caseless run, closed by punctuation.
      if (e < 0 && c.mode === 'mixed' && !words[j].capitalized && !words[j].upper) e = caselessTownRun(c, j);
      if (e < 0) continue;
      marks.add(j, e, 'LOCATION', TOWN_CUE);
      i = e;
      break;
    }
  }
  detectResidenceWithCompany(c, marks);
  // "Town, ST": a town before a two-letter state code.
  for (let i = 1; i < words.length; i++) {
    const st = words[i];
    // "Town, ST", "Town ST 12345", "Town Vermont 12345": a state code after a comma, or a code or state name before a ZIP.
    // "unity, me resident": in a note without capitals a state code before "resident" or "native" is still a code.
    const residentAfter = /^[ \t\u00a0]+(?:resident|native)\b/i.test(c.text.slice(st.end, st.end + 10));
    const isCode = st.baseEnd - st.start === 2 && (st.upper || (c.mode === 'lower' && residentAfter && words[i - 1] !== undefined));
    const isStateName = !isCode && st.capitalized && US_STATES.has(st.lower);
    if (!isCode && !isStateName) continue;
    const code = c.text.slice(st.start, st.baseEnd).toUpperCase();
    if ((isCode && !STATE_CODES.has(code)) || !c.sameLine(i)) continue;
    const after = c.text.slice(st.end, st.end + 8);
    if (/^\.?\p{L}/u.test(after)) continue;
    const zip = /^[ \t\u00a0]{1,2}\d{5}\b/.test(after);
    const comma = /^,[ \t\u00a0]{0,2}$/.test(st.gapBefore);
    if (!(comma && isCode) && !(zip && /^,?[ \t\u00a0]{1,2}$/.test(st.gapBefore))) continue;
    // A listed town of several words before the code ("Fond du Lac WV 95601", "Rough and Ready, CA") is taken whole.
    let listedStart = -1;
    for (let x = Math.max(0, i - MAX_LISTED_TOWN_WORDS); x < i - 1 && listedStart < 0; x++) if (listedTownPhraseEnd(c, x) === i - 1) listedStart = x;
    if (listedStart >= 0 && marks.free(listedStart)) {
      marks.add(listedStart, i - 1, 'LOCATION', CITY_STATE);
      continue;
    }
    let s = i;
    let evidence = zip || (residentAfter && c.mode === 'lower');
    while (s - 1 >= 0 && i - s < MAX_TOWN_WORDS && townWord(c, s - 1) && (s === i || INLINE_GAP_RE.test(words[s].gapBefore)) &&
      c.sameLine(s) && (c.mode !== 'mixed' || words[s - 1].capitalized || words[s - 1].upper)) {
      s--;
      if (c.isCity(s) || (!c.isCommon(s) && !c.isFirst(s) && words[s].lower.length >= 4)) evidence = true;
    }
    if (s === i || marks.isName(i - 1)) continue;
    // An ambiguous code ("OK", "ND", "MD") needs a ZIP code or a listed town, and a town is written capitalised in mixed text.
    if (AMBIGUOUS_CODES.has(code) && !zip && !(c.isCity(i - 1) && (c.mode !== 'mixed' || words[i - 1].capitalized))) continue;
    if (!evidence && !c.isCity(i - 1)) continue;
    if (!marks.free(s)) continue;
    marks.add(s, i - 1, 'LOCATION', CITY_STATE);
  }
}

/**
 * Any case: a town typed in lower case inside mixed text ("in glen burnie", "moving to shelbiana") needs a word in no
 * allow-list or a listed town, and must close the phrase (punctuation or the line end after it). Returns its last word or -1.
 */
function caselessTownRun(c: NameContext, j: number): number {
  const { words } = c;
  let e = j - 1;
  let evidence = false;
  while (e + 1 < words.length && e + 1 - j < MAX_TOWN_WORDS && c.sameLine(e + 1) && (e + 1 === j || INLINE_GAP_RE.test(words[e + 1].gapBefore)) &&
    caselessTownWord(c, e + 1)) {
    e++;
    if (!c.isCommon(e) || c.isCity(e)) evidence = true;
  }
  if (e < j || !evidence) return -1;
  return /^(?:[ \t\u00a0]*[.,;:)\n]|[ \t\u00a0]*$)/.test(c.text.slice(words[e].end, words[e].end + 2)) ? e : -1;
}

function caselessTownWord(c: NameContext, q: number): boolean {
  const w = c.w(q)!;
  return w.alpha && w.lower.length >= 2 && !FUNCTION_WORDS.has(w.lower) && !c.protectedTerm[q] && !c.is(q, WORD_TITLE | WORD_CLINICAL) &&
    !MONTHS.has(w.lower) && !(FACILITY_GENERIC_WORDS.has(w.lower) && !c.isCity(q)) && !US_STATES.has(w.lower);
}

/** Verbs of residence that may take company before the place: "lives with her niece Baria T. Orveau in glen burnie". */
const RESIDENCE_VERBS: ReadonlySet<string> = new Set(['lives', 'living', 'lived', 'resides', 'residing', 'stays', 'staying', 'moved', 'moving']);
const MAX_COMPANY_WORDS = 8;
/** Between the verb and "in": words, initials with their full stops, carets and hyphens of a name; no sentence break. */
const COMPANY_GAP_RE = /^(?:[ \t\u00a0]{1,2}|\.[ \t\u00a0]|\^{1,2}|-|'|,[ \t\u00a0])$/;

/**
 * `location.town-cue`, residence with company: "<lives> with <relation or name words> in <Town>" in any case — the
 * place after "in" closes the phrase (punctuation or line end), so "lives with wife in a house" and "in good health" are not towns.
 */
function detectResidenceWithCompany(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!RESIDENCE_VERBS.has(words[i].lower) || words[i + 1].lower !== 'with' || !c.sameLine(i + 1)) continue;
    let j = i + 2;
    while (j < words.length && j - i <= MAX_COMPANY_WORDS && words[j].lower !== 'in' && c.sameLine(j) && COMPANY_GAP_RE.test(words[j].gapBefore)) j++;
    if (j >= words.length || words[j].lower !== 'in' || j === i + 2 || !c.sameLine(j) || !marks.free(j + 1)) continue;
    const e = caselessTownRun(c, j + 1);
    if (e < 0) continue;
    let free = true;
    for (let x = j + 1; x <= e; x++) if (!marks.free(x)) free = false;
    if (!free) continue;
    marks.add(j + 1, e, 'LOCATION', TOWN_CUE);
    i = e;
  }
}

export const TOWN_GRAMMAR = 'location.town-grammar';
const TOWN_ENDING_RE = new RegExp(`(?:${TOWN_NAME_ENDINGS.join('|')})$`);

/**
 * `location.town-grammar`: town names by US gazetteer grammar, without a cue — a prefix ("Mount", "Lake", "Port",
 * "East") or suffix ("Falls", "Springs", "Junction") word beside a name word in no allow-list, or a single word in no
 * list with a town ending ("-wick", "-field", "-mouth", "-ville"). Capitalised words of mixed-case text only.
 */
export function detectTownGrammar(c: NameContext, marks: WordMarks): void {
  // Caps-only and lower-case nursing notes are full of misspellings that look like invented towns: mixed case only.
  if (c.mode !== 'mixed') return;
  const { words } = c;
  const shaped = (q: number): boolean => words[q].capitalized;
  const nameWord = (q: number): boolean =>
    q >= 0 && q < words.length && words[q].alpha && marks.free(q) && shaped(q) && !c.protectedTerm[q] && (notAllowed(c, q) || c.isCity(q)) &&
    !FUNCTION_WORDS.has(words[q].lower);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.alpha || !marks.free(i) || !shaped(i)) continue;
    const joinedNext = i + 1 < words.length && c.sameLine(i + 1) && INLINE_GAP_RE.test(words[i + 1].gapBefore);
    // "Mount Brileystead", "Lake Norermouth", "East Doringdale".
    if (TOWN_PREFIX_WORDS.has(w.lower) && joinedNext && nameWord(i + 1) && !US_STATES.has(w.lower + ' ' + words[i + 1].lower)) {
      marks.add(i, i + 1, 'LOCATION', TOWN_GRAMMAR);
      i++;
      continue;
    }
    // "Selahaven Falls", "Adlleydale Junction".
    if (nameWord(i) && joinedNext && TOWN_SUFFIX_WORDS.has(words[i + 1].lower) && shaped(i + 1) && marks.free(i + 1)) {
      marks.add(i, i + 1, 'LOCATION', TOWN_GRAMMAR);
      i++;
      continue;
    }
    // "Treingwick", "Tavleyfield": a word in no list at all, with a town ending.
    // A first name glued to a surname ("LeeFarrington") is the default-deny pass's person, whatever its ending.
    if (w.lower.length >= 6 && !c.isFirst(i) && !c.isLast(i) && nameWord(i) && TOWN_ENDING_RE.test(w.lower) &&
      !camelCaseName(c.lex, c.text.slice(w.start, w.baseEnd))) {
      marks.add(i, i, 'LOCATION', TOWN_GRAMMAR);
    }
  }
}

const MAX_LISTED_TOWN_WORDS = 4;

/**
 * End of the longest listed town of two to four words starting at word j ("Fond du Lac", "Rough and Ready", "Cold
 * Spring Harbor"), written on one line with single spaces, or -1. Mixed-case text needs its first and last words capitalised.
 */
export function listedTownPhraseEnd(c: NameContext, j: number): number {
  const { words } = c;
  if (!words[j]?.alpha) return -1;
  let phrase = words[j].lower;
  let best = -1;
  for (let e = j + 1; e < words.length && e - j < MAX_LISTED_TOWN_WORDS; e++) {
    const w = words[e];
    if (!w.alpha || !c.sameLine(e) || !/^[ \t\u00a0]$/.test(w.gapBefore)) break;
    phrase += ' ' + w.lower;
    if (c.lex.cities.has(phrase) && !US_STATES.has(phrase) && (c.mode !== 'mixed' || (words[j].capitalized && w.capitalized))) best = e;
  }
  return best;
}
