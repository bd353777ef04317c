// Owns how long stored data lives: days per tenant for jobs and reports (RETENTION_DAYS, overridden
// per tenant by TENANT_RETENTION_DAYS), and for audit records, which HIPAA wants kept at least six
// years (45 CFR 164.316(b)(2)) however short a tenant keeps its reports. DynamoDB TTL enforces it.

export interface RetentionPolicy {
  /** Jobs, stage outputs and reports of a tenant without its own setting. */
  defaultDays: number;
  byTenant: Readonly<Record<string, number>>;
  /** Audit records: never less than this, nor less than the tenant's own retention. */
  auditDays: number;
}

const SECONDS_PER_DAY = 86_400;

export function jobRetentionDays(policy: RetentionPolicy, tenantId: string): number {
  return policy.byTenant[tenantId] ?? policy.defaultDays;
}

export function auditRetentionDays(policy: RetentionPolicy, tenantId: string): number {
  return Math.max(policy.auditDays, jobRetentionDays(policy, tenantId));
}

/** DynamoDB TTL value: epoch seconds `days` after `fromMs`. */
export function expiresAtSeconds(fromMs: number, days: number): number {
  return Math.floor(fromMs / 1000) + days * SECONDS_PER_DAY;
}
