// Owns the public API of the PHI redaction module (HIPAA Safe Harbor): redact() and OffsetMap.
export { redact, redactWith } from './redact';
export { placeholderFor, MASK_CHAR, type RenderOptions } from './render';
export type { Redaction, RedactOptions } from './redact';
export { createPhiDetector } from './detector';
export type { PhiDeploymentOptions, PhiDetector } from './detector';
export { RecognizerRegistry } from './recognizers';
export type { RecognizerInfo } from './recognizers';
export { OffsetMap } from './offsetMap';
export type { Bias } from './offsetMap';
export { loadLexicon, defaultLexicon, findPhiDataDir } from './lexicon';
export type { Lexicon } from './lexicon';
