// Owns cutting the redacted note into runs that share the same marks (an identifier's type, the
// codes a quote supports, the summary sentences it sources), so overlapping highlights render as
// flat, non-nested elements.
import type { PhiMark, Span } from './fhirView';

export interface Segment extends Span {
  text: string;
  phiType?: string;
  /** Codes whose evidence covers this run. */
  codes: string[];
  /** Indexes of summary sentences whose source covers this run. */
  sources: number[];
}

export function segmentNote(
  text: string,
  phi: readonly PhiMark[],
  evidence: readonly { code: string; spans: readonly Span[] }[],
  sources: readonly Span[],
): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = new Set<number>([0, text.length]);
  const add = (s: Span) => {
    cuts.add(clamp(s.start));
    cuts.add(clamp(s.end));
  };
  phi.forEach(add);
  for (const e of evidence) e.spans.forEach(add);
  sources.forEach(add);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const inside = (s: Span) => s.start <= start && end <= s.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      phiType: phi.find(inside)?.type,
      codes: evidence.filter((e) => e.spans.some(inside)).map((e) => e.code),
      sources: sources.flatMap((s, idx) => (inside(s) ? [idx] : [])),
    });
  }
  return out;
}
