// Owns reading the service's own /metrics (Prometheus text format) into the few series the admin
// page plots: finished, review and failed job counts (counters, so rates come from differences
// between samples), and the queue and dead-letter depths (gauges).

export interface MetricSample {
  atMs: number;
  completed: number;
  needsReview: number;
  failed: number;
  queueDepth: number;
  dlqDepth: number;
}

/** Each sample line as name, labels and value; comments and malformed lines are skipped. */
export function parsePrometheus(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  const out: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([^}]*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    const value = Number(m[4]);
    if (Number.isFinite(value)) out.push({ name: m[1], labels, value });
  }
  return out;
}

export function sampleFrom(text: string, atMs: number): MetricSample {
  const lines = parsePrometheus(text);
  const transitions = (status: string) =>
    lines.filter((l) => l.name === 'chartcoder_job_transitions_total' && l.labels.status === status).reduce((s, l) => s + l.value, 0);
  const gauge = (name: string) => lines.find((l) => l.name === name)?.value ?? 0;
  return {
    atMs,
    completed: transitions('COMPLETED'),
    needsReview: transitions('NEEDS_REVIEW'),
    failed: transitions('FAILED'),
    queueDepth: Math.max(0, gauge('chartcoder_queue_depth')),
    dlqDepth: Math.max(0, gauge('chartcoder_dlq_depth')),
  };
}

export interface RatePoint {
  atMs: number;
  /** Jobs finished (completed, review or failed) per minute over the interval. */
  throughputPerMin: number;
  /** Shares of the jobs finished in the interval; null when none finished. */
  failureRate: number | null;
  reviewRate: number | null;
  queueDepth: number;
  dlqDepth: number;
}

/** Rates between consecutive samples. A counter that went down (a restart) counts from zero. */
export function ratesOf(samples: readonly MetricSample[]): RatePoint[] {
  const out: RatePoint[] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1];
    const b = samples[i];
    const d = (k: 'completed' | 'needsReview' | 'failed') => (b[k] >= a[k] ? b[k] - a[k] : b[k]);
    const completed = d('completed');
    const review = d('needsReview');
    const failed = d('failed');
    const finished = completed + review + failed;
    const minutes = Math.max(1e-9, (b.atMs - a.atMs) / 60_000);
    out.push({
      atMs: b.atMs,
      throughputPerMin: finished / minutes,
      failureRate: finished ? failed / finished : null,
      reviewRate: finished ? review / finished : null,
      queueDepth: b.queueDepth,
      dlqDepth: b.dlqDepth,
    });
  }
  return out;
}
