// Owns the scale-out EventBus: events are published to one SNS topic and every API instance reads
// them from its own SQS queue (created at start, subscribed with raw delivery, deleted on stop).
// Instances that died without stopping are found by a heartbeat tag and cleaned up by the next starter.
// Concurrent publishes share PublishBatch calls (natural batching); the poll loop does not wait for its
// deletes before the next receive, so a delivery is never held behind the previous batch's delete; it can
// keep several long polls open at once (TIMEOUTS.eventQueuePollers), which share one re-attach.

import {
  ListSubscriptionsByTopicCommand,
  PublishBatchCommand,
  SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  ListQueuesCommand,
  ListQueueTagsCommand,
  ReceiveMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
  TagQueueCommand,
} from '@aws-sdk/client-sqs';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Clock, systemClock } from '../../domain/clock';
import { LIMITS, TIMEOUTS } from '../../domain/constants';
import { JobEvent, parseJobEvent } from '../../domain/events';
import type { EventBus, JobEventListener, Unsubscribe } from '../../domain/ports';
import { queueArn } from '../provision';
import { isMissingQueue, type MessagingRecovery } from '../messagingRecovery';
import { BatchEntryError, NaturalBatcher } from '../naturalBatcher';

export interface SnsEventBusOptions {
  sns: SNSClient;
  sqs: SQSClient;
  topicArn: string;
  /** Instance queues are named `<queuePrefix><instanceId>`; the prefix also scopes stale cleanup. */
  queuePrefix: string;
  instanceId?: string;
  clock?: Clock;
  /** Delivery and cleanup problems; never carries event payloads beyond ids. */
  onError?: (err: unknown, context: string) => void;
  waitTimeSeconds?: number;
  /** Long polls open at once on the instance queue (default TIMEOUTS.eventQueuePollers). */
  pollers?: number;
  /** Pause of a poller after a failed receive. */
  pollErrorBackoffMs?: number;
  heartbeatIntervalMs?: number;
  staleAfterSeconds?: number;
  /** Recreates the topic when the server lost it; the publish or subscribe is then tried once more. */
  recovery?: MessagingRecovery;
}

const HEARTBEAT_TAG = 'chartcoder:heartbeatAtMs';
const EVENT = 'job';
const POLL_ERROR_BACKOFF_MS = 1_000;
const MAX_QUEUE_NAME_CHARS = 80;
/** SNS PublishBatch takes at most 10 entries. */
const SNS_MAX_BATCH_ENTRIES = 10;
/** Publish batches sent at once before further events wait to join the next one. */
const PUBLISH_BATCHES_IN_FLIGHT = 8;
/** Delete batches of delivered events in flight at once. */
const EVENT_DELETE_BATCHES_IN_FLIGHT = 1;
/**
 * How long a delivered event's receipt handle may wait for others to fill a delete batch. A delete only keeps a
 * delivered event from coming back (after the queue's 30 s visibility timeout), so waiting delays no subscriber;
 * sent per receive, deletes were one DeleteMessageBatch per ReceiveMessage (bench: 2.3–3.4 per submit, each a
 * round trip of the API's event loop and a request the messaging server answers before the next receive).
 */
const EVENT_DELETE_LINGER_MS = 1_000;

export class SnsEventBus implements EventBus {
  readonly instanceId: string;
  private readonly emitter = new EventEmitter();
  private readonly opts: Required<Omit<SnsEventBusOptions, 'instanceId' | 'recovery'>>;
  private readonly recovery?: MessagingRecovery;
  private queueUrl?: string;
  private subscriptionArn?: string;
  private abort?: AbortController;
  private loop?: Promise<void>;
  private heartbeat?: NodeJS.Timeout;
  private starting?: Promise<void>;
  /** The re-attach in progress: every poller sees the missing queue, only one recreates it. */
  private reattaching?: Promise<void>;
  /** Completed attaches: a poller whose failure predates the latest one does not attach again. */
  private attachments = 0;
  private readonly publishes: NaturalBatcher<string>;
  /** Events published since the last microtask, handed to the batcher together. */
  private readonly sameTick: Array<{ message: string; resolve: () => void; reject: (err: unknown) => void }> = [];
  /** Receipt handles of delivered events, deleted in natural batches. */
  private readonly deletes: NaturalBatcher<string>;
  /** Handles waiting for a full batch or the linger timer. */
  private readonly lingering: string[] = [];
  private lingerTimer?: NodeJS.Timeout;

  constructor(options: SnsEventBusOptions) {
    this.instanceId = options.instanceId ?? randomBytes(8).toString('hex');
    if (!/^[A-Za-z0-9_-]+$/.test(this.instanceId)) throw new Error('instanceId must be letters, digits, "-" or "_"');
    if (options.queuePrefix.length + this.instanceId.length > MAX_QUEUE_NAME_CHARS) {
      throw new Error(`Instance queue name would exceed ${MAX_QUEUE_NAME_CHARS} characters`);
    }
    this.opts = {
      clock: systemClock,
      onError: () => undefined,
      waitTimeSeconds: TIMEOUTS.eventQueueWaitTimeSeconds,
      pollers: TIMEOUTS.eventQueuePollers,
      pollErrorBackoffMs: POLL_ERROR_BACKOFF_MS,
      heartbeatIntervalMs: TIMEOUTS.eventQueueHeartbeatIntervalMs,
      staleAfterSeconds: TIMEOUTS.staleEventQueueSeconds,
      ...options,
    };
    this.recovery = options.recovery;
    this.emitter.setMaxListeners(0);
    this.publishes = new NaturalBatcher<string>({
      maxBatchSize: SNS_MAX_BATCH_ENTRIES,
      maxBatchesInFlight: PUBLISH_BATCHES_IN_FLIGHT,
      send: async (messages) => {
        const publish = () =>
          this.opts.sns.send(
            new PublishBatchCommand({ TopicArn: this.opts.topicArn, PublishBatchRequestEntries: messages.map((Message, i) => ({ Id: String(i), Message })) }),
          );
        const { Failed = [] } = await (this.recovery ? this.recovery.run(publish) : publish());
        const results: Array<Error | undefined> = messages.map(() => undefined);
        for (const f of Failed) results[Number(f.Id)] = new BatchEntryError(f.Code ?? 'UnknownError', f.SenderFault ?? false);
        return results;
      },
    });
    this.deletes = new NaturalBatcher<string>({
      maxBatchSize: LIMITS.maxReceiveBatch,
      maxBatchesInFlight: EVENT_DELETE_BATCHES_IN_FLIGHT,
      send: async (handles) => {
        const { Failed = [] } = await this.opts.sqs.send(
          new DeleteMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: handles.map((ReceiptHandle, i) => ({ Id: String(i), ReceiptHandle })) }),
        );
        const results: Array<Error | undefined> = handles.map(() => undefined);
        for (const f of Failed) results[Number(f.Id)] = new BatchEntryError(f.Code ?? 'UnknownError', f.SenderFault ?? false);
        return results;
      },
    });
  }

  get queueName(): string {
    return `${this.opts.queuePrefix}${this.instanceId}`;
  }

  start(): Promise<void> {
    this.starting ??= this.doStart();
    return this.starting;
  }

  private async doStart(): Promise<void> {
    await this.cleanupStaleQueues().catch((err) => this.opts.onError(err, 'stale-queue-cleanup'));
    await this.attach();
    this.heartbeat = setInterval(() => {
      void this.beat().catch((err) => this.opts.onError(err, 'heartbeat'));
    }, this.opts.heartbeatIntervalMs);
    this.heartbeat.unref();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.loop = Promise.all(Array.from({ length: Math.max(1, this.opts.pollers) }, () => this.poll(signal))).then(() => undefined);
  }

  /**
   * Creates this instance's queue and subscribes it to the topic. Run at start and again when the queue
   * is gone (the messaging server restarted and lost it): events published meanwhile are lost to this
   * instance, but subscribers re-read a job's state from DynamoDB, so they converge on the next event.
   */
  private async attach(): Promise<void> {
    const { sqs, sns, topicArn } = this.opts;
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({
        QueueName: this.queueName,
        Attributes: { MessageRetentionPeriod: String(TIMEOUTS.eventQueueRetentionSeconds) },
        tags: { [HEARTBEAT_TAG]: String(this.opts.clock.nowMs()) },
      }),
    );
    this.queueUrl = QueueUrl!;
    const arn = await queueArn(sqs, this.queueUrl);
    // Real SQS accepts SNS deliveries only when the queue policy allows this topic to send.
    await sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: this.queueUrl,
        Attributes: { Policy: snsDeliveryPolicy(arn, topicArn) },
      }),
    );
    const subscribe = () =>
      sns.send(
        new SubscribeCommand({
          TopicArn: topicArn,
          Protocol: 'sqs',
          Endpoint: arn,
          Attributes: { RawMessageDelivery: 'true' },
          ReturnSubscriptionArn: true,
        }),
      );
    const { SubscriptionArn } = await (this.recovery ? this.recovery.run(subscribe) : subscribe());
    this.subscriptionArn = SubscriptionArn;
    this.attachments++;
  }

  /**
   * Events published in one synchronous run (a worker's write that stored several transitions publishes one
   * per transition at once) join one batch: the batcher alone would send the first at once and the rest apart,
   * two PublishBatch calls where one does. They wait a microtask, nothing more.
   */
  publish(event: JobEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.sameTick.push({ message: JSON.stringify(event), resolve, reject });
      if (this.sameTick.length > 1) return;
      queueMicrotask(() => {
        const tick = this.sameTick.splice(0);
        this.publishes.submitAll(tick.map((p) => p.message)).forEach((sent, i) => sent.then(tick[i].resolve, tick[i].reject));
      });
    });
  }

  subscribe(listener: JobEventListener): Unsubscribe {
    this.emitter.on(EVENT, listener);
    return () => this.emitter.off(EVENT, listener);
  }

  async stop(): Promise<void> {
    const started = this.starting;
    if (!started) return;
    this.starting = undefined;
    await started.catch(() => undefined);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.abort?.abort();
    await this.loop;
    // The queue is deleted below with whatever it still holds.
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    this.lingering.length = 0;
    const { sns, sqs } = this.opts;
    if (this.subscriptionArn) {
      await sns.send(new UnsubscribeCommand({ SubscriptionArn: this.subscriptionArn })).catch((err) => this.opts.onError(err, 'unsubscribe'));
    }
    if (this.queueUrl) {
      await sqs.send(new DeleteQueueCommand({ QueueUrl: this.queueUrl })).catch((err) => this.opts.onError(err, 'delete-queue'));
    }
    this.emitter.removeAllListeners(EVENT);
    this.queueUrl = undefined;
    this.subscriptionArn = undefined;
  }

  private async beat(): Promise<void> {
    if (!this.queueUrl) return;
    await this.opts.sqs.send(
      new TagQueueCommand({ QueueUrl: this.queueUrl, Tags: { [HEARTBEAT_TAG]: String(this.opts.clock.nowMs()) } }),
    );
  }

  private async poll(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      // The attach this receive ran against: a failure from before a later re-attach needs no attach of its own.
      const generation = this.attachments;
      try {
        const { Messages = [] } = await this.opts.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: this.queueUrl,
            MaxNumberOfMessages: LIMITS.maxReceiveBatch,
            WaitTimeSeconds: this.opts.waitTimeSeconds,
          }),
          { abortSignal: signal },
        );
        for (const message of Messages) {
          const event = message.Body !== undefined ? parseJobEvent(message.Body) : undefined;
          if (!event) {
            this.opts.onError(new Error(`Dropped malformed event message ${message.MessageId ?? ''}`), 'parse');
            continue;
          }
          this.deliver(event);
        }
        // Events are fan-out notifications; once handed to local listeners they are done. A failed delete
        // only means a redelivery, which listeners drop by version.
        this.deleteLater(Messages.flatMap((m) => (m.ReceiptHandle !== undefined ? [m.ReceiptHandle] : [])));
      } catch (err) {
        if (signal.aborted) return;
        this.opts.onError(err, 'receive');
        await new Promise((resolve) => setTimeout(resolve, this.opts.pollErrorBackoffMs));
        if (isMissingQueue(err) && !signal.aborted) await this.reattach(generation);
      }
    }
  }

  /** Full batches go now; a partial one waits up to EVENT_DELETE_LINGER_MS for more. */
  private deleteLater(handles: string[]): void {
    this.lingering.push(...handles);
    while (this.lingering.length >= LIMITS.maxReceiveBatch) this.sendDeletes(this.lingering.splice(0, LIMITS.maxReceiveBatch));
    if (this.lingering.length === 0) {
      if (this.lingerTimer) clearTimeout(this.lingerTimer);
      this.lingerTimer = undefined;
    } else if (!this.lingerTimer) {
      this.lingerTimer = setTimeout(() => {
        this.lingerTimer = undefined;
        this.sendDeletes(this.lingering.splice(0));
      }, EVENT_DELETE_LINGER_MS);
      this.lingerTimer.unref();
    }
  }

  /** One error report per failed batch. */
  private sendDeletes(handles: string[]): void {
    if (handles.length === 0) return;
    void Promise.allSettled(this.deletes.submitAll(handles)).then((results) => {
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) this.opts.onError(failed.reason, 'delete-events');
    });
  }

  /** Recreates the queue once for all pollers that saw it missing (unless it was recreated since the failure). */
  private reattach(failedOn: number): Promise<void> {
    if (this.attachments !== failedOn && !this.reattaching) return Promise.resolve();
    this.reattaching ??= this.attach()
      .catch((e) => this.opts.onError(e, 'reattach'))
      .finally(() => {
        this.reattaching = undefined;
      });
    return this.reattaching;
  }

  private deliver(event: JobEvent): void {
    for (const listener of this.emitter.listeners(EVENT) as JobEventListener[]) {
      try {
        listener({ ...event });
      } catch (err) {
        this.opts.onError(err, 'listener');
      }
    }
  }

  /**
   * Deletes instance queues (and their subscriptions) whose heartbeat is older than staleAfterSeconds:
   * instances killed without stop(). Races with other starters are harmless: deletes are idempotent.
   */
  async cleanupStaleQueues(): Promise<string[]> {
    const { sqs, sns, topicArn, queuePrefix } = this.opts;
    const cutoffMs = this.opts.clock.nowMs() - this.opts.staleAfterSeconds * 1000;
    const removed: string[] = [];
    const staleArns = new Set<string>();

    let nextToken: string | undefined;
    do {
      const page = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: queuePrefix, NextToken: nextToken }));
      for (const url of page.QueueUrls ?? []) {
        if (url === this.queueUrl) continue;
        try {
          const { Tags = {} } = await sqs.send(new ListQueueTagsCommand({ QueueUrl: url }));
          const beatMs = Number(Tags[HEARTBEAT_TAG] ?? 0);
          if (beatMs >= cutoffMs) continue;
          staleArns.add(await queueArn(sqs, url));
          await sqs.send(new DeleteQueueCommand({ QueueUrl: url }));
          removed.push(url);
        } catch (err) {
          if ((err as { name?: string }).name !== 'QueueDoesNotExist') this.opts.onError(err, 'stale-queue-cleanup');
        }
      }
      nextToken = page.NextToken;
    } while (nextToken);

    if (staleArns.size > 0) {
      let subsToken: string | undefined;
      do {
        const page = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: subsToken }));
        for (const sub of page.Subscriptions ?? []) {
          if (sub.Endpoint && staleArns.has(sub.Endpoint) && sub.SubscriptionArn) {
            await sns.send(new UnsubscribeCommand({ SubscriptionArn: sub.SubscriptionArn })).catch(() => undefined);
          }
        }
        subsToken = page.NextToken;
      } while (subsToken);
    }
    return removed;
  }
}

function snsDeliveryPolicy(queueArn: string, topicArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn,
        Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
      },
    ],
  });
}
