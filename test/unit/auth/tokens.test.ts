import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { LocalTokenVerifier, bearerToken, hasAnyRole, loadOrCreateLocalSecret, mintLocalToken } from '../../../src/auth';
import { UnauthenticatedError, ValidationError } from '../../../src/errors';

describe('local tokens', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-auth-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the secret once with owner-only permissions and reuses it', () => {
    const a = loadOrCreateLocalSecret(dir);
    const b = loadOrCreateLocalSecret(dir);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(fs.statSync(path.join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('mints and verifies a token carrying tenant and roles', async () => {
    const secret = loadOrCreateLocalSecret(dir);
    const token = await mintLocalToken(secret, { tenant: 'demo', roles: ['submitter', 'reader'] });
    const p = await new LocalTokenVerifier(secret).verify(token);
    expect(p.tenant).toBe('demo');
    expect([...p.roles].sort()).toEqual(['reader', 'submitter']);
    expect(hasAnyRole(p, ['reader'])).toBe(true);
    expect(hasAnyRole(p, ['admin'])).toBe(false);
  });

  it('rejects forged, expired and malformed tokens as UNAUTHENTICATED', async () => {
    const secret = loadOrCreateLocalSecret(dir);
    const verifier = new LocalTokenVerifier(secret);
    const forged = await mintLocalToken(new Uint8Array(32).fill(7), { tenant: 'demo', roles: ['admin'] });
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(UnauthenticatedError);
    const expired = await new SignJWT({ tenant: 'demo', roles: ['reader'] })
      .setProtectedHeader({ alg: 'HS256' }).setIssuer('chartcoder-local').setAudience('chartcoder')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign(secret);
    await expect(verifier.verify(expired)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const noTenant = await new SignJWT({ roles: ['reader'] })
      .setProtectedHeader({ alg: 'HS256' }).setIssuer('chartcoder-local').setAudience('chartcoder')
      .setExpirationTime('1h').sign(secret);
    await expect(verifier.verify(noTenant)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.verify('not.a.token')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses to mint for bad tenants or roles', async () => {
    const secret = loadOrCreateLocalSecret(dir);
    await expect(mintLocalToken(secret, { tenant: 'a b', roles: ['reader'] })).rejects.toBeInstanceOf(ValidationError);
    await expect(mintLocalToken(secret, { tenant: 'demo', roles: ['root'] })).rejects.toBeInstanceOf(ValidationError);
  });

  it('parses bearer headers strictly', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(() => bearerToken(undefined)).toThrow(UnauthenticatedError);
    expect(() => bearerToken('Basic abc')).toThrow(UnauthenticatedError);
  });
});
