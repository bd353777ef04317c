// Owns admission allowance leased in blocks: an API instance takes several notes' worth of a shared bucket
// (tenant or credential) in one conditional update and admits from that block locally, so a tenant
// submitting steadily costs one round trip per block instead of one per note, and concurrent submits stop
// contending for one hot DynamoDB item. The shared bucket stays the only authority: every admitted note
// was charged to it first, so the tenant's long-run rate is never exceeded.
//
// Quota semantics (the price, bounded):
// - A block is charged when it is taken, and an instance holds at most one block plus the half of the previous
//   one that was left when the next was taken (taken early so takes need not wait for the round trip): the
//   burst seen across instances can exceed the bucket's burst by at most 1.5 blocks per instance, and a block
//   is at most `maxBlockShare` of the burst (the same order as the DynamoDB store's own busy-update slack).
// - Notes held and not used within `leaseMs` of the last block are given up: allowance lost, never gained.
//   A tenant near its limit therefore sees slightly fewer admissions, never more.
// - The block follows demand: about what this instance admitted for the bucket over the last `leaseMs`,
//   so a tenant submitting one note at a time still takes one note per update, exactly as before.
import type { RateBucketPolicy, RateBucketStore, RateTake } from '../domain/ports';
import { TIMEOUTS } from '../domain/constants';

export interface LeasedRateBucketOptions {
  /** The shared buckets (DynamoDB): the only place allowance comes from. */
  shared: RateBucketStore;
  /** How long a taken block may be spent; what is left after that is given up. */
  leaseMs?: number;
  /** A block is at most this share of the bucket's burst (and at least one note). */
  maxBlockShare?: number;
}

interface Lease {
  notes: number;
  expiresAtMs: number;
  /** The block being taken for this bucket, if any: takes that find the lease empty wait for it. */
  refill?: Promise<void>;
  /** Notes admitted for this bucket, per leaseMs window, to size the next block. */
  windowStartMs: number;
  windowNotes: number;
  lastWindowNotes: number;
}

/** Notes a take may wait for refills before it goes to the shared bucket for itself alone. */
const MAX_REFILL_WAITS = 3;
/** Per-process buckets remembered; past this, expired leases are dropped. */
const MAX_LEASES = 10_000;

export class LeasedRateBucketStore implements RateBucketStore {
  private readonly leases = new Map<string, Lease>();
  private readonly leaseMs: number;
  private readonly maxBlockShare: number;

  constructor(private readonly opts: LeasedRateBucketOptions) {
    this.leaseMs = opts.leaseMs ?? TIMEOUTS.admissionLeaseMs;
    this.maxBlockShare = opts.maxBlockShare ?? ADMISSION_BLOCK_MAX_BURST_SHARE;
    if (!(this.leaseMs > 0)) throw new RangeError('leaseMs must be positive');
    if (!(this.maxBlockShare > 0 && this.maxBlockShare <= 1)) throw new RangeError('maxBlockShare must be in (0, 1]');
  }

  async take(tenantId: string, bucket: string, count: number, policy: RateBucketPolicy, nowMs: number): Promise<RateTake> {
    const lease = this.leaseOf(`${tenantId}\u0000${bucket}`, nowMs);
    this.noteDemand(lease, count, nowMs);
    for (let wait = 0; wait <= MAX_REFILL_WAITS; wait++) {
      if (lease.expiresAtMs <= nowMs) lease.notes = 0;
      if (lease.notes >= count) {
        lease.notes -= count;
        // Half the block spent and more notes than this one expected within the window: the next block is
        // taken now, so the takes after it do not wait. A tenant sending a note at a time gets no prefetch
        // (it would expire unused and cost the tenant a note of allowance each time).
        const block = this.blockOf(lease, count, policy);
        if (block > count && lease.notes < block / 2) void this.refill(lease, tenantId, bucket, count, policy, nowMs).catch(() => undefined);
        return { ok: true };
      }
      if (wait === MAX_REFILL_WAITS) break;
      const refused = await this.refill(lease, tenantId, bucket, count, policy, nowMs);
      if (refused) return refused;
    }
    // Refills keep going to other takes (a burst larger than the block): this one is charged alone.
    return this.opts.shared.take(tenantId, bucket, count, policy, nowMs);
  }

  /**
   * Waits for the bucket's refill in flight, or takes a block. Resolves with a refusal only when even this
   * take's own `count` is refused by the shared bucket (a refused block is retried at `count`).
   */
  private async refill(lease: Lease, tenantId: string, bucket: string, count: number, policy: RateBucketPolicy, nowMs: number): Promise<RateTake | undefined> {
    if (lease.refill) {
      await lease.refill;
      return undefined;
    }
    const block = this.blockOf(lease, count, policy);
    let refused: RateTake | undefined;
    lease.refill = (async () => {
      let r = await this.opts.shared.take(tenantId, bucket, block, policy, nowMs);
      let got = block;
      if (!r.ok && block > count) {
        // Near the limit: the whole block does not fit, this take's notes may.
        r = await this.opts.shared.take(tenantId, bucket, count, policy, nowMs);
        got = count;
      }
      if (!r.ok) {
        refused = r;
        return;
      }
      // A block starts its own lease: leftovers of the previous one are given up with it.
      lease.notes = (lease.expiresAtMs > nowMs ? lease.notes : 0) + got;
      lease.expiresAtMs = nowMs + this.leaseMs;
    })().finally(() => {
      lease.refill = undefined;
    });
    await lease.refill;
    return refused;
  }

  /** Notes per block: what this instance admitted for the bucket over the last lease window, capped. */
  private blockOf(lease: Lease, count: number, policy: RateBucketPolicy): number {
    const cap = Math.max(count, Math.floor(policy.burst * this.maxBlockShare));
    return Math.max(count, Math.min(cap, Math.max(lease.lastWindowNotes, lease.windowNotes)));
  }

  private noteDemand(lease: Lease, count: number, nowMs: number): void {
    if (nowMs - lease.windowStartMs >= this.leaseMs) {
      // A window with no take at all counts as empty demand.
      lease.lastWindowNotes = nowMs - lease.windowStartMs >= 2 * this.leaseMs ? 0 : lease.windowNotes;
      lease.windowStartMs = nowMs;
      lease.windowNotes = 0;
    }
    lease.windowNotes += count;
  }

  private leaseOf(key: string, nowMs: number): Lease {
    let lease = this.leases.get(key);
    if (!lease) {
      if (this.leases.size >= MAX_LEASES) {
        for (const [k, l] of this.leases) if (!l.refill && l.expiresAtMs <= nowMs) this.leases.delete(k);
      }
      lease = { notes: 0, expiresAtMs: 0, windowStartMs: nowMs, windowNotes: 0, lastWindowNotes: 0 };
      this.leases.set(key, lease);
    }
    return lease;
  }
}

/** A block is at most a tenth of the bucket's burst: the extra burst it allows across instances. */
export const ADMISSION_BLOCK_MAX_BURST_SHARE = 0.1;
