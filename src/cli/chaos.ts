// Owns `npm run chaos`: runs the fault-injection scenarios (src/cli/chaos/scenarios.ts) against the service
// in split mode (API and workers as their own processes, real local DynamoDB and SQS/SNS, the Bedrock
// Converse test double) and prints one table per scenario. Exit code 1 when any scenario lost or
// duplicated a job, or failed one without a reason or that was not poison.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runScenario, type ScenarioResult } from './chaos/run';
import { NOT_YET, scenarios } from './chaos/scenarios';

export interface ChaosOptions {
  jobs: number;
  names?: string[];
  kills: number;
  modelLatencyMs: number;
  seed: number;
  deadlineMs: number;
  texts?: string[];
  submitPerSecond?: number;
  /** Run the scenarios side by side instead of one after the other. */
  parallel?: boolean;
  /** Service environment applied over every scenario's own (e.g. to see a fix switched off). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export async function runChaos(options: ChaosOptions): Promise<ScenarioResult[]> {
  const all = scenarios({ kills: options.kills });
  const unknown = (options.names ?? []).filter((n) => !all.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${all.map((s) => s.name).join(', ')}`);
  const chosen = options.names?.length ? all.filter((s) => options.names!.includes(s.name)) : all;
  const run = (chosenScenario: (typeof chosen)[number]): Promise<ScenarioResult> => {
    const scenario = options.env ? { ...chosenScenario, env: { ...chosenScenario.env, ...options.env } } : chosenScenario;
    const { jobs, texts, submitPerSecond, modelLatencyMs, deadlineMs, seed, log } = options;
    return runScenario(scenario, { jobs, texts, submitPerSecond, modelLatencyMs, deadlineMs, seed, log });
  };
  // Each scenario has its own servers, ports and resource names, so they may also run side by side
  // (the CI short form); the full run keeps them one at a time so throughput figures are not shared.
  if (options.parallel) return Promise.all(chosen.map(run));
  const results: ScenarioResult[] = [];
  for (const scenario of chosen) results.push(await run(scenario));
  return results;
}

/** What the acceptance asks of every scenario. */
export function verdict(r: ScenarioResult): string[] {
  const problems: string[] = [];
  if (r.lost > 0) problems.push(`${r.lost} lost`);
  if (r.duplicated > 0) problems.push(`${r.duplicated} duplicated`);
  if (r.failedWithReason < r.failed) problems.push(`${r.failed - r.failedWithReason} failed without a reason`);
  if (r.unexpectedFailures > 0) problems.push(`${r.unexpectedFailures} non-poison jobs failed`);
  problems.push(...r.problems);
  return problems;
}

export function formatTable(r: ScenarioResult): string {
  const f = (x: number): string => x.toFixed(1);
  const reasons = Object.entries(r.failureReasons).map(([code, n]) => `${code} ×${n}`).join(', ') || '-';
  const rows: Array<[string, string]> = [
    ['submitted', String(r.submitted)],
    ['completed', String(r.completed)],
    ['failed (with reason)', `${r.failed} (${r.failedWithReason})  ${reasons}`],
    ['lost', String(r.lost)],
    ['duplicated', `${r.duplicated}  (second job for a key ${r.duplicateDetail.secondJobForKey}, model call after stored ${r.duplicateDetail.modelCallAfterStored})`],
    ['wasted model answers', `${r.wastedModelCalls}  (answered, never stored: a worker died, lost a race or gave up on a slow answer)`],
    ['completion p50 / p99', `${(r.p50Ms / 1000).toFixed(2)} s / ${(r.p99Ms / 1000).toFixed(2)} s`],
    ['throughput jobs/s', `before ${f(r.throughput.before)} · during ${f(r.throughput.during)} · after ${f(r.throughput.after)}`],
    ['back to ≥80% of before', r.recoverySeconds === undefined ? 'not reached (or no pre-fault rate)' : `${r.recoverySeconds.toFixed(0)} s after the fault`],
    ['dead letters', String(r.deadLetters)],
    ['fault / run length', `${f(r.faultSeconds)} s / ${f(r.elapsedSeconds)} s`],
  ];
  const problems = verdict(r);
  const width = Math.max(...rows.map(([k]) => k.length));
  return [
    `== ${r.name}: ${r.fault}`,
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
    ...r.notes.map((n) => `  ${'note'.padEnd(width)}  ${n}`),
    ...r.duplicateDetail.afterStored.map((a) => `  ${'repeated call'.padEnd(width)}  ${a.call}: arrived ${a.arrivedAfterStoredMs} ms after the output was stored (call #${a.seq}, ${a.callsForStage} calls for that stage)`),
    `  verdict${' '.repeat(width - 5)}  ${problems.length ? `FAIL: ${problems.join('; ')}` : 'ok'}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      jobs: { type: 'string', default: '200' },
      scenario: { type: 'string', multiple: true },
      kills: { type: 'string', default: '10' },
      'model-latency': { type: 'string', default: '200' },
      seed: { type: 'string', default: '11' },
      'deadline-seconds': { type: 'string', default: '600' },
      verbose: { type: 'boolean', default: false },
      /** Machine-readable results on stdout (one JSON array) instead of the tables. */
      json: { type: 'boolean', default: false },
      /** A JSON array of note texts to use instead of the synthetic corpus. */
      'texts-file': { type: 'string' },
      'submit-rate': { type: 'string' },
      env: { type: 'string', multiple: true },
      parallel: { type: 'boolean', default: false },
    },
  });
  const results = await runChaos({
    jobs: Number(values.jobs),
    names: values.scenario,
    kills: Number(values.kills),
    modelLatencyMs: Number(values['model-latency']),
    seed: Number(values.seed),
    deadlineMs: Number(values['deadline-seconds']) * 1000,
    ...(values.env ? { env: Object.fromEntries(values.env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])) } : {}),
    parallel: values.parallel,
    ...(values['submit-rate'] ? { submitPerSecond: Number(values['submit-rate']) } : {}),
    ...(values['texts-file'] ? { texts: JSON.parse(fs.readFileSync(values['texts-file'], 'utf8')) as string[] } : {}),
    log: (line) => {
      if (values.verbose) process.stderr.write(`${line}\n`);
    },
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
  } else {
    for (const r of results) console.log(`${formatTable(r)}\n`);
    for (const n of NOT_YET) console.log(`not run: ${n.name} (${n.why})`);
  }
  process.exitCode = results.some((r) => verdict(r).length > 0) ? 1 : 0;
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(2);
  });
}
