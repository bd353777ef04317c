// Unit: a submit answers once its job is stored, and its enqueue and QUEUED announcement follow (issue 11 §5,
// "submit only writes and enqueues"): the store is the truth and the sweeper enqueues a stored job whose
// message never arrived, so the answer need not wait for SQS. Bounded: past maxHandoffsInFlight a submit
// waits for its own hand-off, and drain() (called at API stop) waits for every one.
import { JobService } from '../../../src/services/jobService';
import type { Principal } from '../../../src/auth/principal';
import type { JobMessageBody } from '../../../src/domain/ports';
import { MemoryEventBus, MemoryJobQueue, MemoryJobStore } from '../workers/fakes';

const submitter: Principal = { subject: 'u1', tenant: 'acme', roles: new Set(['submitter', 'reader']) };

/** A queue whose sends complete only when the test says so. */
class HeldQueue extends MemoryJobQueue {
  private readonly held: Array<() => void> = [];
  failNext = false;

  override async send(message: JobMessageBody, options: { delaySeconds?: number; abortSignal?: AbortSignal } = {}): Promise<void> {
    await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.failNext) {
      this.failNext = false;
      throw Object.assign(new Error('queue unavailable'), { name: 'ServiceUnavailable' });
    }
    return super.send(message, options);
  }

  get pending(): number {
    return this.held.length;
  }

  releaseAll(): void {
    for (const r of this.held.splice(0)) r();
  }
}

function setup(maxHandoffsInFlight = 4) {
  const store = new MemoryJobStore();
  const queue = new HeldQueue();
  const events = new MemoryEventBus();
  const warnings: string[] = [];
  const service = new JobService({
    store,
    sealer: store.sealer,
    queue,
    events,
    limits: { maxNoteChars: 10_000, maxBatchSize: 10 },
    logger: { info: () => undefined, warn: (_o, msg) => void warnings.push(msg ?? ''), error: () => undefined },
    maxHandoffsInFlight,
    enqueueTimeoutMs: 60_000,
  });
  return { store, queue, events, service, warnings };
}

/** Lets every already-settled promise callback run. */
const settle = () => new Promise<void>((r) => setImmediate(r));

describe('JobService.submit hand-off', () => {
  it('answers with the stored QUEUED job before its message is sent; the message and the event follow', async () => {
    const { store, queue, events, service } = setup();
    const job = await service.submit(submitter, { text: 'Essential hypertension.' });
    expect(job.status).toBe('QUEUED');
    expect((await store.get('acme', job.jobId)).status).toBe('QUEUED');
    expect(queue.pending).toBe(1);
    expect(queue.messages).toHaveLength(0);
    expect(service.handoffsInFlight).toBe(1);
    queue.releaseAll();
    await service.drain();
    expect(queue.messages.map((m) => m.body.jobId)).toEqual([job.jobId]);
    expect(events.published.map((e) => [e.jobId, e.status])).toEqual([[job.jobId, 'QUEUED']]);
    expect(service.handoffsInFlight).toBe(0);
  });

  it('past maxHandoffsInFlight a submit waits for its own enqueue (back-pressure), so answered-but-unsent jobs stay bounded', async () => {
    const { queue, service } = setup(2);
    await service.submit(submitter, { text: 'Asthma.' });
    await service.submit(submitter, { text: 'Gout.' });
    let thirdAnswered = false;
    const third = service.submit(submitter, { text: 'Migraine.' }).then(() => (thirdAnswered = true));
    await settle();
    await settle();
    expect(queue.pending).toBe(3);
    expect(thirdAnswered).toBe(false);
    expect(service.handoffsInFlight).toBe(2);
    queue.releaseAll();
    await third;
    expect(thirdAnswered).toBe(true);
    await service.drain();
    expect(queue.messages).toHaveLength(3);
  });

  it('a failed enqueue after the answer leaves the job QUEUED in the store for the sweeper and is logged, never thrown', async () => {
    const { store, queue, service, warnings } = setup();
    queue.failNext = true;
    const job = await service.submit(submitter, { text: 'Pneumonia.' });
    queue.releaseAll();
    await service.drain();
    expect(queue.messages).toHaveLength(0);
    expect((await store.get('acme', job.jobId)).status).toBe('QUEUED');
    expect(warnings).toContain('enqueue failed; sweeper will retry');
  });

  it('drain() waits for hand-offs that start while it waits', async () => {
    const { queue, service } = setup();
    await service.submit(submitter, { text: 'Asthma.' });
    let drained = false;
    const draining = service.drain().then(() => (drained = true));
    await settle();
    expect(drained).toBe(false);
    await service.submit(submitter, { text: 'Gout.' });
    queue.releaseAll();
    await settle();
    queue.releaseAll();
    await draining;
    expect(queue.messages).toHaveLength(2);
  });

});
