// Owns the accuracy figures of the review loop, computed from review records alone (pure):
// how often the machine's codes were right against what reviewers kept, by tenant, coder model, code or
// note type, and how far two reviewers of one job agree.
//
// Definitions (per job, the machine's code set M and a reviewer's set R, codes normalised):
// - the job's LATEST review in the window is its truth: tp = |M∩R|, fp = |M\R|, fn = |R\M|;
//   precision = Σtp / Σ(tp+fp), recall = Σtp / Σ(tp+fn) (micro-averaged; null when the denominator is 0);
// - override rate = share of reviewed jobs whose reviewer changed anything (R ≠ M: a reject, change or add);
// - time to review = the FIRST review's submission − the machine report's time (how long the job waited), seconds;
// - Cohen's kappa, over jobs reviewed at least twice (their first two reviewers A and B): every code of
//   M ∪ A ∪ B is one item rated present/absent by each; κ = (po − pe) / (1 − pe), null without such jobs,
//   1 when both reviewers agree on every item and chance agreement is total.
import type { NoteType } from './job';
import type { ReviewRecord } from './review';

export const REVIEW_STATS_GROUPS = ['TENANT', 'MODEL', 'CODE', 'NOTE_TYPE'] as const;
export type ReviewStatsGroupBy = (typeof REVIEW_STATS_GROUPS)[number];

/** One review as the stats read it. */
export interface ReviewSample {
  tenantId: string;
  jobId: string;
  /** Report version the review wrote (orders a job's reviews). */
  version: number;
  record: ReviewRecord;
}

export interface ReviewStatsRow {
  /** The tenant, coder model id, code (normalised) or note type. */
  key: string;
  /** Jobs with at least one review in the window (for CODE: whose machine or reviewed codes hold the code). */
  reviewedJobs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  overrideRate: number | null;
  meanTimeToReviewSeconds: number | null;
  medianTimeToReviewSeconds: number | null;
  /** Jobs reviewed at least twice, and their reviewers' agreement. */
  doublyReviewedJobs: number;
  kappa: number | null;
}

interface JobReviews {
  tenantId: string;
  jobId: string;
  reviews: ReviewRecord[];
}

export function reviewStats(samples: readonly ReviewSample[], groupBy: ReviewStatsGroupBy): ReviewStatsRow[] {
  const jobs = byJob(samples);
  const groups = new Map<string, Array<{ job: JobReviews; code?: string }>>();
  const add = (key: string, entry: { job: JobReviews; code?: string }) => {
    const list = groups.get(key) ?? [];
    list.push(entry);
    groups.set(key, list);
  };
  for (const job of jobs) {
    const latest = job.reviews[job.reviews.length - 1];
    if (groupBy === 'TENANT') add(job.tenantId, { job });
    else if (groupBy === 'MODEL') add(latest.coderModel, { job });
    else if (groupBy === 'NOTE_TYPE') add(latest.noteType as NoteType, { job });
    else for (const code of new Set(job.reviews.flatMap((r) => [...r.machineCodes, ...r.reviewedCodes]))) add(code, { job, code });
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, entries]) => row(key, entries));
}

function row(key: string, entries: Array<{ job: JobReviews; code?: string }>): ReviewStatsRow {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let overridden = 0;
  let counted = 0;
  const waits: number[] = [];
  const pairs: Array<[boolean, boolean]> = [];
  let doubly = 0;
  for (const { job, code } of entries) {
    const only = (codes: readonly string[]) => (code ? codes.filter((c) => c === code) : codes);
    const latest = job.reviews[job.reviews.length - 1];
    const machine = new Set(only(latest.machineCodes));
    const reviewed = new Set(only(latest.reviewedCodes));
    counted++;
    for (const c of machine) if (reviewed.has(c)) tp++;
    else fp++;
    for (const c of reviewed) if (!machine.has(c)) fn++;
    if (!sameSet(machine, reviewed)) overridden++;
    const first = job.reviews[0];
    const waitMs = Date.parse(first.submittedAt) - Date.parse(first.machineReportAt);
    if (Number.isFinite(waitMs)) waits.push(Math.max(0, waitMs) / 1000);
    if (job.reviews.length >= 2) {
      doubly++;
      const [a, b] = job.reviews;
      const setA = new Set(only(a.reviewedCodes));
      const setB = new Set(only(b.reviewedCodes));
      for (const c of new Set([...only(a.machineCodes), ...setA, ...setB])) pairs.push([setA.has(c), setB.has(c)]);
    }
  }
  return {
    key,
    reviewedJobs: counted,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    overrideRate: ratio(overridden, counted),
    meanTimeToReviewSeconds: waits.length ? waits.reduce((s, x) => s + x, 0) / waits.length : null,
    medianTimeToReviewSeconds: median(waits),
    doublyReviewedJobs: doubly,
    kappa: doubly ? cohensKappa(pairs) : null,
  };
}

/** Cohen's kappa of two raters' present/absent calls on the same items. */
export function cohensKappa(pairs: ReadonlyArray<readonly [boolean, boolean]>): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    if (a) aYes++;
    if (b) bYes++;
  }
  const po = agree / n;
  const pe = (aYes / n) * (bYes / n) + (1 - aYes / n) * (1 - bYes / n);
  if (pe === 1) return po === 1 ? 1 : null;
  return (po - pe) / (1 - pe);
}

function byJob(samples: readonly ReviewSample[]): JobReviews[] {
  const jobs = new Map<string, { tenantId: string; jobId: string; reviews: Array<{ version: number; record: ReviewRecord }> }>();
  for (const s of samples) {
    const key = `${s.tenantId}/${s.jobId}`;
    const job = jobs.get(key) ?? { tenantId: s.tenantId, jobId: s.jobId, reviews: [] };
    job.reviews.push({ version: s.version, record: s.record });
    jobs.set(key, job);
  }
  return [...jobs.values()].map((j) => ({ tenantId: j.tenantId, jobId: j.jobId, reviews: j.reviews.sort((a, b) => a.version - b.version).map((r) => r.record) }));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
