// Owns the job state machine: which status may follow which, and what each status means for
// progress reporting. Pure functions; the store enforces them with conditional writes on `version`.

import { ConflictError } from '../errors';
import { isTerminal, JobStatus, PIPELINE_STAGES, PipelineStage } from './job';

const TRANSITIONS: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  QUEUED: ['REDACTING', 'FAILED', 'CANCELLED'],
  REDACTING: ['SUMMARIZING', 'FAILED', 'CANCELLED'],
  SUMMARIZING: ['CODING', 'FAILED', 'CANCELLED'],
  CODING: ['VALIDATING', 'FAILED', 'CANCELLED'],
  VALIDATING: ['COMPLETED', 'NEEDS_REVIEW', 'FAILED', 'CANCELLED'],
  // A reviewer accepting a flagged report closes it.
  NEEDS_REVIEW: ['COMPLETED'],
  COMPLETED: [],
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
