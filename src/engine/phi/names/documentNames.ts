// Owns names by sentence role and by document-level consistency: a bare given name as the subject of a person's
// predicate ("Komi is tearful today", "zhero called back"), a capitalised word right after a kinship noun or a
// verb of contact ("her neighbor Scout", "Reached Bob by phone"), and — after every voter has run — the parts of a
// name a labelled field or header named with confidence ("Patient: COFFIN, Hope") at their other uses in the note,
// in any case and possessive ("Hope's labs", "hope ate 75%"), unless the use is a protected clinical term.
import type { PhiSpan } from '../../types';
import {
  WORD_CLINICAL, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_RELATIVE, WORD_ROLE, WORD_TITLE,
} from '../lexicon';
import type { NameContext } from '../nameContext';
import type { Emit } from '../recognizer';
import type { WordMarks } from '../wordMarks';
import { defineCues } from '../triggerIndex';
import { CONFIDENT_SLOT_RECOGNIZERS } from './personSlots';
import { PROTECTED_POSSESSIVE_OWNER } from '../protectedTerms';

export const SUBJECT_NAME = 'name.subject-predicate';
export const KIN_OR_CONTACT_NAME = 'name.after-kin-or-contact';
export const DOCUMENT_NAME = 'name.document-consistency';
export const POSSESSIVE_GIVEN_NAME = 'name.possessive-given';
export const HANDOFF_NAME = 'name.handoff-from-to';

/** One-word predicates only a person takes as subject ("Komi denies pain", "Mwaro missed the dose"). */
const PERSON_PREDICATES: ReadonlySet<string> = new Set([
  'denies', 'denied', 'reports', 'reported', 'states', 'stated', 'endorses', 'endorsed', 'complains', 'complained', 'agrees',
  'agreed', 'declined', 'declines', 'refused', 'refuses', 'asked', 'asks', 'called', 'phoned', 'ambulated', 'missed', 'arrived',
  'presents', 'presented', 'voices', 'voiced', 'verbalized', 'verbalizes', 'understands', 'wants', 'prefers', 'visited',
  'brought', 'drives', 'drove', 'signed', 'says', 'said', 'feels', 'felt', 'cried', 'slept', 'ate', 'tolerated',
]);
/** Telegraphic nursing predicates: the subject with no verb before a participle ("unique resting", "Jade voiding qs"). */
const TELEGRAPHIC: ReadonlySet<string> = new Set(['resting', 'sleeping', 'voiding', 'ambulating', 'tolerating', 'eating', 'napping']);
/** "is"/"was" + a state only a person is in ("Birch is tearful", "Xio was seen today"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);
const PERSON_STATES: ReadonlySet<string> = new Set([
  'seen', 'tearful', 'resting', 'awake', 'alert', 'upset', 'anxious', 'staying', 'sleeping', 'pleasant', 'crying', 'present',
  'here', 'agreeable', 'cooperative', 'oriented', 'confused', 'visiting', 'calling', 'asking', 'requesting', 'discharged', 'admitted',
]);
/** Verbs of contact whose object is a person ("Reached Bob", "Updated Poppy", "Met with Amber"). */
const CONTACT_VERBS: ReadonlySet<string> = new Set(['reached', 'updated', 'called', 'notified', 'informed', 'texted', 'paged', 'phoned', 'emailed']);
const CONTACT_WITH_VERBS: ReadonlySet<string> = new Set(['met', 'spoke', 'talked', 'spoken', 'conferred', 'consulted']);
const KIN_OWNERS: ReadonlySet<string> = new Set(['her', 'his', 'their', 'pt', 'patient', 'pts', 'my', 'our']);
/** Subjects of a person's predicate that are groups or services, not one person ("Family is upset", "Hospice called"). */
const COLLECTIVE_SUBJECTS: ReadonlySet<string> = new Set(['family', 'staff', 'team', 'everyone', 'someone', 'somebody', 'nobody',
  'anyone', 'all', 'both', 'each', 'writer', 'undersigned', 'caller', 'visitor', 'visitors', 'pharmacy', 'hospice', 'facility',
  'agency', 'office', 'clinic', 'insurance', 'insurer', 'nursing', 'therapy', 'provider', 'doctor', 'surgeon', 'physician',
  'radiology', 'lab', 'laboratory', 'ems', 'ambulance', 'transport', 'security', 'dispatch', 'police', 'school', 'daycare', 'employer', 'court', 'judge', 'unit', 'floor', 'he', 'she',
  'they', 'who', 'this', 'that', 'which', 'child', 'baby', 'infant', 'man', 'woman', 'boy', 'girl', 'resident', 'client', 'member',
  // The role a person has in the note's own frame ("Examinee states", "Claimant reports").
  'examinee', 'claimant', 'applicant', 'veteran', 'inmate', 'student', 'respondent', 'subject', 'participant', 'donor', 'recipient',
  'victim', 'survivor', 'individual', 'person', 'customer', 'consumer', 'beneficiary', 'enrollee', 'employee', 'worker', 'teen',
  'adolescent', 'toddler', 'newborn', 'twin', 'mom', 'dad', 'parent', 'parents', 'partner', 'spouse', 'caregiver', 'friend']);
/** Words a rule here never takes as a name: cue words of every kind, clinical vocabulary and function words. */
const NEVER = WORD_CLINICAL | WORD_CREDENTIAL | WORD_FUNCTION | WORD_HEADER | WORD_RELATIVE | WORD_ROLE | WORD_TITLE;
/** Departments by their ending ("Dermatology feels", "Pediatrics called"). */
const DEPARTMENT_RE = /(?:ology|ologie|iatry|iatrics|surgery|medicine|nursing|therapy|care)$/;
const SENTENCE_OPEN_RE = /(?:^|[.!?:;\n\r•*>\-–—(\["“]\s*)$/;

function takeable(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  return w !== undefined && w.alpha && w.lower.length > 1 && marks.free(i) && !c.protectedTerm[i] && !c.eponymPhrase[i] && !c.is(i, NEVER);
}

/** After a past form these make it a passive or a phrasal use a thing takes ("Findings called to", "signed by"). */
const PASSIVE_NEXT: ReadonlySet<string> = new Set(['to', 'by', 'out', 'at', 'for', 'from', 'in', 'on', 'with', 'into', 'off', 'as']);

/** A person's predicate starts at word j on the same line. */
function personPredicateAt(c: NameContext, j: number): boolean {
  const v = c.w(j);
  if (v === undefined || !c.sameLine(j) || !/^[ \t\u00a0]+$/.test(v.gapBefore)) return false;
  if (TELEGRAPHIC.has(v.lower)) return true;
  if (PERSON_PREDICATES.has(v.lower)) return !(v.lower.endsWith('ed') || v.lower === 'brought' || v.lower === 'said' || v.lower === 'felt' || v.lower === 'ate' || v.lower === 'slept') || !PASSIVE_NEXT.has(c.w(j + 1)?.lower ?? '');
  const s = c.w(j + 1);
  return COPULAS.has(v.lower) && s !== undefined && c.sameLine(j + 1) && PERSON_STATES.has(s.lower);
}

/**
 * A word in no vocabulary (any case), or a capitalised listed first name in mixed-case text, opening a sentence
 * whose predicate only a person takes, is a given name used alone.
 */
export function detectSubjectNames(c: NameContext, marks: WordMarks): void {
  for (let i = 0; i < c.words.length; i++) {
    const w = c.words[i];
    if (!takeable(c, marks, i) || !(i === 0 || SENTENCE_OPEN_RE.test(w.gapBefore) || !c.sameLine(i))) continue;
    // In mixed case a capitalised word is a name here unless it names a group or a service: the predicate carries the evidence.
    const byShape = c.unknown(i) || (c.mode === 'mixed' && w.capitalized && !COLLECTIVE_SUBJECTS.has(w.lower) && !w.lower.endsWith('ly') &&
      // A department or service is clinical vocabulary ("Anesthesia called", "Dermatology feels").
      !c.lex.clinical.has(w.lower) && !c.lex.indexClinical.has(w.lower) && !DEPARTMENT_RE.test(w.lower));
    if (!byShape || COLLECTIVE_SUBJECTS.has(w.lower) || !personPredicateAt(c, i + 1)) continue;
    marks.add(i, i, 'NAME', SUBJECT_NAME);
  }
}

/**
 * "her neighbor Scout", "Pt's granddaughter Serenity", "Reached Bob by phone", "Met with Amber": right after an owned
 * kinship noun or a verb of contact, a capitalised word (mixed-case text) or a word in no vocabulary (any case) is a person.
 */
export function detectNamesAfterKinOrContact(c: NameContext, marks: WordMarks): void {
  for (let i = 1; i < c.words.length; i++) {
    const w = c.words[i];
    if (!takeable(c, marks, i) || !c.sameLine(i) || !/^[ \t\u00a0]{1,2}$/.test(w.gapBefore)) continue;
    // In mixed-case text a name is capitalised: a lower-case unknown word there is a typo or shorthand ("called overnoc").
    const listed = c.mode === 'mixed' ? w.capitalized && (c.isFirst(i) || c.isLast(i) || !c.isCommon(i)) : c.unknown(i);
    const prev = c.words[i - 1];
    const prev2 = c.words[i - 2];
    const kin = (c.is(i - 1, WORD_RELATIVE) && prev2 !== undefined && KIN_OWNERS.has(prev2.lower)) ||
      // "baby Royal now at ...", "grandma Opal": a familiar kinship word before a capitalised word that is no drug or finding.
      (FAMILIAR_KIN.has(prev.lower) && c.mode === 'mixed' && w.capitalized && !c.lex.clinical.has(w.lower) && !c.lex.indexClinical.has(w.lower));
    // Without capitals "called" + an unknown word is as often shorthand ("wife called overnoc"): it needs mixed case.
    const contact = (CONTACT_VERBS.has(prev.lower) && (c.mode === 'mixed' || prev.lower !== 'called')) ||
      (prev.lower === 'with' && prev2 !== undefined && CONTACT_WITH_VERBS.has(prev2.lower));
    // After an owned kinship noun any capitalised word is the relative's name ("her daughter Precious"); after a verb of
    // contact the word must look like a name, since the object may be a thing ("Updated Plan").
    // After a verb of contact in mixed case a capitalised word that is no service or department is the person reached.
    const personWord = c.mode === 'mixed' && w.capitalized && !COLLECTIVE_SUBJECTS.has(w.lower) && !DEPARTMENT_RE.test(w.lower) &&
      !c.lex.clinical.has(w.lower) && !c.lex.indexClinical.has(w.lower);
    if (!(kin && (listed || (c.mode === 'mixed' && w.capitalized))) && !(contact && (listed || personWord))) continue;
    // "Updated Plan of Care": a capitalised run is a heading, not a person.
    const next = c.w(i + 1);
    if (next !== undefined && c.sameLine(i + 1) && next.capitalized && /^[ \t\u00a0]$/.test(next.gapBefore) && !c.isLast(i + 1) && !c.unknown(i + 1)) continue;
    marks.add(i, i, 'NAME', KIN_OR_CONTACT_NAME);
  }
}

/** Familiar kinship words the cue lists lack ("grandma", "nana"). */
const FAMILIAR_KIN: ReadonlySet<string> = new Set(['grandma', 'grandpa', 'nana', 'papa', 'granny', 'gran', 'mommy', 'daddy', 'auntie',
  'stepmom', 'stepdad', 'stepmother', 'stepfather', 'godfather', 'godmother', 'baby']);
/** Labels of a list of children or siblings, each "Name (age)": "Siblings: Rashida (9), Major (1)". */
const FAMILY_LIST_LABELS: ReadonlySet<string> = new Set(['siblings', 'sibs', 'children', 'kids', 'grandchildren', 'brothers', 'sisters', 'sons', 'daughters']);

/**
 * A kinship noun then a quoted word ('grandma "Jhun"', "son 'Bo'") is the relative's name in any case; after a label of
 * children or siblings, each word before a bracketed age ("Siblings: Rashida (9), Major (1)") is a child's name.
 */
export function detectQuotedKinAndFamilyLists(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!takeable(c, marks, i) || !c.sameLine(i) || !(c.is(i - 1, WORD_RELATIVE) || FAMILIAR_KIN.has(words[i - 1].lower))) continue;
    const closes = /^["”'’]/.test(text.charAt(w.end)) || /^["”'’]/.test(text.charAt(w.baseEnd));
    if (!/^[ \t\u00a0]*["“'‘]$/.test(w.gapBefore) || !closes) continue;
    // A relative's quoted words are speech ('Mom "fine"'): a name is capitalised in mixed case, or looks like one.
    if (!(c.mode === 'mixed' ? w.capitalized && !c.lex.clinical.has(w.lower) : c.unknown(i) || c.isFirst(i))) continue;
    marks.add(i, i, 'NAME', KIN_OR_CONTACT_NAME);
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (!FAMILY_LIST_LABELS.has(words[i].lower) || !/^[ \t\u00a0]*:/.test(text.slice(words[i].end, words[i].end + 3))) continue;
    for (let q = i + 1; q < words.length && c.sameLine(q); q++) {
      const nx = words[q + 1];
      const aged = nx !== undefined && c.sameLine(q + 1) && /^[ \t\u00a0]*\($/.test(nx.gapBefore) && /^\d{1,2}$/.test(nx.lower);
      if (aged && takeable(c, marks, q) && (c.mode !== 'mixed' || words[q].capitalized || c.unknown(q))) marks.add(q, q, 'NAME', KIN_OR_CONTACT_NAME);
    }
  }
}

/** Words after which a lower-case given name has ended: "spoke w/ husband chance re plan", "d/w son mark and ...". */
const AFTER_LOWER_NAME: ReadonlySet<string> = new Set(['re', 'and', 'at', 'is', 'was', 'will', 'to', 'about', 'who', 'regarding', 'by', 'on', 'for']);
const MONTH_OR_DAY = /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)$/;

/**
 * Mixed-case text typed in lower case after a kinship noun: "spoke w/ husband chance re plan". A census given name
 * there, closed by punctuation or a clause word, is the relative's name even when it is also a word; a word that
 * describes the relative ("son present", "wife aware") is no given name, or is a predicate, and stays.
 */
export function detectLowerNamesAfterKin(c: NameContext, marks: WordMarks): void {
  if (c.mode !== 'mixed') return;
  const { words, text } = c;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!takeable(c, marks, i) || w.capitalized || w.upper || !c.sameLine(i) || !/^[ \t\u00a0]$/.test(w.gapBefore)) continue;
    if (!c.is(i - 1, WORD_RELATIVE) || words[i - 1].end !== words[i - 1].baseEnd || !c.isFirst(i)) continue;
    if (MONTH_OR_DAY.test(w.lower) || PERSON_PREDICATES.has(w.lower) || PERSON_STATES.has(w.lower) || TELEGRAPHIC.has(w.lower) ||
      c.lex.clinical.has(w.lower) || /(?:ed|ing|ly)$/.test(w.lower)) continue;
    const nx = c.w(i + 1);
    const after = text.slice(w.end, w.end + 2);
    const closed = !nx || !c.sameLine(i + 1) || /^[ \t\u00a0]*[.,;:()!?]/.test(after) ||
      (/^[ \t\u00a0]+$/.test(nx.gapBefore) && AFTER_LOWER_NAME.has(nx.lower));
    if (closed) marks.add(i, i, 'NAME', KIN_OR_CONTACT_NAME);
  }
}

/**
 * A capitalised listed given name owning a common noun in mixed-case text is a person: "Dawn's
 * flight lands", "son Gift's statement". An eponym ("Addison's disease") is a protected term or eponym phrase, and a
 * clinical noun after the possessive ("Bell's palsy") keeps the word a clinical name.
 */
export function detectPossessiveGivenNames(c: NameContext, marks: WordMarks): void {
  if (c.mode !== 'mixed' && c.mode !== 'lower') return;
  const { words } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    // A listed given name; an unlisted word only where a clause opens ("; Folake's flight"): inside a phrase an unlisted
    // word owning a noun is as often an eponym ("no Ondine's curse").
    const clauseOpen = i === 0 || !c.sameLine(i) || /[.;!?][ \t\u00a0]*$/.test(w.gapBefore);
    if (c.mode === 'lower') {
      // A note typed all in lower case loses the capital: a listed given name owning a noun where a clause opens or
      // after a kinship noun ("; frank's flight lands", "son gift's statement") is the person.
      const afterKin = i > 0 && c.sameLine(i) && c.is(i - 1, WORD_RELATIVE);
      if (w.end === w.baseEnd || w.capitalized || w.upper || !takeable(c, marks, i) || !c.isFirst(i) || !(clauseOpen || afterKin)) continue;
      if (MONTH_OR_DAY.test(w.lower) || c.is(i, WORD_RELATIVE) || PERSON_STATES.has(w.lower)) continue;
    } else if (w.end === w.baseEnd || !w.capitalized || !takeable(c, marks, i) || !(c.isFirst(i) || (clauseOpen && c.unknown(i)))) continue;
    // After a determiner the possessive classifies a thing ("no Ondine's curse", "a Baker's cyst"), not a person's.
    if (i > 0 && DETERMINERS.has(words[i - 1].lower)) continue;
    if (!/^['’]s$/.test(c.text.slice(w.baseEnd, w.end))) continue;
    if (c.lex.clinical.has(w.lower) || c.lex.indexClinical.has(w.lower) || COLLECTIVE_SUBJECTS.has(w.lower) || DEPARTMENT_RE.test(w.lower)) continue;
    const nx = words[i + 1];
    if (!c.sameLine(i + 1) || !/^[ \t\u00a0]$/.test(nx.gapBefore) || !nx.alpha || nx.capitalized || nx.upper) continue;
    if (c.lex.clinical.has(nx.lower) || c.lex.indexClinical.has(nx.lower) || c.protectedTerm[i + 1]) continue;
    if (c.mode === 'lower' && c.is(i + 1, WORD_RELATIVE)) continue;
    marks.add(i, i, 'NAME', POSSESSIVE_GIVEN_NAME);
  }
}

const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'no', 'any', 'this', 'that', 'classic', 'typical', 'positive', 'negative']);

/** A clock time closing a handoff header's stamp: "08:48 ", "2023-03-18T18:21 ". */
const TIME_BEFORE_RE = /\d{1,2}:\d{2}(?::\d{2})?Z?[ \t]{1,3}$/;

/**
 * A handoff header after its time stamp names the giver and the receiver, "from <Name> to <Name>" closing the line, in
 * any case: "01/04/2025 08:48  from Youssef to Precious", "2023-06-12 16:08  from lane to king".
 */
export const HANDOFF_CUES = defineCues(HANDOFF_NAME, ['from']);
export function detectHandoffNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (const i of c.triggers.positions(HANDOFF_CUES)) {
    if (i + 3 >= words.length || words[i + 2].lower !== 'to' || !TIME_BEFORE_RE.test(text.slice(Math.max(0, words[i].start - 16), words[i].start))) continue;
    if (![1, 2, 3].every((k) => c.sameLine(i + k) && /^[ \t\u00a0]$/.test(words[i + k].gapBefore))) continue;
    const last = words[i + 3];
    if (!/^[ \t\u00a0]*(?:\r?\n|$)/.test(text.slice(last.end, last.end + 3))) continue;
    for (const q of [i + 1, i + 3]) {
      const w = words[q];
      // In mixed case a capitalised word there is a person even when it is also a title or a verb ("from Will to Major");
      // a unit or department ("from PACU to Floor") is clinical vocabulary or a collective word.
      const capitalName = c.mode === 'mixed' && w.capitalized && w.alpha && marks.free(q) && !c.protectedTerm[q] && !COLLECTIVE_SUBJECTS.has(w.lower) &&
        !c.is(q, WORD_CLINICAL | WORD_HEADER);
      if (!(takeable(c, marks, q) || capitalName) || c.lex.clinical.has(w.lower) || c.lex.indexClinical.has(w.lower) || DEPARTMENT_RE.test(w.lower)) continue;
      marks.add(q, q, 'NAME', HANDOFF_NAME);
    }
  }
}

/** Recognizers whose NAME is a labelled field or header: the note's own statement of who the person is. */
function confident(s: PhiSpan): boolean {
  return s.type === 'NAME' && (s.recognizers ?? []).some((r) => r.startsWith('field.') || r === 'name.form-header' || CONFIDENT_SLOT_RECOGNIZERS.has(r));
}

/**
 * A protected mark a name in a labelled field does not override. The weak mark (PROTECTED_POSSESSIVE_OWNER) is a drug
 * or eponym read from position alone ("start Aigerim tomorrow", "Okafor's disease"): a field naming the person so
 * outweighs it, as the same word in "Patient: Aigerim Bekova" is the patient's name.
 */
function firmlyProtected(c: NameContext, i: number): boolean {
  return c.protectedTerm[i] !== 0 && c.protectedTerm[i] !== PROTECTED_POSSESSIVE_OWNER;
}

/**
 * After every voter: each part of a name a labelled field gave is a name at its other uses — in any case when it is
 * no everyday word; when it is ("Hope", "Will"), capitalised in mixed-case text, before a possessive, or as the subject
 * of a person's predicate. A protected clinical term and an eponym phrase stay; a word protected by position alone
 * (a treatment verb's object) does not. Each span is one word checked here, so `emit` needs no protected-term veto.
 */
export function propagateFieldNames(c: NameContext, candidates: readonly PhiSpan[], emit: Emit): void {
  const { words } = c;
  const sources = candidates.filter(confident);
  if (sources.length === 0) return;
  const keys = new Set<string>();
  const covered = new Uint8Array(words.length);
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let s = 0;
  for (let i = 0; i < words.length; i++) {
    while (s < sorted.length && sorted[s].end <= words[i].start) s++;
    for (let x = s; x < sorted.length && sorted[x].start <= words[i].start; x++) if (sorted[x].end >= words[i].baseEnd) covered[i] = 1;
  }
  for (const sp of sources) {
    // An everyday word is taken from a short one-line name only, never from a field that ran into a label ("Date").
    const tight = !/[:\n\r]/.test(c.text.slice(sp.start, sp.end));
    let n = 0;
    for (let i = 0; i < words.length && words[i].start < sp.end; i++) if (words[i].start >= sp.start && words[i].alpha) n++;
    for (let i = 0; i < words.length && words[i].start < sp.end; i++) {
      const w = words[i];
      if (w.start < sp.start) continue;
      // A column break ends the name: a field may have run into the next label ("Chase   Date of service").
      if (w.start > sp.start && /(?:[ \u00a0]{2}|\t)/.test(w.gapBefore)) break;
      if (!w.alpha || w.lower.length < 2 || c.is(i, NEVER) || firmlyProtected(c, i)) continue;
      if (c.isCommon(i) && !(tight && n <= 3)) continue;
      keys.add(w.lower);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (covered[i] || !keys.has(w.lower) || firmlyProtected(c, i) || c.eponymPhrase[i]) continue;
    let take = !c.isCommon(i);
    if (!take) {
      const next = c.w(i + 1);
      const heading = next !== undefined && c.sameLine(i + 1) && (next.capitalized || next.upper) && /^[ \t\u00a0]$/.test(next.gapBefore);
      take = (c.mode === 'mixed' && w.capitalized && !heading) || w.end !== w.baseEnd || personPredicateAt(c, i + 1);
    }
    if (take) emit(w.start, w.baseEnd, 'NAME', DOCUMENT_NAME);
  }
}
