// Owns the person slots of terse nursing text where case says nothing (ALL-CAPS or all-lower notes, or a stretch of
// them): a word stands for a person by its slot, whatever its spelling — after a doctor's title ("DR DAY AWARE", "dr
// eze"), after a staff role or a kinship word when a person's predicate follows ("NP BAKER MADE AWARE", "son snow in to
// visit", "SISTER ,WILL HAS PHONED"), a run of unlisted words as the subject of a person's verb ("ADEBAYO SOLBERG AWARE",
// "social: hendrickx visited"), after "per" ("PER DARIUSZ WILL HOLD"), and a note's closing sign-off line ("ALCANTARA",
// "Sue Small"). Words that are also English count here only where the slot is strong (a title or kinship word) and in
// name lists; everything else must be in no allow-list at all (default deny).
import {
  WORD_CLINICAL, WORD_CONTACT, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE,
} from '../lexicon';
import { CUE_GAP_RE, TITLE_GAP_RE, type NameContext } from '../nameContext';
import { notAllowed } from '../deny/allowList';
import type { WordMarks } from '../wordMarks';
import { nearKnownWord } from './nearWord';
import { LANGUAGES_AND_NATIONALITIES } from '../vocab';
import { defineCues } from '../triggerIndex';

const LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES_AND_NATIONALITIES);

export const TITLE_SLOT_NAME = 'name.caseless-title-slot';
export const ROLE_KIN_SLOT_NAME = 'name.caseless-role-kin-slot';
export const PREDICATE_SUBJECT_NAME = 'name.caseless-predicate-subject';
export const PER_SLOT_NAME = 'name.caseless-per';
export const SIGNOFF_LINE_NAME = 'name.caseless-signoff-line';

/** Doctor's titles: whatever follows is a person unless it is grammar ("DR AWARE", "DR TO CALL"). */
const DOCTOR_TITLES: ReadonlySet<string> = new Set(['dr', 'drs', 'doctor', 'dr\'s']);
/** Staff roles that also abbreviate clinical things ("NP swab", "PA and lateral"): a word name needs a person's predicate after. */
const STAFF_ROLES: ReadonlySet<string> = new Set(['np', 'rn', 'pa', 'nurse', 'resident', 'attending', 'fellow', 'intern', 'sw',
  'staff', 'ho', 'pcp', 'chaplain', 'interpreter', 'pharmacist', 'rt', 'tech']);
/** Kinship words the shared cue list lacks ("godmother summer in to visit", "stepmom Ivy"). */
const EXTRA_KIN: ReadonlySet<string> = new Set(('godmother godfather godson goddaughter godparent stepmother stepfather stepmom stepdad ' +
  'grandma grandpa granny nana papa granddad grandad stepbrother stepsister half-brother half-sister exwife ex-wife exhusband ' +
  'ex-husband roommate fiancé').split(' '));
/** Modal and auxiliary verbs that are also given names ("WILL", "MAY", "CAN"): after a role they are the verb. */
const MODALS: ReadonlySet<string> = new Set(['will', 'may', 'can', 'might', 'must', 'shall', 'would', 'could', 'should', 'did', 'does', 'do']);
/** What follows a person named in a slot: a person's verb or a clause word ("son snow in to visit", "DAUGHTER BEAN FOR CONSENT"). */
const PERSON_FOLLOWERS: ReadonlySet<string> = new Set(('called calls phoned visited visiting visit aware notified updated informed ' +
  'consented spoke talked made here present in at has had is was will brought came arrived agrees agreed states stated says said ' +
  'wants requests requested for with and re regarding paged ordered aware. saw signed wrote gave to').split(' '));
/** Words a listed word name must be followed by after a role or kinship word ("NP BAKER MADE AWARE", "son snow in to visit"). */
const STRONG_FOLLOWERS: ReadonlySet<string> = new Set(('called phoned visited visiting aware notified updated informed consented ' +
  'spoke talked made here present in has had is was brought came arrived agrees agreed states stated says said wants requests ' +
  'requested for paged').split(' '));
/** Kinship words that are also everyday adjectives or verbs ("significant drop", "mother trached"): only their person sense counts. */
const KIN_NOT_ALONE: ReadonlySet<string> = new Set(['significant', 'partner', 'companion', 'friend', 'friends']);
/** Predicates whose subject is a person ("X AWARE", "X VISITED", "X IN TO VISIT"). */
const SUBJECT_PREDICATES: ReadonlySet<string> = new Set(('aware called phoned visited visiting notified updated informed spoke ' +
  'talked paged agrees agreed states stated says said wants requests requested consented arrived came signed').split(' '));
const CUE_BITS = WORD_RELATIVE | WORD_ROLE | WORD_TITLE | WORD_FUNCTION | WORD_CONTACT | WORD_HEADER | WORD_CREDENTIAL | WORD_PERSON_VERB | WORD_MOVEMENT;
const CLAUSE_START_RE = /(?:^|[.!?:;,\-–—>(]|\s(?:and|&))[ \t\u00a0]*$/i;
const MAX_RUN = 3;

/** In no allow-list and not a misspelt allowed word ("notifed", "visisted"): default deny's unknown word. */
function unlisted(c: NameContext, i: number): boolean {
  return notAllowed(c, i) && (c.isFirst(i) || c.isLast(i) || !nearKnownWord(c.lex, c.words[i].lower));
}

/** A word of a person's name in a strong slot: in no allow-list, or in a name list (even when also English). */
function strongSlotWord(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i] || MODALS.has(w.lower)) return false;
  if (c.is(i, CUE_BITS) || LANGUAGES.has(w.lower)) return false;
  if (c.mode === 'mixed' && !(w.capitalized || w.upper) && !caselessStretch(c, i)) return unlisted(c, i);
  return unlisted(c, i) || ((c.isFirst(i) || c.isLast(i)) && w.lower.length >= 3);
}

/** A word of a name in a weak slot: in no allow-list at all (default deny), or a listed name that is not English. */
function weakSlotWord(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i] || c.is(i, CUE_BITS)) return false;
  return unlisted(c, i) || c.strongName(i);
}

/** Mixed-case notes still hold stretches written in one case (a lower-case nursing line): case says nothing there either. */
export function caselessStretch(c: NameContext, i: number): boolean {
  let cased = 0, seen = 0;
  for (let k = Math.max(0, i - 4); k <= Math.min(c.words.length - 1, i + 4); k++) {
    const w = c.words[k];
    if (k === i || !w.alpha || w.lower.length < 2) continue;
    seen++;
    if (w.capitalized) cased++;
  }
  return seen >= 4 && cased === 0;
}

function followerOk(c: NameContext, j: number): boolean {
  const n = c.w(j);
  if (n === undefined || !c.sameLine(j)) return false;
  if (/[,(]/.test(n.gapBefore)) return true;
  return /^[ \t\u00a0]*$/.test(n.gapBefore) && PERSON_FOLLOWERS.has(n.lower);
}

/** Extends a name over following slot words on the same line ("DR AZEVEDO MAY", "ragnhild uzoma"), up to MAX_RUN words. */
function extendRight(c: NameContext, marks: WordMarks, i: number, ok: (k: number) => boolean): number {
  let k = i;
  while (k + 1 < c.words.length && k - i + 1 < MAX_RUN && c.sameLine(k + 1) && /^[ \t\u00a0]*$|^-$/.test(c.words[k + 1].gapBefore) &&
    ok(k + 1) && !SUBJECT_PREDICATES.has(c.words[k + 1].lower)) k++;
  return k;
}

export function detectCaselessTitleAndKinSlots(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let t = 0; t + 1 < words.length; t++) {
    const cue = words[t].lower;
    const i = t + 1;
    if (!c.sameLine(i) || !marks.free(i)) continue;
    const gap = words[i].gapBefore;
    if (DOCTOR_TITLES.has(cue) && TITLE_GAP_RE.test(gap)) {
      // "DR DAY AWARE": a listed surname that is also a time word is the doctor when a person's predicate follows.
      const timeWordName = (c.isLast(i) || c.isFirst(i)) && c.is(i, WORD_FUNCTION) && !MODALS.has(words[i].lower) &&
        words[i].lower.length >= 3 && !c.is(i, CUE_BITS & ~WORD_FUNCTION) && !c.protectedTerm[i] && followerOk(c, i + 1) &&
        (c.mode !== 'mixed' || words[i].capitalized || words[i].upper || caselessStretch(c, i));
      if (!strongSlotWord(c, marks, i) && !timeWordName) continue;
      const k = timeWordName ? i : extendRight(c, marks, i, (x) => weakSlotWord(c, marks, x) || (strongSlotWord(c, marks, x) && followerOk(c, x + 1)));
      marks.add(i, k, 'NAME', TITLE_SLOT_NAME);
      t = k;
    } else if ((STAFF_ROLES.has(cue) || EXTRA_KIN.has(cue) || (c.is(t, WORD_RELATIVE) && !c.is(t, WORD_FUNCTION) && !KIN_NOT_ALONE.has(cue))) &&
      CUE_GAP_RE.test(gap) && gap !== '-' && words[t].end === words[t].baseEnd &&
      // ", RN Wood lamp exam": a role after a comma or a found name is that name's credential, not a cue for what follows.
      !(STAFF_ROLES.has(cue) && (/,/.test(words[t].gapBefore) || marks.isName(t - 1)))) {
      // A phone number after the name says a person is meant ("husband Ama Rich 617-363-5641"), after kin only.
      const phoneAfter = (j: number): boolean => !STAFF_ROLES.has(cue) && words[j] !== undefined && /^\(?\d{3}\b/.test(text.slice(words[j].start, words[j].start + 4));
      // "NP Best", "DAUGHTER BEAN FOR CONSENT": a listed word name needs a person's predicate after it; an unlisted word does not.
      // "SISTER ,WILL HAS PHONED": a modal that is a given name is the person when a finite verb, not a bare one, follows.
      const modalName = MODALS.has(words[i].lower) && (c.isFirst(i) || c.isLast(i)) && c.is(t, WORD_RELATIVE) &&
        /^(?:has|had|is|was|called|phoned|visited|aware)$/.test(words[i + 1]?.lower ?? '') && c.sameLine(i + 1);
      if (modalName) {
        marks.add(i, i, 'NAME', ROLE_KIN_SLOT_NAME);
        continue;
      }
      const n1 = words[i + 1];
      const followedStrongly = n1 !== undefined && c.sameLine(i + 1) && /^[ \t\u00a0]+$/.test(n1.gapBefore) && (STRONG_FOLLOWERS.has(n1.lower) || phoneAfter(i + 1));
      // A word name in a kinship slot with the person's predicate after it, in any case ("stepson Sky updated", "girlfriend rose in").
      const wordName = words[i].alpha && words[i].lower.length >= 3 && marks.free(i) && !c.protectedTerm[i] && !c.is(i, CUE_BITS) &&
        !MODALS.has(words[i].lower) && !LANGUAGES.has(words[i].lower) && followedStrongly && (c.isFirst(i) || c.isLast(i) || words[i].capitalized);
      if (!strongSlotWord(c, marks, i) && !wordName) continue;
      if (wordName && !strongSlotWord(c, marks, i)) {
        marks.add(i, i, 'NAME', ROLE_KIN_SLOT_NAME);
        t = i;
        continue;
      }
      const k = extendRight(c, marks, i, (x) => weakSlotWord(c, marks, x) || ((c.isFirst(x) || c.isLast(x)) && strongSlotWord(c, marks, x)));
      const next = words[k + 1];
      // Capitalised mid-sentence in mixed text, unless a title-case phrase goes on ("RN Case Manager Visit").
      const mixedCapital = c.mode === 'mixed' && words[i].capitalized && !(next !== undefined && c.sameLine(k + 1) && next.capitalized);
      const strongFollower = next !== undefined && c.sameLine(k + 1) && /^[ \t\u00a0]+$/.test(next.gapBefore) && (STRONG_FOLLOWERS.has(next.lower) || phoneAfter(k + 1));
      // An unlisted word needs the person's predicate or a list mark after it; a listed word name needs the predicate.
      if (!(strongFollower || mixedCapital || (weakSlotWord(c, marks, i) && followerOk(c, k + 1)))) continue;
      marks.add(i, k, 'NAME', ROLE_KIN_SLOT_NAME);
      t = k;
    }
  }
}

/** "ADEBAYO SOLBERG AWARE", "social: hendrickx visited", "HOUSE STAFF ragnhild uzoma AWARE": unlisted words before a person's verb. */
export const PREDICATE_SUBJECT_CUES = defineCues('name.caseless-predicate-subject', SUBJECT_PREDICATES);
export function detectCaselessPredicateSubjects(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (const p of c.triggers.positions(PREDICATE_SUBJECT_CUES)) {
    if (p < 1 || !c.sameLine(p) || !/^[ \t\u00a0]+$/.test(words[p].gapBefore)) continue;
    let a = p - 1;
    if (!weakSlotWord(c, marks, a)) continue;
    while (a - 1 >= 0 && p - a < 2 && c.sameLine(a) && /^[ \t\u00a0]+$|^-$/.test(words[a].gapBefore) && weakSlotWord(c, marks, a - 1)) a--;
    // The run opens a clause or follows a staff cue: "... BIGEMINY ADEBAYO SOLBERG AWARE" opens after a clinical word, which is
    // no name, so what the run stands for is the subject of the predicate.
    const before = a > 0 && c.sameLine(a) ? words[a - 1] : undefined;
    if (before !== undefined && c.is(a - 1, WORD_TITLE)) continue;
    if (a === p - 1 && words[a].lower.length < 4) continue;
    marks.add(a, p - 1, 'NAME', PREDICATE_SUBJECT_NAME);
  }
}

/** "PER DARIUSZ WILL HOLD", "per gonzaga": "per" names a person or a document; a word in no allow-list is the person. */
export const PER_CUES = defineCues('name.caseless-per', ['per']);
export function detectCaselessPer(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  let done = -1;
  for (const t of c.triggers.positions(PER_CUES)) {
    if (t <= done || t + 1 >= words.length || !c.sameLine(t + 1) || !/^[ \t\u00a0]+$/.test(words[t + 1].gapBefore)) continue;
    const i = t + 1;
    if (!weakSlotWord(c, marks, i) || words[i].lower.length < 4) continue;
    const k = extendRight(c, marks, i, (x) => weakSlotWord(c, marks, x));
    // "per reqs.", "per slidng scale": a document or a typo; a person is followed by what they decided or said.
    const next = words[k + 1];
    if (next === undefined || !c.sameLine(k + 1) || !/^[ \t\u00a0]+$/.test(next.gapBefore) ||
      !/^(?:will|wants|would|said|says|states|stated|recommends|recommended|ok|okay|aware|agrees|agreed|who|to|and|note|team|plan|order|orders)$/.test(next.lower)) continue;
    marks.add(i, k, 'NAME', PER_SLOT_NAME);
    done = k;
  }
}

/**
 * The last line of a note holding only one to three name words ("ALCANTARA", "Sue Small", "k. ito") is the writer's
 * sign-off: the first word is in no allow-list or is a listed given name, and no word is grammar or a cue.
 */
export function detectCaselessSignoffLine(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  const n = words.length;
  if (n < 4) return;
  let a = n - 1;
  while (a > 0 && c.sameLine(a)) a--;
  if (a === 0 || n - a > MAX_RUN) return;
  if (text.slice(words[n - 1].end).trim().replace(/[.,]/g, '') !== '') return;
  for (let x = a; x < n; x++) {
    const w = words[x];
    if (!w.alpha || !marks.free(x) || c.protectedTerm[x] || c.is(x, CUE_BITS) || (x > a && !/^[ \t\u00a0]+$|^\.[ \t\u00a0]*$|^-$/.test(w.gapBefore))) return;
  }
  const first = words[a];
  const firstOk = unlisted(c, a) || (c.isFirst(a) && first.lower.length >= 3) || (first.lower.length === 1 && text.charAt(first.end) === '.');
  if (!firstOk) return;
  // After an initial only a word in no allow-list ("r. stable" is a plan line); after a given name a listed surname too.
  for (let x = a + 1; x < n; x++) if (!(unlisted(c, x) || ((c.isFirst(x) || c.isLast(x)) && first.lower.length > 1 && !c.is(x, WORD_FUNCTION)))) return;
  marks.add(a, n - 1, 'NAME', SIGNOFF_LINE_NAME);
}

export const LINE_INITIALS_NAME = 'name.caseless-line-initials';
/** After sign-off initials on their line: nothing, or the signer's pager or extension ("x4-1222", "beeper #5404"). */
const AFTER_SIGNOFF_RE = /^[ \t\u00a0]*(?:\r?\n|$|(?:beeper|pager|pgr|bpr|ext\.?|x)[ \t\u00a0]?#?[ \t\u00a0]?\d)/i;
/** A dash right before the letters, after a sentence or at a line start ("... support. -ep", "-cd x4-1222"). */
const DASH_BEFORE_RE = /(?:^|[.;!?\n][ \t\u00a0]*)[-–—]$/;

function letters(c: NameContext, i: number): boolean {
  const w = c.words[i];
  if (w === undefined || !w.alpha || w.end !== w.baseEnd) return false;
  const raw = c.text.slice(w.start, w.end);
  return /^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(raw) && !c.is(i, WORD_CREDENTIAL | WORD_ROLE | WORD_TITLE);
}

/**
 * Staff initials closing a note's lines in the source's style: "CC RN", "ms rn", "rh licsw x4-5966" (initials opening a
 * line, then a credential, then the line's end or a pager), and "-ep", "-cd x4-1222" (a dash and two or three letters
 * at a line's end). Letters that are a credential or role themselves ("-RN", "MD RN") stay.
 */
export function detectCaselessLineInitials(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i < words.length; i++) {
    const titleLetters = c.is(i, WORD_TITLE) && !c.is(i, WORD_CREDENTIAL | WORD_ROLE) && /^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(text.slice(words[i].start, words[i].end));
    if (!marks.free(i) || !(letters(c, i) || titleLetters)) continue;
    const w = words[i];
    const lineStart = i === 0 || !c.sameLine(i);
    const next = words[i + 1];
    // At a line's start before a credential the letters are the signer even when they spell a title ("ms rn").
    if (lineStart && next !== undefined && c.sameLine(i + 1) && /^[ \t\u00a0]+$/.test(next.gapBefore) && c.is(i + 1, WORD_CREDENTIAL) &&
      AFTER_SIGNOFF_RE.test(text.slice(next.end, next.end + 16))) {
      marks.add(i, i, 'NAME', LINE_INITIALS_NAME);
      continue;
    }
    // A dash before letters inside a note is often a negation ("-BM", "-N/V"): only the note's closing line or a pager says signer.
    const after = text.slice(w.end, w.end + 16);
    const closing = text.slice(w.end).trim() === '' || /^[ \t\u00a0]*(?:beeper|pager|pgr|bpr|ext\.?|x)[ \t\u00a0]?#?[ \t\u00a0]?\d/i.test(after);
    if (!titleLetters && closing && DASH_BEFORE_RE.test(text.slice(Math.max(0, w.start - 4), w.start)) && AFTER_SIGNOFF_RE.test(after)) {
      marks.add(i, i, 'NAME', LINE_INITIALS_NAME);
    }
  }
}

export const BEFORE_CREDENTIAL_NAME = 'name.caseless-before-credential';
export const PATIENT_HEADER_NAME = 'name.caseless-patient-header';
export const POSSESSIVE_SUBJECT_NAME = 'name.caseless-possessive-subject';
/** What closes a signer's credential: the line's end, a training year, a pager or extension, another credential. */
const CREDENTIAL_CLOSE_RE = /^[ \t\u00a0]*(?:\r?\n|$|pgy|beeper|pager|pgr|bpr|ext|x[ \t\u00a0]?\d|[,/][ \t\u00a0]*\p{L}{2,6}\b)/iu;
/** Clause openers before a signer ("SW will follow. rh licsw", "when stable; cash hunt, md pgy-2"). */
const SIGNER_OPEN_RE = /(?:^|[.;!?\n\r][ \t\u00a0]*|^[ \t\u00a0]*)$/;

function nameWord(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.words[i];
  if (w === undefined || !w.alpha || !marks.free(i) || c.protectedTerm[i] || c.is(i, CUE_BITS) || LANGUAGES.has(w.lower)) return false;
  if (w.lower.length === 1) return c.text.charAt(w.end) === '.';
  return unlisted(c, i) || c.isFirst(i) || c.isLast(i) || (w.lower.length <= 3 && /^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(c.text.slice(w.start, w.end)) && !c.is(i, WORD_CLINICAL));
}

/**
 * "Joon-ho Park, MSW beeper #2051", "cash hunt, md pgy-2", "HARUTO LAMB, MD PGY-2", "rh licsw", "O. Noble RT": one to three name
 * words opening a clause, then a credential that closes the line or is followed by a training year, pager or another credential.
 */
export function detectCaselessBeforeCredential(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let cr = 1; cr < words.length; cr++) {
    if (!c.is(cr, WORD_CREDENTIAL) || !CREDENTIAL_CLOSE_RE.test(text.slice(words[cr].end, words[cr].end + 12))) continue;
    const gap = words[cr].gapBefore;
    if (!/^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(gap) || !c.sameLine(cr)) continue;
    let a = cr;
    while (a - 1 >= 0 && cr - a < MAX_RUN && (a === cr || (c.sameLine(a) && /^(?:[ \t\u00a0]+|-|\.[ \t\u00a0]*)$/.test(words[a].gapBefore))) &&
      (nameWord(c, marks, a - 1) || marks.isName(a - 1))) a--;
    if (a === cr) continue;
    const opener = text.slice(Math.max(0, words[a].start - 3), words[a].start);
    if (!(a === 0 || !c.sameLine(a) || SIGNER_OPEN_RE.test(opener))) continue;
    // One short all-letter word alone must not be a service ("PT RN", "OT RN"): those carry the role bit and fail nameWord.
    // A part another unit found keeps its span; the free words around it join ("Joon-ho [Park], MSW").
    for (let x = a; x < cr; x++) {
      if (!marks.free(x)) continue;
      let y = x;
      while (y + 1 < cr && marks.free(y + 1)) y++;
      marks.add(x, y, 'NAME', BEFORE_CREDENTIAL_NAME);
      x = y;
    }
  }
}

/**
 * "CM/DC PLANNING NOTE Pt thiago hunt, adm 3/8", "PT SWEET, STERLING, UNIT NO. 452", "Pt Pádraig N. Bell, adm 1/20": the
 * patient word, one to four name words (an inverted comma allowed), then a comma and an admission, unit or record field.
 */
export const PATIENT_HEADER_CUES = defineCues('name.caseless-patient-header', ['pt', 'patient']);
export function detectCaselessPatientHeader(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (const p of c.triggers.positions(PATIENT_HEADER_CUES)) {
    if (p + 1 >= words.length || !c.sameLine(p + 1) || !/^[ \t\u00a0]+$/.test(words[p + 1].gapBefore)) continue;
    let k = p + 1;
    let commas = 0;
    if (!nameWord(c, marks, k) && !(c.isCommon(k) && words[k].alpha && (words[k].upper || words[k].capitalized) && !c.is(k, CUE_BITS | WORD_CLINICAL))) continue;
    while (k + 1 < words.length && k - p < 4 && c.sameLine(k + 1)) {
      const g = words[k + 1].gapBefore;
      const isComma = /^[ \t\u00a0]*,[ \t\u00a0]*$/.test(g);
      if (!(/^(?:[ \t\u00a0]+|-|\.[ \t\u00a0]*)$/.test(g) || (isComma && commas === 0))) break;
      const w = words[k + 1];
      if (!w.alpha || c.is(k + 1, CUE_BITS) || /^(?:adm|admitted|unit|mrn|dob|age)$/.test(w.lower)) break;
      if (isComma) commas++;
      k++;
    }
    const after = text.slice(words[k].end, words[k].end + 14);
    if (!/^[ \t\u00a0]*,[ \t\u00a0]*(?:adm\b|admitted\b|unit no|mrn\b|dob\b|age\b|\d{1,3}[ \t\u00a0]*(?:y|yo|y\/o)\b)/i.test(after)) continue;
    for (let x = p + 1; x <= k; x++) if (!marks.free(x) || c.protectedTerm[x]) { k = -1; break; }
    if (k < 0) continue;
    marks.add(p + 1, k, 'NAME', PATIENT_HEADER_NAME);
  }
}

/** What a person's possessive opens ("Ransom's main concern", "mateo's angry at OSH", "Summer's coping poorly"). */
const POSSESSED: ReadonlySet<string> = new Set(('main concern concerns angry upset coping mood wish wishes goal goals understanding ' +
  'wife husband son daughter mother father family sister brother partner').split(' '));

/** A clause opening with a listed or unlisted name's possessive before a person's concern or kin: the person. */
export function detectCaselessPossessiveSubjects(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (w.end === w.baseEnd || !marks.free(i) || !w.alpha || w.lower.length < 3 || c.protectedTerm[i] || c.is(i, CUE_BITS)) continue;
    if (!(unlisted(c, i) || c.isFirst(i) || c.isLast(i))) continue;
    if (!(i === 0 || !c.sameLine(i) || /[.;!?][ \t\u00a0]*$/.test(w.gapBefore))) continue;
    if (!POSSESSED.has(words[i + 1].lower) || !c.sameLine(i + 1)) continue;
    if (c.mode === 'mixed' && !(w.capitalized || w.upper) && !/^[a-z]/.test(text.slice(w.start, w.start + 1))) continue;
    marks.add(i, i, 'NAME', POSSESSIVE_SUBJECT_NAME);
  }
}

export const WORK_WITH_NAME = 'name.caseless-work-with';
export const FAMILY_NAME = 'name.caseless-family-of';
const WORK_VERBS_RE = /^(?:work|works|working|worked|collaborate|collaborating|coordinate|coordinating|coordinated|liaise|liaising|partner|partnering|meet|meeting)$/;

/**
 * "Con't to work with Cross for txr home", "coordinating with hendrickx re placement": after a verb of working together and
 * "with", a capitalised word in mixed text or an unlisted word in any case is the person (not a title-case service phrase).
 */
export const WORK_WITH_CUES = defineCues(WORK_WITH_NAME, ['with']);
export function detectCaselessWorkWith(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  let done = -1;
  for (const w of c.triggers.positions(WORK_WITH_CUES)) {
    if (w <= done || w < 1 || w + 1 >= words.length || !WORK_VERBS_RE.test(words[w - 1].lower) || !c.sameLine(w + 1) || !/^[ \t\u00a0]+$/.test(words[w + 1].gapBefore)) continue;
    const i = w + 1;
    const x = words[i];
    if (!x.alpha || x.lower.length < 3 || !marks.free(i) || c.protectedTerm[i] || c.is(i, CUE_BITS) || LANGUAGES.has(x.lower)) continue;
    const next = words[i + 1];
    const titlePhrase = next !== undefined && c.sameLine(i + 1) && next.capitalized;
    const capital = c.mode === 'mixed' && x.capitalized && !titlePhrase && (c.isFirst(i) || c.isLast(i) || unlisted(c, i));
    if (!(capital || (unlisted(c, i) && !titlePhrase))) continue;
    const k = extendRight(c, marks, i, (y) => weakSlotWord(c, marks, y));
    marks.add(i, k, 'NAME', WORK_WITH_NAME);
    done = k;
  }
}

/** Words that say which family members, not whose family ("other family members", "entire family"). */
const FAMILY_ADJECTIVES: ReadonlySet<string> = new Set(('other others entire whole extended immediate large big close loving supportive ' +
  'concerned many several some all both patient pt pts patients host foster adoptive birth biological nuclear').split(' '));

/** "KEEP BELL FAMILY AWARE", "updated the hraundottir family": a surname before "family" after a verb of informing or "the". */
export const FAMILY_OF_CUES = defineCues(FAMILY_NAME, ['family']);
export function detectCaselessFamilyOf(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (const f of c.triggers.positions(FAMILY_OF_CUES)) {
    if (f < 2 || !c.sameLine(f) || !/^[ \t\u00a0]+$/.test(words[f].gapBefore)) continue;
    const i = f - 1;
    const x = words[i];
    if (!x.alpha || x.lower.length < 3 || !marks.free(i) || c.protectedTerm[i] || c.is(i, CUE_BITS | WORD_CLINICAL) && !c.isLast(i)) continue;
    if (c.is(i, CUE_BITS) || LANGUAGES.has(x.lower) || FAMILY_ADJECTIVES.has(x.lower) || !(c.isLast(i) || unlisted(c, i))) continue;
    if (c.mode === 'mixed' && !x.capitalized && !caselessStretch(c, i)) continue;
    const before = words[i - 1].lower;
    if (!c.sameLine(i) || !/^(?:keep|kept|update|updated|updating|inform|informed|notify|notified|call|called|the|with|w|met|meet)$/.test(before)) continue;
    marks.add(i, i, 'NAME', FAMILY_NAME);
  }
}

export const MODAL_NAME_PART = 'name.modal-name-part';
/**
 * "dr. azevedo may and most decisions", "DR HALE WILL, NOT DR ORTIZ": a modal that is also a name ("May", "Will", "Can")
 * right after a titled person's name, and followed by no verb (a joiner, punctuation or the line's end), is the name's
 * last part: a modal always takes a verb.
 */
export function detectModalNameParts(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!MODALS.has(w.lower) || !(c.isFirst(i) || c.isLast(i)) || !marks.free(i) || !marks.isName(i - 1) || !c.sameLine(i) ||
      !/^[ \t\u00a0]+$/.test(w.gapBefore) || w.end !== w.baseEnd) continue;
    let s = i - 1;
    while (s - 1 >= 0 && marks.isName(s - 1) && c.sameLine(s)) s--;
    if (s - 1 < 0 || !c.is(s - 1, WORD_TITLE) || !c.sameLine(s) || i - s > 2) continue;
    const next = words[i + 1];
    const noVerb = next === undefined || !c.sameLine(i + 1) || /[,;:.()!?]/.test(next.gapBefore) || /^(?:and|or|&)$/.test(next.lower) && /^[ \t\u00a0]+$/.test(next.gapBefore);
    if (noVerb) marks.add(i, i, 'NAME', MODAL_NAME_PART);
  }
}

export const ROLE_COPULA_NAME = 'name.role-copula-subject';
/** Heads of a person's role in the family's care ("is family contact", "is the HCP", "is his spokesperson"). */
const CARE_ROLE_HEADS: ReadonlySet<string> = new Set(('contact proxy hcp spokesperson spokeswoman spokesman interpreter guardian ' +
  'caregiver caretaker poa surrogate nok decision-maker translator').split(' '));
/** Words between the copula and the role head ("the", "family", "primary", "health care", "pt's"). */
const CARE_ROLE_MODIFIERS: ReadonlySet<string> = new Set(('the a her his their pt\'s patient\'s pts family primary main emergency ' +
  'health healthcare care legal designated medical official').split(' '));

/**
 * "Crane is family contact/interpreter", "ADEYEMI IS HCP", "moss is the health care proxy": the subject of "is" before a
 * role in the family's care is a person, opening a clause, one or two words in no allow-list or in a name list (even an
 * English word, capitalised in mixed text: the predicate names a person).
 */
export const CARE_ROLE_SUBJECT_CUES = defineCues('name.role-copula-subject', ['is']);
export function detectCareRoleSubjects(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (const v of c.triggers.positions(CARE_ROLE_SUBJECT_CUES)) {
    if (v < 1 || v + 1 >= words.length || !c.sameLine(v) || !/^[ \t\u00a0]+$/.test(words[v].gapBefore)) continue;
    let h = v + 1;
    while (h < words.length && h - v <= 4 && c.sameLine(h) && CARE_ROLE_MODIFIERS.has(words[h].lower)) h++;
    if (h >= words.length || !c.sameLine(h) || !CARE_ROLE_HEADS.has(words[h].lower)) continue;
    const ok = (i: number): boolean => {
      const w = words[i];
      if (!w.alpha || w.lower.length < 2 || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i] || c.is(i, CUE_BITS) || MODALS.has(w.lower)) return false;
      if (c.mode === 'mixed' && !(w.capitalized || w.upper) && !caselessStretch(c, i)) return false;
      if (c.mode === 'mixed' && w.upper && !(c.isFirst(i) || c.isLast(i))) return false;
      return c.isFirst(i) || c.isLast(i) || unlisted(c, i);
    };
    let s = v - 1;
    if (!ok(s)) continue;
    if (s - 1 >= 0 && c.sameLine(s) && /^[ \t\u00a0]+$/.test(words[s].gapBefore) && ok(s - 1)) s--;
    if (!CLAUSE_START_RE.test(text.slice(Math.max(0, words[s].start - 8), words[s].start)) && c.sameLine(s)) continue;
    marks.add(s, v - 1, 'NAME', ROLE_COPULA_NAME);
  }
}

export const KIN_APPOSITION_NAME = 'name.before-kin-apposition';
export const FROM_SERVICE_NAME = 'name.staff-from-service';
/** Services a visiting staff member comes from ("jo hart from speech and swallow", "KIM LEE FROM PT"). */
const VISITING_SERVICES: ReadonlySet<string> = new Set(('speech pt ot slp nutrition dietary social sw case cm pharmacy rehab hospice vna ' +
  'chaplaincy pastoral ethics palliative psychiatry psych wound ostomy respiratory rt transplant elder interpreter interpreters ' +
  'billing admitting').split(' '));
const KIN_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'pt\'s', 'patient\'s', 'pts']);

/** A kinship word typed with two letters swapped ("neice", "nephwe"): the commonest typo of a short word. */
function swappedKin(c: NameContext, lower: string): boolean {
  for (let k = 0; k + 1 < lower.length; k++) {
    const t = lower.slice(0, k) + lower[k + 1] + lower[k] + lower.slice(k + 2);
    if (t !== lower && ((c.lex.wordFlags.get(t) ?? 0) & WORD_RELATIVE) !== 0) return true;
  }
  return false;
}

/** A run of one to three name words ending at e, each listed or in no allow-list, in the case the text allows. Returns its start or -1. */
function personRunEndingAt(c: NameContext, marks: WordMarks, e: number): number {
  const word = (i: number): boolean => {
    const w = c.words[i];
    if (w === undefined || !w.alpha || w.lower.length < 2 || c.protectedTerm[i] || c.eponymPhrase[i] || c.is(i, CUE_BITS) ||
      MODALS.has(w.lower) || LANGUAGES.has(w.lower)) return false;
    // Default deny may have taken an unlisted surname already: the run goes on over it.
    if (!marks.free(i)) return marks.isName(i);
    if (c.mode === 'mixed' && !(w.capitalized || w.upper) && !caselessStretch(c, i)) return false;
    if (c.mode === 'mixed' && w.upper && !(c.isFirst(i) || c.isLast(i))) return false;
    // Capitalised mid-sentence in mixed text: case says name there ("spokesperson is Skip Bianchi").
    const midCapital = c.mode === 'mixed' && w.capitalized && c.sameLine(i) && i > 0 && !/[.!?:;\-]/.test(w.gapBefore);
    return c.isFirst(i) || c.isLast(i) || unlisted(c, i) || midCapital;
  };
  if (!word(e)) return -1;
  let s = e;
  while (s - 1 >= 0 && e - s < 2 && c.sameLine(s) && /^[ \t\u00a0]+$/.test(c.words[s].gapBefore) && word(s - 1)) s--;
  // One given name that is no English word, or a surname, must anchor the run: "Skip Bianchi", not "Good Night".
  let anchor = false;
  for (let k = s; k <= e; k++) if (c.strongName(k) || unlisted(c, k)) anchor = true;
  return anchor ? s : -1;
}

/**
 * "spokesperson is Skip Bianchi his neice", "CALLED TONI VEGA HER DAUGHTER", "jo hart from speech and swallow in to eval",
 * "KIM ODELL FROM PT": a run of name words right before an apposition of kinship ("his niece") or before "from" and a
 * visiting service is a person; one of its words must be a name that is no English word or in no allow-list at all.
 */
export const KIN_APPOSITION_CUES = defineCues(KIN_APPOSITION_NAME, [...KIN_POSSESSIVES, 'from']);
export function detectKinAppositionAndServiceNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (const p of c.triggers.positions(KIN_APPOSITION_CUES)) {
    if (p < 1 || p + 1 >= words.length) continue;
    const w = words[p];
    const nx = words[p + 1];
    if (!c.sameLine(p) || !c.sameLine(p + 1) || !/^[ \t\u00a0]+$/.test(w.gapBefore) || !/^[ \t\u00a0]+$/.test(nx.gapBefore)) continue;
    let recognizer: string | undefined;
    if (KIN_POSSESSIVES.has(w.lower) && (c.is(p + 1, WORD_RELATIVE) || EXTRA_KIN.has(nx.lower) || swappedKin(c, nx.lower)) && !KIN_NOT_ALONE.has(nx.lower)) recognizer = KIN_APPOSITION_NAME;
    else if (w.lower === 'from' && VISITING_SERVICES.has(nx.lower)) recognizer = FROM_SERVICE_NAME;
    if (recognizer === undefined) continue;
    const s = personRunEndingAt(c, marks, p - 1);
    if (s < 0) continue;
    // "spoke with Bianchi his niece" as much as a clause opening; but a verb or a noun before the run keeps it ("brought from").
    for (let k = s; k < p; k++) if (marks.free(k)) marks.add(k, k, 'NAME', recognizer);
  }
}

export const TASK_SUBJECT_NAME = 'name.caseless-task-subject';
/** Tasks a plan hands to a person ("X TO F/U", "x to update team", "X to call", "X to bring clothes"). */
const TASK_VERBS: ReadonlySet<string> = new Set(('update f follow fu call bring discuss contact visit speak arrange meet notify review ' +
  'see come talk page reach relay touch clarify confirm coordinate sign').split(' '));

/**
 * "; TRUSTY TO F/U.", "Spoke w/ Sr. X; Clement M. to update team": a clause that opens with one or two words in no allow-list
 * (or listed names) and goes on with "to" and a task verb hands the task to a person. Vocabulary subjects ("team to update
 * family", "pt to call") stay.
 */
export const TASK_SUBJECT_CUES = defineCues('name.caseless-task-subject', ['to']);
export function detectCaselessTaskSubjects(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (const p of c.triggers.positions(TASK_SUBJECT_CUES)) {
    if (p < 1 || p + 1 >= words.length || !c.sameLine(p + 1) || !TASK_VERBS.has(words[p + 1].lower) || !c.sameLine(p)) continue;
    let b = p - 1;
    // "Clement M. to update team": an initial after the name closes it.
    let initial = false;
    if (words[b].lower.length === 1 && words[b].alpha && /^\.[ \t\u00a0]$/.test(words[p].gapBefore) && b > 0) { initial = true; b--; }
    else if (!/^[ \t\u00a0]+$/.test(words[p].gapBefore)) continue;
    if (!weakSlotWord(c, marks, b)) continue;
    let a = b;
    while (a - 1 >= 0 && b - a < 1 && c.sameLine(a) && /^[ \t\u00a0]+$|^-$/.test(words[a].gapBefore) && weakSlotWord(c, marks, a - 1)) a--;
    if (!CLAUSE_START_RE.test(text.slice(Math.max(0, words[a].start - 6), words[a].start)) && c.sameLine(a)) continue;
    if (a === b && !initial && words[a].lower.length < 4) continue;
    marks.add(a, initial ? b + 1 : b, 'NAME', TASK_SUBJECT_NAME);
  }
}
