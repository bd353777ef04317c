// Owns the review loop's Prometheus metrics: production accuracy as an operator graphs it, so a drop is
// seen the day it starts. Precision = rate(true_positive) / rate(true_positive + false_positive), recall =
// rate(true_positive) / rate(true_positive + false_negative), override rate = rate(overridden="true") /
// rate(all), per tenant, coder model and note type. Codes are not a label: ~70,000 values would explode
// the series count; per-code figures come from reviewStats(groupBy: CODE).
import { Counter, Histogram, type Registry } from 'prom-client';
import type { ReviewRecord } from '../domain/review';

type Labels = 'tenant' | 'model' | 'note_type';

export class ReviewMetrics {
  readonly reviews: Counter<Labels | 'overridden'>;
  readonly codes: Counter<Labels | 'outcome'>;
  readonly timeToReview: Histogram<Labels>;

  constructor(registry: Registry) {
    this.reviews = new Counter({
      name: 'chartcoder_reviews_total',
      help: 'Submitted reviews; overridden="true" when the reviewer rejected, changed or added any code',
      labelNames: ['tenant', 'model', 'note_type', 'overridden'],
      registers: [registry],
    });
    this.codes = new Counter({
      name: 'chartcoder_review_codes_total',
      help: "The machine's codes against a review: true_positive kept, false_positive dropped, false_negative added by the reviewer",
      labelNames: ['tenant', 'model', 'note_type', 'outcome'],
      registers: [registry],
    });
    this.timeToReview = new Histogram({
      name: 'chartcoder_review_time_to_review_seconds',
      help: "From the machine's report to the review's submission",
      labelNames: ['tenant', 'model', 'note_type'],
      buckets: [60, 300, 900, 3600, 4 * 3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600],
      registers: [registry],
    });
  }

  record(tenantId: string, review: ReviewRecord): void {
    const labels = { tenant: tenantId, model: review.coderModel, note_type: review.noteType };
    const machine = new Set(review.machineCodes);
    const reviewed = new Set(review.reviewedCodes);
    const tp = [...machine].filter((c) => reviewed.has(c)).length;
    const fp = machine.size - tp;
    const fn = [...reviewed].filter((c) => !machine.has(c)).length;
    this.reviews.inc({ ...labels, overridden: String(fp > 0 || fn > 0) });
    if (tp) this.codes.inc({ ...labels, outcome: 'true_positive' }, tp);
    if (fp) this.codes.inc({ ...labels, outcome: 'false_positive' }, fp);
    if (fn) this.codes.inc({ ...labels, outcome: 'false_negative' }, fn);
    const waitMs = Date.parse(review.submittedAt) - Date.parse(review.machineReportAt);
    if (Number.isFinite(waitMs)) this.timeToReview.observe(labels, Math.max(0, waitMs) / 1000);
  }
}
