// Owns the eighth held-out PHI check: twelve note styles (styles.ts) no earlier generator writes, with its own
// vocabulary (vocab.ts), written forms (formats.ts) and seed. Written in session 8 by an examiner who did not
// read the recognizers, and scored once on the session's starting code: nobody tunes on it.
import { Rng } from '../prng';
import { NoteBuilder, type SyntheticNote } from '../segments';
import { HOLDOUT8_STYLES, h8Cast } from './styles';

export const DEFAULT_HOLDOUT8_SEED = 80923;
export const DEFAULT_HOLDOUT8_NOTES = 300;

export function generateHoldout8Corpus(options: { seed?: number; notes?: number } = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_HOLDOUT8_SEED;
  const count = options.notes ?? DEFAULT_HOLDOUT8_NOTES;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HOLDOUT8_STYLES[i % HOLDOUT8_STYLES.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, h8Cast(rng, style.ages, style.oldShare)));
    out.push(builder.build(`holdout8-${seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
