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

export const READY_LINE = 'BENCH_READY';
export const CALLS_LINE = 'BENCH_AWS_CALLS';
export const PROCESS_LINE = 'BENCH_PROCESS';

async function run(role: string): Promise<void> {
  if (role !== 'api' && role !== 'worker') throw new Error(`unknown role "${role}": expected api or worker`);
  const config = loadConfig({ ...process.env, MODE: 'split' });
  const logger = createLogger({ level: config.logLevel });
  const counter = new AwsCallCounter();
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
        process.stdout.write(`${CALLS_LINE} ${JSON.stringify(counter.snapshot())}\n${PROCESS_LINE} ${JSON.stringify(usage)}\n`, () => process.exit(0));
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
