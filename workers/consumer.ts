// Owns the notes-queue consumer loop: long polling with N messages in flight, a heartbeat that
// extends visibility while a job is worked, exponential backoff on failure, the last-delivery rule
// (job marked FAILED before the redrive policy moves the message to the DLQ), typed lifecycle events
// and a graceful stop. Modelled on bbc/sqs-consumer; the queue and the processor are injected.

import { EventEmitter } from 'node:events';
import type { JobQueue, ReceivedJobMessage } from '../src/domain/ports';
import { LIMITS } from '../src/domain/constants';
import { backoffSeconds } from './backoff';
import { RETURN_TO_QUEUE_VISIBILITY_SECONDS } from './constants';
import { resolveConsumerOptions, type JobConsumerOptions, type ResolvedConsumerOptions } from './consumerOptions';
import { errorCodeOf, WORKER_ERROR_CODES } from './errors';
import type { PipelineOutcome } from './pipeline';
import { sleep, type TimerHandle } from './timers';

/**
 * Receives open at once: one per SQS batch (10) of slots, at most 8. With a single receive loop a slot that
 * frees while a receive is out waits for it to return and for the next one (up to two round trips per job
 * under load); with several, another receive is nearly always already waiting at the queue. Each receive
 * reserves the slots it asks for, so messages in flight plus slots reserved never exceed `concurrency`.
 */
export function receiversFor(concurrency: number): number {
  return Math.min(Math.ceil(concurrency / LIMITS.maxReceiveBatch), MAX_RECEIVERS);
}
const MAX_RECEIVERS = 8;

export type { JobConsumerOptions } from './consumerOptions';

export interface ProcessingErrorInfo {
  message: ReceivedJobMessage;
  error: unknown;
  /** Machine-readable; log this, not the error message. */
  errorCode: string;
  /** `retry`: made visible again after `visibilityTimeoutSeconds`; `dead_letter`: last delivery, job FAILED. */
  action: 'retry' | 'dead_letter';
  visibilityTimeoutSeconds?: number;
}

/** Lifecycle events. Payloads carry ids and codes only, never note text. */
export type ConsumerEvents = {
  message_received: [message: ReceivedJobMessage];
  /** The message was deleted: the job finished, failed permanently or needed nothing. */
  processed: [message: ReceivedJobMessage, outcome: PipelineOutcome, durationMs: number];
  processing_error: [info: ProcessingErrorInfo];
  /** Returned to the queue unfinished (shutdown deadline, or the job was interrupted between stages). */
  released: [message: ReceivedJobMessage];
  /** Another worker holds the job's lease: the message comes back after `visibilityTimeoutSeconds`. */
  deferred: [message: ReceivedJobMessage, visibilityTimeoutSeconds: number];
  heartbeat_error: [error: unknown, message: ReceivedJobMessage];
  receive_error: [error: unknown];
  /** A delete, visibility change or markFailed after processing failed; SQS redelivery covers it. */
  queue_error: [error: unknown, message: ReceivedJobMessage];
  stopped: [];
};

interface InFlight {
  message: ReceivedJobMessage;
  heartbeat: Heartbeat;
  /** Until the run has its last model answer (or ends): what `concurrency` counts. */
  holdsSlot: boolean;
  /** Set by stop() after its deadline: the message was handed back; the handler must not touch it. */
  released: boolean;
  done: Promise<void>;
}

type State = 'idle' | 'running' | 'stopping';

export class JobConsumer extends EventEmitter<ConsumerEvents> {
  private readonly options: ResolvedConsumerOptions;
  private state: State = 'idle';
  private readonly inFlight = new Map<string, InFlight>();
  /**
   * Messages whose runs may still call a model: these hold the `concurrency` slots. A run past its last model
   * answer (final write and publish left) gives its slot to the next message but stays in flight until its
   * message is settled; at most `concurrency` such finishing runs are kept, so messages held stay ≤ 2 × concurrency.
   */
  private slotsHeld = 0;
  private slotWaiters: Array<() => void> = [];
  /** Slots asked for by receives still out: they count against `concurrency` like messages in flight. */
  private reserved = 0;
  private pollAbort = new AbortController();
  /** Handed to the processor: aborted at the stop deadline so jobs stop between stages. */
  private workAbort = new AbortController();
  private loop?: Promise<void>;
  private stopping?: Promise<void>;
  /** Deletes of finished jobs' messages still on their way: they no longer hold a slot; stop() waits for them. */
  private readonly settling = new Set<Promise<void>>();

  constructor(options: JobConsumerOptions) {
    super();
    this.options = resolveConsumerOptions(options);
  }

  get isRunning(): boolean {
    return this.state === 'running';
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  start(): void {
    if (this.state === 'running') return;
    if (this.state === 'stopping') throw new Error('JobConsumer is stopping; await stop() before start()');
    this.state = 'running';
    this.pollAbort = new AbortController();
    this.workAbort = new AbortController();
    this.loop = Promise.all(Array.from({ length: receiversFor(this.options.concurrency) }, () => this.poll())).then(() => undefined);
  }

  /**
   * Stops receiving, then waits up to `timeoutMs` for in-flight jobs. Messages still in flight after
   * that are made visible again (visibility 0) so another worker picks them up at once; their jobs
   * resume from the last stored stage.
   */
  stop(options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.state === 'idle') return Promise.resolve();
    if (this.stopping) return this.stopping;
    this.state = 'stopping';
    this.pollAbort.abort();
    this.wakeSlotWaiters();
    this.stopping = this.drain(options.timeoutMs ?? this.options.stopTimeoutMs).finally(() => {
      this.state = 'idle';
      this.stopping = undefined;
      this.emit('stopped');
    });
    return this.stopping;
  }

  private async drain(timeoutMs: number): Promise<void> {
    await this.loop;
    const deadline = new AbortController();
    const all = Promise.allSettled([...this.inFlight.values()].map((e) => e.done)).then(() => deadline.abort());
    await sleep(this.options.timers, timeoutMs, deadline.signal);
    if (this.inFlight.size === 0) {
      await all;
      await Promise.allSettled([...this.settling]);
      return;
    }
    this.workAbort.abort();
    await Promise.all([...this.inFlight.values()].map((entry) => this.release(entry)));
    await Promise.allSettled([...this.settling]);
  }

  private async poll(): Promise<void> {
    const o = this.options;
    while (this.state === 'running') {
      await this.waitForSlot();
      if (this.state !== 'running') break;
      const wanted = Math.min(this.freeSlots(), LIMITS.maxReceiveBatch);
      let messages: ReceivedJobMessage[];
      this.reserved += wanted;
      try {
        messages = await o.queue.receive({
          maxMessages: wanted,
          waitTimeSeconds: o.waitTimeSeconds,
          visibilityTimeoutSeconds: o.visibilityTimeoutSeconds,
          abortSignal: this.pollAbort.signal,
        });
      } catch (err) {
        this.reserved -= wanted;
        this.wakeSlotWaiters();
        if (this.state !== 'running') break;
        this.emit('receive_error', err);
        await sleep(o.timers, o.receiveErrorBackoffMs, this.pollAbort.signal);
        continue;
      }
      this.reserved -= wanted;
      for (const message of messages) {
        if (this.state !== 'running') {
          // Received while stop() began: hand it straight back rather than start new work.
          await this.settle(message, () => o.queue.changeVisibility(message.receiptHandle, RETURN_TO_QUEUE_VISIBILITY_SECONDS));
          this.emit('released', message);
          continue;
        }
        this.track(message);
      }
      // Slots asked for and not filled are free again for the other receives.
      if (messages.length < wanted) this.wakeSlotWaiters();
    }
  }

  private track(message: ReceivedJobMessage): void {
    const processor = this.options.processor;
    // A run's own writes re-stamp the lease: a beat within half an interval of one extends only the visibility.
    // Any other beat writes it, so in a long stage the lease keeps the slack it had (a late heartbeat, a loaded
    // machine) and a duplicate copy keeps deferring instead of claiming and wasting this run's model answer.
    const renewOptions = { ifExpiringWithinMs: this.options.visibilityTimeoutSeconds * 1000 - this.options.heartbeatIntervalMs / 2 };
    const renewLease = processor.renewLease ? () => processor.renewLease!({ tenantId: message.tenantId, jobId: message.jobId }, renewOptions) : undefined;
    const heartbeat = new Heartbeat(this.options, message, (err) => this.emit('heartbeat_error', err, message), renewLease);
    const entry: InFlight = { message, heartbeat, holdsSlot: true, released: false, done: Promise.resolve() };
    this.inFlight.set(message.receiptHandle, entry);
    this.slotsHeld++;
    entry.done = this.handle(entry).finally(() => {
      this.inFlight.delete(message.receiptHandle);
      this.freeSlot(entry);
      this.wakeSlotWaiters();
    });
  }

  private freeSlot(entry: InFlight): void {
    if (!entry.holdsSlot) return;
    entry.holdsSlot = false;
    this.slotsHeld--;
    this.wakeSlotWaiters();
  }

  /** Slots a receive may ask for now: free model-call slots, within the bound on messages held. */
  private freeSlots(): number {
    const { concurrency } = this.options;
    return Math.min(concurrency - this.slotsHeld - this.reserved, 2 * concurrency - this.inFlight.size - this.reserved);
  }

  private async handle(entry: InFlight): Promise<void> {
    const { message } = entry;
    const { queue, processor, clock } = this.options;
    const startedMs = clock.nowMs();
    this.emit('message_received', message);
    entry.heartbeat.start();
    let outcome: PipelineOutcome | undefined;
    let failure: { error: unknown } | undefined;
    try {
      outcome = await processor.run(
        { tenantId: message.tenantId, jobId: message.jobId },
        { signal: this.workAbort.signal, onModelCallsDone: () => this.freeSlot(entry) },
      );
    } catch (error) {
      failure = { error };
    }
    // The heartbeat must be quiet before the final visibility change, or it could overwrite a backoff.
    await entry.heartbeat.stop();
    if (entry.released) return;

    if (failure) return this.onFailure(message, failure.error);
    if (outcome!.kind === 'interrupted') {
      await this.settle(message, () => queue.changeVisibility(message.receiptHandle, RETURN_TO_QUEUE_VISIBILITY_SECONDS));
      this.emit('released', message);
      return;
    }
    if (outcome!.kind === 'deferred') {
      // Another worker owns the job for now. Keep the message (that worker may die) and look again
      // when its lease ends; deleting it could leave the job to the sweeper.
      const seconds = Math.ceil(outcome!.retryAfterMs / 1000);
      await this.settle(message, () => queue.changeVisibility(message.receiptHandle, seconds));
      this.emit('deferred', message, seconds);
      return;
    }
    // The job is done: its slot goes to the next message now, while the delete (batched with other
    // jobs' deletes) is on its way. A lost delete only means a redelivery, which finds the job terminal.
    const finished = outcome!;
    const deleted = this.settle(message, () => queue.delete(message.receiptHandle)).then(() => {
      this.emit('processed', message, finished, clock.nowMs() - startedMs);
    });
    this.settling.add(deleted);
    void deleted.finally(() => this.settling.delete(deleted));
  }

  private async onFailure(message: ReceivedJobMessage, error: unknown): Promise<void> {
    const { queue, processor, maxReceiveCount, backoffBaseSeconds, backoffMaxSeconds } = this.options;
    const errorCode = errorCodeOf(error);
    if (message.receiveCount >= maxReceiveCount) {
      this.emit('processing_error', { message, error, errorCode, action: 'dead_letter' });
      // Last delivery: the next receive makes the redrive policy move the message to the DLQ. The job
      // is marked first so the DLQ only ever holds FAILED jobs with a reason.
      await this.settle(message, () =>
        processor.markFailed(
          { tenantId: message.tenantId, jobId: message.jobId },
          {
            code: WORKER_ERROR_CODES.maxReceiveCountExceeded,
            reason: `Gave up after ${message.receiveCount} deliveries; last error ${errorCode}`,
          },
        ),
      );
      // Visible now, so the move to the DLQ happens on the next receive rather than after the timeout.
      await this.settle(message, () => queue.changeVisibility(message.receiptHandle, RETURN_TO_QUEUE_VISIBILITY_SECONDS));
      return;
    }
    const visibilityTimeoutSeconds = backoffSeconds(message.receiveCount, backoffBaseSeconds, backoffMaxSeconds);
    this.emit('processing_error', { message, error, errorCode, action: 'retry', visibilityTimeoutSeconds });
    await this.settle(message, () => queue.changeVisibility(message.receiptHandle, visibilityTimeoutSeconds));
  }

  /** Returns an unfinished message to the queue after the stop deadline. */
  private async release(entry: InFlight): Promise<void> {
    entry.released = true;
    await entry.heartbeat.stop();
    await this.settle(entry.message, () =>
      this.options.queue.changeVisibility(entry.message.receiptHandle, RETURN_TO_QUEUE_VISIBILITY_SECONDS),
    );
    this.emit('released', entry.message);
  }

  /** Queue bookkeeping never throws out of the loop: a lost delete or change just means a redelivery. */
  private async settle(message: ReceivedJobMessage, action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (err) {
      this.emit('queue_error', err, message);
    }
  }

  private async waitForSlot(): Promise<void> {
    // Re-checked after every wake: another receive may have reserved the slot that freed.
    while (this.freeSlots() <= 0 && this.state === 'running') {
      await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    }
  }

  private wakeSlotWaiters(): void {
    const waiters = this.slotWaiters;
    this.slotWaiters = [];
    for (const wake of waiters) wake();
  }
}

/**
 * Renews a message's visibility, and the job's lease with it, every heartbeatIntervalMs while its job runs. Chained timeouts, not
 * an interval, so a slow ChangeMessageVisibility never overlaps the next one.
 */
class Heartbeat {
  private handle?: TimerHandle;
  private pending?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly options: ResolvedConsumerOptions,
    private readonly message: ReceivedJobMessage,
    private readonly onError: (err: unknown) => void,
    /** Extends the job's lease with the message's visibility (the pipeline's renewLease). */
    private readonly renewLease?: () => Promise<void>,
  ) {}

  start(): void {
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.handle !== undefined) this.options.timers.clearTimeout(this.handle);
    this.handle = undefined;
    await this.pending;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.handle = this.options.timers.setTimeout(() => {
      this.handle = undefined;
      this.pending = this.beat().finally(() => {
        this.pending = undefined;
        this.schedule();
      });
    }, this.options.heartbeatIntervalMs);
  }

  private async beat(): Promise<void> {
    const visibility = this.options.queue.changeVisibility(this.message.receiptHandle, this.options.visibilityTimeoutSeconds).catch(this.onError);
    const lease = this.renewLease?.().catch(this.onError);
    await Promise.all([visibility, lease]);
  }
}
