// Unit: an API instance keeps several long polls open on its event queue (an event never waits for one
// receive's round trip, issue 11 §5 stage→subscriber delay), every poller delivers what it receives, and
// when the messaging server lost the queue the pollers that all saw it missing recreate and resubscribe it
// once, not once each (two subscriptions would deliver every event twice). Fake SQS/SNS clients; no server.
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { SnsEventBus } from '../../../src/adapters/sns/snsEventBus';
import type { JobEvent } from '../../../src/domain/events';

interface PendingReceive {
  resolve: (out: { Messages?: Array<{ Body: string; ReceiptHandle: string; MessageId: string }> }) => void;
  reject: (err: Error) => void;
}

class FakeMessaging {
  readonly pending: PendingReceive[] = [];
  creates = 0;
  subscribes = 0;
  deletes = 0;
  private waiters: Array<() => void> = [];

  readonly sqs = {
    send: (cmd: { constructor: { name: string } }, opts?: { abortSignal?: AbortSignal }): Promise<unknown> => {
      switch (cmd.constructor.name) {
        case 'ListQueuesCommand':
          return Promise.resolve({ QueueUrls: [] });
        case 'CreateQueueCommand':
          this.creates++;
          return Promise.resolve({ QueueUrl: 'http://sqs.local/000000000000/events-i1' });
        case 'GetQueueAttributesCommand':
          return Promise.resolve({ Attributes: { QueueArn: 'arn:aws:sqs:us-east-1:000000000000:events-i1' } });
        case 'DeleteMessageBatchCommand':
          this.deletes++;
          return Promise.resolve({});
        case 'ReceiveMessageCommand':
          return new Promise((resolve, reject) => {
            const entry: PendingReceive = { resolve, reject };
            this.pending.push(entry);
            opts?.abortSignal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
            for (const w of this.waiters.splice(0)) w();
          });
        default:
          return Promise.resolve({});
      }
    },
  };

  readonly sns = {
    send: (cmd: { constructor: { name: string } }): Promise<unknown> => {
      if (cmd.constructor.name === 'SubscribeCommand') this.subscribes++;
      return Promise.resolve({ SubscriptionArn: `sub-${this.subscribes}` });
    },
  };

  /** Resolves once `n` receives are open at the server. */
  async receivesOpen(n: number): Promise<void> {
    while (this.pending.length < n) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  take(): PendingReceive {
    return this.pending.shift()!;
  }
}

function event(jobId: string, version: number): JobEvent {
  return { jobId, tenantId: 't1', status: 'QUEUED', version, progress: 0, at: '2026-01-01T00:00:00.000Z' };
}

function busOn(fake: FakeMessaging, pollers: number): SnsEventBus {
  return new SnsEventBus({
    sqs: fake.sqs as unknown as SQSClient,
    sns: fake.sns as unknown as SNSClient,
    topicArn: 'arn:aws:sns:us-east-1:000000000000:job-events',
    queuePrefix: 'events-',
    instanceId: 'i1',
    pollers,
    pollErrorBackoffMs: 0,
  });
}

describe('SnsEventBus pollers (issue 11 §5: stage→subscriber delay; chaos: the messaging server loses its queues)', () => {
  it('keeps `pollers` long polls open at once and delivers what any of them receives', async () => {
    const fake = new FakeMessaging();
    const bus = busOn(fake, 3);
    const seen: string[] = [];
    bus.subscribe((e) => seen.push(`${e.jobId}@${e.version}`));
    await bus.start();
    await fake.receivesOpen(3);
    expect(fake.pending).toHaveLength(3);

    // The second poller answers while the first is still waiting: its event is delivered at once.
    const [first, second] = [fake.take(), fake.take()];
    second.resolve({ Messages: [{ Body: JSON.stringify(event('job-a', 2)), ReceiptHandle: 'r1', MessageId: 'm1' }] });
    await fake.receivesOpen(2); // the third poller's and the second's next
    first.resolve({ Messages: [{ Body: JSON.stringify(event('job-a', 1)), ReceiptHandle: 'r2', MessageId: 'm2' }] });
    await fake.receivesOpen(3);
    expect(seen).toEqual(['job-a@2', 'job-a@1']);
    // Their deletes wait to fill a batch (snsEventBatching.test.ts); delivery never waits for them.
    expect(fake.deletes).toBe(0);
    await bus.stop();
  });

  it('a lost queue seen by every poller is recreated and resubscribed once', async () => {
    const fake = new FakeMessaging();
    const bus = busOn(fake, 3);
    await bus.start();
    await fake.receivesOpen(3);
    expect([fake.creates, fake.subscribes]).toEqual([1, 1]);

    const missing = () => Object.assign(new Error('The specified queue does not exist.'), { name: 'QueueDoesNotExist' });
    for (const r of fake.pending.splice(0)) r.reject(missing());
    // All three pollers come back to receive once the queue is there again.
    await fake.receivesOpen(3);
    expect([fake.creates, fake.subscribes]).toEqual([2, 2]);

    // A later loss is a new one: recreated again, once.
    for (const r of fake.pending.splice(0)) r.reject(missing());
    await fake.receivesOpen(3);
    expect([fake.creates, fake.subscribes]).toEqual([3, 3]);
    await bus.stop();
  });

  it('one poller when configured so (the previous behaviour)', async () => {
    const fake = new FakeMessaging();
    const bus = busOn(fake, 1);
    await bus.start();
    await fake.receivesOpen(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.pending).toHaveLength(1);
    await bus.stop();
  });
});
