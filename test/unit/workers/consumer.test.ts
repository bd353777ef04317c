// Unit: the consumer loop on an in-memory queue with Jest fake timers — option validation,
// concurrency, heartbeat, backoff, the last-delivery rule, lifecycle events and graceful stop.

import type { JobError } from '../../../src/domain/job';
import { ConfigError, UpstreamUnavailableError } from '../../../src/errors';
import { backoffSeconds } from '../../../workers/backoff';
import { JobConsumer, type JobConsumerOptions, type ProcessingErrorInfo } from '../../../workers/consumer';
import type { JobProcessor, JobRef, PipelineOutcome, RenewOptions, RunOptions } from '../../../workers/pipeline';
import { deferred, MemoryJobQueue } from './fakes';

const TENANT = 'acme';
const jobId = (n: number) => `01JCXG8Z9Q4W7N3V5T2R1PK${String(n).padStart(3, '0')}`;
const FINISHED = { kind: 'skipped', reason: 'ALREADY_TERMINAL' } as PipelineOutcome;

/** A processor whose runs are controlled by the test. */
class ScriptedProcessor implements JobProcessor {
  readonly runs: Array<{ ref: JobRef; signal?: AbortSignal }> = [];
  readonly failed: Array<{ ref: JobRef; error: JobError }> = [];
  active = 0;
  maxActive = 0;
  impl: (ref: JobRef, options: RunOptions) => Promise<PipelineOutcome> = async () => FINISHED;

  async run(ref: JobRef, options: RunOptions = {}): Promise<PipelineOutcome> {
    this.runs.push({ ref, signal: options.signal });
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      return await this.impl(ref, options);
    } finally {
      this.active--;
    }
  }

  async markFailed(ref: JobRef, error: JobError) {
    this.failed.push({ ref, error });
    return undefined;
  }

  readonly renewals: JobRef[] = [];
  readonly renewOptions: Array<RenewOptions | undefined> = [];
  async renewLease(ref: JobRef, options?: RenewOptions): Promise<void> {
    this.renewals.push(ref);
    this.renewOptions.push(options);
  }
}

function setup(overrides: Partial<JobConsumerOptions> = {}) {
  const queue = new MemoryJobQueue(() => Date.now(), 30, overrides.maxReceiveCount ?? 3);
  const processor = new ScriptedProcessor();
  const consumer = new JobConsumer({
    queue,
    processor,
    concurrency: 2,
    visibilityTimeoutSeconds: 30,
    maxReceiveCount: 3,
    backoffBaseSeconds: 10,
    backoffMaxSeconds: 900,
    ...overrides,
  });
  const seen: string[] = [];
  const errors: ProcessingErrorInfo[] = [];
  for (const name of ['message_received', 'processed', 'released', 'stopped', 'receive_error', 'queue_error', 'heartbeat_error'] as const) {
    consumer.on(name, () => seen.push(name));
  }
  consumer.on('processing_error', (info) => {
    seen.push('processing_error');
    errors.push(info);
  });
  return { queue, processor, consumer, seen, errors };
}

/** Lets pending promise chains and due timers run. */
const flush = (ms = 0) => jest.advanceTimersByTimeAsync(ms);

beforeEach(() => jest.useFakeTimers({ now: 1_700_000_000_000 }));
afterEach(() => jest.useRealTimers());

describe('JobConsumer options', () => {
  const queue = new MemoryJobQueue();
  const processor = new ScriptedProcessor();

  it.each([
    [{ concurrency: 0 }, /concurrency must be an integer between 1 and 256/],
    [{ waitTimeSeconds: 21 }, /waitTimeSeconds must be an integer between 0 and 20/],
    [{ visibilityTimeoutSeconds: 43_201 }, /visibilityTimeoutSeconds/],
    [{ visibilityTimeoutSeconds: 10, heartbeatIntervalMs: 10_000 }, /heartbeatIntervalMs must be less than visibilityTimeoutSeconds \(10000 ms\)/],
    [{ maxReceiveCount: 0 }, /maxReceiveCount/],
    [{ backoffBaseSeconds: 60, backoffMaxSeconds: 30 }, /backoffMaxSeconds must be at least backoffBaseSeconds/],
  ])('rejects %j', (bad, message) => {
    expect(() => new JobConsumer({ queue, processor, ...bad })).toThrow(ConfigError);
    expect(() => new JobConsumer({ queue, processor, ...bad })).toThrow(message);
  });

  it('requires a queue and a processor', () => {
    expect(() => new JobConsumer({ processor } as unknown as JobConsumerOptions)).toThrow(/queue must be a JobQueue/);
    expect(() => new JobConsumer({ queue } as unknown as JobConsumerOptions)).toThrow(/processor/);
  });
});

describe('backoffSeconds', () => {
  it('doubles per receive and caps at the configured and the SQS maximum', () => {
    expect([1, 2, 3, 4].map((n) => backoffSeconds(n, 10, 900))).toEqual([10, 20, 40, 80]);
    expect(backoffSeconds(10, 10, 900)).toBe(900);
    expect(backoffSeconds(2000, 10, 43_200)).toBe(43_200);
    expect(backoffSeconds(5, 10, 1_000_000)).toBe(160);
    expect(backoffSeconds(100, 60, 1_000_000)).toBe(43_200);
  });
});

describe('JobConsumer', () => {
  it('processes a message, deletes it and emits typed events in order', async () => {
    const { queue, processor, consumer, seen } = setup();
    const processed = jest.fn();
    consumer.on('processed', processed);
    queue.push({ tenantId: TENANT, jobId: jobId(1) });
    consumer.start();
    await flush();

    expect(processor.runs.map((r) => r.ref)).toEqual([{ tenantId: TENANT, jobId: jobId(1) }]);
    expect(queue.calls.filter((c) => c.op === 'delete')).toHaveLength(1);
    expect(queue.messages).toHaveLength(0);
    expect(processed).toHaveBeenCalledWith(expect.objectContaining({ jobId: jobId(1), receiveCount: 1 }), FINISHED, expect.any(Number));
    const receive = queue.calls.find((c) => c.op === 'receive')!.args[0];
    expect(receive).toMatchObject({ maxMessages: 2, waitTimeSeconds: 20, visibilityTimeoutSeconds: 30 });

    await consumer.stop();
    expect(seen).toEqual(['message_received', 'processed', 'stopped']);
  });

  it('keeps at most `concurrency` messages in flight and asks only for free slots', async () => {
    const { queue, processor, consumer } = setup({ concurrency: 2 });
    const gates = new Map<string, ReturnType<typeof deferred<PipelineOutcome>>>();
    processor.impl = (ref) => {
      const gate = deferred<PipelineOutcome>();
      gates.set(ref.jobId, gate);
      return gate.promise;
    };
    for (let i = 0; i < 5; i++) queue.push({ tenantId: TENANT, jobId: jobId(i) });
    consumer.start();
    await flush();
    expect(processor.runs).toHaveLength(2);
    expect(consumer.inFlightCount).toBe(2);

    gates.get(jobId(0))!.resolve(FINISHED);
    await flush();
    expect(processor.runs).toHaveLength(3);
    const receives = queue.calls.filter((c) => c.op === 'receive').map((c) => (c.args[0] as { maxMessages: number }).maxMessages);
    expect(receives.slice(0, 2)).toEqual([2, 1]);

    for (let i = 1; i < 5; i++) {
      gates.get(jobId(i))?.resolve(FINISHED);
      await flush();
      gates.get(jobId(i + 1))?.resolve(FINISHED);
      await flush();
    }
    expect(processor.runs).toHaveLength(5);
    expect(processor.maxActive).toBe(2);
    await consumer.stop();
  });

  it("frees a finished job's slot while its delete is on the way, and stop() waits for that delete (back-pressure, issue 11 §5)", async () => {
    const { queue, processor, consumer, seen } = setup({ concurrency: 1 });
    const deletes: Array<() => void> = [];
    const remove = queue.delete.bind(queue);
    queue.delete = (handle) => new Promise<void>((resolve) => deletes.push(() => void remove(handle).then(resolve)));
    const second = deferred<PipelineOutcome>();
    processor.impl = async (ref) => (ref.jobId === jobId(1) ? second.promise : FINISHED);
    for (let i = 0; i < 2; i++) queue.push({ tenantId: TENANT, jobId: jobId(i) });
    consumer.start();
    await flush();
    // The first job finished; its delete hangs, yet the only slot already works on the second message.
    expect(processor.runs.map((r) => r.ref.jobId)).toEqual([jobId(0), jobId(1)]);
    expect(deletes).toHaveLength(1);
    expect(seen.filter((e) => e === 'processed')).toHaveLength(0);
    second.resolve(FINISHED);
    await flush();
    let stopped = false;
    const stopping = consumer.stop().then(() => (stopped = true));
    await flush();
    expect(stopped).toBe(false);
    for (const d of deletes.splice(0)) d();
    await flush();
    for (const d of deletes.splice(0)) d();
    await stopping;
    expect(queue.messages).toHaveLength(0);
    expect(seen.filter((e) => e === 'processed')).toHaveLength(2);
  });

  it('extends visibility and the job\'s lease with a heartbeat while a job runs, and stops beating after', async () => {
    const { queue, processor, consumer } = setup({ visibilityTimeoutSeconds: 30 });
    const gate = deferred<PipelineOutcome>();
    processor.impl = () => gate.promise;
    queue.push({ tenantId: TENANT, jobId: jobId(1) });
    consumer.start();
    await flush();

    await flush(10_000);
    await flush(10_000);
    await flush(5_000);
    const handle = queue.messages[0].receiptHandle!;
    expect(queue.visibilityChanges(handle)).toEqual([30, 30]);
    // Without the heartbeat the message would have been visible again after 30 s.
    await flush(10_000);
    expect(queue.visibilityChanges(handle)).toEqual([30, 30, 30]);
    expect(await queue.depth()).toMatchObject({ visible: 0 });
    // Each beat also extends the job's lease, so a duplicate copy of the message keeps deferring.
    expect(processor.renewals).toEqual([1, 2, 3].map(() => ({ tenantId: TENANT, jobId: jobId(1) })));
    // The lease itself is written unless one of the run's writes re-stamped it within half an interval (30 s − 5 s).
    expect(processor.renewOptions).toEqual([1, 2, 3].map(() => ({ ifExpiringWithinMs: 25_000 })));

    gate.resolve(FINISHED);
    await flush();
    await flush(60_000);
    expect(queue.visibilityChanges(handle)).toEqual([30, 30, 30]);
    expect(processor.renewals).toHaveLength(3);
    await consumer.stop();
  });

  it('backs off exponentially from ApproximateReceiveCount on a retryable failure', async () => {
    const { queue, processor, consumer, errors } = setup({ maxReceiveCount: 5 });
    processor.impl = () => Promise.reject(new UpstreamUnavailableError('timeout'));
    queue.push({ tenantId: TENANT, jobId: jobId(1) }); // first delivery
    queue.push({ tenantId: TENANT, jobId: jobId(2) }, 2); // third delivery
    consumer.start();
    await flush();

    expect(errors.map((e) => [e.message.jobId, e.action, e.visibilityTimeoutSeconds, e.errorCode])).toEqual([
      [jobId(1), 'retry', 10, 'UPSTREAM_UNAVAILABLE'],
      [jobId(2), 'retry', 40, 'UPSTREAM_UNAVAILABLE'],
    ]);
    expect(queue.visibilityChanges()).toEqual([10, 40]);
    expect(queue.calls.filter((c) => c.op === 'delete')).toHaveLength(0);
    expect(processor.failed).toHaveLength(0);

    // Redelivered only after its backoff.
    await flush(9_000);
    expect(processor.runs).toHaveLength(2);
    await flush(1_000);
    expect(processor.runs).toHaveLength(2); // the fake queue is not polled by time; wake it as SQS would
    queue.wake();
    await flush();
    expect(processor.runs.map((r) => r.ref.jobId)).toEqual([jobId(1), jobId(2), jobId(1)]);
    expect(errors.at(-1)).toMatchObject({ visibilityTimeoutSeconds: 20 });
    await consumer.stop();
  });

  it('marks the job FAILED with MAX_RECEIVE_COUNT_EXCEEDED on the last delivery and leaves the message for the DLQ', async () => {
    const { queue, processor, consumer, errors } = setup({ maxReceiveCount: 3 });
    processor.impl = () => Promise.reject(new Error('boom'));
    queue.push({ tenantId: TENANT, jobId: jobId(1) }, 2);
    consumer.start();
    await flush();

    expect(processor.failed).toEqual([
      { ref: { tenantId: TENANT, jobId: jobId(1) }, error: { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'Gave up after 3 deliveries; last error INTERNAL' } },
    ]);
    expect(errors).toMatchObject([{ action: 'dead_letter', errorCode: 'INTERNAL' }]);
    expect(queue.visibilityChanges()).toEqual([0]);
    expect(queue.calls.filter((c) => c.op === 'delete')).toHaveLength(0);
    // Visible again at once, so the next receive lets the redrive policy move it.
    expect(queue.deadLetters.map((m) => m.body.jobId)).toEqual([jobId(1)]);
    expect(processor.runs).toHaveLength(1);
    await consumer.stop();
  });

  it('returns an interrupted job to the queue at once', async () => {
    const { queue, processor, consumer, seen } = setup();
    // Only the first run is interrupted (as at a shutdown deadline); otherwise it would spin.
    let interruptions = 1;
    processor.impl = async () => (interruptions-- > 0 ? ({ kind: 'interrupted' } as PipelineOutcome) : FINISHED);
    queue.push({ tenantId: TENANT, jobId: jobId(1) });
    consumer.start();
    await flush();
    await consumer.stop();
    expect(queue.visibilityChanges()[0]).toBe(0);
    expect(seen).toContain('released');
    // Redelivered straight away and finished by the next run.
    expect(processor.runs).toHaveLength(2);
    expect(queue.messages).toHaveLength(0);
  });

  it('keeps a deferred message (another worker holds the job) and looks again when that lease ends', async () => {
    const { queue, processor, consumer } = setup();
    let deferrals = 1;
    processor.impl = async () => (deferrals-- > 0 ? { kind: 'deferred', retryAfterMs: 4_200 } : FINISHED);
    const deferredSeconds: number[] = [];
    consumer.on('deferred', (_m, seconds) => deferredSeconds.push(seconds));
    queue.push({ tenantId: TENANT, jobId: jobId(1) });
    consumer.start();
    await flush();
    // Not deleted: the holder may die, and then this message is the job's only way back.
    expect(queue.calls.filter((c) => c.op === 'delete')).toHaveLength(0);
    expect(queue.visibilityChanges()).toEqual([5]);
    expect(deferredSeconds).toEqual([5]);
    await consumer.stop();
    // Still queued, invisible until the holder's lease ends; the queue's own clock brings it back.
    expect(queue.messages).toHaveLength(1);
    expect(queue.messages[0].visibleAtMs).toBe(Date.now() + 5_000);
    expect(processor.runs).toHaveLength(1);
  });

  it('stop() stops receiving and waits for in-flight work to finish', async () => {
    const { queue, processor, consumer, seen } = setup();
    const gate = deferred<PipelineOutcome>();
    processor.impl = () => gate.promise;
    queue.push({ tenantId: TENANT, jobId: jobId(1) });
    consumer.start();
    await flush();

    let stopped = false;
    const stopping = consumer.stop().then(() => (stopped = true));
    await flush(5_000);
    expect(stopped).toBe(false);
    expect(consumer.isRunning).toBe(false);
    queue.push({ tenantId: TENANT, jobId: jobId(2) });
    gate.resolve(FINISHED);
    await flush();
    await stopping;

    expect(processor.runs).toHaveLength(1);
    expect(queue.calls.filter((c) => c.op === 'delete')).toHaveLength(1);
    expect(seen).toEqual(['message_received', 'processed', 'stopped']);
  });

  it('stop() returns unfinished messages to the queue after its deadline and never deletes them later', async () => {
    const { queue, processor, consumer, seen } = setup({ stopTimeoutMs: 1_000 });
    const gate = deferred<PipelineOutcome>();
    processor.impl = () => gate.promise;
    queue.push({ tenantId: TENANT, jobId: jobId(1) });
    consumer.start();
    await flush();
    const handle = queue.messages[0].receiptHandle!;

    const stopping = consumer.stop();
    await flush(1_000);
    await stopping;
    expect(queue.visibilityChanges(handle)).toEqual([0]);
    expect(processor.runs[0].signal?.aborted).toBe(true);
    expect(seen).toEqual(['message_received', 'released', 'stopped']);

    gate.resolve(FINISHED);
    await flush();
    expect(queue.calls.filter((c) => c.op === 'delete')).toHaveLength(0);
  });

  it('survives a failing ReceiveMessage with a pause, then carries on', async () => {
    const { queue, processor, consumer, seen } = setup({ receiveErrorBackoffMs: 2_000 });
    queue.failReceives = 1;
    queue.push({ tenantId: TENANT, jobId: jobId(1) });
    consumer.start();
    await flush();
    expect(seen).toEqual(['receive_error']);
    expect(processor.runs).toHaveLength(0);
    await flush(2_000);
    expect(processor.runs).toHaveLength(1);
    await consumer.stop();
  });

  it('reports a failed delete as queue_error without crashing the loop', async () => {
    const { queue, consumer, seen } = setup();
    queue.delete = () => Promise.reject(new Error('ReceiptHandleIsInvalid'));
    queue.push({ tenantId: TENANT, jobId: jobId(1) });
    consumer.start();
    await flush();
    expect(seen).toContain('queue_error');
    expect(consumer.isRunning).toBe(true);
    await consumer.stop();
  });

  it('start() is idempotent and stop() before start() is a no-op', async () => {
    const { consumer } = setup();
    await consumer.stop();
    consumer.start();
    consumer.start();
    await flush();
    await consumer.stop();
    expect(consumer.isRunning).toBe(false);
  });
});
