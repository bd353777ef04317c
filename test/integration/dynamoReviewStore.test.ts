// DynamoReviewStore on real DynamoDB Local: the review lease written only over the lease the caller read
// (two reviewers claiming at once: one CONFLICT), a report version written once, versions in order,
// the review window by submission time, tenant partitions, and the TTL a retention policy sets.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoReviewStore, reportVersionSk } from '../../src/adapters/dynamo/dynamoReviewStore';
import { tenantPk } from '../../src/adapters/dynamo/keys';
import type { ReviewedReportVersion, ReviewLease } from '../../src/domain/review';
import { ConflictError } from '../../src/errors';
import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import { applyTransition } from '../../src/domain/lifecycle';
import { newJobId } from '../../src/domain/ids';
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

  it('a submitted review is one transaction: version, job REVIEWED and lease release together, or nothing (each condition named)', async () => {
    const { jobsTable } = await provisionIsolated(clients);
    const jobs = new DynamoJobStore({ client: clients.dynamodb, tableName: jobsTable });
    const reviews = new DynamoReviewStore({ client: clients.dynamodb, tableName: jobsTable });
    const sealedNote = { keyId: 'local:test', wrappedKey: new Uint8Array([1]), iv: new Uint8Array([2]), ciphertext: new Uint8Array([3]), authTag: new Uint8Array([4]) };
    const { job: queued } = await jobs.create({ tenantId: 'acme', jobId: newJobId(Date.now()), noteChars: 5, sealedNote, noteType: 'OTHER' });
    const out = (stage: 'REDACTING' | 'SUMMARIZING' | 'CODING' | 'VALIDATING') => ({ stage, output: { stage }, durationMs: 1 });
    // The pipeline's three writes, local stages chained: outputs and transitions land together.
    let job = await jobs.transition('acme', queued.jobId, { expectedVersion: 1, to: 'REDACTING', then: [{ to: 'SUMMARIZING', completed: out('REDACTING') }] });
    job = await jobs.transition('acme', job.jobId, { expectedVersion: job.version, to: 'CODING', completed: out('SUMMARIZING') });
    job = await jobs.transition('acme', job.jobId, { expectedVersion: job.version, to: 'VALIDATING', completed: out('CODING'), then: [{ to: 'NEEDS_REVIEW', completed: out('VALIDATING') }] });
    expect(job).toMatchObject({ status: 'NEEDS_REVIEW', version: 6 });
    expect(Object.keys(await jobs.getStageOutputs('acme', job.jobId)).sort()).toEqual(['CODING', 'REDACTING', 'SUMMARIZING', 'VALIDATING']);
    await expect(jobs.readSealedNote('acme', job.jobId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const at = '2026-12-06T10:05:00.000Z';
    await reviews.putLease({ tenantId: 'acme', jobId: job.jobId, owner: 'alice', claimedAt: at, expiresAt: '2026-12-06T10:15:00.000Z' }, undefined);
    const v2 = version('acme', job.jobId, 2, at);
    const reviewed = applyTransition(job, { expectedVersion: job.version, to: 'REVIEWED' }, at);
    const nothingWritten = async () => {
      expect(await jobs.get('acme', job.jobId)).toMatchObject({ status: 'NEEDS_REVIEW', version: 6 });
      expect(await reviews.versions('acme', job.jobId)).toEqual([]);
      expect(await reviews.getLease('acme', job.jobId)).toMatchObject({ owner: 'alice' });
    };
    // The job moved on since it was read (stale version): nothing is written.
    await expect(reviews.addReviewedVersion(v2, { job: { ...reviewed, version: 6 }, expectedJobVersion: 5, leaseOwner: 'alice' })).rejects.toMatchObject({ details: { reason: 'JOB_CHANGED' } });
    await nothingWritten();
    // Someone else's lease: nothing is written.
    await expect(reviews.addReviewedVersion(v2, { job: reviewed, expectedJobVersion: 6, leaseOwner: 'bob' })).rejects.toMatchObject({ details: { reason: 'LEASE_LOST' } });
    await nothingWritten();

    await reviews.addReviewedVersion(v2, { job: reviewed, expectedJobVersion: 6, leaseOwner: 'alice' });
    expect(await jobs.get('acme', job.jobId)).toMatchObject({ status: 'REVIEWED', version: 7 });
    expect((await reviews.versions('acme', job.jobId)).map((v) => v.version)).toEqual([2]);
    expect(await reviews.getLease('acme', job.jobId)).toBeUndefined();

    // A racing second submission of version 2 (with its own lease): refused whole, the job untouched.
    await reviews.putLease({ tenantId: 'acme', jobId: job.jobId, owner: 'bob', claimedAt: at, expiresAt: '2026-12-06T10:15:00.000Z' }, undefined);
    const again = applyTransition(reviewed, { expectedVersion: 7, to: 'REVIEWED' }, at);
    await expect(reviews.addReviewedVersion(version('acme', job.jobId, 2, at), { job: again, expectedJobVersion: 7, leaseOwner: 'bob' })).rejects.toMatchObject({ details: { reason: 'VERSION_TAKEN' } });
    expect(await jobs.get('acme', job.jobId)).toMatchObject({ status: 'REVIEWED', version: 7 });
    expect(await reviews.getLease('acme', job.jobId)).toMatchObject({ owner: 'bob' });
  });
});
