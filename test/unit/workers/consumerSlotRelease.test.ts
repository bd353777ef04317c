// Unit: a run past its last model answer gives its model-call slot to the next message (issue 11 §5, time per
// job outside model time: the next job's receive, read and redaction overlap this job's final write and
// publish), while its message is still deleted only after the run returns (events out), model calls at once
// never exceed `concurrency`, and messages held never exceed 2 × concurrency. In-memory queue and store.

import type { Job } from '../../../src/domain/job';
import type { TransitionRequest } from '../../../src/domain/ports';
import { ClinicalEngine } from '../../../src/engine';
import { localModelProvider } from '../../../src/models/local';
import { JobConsumer } from '../../../workers/consumer';
import { Pipeline, type JobRef, type PipelineOutcome, type RunOptions } from '../../../workers/pipeline';
import type { JobError } from '../../../src/domain/job';
import { deferred, MemoryEventBus, MemoryJobQueue, MemoryJobStore } from './fakes';

const TENANT = 'acme';
const jobId = (n: number) => `01JCXG8Z9Q4W7N3V5T2R1PK${String(n).padStart(3, '0')}`;
const FINISHED = { kind: 'skipped', reason: 'ALREADY_TERMINAL' } as PipelineOutcome;

type Gate = { promise: Promise<void>; resolve: () => void };

/** Each run: "model work" until the test says so, then a finishing part (final write, publish) held by a second gate. */
class TwoPhaseProcessor {
  readonly runs: string[] = [];
  readonly modelGates = new Map<string, Gate>();
  readonly finishGates = new Map<string, Gate>();
  modelActive = 0;
  maxModelActive = 0;
  async run(ref: JobRef, options: RunOptions = {}): Promise<PipelineOutcome> {
    this.runs.push(ref.jobId);
    const model = deferred<void>();
    const finish = deferred<void>();
    this.modelGates.set(ref.jobId, model);
    this.finishGates.set(ref.jobId, finish);
    this.modelActive++;
    this.maxModelActive = Math.max(this.maxModelActive, this.modelActive);
    await model.promise;
    this.modelActive--;
    options.onModelCallsDone?.();
    await finish.promise;
    return FINISHED;
  }
  async markFailed(_ref: JobRef, _error: JobError) {
    return undefined;
  }
}

async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
}

describe('JobConsumer: the slot is a model-call slot', () => {
  it('receives the next message once a run has its last model answer, and deletes the first only when its run returns', async () => {
    const queue = new MemoryJobQueue(() => Date.now(), 30);
    const processor = new TwoPhaseProcessor();
    const consumer = new JobConsumer({ queue, processor, concurrency: 1, visibilityTimeoutSeconds: 30 });
    for (let i = 0; i < 2; i++) queue.push({ tenantId: TENANT, jobId: jobId(i) });
    consumer.start();
    await drainMicrotasks();
    expect(processor.runs).toEqual([jobId(0)]);

    processor.modelGates.get(jobId(0))!.resolve();
    await drainMicrotasks();
    // The second job runs beside the first one's final write; the first message is still held, not deleted.
    expect(processor.runs).toEqual([jobId(0), jobId(1)]);
    expect(consumer.inFlightCount).toBe(2);
    expect(queue.calls.filter((c) => c.op === 'delete')).toHaveLength(0);
    expect(processor.maxModelActive).toBe(1);

    processor.finishGates.get(jobId(0))!.resolve();
    await drainMicrotasks();
    expect(queue.calls.filter((c) => c.op === 'delete')).toHaveLength(1);
    expect(consumer.inFlightCount).toBe(1);

    processor.modelGates.get(jobId(1))!.resolve();
    processor.finishGates.get(jobId(1))!.resolve();
    await consumer.stop({ timeoutMs: 1_000 });
    expect(queue.messages).toHaveLength(0);
  });

  it('keeps model work at `concurrency` and messages held at 2 × concurrency when final writes hang', async () => {
    const queue = new MemoryJobQueue(() => Date.now(), 30);
    const processor = new TwoPhaseProcessor();
    const consumer = new JobConsumer({ queue, processor, concurrency: 3, visibilityTimeoutSeconds: 30 });
    for (let i = 0; i < 20; i++) queue.push({ tenantId: TENANT, jobId: jobId(i) });
    consumer.start();
    await drainMicrotasks();
    // Every run gets its model answer and then hangs in its final write (a store outage, say).
    for (let round = 0; round < 5; round++) {
      for (const gate of processor.modelGates.values()) gate.resolve();
      await drainMicrotasks();
    }
    expect(processor.maxModelActive).toBe(3);
    expect(consumer.inFlightCount).toBe(6);
    expect(processor.runs).toHaveLength(6);
    expect(processor.modelActive).toBe(0);

    for (const gate of processor.finishGates.values()) gate.resolve();
    await drainMicrotasks();
    expect(processor.runs.length).toBeGreaterThan(6);
    expect(processor.maxModelActive).toBe(3);
    for (let round = 0; round < 10; round++) {
      for (const gate of processor.modelGates.values()) gate.resolve();
      for (const gate of processor.finishGates.values()) gate.resolve();
      await drainMicrotasks();
    }
    await consumer.stop({ timeoutMs: 1_000 });
    expect(new Set(processor.runs).size).toBe(20);
    expect(processor.runs).toHaveLength(20);
  });
});

describe('Pipeline: onModelCallsDone', () => {
  const NOTE = 'ASSESSMENT AND PLAN\nType 2 diabetes mellitus with CKD stage 3a: continue metformin. Essential hypertension: continue lisinopril.';
  const engine = new ClinicalEngine();

  class LoggedStore extends MemoryJobStore {
    readonly log: string[] = [];
    override async transition(tenantId: string, jobId: string, request: TransitionRequest): Promise<Job> {
      const from = (await this.get(tenantId, jobId)).status;
      this.log.push(`write from ${from}`);
      return super.transition(tenantId, jobId, request);
    }
  }

  function setup() {
    let t = 1_700_000_000_000;
    const store = new LoggedStore(() => t);
    const base = localModelProvider(engine);
    const pipeline = new Pipeline({
      store,
      sealer: store.sealer,
      events: new MemoryEventBus(),
      engine,
      models: {
        summarizer: { id: base.summarizer.id, summarize: (r) => (store.log.push('summarizer called'), (t += 2_000), base.summarizer.summarize(r)) },
        coder: { id: base.coder.id, code: (r) => (store.log.push('coder called'), (t += 2_000), base.coder.code(r)) },
      },
      clock: { nowMs: () => t },
      lease: { owner: 'worker-a', durationMs: 30_000 },
    });
    return { store, pipeline };
  }

  it('is called once, after the last model call and before the final write', async () => {
    const { store, pipeline } = setup();
    const { job } = await store.submit({ tenantId: TENANT, text: NOTE, noteType: 'PROGRESS_NOTE' });
    const outcome = await pipeline.run(job, { onModelCallsDone: () => store.log.push('slot released') });
    expect(outcome.kind).toBe('finished');
    const released = store.log.indexOf('slot released');
    expect(store.log.filter((e) => e === 'slot released')).toHaveLength(1);
    expect(released).toBeGreaterThan(store.log.lastIndexOf('coder called'));
    expect(store.log.slice(released + 1)).toEqual(['write from CODING']);
  });

  it('is not called for a run that makes no model call (a duplicate delivery of a finished job)', async () => {
    const { store, pipeline } = setup();
    const { job } = await store.submit({ tenantId: TENANT, text: NOTE, noteType: 'PROGRESS_NOTE' });
    expect((await pipeline.run(job)).kind).toBe('finished');
    const done = jest.fn();
    const outcome = await pipeline.run(job, { onModelCallsDone: done });
    expect(outcome).toEqual(expect.objectContaining({ kind: 'skipped', reason: 'ALREADY_TERMINAL' }));
    expect(done).not.toHaveBeenCalled();
  });
});
