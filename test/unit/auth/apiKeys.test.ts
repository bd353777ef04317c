// Unit: partner API keys — created by admins with the secret shown once and stored only hashed,
// verified in constant time to a tenant-scoped principal, refused when wrong, revoked or expired,
// revocation honoured across instances within the cache window, last use recorded at most once a
// minute; and over the real HTTP server and graphql-ws: accepted beside JWT, create/revoke audited.
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { API_KEY_CACHE_MS, ApiKeyService, LocalTokenVerifier, mintLocalToken, presentedApiKey, type Principal } from '../../../src/auth';
import type { ApiKeyRecord, ApiKeyStore } from '../../../src/domain/ports';
import { ConflictError, NotFoundError } from '../../../src/errors';
import { AuditTrail } from '../../../src/audit/trail';
import type { ApiServer } from '../../../src/server/http';
import { startTestApiServer } from '../../helpers/apiServer';
import { JobService } from '../../../src/services/jobService';
import { UNAUTHENTICATED_CHAIN } from '../../../src/domain/audit';
import type { CodeSet } from '../../../src/engine/icd10';
import { CreateApiKeyDocument, JobDocument, RevokeApiKeyDocument } from '../../generated/graphql';
import { gql } from '../../helpers/graphqlClient';
import { MemoryEventBus, MemoryJobQueue, MemoryJobStore } from '../workers/fakes';
import { MemoryAuditStore } from '../audit/memoryAuditStore';

class MemoryApiKeyStore implements ApiKeyStore {
  readonly items = new Map<string, ApiKeyRecord>();
  touches: string[] = [];
  async create(r: ApiKeyRecord): Promise<void> {
    if (this.items.has(r.keyId)) throw new ConflictError('exists');
    this.items.set(r.keyId, { ...r });
  }
  async get(keyId: string): Promise<ApiKeyRecord | undefined> {
    const r = this.items.get(keyId);
    return r && { ...r };
  }
  async revoke(tenantId: string, keyId: string, at: string): Promise<ApiKeyRecord> {
    const r = this.items.get(keyId);
    if (!r || r.tenantId !== tenantId) throw new NotFoundError('No such API key');
    r.revokedAt ??= at;
    return { ...r };
  }
  async touch(keyId: string, at: string): Promise<void> {
    this.touches.push(at);
    this.items.get(keyId)!.lastUsedAt = at;
  }
}

const admin = (tenant = 'acme'): Principal => ({ tenant, subject: `boss@${tenant}`, roles: new Set(['admin']), credentialId: 'jwt:x' });

describe('ApiKeyService', () => {
  let t = Date.parse('2026-12-06T12:00:00.000Z');
  const clock = { nowMs: () => t };
  const store = new MemoryApiKeyStore();
  const keys = new ApiKeyService({ store, clock });

  it('creates a key shown once and stores only the SHA-256 of its secret', async () => {
    const { record, key } = await keys.create(admin(), { name: 'billing partner', roles: ['reader', 'submitter'] });
    expect(key).toMatch(/^ck_[A-Za-z0-9]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(record).toMatchObject({ tenantId: 'acme', name: 'billing partner', roles: ['reader', 'submitter'], createdBy: 'boss@acme' });
    const secret = key.split('.')[1];
    expect(JSON.stringify([...store.items.values()])).not.toContain(secret);
    expect(store.items.get(record.keyId)!.secretSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies a key to a principal of its tenant and roles, named by its public id', async () => {
    const { record, key } = await keys.create(admin(), { name: 'registry', roles: ['reader'] });
    const p = await keys.verify(key);
    expect(p).toEqual({ subject: `apikey:${record.keyId}`, tenant: 'acme', roles: new Set(['reader']), credentialId: `apikey:${record.keyId}` });
  });

  it('refuses a wrong secret, a malformed key and an unknown id with one UNAUTHENTICATED answer', async () => {
    const { key } = await keys.create(admin(), { name: 'p', roles: ['reader'] });
    const [id, secret] = key.split('.');
    const wrong = `${id}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [wrong, `${id}.short`, 'ck_AAAAAAAAAAAAAAAA.' + 'A'.repeat(43), 'not-a-key', '']) {
      await expect(keys.verify(bad)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'Invalid API key' });
    }
  });

  it('refuses a revoked key at once on the revoking instance, and on others within the cache window', async () => {
    const other = new ApiKeyService({ store, clock });
    const { record, key } = await keys.create(admin(), { name: 'p', roles: ['reader'] });
    await other.verify(key); // cached by the other instance
    await keys.revoke(admin(), record.keyId);
    await expect(keys.verify(key)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    t += API_KEY_CACHE_MS + 1;
    await expect(other.verify(key)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it("cannot revoke another tenant's key (NOT_FOUND, like a missing one)", async () => {
    const { record, key } = await keys.create(admin('acme'), { name: 'p', roles: ['reader'] });
    await expect(keys.revoke(admin('globex'), record.keyId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(keys.revoke(admin('globex'), 'not-an-id')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(keys.verify(key)).resolves.toMatchObject({ tenant: 'acme' });
  });

  it('refuses an expired key', async () => {
    const { key } = await keys.create(admin(), { name: 'p', roles: ['reader'], expiresInDays: 1 });
    await expect(keys.verify(key)).resolves.toMatchObject({ tenant: 'acme' });
    t += 86_400_000 + 1;
    await expect(keys.verify(key)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('records last use at most once a minute', async () => {
    const fresh = new MemoryApiKeyStore();
    const service = new ApiKeyService({ store: fresh, clock });
    const { key } = await service.create(admin(), { name: 'p', roles: ['reader'] });
    for (let i = 0; i < 5; i++) await service.verify(key);
    t += 61_000;
    await service.verify(key);
    expect(fresh.touches).toHaveLength(2);
  });

  it.each([
    [{ name: '', roles: ['reader'] }, 'name'],
    [{ name: 'x'.repeat(65), roles: ['reader'] }, 'name'],
    [{ name: 'p', roles: [] }, 'roles'],
    [{ name: 'p', roles: ['root'] }, 'roles'],
    [{ name: 'p', roles: ['reader'], expiresInDays: 0 }, 'expiresInDays'],
  ])('validates %j', async (input, field) => {
    await expect(keys.create(admin(), input)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
  });

  it('reads a key from "Authorization: ApiKey …" or x-api-key, and leaves bearer tokens alone', () => {
    expect(presentedApiKey('ApiKey ck_x.y', undefined)).toBe('ck_x.y');
    expect(presentedApiKey(undefined, 'ck_x.y')).toBe('ck_x.y');
    expect(presentedApiKey('Bearer abc', undefined)).toBeUndefined();
  });
});

describe('API keys over HTTP and graphql-ws', () => {
  let api: ApiServer;
  let url: string;
  const secret = new Uint8Array(32).fill(3);
  const jobsStore = new MemoryJobStore();
  const auditStore = new MemoryAuditStore();
  const keyStore = new MemoryApiKeyStore();
  let adminToken: string;

  beforeAll(async () => {
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const services = {
      jobs: new JobService({ store: jobsStore, sealer: jobsStore.sealer, queue: new MemoryJobQueue(), events: new MemoryEventBus(), limits: { maxNoteChars: 1000, maxBatchSize: 10 }, logger: silent }),
      store: jobsStore,
      events: new MemoryEventBus(),
      codeSet: {} as CodeSet,
      audit: new AuditTrail({ store: auditStore, clock: { nowMs: () => Date.now() }, retention: { defaultDays: 30, byTenant: {}, auditDays: 2192 } }),
      apiKeys: new ApiKeyService({ store: keyStore, clock: { nowMs: () => Date.now() } }),
      admin: { redriveDeadLetters: async () => ({ requeued: 0, resent: 0, dropped: 0, failed: 0 }) },
    };
    ({ api, url } = await startTestApiServer(services, new LocalTokenVerifier(secret)));
    adminToken = await mintLocalToken(secret, { tenant: 'acme', roles: ['admin'], subject: 'boss@acme' });
  });
  afterAll(() => api.stop());

  const withKey = (headers: Record<string, string>) => (query: string, variables: Record<string, unknown>) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

  it('creates a key (admins only), accepts it beside JWT on both headers and websockets, and refuses it once revoked; all audited', async () => {
    const reader = await mintLocalToken(secret, { tenant: 'acme', roles: ['reader'] });
    const refused = await gql(url, reader, CreateApiKeyDocument, { input: { name: 'billing', roles: ['reader'] } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const created = await gql(url, adminToken, CreateApiKeyDocument, { input: { name: 'billing', roles: ['reader'] } });
    const { key, apiKey } = created.data!.createApiKey;
    const { job } = await jobsStore.submit({ tenantId: 'acme', text: 'Asthma.', noteType: 'OTHER' });
    const read = print(JobDocument);

    for (const headers of [{ authorization: `ApiKey ${key}` }, { 'x-api-key': key }] as Array<Record<string, string>>) {
      const res = await withKey(headers)(read, { id: job.jobId });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { job: { id: string } } }).data.job.id).toBe(job.jobId);
    }
    const ws = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `ApiKey ${key}` }, retryAttempts: 0, lazy: true });
    const viaWs = await new Promise<unknown>((resolve, reject) => {
      let value: unknown;
      ws.subscribe({ query: read, variables: { id: job.jobId } }, { next: (v) => (value = v), error: reject, complete: () => resolve(value) });
    });
    await ws.dispose();
    expect(viaWs).toMatchObject({ data: { job: { id: job.jobId } } });

    const revoked = await gql(url, adminToken, RevokeApiKeyDocument, { keyId: apiKey.keyId });
    expect(revoked.data!.revokeApiKey.revokedAt).toBeTruthy();
    expect(revoked.data!.revokeApiKey.lastUsedAt).toBeTruthy();
    expect((await withKey({ 'x-api-key': key })(read, { id: job.jobId })).status).toBe(401);

    const acme = auditStore.records.get('acme')!;
    expect(acme.map((r) => [r.action, r.outcome, r.actor.credentialId.split(':')[0], r.targetId])).toEqual([
      ['API_KEY_CREATE', 'DENIED', 'jwt', undefined],
      ['API_KEY_CREATE', 'SUCCESS', 'jwt', apiKey.keyId],
      ['JOB_READ', 'SUCCESS', 'apikey', job.jobId],
      ['JOB_READ', 'SUCCESS', 'apikey', job.jobId],
      ['JOB_READ', 'SUCCESS', 'apikey', job.jobId],
      ['API_KEY_REVOKE', 'SUCCESS', 'jwt', apiKey.keyId],
    ]);
    const rejected = auditStore.records.get(UNAUTHENTICATED_CHAIN)!;
    expect(rejected.at(-1)).toMatchObject({ action: 'CREDENTIAL_REJECTED', actor: { credentialId: `apikey:${apiKey.keyId}` } });
    expect(JSON.stringify([...auditStore.records.values()])).not.toContain(key.split('.')[1]);
  });
});
