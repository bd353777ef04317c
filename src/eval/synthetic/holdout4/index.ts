// Owns the fourth held-out PHI check: twelve note styles (styles.ts) no other generator writes, with its
// own vocabulary (vocab.ts) and written forms (formats.ts) and its own seed. It was measured once, before
// any recognizer change of the session that wrote it, by an examiner who did not read the recognizers:
// its figures are the honest estimate on unseen styles, and nobody fixes a recognizer by reading its leaks.
import { Rng } from '../prng';
import { NoteBuilder, type SyntheticNote } from '../segments';
import { HOLDOUT4_STYLES, h4Cast } from './styles';

export const DEFAULT_HOLDOUT4_SEED = 27182;
export const DEFAULT_HOLDOUT4_NOTES = 480;

export function generateHoldout4Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_HOLDOUT4_SEED;
  const count = options.notes ?? DEFAULT_HOLDOUT4_NOTES;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HOLDOUT4_STYLES[i % HOLDOUT4_STYLES.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, h4Cast(rng, style.ages)));
    out.push(builder.build(`holdout4-${seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
