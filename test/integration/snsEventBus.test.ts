// Integration: the SNS → per-instance SQS EventBus against fauxqs — fan-out to two instances,
// raw delivery, queue cleanup on stop and of stale instances; plus the in-process bus.

import { CreateQueueCommand, GetQueueUrlCommand, ListQueuesCommand } from '@aws-sdk/client-sqs';
import { ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import { InProcessEventBus } from '../../src/adapters/events/inProcessEventBus';
import { provisionTopic } from '../../src/adapters/provision';
import { SnsEventBus } from '../../src/adapters/sns/snsEventBus';
import type { JobEvent } from '../../src/domain/events';
import { testClients, uniqueName } from '../helpers/infra';

const event = (version: number): JobEvent => ({
  tenantId: 'acme',
  jobId: '01JCXG8Z9Q4W7N3V5T2R1PKHMB',
  status: 'SUMMARIZING',
  version,
  progress: 0.25,
  at: new Date().toISOString(),
});

function waitFor<T>(received: T[], count: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (received.length >= count) return resolve();
      if (Date.now() > deadline) return reject(new Error(`only ${received.length}/${count} events arrived`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

describe('SnsEventBus (fauxqs)', () => {
  const clients = testClients();
  afterAll(() => clients.dispose());

  async function setup() {
    const prefix = uniqueName();
    const topicArn = await provisionTopic(clients.sns, `${prefix}-events`);
    const make = (instanceId?: string) =>
      new SnsEventBus({ sns: clients.sns, sqs: clients.sqs, topicArn, queuePrefix: `${prefix}-ev-`, instanceId, waitTimeSeconds: 1 });
    return { prefix, topicArn, make };
  }

  it('fans every event out to every instance queue', async () => {
    const { make } = await setup();
    const [api1, api2] = [make('api1'), make('api2')];
    await Promise.all([api1.start(), api2.start()]);
    const got1: JobEvent[] = [];
    const got2: JobEvent[] = [];
    api1.subscribe((e) => got1.push(e));
    api2.subscribe((e) => got2.push(e));
    try {
      await api2.publish(event(2));
      await api1.publish(event(3));
      await Promise.all([waitFor(got1, 2), waitFor(got2, 2)]);
      expect(got1.map((e) => e.version).sort()).toEqual([2, 3]);
      expect(got2.map((e) => e.version).sort()).toEqual([2, 3]);
      expect(got1[0]).toMatchObject({ tenantId: 'acme', status: 'SUMMARIZING' }); // raw delivery: no SNS envelope
    } finally {
      await Promise.all([api1.stop(), api2.stop()]);
    }
  });

  it('deletes its queue and subscription on stop, and stop is idempotent', async () => {
    const { make, prefix, topicArn } = await setup();
    const bus = make('solo');
    await bus.start();
    await bus.stop();
    await bus.stop();
    const { QueueUrls = [] } = await clients.sqs.send(new ListQueuesCommand({ QueueNamePrefix: `${prefix}-ev-` }));
    expect(QueueUrls).toEqual([]);
    const { Subscriptions = [] } = await clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    expect(Subscriptions).toEqual([]);
  });

  it('removes queues of instances whose heartbeat is stale when another instance starts', async () => {
    const { make, prefix } = await setup();
    // A crashed instance: queue left behind with an old heartbeat.
    await clients.sqs.send(
      new CreateQueueCommand({ QueueName: `${prefix}-ev-dead`, tags: { 'chartcoder:heartbeatAtMs': String(Date.now() - 3_600_000) } }),
    );
    const live = make('live');
    await live.start();
    try {
      await expect(clients.sqs.send(new GetQueueUrlCommand({ QueueName: `${prefix}-ev-dead` }))).rejects.toThrow();
      await expect(clients.sqs.send(new GetQueueUrlCommand({ QueueName: live.queueName }))).resolves.toBeDefined();
    } finally {
      await live.stop();
    }
  });

  it('does not deliver to listeners that unsubscribed', async () => {
    const { make } = await setup();
    const bus = make();
    await bus.start();
    const kept: JobEvent[] = [];
    const dropped: JobEvent[] = [];
    bus.subscribe((e) => kept.push(e));
    const off = bus.subscribe((e) => dropped.push(e));
    off();
    try {
      await bus.publish(event(4));
      await waitFor(kept, 1);
      expect(dropped).toEqual([]);
    } finally {
      await bus.stop();
    }
  });
});

describe('InProcessEventBus', () => {
  it('delivers copies to every listener and survives a throwing listener', async () => {
    const errors: unknown[] = [];
    const bus = new InProcessEventBus((err) => errors.push(err));
    const got: JobEvent[] = [];
    bus.subscribe(() => {
      throw new Error('broken subscriber');
    });
    const off = bus.subscribe((e) => {
      e.version = 99;
      got.push(e);
    });
    bus.subscribe((e) => got.push(e));
    await bus.publish(event(5));
    expect(got.map((e) => e.version)).toEqual([99, 5]);
    expect(errors).toHaveLength(1);
    off();
    await bus.publish(event(6));
    expect(got.map((e) => e.version)).toEqual([99, 5, 6]);
    await bus.stop();
  });
});
