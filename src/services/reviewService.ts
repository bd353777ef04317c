// Owns the review workflow: the queue of reports needing a person (oldest first), the review lease
// (claimReview), and submitReview — decisions on the machine's codes checked by the engine's own validator,
// the reviewed report built by the one report builder (domain/report.ts) as a new version, the job moved to
// REVIEWED through the lifecycle, a jobStatus event published, and a record left for accuracy monitoring.
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { Principal } from '../auth';
import { eventFromJob } from '../domain/events';
import { applyTransition } from '../domain/lifecycle';
import { isJobId } from '../domain/ids';
import type { Job, NoteType } from '../domain/job';
import type { EventBus, JobFilter, JobStore } from '../domain/ports';
import { LIMITS } from '../domain/constants';
import type { Clock } from '../domain/clock';
import { systemClock } from '../domain/clock';
import { buildReport, normalizeCode, MACHINE_REPORT_VERSION } from '../domain/report';
import { OffsetMap } from '../engine/phi/offsetMap';
import { reviewStats, REVIEW_STATS_GROUPS, type ReviewStatsGroupBy, type ReviewStatsRow } from '../domain/reviewStats';
import {
  applyReviewClaim,
  assertLeaseHeld,
  REVIEWABLE_STATUSES,
  type CodeDecision,
  type ReviewedReportVersion,
  type ReviewEvidence,
  type ReviewInput,
  type ReviewLease,
  type ReviewRecord,
  type ReviewStore,
} from '../domain/review';
import type { CodingOutput, JobReport, RedactionOutput, SummaryOutput } from '../domain/stageOutputs';
import type { ProposedCode, ValidationResult } from '../engine/validate';
import { summarySectionKindOf, type Summary } from '../engine/summarize';
import { isStoredReport } from './report';
import { requireRole, type JobService } from './jobService';

/** What the review path needs from the clinical engine: its validator and its PHI detector (engineReview.ts). */
export interface ReviewEngine {
  readonly codeSetVersion: string;
  /** The engine's validator over the job's stored analysis, as for machine codes. */
  validate(redaction: RedactionOutput, proposals: ProposedCode[], noteType: NoteType): ValidationResult;
  /** True when the redactor finds PHI in free text a reviewer typed (summary corrections, comment). */
  containsPhi(text: string): boolean;
}

export interface ReviewServiceOptions {
  /** How long a claim keeps other reviewers off a job (config REVIEW_LEASE_SECONDS). */
  leaseSeconds: number;
  /** At most this many NEEDS_REVIEW jobs are read per queue request (filters on the report may skip many). */
  queueScanLimit?: number;
}

export interface ReviewQueueFilter {
  /** Substring of a review reason, case-insensitive (e.g. LOW_CONFIDENCE, EXCLUDES1). */
  reason?: string | null;
  noteType?: NoteType | null;
  /** A code of the machine's report (dotted or not). */
  code?: string | null;
}

export interface ReviewQueueItem {
  job: Job;
  reviewReasons: string[];
  codes: string[];
  lease?: ReviewLease;
}

export interface ReviewQueuePage {
  items: Array<{ cursor: string; item: ReviewQueueItem }>;
  hasNextPage: boolean;
  endCursor?: string;
}

export interface SubmittedReview {
  job: Job;
  version: ReviewedReportVersion;
}

/** What each submitted review tells the monitoring (metrics): never note text. */
export type ReviewListener = (tenantId: string, record: ReviewRecord) => void;

const DEFAULT_QUEUE_SCAN_LIMIT = 2000;
const MAX_COMMENT_CHARS = 4000;
const MAX_REASON_CHARS = 500;
const MAX_DECISIONS = 200;
/** Conditional writes of the REVIEWED status tried before giving up (each after re-reading the job). */
const MARK_REVIEWED_ATTEMPTS = 3;
/** A reviewer's own code: no model guessed it. */
const REVIEWER_CONFIDENCE = 1;

export class ReviewService {
  private readonly clock: Clock;

  constructor(
    private readonly deps: {
      jobs: JobService;
      store: JobStore;
      reviews: ReviewStore;
      events: EventBus;
      engine: () => ReviewEngine;
      options: ReviewServiceOptions;
      clock?: Clock;
      onReviewed?: ReviewListener;
    },
  ) {
    this.clock = deps.clock ?? systemClock;
  }

  /**
   * Jobs whose report needs a person, oldest first, filtered by reason, note type or code. Pages by key: the
   * store lists the tenant's NEEDS_REVIEW jobs oldest first from the cursor on, a store page at a time, until
   * the page is full, so a request reads about one page of jobs however long the queue (before, every request
   * read up to 2,000 jobs and sorted them, and a queue longer than that was cut off). Filters on the report
   * (code, reason) may read further; at most `queueScanLimit` jobs per request, then the page ends early
   * with hasNextPage and a cursor past the last job read.
   */
  async queue(principal: Principal, filter: ReviewQueueFilter = {}, first?: number | null, after?: string | null): Promise<ReviewQueuePage> {
    requireRole(principal, ['reviewer']);
    const size = first ?? LIMITS.defaultPageSize;
    if (!Number.isInteger(size) || size < 1 || size > LIMITS.maxPageSize) throw new ValidationError(`first must be between 1 and ${LIMITS.maxPageSize}`, { field: 'first' });
    let storeAfter = after ? decodeQueueCursor(after) : undefined;
    const wantedCode = filter.code ? normalizeCode(filter.code) : undefined;
    const wantedReason = filter.reason?.toLowerCase();
    const jobFilter: JobFilter = { status: 'NEEDS_REVIEW', ...(filter.noteType ? { noteType: filter.noteType } : {}) };
    const filtered = wantedCode !== undefined || wantedReason !== undefined;
    const scanLimit = this.deps.options.queueScanLimit ?? DEFAULT_QUEUE_SCAN_LIMIT;

    const items: ReviewQueuePage['items'] = [];
    let scanned = 0;
    let lastRead: string | undefined;
    for (;;) {
      // One more than the page tells whether a next page exists; filtered queries read whole store pages.
      const want = filtered ? LIMITS.maxPageSize : size + 1 - items.length;
      const page = await this.deps.store.list(principal.tenant, jobFilter, { first: want, after: storeAfter, oldestFirst: true });
      for (const { job, cursor } of page.items) {
        const report = await this.deps.store.getStageOutput<JobReport>(principal.tenant, job.jobId, 'VALIDATING');
        const matches =
          isStoredReport(report) &&
          (!wantedCode || report.codes.some((c) => normalizeCode(c.code) === wantedCode)) &&
          (!wantedReason || report.reviewReasons.some((r) => r.toLowerCase().includes(wantedReason)));
        if (matches && items.length === size) return { items, hasNextPage: true, endCursor: items[items.length - 1].cursor };
        scanned++;
        lastRead = encodeQueueCursor(cursor);
        if (matches) {
          const lease = await this.deps.reviews.getLease(principal.tenant, job.jobId);
          const live = lease && Date.parse(lease.expiresAt) > this.clock.nowMs() ? lease : undefined;
          items.push({ cursor: lastRead, item: { job, reviewReasons: report.reviewReasons, codes: report.codes.map((c) => c.code), ...(live ? { lease: live } : {}) } });
        }
        if (scanned >= scanLimit) return { items, hasNextPage: true, endCursor: lastRead };
      }
      if (!page.hasNextPage || page.endCursor === undefined) break;
      storeAfter = page.endCursor;
    }
    return { items, hasNextPage: false, ...(items.length ? { endCursor: items[items.length - 1].cursor } : {}) };
  }

  /** A lease on the job for this reviewer; CONFLICT while another reviewer's is live. Claiming again renews it. */
  async claim(principal: Principal, jobId: string): Promise<ReviewLease> {
    requireRole(principal, ['reviewer']);
    const job = await this.reviewableJob(principal, jobId);
    const current = await this.deps.reviews.getLease(principal.tenant, job.jobId);
    const lease = applyReviewClaim(current, { tenantId: principal.tenant, jobId: job.jobId, owner: principal.subject, durationMs: this.deps.options.leaseSeconds * 1000 }, this.clock.nowMs());
    await this.deps.reviews.putLease(lease, current);
    return lease;
  }

  /** Records a review as the report's next version and moves the job to REVIEWED. */
  async submit(principal: Principal, jobId: string, input: ReviewInput): Promise<SubmittedReview> {
    requireRole(principal, ['reviewer']);
    checkInputShape(input);
    const job = await this.reviewableJob(principal, jobId);
    const nowMs = this.clock.nowMs();
    const lease = assertLeaseHeld(await this.deps.reviews.getLease(principal.tenant, job.jobId), principal.subject, nowMs);

    const { outputs } = await this.deps.jobs.stageOutputs(principal, job.jobId);
    const redaction = outputs.REDACTING as RedactionOutput | undefined;
    const coded = outputs.CODING as CodingOutput | undefined;
    const machine = outputs.VALIDATING;
    if (!redaction || !coded || !isStoredReport(machine)) throw new ConflictError('The job has no report to review yet', { jobId: job.jobId });
    const engine = this.deps.engine();
    for (const text of [input.comment ?? '', ...(input.summaryCorrections ?? []).map((c) => `${c.title}\n${c.text}`), ...input.decisions.map((d) => (d.kind === 'REJECT' ? d.reason : ''))]) {
      // Reviewer text joins the report and, later, a training set: it must not carry identifiers.
      if (text.trim() && engine.containsPhi(text)) throw new ValidationError('Review text contains what looks like PHI (a name, date, identifier…); remove it', { field: 'input' });
    }

    const proposals = reviewedProposals(machine, coded.proposals, redaction.redactedText, input.decisions);
    const validation = engine.validate(redaction, proposals.map((p) => p.proposal), job.noteType);
    const summary = correctedSummary(machine.summary, input.summaryCorrections ?? []);
    const built = buildReport({
      redaction: { redactedText: redaction.redactedText, phi: redaction.phi, map: OffsetMap.fromJSON(redaction.offsetMap), offsetMapJson: redaction.offsetMap },
      summary,
      candidates: coded.candidates,
      proposals: proposals.map((p) => p.proposal),
      validation,
      codeSetVersion: engine.codeSetVersion,
      models: machine.models,
      timingsMs: machine.timingsMs,
      ...(machine.promptVersion ? { promptVersion: machine.promptVersion } : {}),
      droppedSummaryStatements: machine.droppedSummaryStatements ?? 0,
      invocations: machine.invocations ?? [],
    });
    // Every code the reviewer's decisions keep must pass as a machine code would: refuse the review otherwise.
    for (const p of proposals) {
      if (built.codes.some((c) => normalizeCode(c.code) === normalizeCode(p.proposal.code))) continue;
      const rejected = built.rejectedCodes.find((r) => normalizeCode(r.code) === normalizeCode(p.proposal.code));
      throw new ValidationError(`Code ${p.proposal.code} (${p.origin}) is refused: ${rejected?.reason ?? 'NOT_ACCEPTED'}${rejected?.detail ? ` (${rejected.detail})` : ''}`, {
        field: 'decisions',
        code: p.proposal.code,
        reason: rejected?.reason ?? 'NOT_ACCEPTED',
      });
    }
    const report: JobReport = { ...built, codes: sequenced(built.codes, input.sequence), needsReview: false, reviewReasons: [] };

    const history = await this.deps.reviews.versions(principal.tenant, job.jobId);
    const version = Math.max(MACHINE_REPORT_VERSION, ...history.map((v) => v.version)) + 1;
    const submittedAt = new Date(nowMs).toISOString();
    const record: ReviewRecord = {
      reviewer: principal.subject,
      claimedAt: lease.claimedAt,
      submittedAt,
      machineReportAt: job.stages.VALIDATING?.completedAt ?? job.updatedAt,
      noteType: job.noteType,
      coderModel: machine.models.CODING ?? 'unknown',
      machineCodes: machine.codes.map((c) => normalizeCode(c.code)),
      reviewedCodes: report.codes.map((c) => normalizeCode(c.code)),
      decisions: input.decisions,
      summaryCorrected: (input.summaryCorrections ?? []).length > 0,
      ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
    };
    const stored: ReviewedReportVersion = {
      tenantId: principal.tenant,
      jobId: job.jobId,
      version,
      createdAt: submittedAt,
      author: { kind: 'REVIEWER', subject: principal.subject },
      report,
      review: record,
    };
    // The version, the job's move to REVIEWED and the lease's release in one transaction: a racing
    // submission gets CONFLICT and nothing is half-written.
    const reviewed = await this.storeReview(job, stored, principal.subject, submittedAt);
    await this.deps.events.publish(eventFromJob(reviewed));
    this.deps.onReviewed?.(principal.tenant, record);
    return { job: reviewed, version: stored };
  }

  /** Accuracy of the machine's codes against reviewers' in [from, to), grouped (domain/reviewStats.ts defines each figure). */
  async stats(principal: Principal, from: Date, to: Date, groupBy: ReviewStatsGroupBy): Promise<ReviewStatsRow[]> {
    requireRole(principal, ['reviewer']);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) throw new ValidationError('from must be an ISO 8601 time before to', { field: 'from' });
    if (!(REVIEW_STATS_GROUPS as readonly string[]).includes(groupBy)) throw new ValidationError(`groupBy must be one of ${REVIEW_STATS_GROUPS.join(', ')}`, { field: 'groupBy' });
    const reviews = await this.deps.reviews.reviewsBetween(principal.tenant, from.toISOString(), to.toISOString());
    return reviewStats(reviews.map((v) => ({ tenantId: v.tenantId, jobId: v.jobId, version: v.version, record: v.review })), groupBy);
  }

  /**
   * Stores the review (ReviewStore.addReviewedVersion) with the job moved to REVIEWED by the lifecycle. The lease
   * keeps other reviewers off, but the job record may still move under us (an operator's write): on
   * JOB_CHANGED re-read and try again; nothing was written. Any other conflict goes to the caller.
   */
  private async storeReview(job: Job, version: ReviewedReportVersion, reviewer: string, nowIso: string): Promise<Job> {
    let current = job;
    for (let attempt = 1; ; attempt++) {
      const reviewed = applyTransition(current, { expectedVersion: current.version, to: 'REVIEWED' }, nowIso);
      try {
        await this.deps.reviews.addReviewedVersion(version, { job: reviewed, expectedJobVersion: current.version, leaseOwner: reviewer });
        return reviewed;
      } catch (err) {
        if (!(err instanceof ConflictError) || err.details.reason !== 'JOB_CHANGED' || attempt >= MARK_REVIEWED_ATTEMPTS) throw err;
        current = await this.deps.store.get(current.tenantId, current.jobId);
      }
    }
  }

  private async reviewableJob(principal: Principal, jobId: string): Promise<Job> {
    if (!isJobId(jobId)) throw new NotFoundError('No such job');
    const job = await this.deps.jobs.get(principal, jobId);
    if (!(REVIEWABLE_STATUSES as readonly string[]).includes(job.status)) {
      throw new ConflictError(`A job in status ${job.status} has no report to review`, { status: job.status });
    }
    return job;
  }
}

interface ReviewedProposal {
  proposal: ProposedCode;
  /** Which decision produced it, for the error a refused code gets. */
  origin: string;
}

/** The codes a review keeps: the machine's, unless rejected or changed, then the changed and added ones. */
export function reviewedProposals(machine: JobReport, machineProposals: readonly ProposedCode[], redactedText: string, decisions: CodeDecision[]): ReviewedProposal[] {
  // A kept machine code is re-validated on the quotes it was proposed with (the report's may be cut short at PHI).
  const proposedEvidence = new Map(machineProposals.map((p) => [normalizeCode(p.code), p.evidence]));
  const byCode = new Map(machine.codes.map((c) => [normalizeCode(c.code), c]));
  const decided = new Map<string, CodeDecision>();
  for (const [i, d] of decisions.entries()) {
    if (d.kind === 'ADD') continue;
    const key = normalizeCode(d.code);
    if (!byCode.has(key)) throw new ValidationError(`decisions[${i}]: ${d.code} is not a code of the machine's report (use ADD for a new code)`, { field: `decisions.${i}.code`, code: d.code });
    if (decided.has(key)) throw new ValidationError(`decisions[${i}]: ${d.code} already has a decision`, { field: `decisions.${i}.code`, code: d.code });
    decided.set(key, d);
  }
  const out: ReviewedProposal[] = [];
  for (const c of machine.codes) {
    const d = decided.get(normalizeCode(c.code));
    const machineEvidence = proposedEvidence.get(normalizeCode(c.code)) ?? c.evidence.map((e) => ({ start: e.redactedStart, end: e.redactedEnd, text: e.text }));
    if (!d || d.kind === 'ACCEPT') out.push({ proposal: { code: c.code, confidence: c.confidence, role: c.role, source: 'model', evidence: machineEvidence }, origin: `accepted ${c.code}` });
    else if (d.kind === 'CHANGE') {
      const evidence = d.evidence?.length ? checkedEvidence(d.evidence, redactedText, `CHANGE ${d.code}`) : machineEvidence;
      out.push({ proposal: { code: d.to, confidence: REVIEWER_CONFIDENCE, role: c.role, source: 'model', evidence }, origin: `${c.code} changed to ${d.to}` });
    }
  }
  for (const d of decisions) {
    if (d.kind !== 'ADD') continue;
    out.push({ proposal: { code: d.code, confidence: REVIEWER_CONFIDENCE, role: 'secondary', source: 'model', evidence: checkedEvidence(d.evidence, redactedText, `ADD ${d.code}`) }, origin: `added ${d.code}` });
  }
  return out;
}

/** Evidence a reviewer gives must be a real quote of the redacted note at the offsets given. */
function checkedEvidence(evidence: ReviewEvidence[], redactedText: string, what: string): ReviewEvidence[] {
  if (!evidence.length) throw new ValidationError(`${what}: at least one evidence span is required`, { field: 'evidence' });
  for (const e of evidence) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > redactedText.length || e.start >= e.end) {
      throw new ValidationError(`${what}: evidence offsets ${e.start}–${e.end} are outside the note (0–${redactedText.length}, redacted-text offsets)`, { field: 'evidence' });
    }
    if (redactedText.slice(e.start, e.end) !== e.text) throw new ValidationError(`${what}: evidence text does not match the note at ${e.start}–${e.end}`, { field: 'evidence' });
  }
  return evidence.map((e) => ({ start: e.start, end: e.end, text: e.text }));
}

/** The reviewer's order (principal/first-listed first), or the validator's when none is given. */
function sequenced(codes: JobReport['codes'], sequence: string[] | undefined): JobReport['codes'] {
  if (!sequence?.length) return codes;
  const wanted = sequence.map(normalizeCode);
  const have = codes.map((c) => normalizeCode(c.code));
  if (wanted.length !== have.length || new Set(wanted).size !== wanted.length || !wanted.every((w) => have.includes(w))) {
    throw new ValidationError(`sequence must list each reviewed code exactly once (${codes.map((c) => c.code).join(', ')})`, { field: 'sequence' });
  }
  return wanted.map((w, i) => ({ ...codes[have.indexOf(w)], rank: i + 1, role: i === 0 ? 'principal' : 'secondary' }));
}

function correctedSummary(summary: Summary, corrections: Array<{ title: string; text: string }>): Summary {
  const sections = summary.sections.map((s) => ({ ...s }));
  for (const c of corrections) {
    const at = sections.findIndex((s) => s.title.trim().toLowerCase() === c.title.trim().toLowerCase());
    // A reviewer's sentence quotes nothing: its sources are cleared.
    const statements = [{ text: c.text.trim(), sources: [] }];
    if (at >= 0) sections[at] = { ...sections[at], text: c.text.trim(), sources: [], statements };
    else sections.push({ kind: summarySectionKindOf(c.title), title: c.title.trim(), text: c.text.trim(), sources: [], statements });
  }
  return { text: sections.map((s) => `${s.title}: ${s.text}`).join('\n'), sections };
}

function checkInputShape(input: ReviewInput): void {
  if (!Array.isArray(input.decisions) || input.decisions.length > MAX_DECISIONS) throw new ValidationError(`decisions must be a list of at most ${MAX_DECISIONS}`, { field: 'decisions' });
  for (const [i, d] of input.decisions.entries()) {
    if (typeof d.code !== 'string' || !d.code.trim()) throw new ValidationError(`decisions[${i}]: code is required`, { field: `decisions.${i}.code` });
    if (d.kind === 'REJECT' && (typeof d.reason !== 'string' || !d.reason.trim() || d.reason.length > MAX_REASON_CHARS)) {
      throw new ValidationError(`decisions[${i}]: REJECT needs a reason (at most ${MAX_REASON_CHARS} characters)`, { field: `decisions.${i}.reason` });
    }
    if (d.kind === 'CHANGE' && (typeof d.to !== 'string' || !d.to.trim())) throw new ValidationError(`decisions[${i}]: CHANGE needs the code to change to`, { field: `decisions.${i}.to` });
    if (d.kind === 'ADD' && !Array.isArray(d.evidence)) throw new ValidationError(`decisions[${i}]: ADD needs evidence spans`, { field: `decisions.${i}.evidence` });
  }
  if ((input.comment ?? '').length > MAX_COMMENT_CHARS) throw new ValidationError(`comment is longer than ${MAX_COMMENT_CHARS} characters`, { field: 'comment' });
  for (const c of input.summaryCorrections ?? []) {
    if (!c.title?.trim() || !c.text?.trim() || c.text.length > MAX_COMMENT_CHARS) throw new ValidationError('a summary correction needs a title and a text', { field: 'summaryCorrections' });
  }
}

const QUEUE_CURSOR_PREFIX = 'rq1:';

/** The queue's cursor wraps the store's (which names the last job read and the listing it came from). */
function encodeQueueCursor(storeCursor: string): string {
  return Buffer.from(`${QUEUE_CURSOR_PREFIX}${storeCursor}`, 'utf8').toString('base64url');
}

function decodeQueueCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const storeCursor = raw.startsWith(QUEUE_CURSOR_PREFIX) ? raw.slice(QUEUE_CURSOR_PREFIX.length) : '';
  if (!storeCursor) throw new ValidationError('after is not a cursor of the review queue', { field: 'after' });
  return storeCursor;
}

