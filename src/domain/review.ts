// Owns the review loop's vocabulary and rules: what a reviewer may decide about a report, the review
// lease that keeps two reviewers off one job (claim, expiry), the record each review leaves for
// accuracy monitoring, and the ReviewStore port that keeps report versions 2, 3, … Pure: no AWS types.
import { ConflictError } from '../errors';
import type { Job, NoteType } from './job';
import type { ReportVersion } from './report';

/** Statuses whose report a reviewer may review: flagged ones, and finished ones (audit sampling, second reviews). */
export const REVIEWABLE_STATUSES = ['NEEDS_REVIEW', 'COMPLETED', 'REVIEWED'] as const;

/** A reviewer's evidence quote, in REDACTED-text offsets (the only text a reviewer is shown). */
export interface ReviewEvidence {
  start: number;
  end: number;
  /** Must equal redactedText.slice(start, end). */
  text: string;
}

export type CodeDecision =
  | { kind: 'ACCEPT'; code: string }
  | { kind: 'REJECT'; code: string; reason: string }
  /** Replaces the machine's `code` by `to`, on the reviewer's evidence or, when none is given, the machine's. */
  | { kind: 'CHANGE'; code: string; to: string; evidence?: ReviewEvidence[] }
  | { kind: 'ADD'; code: string; evidence: ReviewEvidence[] };

export interface SummaryCorrection {
  /** Section title as in the report; a title not in the report adds a section. */
  title: string;
  text: string;
}

export interface ReviewInput {
  decisions: CodeDecision[];
  /** Final codes in reporting order, principal/first-listed first; absent = the machine's order, added codes last. */
  sequence?: string[];
  summaryCorrections?: SummaryCorrection[];
  comment?: string;
}

/** What a review leaves for monitoring: codes as sets, times, who; no note text. */
export interface ReviewRecord {
  reviewer: string;
  claimedAt?: string;
  submittedAt: string;
  /** When the machine's report was made (version 1): time to review is counted from it. */
  machineReportAt: string;
  noteType: NoteType;
  /** The coder model that proposed the machine's codes (report.models.CODING), e.g. a Bedrock model id. */
  coderModel: string;
  /** Normalised codes (no dot, upper case). */
  machineCodes: string[];
  reviewedCodes: string[];
  decisions: CodeDecision[];
  summaryCorrected: boolean;
  comment?: string;
}

export interface ReviewedReportVersion extends ReportVersion {
  review: ReviewRecord;
}

export interface ReviewLease {
  tenantId: string;
  jobId: string;
  /** Token subject of the reviewer holding it. */
  owner: string;
  claimedAt: string;
  expiresAt: string;
}

/** The lease `owner` gets at `nowMs`, or ConflictError while someone else's is live. */
export function applyReviewClaim(current: ReviewLease | undefined, request: { tenantId: string; jobId: string; owner: string; durationMs: number }, nowMs: number): ReviewLease {
  if (current && current.owner !== request.owner && Date.parse(current.expiresAt) > nowMs) {
    throw new ConflictError('Another reviewer holds this job', { jobId: request.jobId, retryAfterMs: Date.parse(current.expiresAt) - nowMs });
  }
  const claimedAt = current && current.owner === request.owner && Date.parse(current.expiresAt) > nowMs ? current.claimedAt : new Date(nowMs).toISOString();
  return { tenantId: request.tenantId, jobId: request.jobId, owner: request.owner, claimedAt, expiresAt: new Date(nowMs + request.durationMs).toISOString() };
}

/** A submission needs the submitter's own live lease: an expired one may already be another reviewer's. */
export function assertLeaseHeld(current: ReviewLease | undefined, owner: string, nowMs: number): ReviewLease {
  if (!current || current.owner !== owner) throw new ConflictError('Claim the job (claimReview) before submitting a review');
  if (Date.parse(current.expiresAt) <= nowMs) throw new ConflictError('The review lease expired; claim the job again', { expiresAt: current.expiresAt });
  return current;
}

export interface ReviewSubmissionWrite {
  /** The job as it is to be stored (REVIEWED), from lifecycle.applyTransition. */
  job: Job;
  expectedJobVersion: number;
  /** The reviewer whose lease the submission ends. */
  leaseOwner: string;
}

export type ReviewConflictReason = 'VERSION_TAKEN' | 'JOB_CHANGED' | 'LEASE_LOST';

export interface ReviewStore {
  getLease(tenantId: string, jobId: string): Promise<ReviewLease | undefined>;
  /**
   * Stores `lease` conditional on the lease the caller read (`expected`; undefined = none stored), so of two
   * reviewers claiming at once only one wins; ConflictError for the other.
   */
  putLease(lease: ReviewLease, expected: ReviewLease | undefined): Promise<void>;
  /** Removes `owner`'s lease (after a submission); no-op when it is someone else's or gone. */
  releaseLease(tenantId: string, jobId: string, owner: string): Promise<void>;
  /** Adds version n ≥ 2; ConflictError when that version exists (two submissions raced). */
  addVersion(version: ReviewedReportVersion): Promise<void>;
  /**
   * A submitted review in one transaction: stores version n ≥ 2, writes `submission.job` (the job after
   * lifecycle.applyTransition to REVIEWED) conditional on `expectedJobVersion`, and removes the reviewer's
   * lease conditional on its owner, so a stored version never sits beside a job that does not say REVIEWED.
   * All or nothing: ConflictError with details.reason VERSION_TAKEN (a racing submission), JOB_CHANGED (re-read
   * and try again) or LEASE_LOST (another reviewer holds the job now).
   */
  addReviewedVersion(version: ReviewedReportVersion, submission: ReviewSubmissionWrite): Promise<void>;
  /** The job's reviewed versions, oldest first (version 1, the machine's, is the VALIDATING output). */
  versions(tenantId: string, jobId: string): Promise<ReviewedReportVersion[]>;
  /** The tenant's reviews submitted in [fromIso, toIso), for accuracy monitoring. */
  reviewsBetween(tenantId: string, fromIso: string, toIso: string): Promise<ReviewedReportVersion[]>;
}
