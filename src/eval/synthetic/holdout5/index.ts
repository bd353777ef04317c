// Owns the fifth held-out PHI check: twelve note styles (styles.ts) no other generator writes, with its own
// vocabulary (vocab.ts), written forms (formats.ts) and seed. Its "before" figure was measured once on the
// engine as it stood, by an examiner who did not read the recognizers: nobody fixes a recognizer by reading
// its leaks, or the figure stops predicting unseen notes.
import { Rng } from '../prng';
import { NoteBuilder, type SyntheticNote } from '../segments';
import { HOLDOUT5_STYLES, h5Cast } from './styles';

export const DEFAULT_HOLDOUT5_SEED = 80267;
export const DEFAULT_HOLDOUT5_NOTES = 480;

export function generateHoldout5Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_HOLDOUT5_SEED;
  const count = options.notes ?? DEFAULT_HOLDOUT5_NOTES;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HOLDOUT5_STYLES[i % HOLDOUT5_STYLES.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, h5Cast(rng, style.ages, style.oldShare ?? 0)));
    out.push(builder.build(`holdout5-${seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
