// Owns the public surface of the embedded clinical engine (plain TypeScript, no AWS imports).
export * from './types';
export { ClinicalEngine, candidatesToProposals } from './engine';
export type { EngineOptions, EngineResult, ReportCode, RejectedCode, EngineTimingsMs, NonClinicalSegment } from './engine';
export { summarize, type Summary, type SummarySection } from './summarize';
export { storeAnalysis, restoreAnalysis, type StoredAnalysis, type TextAnalysis } from './text';
