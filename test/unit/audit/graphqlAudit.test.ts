// Unit: which GraphQL calls leave an audit record and what it says, through the real schema and
// resolvers with in-memory ports: reads of jobs and reports (also refused and cross-tenant ones),
// job control, the audit query itself (admins, own tenant only), fail-closed reads, PHI typed into an
// id argument never recorded, and rejected credentials over HTTP and websockets.
import 'reflect-metadata';
import { graphql, parse, subscribe } from 'graphql';
import { AUDITED_OPERATIONS, AUDITED_SUBSCRIPTIONS, UNAUDITED_OPERATIONS } from '../../../src/audit/graphqlAudit';
import WebSocket from 'ws';
import { buildGraphqlSchema } from '../../../src/server/schema';
import type { ApiServer } from '../../../src/server/http';
import { startTestApiServer } from '../../helpers/apiServer';
import { JobService } from '../../../src/services/jobService';
import { AuditTrail } from '../../../src/audit/trail';
import { LocalTokenVerifier, mintLocalToken, type Principal } from '../../../src/auth';
import { UNAUTHENTICATED_CHAIN, type AuditRecord } from '../../../src/domain/audit';
import type { AppServices, GraphqlContext } from '../../../resolvers/context';
import type { CodeSet } from '../../../src/engine/icd10';
import { MemoryEventBus, MemoryJobQueue, MemoryJobStore } from '../workers/fakes';
import { MemoryAuditStore } from './memoryAuditStore';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const PHI = 'Jane Doe 123-45-6789';

function world() {
  const store = new MemoryJobStore();
  const auditStore = new MemoryAuditStore();
  const unrecorded: string[] = [];
  const audit = new AuditTrail({
    store: auditStore,
    clock: { nowMs: () => Date.now() },
    retention: { defaultDays: 30, byTenant: {}, auditDays: 2192 },
    onDropped: (e, reason) => unrecorded.push(`${e.action}:${reason}`),
  });
  const jobs = new JobService({ store, sealer: store.sealer, queue: new MemoryJobQueue(), events: new MemoryEventBus(), limits: { maxNoteChars: 10_000, maxBatchSize: 10 }, logger: silent });
  const services: AppServices = {
    jobs,
    store,
    events: new MemoryEventBus(),
    codeSet: {} as CodeSet,
    audit,
    admin: { redriveDeadLetters: async () => ({ requeued: 2, resent: 0, dropped: 1, failed: 0 }) },
  };
  return { store, auditStore, services, unrecorded };
}

const principal = (tenant: string, roles: Principal['roles'] extends ReadonlySet<infer R> ? R[] : never, subject = `user@${tenant}`): Principal => ({
  tenant,
  subject,
  roles: new Set(roles),
  credentialId: `jwt:${subject}`,
});

async function run(services: AppServices, who: Principal, source: string, variableValues: Record<string, unknown> = {}) {
  const contextValue: GraphqlContext = { principal: who, requestId: 'req-1', services, origin: { ip: '10.1.2.3', forwardedFor: '203.0.113.9' } };
  return graphql({ schema: buildGraphqlSchema(), source, variableValues, contextValue });
}

const records = (w: ReturnType<typeof world>, tenant: string): AuditRecord[] => w.auditStore.records.get(tenant) ?? [];

describe('GraphQL audit middleware', () => {
  it('records a job read and a report read with who, what, when, from where and outcome', async () => {
    const w = world();
    const { job } = await w.store.submit({ tenantId: 'acme', text: 'Asthma.', noteType: 'OTHER' });
    const reader = principal('acme', ['reader']);
    expect((await run(w.services, reader, 'query($id: ID!) { job(id: $id) { id } }', { id: job.jobId })).errors).toBeUndefined();
    expect((await run(w.services, reader, 'query($id: ID!) { report(jobId: $id) { jobId } }', { id: job.jobId })).errors).toBeUndefined();
    const [read, report] = records(w, 'acme');
    expect(read).toMatchObject({
      seq: 1,
      action: 'JOB_READ',
      outcome: 'SUCCESS',
      targetId: job.jobId,
      actor: { subject: 'user@acme', credentialId: 'jwt:user@acme', roles: ['reader'] },
      ip: '10.1.2.3',
      forwardedFor: '203.0.113.9',
      requestId: 'req-1',
    });
    expect(report).toMatchObject({ seq: 2, action: 'REPORT_READ', outcome: 'SUCCESS', targetId: job.jobId, prevHash: read.hash });
  });

  it("records a probe of another tenant's job as NOT_FOUND in the prober's own chain", async () => {
    const w = world();
    const { job } = await w.store.submit({ tenantId: 'acme', text: 'Asthma.', noteType: 'OTHER' });
    const result = await run(w.services, principal('globex', ['reader']), 'query($id: ID!) { job(id: $id) { id } }', { id: job.jobId });
    expect(result.errors?.[0].extensions?.code ?? (result.errors?.[0].originalError as { code?: string })?.code).toBe('NOT_FOUND');
    expect(records(w, 'globex')).toMatchObject([{ action: 'JOB_READ', outcome: 'NOT_FOUND', errorCode: 'NOT_FOUND', targetId: job.jobId }]);
    expect(records(w, 'acme')).toEqual([]);
  });

  it('never records what a client typed into an id argument unless it is an id', async () => {
    const w = world();
    await run(w.services, principal('acme', ['reader']), 'query($id: ID!) { job(id: $id) { id } }', { id: PHI });
    expect(records(w, 'acme')).toMatchObject([{ action: 'JOB_READ', outcome: 'NOT_FOUND', targetId: 'invalid' }]);
    expect(JSON.stringify([...w.auditStore.records.values()])).not.toContain('Jane');
  });

  it('records a refused call as DENIED (a reader cancelling), and job control with its target', async () => {
    const w = world();
    const { job } = await w.store.submit({ tenantId: 'acme', text: 'Asthma.', noteType: 'OTHER' });
    await run(w.services, principal('acme', ['reader']), 'mutation($id: ID!) { cancelJob(id: $id) { id } }', { id: job.jobId });
    const ok = await run(w.services, principal('acme', ['submitter']), 'mutation($id: ID!) { cancelJob(id: $id) { status } }', { id: job.jobId });
    expect(ok.errors).toBeUndefined();
    expect(records(w, 'acme').map((r) => [r.action, r.outcome, r.errorCode, r.targetId])).toEqual([
      ['JOB_CANCEL', 'DENIED', 'FORBIDDEN', job.jobId],
      ['JOB_CANCEL', 'SUCCESS', undefined, job.jobId],
    ]);
  });

  it('records a redrive with its counts', async () => {
    const w = world();
    await run(w.services, principal('acme', ['admin']), 'mutation { redriveDeadLetters { requeued } }');
    expect(records(w, 'acme')).toMatchObject([{ action: 'DEAD_LETTER_REDRIVE', outcome: 'SUCCESS', detail: { requeued: 2, resent: 0, dropped: 1, failed: 0 } }]);
  });

  it('fails a read closed when it cannot be recorded, but lets a finished mutation answer and reports the loss', async () => {
    const w = world();
    const { job } = await w.store.submit({ tenantId: 'acme', text: 'Asthma.', noteType: 'OTHER' });
    w.auditStore.beforeAppend = () => {
      throw new Error('DynamoDB unavailable');
    };
    const read = await run(w.services, principal('acme', ['reader']), 'query($id: ID!) { job(id: $id) { id } }', { id: job.jobId });
    expect(read.data).toBeNull();
    expect((read.errors?.[0].originalError as { code?: string }).code).toBe('UPSTREAM_UNAVAILABLE');
    const cancel = await run(w.services, principal('acme', ['submitter']), 'mutation($id: ID!) { cancelJob(id: $id) { status } }', { id: job.jobId });
    expect(cancel.data).toEqual({ cancelJob: { status: 'CANCELLED' } });
    expect(w.unrecorded).toEqual(['JOB_CANCEL:error']);
  });

  it("lets admins read their own tenant's trail only, and records that read too", async () => {
    const w = world();
    const { job } = await w.store.submit({ tenantId: 'acme', text: 'Asthma.', noteType: 'OTHER' });
    await run(w.services, principal('acme', ['reader']), 'query($id: ID!) { job(id: $id) { id } }', { id: job.jobId });
    await run(w.services, principal('globex', ['reader']), 'query($id: ID!) { job(id: $id) { id } }', { id: job.jobId });
    const query = '{ auditEvents { edges { node { seq action outcome subject targetId hash prevHash } } } }';
    const denied = await run(w.services, principal('acme', ['reader']), query);
    expect((denied.errors?.[0].originalError as { code?: string }).code).toBe('FORBIDDEN');
    const admin = await run(w.services, principal('acme', ['admin'], 'boss@acme'), query);
    const nodes = (admin.data as { auditEvents: { edges: Array<{ node: Record<string, unknown> }> } }).auditEvents.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.seq, n.action, n.outcome, n.subject])).toEqual([
      [2, 'AUDIT_READ', 'DENIED', 'user@acme'],
      [1, 'JOB_READ', 'SUCCESS', 'user@acme'],
    ]);
    expect(records(w, 'acme').at(-1)).toMatchObject({ action: 'AUDIT_READ', outcome: 'SUCCESS', actor: { subject: 'boss@acme' }, detail: { returned: 2 } });
  });

  it('makes a decision for every root field: audited, or listed as deliberately unaudited', () => {
    const schema = buildGraphqlSchema();
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(roots.filter((f) => !(f in AUDITED_OPERATIONS) && !UNAUDITED_OPERATIONS.has(f))).toEqual([]);
    expect(Object.keys(schema.getSubscriptionType()!.getFields()).filter((f) => !(f in AUDITED_SUBSCRIPTIONS))).toEqual([]);
  });

  it('records a job history read', async () => {
    const w = world();
    const { job } = await w.store.submit({ tenantId: 'acme', text: 'Asthma.', noteType: 'OTHER' });
    expect((await run(w.services, principal('acme', ['reader']), 'query($id: ID!) { jobEvents(jobId: $id) { status } }', { id: job.jobId })).errors).toBeUndefined();
    expect(records(w, 'acme')).toMatchObject([{ action: 'JOB_HISTORY_READ', outcome: 'SUCCESS', targetId: job.jobId }]);
  });

  it("records a subscription when it opens, and one to another tenant's job as NOT_FOUND", async () => {
    const w = world();
    const { job } = await w.store.submit({ tenantId: 'acme', text: 'Asthma.', noteType: 'OTHER' });
    const open = (who: Principal) =>
      subscribe({
        schema: buildGraphqlSchema(),
        document: parse('subscription($id: ID!) { jobStatus(jobId: $id) { status } }'),
        variableValues: { id: job.jobId },
        contextValue: { principal: who, requestId: 'req-ws', services: w.services, origin: { ip: '10.9.9.9' } } satisfies GraphqlContext,
      });
    const mine = (await open(principal('acme', ['reader']))) as AsyncIterableIterator<unknown>;
    expect(await mine.next()).toMatchObject({ value: { data: { jobStatus: { status: 'QUEUED' } } } });
    await mine.return?.();
    const theirs = await open(principal('globex', ['reader']));
    expect((theirs as { errors?: unknown[] }).errors).toHaveLength(1);
    expect(records(w, 'acme')).toMatchObject([{ action: 'JOB_SUBSCRIBE', outcome: 'SUCCESS', targetId: job.jobId, ip: '10.9.9.9', requestId: 'req-ws' }]);
    expect(records(w, 'globex')).toMatchObject([{ action: 'JOB_SUBSCRIBE', outcome: 'NOT_FOUND', targetId: job.jobId }]);
  });

  it('offers no mutation that alters or deletes an audit record', () => {
    const mutations = Object.keys(buildGraphqlSchema().getMutationType()!.getFields());
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });
});

describe('rejected credentials (HTTP and websocket)', () => {
  let api: ApiServer;
  let url: string;
  const w = world();
  const secret = new Uint8Array(32).fill(7);

  beforeAll(async () => {
    ({ api, url } = await startTestApiServer(w.services, new LocalTokenVerifier(secret)));
  });
  afterAll(() => api.stop());

  async function waitForRecords(n: number): Promise<AuditRecord[]> {
    for (let i = 0; i < 200; i++) {
      const got = records(w, UNAUTHENTICATED_CHAIN);
      if (got.length >= n) return got;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`expected ${n} rejected-credential records`);
  }

  it('records forged, expired and missing tokens with a fingerprint of the credential, never the credential', async () => {
    const forged = await mintLocalToken(new Uint8Array(32).fill(9), { tenant: 'acme', roles: ['admin'] });
    const expired = await mintLocalToken(secret, { tenant: 'acme', roles: ['admin'], ttlSeconds: -120 });
    for (const authorization of [`Bearer ${forged}`, `Bearer ${expired}`, undefined]) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.4', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.status).toBe(401);
    }
    const got = await waitForRecords(3);
    expect(got.map((r) => [r.action, r.outcome, r.errorCode, r.actor.subject, r.forwardedFor, r.detail?.transport])).toEqual(
      Array(3).fill(['CREDENTIAL_REJECTED', 'DENIED', 'UNAUTHENTICATED', 'anonymous', '198.51.100.4', 'http']),
    );
    expect(got[0].actor.credentialId).toMatch(/^presented:[0-9a-f]{16}$/);
    expect(got[0].actor.credentialId).not.toBe(got[1].actor.credentialId);
    expect(got[2].actor.credentialId).toBe('none');
    expect(got[0].ip).toMatch(/127\.0\.0\.1/);
    expect(JSON.stringify(got)).not.toContain(forged.split('.')[2]);
  });

  it('keeps X-Forwarded-For only when it is a list of addresses (no free text reaches the trail)', async () => {
    const before = records(w, UNAUTHENTICATED_CHAIN).length;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': PHI }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(401);
    const got = await waitForRecords(before + 1);
    expect(got.at(-1)!.forwardedFor).toBe('invalid');
  });

  it('records a websocket connection_init with a bad token', async () => {
    const before = records(w, UNAUTHENTICATED_CHAIN).length;
    const ws = new WebSocket(url.replace('http', 'ws'), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: 'Bearer not.a.token' } })));
    expect(await closed).toBe(4401);
    const got = await waitForRecords(before + 1);
    expect(got.at(-1)).toMatchObject({ action: 'CREDENTIAL_REJECTED', outcome: 'DENIED', detail: { transport: 'ws' } });
  });
});
