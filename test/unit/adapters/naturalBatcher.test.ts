// NaturalBatcher: calls made while the batches in flight are full leave together (fewer round trips under
// load), a call made when there is room leaves at once (no added latency when idle), and each caller
// gets its own entry's result.
import { BatchEntryError, NaturalBatcher } from '../../../src/adapters/naturalBatcher';

function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Lets the batcher's promise callbacks run (it sends the next batch once the last one settled). */
const settled = (): Promise<void> => new Promise((r) => setImmediate(r));

function recording(maxBatchSize: number, maxBatchesInFlight: number) {
  const batches: Array<{ items: string[]; answer: ReturnType<typeof deferred<Array<Error | undefined>>> }> = [];
  const batcher = new NaturalBatcher<string>({
    maxBatchSize,
    maxBatchesInFlight,
    send: (items) => {
      const answer = deferred<Array<Error | undefined>>();
      batches.push({ items, answer });
      return answer.promise;
    },
  });
  return { batcher, batches };
}

test('an idle batcher sends a call at once, alone', () => {
  const { batcher, batches } = recording(10, 1);
  void batcher.submit('a');
  expect(batches.map((b) => b.items)).toEqual([['a']]);
});

test('calls made while the batches in flight are full leave together, up to the batch size', async () => {
  const { batcher, batches } = recording(3, 1);
  const results = ['a', 'b', 'c', 'd', 'e'].map((x) => batcher.submit(x));
  expect(batches.map((b) => b.items)).toEqual([['a']]);
  batches[0].answer.resolve([undefined]);
  await settled();
  expect(batches.map((b) => b.items)).toEqual([['a'], ['b', 'c', 'd']]);
  batches[1].answer.resolve([undefined, undefined, undefined]);
  await settled();
  expect(batches.map((b) => b.items)).toEqual([['a'], ['b', 'c', 'd'], ['e']]);
  batches[2].answer.resolve([undefined]);
  await expect(Promise.all(results)).resolves.toHaveLength(5);
});

test('up to maxBatchesInFlight batches go at once before calls start to wait', () => {
  const { batcher, batches } = recording(10, 2);
  for (const x of ['a', 'b', 'c', 'd']) void batcher.submit(x);
  expect(batches.map((b) => b.items)).toEqual([['a'], ['b']]);
});

test("a failed entry rejects only its caller; a failed call rejects the whole batch", async () => {
  const { batcher, batches } = recording(10, 1);
  const first = batcher.submit('a');
  const [b, c] = [batcher.submit('b'), batcher.submit('c')];
  batches[0].answer.resolve([undefined]);
  await settled();
  batches[1].answer.resolve([undefined, new BatchEntryError('ReceiptHandleIsInvalid', true)]);
  await expect(b).resolves.toBeUndefined();
  await expect(c).rejects.toMatchObject({ name: 'ReceiptHandleIsInvalid', senderFault: true });
  await settled();
  const d = batcher.submit('d');
  batches[2].answer.reject(Object.assign(new Error('gone'), { name: 'QueueDoesNotExist' }));
  await expect(d).rejects.toMatchObject({ name: 'QueueDoesNotExist' });
});
