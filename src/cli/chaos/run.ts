// Owns one chaos scenario run: starts a cluster, submits N notes through the API with idempotency keys
// (clients retry every failure with the same key), injects the scenario's fault while work is under way,
// waits for every job to reach a terminal state and measures what happened from DynamoDB and the model
// double: lost, duplicated, failed with or without a reason, completion times and throughput around the fault.
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { mulberry32 } from '../../engine/random';
import { encodeJobMessage } from '../../adapters/sqs/sqsJobQueue';
import { generateCorpus } from '../../eval/synthetic';
import { isTerminal, type Job, type PipelineStage } from '../../domain/job';
import { oracle, noteOf, type ConverseCall, type Handler, type Reply } from '../../devtools/bedrockDouble';
import { ChaosCluster, CHAOS_TENANT, sleep } from './cluster';

/** Marks a note whose model calls always fail (a poison message); plain words the redactor keeps. */
export const POISON_MARKER = 'poison control specimen pending';
/** Synthetic notes only (invented people); a seed of its own so no evaluation set is reused. */
const CHAOS_CORPUS_SEED = 11_011;
const SUBMIT = 'mutation($input: SubmitNoteInput!) { submitNote(input: $input) { job { id } } }';
const SUBMIT_RETRY_MS = 250;
const POLL_INTERVAL_MS = 1_000;
const RECOVERY_WINDOW_MS = 5_000;
const STAGE_OF_ROLE: Record<string, PipelineStage> = { summarizer: 'SUMMARIZING', coder: 'CODING' };

export interface ScenarioContext {
  cluster: ChaosCluster;
  /** Resolves once this share (0..1) of the jobs has been accepted by the API. */
  submittedFraction(fraction: number): Promise<void>;
  /** Resolves once this share of the jobs is terminal. */
  terminalFraction(fraction: number): Promise<void>;
  log(line: string): void;
  random(): number;
  /** A line printed under the scenario's table. */
  note(line: string): void;
  /** A failed expectation of the scenario itself (beyond lost/duplicated), printed and counted in the verdict. */
  problem(line: string): void;
}

export interface Scenario {
  name: string;
  /** One line for the table's heading. */
  fault: string;
  apis?: number;
  workers?: number;
  /** Service environment of this scenario (visibility timeout, sweeper bound, …). */
  env?: Record<string, string>;
  /** Every k-th note is poison. */
  poisonEvery?: number;
  /** Each accepted job's claim check is also sent a second time (SQS is at-least-once). */
  duplicateMessages?: boolean;
  /** The model's behaviour; the default answers well after `modelLatencyMs`. */
  model?: (base: Handler, random: () => number) => Handler;
  /** Runs beside the submissions; returns when the fault is over. */
  inject(ctx: ScenarioContext): Promise<void>;
  /** Submissions per second (spreads the run so the fault lands mid-work). */
  submitPerSecond?: number;
}

export interface RunOptions {
  jobs: number;
  /** Note texts to cycle through; default: synthetic notes of every style (invented people). */
  texts?: string[];
  /** Overrides the scenario's submission pace. */
  submitPerSecond?: number;
  modelLatencyMs: number;
  deadlineMs: number;
  seed: number;
  log?: (line: string) => void;
}

export interface ScenarioResult {
  name: string;
  fault: string;
  submitted: number;
  completed: number;
  failed: number;
  failedWithReason: number;
  failureReasons: Record<string, number>;
  /** Jobs that failed without being poison. */
  unexpectedFailures: number;
  lost: number;
  duplicated: number;
  duplicateDetail: { secondJobForKey: number; modelCallAfterStored: number; afterStored: AfterStoredCall[] };
  /** Model answers that were not the one stored (a worker died or lost a race): paid, not repeated after storage. */
  wastedModelCalls: number;
  p50Ms: number;
  p99Ms: number;
  throughput: { before: number; during: number; after: number };
  /** Seconds after the fault until a 5 s window completes jobs at ≥ 80% of the pre-fault rate; undefined: never. */
  recoverySeconds?: number;
  deadLetters: number;
  faultSeconds: number;
  elapsedSeconds: number;
  notes: string[];
  problems: string[];
}

export async function runScenario(scenario: Scenario, options: RunOptions): Promise<ScenarioResult> {
  const log = options.log ?? (() => undefined);
  const random = mulberry32(options.seed);
  const cluster = await ChaosCluster.start({ prefix: `chaos-${scenario.name}`, env: scenario.env ?? {}, log });
  try {
    return await drive(cluster, scenario, options, random, log);
  } catch (err) {
    const tails = [...cluster.apis, ...cluster.workers].map((p) => `--- ${p.role}\n${p.output().slice(-1500)}`).join('\n');
    log(`scenario ${scenario.name} failed; process output tails:\n${tails}`);
    throw err;
  } finally {
    await cluster.stop();
  }
}

async function drive(cluster: ChaosCluster, scenario: Scenario, options: RunOptions, random: () => number, log: (l: string) => void): Promise<ScenarioResult> {
  const okAnswers = new Map<string, number>();
  const base: Handler = async (call) => ({ ...(oracle(call) as Exclude<Reply, { reset: true }>), delayMs: options.modelLatencyMs });
  const behaviour = scenario.model ? scenario.model(base, random) : base;
  const poisonAware: Handler = async (call) => {
    if (noteOf(call.body).includes(POISON_MARKER)) return { error: 'InternalServerException', status: 500, delayMs: 20 };
    const reply = await behaviour(call);
    if ('tool' in reply) {
      const key = callKey(call);
      if (key) okAnswers.set(key, (okAnswers.get(key) ?? 0) + 1);
    }
    return reply;
  };
  cluster.setModel(poisonAware);

  await Promise.all([
    ...Array.from({ length: scenario.apis ?? 1 }, () => cluster.spawn('api')),
    ...Array.from({ length: scenario.workers ?? 2 }, () => cluster.spawn('worker')),
  ]);

  const texts = options.texts ?? generateCorpus({ seed: CHAOS_CORPUS_SEED, notes: Math.min(options.jobs, 40) }).map((n) => n.text);
  const submissions = Array.from({ length: options.jobs }, (_, i) => {
    const poison = scenario.poisonEvery !== undefined && i % scenario.poisonEvery === scenario.poisonEvery - 1;
    return { key: `${scenario.name}-${options.seed}-${i}`, text: poison ? `${texts[i % texts.length]}\nLab: ${POISON_MARKER}.\n` : texts[i % texts.length], poison };
  });
  const accepted = new Map<string, string[]>();
  const jobIdsByKey = new Map<string, Set<string>>();
  let latest: Job[] = [];
  const waiters: Array<() => void> = [];
  const wake = (): void => waiters.splice(0).forEach((w) => w());
  const until = async (cond: () => boolean): Promise<void> => {
    while (!cond()) await new Promise<void>((r) => waiters.push(r));
  };
  const terminalCount = (): number => latest.filter((j) => isTerminal(j.status)).length;

  const duplicateQueue = scenario.duplicateMessages ? await cluster.notesQueue() : undefined;

  const startedMs = Date.now();
  const faultWindow = { start: 0, end: 0 };
  const notes: string[] = [];
  const problems: string[] = [];
  const ctx: ScenarioContext = {
    cluster,
    submittedFraction: (f) => until(() => accepted.size >= Math.ceil(f * options.jobs)),
    terminalFraction: (f) => until(() => terminalCount() >= Math.ceil(f * options.jobs)),
    log,
    random,
    note: (line) => notes.push(line),
    problem: (line) => problems.push(line),
  };

  // Clients: a paced stream of submissions, each retried with its key until the API accepts it.
  const perSecond = options.submitPerSecond ?? scenario.submitPerSecond ?? 4;
  let next = 0;
  const submitting = Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < submissions.length) {
        const index = next++;
        const note = submissions[index];
        const dueMs = startedMs + (index * 1000) / perSecond;
        if (dueMs > Date.now()) await sleep(dueMs - Date.now());
        for (let attempt = 0; Date.now() - startedMs < options.deadlineMs; attempt++) {
          const jobId = await submitOnce(cluster, note.text, note.key, attempt);
          if (jobId) {
            if (!jobIdsByKey.has(note.key)) jobIdsByKey.set(note.key, new Set());
            jobIdsByKey.get(note.key)!.add(jobId);
            accepted.set(note.key, [...jobIdsByKey.get(note.key)!]);
            if (duplicateQueue) await sendCopy(duplicateQueue, jobId);
            wake();
            break;
          }
          await sleep(SUBMIT_RETRY_MS);
        }
      }
    }),
  );

  const polling = (async () => {
    while (Date.now() - startedMs < options.deadlineMs) {
      try {
        latest = await cluster.jobs();
      } catch {
        // The store may be the thing that is down; look again.
      }
      wake();
      if (accepted.size === submissions.length && terminalCount() >= latest.length && latest.length >= submissions.length) return;
      await sleep(POLL_INTERVAL_MS);
    }
  })();

  const fault = (async () => {
    // A steady pre-fault rate first: the fault lands once a quarter of the jobs are done.
    await ctx.terminalFraction(0.25);
    faultWindow.start = Date.now();
    log(`${scenario.name}: injecting fault`);
    await scenario.inject(ctx);
    faultWindow.end = Date.now();
    log(`${scenario.name}: fault over after ${((faultWindow.end - faultWindow.start) / 1000).toFixed(1)} s`);
  })();

  await Promise.race([Promise.all([submitting, fault, polling]), polling.then(() => sleep(1))]);
  await fault.catch((err) => log(`fault injection failed: ${(err as Error).message}`));
  await polling;
  const endedMs = Date.now();
  latest = await cluster.jobs();
  const deadLetters = await cluster.deadLetterCount();
  return measure({ scenario, notes: submissions, remarks: notes, problems, jobIdsByKey, jobs: latest, calls: cluster.bedrock.calls, okAnswers, faultWindow, startedMs, endedMs, deadLetters });
}

async function submitOnce(cluster: ChaosCluster, text: string, key: string, attempt: number): Promise<string | undefined> {
  const urls = cluster.apiUrls();
  if (urls.length === 0) return undefined;
  const url = urls[attempt % urls.length];
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cluster.token}` },
      body: JSON.stringify({ query: SUBMIT, variables: { input: { text, idempotencyKey: key, noteType: 'PROGRESS_NOTE' } } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { data?: { submitNote?: { job?: { id?: string } } } };
    return body.data?.submitNote?.job?.id ?? undefined;
  } catch {
    return undefined;
  }
}

async function sendCopy(queue: { sqs: SQSClient; url: string }, jobId: string): Promise<void> {
  try {
    // The service's own claim-check encoding: a copy the worker could not decode would only test the DLQ.
    await queue.sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: encodeJobMessage({ tenantId: CHAOS_TENANT, jobId }) }));
  } catch {
    // A lost copy only makes the scenario milder.
  }
}

/** A model call that reached the model after its stage's output was stored: which, and how late. */
export interface AfterStoredCall {
  call: string;
  arrivedAfterStoredMs: number;
  seq: number;
  callsForStage: number;
}

function callKey(call: ConverseCall): string | undefined {
  const jobId = call.body.requestMetadata?.jobId;
  const stage = STAGE_OF_ROLE[call.body.requestMetadata?.role ?? ''];
  return jobId && stage ? `${jobId}/${stage}` : undefined;
}

interface MeasureInput {
  scenario: Scenario;
  notes: Array<{ key: string; poison: boolean }>;
  remarks: string[];
  problems: string[];
  jobIdsByKey: Map<string, Set<string>>;
  jobs: Job[];
  calls: ConverseCall[];
  okAnswers: Map<string, number>;
  faultWindow: { start: number; end: number };
  startedMs: number;
  endedMs: number;
  deadLetters: number;
}

export function measure(m: MeasureInput): ScenarioResult {
  const notesByJob = new Map<string, { poison: boolean }>();
  let secondJobForKey = 0;
  let neverAccepted = 0;
  const byKey = new Map<string, Set<string>>();
  for (const job of m.jobs) {
    if (!job.idempotencyKey) continue;
    if (!byKey.has(job.idempotencyKey)) byKey.set(job.idempotencyKey, new Set());
    byKey.get(job.idempotencyKey)!.add(job.jobId);
  }
  for (const note of m.notes) {
    const ids = new Set([...(m.jobIdsByKey.get(note.key) ?? []), ...(byKey.get(note.key) ?? [])]);
    if (ids.size === 0) neverAccepted++;
    secondJobForKey += Math.max(0, ids.size - 1);
    for (const id of ids) notesByJob.set(id, note);
  }
  const terminal = m.jobs.filter((j) => isTerminal(j.status));
  const completed = terminal.filter((j) => j.status === 'COMPLETED' || j.status === 'NEEDS_REVIEW');
  const failed = terminal.filter((j) => j.status === 'FAILED');
  const failureReasons: Record<string, number> = {};
  for (const j of failed) failureReasons[j.error?.code ?? 'NO_REASON'] = (failureReasons[j.error?.code ?? 'NO_REASON'] ?? 0) + 1;

  // A paid call is repeated when it reaches the model after the stage's output was stored.
  const storedAt = new Map<string, number>();
  for (const job of m.jobs) {
    for (const [stage, record] of Object.entries(job.stages)) if (record?.completedAt) storedAt.set(`${job.jobId}/${stage}`, Date.parse(record.completedAt));
  }
  let modelCallAfterStored = 0;
  const afterStored: AfterStoredCall[] = [];
  for (const call of m.calls) {
    const key = callKey(call);
    const at = key ? storedAt.get(key) : undefined;
    if (at !== undefined && call.atMs > at) {
      modelCallAfterStored++;
      afterStored.push({ call: key!, arrivedAfterStoredMs: call.atMs - at, seq: call.seq, callsForStage: m.calls.filter((c) => callKey(c) === key).length });
    }
  }
  let wastedModelCalls = 0;
  for (const count of m.okAnswers.values()) wastedModelCalls += Math.max(0, count - 1);

  const completionMs = terminal.map((j) => Date.parse(j.updatedAt) - Date.parse(j.createdAt)).sort((a, b) => a - b);
  const doneAt = terminal.map((j) => Date.parse(j.updatedAt)).sort((a, b) => a - b);
  const rate = (from: number, to: number): number => (to > from ? doneAt.filter((t) => t >= from && t < to).length / ((to - from) / 1000) : 0);
  const lastDone = doneAt.length ? doneAt[doneAt.length - 1] + 1 : m.endedMs;
  const { start, end } = m.faultWindow;
  const before = start ? rate(m.startedMs, start) : 0;
  let recoverySeconds: number | undefined;
  if (end) {
    for (let t = end; t + RECOVERY_WINDOW_MS <= lastDone + RECOVERY_WINDOW_MS; t += 1000) {
      if (rate(t, t + RECOVERY_WINDOW_MS) >= 0.8 * before) {
        recoverySeconds = (t - end) / 1000;
        break;
      }
    }
  }
  const lostJobs = m.jobs.filter((j) => !isTerminal(j.status)).length;
  const poisonIds = new Set([...notesByJob].filter(([, n]) => n.poison).map(([id]) => id));
  return {
    name: m.scenario.name,
    fault: m.scenario.fault,
    submitted: m.notes.length,
    completed: completed.length,
    failed: failed.length,
    failedWithReason: failed.filter((j) => j.error?.code && j.error.reason).length,
    failureReasons,
    unexpectedFailures: failed.filter((j) => !poisonIds.has(j.jobId)).length,
    lost: lostJobs + neverAccepted,
    duplicated: secondJobForKey + modelCallAfterStored,
    duplicateDetail: { secondJobForKey, modelCallAfterStored, afterStored },
    wastedModelCalls,
    p50Ms: percentile(completionMs, 50),
    p99Ms: percentile(completionMs, 99),
    throughput: { before, during: start && end ? rate(start, Math.max(end, start + 1)) : 0, after: end ? rate(end, lastDone) : 0 },
    ...(recoverySeconds !== undefined ? { recoverySeconds } : {}),
    deadLetters: m.deadLetters,
    faultSeconds: start && end ? (end - start) / 1000 : 0,
    elapsedSeconds: (m.endedMs - m.startedMs) / 1000,
    notes: m.remarks,
    problems: m.problems,
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

