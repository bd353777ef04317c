// Owns the measured per-job figures the capacity model runs on (data/capacity/figures.json): written by
// `npm run bench -- lambda --model bedrock --write-figures data/capacity/figures.json`, read by
// `npm run capacity`, with the command, date and machine that produced them, and the straight-line fits
// (per job = fixed + per character × note length) the model scales note sizes with.
import fs from 'node:fs';
import path from 'node:path';

/** From dist/src/cli (built) or src/cli (ts under jest): the checkout's, or the image's, data/. */
export const MEASURED_FIGURES_FILE =
  ['../../../data/capacity/figures.json', '../../data/capacity/figures.json'].map((p) => path.resolve(__dirname, p)).find((p) => fs.existsSync(p)) ??
  path.resolve(__dirname, '../../../data/capacity/figures.json');

export interface MeasuredFigures {
  command: string;
  measuredAt: string;
  machine: string;
  /** Medians over the samples of `bench lambda` (milliseconds, MB). */
  lambda: {
    samples: number;
    loadWallMs: number;
    loadCpuMs: number;
    rootWallMs: number;
    rootCpuMs: number;
    firstInvocationWallMs: number;
    firstInvocationCpuMs: number;
    secondInvocationWallMs: number;
    secondInvocationCpuMs: number;
    warmInvocationWallMs: number;
    warmInvocationCpuMs: number;
    maxRssMb: number;
  };
  /** CPU of every thread of the worker process for one warm job (third invocation on: SQS record → stored report), by note length. */
  workerCpuPerJob: Array<{ chars: number; cpuMs: number }>;
  /** Tokens each job's Converse calls reported (the wire double counts 4 characters of JSON per token). */
  bedrockTokensPerJob?: Array<{ chars: number; inputTokens: number; outputTokens: number; calls: number }>;
}

/** y ≈ fixed + perChar × chars. */
export interface LinearFit {
  fixed: number;
  perChar: number;
  points: number;
}

/**
 * Least squares, kept physical: neither term may be negative (a job never costs less than nothing, and a
 * longer note never costs less), so a negative term is dropped and the other refitted alone.
 */
export function fitPerChar(points: Array<{ chars: number; y: number }>): LinearFit {
  const n = points.length;
  if (!n) throw new Error('fitPerChar: no points');
  const meanX = points.reduce((s, p) => s + p.chars, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.chars - meanX) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.chars - meanX) * (p.y - meanY), 0);
  let perChar = sxx > 0 ? sxy / sxx : 0;
  let fixed = meanY - perChar * meanX;
  if (perChar < 0) {
    perChar = 0;
    fixed = meanY;
  } else if (fixed < 0) {
    fixed = 0;
    perChar = points.reduce((s, p) => s + p.chars * p.y, 0) / points.reduce((s, p) => s + p.chars * p.chars, 0);
  }
  return { fixed, perChar, points: n };
}

export function at(fit: LinearFit, chars: number): number {
  return fit.fixed + fit.perChar * chars;
}

export function readMeasuredFigures(file = MEASURED_FIGURES_FILE): MeasuredFigures {
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run npm run bench -- lambda --model bedrock --write-figures data/capacity/figures.json`);
  const figures = JSON.parse(fs.readFileSync(file, 'utf8')) as MeasuredFigures;
  if (!Array.isArray(figures.workerCpuPerJob) || !figures.workerCpuPerJob.length) throw new Error(`${file}: workerCpuPerJob is empty`);
  return figures;
}

export function writeMeasuredFigures(file: string, figures: MeasuredFigures): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
}
