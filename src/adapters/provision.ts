// Owns idempotent creation of the service's AWS resources: the jobs table (with its sparse
// active-jobs GSI and TTL), the audit table (TTL), the notes queue with its redrive policy to the DLQ, and the events topic.
// Safe to run at every start, concurrently from several processes, against local servers or AWS.

import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ACTIVE_INDEX } from '../domain/constants';
import { JOB_ATTR } from './dynamo/keys';

export interface ProvisionSpec {
  jobsTable: string;
  auditTable: string;
  notesQueue: string;
  notesDlq: string;
  eventsTopic: string;
  visibilityTimeoutSeconds: number;
  maxReceiveCount: number;
}

export interface ProvisionedResources {
  jobsTable: string;
  auditTable: string;
  notesQueueUrl: string;
  notesDlqUrl: string;
  notesDlqArn: string;
  eventsTopicArn: string;
}

const TABLE_POLL_INTERVAL_MS = 500;
const TABLE_ACTIVE_TIMEOUT_MS = 120_000;
// 14 days, the SQS maximum: a message keeps its original enqueue time when moved to a standard DLQ,
// so the DLQ must retain longer than the source queue (default 4 days) or dead letters expire early.
const DLQ_RETENTION_SECONDS = '1209600';

const PK_SK = {
  attributes: [
    { AttributeName: JOB_ATTR.pk, AttributeType: 'S' },
    { AttributeName: JOB_ATTR.sk, AttributeType: 'S' },
  ],
  keySchema: [
    { AttributeName: JOB_ATTR.pk, KeyType: 'HASH' },
    { AttributeName: JOB_ATTR.sk, KeyType: 'RANGE' },
  ],
} as const;

export async function provisionTable(dynamodb: DynamoDBClient, tableName: string): Promise<void> {
  await ensureTable(dynamodb, {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      ...PK_SK.attributes,
      { AttributeName: JOB_ATTR.activePk, AttributeType: 'S' },
      { AttributeName: JOB_ATTR.activeSk, AttributeType: 'S' },
    ],
    KeySchema: [...PK_SK.keySchema],
    GlobalSecondaryIndexes: [
      {
        IndexName: ACTIVE_INDEX.name,
        KeySchema: [
          { AttributeName: JOB_ATTR.activePk, KeyType: 'HASH' },
          { AttributeName: JOB_ATTR.activeSk, KeyType: 'RANGE' },
        ],
        Projection: {
          ProjectionType: 'INCLUDE',
          NonKeyAttributes: ['tenantId', 'jobId', 'status', 'version', 'updatedAt'],
        },
      },
    ],
  });
}

/** The audit table: records keyed by chain and sequence, expiring through TTL (retention). */
export async function provisionAuditTable(dynamodb: DynamoDBClient, tableName: string): Promise<void> {
  await ensureTable(dynamodb, {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...PK_SK.attributes],
    KeySchema: [...PK_SK.keySchema],
  });
}

/** Creates the table unless it exists, waits until it (and its indexes) are ACTIVE, and turns TTL on. */
async function ensureTable(dynamodb: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  try {
    await dynamodb.send(new CreateTableCommand(input));
  } catch (err) {
    // Already there (or being created by a concurrent starter): fine, wait for ACTIVE below.
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  await waitForTableActive(dynamodb, input.TableName!);
  await ensureTtl(dynamodb, input.TableName!);
}

async function waitForTableActive(dynamodb: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + TABLE_ACTIVE_TIMEOUT_MS;
  for (;;) {
    try {
      const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
      const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
      if (Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    } catch (err) {
      if (!(err instanceof ResourceNotFoundException)) throw err;
    }
    if (Date.now() > deadline) throw new Error(`Table ${tableName} did not become ACTIVE in time`);
    await new Promise((resolve) => setTimeout(resolve, TABLE_POLL_INTERVAL_MS));
  }
}

async function ensureTtl(dynamodb: DynamoDBClient, tableName: string): Promise<void> {
  const ttlOn = async () => {
    const { TimeToLiveDescription } = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    const status = TimeToLiveDescription?.TimeToLiveStatus;
    return status === 'ENABLED' || status === 'ENABLING';
  };
  if (await ttlOn()) return;
  try {
    await dynamodb.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: JOB_ATTR.ttl, Enabled: true },
      }),
    );
  } catch (err) {
    // A concurrent starter enabled it between our describe and update ("TimeToLive is already enabled").
    if ((err as { name?: string }).name !== 'ValidationException' || !(await ttlOn())) throw err;
  }
}

/**
 * CreateQueue is idempotent only when attributes match; a queue created earlier with other settings
 * gets QueueAlreadyExists, so the attributes are then applied with SetQueueAttributes.
 */
async function ensureQueue(sqs: SQSClient, queueName: string, attributes: Record<string, string>): Promise<string> {
  try {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: queueName, Attributes: attributes }));
    return QueueUrl!;
  } catch (err) {
    // Real SQS says QueueAlreadyExists; query-compatible servers say AWS.SimpleQueueService.QueueNameExists.
    const { name = '', Code = '' } = err as { name?: string; Code?: string };
    if (!/QueueAlreadyExists|QueueNameExists/.test(`${name} ${Code}`)) throw err;
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: queueName }));
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: attributes }));
    return QueueUrl!;
  }
}

export async function queueArn(sqs: SQSClient, queueUrl: string): Promise<string> {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
  const arn = Attributes?.QueueArn;
  if (!arn) throw new Error('Queue has no QueueArn attribute');
  return arn;
}

export async function provisionQueues(
  sqs: SQSClient,
  spec: Pick<ProvisionSpec, 'notesQueue' | 'notesDlq' | 'visibilityTimeoutSeconds' | 'maxReceiveCount'>,
): Promise<{ notesQueueUrl: string; notesDlqUrl: string; notesDlqArn: string }> {
  const notesDlqUrl = await ensureQueue(sqs, spec.notesDlq, { MessageRetentionPeriod: DLQ_RETENTION_SECONDS });
  const notesDlqArn = await queueArn(sqs, notesDlqUrl);
  const notesQueueUrl = await ensureQueue(sqs, spec.notesQueue, {
    VisibilityTimeout: String(spec.visibilityTimeoutSeconds),
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: notesDlqArn, maxReceiveCount: String(spec.maxReceiveCount) }),
  });
  return { notesQueueUrl, notesDlqUrl, notesDlqArn };
}

export async function provisionTopic(sns: SNSClient, topicName: string): Promise<string> {
  // CreateTopic returns the existing topic's ARN when it already exists.
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: topicName }));
  if (!TopicArn) throw new Error('CreateTopic returned no TopicArn');
  return TopicArn;
}

export async function provision(
  clients: { dynamodb: DynamoDBClient; sqs: SQSClient; sns: SNSClient },
  spec: ProvisionSpec,
): Promise<ProvisionedResources> {
  const [, , queues, eventsTopicArn] = await Promise.all([
    provisionTable(clients.dynamodb, spec.jobsTable),
    provisionAuditTable(clients.dynamodb, spec.auditTable),
    provisionQueues(clients.sqs, spec),
    provisionTopic(clients.sns, spec.eventsTopic),
  ]);
  return { jobsTable: spec.jobsTable, auditTable: spec.auditTable, ...queues, eventsTopicArn };
}
