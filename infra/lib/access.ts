// Owns the least-privilege IAM statements of each role (api, worker): named resources only — the tables
// and their one index, the notes queues, the topic, the bus, the configured Bedrock ARNs, the note key.
// The data key is usable only through the AWS services that encrypt with it (kms:ViaService).
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as events from 'aws-cdk-lib/aws-events';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

export type ServiceRole = 'api' | 'worker';

export interface AccessResources {
  readonly jobs: dynamodb.ITableV2;
  readonly audit: dynamodb.ITableV2;
  readonly activeIndexName: string;
  readonly notesQueue: sqs.IQueue;
  readonly notesDlq: sqs.IQueue;
  readonly eventsTopic: sns.ITopic;
  /** Name prefix of the per-process subscription queues the API creates on the topic (EVENTS_QUEUE_PREFIX). */
  readonly eventsQueuePrefix: string;
  readonly noteKey: kms.IKey;
  readonly dataKey: kms.IKey;
  readonly exportsBucket: s3.IBucket;
  readonly exportsPrefix: string;
  readonly eventBus?: events.IEventBus;
  readonly bedrockModelArns: readonly string[];
}

const TABLE_READ_WRITE = [
  'dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem',
  'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable', 'dynamodb:DescribeTimeToLive',
];
const QUEUE_SEND = ['sqs:SendMessage', 'sqs:GetQueueUrl', 'sqs:GetQueueAttributes'];
const QUEUE_CONSUME = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', ...QUEUE_SEND];
/** The Bedrock Runtime actions the service calls (Converse is authorized by InvokeModel; both listed for clarity). */
export const BEDROCK_ACTIONS = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream', 'bedrock:Converse', 'bedrock:ConverseStream'];

export function roleStatements(scope: Construct, role: ServiceRole, r: AccessResources): iam.PolicyStatement[] {
  const stack = Stack.of(scope);
  const tables = [r.jobs.tableArn, `${r.jobs.tableArn}/index/${r.activeIndexName}`, r.audit.tableArn];
  const statements = [
    new iam.PolicyStatement({ sid: 'Tables', actions: TABLE_READ_WRITE, resources: tables }),
    new iam.PolicyStatement({
      sid: 'DataKeyThroughServices',
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: [r.dataKey.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': ['dynamodb', 'sqs', 'sns', 's3'].map((s) => `${s}.${stack.region}.amazonaws.com`) } },
    }),
  ];
  if (role === 'api') {
    statements.push(
      new iam.PolicyStatement({ sid: 'SubmitNotes', actions: QUEUE_SEND, resources: [r.notesQueue.queueArn] }),
      // Every API process subscribes its own queue to the topic to fan job events out to its websockets.
      new iam.PolicyStatement({
        sid: 'SubscriptionQueues',
        actions: ['sqs:CreateQueue', 'sqs:DeleteQueue', 'sqs:SetQueueAttributes', 'sqs:TagQueue', ...QUEUE_CONSUME],
        resources: [stack.formatArn({ service: 'sqs', resource: `${r.eventsQueuePrefix}*`, arnFormat: ArnFormat.NO_RESOURCE_NAME })],
      }),
      new iam.PolicyStatement({ sid: 'TopicSubscribe', actions: ['sns:Subscribe', 'sns:Unsubscribe', 'sns:GetTopicAttributes'], resources: [r.eventsTopic.topicArn] }),
      new iam.PolicyStatement({ sid: 'NoteKeyEncrypt', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [r.noteKey.keyArn] }),
      new iam.PolicyStatement({ sid: 'TrainingExports', actions: ['s3:PutObject', 's3:GetObject'], resources: [r.exportsBucket.arnForObjects(`${r.exportsPrefix}*`)] }),
    );
  } else {
    statements.push(
      new iam.PolicyStatement({ sid: 'ConsumeNotes', actions: QUEUE_CONSUME, resources: [r.notesQueue.queueArn, r.notesDlq.queueArn] }),
      new iam.PolicyStatement({ sid: 'PublishEvents', actions: ['sns:Publish', 'sns:GetTopicAttributes'], resources: [r.eventsTopic.topicArn] }),
      new iam.PolicyStatement({ sid: 'NoteKeyDecrypt', actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [r.noteKey.keyArn] }),
      new iam.PolicyStatement({ sid: 'BedrockModels', actions: BEDROCK_ACTIONS, resources: [...r.bedrockModelArns] }),
    );
    if (r.eventBus) statements.push(new iam.PolicyStatement({ sid: 'PutLifecycleEvents', actions: ['events:PutEvents'], resources: [r.eventBus.eventBusArn] }));
  }
  return statements;
}
