// Owns the pipeline bench's steady-state arithmetic: the worker's rate while it is saturated (least-squares
// slope of completions over time between the end of the first wave and the moment fewer jobs than slots
// remain), and where a job's slot time goes outside the model calls, from the transition times the
// subscriber was shown and the times the Converse double received and answered each call.
import { percentile } from './bench';

export interface SteadyRate {
  /** Completions per second while every slot had a job (least-squares slope). */
  jobsPerS: number;
  /** The window the slope was fitted over, ms on the caller's clock, and how many completions fell in it. */
  fromMs: number;
  toMs: number;
  completions: number;
}

/**
 * A saturated worker's rate. The first `concurrency` completions are the first wave (all slots started
 * together, so they end together after one job's time: the ramp); after completion number
 * total − concurrency + 1 fewer jobs than slots remain (the tail). Between the two every slot had work, and
 * the slope of the completion count over time is the sustained rate; a slope rather than count / window,
 * because completions still come in waves and a window's edges would cut one. Undefined when the
 * window holds fewer than two completions.
 */
export function steadyRate(finishTimesMs: number[], concurrency: number): SteadyRate | undefined {
  const times = [...finishTimesMs].sort((a, b) => a - b);
  const first = concurrency - 1;
  const last = times.length - concurrency;
  if (last - first < 1) return undefined;
  const xs = times.slice(first, last + 1);
  const n = xs.length;
  const meanT = xs.reduce((s, t) => s + t, 0) / n;
  const meanK = (n - 1) / 2;
  let cov = 0;
  let varT = 0;
  xs.forEach((t, k) => {
    cov += (t - meanT) * (k - meanK);
    varT += (t - meanT) ** 2;
  });
  if (varT === 0) return undefined;
  return { jobsPerS: (1000 * cov) / varT, fromMs: xs[0], toMs: xs[n - 1], completions: n };
}

/** One job's transition times (epoch ms, as stamped by the worker) and its model calls at the double. */
export interface JobTimeline {
  statusAtMs: Partial<Record<string, number>>;
  /** In order of arrival at the double: arrival and answer, epoch ms. */
  modelCalls: Array<{ arrivedMs: number; answeredMs: number }>;
}

export type Segment = 'redaction write → 1st call arrives' | '1st call late at the double' | '1st answer → its write starts' | 'summary write → 2nd call arrives' | '2nd call late at the double' | '2nd answer → final write starts';

/**
 * The in-job segments outside model time, per job with both model calls and no repair turn whose last
 * transition falls in [fromMs, toMs] (the saturated window), in ms. The worker's store stamps every
 * transition of one write with the time that write was decided (a chained local stage's too), so a job's
 * transitions mark the start of its three writes; the double (same machine) stamps the calls. The span is
 * from the redaction write to the final write; what is left of a slot's cycle is between jobs: the final
 * write, publishing, the slot's next receive, the next job's read and its redaction.
 */
export function segmentsOf(
  timelines: Iterable<JobTimeline>,
  modelLatencyMs: number,
  window: { fromMs: number; toMs: number } = { fromMs: -Infinity, toMs: Infinity },
): { segments: Record<Segment, number[]>; spanMs: number[] } {
  const segments: Record<Segment, number[]> = {
    'redaction write → 1st call arrives': [],
    '1st call late at the double': [],
    '1st answer → its write starts': [],
    'summary write → 2nd call arrives': [],
    '2nd call late at the double': [],
    '2nd answer → final write starts': [],
  };
  const spanMs: number[] = [];
  for (const { statusAtMs: at, modelCalls } of timelines) {
    const terminal = at.COMPLETED ?? at.NEEDS_REVIEW;
    if (modelCalls.length !== 2 || at.SUMMARIZING === undefined || at.CODING === undefined || terminal === undefined) continue;
    if (terminal < window.fromMs || terminal > window.toMs) continue;
    const [one, two] = modelCalls;
    segments['redaction write → 1st call arrives'].push(one.arrivedMs - at.SUMMARIZING);
    segments['1st call late at the double'].push(one.answeredMs - one.arrivedMs - modelLatencyMs);
    segments['1st answer → its write starts'].push(at.CODING - one.answeredMs);
    segments['summary write → 2nd call arrives'].push(two.arrivedMs - at.CODING);
    segments['2nd call late at the double'].push(two.answeredMs - two.arrivedMs - modelLatencyMs);
    segments['2nd answer → final write starts'].push(terminal - two.answeredMs);
    spanMs.push(terminal - at.SUMMARIZING - 2 * modelLatencyMs);
  }
  return { segments, spanMs };
}

export function summarize(values: number[]): { mean: number; p50: number; p99: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((s, v) => s + v, 0) / sorted.length : 0;
  return { mean, p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
}
