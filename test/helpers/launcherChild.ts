// Owns a child process for launcher tests: starts the embedded infrastructure on a given data dir,
// prints its endpoints as one JSON line, then waits to be stopped (SIGTERM) or killed (SIGKILL).

import { startLocalInfrastructure } from '../../src/local/launcher';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  const infra = await startLocalInfrastructure({ dataDir, region: 'us-east-1' });
  process.stdout.write(`${JSON.stringify({ ...infra, pid: process.pid })}\n`);
  process.once('SIGTERM', () => {
    void infra.stop().then(() => process.exit(0));
  });
  setInterval(() => undefined, 60_000);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
