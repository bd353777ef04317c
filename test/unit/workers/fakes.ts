// Owns in-memory fakes of the ports the worker uses (JobStore, JobQueue, EventBus) for unit tests.
// They keep the contracts that matter here: conditional writes on `version`, legal transitions
// only, stage output stored with its transition, ciphertext gone once redaction is stored.

import type { JobEvent } from '../../../src/domain/events';
import { isTerminal, newJobRecord, type Job, type NewJob, type PipelineStage, type Submission } from '../../../src/domain/job';
import { sealSubmission } from '../../../src/services/noteIntake';
import { testSealer } from '../../helpers/sealer';
import { applyClaim, applyLeaseRenewal, applyTransition, completionsOf, releasesRawNote } from '../../../src/domain/lifecycle';
import type {
  ClaimRequest,
  CreateJobResult,
  EventBus,
  JobEventListener,
  JobFilter,
  JobMessageBody,
  JobPage,
  JobQueue,
  JobStore,
  PageRequest,
  QueueDepth,
  ReceivedJobMessage,
  ReceiveOptions,
  SealedNote,
  StuckJobRef,
  TransitionRequest,
} from '../../../src/domain/ports';
import { ConflictError, NotFoundError, ValidationError } from '../../../src/errors';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export class MemoryJobStore implements JobStore {
  readonly jobs = new Map<string, Job>();
  readonly raw = new Map<string, SealedNote>();
  /** Seals what `submit` stores, and opens it for the pipeline under test. */
  readonly sealer = testSealer();
  readonly outputs = new Map<string, Partial<Record<PipelineStage, unknown>>>();
  readonly transitions: Array<{ jobId: string; from: string; request: TransitionRequest }> = [];
  readonly claims: Array<{ jobId: string; request: ClaimRequest }> = [];
  readonly renewals: Array<{ jobId: string; request: ClaimRequest }> = [];
  /** Test hook: runs before a transition is applied (throw to simulate a failed write). */
  beforeTransition?: (job: Job, request: TransitionRequest) => void;

  constructor(private readonly now: () => number = () => Date.now()) {}

  async create(input: NewJob): Promise<CreateJobResult> {
    const at = new Date(this.now()).toISOString();
    const job = newJobRecord(input, at);
    this.jobs.set(this.key(input.tenantId, input.jobId), job);
    this.raw.set(this.key(input.tenantId, input.jobId), input.sealedNote);
    return { job: clone(job), created: true };
  }

  /** Test helper: seal a submission with this store's sealer and create it (what JobService.submit does). */
  async submit(submission: Submission): Promise<CreateJobResult> {
    return this.create(await sealSubmission(this.sealer, submission, this.now()));
  }

  async get(tenantId: string, jobId: string): Promise<Job> {
    const job = this.jobs.get(this.key(tenantId, jobId));
    if (!job) throw new NotFoundError('Job not found', { jobId });
    return clone(job);
  }

  async getWithSealedNote(tenantId: string, jobId: string): Promise<{ job: Job; sealedNote?: SealedNote }> {
    const job = await this.get(tenantId, jobId);
    const sealedNote = this.raw.get(this.key(tenantId, jobId));
    return { job, ...(sealedNote ? { sealedNote } : {}) };
  }

  async transition(tenantId: string, jobId: string, request: TransitionRequest): Promise<Job> {
    this.beforeTransition?.(await this.get(tenantId, jobId), request);
    const current = await this.get(tenantId, jobId);
    const next = applyTransition(current, request, new Date(this.now()).toISOString());
    const key = this.key(tenantId, jobId);
    const completions = completionsOf(request);
    // As the DynamoDB adapter: an output is written once, ever (conditional put), all of them or none.
    if (completions.some((c) => this.outputs.get(key)?.[c.stage] !== undefined)) throw new ConflictError('Stage output already stored', { jobId });
    for (const c of completions) this.outputs.set(key, { ...this.outputs.get(key), [c.stage]: clone(c.output) });
    if (releasesRawNote(request)) this.raw.delete(key);
    this.jobs.set(key, next);
    this.transitions.push({ jobId, from: current.status, request: clone(request) });
    return clone(next);
  }

  async claim(tenantId: string, jobId: string, request: ClaimRequest): Promise<Job> {
    const next = applyClaim(await this.get(tenantId, jobId), request, new Date(this.now()).toISOString());
    this.jobs.set(this.key(tenantId, jobId), next);
    this.claims.push({ jobId, request: clone(request) });
    return clone(next);
  }

  async renewLease(tenantId: string, jobId: string, request: ClaimRequest): Promise<Job> {
    const next = applyLeaseRenewal(await this.get(tenantId, jobId), request, new Date(this.now()).toISOString());
    this.jobs.set(this.key(tenantId, jobId), next);
    this.renewals.push({ jobId, request: clone(request) });
    return clone(next);
  }

  async readSealedNote(tenantId: string, jobId: string): Promise<SealedNote> {
    const sealed = this.raw.get(this.key(tenantId, jobId));
    if (sealed === undefined) throw new NotFoundError('The submitted text is no longer stored for this job');
    return sealed;
  }

  async getStageOutput<T = unknown>(tenantId: string, jobId: string, stage: PipelineStage): Promise<T | undefined> {
    const output = this.outputs.get(this.key(tenantId, jobId))?.[stage];
    return output === undefined ? undefined : (clone(output) as T);
  }

  async getStageOutputs(tenantId: string, jobId: string): Promise<Partial<Record<PipelineStage, unknown>>> {
    return clone(this.outputs.get(this.key(tenantId, jobId)) ?? {});
  }

  /** Newest first, status and note-type filters only; `after` is the previous page's last job id. */
  async list(tenantId: string, filter: JobFilter, page: PageRequest): Promise<JobPage> {
    const all = [...this.jobs.values()]
      .filter((j) => j.tenantId === tenantId && (!filter.status || j.status === filter.status) && (!filter.noteType || j.noteType === filter.noteType))
      .sort((a, b) => (page.oldestFirst ? a.jobId.localeCompare(b.jobId) : b.jobId.localeCompare(a.jobId)));
    // Cursors name the last job returned and the order they were issued for, like the DynamoDB store's.
    const order = page.oldestFirst ? 'asc:' : 'desc:';
    if (page.after !== undefined && !page.after.startsWith(order)) throw new ValidationError('Malformed cursor', { argument: 'after' });
    const afterId = page.after?.slice(order.length);
    // Strictly after the cursor's job, whether or not that job is still listed (it may have left the filter).
    const start = afterId === undefined ? 0 : all.findIndex((j) => (page.oldestFirst ? j.jobId > afterId : j.jobId < afterId));
    if (start < 0) return { items: [], hasNextPage: false };
    const first = page.first ?? 20;
    const items = all.slice(start, start + first).map((job) => ({ job: clone(job), cursor: `${order}${job.jobId}` }));
    const hasNextPage = start + first < all.length;
    return { items, hasNextPage, ...(hasNextPage ? { endCursor: items[items.length - 1].cursor } : {}) };
  }

  async findStuck(olderThan: Date, limit: number): Promise<StuckJobRef[]> {
    return [...this.jobs.values()]
      .filter((j) => !isTerminal(j.status) && Date.parse(j.updatedAt) < olderThan.getTime())
      .slice(0, limit)
      .map(({ tenantId, jobId, status, version, updatedAt }) => ({ tenantId, jobId, status, version, updatedAt }));
  }

  /** Test helper: set fields directly (e.g. CANCELLED by the API). */
  /** Stores a job record some other store computed (a submitted review's transaction), conditional on its version. */
  commit(next: Job, expectedVersion: number): void {
    const key = this.key(next.tenantId, next.jobId);
    const before = this.jobs.get(key);
    if (before) this.beforeTransition?.(clone(before), { expectedVersion, to: next.status });
    if (this.jobs.get(key)?.version !== expectedVersion) throw new ConflictError('Job was changed by someone else', { jobId: next.jobId });
    this.jobs.set(key, clone(next));
  }

  force(tenantId: string, jobId: string, patch: Partial<Job>): void {
    const key = this.key(tenantId, jobId);
    const job = this.jobs.get(key)!;
    this.jobs.set(key, { ...job, ...patch, version: job.version + 1 });
  }

  private key(tenantId: string, jobId: string): string {
    return `${tenantId}/${jobId}`;
  }
}

export class MemoryEventBus implements EventBus {
  readonly published: JobEvent[] = [];
  private listeners = new Set<JobEventListener>();
  /** Test hook: throw to simulate a publish failure. */
  beforePublish?: (event: JobEvent) => void;

  async start(): Promise<void> {}
  async publish(event: JobEvent): Promise<void> {
    this.beforePublish?.(event);
    this.published.push(event);
    for (const l of this.listeners) l(event);
  }
  subscribe(listener: JobEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  async stop(): Promise<void> {}
}

interface StoredMessage {
  messageId: string;
  body: JobMessageBody;
  receiveCount: number;
  visibleAtMs: number;
  receiptHandle?: string;
}

/**
 * A queue with SQS visibility semantics on an injected clock: receive hides a message for the
 * visibility timeout, changeVisibility re-times it, delete removes it. An empty receive waits for a
 * send or an abort (long polling without real time). Every call is recorded for assertions.
 */
export class MemoryJobQueue implements JobQueue {
  readonly messages: StoredMessage[] = [];
  /** Moved here by the redrive policy, as SQS does: on the receive after maxReceiveCount. */
  readonly deadLetters: StoredMessage[] = [];
  readonly calls: Array<{ op: 'receive' | 'delete' | 'changeVisibility' | 'send'; args: unknown[] }> = [];
  /** Test hook: make the next receive calls fail. */
  failReceives = 0;
  private seq = 0;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly defaultVisibilitySeconds = 30,
    private readonly maxReceiveCount = Infinity,
  ) {}

  async send(message: JobMessageBody, options: { delaySeconds?: number; abortSignal?: AbortSignal } = {}): Promise<void> {
    this.calls.push({ op: 'send', args: [message, options] });
    this.messages.push({
      messageId: `m-${this.seq++}`,
      body: { tenantId: message.tenantId, jobId: message.jobId },
      receiveCount: 0,
      visibleAtMs: this.now() + (options.delaySeconds ?? 0) * 1000,
    });
    this.wake();
  }

  /** Test helper: enqueue with a receive count already used up (redeliveries). */
  push(body: JobMessageBody, receiveCountSoFar = 0): void {
    this.messages.push({ messageId: `m-${this.seq++}`, body, receiveCount: receiveCountSoFar, visibleAtMs: this.now() });
    this.wake();
  }

  async receive(options: ReceiveOptions = {}): Promise<ReceivedJobMessage[]> {
    this.calls.push({ op: 'receive', args: [{ ...options, abortSignal: undefined }] });
    if (this.failReceives > 0) {
      this.failReceives--;
      throw Object.assign(new Error('connect ECONNREFUSED'), { name: 'TimeoutError' });
    }
    for (;;) {
      for (const m of this.messages.filter((x) => x.visibleAtMs <= this.now() && x.receiveCount >= this.maxReceiveCount)) {
        this.messages.splice(this.messages.indexOf(m), 1);
        this.deadLetters.push(m);
      }
      const ready = this.messages.filter((m) => m.visibleAtMs <= this.now()).slice(0, options.maxMessages ?? 1);
      if (ready.length > 0) {
        return ready.map((m) => {
          m.receiveCount++;
          m.receiptHandle = `rh-${m.messageId}-${m.receiveCount}`;
          m.visibleAtMs = this.now() + (options.visibilityTimeoutSeconds ?? this.defaultVisibilitySeconds) * 1000;
          return { ...m.body, messageId: m.messageId, receiptHandle: m.receiptHandle, receiveCount: m.receiveCount, sentAtMs: 0 };
        });
      }
      // A short poll answers at once; a long poll waits for a send, a wake() or an abort.
      if (options.waitTimeSeconds === 0) return [];
      if (options.abortSignal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        options.abortSignal?.addEventListener('abort', () => resolve(), { once: true });
      });
    }
  }

  async delete(receiptHandle: string): Promise<void> {
    this.calls.push({ op: 'delete', args: [receiptHandle] });
    const i = this.messages.findIndex((m) => m.receiptHandle === receiptHandle);
    if (i >= 0) this.messages.splice(i, 1);
  }

  async changeVisibility(receiptHandle: string, visibilityTimeoutSeconds: number): Promise<void> {
    this.calls.push({ op: 'changeVisibility', args: [receiptHandle, visibilityTimeoutSeconds] });
    const m = this.messages.find((x) => x.receiptHandle === receiptHandle);
    if (m) m.visibleAtMs = this.now() + visibilityTimeoutSeconds * 1000;
    if (visibilityTimeoutSeconds === 0) this.wake();
  }

  async depth(): Promise<QueueDepth> {
    const now = this.now();
    return { visible: this.messages.filter((m) => m.visibleAtMs <= now).length, inFlight: 0, delayed: 0 };
  }

  /** Test helper: a visibility change made a message receivable; wake long pollers. */
  wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  visibilityChanges(receiptHandle?: string): number[] {
    return this.calls
      .filter((c) => c.op === 'changeVisibility' && (receiptHandle === undefined || c.args[0] === receiptHandle))
      .map((c) => c.args[1] as number);
  }
}

export function deferred<T = void>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
