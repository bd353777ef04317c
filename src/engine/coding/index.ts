// Owns the public surface of the ICD-10-CM coder: candidates with evidence, and the concept mentions
// the validator uses to decide whether a quote speaks of a code's condition.
export { Coder, DEFAULT_MIN_CONFIDENCE, isHistoryCode, isUnspecified, type CodeCandidate, type CodeOptions, type CodeSignals, type CoderOptions, type CodingResult, type ConceptMention } from './coder';
export { settingForNoteType, vagueness, type CodingSetting, type ConventionSource, type DroppedCode, type GuidelineNote } from './guidelines';
export { CodeSetConventions, KnowledgeConventions } from './guidelines/conventions';
export { buildLexicon, descriptionVariants, type LexTerm, type Lexicon } from './lexicon';
export { noteTokens, scan, type TermMatch } from './matcher';
export { isCaseReportNarrative, settingFromNoteForm } from './noteForm';
export { contentTokens, tokenize } from './normalize';
