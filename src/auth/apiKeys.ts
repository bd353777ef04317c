// Owns API keys for server-to-server partners: created and revoked by a tenant's admins, scoped to
// that tenant and to roles, stored only as a SHA-256 of a 256-bit random secret, shown once at
// creation, verified in constant time, last use recorded (at most once a minute per key).
// Presented as `Authorization: ApiKey ck_<id>.<secret>` or `x-api-key: ck_<id>.<secret>`.
import crypto from 'node:crypto';
import type { ApiKeyRecord, ApiKeyStore } from '../domain/ports';
import type { Clock } from '../domain/clock';
import { ValidationError, NotFoundError, UnauthenticatedError } from '../errors';
import { isRole, type Principal, type Role } from './principal';

const KEY_ID_RANDOM_BYTES = 12;
const SECRET_BYTES = 32;
const KEY_ID = /^ck_[A-Za-z0-9]{16}$/;
const PRESENTED = /^(ck_[A-Za-z0-9]{16})\.([A-Za-z0-9_-]{43})$/;
const MAX_NAME_CHARS = 64;
const MAX_EXPIRY_DAYS = 3_650;
const DAY_MS = 86_400_000;
/** A verified key is trusted this long without a read: revocation takes effect within it. */
export const API_KEY_CACHE_MS = 30_000;
const LAST_USED_RESOLUTION_MS = 60_000;
const MAX_CACHED_KEYS = 10_000;

export const isApiKeyId = (value: string): boolean => KEY_ID.test(value);

const sha256 = (s: string): string => crypto.createHash('sha256').update(s, 'utf8').digest('hex');

function newKeyId(): string {
  // Alphanumeric only, so the id survives copy-paste, logs and URLs.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(KEY_ID_RANDOM_BYTES * 2);
  let id = '';
  for (const b of bytes) {
    if (b < 248) id += alphabet[b % 62];
    if (id.length === 16) break;
  }
  return id.length === 16 ? `ck_${id}` : newKeyId();
}

/** `ApiKey <key>` in Authorization, or the x-api-key header; undefined when neither is an API key. */
export function presentedApiKey(authorization: string | undefined | null, xApiKey: string | undefined | null): string | undefined {
  const m = /^ApiKey\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (m) return m[1];
  return typeof xApiKey === 'string' && xApiKey.length > 0 ? xApiKey.trim() : undefined;
}

export interface CreatedApiKey {
  record: ApiKeyRecord;
  /** The full key, `ck_<id>.<secret>`: returned once, never stored, never retrievable again. */
  key: string;
}

export class ApiKeyService {
  private readonly cache = new Map<string, { record: ApiKeyRecord; checkedAtMs: number }>();
  private readonly lastTouchMs = new Map<string, number>();
  private readonly pendingTouches = new Set<Promise<void>>();

  constructor(private readonly deps: { store: ApiKeyStore; clock: Clock; onTouchError?: (err: unknown) => void }) {}

  async create(admin: Principal, input: { name: string; roles: string[]; expiresInDays?: number }): Promise<CreatedApiKey> {
    const name = input.name?.trim() ?? '';
    if (name.length === 0 || name.length > MAX_NAME_CHARS || !/^[\x20-\x7e]+$/.test(name)) {
      throw new ValidationError(`name must be 1-${MAX_NAME_CHARS} printable ASCII characters`, { field: 'name' });
    }
    const roles = [...new Set(input.roles)];
    if (roles.length === 0 || !roles.every(isRole)) throw new ValidationError('roles must be a non-empty list of submitter, reader, reviewer, admin', { field: 'roles' });
    // A key never carries more than its creator holds.
    if (!admin.roles.has('admin') && !roles.every((r) => admin.roles.has(r as Role))) throw new ValidationError('a key cannot have roles its creator lacks', { field: 'roles' });
    if (input.expiresInDays !== undefined && (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_EXPIRY_DAYS)) {
      throw new ValidationError(`expiresInDays must be between 1 and ${MAX_EXPIRY_DAYS}`, { field: 'expiresInDays' });
    }
    const nowMs = this.deps.clock.nowMs();
    const secret = crypto.randomBytes(SECRET_BYTES).toString('base64url');
    const record: ApiKeyRecord = {
      keyId: newKeyId(),
      tenantId: admin.tenant,
      name,
      roles: roles.sort(),
      secretSha256: sha256(secret),
      createdAt: new Date(nowMs).toISOString(),
      createdBy: admin.subject,
      ...(input.expiresInDays !== undefined ? { expiresAt: new Date(nowMs + input.expiresInDays * DAY_MS).toISOString() } : {}),
    };
    await this.deps.store.create(record);
    return { record, key: `${record.keyId}.${secret}` };
  }

  async revoke(admin: Principal, keyId: string): Promise<ApiKeyRecord> {
    if (!isApiKeyId(keyId)) throw new NotFoundError('No such API key');
    const record = await this.deps.store.revoke(admin.tenant, keyId, new Date(this.deps.clock.nowMs()).toISOString());
    this.cache.delete(keyId);
    return record;
  }

  /** The principal an API key stands for; one UNAUTHENTICATED answer for every kind of bad key. */
  async verify(presented: string): Promise<Principal> {
    const m = PRESENTED.exec(presented);
    if (!m) throw new UnauthenticatedError('Invalid API key');
    const [, keyId, secret] = m;
    const nowMs = this.deps.clock.nowMs();
    let entry = this.cache.get(keyId);
    if (!entry || nowMs - entry.checkedAtMs > API_KEY_CACHE_MS) {
      const record = await this.deps.store.get(keyId);
      if (!record) throw new UnauthenticatedError('Invalid API key');
      entry = { record, checkedAtMs: nowMs };
      this.cache.delete(keyId);
      if (this.cache.size >= MAX_CACHED_KEYS) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(keyId, entry);
    }
    const { record } = entry;
    const expected = Buffer.from(record.secretSha256, 'hex');
    const actual = Buffer.from(sha256(secret), 'hex');
    const valid = expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
    if (!valid || record.revokedAt !== undefined || (record.expiresAt !== undefined && Date.parse(record.expiresAt) <= nowMs)) {
      throw new UnauthenticatedError('Invalid API key');
    }
    this.touch(keyId, nowMs);
    return { subject: `apikey:${keyId}`, tenant: record.tenantId, roles: new Set(record.roles.filter(isRole)), credentialId: `apikey:${keyId}` };
  }

  private touch(keyId: string, nowMs: number): void {
    const last = this.lastTouchMs.get(keyId) ?? 0;
    if (nowMs - last < LAST_USED_RESOLUTION_MS) return;
    this.lastTouchMs.delete(keyId);
    if (this.lastTouchMs.size >= MAX_CACHED_KEYS) this.lastTouchMs.delete(this.lastTouchMs.keys().next().value as string);
    this.lastTouchMs.set(keyId, nowMs);
    const write = this.deps.store.touch(keyId, new Date(nowMs).toISOString()).catch((err) => this.deps.onTouchError?.(err));
    this.pendingTouches.add(write);
    void write.finally(() => this.pendingTouches.delete(write));
  }

  /** Resolves when every last-used write in flight has finished (shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.all([...this.pendingTouches]);
  }
}
