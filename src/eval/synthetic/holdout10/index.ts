// Owns the tenth held-out PHI check: 300 notes in two halves, interleaved so any prefix of the corpus keeps both —
// even notes in five ICU styles of the development set's source (nursing shift, night float, ICU physical therapy, case
// management, family meeting), odd notes in nine styles no earlier generator writes (styles.ts) — with its own
// vocabulary (vocab.ts), written forms (formats.ts) and seed. Written in session 10 by an examiner who did not read the
// recognizers, and scored once on the session's starting code: nobody tunes on it. Style names start h10_src_ or
// h10_new_, so the per-style report splits the halves.
import type { SyntheticNote } from '../segments';
import { generateTwoHalfCorpus } from '../twoHalfCorpus';
import { H10_OTHER_STYLES, H10_SOURCE_STYLES, h10Cast } from './styles';

export const DEFAULT_HOLDOUT10_SEED = 100733;
export const DEFAULT_HOLDOUT10_NOTES = 300;
/** Visit years of each half: the source half is dated like the development notes' era, the other half recent. */
const YEARS = { source: [1997, 2005], styles: [2020, 2026] } as const;

export function generateHoldout10Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  return generateTwoHalfCorpus({
    idPrefix: 'holdout10',
    seed: options.seed ?? DEFAULT_HOLDOUT10_SEED,
    notes: options.notes ?? DEFAULT_HOLDOUT10_NOTES,
    sourceStyles: H10_SOURCE_STYLES,
    otherStyles: H10_OTHER_STYLES,
    years: YEARS,
    cast: h10Cast,
  });
}
