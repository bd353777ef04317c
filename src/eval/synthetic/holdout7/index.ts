// Owns the seventh held-out PHI check: ten note styles (styles.ts) no earlier generator writes, with its own
// vocabulary (vocab.ts), written forms (formats.ts) and seed. Written in session 7 by an examiner who did not
// read the recognizers, and scored once on the session's final code: nobody tunes on it.
import { Rng } from '../prng';
import { NoteBuilder, type SyntheticNote } from '../segments';
import { HOLDOUT7_STYLES, h7Cast } from './styles';

export const DEFAULT_HOLDOUT7_SEED = 70417;
export const DEFAULT_HOLDOUT7_NOTES = 240;

export function generateHoldout7Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_HOLDOUT7_SEED;
  const count = options.notes ?? DEFAULT_HOLDOUT7_NOTES;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HOLDOUT7_STYLES[i % HOLDOUT7_STYLES.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, h7Cast(rng, style.ages, style.oldShare)));
    out.push(builder.build(`holdout7-${seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
