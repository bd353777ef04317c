// Unit: the job service's operator reads — a job's transition history (jobEvents) and the tenant's
// dead letters — with their role checks and tenant scoping, over the in-memory store.
import { JobService } from '../../../src/services/jobService';
import type { Principal } from '../../../src/auth/principal';
import type { Role } from '../../../src/auth/principal';
import { ForbiddenError, NotFoundError } from '../../../src/errors';
import { MemoryEventBus, MemoryJobQueue, MemoryJobStore } from '../workers/fakes';

const who = (tenant: string, ...roles: Role[]): Principal => ({ subject: `${tenant}-user`, tenant, roles: new Set(roles) });

function setup() {
  let now = Date.parse('2026-12-06T10:00:00.000Z');
  const store = new MemoryJobStore(() => (now += 1000));
  const service = new JobService({
    store,
    sealer: store.sealer,
    queue: new MemoryJobQueue(),
    events: new MemoryEventBus(),
    limits: { maxNoteChars: 10_000, maxBatchSize: 10 },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  return { store, service };
}

async function failedJob(store: MemoryJobStore, tenantId: string, code: string): Promise<string> {
  const { job } = await store.submit({ tenantId, text: 'Asthma.', noteType: 'OTHER' });
  const redacting = await store.transition(tenantId, job.jobId, { expectedVersion: 1, to: 'REDACTING' });
  await store.transition(tenantId, job.jobId, { expectedVersion: redacting.version, to: 'FAILED', error: { code, reason: 'operator text' } });
  return job.jobId;
}

describe('JobService.history (jobEvents)', () => {
  it('returns every stored transition with its error code, for any role that may read the job', async () => {
    const { store, service } = setup();
    const jobId = await failedJob(store, 'acme', 'MAX_RECEIVE_COUNT_EXCEEDED');
    const history = await service.history(who('acme', 'reader'), jobId);
    expect(history.map((h) => [h.from, h.to, h.errorCode])).toEqual([
      [undefined, 'QUEUED', undefined],
      ['QUEUED', 'REDACTING', undefined],
      ['REDACTING', 'FAILED', 'MAX_RECEIVE_COUNT_EXCEEDED'],
    ]);
  });

  it("another tenant's job is NOT_FOUND", async () => {
    const { store, service } = setup();
    const jobId = await failedJob(store, 'acme', 'X');
    await expect(service.history(who('other', 'reader', 'admin'), jobId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('JobService.deadLetters', () => {
  it("lists the admin's tenant's FAILED jobs newest first, paged, and nothing else", async () => {
    const { store, service } = setup();
    const a = await failedJob(store, 'acme', 'MAX_RECEIVE_COUNT_EXCEEDED');
    const b = await failedJob(store, 'acme', 'MODEL_ACCESS_DENIED');
    await failedJob(store, 'other', 'X');
    await store.submit({ tenantId: 'acme', text: 'Gout.', noteType: 'OTHER' }); // QUEUED: not a dead letter
    const page1 = await service.deadLetters(who('acme', 'admin'), 1, undefined);
    expect(page1.items.map((i) => [i.job.jobId, i.job.error?.code])).toEqual([[b, 'MODEL_ACCESS_DENIED']]);
    expect(page1.hasNextPage).toBe(true);
    const page2 = await service.deadLetters(who('acme', 'admin'), 1, page1.endCursor);
    expect(page2.items.map((i) => i.job.jobId)).toEqual([a]);
    expect(page2.hasNextPage).toBe(false);
  });

  it('is for admins only (FORBIDDEN for reader, submitter and reviewer)', async () => {
    const { service } = setup();
    for (const role of ['reader', 'submitter', 'reviewer'] as Role[]) {
      await expect(service.deadLetters(who('acme', role), 5, undefined)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe('JobService.validateSubmission: text encodings', () => {
  it('refuses an unpaired UTF-16 surrogate (not Unicode) and accepts astral characters, NUL and control characters as text', () => {
    const { service } = setup();
    expect(() => service.validateSubmission({ text: 'Asthma \ud800 flare.' })).toThrow(/not valid Unicode/);
    expect(() => service.validateSubmission({ text: 'Asthma \udc00 flare.' })).toThrow(/not valid Unicode/);
    expect(() => service.validateSubmission({ text: 'Asthma 😀 flare \u0000\u0007\u001b[31m.' })).not.toThrow();
  });
});

describe('JobService.submit under back-pressure (issue 11 §5)', () => {
  it('answers when the queue does not: the enqueue (after the answer) is given up at its deadline, the job stays QUEUED for the sweeper', async () => {
    const store = new MemoryJobStore();
    const queue = new MemoryJobQueue();
    const warnings: Array<Record<string, unknown>> = [];
    let aborted = false;
    // A queue that never answers unless the caller gives up.
    queue.send = (_message, options) =>
      new Promise<void>((_, reject) => {
        options?.abortSignal?.addEventListener('abort', () => {
          aborted = true;
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      });
    const service = new JobService({
      store,
      sealer: store.sealer,
      queue,
      events: new MemoryEventBus(),
      limits: { maxNoteChars: 10_000, maxBatchSize: 10 },
      logger: { info: () => undefined, warn: (o) => void warnings.push(o as Record<string, unknown>), error: () => undefined },
      enqueueTimeoutMs: 10,
    });
    const job = await service.submit(who('acme', 'submitter'), { text: 'Asthma, mild intermittent.' });
    expect(aborted).toBe(false);
    await service.drain();
    expect(aborted).toBe(true);
    expect((await store.get('acme', job.jobId)).status).toBe('QUEUED');
    expect(warnings).toEqual([expect.objectContaining({ jobId: job.jobId, err: 'EnqueueTimeout' })]);
  });
});
