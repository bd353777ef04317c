// Owns the eleventh held-out PHI check: 300 notes in two halves, interleaved so any prefix of the corpus keeps both —
// even notes in five ICU-era styles of the development set's source (cardiac surgery recovery nursing, neonatal ICU
// nursing, nutrition support, nursing admission, chaplaincy), odd notes in nine styles no earlier generator writes
// (styles.ts) — with its own vocabulary (vocab.ts), written forms (formats.ts) and seed. Written in session 11 by an
// examiner who did not read the recognizers; nobody tunes on it. Style names start h11_src_ or h11_new_, so the
// per-style report splits the halves.
import type { SyntheticNote } from '../segments';
import { generateTwoHalfCorpus } from '../twoHalfCorpus';
import { H11_OTHER_STYLES, H11_SOURCE_STYLES, h11Cast } from './styles';

export const DEFAULT_HOLDOUT11_SEED = 110917;
export const DEFAULT_HOLDOUT11_NOTES = 300;
/** Visit years of each half: the source half is dated like the development notes' era, the other half recent. */
const YEARS = { source: [1995, 2006], styles: [2021, 2027] } as const;

export function generateHoldout11Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  return generateTwoHalfCorpus({
    idPrefix: 'holdout11',
    seed: options.seed ?? DEFAULT_HOLDOUT11_SEED,
    notes: options.notes ?? DEFAULT_HOLDOUT11_NOTES,
    sourceStyles: H11_SOURCE_STYLES,
    otherStyles: H11_OTHER_STYLES,
    years: YEARS,
    cast: h11Cast,
  });
}
