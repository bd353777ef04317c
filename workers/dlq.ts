// Owns the admin redrive: each dead letter's job is put back on the notes queue (services/requeue.ts),
// then the dead letter is deleted, in that order, so a crash in between never loses a job.

import { NotFoundError } from '../src/errors';
import type { JobQueue } from '../src/domain/ports';
import { requeueJob, type RequeueDeps } from '../src/services/requeue';
import { WORKER_DEFAULTS } from './constants';
import { errorCodeOf } from './errors';

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
