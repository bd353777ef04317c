import { TenantRateLimiter } from '../../../src/services/rateLimiter';
import { RateLimitedError } from '../../../src/errors';

describe('per-tenant rate limiter', () => {
  it('allows a burst, then refills at the sustained rate, per tenant', () => {
    let now = 0;
    const limiter = new TenantRateLimiter({ notesPerMinute: 60, burst: 3, clock: { nowMs: () => now } });
    for (let i = 0; i < 3; i++) limiter.take('a');
    expect(() => limiter.take('a')).toThrow(RateLimitedError);
    try {
      limiter.take('a');
    } catch (e) {
      expect((e as RateLimitedError).code).toBe('RATE_LIMITED');
      expect((e as RateLimitedError).details.retryAfterSeconds).toBe(1);
    }
    limiter.take('b'); // another tenant has its own bucket
    now += 1_000; // one token per second
    limiter.take('a');
    expect(() => limiter.take('a')).toThrow(RateLimitedError);
    now += 60_000; // refills only up to the burst
    for (let i = 0; i < 3; i++) limiter.take('a');
    expect(() => limiter.take('a')).toThrow(RateLimitedError);
  });

  it('takes nothing from a request it refuses, and 0 disables the limit', () => {
    let now = 0;
    const limiter = new TenantRateLimiter({ notesPerMinute: 60, burst: 2, clock: { nowMs: () => now } });
    expect(() => limiter.take('a', 3)).toThrow(RateLimitedError);
    limiter.take('a', 2);
    const off = new TenantRateLimiter({ notesPerMinute: 0 });
    for (let i = 0; i < 10_000; i++) off.take('a');
  });
});
