// Owns the fourteenth held-out PHI check: 300 notes in two halves, interleaved so any prefix of the corpus keeps both —
// even notes in five ICU-era styles of the development set's source (IABP nursing note, restraint/sedation monitoring
// note, femoral sheath removal note, isolation precautions note, bedside percutaneous tracheostomy note), odd notes in
// ten styles no earlier generator writes (styles.ts) — with its own vocabulary (vocab.ts), written forms (formats.ts)
// and seed, on the shared two-half machinery (../twoHalfCorpus.ts). Written in session 14 by an examiner who did not read
// the recognizers; nobody tunes on it. Style names start h14_src_ or h14_new_, so the per-style report splits the halves.
import { generateTwoHalfCorpus } from '../twoHalfCorpus';
import type { SyntheticNote } from '../segments';
import { H14_OTHER_STYLES, H14_SOURCE_STYLES, h14Cast } from './styles';

export const DEFAULT_HOLDOUT14_SEED = 141207;
export const DEFAULT_HOLDOUT14_NOTES = 300;
/** Visit years of each half: the source half is dated like the development notes' era, the other half recent. */
const YEARS = { source: [1990, 2005], styles: [2022, 2027] } as const;

export function generateHoldout14Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  return generateTwoHalfCorpus({
    idPrefix: 'holdout14',
    seed: options.seed ?? DEFAULT_HOLDOUT14_SEED,
    notes: options.notes ?? DEFAULT_HOLDOUT14_NOTES,
    sourceStyles: H14_SOURCE_STYLES,
    otherStyles: H14_OTHER_STYLES,
    years: YEARS,
    cast: h14Cast,
  });
}
