// Integration: DynamoJobStore against real DynamoDB Local — idempotency (incl. concurrent creates),
// tenant isolation, optimistic concurrency, stage outputs, raw-note lifecycle, paging and the sweeper index.

import { DeleteTableCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import { provisionTable } from '../../src/adapters/provision';
import { testSealer, sealed } from '../helpers/sealer';
import type { Clock } from '../../src/domain/clock';
import type { Submission } from '../../src/domain/job';
import { ChartcoderError } from '../../src/errors';
import { testClients, uniqueName } from '../helpers/infra';

const NOTE = 'Pt John Smith, DOB 01/02/1950, MRN 123456. Type 2 diabetes mellitus without complications.';

class FakeClock implements Clock {
  constructor(public ms: number) {}
  nowMs(): number {
    return this.ms;
  }
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ChartcoderError) return err.code;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('DynamoJobStore (DynamoDB Local)', () => {
  const clients = testClients();
  const table = `${uniqueName()}-jobs`;
  const clock = new FakeClock(Date.parse('2026-11-01T10:00:00.000Z'));
  const sealer = testSealer();
  const store = new DynamoJobStore({ client: clients.dynamodb, tableName: table, clock });
  const tenant = () => uniqueName('tenant');
  /** A submission sealed at the given clock's time (the job id's ULID time, which created-range filters use). */
  const note = (tenantId: string, extra: Partial<Submission> = {}, at: FakeClock = clock) =>
    sealed(sealer, { tenantId, text: NOTE, noteType: 'PROGRESS_NOTE', ...extra }, at.ms);

  beforeAll(async () => {
    await provisionTable(clients.dynamodb, table);
  });
  afterAll(async () => {
    await clients.dynamodb.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
    clients.dispose();
  });

  it('creates a QUEUED job at version 1 and reads it back', async () => {
    const t = tenant();
    const { job, created } = await store.create(await note(t, { encounterId: 'enc-1', patientRef: 'p-9' }));
    expect(created).toBe(true);
    expect(job).toMatchObject({ tenantId: t, status: 'QUEUED', version: 1, noteChars: NOTE.length, attempt: 1 });
    await expect(store.get(t, job.jobId)).resolves.toEqual(job);
  });

  it('returns the same job for the same tenant + idempotency key, never a second one', async () => {
    const t = tenant();
    const first = await store.create(await note(t, { idempotencyKey: 'key-1' }));
    const again = await store.create(await note(t, { idempotencyKey: 'key-1', text: 'different text' }));
    expect(again.created).toBe(false);
    expect(again.job.jobId).toBe(first.job.jobId);
    const page = await store.list(t, {}, { first: 10 });
    expect(page.items).toHaveLength(1);
  });

  it('concurrent creates with one key make exactly one job', async () => {
    const t = tenant();
    const results = await Promise.all(
      Array.from({ length: 8 }, async () => store.create(await note(t, { idempotencyKey: 'race' }))),
    );
    const ids = new Set(results.map((r) => r.job.jobId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await store.list(t, {}, { first: 50 })).items).toHaveLength(1);
  });

  it('scopes idempotency keys to the tenant', async () => {
    const a = await store.create(await note(tenant(), { idempotencyKey: 'shared' }));
    const b = await store.create(await note(tenant(), { idempotencyKey: 'shared' }));
    expect(b.created).toBe(true);
    expect(b.job.jobId).not.toBe(a.job.jobId);
  });

  it("treats another tenant's job as not found", async () => {
    const owner = tenant();
    const { job } = await store.create(await note(owner));
    expect(await codeOf(store.get(tenant(), job.jobId))).toBe('NOT_FOUND');
    expect(await codeOf(store.readSealedNote(tenant(), job.jobId))).toBe('NOT_FOUND');
    expect(await codeOf(store.transition(tenant(), job.jobId, { expectedVersion: 1, to: 'REDACTING' }))).toBe('NOT_FOUND');
    expect(await store.getStageOutputs(tenant(), job.jobId)).toEqual({});
    expect(await codeOf(store.get(owner, 'not-a-job-id'))).toBe('NOT_FOUND');
  });

  it('persists the sealed note it is given, hands it back for the owner to open, deletes it with the redaction output', async () => {
    const t = tenant();
    const { job } = await store.create(await note(t));
    // In the job item (one conditional PutItem per submit), sealed: never the text.
    const { Item } = await clients.dynamodb.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: `TENANT#${t}` }, sk: { S: `JOB#${job.jobId}` } } }),
    );
    expect(Item?.sealedNote?.M?.ciphertext?.B).toBeDefined();
    expect(JSON.stringify(Item)).not.toContain('Smith');
    await expect(sealer.open(await store.readSealedNote(t, job.jobId), { tenantId: t, jobId: job.jobId })).resolves.toBe(NOTE);
    await expect(store.getWithSealedNote(t, job.jobId).then((r) => sealer.open(r.sealedNote!, { tenantId: t, jobId: job.jobId }))).resolves.toBe(NOTE);

    const redacting = await store.transition(t, job.jobId, { expectedVersion: 1, to: 'REDACTING' });
    const output = { redactedText: 'Pt [NAME], DOB [DATE], MRN [MRN]. Type 2 diabetes mellitus without complications.' };
    const summarizing = await store.transition(t, job.jobId, {
      expectedVersion: redacting.version,
      to: 'SUMMARIZING',
      completed: { stage: 'REDACTING', output, durationMs: 12, model: 'local:engine' },
    });
    expect(summarizing).toMatchObject({ status: 'SUMMARIZING', version: 3 });
    expect(summarizing.stages.REDACTING).toMatchObject({ durationMs: 12, model: 'local:engine' });
    expect(await codeOf(store.readSealedNote(t, job.jobId))).toBe('NOT_FOUND');
    await expect(store.getStageOutput(t, job.jobId, 'REDACTING')).resolves.toEqual(output);
    await expect(store.getStageOutputs(t, job.jobId)).resolves.toEqual({ REDACTING: output });
    await expect(store.get(t, job.jobId)).resolves.toEqual(summarizing);
  });

  it('a write before redaction that keeps the note (a failure) moves it to its own item with the 7-day backstop; a retry still redacts it, then it is gone', async () => {
    const t = tenant();
    const { job } = await store.create(await note(t));
    const failed = await store.transition(t, job.jobId, { expectedVersion: 1, to: 'FAILED', error: { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'test' } });
    const item = async (sk: string) =>
      (await clients.dynamodb.send(new GetItemCommand({ TableName: table, Key: { pk: { S: `TENANT#${t}` }, sk: { S: sk } }, ConsistentRead: true }))).Item;
    expect((await item(`JOB#${job.jobId}`))?.sealedNote).toBeUndefined();
    const raw = await item(`RAW#${job.jobId}`);
    expect(raw?.ciphertext?.B).toBeDefined();
    expect(Number(raw?.expiresAt?.N)).toBe(Math.floor(Date.parse(job.createdAt) / 1000) + 7 * 24 * 3600);
    await expect(sealer.open(await store.readSealedNote(t, job.jobId), { tenantId: t, jobId: job.jobId })).resolves.toBe(NOTE);

    const queued = await store.transition(t, job.jobId, { expectedVersion: failed.version, to: 'QUEUED' });
    const found = await store.getWithSealedNote(t, job.jobId);
    await expect(sealer.open(found.sealedNote!, { tenantId: t, jobId: job.jobId })).resolves.toBe(NOTE);
    await store.transition(t, job.jobId, {
      expectedVersion: queued.version,
      to: 'REDACTING',
      then: [{ to: 'SUMMARIZING', completed: { stage: 'REDACTING', output: { redactedText: 'x' }, durationMs: 1 } }],
    });
    expect(await item(`RAW#${job.jobId}`)).toBeUndefined();
    expect(await codeOf(store.readSealedNote(t, job.jobId))).toBe('NOT_FOUND');
  });

  it('rejects a stale version with CONFLICT and leaves the job unchanged', async () => {
    const t = tenant();
    const { job } = await store.create(await note(t));
    await store.transition(t, job.jobId, { expectedVersion: 1, to: 'REDACTING' });
    expect(await codeOf(store.transition(t, job.jobId, { expectedVersion: 1, to: 'CANCELLED' }))).toBe('CONFLICT');
    // Two writers racing on the same version: exactly one wins.
    const outcomes = await Promise.allSettled([
      store.transition(t, job.jobId, { expectedVersion: 2, to: 'CANCELLED' }),
      store.transition(t, job.jobId, { expectedVersion: 2, to: 'FAILED', error: { code: 'X', reason: 'test' } }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!;
    expect((rejected.reason as ChartcoderError).code).toBe('CONFLICT');
    expect((await store.get(t, job.jobId)).version).toBe(3);
  });

  it('refuses illegal transitions and FAILED without an error', async () => {
    const t = tenant();
    const { job } = await store.create(await note(t));
    expect(await codeOf(store.transition(t, job.jobId, { expectedVersion: 1, to: 'COMPLETED' }))).toBe('CONFLICT');
    expect(await codeOf(store.transition(t, job.jobId, { expectedVersion: 1, to: 'FAILED' }))).toBe('BAD_USER_INPUT');
    const failed = await store.transition(t, job.jobId, {
      expectedVersion: 1,
      to: 'FAILED',
      error: { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'moved to DLQ' },
    });
    expect(failed.error).toEqual({ code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'moved to DLQ' });
    const retried = await store.transition(t, job.jobId, { expectedVersion: failed.version, to: 'QUEUED' });
    expect(retried.error).toBeUndefined();
    expect(retried.attempt).toBe(2);
  });

  describe('list', () => {
    const t = tenant();
    const base = Date.parse('2026-10-01T00:00:00.000Z');
    const ids: string[] = [];

    beforeAll(async () => {
      for (let i = 0; i < 7; i++) {
        clock.ms = base + i * 60_000;
        const { job } = await store.create(await note(t, { noteType: i % 2 === 0 ? 'PROGRESS_NOTE' : 'DISCHARGE_SUMMARY', encounterId: i < 3 ? 'enc-A' : 'enc-B' }),
        );
        ids.push(job.jobId);
      }
      await store.transition(t, ids[5], { expectedVersion: 1, to: 'CANCELLED' });
      clock.ms = Date.parse('2026-11-01T10:00:00.000Z');
    });

    it('pages newest first with opaque cursors', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      for (;;) {
        const page = await store.list(t, {}, { first: 3, after });
        pages++;
        seen.push(...page.items.map((i) => i.job.jobId));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual([...ids].reverse());
    });

    it('filters by status, noteType, encounterId and created range', async () => {
      const byStatus = await store.list(t, { status: 'CANCELLED' }, {});
      expect(byStatus.items.map((i) => i.job.jobId)).toEqual([ids[5]]);
      const discharge = await store.list(t, { noteType: 'DISCHARGE_SUMMARY' }, { first: 2 });
      expect(discharge.items.map((i) => i.job.jobId)).toEqual([ids[5], ids[3]]);
      expect(discharge.hasNextPage).toBe(true);
      const rest = await store.list(t, { noteType: 'DISCHARGE_SUMMARY' }, { first: 2, after: discharge.endCursor });
      expect(rest.items.map((i) => i.job.jobId)).toEqual([ids[1]]);
      expect(rest.hasNextPage).toBe(false);
      const encA = await store.list(t, { encounterId: 'enc-A', noteType: 'PROGRESS_NOTE' }, {});
      expect(encA.items.map((i) => i.job.jobId)).toEqual([ids[2], ids[0]]);
      const range = await store.list(
        t,
        { createdFrom: new Date(base + 2 * 60_000), createdTo: new Date(base + 4 * 60_000) },
        {},
      );
      expect(range.items.map((i) => i.job.jobId)).toEqual([ids[4], ids[3], ids[2]]);
    });

    it('rejects malformed cursors and cursors from another filter as BAD_USER_INPUT', async () => {
      const page = await store.list(t, {}, { first: 1 });
      for (const bad of ['garbage!', 'eyJ2IjoxfQ', Buffer.from('{"v":1,"id":"../x","f":"a"}').toString('base64url'), '']) {
        expect(await codeOf(store.list(t, {}, { after: bad }))).toBe('BAD_USER_INPUT');
      }
      expect(await codeOf(store.list(t, { status: 'QUEUED' }, { after: page.endCursor }))).toBe('BAD_USER_INPUT');
      expect(await codeOf(store.list(t, {}, { first: 0 }))).toBe('BAD_USER_INPUT');
      expect(await codeOf(store.list(t, {}, { first: 101 }))).toBe('BAD_USER_INPUT');
    });

    it("never lists another tenant's jobs, even with that tenant's cursor", async () => {
      const page = await store.list(t, {}, { first: 1 });
      const other = await store.list(tenant(), {}, { after: page.endCursor });
      expect(other.items).toEqual([]);
    });
  });

  it('finds stuck non-terminal jobs through the sparse index, across tenants', async () => {
    const sweepTable = `${uniqueName()}-jobs`;
    await provisionTable(clients.dynamodb, sweepTable);
    const sweepClock = new FakeClock(Date.parse('2026-11-02T00:00:00.000Z'));
    const sweepStore = new DynamoJobStore({ client: clients.dynamodb, tableName: sweepTable, clock: sweepClock });
    const [t1, t2] = [tenant(), tenant()];
    const stuckQueued = (await sweepStore.create(await note(t1, {}, sweepClock))).job;
    const stuckCoding = (await sweepStore.create(await note(t2, {}, sweepClock))).job;
    await sweepStore.transition(t2, stuckCoding.jobId, { expectedVersion: 1, to: 'REDACTING' });
    const done = (await sweepStore.create(await note(t1, {}, sweepClock))).job;
    await sweepStore.transition(t1, done.jobId, { expectedVersion: 1, to: 'CANCELLED' });
    sweepClock.ms += 10 * 60_000;
    const fresh = (await sweepStore.create(await note(t2, {}, sweepClock))).job;

    const stuck = await sweepStore.findStuck(new Date(sweepClock.ms - 5 * 60_000), 10);
    expect(stuck.map((s) => s.jobId).sort()).toEqual([stuckQueued.jobId, stuckCoding.jobId].sort());
    expect(stuck.find((s) => s.jobId === stuckCoding.jobId)).toMatchObject({ tenantId: t2, status: 'REDACTING', version: 2 });
    expect(stuck.map((s) => s.jobId)).not.toContain(fresh.jobId);
    await clients.dynamodb.send(new DeleteTableCommand({ TableName: sweepTable }));
  });

  it('provisioning the table again (even concurrently) is a no-op', async () => {
    await Promise.all([provisionTable(clients.dynamodb, table), provisionTable(clients.dynamodb, table)]);
    const t = tenant();
    await store.create(await note(t));
    expect((await store.list(t, {}, {})).items).toHaveLength(1);
  });
});
