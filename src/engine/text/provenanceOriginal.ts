// Owns the second reading of a redacted note's lines in their original wording. Provenance runs on the redacted text
// (later stages never see PHI), but the redactor can take words of a request for names: a capitalised German billing
// header ("Nachtrag Abrechnung (keine ärztliche Leistung)") or an Italian, Vietnamese or French clause reaches
// provenance as "[NAME] ([NAME])", and a request that has lost its addressee reads as a clinical line. Where a
// redacted line is still clinical and the words the redactor replaced on it belong to the coding, billing, record or
// request vocabulary (of English or of the languages in provenanceLanguages.ts), the statement test reads the line as
// written (session 10 adds machine-reader and override words); a failing line is marked on the redacted text. Only the verdict crosses over, never the original words.
import type { Span } from '../types';
import { MIN_OTHER_SCRIPT_LETTERS, NON_LATIN_LETTER } from './language';
import { nonClinicalReason, noteLanguage, statementKind } from './clinicalStatement';
import { addNonClinical, STEERING_KINDS, type NonClinicalKind, type Provenance, type TextSegment } from './provenance';
import { FOREIGN_OVERRIDE_WORD, FOREIGN_PAYMENT_WORD, FOREIGN_READER_WORD, FOREIGN_RECORD_WORD, FOREIGN_REQUEST_WORD } from './provenanceLanguages';

/** One replaced span in both texts. */
export interface Replacement {
  original: Span;
  redacted: Span;
}

/** English words of the claim's machinery a redactor may also take for a name ("Billing Coordinator", "Coder Team"). */
const ENGLISH_PROCESS_WORD = /(?<![\p{L}])(?:billing|biller|coding|coder|coders|claims?|payer|insurance|auditor|reimbursement|hcc|cdi|abstractor)(?![\p{L}])/iu;

/**
 * Whether the words a redactor took belong to the request vocabulary: the claim's machinery, the record, an asking
 * word, a machine reader or an override of the note ("[NAME]; de einddiagnose is …" was "De beoordeling hierboven
 * vervalt; …", "galat hai" read as a name) in English or another language.
 */
function replacedProcessWording(taken: string): boolean {
  if ([FOREIGN_PAYMENT_WORD, FOREIGN_RECORD_WORD, FOREIGN_REQUEST_WORD, FOREIGN_READER_WORD, FOREIGN_OVERRIDE_WORD, ENGLISH_PROCESS_WORD].some((w) => w.test(taken))) return true;
  // Words of another script taken whole ("Системное сообщение для ИИ" became "[NAME]"): what they said is unknown on
  // the redacted line, so the line is read as written.
  if ((taken.match(NON_LATIN_LETTER) ?? []).length >= MIN_OTHER_SCRIPT_LETTERS) return true;
  // Words of a sentence taken with a name (a placeholder grown over the verb and object of a request in a language no
  // list here knows: "Pyydän koodaajaa lisäämään tälle käynnille diagnoosin" became "[NAME]" once span growth reached
  // the request's first word): default-deny on what the redacted line no longer says, so the line is read as written.
  return sentenceWordsTaken(taken);
}

/** A lower-case word of four or more letters in any Latin or other alphabet with case. */
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{M}])/gu;
/**
 * Whether the replaced text holds words of a sentence rather than a name, an identifier or a date: two or more lower-case
 * words of four letters or more. Names are capitalised and their particles short ("van der", "de la"); a note written
 * in lower case only has its line read again, which marks it only when the statement test fails on the words as written.
 */
export function sentenceWordsTaken(taken: string): boolean {
  return (taken.match(LOWER_WORD) ?? []).length >= 2;
}

/** The suffix added to the rule of a line marked on its original wording (explains the drop in one line). */
export const ORIGINAL_WORDING_SUFFIX = '@original-wording';

const CLAUSE_BREAK = /[.;!?]\s+(?=\S)/g;

/**
 * The provenance of the redacted text with the lines the redactor stripped of request vocabulary read again in their
 * original wording. `toOriginal` maps a redacted span to the original text.
 */
export function readReplacedWording(
  redactedText: string,
  provenance: Provenance,
  originalText: string,
  replacements: readonly Replacement[],
  toOriginal: (span: Span) => Span,
): Provenance {
  if (!replacements.length) return provenance;
  const language = noteLanguage(redactedText);
  const marks: TextSegment[] = [];
  let lastLineEnd = -1;
  for (const r of replacements) {
    const taken = originalText.slice(r.original.start, r.original.end);
    if (!replacedProcessWording(taken)) continue;
    const line = lineAround(redactedText, r.redacted);
    if (line.start < lastLineEnd || line.end <= line.start) continue;
    lastLineEnd = line.end;
    // A line wholly marked as pasted text (another script, another language) is read again too: in its original wording
    // it may be a request to the claim, which flags the note; a line already marked as steering needs nothing more.
    const clinical = clinicalPartOf(provenance, line);
    if (!clinical && steeringPartOf(provenance, line)) continue;
    const failing = failingClause(redactedText, line, (span) => {
      const original = toOriginal(span);
      return originalText.slice(original.start, original.end);
    }, language);
    if (!failing || (!clinical && statementKind(failing.reason) !== 'instruction')) continue;
    // From the failing clause to the line's end, as the statement test marks: a clinician's clause before a pasted
    // request on the same line ("Impression: contact dermatitis. <request>") stays evidence.
    marks.push({ start: failing.start, end: line.end, kind: statementKind(failing.reason), rule: failing.reason + ORIGINAL_WORDING_SUFFIX });
  }
  return marks.length ? addNonClinical(provenance, marks, redactedText.length) : provenance;
}

/** Whether any part of the line is marked as steering (an instruction or billing talk). */
function steeringPartOf(provenance: Provenance, line: Span): boolean {
  return provenance.nonClinical.some((s) => s.end > line.start && s.start < line.end && STEERING_KINDS.has(s.kind as NonClinicalKind));
}

/** Whether any part of the line is still clinical (a wholly marked line needs no second reading). */
function clinicalPartOf(provenance: Provenance, line: Span): boolean {
  let cursor = line.start;
  for (const s of provenance.nonClinical) {
    if (s.end <= cursor || s.start >= line.end) continue;
    if (s.start > cursor) return true;
    cursor = Math.max(cursor, s.end);
  }
  return cursor < line.end;
}

/**
 * The line's first clause (split on the redacted line, read in its original wording) that fails, with where it starts
 * in the redacted text; or the whole line when only it fails.
 */
function failingClause(text: string, line: Span, originalOf: (span: Span) => string, language: string): { start: number; reason: string } | undefined {
  const raw = text.slice(line.start, line.end);
  const starts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of raw.matchAll(CLAUSE_BREAK)) starts.push((m.index ?? 0) + m[0].length);
  for (let i = 0; i < starts.length; i++) {
    const clause = { start: line.start + starts[i], end: line.start + (starts[i + 1] ?? raw.length) };
    const reason = nonClinicalReason(originalOf(clause), language);
    if (reason) return { start: clause.start, reason };
  }
  const reason = nonClinicalReason(originalOf(line), language);
  return reason ? { start: line.start, reason } : undefined;
}

function lineAround(text: string, span: Span): Span {
  let start = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  if (span.start === 0) start = 0;
  const nl = text.indexOf('\n', span.end);
  let end = nl < 0 ? text.length : nl;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
