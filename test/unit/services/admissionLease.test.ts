// Unit: admission allowance leased in blocks from the shared bucket (services/admissionLease.ts). The rules
// under test are the quota semantics the README's "Back-pressure" section states: every admitted note was
// charged to the shared bucket first (the long-run rate is never exceeded), a block follows demand and is
// capped at a share of the burst, leftovers expire instead of carrying over, and near the limit a take
// still gets exactly what the shared bucket allows it.
import { LeasedRateBucketStore } from '../../../src/services/admissionLease';
import { MemoryRateBucketStore, policyOf } from '../../../src/services/rateLimiter';
import type { RateBucketPolicy, RateBucketStore, RateTake } from '../../../src/domain/ports';

/** The shared bucket (GCRA in memory), counting its round trips and the notes it charged. */
class CountingBucket implements RateBucketStore {
  readonly inner = new MemoryRateBucketStore();
  calls = 0;
  charged = 0;
  counts: number[] = [];
  /** Resolves pending takes only when released, to hold a refill in flight. */
  gate?: Promise<void>;

  async take(tenantId: string, bucket: string, count: number, policy: RateBucketPolicy, nowMs: number): Promise<RateTake> {
    this.calls++;
    this.counts.push(count);
    if (this.gate) await this.gate;
    const r = await this.inner.take(tenantId, bucket, count, policy, nowMs);
    if (r.ok) this.charged += count;
    return r;
  }
}

const LEASE_MS = 1_000;

describe('LeasedRateBucketStore', () => {
  it('a steady tenant costs one shared update per block, and every admitted note was charged first', async () => {
    const shared = new CountingBucket();
    const lease = new LeasedRateBucketStore({ shared, leaseMs: LEASE_MS });
    const policy = policyOf(60_000, 10_000); // 1,000 notes/s, burst 10,000: never refuses here
    let admitted = 0;
    // 50 notes per 100 ms (500/s) for 5 s, 50 at a time as 50 concurrent clients would send them.
    for (let t = 0; t < 5_000; t += 100) {
      const results = await Promise.all(Array.from({ length: 50 }, () => lease.take('acme', 'tenant', 1, policy, t)));
      admitted += results.filter((r) => r.ok).length;
      expect(admitted).toBeLessThanOrEqual(shared.charged);
    }
    expect(admitted).toBe(2_500);
    // One update per note would be 2,500; blocks follow the demand of a lease window (≈ 500 notes).
    expect(shared.calls).toBeLessThan(60);
    expect(Math.max(...shared.counts)).toBeLessThanOrEqual(1_000); // a tenth of the burst
  });

  it('concurrent takes that find the lease empty share one refill instead of one update each', async () => {
    const shared = new CountingBucket();
    const lease = new LeasedRateBucketStore({ shared, leaseMs: LEASE_MS });
    const policy = policyOf(60_000, 10_000);
    // Demand of the previous window: 40 notes.
    await Promise.all(Array.from({ length: 40 }, () => lease.take('acme', 'tenant', 1, policy, 0)));
    const before = shared.calls;
    let release!: () => void;
    shared.gate = new Promise<void>((r) => (release = r));
    const takes = Array.from({ length: 40 }, () => lease.take('acme', 'tenant', 1, policy, LEASE_MS + 1));
    release();
    shared.gate = undefined;
    expect((await Promise.all(takes)).every((r) => r.ok)).toBe(true);
    expect(shared.calls - before).toBeLessThanOrEqual(3);
  });

  it('a tenant sending one note at a time is charged one note per update, exactly as without blocks', async () => {
    const shared = new CountingBucket();
    const lease = new LeasedRateBucketStore({ shared, leaseMs: LEASE_MS });
    const policy = policyOf(60, 5);
    for (let t = 0; t < 20_000; t += 3_000) expect(await lease.take('acme', 'tenant', 1, policy, t)).toEqual({ ok: true });
    expect(shared.counts.every((c) => c === 1)).toBe(true);
    expect(shared.charged).toBe(7);
  });

  it('leftovers of a block expire after leaseMs: the next note is charged again, never taken from an old block', async () => {
    const shared = new CountingBucket();
    const lease = new LeasedRateBucketStore({ shared, leaseMs: LEASE_MS });
    const policy = policyOf(60_000, 10_000);
    await Promise.all(Array.from({ length: 30 }, () => lease.take('acme', 'tenant', 1, policy, 0)));
    await Promise.all(Array.from({ length: 30 }, () => lease.take('acme', 'tenant', 1, policy, 500)));
    const charged = shared.charged;
    await lease.take('acme', 'tenant', 1, policy, 10_000);
    expect(shared.charged).toBeGreaterThan(charged);
  });

  it('the quota holds across instances: over a long run, admitted notes stay within rate × time + burst', async () => {
    const shared = new CountingBucket();
    const instances = [0, 1, 2].map(() => new LeasedRateBucketStore({ shared, leaseMs: LEASE_MS }));
    const policy = policyOf(600, 100); // 10 notes/s, burst 100
    let admitted = 0;
    let refused = 0;
    const durationMs = 60_000;
    // Each instance is offered 20 notes/s (60/s in all, six times the limit).
    for (let t = 0; t < durationMs; t += 50) {
      for (const instance of instances) {
        const r = await instance.take('acme', 'tenant', 1, policy, t);
        if (r.ok) admitted++;
        else refused++;
      }
    }
    expect(admitted).toBeLessThanOrEqual(shared.charged);
    expect(admitted).toBeLessThanOrEqual((600 * durationMs) / 60_000 + 100);
    // Leftovers given up cost some allowance, but most of it is used.
    expect(admitted).toBeGreaterThan(0.8 * (600 * durationMs) / 60_000);
    expect(refused).toBeGreaterThan(0);
  });

  it('near the limit a block that does not fit is retried at the note count; a refusal carries retryAfterMs', async () => {
    const shared = new CountingBucket();
    const lease = new LeasedRateBucketStore({ shared, leaseMs: LEASE_MS });
    const policy = policyOf(60, 30); // 1 note/s, burst 30: blocks of up to 3
    const results: RateTake[] = [];
    for (let i = 0; i < 40; i++) results.push(await lease.take('acme', 'tenant', 1, policy, 0));
    expect(results.filter((r) => r.ok)).toHaveLength(30); // exactly the burst: no note lost to a refused block
    const last = results.at(-1)!;
    expect(last.ok).toBe(false);
    expect(last.ok === false && last.retryAfterMs).toBeGreaterThan(0);
  });

  it('buckets are separate per tenant and bucket name', async () => {
    const shared = new CountingBucket();
    const lease = new LeasedRateBucketStore({ shared, leaseMs: LEASE_MS });
    const policy = policyOf(60, 1);
    expect(await lease.take('acme', 'tenant', 1, policy, 0)).toEqual({ ok: true });
    expect((await lease.take('acme', 'tenant', 1, policy, 0)).ok).toBe(false);
    expect(await lease.take('other', 'tenant', 1, policy, 0)).toEqual({ ok: true });
    expect(await lease.take('acme', 'cred#u1', 1, policy, 0)).toEqual({ ok: true });
  });

  it('validates its options once, at construction', () => {
    const shared = new CountingBucket();
    expect(() => new LeasedRateBucketStore({ shared, leaseMs: 0 })).toThrow(/leaseMs/);
    expect(() => new LeasedRateBucketStore({ shared, maxBlockShare: 1.5 })).toThrow(/maxBlockShare/);
  });
});
