// Owns the stage timeline's geometry: the queue wait and each stage of a job on one time axis.
import type { Job } from '../../client/src/index';

const STAGES = ['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING'] as const;

export interface TimelineBar {
  label: string;
  startMs: number;
  durationMs: number;
}

/** Bars from a job's stored stages: each stage ends at completedAt and lasted durationMs; the queue wait precedes the first. */
export function timelineBars(job: Pick<Job, 'createdAt' | 'stages'>): TimelineBar[] {
  const created = Date.parse(job.createdAt);
  const stages = [...job.stages].sort((a, b) => STAGES.indexOf(a.stage as never) - STAGES.indexOf(b.stage as never));
  const bars: TimelineBar[] = stages.map((s) => ({ label: s.stage, startMs: Date.parse(s.completedAt) - s.durationMs - created, durationMs: s.durationMs }));
  if (bars.length && bars[0].startMs > 0) bars.unshift({ label: 'QUEUED', startMs: 0, durationMs: bars[0].startMs });
  return bars;
}

