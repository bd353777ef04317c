// Unit: the job state machine.

import { isTerminal, JOB_STATUSES, JobStatus, PIPELINE_STAGES } from '../../../src/domain/job';
import { allowedNextStatuses, assertTransition, canTransition, nextStage, progressOf, resumeStage } from '../../../src/domain/lifecycle';
import { ConflictError } from '../../../src/errors';

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

  it('keeps COMPLETED and CANCELLED final; FAILED only back to QUEUED; NEEDS_REVIEW only to COMPLETED', () => {
    expect(allowedNextStatuses('COMPLETED')).toEqual([]);
    expect(allowedNextStatuses('CANCELLED')).toEqual([]);
    expect(allowedNextStatuses('FAILED')).toEqual(['QUEUED']);
    expect(allowedNextStatuses('NEEDS_REVIEW')).toEqual(['COMPLETED']);
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
