// Owns the service processes `bench pipeline` spawns: one role (api or worker) started like
// `main.js <role>` in split mode, with every AWS SDK call counted by operation. It prints
// `BENCH_READY <graphql url or "worker">` once serving and, when SIGTERM has stopped it gracefully,
// `BENCH_AWS_CALLS <json>` (operation → calls), then exits.
import { loadConfig } from '../config';
import { startApp, type Role } from '../app';
import { AwsCallCounter } from '../adapters/awsCallCounter';
import { createLogger } from '../observability/logger';

export const READY_LINE = 'BENCH_READY';
export const CALLS_LINE = 'BENCH_AWS_CALLS';

async function run(role: string): Promise<void> {
  if (role !== 'api' && role !== 'worker') throw new Error(`unknown role "${role}": expected api or worker`);
  const config = loadConfig({ ...process.env, MODE: 'split' });
  const logger = createLogger({ level: config.logLevel });
  const counter = new AwsCallCounter();
  const app = await startApp({ config, roles: new Set<Role>([role]), logger, onAwsClients: (c) => counter.attachAll(c) });
  process.once('SIGTERM', () => {
    app.stop().then(
      () => {
        process.stdout.write(`${CALLS_LINE} ${JSON.stringify(counter.snapshot())}\n`, () => process.exit(0));
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
