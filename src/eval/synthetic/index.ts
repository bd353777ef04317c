// Owns the public API of the synthetic PHI corpus generator.
export { generateCorpus, generateNote, toDeidRecord, NOTE_STYLES, DEFAULT_EVAL_SEED, DEFAULT_NOTE_COUNT } from './corpus';
export type { CorpusOptions } from './corpus';
export type { SyntheticNote, GoldPhiSpan, GoldProtectedSpan } from './segments';
export { Rng } from './prng';
