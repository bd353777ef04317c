// Owns putting one job back on the notes queue (the retryJob mutation and each dead letter of the admin
// redrive). Order matters for "no job lost": the job is moved to QUEUED and published first, then enqueued.
// A crash in between leaves a QUEUED job without a message, which the sweeper re-enqueues; never a message
// for a job still FAILED. Lives in services so the API and the workers share it without importing each other.

import { eventFromJob } from '../domain/events';
import { isTerminal, type Job } from '../domain/job';
import type { EventBus, JobMessageBody, JobQueue, JobStore } from '../domain/ports';

export interface RequeueDeps {
  store: JobStore;
  events: EventBus;
  queue: JobQueue;
}

export type RequeueResult =
  /** FAILED → QUEUED (stored stage outputs are kept, so finished stages are not re-run) and enqueued. */
  | { action: 'requeued'; job: Job }
  /** Still in the pipeline (e.g. dead-lettered before it could be marked): enqueued as it is. */
  | { action: 'resent'; job: Job }
  /** COMPLETED, NEEDS_REVIEW or CANCELLED: nothing to redo. */
  | { action: 'ignored'; job: Job };

/**
 * Re-enqueues one job. Used by retryJob (which should turn `ignored` into a CONFLICT for the client)
 * and by the redrive below. ConflictError if the job changed while we moved it.
 */
export async function requeueJob(deps: RequeueDeps, ref: JobMessageBody): Promise<RequeueResult> {
  const job = await deps.store.get(ref.tenantId, ref.jobId);
  if (job.status === 'FAILED') {
    // FAILED → QUEUED is the lifecycle's one way back; the store clears nothing the pipeline needs.
    const queued = await deps.store.transition(ref.tenantId, ref.jobId, { expectedVersion: job.version, to: 'QUEUED' });
    await deps.events.publish(eventFromJob(queued));
    await deps.queue.send({ tenantId: ref.tenantId, jobId: ref.jobId });
    return { action: 'requeued', job: queued };
  }
  if (isTerminal(job.status)) return { action: 'ignored', job };
  await deps.queue.send({ tenantId: ref.tenantId, jobId: ref.jobId });
  return { action: 'resent', job };
}

