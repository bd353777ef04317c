// Owns writing the redacted text from resolved PHI spans under each redaction mode (TAG, SURROGATE, MASK)
// together with its offset map, so every mode maps each span back to the original note.
import type { PhiSpan, PhiType, RedactionMode } from '../types';
import { OffsetMap } from './offsetMap';
import { SurrogateGenerator } from './surrogate';

export interface RenderOptions {
  mode?: RedactionMode;
  /** SURROGATE only: per-job secret that fixes the surrogates and the date shift (random when omitted). */
  surrogateSeed?: string;
}

/** MASK replaces every UTF-16 code unit with this, so the masked text keeps the original's offsets. */
export const MASK_CHAR = '*';

export function placeholderFor(type: PhiType): string {
  return `[${type}]`;
}

export function render(text: string, spans: readonly PhiSpan[], options: RenderOptions = {}): { text: string; map: OffsetMap } {
  const mode = options.mode ?? 'TAG';
  const surrogates = mode === 'SURROGATE' ? new SurrogateGenerator(options.surrogateSeed) : undefined;
  const parts: string[] = [];
  let pos = 0;
  const reps = spans.map((s) => {
    const original = text.slice(s.start, s.end);
    const replacement =
      mode === 'MASK' ? MASK_CHAR.repeat(original.length) : surrogates ? surrogates.replace(s.type, original) : placeholderFor(s.type);
    parts.push(text.slice(pos, s.start), replacement);
    pos = s.end;
    return { start: s.start, end: s.end, replacementLength: replacement.length };
  });
  parts.push(text.slice(pos));
  return { text: parts.join(''), map: new OffsetMap(reps, text.length) };
}
