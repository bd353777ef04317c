// Owns locating an evidence quote in the note: verbatim first (trusting given offsets only when they
// read back the quote), then whitespace-normalised, always reporting the real span of the text.
import type { EvidenceSpan } from '../types';

const MAX_OCCURRENCES = 20;

export function locateQuote(text: string, quote: string, start?: number, end?: number): EvidenceSpan[] {
  if (typeof quote !== 'string' || !quote.trim()) return [];
  if (Number.isInteger(start) && Number.isInteger(end) && text.slice(start, end) === quote) {
    return [{ start: start!, end: end!, text: quote }];
  }
  const out: EvidenceSpan[] = [];
  for (let i = text.indexOf(quote); i >= 0 && out.length < MAX_OCCURRENCES; i = text.indexOf(quote, i + 1)) {
    out.push({ start: i, end: i + quote.length, text: quote });
  }
  if (out.length) return out;
  // Models re-flow whitespace (CRLF, double spaces, line wraps); words must still be verbatim.
  const words = quote.trim().split(/\s+/).map(escapeRegExp);
  const re = new RegExp(words.join('\\s+'), 'g');
  for (const m of text.matchAll(re)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
    if (out.length >= MAX_OCCURRENCES) break;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
