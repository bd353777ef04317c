// Owns how integration tests reach the shared local servers: endpoints from globalSetup, SDK
// clients built the same way the service builds them, and unique resource names per test so tests
// never depend on each other or on order.

import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { AwsClients, createAwsClients, destroyAwsClients } from '../../src/adapters/awsClients';
import { provision, ProvisionedResources } from '../../src/adapters/provision';

export const INFRA_ENV = 'CHARTCODER_TEST_INFRA';

export interface TestInfraInfo {
  region: string;
  dataDir: string;
  dynamodbEndpoint: string;
  sqsEndpoint: string;
  snsEndpoint: string;
  dynamodbPid: number;
  startupMs: { dynamodb: number; fauxqs: number };
}

export function testInfra(): TestInfraInfo {
  const file = process.env[INFRA_ENV];
  if (!file) {
    throw new Error(
      `${INFRA_ENV} is not set: run integration tests with the globalSetup in test/helpers/globalSetup.ts ` +
        '(the integration project of jest.config.js does: npm run test:integration)',
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as TestInfraInfo;
}

export function uniqueName(prefix = 'it'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/**
 * Environment for one service instance (in-process or spawned) on the run's shared servers: its
 * data directory and endpoints, and table/queue names of its own so tests never share resources.
 */
export function isolatedServiceEnv(dataDir: string, prefixHint: string): Record<string, string> {
  const info = testInfra();
  const prefix = uniqueName(prefixHint);
  return {
    DATA_DIR: dataDir,
    AWS_REGION: info.region,
    DYNAMODB_ENDPOINT: info.dynamodbEndpoint,
    SQS_ENDPOINT: info.sqsEndpoint,
    SNS_ENDPOINT: info.snsEndpoint,
    TABLE_PREFIX: `${prefix}-`,
    QUEUE_PREFIX: `${prefix}-`,
  };
}

/** Clients against the shared servers; call the returned dispose in afterAll. */
export function testClients(): AwsClients & { dispose(): void } {
  const info = testInfra();
  const clients = createAwsClients({
    region: info.region,
    dynamodbEndpoint: info.dynamodbEndpoint,
    sqsEndpoint: info.sqsEndpoint,
    snsEndpoint: info.snsEndpoint,
  });
  return { ...clients, dispose: () => destroyAwsClients(clients) };
}

/** A private set of table, queues and topic for one test file. */
export async function provisionIsolated(
  clients: AwsClients,
  overrides: { maxReceiveCount?: number; visibilityTimeoutSeconds?: number } = {},
): Promise<ProvisionedResources & { prefix: string }> {
  const prefix = uniqueName();
  const resources = await provision(clients, {
    jobsTable: `${prefix}-jobs`,
    auditTable: `${prefix}-audit`,
    notesQueue: `${prefix}-notes`,
    notesDlq: `${prefix}-notes-dlq`,
    eventsTopic: `${prefix}-events`,
    visibilityTimeoutSeconds: overrides.visibilityTimeoutSeconds ?? 30,
    maxReceiveCount: overrides.maxReceiveCount ?? 3,
  });
  return { ...resources, prefix };
}
