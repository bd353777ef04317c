// Unit: a websocket subscriber that never reads cannot grow server memory: each subscription buffers a
// bounded number of events, then its stream ends, its bus listener is removed and the transport is told
// to close that connection (RFC 6455 1013); a subscriber that keeps up is never cut.
import type { JobEvent } from '../../../src/domain/events';
import type { JobStore } from '../../../src/domain/ports';
import { EventChannel, jobUpdatesStream } from '../../../src/services/subscriptions';
import { MemoryEventBus } from '../workers/fakes';

const principal = { subject: 'u1', tenant: 'acme', roles: new Set(['reader'] as const) };
const event = (n: number): JobEvent => ({
  tenantId: 'acme',
  jobId: `01JCXG8Z9Q4W7N3V5T2R1PK${String(n).padStart(3, '0')}`,
  status: 'REDACTING',
  version: 2,
  progress: 0,
  at: '2026-12-06T10:00:00.000Z',
});

describe('bounded subscriptions', () => {
  it('EventChannel keeps at most maxBuffered unread values, then ends and reports the overflow once', async () => {
    let overflows = 0;
    const channel = new EventChannel<number>(3, () => overflows++);
    for (let i = 0; i < 3; i++) channel.push(i);
    expect(channel.overflowed).toBe(false);
    channel.push(3);
    channel.push(4);
    expect(channel.overflowed).toBe(true);
    expect(overflows).toBe(1);
    await expect(channel.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('a consumer that keeps up is never cut, however many values pass', async () => {
    const channel = new EventChannel<number>(2, () => {
      throw new Error('must not overflow');
    });
    for (let i = 0; i < 100; i++) {
      const next = channel.next();
      channel.push(i);
      await expect(next).resolves.toEqual({ value: i, done: false });
    }
    expect(channel.overflowed).toBe(false);
  });

  it('jobUpdates for a subscriber that never reads: bus listener removed and the connection closed once', async () => {
    const events = new MemoryEventBus();
    let closes = 0;
    const stream = await jobUpdatesStream({
      principal,
      services: { store: {} as JobStore, events, onSlowSubscriber: () => closes++, maxBufferedEvents: 50 },
    });
    for (let i = 0; i < 500; i++) await events.publish(event(i));
    expect(closes).toBe(1);
    // The listener is gone: later events cost this subscription nothing.
    expect((events as unknown as { listeners: Set<unknown> }).listeners.size).toBe(0);
    await expect(stream.next()).resolves.toEqual({ value: undefined, done: true });
  });
});
