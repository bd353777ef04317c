// Owns the mapping between original and redacted text offsets (UTF-16 code units). It is stored with
// the job, so evidence found in redacted text can be reported against the original note and back.
import type { Span } from '../types';

export type Bias = 'start' | 'end';

/** One replaced range: original [origStart, origEnd) became redacted [redStart, redEnd). */
interface Segment {
  origStart: number;
  origEnd: number;
  redStart: number;
  redEnd: number;
}

const SERIAL_VERSION = 1;

export class OffsetMap {
  private readonly segments: readonly Segment[];

  /**
   * @param replacements sorted, non-overlapping original ranges and the length of the text that replaced each
   */
  constructor(
    replacements: readonly { start: number; end: number; replacementLength: number }[],
    readonly originalLength: number,
  ) {
    const segments: Segment[] = [];
    let delta = 0;
    let prevEnd = 0;
    for (const r of replacements) {
      if (!(r.start >= prevEnd && r.end >= r.start && r.end <= originalLength && r.replacementLength >= 0)) {
        throw new RangeError('OffsetMap replacements must be sorted, non-overlapping and inside the text');
      }
      const redStart = r.start + delta;
      segments.push({ origStart: r.start, origEnd: r.end, redStart, redEnd: redStart + r.replacementLength });
      delta += r.replacementLength - (r.end - r.start);
      prevEnd = r.end;
    }
    this.segments = segments;
  }

  get redactedLength(): number {
    const last = this.segments[this.segments.length - 1];
    return last ? last.redEnd + (this.originalLength - last.origEnd) : this.originalLength;
  }

  /** Offset inside a replaced span maps to the placeholder start (bias 'start') or end (bias 'end'). */
  toRedacted(originalOffset: number, bias: Bias = 'start'): number {
    const o = clamp(originalOffset, 0, this.originalLength);
    const seg = this.lastSegmentAtOrBefore(o, 'origStart');
    if (!seg) return o;
    if (o === seg.origStart) return seg.redStart;
    if (o < seg.origEnd) return bias === 'start' ? seg.redStart : seg.redEnd;
    return seg.redEnd + (o - seg.origEnd);
  }

  /** Offset inside a placeholder maps to the start (bias 'start') or end (bias 'end') of the original PHI span. */
  toOriginal(redactedOffset: number, bias: Bias = 'start'): number {
    const r = clamp(redactedOffset, 0, this.redactedLength);
    const seg = this.lastSegmentAtOrBefore(r, 'redStart');
    if (!seg) return r;
    if (r === seg.redStart) return seg.origStart;
    if (r < seg.redEnd) return bias === 'start' ? seg.origStart : seg.origEnd;
    return seg.origEnd + (r - seg.redEnd);
  }

  spanToOriginal(span: Span): Span {
    return { start: this.toOriginal(span.start, 'start'), end: this.toOriginal(span.end, 'end') };
  }

  spanToRedacted(span: Span): Span {
    return { start: this.toRedacted(span.start, 'start'), end: this.toRedacted(span.end, 'end') };
  }

  toJSON(): { v: number; originalLength: number; segments: number[][] } {
    return {
      v: SERIAL_VERSION,
      originalLength: this.originalLength,
      segments: this.segments.map((s) => [s.origStart, s.origEnd, s.redEnd - s.redStart]),
    };
  }

  static fromJSON(v: unknown): OffsetMap {
    const o = v as { v?: unknown; originalLength?: unknown; segments?: unknown };
    if (!o || typeof o !== 'object' || o.v !== SERIAL_VERSION || !isNonNegInt(o.originalLength) || !Array.isArray(o.segments)) {
      throw new TypeError(`OffsetMap.fromJSON: expected {v:${SERIAL_VERSION}, originalLength, segments}`);
    }
    const reps = o.segments.map((s: unknown) => {
      if (!Array.isArray(s) || s.length !== 3 || !s.every(isNonNegInt)) {
        throw new TypeError('OffsetMap.fromJSON: each segment must be [start, end, replacementLength]');
      }
      return { start: s[0] as number, end: s[1] as number, replacementLength: s[2] as number };
    });
    return new OffsetMap(reps, o.originalLength);
  }

  private lastSegmentAtOrBefore(x: number, key: 'origStart' | 'redStart'): Segment | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][key] <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : segs[found];
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function isNonNegInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}
