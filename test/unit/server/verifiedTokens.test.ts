// Unit: the API remembers a verified bearer token until its own expiry (never past it, never longer than the
// cap), so a client's repeated requests do not pay the signature check again; a token that fails is checked
// every time and never remembered. Real tokens signed by mintLocalToken, an injected clock.
import { LocalTokenVerifier, mintLocalToken, type Principal, type TokenVerifier } from '../../../src/auth';
import { UnauthenticatedError } from '../../../src/errors';
import { VerifiedTokenCache } from '../../../src/server/verifiedTokens';

const secret = new TextEncoder().encode('unit-test-secret-of-at-least-32-bytes!!');

/** The real verifier, counting its calls. */
class Counting implements TokenVerifier {
  calls = 0;
  private readonly real = new LocalTokenVerifier(secret);
  verify(token: string): Promise<Principal> {
    this.calls++;
    return this.real.verify(token);
  }
}

function setup(options: { maxRememberMs?: number; maxEntries?: number } = {}) {
  let nowMs = Date.now();
  const inner = new Counting();
  const cache = new VerifiedTokenCache(inner, { clock: { nowMs: () => nowMs }, ...options });
  return { inner, cache, advance: (ms: number) => void (nowMs += ms) };
}

describe('VerifiedTokenCache', () => {
  it('a token verified once is answered from memory with the same principal', async () => {
    const { inner, cache } = setup();
    const token = await mintLocalToken(secret, { tenant: 'acme', roles: ['submitter'], subject: 'u1' });
    const first = await cache.verify(token);
    const again = await cache.verify(token);
    expect(again).toEqual(first);
    expect(first.tenant).toBe('acme');
    expect(inner.calls).toBe(1);
  });

  it('a forged or malformed token is rejected every time and never remembered', async () => {
    const { inner, cache } = setup();
    const token = await mintLocalToken(secret, { tenant: 'acme', roles: ['submitter'] });
    const forged = `${token.slice(0, -4)}AAAA`;
    await expect(cache.verify(forged)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(cache.verify(forged)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(cache.verify('not.a.jwt')).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(inner.calls).toBe(3);
    expect(cache.size).toBe(0);
  });

  it('is remembered at most maxRememberMs, then verified again', async () => {
    const { inner, cache, advance } = setup({ maxRememberMs: 60_000 });
    const token = await mintLocalToken(secret, { tenant: 'acme', roles: ['reader'] });
    await cache.verify(token);
    advance(59_000);
    await cache.verify(token);
    expect(inner.calls).toBe(1);
    advance(2_000);
    await cache.verify(token);
    expect(inner.calls).toBe(2);
  });

  it("never answers from memory past the token's own exp", async () => {
    const { inner, cache, advance } = setup({ maxRememberMs: 3_600_000 });
    const token = await mintLocalToken(secret, { tenant: 'acme', roles: ['reader'], ttlSeconds: 120 });
    await cache.verify(token);
    advance(60_000);
    await cache.verify(token);
    expect(inner.calls).toBe(1);
    advance(61_000); // past exp: the verifier decides again (its own clock tolerance applies there, not here)
    await cache.verify(token).catch(() => undefined);
    expect(inner.calls).toBe(2);
  });

  it('different tokens are different entries, and the table is bounded', async () => {
    const { inner, cache } = setup({ maxEntries: 2 });
    const tokens = await Promise.all(['a', 'b', 'c'].map((t) => mintLocalToken(secret, { tenant: t, roles: ['reader'] })));
    for (const t of tokens) expect((await cache.verify(t)).tenant).toBe(['a', 'b', 'c'][tokens.indexOf(t)]);
    expect(cache.size).toBe(2);
    await cache.verify(tokens[2]!);
    expect(inner.calls).toBe(3);
    await cache.verify(tokens[0]!); // the oldest was dropped
    expect(inner.calls).toBe(4);
  });
});
