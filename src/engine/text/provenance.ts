// Owns text provenance: which parts of a note are clinical statements (the only text that may be
// evidence for a code) and which are something else — instructions to a coder or model, questions,
// templates, pasted external text, disclaimers, billing talk. Applies the rule table in
// provenanceRules.ts sentence by sentence (plus a few whole-text span rules) and returns segments
// that tile the text, so every offset has exactly one kind.
// Corroboration (the rule every consumer applies through spanProvenance): a diagnosis whose only support lies in
// doubtful text — a question, someone else's words quoted or relayed, pasted external text, a request to the
// documentation, coding, billing or payer process — is not coded; when a clinical statement of the same note also
// supports it, it is coded with that statement as its evidence and the doubtful text is never quoted.
// Order: provenance reads the redacted text; lines whose request vocabulary the redactor replaced are read again in
// their original wording (provenanceOriginal.ts, called where the engine decides the order).
import { RulePrefilter } from './literalPrefilter';
import { lastStartingAtOrBefore } from './lookup';
import { LEARNED_RULE, markNonClinicalStatements } from './clinicalStatement';
import type { Section, Sentence, Span } from '../types';
import {
  SENTENCE_RULES,
  SPAN_RULES,
  type NonClinicalKind,
  type RuleScope,
  type SegmentKind,
} from './provenanceRules';

export { NON_CLINICAL_KINDS, SENTENCE_RULES, SPAN_RULES } from './provenanceRules';
export type { NonClinicalKind, SegmentKind, SentenceRule, SpanRule } from './provenanceRules';

export interface TextSegment extends Span {
  kind: SegmentKind;
  /** The rule that marked a non-clinical segment (explains a dropped code in one line). */
  rule?: string;
}

export interface Provenance {
  /** Segments tiling [0, text.length) in order; adjacent segments differ in kind or rule. */
  segments: TextSegment[];
  /** The non-clinical segments only, sorted and non-overlapping. */
  nonClinical: TextSegment[];
}

/** Kinds that mean someone tried to steer coding or billing: the report goes to a person. */
export const STEERING_KINDS: ReadonlySet<NonClinicalKind> = new Set(['instruction', 'billing']);

/** A sentence holding at most this many words besides its blanks is an unfilled field label. */
const LABEL_ONLY_MAX_WORDS = 5;
const PRECEDING_WINDOW_CHARS = 100;
const FOLLOWING_WINDOW_CHARS = 40;
/** Sentences longer than this are prose runs (a table flattened into one line): rules read its head. */
const MAX_RULE_TEXT_CHARS = 2_000;

/** Text between two instructions longer than this is not one message (a case report is one paragraph). */
const MAX_PAYLOAD_CHARS = 600;

/** "- ", "• ", "1. ", "(2) ", "a) ", "#3 " before a sentence: not part of what it says. */
const LIST_MARKER = /^\s*(?:[-*\u2022\u00b7>+]+|\(?\d{1,3}[.)]|#\d{1,3}|[a-z][.)])\s+/i;

interface Mark extends Span {
  kind: NonClinicalKind;
  rule: string;
}

export function detectProvenance(text: string, sections: readonly Section[], sentences: readonly Sentence[]): Provenance {
  const marks: Mark[] = [];
  for (const sentence of sentences) {
    const mark = markSentence(text, sections, sentence);
    if (mark) marks.push(mark);
  }
  marks.push(...markSpans(text, sections, sentences));
  // Default deny: what the named rules left clinical must still read as a clinical statement.
  // A question the named rules marked is still tested: one about billing or coding ("❓ COPD — billable
  // today?") is a query that steers, and its instruction mark wins over the question where they overlap.
  const named = marks.filter((m) => m.kind !== 'question');
  const covered = (span: Span) => named.some((m) => m.start < span.end && m.end > span.start);
  // The stretches of a span no named mark covers (longer than a few characters), in order.
  const gaps = (span: Span): Span[] => {
    const out: Span[] = [];
    let at = span.start;
    for (const m of named.filter((n) => n.start < span.end && n.end > span.start).sort((a, b) => a.start - b.start)) {
      if (m.start - at > MIN_GAP_CHARS) out.push({ start: at, end: m.start });
      at = Math.max(at, m.end);
    }
    if (span.end - at > MIN_GAP_CHARS) out.push({ start: at, end: span.end });
    return out;
  };
  marks.push(...markNonClinicalStatements(text, covered, gaps));
  fillInstructionGaps(text, marks);
  widenToQuotations(text, marks);
  const nonClinical = flattenSteeringFirst(marks, text.length);
  return { segments: tile(nonClinical, text.length), nonClinical };
}

/** A stretch of a line the named marks leave shorter than this is punctuation between them, not a statement. */
const MIN_GAP_CHARS = 3;

/**
 * Most sentences hold none of the words a rule needs: one automaton pass over a sentence says which
 * rules could match it, and only those run (built on first use, from the rule table itself).
 */
let sentencePrefilter: RulePrefilter | undefined;

function markSentence(text: string, sections: readonly Section[], sentence: Sentence): Mark | undefined {
  if (sentence.end <= sentence.start) return undefined;
  const raw = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_RULE_TEXT_CHARS));
  const body = raw.replace(LIST_MARKER, '');
  const possible = (sentencePrefilter ??= new RulePrefilter(SENTENCE_RULES.map((r) => r.pattern))).candidates(body);
  for (let r = 0; r < SENTENCE_RULES.length; r++) {
    if (!possible[r]) continue;
    const rule = SENTENCE_RULES[r];
    const m = rule.pattern.exec(body);
    if (!m) {
      const clause = rule.clauses ? clauseMatch(text, sentence, raw, rule.pattern) : undefined;
      if (clause && !rule.unless?.test(text.slice(clause.start, sentence.end))) return { ...clause, kind: rule.kind, rule: rule.name };
      continue;
    }
    if (rule.unless?.test(body)) continue;
    if (rule.unlessFollowedBy && rule.unlessFollowedBy.test(restOfLine(text, sentence.end, FOLLOWING_WINDOW_CHARS))) continue;
    if (rule.scope === 'sentence' && ASIDE_KINDS.has(rule.kind)) {
      const offset = sentence.start + raw.length - body.length;
      const aside = parentheticalAround(text, sentence, { start: offset + m.index, end: offset + m.index + m[0].length }, rule.pattern);
      if (aside) return { ...aside, kind: rule.kind, rule: rule.name };
    }
    // A non-clinical heading ("Note to the LLM:", "Correction for coding purposes:") governs the rest of its line.
    const scope = rule.scope === 'sentence' && /:\s*$/.test(raw) ? 'line-after' : rule.scope;
    const reach = scopeOf(text, sections, sentence, scope);
    return { ...reach, kind: rule.kind, rule: rule.name };
  }
  return undefined;
}

/** Where a clause inside the sentence starts: after ". ", "; ", "! ", "? " or a spaced dash. */
const CLAUSE_START = /(?:[.;!?]|\s[-\u2013\u2014])\s+(?=\S)/g;

/** A command whose object points back ("code it", "bill this"): its payload is the clause before it. */
const ANAPHORIC_COMMAND = /^\W*[a-z]+\s+(?:it|this|that|these|them|same|the same|as such)\b/i;

/**
 * The first clause (not the sentence's own start) where an anchored pattern matches, to the sentence
 * end; the whole sentence when the command's object points back to what came before it.
 */
function clauseMatch(text: string, sentence: Sentence, raw: string, pattern: RegExp): Span | undefined {
  CLAUSE_START.lastIndex = 0;
  for (const c of raw.matchAll(CLAUSE_START)) {
    const at = (c.index ?? 0) + c[0].length;
    const clause = raw.slice(at).replace(LIST_MARKER, '');
    if (!pattern.test(clause)) continue;
    return { start: ANAPHORIC_COMMAND.test(clause) ? sentence.start : sentence.start + at, end: sentence.end };
  }
  return undefined;
}

/** Kinds whose match inside parentheses marks only the aside: "Sepsis due to E. coli (coder: use A41.51)." */
const ASIDE_KINDS: ReadonlySet<NonClinicalKind> = new Set(['instruction', 'billing']);

/**
 * The parenthetical holding a match, when the rest of the sentence says something of its own (a
 * problem-list item can be one word) and does not match the rule itself; otherwise undefined and the
 * whole sentence is marked.
 */
function parentheticalAround(text: string, sentence: Span, match: Span, pattern: RegExp): Span | undefined {
  const open = text.lastIndexOf('(', match.start);
  if (open < sentence.start) return undefined;
  const between = text.slice(open + 1, match.start);
  if (between.includes(')')) return undefined;
  const close = text.indexOf(')', match.end);
  if (close < 0 || close >= sentence.end || text.slice(match.end, close).includes('(')) return undefined;
  const outside = text.slice(sentence.start, open) + ' ' + text.slice(close + 1, sentence.end);
  if (wordCount(outside) < 1 || pattern.test(outside.trim())) return undefined;
  return { start: open, end: close + 1 };
}

function scopeOf(text: string, sections: readonly Section[], sentence: Sentence, scope: RuleScope): Span {
  if (scope === 'sentence') return { start: sentence.start, end: sentence.end };
  if (scope === 'rest') return { start: sentence.start, end: trimEnd(text, text.length) };
  if (scope === 'line-after') {
    const nl = text.slice(sentence.end).search(/[\r\n]/);
    const lineEnd = nl < 0 ? text.length : sentence.end + nl;
    return { start: sentence.start, end: trimEnd(text, Math.max(lineEnd, sentence.end), sentence.start) };
  }
  const section = sections[sentence.sectionIndex];
  const floor = section ? section.bodyStart : 0;
  const ceiling = section ? section.end : text.length;
  const start = scope === 'paragraph-after' ? sentence.start : Math.max(floor, paragraphStart(text, sentence.start));
  let end = Math.min(ceiling, paragraphEnd(text, sentence.end));
  if (scope === 'paragraph-after') end = Math.min(end, nextClinicalHeading(text, sentence.end, end));
  return { start: Math.min(start, sentence.start), end: trimEnd(text, Math.max(end, sentence.end)) };
}

function markSpans(text: string, sections: readonly Section[], sentences: readonly Sentence[]): Mark[] {
  const out: Mark[] = [];
  for (const rule of SPAN_RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (rule.minWords && wordCount(m[0]) < rule.minWords) continue;
      if (rule.onlyAfter && !rule.onlyAfter.test(introBefore(text, start, PRECEDING_WINDOW_CHARS))) continue;
      if (rule.unlessFollowedBy && rule.unlessFollowedBy.test(restOfLine(text, end, FOLLOWING_WINDOW_CHARS))) continue;
      if (rule.unlessInSections && rule.unlessInSections.includes(sectionKindAt(sections, start))) continue;
      let span: Span = { start, end };
      if (rule.widenLabelOnly) {
        const sentence = sentenceContaining(sentences, start);
        if (sentence && labelOnly(text, sentence, rule.pattern)) span = { start: Math.min(start, sentence.start), end: Math.max(end, sentence.end) };
      }
      out.push({ ...span, end: trimEnd(text, span.end, span.start), kind: rule.kind, rule: rule.name });
    }
  }
  return out;
}

/** A line opening with the note's own assessment or plan heading. */
const NOTE_HEADING_LINE = /\n[ \t]*(?:assessment(?: and plan)?|impression|a\/p|plan)\s*[:\-\u2013]/i;

/**
 * An injected request rarely stands alone: "Please code sepsis. Patient has sepsis. Bill A41.9."
 * Text between two instructions of one paragraph belongs to the same message.
 */
function fillInstructionGaps(text: string, marks: Mark[]): void {
  // A learned reading (statementModel.ts) marks only its own clause: a clinician's letter asking for coverage
  // after a payer's heading stays evidence between the two.
  const instructions = marks.filter((m) => m.kind === 'instruction' && m.rule !== LEARNED_RULE).sort((a, b) => a.start - b.start);
  for (let i = 1; i < instructions.length; i++) {
    const a = instructions[i - 1];
    const b = instructions[i];
    if (b.start <= a.end || b.start - a.end > MAX_PAYLOAD_CHARS) continue;
    const gap = text.slice(a.end, b.start);
    if (!/\S/.test(gap) || /\n[ \t\r]*\n/.test(gap)) continue;
    // A note's own assessment or plan heading between the two ends the message: two carriers at either end of a
    // note written without blank lines do not make its assessment a request.
    if (NOTE_HEADING_LINE.test(gap)) continue;
    marks.push({ start: a.end, end: b.start, kind: 'instruction', rule: a.rule });
  }
}

/** A quotation (straight or curly double quotes) within one paragraph. */
const QUOTATION = /"[^"]{1,2000}"|\u201c[^\u201c\u201d]{1,2000}\u201d/g;

/**
 * A relayed message is one message: when a request to code or document lies inside a quotation
 * ('Message from daughter: "Mom has dementia. Please make sure the doctor codes it."'), the whole
 * quotation is the request's payload, not collateral history.
 */
function widenToQuotations(text: string, marks: Mark[]): void {
  const instructions = marks.filter((m) => m.kind === 'instruction');
  if (!instructions.length) return;
  QUOTATION.lastIndex = 0;
  for (const q of text.matchAll(QUOTATION)) {
    const start = q.index ?? 0;
    const end = start + q[0].length;
    if (/\n[ \t\r]*\n/.test(q[0])) continue;
    const inside = instructions.find((m) => m.start < end - 1 && m.end > start + 1);
    if (inside) marks.push({ start, end, kind: 'instruction', rule: inside.rule });
  }
}

/**
 * Instructions and billing talk keep their text where they overlap another kind (a request inside a
 * forwarded message or a question stays a request, so the report is flagged); the rest fill the gaps.
 */
function flattenSteeringFirst(marks: Mark[], length: number): TextSegment[] {
  const steering = flatten(marks.filter((m) => STEERING_KINDS.has(m.kind)), length);
  if (!steering.length) return flatten(marks, length);
  const others = flatten(marks.filter((m) => !STEERING_KINDS.has(m.kind)), length);
  const out: TextSegment[] = [...steering];
  let j = 0;
  for (const o of others) {
    let cursor = o.start;
    while (j < steering.length && steering[j].end <= cursor) j++;
    for (let k = j; k < steering.length && steering[k].start < o.end; k++) {
      if (steering[k].start > cursor) out.push({ ...o, start: cursor, end: steering[k].start });
      cursor = Math.max(cursor, steering[k].end);
    }
    if (cursor < o.end) out.push({ ...o, start: cursor, end: o.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Marks → sorted non-overlapping segments; where two overlap, the earlier-starting one keeps its text. */
function flatten(marks: Mark[], length: number): TextSegment[] {
  const sorted = marks
    .map((m) => ({ ...m, start: clamp(m.start, length), end: clamp(m.end, length) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSegment[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end <= last.end) continue;
      if (m.kind === last.kind) {
        last.end = m.end;
        continue;
      }
      out.push({ start: last.end, end: m.end, kind: m.kind, rule: m.rule });
      continue;
    }
    if (last && m.start === last.end && m.kind === last.kind && m.rule === last.rule) {
      last.end = m.end;
      continue;
    }
    out.push({ start: m.start, end: m.end, kind: m.kind, rule: m.rule });
  }
  return out;
}

/**
 * Provenance with more non-clinical segments (a second reading of some lines): instructions and billing talk keep
 * their text where they overlap another kind, as in detectProvenance.
 */
export function addNonClinical(provenance: Provenance, segments: readonly TextSegment[], length: number): Provenance {
  const marks: Mark[] = [...provenance.nonClinical, ...segments].map((s) => ({ start: s.start, end: s.end, kind: s.kind as NonClinicalKind, rule: s.rule ?? '' }));
  const nonClinical = flattenSteeringFirst(marks, length);
  return { segments: tile(nonClinical, length), nonClinical };
}

/** Provenance from its non-clinical segments alone (the clinical ones are the gaps between them). */
export function provenanceFromNonClinical(nonClinical: TextSegment[], length: number): Provenance {
  return { segments: tile(nonClinical, length), nonClinical };
}

function tile(nonClinical: TextSegment[], length: number): TextSegment[] {
  const out: TextSegment[] = [];
  let cursor = 0;
  for (const s of nonClinical) {
    if (s.start > cursor) out.push({ start: cursor, end: s.start, kind: 'clinical' });
    out.push(s);
    cursor = s.end;
  }
  if (cursor < length || length === 0) out.push({ start: cursor, end: length, kind: 'clinical' });
  return out;
}

// ---- lookups ------------------------------------------------------------------------------------

export type SpanProvenance = 'clinical' | 'mixed' | 'non_clinical';

/**
 * Where a span lies: wholly in clinical text, wholly in non-clinical text (whitespace between two
 * non-clinical segments counts as theirs), or across both.
 */
export function spanProvenance(text: string, provenance: Provenance, span: Span): SpanProvenance {
  const overlapping = overlappingSegments(provenance.nonClinical, span);
  if (!overlapping.length) return 'clinical';
  let cursor = span.start;
  for (const s of overlapping) {
    if (s.start > cursor && /\S/.test(text.slice(cursor, s.start))) return 'mixed';
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < span.end && /\S/.test(text.slice(cursor, span.end))) return 'mixed';
  return 'non_clinical';
}

/** True when no part of the span lies in non-clinical text. */
export function isClinicalSpan(provenance: Provenance, span: Span): boolean {
  return overlappingSegments(provenance.nonClinical, span).length === 0;
}

/** The non-clinical kinds present in a note (for review flags). */
export function nonClinicalKinds(provenance: Provenance): Set<NonClinicalKind> {
  return new Set(provenance.nonClinical.map((s) => s.kind as NonClinicalKind));
}

function overlappingSegments(segments: readonly TextSegment[], span: Span): TextSegment[] {
  // Segments are sorted and disjoint: binary-search the first one ending after span.start.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: TextSegment[] = [];
  for (let i = lo; i < segments.length && segments[i].start < span.end; i++) {
    if (span.end > span.start || segments[i].start <= span.start) out.push(segments[i]);
  }
  return out;
}

// ---- small text helpers -------------------------------------------------------------------------

function paragraphStart(text: string, offset: number): number {
  // Walk back line by line until the line before is blank.
  let i = offset;
  while (i > 0) {
    const nl = text.lastIndexOf('\n', i - 1);
    if (nl < 0) return 0;
    const prev = text.lastIndexOf('\n', nl - 1);
    if (!/\S/.test(text.slice(prev + 1, nl))) return nl + 1;
    i = nl;
  }
  return 0;
}

/**
 * A line opening with a clinical heading ("Plan -", "P:", "Meds:") resumes the clinician's note: an
 * injected block does not run past it even where the section splitter did not take it for a header.
 */
const CLINICAL_HEADING_LINE = /\n[ \t]*(?:[-*\u2022]\s*)?(?:plan|p|a\/p|a&p|assessment|impression|dx|diagnos[ie]s|hpi|history|exam|physical exam|ros|medications|meds|allergies|vitals|labs|results|subjective|objective|s|o|a|follow[- ]up|disposition|orders?|patient instructions|instructions)\b[ \t]*(?:[:\-\u2013\u2014]|and plan\b)/gi;

function nextClinicalHeading(text: string, from: number, limit: number): number {
  CLINICAL_HEADING_LINE.lastIndex = from;
  const m = CLINICAL_HEADING_LINE.exec(text);
  return m && m.index < limit ? m.index : limit;
}

function paragraphEnd(text: string, offset: number): number {
  const re = /\n[ \t\r]*\n/g;
  re.lastIndex = offset;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

function trimEnd(text: string, end: number, floor = 0): number {
  while (end > floor && /\s/.test(text[end - 1])) end--;
  return end;
}

function restOfLine(text: string, offset: number, maxChars: number): string {
  const slice = text.slice(offset, offset + maxChars);
  const nl = slice.search(/[\r\n]/);
  return nl >= 0 ? slice.slice(0, nl) : slice;
}

/**
 * What introduces a match: the text before it on its line, or, when the match opens its line, the line
 * right above it (a heading such as "Patient education provided (printed):"), trailing blanks trimmed.
 */
function introBefore(text: string, offset: number, maxChars: number): string {
  const before = lineBefore(text, offset, maxChars);
  if (/\S/.test(before)) return before;
  const lineStart = offset - before.length;
  if (lineStart <= 0) return before;
  const lineBreak = text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  return lineBefore(text, lineBreak, maxChars).replace(/[ \t]+$/, '');
}

function lineBefore(text: string, offset: number, maxChars: number): string {
  const slice = text.slice(Math.max(0, offset - maxChars), offset);
  const nl = Math.max(slice.lastIndexOf('\n'), slice.lastIndexOf('\r'));
  return nl >= 0 ? slice.slice(nl + 1) : slice;
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function labelOnly(text: string, sentence: Span, placeholder: RegExp): boolean {
  const rest = text.slice(sentence.start, sentence.end).replace(new RegExp(placeholder.source, placeholder.flags), ' ');
  return wordCount(rest) <= LABEL_ONLY_MAX_WORDS;
}

function sentenceContaining(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const found = lastStartingAtOrBefore(sentences, offset);
  return found >= 0 && offset < sentences[found].end ? sentences[found] : undefined;
}

function sectionKindAt(sections: readonly Section[], offset: number): Section['kind'] {
  const found = lastStartingAtOrBefore(sections, offset);
  return found >= 0 ? sections[found].kind : 'other';
}

function clamp(x: number, length: number): number {
  return Math.max(0, Math.min(length, x));
}
