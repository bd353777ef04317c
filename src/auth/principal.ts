// Owns who a caller is: tenant and roles, taken only from a verified token, never from arguments.
export const ROLES = ['submitter', 'reader', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Token subject (user or client id); logged, never PHI. */
  subject: string;
  tenant: string;
  roles: ReadonlySet<Role>;
  /** Which credential authenticated the call (audit): `jwt:<jti or fingerprint>` or `apikey:<id>`. Never the secret. */
  credentialId?: string;
}

/** Tenants become part of DynamoDB keys: keep them to a safe, bounded alphabet. */
export const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(principal: Principal, wanted: readonly Role[]): boolean {
  // admin can do everything a narrower role can.
  return principal.roles.has('admin') || wanted.some((r) => principal.roles.has(r));
}
