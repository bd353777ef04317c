// Starts the whole service in-process (API + worker) on the shared DynamoDB Local and fauxqs, with
// both model roles on Bedrock pointed at a BedrockTestServer; submits notes over GraphQL and reads
// jobs, reports and stored stage outputs back. Disposes itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { createAwsClients, destroyAwsClients } from '../../src/adapters/awsClients';
import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import type { PipelineStage } from '../../src/domain/job';
import { isolatedServiceEnv } from './infra';
import { gqlOk, waitFor } from './graphqlClient';
import { JobDocument, ReportDocument, SubmitNoteDocument } from '../generated/graphql';
import type { BedrockTestServer } from '../../src/devtools/bedrockDouble';

export const MODEL_ID = 'us.anthropic.claude-sonnet-4-20250514-v1:0';
const TERMINAL = ['COMPLETED', 'NEEDS_REVIEW', 'FAILED', 'CANCELLED'];

export interface BedrockApp {
  app: App;
  submit(text: string): Promise<string>;
  /** Waits for a terminal state; returns the job (with error) as GraphQL shows it. */
  finished(jobId: string, timeoutMs?: number): Promise<{ status: string; error?: { code: string; reason: string } | null }>;
  report(jobId: string): Promise<NonNullable<Awaited<ReturnType<typeof gqlReport>>>>;
  stageOutput<T>(jobId: string, stage: PipelineStage): Promise<T | undefined>;
  metric(name: string): Promise<Array<{ labels: Record<string, string | number>; value: number }>>;
  stop(): Promise<void>;
}

async function gqlReport(url: string, token: string, jobId: string) {
  return (await gqlOk(url, token, ReportDocument, { jobId })).report;
}

export async function startBedrockApp(server: BedrockTestServer, env: Record<string, string> = {}): Promise<BedrockApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bedrock-'));
  const config = loadConfig({
    MODE: 'split',
    PORT: '0',
    ...isolatedServiceEnv(dataDir, 'br'),
    LOG_LEVEL: 'silent',
    MODEL_PROVIDER: 'bedrock',
    BEDROCK_SUMMARIZER_MODEL_ID: MODEL_ID,
    BEDROCK_CODER_MODEL_ID: MODEL_ID,
    BEDROCK_REGIONS: 'us-east-1,us-west-2',
    BEDROCK_ENDPOINT_URLS: server.endpointUrls,
    BEDROCK_RETRY_BASE_MS: '20',
    BEDROCK_RETRY_MAX_MS: '200',
    BEDROCK_REQUEST_TIMEOUT_MS: '5000',
    ...env,
  });
  const app = await startApp({ config, roles: new Set(['api', 'worker']), logger: createLogger({ level: 'silent' }) });
  const url = app.graphqlUrl!;
  const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'tenant-br', roles: ['submitter', 'reader'] });
  const clients = createAwsClients(config.aws);
  const store = new DynamoJobStore({
    client: clients.dynamodb,
    tableName: app.resources.jobsTable,
  });
  return {
    app,
    submit: async (text) => (await gqlOk(url, token, SubmitNoteDocument, { input: { text, noteType: 'PROGRESS_NOTE' } })).submitNote.job.id,
    finished: (jobId, timeoutMs = 45_000) =>
      waitFor(async () => {
        const { job } = await gqlOk(url, token, JobDocument, { id: jobId });
        return job && TERMINAL.includes(job.status) ? job : undefined;
      }, timeoutMs, 100),
    report: async (jobId) => (await gqlReport(url, token, jobId))!,
    stageOutput: (jobId, stage) => store.getStageOutput(`tenant-br`, jobId, stage),
    metric: async (name) => {
      const m = (await app.metrics.registry.getMetricsAsJSON()).find((x) => x.name === name);
      return ((m?.values ?? []) as Array<{ labels: Record<string, string | number>; value: number }>).map((v) => ({ labels: v.labels, value: v.value }));
    },
    stop: async () => {
      await app.stop();
      destroyAwsClients(clients);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
