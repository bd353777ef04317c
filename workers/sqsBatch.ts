// Owns one SQS batch as AWS Lambda delivers it (event source mapping with ReportBatchItemFailures):
// each record's job runs through the same JobProcessor the long-running consumer uses, and the
// records that must come back are reported by message id, so a batch never fails as a whole. The
// rules match JobConsumer's: a finished, failed or skipped job is done (Lambda deletes its message); a
// job another worker holds, or one interrupted by the function's deadline, comes back after the
// visibility timeout; an error comes back until the last delivery, when the job is marked FAILED first so
// the DLQ only ever holds FAILED jobs with a reason. A body that is not a job message comes back too, so
// the queue's redrive policy moves it to the DLQ where an operator sees it.
import { decodeJobMessage } from '../src/adapters/sqs/sqsJobQueue';
import { WORKER_ERROR_CODES, errorCodeOf } from './errors';
import type { JobProcessor, PipelineOutcome } from './pipeline';

/** The fields of a Lambda SQS record this handler reads (aws-lambda's SQSRecord has more). */
export interface SqsRecord {
  messageId: string;
  body: string;
  attributes: { ApproximateReceiveCount: string };
}

export interface SqsBatchResponse {
  batchItemFailures: Array<{ itemIdentifier: string }>;
}

export type RecordOutcome =
  | { messageId: string; jobId?: string; result: 'done'; outcome: PipelineOutcome['kind'] }
  | { messageId: string; jobId?: string; result: 'retry'; reason: string }
  | { messageId: string; jobId?: string; result: 'dead_letter'; errorCode: string }
  | { messageId: string; result: 'malformed' };

export interface SqsBatchOptions {
  processor: JobProcessor;
  /** The queue's redrive maxReceiveCount: on that delivery a failing job is marked FAILED. */
  maxReceiveCount: number;
  /** Aborted when the function is about to time out: running stages stop and their messages come back. */
  signal?: AbortSignal;
  onRecord?: (outcome: RecordOutcome) => void;
}

/**
 * Runs every record of one batch concurrently (the event source mapping's batch size bounds it) and
 * returns the message ids SQS must deliver again.
 */
export async function handleSqsBatch(records: readonly SqsRecord[], options: SqsBatchOptions): Promise<SqsBatchResponse> {
  const outcomes = await Promise.all(records.map((record) => handleRecord(record, options)));
  for (const outcome of outcomes) options.onRecord?.(outcome);
  return {
    batchItemFailures: outcomes
      .filter((o) => o.result !== 'done')
      .map((o) => ({ itemIdentifier: o.messageId })),
  };
}

async function handleRecord(record: SqsRecord, options: SqsBatchOptions): Promise<RecordOutcome> {
  const { processor, maxReceiveCount, signal } = options;
  const ref = decodeJobMessage(record.body);
  if (!ref) return { messageId: record.messageId, result: 'malformed' };
  const receiveCount = Number(record.attributes.ApproximateReceiveCount) || 1;
  try {
    const outcome = await processor.run(ref, { signal });
    if (outcome.kind === 'interrupted' || outcome.kind === 'deferred') return { messageId: record.messageId, jobId: ref.jobId, result: 'retry', reason: outcome.kind };
    return { messageId: record.messageId, jobId: ref.jobId, result: 'done', outcome: outcome.kind };
  } catch (error) {
    const errorCode = errorCodeOf(error);
    if (receiveCount < maxReceiveCount) return { messageId: record.messageId, jobId: ref.jobId, result: 'retry', reason: errorCode };
    try {
      await processor.markFailed(ref, {
        code: WORKER_ERROR_CODES.maxReceiveCountExceeded,
        reason: `Gave up after ${receiveCount} deliveries; last error ${errorCode}`,
      });
    } catch {
      // The message still goes back; the next delivery (or the DLQ redrive) marks the job.
    }
    return { messageId: record.messageId, jobId: ref.jobId, result: 'dead_letter', errorCode };
  }
}
