// Owns putting failed work back on the notes queue: one job (the retryJob mutation) or a batch of
// dead letters (the admin redrive). Order matters for "no job lost": the job is moved to QUEUED and
// published first, then enqueued, then the dead letter deleted. A crash in between leaves a QUEUED
// job without a message, which the sweeper re-enqueues; never a message for a job still FAILED.

import { NotFoundError } from '../src/errors';
import { eventFromJob } from '../src/domain/events';
import { isTerminal, type Job } from '../src/domain/job';
import type { EventBus, JobQueue, JobStore } from '../src/domain/ports';
import { WORKER_DEFAULTS } from './constants';
import { errorCodeOf } from './errors';
import type { JobRef } from './pipeline';

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
export async function requeueJob(deps: RequeueDeps, ref: JobRef): Promise<RequeueResult> {
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

export interface RedriveDeps extends RequeueDeps {
  dlq: JobQueue;
}

export interface RedriveOptions {
  /** Upper bound on dead letters handled by this call. */
  maxMessages?: number;
  /** How long a dead letter is hidden while we move it; it reappears in the DLQ if we crash. */
  visibilityTimeoutSeconds?: number;
}

export interface RedriveResult {
  requeued: number;
  resent: number;
  /** Dead letters of finished or deleted jobs: removed from the DLQ, nothing enqueued. */
  dropped: number;
  /** Left in the DLQ (an error while moving); error codes only. */
  failed: Array<{ jobId: string; errorCode: string }>;
}

const REDRIVE_VISIBILITY_SECONDS = 30;

/** Moves dead letters back to the notes queue until the DLQ is empty or maxMessages were handled. */
export async function redriveDeadLetters(deps: RedriveDeps, options: RedriveOptions = {}): Promise<RedriveResult> {
  const maxMessages = options.maxMessages ?? WORKER_DEFAULTS.redriveMaxMessages;
  const visibilityTimeoutSeconds = options.visibilityTimeoutSeconds ?? REDRIVE_VISIBILITY_SECONDS;
  const result: RedriveResult = { requeued: 0, resent: 0, dropped: 0, failed: [] };
  let handled = 0;
  while (handled < maxMessages) {
    // waitTimeSeconds 0: an admin call should return when the DLQ is drained, not long-poll.
    const batch = await deps.dlq.receive({
      maxMessages: Math.min(10, maxMessages - handled),
      waitTimeSeconds: 0,
      visibilityTimeoutSeconds,
    });
    if (batch.length === 0) break;
    for (const message of batch) {
      handled++;
      try {
        const outcome = await requeueJob(deps, message);
        if (outcome.action === 'requeued') result.requeued++;
        else if (outcome.action === 'resent') result.resent++;
        else result.dropped++;
        await deps.dlq.delete(message.receiptHandle);
      } catch (err) {
        if (err instanceof NotFoundError) {
          result.dropped++;
          await deps.dlq.delete(message.receiptHandle);
          continue;
        }
        // A conflict means someone (retryJob, a worker) moved the job meanwhile; the next redrive sees it settled.
        result.failed.push({ jobId: message.jobId, errorCode: errorCodeOf(err) });
      }
    }
  }
  return result;
}
