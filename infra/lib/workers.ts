// Owns the worker role behind the notes queue: either ECS Fargate tasks scaled on queue depth and on the age
// of the oldest message, or Lambda functions fed by an SQS event source mapping that reports partial batch
// failures (only the failed messages return to the queue, the rest are deleted).
import { Construct } from 'constructs';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import { Duration } from 'aws-cdk-lib';

export interface FargateWorkersProps {
  readonly vpc: ec2.IVpc;
  readonly cluster: ecs.ICluster;
  readonly taskDefinition: ecs.FargateTaskDefinition;
  readonly queue: sqs.IQueue;
  readonly minTasks: number;
  readonly maxTasks: number;
}

export class FargateWorkers extends Construct {
  readonly service: ecs.FargateService;

  constructor(scope: Construct, id: string, props: FargateWorkersProps) {
    super(scope, id);
    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc: props.vpc, allowAllOutbound: true, description: 'Workers: no inbound' });
    this.service = new ecs.FargateService(this, 'Service', {
      cluster: props.cluster,
      taskDefinition: props.taskDefinition,
      desiredCount: props.minTasks,
      securityGroups: [sg],
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      assignPublicIp: false,
      circuitBreaker: { enable: true, rollback: true },
      minHealthyPercent: 100,
    });
    const scaling = this.service.autoScaleTaskCount({ minCapacity: props.minTasks, maxCapacity: props.maxTasks });
    // Depth: add tasks as the backlog grows, remove them when it is empty.
    scaling.scaleOnMetric('QueueDepth', {
      metric: props.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
      scalingSteps: [
        { upper: 0, change: -1 },
        { lower: 100, change: +1 },
        { lower: 1_000, change: +5 },
        { lower: 10_000, change: +10 },
      ],
      adjustmentType: appscaling.AdjustmentType.CHANGE_IN_CAPACITY,
      cooldown: Duration.seconds(60),
    });
    // Age: a small backlog that is not moving (slow model calls) still needs more workers.
    scaling.scaleOnMetric('OldestMessageAge', {
      metric: props.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1) }),
      scalingSteps: [
        { upper: 60, change: 0 },
        { lower: 300, change: +2 },
        { lower: 900, change: +5 },
      ],
      adjustmentType: appscaling.AdjustmentType.CHANGE_IN_CAPACITY,
      cooldown: Duration.seconds(120),
    });
  }
}

export interface LambdaWorkersProps {
  readonly vpc: ec2.IVpc;
  readonly queue: sqs.IQueue;
  readonly repository: ecr.IRepository;
  /** Tag of the Lambda variant of the image (Dockerfile target `lambda`). */
  readonly imageTag: string;
  readonly environment: Record<string, string>;
  readonly environmentKey: kms.IKey;
  readonly logGroup: logs.ILogGroup;
  readonly statements: iam.PolicyStatement[];
  readonly memoryMiB: number;
  readonly timeoutSeconds: number;
  readonly maxConcurrency: number;
}

export class LambdaWorkers extends Construct {
  readonly fn: lambda.DockerImageFunction;

  constructor(scope: Construct, id: string, props: LambdaWorkersProps) {
    super(scope, id);
    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc: props.vpc, allowAllOutbound: true, description: 'Worker functions: no inbound' });
    this.fn = new lambda.DockerImageFunction(this, 'Fn', {
      code: lambda.DockerImageCode.fromEcr(props.repository, { tagOrDigest: props.imageTag }),
      memorySize: props.memoryMiB,
      timeout: Duration.seconds(props.timeoutSeconds),
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [sg],
      environment: props.environment,
      environmentEncryption: props.environmentKey,
      logGroup: props.logGroup,
      reservedConcurrentExecutions: props.maxConcurrency,
      tracing: lambda.Tracing.ACTIVE,
      architecture: lambda.Architecture.X86_64,
    });
    for (const s of props.statements) this.fn.addToRolePolicy(s);
    this.fn.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: 5,
        maxBatchingWindow: Duration.seconds(2),
        reportBatchItemFailures: true,
        maxConcurrency: Math.max(2, props.maxConcurrency),
      }),
    );
  }
}
