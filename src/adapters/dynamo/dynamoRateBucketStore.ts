// Owns RateBucketStore on DynamoDB: one item per bucket under the tenant's partition holding the GCRA state
// (the theoretical arrival time, `tatMs`), moved by atomic conditional updates, so every API instance shares
// one bucket and a burst of concurrent takes by one tenant all succeed or fail on the allowance, never on
// contention. The item expires once the bucket is full again.
import { ConditionalCheckFailedException, UpdateItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RateBucketPolicy, RateBucketStore, RateTake } from '../../domain/ports';
import { JOB_ATTR, rateSk, tenantPk } from './keys';

/** Each round is at most two conditional updates; only a bucket changing state under us needs another round. */
const MAX_ROUNDS = 8;
/** Buckets whose last state is remembered; past this the hints start over (they only save a round trip). */
const MAX_HINTS = 10_000;
/** Kept a little past the moment the bucket is full again: TTL deletion is lazy anyway. */
const EXPIRY_MARGIN_SECONDS = 60;

export class DynamoRateBucketStore implements RateBucketStore {
  /** Per bucket, the state the last admitted take found: a hint only (every update stays conditional). */
  private readonly lastState = new Map<string, 'busy' | 'idle'>();

  constructor(private readonly opts: { client: DynamoDBClient; tableName: string }) {}

  private admitted(hintKey: string, state: 'busy' | 'idle'): RateTake {
    if (this.lastState.size >= MAX_HINTS && !this.lastState.has(hintKey)) this.lastState.clear();
    this.lastState.set(hintKey, state);
    return { ok: true };
  }

  async take(tenantId: string, bucket: string, count: number, policy: RateBucketPolicy, nowMs: number): Promise<RateTake> {
    const key = { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: rateSk(bucket) } };
    const incMs = (count * 60_000) / policy.perMinute;
    // GCRA: admitted when max(tat, now) + inc <= now + burst × interval.
    const maxTat = nowMs + (policy.burst * 60_000) / policy.perMinute - incMs;
    if (maxTat < nowMs) return { ok: false, retryAfterMs: Math.ceil(nowMs - maxTat) };
    const hintKey = `${tenantId}\u0000${bucket}`;
    const busyUpdate = () =>
      this.update(key, 'SET #tat = #tat + :inc, #exp = :exp', '#tat > :now AND #tat <= :maxTat', {
        ':inc': num(incMs), ':now': num(nowMs), ':maxTat': num(maxTat), ':exp': num(expiry(maxTat + incMs)),
      });
    const idleUpdate = () =>
      this.update(key, 'SET #tat = :start, #exp = :exp', 'attribute_not_exists(#tat) OR #tat <= :now', {
        ':start': num(nowMs + incMs), ':now': num(nowMs), ':exp': num(expiry(nowMs + incMs)),
      });
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // The state this instance last found the bucket in is tried first: one conditional update per take
      // while the bucket keeps its state, the other one only when it changed (a generous limit is mostly
      // idle, a tenant bursting at its limit mostly busy).
      if (this.lastState.get(hintKey) === 'idle') {
        const idle = await idleUpdate();
        if (idle.ok) return this.admitted(hintKey, 'idle');
        if (idle.tat !== undefined && idle.tat > maxTat) return { ok: false, retryAfterMs: Math.ceil(idle.tat - maxTat) };
      }
      // 1. The bucket is busy (tat ahead of now) and has room: move tat forward atomically, no read needed.
      const busy = await busyUpdate();
      if (busy.ok) return this.admitted(hintKey, 'busy');
      const tat = busy.tat;
      if (tat !== undefined && tat > maxTat) return { ok: false, retryAfterMs: Math.ceil(tat - maxTat) };
      // 2. The bucket is idle (no item, or tat in the past): start it at now + inc.
      if (tat === undefined || tat <= nowMs) {
        const idle = await idleUpdate();
        if (idle.ok) return this.admitted(hintKey, 'idle');
      }
      // Another instance moved the bucket between our two updates: look again.
    }
    return { ok: false, retryAfterMs: Math.ceil(incMs) };
  }

  /** One conditional update; on a failed condition, the item's current tat (if it has one). */
  private async update(
    key: Record<string, AttributeValue>,
    set: string,
    condition: string,
    values: Record<string, AttributeValue>,
  ): Promise<{ ok: true } | { ok: false; tat?: number }> {
    try {
      await this.opts.client.send(
        new UpdateItemCommand({
          TableName: this.opts.tableName,
          Key: key,
          UpdateExpression: `${set}, #entity = :entity`,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#tat': 'tatMs', '#exp': JOB_ATTR.ttl, '#entity': 'entity' },
          ExpressionAttributeValues: { ...values, ':entity': { S: 'RATE' } },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { ok: true };
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      const old = err.Item?.tatMs?.N;
      return { ok: false, ...(old !== undefined ? { tat: Number(old) } : {}) };
    }
  }
}

function num(n: number): AttributeValue {
  return { N: String(n) };
}

function expiry(tatMs: number): number {
  return Math.ceil(tatMs / 1000) + EXPIRY_MARGIN_SECONDS;
}
