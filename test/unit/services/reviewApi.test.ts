// Unit: the review loop over real HTTP through the schema and resolvers (in-memory stores, real engine):
// typed error codes a client switches on — NOT_FOUND for another tenant's job, FORBIDDEN without the
// reviewer role, CONFLICT for a job claimed by another reviewer or an expired lease, BAD_USER_INPUT for an
// invalid code or evidence offsets — and a review that succeeds, read back as report versions.
import 'reflect-metadata';
import { LocalTokenVerifier, mintLocalToken } from '../../../src/auth';
import type { ApiServer } from '../../../src/server/http';
import type { CodeSet } from '../../../src/engine/icd10';
import { startTestApiServer } from '../../helpers/apiServer';
import { gql } from '../../helpers/graphqlClient';
import { ClaimReviewDocument, ReportHistoryDocument, ReportVersionDocument, ReviewQueueDocument, SubmitReviewDocument } from '../../generated/graphql';
import { LEASE_SECONDS, quoteIn, reviewWorld } from './reviewFixture';

describe('review loop over GraphQL', () => {
  const secret = new Uint8Array(32).fill(7);
  const w = reviewWorld();
  let api: ApiServer;
  let url: string;
  const token = (tenant: string, subject: string, roles: string[]) => mintLocalToken(secret, { tenant, subject, roles: roles as never });

  beforeAll(async () => {
    ({ api, url } = await startTestApiServer(
      { jobs: w.jobs, store: w.store, events: w.events, codeSet: {} as CodeSet, reports: w.reports, review: w.service, admin: { redriveDeadLetters: async () => ({ requeued: 0, resent: 0, dropped: 0, failed: 0 }) } },
      new LocalTokenVerifier(secret),
    ));
  });
  afterAll(() => api.stop());

  it('answers each refusal with its code, then records a valid review as version 2', async () => {
    const job = await w.processed();
    const alice = await token('acme', 'alice', ['reviewer']);
    const bob = await token('acme', 'bob', ['reviewer']);

    const queue = await gql(url, alice, ReviewQueueDocument, { first: 5 });
    expect(queue.data?.reviewQueue.edges.map((e) => e.node.job.id)).toContain(job.jobId);
    expect((await gql(url, await token('acme', 'r', ['reader']), ReviewQueueDocument, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(url, await token('globex', 'eve', ['reviewer']), ClaimReviewDocument, { jobId: job.jobId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect((await gql(url, alice, ClaimReviewDocument, { jobId: job.jobId })).data?.claimReview.reviewer).toBe('alice');
    expect((await gql(url, bob, ClaimReviewDocument, { jobId: job.jobId })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const badCode = await gql(url, alice, SubmitReviewDocument, { jobId: job.jobId, input: { decisions: [{ kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A.99' }] } });
    expect(badCode.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badOffsets = await gql(url, alice, SubmitReviewDocument, { jobId: job.jobId, input: { decisions: [{ kind: 'ADD', code: 'I12.9', evidence: [{ start: -1, end: 4, text: 'x' }] }] } });
    expect(badOffsets.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const evidence = await quoteIn(w.store, 'acme', job.jobId, 'Chronic gout of the right knee');
    const ok = await gql(url, alice, SubmitReviewDocument, { jobId: job.jobId, input: { decisions: [{ kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A.0610', evidence: [evidence] }], comment: 'Site and type documented.' } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.submitReview).toMatchObject({ job: { status: 'REVIEWED' }, version: { version: 2, authorKind: 'REVIEWER', reviewer: 'alice', report: { version: 2, needsReview: false } } });
    expect(ok.data?.submitReview.version.report.codes.map((c) => c.code)).toContain('M1A.0610');

    const v1 = await gql(url, alice, ReportVersionDocument, { jobId: job.jobId, version: 1 });
    expect(v1.data?.report?.codes.map((c) => c.code)).toContain('M1A.9XX0');
    expect((await gql(url, alice, ReportVersionDocument, { jobId: job.jobId, version: 9 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql(url, alice, ReportHistoryDocument, { jobId: job.jobId })).data?.reportHistory.map((v) => [v.version, v.authorKind])).toEqual([[1, 'MACHINE'], [2, 'REVIEWER']]);
  });

  it('an expired lease is CONFLICT', async () => {
    const job = await w.processed();
    const carol = await token('acme', 'carol', ['reviewer']);
    expect((await gql(url, carol, ClaimReviewDocument, { jobId: job.jobId })).errors).toBeUndefined();
    w.advance(LEASE_SECONDS * 1000 + 1);
    const late = await gql(url, carol, SubmitReviewDocument, { jobId: job.jobId, input: { decisions: [] } });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
