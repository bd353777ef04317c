// Owns the audit trail query (admins of a tenant read their own tenant's records). There is
// deliberately no mutation: no API alters or deletes an audit record.
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { AuditEvent, AuditEventConnection, AuditEventFilter } from '../schema/audit';
import { principalOf, type GraphqlContext } from './context';
import { requireRole } from '../src/services/jobService';
import { UpstreamUnavailableError, ValidationError } from '../src/errors';
import type { AuditFilter, AuditRecord } from '../src/domain/audit';

const MAX_FILTER_CHARS = 256;

function time(value: string | undefined | null, field: string): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) throw new ValidationError(`${field} must be an ISO 8601 time`, { field });
  return d;
}

function text(value: string | undefined | null, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value.length === 0 || value.length > MAX_FILTER_CHARS) throw new ValidationError(`${field} must be 1-${MAX_FILTER_CHARS} characters`, { field });
  return value;
}

function toAuditEvent(r: AuditRecord): AuditEvent {
  return Object.assign(new AuditEvent(), {
    seq: r.seq,
    at: r.at,
    action: r.action,
    outcome: r.outcome,
    errorCode: r.errorCode,
    subject: r.actor.subject,
    credentialId: r.actor.credentialId,
    roles: r.actor.roles,
    targetId: r.targetId,
    ip: r.ip,
    forwardedFor: r.forwardedFor,
    requestId: r.requestId,
    detail: Object.entries(r.detail ?? {}).map(([key, value]) => ({ key, value: String(value) })),
    prevHash: r.prevHash,
    hash: r.hash,
  });
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "The caller's tenant's audit trail, newest first (admin role)" })
  async auditEvents(
    @Ctx() ctx: GraphqlContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditEventConnection> {
    const principal = principalOf(ctx);
    requireRole(principal, ['admin']);
    const trail = ctx.services.audit;
    if (!trail) throw new UpstreamUnavailableError('The audit trail is not configured');
    const domainFilter: AuditFilter = {
      action: filter?.action ?? undefined,
      outcome: filter?.outcome ?? undefined,
      subject: text(filter?.subject, 'subject'),
      targetId: text(filter?.targetId, 'targetId'),
      from: time(filter?.from, 'from'),
      to: time(filter?.to, 'to'),
    };
    const page = await trail.list(principal.tenant, domainFilter, { first: first ?? undefined, after: after ?? undefined });
    return {
      edges: page.items.map((i) => ({ cursor: i.cursor, node: toAuditEvent(i.record) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }
}
