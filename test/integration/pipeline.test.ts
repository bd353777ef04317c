// Integration: the worker (JobConsumer + Pipeline + Sweeper + redrive) on real DynamoDB Local and
// fauxqs — submit → consume → report with original-text evidence; redelivery resumes without
// redoing a stage; a poison job ends FAILED in the DLQ and redrives; concurrency; heartbeat;
// sweeper. Each test provisions its own table and queues and disposes its consumer.

import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import { InProcessEventBus } from '../../src/adapters/events/inProcessEventBus';
import { SqsJobQueue } from '../../src/adapters/sqs/sqsJobQueue';
import { sealed, testSealer } from '../helpers/sealer';
import { systemClock } from '../../src/domain/clock';
import type { JobEvent } from '../../src/domain/events';
import type { Job } from '../../src/domain/job';
import { ClinicalEngine } from '../../src/engine';
import { UpstreamUnavailableError } from '../../src/errors';
import { localModelProvider } from '../../src/models/local';
import type { ModelProvider } from '../../src/models/port';
import { JobConsumer, type JobConsumerOptions, type ProcessingErrorInfo } from '../../workers/consumer';
import { redriveDeadLetters } from '../../workers/dlq';
import { Pipeline } from '../../workers/pipeline';
import type { JobReport, RedactionOutput } from '../../src/domain/stageOutputs';
import { Sweeper } from '../../workers/sweeper';
import { provisionIsolated, testClients } from '../helpers/infra';

const NOTE = [
  'CHIEF COMPLAINT',
  'Follow-up of diabetes and blood pressure.',
  '',
  'HISTORY OF PRESENT ILLNESS',
  'Mr. Harold Quimby is a 67-year-old man seen on 03/14/2026. He has type 2 diabetes mellitus with diabetic chronic kidney disease, CKD stage 3a, and essential hypertension. He denies chest pain.',
  '',
  'ASSESSMENT AND PLAN',
  'Type 2 diabetes with CKD stage 3a: continue metformin. Hypertension: continue lisinopril.',
  '',
  'Call 555-201-3344 with questions.',
].join('\n');
const PHI_STRINGS = ['Harold', 'Quimby', '03/14/2026', '555-201-3344'];
const TENANT = 'acme';
const TERMINAL = new Set(['COMPLETED', 'NEEDS_REVIEW', 'FAILED', 'CANCELLED']);

const engine = new ClinicalEngine();
const clients = testClients();
afterAll(() => clients.dispose());

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface HarnessOptions {
  models?: ModelProvider;
  maxReceiveCount?: number;
  visibilityTimeoutSeconds?: number;
  consumer?: Partial<JobConsumerOptions>;
}

/** A private table + queues, the real adapters, and a consumer that is stopped in afterEach. */
async function harness(options: HarnessOptions = {}) {
  const resources = await provisionIsolated(clients, {
    maxReceiveCount: options.maxReceiveCount ?? 3,
    visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 30,
  });
  const store = new DynamoJobStore({
    client: clients.dynamodb,
    tableName: resources.jobsTable,
  });
  const sealer = testSealer();
  const queue = new SqsJobQueue({ client: clients.sqs, queueUrl: resources.notesQueueUrl });
  const dlq = new SqsJobQueue({ client: clients.sqs, queueUrl: resources.notesDlqUrl });
  const events = new InProcessEventBus();
  const published: JobEvent[] = [];
  events.subscribe((e) => published.push(e));
  const pipeline = new Pipeline({ store, sealer, events, engine, models: options.models ?? localModelProvider(engine), clock: systemClock });
  const consumer = new JobConsumer({
    queue,
    processor: pipeline,
    concurrency: 4,
    // Short polls keep stop() and the tests quick; production uses 20 s.
    waitTimeSeconds: 1,
    visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 30,
    maxReceiveCount: options.maxReceiveCount ?? 3,
    backoffBaseSeconds: 1,
    backoffMaxSeconds: 2,
    ...options.consumer,
  });
  const processingErrors: ProcessingErrorInfo[] = [];
  consumer.on('processing_error', (info) => processingErrors.push(info));
  disposers.push(() => consumer.stop({ timeoutMs: 5_000 }));

  async function submit(text = NOTE): Promise<Job> {
    const { job } = await store.create(await sealed(sealer, { tenantId: TENANT, text, noteType: 'PROGRESS_NOTE' }));
    await queue.send({ tenantId: TENANT, jobId: job.jobId });
    return job;
  }
  async function settled(jobId: string, timeoutMs?: number): Promise<Job> {
    return waitFor(`job ${jobId} to settle`, async () => {
      const job = await store.get(TENANT, jobId);
      return TERMINAL.has(job.status) && job;
    }, timeoutMs);
  }
  return { resources, store, sealer, queue, dlq, events, published, pipeline, consumer, processingErrors, submit, settled };
}

const disposers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(disposers.splice(0).map((d) => d()));
});

/** Local models that count calls, optionally fail, and optionally take time (to hold a message). */
function instrumented(behaviour: { coderFailures?: number; summarizerAlwaysFails?: boolean; latencyMs?: number } = {}) {
  const base = localModelProvider(engine);
  const calls = { summarize: 0, code: 0, active: 0, maxActive: 0 };
  let coderFailures = behaviour.coderFailures ?? 0;
  const hold = async () => {
    calls.active++;
    calls.maxActive = Math.max(calls.maxActive, calls.active);
    if (behaviour.latencyMs) await new Promise((r) => setTimeout(r, behaviour.latencyMs));
    calls.active--;
  };
  const models: ModelProvider = {
    summarizer: {
      id: base.summarizer.id,
      summarize: async (r) => {
        calls.summarize++;
        await hold();
        if (behaviour.summarizerAlwaysFails) throw new UpstreamUnavailableError('model endpoint unavailable');
        return base.summarizer.summarize(r);
      },
    },
    coder: {
      id: base.coder.id,
      code: async (r) => {
        calls.code++;
        if (coderFailures-- > 0) throw new UpstreamUnavailableError('model endpoint timed out');
        return base.coder.code(r);
      },
    },
  };
  return { models, calls, heal: () => (behaviour.summarizerAlwaysFails = false) };
}

describe('worker pipeline on DynamoDB Local + fauxqs', () => {
  it('submit → consume → report whose evidence quotes equal the original text slices', async () => {
    const h = await harness();
    const job = await h.submit();
    h.consumer.start();
    const final = await h.settled(job.jobId);

    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(final.status);
    const mine = h.published.filter((e) => e.jobId === job.jobId);
    expect(mine.map((e) => e.status)).toEqual(['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING', final.status]);
    expect(mine.map((e) => e.version)).toEqual([2, 3, 4, 5, 6]);

    const report = (await h.store.getStageOutput<JobReport>(TENANT, job.jobId, 'VALIDATING'))!;
    expect(report.codes.length).toBeGreaterThan(0);
    for (const code of report.codes) {
      for (const e of code.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.text);
    }
    expect(report.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['E11.22']));
    expect(Object.keys(final.stages).sort()).toEqual(['CODING', 'REDACTING', 'SUMMARIZING', 'VALIDATING']);

    // The ciphertext is gone and nothing stored afterwards carries the PHI.
    await expect(h.store.readSealedNote(TENANT, job.jobId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const redaction = (await h.store.getStageOutput<RedactionOutput>(TENANT, job.jobId, 'REDACTING'))!;
    const stored = JSON.stringify([redaction, report]);
    for (const phi of PHI_STRINGS) expect(stored).not.toContain(phi);
    await waitFor('queue to drain', async () => {
      const depth = await h.queue.depth();
      return depth.visible + depth.inFlight === 0;
    });
  });

  it('a redelivered message resumes after the last stored stage without redoing it', async () => {
    const { models, calls } = instrumented({ coderFailures: 1 });
    const h = await harness({ models });
    const job = await h.submit();
    const received: number[] = [];
    h.consumer.on('message_received', (m) => received.push(m.receiveCount));
    h.consumer.start();
    const final = await h.settled(job.jobId);

    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(final.status);
    expect(received).toEqual([1, 2]);
    expect(h.processingErrors).toMatchObject([{ action: 'retry', visibilityTimeoutSeconds: 1, errorCode: 'UPSTREAM_UNAVAILABLE' }]);
    expect(calls.summarize).toBe(1); // SUMMARIZING was stored before the failure: not repeated
    expect(calls.code).toBe(2);

    // A duplicate message for the finished job changes nothing and calls no model.
    await h.queue.send({ tenantId: TENANT, jobId: job.jobId });
    await waitFor('duplicate to be consumed', async () => received.length === 3);
    await waitFor('queue to drain', async () => (await h.queue.depth()).inFlight === 0);
    expect((await h.store.get(TENANT, job.jobId)).version).toBe(final.version);
    expect(calls).toMatchObject({ summarize: 1, code: 2 });
  });

  it('a poison job ends FAILED with MAX_RECEIVE_COUNT_EXCEEDED in the DLQ, and the redrive finishes it', async () => {
    const poison = instrumented({ summarizerAlwaysFails: true });
    const h = await harness({ models: poison.models, maxReceiveCount: 2, visibilityTimeoutSeconds: 2 });
    const job = await h.submit();
    h.consumer.start();

    const failed = await h.settled(job.jobId);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toEqual({ code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'Gave up after 2 deliveries; last error UPSTREAM_UNAVAILABLE' });
    expect(h.processingErrors.map((e) => e.action)).toEqual(['retry', 'dead_letter']);
    expect(h.published.filter((e) => e.jobId === job.jobId).at(-1)).toMatchObject({ status: 'FAILED', errorCode: 'MAX_RECEIVE_COUNT_EXCEEDED' });
    // The consumer's next receive lets the redrive policy move the message.
    await waitFor('message in the DLQ', async () => (await h.dlq.depth()).visible === 1);
    expect(await h.queue.depth()).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    expect(poison.calls.summarize).toBe(2);

    // Admin redrive after the model recovered: FAILED → QUEUED → processed from the stored stages.
    poison.heal();
    const result = await redriveDeadLetters({ store: h.store, events: h.events, queue: h.queue, dlq: h.dlq });
    expect(result).toEqual({ requeued: 1, resent: 0, dropped: 0, failed: [] });
    const final = await h.settled(job.jobId);
    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(final.status);
    expect(final.attempt).toBe(2);
    expect(await h.dlq.depth()).toMatchObject({ visible: 0, inFlight: 0 });
  });

  it('works N jobs at once and completes each exactly once', async () => {
    const { models, calls } = instrumented({ latencyMs: 300 });
    const h = await harness({ models, consumer: { concurrency: 3 } });
    const jobs = await Promise.all(Array.from({ length: 8 }, () => h.submit()));
    h.consumer.start();
    const finals = await Promise.all(jobs.map((j) => h.settled(j.jobId, 60_000)));

    expect(finals.every((j) => j.status === 'COMPLETED' || j.status === 'NEEDS_REVIEW')).toBe(true);
    expect(calls.maxActive).toBeLessThanOrEqual(3);
    expect(calls.maxActive).toBeGreaterThanOrEqual(2);
    expect(calls.summarize).toBe(8);
    for (const job of jobs) {
      const versions = h.published.filter((e) => e.jobId === job.jobId).map((e) => e.version);
      expect(versions).toEqual([2, 3, 4, 5, 6]);
    }
  });

  it('the heartbeat keeps a long-running job invisible past its visibility timeout', async () => {
    const { models, calls } = instrumented({ latencyMs: 4_500 });
    const h = await harness({ models, visibilityTimeoutSeconds: 2, consumer: { heartbeatIntervalMs: 500 } });
    const received: number[] = [];
    h.consumer.on('message_received', (m) => received.push(m.receiveCount));
    const job = await h.submit();
    h.consumer.start();
    const final = await h.settled(job.jobId);

    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(final.status);
    expect(received).toEqual([1]);
    expect(calls.summarize).toBe(1);
  });

  it('the sweeper re-enqueues a job whose enqueue never happened', async () => {
    const h = await harness();
    const { job } = await h.store.create(await sealed(h.sealer, { tenantId: TENANT, text: NOTE, noteType: 'PROGRESS_NOTE' })); // no send
    const sweeper = new Sweeper({ store: h.store, queue: h.queue, stuckAfterMs: 1, intervalMs: 200 });
    disposers.push(() => sweeper.stop());
    h.consumer.start();
    await new Promise((r) => setTimeout(r, 50));
    sweeper.start();
    const final = await h.settled(job.jobId);
    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(final.status);
  });
});
