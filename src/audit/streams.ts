// Owns the audit record of a subscription: written once when the stream opens (a snapshot of the
// job is PHI-derived data leaving the service), with the outcome of opening it, so a subscription
// to another tenant's job is recorded as NOT_FOUND like a query. Fail closed: a stream whose opening
// cannot be recorded is closed and refused.
import type { Principal } from '../auth/principal';
import type { AuditAction, AuditEvent } from '../domain/audit';
import { UpstreamUnavailableError } from '../errors';
import { outcomeOf, safeTarget } from './graphqlAudit';
import type { AuditTrail } from './trail';

export interface StreamAuditDeps {
  principal?: Principal;
  requestId?: string;
  origin?: { ip?: string; forwardedFor?: string };
  services: { audit?: AuditTrail };
}

export async function auditedStream<T extends AsyncIterator<unknown>>(
  deps: StreamAuditDeps,
  action: AuditAction,
  target: string | undefined,
  open: () => Promise<T>,
): Promise<T> {
  const trail = deps.services.audit;
  const principal = deps.principal;
  if (!trail || !principal) return open();
  const targetId = safeTarget(target);
  const base: Omit<AuditEvent, 'outcome'> = {
    tenantId: principal.tenant,
    actor: { subject: principal.subject, credentialId: principal.credentialId ?? 'unknown', roles: [...principal.roles] },
    action,
    ...(targetId !== undefined ? { targetId } : {}),
    ...(deps.requestId ? { requestId: deps.requestId } : {}),
    ...(deps.origin?.ip ? { ip: deps.origin.ip } : {}),
    ...(deps.origin?.forwardedFor ? { forwardedFor: deps.origin.forwardedFor } : {}),
  };
  let stream: T;
  try {
    stream = await open();
  } catch (err) {
    const failed: AuditEvent = { ...base, ...outcomeOf(err) };
    await trail.record(failed).catch(() => trail.reportUnrecorded(failed));
    throw err;
  }
  try {
    await trail.record({ ...base, outcome: 'SUCCESS' });
  } catch {
    await stream.return?.();
    throw new UpstreamUnavailableError('The access could not be recorded in the audit trail; try again', { reason: 'AUDIT_UNAVAILABLE' });
  }
  return stream;
}
