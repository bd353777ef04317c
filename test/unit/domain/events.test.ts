// Unit: job events and the version gate that drops duplicates and stale deliveries.

import { eventFromJob, parseJobEvent, VersionGate } from '../../../src/domain/events';
import type { Job } from '../../../src/domain/job';

const job: Job = {
  tenantId: 'acme',
  jobId: '01JCXG8Z9Q4W7N3V5T2R1PKHMB',
  status: 'FAILED',
  version: 4,
  noteType: 'PROGRESS_NOTE',
  priority: 'NORMAL',
  noteChars: 10,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:05.000Z',
  stages: {},
  attempt: 1,
  error: { code: 'MAX_RECEIVE_COUNT_EXCEEDED', reason: 'moved to DLQ' },
  history: [],
};

describe('job events', () => {
  it('carry ids, status, version, progress and the error code only', () => {
    expect(eventFromJob(job)).toEqual({
      tenantId: 'acme',
      jobId: job.jobId,
      status: 'FAILED',
      version: 4,
      progress: 1,
      at: job.updatedAt,
      errorCode: 'MAX_RECEIVE_COUNT_EXCEEDED',
    });
  });

  it('round-trip through JSON and reject malformed payloads', () => {
    const event = eventFromJob(job);
    expect(parseJobEvent(JSON.stringify(event))).toEqual(event);
    expect(parseJobEvent('not json')).toBeUndefined();
    expect(parseJobEvent('null')).toBeUndefined();
    expect(parseJobEvent(JSON.stringify({ ...event, version: '4' }))).toBeUndefined();
  });

  it('VersionGate admits only increasing versions per job', () => {
    const gate = new VersionGate();
    expect(gate.admit({ jobId: 'a', version: 2 })).toBe(true);
    expect(gate.admit({ jobId: 'a', version: 2 })).toBe(false); // duplicate
    expect(gate.admit({ jobId: 'a', version: 1 })).toBe(false); // stale
    expect(gate.admit({ jobId: 'b', version: 1 })).toBe(true); // other job
    expect(gate.admit({ jobId: 'a', version: 4 })).toBe(true); // gaps are fine
    gate.forget('a');
    expect(gate.admit({ jobId: 'a', version: 1 })).toBe(true);
  });
});
