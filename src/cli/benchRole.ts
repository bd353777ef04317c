// Owns the service processes `bench pipeline` spawns: one role (api or worker) started like
// `main.js <role>` in split mode, with every AWS SDK call counted by operation. It prints
// `BENCH_READY <graphql url or "worker">` once serving and, when SIGTERM has stopped it gracefully,
// `BENCH_AWS_CALLS <json>` (operation → calls) and `BENCH_PROCESS <json>` (CPU ms and event-loop
// utilisation since ready: a process whose loop is busy all the time is bound by its own CPU, not by round trips).
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config';
import { startApp, type Role } from '../app';
import { AwsCallCounter } from '../adapters/awsCallCounter';
import { createLogger } from '../observability/logger';
import { subscribe } from 'node:diagnostics_channel';
import { SUBMIT_PHASES_CHANNEL, type SubmitPhasesMs } from '../services/jobService';
import { TRANSITION_TIMES_CHANNEL, type TransitionTimesMs } from '../../workers/pipeline';

export const READY_LINE = 'BENCH_READY';
export const CALLS_LINE = 'BENCH_AWS_CALLS';
export const PROCESS_LINE = 'BENCH_PROCESS';
/** `BENCH_AWS_LATENCY <json>`: operation → round-trip p50/p99 ms. */
export const LATENCY_LINE = 'BENCH_AWS_LATENCY';
/** `BENCH_SUBMIT_PHASES <json>`: phase → p50/p99 ms over the submits this API process accepted. */
export const PHASES_LINE = 'BENCH_SUBMIT_PHASES';
/** `BENCH_TRANSITIONS <json>`: "jobId/version" → [stored, published] epoch ms, for every event the worker sent. */
export const TRANSITIONS_LINE = 'BENCH_TRANSITIONS';

function quantiles(values: number[]): { p50: number; p99: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor((q / 100) * sorted.length))] ?? 0;
  return { p50: Number(at(50).toFixed(1)), p99: Number(at(99).toFixed(1)), n: sorted.length };
}

async function run(role: string): Promise<void> {
  if (role !== 'api' && role !== 'worker') throw new Error(`unknown role "${role}": expected api or worker`);
  const config = loadConfig({ ...process.env, MODE: 'split' });
  const logger = createLogger({ level: config.logLevel });
  const counter = new AwsCallCounter();
  const phases = new Map<string, number[]>();
  subscribe(SUBMIT_PHASES_CHANNEL, (message) => {
    for (const [phase, ms] of Object.entries(message as SubmitPhasesMs)) {
      const list = phases.get(phase) ?? [];
      list.push(ms);
      phases.set(phase, list);
    }
  });
  const transitions: Record<string, [number, number]> = {};
  subscribe(TRANSITION_TIMES_CHANNEL, (message) => {
    const t = message as TransitionTimesMs;
    for (const v of t.versions) transitions[`${t.jobId}/${v}`] = [t.storedAtMs, t.publishedAtMs];
  });
  const app = await startApp({ config, roles: new Set<Role>([role]), logger, onAwsClients: (c) => counter.attachAll(c) });
  const cpuAtReady = process.cpuUsage();
  const loopAtReady = performance.eventLoopUtilization();
  process.once('SIGTERM', () => {
    // Measured up to the signal: the graceful stop is not part of the work.
    const cpu = process.cpuUsage(cpuAtReady);
    const loop = performance.eventLoopUtilization(loopAtReady);
    const usage = { cpuMs: Math.round((cpu.user + cpu.system) / 1000), wallMs: Math.round(loop.idle + loop.active), eventLoopUtilization: Number(loop.utilization.toFixed(3)) };
    app.stop().then(
      () => {
        const phaseQuantiles = Object.fromEntries([...phases].map(([phase, list]) => [phase, quantiles(list)]));
        process.stdout.write(
          `${CALLS_LINE} ${JSON.stringify(counter.snapshot())}\n${PROCESS_LINE} ${JSON.stringify(usage)}\n${LATENCY_LINE} ${JSON.stringify(counter.latencies())}\n${PHASES_LINE} ${JSON.stringify(phaseQuantiles)}\n${TRANSITIONS_LINE} ${JSON.stringify(transitions)}\n`,
          () => process.exit(0),
        );
      },
      () => process.exit(1),
    );
  });
  process.stdout.write(`${READY_LINE} ${app.graphqlUrl ?? 'worker'}\n`);
}

if (require.main === module) {
  run(process.argv[2] ?? '').catch((err) => {
    process.stderr.write(`bench role failed to start: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  });
}
