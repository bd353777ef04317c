// Unit: the job state machine.

import { isTerminal, JOB_STATUSES, JobStatus, MAX_JOB_HISTORY, newJobRecord, PIPELINE_STAGES } from '../../../src/domain/job';
import { allowedNextStatuses, applyClaim, applyTransition, assertTransition, canTransition, LeaseHeldError, leaseRemainingMs, nextStage, progressOf, releasesRawNote, resumeStage, completionsOf, callsPaidModel } from '../../../src/domain/lifecycle';
import { ConflictError, ValidationError } from '../../../src/errors';

describe('job lifecycle', () => {
  it('walks the happy path QUEUED → … → COMPLETED | NEEDS_REVIEW', () => {
    const path: JobStatus[] = ['QUEUED', 'REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING', 'COMPLETED'];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i])).toBe(true);
    expect(canTransition('VALIDATING', 'NEEDS_REVIEW')).toBe(true);
  });

  it('never skips or goes back a stage', () => {
    expect(canTransition('QUEUED', 'SUMMARIZING')).toBe(false);
    expect(canTransition('CODING', 'SUMMARIZING')).toBe(false);
    expect(canTransition('REDACTING', 'COMPLETED')).toBe(false);
    expect(canTransition('CODING', 'CODING')).toBe(false);
  });

  it('lets every non-terminal status fail or be cancelled', () => {
    for (const status of JOB_STATUSES.filter((s) => !isTerminal(s))) {
      expect(canTransition(status, 'FAILED')).toBe(true);
      expect(canTransition(status, 'CANCELLED')).toBe(true);
    }
  });

  it('keeps CANCELLED final; FAILED only back to QUEUED; finished reports only to REVIEWED (a review), NEEDS_REVIEW also to COMPLETED', () => {
    expect(allowedNextStatuses('COMPLETED')).toEqual(['REVIEWED']);
    expect(allowedNextStatuses('CANCELLED')).toEqual([]);
    expect(allowedNextStatuses('FAILED')).toEqual(['QUEUED']);
    expect(allowedNextStatuses('NEEDS_REVIEW')).toEqual(['COMPLETED', 'REVIEWED']);
    // A second reviewer's review (inter-reviewer agreement) keeps the job REVIEWED.
    expect(allowedNextStatuses('REVIEWED')).toEqual(['REVIEWED']);
  });

  it('assertTransition throws a CONFLICT naming both statuses', () => {
    expect(() => assertTransition('QUEUED', 'REDACTING')).not.toThrow();
    try {
      assertTransition('COMPLETED', 'QUEUED');
      throw new Error('should throw');
    } catch (err) {
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as ConflictError).details).toEqual({ from: 'COMPLETED', to: 'QUEUED' });
    }
  });

  it('knows the next stage and where a redelivered job resumes', () => {
    expect(nextStage('REDACTING')).toBe('SUMMARIZING');
    expect(nextStage('VALIDATING')).toBeUndefined();
    expect(resumeStage('QUEUED')).toBe('REDACTING');
    expect(resumeStage('CODING')).toBe('CODING');
    expect(resumeStage('COMPLETED')).toBeUndefined();
  });

  it('reports monotonic progress from 0 to 1', () => {
    const values = (['QUEUED', ...PIPELINE_STAGES, 'COMPLETED'] as JobStatus[]).map(progressOf);
    expect(values).toEqual([0, 0, 0.25, 0.5, 0.75, 1]);
    expect(progressOf('FAILED')).toBe(1);
  });
});

describe('applyTransition: what a transition does to the job record (every store persists its result)', () => {
  const t0 = '2026-12-06T10:00:00.000Z';
  const t1 = '2026-12-06T10:00:05.000Z';
  const sealedNote = { keyId: 'local:test', wrappedKey: new Uint8Array(), iv: new Uint8Array(), ciphertext: new Uint8Array(), authTag: new Uint8Array() };
  const queued = newJobRecord({ tenantId: 't', jobId: 'job-1', noteChars: 7, sealedNote, noteType: 'OTHER' }, t0);

  it('bumps the version, stamps the time and records the finished stage without touching the input', () => {
    const redacting = applyTransition(queued, { expectedVersion: 1, to: 'REDACTING' }, t1);
    expect(redacting).toMatchObject({ status: 'REDACTING', version: 2, updatedAt: t1, attempt: 1, stages: {} });
    const next = applyTransition(redacting, { expectedVersion: 2, to: 'SUMMARIZING', completed: { stage: 'REDACTING', output: {}, durationMs: 12, model: 'engine' } }, t1);
    expect(next.stages.REDACTING).toEqual({ durationMs: 12, completedAt: t1, model: 'engine' });
    expect(redacting.stages).toEqual({});
    expect(queued.version).toBe(1);
  });

  it('a chained request (local stages riding on one write) is every step applied in order, each checked and recorded', () => {
    const redaction = { stage: 'REDACTING' as const, output: { text: 'x' }, durationMs: 12, model: 'engine' };
    const request = { expectedVersion: 1, to: 'REDACTING' as const, then: [{ to: 'SUMMARIZING' as const, completed: redaction }] };
    const next = applyTransition(queued, request, t1);
    expect(next).toMatchObject({ status: 'SUMMARIZING', version: 3, stages: { REDACTING: { durationMs: 12 } } });
    expect(next.history.map((r) => [r.from, r.to, r.version, r.stage])).toEqual([
      [undefined, 'QUEUED', 1, undefined],
      ['QUEUED', 'REDACTING', 2, undefined],
      ['REDACTING', 'SUMMARIZING', 3, 'REDACTING'],
    ]);
    expect(completionsOf(request)).toEqual([redaction]);
    // The raw note goes in the write that stores the redaction, chained or not.
    expect(releasesRawNote(request)).toBe(true);
    // A step the state machine forbids fails the whole write (QUEUED may not skip to SUMMARIZING).
    expect(() => applyTransition(queued, { expectedVersion: 1, to: 'REDACTING', then: [{ to: 'CODING' }] }, t1)).toThrow(ConflictError);
    expect(() => applyTransition(queued, { expectedVersion: 1, to: 'REDACTING', then: [{ to: 'SUMMARIZING', completed: { ...redaction, stage: 'CODING' } }] }, t1)).toThrow(ConflictError);
    // Only the stages that call a paid model need a write of their own before they start.
    expect(PIPELINE_STAGES.filter(callsPaidModel)).toEqual(['SUMMARIZING', 'CODING']);
  });

  it('refuses a stale version, an illegal move and a completed stage that is not the current one (CONFLICT)', () => {
    expect(() => applyTransition(queued, { expectedVersion: 0, to: 'REDACTING' }, t1)).toThrow(ConflictError);
    expect(() => applyTransition(queued, { expectedVersion: 1, to: 'COMPLETED' }, t1)).toThrow(ConflictError);
    expect(() => applyTransition(queued, { expectedVersion: 1, to: 'REDACTING', completed: { stage: 'CODING', output: {}, durationMs: 1 } }, t1)).toThrow(ConflictError);
  });

  it('FAILED needs an error and keeps it; a retry (FAILED → QUEUED) clears it and starts a new attempt', () => {
    expect(() => applyTransition(queued, { expectedVersion: 1, to: 'FAILED' }, t1)).toThrow(ValidationError);
    const failed = applyTransition(queued, { expectedVersion: 1, to: 'FAILED', error: { code: 'X', reason: 'y' } }, t1);
    expect(failed.error).toEqual({ code: 'X', reason: 'y' });
    const retried = applyTransition(failed, { expectedVersion: 2, to: 'QUEUED' }, t1);
    expect(retried.error).toBeUndefined();
    expect(retried.attempt).toBe(2);
  });

  it('appends each transition to the history (jobEvents): from, to, version, attempt, the stage stored and the error code', () => {
    const redacting = applyTransition(queued, { expectedVersion: 1, to: 'REDACTING' }, t1);
    const failed = applyTransition(redacting, { expectedVersion: 2, to: 'FAILED', error: { code: 'MODEL_ACCESS_DENIED', reason: 'no access' } }, t1);
    const retried = applyTransition(failed, { expectedVersion: 3, to: 'QUEUED' }, t1);
    const again = applyTransition(retried, { expectedVersion: 4, to: 'REDACTING' }, t1);
    const summarizing = applyTransition(again, { expectedVersion: 5, to: 'SUMMARIZING', completed: { stage: 'REDACTING', output: {}, durationMs: 7 } }, t1);
    expect(summarizing.history).toEqual([
      { at: t0, to: 'QUEUED', version: 1, attempt: 1 },
      { at: t1, from: 'QUEUED', to: 'REDACTING', version: 2, attempt: 1 },
      { at: t1, from: 'REDACTING', to: 'FAILED', version: 3, attempt: 1, errorCode: 'MODEL_ACCESS_DENIED' },
      { at: t1, from: 'FAILED', to: 'QUEUED', version: 4, attempt: 2 },
      { at: t1, from: 'QUEUED', to: 'REDACTING', version: 5, attempt: 2 },
      { at: t1, from: 'REDACTING', to: 'SUMMARIZING', version: 6, attempt: 2, stage: 'REDACTING', durationMs: 7 },
    ]);
    expect(queued.history).toHaveLength(1);
    // The error's reason (operator text) stays on the job; the history carries codes only.
    expect(JSON.stringify(summarizing.history)).not.toContain('no access');
  });

  it('keeps at most MAX_JOB_HISTORY transitions, the newest, so a pathological job stays a bounded item', () => {
    let job = queued;
    for (let i = 0; i < MAX_JOB_HISTORY + 10; i++) {
      job = applyTransition(job, { expectedVersion: job.version, to: 'FAILED', error: { code: 'X', reason: 'y' } }, t1);
      job = applyTransition(job, { expectedVersion: job.version, to: 'QUEUED' }, t1);
    }
    expect(job.history).toHaveLength(MAX_JOB_HISTORY);
    expect(job.history[MAX_JOB_HISTORY - 1]).toMatchObject({ to: 'QUEUED', version: job.version });
  });

  it('the raw note is released when redaction is stored or the job is cancelled, never otherwise', () => {
    expect(releasesRawNote({ expectedVersion: 2, to: 'SUMMARIZING', completed: { stage: 'REDACTING', output: {}, durationMs: 1 } })).toBe(true);
    expect(releasesRawNote({ expectedVersion: 1, to: 'CANCELLED' })).toBe(true);
    expect(releasesRawNote({ expectedVersion: 1, to: 'REDACTING' })).toBe(false);
    expect(releasesRawNote({ expectedVersion: 3, to: 'CODING', completed: { stage: 'SUMMARIZING', output: {}, durationMs: 1 } })).toBe(false);
  });
});

describe('leases: only the worker run that last wrote a stage, or that claimed it, may start its model call', () => {
  const t0 = '2026-12-06T10:00:00.000Z';
  const t1 = '2026-12-06T10:00:05.000Z';
  const sealedNote = { keyId: 'local:test', wrappedKey: new Uint8Array(), iv: new Uint8Array(), ciphertext: new Uint8Array(), authTag: new Uint8Array() };
  const queued = newJobRecord({ tenantId: 't', jobId: 'job-1', noteChars: 7, sealedNote, noteType: 'OTHER' }, t0);
  const a = { owner: 'worker-a', durationMs: 30_000 };
  const b = { owner: 'worker-b', durationMs: 30_000 };
  const summarizing = (): ReturnType<typeof applyTransition> => {
    const redacting = applyTransition(queued, { expectedVersion: 1, to: 'REDACTING', lease: a }, t0);
    return applyTransition(redacting, { expectedVersion: 2, to: 'SUMMARIZING', completed: { stage: 'REDACTING', output: {}, durationMs: 1 }, lease: a }, t0);
  };

  it('a worker transition takes the lease for the next stage; terminal states and a requeue clear it', () => {
    const job = summarizing();
    expect(job.lease).toEqual({ owner: 'worker-a', expiresAt: '2026-12-06T10:00:30.000Z' });
    const failed = applyTransition(job, { expectedVersion: job.version, to: 'FAILED', error: { code: 'X', reason: 'y' }, lease: a }, t1);
    expect(failed.lease).toBeUndefined();
    expect(applyTransition(failed, { expectedVersion: failed.version, to: 'QUEUED', lease: a }, t1).lease).toBeUndefined();
    // A transition without a lease (API cancel, admin) drops a stale one.
    expect(applyTransition(job, { expectedVersion: job.version, to: 'CANCELLED' }, t1).lease).toBeUndefined();
  });

  it('another worker may not claim a live lease (LeaseHeldError with the time left) but may claim an expired one', () => {
    const job = summarizing();
    expect(leaseRemainingMs(job, 'worker-b', Date.parse(t1))).toBe(25_000);
    expect(leaseRemainingMs(job, 'worker-a', Date.parse(t1))).toBe(0);
    let held: unknown;
    try {
      applyClaim(job, { expectedVersion: job.version, ...b }, t1);
    } catch (err) {
      held = err;
    }
    expect(held).toBeInstanceOf(LeaseHeldError);
    expect((held as LeaseHeldError).retryAfterMs).toBe(25_000);

    const later = '2026-12-06T10:00:31.000Z';
    const claimed = applyClaim(job, { expectedVersion: job.version, ...b }, later);
    expect(claimed).toMatchObject({ status: 'SUMMARIZING', version: job.version + 1, updatedAt: later, lease: { owner: 'worker-b' } });
    // The previous owner's write, at the version it read, now fails: its model answer is never stored.
    expect(() => applyTransition(claimed, { expectedVersion: job.version, to: 'CODING', lease: a }, later)).toThrow(ConflictError);
  });

  it('a claim needs the current version and a stage to run', () => {
    const job = summarizing();
    const expired = '2026-12-06T10:01:00.000Z';
    expect(() => applyClaim(job, { expectedVersion: job.version - 1, ...b }, expired)).toThrow(ConflictError);
    expect(() => applyClaim(queued, { expectedVersion: 1, ...b }, expired)).toThrow(ConflictError);
    // The owner may re-claim its own live lease (its own redelivery).
    expect(applyClaim(job, { expectedVersion: job.version, ...a }, t1).lease?.owner).toBe('worker-a');
  });
});
