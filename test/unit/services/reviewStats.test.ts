// Unit: reviewStats on a seeded synthetic batch, every figure checked against a hand computation
// (written out below), through the service (tenant scope and time window) and the Prometheus metrics.
import { ReviewService } from '../../../src/services/reviewService';
import { cohensKappa } from '../../../src/domain/reviewStats';
import type { ReviewedReportVersion, ReviewRecord } from '../../../src/domain/review';
import type { NoteType } from '../../../src/domain/job';
import type { JobService } from '../../../src/services/jobService';
import type { EventBus, JobStore } from '../../../src/domain/ports';
import { ValidationError } from '../../../src/errors';
import { ReviewMetrics } from '../../../src/observability/reviewMetrics';
import { Registry } from 'prom-client';
import { MemoryReviewStore } from '../../helpers/memoryReviewStore';
import { who } from './reviewFixture';

const T0 = Date.parse('2026-12-01T09:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

/** One review of job `jobId` (machine codes M, reviewed codes R) submitted `afterSeconds` after the machine's report. */
function review(tenantId: string, jobId: string, version: number, model: string, noteType: NoteType, machine: string[], reviewed: string[], afterSeconds: number): ReviewedReportVersion {
  const record: ReviewRecord = {
    reviewer: `reviewer-${version}`, submittedAt: at(afterSeconds), machineReportAt: at(0), noteType, coderModel: model,
    machineCodes: machine, reviewedCodes: reviewed, decisions: [], summaryCorrected: false,
  };
  return { tenantId, jobId, version, createdAt: record.submittedAt, author: { kind: 'REVIEWER', subject: record.reviewer }, report: {} as ReviewedReportVersion['report'], review: record };
}

// The batch (codes A–D stand for normalised ICD-10-CM codes):
//  job1 m1 PROGRESS   M={A,B}  r: {A,C} @60s                 → tp1 fp1 fn1, overridden
//  job2 m1 PROGRESS   M={A}    r: {A} @120s                  → tp1, not overridden
//  job3 m2 DISCHARGE  M={B,D}  r1: {B} @30s, r2: {B,D} @300s → latest r2: tp2, not overridden; wait 30 (first review)
//  job4 m2 PROGRESS   M={C}    r1: {} @90s, r2: {} @100s     → fp1, overridden; wait 90
//  + another tenant's review and one outside the window, which must not count.
const BATCH = [
  review('acme', 'job1', 2, 'm1', 'PROGRESS_NOTE', ['A', 'B'], ['A', 'C'], 60),
  review('acme', 'job2', 2, 'm1', 'PROGRESS_NOTE', ['A'], ['A'], 120),
  review('acme', 'job3', 2, 'm2', 'DISCHARGE_SUMMARY', ['B', 'D'], ['B'], 30),
  review('acme', 'job3', 3, 'm2', 'DISCHARGE_SUMMARY', ['B', 'D'], ['B', 'D'], 300),
  review('acme', 'job4', 2, 'm2', 'PROGRESS_NOTE', ['C'], [], 90),
  review('acme', 'job4', 3, 'm2', 'PROGRESS_NOTE', ['C'], [], 100),
  review('globex', 'job9', 2, 'm1', 'PROGRESS_NOTE', ['A'], [], 50),
  review('acme', 'job5', 2, 'm1', 'PROGRESS_NOTE', ['A'], [], 86_400 * 3),
];

async function statsService() {
  const reviews = new MemoryReviewStore();
  for (const v of BATCH) await reviews.addVersion(v);
  const unused = {} as never;
  return new ReviewService({ jobs: unused as JobService, store: unused as JobStore, events: unused as EventBus, reviews, engine: () => unused, options: { leaseSeconds: 60 } });
}

const window = [new Date(T0), new Date(T0 + 86_400 * 1000)] as const;
const reviewer = who('acme', 'lead', 'reviewer');

describe('reviewStats', () => {
  it('by tenant: P 4/6, R 4/5, override 2/4, time to review mean and median 75 s, kappa 0.4 over the two doubly reviewed jobs', async () => {
    const rows = await (await statsService()).stats(reviewer, ...window, 'TENANT');
    // tp 1+1+2+0, fp 1+0+0+1, fn 1+0+0+0; waits 60,120,30,90.
    // Kappa items: job3 {B:(yes,yes), D:(no,yes)}, job4 {C:(no,no)} → po 2/3, pe (1/3)(2/3)+(2/3)(1/3) = 4/9, κ = (2/9)/(5/9).
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'acme', reviewedJobs: 4, truePositives: 4, falsePositives: 2, falseNegatives: 1, doublyReviewedJobs: 2 });
    expect(rows[0].precision).toBeCloseTo(4 / 6, 10);
    expect(rows[0].recall).toBeCloseTo(4 / 5, 10);
    expect(rows[0].overrideRate).toBeCloseTo(0.5, 10);
    expect(rows[0].meanTimeToReviewSeconds).toBeCloseTo(75, 10);
    expect(rows[0].medianTimeToReviewSeconds).toBeCloseTo(75, 10);
    expect(rows[0].kappa).toBeCloseTo(0.4, 10);
  });

  it('by coder model and by note type', async () => {
    const service = await statsService();
    const models = await service.stats(reviewer, ...window, 'MODEL');
    expect(models.map((r) => [r.key, r.truePositives, r.falsePositives, r.falseNegatives, r.overrideRate, r.meanTimeToReviewSeconds, r.doublyReviewedJobs])).toEqual([
      ['m1', 2, 1, 1, 0.5, 90, 0],
      ['m2', 2, 1, 0, 0.5, 60, 2],
    ]);
    expect(models[0].kappa).toBeNull();
    expect(models[1].recall).toBe(1);
    expect(models[1].kappa).toBeCloseTo(0.4, 10);

    const types = await service.stats(reviewer, ...window, 'NOTE_TYPE');
    // DISCHARGE_SUMMARY: job3 only, κ on {B:(y,y), D:(n,y)}: po 1/2, pe (1/2)(1) + (1/2)(0) = 1/2 → 0.
    // PROGRESS_NOTE: jobs 1, 2, 4; κ on job4's {C:(n,n)}: total agreement → 1.
    expect(types.map((r) => [r.key, r.truePositives, r.falsePositives, r.falseNegatives, r.medianTimeToReviewSeconds, r.kappa])).toEqual([
      ['DISCHARGE_SUMMARY', 2, 0, 0, 30, 0],
      ['PROGRESS_NOTE', 2, 2, 1, 90, 1],
    ]);
    expect(types[1].precision).toBeCloseTo(0.5, 10);
    expect(types[1].overrideRate).toBeCloseTo(2 / 3, 10);
  });

  it('by code: each code counted only in the jobs where it was in play', async () => {
    const rows = await (await statsService()).stats(reviewer, ...window, 'CODE');
    // A: jobs 1, 2 kept → tp 2. B: job1 dropped (fp), job3 kept (tp); job3's reviewers agree on B → κ 1.
    // C: job1 added (fn), job4 dropped (fp); job4's reviewers both left C out → κ 1. D: job3 kept by the latest review (tp); reviewers disagreed (n, y) → κ 0.
    expect(rows.map((r) => [r.key, r.reviewedJobs, r.truePositives, r.falsePositives, r.falseNegatives, r.precision, r.recall, r.overrideRate, r.kappa])).toEqual([
      ['A', 2, 2, 0, 0, 1, 1, 0, null],
      ['B', 2, 1, 1, 0, 0.5, 1, 0.5, 1],
      ['C', 2, 0, 1, 1, 0, 0, 1, 1],
      ['D', 1, 1, 0, 0, 1, 1, 0, 0],
    ]);
  });

  it('refuses an empty or reversed window and an unknown grouping', async () => {
    const service = await statsService();
    await expect(service.stats(reviewer, window[1], window[0], 'TENANT')).rejects.toBeInstanceOf(ValidationError);
    await expect(service.stats(reviewer, ...window, 'PATIENT' as never)).rejects.toBeInstanceOf(ValidationError);
  });

  it("Cohen's kappa matches the textbook example (po 0.7, pe 0.5 → 0.4)", () => {
    // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15.
    const pairs: Array<[boolean, boolean]> = [
      ...Array.from({ length: 20 }, () => [true, true] as [boolean, boolean]),
      ...Array.from({ length: 5 }, () => [true, false] as [boolean, boolean]),
      ...Array.from({ length: 10 }, () => [false, true] as [boolean, boolean]),
      ...Array.from({ length: 15 }, () => [false, false] as [boolean, boolean]),
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 10);
    expect(cohensKappa([])).toBeNull();
  });
});

describe('ReviewMetrics (Prometheus)', () => {
  it('counts reviews, overrides and machine-code outcomes, and observes time to review', async () => {
    const registry = new Registry();
    const metrics = new ReviewMetrics(registry);
    for (const v of BATCH.slice(0, 2)) metrics.record(v.tenantId, v.review);
    const text = await registry.metrics();
    expect(text).toContain('chartcoder_reviews_total{tenant="acme",model="m1",note_type="PROGRESS_NOTE",overridden="true"} 1');
    expect(text).toContain('chartcoder_reviews_total{tenant="acme",model="m1",note_type="PROGRESS_NOTE",overridden="false"} 1');
    expect(text).toContain('chartcoder_review_codes_total{tenant="acme",model="m1",note_type="PROGRESS_NOTE",outcome="true_positive"} 2');
    expect(text).toContain('chartcoder_review_codes_total{tenant="acme",model="m1",note_type="PROGRESS_NOTE",outcome="false_positive"} 1');
    expect(text).toContain('chartcoder_review_codes_total{tenant="acme",model="m1",note_type="PROGRESS_NOTE",outcome="false_negative"} 1');
    expect(text).toContain('chartcoder_review_time_to_review_seconds_sum{tenant="acme",model="m1",note_type="PROGRESS_NOTE"} 180');
  });
});
