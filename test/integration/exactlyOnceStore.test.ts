// Integration: the DynamoDB adapter's exactly-once writes against real DynamoDB Local — the lease a worker
// run takes with each transition, the conditional claim of a resumed stage, and stage outputs (the report
// included) written once, ever, with the attempt and version that wrote them.

import { DeleteTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import { JOB_ATTR, outputSk, tenantPk } from '../../src/adapters/dynamo/keys';
import { provisionTable } from '../../src/adapters/provision';
import { LeaseHeldError } from '../../src/domain/lifecycle';
import { testClients, uniqueName } from '../helpers/infra';
import { sealed, testSealer } from '../helpers/sealer';

const NOTE = 'Pt Oswin Fairweather, seen 02/03/2026. Type 2 diabetes mellitus without complications.';
const A = { owner: 'worker-a', durationMs: 30_000 };
const B = { owner: 'worker-b', durationMs: 30_000 };

describe('DynamoJobStore exactly-once writes (DynamoDB Local)', () => {
  const clients = testClients();
  const table = `${uniqueName()}-jobs`;
  let nowMs = Date.parse('2026-12-06T10:00:00.000Z');
  const sealer = testSealer();
  const store = new DynamoJobStore({ client: clients.dynamodb, tableName: table, clock: { nowMs: () => nowMs } });

  beforeAll(() => provisionTable(clients.dynamodb, table));
  afterAll(async () => {
    await clients.dynamodb.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
    clients.dispose();
  });

  async function summarizingJob(tenantId: string) {
    const { job } = await store.create(await sealed(sealer, { tenantId, text: NOTE, noteType: 'PROGRESS_NOTE' }, nowMs));
    const redacting = await store.transition(tenantId, job.jobId, { expectedVersion: 1, to: 'REDACTING', lease: A });
    return store.transition(tenantId, job.jobId, {
      expectedVersion: redacting.version,
      to: 'SUMMARIZING',
      completed: { stage: 'REDACTING', output: { redactedText: 'Pt [NAME]' }, durationMs: 3 },
      lease: A,
    });
  }

  it('persists the lease with the transition; a second worker cannot claim it while live, and can once it expired', async () => {
    const tenantId = uniqueName('t');
    const job = await summarizingJob(tenantId);
    expect((await store.get(tenantId, job.jobId)).lease).toEqual({ owner: 'worker-a', expiresAt: '2026-12-06T10:00:30.000Z' });

    await expect(store.claim(tenantId, job.jobId, { expectedVersion: job.version, ...B })).rejects.toBeInstanceOf(LeaseHeldError);
    nowMs += 31_000;
    const claimed = await store.claim(tenantId, job.jobId, { expectedVersion: job.version, ...B });
    expect(claimed).toMatchObject({ status: 'SUMMARIZING', version: job.version + 1, lease: { owner: 'worker-b' } });
    expect(await store.get(tenantId, job.jobId)).toEqual(claimed);
    // Worker A's late write, at the version it read, is refused: its model answer is never stored.
    await expect(
      store.transition(tenantId, job.jobId, { expectedVersion: job.version, to: 'CODING', completed: { stage: 'SUMMARIZING', output: {}, durationMs: 1 }, lease: A }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await store.getStageOutput(tenantId, job.jobId, 'SUMMARIZING')).toBeUndefined();
  });

  it('a live holder renews its lease at the same version (a long stage); the holder\'s write still lands, a renewal by anyone else or after a claim is refused', async () => {
    const tenantId = uniqueName('t');
    const job = await summarizingJob(tenantId);
    nowMs += 20_000;
    const renewed = await store.renewLease(tenantId, job.jobId, { expectedVersion: job.version, ...A });
    expect(renewed).toMatchObject({ version: job.version, lease: { owner: 'worker-a', expiresAt: new Date(nowMs + A.durationMs).toISOString() } });
    expect(await store.get(tenantId, job.jobId)).toEqual(renewed);
    nowMs += 15_000; // past the first lease, inside the renewed one
    await expect(store.claim(tenantId, job.jobId, { expectedVersion: job.version, ...B })).rejects.toBeInstanceOf(LeaseHeldError);
    await expect(store.renewLease(tenantId, job.jobId, { expectedVersion: job.version, ...B })).rejects.toMatchObject({ code: 'CONFLICT' });
    const coded = await store.transition(tenantId, job.jobId, { expectedVersion: job.version, to: 'CODING', completed: { stage: 'SUMMARIZING', output: {}, durationMs: 1 }, lease: A });
    expect(coded.version).toBe(job.version + 1);
    await expect(store.renewLease(tenantId, job.jobId, { expectedVersion: job.version, ...A })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a renewal or a claim from the caller\'s copy of the job (no read) is still conditional: a stale copy is refused once another worker moved the job', async () => {
    const tenantId = uniqueName('t');
    const held = await summarizingJob(tenantId);
    nowMs += 20_000;
    const renewed = await store.renewLease(tenantId, held.jobId, { expectedVersion: held.version, current: held, ...A });
    expect(await store.get(tenantId, held.jobId)).toEqual(renewed);
    nowMs += 31_000; // A's renewed lease lapsed (its heartbeat stalled)
    const claimed = await store.claim(tenantId, held.jobId, { expectedVersion: renewed.version, current: renewed, ...B });
    expect(claimed).toMatchObject({ version: held.version + 1, lease: { owner: 'worker-b' } });
    expect(await store.get(tenantId, held.jobId)).toEqual(claimed);
    // A's copy is stale: its renewal and a second claim from the same old copy are both refused by the condition.
    await expect(store.renewLease(tenantId, held.jobId, { expectedVersion: renewed.version, current: renewed, ...A })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(store.claim(tenantId, held.jobId, { expectedVersion: renewed.version, current: renewed, owner: 'worker-c', durationMs: 30_000 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await store.get(tenantId, held.jobId)).toEqual(claimed);
  });

  it('getWithSealedNote reads the job and its sealed note in one consistent read; after redaction only the job', async () => {
    const tenantId = uniqueName('t');
    const { job } = await store.create(await sealed(sealer, { tenantId, text: NOTE, noteType: 'PROGRESS_NOTE' }, nowMs));
    const before = await store.getWithSealedNote(tenantId, job.jobId);
    expect(before.job).toEqual(await store.get(tenantId, job.jobId));
    expect(await sealer.open(before.sealedNote!, { tenantId, jobId: job.jobId })).toBe(NOTE);
    const redacted = await summarizingJob(tenantId);
    const after = await store.getWithSealedNote(tenantId, redacted.jobId);
    expect(after).toEqual({ job: await store.get(tenantId, redacted.jobId) });
    // Another tenant's id reaches nothing, as get.
    await expect(store.getWithSealedNote(uniqueName('t'), job.jobId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('of two concurrent claims at the same version exactly one wins', async () => {
    const tenantId = uniqueName('t');
    const job = await summarizingJob(tenantId);
    nowMs += 31_000;
    const results = await Promise.allSettled([
      store.claim(tenantId, job.jobId, { expectedVersion: job.version, ...B }),
      store.claim(tenantId, job.jobId, { expectedVersion: job.version, owner: 'worker-c', durationMs: 30_000 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
  });

  it('never overwrites a stored stage output: the write fails even at the current version', async () => {
    const tenantId = uniqueName('t');
    const job = await summarizingJob(tenantId);
    const key = { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: outputSk(job.jobId, 'SUMMARIZING') } };
    // An output already there (written by an earlier attempt), job record unaware of it.
    await clients.dynamodb.send(new PutItemCommand({ TableName: table, Item: { ...key, entity: { S: 'STAGE_OUTPUT' } } }));
    await expect(
      store.transition(tenantId, job.jobId, { expectedVersion: job.version, to: 'CODING', completed: { stage: 'SUMMARIZING', output: { second: true }, durationMs: 1 }, lease: A }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // The whole transaction was refused: the job did not move either.
    expect((await store.get(tenantId, job.jobId)).status).toBe('SUMMARIZING');
  });

  it('records which attempt and version wrote each output', async () => {
    const tenantId = uniqueName('t');
    const job = await summarizingJob(tenantId);
    const { Item } = await clients.dynamodb.send(
      new GetItemCommand({ TableName: table, Key: { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: outputSk(job.jobId, 'REDACTING') } }, ConsistentRead: true }),
    );
    expect(Item?.attempt?.N).toBe('1');
    expect(Item?.writtenAtVersion?.N).toBe(String(job.version));
  });
});
