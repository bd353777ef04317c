// Unit: submission admission control (GCRA buckets per tenant and per credential by role), on the in-memory
// store with an injected clock. The DynamoDB store is exercised in test/integration/dynamoRateBucketStore.test.ts.
import { gcra, MemoryRateBucketStore, policyOf, SubmissionRateLimiter } from '../../../src/services/rateLimiter';
import { RateLimitedError } from '../../../src/errors';
import type { Principal, Role } from '../../../src/auth';

const who = (tenant: string, subject: string, ...roles: Role[]): Principal => ({ tenant, subject, roles: new Set(roles) });

describe('gcra: the bucket algorithm', () => {
  it('allows a burst, then one note per interval; refuses without spending; refills only up to the burst', () => {
    const p = policyOf(60, 3); // one per second, three at once
    let tat: number | undefined;
    for (let i = 0; i < 3; i++) {
      const r = gcra(tat, 0, 1, p);
      expect(r.ok).toBe(true);
      tat = (r as { tatMs: number }).tatMs;
    }
    const refused = gcra(tat, 0, 1, p);
    expect(refused).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(gcra(tat, 1000, 1, p).ok).toBe(true);
    // After a long quiet time the bucket holds the burst, not more.
    expect(gcra(tat, 600_000, 3, p).ok).toBe(true);
    expect(gcra(tat, 600_000, 4, p).ok).toBe(false);
  });
});

describe('SubmissionRateLimiter', () => {
  it('limits a tenant across its credentials and answers RATE_LIMITED with a retry hint', async () => {
    let now = 0;
    const limiter = new SubmissionRateLimiter({ store: new MemoryRateBucketStore(), limits: { tenant: policyOf(60, 2), perRole: {} }, clock: { nowMs: () => now } });
    await limiter.admit(who('a', 'x', 'submitter'));
    await limiter.admit(who('a', 'y', 'submitter'));
    const err = await limiter.admit(who('a', 'z', 'submitter')).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.code).toBe('RATE_LIMITED');
    expect(err.details.retryAfterSeconds).toBe(1);
    await limiter.admit(who('b', 'x', 'submitter')); // another tenant has its own bucket
    now += 1_000;
    await limiter.admit(who('a', 'z', 'submitter'));
  });

  it('limits one credential by its most generous role, leaving the tenant\'s other credentials alone', async () => {
    const now = 0;
    const limiter = new SubmissionRateLimiter({
      store: new MemoryRateBucketStore(),
      limits: { perRole: { submitter: policyOf(60, 1), admin: policyOf(600, 3) } },
      clock: { nowMs: () => now },
    });
    await limiter.admit(who('a', 'partner', 'submitter'));
    await expect(limiter.admit(who('a', 'partner', 'submitter'))).rejects.toBeInstanceOf(RateLimitedError);
    await limiter.admit(who('a', 'other', 'submitter'));
    const ops = who('a', 'ops', 'submitter', 'admin');
    for (let i = 0; i < 3; i++) await limiter.admit(ops);
    await expect(limiter.admit(ops)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('no limits configured: everything is admitted', async () => {
    const limiter = new SubmissionRateLimiter({ store: new MemoryRateBucketStore(), limits: { perRole: {} } });
    for (let i = 0; i < 1000; i++) await limiter.admit(who('a', 'x', 'submitter'));
  });
});
