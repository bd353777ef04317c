// The shared submission rate buckets on DynamoDB Local: two limiters (two API instances) share one tenant
// bucket, concurrent takes never overspend it, buckets are per tenant and per credential, and the hint says
// when to retry.
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoRateBucketStore } from '../../src/adapters/dynamo/dynamoRateBucketStore';
import { provisionTable } from '../../src/adapters/provision';
import { policyOf, SubmissionRateLimiter } from '../../src/services/rateLimiter';
import { RateLimitedError } from '../../src/errors';
import type { Principal } from '../../src/auth';
import { testClients, uniqueName } from '../helpers/infra';

describe('DynamoRateBucketStore (DynamoDB Local)', () => {
  const clients = testClients();
  const table = `${uniqueName()}-jobs`;
  const now = 1_800_000_000_000;
  const clock = { nowMs: () => now };
  const principal = (tenant: string, subject = 'client-1'): Principal => ({ tenant, subject, roles: new Set(['submitter']) });

  beforeAll(async () => {
    await provisionTable(clients.dynamodb, table);
  });
  afterAll(async () => {
    await clients.dynamodb.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
    clients.dispose();
  });

  it('two API instances share one tenant bucket; concurrent takes never overspend it', async () => {
    const limits = { tenant: policyOf(60, 5), perRole: {} };
    const a = new SubmissionRateLimiter({ store: new DynamoRateBucketStore({ client: clients.dynamodb, tableName: table }), limits, clock });
    const b = new SubmissionRateLimiter({ store: new DynamoRateBucketStore({ client: clients.dynamodb, tableName: table }), limits, clock });
    const tenant = uniqueName('t');
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).admit(principal(tenant, `c${i}`))));
    const admitted = results.filter((r) => r.status === 'fulfilled').length;
    expect(admitted).toBe(5);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(RateLimitedError);
    const other = uniqueName('t');
    await a.admit(principal(other));
  });

  it('a burst of concurrent takes within the allowance all succeed: contention is never mistaken for the limit', async () => {
    const limits = { tenant: policyOf(6000, 6000), perRole: {} };
    const instances = [0, 1, 2].map(() => new SubmissionRateLimiter({ store: new DynamoRateBucketStore({ client: clients.dynamodb, tableName: table }), limits, clock }));
    const tenant = uniqueName('t');
    const results = await Promise.allSettled(Array.from({ length: 60 }, (_, i) => instances[i % 3].admit(principal(tenant, `c${i}`))));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  });

  it('refills at the sustained rate: a later take is admitted again', async () => {
    let t = now;
    const store = new DynamoRateBucketStore({ client: clients.dynamodb, tableName: table });
    const limiter = new SubmissionRateLimiter({ store, limits: { tenant: policyOf(60, 1), perRole: {} }, clock: { nowMs: () => t } });
    const tenant = uniqueName('t');
    await limiter.admit(principal(tenant));
    await expect(limiter.admit(principal(tenant))).rejects.toBeInstanceOf(RateLimitedError);
    t += 1_000;
    await limiter.admit(principal(tenant));
  });

  it('a credential limit by role holds across instances and answers with a retry hint', async () => {
    const limits = { perRole: { submitter: policyOf(30, 1) } };
    const store = new DynamoRateBucketStore({ client: clients.dynamodb, tableName: table });
    const a = new SubmissionRateLimiter({ store, limits, clock });
    const b = new SubmissionRateLimiter({ store: new DynamoRateBucketStore({ client: clients.dynamodb, tableName: table }), limits, clock });
    const tenant = uniqueName('t');
    await a.admit(principal(tenant, 'partner'));
    const err = await b.admit(principal(tenant, 'partner')).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.details.retryAfterSeconds).toBe(2);
    await b.admit(principal(tenant, 'another-partner'));
  });
});
