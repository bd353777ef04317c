// Owns the Chartcoder client: typed documents over HTTP (queries, mutations) and graphql-ws
// (subscriptions), retries that keep one idempotency key, live job watching with a polling fallback,
// cursor pagination, and the review loop (queue, claim, submit, report versions, code look-up).
// No note text is ever logged or put into an error.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client as WsClient } from 'graphql-ws';
import {
  ChartcoderClientError, NetworkError, TimeoutError, errorFromGraphql, type GraphqlErrorShape,
} from './errors';
import {
  SdkDeadLettersDocument, SdkJobDocument, SdkJobEventsDocument, SdkJobStatusDocument, SdkJobUpdatesDocument, SdkJobsDocument,
  SdkRedriveDeadLettersDocument, SdkReportDocument, SdkReportWithFhirDocument, SdkRetryJobDocument, SdkSubmitNoteDocument,
  SdkClaimReviewDocument, SdkIcd10CodeDocument, SdkReportHistoryDocument, SdkReviewQueueDocument, SdkSearchIcd10Document, SdkSubmitReviewDocument,
  type JobFilterInput, type JobUpdatesFilter, type JobStatus, type SdkJobFragment, type SdkJobStatusSubscription, type SdkJobEventsQuery,
  type SdkReportFragment, type SubmitNoteInput, type SdkRedriveDeadLettersMutation,
  type ReviewQueueFilterInput, type SdkIcd10CodeFragment, type SdkReportVersionFragment, type SdkReviewClaimFragment, type SdkReviewQueueQuery,
  type SdkReportHistoryQuery,
  type SubmitReviewInput,
} from './generated/graphql';

export type Job = SdkJobFragment;
export type Report = SdkReportFragment & { fhir?: Record<string, unknown> | null };
export type JobStatusEvent = SdkJobStatusSubscription['jobStatus'];
export type JobTransition = SdkJobEventsQuery['jobEvents'][number];
export type RedriveResult = SdkRedriveDeadLettersMutation['redriveDeadLetters'];
export type ReviewClaim = SdkReviewClaimFragment;
export type ReviewQueueItem = Omit<SdkReviewQueueQuery['reviewQueue']['edges'][number]['node'], 'claim'> & { claim: ReviewClaim | null };
/** One version of a job's report: 1 is the machine's, each submitted review adds one. */
export type ReportVersion = SdkReportVersionFragment & { report: Report };
/** A version in a report's history: who made it, when, and its codes (`getReport(jobId, { version })` reads it whole). */
export type ReportHistoryEntry = SdkReportHistoryQuery['reportHistory'][number];
export interface SubmittedReview {
  /** Now REVIEWED. */
  job: Job;
  /** The version the review added. */
  version: ReportVersion;
}
export type Icd10Code = SdkIcd10CodeFragment;
export type { JobFilterInput, JobUpdatesFilter, JobStatus, SubmitNoteInput, ReviewQueueFilterInput, SubmitReviewInput };
export type {
  CodeRole, NoteType, RedactionMode, Stage, CodeDecisionInput, CodeDecisionKind, ReviewEvidenceInput, SummaryCorrectionInput, ReportAuthorKind,
} from './generated/graphql';

/** Statuses after which a job never changes again. */
export const TERMINAL_STATUSES: readonly JobStatus[] = ['COMPLETED', 'NEEDS_REVIEW', 'REVIEWED', 'FAILED', 'CANCELLED'];
export const isTerminal = (status: JobStatus): boolean => TERMINAL_STATUSES.includes(status);

export const DEFAULTS = {
  retryAttempts: 4,
  retryBaseDelayMs: 250,
  retryMaxDelayMs: 5_000,
  pollIntervalMs: 1_000,
  waitTimeoutMs: 5 * 60_000,
  pageSize: 50,
} as const;

export interface ChartcoderClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Bearer token or API key, or a function returning one (called per request, so it may refresh). */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** websocket URL; default: `url` with http(s) → ws(s). */
  wsUrl?: string;
  /** A WebSocket class where there is no global one (Node 20: `require('ws')`). */
  webSocketImpl?: unknown;
  fetch?: typeof fetch;
  /** Retries of a request that got no answer, RATE_LIMITED or UPSTREAM_UNAVAILABLE. */
  retryAttempts?: number;
  retryBaseDelayMs?: number;
  /** Injected time for tests. */
  sleep?: (ms: number) => Promise<void>;
  nowMs?: () => number;
}

export interface WaitOptions {
  /** Give up (TimeoutError) after this long; the job keeps running on the server. */
  timeoutMs?: number;
  pollIntervalMs?: number;
  signal?: AbortSignal;
  /** Every status seen, from the subscription or a poll. */
  onEvent?: (event: JobStatusEvent) => void;
  /** Also fetch the FHIR R4 Bundle with the report. */
  fhir?: boolean;
}

export interface SubmitAndWaitResult {
  job: Job;
  /** null when the job did not finish with a report (FAILED, CANCELLED). */
  report: Report | null;
  /** How the wait learnt of the end: the subscription, or polling after the websocket failed. */
  via: 'subscription' | 'polling';
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

type Connection<T> = { edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** 32 hex characters from the platform's CSPRNG (works in insecure browser contexts, unlike randomUUID). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `sdk-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function abortError(): ChartcoderClientError {
  return new ChartcoderClientError('ABORTED', 'The wait was aborted');
}

export class ChartcoderClient {
  private ws?: WsClient;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly nowMs: () => number;

  constructor(private readonly options: ChartcoderClientOptions) {
    if (!/^https?:\/\//.test(options.url)) throw new TypeError(`url must be an http(s) URL, got "${options.url}"`);
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.sleep = options.sleep ?? defaultSleep;
    this.nowMs = options.nowMs ?? Date.now;
  }

  private async token(): Promise<string | undefined> {
    const t = this.options.token;
    return typeof t === 'function' ? t() : t;
  }

  /** One typed operation over HTTP, once. Throws the typed error of the answer's first error. */
  async requestOnce<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
    const token = await this.token();
    let res: Response;
    try {
      res = await this.fetchImpl(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
      });
    } catch (err) {
      throw new NetworkError('NETWORK', `No answer from ${this.options.url}: ${(err as Error).message}`);
    }
    let body: { data?: TResult | null; errors?: GraphqlErrorShape[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      // A proxy's HTML error page, a cut connection: no GraphQL answer, so nothing was decided.
      throw new NetworkError('NETWORK', `HTTP ${res.status} without a GraphQL answer`, [], res.status);
    }
    if (body.errors?.length) throw errorFromGraphql(body.errors, res.status);
    if (!body.data) throw new ChartcoderClientError('INTERNAL', `HTTP ${res.status} without data`, [], res.status);
    return body.data;
  }

  /**
   * One typed operation, retried with exponential backoff while the error is retryable. Only safe for
   * idempotent operations: queries, and mutations carrying an idempotency key.
   */
  async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
    const attempts = this.options.retryAttempts ?? DEFAULTS.retryAttempts;
    const base = this.options.retryBaseDelayMs ?? DEFAULTS.retryBaseDelayMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.requestOnce(document, variables);
      } catch (err) {
        if (!(err instanceof ChartcoderClientError) || !err.retryable || attempt >= attempts) throw err;
        const hintMs = (err.errors[0]?.extensions?.retryAfterSeconds as number | undefined) ?? 0;
        await this.sleep(Math.min(DEFAULTS.retryMaxDelayMs, Math.max(hintMs * 1000, base * 2 ** attempt)));
      }
    }
  }

  /**
   * Queues one note. The idempotency key (generated when the input has none) is the same on every retry,
   * so a retry after a lost answer returns the job the first attempt created instead of a second one.
   */
  async submitNote(input: SubmitNoteInput): Promise<Job> {
    const withKey = { ...input, idempotencyKey: input.idempotencyKey ?? newIdempotencyKey() };
    return (await this.request(SdkSubmitNoteDocument, { input: withKey })).submitNote.job;
  }

  async getJob(id: string): Promise<Job> {
    return (await this.request(SdkJobDocument, { id })).job;
  }

  /** Every stored transition of a job, oldest first (for a stage timeline). */
  async getJobEvents(jobId: string): Promise<JobTransition[]> {
    return (await this.request(SdkJobEventsDocument, { jobId })).jobEvents;
  }

  /**
   * The report of a finished job; null while it runs. The latest version unless `version` is given (1 is the
   * machine's; NOT_FOUND for a version that does not exist). `fhir: true` adds the FHIR R4 Bundle.
   */
  async getReport(jobId: string, options: { fhir?: boolean; version?: number } = {}): Promise<Report | null> {
    const version = options.version ?? null;
    if (options.fhir) {
      const r = (await this.request(SdkReportWithFhirDocument, { jobId, version })).report;
      return r ? { ...r, fhir: (r.fhir as Record<string, unknown> | null) ?? null } : null;
    }
    return (await this.request(SdkReportDocument, { jobId, version })).report;
  }

  /** Every version of a job's report, oldest first, with its codes (empty while the job runs). */
  async getReportHistory(jobId: string): Promise<ReportHistoryEntry[]> {
    return (await this.request(SdkReportHistoryDocument, { jobId })).reportHistory;
  }

  /** Reviewer: one page of the jobs needing review, oldest first. */
  async listReviewQueue(args: { first?: number; after?: string | null; filter?: ReviewQueueFilterInput } = {}): Promise<Page<ReviewQueueItem>> {
    return toPage((await this.request(SdkReviewQueueDocument, { first: args.first ?? DEFAULTS.pageSize, after: args.after ?? null, filter: args.filter })).reviewQueue);
  }

  /** Reviewer: every job needing review that matches the filter, oldest first, page by page. */
  allReviewQueue(filter?: ReviewQueueFilterInput, pageSize: number = DEFAULTS.pageSize): AsyncGenerator<ReviewQueueItem> {
    return paginate((after) => this.listReviewQueue({ first: pageSize, after, filter }));
  }

  /**
   * Reviewer: a lease on the job until `expiresAt`; ConflictError while another reviewer holds one.
   * Retried like a query: claiming again renews one's own lease, so a lost answer costs nothing.
   */
  async claimReview(jobId: string): Promise<ReviewClaim> {
    return (await this.request(SdkClaimReviewDocument, { jobId })).claimReview;
  }

  /**
   * Reviewer: submits the review of a claimed job (a new report version; the job becomes REVIEWED).
   * Not retried: the first submission releases the lease, so a blind retry could only be refused.
   * ValidationError names the refused input in `field` (decisions.0.reason, sequence, …).
   */
  async submitReview(jobId: string, input: SubmitReviewInput): Promise<SubmittedReview> {
    return (await this.requestOnce(SdkSubmitReviewDocument, { jobId, input })).submitReview;
  }

  /** One code of the configured code set (dotted or dotless); null when it does not exist. */
  async lookupCode(code: string): Promise<Icd10Code | null> {
    return (await this.request(SdkIcd10CodeDocument, { code })).icd10Code;
  }

  /** Codes whose descriptions match the words, best first. */
  async searchCodes(query: string, first = 10): Promise<{ score: number; entry: Icd10Code }[]> {
    return (await this.request(SdkSearchIcd10Document, { query, first })).searchIcd10;
  }

  async listJobs(args: { first?: number; after?: string | null; filter?: JobFilterInput } = {}): Promise<Page<Job>> {
    return toPage((await this.request(SdkJobsDocument, { first: args.first ?? DEFAULTS.pageSize, after: args.after ?? null, filter: args.filter })).jobs);
  }

  /** Every job matching the filter, newest first, fetching pages as the loop asks for them. */
  allJobs(filter?: JobFilterInput, pageSize: number = DEFAULTS.pageSize): AsyncGenerator<Job> {
    return paginate((after) => this.listJobs({ first: pageSize, after, filter }));
  }

  async listDeadLetters(args: { first?: number; after?: string | null } = {}): Promise<Page<Job>> {
    return toPage((await this.request(SdkDeadLettersDocument, { first: args.first ?? DEFAULTS.pageSize, after: args.after ?? null })).deadLetters);
  }

  allDeadLetters(pageSize: number = DEFAULTS.pageSize): AsyncGenerator<Job> {
    return paginate((after) => this.listDeadLetters({ first: pageSize, after }));
  }

  /** Admin: move dead letters back to the queue. Not retried (a second redrive is a new action). */
  async redriveDeadLetters(maxMessages?: number): Promise<RedriveResult> {
    return (await this.requestOnce(SdkRedriveDeadLettersDocument, { maxMessages })).redriveDeadLetters;
  }

  async retryJob(id: string): Promise<Job> {
    return (await this.requestOnce(SdkRetryJobDocument, { id })).retryJob;
  }

  private wsClient(): WsClient {
    this.ws ??= createClient({
      url: this.options.wsUrl ?? this.options.url.replace(/^http/, 'ws'),
      webSocketImpl: this.options.webSocketImpl,
      connectionParams: async () => {
        const token = await this.token();
        return token ? { Authorization: `Bearer ${token}` } : {};
      },
      lazy: true,
      retryAttempts: 2,
    });
    return this.ws;
  }

  /**
   * Any typed subscription as an async iterator of its payloads. Throws a typed error when the server
   * refuses it and a NetworkError when the websocket fails; `signal` or leaving the loop unsubscribes.
   */
  async *subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, options: { signal?: AbortSignal } = {}): AsyncGenerator<TResult> {
    const iterator = this.wsClient().iterate({ query: print(document), variables: variables as Record<string, unknown> });
    const onAbort = () => void iterator.return?.();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for (;;) {
        let step: IteratorResult<{ data?: unknown; errors?: readonly unknown[] }>;
        try {
          step = await iterator.next();
        } catch (err) {
          throw toSubscriptionError(err);
        }
        if (step.done) return;
        if (step.value.errors?.length) throw errorFromGraphql(step.value.errors as GraphqlErrorShape[]);
        if (step.value.data) yield step.value.data as TResult;
      }
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      await iterator.return?.();
    }
  }

  /** A job's current state, then each transition, ending after a terminal status. */
  async *watchJob(jobId: string, options: { signal?: AbortSignal } = {}): AsyncGenerator<JobStatusEvent> {
    for await (const data of this.subscribe(SdkJobStatusDocument, { jobId }, options)) {
      yield data.jobStatus;
      if (isTerminal(data.jobStatus.status)) return;
    }
  }

  /** Every transition of the caller's jobs (a live job list), until the signal aborts. */
  async *watchJobUpdates(filter?: JobUpdatesFilter, options: { signal?: AbortSignal } = {}): AsyncGenerator<JobStatusEvent> {
    for await (const data of this.subscribe(SdkJobUpdatesDocument, { filter }, options)) yield data.jobUpdates;
  }

  /**
   * Submits a note and waits for it to finish: live over graphql-ws, or by polling the job when the
   * websocket cannot be used (blocked by a proxy, dropped); then fetches the report.
   */
  async submitAndWait(input: SubmitNoteInput, options: WaitOptions = {}): Promise<SubmitAndWaitResult> {
    const job = await this.submitNote(input);
    return this.waitForJob(job.id, options);
  }

  /** Waits for a submitted job to finish (see submitAndWait). */
  async waitForJob(jobId: string, options: WaitOptions = {}): Promise<SubmitAndWaitResult> {
    const timeoutMs = options.timeoutMs ?? DEFAULTS.waitTimeoutMs;
    const deadline = this.nowMs() + timeoutMs;
    const timedOut = () => new TimeoutError('TIMEOUT', `Job ${jobId} did not finish within ${timeoutMs} ms; it keeps running on the server`);
    let via: SubmitAndWaitResult['via'] = 'subscription';
    let status: JobStatus | undefined;
    // A silent subscription must not outlive the deadline: the timer ends it as the caller's signal would.
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(onAbort, timeoutMs);
    try {
      for await (const event of this.watchJob(jobId, { signal: stop.signal })) {
        options.onEvent?.(event);
        status = event.status;
      }
    } catch (err) {
      // Errors the server decided (no such job, not allowed) stand; a transport failure falls back to polling.
      if (!(err instanceof NetworkError)) throw err;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
    if (options.signal?.aborted) throw abortError();
    if (stop.signal.aborted && (status === undefined || !isTerminal(status))) throw timedOut();
    if (status === undefined || !isTerminal(status)) {
      via = 'polling';
      for (;;) {
        const job = await this.getJob(jobId);
        if (status !== job.status) options.onEvent?.({ jobId, status: job.status, stage: job.stage, progress: job.progress, version: job.version, at: job.updatedAt, errorCode: job.error?.code ?? null });
        status = job.status;
        if (isTerminal(status)) break;
        if (options.signal?.aborted) throw abortError();
        if (this.nowMs() > deadline) throw timedOut();
        await this.sleep(options.pollIntervalMs ?? DEFAULTS.pollIntervalMs);
      }
    }
    const job = await this.getJob(jobId);
    const report = status === 'COMPLETED' || status === 'NEEDS_REVIEW' || status === 'REVIEWED' ? await this.getReport(jobId, { fhir: options.fhir }) : null;
    return { job, report, via };
  }

  /** Closes the websocket, if one was opened. */
  async close(): Promise<void> {
    await this.ws?.dispose();
    this.ws = undefined;
  }
}

function toPage<T>(c: Connection<T>): Page<T> {
  return { items: c.edges.map((e) => e.node), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor };
}

/** Walks a cursor connection page by page; stops when the server says there is no next page. */
export async function* paginate<T>(fetchPage: (after: string | null) => Promise<Page<T>>): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetchPage(after);
    yield* page.items;
    if (!page.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}

/**
 * graphql-ws rejects with GraphQL errors (an array), a CloseEvent (the server closed: 4401, 4403…) or an
 * Error/Event (no connection). Only the last is a transport failure worth a polling fallback.
 */
function toSubscriptionError(err: unknown): ChartcoderClientError {
  if (Array.isArray(err)) return errorFromGraphql(err as GraphqlErrorShape[]);
  const close = err as { code?: unknown; reason?: unknown };
  if (typeof close?.code === 'number') {
    if (close.code === 4401) return errorFromGraphql([{ message: String(close.reason || 'Unauthenticated'), extensions: { code: 'UNAUTHENTICATED' } }]);
    if (close.code === 4403) return errorFromGraphql([{ message: String(close.reason || 'Forbidden'), extensions: { code: 'FORBIDDEN' } }]);
    if (close.code === 4429) return errorFromGraphql([{ message: String(close.reason || 'Too many subscriptions'), extensions: { code: 'RATE_LIMITED' } }]);
  }
  return new NetworkError('NETWORK', `The subscription failed: ${err instanceof Error ? err.message : `close ${String(close?.code ?? 'event')}`}`);
}
