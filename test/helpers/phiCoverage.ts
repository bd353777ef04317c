// Checks for recognizer tests: whether redact() covers every letter and digit of a planted value, or leaves
// a protected term wholly outside its spans. A needle missing from its text is a fixture error, not a pass.
import { redact } from '../../src/engine/phi';

function locate(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in ${text}`);
  return at;
}

export function covered(text: string, needle: string): boolean {
  const r = redact(text);
  const at = locate(text, needle);
  return [...needle].every((ch, k) => !/[\p{L}\p{N}]/u.test(ch) || r.spans.some((s) => s.start <= at + k && at + k < s.end));
}

export function untouched(text: string, needle: string): boolean {
  const r = redact(text);
  const at = locate(text, needle);
  return !r.spans.some((s) => s.start < at + needle.length && s.end > at);
}
