// Checks for recognizer tests: whether redact() covers every letter and digit of a planted value, or leaves
// a protected term wholly outside its spans. A needle missing from its text is a fixture error, not a pass.
import { redact } from '../../src/engine/phi';

type Spans = readonly { start: number; end: number }[];

function locate(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in ${text}`);
  return at;
}

/** Whether `spans` cover every letter and digit of the first `needle` in `text` (its punctuation may stay). */
export function coveredBy(text: string, needle: string, spans: Spans): boolean {
  const at = locate(text, needle);
  for (let x = at; x < at + needle.length; x++) {
    if (!/[\p{L}\p{N}]/u.test(text[x])) continue;
    if (!spans.some((s) => s.start <= x && x < s.end)) return false;
  }
  return true;
}

/** Whether any of `spans` overlaps the first `needle` in `text`. */
export function touchedBy(text: string, needle: string, spans: Spans): boolean {
  const at = locate(text, needle);
  return spans.some((s) => s.start < at + needle.length && at < s.end);
}

export function covered(text: string, needle: string): boolean {
  return coveredBy(text, needle, redact(text).spans);
}

export function untouched(text: string, needle: string): boolean {
  return !touchedBy(text, needle, redact(text).spans);
}
