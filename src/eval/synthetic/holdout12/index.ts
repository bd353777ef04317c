// Owns the twelfth held-out PHI check: 300 notes in two halves, interleaved so any prefix of the corpus keeps both —
// even notes in five ICU-era styles of the development set's source (trauma/surgical ICU nursing, coronary care unit
// nursing, neuro ICU nursing, ICU transfer-out nursing, ICU pharmacist dosing), odd notes in nine styles no earlier
// generator writes (styles.ts) — with its own vocabulary (vocab.ts), written forms (formats.ts) and seed. Written in
// session 12 by an examiner who did not read the recognizers; nobody tunes on it. Style names start h12_src_ or
// h12_new_, so the per-style report splits the halves.
import type { SyntheticNote } from '../segments';
import { generateTwoHalfCorpus } from '../twoHalfCorpus';
import { H12_OTHER_STYLES, H12_SOURCE_STYLES, h12Cast } from './styles';

export const DEFAULT_HOLDOUT12_SEED = 120719;
export const DEFAULT_HOLDOUT12_NOTES = 300;
/** Visit years of each half: the source half is dated like the development notes' era, the other half recent. */
const YEARS = { source: [1994, 2005], styles: [2022, 2027] } as const;

export function generateHoldout12Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  return generateTwoHalfCorpus({
    idPrefix: 'holdout12',
    seed: options.seed ?? DEFAULT_HOLDOUT12_SEED,
    notes: options.notes ?? DEFAULT_HOLDOUT12_NOTES,
    sourceStyles: H12_SOURCE_STYLES,
    otherStyles: H12_OTHER_STYLES,
    years: YEARS,
    cast: h12Cast,
  });
}
