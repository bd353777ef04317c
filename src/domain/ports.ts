// Owns the ports (interfaces) between the core (pipeline, resolvers) and infrastructure. The core
// imports only these; DynamoDB, SQS and SNS implementations live under src/adapters.

import type { JobEvent } from './events';
import type { Job, JobError, JobStatus, NewJob, NoteType, PipelineStage } from './job';
import type { AuditFilter, AuditRecord } from './audit';

export interface CreateJobResult {
  job: Job;
  /** false when an existing job was returned for the same tenant + idempotency key. */
  created: boolean;
}

export interface StageCompletion {
  stage: PipelineStage;
  /** Persisted atomically with the transition; JSON-serialisable. */
  output: unknown;
  durationMs: number;
  model?: string;
}

export interface TransitionRequest {
  /** The version the caller read; the write fails with ConflictError if the job moved on. */
  expectedVersion: number;
  to: JobStatus;
  /** The output of the stage that just finished, stored in the same write. */
  completed?: StageCompletion;
  /** Required when `to` is FAILED. */
  error?: JobError;
  /**
   * The caller's copy of the job at `expectedVersion`, when it has one: saves the store a read.
   * Safe because the write is still conditional on the version.
   */
  current?: Job;
  /** A worker's transition keeps (or takes) the job's lease for the next stage; absent clears it. */
  lease?: LeaseRequest;
  /**
   * Further transitions stored in the same conditional write, applied in order after this one (version + 1
   * each, each in the history and published): local stages that call no paid model ride on the write
   * before or after a paid call instead of costing a round trip of their own.
   */
  then?: ChainedTransition[];
}

/** One more step of a TransitionRequest, from the status the previous step left the job in. */
export interface ChainedTransition {
  to: JobStatus;
  completed?: StageCompletion;
}

export interface LeaseRequest {
  owner: string;
  durationMs: number;
}

/** Take over the lease of a job resumed from a fresh read (redelivery): same status, version + 1. */
export interface ClaimRequest extends LeaseRequest {
  expectedVersion: number;
  /**
   * The caller's copy of the job at `expectedVersion` (the worker's read, or its last write), when it has one:
   * saves the store a read. Safe because the write is still conditional on the version.
   */
  current?: Job;
}

export interface JobFilter {
  status?: JobStatus;
  noteType?: NoteType;
  encounterId?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

export interface PageRequest {
  first?: number;
  /** Opaque cursor from a previous page's `endCursor` (issued for the same filter and order). */
  after?: string;
  /** Job listings: oldest first instead of the default newest first (the review queue works oldest first). */
  oldestFirst?: boolean;
}

export interface JobPage {
  items: Array<{ job: Job; cursor: string }>;
  hasNextPage: boolean;
  endCursor?: string;
}

/** A job the sweeper should look at: non-terminal and untouched since `updatedAt`. */
export interface StuckJobRef {
  tenantId: string;
  jobId: string;
  status: JobStatus;
  version: number;
  updatedAt: string;
}

/**
 * The raw note as the store persists it: opaque, authenticated ciphertext plus the wrapped data key.
 * The store never sees the note in clear; only a NoteSealer can open this.
 */
export interface SealedNote {
  /** The key-encryption key that wrapped `wrappedKey` (a KMS key ARN, or `local:<fingerprint>`). */
  keyId: string;
  wrappedKey: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  authTag: Uint8Array;
}

/** Whose note a seal belongs to: a sealed note opens only for the same tenant and job. */
export interface NoteOwner {
  tenantId: string;
  jobId: string;
}

/** Envelope encryption of submitted notes (PHI at rest): a fresh data key per note. */
export interface NoteSealer {
  seal(text: string, owner: NoteOwner): Promise<SealedNote>;
  /** DecryptionError when the seal is tampered with, belongs to another owner or its key is gone. */
  open(sealed: SealedNote, owner: NoteOwner): Promise<string>;
}

/**
 * Key material for envelope encryption, KMS-shaped: GenerateDataKey returns a data key in clear and
 * wrapped by a key-encryption key; Decrypt unwraps it. The context is bound to the wrapped key (KMS
 * encryption context, or AES-GCM additional data for the local key file) and must match to unwrap.
 * Context values are ids, never PHI: KMS writes them to CloudTrail.
 */
export type EncryptionContext = Readonly<Record<string, string>>;

export interface KeyProvider {
  generateDataKey(context: EncryptionContext): Promise<{ plaintextKey: Buffer; wrappedKey: Buffer; keyId: string }>;
  unwrapDataKey(wrappedKey: Uint8Array, context: EncryptionContext, keyId: string): Promise<Buffer>;
}

export interface JobStore {
  /** Idempotent on (tenantId, idempotencyKey): a repeat returns the first job, never a second one. */
  create(input: NewJob): Promise<CreateJobResult>;
  /** NotFoundError when the job does not exist for this tenant (including another tenant's job). */
  get(tenantId: string, jobId: string): Promise<Job>;
  /** Conditional on `expectedVersion`; ConflictError on a version mismatch or an illegal transition. */
  transition(tenantId: string, jobId: string, request: TransitionRequest): Promise<Job>;
  /**
   * Conditional on `expectedVersion`. ConflictError when the job moved on; LeaseHeldError when another
   * worker's lease has not expired (lifecycle.applyClaim decides).
   */
  claim(tenantId: string, jobId: string, request: ClaimRequest): Promise<Job>;
  /** Extends the holder's lease, conditional on `expectedVersion` (lifecycle.applyLeaseRenewal decides); ConflictError otherwise. */
  renewLease(tenantId: string, jobId: string, request: ClaimRequest): Promise<Job>;
  /**
   * The job and, while it is still stored (until redaction), its sealed note, in one consistent read:
   * what a worker needs to start a run. NotFoundError as get.
   */
  getWithSealedNote(tenantId: string, jobId: string): Promise<{ job: Job; sealedNote?: SealedNote }>;
  /** The sealed submitted note, as stored. NotFoundError once redaction stored its output and the note was deleted. */
  readSealedNote(tenantId: string, jobId: string): Promise<SealedNote>;
  getStageOutput<T = unknown>(tenantId: string, jobId: string, stage: PipelineStage): Promise<T | undefined>;
  getStageOutputs(tenantId: string, jobId: string): Promise<Partial<Record<PipelineStage, unknown>>>;
  /** Newest first. A malformed or foreign cursor is a ValidationError. */
  list(tenantId: string, filter: JobFilter, page: PageRequest): Promise<JobPage>;
  /** Across tenants: non-terminal jobs whose last change is older than `olderThan`. */
  findStuck(olderThan: Date, limit: number): Promise<StuckJobRef[]>;
}

/** What the notes queue carries: a claim check, never note content. */
export interface JobMessageBody {
  tenantId: string;
  jobId: string;
}

export interface ReceivedJobMessage extends JobMessageBody {
  messageId: string;
  receiptHandle: string;
  /** SQS ApproximateReceiveCount: 1 on first delivery. */
  receiveCount: number;
  sentAtMs: number;
}

export interface ReceiveOptions {
  maxMessages?: number;
  waitTimeSeconds?: number;
  visibilityTimeoutSeconds?: number;
  abortSignal?: AbortSignal;
}

export interface QueueDepth {
  visible: number;
  inFlight: number;
  delayed: number;
}

export interface JobQueue {
  /** `abortSignal` gives up on the send (the caller's deadline); the message may or may not have been sent. */
  send(message: JobMessageBody, options?: { delaySeconds?: number; abortSignal?: AbortSignal }): Promise<void>;
  /**
   * Long-polls. A message whose body is not a valid claim check is not returned: it stays invisible
   * until its visibility timeout and reaches the DLQ after maxReceiveCount like any poison message.
   */
  receive(options?: ReceiveOptions): Promise<ReceivedJobMessage[]>;
  delete(receiptHandle: string): Promise<void>;
  changeVisibility(receiptHandle: string, visibilityTimeoutSeconds: number): Promise<void>;
  depth(): Promise<QueueDepth>;
}

export type JobEventListener = (event: JobEvent) => void;
export type Unsubscribe = () => void;

export interface EventBus {
  /** Starts delivery (e.g. creates the instance's SNS subscription queue). Idempotent. */
  start(): Promise<void>;
  /** Publish after the transition is stored. */
  publish(event: JobEvent): Promise<void>;
  /** Listeners get every event of every tenant; callers filter by tenant and job. */
  subscribe(listener: JobEventListener): Unsubscribe;
  /** Stops delivery and releases resources (deletes the instance queue). Idempotent. */
  stop(): Promise<void>;
}

/** A token bucket's rate: notes per minute and how many may arrive at once. */
export interface RateBucketPolicy {
  perMinute: number;
  burst: number;
}

export type RateTake = { ok: true } | { ok: false; retryAfterMs: number };

/** Shared admission buckets: GCRA (services/rateLimiter.ts defines it; the DynamoDB store runs it as conditional updates). */
export interface RateBucketStore {
  take(tenantId: string, bucket: string, count: number, policy: RateBucketPolicy, nowMs: number): Promise<RateTake>;
}

export interface AuditPage {
  items: Array<{ record: AuditRecord; cursor: string }>;
  hasNextPage: boolean;
  endCursor?: string;
}

/**
 * Append-only storage of the per-tenant audit chains. There is no update and no delete: records leave
 * only through TTL (retention).
 */
export interface AuditStore {
  /** The newest record of a chain (consistent read), or undefined for an empty chain. */
  latest(chain: string): Promise<AuditRecord | undefined>;
  /**
   * Consecutive records of one chain, all or nothing, each conditional on its position being free:
   * ConflictError when another writer took any of them. At most MAX_AUDIT_BATCH records.
   */
  append(records: AuditRecord[]): Promise<void>;
  /** Newest first, filtered; an opaque cursor. A malformed or foreign cursor is a ValidationError. */
  list(chain: string, filter: AuditFilter, page: PageRequest): Promise<AuditPage>;
  /** Oldest first from `afterSeq` (exclusive), for verification. */
  readChain(chain: string, afterSeq: number, limit: number): Promise<AuditRecord[]>;
  /** Every chain that has a record. */
  chains(): Promise<string[]>;
}

/** A partner's API key as stored: the secret only as its SHA-256, never in clear. */
export interface ApiKeyRecord {
  /** `ck_…`, public: the part before the dot of the presented key. */
  keyId: string;
  tenantId: string;
  name: string;
  roles: string[];
  /** Hex SHA-256 of the secret (32 random bytes: a fast hash suffices, there is nothing to brute-force). */
  secretSha256: string;
  createdAt: string;
  createdBy: string;
  expiresAt?: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

export interface ApiKeyStore {
  /** ConflictError if the key id exists (never overwrites). */
  create(record: ApiKeyRecord): Promise<void>;
  /** By key id alone: a presented key names no tenant. */
  get(keyId: string): Promise<ApiKeyRecord | undefined>;
  /** Conditional on the key belonging to `tenantId`; NotFoundError otherwise. Idempotent. */
  revoke(tenantId: string, keyId: string, at: string): Promise<ApiKeyRecord>;
  /** Best effort, throttled by the caller. */
  touch(keyId: string, at: string): Promise<void>;
}
