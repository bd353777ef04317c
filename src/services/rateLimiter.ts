// Owns per-tenant admission control for submissions: a token bucket per tenant (per API instance),
// so one integration cannot flood the queue and starve the others. Time is injected.
import { RateLimitedError } from '../errors';
import { systemClock, type Clock } from '../domain/clock';

export interface RateLimiterOptions {
  /** Sustained notes per minute per tenant; 0 disables the limit. */
  notesPerMinute: number;
  /** Burst size (defaults to one minute's worth). */
  burst?: number;
  clock?: Clock;
  /** Buckets idle this long are forgotten. */
  idleMs?: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

const DEFAULT_IDLE_MS = 10 * 60_000;

export class TenantRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly ratePerMs: number;
  private readonly burst: number;
  private readonly clock: Clock;
  private readonly idleMs: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.ratePerMs = options.notesPerMinute / 60_000;
    this.burst = options.burst ?? options.notesPerMinute;
    this.clock = options.clock ?? systemClock;
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  }

  /** Takes `count` tokens for the tenant or throws RATE_LIMITED (nothing is taken then). */
  take(tenant: string, count = 1): void {
    if (this.options.notesPerMinute <= 0) return;
    const now = this.clock.nowMs();
    const bucket = this.buckets.get(tenant) ?? { tokens: this.burst, updatedMs: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.updatedMs) * this.ratePerMs);
    bucket.updatedMs = now;
    this.buckets.set(tenant, bucket);
    if (bucket.tokens < count) {
      const waitSeconds = Math.ceil((count - bucket.tokens) / this.ratePerMs / 1000);
      throw new RateLimitedError(`Too many notes submitted; retry in about ${waitSeconds} s`, { retryAfterSeconds: waitSeconds });
    }
    bucket.tokens -= count;
    if (this.buckets.size > 1000) this.evictIdle(now);
  }

  private evictIdle(now: number): void {
    for (const [tenant, b] of this.buckets) if (now - b.updatedMs > this.idleMs) this.buckets.delete(tenant);
  }
}
