// Owns the consumer's options: defaults and validation once, at construction, with messages that
// name the option and what it expected (as bbc/sqs-consumer's validation.ts does).

import { ConfigError } from '../src/errors';
import { DEFAULTS, LIMITS } from '../src/domain/constants';
import { systemClock, type Clock } from '../src/domain/clock';
import type { JobQueue } from '../src/domain/ports';
import { HEARTBEAT_FRACTION, WORKER_DEFAULTS } from './constants';
import type { JobProcessor } from './pipeline';
import { systemTimers, type Timers } from './timers';

export interface JobConsumerOptions {
  queue: JobQueue;
  processor: JobProcessor;
  /** Messages worked at once (each one job). */
  concurrency?: number;
  /** Long-poll wait per ReceiveMessage, 0-20. */
  waitTimeSeconds?: number;
  /** Requested on receive and renewed by every heartbeat. */
  visibilityTimeoutSeconds?: number;
  /** Must be shorter than the visibility timeout; defaults to a third of it. */
  heartbeatIntervalMs?: number;
  /** Must equal the queue's redrive policy: the delivery at this count is the last one. */
  maxReceiveCount?: number;
  backoffBaseSeconds?: number;
  backoffMaxSeconds?: number;
  receiveErrorBackoffMs?: number;
  /** stop() waits this long for in-flight jobs, then returns their messages to the queue. */
  stopTimeoutMs?: number;
  clock?: Clock;
  timers?: Timers;
}

export type ResolvedConsumerOptions = Required<JobConsumerOptions>;

function fail(option: string, expected: string, value: unknown): never {
  throw new ConfigError(`JobConsumer option ${option} must be ${expected} (got ${String(value)})`, { option, expected });
}

function intIn(option: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) fail(option, `an integer between ${min} and ${max}`, value);
  return value;
}

export function resolveConsumerOptions(options: JobConsumerOptions): ResolvedConsumerOptions {
  if (!options || typeof options !== 'object') throw new ConfigError('JobConsumer options are required');
  if (!options.queue) fail('queue', 'a JobQueue', options.queue);
  if (!options.processor) fail('processor', 'a JobProcessor (e.g. a Pipeline)', options.processor);

  const concurrency = intIn('concurrency', options.concurrency ?? DEFAULTS.workerConcurrency, 1, LIMITS.maxWorkerConcurrency);
  const waitTimeSeconds = intIn('waitTimeSeconds', options.waitTimeSeconds ?? WORKER_DEFAULTS.waitTimeSeconds, 0, LIMITS.maxLongPollWaitSeconds);
  // At least 2 s: the heartbeat needs room to fire before the message becomes visible again.
  const visibilityTimeoutSeconds = intIn(
    'visibilityTimeoutSeconds',
    options.visibilityTimeoutSeconds ?? DEFAULTS.visibilityTimeoutSeconds,
    2,
    LIMITS.maxVisibilityTimeoutSeconds,
  );
  const visibilityMs = visibilityTimeoutSeconds * 1000;
  const heartbeatIntervalMs = intIn(
    'heartbeatIntervalMs',
    options.heartbeatIntervalMs ?? Math.floor(visibilityMs * HEARTBEAT_FRACTION),
    100,
    Number.MAX_SAFE_INTEGER,
  );
  if (heartbeatIntervalMs >= visibilityMs) {
    fail('heartbeatIntervalMs', `less than visibilityTimeoutSeconds (${visibilityMs} ms)`, heartbeatIntervalMs);
  }
  const maxReceiveCount = intIn('maxReceiveCount', options.maxReceiveCount ?? DEFAULTS.maxReceiveCount, 1, LIMITS.maxReceiveCountCeiling);
  const backoffBaseSeconds = intIn('backoffBaseSeconds', options.backoffBaseSeconds ?? WORKER_DEFAULTS.backoffBaseSeconds, 0, LIMITS.maxVisibilityTimeoutSeconds);
  const backoffMaxSeconds = intIn('backoffMaxSeconds', options.backoffMaxSeconds ?? WORKER_DEFAULTS.backoffMaxSeconds, 0, LIMITS.maxVisibilityTimeoutSeconds);
  if (backoffMaxSeconds < backoffBaseSeconds) fail('backoffMaxSeconds', `at least backoffBaseSeconds (${backoffBaseSeconds})`, backoffMaxSeconds);
  const receiveErrorBackoffMs = intIn('receiveErrorBackoffMs', options.receiveErrorBackoffMs ?? WORKER_DEFAULTS.receiveErrorBackoffMs, 0, 3_600_000);
  const stopTimeoutMs = intIn('stopTimeoutMs', options.stopTimeoutMs ?? WORKER_DEFAULTS.stopTimeoutMs, 0, 3_600_000);

  return {
    queue: options.queue,
    processor: options.processor,
    concurrency,
    waitTimeSeconds,
    visibilityTimeoutSeconds,
    heartbeatIntervalMs,
    maxReceiveCount,
    backoffBaseSeconds,
    backoffMaxSeconds,
    receiveErrorBackoffMs,
    stopTimeoutMs,
    clock: options.clock ?? systemClock,
    timers: options.timers ?? systemTimers,
  };
}
