// Unit: the consumer keeps several receives open at once (one per SQS batch of slots, at most 8), so a slot
// that frees does not wait for one receive's round trip (issue 11 §5, Bedrock-mode time per job outside the
// model), while messages in flight plus slots asked for never exceed `concurrency` (back-pressure: a backlog
// waits in SQS, not in memory) and every message is worked once. In-memory queue, Jest fake timers.
import { JobConsumer, receiversFor } from '../../../workers/consumer';
import type { JobRef, PipelineOutcome } from '../../../workers/pipeline';
import { deferred, MemoryJobQueue } from './fakes';
import type { JobError } from '../../../src/domain/job';

const TENANT = 'acme';
const jobId = (n: number) => `01JCXG8Z9Q4W7N3V5T2R1PK${String(n).padStart(3, '0')}`;
const FINISHED = { kind: 'skipped', reason: 'ALREADY_TERMINAL' } as PipelineOutcome;
const flush = (ms = 0) => jest.advanceTimersByTimeAsync(ms);

beforeEach(() => jest.useFakeTimers({ now: 1_700_000_000_000 }));
afterEach(() => jest.useRealTimers());

/** Runs held open until the test releases them; counts the most at once. */
class GatedProcessor {
  readonly runs: JobRef[] = [];
  readonly gates: Array<ReturnType<typeof deferred<PipelineOutcome>>> = [];
  active = 0;
  maxActive = 0;
  async run(ref: JobRef): Promise<PipelineOutcome> {
    this.runs.push(ref);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    const gate = deferred<PipelineOutcome>();
    this.gates.push(gate);
    try {
      return await gate.promise;
    } finally {
      this.active--;
    }
  }
  async markFailed(_ref: JobRef, _error: JobError) {
    return undefined;
  }
  releaseAll(): void {
    for (const g of this.gates.splice(0)) g.resolve(FINISHED);
  }
}

/** Slots asked for by receives that have not answered yet, from the queue's own call log. */
function outstandingAsks(queue: MemoryJobQueue, answered: number): number[] {
  return queue.calls
    .filter((c) => c.op === 'receive')
    .slice(answered)
    .map((c) => (c.args[0] as { maxMessages: number }).maxMessages);
}

describe('JobConsumer receivers (issue 11 §5: worker receive loop)', () => {
  it('one receive per SQS batch of slots, at most 8', () => {
    expect([1, 2, 10, 11, 25, 64, 80, 256].map(receiversFor)).toEqual([1, 1, 1, 2, 3, 7, 8, 8]);
  });

  it('keeps several receives open on an empty queue, each asking for its share of the slots', async () => {
    const queue = new MemoryJobQueue(() => Date.now(), 30);
    const processor = new GatedProcessor();
    const consumer = new JobConsumer({ queue, processor, concurrency: 25, visibilityTimeoutSeconds: 30 });
    consumer.start();
    await flush();
    expect(outstandingAsks(queue, 0)).toEqual([10, 10, 5]);
    await consumer.stop();
  });

  it('never works more than `concurrency` at once, and works every message once', async () => {
    const queue = new MemoryJobQueue(() => Date.now(), 30);
    const processor = new GatedProcessor();
    const consumer = new JobConsumer({ queue, processor, concurrency: 25, visibilityTimeoutSeconds: 30 });
    consumer.start();
    for (let i = 0; i < 60; i++) queue.push({ tenantId: TENANT, jobId: jobId(i) });
    await flush();
    expect(consumer.inFlightCount).toBe(25);
    expect(processor.maxActive).toBe(25);

    // Freed slots are filled by whichever receive asks next; the total stays at the limit.
    for (let round = 0; round < 10 && processor.runs.length < 60; round++) {
      processor.releaseAll();
      await flush();
      expect(processor.active).toBeLessThanOrEqual(25);
    }
    processor.releaseAll();
    await flush();
    expect(processor.maxActive).toBe(25);
    expect(new Set(processor.runs.map((r) => r.jobId)).size).toBe(60);
    expect(processor.runs).toHaveLength(60);
    expect(queue.messages).toHaveLength(0);
    await consumer.stop();
  });

  it('a receive that comes back short gives its unused slots to the others', async () => {
    const queue = new MemoryJobQueue(() => Date.now(), 30);
    const processor = new GatedProcessor();
    const consumer = new JobConsumer({ queue, processor, concurrency: 12, visibilityTimeoutSeconds: 30 });
    consumer.start();
    await flush();
    expect(outstandingAsks(queue, 0)).toEqual([10, 2]);
    // Three messages: the first receive takes them and, back short, asks again for what is free now:
    // 12 slots − 3 in flight − 2 still asked for by the other receive.
    for (let i = 0; i < 3; i++) queue.push({ tenantId: TENANT, jobId: jobId(i) });
    await flush();
    expect(consumer.inFlightCount).toBe(3);
    expect(outstandingAsks(queue, 2)).toEqual([7]);
    processor.releaseAll();
    await consumer.stop();
  });
});
