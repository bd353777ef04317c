// Owns the GraphQL types of the audit trail: records (read-only: no mutation alters or deletes one),
// their connection and the filter of `auditEvents`.
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditOutcome } from '../src/domain/audit';
import { PageInfo } from './types';

export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as { [K in AuditAction]: K };
export const AuditOutcomeEnum = Object.fromEntries(AUDIT_OUTCOMES.map((o) => [o, o])) as { [K in AuditOutcome]: K };
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'What an audited call did' });
registerEnumType(AuditOutcomeEnum, { name: 'AuditOutcome', description: 'How an audited call ended' });

@ObjectType({ description: 'A PHI-free fact about an audited call (a count, a key id)' })
export class AuditDetail {
  @Field(() => String) key!: string;
  @Field(() => String) value!: string;
}

@ObjectType({ description: "One record of the tenant's append-only, hash-chained audit trail" })
export class AuditEvent {
  @Field(() => Int, { description: '1, 2, 3… per tenant, no gaps' }) seq!: number;
  @Field(() => String, { description: 'ISO 8601' }) at!: string;
  @Field(() => AuditActionEnum) action!: AuditAction;
  @Field(() => AuditOutcomeEnum) outcome!: AuditOutcome;
  @Field(() => String, { nullable: true, description: 'The error code of a refused or failed call' }) errorCode?: string;
  @Field(() => String, { description: 'Token subject or API key owner' }) subject!: string;
  @Field(() => String, { description: 'Which credential: jwt:<jti or fingerprint> or apikey:<id>' }) credentialId!: string;
  @Field(() => [String]) roles!: string[];
  @Field(() => String, { nullable: true, description: 'The job or key acted on; "invalid" when the argument was not an id' }) targetId?: string;
  @Field(() => String, { nullable: true, description: "The connection's peer address" }) ip?: string;
  @Field(() => String, { nullable: true, description: 'X-Forwarded-For as the client sent it' }) forwardedFor?: string;
  @Field(() => String, { nullable: true }) requestId?: string;
  @Field(() => [AuditDetail]) detail!: AuditDetail[];
  @Field(() => String, { description: 'SHA-256 of the previous record (zeros for the first)' }) prevHash!: string;
  @Field(() => String, { description: 'SHA-256 over this record and prevHash' }) hash!: string;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEvent) node!: AuditEvent;
}

@ObjectType({ description: 'Audit records, newest first' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class AuditEventFilter {
  @Field(() => AuditActionEnum, { nullable: true }) action?: AuditAction;
  @Field(() => AuditOutcomeEnum, { nullable: true }) outcome?: AuditOutcome;
  @Field(() => String, { nullable: true }) subject?: string;
  @Field(() => String, { nullable: true, description: 'A job or key id' }) targetId?: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601, inclusive' }) from?: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601, inclusive' }) to?: string;
}
