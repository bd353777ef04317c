// Owns `name.identity-line`: the patient line of a handoff or a visit note names the person, then the age — "hope
// raghunathan, 36-year-old, MRN: ...", "Love, Comfort, 70 y.o.", "I: stable. shreya horvat "Red", 75 y.o." At a line or
// sentence start, two or three name words (any case; surname-comma-given too), an optional quoted nickname, then a comma
// and an age, are the person's name, even when the words are also English. One word at least must be in a name list or
// in no vocabulary, and none a clinical, function, header, role or kinship word (surname particles inside the name stay).
// Also `name.caps-inverted-credential`, the other shape of a name fixed by what follows it: "HAZARD, CASH RN".
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { UNIT_PARTICLE } from '../unitWords';
import type { WordMarks } from '../wordMarks';

export const IDENTITY_LINE = 'name.identity-line';
const NOT_NAME = WORD_CLINICAL | WORD_CREDENTIAL | WORD_FUNCTION | WORD_HEADER | WORD_RELATIVE | WORD_ROLE | WORD_TITLE;
/** A line start, or a sentence start after a full stop or a colon ("I: stable. "). */
const LINE_OR_SENTENCE_START_RE = /(?:^|\n|[.:;][ \t\u00a0]{1,2})[ \t\u00a0]*$/;
/** An age in words: "ninety five", "one hundred two". */
const AGE_WORDS = String.raw`(?:(?:one\s)?hundred(?:\s(?:and\s)?[a-z]+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|[a-z]+teen|ten|eleven|twelve)`;
/** Comma (after an optional quoted nickname), then an age: "36-year-old", "75 y.o.", "aged 22", "69 yo", "95 yrs", "ninety five yrs". */
const AGE_AFTER_RE = new RegExp(String.raw`^(?:[ \t\u00a0]+["“][^"”\n]{1,20}["”])?,[ \t\u00a0]*(?:aged[ \t\u00a0]+(?:\d{1,3}\b|${AGE_WORDS}\b)|(?:\d{1,3}|${AGE_WORDS})(?:-year-old\b|[ \t\u00a0]?(?:y\.?o\.?|yo\b|yrs?\b|years?\b)))`, 'i');
/** Person nouns and describing words that open a patient line without a name ("Pleasant woman, 70 y.o."). */
const PERSON_WORDS: ReadonlySet<string> = new Set(['man', 'woman', 'male', 'female', 'gentleman', 'lady', 'boy', 'girl', 'child', 'infant', 'patient',
  'pt', 'veteran', 'resident', 'client', 'inmate', 'elderly', 'pleasant', 'frail', 'obese', 'thin', 'well', 'ill', 'unknown', 'anonymous']);
/** A name with its particles ("sione mac an tsaoir"): longer runs are a sentence, not a patient line. */
const MAX_NAME_WORDS = 5;

export function detectIdentityLines(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!LINE_OR_SENTENCE_START_RE.test(text.slice(Math.max(0, words[i].start - 4), words[i].start)) || !nameWord(c, marks, i)) continue;
    let e = i;
    let commas = 0;
    // Surname particles inside the name ("sione mac an tsaoir"), never first or last.
    while (e + 1 < words.length && e - i + 1 < MAX_NAME_WORDS && c.sameLine(e + 1) && (nameWord(c, marks, e + 1) || particleThenName(c, marks, e + 1))) {
      const gap = words[e + 1].gapBefore;
      if (/^[ \t\u00a0]$/.test(gap)) e++;
      else if (/^,[ \t\u00a0]$/.test(gap) && commas === 0 && e === i) { commas++; e++; }
      else break;
    }
    if (e === i || !AGE_AFTER_RE.test(text.slice(words[e].end, words[e].end + 40))) continue;
    // One word at least is in a name list or in no vocabulary: "Sunday" alone beside a listed surname is a given name.
    let listed = false;
    for (let q = i; q <= e; q++) listed ||= c.isFirst(q) || c.isLast(q) || c.unknown(q);
    if (!listed) continue;
    marks.add(i, e, 'NAME', IDENTITY_LINE);
    i = e;
  }
}

function nameWord(c: NameContext, marks: WordMarks, q: number): boolean {
  const w = c.w(q)!;
  if (!w.alpha || w.end !== w.baseEnd || w.lower.length < 2 || !marks.free(q) || c.protectedTerm[q] || c.is(q, NOT_NAME) || PERSON_WORDS.has(w.lower)) return false;
  return !c.lex.clinical.has(w.lower) && !c.lex.indexClinical.has(w.lower);
}

function particleThenName(c: NameContext, marks: WordMarks, q: number): boolean {
  let n = q;
  while ((c.unit[n] & UNIT_PARTICLE) !== 0 && c.sameLine(n) && marks.free(n) && n - q < 2) n++;
  return n > q && c.sameLine(n) && nameWord(c, marks, n);
}

export const CAPS_INVERTED_CREDENTIAL = 'name.caps-inverted-credential';

/**
 * In mixed-case text, "SURNAME, GIVEN" written in capitals and closed by a credential is a clinician's name whatever
 * the words ("Report given by HAZARD, CASH RN to ..."): capitals, a comma and a credential after them mark a signed name.
 */
export function detectCapsInvertedBeforeCredential(c: NameContext, marks: WordMarks): void {
  if (c.mode !== 'mixed') return;
  const { words } = c;
  for (let i = 0; i + 2 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    const cred = words[i + 2];
    if (!a.upper || !b.upper || a.lower.length < 2 || b.lower.length < 2 || !/^,[ \t\u00a0]$/.test(b.gapBefore)) continue;
    if (!c.sameLine(i + 1) || !c.sameLine(i + 2) || !/^,?[ \t\u00a0]$/.test(cred.gapBefore) || !c.is(i + 2, WORD_CREDENTIAL)) continue;
    if (!capsName(c, marks, i) || !capsName(c, marks, i + 1)) continue;
    marks.add(i, i + 1, 'NAME', CAPS_INVERTED_CREDENTIAL);
    i += 2;
  }
}

function capsName(c: NameContext, marks: WordMarks, q: number): boolean {
  const w = c.words[q];
  return w.alpha && w.end === w.baseEnd && marks.free(q) && !c.protectedTerm[q] && !c.is(q, WORD_CLINICAL | WORD_CREDENTIAL | WORD_FUNCTION | WORD_HEADER) &&
    !c.lex.clinical.has(w.lower) && !c.lex.indexClinical.has(w.lower);
}
