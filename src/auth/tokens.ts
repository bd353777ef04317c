// Owns bearer-token verification (jose): a local HS256 secret in the embedded mode, an OIDC
// issuer's JWKS (e.g. Cognito) in production, and minting of local tokens for `chartcoder token`.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { SignJWT, jwtVerify, createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError, ValidationError } from '../errors';
import { TENANT_PATTERN, isRole, type Principal, type Role } from './principal';

export const LOCAL_ISSUER = 'chartcoder-local';
export const LOCAL_AUDIENCE = 'chartcoder';
export const LOCAL_SECRET_FILE = 'jwt-secret';
const DEFAULT_TOKEN_TTL_SECONDS = 12 * 3600;
const CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

export interface ClaimMapping {
  /** Claim holding the tenant id (Cognito: "custom:tenant"). */
  tenantClaim: string;
  /** Claim holding the roles, as an array or a space/comma separated string (Cognito: "cognito:groups"). */
  rolesClaim: string;
}

export const DEFAULT_CLAIMS: ClaimMapping = { tenantClaim: 'tenant', rolesClaim: 'roles' };

/** Reads (or creates, mode 0600) the embedded mode's HS256 signing secret under the data directory. */
export function loadOrCreateLocalSecret(dataDir: string): Uint8Array {
  return loadOrCreateSecretFile(path.join(dataDir, LOCAL_SECRET_FILE));
}

/** Same, for an explicit file (JWT_SECRET_FILE). */
export function loadOrCreateSecretFile(file: string): Uint8Array {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const secret = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64url');
  if (secret.length < 32) throw new UnauthenticatedError(`${file} holds a secret shorter than 256 bits`);
  return new Uint8Array(secret);
}

export function principalFromClaims(payload: JWTPayload, claims: ClaimMapping): Principal {
  const tenant = payload[claims.tenantClaim];
  if (typeof tenant !== 'string' || !TENANT_PATTERN.test(tenant)) throw new UnauthenticatedError('Token carries no valid tenant');
  const raw = payload[claims.rolesClaim];
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const roles = new Set<Role>(list.filter((r): r is Role => typeof r === 'string' && isRole(r)));
  return { subject: typeof payload.sub === 'string' ? payload.sub : 'unknown', tenant, roles };
}

/**
 * Names a token for the audit trail without storing it: its `jti` when the issuer sets one, else a
 * truncated SHA-256 of the token (enough to tell tokens apart, useless to replay).
 */
export function jwtCredentialId(token: string, payload: JWTPayload): string {
  if (typeof payload.jti === 'string' && /^[\x21-\x7e]{1,128}$/.test(payload.jti)) return `jwt:${payload.jti}`;
  return `jwt:sha256:${credentialFingerprint(token)}`;
}

/** A stable, non-reversible handle for a presented credential (also a rejected one). */
export function credentialFingerprint(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 16);
}

async function verifyWith(token: string, key: Uint8Array | JWTVerifyGetKey, issuer: string, audience: string | undefined, claims: ClaimMapping): Promise<Principal> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 8192) throw new UnauthenticatedError();
  try {
    const { payload } = await jwtVerify(token, key as Uint8Array, {
      issuer,
      audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
    });
    return { ...principalFromClaims(payload, claims), credentialId: jwtCredentialId(token, payload) };
  } catch (err) {
    if (err instanceof UnauthenticatedError) throw err;
    // One message for forged, expired and malformed tokens: no oracle for an attacker.
    throw new UnauthenticatedError('Invalid or expired token');
  }
}

export class LocalTokenVerifier implements TokenVerifier {
  constructor(private readonly secret: Uint8Array) {}
  verify(token: string): Promise<Principal> {
    return verifyWith(token, this.secret, LOCAL_ISSUER, LOCAL_AUDIENCE, DEFAULT_CLAIMS);
  }
}

export class OidcTokenVerifier implements TokenVerifier {
  private readonly jwks: JWTVerifyGetKey;
  constructor(
    private readonly options: { issuer: string; jwksUrl: string; audience?: string; claims?: ClaimMapping },
  ) {
    this.jwks = createRemoteJWKSet(new URL(options.jwksUrl));
  }
  verify(token: string): Promise<Principal> {
    return verifyWith(token, this.jwks, this.options.issuer, this.options.audience, this.options.claims ?? DEFAULT_CLAIMS);
  }
}

export interface MintOptions {
  tenant: string;
  roles: string[];
  subject?: string;
  ttlSeconds?: number;
}

/** Mints a local HS256 token (embedded mode only). */
export async function mintLocalToken(secret: Uint8Array, options: MintOptions): Promise<string> {
  if (!TENANT_PATTERN.test(options.tenant)) throw new ValidationError('tenant must be 1-64 characters of letters, digits, "_", "." or "-"');
  const bad = options.roles.filter((r) => !isRole(r));
  if (bad.length || options.roles.length === 0) throw new ValidationError(`roles must be a non-empty list of submitter, reader, reviewer, admin`);
  return new SignJWT({ tenant: options.tenant, roles: options.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject ?? `local:${options.tenant}`)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS}s`)
    .sign(secret);
}

/** "Bearer <token>" → token; anything else → UnauthenticatedError. */
export function bearerToken(header: string | undefined | null): string {
  const m = /^Bearer\s+([A-Za-z0-9\-_.~+/]+=*)$/i.exec(header?.trim() ?? '');
  if (!m) throw new UnauthenticatedError();
  return m[1];
}
