// Owns the shape of what each pipeline stage stores (JobStore stage outputs) and of the final
// report, which is the VALIDATING stage's output. Readers (the report resolver) import these types.
// Nothing here holds raw note text: the redacted text, offsets and PHI types only. It lives in the domain
// so the API (report reads) and the workers (stage writes) share it without importing each other.

import type { ClinicalEngine, PhiSpan, ReportCode as EngineReportCode, Summary } from '../engine';
import type { RedactionMode } from '../engine/types';
import type { StoredAnalysis } from '../engine/text';
import type { ModelInvocation } from '../models/port';
import type { PipelineStage } from './job';

type CodeCandidate = ReturnType<ClinicalEngine['propose']>[number];
type ProposedCode = Parameters<ClinicalEngine['validate']>[1][number];

/** REDACTING: stored in the same conditional write that lets the store delete the ciphertext. */
export interface RedactionOutput {
  redactedText: string;
  /** Original-text offsets and PHI types; no PHI values. */
  phi: PhiSpan[];
  /** OffsetMap.toJSON(); OffsetMap.fromJSON() restores it. */
  offsetMap: unknown;
  /** How the spans were replaced (absent on outputs stored before modes existed = TAG). */
  redaction?: RedactionMode;
  /** The job's one text analysis of `redactedText` (engine `storeAnalysis`); absent on older outputs. */
  analysis?: StoredAnalysis;
}

/** SUMMARIZING: the summarizer model's answer (sources are redacted-text offsets). */
export interface SummaryOutput {
  summary: Summary;
  model: string;
  droppedStatements: number;
  fallbackReason?: string;
  invocations: ModelInvocation[];
}

/** CODING: both the engine's candidates and the coder model's unverified proposals. */
export interface CodingOutput {
  candidates: CodeCandidate[];
  proposals: ProposedCode[];
  model: string;
  promptVersion?: string;
  fallbackReason?: string;
  invocations: ModelInvocation[];
}

/** One evidence quote, located in both texts; `text` equals both slices by construction. */
export interface ReportEvidence {
  /** Offsets into the submitted (original) note, UTF-16 code units. */
  start: number;
  end: number;
  text: string;
  /** Offsets into the redacted text. */
  redactedStart: number;
  redactedEnd: number;
}

/** The engine's code, with each quote located in both texts. */
export interface ReportCode extends Omit<EngineReportCode, 'evidence'> {
  evidence: ReportEvidence[];
}

export interface ReportRejectedCode {
  code: string;
  reason: string;
  detail?: string;
}

export type StageTimingsMs = Partial<Record<PipelineStage, number>>;
export type StageModels = Partial<Record<PipelineStage, string>>;

/** VALIDATING: the report a reader gets. */
export interface JobReport {
  summary: Summary;
  codes: ReportCode[];
  rejectedCodes: ReportRejectedCode[];
  needsReview: boolean;
  reviewReasons: string[];
  codeSetVersion: string;
  models: StageModels;
  timingsMs: StageTimingsMs;
  /** Versioned prompt the coder model ran with (model providers only). */
  promptVersion?: string;
  /** Summary statements dropped because their quotes were not in the note. */
  droppedSummaryStatements?: number;
  /** How far the coder model and the engine agree, before validation (codes compared as strings). */
  agreement?: { engineCodes: number; modelCodes: number; agreed: number };
  /** Per model call: ids, region, latency, tokens, attempts — never prompt or note text. */
  invocations?: Array<ModelInvocation & { stage: PipelineStage }>;
}

/** Rejection reason for a code whose every evidence quote lay inside redacted PHI. */
export const EVIDENCE_ONLY_IN_PHI = 'EVIDENCE_ONLY_IN_PHI';
export const REVIEW_REASON_EVIDENCE_IN_PHI = 'A proposed code was dropped because its only evidence was inside redacted PHI';
export const REVIEW_REASON_EVIDENCE_TRIMMED = 'Every evidence quote of a code was cut short at redacted PHI';
