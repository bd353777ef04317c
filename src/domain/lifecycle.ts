// Owns the job state machine: which status may follow which, what a transition does to the job record
// (applyTransition), and what each status means for progress reporting. Pure functions: every store (the
// DynamoDB adapter and the test fake alike) persists what they return, conditional on `version`.

import { ConflictError, ValidationError } from '../errors';
import { isPipelineStage, isTerminal, type Job, type JobLease, type JobStatus, type JobTransitionRecord, MAX_JOB_HISTORY, PIPELINE_STAGES, type PipelineStage, type StageRecord } from './job';
import type { ClaimRequest, LeaseRequest, StageCompletion, TransitionRequest } from './ports';

/** Another worker run holds the job's lease: its stage may be running right now. Retry after `retryAfterMs`. */
export class LeaseHeldError extends ConflictError {
  constructor(
    jobId: string,
    readonly retryAfterMs: number,
  ) {
    super('Another worker holds this job', { jobId, retryAfterMs });
  }
}

const TRANSITIONS: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  QUEUED: ['REDACTING', 'FAILED', 'CANCELLED'],
  REDACTING: ['SUMMARIZING', 'FAILED', 'CANCELLED'],
  SUMMARIZING: ['CODING', 'FAILED', 'CANCELLED'],
  CODING: ['VALIDATING', 'FAILED', 'CANCELLED'],
  VALIDATING: ['COMPLETED', 'NEEDS_REVIEW', 'FAILED', 'CANCELLED'],
  // A reviewer accepting a flagged report closes it; a submitted review (submitReview) makes it REVIEWED.
  NEEDS_REVIEW: ['COMPLETED', 'REVIEWED'],
  // Finished reports may be reviewed too (quality sampling), and reviewed ones again (a second reviewer, for agreement).
  COMPLETED: ['REVIEWED'],
  REVIEWED: ['REVIEWED'],
  // retryJob / admin redrive put a failed job back on the queue; stage outputs already stored are kept.
  FAILED: ['QUEUED'],
  CANCELLED: [],
};

export function canTransition(from: JobStatus, to: JobStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws ConflictError (a client-visible CONFLICT) when `to` may not follow `from`. */
export function assertTransition(from: JobStatus, to: JobStatus): void {
  if (!canTransition(from, to)) {
    throw new ConflictError(`A job in status ${from} cannot move to ${to}`, { from, to });
  }
}

export function allowedNextStatuses(from: JobStatus): readonly JobStatus[] {
  return TRANSITIONS[from];
}

/**
 * Stages that call a paid model (Bedrock). Only these need their own write: the lease must be taken and the
 * previous output stored before one starts (exactly-once), while a local stage's output can ride on the
 * neighbouring write (3 writes per job instead of 5).
 */
const MODEL_STAGES: ReadonlySet<PipelineStage> = new Set<PipelineStage>(['SUMMARIZING', 'CODING']);

export function callsPaidModel(stage: PipelineStage): boolean {
  return MODEL_STAGES.has(stage);
}

/** The stage that follows `stage` when it succeeds, or undefined after the last one (VALIDATING). */
export function nextStage(stage: PipelineStage): PipelineStage | undefined {
  return PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1];
}

/**
 * Where a worker picking up a job in `status` starts. QUEUED starts at the first stage; a pipeline
 * status means that stage was started but its output not stored, so it is re-run (redelivery).
 */
export function resumeStage(status: JobStatus): PipelineStage | undefined {
  if (status === 'QUEUED') return PIPELINE_STAGES[0];
  return (PIPELINE_STAGES as readonly JobStatus[]).includes(status) ? (status as PipelineStage) : undefined;
}

/** Progress 0..1 for subscriptions: finished stages over all stages; terminal states report 1. */
export function progressOf(status: JobStatus): number {
  if (isTerminal(status)) return 1;
  if (status === 'QUEUED') return 0;
  return PIPELINE_STAGES.indexOf(status as PipelineStage) / PIPELINE_STAGES.length;
}

/**
 * The job record after `request`, or a typed error: ConflictError when the caller's version is stale, the
 * move is not allowed, or the completed stage is not the current one; ValidationError for FAILED without
 * an error. The store writes the result conditional on `request.expectedVersion`.
 */
export function applyTransition(current: Job, request: TransitionRequest, nowIso: string): Job {
  let job = applyOne(current, request, nowIso);
  // A chained step is checked exactly as if it were written alone, from the version the previous step made.
  for (const step of request.then ?? []) job = applyOne(job, { ...step, expectedVersion: job.version, ...(request.lease ? { lease: request.lease } : {}) }, nowIso);
  return job;
}

/** Every stage output a request stores (its own and its chained steps'), in order. */
export function completionsOf(request: TransitionRequest): StageCompletion[] {
  return [request.completed, ...(request.then ?? []).map((step) => step.completed)].filter((c): c is StageCompletion => c !== undefined);
}

function applyOne(current: Job, request: Omit<TransitionRequest, 'then'>, nowIso: string): Job {
  if (current.version !== request.expectedVersion) {
    throw new ConflictError('Job was changed by someone else', {
      jobId: current.jobId,
      expectedVersion: request.expectedVersion,
      actualVersion: current.version,
    });
  }
  assertTransition(current.status, request.to);
  if (request.completed && request.completed.stage !== current.status) {
    throw new ConflictError(`Stage ${request.completed.stage} is not the job's current stage ${current.status}`, { jobId: current.jobId });
  }
  if (request.to === 'FAILED' && !request.error) {
    throw new ValidationError('A transition to FAILED needs an error', { jobId: current.jobId });
  }
  const stages: Partial<Record<PipelineStage, StageRecord>> = { ...current.stages };
  if (request.completed) {
    stages[request.completed.stage] = {
      durationMs: request.completed.durationMs,
      completedAt: nowIso,
      ...(request.completed.model !== undefined ? { model: request.completed.model } : {}),
    };
  }
  const { error: _previousError, lease: _previousLease, ...rest } = current;
  const lease = request.lease && !isTerminal(request.to) && request.to !== 'QUEUED' ? leaseFrom(request.lease, nowIso) : undefined;
  // A retry starts a new attempt with a clean slate; stored stage outputs are kept and reused.
  const attempt = request.to === 'QUEUED' ? current.attempt + 1 : current.attempt;
  const record: JobTransitionRecord = {
    at: nowIso,
    from: current.status,
    to: request.to,
    version: current.version + 1,
    attempt,
    ...(request.completed ? { stage: request.completed.stage, durationMs: request.completed.durationMs } : {}),
    ...(request.to === 'FAILED' && request.error ? { errorCode: request.error.code } : {}),
  };
  return {
    ...rest,
    ...(lease ? { lease } : {}),
    status: request.to,
    version: current.version + 1,
    updatedAt: nowIso,
    stages,
    attempt,
    ...(request.to === 'FAILED' && request.error ? { error: request.error } : {}),
    // Stored in the same conditional write as the transition: no extra round trip, never out of step.
    history: [...(current.history ?? []), record].slice(-MAX_JOB_HISTORY),
  };
}

/**
 * HIPAA minimum necessary: the clear-text note is no longer needed once the redacted text is stored (or the
 * job is cancelled), so a store deletes the encrypted raw note in the same write as this transition.
 */
export function releasesRawNote(request: TransitionRequest): boolean {
  return completionsOf(request).some((c) => c.stage === 'REDACTING') || [request, ...(request.then ?? [])].some((step) => step.to === 'CANCELLED');
}

function leaseFrom(request: LeaseRequest, nowIso: string): JobLease {
  return { owner: request.owner, expiresAt: new Date(Date.parse(nowIso) + request.durationMs).toISOString() };
}

/** Milliseconds until another owner's lease on `job` expires; 0 when it is free, expired or `owner`'s own. */
export function leaseRemainingMs(job: Job, owner: string, nowMs: number): number {
  if (!job.lease || job.lease.owner === owner) return 0;
  return Math.max(0, Date.parse(job.lease.expiresAt) - nowMs);
}

/**
 * Milliseconds `owner`'s own lease on `job` still runs; 0 when the job has no lease of `owner`'s. While it
 * runs no other worker can claim the job (applyClaim refuses), so no other worker can store the output of
 * the stage the job is at or the next one: a model call `owner` starts now cannot repeat a stored one.
 */
export function ownLeaseRemainingMs(job: Job, owner: string, nowMs: number): number {
  if (!job.lease || job.lease.owner !== owner) return 0;
  return Math.max(0, Date.parse(job.lease.expiresAt) - nowMs);
}

/**
 * The job with its holder's lease extended (the worker's heartbeat while a long stage runs), so a duplicate
 * message does not take over a job whose worker is alive. Same version, no history record: renewal is not a
 * transition, and a write the holder has in flight (conditional on this version) still succeeds. ConflictError
 * when the job moved on or the lease is not `owner`'s any more (another worker claimed it).
 */
export function applyLeaseRenewal(current: Job, request: ClaimRequest, nowIso: string): Job {
  if (current.version !== request.expectedVersion) {
    throw new ConflictError('Job was changed by someone else', { jobId: current.jobId, expectedVersion: request.expectedVersion, actualVersion: current.version });
  }
  if (!isPipelineStage(current.status) || current.lease?.owner !== request.owner) {
    throw new ConflictError('The lease is not held by this worker run', { jobId: current.jobId });
  }
  return { ...current, lease: leaseFrom(request, nowIso) };
}

/**
 * The job after a worker run takes it over in its current stage (a redelivered or duplicate message):
 * same status, version + 1, lease to `owner`. The store writes it conditional on `expectedVersion`, so of
 * two workers resuming the same job only one may start the stage's model call. ConflictError on a stale
 * version or a status that has no stage to run; LeaseHeldError while another owner's lease is live.
 */
export function applyClaim(current: Job, request: ClaimRequest, nowIso: string): Job {
  if (current.version !== request.expectedVersion) {
    throw new ConflictError('Job was changed by someone else', {
      jobId: current.jobId,
      expectedVersion: request.expectedVersion,
      actualVersion: current.version,
    });
  }
  if (!isPipelineStage(current.status)) {
    throw new ConflictError(`A job in status ${current.status} has no stage to claim`, { jobId: current.jobId });
  }
  const remainingMs = leaseRemainingMs(current, request.owner, Date.parse(nowIso));
  if (remainingMs > 0) throw new LeaseHeldError(current.jobId, remainingMs);
  // Recorded like a transition (same status): the audit trail shows a worker took the job over, versions stay contiguous.
  const record: JobTransitionRecord = { at: nowIso, from: current.status, to: current.status, version: current.version + 1, attempt: current.attempt };
  return {
    ...current,
    version: current.version + 1,
    updatedAt: nowIso,
    lease: leaseFrom(request, nowIso),
    history: [...(current.history ?? []), record].slice(-MAX_JOB_HISTORY),
  };
}
