// Owns the fifteenth held-out PHI check: 300 notes in two halves, interleaved so any prefix of the corpus keeps both —
// even notes in five ICU-era styles of the development set's source (DKA insulin-drip flow note, SICU epidural pain note,
// ventilator weaning-trial note, admission-in-transfer note, upper GI bleed transfusion note), odd notes in ten styles no
// earlier generator writes (styles.ts) — with its own vocabulary (vocab.ts), written forms (formats.ts) and seed, on the
// shared two-half machinery (../twoHalfCorpus.ts). Written in session 15 by an examiner who did not read the recognizers;
// nobody tunes on it. Style names start h15_src_ or h15_new_, so the per-style report splits the halves.
import { generateTwoHalfCorpus } from '../twoHalfCorpus';
import type { SyntheticNote } from '../segments';
import { H15_OTHER_STYLES, H15_SOURCE_STYLES, h15Cast } from './styles';

export const DEFAULT_HOLDOUT15_SEED = 151208;
export const DEFAULT_HOLDOUT15_NOTES = 300;
/** Visit years of each half: the source half is dated like the development notes' era, the other half recent. */
const YEARS = { source: [1991, 2006], styles: [2023, 2027] } as const;

export function generateHoldout15Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  return generateTwoHalfCorpus({
    idPrefix: 'holdout15',
    seed: options.seed ?? DEFAULT_HOLDOUT15_SEED,
    notes: options.notes ?? DEFAULT_HOLDOUT15_NOTES,
    sourceStyles: H15_SOURCE_STYLES,
    otherStyles: H15_OTHER_STYLES,
    years: YEARS,
    cast: h15Cast,
  });
}
