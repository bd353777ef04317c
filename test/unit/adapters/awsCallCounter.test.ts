// AwsCallCounter: one count per HTTP attempt by service and operation, retries included (the bench's
// round-trip table rests on it). A stub request handler stands in for the network.
import { Readable } from 'node:stream';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { AwsCallCounter } from '../../../src/adapters/awsCallCounter';

function clientAnswering(statuses: number[]): DynamoDBClient {
  let call = 0;
  return new DynamoDBClient({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    maxAttempts: 3,
    requestHandler: {
      handle: async () => {
        const statusCode = statuses[Math.min(call++, statuses.length - 1)];
        const body = statusCode === 200 ? '{}' : JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'x' });
        return { response: { statusCode, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: Readable.from([Buffer.from(body)]) } };
      },
    } as never,
  });
}

const key = { pk: { S: 'a' }, sk: { S: 'b' } };

test('counts each operation by service and name', async () => {
  const client = clientAnswering([200]);
  const counter = new AwsCallCounter();
  counter.attach(client, 'DynamoDB');
  await client.send(new GetItemCommand({ TableName: 't', Key: key }));
  await client.send(new GetItemCommand({ TableName: 't', Key: key }));
  await client.send(new PutItemCommand({ TableName: 't', Item: key }));
  expect(counter.snapshot()).toEqual({ 'DynamoDB GetItem': 2, 'DynamoDB PutItem': 1 });
  client.destroy();
});

test('a retried request counts every attempt (each is a round trip)', async () => {
  const client = clientAnswering([500, 200]);
  const counter = new AwsCallCounter();
  counter.attach(client, 'DynamoDB');
  await client.send(new GetItemCommand({ TableName: 't', Key: key }));
  expect(counter.snapshot()).toEqual({ 'DynamoDB GetItem': 2 });
  client.destroy();
});
