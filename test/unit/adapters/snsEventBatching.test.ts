// Unit: a write's events leave in one PublishBatch (issue 11 §5: AWS calls, and so event-loop time, per job), and
// an API instance deletes delivered events in batches of 10, a partial one after 1 s (the event loop that serves
// subscribers made one DeleteMessageBatch per receive); every event is delivered at once, never held for its
// delete; a failed delete is reported once per batch. Fake SQS/SNS clients; no server.
import { busOn, FakeSnsMessaging, jobEvent as event, type FakeMessages as Messages } from '../../helpers/fakeSnsMessaging';
import type { JobEvent } from '../../../src/domain/events';

class FakeMessaging extends FakeSnsMessaging {
  /** Receive answers queued by the test, served one per ReceiveMessage; an empty queue leaves the receive open. */
  readonly answers: Messages[] = [];
  readonly deleteBatches: string[][] = [];
  /** Deletes are held open until the test settles them. */
  readonly openDeletes: Array<{ resolve: (out: unknown) => void; reject: (err: Error) => void }> = [];
  readonly publishBatches: number[][] = [];
  private parked: Array<() => void> = [];

  protected deleteBatch(receiptHandles: string[]): Promise<unknown> {
    this.deleteBatches.push(receiptHandles);
    return new Promise((resolve, reject) => this.openDeletes.push({ resolve, reject }));
  }

  protected async receive(opts?: { abortSignal?: AbortSignal }): Promise<unknown> {
    while (this.answers.length === 0) {
      if (opts?.abortSignal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      await new Promise<void>((resolve) => {
        this.parked.push(resolve);
        opts?.abortSignal?.addEventListener('abort', () => resolve(), { once: true });
      });
    }
    return { Messages: this.answers.shift() };
  }

  protected override publishBatch(events: JobEvent[]): Promise<unknown> {
    this.publishBatches.push(events.map((e) => e.version));
    return Promise.resolve({ Failed: [] });
  }

  answer(messages: Messages): void {
    this.answers.push(messages);
    for (const wake of this.parked.splice(0)) wake();
  }
}

const message = (n: number): Messages[number] => ({ Body: JSON.stringify(event(`job-${n}`, 1)), ReceiptHandle: `r${n}`, MessageId: `m${n}` });
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

describe('SnsEventBus event deletes (issue 11 §5: API work per delivered event)', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'queueMicrotask', 'nextTick'] }));
  afterEach(() => jest.useRealTimers());

  it('delivers every event at once; its delete waits for a full batch of 10 or 1 s', async () => {
    const fake = new FakeMessaging();
    const bus = busOn(fake);
    const seen: string[] = [];
    bus.subscribe((e) => seen.push(e.jobId));
    await bus.start();

    for (const batch of [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]) {
      fake.answer(batch.map(message));
      await settle();
    }
    expect(seen).toHaveLength(12);
    expect(fake.deleteBatches).toEqual([['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10']]);
    fake.openDeletes.shift()!.resolve({});
    await jest.advanceTimersByTimeAsync(999);
    expect(fake.deleteBatches).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(fake.deleteBatches).toEqual([['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10'], ['r11', 'r12']]);
    fake.openDeletes.shift()!.resolve({});
    await bus.stop();
  });

  it('a failed delete is reported once for its batch, and entries that failed are reported too', async () => {
    const fake = new FakeMessaging();
    const errors: string[] = [];
    const bus = busOn(fake, { onError: (_err, op) => errors.push(op) });
    await bus.start();
    fake.answer([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(message));
    await settle();
    fake.openDeletes.shift()!.reject(new Error('throttled'));
    await settle();
    expect(errors).toEqual(['delete-events']);

    fake.answer([message(11)]);
    await settle();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(fake.deleteBatches).toHaveLength(2);
    fake.openDeletes.shift()!.resolve({ Failed: [{ Id: '0', Code: 'ReceiptHandleIsInvalid', SenderFault: true }] });
    await settle();
    expect(errors).toEqual(['delete-events', 'delete-events']);
    await bus.stop();
  });

  it('stop drops handles still waiting (the instance queue is deleted with its messages)', async () => {
    const fake = new FakeMessaging();
    const bus = busOn(fake);
    await bus.start();
    fake.answer([message(1), message(2)]);
    await settle();
    await bus.stop();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(fake.deleteBatches).toEqual([]);
  });
});

describe('SnsEventBus publishes', () => {
  it("events published in one synchronous run (one write's transitions) leave in one batch; a later one alone", async () => {
    const fake = new FakeMessaging();
    const bus = busOn(fake);
    const job = 'job-1';
    await Promise.all([bus.publish(event(job, 2)), bus.publish(event(job, 3))]);
    await bus.publish(event(job, 4));
    expect(fake.publishBatches).toEqual([[2, 3], [4]]);
  });
});
