// Owns `name.signoff-initials`: staff initials by the grammar of signature, attestation and transcription lines,
// in any case and any position — after an attestation or transcription label ("co-signed: MLB", "Dictated by AB,
// transcribed by cd", "Initials: rq", "Witnessed by: ST"), a credential joined to initials ("RN-KT"), a dash
// sign-off closing a line ("-- T.O.", "— klm") and the reference-initials line of a dictated letter ("wjh/pt",
// "JT/mm"). Two- and three-letter clinical abbreviations elsewhere (PT, OT, MS, BP, RA) are never read as initials:
// only the label, the dash or the reference line says a person is meant.
import { WORD_CLINICAL, WORD_COMMON, WORD_CREDENTIAL, WORD_FUNCTION, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';
import { CARE_TEAM_ROLE_CUES, ROLE_CUES } from '../vocab';
import { ABBREVIATION_LETTERS } from './initials';

export const SIGNOFF_INITIALS = 'name.signoff-initials';

/**
 * Labels after which only a signer's initials or name can stand: the act of signing, attesting or transcribing. Here a
 * pair of letters that also spells an abbreviation is still the person ("Initials: PT", "transcribed by ms").
 */
const STRONG_LABELS: ReadonlySet<string> = new Set(('initials initialed initialled cosigned co-signed countersigned attested witnessed ' +
  'dictated transcribed typed scribed transcriptionist scribe signed esigned e-signed').split(' '));
/** Labels that also take a team or a service ("reviewed by PT", "entered by ED"): abbreviations are not initials there. */
const WEAK_LABELS: ReadonlySet<string> = new Set('reviewed entered documented verified charted recorded authored author cc back witness'.split(' '));
/** Services, units and roles written as letters: never a signer's initials, even after a strong label. */
const TEAM_LETTERS: ReadonlySet<string> = new Set(('pt ot st rt slp sw md rn np pa lpn cna do ed er or icu ccu nicu picu pacu gi id ' +
  'ob ir ep ems dc am pm na me us we him her').split(' '));

/** Between the label and the initials: an optional "by", a colon, a dash or spaces. */
const LABEL_GAP_RE = /^[ \t\u00a0]*[:\-–]?[ \t\u00a0]*$/;
/** What may follow initials that close a sign-off: line end, a separator, or a credential/date on the same line. */
const CLOSE_RE = /^(?:[ \t\u00a0]*(?:\r?\n|$)|[ \t\u00a0]*[,;/)|]|[ \t\u00a0]+(?=\S))/;

/** Nursing and allied board certifications written after a signer's credential or alone ("JP RNC", "RN, CHPN", "BSN, NCSN"). */
const NURSING_CERTIFICATIONS: ReadonlySet<string> = new Set(('rnc rnc-ob rnc-nic ccrn cen cpen cpn ocn chpn cctc ncsn cnl cnor cwocn cdces cde ' +
  'rn-bc pmhnp ibclc cpnp cmsrn cnrn sane').split(' '));

/** Role cues that name the patient's side (proxy, guardian) or take a service after them ("hcp", "pcp"): not staff. */
const ROLE_NOT_STAFF: ReadonlySet<string> = new Set('proxy hcp pcp spokesperson guardian client advocate'.split(' '));
/**
 * Staff roles a log or a hand-off names a person by before their initials ("nurse VD.", "Crew EF / MT", "Tech IM;",
 * "Screening clinician MW."): the care-team roles of the name rules plus the roles of logs and transport records.
 */
const STAFF_ROLES: ReadonlySet<string> = new Set([...ROLE_CUES, ...CARE_TEAM_ROLE_CUES, ...('tech techs crew practitioner clinician reader ' +
  'medic paramedic emt sonographer perfusionist scribe preceptor charge screener educator consultant ibclc lactation ' +
  'nurses therapists staff').split(' ')].filter((w) => !ROLE_NOT_STAFF.has(w)));
/** Credentials of sign-off lines beyond the shared list: chiropractic, prosthetics, lactation, case management ("EO DC", "jl, CPO"). */
const SIGNOFF_CREDENTIALS: ReadonlySet<string> = new Set('dc cpo cp co cpa cped ibclc cm ccm rncm acm pharmd bcps cnm cde lac atc'.split(' '));
/** Labels of a meeting's attendance list, whose items may be initials ("Present: Dr X, AB, SW Y"). */
const ATTENDANCE_LABELS: ReadonlySet<string> = new Set('present attendees attending participants participated attendance'.split(' '));

/** After a sign-off: the line's end, or the signer's pager, extension, cc line or licence on the same line. */
const SIGNOFF_AFTER_RE = /^\.?,?[ \t\u00a0]*(?:\r?\n|$|(?:beeper|pager|pgr|bpr|ext\.?|x)[ \t\u00a0]?#?[ \t\u00a0]?\d|cc:|(?:npi|dea|lic\.?)\b)/i;

/** Letters that can be initials: 2–3 letters in one word ("MLB", "jk") or 1–3 dotted single letters ("T.O.", "J.K"). */
function initialsAt(c: NameContext, i: number): number {
  const { words, text } = c;
  const w = words[i];
  if (!w || !w.alpha || w.end !== w.baseEnd) return -1;
  const n = w.baseEnd - w.start;
  if (n >= 2 && n <= 3) return /^[A-Za-z]+$/.test(text.slice(w.start, w.baseEnd)) && (w.upper || w.lower === text.slice(w.start, w.baseEnd)) ? i : -1;
  if (n !== 1 || text.charAt(w.end) !== '.') return -1;
  let e = i;
  while (e + 1 < words.length && e - i < 2 && words[e + 1].baseEnd - words[e + 1].start === 1 && /^\.[ \t\u00a0]?$/.test(words[e + 1].gapBefore) &&
    words[e + 1].alpha) e++;
  return e > i ? e : -1;
}

/** After initials a role named: the phrase ends there (punctuation, a list slash, the line's end). */
const ROLE_CLOSE_RE = /^(?:\.?[ \t\u00a0]*(?:\r?\n|$)|\.?[ \t\u00a0]*[,;/)|]|\.[ \t\u00a0]+[A-Z])/;
/** A pager, extension or licence after a sign-off, not merely the line's end. */
// An extension or pager has three digits or more: "PIV x1", "BM X2", "BC x 2" are counts.
// An "x" before seven digits is a licence or a record ("dl x1656386"), not an extension of four or five.
const CONTACT_AFTER_RE = /^\.?,?[ \t\u00a0]*(?:(?:beeper|pager|pgr|bpr|ext\.?)[ \t\u00a0]?#?[ \t\u00a0]?\d{3}|x[ \t\u00a0]?\d(?:-?\d){2,4}(?![\d-])|(?:npi|dea|lic\.?)\b)/i;
/** Tasks a person is handed in a sign-out ("tv to f/u", "KD TO UPDATE TEAM"): talking to people, not a test or a body part. */
const PERSON_TASKS: ReadonlySet<string> = new Set('f follow update call discuss contact arrange notify page talk speak meet inform coordinate email text'.split(' '));

function credentialAt(c: NameContext, k: number): boolean {
  const lower = c.words[k]?.lower ?? '';
  return c.is(k, WORD_CREDENTIAL) || NURSING_CERTIFICATIONS.has(lower) || SIGNOFF_CREDENTIALS.has(lower);
}

/** Capitals in a mixed-case note stand apart from prose; lower case, or a note all in capitals, needs the stricter test. */
function strictFor(c: NameContext, i: number, e: number): boolean {
  return e === i && (!c.words[i].upper || c.mode === 'upper');
}

function closes(c: NameContext, e: number): boolean {
  const w = c.words[e];
  let at = w.end;
  if (c.text.charAt(at) === '.') at++;
  return CLOSE_RE.test(c.text.slice(at, at + 3));
}

/** The letters of initials i..e joined in lower case ("T.O." → "to"). */
function lettersOf(c: NameContext, i: number, e: number): string {
  let out = '';
  for (let q = i; q <= e; q++) out += c.words[q].lower;
  return out;
}

/**
 * Whether the letters spell a clinical abbreviation, a service, a credential or a function word ("PT", "R.N.", "mm",
 * "me"). Those are never marked here, even where a sign-off grammar stands: what this unit finds is a person everywhere
 * in the note (propagate.ts), and "PT" or "mm" propagated would redact every therapy note and measurement.
 */
function abbreviationLetters(c: NameContext, i: number, e: number, clinicalToo = true): boolean {
  const letters = lettersOf(c, i, e);
  if (ABBREVIATION_LETTERS.has(letters) || TEAM_LETTERS.has(letters)) return true;
  const bits = WORD_FUNCTION | WORD_CREDENTIAL | WORD_TITLE | WORD_ROLE | WORD_RELATIVE | (clinicalToo ? WORD_CLINICAL : 0);
  return i === e && (c.is(i, bits) || c.protectedTerm[i] === 1);
}

/** Initials at i..e that are a separate thing from a word of the note: an abbreviation or, outside capitals, an everyday word stays. */
function plausible(c: NameContext, i: number, e: number, strict: boolean): boolean {
  // After a strong label ("Dictated by AB", "transcribed by cd") two letters that are a clinical word elsewhere are still
  // the signer; three lower-case letters there may be prose ("signed: yes").
  const w2 = c.words[i].upper || (e === i && c.words[i].lower.length === 2);
  if (abbreviationLetters(c, i, e, strict || !w2)) return false;
  if (e > i) return true; // dotted letters after a label or dash are initials ("J.K.", "T.O.")
  const w = c.words[i];
  if (strict && c.isCommon(i)) return false;
  // An everyday word ("signed: yes", "typed by hand") is initials only where capitals set it apart from the prose.
  if (c.is(i, WORD_COMMON) && !(c.mode === 'mixed' && w.upper) && !(w.lower.length === 2 && !c.is(i, WORD_FUNCTION))) return false;
  return true;
}

/**
 * Initials where the grammar alone says a person is meant (a line holding only them at the note's end, an attendance
 * list's item, a crew member after the role): random letters collide with abbreviations ("MI", "AD", "BS", "as"), and
 * the grammar outweighs the collision. Services, credentials and titles still stay ("PT", "RN", "Dr"). A collision is
 * taken only when it is common vocabulary, which propagation never carries, so the abbreviation elsewhere in the note stays.
 */
function strongPlausible(c: NameContext, i: number, e: number): boolean {
  const letters = lettersOf(c, i, e);
  // The shortest abbreviations ("gm", "cm", "ad") are left to the credential grammar of the caseless slots.
  if (TEAM_LETTERS.has(letters) || SIGNOFF_CREDENTIALS.has(letters) || ABBREVIATION_LETTERS.has(letters)) return false;
  if (i !== e) return true;
  if (c.is(i, WORD_FUNCTION | WORD_CREDENTIAL | WORD_TITLE | WORD_ROLE | WORD_RELATIVE) || c.protectedTerm[i] === 1) return false;
  // Three-letter acronyms alone on a line are as often a problem list's last item ("CHF"): only two letters collide by chance.
  if (c.words[i].lower.length !== 2) return !abbreviationLetters(c, i, e, true) && plausible(c, i, e, strictFor(c, i, e));
  return plausible(c, i, e, strictFor(c, i, e)) || c.isCommon(i);
}

export function detectSignoffInitials(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // 1. After an attestation, signature or transcription label (and "by"): "co-signed: MLB", "transcribed by cd".
    let label = w.lower;
    if (label === 'signed' && i > 0 && words[i - 1].lower === 'co' && words[i].gapBefore === '-') label = 'co-signed';
    const strong = STRONG_LABELS.has(label), weak = !strong && WEAK_LABELS.has(label);
    if ((strong || weak) && (label !== 'back' || (i > 0 && words[i - 1].lower === 'read'))) {
      let j = i + 1;
      const by = words[j]?.lower === 'by' && c.sameLine(j) && /^[ \t\u00a0]*$/.test(words[j].gapBefore);
      if (by) j++;
      // A verb in prose ("had 90 sec of witnessed VT") is no label: the label needs "by" or its colon or dash.
      const labelled = by || /[:\-–]/.test(words[j]?.gapBefore ?? '') || label === 'cc' || label.startsWith('initial');
      const ok = labelled && j < words.length && c.sameLine(j) && LABEL_GAP_RE.test(words[j].gapBefore);
      const e = ok ? initialsAt(c, j) : -1;
      // "Initials:" takes any letters; other labels need the initials to close the phrase ("Dictated by AB, …").
      if (e >= 0 && marks.free(j) && closes(c, e) && plausible(c, j, e, weak)) {
        marks.add(j, e, 'NAME', SIGNOFF_INITIALS);
        i = e;
        continue;
      }
    }
    // 2. A credential joined to initials: "RN-KT", "LPN-js".
    if (c.is(i, WORD_CREDENTIAL) && w.upper && i + 1 < words.length && words[i + 1].gapBefore === '-' && marks.free(i + 1)) {
      const e = initialsAt(c, i + 1);
      if (e === i + 1 && closes(c, e) && plausible(c, i + 1, e, true)) {
        marks.add(i + 1, e, 'NAME', SIGNOFF_INITIALS);
        i = e;
        continue;
      }
    }
    // 3. A dash sign-off closing its line: "-- T.O.", "— KLM", "- jk".
    if (marks.free(i) && dashBefore(text, w.start) && /(?:^|\n|[.!?][ \t\u00a0]*)[ \t\u00a0]*(?:--|—|–)[ \t\u00a0]*$/.test(text.slice(Math.max(0, w.start - 6), w.start).replace(/^[^\n]*\n(?=[^\n]*$)/, '\n'))) {
      const e = initialsAt(c, i);
      // The signer's credential may close the line after a comma ("— fb, PharmD").
      const credentialClose = e >= 0 && e + 1 < words.length && c.sameLine(e + 1) && /^,?[ \t\u00a0]+$/.test(words[e + 1].gapBefore) && credentialAt(c, e + 1) &&
        /^\.?[ \t\u00a0]*(?:\r?\n|$)/.test(text.slice(words[e + 1].end, words[e + 1].end + 3));
      if (e >= 0 && (credentialClose || /^\.?[ \t\u00a0]*(?:\r?\n|$)/.test(text.slice(words[e].end, words[e].end + 3))) &&
        (credentialClose ? strongPlausible(c, i, e) : plausible(c, i, e, e === i && !w.upper))) {
        marks.add(i, e, 'NAME', SIGNOFF_INITIALS);
        i = e;
        continue;
      }
    }
    // 3b. A single hyphen glued to the initials after a space or a line start, closing the line or before the signer's
    // pager, extension or cc line: "-dl", "dispo: -bv", "-tb beeper #5404", "-mz   cc: Dr. …", "-cd x4-1222". A bullet
    // ("- no fever", "-pain controlled") has a space after its dash or a phrase after the word.
    if (marks.free(i) && w.gapBefore.endsWith('-') && /(?:^|[ \t\u00a0\n])-$/.test(text.slice(Math.max(0, w.start - 2), w.start))) {
      const e = initialsAt(c, i);
      // A minus glued to a clinical abbreviation is its negation ("-BM", "-SOB"), in any case: never a sign-off.
      if (e >= 0 && SIGNOFF_AFTER_RE.test(text.slice(words[e].end, words[e].end + 16)) && !abbreviationLetters(c, i, e, true) &&
        plausible(c, i, e, e === i && !w.upper)) {
        marks.add(i, e, 'NAME', SIGNOFF_INITIALS);
        i = e;
        continue;
      }
    }
    // 3c. Initials opening a line that holds only them and the signer's credentials: "JP RNC", "AB RN", "nh md", "JP BSN, NCSN".
    // The line may hold the close of the last sentence or a disposition label before them ("Cont full support. TC rrt").
    if (marks.free(i) && opensLineOrSentence(text, w.start)) {
      const e = initialsAt(c, i);
      let k = e + 1;
      while (e >= 0 && k < words.length && c.sameLine(k) && /^[ \t\u00a0]*[,/]?[ \t\u00a0]+$|^-$/.test(words[k].gapBefore) && credentialAt(c, k)) k++;
      const after = e >= 0 ? text.slice(words[k - 1].end, words[k - 1].end + 16) : '';
      // The signer's pager or licence after the credential is strong evidence: two letters that are a clinical word
      // elsewhere ("ds, md pgr 4410") are the signer there. Initials alone on the note's last line close it too ("WG").
      const contact = CONTACT_AFTER_RE.test(after);
      // Only the note's last word can have nothing but a full stop and blanks after it (every word holds a letter or digit).
      const lastLine = e >= 0 && k === e + 1 && e === words.length - 1 && /^[ \t\u00a0]*(?:\r?\n|$)/.test(text.slice(text.lastIndexOf('\n', w.start - 1) + 1, w.start) + '\n') &&
        text.slice(words[e].end).replace(/^\./, '').trim().length === 0;
      if (e >= 0 && (k > e + 1 || contact || lastLine) && SIGNOFF_AFTER_RE.test(after) &&
        (lastLine || contact ? strongPlausible(c, i, e) : plausible(c, i, e, e === i && !w.upper))) {
        marks.add(i, e, 'NAME', SIGNOFF_INITIALS);
        i = e;
        continue;
      }
    }
    // 5. Initials right after a staff role, closing the phrase: "nurse VD.", "Crew EF / MT", "Practitioner jl, CPO",
    // "Tech IM;". A list slash joins a second crew member's initials.
    // The role is spelled out: "NP", "PA", "MD" are also nasopharyngeal, pulmonary artery and the like ("2 L NP SXN").
    if (STAFF_ROLES.has(w.lower) && w.lower.length > 3 && !c.is(i, WORD_CREDENTIAL) && i + 1 < words.length && c.sameLine(i + 1) && /^[ \t\u00a0]{1,2}$|^[ \t\u00a0]*:[ \t\u00a0]*$/.test(words[i + 1].gapBefore)) {
      let j = i + 1, done = false;
      for (;;) {
        const e = marks.free(j) ? initialsAt(c, j) : -1;
        if (e < 0 || credentialAt(c, j) || !ROLE_CLOSE_RE.test(text.slice(words[e].end, words[e].end + 3)) || !strongPlausible(c, j, e)) break;
        marks.add(j, e, 'NAME', SIGNOFF_INITIALS);
        done = true;
        i = e;
        j = e + 1;
        if (!(j < words.length && c.sameLine(j) && /^[ \t\u00a0]*\/[ \t\u00a0]*$/.test(words[j].gapBefore))) break;
      }
      if (done) continue;
    }
    // 6. Initials opening a clause before an infinitive of a task: "will sign out; tv to f/u", "KD TO UPDATE TEAM".
    if (words[i + 1]?.lower === 'to' && marks.free(i) && /(?:^|\n|[;.!?])[ \t\u00a0]*$/.test(text.slice(Math.max(0, w.start - 4), w.start)) &&
      /^[ \t\u00a0]$/.test(words[i + 1].gapBefore) && i + 2 < words.length && c.sameLine(i + 2) && PERSON_TASKS.has(words[i + 2].lower)) {
      const e = initialsAt(c, i);
      // Two letters that are a clinical abbreviation ("LP to r/o meningitis", "TV to 450") or an everyday word ("ok to d/c")
      // are the task's object, not a person, in any case.
      if (e === i && !abbreviationLetters(c, i, e, true) && !c.is(i, WORD_COMMON) && !c.isCommon(i)) {
        marks.add(i, e, 'NAME', SIGNOFF_INITIALS);
        continue;
      }
    }
    // 7. An attendance list's items that are initials alone: "Present: Dr X, AB, SW Y; …".
    if (ATTENDANCE_LABELS.has(w.lower) && words[i + 1] !== undefined && /^[ \t\u00a0]*:/.test(words[i + 1].gapBefore)) {
      for (let j = i + 1; j < words.length && c.sameLine(j); j++) {
        if (!marks.free(j) || !/(?:^[ \t\u00a0]*:|[,;])[ \t\u00a0]*$/.test(words[j].gapBefore)) continue;
        const e = initialsAt(c, j);
        if (e < 0 || credentialAt(c, j) || !/^\.?[ \t\u00a0]*(?:[,;]|\r?\n|$)/.test(text.slice(words[e].end, words[e].end + 3)) ||
          !strongPlausible(c, j, e)) continue;
        marks.add(j, e, 'NAME', SIGNOFF_INITIALS);
        j = e;
      }
    }
    // 4. The reference-initials line of a dictated letter, alone on its line near the end: "JT/mm", "wjh/pt" (author/typist).
    if (i + 1 < words.length && words[i + 1].gapBefore === '/' && /(?:^|\n)[ \t\u00a0]*$/.test(text.slice(Math.max(0, w.start - 4), w.start)) &&
      /^[ \t\u00a0]*(?:\r?\n|$)/.test(text.slice(words[i + 1].end, words[i + 1].end + 3)) && nearEnd(text, words[i + 1].end)) {
      const a = initialsAt(c, i), b = initialsAt(c, i + 1);
      if (a === i && b === i + 1 && marks.free(i) && marks.free(i + 1)) {
        for (const q of [i, i + 1]) if (!abbreviationLetters(c, q, q) && !c.is(q, WORD_COMMON)) marks.add(q, q, 'NAME', SIGNOFF_INITIALS);
        i++;
      }
    }
  }
}

/**
 * Whether the text before `start` on its line is only blanks, or ends with a sentence or clause mark and one to three
 * blanks ("Cont full support. TC rrt"): read backwards over the blanks only, so a long line costs nothing per word.
 */
export function opensLineOrSentence(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  if (p < 0 || text.charCodeAt(p) === 10) return true;
  const blanks = start - 1 - p;
  return blanks >= 1 && blanks <= 3 && '.!?;:'.includes(text.charAt(p));
}

/** Whether a dash ("-", "—", "–") is the last thing before `start` but blanks: what a dash sign-off needs first. */
function dashBefore(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  const code = p >= 0 ? text.charCodeAt(p) : -1;
  return code === 45 || code === 0x2014 || code === 0x2013;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** The reference line closes a letter: at most three short lines (dictation and transcription dates, cc) follow it. */
function nearEnd(text: string, from: number): boolean {
  const rest = text.slice(from).trim();
  if (rest.length === 0) return true;
  const lines = rest.split(/\r?\n/);
  return lines.length <= 3 && lines.every((l) => l.length <= 60);
}
