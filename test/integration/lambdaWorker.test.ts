// Integration: the Lambda worker entry point (workers/lambda.ts) on real DynamoDB Local and fauxqs.
// An API instance takes notes over GraphQL; the test receives the notes queue's messages as the SQS
// event source mapping would and invokes the handler with them: the jobs finish, nothing is reported
// back, and a redelivered record of a finished job is acknowledged without a second run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { createAwsClients, destroyAwsClients, type AwsClients } from '../../src/adapters/awsClients';
import { isolatedServiceEnv } from '../helpers/infra';
import { gqlOk } from '../helpers/graphqlClient';
import { JobDocument, SubmitNoteDocument } from '../generated/graphql';
import type { SqsRecord } from '../../workers/sqsBatch';
import { handler } from '../../workers/lambda';

const TENANT = 'acme';
const NOTE = 'Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease, CKD stage 3a. Plan: continue metformin.';

let api: App;
let clients: AwsClients;
let dataDir: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-lambda-'));
  const env = { MODE: 'split', PORT: '0', LOG_LEVEL: 'silent', ...isolatedServiceEnv(dataDir, 'lambda') };
  // The handler builds its composition root from process.env on its first invocation, as in Lambda.
  Object.assign(process.env, env);
  const config = loadConfig(env);
  api = await startApp({ config, roles: new Set(['api']), logger: createLogger({ level: 'silent' }) });
  clients = createAwsClients(config.aws);
});

afterAll(async () => {
  await api?.stop();
  if (clients) destroyAwsClients(clients);
  process.env = savedEnv;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function receiveRecords(max: number): Promise<SqsRecord[]> {
  const out = await clients.sqs.send(
    new ReceiveMessageCommand({ QueueUrl: api.resources.notesQueueUrl, MaxNumberOfMessages: max, WaitTimeSeconds: 2, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }),
  );
  return (out.Messages ?? []).map((m) => ({
    messageId: m.MessageId!,
    body: m.Body!,
    attributes: { ApproximateReceiveCount: m.Attributes?.ApproximateReceiveCount ?? '1' },
  }));
}

it('runs a delivered batch to COMPLETED, reports no failures, and acknowledges a redelivery of a finished job', async () => {
  const url = api.graphqlUrl!;
  const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: TENANT, roles: ['submitter', 'reader'] });
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push((await gqlOk(url, token, SubmitNoteDocument, { input: { text: NOTE, noteType: 'PROGRESS_NOTE' } })).submitNote.job.id);

  const records: SqsRecord[] = [];
  for (let tries = 0; records.length < ids.length && tries < 15; tries++) records.push(...(await receiveRecords(10)));
  // A submit whose enqueue is slower than its deadline leaves the job to the sweeper (a loaded machine):
  // the batch is whatever the queue delivered, and every delivered job must finish.
  expect(records.length).toBeGreaterThanOrEqual(1);
  const delivered = records.map((r) => (JSON.parse(r.body) as { jobId: string }).jobId);
  expect(ids).toEqual(expect.arrayContaining(delivered));

  const result = await handler({ Records: records }, { getRemainingTimeInMillis: () => 60_000 });
  expect(result).toEqual({ batchItemFailures: [] });

  for (const id of delivered) {
    const { job } = await gqlOk(url, token, JobDocument, { id });
    expect(job?.status).toBe('COMPLETED');
  }
  // At-least-once delivery: the same record again finds the job finished and is acknowledged.
  const again = await handler({ Records: [records[0]] });
  expect(again).toEqual({ batchItemFailures: [] });
  // A body that is no job message comes back, so the redrive policy can move it to the DLQ.
  const bad = await handler({ Records: [{ messageId: 'not-a-job', body: '{"hello":1}', attributes: { ApproximateReceiveCount: '1' } }] });
  expect(bad).toEqual({ batchItemFailures: [{ itemIdentifier: 'not-a-job' }] });
});
