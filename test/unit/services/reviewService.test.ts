// Unit: the review workflow on in-memory stores with the real engine — the queue (oldest first, filters,
// pages), the review lease (CONFLICT while another reviewer holds it, free again after expiry), and
// submitReview: each decision kind, sequencing, summary corrections, validation of added/changed codes by
// the engine's validator (unknown, non-billable, evidence offsets, Excludes1), REVIEWED + event + version.
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../src/errors';
import { FLAGGED_NOTE, LEASE_SECONDS, quoteIn, reviewWorld, who } from './reviewFixture';

const alice = who('acme', 'alice', 'reviewer');
const bob = who('acme', 'bob', 'reviewer');

describe('ReviewService.claim: a lease keeps two reviewers off one job', () => {
  it('gives the job to the first reviewer, CONFLICT to the second until the lease expires', async () => {
    const w = reviewWorld();
    const job = await w.processed();
    expect(job.status).toBe('NEEDS_REVIEW');
    const lease = await w.service.claim(alice, job.jobId);
    expect(lease).toMatchObject({ owner: 'alice', expiresAt: new Date(w.clock.nowMs() + LEASE_SECONDS * 1000).toISOString() });
    await expect(w.service.claim(bob, job.jobId)).rejects.toBeInstanceOf(ConflictError);
    // Claiming again renews one's own lease.
    w.advance(60_000);
    const renewed = await w.service.claim(alice, job.jobId);
    expect(renewed.claimedAt).toBe(lease.claimedAt);
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.parse(lease.expiresAt));
    w.advance(LEASE_SECONDS * 1000 + 1);
    expect((await w.service.claim(bob, job.jobId)).owner).toBe('bob');
  });

  it('needs the reviewer role; another tenant\'s job is NOT_FOUND; a job still running is CONFLICT', async () => {
    const w = reviewWorld();
    const job = await w.processed();
    await expect(w.service.claim(who('acme', 'r', 'reader'), job.jobId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(w.service.claim(who('globex', 'eve', 'reviewer'), job.jobId)).rejects.toBeInstanceOf(NotFoundError);
    const { job: queued } = await w.store.submit({ tenantId: 'acme', text: 'Assessment: gout.', noteType: 'PROGRESS_NOTE' });
    await expect(w.service.claim(alice, queued.jobId)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('ReviewService.submit', () => {
  it('applies accept, reject, change and add decisions, sequencing and a summary correction as version 2; the job becomes REVIEWED', async () => {
    // The coder model missed hypertensive CKD (I.C.9.a.2: hypertension with CKD is one combination code): the reviewer adds it.
    const w = reviewWorld({ miss: ['I12.9'] });
    const job = await w.processed();
    const machine = (await w.reports.report(alice, job.jobId))!.version.report;
    expect(machine.codes.map((c) => c.code)).toEqual(['E11.22', 'N18.31', 'M1A.9XX0']);
    await w.service.claim(alice, job.jobId);
    const published = w.events.published.length;

    const result = await w.service.submit(alice, job.jobId, {
      decisions: [
        { kind: 'ACCEPT', code: 'E11.22' },
        { kind: 'REJECT', code: 'N18.31', reason: 'stage not documented by the treating provider' },
        { kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A.0610', evidence: [await quoteIn(w.store, 'acme', job.jobId, 'Chronic gout of the right knee')] },
        { kind: 'ADD', code: 'I12.9', evidence: [await quoteIn(w.store, 'acme', job.jobId, 'Essential hypertension'), await quoteIn(w.store, 'acme', job.jobId, 'chronic kidney disease')] },
      ],
      sequence: ['I12.9', 'E11.22', 'M1A.0610'],
      summaryCorrections: [{ title: 'Assessment', text: 'Type 2 diabetes with kidney disease, hypertension and chronic gout of the knee.' }],
      comment: 'Stage of kidney disease to be confirmed.',
    });

    expect(result.job.status).toBe('REVIEWED');
    expect(result.version).toMatchObject({ version: 2, author: { kind: 'REVIEWER', subject: 'alice' } });
    const report = result.version.report;
    expect(report.codes.map((c) => [c.code, c.rank, c.role])).toEqual([['I12.9', 1, 'principal'], ['E11.22', 2, 'secondary'], ['M1A.0610', 3, 'secondary']]);
    for (const c of report.codes) for (const e of c.evidence) expect(FLAGGED_NOTE.slice(e.start, e.end)).toBe(e.text);
    expect(report.summary.sections.find((s) => s.title === 'Assessment')?.text).toContain('chronic gout of the knee');
    expect(report.needsReview).toBe(false);
    expect(result.version.review).toMatchObject({ machineCodes: ['E1122', 'N1831', 'M1A9XX0'], reviewedCodes: ['I129', 'E1122', 'M1A0610'], coderModel: 'test:coder-that-misses', summaryCorrected: true });

    // Versions, event, lease and monitoring record.
    expect((await w.reports.history(alice, job.jobId)).versions.map((v) => [v.version, v.author.kind])).toEqual([[1, 'MACHINE'], [2, 'REVIEWER']]);
    expect(w.events.published.slice(published).map((e) => [e.jobId, e.status])).toEqual([[job.jobId, 'REVIEWED']]);
    expect(await w.reviews.getLease('acme', job.jobId)).toBeUndefined();
    expect(w.reviewed).toHaveLength(1);
  });

  it('a second review (for agreement) adds version 3 and leaves the job REVIEWED', async () => {
    const w = reviewWorld();
    const job = await w.processed();
    await w.service.claim(alice, job.jobId);
    await w.service.submit(alice, job.jobId, { decisions: [] });
    await w.service.claim(bob, job.jobId);
    const second = await w.service.submit(bob, job.jobId, { decisions: [{ kind: 'REJECT', code: 'M1A.9XX0', reason: 'acute flare, not chronic' }] });
    expect(second.version.version).toBe(3);
    expect(second.job.status).toBe('REVIEWED');
    expect(second.version.report.codes.map((c) => c.code)).not.toContain('M1A.9XX0');
  });

  it('moves the job to REVIEWED even when its record changed after the review was read (re-read, retried)', async () => {
    const w = reviewWorld();
    const job = await w.processed();
    await w.service.claim(alice, job.jobId);
    let refusals = 1;
    w.store.beforeTransition = (current, request) => {
      // Another writer (an operator, the sweeper) moves the job's version between the read and the write.
      if (request.to === 'REVIEWED' && refusals-- > 0) w.store.force('acme', current.jobId, {});
    };
    const result = await w.service.submit(alice, job.jobId, { decisions: [] });
    expect(result.job.status).toBe('REVIEWED');
    expect(refusals).toBe(-1);
    // The refused attempt wrote nothing: one version, stored with the job's move, lease released with it.
    expect(await w.reviews.versions('acme', job.jobId)).toHaveLength(1);
    expect(await w.reviews.getLease('acme', job.jobId)).toBeUndefined();
  });

  it('a submission is all or nothing: a version another review already stored leaves the job and the lease untouched', async () => {
    const w = reviewWorld();
    const job = await w.processed();
    await w.service.claim(alice, job.jobId);
    const racing = (await w.service.submit(alice, job.jobId, { decisions: [] })).version;
    // A second review whose read of the versions missed the first one (they raced) numbers itself 2 as well.
    await w.service.claim(alice, job.jobId);
    const versionsBefore = w.reviews.versions.bind(w.reviews);
    w.reviews.versions = async () => [];
    const before = await w.store.get('acme', job.jobId);
    await expect(w.service.submit(alice, job.jobId, { decisions: [] })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'VERSION_TAKEN' } });
    expect(await w.store.get('acme', job.jobId)).toEqual(before);
    expect(await w.reviews.getLease('acme', job.jobId)).toMatchObject({ owner: alice.subject });
    expect(await versionsBefore('acme', job.jobId)).toEqual([racing]);
  });

  it('without a lease, with another reviewer\'s, or with an expired one: CONFLICT', async () => {
    const w = reviewWorld();
    const job = await w.processed();
    await expect(w.service.submit(alice, job.jobId, { decisions: [] })).rejects.toBeInstanceOf(ConflictError);
    await w.service.claim(alice, job.jobId);
    await expect(w.service.submit(bob, job.jobId, { decisions: [] })).rejects.toBeInstanceOf(ConflictError);
    w.advance(LEASE_SECONDS * 1000 + 1);
    await expect(w.service.submit(alice, job.jobId, { decisions: [] })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('expired') });
    expect((await w.store.get('acme', job.jobId)).status).toBe('NEEDS_REVIEW');
  });

  describe('refuses, as BAD_USER_INPUT, what a machine code would be refused for', () => {
    async function claimed() {
      const w = reviewWorld();
      const job = await w.processed();
      await w.service.claim(alice, job.jobId);
      const quote = (q: string) => quoteIn(w.store, 'acme', job.jobId, q);
      const submit = (decisions: Parameters<typeof w.service.submit>[2]['decisions']) => w.service.submit(alice, job.jobId, { decisions });
      return { w, job, quote, submit };
    }

    it('a code not in the code set, and a category header that is not billable', async () => {
      const { submit, quote } = await claimed();
      await expect(submit([{ kind: 'ADD', code: 'Z99.999', evidence: [await quote('Essential hypertension')] }])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'UNKNOWN_CODE' } });
      await expect(submit([{ kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A', evidence: [await quote('Chronic gout')] }])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'NOT_BILLABLE' } });
    });

    it('evidence offsets outside the note or not matching its text (redacted-text offsets)', async () => {
      const { submit, w, job } = await claimed();
      await expect(submit([{ kind: 'ADD', code: 'I10', evidence: [{ start: 5, end: 100_000, text: 'x' }] }])).rejects.toThrow(/outside the note/);
      await expect(submit([{ kind: 'ADD', code: 'I10', evidence: [{ start: 0, end: 6, text: 'Essent' }] }])).rejects.toThrow(/does not match/);
      // The original text's offsets are not the redacted text's once a placeholder changed lengths.
      const original = FLAGGED_NOTE.indexOf('03/14/2026');
      await expect(submit([{ kind: 'ADD', code: 'I10', evidence: [{ start: original, end: original + 10, text: '03/14/2026' }] }])).rejects.toBeInstanceOf(ValidationError);
      expect((await w.store.get('acme', job.jobId)).status).toBe('NEEDS_REVIEW');
    });

    it('an Excludes1 pair (I.A.12.a): gout, unspecified, added next to chronic gout', async () => {
      const { submit, quote } = await claimed();
      await expect(submit([{ kind: 'ADD', code: 'M10.9', evidence: [await quote('Chronic gout of the right knee')] }])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'EXCLUDES1' } });
      await expect(submit([{ kind: 'ADD', code: 'M10.9', evidence: [await quote('Chronic gout of the right knee')] }])).rejects.toThrow(/M10\.9|M1A\.9XX0.*Excludes1/);
    });

    it('a code the Official Guidelines fold into a combination code (I.C.9.a.2: hypertension with CKD)', async () => {
      const { submit, quote } = await claimed();
      await expect(submit([{ kind: 'ADD', code: 'I10', evidence: [await quote('Essential hypertension')] }])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { code: 'I10', reason: 'GUIDELINE_DROPPED' } });
    });

    it('a decision on a code the report does not have, a reject without a reason, a sequence that is not the reviewed codes', async () => {
      const { submit, w, job } = await claimed();
      await expect(submit([{ kind: 'ACCEPT', code: 'J45.20' }])).rejects.toBeInstanceOf(ValidationError);
      await expect(submit([{ kind: 'REJECT', code: 'E11.22', reason: ' ' }])).rejects.toBeInstanceOf(ValidationError);
      await expect(w.service.submit(alice, job.jobId, { decisions: [], sequence: ['E11.22'] })).rejects.toThrow(/sequence/);
    });

    it('review text that carries PHI (a summary correction or comment naming the patient)', async () => {
      const { w, job } = await claimed();
      await expect(w.service.submit(alice, job.jobId, { decisions: [], comment: 'Discussed with Harold Quimby on 03/14/2026.' })).rejects.toThrow(/PHI/);
    });
  });
});

describe('ReviewService.queue: reports needing a person, oldest first', () => {
  it('orders by submission, pages with a cursor, filters by reason, note type and code, and shows live claims', async () => {
    const w = reviewWorld();
    const a = await w.processed();
    const b = await w.processed(FLAGGED_NOTE.replace('Chronic gout of the right knee.', 'Acute bronchitis.'), 'acme', 'CONSULTATION');
    const c = await w.processed();
    await w.processed(FLAGGED_NOTE, 'globex');
    const done = await w.processed('ASSESSMENT\nAcute bronchitis. Also seasonal allergic rhinitis.');
    expect(done.status).toBe('COMPLETED');

    const page1 = await w.service.queue(alice, {}, 2);
    expect(page1.items.map((i) => i.item.job.jobId)).toEqual([a.jobId, b.jobId]);
    expect(page1.hasNextPage).toBe(true);
    const page2 = await w.service.queue(alice, {}, 2, page1.endCursor);
    expect(page2.items.map((i) => i.item.job.jobId)).toEqual([c.jobId]);
    expect(page2.hasNextPage).toBe(false);

    expect((await w.service.queue(alice, { noteType: 'CONSULTATION' })).items.map((i) => i.item.job.jobId)).toEqual([b.jobId]);
    expect((await w.service.queue(alice, { code: 'm1a.9xx0' })).items.map((i) => i.item.job.jobId)).toEqual([a.jobId, c.jobId]);
    expect((await w.service.queue(alice, { reason: 'instruction_in_note' })).items).toHaveLength(3);
    expect((await w.service.queue(alice, { reason: 'EXCLUDES1' })).items).toHaveLength(0);

    await w.service.claim(bob, a.jobId);
    expect((await w.service.queue(alice, {}, 1)).items[0].item.lease).toMatchObject({ owner: 'bob' });
    await expect(w.service.queue(alice, {}, 1, 'not-a-cursor')).rejects.toBeInstanceOf(ValidationError);
  });
});
