// Owns the second held-out PHI check: a corpus from generators and note styles that neither the main
// corpus nor held-out #1 writes (formats.ts, styles.ts), with its own seed. It was measured before the
// recognizers were changed for held-out #1's gaps, so its figures stay an honest generalization
// estimate: nobody fixes a recognizer by looking at its leaks.
import { Rng } from '../prng';
import { NoteBuilder, type SyntheticNote } from '../segments';
import { HOLDOUT2_STYLES, h2Cast } from './styles';

export const DEFAULT_HOLDOUT2_SEED = 27182;
export const DEFAULT_HOLDOUT2_NOTES = 400;

export function generateHoldout2Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_HOLDOUT2_SEED;
  const count = options.notes ?? DEFAULT_HOLDOUT2_NOTES;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HOLDOUT2_STYLES[i % HOLDOUT2_STYLES.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, h2Cast(rng)));
    out.push(builder.build(`holdout2-${seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
