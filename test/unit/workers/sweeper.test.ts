// Unit: the sweeper (stuck non-terminal jobs re-enqueued, once per version) and the redrive helpers
// (FAILED → QUEUED → enqueued → dead letter deleted; finished jobs dropped).

import { redriveDeadLetters } from '../../../workers/dlq';
import { requeueJob } from '../../../src/services/requeue';
import { Sweeper } from '../../../workers/sweeper';
import { MemoryEventBus, MemoryJobQueue, MemoryJobStore } from './fakes';

beforeEach(() => jest.useFakeTimers({ now: 1_700_000_000_000 }));
afterEach(() => jest.useRealTimers());

async function newJob(store: MemoryJobStore) {
  return (await store.submit({ tenantId: 'acme', text: 'note', noteType: 'OTHER' })).job;
}

describe('Sweeper', () => {
  it('re-enqueues jobs untouched for longer than stuckAfterMs, once per version', async () => {
    const store = new MemoryJobStore();
    const queue = new MemoryJobQueue();
    const sweeper = new Sweeper({ store, queue, intervalMs: 60_000, stuckAfterMs: 300_000 });
    const requeued: string[] = [];
    sweeper.on('job_requeued', (j) => requeued.push(j.jobId));
    const stuck = await newJob(store);
    const done = await newJob(store);
    await store.transition('acme', done.jobId, { expectedVersion: 1, to: 'CANCELLED' });

    expect(await sweeper.sweepOnce()).toEqual({ found: 0, enqueued: 0, skipped: 0 });
    jest.setSystemTime(Date.now() + 300_001);
    expect(await sweeper.sweepOnce()).toEqual({ found: 1, enqueued: 1, skipped: 0 });
    expect(queue.messages.map((m) => m.body)).toEqual([{ tenantId: 'acme', jobId: stuck.jobId }]);
    // Still stuck at the same version on the next scan: our message is still on its way.
    expect(await sweeper.sweepOnce()).toEqual({ found: 1, enqueued: 0, skipped: 1 });
    expect(requeued).toEqual([stuck.jobId]);
  });

  it('scans on its interval and stops cleanly', async () => {
    const store = new MemoryJobStore();
    const queue = new MemoryJobQueue();
    const sweeper = new Sweeper({ store, queue, intervalMs: 1_000, stuckAfterMs: 1 });
    const swept = jest.fn();
    const stopped = jest.fn();
    sweeper.on('swept', swept);
    sweeper.on('stopped', stopped);
    sweeper.start();
    await jest.advanceTimersByTimeAsync(3_000);
    expect(swept).toHaveBeenCalledTimes(3);
    await sweeper.stop();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(swept).toHaveBeenCalledTimes(3);
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('reports a failing scan and keeps going', async () => {
    const store = new MemoryJobStore();
    store.findStuck = () => Promise.reject(new Error('ProvisionedThroughputExceededException'));
    const sweeper = new Sweeper({ store, queue: new MemoryJobQueue(), intervalMs: 1_000 });
    const errors = jest.fn();
    sweeper.on('sweep_error', errors);
    sweeper.start();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(errors).toHaveBeenCalledTimes(2);
    await sweeper.stop();
  });

  it('validates its options', () => {
    const store = new MemoryJobStore();
    const queue = new MemoryJobQueue();
    expect(() => new Sweeper({ store, queue, intervalMs: 0 })).toThrow(/intervalMs must be a positive integer/);
    expect(() => new Sweeper({ store } as never)).toThrow(/queue/);
  });
});

describe('requeueJob / redriveDeadLetters', () => {
  function deps() {
    const store = new MemoryJobStore();
    return { store, events: new MemoryEventBus(), queue: new MemoryJobQueue(), dlq: new MemoryJobQueue() };
  }

  it('moves a FAILED job back to QUEUED, publishes, then enqueues', async () => {
    const d = deps();
    const job = await newJob(d.store);
    await d.store.transition('acme', job.jobId, { expectedVersion: 1, to: 'FAILED', error: { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'x' } });
    const result = await requeueJob(d, job);
    expect(result).toMatchObject({ action: 'requeued', job: { status: 'QUEUED', version: 3, attempt: 2 } });
    expect(result.job.error).toBeUndefined();
    expect(d.events.published.map((e) => e.status)).toEqual(['QUEUED']);
    expect(d.queue.messages.map((m) => m.body.jobId)).toEqual([job.jobId]);
  });

  it('resends a job still in the pipeline and ignores a finished one', async () => {
    const d = deps();
    const live = await newJob(d.store);
    const done = await newJob(d.store);
    await d.store.transition('acme', done.jobId, { expectedVersion: 1, to: 'CANCELLED' });
    expect((await requeueJob(d, live)).action).toBe('resent');
    expect((await requeueJob(d, done)).action).toBe('ignored');
    expect(d.queue.messages).toHaveLength(1);
  });

  it('redrives the DLQ: requeues FAILED jobs, drops finished and unknown ones, deletes every dead letter it handled', async () => {
    const d = deps();
    const failed = await newJob(d.store);
    await d.store.transition('acme', failed.jobId, { expectedVersion: 1, to: 'FAILED', error: { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'x' } });
    const done = await newJob(d.store);
    await d.store.transition('acme', done.jobId, { expectedVersion: 1, to: 'CANCELLED' });
    d.dlq.push({ tenantId: 'acme', jobId: failed.jobId });
    d.dlq.push({ tenantId: 'acme', jobId: done.jobId });
    d.dlq.push({ tenantId: 'acme', jobId: '01JCXG8Z9Q4W7N3V5T2R1PKZZZ' });

    const result = await redriveDeadLetters(d);
    expect(result).toEqual({ requeued: 1, resent: 0, dropped: 2, failed: [] });
    expect(d.dlq.messages).toHaveLength(0);
    expect(d.queue.messages.map((m) => m.body.jobId)).toEqual([failed.jobId]);
    expect((await d.store.get('acme', failed.jobId)).status).toBe('QUEUED');
  });

  it('leaves a dead letter in the DLQ when moving it fails', async () => {
    const d = deps();
    const failed = await newJob(d.store);
    await d.store.transition('acme', failed.jobId, { expectedVersion: 1, to: 'FAILED', error: { code: 'X', reason: 'x' } });
    d.dlq.push({ tenantId: 'acme', jobId: failed.jobId });
    d.queue.send = () => Promise.reject(Object.assign(new Error('down'), { name: 'QueueDoesNotExist' }));
    const result = await redriveDeadLetters(d, { maxMessages: 5 });
    expect(result.failed).toEqual([{ jobId: failed.jobId, errorCode: 'QueueDoesNotExist' }]);
    expect(d.dlq.messages).toHaveLength(1);
  });
});
