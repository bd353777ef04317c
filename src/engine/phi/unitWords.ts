// Owns the one-lookup-per-token classes the grammar units start from (surname particle, facility head,
// town cue, clinical head noun, protected term): one hash lookup per token instead of one per unit, so the
// added units keep redaction linear and cheap.
import type { Word } from './tokens';
import {
  BRAND_DRUGS, CLINICAL_HEAD_NOUNS, EMPLOYER_CUES, EMPLOYER_HEADS, FACILITY_HEADS, INSTITUTION_NAME_WORDS, INSTITUTION_PHRASES, NAME_PARTICLES,
  PROTECTED_TERMS, TOWN_CUES,
} from './vocab';

export const UNIT_PARTICLE = 1;
export const UNIT_FACILITY_HEAD = 2;
export const UNIT_TOWN_CUE = 4;
export const UNIT_CLINICAL_HEAD = 8;
export const UNIT_PROTECTED = 16;
/** A word some place cue rule starts from (prepositions, "St", employer cues, institution words): see places/cueRules.ts. */
export const UNIT_PLACE_START = 32;

const TABLE = new Map<string, number>();
const add = (list: Iterable<string>, bit: number): void => {
  for (const w of list) TABLE.set(w, (TABLE.get(w) ?? 0) | bit);
};
add(NAME_PARTICLES, UNIT_PARTICLE);
add(FACILITY_HEADS, UNIT_FACILITY_HEAD);
add(EMPLOYER_HEADS, UNIT_FACILITY_HEAD);
add(TOWN_CUES.map((c) => c.split(' ')[0]), UNIT_TOWN_CUE);
add(CLINICAL_HEAD_NOUNS, UNIT_CLINICAL_HEAD);
add(PROTECTED_TERMS, UNIT_PROTECTED);
add(BRAND_DRUGS, UNIT_PROTECTED);
add(['st', 'saint', 'u', 'univ', 'university', 'dc', 'to', 'at', 'from', 'into', 'by', 'in', 'of', 'near'], UNIT_PLACE_START);
add(INSTITUTION_PHRASES.map((p) => p.split(' ')[0]), UNIT_PLACE_START);
add(EMPLOYER_CUES, UNIT_PLACE_START);
add(INSTITUTION_NAME_WORDS, UNIT_PLACE_START);

/** Whether a lower-case word is a protected clinical term (brand drug, named score or sign). */
export function isProtectedWord(lower: string): boolean {
  return ((TABLE.get(lower) ?? 0) & UNIT_PROTECTED) !== 0;
}

/** Per token: UNIT_* bits (letter-only tokens; others get 0). */
export function unitBitsOf(words: readonly Word[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.alpha) out[i] = TABLE.get(w.lower) ?? 0;
  }
  return out;
}
