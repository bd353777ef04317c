// Owns the sweeper: a periodic scan for jobs stuck in a non-terminal state (the enqueue after the
// job write failed, a message expired from the queue, a DLQ'd message whose job could not be marked)
// and their re-enqueueing. A duplicate message is harmless: the pipeline's conditional writes let
// only one worker move a job, and a finished stage is never run again.

import { EventEmitter } from 'node:events';
import { ConfigError } from '../src/errors';
import { systemClock, type Clock } from '../src/domain/clock';
import type { JobQueue, JobStore, StuckJobRef } from '../src/domain/ports';
import { WORKER_DEFAULTS } from './constants';
import { sleep, systemTimers, type Timers } from './timers';

export interface SweeperOptions {
  store: JobStore;
  queue: JobQueue;
  /** Time between scans. */
  intervalMs?: number;
  /**
   * A job untouched this long is stuck. Keep it above the longest healthy stage plus the largest
   * retry backoff, or the sweeper races healthy retries (harmless, but wasted model calls).
   */
  stuckAfterMs?: number;
  /** Jobs re-enqueued per scan. */
  batchSize?: number;
  clock?: Clock;
  timers?: Timers;
}

export interface SweepResult {
  found: number;
  enqueued: number;
  /** Found again at the same version within stuckAfterMs of our own re-enqueue: left alone. */
  skipped: number;
}

export type SweeperEvents = {
  swept: [result: SweepResult];
  /** ids only: which job and in what state, for the operator. */
  job_requeued: [job: StuckJobRef];
  sweep_error: [error: unknown];
  stopped: [];
};

export class Sweeper extends EventEmitter<SweeperEvents> {
  private readonly store: JobStore;
  private readonly queue: JobQueue;
  private readonly intervalMs: number;
  private readonly stuckAfterMs: number;
  private readonly batchSize: number;
  private readonly clock: Clock;
  private readonly timers: Timers;
  /** jobId@version → when we re-enqueued it; stops one stuck job being re-sent every scan. */
  private readonly recentlyRequeued = new Map<string, number>();
  private abort?: AbortController;
  private loop?: Promise<void>;

  constructor(options: SweeperOptions) {
    super();
    if (!options?.store) throw new ConfigError('Sweeper option store must be a JobStore');
    if (!options.queue) throw new ConfigError('Sweeper option queue must be a JobQueue');
    this.store = options.store;
    this.queue = options.queue;
    this.intervalMs = positiveInt('intervalMs', options.intervalMs ?? WORKER_DEFAULTS.sweepIntervalMs);
    this.stuckAfterMs = positiveInt('stuckAfterMs', options.stuckAfterMs ?? WORKER_DEFAULTS.stuckAfterMs);
    this.batchSize = positiveInt('batchSize', options.batchSize ?? WORKER_DEFAULTS.sweepBatchSize);
    this.clock = options.clock ?? systemClock;
    this.timers = options.timers ?? systemTimers;
  }

  start(): void {
    if (this.loop) return;
    const abort = new AbortController();
    this.abort = abort;
    this.loop = (async () => {
      while (!abort.signal.aborted) {
        await sleep(this.timers, this.intervalMs, abort.signal);
        if (abort.signal.aborted) break;
        try {
          this.emit('swept', await this.sweepOnce());
        } catch (err) {
          this.emit('sweep_error', err);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    if (!this.loop) return;
    this.abort?.abort();
    await this.loop;
    this.loop = undefined;
    this.emit('stopped');
  }

  /** One scan; exposed so tests and an admin action can run it directly. */
  async sweepOnce(): Promise<SweepResult> {
    const now = this.clock.nowMs();
    for (const [key, at] of this.recentlyRequeued) {
      if (now - at >= this.stuckAfterMs) this.recentlyRequeued.delete(key);
    }
    const stuck = await this.store.findStuck(new Date(now - this.stuckAfterMs), this.batchSize);
    const result: SweepResult = { found: stuck.length, enqueued: 0, skipped: 0 };
    for (const job of stuck) {
      const key = `${job.tenantId}/${job.jobId}@${job.version}`;
      if (this.recentlyRequeued.has(key)) {
        result.skipped++;
        continue;
      }
      await this.queue.send({ tenantId: job.tenantId, jobId: job.jobId });
      this.recentlyRequeued.set(key, now);
      result.enqueued++;
      this.emit('job_requeued', job);
    }
    return result;
  }
}

function positiveInt(option: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError(`Sweeper option ${option} must be a positive integer (got ${String(value)})`, { option });
  }
  return value;
}
