// Owns the integration-test infrastructure of one jest run: starts DynamoDB Local (one JVM) and
// fauxqs on ephemeral ports with a temp data dir, and hands the endpoints to test workers through
// an env var pointing at a JSON file. Set CHARTCODER_TEST_INFRA yourself to reuse running servers.
// It also gives the run a directory where the e2e files build dist/ and the workbench once (buildOnce.ts).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startLocalInfrastructure } from '../../src/local/launcher';
import { INFRA_ENV, TestInfraInfo } from './infra';
import { BUILD_RUN_DIR_ENV } from './buildOnce';

export default async function globalSetup(): Promise<void> {
  // A fresh directory per run (a watch-mode rerun builds again); workers inherit the variable.
  const buildRunDir = mkdtempSync(path.join(tmpdir(), 'chartcoder-build-'));
  process.env[BUILD_RUN_DIR_ENV] = buildRunDir;
  (globalThis as Record<string, unknown>).__chartcoderBuildRunDir = buildRunDir;
  if (process.env[INFRA_ENV]) return;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'chartcoder-it-'));
  const region = 'us-east-1';
  const infra = await startLocalInfrastructure({ dataDir, region });
  const info: TestInfraInfo = {
    region,
    dataDir,
    dynamodbEndpoint: infra.dynamodbEndpoint,
    sqsEndpoint: infra.sqsEndpoint,
    snsEndpoint: infra.snsEndpoint,
    dynamodbPid: infra.dynamodbPid,
    startupMs: infra.startupMs,
  };
  const file = path.join(dataDir, 'infra.json');
  writeFileSync(file, JSON.stringify(info, null, 2));
  // Test workers are forked after globalSetup and inherit this.
  process.env[INFRA_ENV] = file;
  (globalThis as Record<string, unknown>).__chartcoderInfra = { infra, dataDir };
  if (process.env.CHARTCODER_TEST_VERBOSE) {
    process.stderr.write(`\nlocal infra: dynamodb ${info.startupMs.dynamodb} ms, fauxqs ${info.startupMs.fauxqs} ms\n`);
  }
}
