// Unit: the DynamoDB rate bucket's round trips and its allowance, against a one-item stand-in that applies the
// adapter's two conditional UpdateItems the way DynamoDB does (condition on the stored tat, then SET). A tenant
// submitting steadily costs one UpdateItem per admission; the busy update's slack adds at most a tenth of the
// burst (≤ 1 s of the rate) to what a burst may take, and the long-run rate stays exact (GCRA).
import { ConditionalCheckFailedException, type DynamoDBClient, type UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoRateBucketStore } from '../../../src/adapters/dynamo/dynamoRateBucketStore';

/** Holds one tatMs per key and evaluates exactly the adapter's condition and update expressions. */
function fakeDynamo() {
  const tat = new Map<string, number>();
  let calls = 0;
  const client = {
    send: async (command: UpdateItemCommand) => {
      calls++;
      const input = command.input;
      const key = `${input.Key!.pk.S}|${input.Key!.sk.S}`;
      const v = (name: string) => Number(input.ExpressionAttributeValues![name].N);
      const current = tat.get(key);
      let next: number;
      if (input.ConditionExpression === '#tat >= :floor AND #tat <= :maxTat') {
        if (current === undefined || current < v(':floor') || current > v(':maxTat')) throw failed(current);
        next = current + v(':inc');
      } else if (input.ConditionExpression === 'attribute_not_exists(#tat) OR #tat <= :now') {
        if (current !== undefined && current > v(':now')) throw failed(current);
        next = v(':start');
      } else throw new Error(`unexpected condition ${input.ConditionExpression}`);
      tat.set(key, next);
      return { Attributes: { tatMs: { N: String(next) } } };
    },
  };
  return { client: client as unknown as DynamoDBClient, calls: () => calls };
}

function failed(current: number | undefined): ConditionalCheckFailedException {
  return new ConditionalCheckFailedException({ message: 'condition', $metadata: {}, ...(current !== undefined ? { Item: { tatMs: { N: String(current) } } } : {}) });
}

describe('DynamoRateBucketStore', () => {
  it('a tenant submitting steadily under its limit costs one UpdateItem per admission', async () => {
    const db = fakeDynamo();
    const store = new DynamoRateBucketStore({ client: db.client, tableName: 't' });
    const policy = { perMinute: 60_000, burst: 100_000 };
    let now = 1_700_000_000_000;
    for (let i = 0; i < 200; i++) {
      // 5 concurrent submits every 100 ms (a tenth of the rate): the steady load that flipped the old busy/idle hint.
      const results = await Promise.all(Array.from({ length: 5 }, () => store.take('acme', 'tenant', 1, policy, now)));
      expect(results.every((r) => r.ok)).toBe(true);
      now += 100;
    }
    // The first take of a new bucket finds no item (two updates); concurrent takes racing an idle reset may need a second.
    expect(db.calls() / 1000).toBeLessThan(1.01);
  });

  it('a burst may exceed the configured burst by at most the slack (a tenth of it), and the sustained rate stays exact', async () => {
    const db = fakeDynamo();
    const store = new DynamoRateBucketStore({ client: db.client, tableName: 't' });
    const policy = { perMinute: 600, burst: 20 }; // one note per 100 ms, 2 s of burst; slack 200 ms = 2 notes
    let now = 1_700_000_000_000;
    let admitted = 0;
    const takeAll = async (n: number) => {
      const results = [];
      for (let i = 0; i < n; i++) results.push(await store.take('acme', 'tenant', 1, policy, now));
      return results.filter((r) => r.ok).length;
    };
    expect(await takeAll(50)).toBe(20);
    // The bucket full, then drained for 2.15 s: 21 intervals have passed, and tat is 150 ms behind now.
    now += 2_150;
    const burst = await takeAll(50);
    expect(burst).toBeGreaterThanOrEqual(20);
    expect(burst).toBeLessThanOrEqual(20 + 2);
    // Sustained: 60 s of a client asking 10× the rate gets the rate (600/min) plus at most burst + slack.
    for (let ms = 0; ms < 60_000; ms += 10) {
      now += 10;
      if ((await store.take('acme', 'tenant', 1, policy, now)).ok) admitted++;
    }
    expect(admitted).toBeGreaterThanOrEqual(600 - 1);
    expect(admitted).toBeLessThanOrEqual(600 + 1);
  });
});
