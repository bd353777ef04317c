// Owns remembering the bearer tokens this API process has verified, until each one's own expiry and never
// longer than a minute: a client sends the same token with every request, and checking its signature again
// (WebCrypto, about 2 ms of the API's CPU per submit in a profile under load) cannot change the answer for
// the same bytes. Only successes are remembered (a bad token is checked every time, with the verifier's one
// message), entries are keyed by the token's SHA-256 (no bearer token is kept), and the table is bounded.
import crypto from 'node:crypto';
import { decodeJwt } from 'jose';
import type { Principal, TokenVerifier } from '../auth';
import { systemClock, type Clock } from '../domain/clock';

/** A verified token is trusted from memory at most this long, even when it expires later. */
export const MAX_REMEMBER_MS = 60_000;
/** Distinct tokens remembered; the oldest is dropped first. */
export const MAX_REMEMBERED_TOKENS = 10_000;

export class VerifiedTokenCache implements TokenVerifier {
  private readonly entries = new Map<string, { principal: Principal; untilMs: number }>();
  private readonly clock: Clock;
  private readonly maxRememberMs: number;
  private readonly maxEntries: number;

  constructor(
    private readonly inner: TokenVerifier,
    options: { clock?: Clock; maxRememberMs?: number; maxEntries?: number } = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.maxRememberMs = options.maxRememberMs ?? MAX_REMEMBER_MS;
    this.maxEntries = options.maxEntries ?? MAX_REMEMBERED_TOKENS;
  }

  async verify(token: string): Promise<Principal> {
    const key = typeof token === 'string' ? crypto.createHash('sha256').update(token, 'utf8').digest('base64') : undefined;
    const nowMs = this.clock.nowMs();
    const hit = key === undefined ? undefined : this.entries.get(key);
    if (hit && hit.untilMs > nowMs) return hit.principal;
    if (hit) this.entries.delete(key!);
    const principal = await this.inner.verify(token);
    const expMs = expiryMsOf(token);
    // Expiry without the verifier's clock tolerance: a remembered token is never accepted past its exp.
    if (key !== undefined && expMs !== undefined && expMs > nowMs) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { principal, untilMs: Math.min(expMs, nowMs + this.maxRememberMs) });
    }
    return principal;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The exp claim of a token the verifier has just accepted (so it is well formed), in ms. */
function expiryMsOf(token: string): number | undefined {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
