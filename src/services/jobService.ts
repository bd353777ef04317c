// Owns the use cases behind the GraphQL API: submit (single and batch), read, list, cancel and retry
// jobs, always scoped to the caller's tenant. Resolvers stay thin and delegate here.
import { ConflictError, ForbiddenError, NotFoundError, PayloadTooLargeError, ValidationError, ChartcoderError } from '../errors';
import { requeueJob } from './requeue';
import type { SubmissionRateLimiter } from './rateLimiter';
import { hasAnyRole, type Principal, type Role } from '../auth';
import { eventFromJob } from '../domain/events';
import { isJobId } from '../domain/ids';
import { NOTE_TYPES, PRIORITIES, REDACTION_MODES, type Job, type JobTransitionRecord, type NoteType, type Priority, type RedactionMode } from '../domain/job';
import { LIMITS, TIMEOUTS } from '../domain/constants';
import type { EventBus, JobFilter, JobPage, JobQueue, JobStore, NoteSealer } from '../domain/ports';
import { systemClock, type Clock } from '../domain/clock';
import { sealSubmission } from './noteIntake';
import { channel } from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';

/**
 * Where a submit's time goes, published per accepted submit on the `chartcoder:submit` diagnostics channel
 * (free when nobody listens; `bench pipeline` does): the latency budget of issue 11 §5 in parts.
 */
export interface SubmitPhasesMs {
  admitMs: number;
  sealMs: number;
  createMs: number;
  /** Enqueue and announce, side by side, after the answer went out. */
  enqueueAnnounceMs: number;
  /** Until the answer: admission, sealing, the job write. */
  totalMs: number;
}
export const SUBMIT_PHASES_CHANNEL = 'chartcoder:submit';
const submitPhases = channel(SUBMIT_PHASES_CHANNEL);

export interface SubmitNoteRequest {
  text: string;
  noteType?: NoteType;
  encounterId?: string | null;
  patientRef?: string | null;
  idempotencyKey?: string | null;
  priority?: Priority;
  /** Absent: the deployment's default (REDACTION_MODE). */
  redaction?: RedactionMode | null;
}

export interface BatchItemResult {
  index: number;
  job?: Job;
  error?: { code: string; message: string };
}

export interface JobServiceLimits {
  maxNoteChars: number;
  maxBatchSize: number;
}

/** Minimal structured logger surface (pino-compatible); never given note text. */
export interface ServiceLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const MAX_BATCH_SIZE = 100;
const OPAQUE_FIELD = /^[\x21-\x7e]+$/;
const LONE_SURROGATE = /\p{Cs}/u;

export function requireRole(principal: Principal, roles: readonly Role[]): void {
  if (!hasAnyRole(principal, roles)) throw new ForbiddenError(`Requires one of the roles: ${roles.join(', ')}`);
}

export class JobService {
  constructor(
    private readonly deps: {
      store: JobStore;
      /** Seals the note before the store sees it (local key file or KMS). */
      sealer: NoteSealer;
      queue: JobQueue;
      events: EventBus;
      limits: JobServiceLimits;
      logger: ServiceLogger;
      /** Per-tenant admission control; absent = unlimited. */
      rateLimiter?: SubmissionRateLimiter;
      /** Redaction mode of a submission that does not choose one (config REDACTION_MODE). */
      defaultRedactionMode?: RedactionMode;
      clock?: Clock;
      /** How long a submit's enqueue may take before the sweeper is left to do it (default TIMEOUTS.submitEnqueueTimeoutMs). */
      enqueueTimeoutMs?: number;
      /** Answered submits whose enqueue/announce may still be on their way (default TIMEOUTS.maxSubmitHandoffsInFlight). */
      maxHandoffsInFlight?: number;
    },
  ) {}

  private readonly handoffs = new Set<Promise<void>>();

  /** Validates a submission; errors name the field and never echo the note. */
  validateSubmission(input: SubmitNoteRequest): void {
    if (typeof input.text !== 'string' || input.text.trim().length === 0) {
      throw new ValidationError('text must not be empty', { field: 'text' });
    }
    // A lone UTF-16 surrogate is not Unicode: UTF-8 storage and every model would silently alter it, and the
    // evidence offsets would no longer point into the note the client sent.
    if (LONE_SURROGATE.test(input.text)) {
      throw new ValidationError('text is not valid Unicode (it contains an unpaired UTF-16 surrogate)', { field: 'text' });
    }
    if (input.text.length > this.deps.limits.maxNoteChars) {
      throw new PayloadTooLargeError(`text is longer than the limit of ${this.deps.limits.maxNoteChars} characters`, {
        field: 'text',
        limit: this.deps.limits.maxNoteChars,
      });
    }
    if (input.noteType !== undefined && !(NOTE_TYPES as readonly string[]).includes(input.noteType)) {
      throw new ValidationError('noteType is not a known note type', { field: 'noteType' });
    }
    if (input.priority !== undefined && !(PRIORITIES as readonly string[]).includes(input.priority)) {
      throw new ValidationError('priority is not a known priority', { field: 'priority' });
    }
    if (input.redaction != null && !(REDACTION_MODES as readonly string[]).includes(input.redaction)) {
      throw new ValidationError('redaction is not a known redaction mode', { field: 'redaction' });
    }
    const opaque: Array<[keyof SubmitNoteRequest, number]> = [
      ['encounterId', LIMITS.maxEncounterIdChars],
      ['patientRef', LIMITS.maxPatientRefChars],
      ['idempotencyKey', LIMITS.maxIdempotencyKeyChars],
    ];
    for (const [field, max] of opaque) {
      const value = input[field];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string' || value.length === 0 || value.length > max || !OPAQUE_FIELD.test(value)) {
        throw new ValidationError(`${field} must be 1-${max} printable ASCII characters without spaces`, { field });
      }
    }
  }

  async submit(principal: Principal, input: SubmitNoteRequest): Promise<Job> {
    requireRole(principal, ['submitter']);
    this.validateSubmission(input);
    const t0 = performance.now();
    // Admission first: a refused note costs no sealing (a KMS data key in AWS). It is usually local now
    // (services/admissionLease.ts), so sealing beside it would save little.
    await this.deps.rateLimiter?.admit(principal);
    const tAdmitted = performance.now();
    const sealed = await sealSubmission(this.deps.sealer, {
      tenantId: principal.tenant,
      text: input.text,
      noteType: input.noteType ?? 'OTHER',
      priority: input.priority ?? 'NORMAL',
      ...(input.encounterId ? { encounterId: input.encounterId } : {}),
      ...(input.patientRef ? { patientRef: input.patientRef } : {}),
      ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      redactionMode: input.redaction ?? this.deps.defaultRedactionMode ?? 'TAG',
    }, (this.deps.clock ?? systemClock).nowMs());
    const tSealed = performance.now();
    const { job, created } = await this.deps.store.create(sealed);
    const tCreated = performance.now();
    if (created) {
      // The job is stored QUEUED: from here the sweeper guarantees it reaches the queue (STUCK_AFTER_MS +
      // SWEEP_INTERVAL_MS) whatever happens to this process, exactly as when the enqueue fails. So the answer
      // goes out now and the enqueue and announcement follow; a client's retry with the same key finds the
      // stored job either way. Hand-offs in flight are bounded; past the bound the submit waits for its own.
      const handoff = this.handOff(job, t0, tAdmitted, tSealed, tCreated);
      if (this.handoffs.size >= (this.deps.maxHandoffsInFlight ?? TIMEOUTS.maxSubmitHandoffsInFlight)) {
        await handoff;
      } else {
        this.handoffs.add(handoff);
        void handoff.finally(() => this.handoffs.delete(handoff));
      }
      this.deps.logger.info({ jobId: job.jobId, tenant: job.tenantId, noteChars: job.noteChars }, 'job submitted');
    }
    return job;
  }

  /** Enqueue and announce hand-offs still on their way (submits answered, SendMessage or publish pending). */
  get handoffsInFlight(): number {
    return this.handoffs.size;
  }

  /** Waits for every hand-off on its way: the API calls it at stop, after it stopped taking submits. */
  async drain(): Promise<void> {
    while (this.handoffs.size > 0) await Promise.allSettled([...this.handoffs]);
  }

  /** Never rejects: a failed enqueue is the sweeper's, a failed announcement costs a subscriber a re-read. */
  private async handOff(job: Job, t0: number, tAdmitted: number, tSealed: number, tCreated: number): Promise<void> {
    // Enqueue and announce side by side: one round trip each, neither needs the other, and a subscriber
    // drops the QUEUED event by version should the worker's first event overtake it.
    const abortSignal = AbortSignal.timeout(this.deps.enqueueTimeoutMs ?? TIMEOUTS.submitEnqueueTimeoutMs);
    const enqueue = this.deps.queue.send({ tenantId: job.tenantId, jobId: job.jobId }, { abortSignal }).catch((err: unknown) => {
      // Failed or too slow: the job stays QUEUED in the store and the sweeper enqueues it.
      this.deps.logger.warn({ jobId: job.jobId, err: abortSignal.aborted ? 'EnqueueTimeout' : (err as Error).name }, 'enqueue failed; sweeper will retry');
    });
    await Promise.all([enqueue, this.publish(job)]);
    if (submitPhases.hasSubscribers) {
      const end = performance.now();
      submitPhases.publish({ admitMs: tAdmitted - t0, sealMs: tSealed - tAdmitted, createMs: tCreated - tSealed, enqueueAnnounceMs: end - tCreated, totalMs: tCreated - t0 } satisfies SubmitPhasesMs);
    }
  }

  async submitBatch(principal: Principal, inputs: SubmitNoteRequest[]): Promise<BatchItemResult[]> {
    requireRole(principal, ['submitter']);
    if (inputs.length === 0) throw new ValidationError('inputs must not be empty', { field: 'inputs' });
    if (inputs.length > this.deps.limits.maxBatchSize) {
      throw new PayloadTooLargeError(`a batch holds at most ${this.deps.limits.maxBatchSize} notes`, { field: 'inputs' });
    }
    const results: BatchItemResult[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        results.push({ index, job: await this.submit(principal, input) });
      } catch (err) {
        if (!(err instanceof ChartcoderError) || err.code === 'INTERNAL') throw err;
        results.push({ index, error: { code: err.code, message: err.message } });
      }
    }
    return results;
  }

  async get(principal: Principal, jobId: string): Promise<Job> {
    requireRole(principal, ['reader', 'submitter', 'reviewer']);
    if (!isJobId(jobId)) throw new NotFoundError('No such job');
    return this.deps.store.get(principal.tenant, jobId);
  }

  async list(principal: Principal, filter: JobFilter, first: number | undefined, after: string | undefined): Promise<JobPage> {
    requireRole(principal, ['reader', 'reviewer']);
    if (first !== undefined && (!Number.isInteger(first) || first < 1 || first > LIMITS.maxPageSize)) {
      throw new ValidationError(`first must be between 1 and ${LIMITS.maxPageSize}`, { field: 'first' });
    }
    if (filter.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo) {
      throw new ValidationError('createdAfter must not be later than createdBefore', { field: 'filter' });
    }
    return this.deps.store.list(principal.tenant, filter, { first: first ?? LIMITS.defaultPageSize, after });
  }

  /** Every stored transition of one job, oldest first: for support and audit (ids, times and codes only). */
  async history(principal: Principal, jobId: string): Promise<JobTransitionRecord[]> {
    return (await this.get(principal, jobId)).history;
  }

  /**
   * The tenant's FAILED jobs, newest first: dead-lettered after maxReceiveCount or failed by a permanent
   * error, each with its error code and reason. `retryJob` or `redriveDeadLetters` puts them back.
   */
  async deadLetters(principal: Principal, first: number | undefined, after: string | undefined): Promise<JobPage> {
    requireRole(principal, ['admin']);
    return this.list(principal, { status: 'FAILED' }, first, after);
  }

  async stageOutputs(principal: Principal, jobId: string): Promise<{ job: Job; outputs: Partial<Record<string, unknown>> }> {
    const job = await this.get(principal, jobId);
    return { job, outputs: await this.deps.store.getStageOutputs(principal.tenant, jobId) };
  }

  async cancel(principal: Principal, jobId: string): Promise<Job> {
    requireRole(principal, ['submitter', 'admin']);
    const job = await this.get(principal, jobId);
    const updated = await this.deps.store.transition(principal.tenant, jobId, { expectedVersion: job.version, to: 'CANCELLED' });
    await this.publish(updated);
    return updated;
  }

  async retry(principal: Principal, jobId: string): Promise<Job> {
    requireRole(principal, ['submitter', 'admin']);
    const job = await this.get(principal, jobId);
    if (job.status !== 'FAILED') throw new ConflictError(`Only FAILED jobs can be retried; this job is ${job.status}`, { status: job.status });
    // Same write → publish → enqueue order as the DLQ redrive; finished stages are not re-run.
    const result = await requeueJob({ store: this.deps.store, events: this.deps.events, queue: this.deps.queue }, { tenantId: principal.tenant, jobId });
    return result.job;
  }

  private async publish(job: Job): Promise<void> {
    try {
      await this.deps.events.publish(eventFromJob(job));
    } catch (err) {
      // The store is the truth; a subscriber re-reads a snapshot, so a lost event is not a lost job.
      this.deps.logger.warn({ jobId: job.jobId, err: (err as Error).name }, 'event publish failed');
    }
  }
}
