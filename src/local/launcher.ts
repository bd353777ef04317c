// Owns the embedded infrastructure: DynamoDB Local (data under DATA_DIR/dynamodb, kept across
// restarts) and fauxqs for SQS+SNS, started together, exposed as endpoints, stopped together.
// Resources (tables, queues, topic) are created by src/adapters/provision.ts, which works on AWS too.

import * as path from 'node:path';
import { DynamoDbLocalHandle, startDynamoDbLocal } from './dynamodbLocal';
import { FauxqsHandle, startFauxqs } from './fauxqsServer';

export interface LocalInfrastructureOptions {
  /** DATA_DIR; DynamoDB Local keeps its file in `<dataDir>/dynamodb`. */
  dataDir: string;
  region: string;
  dynamodbPort?: number;
  sqsPort?: number;
  /** Tests: keep DynamoDB in memory instead of on disk. */
  inMemory?: boolean;
  onOutput?: (line: string) => void;
}

export interface LocalInfrastructure {
  dynamodbEndpoint: string;
  sqsEndpoint: string;
  snsEndpoint: string;
  dynamodbPid: number;
  startupMs: { dynamodb: number; fauxqs: number };
  stop(): Promise<void>;
}

export async function startLocalInfrastructure(options: LocalInfrastructureOptions): Promise<LocalInfrastructure> {
  const dynamo = startDynamoDbLocal({
    dbDir: options.inMemory ? undefined : path.join(options.dataDir, 'dynamodb'),
    port: options.dynamodbPort,
    onOutput: options.onOutput,
  });
  const sqs = startFauxqs({ port: options.sqsPort, region: options.region });
  const [dynamoResult, sqsResult] = await Promise.allSettled([dynamo, sqs]);
  if (dynamoResult.status === 'rejected' || sqsResult.status === 'rejected') {
    // Never leave one half running when the other failed.
    if (dynamoResult.status === 'fulfilled') await dynamoResult.value.stop();
    if (sqsResult.status === 'fulfilled') await sqsResult.value.stop();
    throw dynamoResult.status === 'rejected' ? dynamoResult.reason : (sqsResult as PromiseRejectedResult).reason;
  }
  const dynamoDb: DynamoDbLocalHandle = dynamoResult.value;
  const fauxqs: FauxqsHandle = sqsResult.value;
  let stopped: Promise<void> | undefined;
  return {
    dynamodbEndpoint: dynamoDb.endpoint,
    sqsEndpoint: fauxqs.endpoint,
    snsEndpoint: fauxqs.endpoint,
    dynamodbPid: dynamoDb.pid,
    startupMs: { dynamodb: dynamoDb.startupMs, fauxqs: fauxqs.startupMs },
    stop: () =>
      (stopped ??= Promise.allSettled([dynamoDb.stop(), fauxqs.stop()]).then((results) => {
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) throw failed.reason;
      })),
  };
}
