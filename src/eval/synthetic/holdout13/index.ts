// Owns the thirteenth held-out PHI check: 300 notes in two halves, interleaved so any prefix of the corpus keeps both —
// even notes in five ICU-era styles of the development set's source (code blue event note, CRRT nursing note, burn unit
// dressing note, ICU family telephone log, ICU speech-swallow note), odd notes in ten styles no earlier generator writes
// (styles.ts) — with its own vocabulary (vocab.ts), written forms (formats.ts) and seed. Written in session 13 by an
// examiner who did not read the recognizers; nobody tunes on it. Style names start h13_src_ or h13_new_, so the
// per-style report splits the halves.
import type { SyntheticNote } from '../segments';
import { generateTwoHalfCorpus } from '../twoHalfCorpus';
import { H13_OTHER_STYLES, H13_SOURCE_STYLES, h13Cast } from './styles';

export const DEFAULT_HOLDOUT13_SEED = 131207;
export const DEFAULT_HOLDOUT13_NOTES = 300;
/** Visit years of each half: the source half is dated like the development notes' era, the other half recent. */
const YEARS = { source: [1993, 2006], styles: [2021, 2027] } as const;

export function generateHoldout13Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  return generateTwoHalfCorpus({
    idPrefix: 'holdout13',
    seed: options.seed ?? DEFAULT_HOLDOUT13_SEED,
    notes: options.notes ?? DEFAULT_HOLDOUT13_NOTES,
    sourceStyles: H13_SOURCE_STYLES,
    otherStyles: H13_OTHER_STYLES,
    years: YEARS,
    cast: h13Cast,
  });
}
