// Integration: partner API keys on DynamoDB Local — created once per id, looked up by id alone,
// revoked only by their own tenant (another tenant's revoke is NOT_FOUND and changes nothing), last
// use recorded; verified end to end through ApiKeyService.
import { DeleteTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoApiKeyStore } from '../../src/adapters/dynamo/dynamoApiKeyStore';
import { provisionTable } from '../../src/adapters/provision';
import { ApiKeyService, type Principal } from '../../src/auth';
import { testClients, uniqueName } from '../helpers/infra';

const admin = (tenant: string): Principal => ({ tenant, subject: `boss@${tenant}`, roles: new Set(['admin']) });

describe('DynamoApiKeyStore (DynamoDB Local)', () => {
  const clients = testClients();
  const table = `${uniqueName()}-jobs`;
  const store = new DynamoApiKeyStore({ client: clients.dynamodb, tableName: table });
  let t = Date.parse('2026-12-06T12:00:00.000Z');
  const keys = new ApiKeyService({ store, clock: { nowMs: () => t } });

  beforeAll(() => provisionTable(clients.dynamodb, table));
  afterAll(async () => {
    await clients.dynamodb.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
    clients.dispose();
  });

  it('stores a key hashed, verifies it, records last use, and lets only its tenant revoke it', async () => {
    const tenant = uniqueName('tenant');
    const { record, key } = await keys.create(admin(tenant), { name: 'billing', roles: ['submitter', 'reader'], expiresInDays: 30 });
    const { Items } = await clients.dynamodb.send(new ScanCommand({ TableName: table }));
    expect(JSON.stringify(Items)).not.toContain(key.split('.')[1]);

    await expect(keys.verify(key)).resolves.toMatchObject({ tenant, roles: new Set(['reader', 'submitter']), credentialId: `apikey:${record.keyId}` });
    await keys.drain(); // last use is written in the background
    expect(await store.get(record.keyId)).toMatchObject({ tenantId: tenant, name: 'billing', lastUsedAt: new Date(t).toISOString(), expiresAt: new Date(t + 30 * 86_400_000).toISOString() });

    await expect(store.create(record)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(store.revoke(uniqueName('tenant'), record.keyId, new Date(t).toISOString())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await store.get(record.keyId))!.revokedAt).toBeUndefined();

    t += 1000;
    const revoked = await keys.revoke(admin(tenant), record.keyId);
    expect(revoked.revokedAt).toBe(new Date(t).toISOString());
    // Idempotent: a second revoke keeps the first time.
    expect((await store.revoke(tenant, record.keyId, new Date(t + 5000).toISOString())).revokedAt).toBe(revoked.revokedAt);
    await expect(new ApiKeyService({ store, clock: { nowMs: () => t } }).verify(key)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
