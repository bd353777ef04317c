// Owns the fake SQS/SNS clients that unit tests run SnsEventBus on: the queue set-up answers every such test
// needs (create, attributes, list, subscribe), with receive, delete and publish left to each test's fake.
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { SnsEventBus, type SnsEventBusOptions } from '../../src/adapters/sns/snsEventBus';
import type { JobEvent } from '../../src/domain/events';

export type FakeMessages = Array<{ Body: string; ReceiptHandle: string; MessageId: string }>;
type Command = { constructor: { name: string }; input: Record<string, unknown> };

/** A fake messaging server: subclasses say how receives, deletes and publishes are answered. */
export abstract class FakeSnsMessaging {
  /** CreateQueue calls (a lost queue is recreated). */
  creates = 0;
  /** Subscribe calls (a recreated queue is resubscribed). */
  subscribes = 0;

  protected abstract receive(opts?: { abortSignal?: AbortSignal }): Promise<unknown>;
  protected abstract deleteBatch(receiptHandles: string[]): Promise<unknown>;
  /** PublishBatch; by default every entry is accepted. */
  protected publishBatch(_events: JobEvent[]): Promise<unknown> {
    return Promise.resolve({ Failed: [] });
  }

  readonly sqs = {
    send: (cmd: Command, opts?: { abortSignal?: AbortSignal }): Promise<unknown> => {
      switch (cmd.constructor.name) {
        case 'ListQueuesCommand':
          return Promise.resolve({ QueueUrls: [] });
        case 'CreateQueueCommand':
          this.creates++;
          return Promise.resolve({ QueueUrl: 'http://sqs.local/000000000000/events-i1' });
        case 'GetQueueAttributesCommand':
          return Promise.resolve({ Attributes: { QueueArn: 'arn:aws:sqs:us-east-1:000000000000:events-i1' } });
        case 'DeleteMessageBatchCommand':
          return this.deleteBatch((cmd.input.Entries as Array<{ ReceiptHandle: string }>).map((e) => e.ReceiptHandle));
        case 'ReceiveMessageCommand':
          return this.receive(opts);
        default:
          return Promise.resolve({});
      }
    },
  };

  readonly sns = {
    send: (cmd: Command): Promise<unknown> => {
      if (cmd.constructor.name === 'PublishBatchCommand') {
        return this.publishBatch((cmd.input.PublishBatchRequestEntries as Array<{ Message: string }>).map((e) => JSON.parse(e.Message) as JobEvent));
      }
      if (cmd.constructor.name === 'SubscribeCommand') this.subscribes++;
      return Promise.resolve({ SubscriptionArn: `sub-${this.subscribes}` });
    },
  };
}

export function jobEvent(jobId: string, version: number): JobEvent {
  return { jobId, tenantId: 't1', status: 'QUEUED', version, progress: 0, at: '2026-01-01T00:00:00.000Z' };
}

/** An instance's event bus on the fake server; options override the single-poller, no-backoff defaults. */
export function busOn(fake: FakeSnsMessaging, options: Partial<SnsEventBusOptions> = {}): SnsEventBus {
  return new SnsEventBus({
    sqs: fake.sqs as unknown as SQSClient,
    sns: fake.sns as unknown as SNSClient,
    topicArn: 'arn:aws:sns:us-east-1:000000000000:job-events',
    queuePrefix: 'events-',
    instanceId: 'i1',
    pollers: 1,
    pollErrorBackoffMs: 0,
    ...options,
  });
}
