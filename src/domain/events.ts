// Owns the job event published after every stored transition, and the version gate subscribers use
// to drop duplicates and stale deliveries (SNS/SQS deliver at least once and out of order).

import { JobStatus } from './job';
import { progressOf } from './lifecycle';
import type { Job } from './job';

export interface JobEvent {
  tenantId: string;
  jobId: string;
  status: JobStatus;
  version: number;
  /** 0..1, see progressOf. */
  progress: number;
  /** ISO time the transition was stored. */
  at: string;
  /** Set when status is FAILED. */
  errorCode?: string;
}

export function eventFromJob(job: Job): JobEvent {
  return {
    tenantId: job.tenantId,
    jobId: job.jobId,
    status: job.status,
    version: job.version,
    progress: progressOf(job.status),
    at: job.updatedAt,
    ...(job.error ? { errorCode: job.error.code } : {}),
  };
}

/**
 * Remembers the highest version seen per job and admits only newer events. A subscription seeds it
 * with the snapshot it read from the store, so events older than the snapshot are dropped too.
 */
export class VersionGate {
  private readonly seen = new Map<string, number>();

  admit(event: Pick<JobEvent, 'jobId' | 'version'>): boolean {
    const last = this.seen.get(event.jobId);
    if (last !== undefined && event.version <= last) return false;
    this.seen.set(event.jobId, event.version);
    return true;
  }

  forget(jobId: string): void {
    this.seen.delete(jobId);
  }
}

/** Validates an event that arrived over the wire; returns undefined for anything malformed. */
export function parseJobEvent(raw: string): JobEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  if (
    typeof e.tenantId !== 'string' ||
    typeof e.jobId !== 'string' ||
    typeof e.status !== 'string' ||
    typeof e.version !== 'number' ||
    typeof e.progress !== 'number' ||
    typeof e.at !== 'string' ||
    (e.errorCode !== undefined && typeof e.errorCode !== 'string')
  ) {
    return undefined;
  }
  return e as unknown as JobEvent;
}
