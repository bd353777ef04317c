// Owns JobQueue on SQS: claim-check messages ({tenantId, jobId}, never note content), long polling,
// visibility changes and queue depth. One instance per queue URL (notes queue, DLQ). Deletes from
// concurrent jobs share DeleteMessageBatch calls (natural batching: no added wait when idle).

import {
  ChangeMessageVisibilityCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { LIMITS } from '../../domain/constants';
import { isJobId } from '../../domain/ids';
import type { JobMessageBody, JobQueue, QueueDepth, ReceivedJobMessage, ReceiveOptions } from '../../domain/ports';
import { ValidationError } from '../../errors';
import type { MessagingRecovery } from '../messagingRecovery';
import { BatchEntryError, NaturalBatcher } from '../naturalBatcher';

export interface SqsJobQueueOptions {
  client: SQSClient;
  queueUrl: string;
  /** Told about a message that is not a claim check (it is left to reach the DLQ). Gets ids only. */
  onMalformed?: (messageId: string) => void;
  /** Recreates the queues when the server lost them (QueueDoesNotExist); the call is then tried once more. */
  recovery?: MessagingRecovery;
}

const MESSAGE_VERSION = 1;
/** SQS accepts at most 10 entries per batch call. */
const SQS_MAX_BATCH_ENTRIES = 10;
/** Delete batches sent at once before further deletes wait to join the next one. */
const DELETE_BATCHES_IN_FLIGHT = 4;

export function encodeJobMessage(body: JobMessageBody): string {
  return JSON.stringify({ v: MESSAGE_VERSION, tenantId: body.tenantId, jobId: body.jobId });
}

export function decodeJobMessage(raw: string | undefined): JobMessageBody | undefined {
  if (raw === undefined) return undefined;
  try {
    const value = JSON.parse(raw) as { v?: unknown; tenantId?: unknown; jobId?: unknown };
    if (value?.v !== MESSAGE_VERSION || typeof value.tenantId !== 'string' || value.tenantId === '') return undefined;
    if (typeof value.jobId !== 'string' || !isJobId(value.jobId)) return undefined;
    return { tenantId: value.tenantId, jobId: value.jobId };
  } catch {
    return undefined;
  }
}

export class SqsJobQueue implements JobQueue {
  private readonly client: SQSClient;
  readonly queueUrl: string;
  private readonly onMalformed?: (messageId: string) => void;
  private readonly recovery?: MessagingRecovery;
  private readonly deletes: NaturalBatcher<string>;

  constructor(options: SqsJobQueueOptions) {
    if (!options.queueUrl) throw new ValidationError('SqsJobQueue needs a queueUrl');
    this.client = options.client;
    this.queueUrl = options.queueUrl;
    this.onMalformed = options.onMalformed;
    this.recovery = options.recovery;
    this.deletes = new NaturalBatcher<string>({
      maxBatchSize: SQS_MAX_BATCH_ENTRIES,
      maxBatchesInFlight: DELETE_BATCHES_IN_FLIGHT,
      send: async (handles) => {
        const { Failed = [] } = await this.call(() =>
          this.client.send(
            new DeleteMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: handles.map((ReceiptHandle, i) => ({ Id: String(i), ReceiptHandle })) }),
          ),
        );
        const results: Array<Error | undefined> = handles.map(() => undefined);
        for (const f of Failed) results[Number(f.Id)] = new BatchEntryError(f.Code ?? 'UnknownError', f.SenderFault ?? false);
        return results;
      },
    });
  }

  private call<T>(op: () => Promise<T>): Promise<T> {
    return this.recovery ? this.recovery.run(op) : op();
  }

  async send(message: JobMessageBody, options: { delaySeconds?: number; abortSignal?: AbortSignal } = {}): Promise<void> {
    await this.call(() => this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: encodeJobMessage(message),
        ...(options.delaySeconds !== undefined ? { DelaySeconds: options.delaySeconds } : {}),
      }),
      { abortSignal: options.abortSignal },
    ));
  }

  async receive(options: ReceiveOptions = {}): Promise<ReceivedJobMessage[]> {
    const maxMessages = Math.min(options.maxMessages ?? 1, LIMITS.maxReceiveBatch);
    const waitTimeSeconds = Math.min(options.waitTimeSeconds ?? LIMITS.maxLongPollWaitSeconds, LIMITS.maxLongPollWaitSeconds);
    const { Messages } = await this.call(() => this.client.send(
      new ReceiveMessageCommand({
        QueueUrl: this.queueUrl,
        MaxNumberOfMessages: maxMessages,
        WaitTimeSeconds: waitTimeSeconds,
        MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp'],
        ...(options.visibilityTimeoutSeconds !== undefined ? { VisibilityTimeout: options.visibilityTimeoutSeconds } : {}),
      }),
      { abortSignal: options.abortSignal },
    ));
    const received: ReceivedJobMessage[] = [];
    for (const message of Messages ?? []) {
      const body = decodeJobMessage(message.Body);
      if (!body || !message.ReceiptHandle) {
        this.onMalformed?.(message.MessageId ?? 'unknown');
        continue;
      }
      received.push({
        ...body,
        messageId: message.MessageId ?? '',
        receiptHandle: message.ReceiptHandle,
        receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 1),
        sentAtMs: Number(message.Attributes?.SentTimestamp ?? 0),
      });
    }
    return received;
  }

  async delete(receiptHandle: string): Promise<void> {
    await this.deletes.submit(receiptHandle);
  }

  async changeVisibility(receiptHandle: string, visibilityTimeoutSeconds: number): Promise<void> {
    const seconds = Math.max(0, Math.min(Math.round(visibilityTimeoutSeconds), LIMITS.maxVisibilityTimeoutSeconds));
    await this.call(() =>
      this.client.send(new ChangeMessageVisibilityCommand({ QueueUrl: this.queueUrl, ReceiptHandle: receiptHandle, VisibilityTimeout: seconds })),
    );
  }

  async depth(): Promise<QueueDepth> {
    const { Attributes = {} } = await this.call(() => this.client.send(
      new GetQueueAttributesCommand({
        QueueUrl: this.queueUrl,
        AttributeNames: [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesNotVisible',
          'ApproximateNumberOfMessagesDelayed',
        ],
      }),
    ));
    return {
      visible: Number(Attributes.ApproximateNumberOfMessages ?? 0),
      inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
      delayed: Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0),
    };
  }
}
