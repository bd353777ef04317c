// Owns gathering the FHIR mapper's input from the two places a report exists: a finished job's stored
// stage outputs (the API) and the engine's in-memory result (the `process` command).
import type { Job } from '../domain/job';
import type { JobReport, RedactionOutput } from '../domain/stageOutputs';
import type { EngineResult } from '../engine';
import { OffsetMap, type Redaction } from '../engine/phi';
import type { PhiSpan } from '../engine/types';
import type { FhirEvidence, FhirReportInput } from './bundle';

/** The model name the pipeline records for a stage the embedded engine ran (workers/constants.ts). */
const ENGINE_MODEL = 'engine:chartcoder';

/** PHI spans moved to redacted-text offsets: where the placeholders (or surrogates) are, and their types. */
function phiInRedacted(spans: readonly PhiSpan[], map: { spanToRedacted(s: { start: number; end: number }): { start: number; end: number } }) {
  return spans.map((p) => ({ ...map.spanToRedacted(p), type: p.type }));
}

/** A stored job's report: evidence already carries both offsets (PHI-safe by construction, workers/evidence.ts). */
export function fhirInputFromStoredReport(job: Job, report: JobReport, redaction: RedactionOutput, generatedAt: string): FhirReportInput {
  return {
    jobId: job.jobId,
    generatedAt,
    noteType: job.noteType,
    patientRef: job.patientRef,
    encounterId: job.encounterId,
    redactedText: redaction.redactedText,
    redaction: redaction.redaction ?? 'TAG',
    phiSpans: redaction.offsetMap ? phiInRedacted(redaction.phi, OffsetMap.fromJSON(redaction.offsetMap)) : undefined,
    summary: report.summary,
    codes: report.codes,
    codeSetVersion: report.codeSetVersion,
    models: report.models,
    promptVersion: report.promptVersion,
    needsReview: report.needsReview,
  };
}

/**
 * The engine's result for one note of `process`. Evidence is kept only where the redacted slice equals
 * the original slice (the offset map is a pure shift there), as the pipeline does: a quote touching a
 * placeholder would otherwise pair PHI offsets with placeholder text.
 */
export function fhirInputFromEngineResult(id: string, result: EngineResult, redaction: Redaction, generatedAt: string, noteType?: string): FhirReportInput {
  const codes = result.codes.map((c) => ({
    code: c.code,
    description: c.description,
    confidence: c.confidence,
    rank: c.rank,
    role: c.role,
    evidence: c.evidence.flatMap((e): FhirEvidence[] => {
      const r = redaction.map.spanToRedacted({ start: e.start, end: e.end });
      return redaction.text.slice(r.start, r.end) === e.text ? [{ ...e, redactedStart: r.start, redactedEnd: r.end }] : [];
    }),
  }));
  return {
    jobId: id,
    generatedAt,
    noteType,
    redactedText: result.redactedText,
    redaction: result.redaction,
    phiSpans: phiInRedacted(redaction.spans, redaction.map),
    summary: result.summary,
    codes,
    codeSetVersion: result.codeSetVersion,
    models: { REDACTING: ENGINE_MODEL, SUMMARIZING: ENGINE_MODEL, CODING: ENGINE_MODEL, VALIDATING: ENGINE_MODEL },
    needsReview: result.needsReview,
  };
}
