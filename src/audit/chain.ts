// Owns the tamper evidence of the audit trail: how a record is hashed (canonical JSON of every
// field, the previous record's hash included) and how a tenant's chain is verified. A changed,
// removed, inserted or reordered record breaks the chain at that point. Records past their TTL may
// be gone: because expiry never decreases along a chain, a valid chain is always a suffix.
import { createHash } from 'node:crypto';
import { GENESIS_HASH, type AuditRecord } from '../domain/audit';

const HASH_VERSION = 1;

/** The bytes a record's hash covers, in a fixed order; absent fields are null, detail keys sorted. */
function canonical(r: Omit<AuditRecord, 'hash'>): string {
  const detail = r.detail ? Object.keys(r.detail).sort().map((k) => [k, r.detail![k]]) : null;
  return JSON.stringify([
    HASH_VERSION,
    r.tenantId,
    r.seq,
    r.at,
    r.actor.subject,
    r.actor.credentialId,
    [...r.actor.roles].sort(),
    r.action,
    r.targetId ?? null,
    r.outcome,
    r.errorCode ?? null,
    r.ip ?? null,
    r.forwardedFor ?? null,
    r.requestId ?? null,
    detail,
    r.expiresAtSeconds ?? null,
    r.prevHash,
  ]);
}

export function hashRecord(r: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(canonical(r), 'utf8').digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'GAP' | 'OUT_OF_ORDER' | 'WRONG_TENANT' | 'EXPIRY_DECREASES' | 'BAD_GENESIS';
}

export interface ChainVerification {
  /** Records checked. */
  verified: number;
  /** First seq still present; > 1 when older records have expired. */
  firstSeq?: number;
  head?: { seq: number; hash: string };
  firstBreak?: ChainBreak;
}

/**
 * Incremental verifier: feed records in ascending seq order, page by page, so a long chain is walked
 * in constant memory. Records whose TTL has passed are deleted by DynamoDB within days, in any order,
 * so a gap is accepted only right after an expired record; since expiry never decreases along the
 * chain, everything before an expired record is expired too, and what may be missing is a prefix.
 */
export class ChainVerifier {
  private previous?: AuditRecord;
  private result: ChainVerification = { verified: 0 };

  constructor(
    private readonly tenantId: string,
    private readonly nowSeconds: number,
  ) {}

  /** Returns false once a break has been found (stop reading). */
  push(r: AuditRecord): boolean {
    if (this.result.firstBreak) return false;
    const fail = (reason: ChainBreak['reason']): boolean => {
      this.result.firstBreak = { seq: r.seq, reason };
      return false;
    };
    if (r.tenantId !== this.tenantId) return fail('WRONG_TENANT');
    if (hashRecord(r) !== r.hash) return fail('HASH_MISMATCH');
    let prev = this.previous;
    if (prev && r.seq <= prev.seq) return fail('OUT_OF_ORDER');
    if (prev && r.seq !== prev.seq + 1) {
      // Records after an expired one may have been deleted by TTL (in any order): the chain restarts.
      if (!this.isExpired(prev)) return fail('GAP');
      prev = undefined;
      this.result.firstSeq = r.seq;
    }
    if (prev) {
      if (r.prevHash !== prev.hash) return fail('PREVIOUS_HASH_MISMATCH');
      if ((r.expiresAtSeconds ?? Infinity) < (prev.expiresAtSeconds ?? Infinity)) return fail('EXPIRY_DECREASES');
    } else {
      if (r.seq === 1 && r.prevHash !== GENESIS_HASH) return fail('BAD_GENESIS');
      this.result.firstSeq ??= r.seq;
    }
    this.previous = r;
    this.result.verified++;
    this.result.head = { seq: r.seq, hash: r.hash };
    return true;
  }

  private isExpired(r: AuditRecord): boolean {
    return r.expiresAtSeconds !== undefined && r.expiresAtSeconds <= this.nowSeconds;
  }

  done(): ChainVerification {
    return { ...this.result };
  }
}

export function verifyChain(tenantId: string, records: Iterable<AuditRecord>, nowSeconds: number): ChainVerification {
  const v = new ChainVerifier(tenantId, nowSeconds);
  for (const r of records) if (!v.push(r)) break;
  return v.done();
}
