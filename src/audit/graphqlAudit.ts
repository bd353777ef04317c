// Owns which GraphQL operations leave an audit record and what the record says: a type-graphql
// middleware on the root Query and Mutation fields, driven by one table, so a resolver cannot forget
// to audit and the list of audited operations reads in one place. The record is written before the
// answer leaves (fail closed: an access that cannot be recorded is refused). Arguments are client
// input: only ids of the expected shape are recorded, anything else as `invalid`, so PHI typed into
// an argument never reaches the trail.
import type { MiddlewareFn } from 'type-graphql';
import type { GraphqlContext } from '../../resolvers/context';
import type { AuditAction, AuditEvent, AuditOutcome } from '../domain/audit';
import { isJobId } from '../domain/ids';
import { ChartcoderError, UpstreamUnavailableError } from '../errors';

type Args = Record<string, unknown>;

export interface AuditedOperation {
  action: AuditAction;
  /** The object acted on, taken from the arguments (or, for a creation, from the result). */
  target?: (args: Args) => unknown;
  resultTarget?: (result: unknown) => unknown;
  /** PHI-free facts about the result (counts). */
  detail?: (result: unknown, args: Args) => Record<string, string | number> | undefined;
}

const jobIdArg = (name: string) => (args: Args) => args[name];
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Root field → what is recorded. Reads of PHI-derived data and every privileged action. */
export const AUDITED_OPERATIONS: Readonly<Record<string, AuditedOperation>> = {
  job: { action: 'JOB_READ', target: jobIdArg('id') },
  jobs: { action: 'JOB_LIST', detail: (r) => ({ returned: ((r as { edges?: unknown[] } | null)?.edges ?? []).length }) },
  report: { action: 'REPORT_READ', target: jobIdArg('jobId') },
  reportHistory: { action: 'REPORT_READ', target: jobIdArg('jobId') },
  jobEvents: { action: 'JOB_HISTORY_READ', target: jobIdArg('jobId') },
  deadLetters: { action: 'DEAD_LETTER_LIST', detail: (r) => ({ returned: ((r as { edges?: unknown[] } | null)?.edges ?? []).length }) },
  cancelJob: { action: 'JOB_CANCEL', target: jobIdArg('id') },
  retryJob: { action: 'JOB_RETRY', target: jobIdArg('id') },
  redriveDeadLetters: {
    action: 'DEAD_LETTER_REDRIVE',
    detail: (r) => {
      const x = (r ?? {}) as Record<string, unknown>;
      return { requeued: count(x.requeued), resent: count(x.resent), dropped: count(x.dropped), failed: count(x.failed) };
    },
  },
  auditEvents: { action: 'AUDIT_READ', detail: (r) => ({ returned: ((r as { edges?: unknown[] } | null)?.edges ?? []).length }) },
  reviewQueue: { action: 'REVIEW_QUEUE_READ', detail: (r) => ({ returned: ((r as { edges?: unknown[] } | null)?.edges ?? []).length }) },
  claimReview: { action: 'REVIEW_CLAIM', target: jobIdArg('jobId') },
  exportTrainingData: {
    action: 'TRAINING_EXPORT',
    detail: (r) => {
      const x = (r ?? {}) as { records?: unknown; refusedPhi?: unknown };
      return { records: count(x.records), refusedPhi: count(x.refusedPhi) };
    },
  },
  reviewStats: { action: 'REVIEW_STATS_READ', detail: (r) => ({ rows: Array.isArray(r) ? r.length : 0 }) },
  submitReview: {
    action: 'REVIEW',
    target: jobIdArg('jobId'),
    detail: (r) => ({ version: count((r as { version?: { version?: unknown } } | null)?.version?.version) }),
  },
  createApiKey: { action: 'API_KEY_CREATE', resultTarget: (r) => (r as { keyId?: unknown } | null)?.keyId },
  revokeApiKey: { action: 'API_KEY_REVOKE', target: (a) => a.keyId },
};

/**
 * Root fields that deliberately leave no record: submissions (the job they create is audited when
 * read) and code-set lookups (public reference data, no PHI). A test fails when a new root field is
 * in neither list, so every new operation gets a decision.
 */
export const UNAUDITED_OPERATIONS: ReadonlySet<string> = new Set(['submitNote', 'submitNotes', 'icd10Code', 'searchIcd10']);

/** Subscriptions are audited when they open (src/audit/streams.ts), not per event. */
export const AUDITED_SUBSCRIPTIONS: Readonly<Record<string, AuditAction>> = { jobStatus: 'JOB_SUBSCRIBE', jobUpdates: 'JOB_SUBSCRIBE' };

/** Ids we generate are ULIDs (jobs) or `ck_…` (API keys); anything else is recorded as `invalid`. */
export function safeTarget(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (isJobId(value) || /^ck_[A-Za-z0-9]{8,40}$/.test(value))) return value;
  return 'invalid';
}

export function outcomeOf(err: unknown): { outcome: AuditOutcome; errorCode: string } {
  const code = err instanceof ChartcoderError ? err.code : 'INTERNAL';
  const outcome: AuditOutcome =
    code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'DENIED' : code === 'NOT_FOUND' ? 'NOT_FOUND' : code === 'BAD_USER_INPUT' ? 'INVALID' : 'FAILED';
  return { outcome, errorCode: code };
}

export const auditMiddleware: MiddlewareFn<GraphqlContext> = async ({ args, context, info }, next) => {
  const op = info.path.prev === undefined && info.parentType.name !== 'Subscription' ? AUDITED_OPERATIONS[info.fieldName] : undefined;
  const trail = context.services.audit;
  const principal = context.principal;
  if (!op || !trail || !principal) return next();

  const base: Omit<AuditEvent, 'outcome'> = {
    tenantId: principal.tenant,
    actor: { subject: principal.subject, credentialId: principal.credentialId ?? 'unknown', roles: [...principal.roles] },
    action: op.action,
    requestId: context.requestId,
    ...(context.origin?.ip ? { ip: context.origin.ip } : {}),
    ...(context.origin?.forwardedFor ? { forwardedFor: context.origin.forwardedFor } : {}),
  };
  const targetId = op.target ? safeTarget(op.target(args)) : undefined;
  if (targetId !== undefined) base.targetId = targetId;

  let result: unknown;
  try {
    result = await next();
  } catch (err) {
    // Refused and failed attempts are recorded too (a probe of another tenant's ids shows up as NOT_FOUND).
    const failed: AuditEvent = { ...base, ...outcomeOf(err) };
    await trail.record(failed).catch(() => trail.reportUnrecorded(failed));
    throw err;
  }
  const detail = op.detail?.(result, args);
  const created = op.resultTarget ? safeTarget(op.resultTarget(result)) : undefined;
  const event: AuditEvent = { ...base, outcome: 'SUCCESS', ...(created !== undefined ? { targetId: created } : {}), ...(detail ? { detail } : {}) };
  try {
    await trail.record(event);
  } catch {
    // A read is not served unrecorded. A mutation has already taken effect: failing the answer would
    // only make the client repeat it, so the loss is reported to operators (log and metric) instead.
    if (info.parentType.name === 'Query') {
      throw new UpstreamUnavailableError('The access could not be recorded in the audit trail; try again', { reason: 'AUDIT_UNAVAILABLE' });
    }
    trail.reportUnrecorded(event);
  }
  return result;
};
