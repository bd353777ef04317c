// Unit: the per-region circuit breaker and the jittered backoff, on an injected clock and RNG.
import { CircuitBreaker, backoffDelayMs, type BreakerState } from '../../../src/models/bedrock';

function fakeClock(start = 1_000) {
  let now = start;
  return { nowMs: () => now, advance: (ms: number) => void (now += ms) };
}

describe('CircuitBreaker', () => {
  function breaker(threshold = 3, openMs = 10_000) {
    const clock = fakeClock();
    const changes: BreakerState[] = [];
    const b = new CircuitBreaker({ failureThreshold: threshold, openMs, clock, onStateChange: (s) => changes.push(s) });
    return { b, clock, changes };
  }

  it('opens after N consecutive failures, not before', () => {
    const { b, changes } = breaker(3);
    b.onFailure();
    b.onFailure();
    expect(b.current()).toBe('closed');
    expect(b.tryAcquire()).toBe(true);
    b.onFailure();
    expect(b.current()).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    expect(changes).toEqual(['open']);
  });

  it('a success resets the count; neutral outcomes (throttling) neither count nor reset', () => {
    const { b } = breaker(3);
    b.onFailure();
    b.onFailure();
    b.onSuccess();
    b.onFailure();
    b.onFailure();
    expect(b.current()).toBe('closed');
    b.onNeutral();
    b.onFailure();
    expect(b.current()).toBe('open');
  });

  it('after openMs lets exactly one half-open probe through; success closes', () => {
    const { b, clock, changes } = breaker(1, 10_000);
    b.onFailure();
    clock.advance(9_999);
    expect(b.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(b.current()).toBe('half-open');
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false); // everyone else waits for the probe's verdict
    b.onSuccess();
    expect(b.current()).toBe('closed');
    expect(b.tryAcquire()).toBe(true);
    expect(changes).toEqual(['open', 'half-open', 'closed']);
  });

  it('a failed probe re-opens for another full period', () => {
    const { b, clock } = breaker(5, 10_000);
    for (let i = 0; i < 5; i++) b.onFailure();
    clock.advance(10_000);
    expect(b.tryAcquire()).toBe(true);
    b.onFailure(); // one failure is enough in half-open
    expect(b.current()).toBe('open');
    clock.advance(9_000);
    expect(b.tryAcquire()).toBe(false);
    clock.advance(1_000);
    expect(b.tryAcquire()).toBe(true);
  });

  it('a throttled probe proves the region answers and closes the breaker', () => {
    const { b, clock } = breaker(1, 100);
    b.onFailure();
    clock.advance(100);
    expect(b.tryAcquire()).toBe(true);
    b.onNeutral();
    expect(b.current()).toBe('closed');
  });
});

describe('backoffDelayMs (full jitter)', () => {
  const policy = { baseMs: 100, maxMs: 1_000 };
  it('is uniform in [0, min(max, base·2^(n-1))]', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs(n, policy, () => 0.999999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(2, policy, () => 0.5)).toBe(100);
  });
  it('never overflows for huge retry numbers', () => {
    expect(backoffDelayMs(10_000, policy, () => 0.5)).toBe(500);
  });
});
