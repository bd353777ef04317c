// Owns the service entry points: `embedded` (npm start: local DynamoDB + SQS/SNS, API and worker in
// one process), `api` and `worker` (split mode against configured endpoints or AWS), and signals.
import { loadConfig, withEndpoints, type Config } from './config';
import { startApp, type App, type Role } from './app';
import { startLocalInfrastructure, type LocalInfrastructure } from './local/launcher';
import { assertJava } from './local/java';
import { createLogger } from './observability/logger';
import { loadOrCreateSecretFile, mintLocalToken, ROLES } from './auth';
import { ChartcoderError } from './errors';
import { LocalInfrastructureError } from './local/errors';

const SHUTDOWN_TIMEOUT_MS = 60_000;
const DUPLICATE_SIGNAL_WINDOW_MS = 2_000;

async function run(command: string): Promise<void> {
  // The role decides the mode: embedded starts its own servers, api/worker use configured endpoints.
  const base = loadConfig({ ...process.env, MODE: command === 'embedded' ? 'embedded' : 'split' });
  const logger = createLogger({ level: base.logLevel });
  let infra: LocalInfrastructure | undefined;
  let config: Config = base;
  let roles: Set<Role>;

  if (command === 'embedded') {
    assertJava();
    infra = await startLocalInfrastructure({ dataDir: base.dataDir, region: base.aws.region, dynamodbPort: base.local.dynamodbPort || undefined, sqsPort: base.local.sqsPort || undefined });
    logger.info({ startupMs: infra.startupMs }, 'local DynamoDB and SQS/SNS started');
    config = withEndpoints({ ...base, mode: 'embedded' }, infra);
    roles = new Set<Role>(['api', 'worker']);
  } else if (command === 'api' || command === 'worker') {
    roles = new Set<Role>([command]);
  } else {
    throw new ChartcoderError('BAD_USER_INPUT', `unknown role "${command}": expected embedded, api or worker`);
  }

  let app: App;
  try {
    app = await startApp({ config, roles, logger, requeueActiveOnStart: command === 'embedded' });
  } catch (err) {
    await infra?.stop().catch(() => undefined);
    throw err;
  }

  let shutdownStartedMs: number | undefined;
  const shutdown = (signal: string): void => {
    if (shutdownStartedMs !== undefined) {
      // Under `npm start`, Ctrl-C reaches us twice (the terminal's process group and npm forwarding
      // it); only a deliberate second signal later on forces the exit.
      if (Date.now() - shutdownStartedMs < DUPLICATE_SIGNAL_WINDOW_MS) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    shutdownStartedMs = Date.now();
    logger.info({ signal }, 'shutting down: finishing in-flight jobs');
    const force = setTimeout(() => {
      logger.error({}, 'shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    force.unref();
    app
      .stop()
      .then(() => infra?.stop())
      .then(
        () => {
          logger.info({}, 'stopped');
          process.exit(0);
        },
        (err) => {
          logger.error({ err: (err as Error).name }, 'error during shutdown');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  if (app.graphqlUrl) {
    const lines = [`Chartcoder is ready: GraphQL (HTTP and graphql-ws) at ${app.graphqlUrl}`];
    if (config.auth.kind === 'local') {
      const secret = loadOrCreateSecretFile(config.auth.jwtSecretFile);
      const token = await mintLocalToken(secret, { tenant: 'demo', roles: [...ROLES] });
      lines.push(
        `Authenticate with "Authorization: Bearer <token>" (graphql-ws: connectionParams { Authorization }).`,
        `Demo token (tenant "demo", all roles, 12 h): ${token}`,
        `Mint others: npx chartcoder token --tenant <tenant> --roles submitter,reader`,
      );
    }
    lines.push(`Health: /healthz /readyz  Metrics: /metrics  Stop: Ctrl-C`);
    process.stdout.write(lines.join('\n') + '\n');
  }
}

const command = process.argv[2] ?? 'embedded';
run(command).catch((err) => {
  if (err instanceof ChartcoderError || err instanceof LocalInfrastructureError) {
    process.stderr.write(`chartcoder: ${err.message}\n`);
  } else {
    process.stderr.write(`chartcoder: failed to start: ${(err as Error)?.stack ?? String(err)}\n`);
  }
  process.exit(1);
});
