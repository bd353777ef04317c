// Owns the textual form of ICD-10-CM codes: validation of the shape, dotted ⇄ dotless conversion.
import { InvalidCodeError } from '../../errors';

/** Letter, then 2–6 letters/digits (dotless). The second character is a letter only in the QA chapter. */
const DOTLESS_CODE = /^[A-Z][0-9A-Z]{2,6}$/;
/** Accepts "E11.22", "e1122", " E11.22 "; the dot, if present, must follow the category. */
const LOOSE_CODE = /^[A-Z][0-9A-Z]{2}(?:\.?[0-9A-Z]{1,4})?$/;

/** Normalises a user- or model-supplied code to dotless upper case; throws InvalidCodeError if malformed. */
export function toDotless(code: string): string {
  const trimmed = typeof code === 'string' ? code.trim().toUpperCase() : '';
  if (!LOOSE_CODE.test(trimmed)) {
    // The message repeats the value only when it is short and code-shaped enough to carry no PHI.
    const shown = /^[\w.]{1,10}$/.test(trimmed) ? ` "${trimmed}"` : '';
    throw new InvalidCodeError(`Malformed ICD-10-CM code${shown}: expected a letter, two characters, and up to four more after an optional dot (e.g. E11.22)`);
  }
  return trimmed.replace('.', '');
}

/** Dotted form: a dot after the three-character category when the code is longer. */
export function toDotted(code: string): string {
  const dotless = toDotless(code);
  return dotless.length > 3 ? `${dotless.slice(0, 3)}.${dotless.slice(3)}` : dotless;
}

export function isWellFormedCode(code: string): boolean {
  return typeof code === 'string' && LOOSE_CODE.test(code.trim().toUpperCase());
}

export function isDotlessCode(code: string): boolean {
  return DOTLESS_CODE.test(code);
}
