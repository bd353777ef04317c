// Owns the subscription streams: a snapshot read from the store first, then the job's events in
// version order (duplicates dropped; a version that arrives ahead of a missing one waits while the
// missing ones are read from the job's history, so none is skipped), ending after a terminal state. Because
// the event bus is at-least-once but not guaranteed, a quiet stream re-reads the store so a
// subscriber never misses the terminal state.
import { eventFromJob, OrderedDelivery, type JobEvent } from '../domain/events';
import { isTerminal, type JobStatus, type NoteType } from '../domain/job';
import { isJobId } from '../domain/ids';
import { NotFoundError } from '../errors';
import { requireRole } from './jobService';
import type { EventBus, JobStore } from '../domain/ports';
import type { Principal } from '../auth';
import type { AuditTrail } from '../audit/trail';
import { auditedStream } from '../audit/streams';

/** How long a jobStatus stream may stay silent before it re-reads the job from the store. */
export const SNAPSHOT_REFRESH_INTERVAL_MS = 5_000;
/**
 * Events one subscription may hold for a subscriber that is not reading (the transport waits for each
 * send to be flushed, so a stalled socket stalls the stream). Past it the stream ends and the transport
 * closes the connection: server memory stays bounded whatever one client does.
 */
export const MAX_BUFFERED_EVENTS_PER_SUBSCRIPTION = 1_000;
/**
 * How long a jobUpdates stream remembers a finished job's last version: a late duplicate of an earlier event
 * (the original of one it filled from the history) arriving after the terminal one is then still dropped.
 */
export const FINISHED_JOB_MEMORY_MS = 120_000;

interface StreamDeps {
  principal?: Principal;
  requestId?: string;
  origin?: { ip?: string; forwardedFor?: string };
  services: {
    store: JobStore;
    events: EventBus;
    onSubscription?: (delta: 1 | -1) => void;
    audit?: AuditTrail;
    /** Set by the transport: closes this subscriber's connection (it stopped reading). */
    onSlowSubscriber?: () => void;
    maxBufferedEvents?: number;
  };
}

/**
 * A push-to-pull async iterator whose `return()` takes effect at once, even while a consumer is
 * waiting (an async generator would stay suspended until the next event arrives).
 */
export class EventChannel<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting?: (r: IteratorResult<T>) => void;
  private closed = false;
  private readonly cleanups: Array<() => void> = [];
  /** True once the consumer fell `maxBuffered` events behind and the stream was cut. */
  overflowed = false;

  constructor(
    private readonly maxBuffered = Number.POSITIVE_INFINITY,
    private readonly onOverflow: () => void = () => undefined,
  ) {}

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w({ value, done: false });
    } else if (this.buffer.length >= this.maxBuffered) {
      // A consumer this far behind is not reading: drop what it has not taken and end the stream.
      this.overflowed = true;
      this.buffer.length = 0;
      this.close();
      this.onOverflow();
    } else this.buffer.push(value);
  }

  onClose(fn: () => void): void {
    this.cleanups.push(fn);
  }

  /** Ends the stream after the buffered values are consumed. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const fn of this.cleanups.splice(0)) fn();
    if (this.waiting && this.buffer.length === 0) {
      const w = this.waiting;
      this.waiting = undefined;
      w({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err?: unknown): Promise<IteratorResult<T>> {
    this.return();
    return Promise.reject(err);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

function principalOrThrow(deps: StreamDeps): Principal {
  if (!deps.principal) throw new NotFoundError('No such job');
  return deps.principal;
}

/** Opening a stream is audited (JOB_SUBSCRIBE, with the job id and outcome). */
export function jobStatusStream(deps: StreamDeps, jobId: string, refreshIntervalMs = SNAPSHOT_REFRESH_INTERVAL_MS): Promise<AsyncIterableIterator<JobEvent>> {
  return auditedStream(deps, 'JOB_SUBSCRIBE', jobId, () => openJobStatusStream(deps, jobId, refreshIntervalMs));
}

export function jobUpdatesStream(
  deps: StreamDeps,
  filter?: { statuses?: JobStatus[] | null; noteType?: NoteType | null } | null,
): Promise<AsyncIterableIterator<JobEvent>> {
  return auditedStream(deps, 'JOB_SUBSCRIBE', undefined, () => openJobUpdatesStream(deps, filter));
}

async function openJobStatusStream(
  deps: StreamDeps,
  jobId: string,
  refreshIntervalMs: number,
): Promise<AsyncIterableIterator<JobEvent>> {
  const principal = principalOrThrow(deps);
  requireRole(principal, ['reader', 'submitter', 'reviewer']);
  if (!isJobId(jobId)) throw new NotFoundError('No such job');
  const { store, events } = deps.services;
  const channel = boundedChannel(deps);
  const ordered = new OrderedDelivery(
    (id) => store.get(principal.tenant, id),
    (e) => {
      channel.push(e);
      if (isTerminal(e.status)) channel.close();
    },
  );
  const deliver = (e: JobEvent): void => ordered.offer(e);
  // Subscribe before reading the snapshot so no transition between the two is lost.
  const pending: JobEvent[] = [];
  let live = false;
  let lastSeen = Date.now();
  const unsubscribe = events.subscribe((e) => {
    if (e.tenantId !== principal.tenant || e.jobId !== jobId) return;
    lastSeen = Date.now();
    if (live) deliver(e);
    else pending.push(e);
  });
  channel.onClose(unsubscribe);
  let snapshot;
  try {
    snapshot = await store.get(principal.tenant, jobId);
  } catch (err) {
    unsubscribe();
    throw err;
  }
  // The snapshot is the first thing shown; versions after it arrive as events (or from the history).
  const shown = eventFromJob(snapshot);
  ordered.seed(jobId, shown.version - 1);
  deliver(shown);
  live = true;
  for (const e of pending.sort((a, b) => a.version - b.version)) deliver(e);

  // Safety net for lost events: re-read the store while the stream is quiet.
  const timer = setInterval(() => {
    if (Date.now() - lastSeen < refreshIntervalMs) return;
    store.get(principal.tenant, jobId).then((job) => deliver(eventFromJob(job)), () => undefined);
  }, refreshIntervalMs);
  timer.unref();
  channel.onClose(() => clearInterval(timer));
  trackOpen(deps, channel);
  return channel;
}

async function openJobUpdatesStream(
  deps: StreamDeps,
  filter?: { statuses?: JobStatus[] | null; noteType?: NoteType | null } | null,
): Promise<AsyncIterableIterator<JobEvent>> {
  const principal = principalOrThrow(deps);
  requireRole(principal, ['reader', 'submitter', 'reviewer']);
  const channel = boundedChannel(deps);
  const statuses = filter?.statuses?.length ? new Set(filter.statuses) : undefined;
  const noteType = filter?.noteType ?? undefined;
  const noteTypes = new Map<string, NoteType>();
  const ordered = new OrderedDelivery((id) => deps.services.store.get(principal.tenant, id), (e) => show(e));
  const unsubscribe = deps.services.events.subscribe((e) => {
    if (e.tenantId === principal.tenant) ordered.offer(e);
  });
  const show = (e: JobEvent): void => {
    if (isTerminal(e.status)) {
      setTimeout(() => ordered.forget(e.jobId), FINISHED_JOB_MEMORY_MS).unref();
      setImmediate(() => noteTypes.delete(e.jobId));
    }
    if (statuses && !statuses.has(e.status)) return;
    if (!noteType) {
      channel.push(e);
      return;
    }
    // Events carry no note type: look it up once per job (tenant-scoped read).
    const known = noteTypes.get(e.jobId);
    if (known) {
      if (known === noteType) channel.push(e);
      return;
    }
    deps.services.store.get(principal.tenant, e.jobId).then(
      (job) => {
        noteTypes.set(e.jobId, job.noteType);
        if (job.noteType === noteType) channel.push(e);
      },
      () => undefined,
    );
  };
  channel.onClose(unsubscribe);
  trackOpen(deps, channel);
  return channel;
}

function boundedChannel(deps: StreamDeps): EventChannel<JobEvent> {
  const { maxBufferedEvents = MAX_BUFFERED_EVENTS_PER_SUBSCRIPTION, onSlowSubscriber } = deps.services;
  return new EventChannel<JobEvent>(maxBufferedEvents, () => onSlowSubscriber?.());
}

function trackOpen(deps: StreamDeps, channel: EventChannel<JobEvent>): void {
  deps.services.onSubscription?.(1);
  channel.onClose(() => deps.services.onSubscription?.(-1));
}
