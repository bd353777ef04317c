// Owns the review screen's model, free of the DOM: the reviewer's draft (a decision per machine code,
// added codes with evidence, sequencing, summary corrections, comment), the SubmitReviewInput it becomes,
// evidence spans in redacted-text offsets (from a mouse selection or a chosen sentence, the keyboard
// alternative), and where a refused field's error is shown.
import type { CodeDecisionInput, Report, SubmitReviewInput } from '../../client/src/index';

export interface EvidenceSpan {
  /** Offsets into the redacted note (UTF-16 code units): the text the reviewer sees and the API checks. */
  start: number;
  end: number;
  text: string;
}

export type DecisionKind = 'ACCEPT' | 'REJECT' | 'CHANGE';

export interface CodeDecisionDraft {
  code: string;
  kind: DecisionKind;
  reason: string;
  /** CHANGE: the code it becomes (as typed; the look-up dots it). */
  to: string;
}

export interface AddedCodeDraft {
  code: string;
  evidence: EvidenceSpan[];
}

export interface SummaryDraft {
  title: string;
  original: string;
  text: string;
}

export interface ReviewDraft {
  decisions: CodeDecisionDraft[];
  added: AddedCodeDraft[];
  /** The reviewed codes in the reviewer's order (principal/first-listed first). */
  sequence: string[];
  /** Sent only when the reviewer reordered: otherwise the validator's sequencing stands. */
  sequenceChanged: boolean;
  summary: SummaryDraft[];
  comment: string;
}

/** Where a refused field's message goes: a decision row, an added code, or a named section of the form. */
export type ErrorTarget =
  | { kind: 'decision'; code: string }
  | { kind: 'added'; code: string }
  | { kind: 'section'; name: 'decisions' | 'evidence' | 'sequence' | 'summary' | 'comment' | 'form' };

/** Every machine code accepted, the summary as the machine wrote it. */
export function initialDraft(report: Pick<Report, 'codes' | 'summary'>): ReviewDraft {
  const decisions = report.codes.map((c) => ({ code: c.code, kind: 'ACCEPT' as const, reason: '', to: '' }));
  return {
    decisions,
    added: [],
    sequence: decisions.map((d) => d.code),
    sequenceChanged: false,
    summary: report.summary.sections.map((s) => ({ title: s.title, original: s.text, text: s.text })),
    comment: '',
  };
}

const norm = (code: string) => code.replace(/\./g, '').trim().toUpperCase();

/** The codes the reviewed report will hold: kept machine codes, changed-to codes, added codes. */
export function reviewedCodes(draft: Pick<ReviewDraft, 'decisions' | 'added'>): string[] {
  const out: string[] = [];
  const push = (code: string) => {
    if (code.trim() && !out.some((c) => norm(c) === norm(code))) out.push(code.trim());
  };
  for (const d of draft.decisions) {
    if (d.kind === 'ACCEPT') push(d.code);
    else if (d.kind === 'CHANGE') push(d.to);
  }
  for (const a of draft.added) push(a.code);
  return out;
}

/** The reviewer's order kept for codes still reviewed; codes new to the list go last. */
export function syncSequence(draft: ReviewDraft): ReviewDraft {
  const codes = reviewedCodes(draft);
  const kept = draft.sequence.filter((s) => codes.some((c) => norm(c) === norm(s)));
  const fresh = codes.filter((c) => !kept.some((k) => norm(k) === norm(c)));
  return { ...draft, sequence: [...kept, ...fresh].map((s) => codes.find((c) => norm(c) === norm(s))!) };
}

/** Moves one item of a list by `delta` places (clamped); the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + delta));
  if (to === index || index < 0 || index >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}

export interface BuiltReview {
  input: SubmitReviewInput;
  /** For each entry of input.decisions, the form row it came from (to show `decisions.N` errors there). */
  rows: ErrorTarget[];
}

/** The draft as the API's input: a decision for every machine code (an explicit accept is on the record), corrections that change text. */
export function toSubmitInput(draft: ReviewDraft): BuiltReview {
  const decisions: CodeDecisionInput[] = [];
  const rows: ErrorTarget[] = [];
  for (const d of draft.decisions) {
    if (d.kind === 'REJECT') decisions.push({ kind: 'REJECT', code: d.code, reason: d.reason.trim() });
    else if (d.kind === 'CHANGE') decisions.push({ kind: 'CHANGE', code: d.code, to: d.to.trim() });
    else decisions.push({ kind: 'ACCEPT', code: d.code });
    rows.push({ kind: 'decision', code: d.code });
  }
  for (const a of draft.added) {
    decisions.push({ kind: 'ADD', code: a.code.trim(), evidence: a.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text })) });
    rows.push({ kind: 'added', code: a.code });
  }
  const corrections = draft.summary.filter((s) => s.text.trim() && s.text.trim() !== s.original.trim()).map((s) => ({ title: s.title, text: s.text.trim() }));
  const input: SubmitReviewInput = {
    decisions,
    ...(draft.sequenceChanged ? { sequence: syncSequence(draft).sequence } : {}),
    ...(corrections.length ? { summaryCorrections: corrections } : {}),
    ...(draft.comment.trim() ? { comment: draft.comment.trim() } : {}),
  };
  return { input, rows };
}

/** Problems the form can name before asking the API (the API checks everything again). */
export function draftProblems(draft: ReviewDraft): Array<{ target: ErrorTarget; message: string }> {
  const out: Array<{ target: ErrorTarget; message: string }> = [];
  for (const d of draft.decisions) {
    if (d.kind === 'REJECT' && !d.reason.trim()) out.push({ target: { kind: 'decision', code: d.code }, message: `Give a reason for rejecting ${d.code}.` });
    if (d.kind === 'CHANGE' && !d.to.trim()) out.push({ target: { kind: 'decision', code: d.code }, message: `Name the code ${d.code} changes to.` });
  }
  for (const a of draft.added) {
    if (!a.evidence.length) out.push({ target: { kind: 'added', code: a.code }, message: `Select evidence in the note for ${a.code}.` });
  }
  return out;
}

/** The form place for an API error's field (`decisions.2`, `evidence`, `sequence`…). */
export function errorTarget(field: string | undefined, rows: readonly ErrorTarget[]): ErrorTarget {
  if (!field) return { kind: 'section', name: 'form' };
  const indexed = /^decisions\.(\d+)/.exec(field);
  if (indexed) return rows[Number(indexed[1])] ?? { kind: 'section', name: 'decisions' };
  if (field === 'decisions') return { kind: 'section', name: 'decisions' };
  if (field === 'evidence') return { kind: 'section', name: 'evidence' };
  if (field === 'sequence') return { kind: 'section', name: 'sequence' };
  if (field.startsWith('summaryCorrections')) return { kind: 'section', name: 'summary' };
  if (field === 'comment') return { kind: 'section', name: 'comment' };
  return { kind: 'section', name: 'form' };
}

/** A refused code named in an API message ("Code I12.9 (added I12.9) is refused: EXCLUDES1"), if any. */
export function refusedCode(message: string): string | undefined {
  return /^Code (\S+) \(/.exec(message)?.[1] ?? /^(?:ADD|CHANGE) ([^:\s]+):/.exec(message)?.[1];
}

/**
 * The evidence a selection from `a` to `b` covers (either order), with surrounding whitespace trimmed so a
 * sloppy drag still quotes the words; undefined when it covers no text.
 */
export function spanFromOffsets(text: string, a: number, b: number): EvidenceSpan | undefined {
  let start = Math.max(0, Math.min(a, b, text.length));
  let end = Math.min(text.length, Math.max(a, b));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/** Words before a full stop that do not end a sentence (titles, list numbers are caught by length). */
const NOT_SENTENCE_ENDS = /^(?:mrs|etc|approx|vs|min|max|pt|hx|dx|no)$/i;

/**
 * The note cut into sentences (and list items / lines), the keyboard user's evidence choices: a line break
 * ends one, and so does . ! or ? before a space after a word of three or more characters (so "1.", "Dr." and
 * "b.i.d." do not). Offsets are exact slices of the text.
 */
export function sentencesOf(text: string): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  const boundary = /\n|([^\s.!?]*)[.!?](?=\s)/g;
  let from = 0;
  const emit = (end: number) => {
    const span = spanFromOffsets(text, from, end);
    if (span && /[\p{L}\p{N}]/u.test(span.text)) out.push(span);
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === '\n') {
      emit(m.index);
      from = m.index + 1;
      continue;
    }
    const word = m[1] ?? '';
    if (word.length < 3 || NOT_SENTENCE_ENDS.test(word)) continue;
    const end = m.index + m[0].length;
    emit(end);
    from = end;
  }
  emit(text.length);
  return out;
}

/** Whether two spans overlap (a quote already chosen for the same code is not added twice). */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
