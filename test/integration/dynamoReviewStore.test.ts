// DynamoReviewStore on real DynamoDB Local: the review lease written only over the lease the caller read
// (two reviewers claiming at once: one CONFLICT), a report version written once, versions in order,
// the review window by submission time, tenant partitions, and the TTL a retention policy sets.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoReviewStore, reportVersionSk } from '../../src/adapters/dynamo/dynamoReviewStore';
import { tenantPk } from '../../src/adapters/dynamo/keys';
import type { ReviewedReportVersion, ReviewLease } from '../../src/domain/review';
import { ConflictError } from '../../src/errors';
import { provisionIsolated, testClients } from '../helpers/infra';

const clients = testClients();
afterAll(() => clients.dispose());

function version(tenantId: string, jobId: string, n: number, createdAt: string): ReviewedReportVersion {
  return {
    tenantId, jobId, version: n, createdAt, author: { kind: 'REVIEWER', subject: `r${n}` },
    report: { summary: { text: '', sections: [] }, codes: [], rejectedCodes: [], needsReview: false, reviewReasons: [], codeSetVersion: 'ICD-10-CM FY2027', models: {}, timingsMs: {} },
    review: { reviewer: `r${n}`, submittedAt: createdAt, machineReportAt: createdAt, noteType: 'OTHER', coderModel: 'm', machineCodes: ['I10'], reviewedCodes: ['I10'], decisions: [], summaryCorrected: false },
  };
}

describe('DynamoReviewStore', () => {
  it('keeps leases and versions conditional, ordered, windowed and tenant-scoped, with TTL from retention', async () => {
    const { jobsTable } = await provisionIsolated(clients);
    const store = new DynamoReviewStore({ client: clients.dynamodb, tableName: jobsTable, retention: { defaultDays: 30, byTenant: {}, auditDays: 2192 } });
    const jobId = '01JCXG8Z9Q4W7N3V5T2R1PKAAA';

    const lease: ReviewLease = { tenantId: 'acme', jobId, owner: 'alice', claimedAt: '2026-12-06T10:00:00.000Z', expiresAt: '2026-12-06T10:15:00.000Z' };
    await store.putLease(lease, undefined);
    // Bob read "no lease" before Alice wrote hers: his write is refused.
    await expect(store.putLease({ ...lease, owner: 'bob' }, undefined)).rejects.toBeInstanceOf(ConflictError);
    // Renewing over the lease one read succeeds; over a stale read it does not.
    await store.putLease({ ...lease, expiresAt: '2026-12-06T10:30:00.000Z' }, lease);
    await expect(store.putLease({ ...lease, owner: 'bob' }, lease)).rejects.toBeInstanceOf(ConflictError);
    expect(await store.getLease('acme', jobId)).toMatchObject({ owner: 'alice', expiresAt: '2026-12-06T10:30:00.000Z' });
    expect(await store.getLease('globex', jobId)).toBeUndefined();
    await store.releaseLease('acme', jobId, 'bob');
    expect(await store.getLease('acme', jobId)).toBeDefined();
    await store.releaseLease('acme', jobId, 'alice');
    expect(await store.getLease('acme', jobId)).toBeUndefined();

    await store.addVersion(version('acme', jobId, 3, '2026-12-06T12:00:00.000Z'));
    await store.addVersion(version('acme', jobId, 2, '2026-12-06T11:00:00.000Z'));
    await expect(store.addVersion(version('acme', jobId, 2, '2026-12-06T11:30:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
    await store.addVersion(version('globex', jobId, 2, '2026-12-06T11:00:00.000Z'));
    expect((await store.versions('acme', jobId)).map((v) => [v.version, v.createdAt])).toEqual([[2, '2026-12-06T11:00:00.000Z'], [3, '2026-12-06T12:00:00.000Z']]);
    expect((await store.reviewsBetween('acme', '2026-12-06T11:30:00.000Z', '2026-12-07T00:00:00.000Z')).map((v) => v.version)).toEqual([3]);

    const { Item } = await clients.dynamodb.send(new GetItemCommand({ TableName: jobsTable, Key: { pk: { S: tenantPk('acme') }, sk: { S: reportVersionSk(jobId, 2) } } }));
    expect(Number(Item?.expiresAt?.N)).toBe(Date.parse('2026-12-06T11:00:00.000Z') / 1000 + 30 * 86_400);
  });
});
