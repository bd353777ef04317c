// Owns the per-request GraphQL context: the verified principal, a request id, and the services.
import type { Principal } from '../src/auth';
import type { JobService } from '../src/services/jobService';
import type { CodeSet } from '../src/engine/icd10';
import type { EventBus, JobStore } from '../src/domain/ports';
import { UnauthenticatedError } from '../src/errors';
import type { AuditTrail } from '../src/audit/trail';
import type { ApiKeyService } from '../src/auth/apiKeys';
import type { ReportService } from '../src/services/report';
import type { ReviewService } from '../src/services/reviewService';
import type { TrainingExportService } from '../src/services/reviewTrainingService';

export interface AppServices {
  jobs: JobService;
  store: JobStore;
  events: EventBus;
  codeSet: CodeSet;
  /** Operator actions. */
  admin: { redriveDeadLetters(maxMessages?: number): Promise<{ requeued: number; resent: number; dropped: number; failed: number }> };
  /** Records every read of a job or report and every privileged action (src/audit/graphqlAudit.ts). */
  audit?: AuditTrail;
  /** Partner API keys (createApiKey / revokeApiKey). */
  apiKeys?: ApiKeyService;
  /** Report versions (machine and reviews); absent = the machine's report only. */
  reports?: ReportService;
  /** The review loop (reviewQueue, claimReview, submitReview); absent = not configured. */
  review?: ReviewService;
  /** The fine-tuning dataset export to S3 (exportTrainingData, admins); absent = not configured. */
  training?: TrainingExportService;
  /** Counts open subscriptions (metrics). */
  onSubscription?: (delta: 1 | -1) => void;
}

export interface GraphqlContext {
  principal?: Principal;
  requestId: string;
  services: AppServices;
  /** Where the call came from, for the audit trail. */
  origin?: RequestOrigin;
}

export interface RequestOrigin {
  /** The connection's peer address. */
  ip?: string;
  /** The client-supplied X-Forwarded-For, recorded as given (a load balancer appends the real client). */
  forwardedFor?: string;
}

export function principalOf(ctx: GraphqlContext): Principal {
  if (!ctx.principal) throw new UnauthenticatedError();
  return ctx.principal;
}
