// Integration: the store, queue and topic round trips a job costs, counted at the network boundary (a
// middleware on each AWS SDK client, one count per HTTP attempt, keyed by operation and table/queue/topic),
// on real DynamoDB Local and fauxqs. An API and a worker run as the split mode runs them (each its own
// composition root and clients, SNS between them, the embedded engine as the model), N notes go through
// GraphQL, and the calls per job are held to a committed budget, so a change that adds a round trip to the
// worker path or the submit path fails here (issue 11 §5). The table is printed for the record.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { createAwsClients, destroyAwsClients, type AwsClients } from '../../src/adapters/awsClients';
import { DynamoJobStore } from '../../src/adapters/dynamo/dynamoJobStore';
import { isolatedServiceEnv } from '../helpers/infra';
import { gqlOk } from '../helpers/graphqlClient';
import { SubmitNoteDocument } from '../generated/graphql';

const TENANT = 'acme';
const JOBS = 24;
const CONCURRENCY = 8;
const NOTE = [
  'ASSESSMENT AND PLAN',
  'Type 2 diabetes mellitus with diabetic chronic kidney disease, CKD stage 3a: continue metformin.',
  'Essential hypertension: continue lisinopril. Denies chest pain.',
].join('\n');
const TERMINAL = new Set(['COMPLETED', 'NEEDS_REVIEW', 'FAILED', 'CANCELLED']);

/**
 * Round trips per job the worker may spend, by `<service> <operation> <resource>` (resource: the table,
 * queue or topic without this run's prefix). An operation not listed may not be called at all.
 *  - one read to start (the job with its sealed note, BatchGetItem), no other read: the run carries the job it wrote;
 *  - one conditional write per write point (before each paid model call, and the report): 3, each the job item
 *    and the stage's output in one TransactWriteItems;
 *  - the events of each write in one PublishBatch (at most 3; concurrent jobs share batches);
 *  - one receive per message at most, one delete per message at most (batched across jobs).
 */
const WORKER_BUDGET_PER_JOB: Record<string, number> = {
  'DynamoDB BatchGetItem jobs': 1,
  'DynamoDB TransactWriteItems jobs': 3,
  'SNS PublishBatch events': 3,
  'SQS ReceiveMessage notes': 1,
  'SQS DeleteMessageBatch notes': 1,
};
/**
 * Calls a worker makes whatever N is, once it has started: a sweep of the active-jobs index (one Query per
 * shard), the long polls open when it stops (one per receiver), so the budget is per job plus this.
 */
const WORKER_FIXED_CALLS: Record<string, number> = {
  'DynamoDB Query jobs': 8,
  'SQS ReceiveMessage notes': 8,
};
/**
 * The submit path, per submit: admission (leased blocks on the tenant's counter item: at most one UpdateItem
 * per submit, a tenant submitting one note at a time; fewer as its rate grows), the job and its sealed note
 * in one conditional PutItem, the claim check enqueued (one SendMessage) and the QUEUED event announced (one
 * PublishBatch).
 */
const API_SUBMIT_BUDGET_PER_JOB: Record<string, number> = {
  'DynamoDB UpdateItem jobs': 1,
  'DynamoDB PutItem jobs': 1,
  'SQS SendMessage notes': 1,
  'SNS PublishBatch events': 1,
};

type Counts = Map<string, number>;

interface MiddlewareStackLike {
  add(middleware: (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => Promise<unknown>, options: { step: 'deserialize'; name: string }): void;
}

/** The table, queue or topic a request names (the first, for a transaction), without the run's prefix. */
function resourceOf(input: Record<string, unknown>, prefix: string): string {
  const strip = (name: string) => (name.startsWith(prefix) ? name.slice(prefix.length) : name);
  if (typeof input.TableName === 'string') return strip(input.TableName);
  if (input.RequestItems && typeof input.RequestItems === 'object') return strip(Object.keys(input.RequestItems)[0] ?? '?');
  if (Array.isArray(input.TransactItems)) {
    const first = input.TransactItems[0] as Record<string, { TableName?: string }>;
    const table = Object.values(first ?? {})[0]?.TableName;
    return table ? strip(table) : '?';
  }
  if (typeof input.QueueUrl === 'string') return strip(input.QueueUrl.split('/').pop() ?? '?');
  if (typeof input.QueueName === 'string') return strip(input.QueueName);
  if (typeof input.TopicArn === 'string') return strip(input.TopicArn.split(':').pop() ?? '?');
  if (typeof input.Name === 'string') return strip(input.Name);
  return '-';
}

/** Counts every request the process's clients send, by `<service> <operation> <resource>`. */
function countCalls(clients: AwsClients, counts: Counts, prefix: string): void {
  const services: Array<[string, { middlewareStack: unknown }]> = [
    ['DynamoDB', clients.dynamodb],
    ['SQS', clients.sqs],
    ['SNS', clients.sns],
  ];
  for (const [service, client] of services) {
    (client.middlewareStack as MiddlewareStackLike).add(
      (next, context) => (args) => {
        const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        const input = ((args as { input?: Record<string, unknown> }).input ?? {}) as Record<string, unknown>;
        const key = `${service} ${operation} ${resourceOf(input, prefix)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return next(args);
      },
      { step: 'deserialize', name: 'roundTripCounter' },
    );
  }
}

function table(title: string, counts: Counts, jobs: number): string {
  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `  ${key.padEnd(46)} ${String(n).padStart(5)}  ${(n / jobs).toFixed(2).padStart(6)}/job`);
  return [`${title} (${jobs} jobs)`, ...rows].join('\n');
}

/** The calls counted since `before` was copied. */
function since(counts: Counts, before: Counts): Counts {
  const out: Counts = new Map();
  for (const [key, n] of counts) if (n > (before.get(key) ?? 0)) out.set(key, n - (before.get(key) ?? 0));
  return out;
}

/** Calls beyond the budget: `[key, calls, allowed]` for every operation over it. */
function overBudget(counts: Counts, perJob: Record<string, number>, fixed: Record<string, number>, jobs: number, only?: (key: string) => boolean): Array<[string, number, number]> {
  const over: Array<[string, number, number]> = [];
  for (const [key, n] of counts) {
    if (only && !only(key)) continue;
    const allowed = (perJob[key] ?? 0) * jobs + (fixed[key] ?? 0);
    if (n > allowed) over.push([key, n, allowed]);
  }
  return over;
}

let clients: AwsClients | undefined;
const dataDirs: string[] = [];
const running: App[] = [];

afterAll(async () => {
  await Promise.all(running.splice(0).map((app) => app.stop()));
  if (clients) destroyAwsClients(clients);
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts an API and a worker on a private table, queues and topic, submits `jobs` notes over GraphQL, waits
 * until every job is stored terminal and the worker has stopped (its last deletes out), and returns the calls
 * each process made from the first submit on.
 */
async function runJobs(jobs: number, extraEnv: Record<string, string> = {}): Promise<{ worker: Counts; submit: Counts }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-trips-'));
  dataDirs.push(dataDir);
  const serviceEnv = isolatedServiceEnv(dataDir, 'trips');
  const env = { MODE: 'split', PORT: '0', LOG_LEVEL: 'silent', WORKER_CONCURRENCY: String(CONCURRENCY), ...serviceEnv, ...extraEnv };
  const config = loadConfig(env);
  const prefix = serviceEnv.TABLE_PREFIX;
  const logger = createLogger({ level: 'silent' });
  const apiCounts: Counts = new Map();
  const workerCounts: Counts = new Map();
  const api = await startApp({ config, roles: new Set(['api']), logger, onAwsClients: (c) => countCalls(c, apiCounts, prefix) });
  running.push(api);
  const worker = await startApp({ config, roles: new Set(['worker']), logger, onAwsClients: (c) => countCalls(c, workerCounts, prefix) });
  running.push(worker);
  clients ??= createAwsClients(config.aws);
  const store = new DynamoJobStore({ client: clients.dynamodb, tableName: api.resources.jobsTable });

  const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: TENANT, roles: ['submitter', 'reader'] });
  // Start-up (provisioning lookups, the API's event queue) is not per job: counted from here on.
  const apiBefore = new Map(apiCounts);
  const workerBefore = new Map(workerCounts);
  const ids: string[] = [];
  // A few clients at once, as integration teams submit.
  for (let i = 0; i < jobs; i += CONCURRENCY) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, jobs - i) }, () => gqlOk(api.graphqlUrl!, token, SubmitNoteDocument, { input: { text: NOTE, noteType: 'PROGRESS_NOTE' } })),
    );
    ids.push(...batch.map((r) => r.submitNote.job.id));
  }
  const submit = since(apiCounts, apiBefore);

  // Waits on the stored state: every job terminal.
  const statuses = new Map<string, string>();
  for (;;) {
    for (const id of ids) if (!TERMINAL.has(statuses.get(id) ?? '')) statuses.set(id, (await store.get(TENANT, id)).status);
    if (ids.every((id) => TERMINAL.has(statuses.get(id)!))) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect([...statuses.values()].every((s) => s === 'COMPLETED' || s === 'NEEDS_REVIEW')).toBe(true);
  // The graceful stop waits for the last deletes: every round trip of these jobs is counted.
  await worker.stop();
  running.splice(running.indexOf(worker), 1);
  return { worker: since(workerCounts, workerBefore), submit };
}

it('a job costs no more store, queue and topic round trips than the committed budget, worker and submit alike', async () => {
  const { worker, submit } = await runJobs(JOBS);
  process.stdout.write(`${table('Worker round trips', worker, JOBS)}\n${table('API round trips while submitting', submit, JOBS)}\n`);
  expect(overBudget(worker, WORKER_BUDGET_PER_JOB, WORKER_FIXED_CALLS, JOBS)).toEqual([]);
  // The API's own event queue (SNS delivery to its subscribers) is the bus's cost, not the submit's.
  expect(overBudget(submit, API_SUBMIT_BUDGET_PER_JOB, {}, JOBS, (key) => !key.includes(' events-'))).toEqual([]);
  // Every job was read, written and acknowledged: the counter sees the real path, not a short cut.
  expect(worker.get('DynamoDB TransactWriteItems jobs') ?? 0).toBeGreaterThanOrEqual(JOBS);
  expect(submit.get('DynamoDB PutItem jobs') ?? 0).toBeGreaterThanOrEqual(JOBS);
}, 300_000);

it('stages longer than a heartbeat: a heartbeat extends the visibility and renews the lease in one conditional UpdateItem, never re-reading the job', async () => {
  // A 6 s visibility timeout (heartbeat every 2 s) and model calls of 3 s: every job sees heartbeats.
  const jobs = CONCURRENCY;
  const { worker } = await runJobs(jobs, { VISIBILITY_TIMEOUT_SECONDS: '6', LOCAL_MODEL_LATENCY_MS: '3000' });
  process.stdout.write(`${table('Worker round trips, stages longer than a heartbeat', worker, jobs)}\n`);
  const heartbeats = worker.get('SQS ChangeMessageVisibility notes') ?? 0;
  expect(heartbeats).toBeGreaterThanOrEqual(jobs);
  // The run holds the job it wrote last: no GetItem, and a renewal is one conditional UpdateItem of the lease.
  expect(worker.get('DynamoDB GetItem jobs') ?? 0).toBe(0);
  expect(worker.get('DynamoDB PutItem jobs') ?? 0).toBe(0);
  // A renewal only ever rides a heartbeat (one just after the run's own write extends the visibility alone).
  expect(worker.get('DynamoDB UpdateItem jobs') ?? 0).toBeLessThanOrEqual(heartbeats);
  expect(worker.get('DynamoDB TransactWriteItems jobs') ?? 0).toBeLessThanOrEqual(3 * jobs);
}, 300_000);
