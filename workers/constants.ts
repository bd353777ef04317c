// Owns the worker's defaults and limits (consumer, heartbeat, backoff, sweeper, redrive), each with
// its unit in the name. Service-wide defaults (concurrency, visibility, maxReceiveCount) stay in
// src/domain/constants.ts; these are the knobs only the worker process has.

import { DEFAULTS, LIMITS } from '../src/domain/constants';

export const WORKER_DEFAULTS = {
  /** SQS long polling: 20 s is the SQS maximum and the cheapest (fewest empty receives). */
  waitTimeSeconds: LIMITS.maxLongPollWaitSeconds,
  /** First retry delay; doubled per receive (10 s, 20 s, 40 s, ...). */
  backoffBaseSeconds: DEFAULTS.retryBackoffBaseSeconds,
  /** Retry delays stop growing here; always clamped to the SQS visibility maximum as well. */
  backoffMaxSeconds: DEFAULTS.retryBackoffMaxSeconds,
  /** Pause after a failed ReceiveMessage so an outage does not become a hot loop. */
  receiveErrorBackoffMs: 1_000,
  /** How long stop() waits for in-flight jobs before returning their messages to the queue. */
  stopTimeoutMs: 25_000,
  /** Sweeper cadence and what "stuck" means (SWEEP_INTERVAL_MS, STUCK_AFTER_MS). */
  sweepIntervalMs: DEFAULTS.sweepIntervalMs,
  stuckAfterMs: DEFAULTS.stuckAfterMs,
  sweepBatchSize: 100,
  /** Messages moved per redrive call (bounded so an admin request stays short). */
  redriveMaxMessages: 100,
} as const;

/** Heartbeats fire at this fraction of the visibility timeout, leaving two chances before expiry. */
export const HEARTBEAT_FRACTION = 1 / 3;

/** Setting visibility to 0 makes a message immediately receivable again (SQS semantics). */
export const RETURN_TO_QUEUE_VISIBILITY_SECONDS = 0;

/** The model id recorded for stages the embedded engine runs itself (redaction, validation). */
export const ENGINE_STAGE_MODEL = 'engine:chartcoder';
