// Owns the capacity model (`npm run capacity`): from a daily note volume, note size and peak factor, the worker
// and API tasks, Bedrock tokens per minute and provisioned-throughput model units needed, from measured
// per-job figures (engine CPU from `npm run bench -- engine`, prompt sizes from the shipped prompts and tool
// schemas counted the way the Bedrock test double counts them) and named assumptions.
import { parseArgs } from 'node:util';
import { loadPrompt } from '../models/prompts';
import { CODES_TOOL, SUMMARY_TOOL, forcedTool } from '../models/bedrock/tools';

/** Measured: whole engine, warm, all threads, the slower of the two corpora (README, `npm run bench -- engine --passes 3`). */
export const ENGINE_BYTES_PER_CPU_SECOND = 2.1e6;
/** Test-double accounting (src/devtools/bedrockDouble.ts): one token per 4 characters of request or answer JSON. */
export const CHARS_PER_TOKEN = 4;
/** Measured: median summary length 23.5% of the note (summary gold, held-out split). */
export const SUMMARY_LENGTH_RATIO = 0.235;
const SECONDS_PER_DAY = 86_400;

export interface CapacityAssumptions {
  /**
   * CPU per job outside the engine (queue, DynamoDB, envelope crypto, events). Measured bound: one worker
   * process saturates at 14.4 jobs/s (`bench pipeline --model-latency 2000 --concurrency 64`), ≤ 1/14.4 CPU-s.
   */
  pipelineCpuSecondsPerJob: number;
  /** Model wall time per job (summarizer then coder), which holds a worker slot. */
  modelSecondsPerJob: number;
  /** Cores one worker task's Node process keeps busy (JavaScript runs on one thread). */
  workerVcpus: number;
  workerConcurrency: number;
  /** Target CPU utilisation of a worker task at peak (headroom for GC and bursts). */
  targetCpuUtilisation: number;
  apiSubmitsPerSecondPerTask: number;
  minApiTasks: number;
  /** Coder's engine brief (candidates with reasons, rejections, summary) in tokens. */
  coderBriefTokens: number;
  /** Coder answer (codes with evidence quotes) in tokens. */
  coderOutputTokens: number;
  /** Tokens per minute one provisioned-throughput model unit sustains (model-specific: ask AWS for yours). */
  tokensPerMinutePerModelUnit: number;
  /** On-demand tokens-per-minute quota of the account for the model (Service Quotas). */
  onDemandTokensPerMinuteQuota: number;
}

export const DEFAULT_ASSUMPTIONS: CapacityAssumptions = {
  pipelineCpuSecondsPerJob: 0.07,
  modelSecondsPerJob: 8,
  workerVcpus: 1,
  workerConcurrency: 16,
  targetCpuUtilisation: 0.7,
  apiSubmitsPerSecondPerTask: 40,
  minApiTasks: 2,
  coderBriefTokens: 1_500,
  coderOutputTokens: 400,
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

export function capacityPlan(input: CapacityInput, a: CapacityAssumptions = DEFAULT_ASSUMPTIONS, fixed = fixedPromptTokens()): CapacityPlan {
  const peakNotesPerSecond = (input.notesPerDay / SECONDS_PER_DAY) * input.peakFactor;
  const cpuSecondsPerNote = input.avgChars / ENGINE_BYTES_PER_CPU_SECOND + a.pipelineCpuSecondsPerJob;
  const workerTasksForCpu = Math.ceil((peakNotesPerSecond * cpuSecondsPerNote) / (a.workerVcpus * a.targetCpuUtilisation));
  // Little's law: jobs in flight = arrival rate × time each holds a slot.
  const inFlight = peakNotesPerSecond * (a.modelSecondsPerJob + cpuSecondsPerNote);
  const workerTasksForConcurrency = Math.ceil(inFlight / a.workerConcurrency);
  const workerTasks = Math.max(1, workerTasksForCpu, workerTasksForConcurrency);
  const apiTasks = Math.max(a.minApiTasks, Math.ceil(peakNotesPerSecond / a.apiSubmitsPerSecondPerTask));

  const noteTokens = Math.ceil(input.avgChars / CHARS_PER_TOKEN);
  // The redacted note goes to both roles; the coder also gets the summary and the engine's brief.
  const summaryTokens = Math.ceil((input.avgChars * SUMMARY_LENGTH_RATIO) / CHARS_PER_TOKEN);
  const inputTokensPerNote = fixed.summarizer + noteTokens + fixed.coder + noteTokens + summaryTokens + a.coderBriefTokens;
  // The summary tool answer carries each statement with its verbatim quotes: about twice the summary text.
  const outputTokensPerNote = 2 * summaryTokens + a.coderOutputTokens;
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

export function formatPlan(input: CapacityInput, plan: CapacityPlan, a: CapacityAssumptions): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return [
    `notes/day ${n(input.notesPerDay)}, avg ${n(input.avgChars)} chars, peak ×${n(input.peakFactor)} → ${n(plan.peakNotesPerSecond)} notes/s at peak`,
    `CPU per note: ${n(plan.cpuSecondsPerNote)} CPU-s (engine ${n(ENGINE_BYTES_PER_CPU_SECOND / 1e6)} MB/CPU-s measured + ${a.pipelineCpuSecondsPerJob} pipeline)`,
    `worker tasks (${a.workerVcpus} busy core, concurrency ${a.workerConcurrency}): ${plan.workerTasks}  [CPU ${plan.workerTasksForCpu}, in-flight ${plan.workerTasksForConcurrency} at ${a.modelSecondsPerJob} s model time/job]`,
    `API tasks: ${plan.apiTasks}`,
    `Bedrock tokens/note: ${n(plan.inputTokensPerNote)} in + ${n(plan.outputTokensPerNote)} out; ${n(plan.peakTokensPerMinute)} tokens/min at peak`,
    `provisioned throughput: ${plan.modelUnits} model unit(s) at ${n(a.tokensPerMinutePerModelUnit)} tokens/min per unit (assumed: use your model's figure)`,
    `first bottleneck: ${plan.bottleneck}`,
  ].join('\n');
}

if (require.main === module) {
  try {
    const { input, assumptions } = parseCapacityArgs(process.argv.slice(2));
    console.log(formatPlan(input, capacityPlan(input, assumptions), assumptions));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}
