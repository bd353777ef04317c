// Owns RateBucketStore on DynamoDB: one item per bucket under the tenant's partition holding the GCRA state,
// read consistently and written back conditional on the value read, so every API instance shares one bucket
// and concurrent takes never both spend the same allowance. The item expires once the bucket is full again.
import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RateBucketPolicy, RateBucketStore, RateTake } from '../../domain/ports';
import { gcra } from '../../services/rateLimiter';
import { JOB_ATTR, rateSk, tenantPk } from './keys';

/** Lost races before a take gives up and answers "limited" (the client retries after the hint). */
const MAX_CONTENDED_ATTEMPTS = 5;
const CONTENDED_RETRY_AFTER_MS = 1_000;
/** Kept a little past the moment the bucket is full again: TTL deletion is lazy anyway. */
const EXPIRY_MARGIN_SECONDS = 60;

export class DynamoRateBucketStore implements RateBucketStore {
  constructor(private readonly opts: { client: DynamoDBClient; tableName: string }) {}

  async take(tenantId: string, bucket: string, count: number, policy: RateBucketPolicy, nowMs: number): Promise<RateTake> {
    const key = { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: rateSk(bucket) } };
    for (let attempt = 0; attempt < MAX_CONTENDED_ATTEMPTS; attempt++) {
      const { Item } = await this.opts.client.send(new GetItemCommand({ TableName: this.opts.tableName, Key: key, ConsistentRead: true }));
      const stored = Item?.tatMs?.N;
      const result = gcra(stored === undefined ? undefined : Number(stored), nowMs, count, policy);
      if (!result.ok) return result;
      try {
        await this.opts.client.send(
          new PutItemCommand({
            TableName: this.opts.tableName,
            Item: {
              ...key,
              entity: { S: 'RATE' },
              tatMs: { N: String(result.tatMs) },
              [JOB_ATTR.ttl]: { N: String(Math.ceil(result.tatMs / 1000) + EXPIRY_MARGIN_SECONDS) },
            },
            ConditionExpression: stored === undefined ? 'attribute_not_exists(#sk)' : '#tat = :read',
            ExpressionAttributeNames: stored === undefined ? { '#sk': JOB_ATTR.sk } : { '#tat': 'tatMs' },
            ...(stored === undefined ? {} : { ExpressionAttributeValues: { ':read': { N: stored } } }),
          }),
        );
        return { ok: true };
      } catch (err) {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      }
    }
    return { ok: false, retryAfterMs: CONTENDED_RETRY_AFTER_MS };
  }
}
