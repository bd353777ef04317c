// Owns the report as one domain object: `buildReport` is the only place a validator's verdict becomes
// the codes, rejections and review reasons a reader gets — for the CLI (ClinicalEngine.process), the
// pipeline's VALIDATING stage and the review path alike — and the versions a report goes through
// (version 1 is the machine's; each review adds one).
import type { Span } from '../engine/types';
import type { Summary } from '../engine/summarize';
import type { CodeCandidate } from '../engine/coding';
import type { ProposedCode, ValidationResult } from '../engine/validate';
import { placeholderRanges, toSafeEvidence, type OffsetMapper } from './evidence';
import {
  EVIDENCE_ONLY_IN_PHI,
  REVIEW_REASON_EVIDENCE_IN_PHI,
  REVIEW_REASON_EVIDENCE_TRIMMED,
  type JobReport,
  type ReportCode,
  type ReportRejectedCode,
  type StageModels,
  type StageTimingsMs,
} from './stageOutputs';

/** What a report is built from: the redaction, the summary, the codes proposed and the validator's verdict on them. */
export interface ReportInput {
  redaction: {
    redactedText: string;
    /** PHI spans in original-text offsets. */
    phi: readonly Span[];
    map: OffsetMapper;
    /** OffsetMap.toJSON(): its replaced ranges are placeholders even where the length did not change. */
    offsetMapJson: unknown;
  };
  summary: Summary;
  /** The engine's own candidates: their Official Guidelines notes travel with the accepted codes. */
  candidates: readonly CodeCandidate[];
  /** What the coder (engine or model) proposed, before validation. */
  proposals: readonly ProposedCode[];
  validation: ValidationResult;
  codeSetVersion: string;
  /** A model's unusable answer replaced by the engine's: a person should look. */
  fallbackReasons?: { summarizer?: string; coder?: string };
  models?: StageModels;
  timingsMs?: StageTimingsMs;
  promptVersion?: string;
  droppedSummaryStatements?: number;
  invocations?: JobReport['invocations'];
}

/** The machine's report is version 1 of every job's report; each submitted review adds one. */
export const MACHINE_REPORT_VERSION = 1;

export function buildReport(input: ReportInput): JobReport {
  const { redaction, validation } = input;
  const placeholders = placeholderRanges(redaction.map, redaction.phi, redaction.offsetMapJson);
  const guidelineNotes = new Map(input.candidates.filter((c) => c.guideline.length).map((c) => [normalizeCode(c.code), c.guideline]));

  const codes: ReportCode[] = [];
  const rejectedCodes: ReportRejectedCode[] = validation.rejected.map((r) => ({ code: r.code, reason: r.reason, ...(r.detail ? { detail: r.detail } : {}) }));
  const reviewReasons = [...validation.reviewReasons];
  let needsReview = validation.needsReview;
  const flag = (reason: string): void => {
    needsReview = true;
    if (!reviewReasons.includes(reason)) reviewReasons.push(reason);
  };
  if (input.fallbackReasons?.summarizer) flag(`MODEL_FALLBACK summarizer: ${input.fallbackReasons.summarizer}`);
  if (input.fallbackReasons?.coder) flag(`MODEL_FALLBACK coder: ${input.fallbackReasons.coder}`);

  for (const accepted of validation.accepted) {
    const mapped = accepted.evidence.map((e) => ({ quote: e.text, safe: toSafeEvidence(e, redaction.redactedText, placeholders, redaction.map) }));
    const evidence = dedupeSpans(mapped.flatMap((m) => m.safe ?? []));
    if (evidence.length === 0) {
      // No quote can be shown that is the same in both texts: the code cannot leave the system.
      rejectedCodes.push({ code: accepted.code, reason: EVIDENCE_ONLY_IN_PHI });
      flag(REVIEW_REASON_EVIDENCE_IN_PHI);
      continue;
    }
    // Every quote had to be cut at a placeholder: what is left may no longer name the condition
    // (e.g. an eponym mistaken for a name), so a coder looks at it.
    if (mapped.every((m) => !m.safe || m.safe.text !== m.quote.trim())) flag(REVIEW_REASON_EVIDENCE_TRIMMED);
    const guideline = guidelineNotes.get(normalizeCode(accepted.code));
    codes.push({
      code: accepted.code,
      description: accepted.description,
      billable: accepted.billable,
      confidence: accepted.confidence,
      rank: codes.length + 1,
      role: accepted.role,
      evidence,
      ...(guideline ? { guideline } : {}),
    });
  }
  // A guideline choice a person must confirm (an Excludes1 pair, a manifestation without its etiology).
  for (const c of codes) for (const g of c.guideline ?? []) if (g.action === 'review') flag(`GUIDELINE ${c.code}: ${g.section} ${g.detail}`);

  const engineCodes = new Set(input.candidates.map((c) => normalizeCode(c.code)));
  const proposedCodes = new Set(input.proposals.map((p) => normalizeCode(p.code)));
  return {
    summary: input.summary,
    codes,
    rejectedCodes,
    needsReview,
    reviewReasons,
    codeSetVersion: input.codeSetVersion,
    models: input.models ?? {},
    timingsMs: input.timingsMs ?? {},
    ...(input.promptVersion ? { promptVersion: input.promptVersion } : {}),
    droppedSummaryStatements: input.droppedSummaryStatements ?? 0,
    agreement: { engineCodes: engineCodes.size, modelCodes: proposedCodes.size, agreed: [...proposedCodes].filter((c) => engineCodes.has(c)).length },
    invocations: input.invocations ?? [],
  };
}

/** ICD-10-CM codes compare without the dot and case ("e11.9" is E119). */
export function normalizeCode(code: string): string {
  return String(code).trim().toUpperCase().replace('.', '');
}

function dedupeSpans<T extends Span>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Who wrote a version: the machine (pipeline) or a reviewer (token subject; never a name from the note). */
export type ReportAuthor = { kind: 'MACHINE' } | { kind: 'REVIEWER'; subject: string };

/** One version of a job's report. Version 1 is the VALIDATING stage's output; reviews add 2, 3, … */
export interface ReportVersion {
  tenantId: string;
  jobId: string;
  version: number;
  createdAt: string;
  author: ReportAuthor;
  report: JobReport;
}

/** Version 1 of a job's report: the machine's, as the pipeline stored it. */
export function machineReportVersion(job: { tenantId: string; jobId: string; updatedAt: string; stages: { VALIDATING?: { completedAt: string } } }, report: JobReport): ReportVersion {
  return {
    tenantId: job.tenantId,
    jobId: job.jobId,
    version: MACHINE_REPORT_VERSION,
    createdAt: job.stages.VALIDATING?.completedAt ?? job.updatedAt,
    author: { kind: 'MACHINE' },
    report,
  };
}
