// Owns the ApiKeyStore on DynamoDB: one item per key in the jobs table under its own partition
// (pk = APIKEY#<keyId>, sk = APIKEY), since a presented key names no tenant; the tenant is an
// attribute every revoke is conditional on. Created with a condition so a key id is never reused.
import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { ApiKeyRecord, ApiKeyStore } from '../../domain/ports';
import { ConflictError, NotFoundError } from '../../errors';

type Item = Record<string, AttributeValue>;
const SK = 'APIKEY';
const keyPk = (keyId: string): string => `APIKEY#${keyId}`;

function toItem(r: ApiKeyRecord): Item {
  const item: Item = {
    pk: { S: keyPk(r.keyId) },
    sk: { S: SK },
    entity: { S: 'API_KEY' },
    keyId: { S: r.keyId },
    tenantId: { S: r.tenantId },
    name: { S: r.name },
    roles: { L: r.roles.map((x) => ({ S: x })) },
    secretSha256: { S: r.secretSha256 },
    createdAt: { S: r.createdAt },
    createdBy: { S: r.createdBy },
  };
  if (r.expiresAt !== undefined) item.keyExpiresAt = { S: r.expiresAt };
  return item;
}

function fromItem(item: Item): ApiKeyRecord {
  const str = (k: string) => item[k]?.S;
  return {
    keyId: str('keyId') ?? '',
    tenantId: str('tenantId') ?? '',
    name: str('name') ?? '',
    roles: (item.roles?.L ?? []).map((x) => x.S ?? ''),
    secretSha256: str('secretSha256') ?? '',
    createdAt: str('createdAt') ?? '',
    createdBy: str('createdBy') ?? '',
    ...(str('keyExpiresAt') !== undefined ? { expiresAt: str('keyExpiresAt') } : {}),
    ...(str('revokedAt') !== undefined ? { revokedAt: str('revokedAt') } : {}),
    ...(str('lastUsedAt') !== undefined ? { lastUsedAt: str('lastUsedAt') } : {}),
  };
}

export class DynamoApiKeyStore implements ApiKeyStore {
  constructor(private readonly options: { client: DynamoDBClient; tableName: string }) {}

  async create(record: ApiKeyRecord): Promise<void> {
    try {
      await this.options.client.send(
        new PutItemCommand({ TableName: this.options.tableName, Item: toItem(record), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new ConflictError('API key id already exists');
      throw err;
    }
  }

  async get(keyId: string): Promise<ApiKeyRecord | undefined> {
    const { Item } = await this.options.client.send(
      new GetItemCommand({ TableName: this.options.tableName, Key: { pk: { S: keyPk(keyId) }, sk: { S: SK } }, ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async revoke(tenantId: string, keyId: string, at: string): Promise<ApiKeyRecord> {
    try {
      const { Attributes } = await this.options.client.send(
        new UpdateItemCommand({
          TableName: this.options.tableName,
          Key: { pk: { S: keyPk(keyId) }, sk: { S: SK } },
          // Another tenant's key id answers exactly like a missing one.
          ConditionExpression: 'attribute_exists(pk) AND tenantId = :tenant',
          UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
          ExpressionAttributeValues: { ':tenant': { S: tenantId }, ':at': { S: at } },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return fromItem(Attributes!);
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new NotFoundError('No such API key');
      throw err;
    }
  }

  async touch(keyId: string, at: string): Promise<void> {
    await this.options.client.send(
      new UpdateItemCommand({
        TableName: this.options.tableName,
        Key: { pk: { S: keyPk(keyId) }, sk: { S: SK } },
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET lastUsedAt = :at',
        ExpressionAttributeValues: { ':at': { S: at } },
      }),
    );
  }
}
