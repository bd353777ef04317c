// Owns the sixth held-out PHI check: thirteen note styles (styles.ts) no other generator writes, with its own
// vocabulary (vocab.ts), written forms (formats.ts) and seed. Its "before" figure was measured once on the
// engine as it stood, by an examiner who did not read the recognizers: nobody fixes a recognizer by reading
// its leaks, or the figure stops predicting unseen notes.
import { Rng } from '../prng';
import { NoteBuilder, type SyntheticNote } from '../segments';
import { HOLDOUT6_STYLES, h6Cast } from './styles';

export const DEFAULT_HOLDOUT6_SEED = 61939;
export const DEFAULT_HOLDOUT6_NOTES = 520;

export function generateHoldout6Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_HOLDOUT6_SEED;
  const count = options.notes ?? DEFAULT_HOLDOUT6_NOTES;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HOLDOUT6_STYLES[i % HOLDOUT6_STYLES.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, h6Cast(rng, style.ages, style.oldShare ?? 0)));
    out.push(builder.build(`holdout6-${seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
