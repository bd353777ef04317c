// Owns construction of the AWS SDK clients from validated config. Called once by the composition
// root; everything else receives clients as arguments.

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { Config } from '../config';
import { LIMITS } from '../domain/constants';

export interface AwsClients {
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  sns: SNSClient;
}

// Local servers accept any credentials; fixed ones keep the SDK from searching ~/.aws or IMDS.
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Sockets per client (keep-alive, reused). The SDK's default of 50 is below what one process has in flight
 * at once: a worker's slots (up to LIMITS.maxWorkerConcurrency) each with a write and a heartbeat, an API's 50
 * submitting clients beside its event intake and gap-fill reads. Past the cap, requests queue inside the
 * agent, unseen by any timeout, and every round trip looks slow.
 */
export const MAX_SOCKETS_PER_CLIENT = 2 * LIMITS.maxWorkerConcurrency + 64;
const REQUEST_HANDLER = { httpAgent: { keepAlive: true, maxSockets: MAX_SOCKETS_PER_CLIENT }, httpsAgent: { keepAlive: true, maxSockets: MAX_SOCKETS_PER_CLIENT } };

function clientOptions(region: string, endpoint: string | undefined) {
  if (endpoint === undefined) return { region, requestHandler: REQUEST_HANDLER };
  // A custom endpoint may also be a VPC endpoint of real AWS: only loopback gets dummy credentials.
  if (!LOOPBACK_HOSTS.has(new URL(endpoint).hostname)) return { region, endpoint, requestHandler: REQUEST_HANDLER };
  return { region, endpoint, credentials: LOCAL_CREDENTIALS, requestHandler: REQUEST_HANDLER };
}

export function createAwsClients(aws: Config['aws']): AwsClients {
  return {
    dynamodb: new DynamoDBClient(clientOptions(aws.region, aws.dynamodbEndpoint)),
    sqs: new SQSClient(clientOptions(aws.region, aws.sqsEndpoint)),
    sns: new SNSClient(clientOptions(aws.region, aws.snsEndpoint)),
  };
}

/** The KMS client for note encryption (only when KMS_KEY_ID is set). */
export function createKmsClient(kms: { region: string; endpoint?: string }): KMSClient {
  return new KMSClient(clientOptions(kms.region, kms.endpoint));
}

/**
 * S3 for training datasets. A loopback endpoint is the local SQS/SNS server, which serves S3 on the same
 * port (fauxqs) with path-style URLs (`http://127.0.0.1:port/bucket/key`).
 */
export function createS3Client(region: string, endpoint: string | undefined): S3Client {
  const local = endpoint !== undefined && LOOPBACK_HOSTS.has(new URL(endpoint).hostname);
  return new S3Client({ ...clientOptions(region, endpoint), ...(local ? { forcePathStyle: true } : {}) });
}

/** The Bedrock control plane (model customization jobs), not the runtime. */
export function createBedrockControlClient(region: string, endpoint: string | undefined): BedrockClient {
  return new BedrockClient(clientOptions(region, endpoint));
}

/** EventBridge for lifecycle events to partner systems (only when EVENT_BUS_NAME is set). */
export function createEventBridgeClient(region: string, endpoint: string | undefined): EventBridgeClient {
  return new EventBridgeClient({ ...clientOptions(region, endpoint), maxAttempts: 3 });
}

/** True for an endpoint on this machine (a local stand-in server). */
export function isLoopbackEndpoint(endpoint: string | undefined): boolean {
  return endpoint !== undefined && LOOPBACK_HOSTS.has(new URL(endpoint).hostname);
}

export function destroyAwsClients(clients: AwsClients): void {
  clients.dynamodb.destroy();
  clients.sqs.destroy();
  clients.sns.destroy();
}
