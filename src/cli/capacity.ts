// Owns the capacity model (`npm run capacity`): from a daily note volume, note size and peak factor, the worker
// and API tasks, Bedrock tokens per minute and provisioned-throughput model units needed. Per-job CPU and
// tokens come from measurement (data/capacity/figures.json, written by `npm run bench -- lambda --model
// bedrock --write-figures …`: warm worker invocations on real notes, tokens as the Converse calls reported
// them); what is not measured here (model latency, per-unit throughput, quotas) is a named assumption.
import { parseArgs } from 'node:util';
import { loadPrompt } from '../models/prompts';
import { CODES_TOOL, SUMMARY_TOOL, forcedTool } from '../models/bedrock/tools';
import { at, fitPerChar, readMeasuredFigures, type LinearFit, type MeasuredFigures } from './capacityFigures';

/** The wire double's accounting (src/devtools/bedrockDouble.ts): one token per 4 characters of request or answer JSON. */
export const CHARS_PER_TOKEN = 4;
const SECONDS_PER_DAY = 86_400;

/** Per job, as a function of note length: fitted to the measured jobs. */
export interface PerJobFigures {
  cpuSeconds: LinearFit;
  inputTokens: LinearFit;
  outputTokens: LinearFit;
  /** Where the figures come from: the bench command, when and where it ran. */
  source: string;
}

export function perJobFigures(f: MeasuredFigures): PerJobFigures {
  if (!f.bedrockTokensPerJob?.length) throw new Error('the figures file has no Bedrock token accounting: write it with npm run bench -- lambda --model bedrock');
  return {
    cpuSeconds: fitPerChar(f.workerCpuPerJob.map((p) => ({ chars: p.chars, y: p.cpuMs / 1000 }))),
    inputTokens: fitPerChar(f.bedrockTokensPerJob.map((p) => ({ chars: p.chars, y: p.inputTokens }))),
    outputTokens: fitPerChar(f.bedrockTokensPerJob.map((p) => ({ chars: p.chars, y: p.outputTokens }))),
    source: `\`${f.command}\` at ${f.measuredAt} on ${f.machine}`,
  };
}

export interface CapacityAssumptions {
  /** Not measured (the wire double answers at once): model wall time per job (summarizer then coder), which holds a worker slot. */
  modelSecondsPerJob: number;
  /** Cores one worker task's Node process keeps busy (JavaScript runs on one thread). */
  workerVcpus: number;
  workerConcurrency: number;
  /** Target CPU utilisation of a worker task at peak (headroom for GC and bursts). */
  targetCpuUtilisation: number;
  /** Not measured here: submits one API task takes (a conservative bound under `bench pipeline`'s measured rate). */
  apiSubmitsPerSecondPerTask: number;
  minApiTasks: number;
  /** Not measured: tokens per minute one provisioned-throughput model unit sustains (model-specific: ask AWS for yours). */
  tokensPerMinutePerModelUnit: number;
  /** Not measured: the account's on-demand tokens-per-minute quota for the model (Service Quotas). */
  onDemandTokensPerMinuteQuota: number;
}

export const DEFAULT_ASSUMPTIONS: CapacityAssumptions = {
  modelSecondsPerJob: 8,
  workerVcpus: 1,
  workerConcurrency: 16,
  targetCpuUtilisation: 0.7,
  apiSubmitsPerSecondPerTask: 40,
  minApiTasks: 2,
  tokensPerMinutePerModelUnit: 100_000,
  onDemandTokensPerMinuteQuota: 400_000,
};

export interface CapacityInput {
  notesPerDay: number;
  avgChars: number;
  peakFactor: number;
}

export interface CapacityPlan {
  peakNotesPerSecond: number;
  cpuSecondsPerNote: number;
  workerTasks: number;
  workerTasksForCpu: number;
  workerTasksForConcurrency: number;
  apiTasks: number;
  inputTokensPerNote: number;
  outputTokensPerNote: number;
  peakTokensPerMinute: number;
  modelUnits: number;
  bottleneck: string;
}

/** Fixed prompt tokens per call: system prompt plus forced tool schema, as shipped in this build. */
export function fixedPromptTokens(): { summarizer: number; coder: number } {
  const tokens = (chars: number) => Math.ceil(chars / CHARS_PER_TOKEN);
  return {
    summarizer: tokens(loadPrompt('summarizer').text.length + JSON.stringify(forcedTool(SUMMARY_TOOL)).length),
    coder: tokens(loadPrompt('coder').text.length + JSON.stringify(forcedTool(CODES_TOOL)).length),
  };
}

export function capacityPlan(input: CapacityInput, a: CapacityAssumptions = DEFAULT_ASSUMPTIONS, perJob: PerJobFigures = perJobFigures(readMeasuredFigures())): CapacityPlan {
  const peakNotesPerSecond = (input.notesPerDay / SECONDS_PER_DAY) * input.peakFactor;
  const cpuSecondsPerNote = at(perJob.cpuSeconds, input.avgChars);
  const workerTasksForCpu = Math.ceil((peakNotesPerSecond * cpuSecondsPerNote) / (a.workerVcpus * a.targetCpuUtilisation));
  // Little's law: jobs in flight = arrival rate × time each holds a slot.
  const inFlight = peakNotesPerSecond * (a.modelSecondsPerJob + cpuSecondsPerNote);
  const workerTasksForConcurrency = Math.ceil(inFlight / a.workerConcurrency);
  const workerTasks = Math.max(1, workerTasksForCpu, workerTasksForConcurrency);
  const apiTasks = Math.max(a.minApiTasks, Math.ceil(peakNotesPerSecond / a.apiSubmitsPerSecondPerTask));

  const inputTokensPerNote = Math.round(at(perJob.inputTokens, input.avgChars));
  const outputTokensPerNote = Math.round(at(perJob.outputTokens, input.avgChars));
  const peakTokensPerMinute = Math.ceil(peakNotesPerSecond * 60 * (inputTokensPerNote + outputTokensPerNote));
  const modelUnits = Math.ceil(peakTokensPerMinute / a.tokensPerMinutePerModelUnit);

  const bottleneck =
    peakTokensPerMinute > a.onDemandTokensPerMinuteQuota
      ? `Bedrock: ${peakTokensPerMinute.toLocaleString('en-US')} tokens/min at peak exceeds the on-demand quota (${a.onDemandTokensPerMinuteQuota.toLocaleString('en-US')}): provisioned throughput or a quota increase`
      : `none yet; Bedrock tokens/min reaches the on-demand quota first, at ${Math.floor((a.onDemandTokensPerMinuteQuota / peakTokensPerMinute) * input.notesPerDay).toLocaleString('en-US')} notes/day`;
  return { peakNotesPerSecond, cpuSecondsPerNote, workerTasks, workerTasksForCpu, workerTasksForConcurrency, apiTasks, inputTokensPerNote, outputTokensPerNote, peakTokensPerMinute, modelUnits, bottleneck };
}

export class CapacityUsageError extends Error {
  override readonly name = 'CapacityUsageError';
}

function positive(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new CapacityUsageError(`--${name} is required`);
    return fallback;
  }
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(n) || n <= 0) throw new CapacityUsageError(`--${name}: expected a positive number, got "${raw}"`);
  return n;
}

export function parseCapacityArgs(argv: string[]): { input: CapacityInput; assumptions: CapacityAssumptions } {
  const { values } = parseArgs({
    args: argv,
    options: {
      'notes-per-day': { type: 'string' },
      'avg-chars': { type: 'string' },
      'peak-factor': { type: 'string' },
      'model-seconds-per-job': { type: 'string' },
      'tokens-per-minute-per-unit': { type: 'string' },
      'on-demand-tpm-quota': { type: 'string' },
    },
    strict: true,
  });
  return {
    input: {
      notesPerDay: positive('notes-per-day', values['notes-per-day']),
      avgChars: positive('avg-chars', values['avg-chars'], 4_000),
      peakFactor: positive('peak-factor', values['peak-factor'], 3),
    },
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      modelSecondsPerJob: positive('model-seconds-per-job', values['model-seconds-per-job'], DEFAULT_ASSUMPTIONS.modelSecondsPerJob),
      tokensPerMinutePerModelUnit: positive('tokens-per-minute-per-unit', values['tokens-per-minute-per-unit'], DEFAULT_ASSUMPTIONS.tokensPerMinutePerModelUnit),
      onDemandTokensPerMinuteQuota: positive('on-demand-tpm-quota', values['on-demand-tpm-quota'], DEFAULT_ASSUMPTIONS.onDemandTokensPerMinuteQuota),
    },
  };
}

export function formatPlan(input: CapacityInput, plan: CapacityPlan, a: CapacityAssumptions, perJob: PerJobFigures): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const fit = (f: LinearFit, digits: number) => `${f.fixed.toFixed(digits)} + ${(f.perChar * 1000).toFixed(digits)}/1k chars over ${f.points} jobs`;
  return [
    `notes/day ${n(input.notesPerDay)}, avg ${n(input.avgChars)} chars, peak ×${n(input.peakFactor)} → ${n(plan.peakNotesPerSecond)} notes/s at peak`,
    `measured per job: CPU-s ${fit(perJob.cpuSeconds, 3)}; input tokens ${fit(perJob.inputTokens, 0)}; output tokens ${fit(perJob.outputTokens, 0)}`,
    `  from ${perJob.source}`,
    `CPU per note: ${n(plan.cpuSecondsPerNote)} CPU-s (measured, whole worker process)`,
    `worker tasks (${a.workerVcpus} busy core, concurrency ${a.workerConcurrency}): ${plan.workerTasks}  [CPU ${plan.workerTasksForCpu}, in-flight ${plan.workerTasksForConcurrency} at ${a.modelSecondsPerJob} s model time/job (assumed)]`,
    `API tasks: ${plan.apiTasks} (assumed ${a.apiSubmitsPerSecondPerTask} submits/s per task, at least ${a.minApiTasks})`,
    `Bedrock tokens/note: ${n(plan.inputTokensPerNote)} in + ${n(plan.outputTokensPerNote)} out (measured); ${n(plan.peakTokensPerMinute)} tokens/min at peak`,
    `provisioned throughput: ${plan.modelUnits} model unit(s) at ${n(a.tokensPerMinutePerModelUnit)} tokens/min per unit (assumed: use your model's figure)`,
    `first bottleneck: ${plan.bottleneck} (on-demand quota assumed ${n(a.onDemandTokensPerMinuteQuota)} tokens/min)`,
  ].join('\n');
}

if (require.main === module) {
  try {
    const { input, assumptions } = parseCapacityArgs(process.argv.slice(2));
    const perJob = perJobFigures(readMeasuredFigures());
    console.log(formatPlan(input, capacityPlan(input, assumptions, perJob), assumptions, perJob));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}
