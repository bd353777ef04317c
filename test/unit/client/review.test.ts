// The SDK's review loop against a real in-process API (schema, resolvers, ReviewService, real engine, in-memory
// stores): the queue oldest first with filters and pages, a claim with its lease and CONFLICT for a second
// reviewer, a review that becomes version 2 (read back by version and in the history), code look-up, and
// typed errors naming the refused field (BAD_USER_INPUT → ValidationError.field).
import 'reflect-metadata';
import WebSocket from 'ws';
import { LocalTokenVerifier, mintLocalToken } from '../../../src/auth';
import type { ApiServer } from '../../../src/server/http';
import { ChartcoderClient, ConflictError, ForbiddenError, NotFoundError, ValidationError, fieldFromMessage } from '../../../client/src';
import { startTestApiServer } from '../../helpers/apiServer';
import { engine, quoteIn, reviewWorld } from '../services/reviewFixture';

describe('@chartcoder/client review loop', () => {
  const secret = new Uint8Array(32).fill(11);
  const w = reviewWorld();
  let api: ApiServer;
  let url: string;
  const clients: ChartcoderClient[] = [];
  const as = async (subject: string, roles: string[], tenant = 'acme') => {
    const c = new ChartcoderClient({ url, token: await mintLocalToken(secret, { tenant, subject, roles: roles as never }), webSocketImpl: WebSocket });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    ({ api, url } = await startTestApiServer(
      { jobs: w.jobs, store: w.store, events: w.events, codeSet: engine.codeSet, reports: w.reports, review: w.service, admin: { redriveDeadLetters: async () => ({ requeued: 0, resent: 0, dropped: 0, failed: 0 }) } },
      new LocalTokenVerifier(secret),
    ));
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await api.stop();
  });

  it('pages the queue oldest first and filters it by reason, note type and code', async () => {
    const older = await w.processed();
    const newer = await w.processed(undefined, 'acme', 'DISCHARGE_SUMMARY');
    const alice = await as('alice', ['reviewer']);
    const seen: string[] = [];
    for await (const item of alice.allReviewQueue(undefined, 1)) seen.push(item.job.id);
    expect(seen.indexOf(older.jobId)).toBeLessThan(seen.indexOf(newer.jobId));
    const first = await alice.listReviewQueue({ first: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.hasNextPage).toBe(true);
    expect(first.items[0].reviewReasons.join(' ')).toMatch(/INSTRUCTION_IN_NOTE/);

    const discharge = await alice.listReviewQueue({ filter: { noteType: 'DISCHARGE_SUMMARY' } });
    expect(discharge.items.map((i) => i.job.id)).toEqual([newer.jobId]);
    const byCode = await alice.listReviewQueue({ filter: { code: 'M1A9XX0' } });
    expect(byCode.items.map((i) => i.job.id)).toEqual(expect.arrayContaining([older.jobId, newer.jobId]));
    expect((await alice.listReviewQueue({ filter: { code: 'J45.909' } })).items).toEqual([]);
    expect((await alice.listReviewQueue({ filter: { reason: 'no-such-reason' } })).items).toEqual([]);
  });

  it('claims with a lease, answers a second reviewer with ConflictError, and records a review as version 2', async () => {
    const job = await w.processed();
    const alice = await as('alice', ['reviewer', 'reader']);
    const bob = await as('bob', ['reviewer']);
    const claim = await alice.claimReview(job.jobId);
    expect(claim).toMatchObject({ jobId: job.jobId, reviewer: 'alice' });
    expect(Date.parse(claim.expiresAt)).toBeGreaterThan(Date.parse(claim.claimedAt));
    await expect(bob.claimReview(job.jobId)).rejects.toBeInstanceOf(ConflictError);
    const inQueue = (await alice.listReviewQueue({ first: 50 })).items.find((i) => i.job.id === job.jobId);
    expect(inQueue?.claim?.reviewer).toBe('alice');

    const machine = (await alice.getReport(job.jobId))!;
    expect(machine.version).toBe(1);
    expect(machine.codes.map((c) => c.code)).toContain('M1A.9XX0');
    const gout = await quoteIn(w.store, 'acme', job.jobId, 'Chronic gout of the right knee');
    const reviewed = await alice.submitReview(job.jobId, {
      decisions: [
        { kind: 'REJECT', code: machine.codes.find((c) => c.code !== 'M1A.9XX0')!.code, reason: 'not supported by the assessment' },
        { kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A.0610', evidence: [gout] },
      ],
      comment: 'Site and type documented.',
    });
    expect(reviewed.job.status).toBe('REVIEWED');
    expect(reviewed.version).toMatchObject({ version: 2, authorKind: 'REVIEWER', reviewer: 'alice', report: { version: 2, needsReview: false } });
    expect(reviewed.version.report.codes.map((c) => c.code)).toContain('M1A.0610');

    const history = await alice.getReportHistory(job.jobId);
    expect(history.map((v) => [v.version, v.authorKind])).toEqual([[1, 'MACHINE'], [2, 'REVIEWER']]);
    expect((await alice.getReport(job.jobId, { version: 1 }))!.codes.map((c) => c.code)).toContain('M1A.9XX0');
    expect((await alice.getReport(job.jobId))!.version).toBe(2);
    // The version's FHIR Bundle carries the redacted note the reviewer's offsets refer to.
    expect((await alice.getReport(job.jobId, { version: 2, fhir: true }))!.fhir).toMatchObject({ resourceType: 'Bundle' });
    await expect(alice.getReport(job.jobId, { version: 9 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('throws ValidationError with the refused field, ForbiddenError without the reviewer role', async () => {
    const job = await w.processed();
    const carol = await as('carol', ['reviewer']);
    await carol.claimReview(job.jobId);
    const noReason = await carol.submitReview(job.jobId, { decisions: [{ kind: 'REJECT', code: 'M1A.9XX0', reason: ' ' }] }).catch((e) => e);
    expect(noReason).toBeInstanceOf(ValidationError);
    expect(noReason.field).toBe('decisions.0.reason');
    const badOffsets = await carol.submitReview(job.jobId, { decisions: [{ kind: 'ADD', code: 'I10', evidence: [{ start: -1, end: 4, text: 'x' }] }] }).catch((e) => e);
    expect(badOffsets).toBeInstanceOf(ValidationError);
    expect(badOffsets.field).toBe('evidence');
    const badSequence = await carol.submitReview(job.jobId, { decisions: [], sequence: ['I10'] }).catch((e) => e);
    expect(badSequence).toBeInstanceOf(ValidationError);
    expect(badSequence.field).toBe('sequence');
    // Refused submissions leave the claim and the job as they were: the review still goes through.
    expect((await carol.submitReview(job.jobId, { decisions: [] })).version.version).toBe(2);

    const reader = await as('rita', ['reader']);
    await expect(reader.listReviewQueue()).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reader.claimReview(job.jobId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect((await as('eve', ['reviewer'], 'globex')).claimReview(job.jobId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('looks codes up (dotted or not) and searches descriptions', async () => {
    const c = await as('dan', ['reader']);
    expect(await c.lookupCode('M1A0610')).toMatchObject({ code: 'M1A.0610', billable: true });
    expect((await c.lookupCode('M1A.0610'))!.longDescription).toMatch(/gout/i);
    expect(await c.lookupCode('ZZZ.99')).toBeNull();
    const hits = await c.searchCodes('essential hypertension', 5);
    expect(hits.map((h) => h.entry.code)).toContain('I10');
  });
});

describe('fieldFromMessage (fallback when the server sends no extensions.field)', () => {
  it.each([
    ['decisions[3]: REJECT needs a reason (at most 500 characters)', 'decisions.3'],
    ['sequence must list each reviewed code exactly once (I10)', 'sequence'],
    ['comment is longer than 4000 characters', 'comment'],
    ['a summary correction needs a title and a text', 'summaryCorrections'],
    ['ADD I10: evidence text does not match the note at 3–9', 'evidence'],
    ['CHANGE M1A.9XX0: at least one evidence span is required', 'evidence'],
    ['Code I12.9 (added I12.9) is refused: EXCLUDES1', 'decisions'],
    ['Review text contains what looks like PHI', undefined],
  ])('%s → %s', (message, field) => {
    expect(fieldFromMessage(message)).toBe(field);
  });
});
