// Owns the job event published after every stored transition, the version gate subscribers use to drop
// duplicates and stale deliveries (SNS/SQS deliver at least once and out of order), and the ordered
// delivery that fills a version gap from the job's stored history instead of skipping the missing events.

import { isPipelineStage, JobStatus } from './job';
import { progressOf } from './lifecycle';
import type { Job, JobTransitionRecord } from './job';

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

function eventFromRecord(job: Pick<Job, 'tenantId' | 'jobId'>, record: JobTransitionRecord): JobEvent {
  return {
    tenantId: job.tenantId,
    jobId: job.jobId,
    status: record.to,
    version: record.version,
    progress: progressOf(record.to),
    at: record.at,
    ...(record.errorCode ? { errorCode: record.errorCode } : {}),
  };
}

/**
 * The events of the job's stored transitions with afterVersion < version ≤ job.version, oldest first:
 * what one write (which may chain several transitions) publishes, and what a subscriber that missed
 * versions re-reads. A lease take-over (same status) changes nothing a subscriber shows and is left out.
 */
export function eventsSince(job: Job, afterVersion: number): JobEvent[] {
  return (job.history ?? [])
    .filter((r) => r.version > afterVersion && r.version <= job.version && !(r.from === r.to && isPipelineStage(r.to)))
    .sort((a, b) => a.version - b.version)
    .map((r) => eventFromRecord(job, r));
}

/**
 * Delivers each job's events in version order without losing any. The bus may hand over version n+1
 * before n (no per-job chain on the publishing side, which would cost latency): an event more than one
 * version ahead of the last delivered is held, the job is read once (`readJob`, tenant-scoped by the
 * caller) and the missing versions are delivered from its history first; the late original is then a
 * duplicate the gate drops. Versions with nothing to show (a lease take-over) are gaps the history closes.
 * A job seen first mid-way (a subscriber that joined late) starts from that event.
 */
export class OrderedDelivery {
  private readonly last = new Map<string, number>();
  /** Jobs whose gap is being filled: the events that arrived meanwhile. */
  private readonly held = new Map<string, JobEvent[]>();

  constructor(
    private readonly readJob: (jobId: string) => Promise<Job>,
    private readonly deliver: (event: JobEvent) => void,
    /** Counts gap fills (for metrics and the bench). */
    private readonly onGap: (jobId: string, missing: number) => void = () => undefined,
  ) {}

  /** Seeds the last delivered version (a snapshot the caller has already shown). */
  seed(jobId: string, version: number): void {
    const last = this.last.get(jobId);
    if (last === undefined || version > last) this.last.set(jobId, version);
  }

  offer(event: JobEvent): void {
    const held = this.held.get(event.jobId);
    if (held) {
      held.push(event);
      return;
    }
    const last = this.last.get(event.jobId);
    if (last !== undefined && event.version <= last) return;
    if (last === undefined || event.version === last + 1) {
      this.emit(event);
      return;
    }
    this.fill(event, last);
  }

  /** Stops tracking a job (its stream saw the terminal event). */
  forget(jobId: string): void {
    if (!this.held.has(jobId)) this.last.delete(jobId);
  }

  private emit(event: JobEvent): void {
    const last = this.last.get(event.jobId);
    if (last !== undefined && event.version <= last) return;
    this.last.set(event.jobId, event.version);
    this.deliver(event);
  }

  private fill(event: JobEvent, last: number): void {
    const held = [event];
    this.held.set(event.jobId, held);
    const release = (recovered: JobEvent[]) => {
      this.held.delete(event.jobId);
      const byVersion = new Map<number, JobEvent>();
      for (const e of [...recovered, ...held]) if (e.version > last && !byVersion.has(e.version)) byVersion.set(e.version, e);
      const ordered = [...byVersion.values()].sort((a, b) => a.version - b.version);
      this.onGap(event.jobId, ordered.filter((e) => e.version < event.version && !held.includes(e)).length);
      for (const e of ordered) this.emit(e);
    };
    // Read failed: deliver what we have in order; the stream's snapshot refresh still reaches the end state.
    this.readJob(event.jobId).then((job) => release(eventsSince(job, last)), () => release([]));
  }
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
