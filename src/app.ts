// Owns the composition root: every client, adapter and service is constructed here, once, from
// validated config, and passed down. Roles: `api` (GraphQL server), `worker` (SQS consumer +
// sweeper), or both in one process (embedded default, in-process events).
import { randomBytes } from 'node:crypto';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { Config } from './config';
import { createAwsClients, createBedrockControlClient, createEventBridgeClient, createKmsClient, createS3Client, destroyAwsClients, isLoopbackEndpoint, type AwsClients } from './adapters/awsClients';
import { provision, provisionQueues, provisionTopic, type ProvisionedResources, type ProvisionSpec } from './adapters/provision';
import { MessagingRecovery } from './adapters/messagingRecovery';
import { DynamoJobStore } from './adapters/dynamo/dynamoJobStore';
import { DynamoReviewStore } from './adapters/dynamo/dynamoReviewStore';
import { ReportService } from './services/report';
import { ReviewService } from './services/reviewService';
import { engineForReview } from './services/reviewEngine';
import { TrainingExportService } from './services/reviewTrainingService';
import { BedrockModelCustomizer } from './adapters/training/bedrockCustomization';
import { ReviewMetrics } from './observability/reviewMetrics';
import { SqsJobQueue } from './adapters/sqs/sqsJobQueue';
import { SnsEventBus } from './adapters/sns/snsEventBus';
import { InProcessEventBus } from './adapters/events/inProcessEventBus';
import { EventBridgeBus } from './adapters/events/eventBridgeBus';
import { EnvelopeNoteSealer } from './crypto/noteSealer';
import { LocalKeyWrapper } from './crypto/localKeyWrapper';
import { KmsKeyProvider } from './adapters/kms/kmsKeyProvider';
import { ClinicalEngine } from './engine';
import { loadCodeSet } from './engine/icd10';
import type { ModelProvider } from './models/port';
import { createModelProvider, type BedrockTelemetry } from './models/bedrock';
import { JobService, MAX_BATCH_SIZE } from './services/jobService';
import { MemoryRateBucketStore, policyOf, SubmissionRateLimiter } from './services/rateLimiter';
import { DynamoRateBucketStore } from './adapters/dynamo/dynamoRateBucketStore';
import { LeasedRateBucketStore } from './services/admissionLease';
import { LocalTokenVerifier, OidcTokenVerifier, ROLES, loadOrCreateSecretFile, mintLocalToken, type TokenVerifier } from './auth';
import { createApiServer, type ApiServer, GRAPHQL_PATH } from './server/http';
import { defaultWebRoot } from './server/static';
import { bedrockBreakerState } from './server/readiness';
import { createLogger, type Logger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { systemClock } from './domain/clock';
import { Pipeline, type JobProcessor } from '../workers/pipeline';
import { JobConsumer } from '../workers/consumer';
import { Sweeper } from '../workers/sweeper';
import { redriveDeadLetters } from '../workers/dlq';
import type { EventBus, KeyProvider } from './domain/ports';
import { DynamoAuditStore } from './adapters/dynamo/dynamoAuditStore';
import { AuditTrail } from './audit/trail';
import { DynamoApiKeyStore } from './adapters/dynamo/dynamoApiKeyStore';
import { ApiKeyService } from './auth/apiKeys';

export type Role = 'api' | 'worker';

const RECOVERY_BATCH_SIZE = 5_000;

export interface AppOptions {
  config: Config;
  roles: ReadonlySet<Role>;
  logger?: Logger;
  /**
   * Re-enqueue every non-terminal job before consuming. The embedded SQS server keeps its queues in
   * memory, so after a restart the jobs in DynamoDB are the only record of unfinished work.
   */
  requeueActiveOnStart?: boolean;
  /** Called once the AWS clients exist, before any call: `bench pipeline` counts round trips with it. */
  onAwsClients?: (clients: AwsClients) => void;
  /**
   * Who takes messages off the notes queue for the worker role: this process's consumer (`queue`, the
   * default), or the platform (`external`: AWS Lambda's SQS event source mapping hands batches to
   * `App.worker.processor`; no consumer or periodic sweeper starts, `App.worker.sweepOnce` runs one sweep).
   */
  delivery?: 'queue' | 'external';
}

export interface App {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** Port the API listens on (when the api role runs). */
  port?: number;
  graphqlUrl?: string;
  resources: ProvisionedResources;
  /** The worker role's pipeline, for a platform that delivers the messages itself (`delivery: 'external'`). */
  worker?: { processor: JobProcessor; maxReceiveCount: number; sweepOnce(): Promise<unknown> };
  /** Graceful: stop taking work, finish or return in-flight jobs, close connections. */
  stop(): Promise<void>;
}

/** Bytes a request may carry: a full batch of maximum-size notes, JSON-escaped, with headroom. */
function maxRequestBytes(config: Config): number {
  return MAX_BATCH_SIZE * config.limits.maxNoteChars * 3 + 1024 * 1024;
}

export function provisionSpec(config: Config): ProvisionSpec {
  return {
    jobsTable: config.tables.jobs,
    auditTable: config.tables.audit,
    notesQueue: config.queues.notes,
    notesDlq: config.queues.notesDlq,
    eventsTopic: config.queues.eventsTopic,
    visibilityTimeoutSeconds: config.worker.visibilityTimeoutSeconds,
    maxReceiveCount: config.worker.maxReceiveCount,
  };
}

async function resolveResources(clients: AwsClients, config: Config): Promise<ProvisionedResources> {
  // Provisioning is idempotent (create-if-missing), so it doubles as resolution of URLs and ARNs;
  // on AWS the IAM policy may allow only the describe/get calls when resources come from IaC.
  return provision(clients, provisionSpec(config));
}

/** The key provider for note encryption, and how to release it at stop. */
async function keyProvider(config: Config, roles: ReadonlySet<Role>): Promise<{ keys: KeyProvider; close(): void }> {
  const e = config.encryption;
  if (e.kind === 'local') return { keys: await LocalKeyWrapper.loadOrCreate(e.keyFile), close: () => undefined };
  const client = createKmsClient(e);
  const keys = new KmsKeyProvider({ client, keyId: e.keyId });
  // The API seals notes: check now that it can. (Workers only decrypt and have nothing to try it on.)
  if (roles.has('api')) {
    try {
      await keys.checkCanSeal();
    } catch (err) {
      client.destroy();
      throw err;
    }
  }
  return { keys, close: () => client.destroy() };
}

function tokenVerifier(config: Config): TokenVerifier {
  if (config.auth.kind === 'oidc') return new OidcTokenVerifier({ issuer: config.auth.issuer, jwksUrl: config.auth.jwksUrl, audience: config.auth.audience });
  return new LocalTokenVerifier(loadOrCreateSecretFile(config.auth.jwtSecretFile));
}

/** The same demo token `npm start` prints (tenant "demo", every role), minted per ask so it never goes stale. */
function demoTokenMinter(secretFile: string): () => Promise<string> {
  const secret = loadOrCreateSecretFile(secretFile);
  return () => mintLocalToken(secret, { tenant: 'demo', roles: [...ROLES] });
}

/** Wraps both model roles so every call's latency lands in the model-latency histogram. */
function instrumentModels(provider: ModelProvider, metrics: Metrics): ModelProvider {
  const timed = async <T>(role: string, model: string, call: () => Promise<T>): Promise<T> => {
    const end = metrics.modelLatency.startTimer({ role, model });
    try {
      return await call();
    } finally {
      end();
    }
  };
  return {
    summarizer: { id: provider.summarizer.id, summarize: (r) => timed('summarizer', provider.summarizer.id, () => provider.summarizer.summarize(r)) },
    coder: { id: provider.coder.id, code: (r) => timed('coder', provider.coder.id, () => provider.coder.code(r)) },
  };
}

const BREAKER_GAUGE = { closed: 0, 'half-open': 1, open: 2 } as const;

/** Bedrock events → metrics and a few structured logs (names and numbers only, never text). */
function bedrockTelemetry(metrics: Metrics, logger: Logger, breakerStates: Map<string, keyof typeof BREAKER_GAUGE>): BedrockTelemetry {
  return {
    attempt: (role, region, outcome) => metrics.modelAttempts.inc({ role, region, outcome }),
    breaker: (region, state) => {
      breakerStates.set(region, state);
      metrics.modelBreakerState.set({ region }, BREAKER_GAUGE[state]);
      logger.warn({ region, breaker: state }, 'bedrock region circuit breaker changed state');
    },
    failover: (role, from, to) => metrics.modelFailovers.inc({ role, from, to }),
    invocation: (role, inv) => {
      const model = inv.modelId;
      if (inv.inputTokens !== undefined) metrics.modelTokens.inc({ role, model, direction: 'input' }, inv.inputTokens);
      if (inv.outputTokens !== undefined) metrics.modelTokens.inc({ role, model, direction: 'output' }, inv.outputTokens);
      metrics.modelInvocations.inc({ role, model, region: inv.region ?? '', stop_reason: inv.stopReason ?? '', guardrail: inv.guardrailAction ?? '' });
    },
    repair: (role, reason) => metrics.modelRepairs.inc({ role, reason }),
    fallback: (role, reason) => metrics.modelFallbacks.inc({ role, reason }),
    droppedStatements: (count) => metrics.summaryStatementsDropped.inc(count),
    agreement: (a) => {
      metrics.modelCodeAgreement.inc({ kind: 'both' }, a.both);
      metrics.modelCodeAgreement.inc({ kind: 'model_only' }, a.modelOnly);
      metrics.modelCodeAgreement.inc({ kind: 'engine_only' }, a.engineOnly);
    },
  };
}

export async function startApp(options: AppOptions): Promise<App> {
  const { config, roles } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const metrics = new Metrics();
  /** Regions whose breaker changed state (absent = closed), for /readyz. */
  const breakerStates = new Map<string, keyof typeof BREAKER_GAUGE>();
  // Models are built first (workers only): a bedrock role without a model id or credentials stops
  // the process before anything else starts.
  const engine = roles.has('worker') ? new ClinicalEngine({ fiscalYear: config.icd10FiscalYear, phi: config.phi, summary: config.summary }) : undefined;
  const builtModels = engine
    ? await createModelProvider({
        roles: { summarizer: config.models.summarizer, coder: config.models.coder },
        bedrock: config.models.bedrock,
        engine,
        localLatencyMs: config.models.localLatencyMs,
        clock: systemClock,
        telemetry: bedrockTelemetry(metrics, logger, breakerStates),
      })
    : undefined;
  const clients = createAwsClients(config.aws);
  options.onAwsClients?.(clients);
  let resources: ProvisionedResources;
  let keys: Awaited<ReturnType<typeof keyProvider>> | undefined;
  try {
    resources = await resolveResources(clients, config);
    keys = await keyProvider(config, roles);
  } catch (err) {
    // Nothing may outlive a failed start: close the model clients and the AWS clients.
    builtModels?.close();
    destroyAwsClients(clients);
    throw err;
  }
  const sealer = new EnvelopeNoteSealer(keys.keys);
  const store = new DynamoJobStore({ client: clients.dynamodb, tableName: resources.jobsTable, clock: systemClock, retention: config.retention });
  // A messaging server that lost its queues and topic (restart without persistence) gets them back by name;
  // the messages are gone, and the sweeper re-enqueues their jobs from DynamoDB within its configured bound.
  const recovery = new MessagingRecovery(
    async () => {
      const spec = provisionSpec(config);
      await Promise.all([provisionQueues(clients.sqs, spec), provisionTopic(clients.sns, spec.eventsTopic)]);
    },
    (count) => logger.warn({ recoveries: count }, 'queues and topic were missing and have been recreated'),
  );
  const queue = new SqsJobQueue({
    client: clients.sqs,
    queueUrl: resources.notesQueueUrl,
    onMalformed: (messageId) => logger.warn({ messageId }, 'malformed queue message left for the DLQ'),
    recovery,
  });
  const dlq = new SqsJobQueue({ client: clients.sqs, queueUrl: resources.notesDlqUrl, recovery });
  metrics.setQueueDepthSource({
    notes: async () => (await queue.depth()).visible,
    deadLetters: async () => (await dlq.depth()).visible,
  });

  // One process with both roles shares events in memory; otherwise SNS fans out to each API.
  const bothRoles = roles.has('api') && roles.has('worker');
  const serviceEvents: EventBus = bothRoles
    ? new InProcessEventBus((err) => logger.warn({ err: (err as Error).name }, 'event listener failed'))
    : new SnsEventBus({
        sns: clients.sns,
        sqs: clients.sqs,
        topicArn: resources.eventsTopicArn,
        queuePrefix: config.queues.eventsQueuePrefix,
        recovery,
        onError: (err, context) => logger.warn({ err: (err as Error).name, context }, 'event bus problem'),
      });
  // Partner systems may also get every transition on an EventBridge bus (publish only).
  const eventBridgeClient = config.eventBridge ? createEventBridgeClient(config.aws.region, config.eventBridge.endpoint) : undefined;
  const events: EventBus = eventBridgeClient ? new EventBridgeBus(serviceEvents, { client: eventBridgeClient, busName: config.eventBridge!.busName }) : serviceEvents;
  // Workers only publish; only API instances need a delivery queue.
  if (roles.has('api')) await events.start();
  const countingEvents: EventBus = {
    start: () => events.start(),
    stop: () => events.stop(),
    subscribe: (l) => events.subscribe(l),
    publish: async (e) => {
      metrics.jobTransitions.inc({ status: e.status });
      await events.publish(e);
    },
  };

  const stops: Array<() => Promise<void>> = [];
  let port: number | undefined;
  let graphqlUrl: string | undefined;
  let worker: App['worker'];

  if (engine && builtModels) {
    const models = instrumentModels(builtModels.provider, metrics);
    const pipeline = new Pipeline({
      store,
      sealer,
      events: countingEvents,
      engine,
      models,
      clock: systemClock,
      // No longer than the visibility timeout: a message redelivered after this worker dies finds the lease expired.
      lease: { owner: `worker-${process.pid}-${randomBytes(4).toString('hex')}`, durationMs: config.worker.visibilityTimeoutSeconds * 1000 },
    });
    const consumer = new JobConsumer({
      queue,
      processor: pipeline,
      concurrency: config.worker.concurrency,
      visibilityTimeoutSeconds: config.worker.visibilityTimeoutSeconds,
      maxReceiveCount: config.worker.maxReceiveCount,
      backoffBaseSeconds: config.worker.backoffBaseSeconds,
      backoffMaxSeconds: config.worker.backoffMaxSeconds,
    });
    consumer.on('processing_error', (info) =>
      logger.warn({ jobId: info.message.jobId, errorCode: info.errorCode, action: info.action, receiveCount: info.message.receiveCount }, 'job processing failed'),
    );
    consumer.on('processed', (message, outcome, durationMs) => {
      logger.info({ jobId: message.jobId, outcome: outcome.kind, durationMs }, 'job processed');
      if (outcome.kind === 'finished') {
        for (const [stage, record] of Object.entries(outcome.job.stages)) {
          if (record) metrics.stageDuration.observe({ stage }, record.durationMs / 1000);
        }
      }
    });
    const sweeper = new Sweeper({ store, queue, intervalMs: config.worker.sweepIntervalMs, stuckAfterMs: config.worker.stuckAfterMs });
    sweeper.on('swept', (r) => {
      if (r.enqueued === 0) return;
      metrics.sweeperRequeued.inc(r.enqueued);
      logger.info({ requeued: r.enqueued, found: r.found }, 'stuck jobs re-enqueued');
    });
    if (options.delivery === 'external') {
      worker = { processor: pipeline, maxReceiveCount: config.worker.maxReceiveCount, sweepOnce: () => sweeper.sweepOnce() };
      logger.info({}, 'worker pipeline ready; messages are delivered by the platform');
    } else {
      if (options.requeueActiveOnStart) {
        const recovery = new Sweeper({ store, queue, stuckAfterMs: 1, batchSize: RECOVERY_BATCH_SIZE });
        const r = await recovery.sweepOnce();
        metrics.sweeperRequeued.inc(r.enqueued);
        if (r.enqueued) logger.info({ requeued: r.enqueued }, 'unfinished jobs re-enqueued after restart');
        // Anything beyond one batch is picked up by the periodic sweeper.
      }
      consumer.start();
      sweeper.start();
      stops.push(async () => {
        logger.info({}, 'stopping worker: no new messages, finishing in-flight jobs');
        await sweeper.stop();
        await consumer.stop();
        logger.info({}, 'worker stopped');
      });
      logger.info({ concurrency: config.worker.concurrency }, 'worker started');
    }
  }

  if (roles.has('api')) {
    const jobs = new JobService({
      store,
      sealer,
      queue,
      events: countingEvents,
      limits: { maxNoteChars: config.limits.maxNoteChars, maxBatchSize: MAX_BATCH_SIZE },
      logger,
      rateLimiter: new SubmissionRateLimiter({
        // Shared buckets are charged in blocks that follow this instance's demand (services/admissionLease.ts):
        // one conditional update per block, not per note, on the tenant's one hot item.
        store:
          config.limits.rateLimitStore === 'memory'
            ? new MemoryRateBucketStore()
            : new LeasedRateBucketStore({ shared: new DynamoRateBucketStore({ client: clients.dynamodb, tableName: resources.jobsTable }) }),
        limits: {
          ...(config.limits.notesPerMinutePerTenant > 0 ? { tenant: policyOf(config.limits.notesPerMinutePerTenant, config.limits.burstNotesPerTenant) } : {}),
          perRole: Object.fromEntries(Object.entries(config.limits.notesPerMinutePerCredentialByRole).map(([role, rate]) => [role, policyOf(rate!)])),
        },
      }),
      defaultRedactionMode: config.redactionMode,
    });
    const audit = new AuditTrail({
      store: new DynamoAuditStore({ client: clients.dynamodb, tableName: resources.auditTable }),
      clock: systemClock,
      retention: config.retention,
      onDropped: (event, reason) => {
        metrics.auditUnrecorded.inc({ action: event.action, reason });
        logger.error({ action: event.action, outcome: event.outcome, requestId: event.requestId, reason }, 'audit event could not be recorded');
      },
    });
    const apiKeys = new ApiKeyService({
      store: new DynamoApiKeyStore({ client: clients.dynamodb, tableName: resources.jobsTable }),
      clock: systemClock,
      onTouchError: (err) => logger.warn({ err: (err as Error).name }, 'could not record an API key last-used time'),
    });
    const reviews = new DynamoReviewStore({ client: clients.dynamodb, tableName: resources.jobsTable, retention: config.retention });
    const reviewMetrics = new ReviewMetrics(metrics.registry);
    // The worker's engine in one process; in an API-only process, built on the first review or export.
    let apiEngine: ClinicalEngine | undefined = engine;
    const reviewEngine = () => (apiEngine ??= new ClinicalEngine({ fiscalYear: config.icd10FiscalYear, phi: config.phi }));
    // The local SQS server serves S3 on the same port (fauxqs).
    const s3Endpoint = config.training.s3Endpoint ?? (isLoopbackEndpoint(config.aws.sqsEndpoint) ? config.aws.sqsEndpoint : undefined);
    const training = config.training.bucket
      ? new TrainingExportService({
          export: () => ({ store, reviews, engine: reviewEngine(), clock: systemClock }),
          s3: createS3Client(config.aws.region, s3Endpoint),
          bucket: config.training.bucket,
          keyPrefix: config.training.keyPrefix,
          customizer: new BedrockModelCustomizer(createBedrockControlClient(config.aws.region, config.training.customization.endpoint)),
          customization: config.training.customization,
          clock: systemClock,
        })
      : undefined;
    const api: ApiServer = await createApiServer({
      services: {
        jobs,
        store,
        reports: new ReportService({ jobs, reviews }),
        ...(training ? { training } : {}),
        review: new ReviewService({
          jobs,
          store,
          reviews,
          events: countingEvents,
          engine: () => engineForReview(reviewEngine()),
          options: { leaseSeconds: config.review.leaseSeconds },
          clock: systemClock,
          onReviewed: (tenantId, record) => reviewMetrics.record(tenantId, record),
        }),
        audit,
        apiKeys,
        events: countingEvents,
        // The API only looks codes up: the code set alone (cached per year), not a whole engine.
        codeSet: loadCodeSet(config.icd10FiscalYear),
        admin: {
          redriveDeadLetters: async (maxMessages) => {
            const r = await redriveDeadLetters({ store, events: countingEvents, queue, dlq }, { maxMessages });
            for (const [outcome, n] of [['requeued', r.requeued], ['resent', r.resent], ['dropped', r.dropped], ['failed', r.failed.length]] as const) {
              if (n > 0) metrics.redriveMessages.inc({ outcome }, n);
            }
            logger.info({ requeued: r.requeued, resent: r.resent, dropped: r.dropped, failed: r.failed.length }, 'dead letters redriven');
            return { requeued: r.requeued, resent: r.resent, dropped: r.dropped, failed: r.failed.length };
          },
        },
        onSubscription: (d) => metrics.activeSubscriptions.inc(d),
      },
      verifier: tokenVerifier(config),
      logger,
      metrics,
      maxRequestBytes: maxRequestBytes(config),
      limits: config.api.graphql,
      corsOrigins: config.api.corsOrigins,
      ws: config.api.ws,
      http: config.api.http,
      // The workbench; the embedded mode pre-fills its demo token for a browser on this machine.
      web: {
        root: defaultWebRoot(),
        ...(config.mode === 'embedded' && config.auth.kind === 'local' ? { demoToken: demoTokenMinter(config.auth.jwtSecretFile) } : {}),
      },
      readiness: [
        { name: 'dynamodb', check: async () => void (await clients.dynamodb.send(new DescribeTableCommand({ TableName: resources.jobsTable }))) },
        { name: 'sqs', check: async () => void (await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: resources.notesQueueUrl, AttributeNames: ['QueueArn'] }))) },
        // Only where this process calls Bedrock itself (worker role beside the API). Reported, never a reason
        // to refuse submits: jobs wait in the queue until a region answers again.
        ...(engine && (config.models.summarizer === 'bedrock' || config.models.coder === 'bedrock')
          ? [{ name: 'bedrock', critical: false, check: async () => bedrockBreakerState(config.models.bedrock.regions, breakerStates) }]
          : []),
      ],
    });
    port = await api.listen(config.port, config.mode === 'embedded' ? '127.0.0.1' : '0.0.0.0');
    graphqlUrl = `http://localhost:${port}${GRAPHQL_PATH}`;
    // API stops first so no new work arrives while workers drain.
    stops.unshift(async () => {
      await api.stop();
      // Submits already answered: their enqueue and announcement finish before the process goes.
      await jobs.drain();
      await apiKeys.drain();
      logger.info({}, 'api stopped');
    });
  }

  let stopping: Promise<void> | undefined;
  return {
    config,
    logger,
    metrics,
    port,
    graphqlUrl,
    resources,
    worker,
    stop: () =>
      (stopping ??= (async () => {
        for (const stop of stops) {
          try {
            await stop();
          } catch (err) {
            logger.warn({ err: (err as Error).name }, 'error while stopping');
          }
        }
        await events.stop().catch(() => undefined);
        eventBridgeClient?.destroy();
        destroyAwsClients(clients);
        keys?.close();
        builtModels?.close();
      })()),
  };
}

