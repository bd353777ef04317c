// Owns `name.initials-credential`: two or three letters, in any case, right before a bracketed credential sign a person
// ("gd (MD)", "CG (EMT-B)", "sw (RN)", "mt (rn chpn)"): a credential in brackets is only ever written after a person.
import { CREDENTIALS } from '../vocab';
import type { PatternRecognizerDef } from './types';

/** The first word of a bracketed credential ("EMT-B" → emt, "rn chpn" → rn) names a licence a person holds. */
function credentialInBrackets(inner: string): boolean {
  const first = inner.toLowerCase().split(/[\s,/-]+/)[0];
  return CREDENTIALS.has(first) || CREDENTIALS.has(inner.toLowerCase());
}

export const SIGNATURE_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'name.initials-credential',
    type: 'NAME',
    description: 'two or three letters, any case, before a bracketed credential: Anesthesiologist: gd (MD), CREW: CG (EMT-B), and sw (RN)',
    pattern: String.raw`(?<![\p{L}\p{N}.'’\-])(\p{L}{2,3})[ \t]?\(([A-Za-z]{2,7}(?:[ \-][A-Za-z]{1,6}){0,2})\)`,
    flags: 'gu',
    group: 1,
    requires: '(',
    // The letters are not a credential or a role themselves ("RN (CHPN)", "PA (MD)"): those are the second licence of a person named elsewhere.
    validate: (v, c) => credentialInBrackets(c.match[2]) && !CREDENTIALS.has(v.toLowerCase()),
  },
];
