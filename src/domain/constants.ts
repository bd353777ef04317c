// Owns every default and limit of the service in one place, with the unit in each name.
// Config parsing (src/config.ts) and the adapters read these; nothing else hard-codes a number.

export const DEFAULTS = {
  port: 4000,
  dataDir: '.chartcoder',
  awsRegion: 'us-east-1',
  tablePrefix: 'chartcoder-',
  queuePrefix: 'chartcoder-',
  maxNoteChars: 200_000,
  /** A reviewer's claim on a job (claimReview) lasts this long unless renewed. */
  reviewLeaseSeconds: 900,
  rateLimitNotesPerMinute: 6_000,
  workerConcurrency: 4,
  visibilityTimeoutSeconds: 60,
  maxReceiveCount: 5,
  /**
   * Sweeper cadence and what "stuck" means: untouched for longer than any healthy stage plus the
   * largest retry backoff, so healthy retries are not raced by a duplicate message.
   */
  sweepIntervalMs: 60_000,
  stuckAfterMs: 30 * 60_000,
  /** First retry delay; doubled per receive (10 s, 20 s, 40 s, ...), capped at the max. */
  retryBackoffBaseSeconds: 10,
  retryBackoffMaxSeconds: 900,
  icd10FiscalYear: 2027,
  localModelLatencyMs: 0,
  modelProvider: 'local',
  logLevel: 'info',
  mode: 'embedded',
  /** 0 = let the OS pick a free port (the embedded servers are only reached through this process). */
  localDynamodbPort: 0,
  localSqsPort: 0,
  graphqlMaxDepth: 10,
  graphqlMaxAliases: 15,
  graphqlMaxDirectives: 10,
  graphqlMaxTokens: 3_000,
  /** A full page of 100 jobs with every field costs about 6,500 (see server/limits.ts). */
  graphqlMaxCost: 10_000,
  wsMaxSubscriptionsPerConnection: 20,
  wsMaxConnectionsPerTenant: 500,
  wsConnectionInitTimeoutMs: 3_000,
  wsKeepAliveMs: 25_000,
  /**
   * Jobs, stage outputs and reports: six years, the HIPAA documentation retention period, unless a
   * tenant's agreement says otherwise (TENANT_RETENTION_DAYS). Audit records: never less than this.
   */
  retentionDays: 2_192,
  auditRetentionDays: 2_192,
  /** Slow-loris: a client must finish its request headers within this. */
  httpHeadersTimeoutMs: 10_000,
  /** ... and the whole request (headers and body; a full batch of notes is a few MB) within this. */
  httpRequestTimeoutMs: 30_000,
  /** Above the load balancer's idle timeout (ALB: 60 s), so the balancer closes idle sockets first, never us mid-reuse. */
  httpKeepAliveTimeoutMs: 65_000,
  /** Per subscription, for a subscriber that stopped reading; past it the socket is closed with 1013. */
  wsMaxBufferedEvents: 1_000,
} as const;

export const LIMITS = {
  /** SQS hard limits. */
  maxVisibilityTimeoutSeconds: 43_200,
  maxReceiveCountCeiling: 1_000,
  maxLongPollWaitSeconds: 20,
  maxReceiveBatch: 10,
  /** Relay page size bounds for `jobs(first:)`. */
  defaultPageSize: 20,
  maxPageSize: 100,
  maxIdempotencyKeyChars: 128,
  maxEncounterIdChars: 128,
  maxPatientRefChars: 128,
  maxWorkerConcurrency: 256,
} as const;

/**
 * Bedrock model provider defaults. Retry budget (see README "Running on AWS"): the SDK makes ONE
 * attempt per call (maxAttempts 1); our invoker makes at most `maxAttemptsPerCall` attempts per
 * Converse call across regions (`attemptsPerRegion` in each, jittered backoff between them); an
 * exhausted call fails the stage as retryable and SQS redelivers up to MAX_RECEIVE_COUNT times. A
 * finished stage is stored, so redelivery never repeats a model call that already succeeded.
 */
export const BEDROCK_DEFAULTS = {
  /** The SDK's own retries are off: ours know about regions and breakers, and budgets must not multiply. */
  sdkMaxAttempts: 1,
  requestTimeoutMs: 60_000,
  attemptsPerRegion: 3,
  maxAttemptsPerCall: 6,
  retryBaseMs: 250,
  retryMaxMs: 8_000,
  /** Consecutive unavailability failures (5xx, timeouts, network) that open a region's breaker. */
  breakerFailureThreshold: 5,
  /** How long an open breaker skips its region before letting one half-open probe through. */
  breakerOpenMs: 30_000,
  /** Per process and region; at least the worker concurrency, so it binds only when calls pile up (failover). */
  maxInFlightPerRegion: 64,
  summarizerMaxTokens: 4_096,
  coderMaxTokens: 4_096,
  /** Coding must be reproducible: temperature 0 for both roles by default. */
  temperature: 0,
} as const;

export const TIMEOUTS = {
  /** DynamoDB Local is a JVM: 2-3 s on a quiet 2-core machine, much longer under load. */
  dynamodbLocalStartMs: 60_000,
  dynamodbLocalStopMs: 5_000,
  readinessPollIntervalMs: 100,
  /** The raw-note ciphertext is deleted after redaction; TTL only catches jobs that never get there. */
  rawNoteTtlSeconds: 7 * 24 * 3600,
  /** A per-instance event queue whose heartbeat tag is older than this belongs to a dead instance. */
  staleEventQueueSeconds: 300,
  eventQueueHeartbeatIntervalMs: 60_000,
  /** SQS minimum retention; events older than a minute are useless to a live subscriber anyway. */
  eventQueueRetentionSeconds: 60,
  /**
   * A submit waits this long for its SendMessage, then answers anyway: the job is stored QUEUED and the
   * sweeper enqueues it, so a slow queue never holds API requests (and their memory) open.
   */
  submitEnqueueTimeoutMs: 2_000,
  /**
   * Submits whose enqueue and announcement are still on their way after the answer went out; past this an
   * accepted submit waits for its own (back-pressure: a slow queue cannot pile up work in API memory).
   */
  maxSubmitHandoffsInFlight: 256,
  /**
   * An admission block (services/admissionLease.ts) may be spent this long after the shared bucket was charged,
   * and is sized to what the instance admitted over that long: half of it must outlast a loaded round trip.
   */
  admissionLeaseMs: 2_000,
  eventQueueWaitTimeSeconds: 20,
  /**
   * Long polls an API instance keeps open on its event queue at once. With one, an event that lands while
   * the previous receive is on its way back waits that round trip; with several, one is nearly always
   * waiting at the server (order does not matter: subscriptions put each job's versions back in order).
   * One, measured: in the Bedrock-mode pipeline bench 3 pollers took the API's receives per submit from
   * 1.95 to 4.29 (each billed, each CPU on a starved loop) with no change in stage→subscriber delay that
   * showed above the machine's noise; on SQS a receive's round trip is tens of ms.
   */
  eventQueuePollers: 1,
} as const;

/** Sparse GSI that holds only non-terminal jobs; sharded so one hot partition does not form. */
export const ACTIVE_INDEX = {
  name: 'active-jobs',
  shardCount: 4,
} as const;
