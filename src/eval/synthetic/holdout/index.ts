// Owns held-out PHI check #1: a corpus written by generators and styles the detector was first built
// without (formats.ts, styles.ts), with its own seed, reported apart from the main synthetic corpus.
// Its gaps (tables, phone/SSN/plate/date grammars) were then fixed by general recognizers, so it is no
// longer an estimate: held-out #2 (../holdout2), measured before those fixes, is the honest one.
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
