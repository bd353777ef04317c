// Owns `name.initials`: initials written before a name found by another unit join it ("J. R. Tolliver",
// "A.B. Marsh", "K WHITCOMB"), so no letter of a person's name is left in the note.
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import { type NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';

export const RECOGNIZER = 'name.initials';
const MAX_INITIALS = 3;
/** "J. ", "J.", "J " before the next initial or the surname. */
const INITIAL_GAP_RE = /^\.?[ \t\u00a0]{0,2}$/;

function initialLetter(c: NameContext, q: number): boolean {
  const w = c.w(q);
  // An upper-case letter; a lower-case one only with its full stop ("j. smith" in a lower-case note).
  return w !== undefined && w.alpha && w.baseEnd - w.start === 1 && (w.upper || (c.mode === 'lower' && c.text.charAt(w.end) === '.'));
}

export function detectInitials(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    if (!marks.isName(i) || marks.isName(i - 1) || !c.sameLine(i)) continue;
    let s = i;
    while (s > 0 && i - s < MAX_INITIALS && marks.free(s - 1) && initialLetter(c, s - 1) && INITIAL_GAP_RE.test(words[s].gapBefore) &&
      c.sameLine(s)) s--;
    if (s === i) continue;
    // "10:36 P.M. N.P." — "a.m."/"p.m." after a clock time is the time of day, not a person's initials.
    if (i - s === 2 && /^(?:am|pm)$/.test(words[s].lower + words[s + 1].lower) && s > 0 && words[s - 1].hasDigit) s += 2;
    if (s === i) continue;
    // A lone capital letter without a full stop is as often a grade or a side ("Grade A Smith"): take it only with a stop.
    if (i - s === 1 && c.text.charAt(words[s].end) !== '.') continue;
    // "L." and "R." before a word are usually laterality ("R. mainstem"), unless a second initial confirms a name.
    if (i - s === 1 && (words[s].lower === 'l' || words[s].lower === 'r')) continue;
    marks.add(s, i - 1, 'NAME', RECOGNIZER);
  }
}

export const SANDWICH = 'name.middle-initial';

/**
 * `name.middle-initial`: "First M. Last" — a listed first name, one initial with its full stop, and a name-shaped
 * word ("GILBERT J. MCTRUSSELL", "Violet T. El-Nanni") is a person in any case, whatever lists the surname is in.
 */
export function detectMiddleInitialNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 2 < words.length; i++) {
    const first = words[i];
    const mid = words[i + 1];
    const last = words[i + 2];
    if (!c.isFirst(i) || !first.alpha || first.lower.length < 2 || c.protectedTerm[i]) continue;
    if (!initialLetter(c, i + 1) || c.text.charAt(mid.end) !== '.' || !/^[ \t\u00a0]$/.test(mid.gapBefore)) continue;
    if (!/^\.[ \t\u00a0]$/.test(last.gapBefore) || !last.alpha || last.lower.length < 2 || c.protectedTerm[i + 2] || c.isFunction(i + 2)) continue;
    if (!c.sameLine(i + 1) || !c.sameLine(i + 2)) continue;
    // Same shape on all three words: "Gilbert J. Smith", "GILBERT J. SMITH", "gilbert j. smith" in a lower-case note.
    const shaped = (w: typeof first): boolean => (c.mode === 'lower' ? true : w.capitalized || w.upper);
    if (!shaped(first) || !shaped(last)) continue;
    if (!marks.free(i) && !marks.free(i + 2) && marks.isName(i) && marks.isName(i + 2)) continue;
    marks.add(i, i + 2, 'NAME', SANDWICH);
    i += 2;
  }
}

export const LETTERS = 'name.initials-only';
/** Dotted letter groups that are abbreviations, not a person's initials (lower case, letters only). */
export const ABBREVIATION_LETTERS: ReadonlySet<string> = new Set(`
  am pm us usa uk dc npo iv po bid tid qid qd md rn do ot pt pa np lpn cna dds er or icu ct mri ekg eeg bp hr rr od os ou
  ad au sob dnr dni cpr hob prn nka nkda wnl aka bka qhs hs ac pc sq sc im gi gu dvt pe uti otc rom phd eg ie vs ns lr is dob doa dos dod
  sl ng og aox ooh oob ho co ra le ue rue lue rle lle ed ew cc ml mg kg gm cm mm ox td rt bs
`.trim().split(/\s+/));
/** Words before initials that say a person is meant ("pt J.H.", "resident A.P."). */
const PERSON_NOUNS = new Set(['pt', 'pts', 'patient', 'resident', 'client', 'caller', 'infant', 'baby', 'child', 'student']);

/**
 * `name.initials-only`: a person written as dotted initials alone ("pt J.H. 47 y/o", "Daughter A.P. called"),
 * taken only after a person noun or cue, or before a person verb; known abbreviations ("P.O.", "D.N.R.") stay.
 */
export function detectInitialsOnly(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isDottedCapital(c, i) || !marks.free(i)) continue;
    let e = i;
    let letters = words[i].lower;
    while (e + 1 < words.length && e - i < 2 && isDottedCapital(c, e + 1) && words[e + 1].gapBefore === '.') {
      e++;
      letters += words[e].lower;
    }
    if (e === i || ABBREVIATION_LETTERS.has(letters) || !marks.free(e)) {
      i = e;
      continue;
    }
    const prev = words[i - 1];
    const next = words[e + 1];
    const cueBefore = prev !== undefined && c.sameLine(i) &&
      (PERSON_NOUNS.has(prev.lower) || c.is(i - 1, WORD_RELATIVE | WORD_ROLE | WORD_TITLE));
    // "accepting H.N.T. MD", "Crew: N.G.H. Paramedic": three dotted letters before a credential or role sign a person.
    const cueAfter = next !== undefined && c.sameLine(e + 1) &&
      (c.is(e + 1, WORD_PERSON_VERB) || (e - i >= 2 && c.is(e + 1, WORD_CREDENTIAL | WORD_ROLE)));
    // "D.B. Rush denies fever": dotted initials, a capitalised word and a person's verb — the word is the surname even
    // where it is also an English word.
    const after = words[e + 2];
    const surnameAfter = next !== undefined && after !== undefined && c.mode === 'mixed' && next.capitalized && next.alpha &&
      /^[ \t\u00a0]$/.test(next.gapBefore.replace(/^\./, '')) && c.sameLine(e + 1) && c.sameLine(e + 2) && marks.free(e + 1) &&
      !c.isFunction(e + 1) && !c.is(e + 1, WORD_CLINICAL | WORD_TITLE) && !c.protectedTerm[e + 1] &&
      /^[ \t\u00a0]$/.test(after.gapBefore) && (ENTRY_OBSERVATIONS.has(after.lower) || c.is(e + 2, WORD_PERSON_VERB));
    if (surnameAfter) marks.add(i, e + 1, 'NAME', LETTERS);
    else if (cueBefore || cueAfter) marks.add(i, e, 'NAME', LETTERS);
    i = e;
  }
}

export const BEFORE_AGE = 'name.initials-before-age';
/** An age right after the initials: "65 yo", "61F", "98yo", "AGE: 103", "31 y/o", "age 90". */
const AGE_AFTER_RE = /^[ \t\u00a0,;]*(?:(?:age|aged)\b[ \t\u00a0:]*\d{1,3}\b|\d{1,3}[ \t\u00a0-]*(?:y\/?o\b|y\.o\.|yo[mf]?\b|yrs?\b|years?\b|[mf]\b))/i;
/** Words that can stand between "pt" and an age and are not initials ("pt IS 65", "PT NOW 90"). */
const NOT_INITIALS_BEFORE_AGE = new Set(['is', 'was', 'now', 'an', 'a', 'who', 'has', 'had', 'age', 'aged', 'yo', 'of', 'be', 'am', 'nl', 'no']);

/**
 * `name.initials-before-age`: "PT G.M. 65 yo M", "PT AT 61F", "pt SO 31 yo F" — between a person noun and an age,
 * two or three letters (dotted, or undotted capitals) can only be the person's initials, even where the letters also
 * spell an abbreviation elsewhere ("A.D.", "G.M.").
 */
export function detectInitialsBeforeAge(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    if (!PERSON_NOUNS.has(words[i - 1].lower) || !c.sameLine(i) || !marks.free(i) || !/^[ \t\u00a0]+$/.test(words[i].gapBefore)) continue;
    let e = i;
    let letters = words[i].lower;
    if (isDottedCapital(c, i)) {
      while (e + 1 < words.length && e - i < 2 && isDottedCapital(c, e + 1) && words[e + 1].gapBefore === '.') {
        e++;
        letters += words[e].lower;
      }
      if (e === i) continue;
    } else {
      const w = words[i];
      if (!w.alpha || !w.upper || w.baseEnd - w.start < 2 || w.baseEnd - w.start > 3 || w.end !== w.baseEnd) continue;
      if (NOT_INITIALS_BEFORE_AGE.has(letters)) continue;
    }
    const rest = c.text.slice(c.text.charAt(words[e].end) === '.' ? words[e].end + 1 : words[e].end, words[e].end + 24);
    if (!AGE_AFTER_RE.test(rest) || !marks.free(e)) continue;
    marks.add(i, e, 'NAME', BEFORE_AGE);
    i = e;
  }
}

export const TIMED_ENTRY = 'name.initials-timed-entry';
/** A line that opens with a clock time: "0721 ", "11:43 pm ", "9:00 A.M. ". */
const TIME_AT_LINE_START_RE = /(?:^|\n)[ \t\u00a0]*(?:\d{1,2}:\d{2}|[0-2]\d[0-5]\d)(?:[ \t\u00a0]?(?:[ap]\.?m\.?|[ap]))?[ \t\u00a0]+$/i;
/** Observations a nursing entry opens with after the patient's initials ("J.D. voided", "A.C. SKIN INTACT"). */
const ENTRY_OBSERVATIONS = new Set(`
  voided voiding c complains complained complaining denies denied resting rested ambulated ambulating tolerated tolerating
  states stated reports reported refused refuses refusing sleeping slept up oob alert awake skin medicated vomited ate
  eating taking took calm agitated confused turned transferred assisted incontinent continent afebrile febrile lethargic
  anxious restless pulled tearful crying walked seen noted found
`.trim().split(/\s+/));

/**
 * `name.initials-timed-entry`: in a timed nursing entry ("0721 A.D. c/o pain", "1051 A.C. SKIN INTACT", "20:10 Jd
 * voided"), two or three letters between the clock time that opens the line and the observation that follows are the
 * patient's initials, even where the letters also spell an abbreviation.
 */
export function detectInitialsInTimedEntries(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (!w.alpha || !marks.free(i) || w.baseEnd - w.start > 3) continue;
    let e = i;
    if (isDottedCapital(c, i) || (w.baseEnd - w.start === 1 && c.text.charAt(w.end) === '.')) {
      while (e + 1 < words.length && e - i < 2 && words[e + 1].alpha && words[e + 1].baseEnd - words[e + 1].start === 1 &&
        words[e + 1].gapBefore === '.' && c.text.charAt(words[e + 1].end) === '.') e++;
      if (e === i) continue;
    } else if (!(w.baseEnd - w.start >= 2 && /^[A-Z][A-Za-z]{1,2}$/.test(c.text.slice(w.start, w.baseEnd)) && !c.isCommon(i) &&
      !c.isFunction(i))) {
      continue;
    }
    const line = c.text.slice(Math.max(0, w.start - 16), w.start);
    if (!TIME_AT_LINE_START_RE.test(line)) continue;
    const next = words[e + 1];
    if (!next || !c.sameLine(e + 1) || !ENTRY_OBSERVATIONS.has(next.lower) || !marks.free(e)) continue;
    marks.add(i, e, 'NAME', TIMED_ENTRY);
    i = e;
  }
}

function isDottedCapital(c: NameContext, q: number): boolean {
  const w = c.w(q);
  return w !== undefined && w.alpha && w.baseEnd - w.start === 1 && c.text.charAt(w.end) === '.' &&
    (w.upper || c.mode === 'lower');
}

export const BEFORE_CREDENTIAL = 'name.initials-before-credential';
/** Departments and services written before a credential ("ID MD", "OB RN", "EP MD"): a team, not a person's initials. */
const DEPARTMENT_LETTERS: ReadonlySet<string> = new Set(['id', 'ob', 'ir', 'ent', 'ep', 'ccu', 'nicu', 'picu', 'pacu', 'icu', 'st', 'ns', 'nm',
  'ct', 'us', 'ems', 'cv', 'ctu', 'tcu', 'snf', 'ltc', 'hh', 'pcp', 'uc', 'ud', 'ed', 'er', 'or', 'gi', 'pt', 'ot', 'rt', 'md', 'rn', 'np', 'pa',
  'do', 'lpn', 'cna', 'dc', 'usa', 'uk', 'am', 'pm', 'iv', 'po']);
/** Where a signer's initials may open: a line start, a label's colon, a list comma, a table column or "by"/"per"/"with". */
const SIGNER_START_RE = /(?:^|\n|[:;,(|]|[ \t\u00a0]{2}|\b(?:by|per|with|from|to|cc))[ \t\u00a0]*$/i;

/**
 * `name.initials-before-credential`: a clinician written as two or three undotted capitals right before a credential
 * ("Seen by TW NP", "Referring: KB DO, …", a flowsheet row ending "… MH CNM"). In a mixed-case note, capitals that open a
 * phrase and precede a credential sign a person; known abbreviations and clinical words ("ED RN", "ICU RN") stay.
 */
export function detectInitialsBeforeCredential(c: NameContext, marks: WordMarks): void {
  if (c.mode !== 'mixed') return;
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const n = w.baseEnd - w.start;
    if (!w.alpha || !w.upper || w.end !== w.baseEnd || n < 2 || n > 3 || !marks.free(i)) continue;
    if (DEPARTMENT_LETTERS.has(w.lower) || c.is(i, WORD_CREDENTIAL | WORD_TITLE | WORD_ROLE) || c.protectedTerm[i]) continue;
    if (!c.is(i + 1, WORD_CREDENTIAL) || !c.sameLine(i + 1) || !/^[ \t\u00a0]$/.test(words[i + 1].gapBefore)) continue;
    // A credential is written in capitals ("NP", "PharmD"); "Pt" after capitals is the patient ("CVS Pt dropped BP").
    if (!/^.\S*[A-Z]/.test(text.slice(words[i + 1].start, words[i + 1].end))) continue;
    // Two capitals that are also a clinical abbreviation ("TB", "BM") sign a person only when the credential closes the
    // phrase (line end, comma, bracket, semicolon): "TB MD" never stands for tuberculosis there.
    if ((c.is(i, WORD_CLINICAL) || ABBREVIATION_LETTERS.has(w.lower)) && (n === 3 || !/^(?:[ \t\u00a0]*(?:\r?\n|$|[,;)])|[ \t\u00a0]{2})/.test(text.slice(words[i + 1].end, words[i + 1].end + 3)))) continue;
    if (!SIGNER_START_RE.test(text.slice(Math.max(0, w.start - 8), w.start))) continue;
    marks.add(i, i, 'NAME', BEFORE_CREDENTIAL);
  }
}
