// Owns the review path's use of the clinical engine: the same validator the pipeline runs on machine codes,
// over the job's stored analysis, and the redactor's detector for text reviewers type. The engine is built
// by the composition root on first use: an API process that never sees a review never loads the coder's lexicon.
import type { ClinicalEngine } from '../engine';
import { restoreAnalysis } from '../engine';
import type { NoteType } from '../domain/job';
import type { RedactionOutput } from '../domain/stageOutputs';
import type { ProposedCode, ValidationResult } from '../engine/validate';
import type { ReviewEngine } from './reviewService';

export function engineForReview(engine: ClinicalEngine): ReviewEngine {
  return {
    codeSetVersion: engine.codeSet.version,
    validate(redaction: RedactionOutput, proposals: ProposedCode[], noteType: NoteType): ValidationResult {
      const analysis = restoreAnalysis(redaction.redactedText, redaction.analysis) ?? engine.analyze(redaction.redactedText);
      return engine.validate(analysis, proposals, { noteType });
    },
    containsPhi(text: string): boolean {
      return engine.redact(text).spans.length > 0;
    },
  };
}
