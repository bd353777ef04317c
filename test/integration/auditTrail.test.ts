// Integration: the audit trail on DynamoDB Local — concurrent writers (two trail instances, as two
// API instances) keep one linear chain per tenant; `chartcoder audit-verify` walks it and names the
// first tampered record; the admin listing filters and pages within the tenant; and retention lands
// as TTL on audit records and on every item of a job.
import { DeleteTableCommand, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { Writable } from 'node:stream';
import { DynamoAuditStore, chainPk, seqSk } from '../../src/adapters/dynamo/dynamoAuditStore';
import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import { provisionAuditTable, provisionTable } from '../../src/adapters/provision';
import { AuditTrail } from '../../src/audit/trail';
import { verifyAuditTrail } from '../../src/audit/verify';
import { main } from '../../src/cli/main';
import type { AuditEvent } from '../../src/domain/audit';
import type { RetentionPolicy } from '../../src/domain/retention';
import { sealed, testSealer } from '../helpers/sealer';
import { testClients, testInfra, uniqueName } from '../helpers/infra';

const DAY_S = 86_400;
const retention: RetentionPolicy = { defaultDays: 30, byTenant: { shortlived: 2 }, auditDays: 2192 };

function event(tenantId: string, i: number, extra: Partial<AuditEvent> = {}): AuditEvent {
  return {
    tenantId,
    actor: { subject: `user-${i % 3}`, credentialId: `jwt:${i}`, roles: ['reader'] },
    action: i % 2 ? 'JOB_READ' : 'REPORT_READ',
    targetId: '01JCXG8Z9Q4W7N3V5T2R1PKHMB',
    outcome: i % 5 === 0 ? 'NOT_FOUND' : 'SUCCESS',
    ip: '10.0.0.7',
    requestId: `req-${i}`,
    ...extra,
  };
}

function sink(): Writable & { text: string } {
  const out = new Writable({
    write(chunk, _enc, cb) {
      out.text += String(chunk);
      cb();
    },
  }) as Writable & { text: string };
  out.text = '';
  return out;
}

describe('audit trail on DynamoDB Local', () => {
  const clients = testClients();
  const table = `${uniqueName()}-audit`;
  const store = new DynamoAuditStore({ client: clients.dynamodb, tableName: table });
  const clock = { nowMs: () => Date.now() };
  const trail = () => new AuditTrail({ store, clock, retention });
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    await provisionAuditTable(clients.dynamodb, table);
    const info = testInfra();
    Object.assign(process.env, { AWS_REGION: info.region, DYNAMODB_ENDPOINT: info.dynamodbEndpoint, SQS_ENDPOINT: info.sqsEndpoint, SNS_ENDPOINT: info.snsEndpoint, AUDIT_TABLE: table, DATA_DIR: info.dataDir });
  });
  afterAll(async () => {
    process.env = savedEnv;
    await clients.dynamodb.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
    clients.dispose();
  });

  async function auditVerify(args: string[]): Promise<{ code: number; out: string }> {
    const stdout = sink();
    const code = await main(['audit-verify', ...args], { stdout, stderr: sink() });
    return { code, out: stdout.text };
  }

  it('keeps one linear chain per tenant under two concurrent writers, which audit-verify accepts', async () => {
    const tenant = uniqueName('tenant');
    const [a, b] = [trail(), trail()];
    await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 ? a : b).record(event(tenant, i))));
    const chain = await store.readChain(tenant, 0, 100);
    expect(chain.map((r) => r.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const [report] = await verifyAuditTrail(store, { tenantId: tenant, nowSeconds: Math.floor(Date.now() / 1000) });
    expect(report).toMatchObject({ verified: 24, firstSeq: 1, head: { seq: 24 } });
    expect(report.firstBreak).toBeUndefined();
    expect(await store.chains()).toContain(tenant);

    const { code, out } = await auditVerify(['--tenant', tenant]);
    expect(code).toBe(0);
    expect(out).toContain(`${tenant}: ok, 24 records (seq 1-24), head ${chain[23].hash}`);
  });

  it('refuses to overwrite a position: a second record at a taken seq is a conflict', async () => {
    const tenant = uniqueName('tenant');
    const first = await trail().record(event(tenant, 1));
    await expect(store.append([{ ...first, outcome: 'DENIED' }])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await store.latest(tenant))!.outcome).toBe(first.outcome);
  });

  it('audit-verify names the first record edited behind the API, and fails', async () => {
    const tenant = uniqueName('tenant');
    const t = trail();
    for (let i = 0; i < 6; i++) await t.record(event(tenant, i));
    await clients.dynamodb.send(
      new UpdateItemCommand({
        TableName: table,
        Key: { pk: { S: chainPk(tenant) }, sk: { S: seqSk(4) } },
        UpdateExpression: 'SET outcome = :o',
        ExpressionAttributeValues: { ':o': { S: 'DENIED' } },
      }),
    );
    await clients.dynamodb.send(
      new UpdateItemCommand({
        TableName: table,
        Key: { pk: { S: chainPk(tenant) }, sk: { S: seqSk(5) } },
        UpdateExpression: 'SET subject = :s',
        ExpressionAttributeValues: { ':s': { S: 'nobody' } },
      }),
    );
    const { code, out } = await auditVerify(['--tenant', tenant]);
    expect(code).toBe(1);
    expect(out).toContain(`${tenant}: BROKEN at seq 4 (HASH_MISMATCH) after 3 good records`);
  });

  it('lists a tenant\'s records newest first, filtered and paged, never another tenant\'s', async () => {
    const [tenant, other] = [uniqueName('tenant'), uniqueName('tenant')];
    const t = trail();
    for (let i = 0; i < 12; i++) await t.record(event(tenant, i));
    await t.record(event(other, 0));
    const seen: number[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await store.list(tenant, {}, { first: 5, after });
      seen.push(...page.items.map((i) => i.record.seq));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

    const notFound = await store.list(tenant, { outcome: 'NOT_FOUND' }, { first: 2 });
    expect(notFound.items.map((i) => i.record.seq)).toEqual([11, 6]);
    const rest = await store.list(tenant, { outcome: 'NOT_FOUND' }, { first: 2, after: notFound.endCursor });
    expect(rest.items.map((i) => i.record.seq)).toEqual([1]);
    expect(rest.hasNextPage).toBe(false);
    const bySubject = await store.list(tenant, { subject: 'user-1', action: 'JOB_READ' }, {});
    expect(bySubject.items.map((i) => i.record.seq)).toEqual([8, 2]);

    await expect(store.list(tenant, {}, { after: notFound.endCursor })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(store.list(tenant, {}, { after: 'garbage!' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await store.list(other, {}, {})).items.map((i) => i.record.tenantId)).toEqual([other]);
  });

  it('puts the retention on every audit record and every item of a job as TTL, per tenant', async () => {
    const tenant = uniqueName('tenant');
    const nowS = Math.floor(Date.now() / 1000);
    const record = await trail().record(event(tenant, 1));
    const { Item: auditItem } = await clients.dynamodb.send(new GetItemCommand({ TableName: table, Key: { pk: { S: chainPk(tenant) }, sk: { S: seqSk(1) } } }));
    expect(Number(auditItem!.expiresAt!.N)).toBe(record.expiresAtSeconds);
    expect(record.expiresAtSeconds! - nowS).toBeGreaterThanOrEqual(2192 * DAY_S - 5);

    const jobsTable = `${uniqueName()}-jobs`;
    await provisionTable(clients.dynamodb, jobsTable);
    try {
      const jobs = new DynamoJobStore({ client: clients.dynamodb, tableName: jobsTable, retention });
      const sealer = testSealer();
      const ttlOf = async (pk: string, sk: string) =>
        Number((await clients.dynamodb.send(new GetItemCommand({ TableName: jobsTable, Key: { pk: { S: pk }, sk: { S: sk } } }))).Item?.expiresAt?.N);
      for (const [t, days] of [[tenant, 30], ['shortlived', 2]] as const) {
        const { job } = await jobs.create(await sealed(sealer, { tenantId: t, text: 'Asthma.', noteType: 'OTHER', idempotencyKey: `k-${tenant}` }));
        const expected = Math.floor(Date.parse(job.createdAt) / 1000) + days * DAY_S;
        await jobs.transition(t, job.jobId, { expectedVersion: 1, to: 'REDACTING' });
        await jobs.transition(t, job.jobId, { expectedVersion: 2, to: 'SUMMARIZING', completed: { stage: 'REDACTING', output: { redactedText: 'x' }, durationMs: 1 } });
        expect(await ttlOf(`TENANT#${t}`, `JOB#${job.jobId}`)).toBe(expected);
        expect(await ttlOf(`TENANT#${t}`, `IDEMP#k-${tenant}`)).toBe(expected);
        expect(await ttlOf(`TENANT#${t}`, `OUT#${job.jobId}#REDACTING`)).toBe(expected);
      }
      // The sealed note never outlives its job: in the job item it expires with it; moved to its own item by a
      // failure before redaction, a two-day tenant's note expires with the job, not after a week.
      const { job } = await jobs.create(await sealed(sealer, { tenantId: 'shortlived', text: 'Asthma.', noteType: 'OTHER' }));
      expect(await ttlOf('TENANT#shortlived', `JOB#${job.jobId}`)).toBe(Math.floor(Date.parse(job.createdAt) / 1000) + 2 * DAY_S);
      await jobs.transition('shortlived', job.jobId, { expectedVersion: 1, to: 'FAILED', error: { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'test' } });
      expect(await ttlOf('TENANT#shortlived', `RAW#${job.jobId}`)).toBe(Math.floor(Date.parse(job.createdAt) / 1000) + 2 * DAY_S);
    } finally {
      await clients.dynamodb.send(new DeleteTableCommand({ TableName: jobsTable })).catch(() => undefined);
    }
  });
});
