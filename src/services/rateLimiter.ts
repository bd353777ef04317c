// Owns admission control for submissions: a GCRA token bucket per tenant and per credential (its limit set
// by the credential's roles), kept in a RateBucketStore shared by every API instance (DynamoDB) or, for a
// single process and tests, in memory. One integration cannot flood the queue and starve the others.
import { RateLimitedError } from '../errors';
import { systemClock, type Clock } from '../domain/clock';
import type { RateBucketPolicy, RateBucketStore, RateTake } from '../domain/ports';
import type { Principal, Role } from '../auth';

/** Per-minute rate → the bucket's spacing between notes and its burst tolerance. */
export function policyOf(perMinute: number, burst?: number): RateBucketPolicy {
  return { perMinute, burst: Math.max(1, burst ?? perMinute) };
}

/**
 * GCRA (generic cell rate algorithm): a bucket is one number, the theoretical arrival time `tatMs` of the
 * next note. Taking `count` moves it by count × interval from max(tat, now); the take is refused when that
 * would put it more than burst × interval ahead of now. Equivalent to a token bucket, one attribute to store.
 */
export function gcra(tatMs: number | undefined, nowMs: number, count: number, policy: RateBucketPolicy): { ok: true; tatMs: number } | { ok: false; retryAfterMs: number } {
  const intervalMs = 60_000 / policy.perMinute;
  const next = Math.max(tatMs ?? nowMs, nowMs) + count * intervalMs;
  const limit = nowMs + policy.burst * intervalMs;
  return next <= limit ? { ok: true, tatMs: next } : { ok: false, retryAfterMs: Math.ceil(next - limit) };
}

/** Buckets of one process: for the embedded single-process mode and unit tests. */
export class MemoryRateBucketStore implements RateBucketStore {
  private readonly tat = new Map<string, number>();

  async take(tenantId: string, bucket: string, count: number, policy: RateBucketPolicy, nowMs: number): Promise<RateTake> {
    const key = `${tenantId}\u0000${bucket}`;
    const r = gcra(this.tat.get(key), nowMs, count, policy);
    if (!r.ok) return r;
    this.tat.set(key, r.tatMs);
    if (this.tat.size > MAX_MEMORY_BUCKETS) this.evict(nowMs);
    return { ok: true };
  }

  private evict(nowMs: number): void {
    for (const [k, t] of this.tat) if (t < nowMs) this.tat.delete(k);
  }
}

const MAX_MEMORY_BUCKETS = 10_000;

export interface SubmissionRateLimits {
  /** Notes per minute for a whole tenant, across every API instance; undefined = unlimited. */
  tenant?: RateBucketPolicy;
  /** Notes per minute for one credential, by role; a credential gets the most generous of its roles. */
  perRole: Partial<Record<Role, RateBucketPolicy>>;
}

export class SubmissionRateLimiter {
  private readonly clock: Clock;

  constructor(private readonly deps: { store: RateBucketStore; limits: SubmissionRateLimits; clock?: Clock }) {
    this.clock = deps.clock ?? systemClock;
  }

  /** Admits `count` notes for the caller or throws RATE_LIMITED with a retry hint (retryAfterSeconds). */
  async admit(principal: Principal, count = 1): Promise<void> {
    const now = this.clock.nowMs();
    const credential = this.credentialPolicy(principal);
    const tenant = this.deps.limits.tenant;
    // Both buckets at once: one round trip of latency instead of two. As before, a note refused by one
    // bucket may still have used the other's allowance.
    const [byCredential, byTenant] = await Promise.all([
      credential ? this.deps.store.take(principal.tenant, `cred#${principal.subject}`, count, credential, now) : undefined,
      tenant ? this.deps.store.take(principal.tenant, 'tenant', count, tenant, now) : undefined,
    ]);
    if (byCredential) this.check(byCredential, 'this credential');
    if (byTenant) this.check(byTenant, 'this tenant');
  }

  private credentialPolicy(principal: Principal): RateBucketPolicy | undefined {
    let best: RateBucketPolicy | undefined;
    for (const role of principal.roles) {
      const p = this.deps.limits.perRole[role];
      if (p && (!best || p.perMinute > best.perMinute)) best = p;
    }
    return best;
  }

  private check(result: RateTake, who: string): void {
    if (result.ok) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
    throw new RateLimitedError(`Too many notes submitted for ${who}; retry in about ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}
