// Owns the audit trail's vocabulary: what an audit record says (who, what, when, from where,
// outcome) and the fixed lists of actions and outcomes. Records hold ids and codes only, never PHI.

export const AUDIT_ACTIONS = [
  'JOB_READ',
  'JOB_LIST',
  'REPORT_READ',
  'JOB_HISTORY_READ',
  'JOB_SUBSCRIBE',
  'DEAD_LETTER_LIST',
  'JOB_CANCEL',
  'JOB_RETRY',
  'DEAD_LETTER_REDRIVE',
  'REVIEW',
  'REVIEW_QUEUE_READ',
  'REVIEW_CLAIM',
  'REVIEW_STATS_READ',
  'TRAINING_EXPORT',
  'AUDIT_READ',
  'API_KEY_CREATE',
  'API_KEY_REVOKE',
  'CREDENTIAL_REJECTED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['SUCCESS', 'DENIED', 'NOT_FOUND', 'INVALID', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * The chain that records credentials rejected before any tenant is known. `~` cannot start a tenant
 * id (TENANT_PATTERN), so it never collides with a real tenant's chain.
 */
export const UNAUTHENTICATED_CHAIN = '~unauthenticated';

export interface AuditActor {
  /** Token subject or API key owner; `anonymous` when no credential verified. */
  subject: string;
  /** Which credential: `jwt:<issuer>#<jti>`, `apikey:<id>`, or a fingerprint of a rejected one. */
  credentialId: string;
  roles: string[];
}

/** What a caller asks to record. */
export interface AuditEvent {
  /** The chain the record joins: the tenant, or UNAUTHENTICATED_CHAIN. */
  tenantId: string;
  actor: AuditActor;
  action: AuditAction;
  /** The job, key or other object acted on, when there is one. */
  targetId?: string;
  outcome: AuditOutcome;
  /** The error code of a refused or failed action. */
  errorCode?: string;
  /** The peer address of the connection, and the client-supplied X-Forwarded-For (not trusted, recorded). */
  ip?: string;
  forwardedFor?: string;
  requestId?: string;
  /** Small, PHI-free facts (counts, limits); values are strings or numbers. */
  detail?: Record<string, string | number>;
}

/** A stored record: the event, its place in the tenant's chain and the hashes that link it. */
export interface AuditRecord extends AuditEvent {
  /** 1, 2, 3… per tenant, no gaps. */
  seq: number;
  at: string;
  /** DynamoDB TTL (epoch seconds); never earlier than the previous record's, so expiry removes a prefix. */
  expiresAtSeconds?: number;
  /** `hash` of record seq-1; GENESIS_HASH for seq 1. */
  prevHash: string;
  /** sha256 over every field above (chain.ts). */
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Records written in one conditional batch (DynamoDB allows 100 items per transaction; keep it small). */
export const MAX_AUDIT_BATCH = 25;

export interface AuditFilter {
  action?: AuditAction;
  outcome?: AuditOutcome;
  subject?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}
