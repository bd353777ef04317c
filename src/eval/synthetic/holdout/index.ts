// Owns the held-out PHI check: a corpus written by generators and styles the detector was not tuned
// on (formats.ts, styles.ts), with its own seed. Its figures are the generalization estimate and are
// reported apart from the main synthetic corpus; nobody fixes a recognizer by looking at its leaks.
import { Rng } from '../prng';
import { NoteBuilder, type SyntheticNote } from '../segments';
import { HOLDOUT_STYLES, hoCast } from './styles';

export const DEFAULT_HOLDOUT_SEED = 31337;
export const DEFAULT_HOLDOUT_NOTES = 350;

export function generateHoldoutCorpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_HOLDOUT_SEED;
  const count = options.notes ?? DEFAULT_HOLDOUT_NOTES;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HOLDOUT_STYLES[i % HOLDOUT_STYLES.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, hoCast(rng)));
    out.push(builder.build(`holdout-${seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
