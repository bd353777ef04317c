// Owns PHI-safe evidence: mapping a validator's evidence span (redacted-text offsets) to the
// original note with the offset map, after cutting away any part that lies inside a PHI placeholder.
// The original text is deleted before validation runs, so a quote is reported only where the
// redacted and the original slices are provably equal: outside every replaced range, where the
// offset map is a constant shift. A quote touching a placeholder would otherwise show "[NAME]" for
// offsets that point at a patient's name.

import type { Span } from '../engine/types';
import type { ReportEvidence } from './stageOutputs';

export interface OffsetMapper {
  spanToOriginal(span: Span): Span;
  spanToRedacted(span: Span): Span;
}

/** A trimmed quote shorter than this many letters/digits says nothing a coder can check. */
export const MIN_QUOTE_ALNUM = 2;

/**
 * Placeholder ranges in redacted-text offsets, sorted. Built from the PHI spans AND the offset map's
 * own replaced ranges: a placeholder as long as the name it replaced ("[NAME]" for a six-letter
 * name) leaves no length change to detect, so every replaced range must be known explicitly.
 */
export function placeholderRanges(map: OffsetMapper, phi: readonly Span[], offsetMapJson?: unknown): Span[] {
  const original: Span[] = [...phi, ...replacedRanges(offsetMapJson)];
  return original.map((p) => map.spanToRedacted(p)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Original ranges from OffsetMap.toJSON() (`segments: [start, end, replacementLength][]`); [] if unreadable. */
function replacedRanges(json: unknown): Span[] {
  const segments = (json as { segments?: unknown } | null | undefined)?.segments;
  if (!Array.isArray(segments)) return [];
  return segments
    .filter((s): s is number[] => Array.isArray(s) && s.length >= 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]))
    .map((s) => ({ start: s[0], end: s[1] }));
}

/**
 * The longest part of `span` outside every placeholder, mapped to original offsets; undefined when
 * nothing meaningful is left or the quote does not match the redacted text.
 */
export function toSafeEvidence(
  span: { start: number; end: number; text: string },
  redactedText: string,
  placeholders: readonly Span[],
  map: OffsetMapper,
): ReportEvidence | undefined {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end))) return undefined;
  if (span.start < 0 || span.end > redactedText.length || span.start >= span.end) return undefined;
  // A quote the validator did not take verbatim from the redacted text cannot be located safely.
  if (redactedText.slice(span.start, span.end) !== span.text) return undefined;

  let best: Span | undefined;
  let bestScore = 0;
  for (const piece of subtract(span, placeholders)) {
    const trimmed = trimWhitespace(redactedText, piece);
    const score = alnumCount(redactedText.slice(trimmed.start, trimmed.end));
    if (score >= MIN_QUOTE_ALNUM && score > bestScore) {
      best = trimmed;
      bestScore = score;
    }
  }
  if (!best) return undefined;

  const original = map.spanToOriginal(best);
  // Outside placeholders the map is a pure shift; a length change means a replaced range inside.
  if (original.end - original.start !== best.end - best.start) return undefined;
  return {
    start: original.start,
    end: original.end,
    text: redactedText.slice(best.start, best.end),
    redactedStart: best.start,
    redactedEnd: best.end,
  };
}

/**
 * `span` minus the ranges (disjoint, sorted by start: the placeholders of one redaction). A zero-length
 * range strictly inside still cuts it: a zero-length replacement is still a place where the two texts
 * differ. The walk starts at the span, not at the note's first placeholder, so a report's evidence costs
 * O(spans × log placeholders) on a long note instead of O(spans × placeholders).
 */
export function subtract(span: Span, ranges: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let cursor = span.start;
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  // Of the ranges starting before the span, only the last can reach into it (they are disjoint).
  const first = lo > 0 && ranges[lo - 1].end > span.start ? lo - 1 : lo;
  for (let i = first; i < ranges.length; i++) {
    const r = ranges[i];
    if (r.start >= span.end) break;
    if (r.start > cursor) pieces.push({ start: cursor, end: r.start });
    cursor = Math.max(cursor, r.end);
    if (cursor >= span.end) break;
  }
  if (cursor < span.end) pieces.push({ start: cursor, end: span.end });
  return pieces.filter((p) => p.end > p.start);
}

function trimWhitespace(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function alnumCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]/gu);
  return m ? m.length : 0;
}
