// Unit: the next paid stage starts beside the write before it only under the run's own live lease
// (exactly-once model calls: a wasted call is allowed, a repeat of a stored one is not).

import type { Job } from '../../../src/domain/job';
import type { TransitionRequest } from '../../../src/domain/ports';
import { ClinicalEngine } from '../../../src/engine';
import { ConflictError } from '../../../src/errors';
import { localModelProvider } from '../../../src/models/local';
import type { ModelProvider } from '../../../src/models/port';
import { Pipeline } from '../../../workers/pipeline';
import { deferred, MemoryEventBus, MemoryJobStore } from './fakes';

const NOTE = 'ASSESSMENT AND PLAN\nType 2 diabetes mellitus with CKD stage 3a: continue metformin. Essential hypertension: continue lisinopril.';
const engine = new ClinicalEngine();
const LEASE_MS = 30_000;

/** A store whose writes are logged and can be held open (a write in flight) per status they leave. */
class GatedStore extends MemoryJobStore {
  readonly log: string[] = [];
  readonly gates = new Map<string, Promise<void>>();
  override async transition(tenantId: string, jobId: string, request: TransitionRequest): Promise<Job> {
    const from = (await this.get(tenantId, jobId)).status;
    this.log.push(`write from ${from}`);
    await this.gates.get(from);
    const stored = await super.transition(tenantId, jobId, request);
    this.log.push(`stored from ${from}`);
    return stored;
  }
}

function setup(options: { modelMs?: number } = {}) {
  let t = 1_700_000_000_000;
  const clock = { nowMs: () => t };
  const store = new GatedStore(() => t);
  const base = localModelProvider(engine);
  const calls = { summarize: 0, code: 0 };
  const models: ModelProvider = {
    summarizer: {
      id: base.summarizer.id,
      summarize: (r) => {
        calls.summarize++;
        store.log.push('summarizer called');
        t += options.modelMs ?? 2_000; // the call's time on the run's clock
        return base.summarizer.summarize(r);
      },
    },
    coder: {
      id: base.coder.id,
      code: (r) => {
        calls.code++;
        store.log.push('coder called');
        return base.coder.code(r);
      },
    },
  };
  const pipeline = new Pipeline({ store, sealer: store.sealer, events: new MemoryEventBus(), engine, models, clock, lease: { owner: 'worker-a', durationMs: LEASE_MS } });
  return { store, pipeline, calls };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1_000 && !condition(); i++) await new Promise((r) => setImmediate(r));
  expect(condition()).toBe(true);
}

describe('Pipeline: a paid stage starts beside the write before it under the run\'s own lease', () => {
  it('starts the coder while the summary\'s write is in flight, but the summarizer only after the redaction write (no lease of its own before it)', async () => {
    const { store, pipeline, calls } = setup();
    const { job } = await store.submit({ tenantId: 'acme', text: NOTE, noteType: 'PROGRESS_NOTE' });
    const summaryWrite = deferred();
    store.gates.set('SUMMARIZING', summaryWrite.promise);
    const run = pipeline.run(job);
    await until(() => store.log.includes('coder called'));
    expect(store.log).toEqual(['write from QUEUED', 'stored from QUEUED', 'summarizer called', 'write from SUMMARIZING', 'coder called']);
    summaryWrite.resolve();
    const outcome = await run;
    expect(outcome.kind).toBe('finished');
    expect(calls).toEqual({ summarize: 1, code: 1 });
    const stored = await store.getStageOutputs('acme', job.jobId);
    expect(Object.keys(stored).sort()).toEqual(['CODING', 'REDACTING', 'SUMMARIZING', 'VALIDATING']);
  });

  it('drops the early coder answer when the summary\'s write fails (job changed meanwhile): nothing stored, no second coder call', async () => {
    const { store, pipeline, calls } = setup();
    const { job } = await store.submit({ tenantId: 'acme', text: NOTE, noteType: 'PROGRESS_NOTE' });
    store.beforeTransition = (current) => {
      if (current.status === 'SUMMARIZING') throw new ConflictError('Job was changed by someone else', { jobId: current.jobId });
    };
    const outcome = await pipeline.run(job);
    expect(outcome).toEqual({ kind: 'skipped', reason: 'CONFLICT' });
    expect(calls.code).toBe(1); // started beside the write and wasted: paid, never stored, never repeated
    expect(await store.getStageOutput('acme', job.jobId, 'CODING')).toBeUndefined();
    expect((await store.get('acme', job.jobId)).status).toBe('SUMMARIZING');
  });

  it('waits for the write when less than half the lease is left (a slow model call): the lease must outlast the early start', async () => {
    const { store, pipeline, calls } = setup({ modelMs: LEASE_MS * 0.6 });
    const { job } = await store.submit({ tenantId: 'acme', text: NOTE, noteType: 'PROGRESS_NOTE' });
    const summaryWrite = deferred();
    store.gates.set('SUMMARIZING', summaryWrite.promise);
    const run = pipeline.run(job);
    await until(() => store.log.includes('write from SUMMARIZING'));
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    expect(store.log).not.toContain('coder called');
    summaryWrite.resolve();
    expect((await run).kind).toBe('finished');
    expect(store.log.indexOf('coder called')).toBeGreaterThan(store.log.indexOf('stored from SUMMARIZING'));
    expect(calls).toEqual({ summarize: 1, code: 1 });
  });
});
