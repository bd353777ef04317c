// Owns the third held-out PHI check: eight note styles and written forms that none of the main corpus,
// held-out #1 or held-out #2 writes (styles.ts, formats.ts), with its own seed. It was measured before
// any recognizer change of the session that wrote it, so its figures are the honest generalization
// estimate: nobody fixes a recognizer by looking at its leaks.
import { Rng } from '../prng';
import { NoteBuilder, type SyntheticNote } from '../segments';
import { HOLDOUT3_STYLES, h3Cast } from './styles';

export const DEFAULT_HOLDOUT3_SEED = 16180;
export const DEFAULT_HOLDOUT3_NOTES = 400;

export function generateHoldout3Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_HOLDOUT3_SEED;
  const count = options.notes ?? DEFAULT_HOLDOUT3_NOTES;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HOLDOUT3_STYLES[i % HOLDOUT3_STYLES.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, h3Cast(rng)));
    out.push(builder.build(`holdout3-${seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
