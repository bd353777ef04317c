// Owns the public API of the PHI redaction module (HIPAA Safe Harbor): redact() and OffsetMap.
export { redact, redactWith, createPhiDetector } from './redact';
export { placeholderFor, MASK_CHAR, type RenderOptions } from './render';
export type { Redaction, RedactOptions, PhiDeploymentOptions, PhiDetector } from './redact';
export { RecognizerRegistry } from './recognizers';
export type { RecognizerInfo } from './recognizers';
export { OffsetMap } from './offsetMap';
export type { Bias } from './offsetMap';
export { loadLexicon, defaultLexicon, findPhiDataDir } from './lexicon';
export type { Lexicon } from './lexicon';
