// Owns one region's Chartcoder deployment: composes the constructs (keys, network, data, messaging, exports,
// events, api, workers, monitoring, failover) and the task definitions of the one image run as two roles.
import { Construct } from 'constructs';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as events from 'aws-cdk-lib/aws-events';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { ChartcoderSettings, RegionSettings } from './settings';
import { Keys } from './keys';
import { Network } from './network';
import { Data } from './data';
import { Messaging } from './messaging';
import { ExportsBucket, createLogBucket } from './exportsBucket';
import { Api } from './api';
import { FargateWorkers, LambdaWorkers } from './workers';
import { Monitoring } from './monitoring';
import { Failover } from './failover';
import { roleStatements, type ServiceRole } from './access';

/** Service defaults the infrastructure must agree with (src/domain/constants.ts). */
export const SERVICE = {
  containerPort: 4000,
  httpKeepAliveTimeoutSeconds: 65,
  maxReceiveCount: 5,
  activeIndexName: 'active-jobs',
  exportsPrefix: 'training/',
} as const;

/**
 * The ALB idle timeout sits between the graphql-ws keep-alive (an idle subscription is pinged before the
 * ALB would cut it) and the HTTP server's keep-alive timeout (the ALB, not Node, closes idle connections,
 * which avoids 502s on reused sockets).
 */
export function albIdleTimeoutSeconds(wsKeepAliveSeconds: number): number {
  const idle = Math.max(60, wsKeepAliveSeconds * 2);
  if (idle >= SERVICE.httpKeepAliveTimeoutSeconds) {
    throw new Error(`ALB idle timeout ${idle}s must stay below the HTTP keep-alive timeout ${SERVICE.httpKeepAliveTimeoutSeconds}s: lower WS_KEEPALIVE_MS`);
  }
  return idle;
}

export interface ChartcoderStackProps extends StackProps {
  readonly settings: ChartcoderSettings;
  readonly regionSettings: RegionSettings;
  /** Standby region only: the primary's multi-Region note key ARN (known after the primary is deployed). */
  readonly primaryNoteKeyArn?: string;
}

export class ChartcoderStack extends Stack {
  readonly keys: Keys;
  readonly network: Network;
  readonly jobs: dynamodb.ITableV2;
  readonly api: Api;
  readonly monitoring: Monitoring;
  readonly taskRoles: Record<ServiceRole, iam.Role>;
  private readonly zones: string[];

  /** The configured zones: CDK would otherwise record a context lookup, which an offline synth cannot answer. */
  override get availabilityZones(): string[] {
    return this.zones;
  }

  constructor(scope: Construct, id: string, props: ChartcoderStackProps) {
    const r = props.regionSettings;
    super(scope, id, { ...props, env: { account: r.account, region: r.region } });
    this.zones = [...r.availabilityZones];
    const s = props.settings;
    const isPrimary = r.failoverRole === 'PRIMARY';
    const retention = s.logRetentionDays as logs.RetentionDays;

    this.keys = new Keys(this, 'Keys', { appName: s.appName, ...(props.primaryNoteKeyArn ? { primaryNoteKeyArn: props.primaryNoteKeyArn } : {}) });
    const { dataKey, noteKey } = this.keys;
    const logGroup = (id: string, name?: string) =>
      new logs.LogGroup(this, id, { ...(name ? { logGroupName: name } : {}), encryptionKey: dataKey, retention, removalPolicy: RemovalPolicy.RETAIN });

    this.network = new Network(this, 'Network', { cidr: r.vpcCidr, availabilityZones: r.availabilityZones, logKey: dataKey, logRetention: retention });
    const logBucket = createLogBucket(this, 'AccessLogs');

    // Global tables live in the primary's stack; the standby region reaches its replica by name.
    let jobs: dynamodb.ITableV2;
    let audit: dynamodb.ITableV2;
    if (isPrimary) {
      const replica = s.secondary ? { region: s.secondary.region, keyArn: `arn:aws:kms:${s.secondary.region}:${s.secondary.account}:alias/${s.appName}-data` } : undefined;
      const data = new Data(this, 'Data', { appName: s.appName, key: dataKey, ...(replica ? { replica } : {}) });
      jobs = data.jobs;
      audit = data.audit;
    } else {
      jobs = dynamodb.TableV2.fromTableName(this, 'JobsReplica', `${s.appName}-jobs`);
      audit = dynamodb.TableV2.fromTableName(this, 'AuditReplica', `${s.appName}-audit`);
    }
    this.jobs = jobs;

    const lambdaTimeoutSeconds = 120;
    // SQS wants the visibility timeout at six times a consuming function's timeout; the Fargate worker
    // extends visibility by heartbeat, so its default is enough.
    const messaging = new Messaging(this, 'Messaging', {
      appName: s.appName,
      key: dataKey,
      maxReceiveCount: SERVICE.maxReceiveCount,
      visibilityTimeoutSeconds: s.workerCompute === 'lambda' ? 6 * lambdaTimeoutSeconds : 60,
    });
    const exportsBucket = new ExportsBucket(this, 'Exports', { key: dataKey, logBucket });
    const eventBus = s.eventBridge ? new events.EventBus(this, 'Bus', { eventBusName: `${s.appName}-jobs`, kmsKey: dataKey }) : undefined;

    const access = {
      jobs, audit, activeIndexName: SERVICE.activeIndexName,
      notesQueue: messaging.notesQueue, notesDlq: messaging.notesDlq, eventsTopic: messaging.eventsTopic,
      eventsQueuePrefix: `${s.appName}-events-`, noteKey, dataKey,
      exportsBucket: exportsBucket.bucket, exportsPrefix: SERVICE.exportsPrefix,
      ...(eventBus ? { eventBus } : {}),
      bedrockModelArns: s.bedrockModelArns,
    };
    const environment: Record<string, string> = {
      NODE_ENV: 'production',
      AWS_DEFAULT_REGION: r.region,
      PORT: String(SERVICE.containerPort),
      JOBS_TABLE: `${s.appName}-jobs`,
      AUDIT_TABLE: `${s.appName}-audit`,
      NOTES_QUEUE: messaging.notesQueue.queueName,
      NOTES_DLQ: messaging.notesDlq.queueName,
      EVENTS_TOPIC: messaging.eventsTopic.topicName,
      EVENTS_QUEUE_PREFIX: `${s.appName}-events-`,
      KMS_KEY_ID: noteKey.keyArn,
      MODEL_PROVIDER: 'bedrock',
      // The first configured id (an inference profile) serves both roles; the other ARNs are the regions it routes to.
      BEDROCK_SUMMARIZER_MODEL_ID: s.bedrockModelIds[0]!,
      BEDROCK_CODER_MODEL_ID: s.bedrockModelIds[0]!,
      BEDROCK_REGIONS: [r.region, ...[s.primary, s.secondary].filter((x) => x && x.region !== r.region).map((x) => x!.region)].join(','),
      TRAINING_EXPORT_BUCKET: exportsBucket.bucket.bucketName,
      TRAINING_EXPORT_PREFIX: SERVICE.exportsPrefix,
      WS_KEEPALIVE_MS: String(s.wsKeepAliveSeconds * 1000),
      HTTP_KEEPALIVE_TIMEOUT_MS: String(SERVICE.httpKeepAliveTimeoutSeconds * 1000),
      WORKER_CONCURRENCY: String(s.workers.concurrency),
      ...(eventBus ? { EVENT_BUS_NAME: eventBus.eventBusName } : {}),
      ...(s.serviceEnvironment ?? {}),
    };

    const cluster = new ecs.Cluster(this, 'Cluster', { vpc: this.network.vpc, containerInsightsV2: ecs.ContainerInsights.ENHANCED });
    const repository = ecr.Repository.fromRepositoryName(this, 'Repo', s.imageRepositoryName);
    const serviceLogGroups: logs.LogGroup[] = [];
    this.taskRoles = {} as Record<ServiceRole, iam.Role>;
    const taskDefinition = (role: ServiceRole, size: { cpu: number; memoryMiB: number }): ecs.FargateTaskDefinition => {
      const taskRole = new iam.Role(this, `${role}TaskRole`, { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'), description: `Chartcoder ${role} tasks` });
      // A managed policy (not inline) so the permissions are one reviewable, versioned document per role.
      taskRole.addManagedPolicy(new iam.ManagedPolicy(this, `${role}Policy`, { statements: roleStatements(this, role, access), description: `Chartcoder ${role}: least privilege` }));
      this.taskRoles[role] = taskRole;
      const td = new ecs.FargateTaskDefinition(this, `${role}Task`, { cpu: size.cpu, memoryLimitMiB: size.memoryMiB, taskRole });
      td.addVolume({ name: 'tmp' });
      const group = logGroup(`${role}Logs`);
      serviceLogGroups.push(group);
      const container = td.addContainer(role, {
        image: ecs.ContainerImage.fromEcrRepository(repository, s.imageTag),
        environment: { ...environment, ROLE: role },
        readonlyRootFilesystem: true,
        user: '1000:1000',
        logging: ecs.LogDrivers.awsLogs({ logGroup: group, streamPrefix: role }),
        stopTimeout: Duration.seconds(60),
        ...(role === 'api'
          ? {
              portMappings: [{ containerPort: SERVICE.containerPort }],
              healthCheck: { command: ['CMD', 'node', '/app/healthcheck.js'], interval: Duration.seconds(15), retries: 3, startPeriod: Duration.seconds(60) },
            }
          : {}),
      });
      container.addMountPoints({ containerPath: '/tmp', sourceVolume: 'tmp', readOnly: false });
      return td;
    };

    const wafLogs = logGroup('WafLogs', `aws-waf-logs-${s.appName}-${r.region}`);
    this.api = new Api(this, 'Api', {
      appName: s.appName,
      vpc: this.network.vpc,
      cluster,
      taskDefinition: taskDefinition('api', s.api),
      containerPort: SERVICE.containerPort,
      certificateArn: s.certificateArns[r.region]!,
      logBucket,
      wafLogGroup: wafLogs,
      idleTimeoutSeconds: albIdleTimeoutSeconds(s.wsKeepAliveSeconds),
      minTasks: s.api.minTasks,
      maxTasks: s.api.maxTasks,
      wafRateLimitPer5Min: s.wafRateLimitPer5Min,
    });

    if (s.workerCompute === 'fargate') {
      new FargateWorkers(this, 'Workers', {
        vpc: this.network.vpc,
        cluster,
        taskDefinition: taskDefinition('worker', s.workers),
        queue: messaging.notesQueue,
        // The standby keeps one warm task so a failover starts draining at once.
        minTasks: isPrimary ? s.workers.minTasks : 1,
        maxTasks: s.workers.maxTasks,
      });
    } else {
      const group = logGroup('workerFnLogs');
      serviceLogGroups.push(group);
      new LambdaWorkers(this, 'Workers', {
        vpc: this.network.vpc,
        queue: messaging.notesQueue,
        repository,
        imageTag: `${s.imageTag}-lambda`,
        // Lambda sets AWS_REGION itself and reserves AWS_DEFAULT_REGION.
        environment: { ...Object.fromEntries(Object.entries(environment).filter(([k]) => k !== 'AWS_DEFAULT_REGION')), ROLE: 'worker' },
        environmentKey: dataKey,
        logGroup: group,
        statements: roleStatements(this, 'worker', access),
        // One vCPU's worth (Lambda: 1,769 MB = 1 vCPU): the worker's JavaScript runs on one thread, so more
        // memory buys no speed; `npm run bench -- lambda` measured ≈ 400 MB peak RSS, well inside it.
        memoryMiB: 1769,
        timeoutSeconds: lambdaTimeoutSeconds,
        maxConcurrency: s.workers.maxTasks,
      });
    }

    this.monitoring = new Monitoring(this, 'Monitoring', {
      appName: s.appName,
      key: dataKey,
      queue: messaging.notesQueue,
      dlq: messaging.notesDlq,
      loadBalancer: this.api.loadBalancer,
      serviceLogGroups,
      bedrockModelIds: s.bedrockModelIds,
      queueAgeAlarmSeconds: s.queueAgeAlarmSeconds,
      ...(s.alarmEmail ? { alarmEmail: s.alarmEmail } : {}),
    });
    if (s.secondary) {
      new Failover(this, 'Failover', { hostedZoneId: s.hostedZoneId, recordName: s.apiRecordName, role: r.failoverRole, loadBalancer: this.api.loadBalancer });
    }
  }
}
