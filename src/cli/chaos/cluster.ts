// Owns the chaos harness's cluster: DynamoDB Local (on disk, fixed port, so it can be stopped and restarted
// on its data) and fauxqs (restartable on its port, losing its in-memory queues as a real restart would),
// the Bedrock Converse test double, and the service as spawned `api` and `worker` processes (split mode).
// It also observes from outside: jobs are read from DynamoDB, the source of truth, never from the API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { GetQueueAttributesCommand, GetQueueUrlCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, PublishBatchCommand } from '@aws-sdk/client-sns';
import { startDynamoDbLocal, type DynamoDbLocalHandle } from '../../local/dynamodbLocal';
import { startFauxqs, type FauxqsHandle } from '../../local/fauxqsServer';
import { findFreePort } from '../../local/freePort';
import { createAwsClients, destroyAwsClients, type AwsClients } from '../../adapters/awsClients';
import { DynamoJobStore } from '../../adapters/dynamo/dynamoJobStore';
import { loadOrCreateSecretFile, mintLocalToken } from '../../auth';
import type { Job } from '../../domain/job';
import { BedrockTestServer, DOUBLE_MODEL_ID, type Handler } from '../../devtools/bedrockDouble';

export const CHAOS_TENANT = 'chaos';
export const CHAOS_MODEL_ID = DOUBLE_MODEL_ID;
export const BEDROCK_REGIONS = ['us-east-1', 'us-west-2'] as const;
const MAIN_JS = path.join(__dirname, '..', '..', 'main.js');
const READY_TIMEOUT_MS = 120_000;

export type ServiceRole = 'api' | 'worker';

/** One spawned service process; its output is kept for the readiness wait and for a failure's context. */
export class ServiceProcess {
  private out = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  port?: number;

  constructor(
    readonly role: ServiceRole,
    readonly child: ChildProcess,
  ) {
    const onData = (chunk: Buffer): void => {
      // Only the tail matters (readiness lines, the last errors).
      this.out = (this.out + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  output(): string {
    return this.out;
  }

  async ready(): Promise<void> {
    const pattern = this.role === 'api' ? /ready: GraphQL/ : /worker started/;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!pattern.test(this.out)) {
      if (!this.alive) throw new Error(`${this.role} exited before it was ready:\n${this.out.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`${this.role} not ready after ${READY_TIMEOUT_MS} ms:\n${this.out.slice(-3000)}`);
      await sleep(50);
    }
  }

  kill(signal: NodeJS.Signals): void {
    if (this.alive) this.child.kill(signal);
  }
}

export interface ClusterOptions {
  /** Resource names of their own: scenarios never see each other's jobs or messages. */
  prefix: string;
  /** Extra service environment (visibility timeout, sweeper bound, …). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export class ChaosCluster {
  readonly bedrock: BedrockTestServer;
  apis: ServiceProcess[] = [];
  workers: ServiceProcess[] = [];
  private readonly all = new Set<ServiceProcess>();
  private clients!: AwsClients;
  store!: DynamoJobStore;
  token!: string;

  private constructor(
    readonly dataDir: string,
    private dynamo: DynamoDbLocalHandle | undefined,
    private fauxqs: FauxqsHandle | undefined,
    private readonly dynamoPort: number,
    private readonly sqsPort: number,
    bedrock: BedrockTestServer,
    private readonly options: ClusterOptions,
  ) {
    this.bedrock = bedrock;
  }

  static async start(options: ClusterOptions): Promise<ChaosCluster> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `chartcoder-chaos-${options.prefix}-`));
    const dynamoPort = await findFreePort();
    const dynamo = await startDynamoDbLocal({ dbDir: path.join(dataDir, 'dynamodb'), port: dynamoPort });
    let fauxqs: FauxqsHandle;
    let bedrock: BedrockTestServer;
    try {
      fauxqs = await startFauxqs({ region: 'us-east-1' });
      bedrock = await BedrockTestServer.start([...BEDROCK_REGIONS]);
    } catch (err) {
      // Never leave a JVM behind a failed start.
      await dynamo.stop();
      throw err;
    }
    const cluster = new ChaosCluster(dataDir, dynamo, fauxqs, dynamoPort, fauxqs.port, bedrock, options);
    cluster.clients = createAwsClients({
      region: 'us-east-1',
      dynamodbEndpoint: dynamo.endpoint,
      sqsEndpoint: fauxqs.endpoint,
      snsEndpoint: fauxqs.endpoint,
    });
    // The processes share DATA_DIR as a shared secret store would: one note key, one JWT secret.
    const secret = loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret'));
    cluster.token = await mintLocalToken(secret, { tenant: CHAOS_TENANT, roles: ['submitter', 'reader', 'admin'] });
    // Reads job records only (status, stages, timestamps): no note key needed.
    cluster.store = new DynamoJobStore({ client: cluster.clients.dynamodb, tableName: cluster.jobsTable });
    return cluster;
  }

  get jobsTable(): string {
    return `${this.options.prefix}-jobs`;
  }

  private env(extra: Record<string, string>): Record<string, string> {
    return {
      DATA_DIR: this.dataDir,
      AWS_REGION: 'us-east-1',
      DYNAMODB_ENDPOINT: `http://127.0.0.1:${this.dynamoPort}`,
      SQS_ENDPOINT: `http://127.0.0.1:${this.sqsPort}`,
      SNS_ENDPOINT: `http://127.0.0.1:${this.sqsPort}`,
      TABLE_PREFIX: `${this.options.prefix}-`,
      QUEUE_PREFIX: `${this.options.prefix}-`,
      MODEL_PROVIDER: 'bedrock',
      BEDROCK_SUMMARIZER_MODEL_ID: CHAOS_MODEL_ID,
      BEDROCK_CODER_MODEL_ID: CHAOS_MODEL_ID,
      BEDROCK_REGIONS: BEDROCK_REGIONS.join(','),
      BEDROCK_ENDPOINT_URLS: this.bedrock.endpointUrls,
      // The test double accepts any signature; the SDK still signs.
      AWS_ACCESS_KEY_ID: 'chaos',
      AWS_SECRET_ACCESS_KEY: 'chaos',
      RATE_LIMIT_NOTES_PER_MINUTE: '0',
      LOG_LEVEL: 'info',
      ...this.options.env,
      ...extra,
    };
  }

  /** Spawns `node dist/src/main.js <role>` and waits until it is ready. */
  async spawn(role: ServiceRole, extra: Record<string, string> = {}): Promise<ServiceProcess> {
    const env: Record<string, string> = { ...this.env(extra) };
    let port: number | undefined;
    if (role === 'api') {
      port = extra.PORT ? Number(extra.PORT) : await findFreePort();
      env.PORT = String(port);
    }
    const child = spawn(process.execPath, [MAIN_JS, role], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const proc = new ServiceProcess(role, child);
    proc.port = port;
    this.all.add(proc);
    (role === 'api' ? this.apis : this.workers).push(proc);
    await proc.ready();
    return proc;
  }

  /** Replaces a dead (or killed) process by a new one of the same role (an API keeps its port). */
  async restart(proc: ServiceProcess): Promise<ServiceProcess> {
    await proc.exited;
    const list = proc.role === 'api' ? this.apis : this.workers;
    list.splice(list.indexOf(proc), 1);
    return this.spawn(proc.role, proc.port ? { PORT: String(proc.port) } : {});
  }

  apiUrls(): string[] {
    return this.apis.map((a) => `http://127.0.0.1:${a.port}/graphql`);
  }

  async stopDynamo(): Promise<void> {
    await this.dynamo?.stop();
    this.dynamo = undefined;
  }

  /** Same port, same data directory: the restart a crashed or patched database server gets. */
  async startDynamo(): Promise<void> {
    this.dynamo = await startDynamoDbLocal({ dbDir: path.join(this.dataDir, 'dynamodb'), port: this.dynamoPort });
  }

  /** fauxqs keeps queues, topics and messages in memory: a restart loses all of them. */
  async restartQueues(downMs: number): Promise<void> {
    await this.fauxqs?.stop();
    this.fauxqs = undefined;
    await sleep(downMs);
    this.fauxqs = await startFauxqs({ region: 'us-east-1', port: this.sqsPort });
  }

  /** The notes queue, for sending a claim check a second time as SQS's at-least-once delivery may. */
  async notesQueue(): Promise<{ sqs: SQSClient; url: string }> {
    const { QueueUrl } = await this.clients.sqs.send(new GetQueueUrlCommand({ QueueName: `${this.options.prefix}-notes` }));
    return { sqs: this.clients.sqs, url: QueueUrl! };
  }

  /** Messages waiting in the DLQ (0 when it does not exist). */
  async deadLetterCount(): Promise<number> {
    try {
      const { QueueUrl } = await this.clients.sqs.send(new GetQueueUrlCommand({ QueueName: `${this.options.prefix}-notes-dlq` }));
      const attrs = await this.clients.sqs.send(
        new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
      );
      return Number(attrs.Attributes?.ApproximateNumberOfMessages ?? 0) + Number(attrs.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0);
    } catch {
      return 0;
    }
  }

  /** Publishes events straight to the events topic, as a busy tenant's workers would (a fan-out load). */
  async floodEvents(count: number): Promise<void> {
    const { TopicArn } = await this.clients.sns.send(new CreateTopicCommand({ Name: `${this.options.prefix}-events` }));
    const at = new Date().toISOString();
    for (let i = 0; i < count; i += 10) {
      const entries = Array.from({ length: Math.min(10, count - i) }, (_, k) => {
        const n = i + k;
        // A well-formed job id (ULID alphabet) per event, so every subscriber's version gate admits it.
        const jobId = `01JCXG8Z9Q4W7N3V5T${String(n).padStart(8, '0')}`;
        return { Id: String(k), Message: JSON.stringify({ tenantId: CHAOS_TENANT, jobId, status: 'REDACTING', version: 2, progress: 0, at }) };
      });
      await this.clients.sns.send(new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries: entries }));
    }
  }

  /** Resident memory of a process in MiB (Linux /proc), or undefined when unreadable. */
  static rssMiB(pid: number | undefined): number | undefined {
    if (!pid) return undefined;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** Every job of the chaos tenant, read page by page from DynamoDB. */
  async jobs(): Promise<Job[]> {
    const jobs: Job[] = [];
    let after: string | undefined;
    do {
      const page = await this.store.list(CHAOS_TENANT, {}, { first: 100, ...(after ? { after } : {}) });
      jobs.push(...page.items.map((i) => i.job));
      after = page.hasNextPage ? page.endCursor : undefined;
    } while (after);
    return jobs;
  }

  setModel(handler: Handler): void {
    this.bedrock.reset(handler);
  }

  async stop(): Promise<void> {
    for (const p of this.all) p.kill('SIGKILL');
    await Promise.all([...this.all].map((p) => p.exited));
    destroyAwsClients(this.clients);
    await this.bedrock.close();
    await this.fauxqs?.stop().catch(() => undefined);
    await this.dynamo?.stop().catch(() => undefined);
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
