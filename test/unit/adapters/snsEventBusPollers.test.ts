// Unit: an API instance keeps several long polls open on its event queue (an event never waits for one
// receive's round trip, issue 11 §5 stage→subscriber delay), every poller delivers what it receives, and
// when the messaging server lost the queue the pollers that all saw it missing recreate and resubscribe it
// once, not once each (two subscriptions would deliver every event twice). Fake SQS/SNS clients; no server.
import { busOn, FakeSnsMessaging, jobEvent as event } from '../../helpers/fakeSnsMessaging';

interface PendingReceive {
  resolve: (out: { Messages?: Array<{ Body: string; ReceiptHandle: string; MessageId: string }> }) => void;
  reject: (err: Error) => void;
}

class FakeMessaging extends FakeSnsMessaging {
  readonly pending: PendingReceive[] = [];
  deletes = 0;
  private waiters: Array<() => void> = [];

  protected deleteBatch(): Promise<unknown> {
    this.deletes++;
    return Promise.resolve({});
  }

  protected receive(opts?: { abortSignal?: AbortSignal }): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const entry: PendingReceive = { resolve, reject };
      this.pending.push(entry);
      opts?.abortSignal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Resolves once `n` receives are open at the server. */
  async receivesOpen(n: number): Promise<void> {
    while (this.pending.length < n) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  take(): PendingReceive {
    return this.pending.shift()!;
  }
}

describe('SnsEventBus pollers (issue 11 §5: stage→subscriber delay; chaos: the messaging server loses its queues)', () => {
  it('keeps `pollers` long polls open at once and delivers what any of them receives', async () => {
    const fake = new FakeMessaging();
    const bus = busOn(fake, { pollers: 3 });
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
    const bus = busOn(fake, { pollers: 3 });
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
    const bus = busOn(fake, { pollers: 1 });
    await bus.start();
    await fake.receivesOpen(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.pending).toHaveLength(1);
    await bus.stop();
  });
});
