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
/**
 * A busy bucket that fell behind `now` by less than this is still moved by the busy update (tat + inc, one
 * call) instead of being reset (now + inc, a second call after the busy one failed): a tenant submitting
 * steadily then costs one UpdateItem per note. The price is a little extra burst: at most this much of the
 * sustained rate, capped at a tenth of the burst (BURST_SLACK_SHARE); the long-run rate stays exact.
 */
const MAX_BURST_SLACK_MS = 1_000;
const BURST_SLACK_SHARE = 0.1;
/** Kept a little past the moment the bucket is full again: TTL deletion is lazy anyway. */
const EXPIRY_MARGIN_SECONDS = 60;

export class DynamoRateBucketStore implements RateBucketStore {
  /** Per bucket, the tat the last admitted take left: a hint only (every update stays conditional). */
  private readonly lastTat = new Map<string, number>();

  constructor(private readonly opts: { client: DynamoDBClient; tableName: string }) {}

  private admitted(hintKey: string, tat: number | undefined): RateTake {
    if (this.lastTat.size >= MAX_HINTS && !this.lastTat.has(hintKey)) this.lastTat.clear();
    if (tat !== undefined) this.lastTat.set(hintKey, Math.max(tat, this.lastTat.get(hintKey) ?? tat));
    return { ok: true };
  }

  async take(tenantId: string, bucket: string, count: number, policy: RateBucketPolicy, nowMs: number): Promise<RateTake> {
    const key = { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: rateSk(bucket) } };
    const incMs = (count * 60_000) / policy.perMinute;
    // GCRA: admitted when max(tat, now) + inc <= now + burst × interval.
    const maxTat = nowMs + (policy.burst * 60_000) / policy.perMinute - incMs;
    if (maxTat < nowMs) return { ok: false, retryAfterMs: Math.ceil(nowMs - maxTat) };
    const hintKey = `${tenantId}\u0000${bucket}`;
    const slackMs = Math.min(MAX_BURST_SLACK_MS, BURST_SLACK_SHARE * ((policy.burst * 60_000) / policy.perMinute));
    const floor = nowMs - slackMs;
    const busyUpdate = () =>
      this.update(key, 'SET #tat = #tat + :inc, #exp = :exp', '#tat >= :floor AND #tat <= :maxTat', {
        ':inc': num(incMs), ':floor': num(floor), ':maxTat': num(maxTat), ':exp': num(expiry(maxTat + incMs)),
      });
    const idleUpdate = () =>
      this.update(key, 'SET #tat = :start, #exp = :exp', 'attribute_not_exists(#tat) OR #tat <= :now', {
        ':start': num(nowMs + incMs), ':now': num(nowMs), ':exp': num(expiry(nowMs + incMs)),
      });
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // The update the bucket's last known tat calls for is tried first (other instances only move tat
      // forward, so a stale hint errs towards idle): one conditional update per take while the hint holds.
      const hint = this.lastTat.get(hintKey);
      if (round === 0 && hint !== undefined && hint < floor) {
        // Said before the answer: this instance's concurrent takes go for the busy update behind this reset.
        this.lastTat.set(hintKey, nowMs + incMs);
        const idle = await idleUpdate();
        if (idle.ok) return this.admitted(hintKey, nowMs + incMs);
        if (idle.tat !== undefined && idle.tat > maxTat) return { ok: false, retryAfterMs: Math.ceil(idle.tat - maxTat) };
      }
      // 1. The bucket is busy (tat ahead of now, or behind it by less than the slack) and has room: move tat
      // forward atomically, no read needed.
      const busy = await busyUpdate();
      if (busy.ok) return this.admitted(hintKey, busy.tat);
      const tat = busy.tat;
      if (tat !== undefined && tat > maxTat) return { ok: false, retryAfterMs: Math.ceil(tat - maxTat) };
      // 2. The bucket is idle (no item, or tat further in the past than the slack): start it at now + inc.
      if (tat === undefined || tat < floor) {
        const idle = await idleUpdate();
        if (idle.ok) return this.admitted(hintKey, nowMs + incMs);
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
  ): Promise<{ ok: true; tat?: number } | { ok: false; tat?: number }> {
    try {
      const { Attributes } = await this.opts.client.send(
        new UpdateItemCommand({
          TableName: this.opts.tableName,
          Key: key,
          UpdateExpression: `${set}, #entity = :entity`,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#tat': 'tatMs', '#exp': JOB_ATTR.ttl, '#entity': 'entity' },
          ExpressionAttributeValues: { ...values, ':entity': { S: 'RATE' } },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const tat = Attributes?.tatMs?.N;
      return { ok: true, ...(tat !== undefined ? { tat: Number(tat) } : {}) };
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
