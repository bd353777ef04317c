// Owns the translation from domain records (Job, stored report) to GraphQL object types.
import { progressOf } from '../src/domain/lifecycle';
import { isPipelineStage, PIPELINE_STAGES, type Job as DomainJob, type JobTransitionRecord } from '../src/domain/job';
import type { JobEvent } from '../src/domain/events';
import { Job, type JobConnection, JobStatusEvent, JobTransition, Report, type StageInfo } from '../schema/types';
import { toSummaryView } from '../schema/summary';
import type { JobPage } from '../src/domain/ports';
import type { StoredReport } from '../src/services/report';

export function toJob(job: DomainJob): Job {
  const stages: StageInfo[] = PIPELINE_STAGES.flatMap((stage) => {
    const s = job.stages[stage];
    return s ? [{ stage, durationMs: s.durationMs, model: s.model, completedAt: s.completedAt }] : [];
  });
  return Object.assign(new Job(), {
    id: job.jobId,
    tenantId: job.tenantId,
    status: job.status,
    stage: isPipelineStage(job.status) ? job.status : undefined,
    progress: progressOf(job.status),
    version: job.version,
    noteType: job.noteType,
    priority: job.priority,
    redaction: job.redactionMode ?? 'TAG',
    encounterId: job.encounterId,
    patientRef: job.patientRef,
    noteChars: job.noteChars,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    stages,
    error: job.error ? { code: job.error.code, reason: job.error.reason } : undefined,
  });
}

export function toTransition(t: JobTransitionRecord): JobTransition {
  return Object.assign(new JobTransition(), {
    at: t.at,
    from: t.from,
    status: t.to,
    version: t.version,
    attempt: t.attempt,
    stage: t.stage,
    durationMs: t.durationMs,
    errorCode: t.errorCode,
  });
}

export function toConnection(page: JobPage): JobConnection {
  return {
    edges: page.items.map((i) => ({ cursor: i.cursor, node: toJob(i.job) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}

export function toEvent(e: JobEvent): JobStatusEvent {
  return Object.assign(new JobStatusEvent(), {
    jobId: e.jobId,
    status: e.status,
    stage: isPipelineStage(e.status) ? e.status : undefined,
    progress: e.progress,
    version: e.version,
    at: e.at,
    errorCode: e.errorCode,
  });
}

export function toReport(job: DomainJob, stored: StoredReport, version = 1): Report {
  return Object.assign(new Report(), {
    jobId: job.jobId,
    version,
    status: job.status,
    summary: toSummaryView(stored.summary),
    codes: stored.codes,
    rejectedCodes: stored.rejectedCodes.map((r) => ({ code: r.code, reason: r.reason })),
    needsReview: stored.needsReview,
    reviewReasons: stored.reviewReasons,
    codeSetVersion: stored.codeSetVersion,
    models: PIPELINE_STAGES.flatMap((stage) => (job.stages[stage]?.model ? [{ stage, model: job.stages[stage]!.model! }] : [])),
    timings: PIPELINE_STAGES.flatMap((stage) => (job.stages[stage] ? [{ stage, durationMs: job.stages[stage]!.durationMs }] : [])),
    promptVersion: stored.promptVersion,
    droppedSummaryStatements: stored.droppedSummaryStatements ?? 0,
    agreement: stored.agreement,
    invocations: (stored.invocations ?? []).map((i) => ({
      stage: i.stage,
      modelId: i.modelId,
      region: i.region,
      latencyMs: i.latencyMs,
      inputTokens: i.inputTokens,
      outputTokens: i.outputTokens,
      stopReason: i.stopReason,
      attempts: i.attempts,
      guardrailAction: i.guardrailAction,
    })),
  });
}
