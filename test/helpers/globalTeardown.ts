// Owns tearing down what globalSetup started, and proves it: the DynamoDB Local JVM must be gone.

import { rmSync } from 'node:fs';
import type { LocalInfrastructure } from '../../src/local/launcher';

export default async function globalTeardown(): Promise<void> {
  const buildRunDir = (globalThis as Record<string, unknown>).__chartcoderBuildRunDir as string | undefined;
  if (buildRunDir) rmSync(buildRunDir, { recursive: true, force: true });
  const state = (globalThis as Record<string, unknown>).__chartcoderInfra as
    | { infra: LocalInfrastructure; dataDir: string }
    | undefined;
  if (!state) return;
  await state.infra.stop();
  rmSync(state.dataDir, { recursive: true, force: true });
  try {
    process.kill(state.infra.dynamodbPid, 0);
    throw new Error(`DynamoDB Local (pid ${state.infra.dynamodbPid}) is still running after stop()`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}
