// Unit: subscribers see every transition of a job once, in version order, however the bus orders or drops
// deliveries. Events are published without a per-job chain (SNS→SQS delivers at least once, in any
// order), so version n+1 can arrive before n: the stream fills the gap from the job's stored history
// (jobEvents) before delivering, instead of dropping n as stale.
import { eventsSince, OrderedDelivery, type JobEvent } from '../../../src/domain/events';
import { newJobRecord, type Job } from '../../../src/domain/job';
import { applyClaim, applyTransition } from '../../../src/domain/lifecycle';
import type { JobStore } from '../../../src/domain/ports';
import { jobStatusStream, jobUpdatesStream } from '../../../src/services/subscriptions';
import { MemoryEventBus } from '../workers/fakes';

const principal = { subject: 'u1', tenant: 'acme', roles: new Set(['reader'] as const) };
const JOB_ID = '01JCXG8Z9Q4W7N3V5T2R1PKHMB';
const sealedNote = { keyId: 'local:test', wrappedKey: new Uint8Array(), iv: new Uint8Array(), ciphertext: new Uint8Array(), authTag: new Uint8Array() };
const at = (s: number) => new Date(Date.UTC(2026, 11, 6, 10, 0, s)).toISOString();

/** A job run through the pipeline's three writes (chained local stages), as the store holds it after each. */
function finishedJob(): { versions: Job[]; final: Job } {
  const output = { stage: 'REDACTING' as const, output: {}, durationMs: 1 };
  let job = newJobRecord({ tenantId: 'acme', jobId: JOB_ID, noteChars: 7, sealedNote, noteType: 'OTHER' }, at(0));
  const versions = [job];
  job = applyTransition(job, { expectedVersion: job.version, to: 'REDACTING', then: [{ to: 'SUMMARIZING', completed: output }] }, at(1));
  versions.push(job);
  job = applyTransition(job, { expectedVersion: job.version, to: 'CODING', completed: { ...output, stage: 'SUMMARIZING' } }, at(2));
  versions.push(job);
  job = applyTransition(job, { expectedVersion: job.version, to: 'VALIDATING', completed: { ...output, stage: 'CODING' }, then: [{ to: 'COMPLETED', completed: { ...output, stage: 'VALIDATING' } }] }, at(3));
  versions.push(job);
  return { versions, final: job };
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

const flush = () => new Promise((r) => setImmediate(r));

describe('event order: no intermediate event is lost to reordering', () => {
  const { final } = finishedJob();
  const all = eventsSince(final, 0);

  it('one write that chains local stages publishes one event per transition, from the stored history', () => {
    expect(all.map((e) => [e.version, e.status])).toEqual([
      [1, 'QUEUED'],
      [2, 'REDACTING'],
      [3, 'SUMMARIZING'],
      [4, 'CODING'],
      [5, 'VALIDATING'],
      [6, 'COMPLETED'],
    ]);
  });

  it('every delivery order of a job’s events reaches the subscriber complete and in version order (all 120 orders of v2..v6)', async () => {
    for (const order of permutations(all.slice(1))) {
      const delivered: number[] = [];
      let reads = 0;
      const ordered = new OrderedDelivery(
        async () => (reads++, final),
        (e) => delivered.push(e.version),
      );
      ordered.offer(all[0]);
      for (const e of order) ordered.offer(e);
      await flush();
      expect(delivered).toEqual([1, 2, 3, 4, 5, 6]);
      // A gap costs one read of the job (its history then covers every later version), never one per event.
      expect(reads).toBe(order.every((e, i) => e.version === i + 2) ? 0 : 1);
    }
  });

  it('a dropped event (lost by the bus) is recovered from the history when the next one arrives', async () => {
    const delivered: JobEvent[] = [];
    const gaps: number[] = [];
    const ordered = new OrderedDelivery(async () => final, (e) => delivered.push(e), (_id, missing) => gaps.push(missing));
    for (const e of all.filter((e) => e.version !== 4)) ordered.offer(e);
    await flush();
    expect(delivered).toEqual(all);
    expect(gaps).toEqual([1]);
  });

  it('a version with nothing to show (a worker taking over the lease) is no gap to wait on forever', async () => {
    const { versions } = finishedJob();
    const claimed = applyClaim(versions[1], { expectedVersion: versions[1].version, owner: 'w2', durationMs: 1000 }, at(5));
    const coded = applyTransition(claimed, { expectedVersion: claimed.version, to: 'CODING', completed: { stage: 'SUMMARIZING', output: {}, durationMs: 1 } }, at(6));
    const delivered: number[] = [];
    const ordered = new OrderedDelivery(async () => coded, (e) => delivered.push(e.version));
    for (const e of eventsSince(versions[1], 0)) ordered.offer(e);
    ordered.offer(eventsSince(coded, claimed.version)[0]);
    await flush();
    expect(delivered).toEqual([1, 2, 3, 5]);
  });

  it('jobUpdates: events published in reverse with duplicates reach the subscriber once each, in order', async () => {
    const events = new MemoryEventBus();
    const store = { get: async () => final } as unknown as JobStore;
    const stream = await jobUpdatesStream({ principal, services: { store, events } });
    await events.publish(all[0]);
    for (const e of [...all.slice(1)].reverse()) await events.publish(e);
    await events.publish(all[3]);
    await flush();
    const seen: number[] = [];
    for (let i = 0; i < all.length; i++) seen.push((await stream.next()).value!.version);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    // The late original of a filled version, after the terminal event: still a duplicate, never shown.
    await events.publish(all[4]);
    await flush();
    const late = stream.next();
    await events.publish({ ...all[5], status: 'REVIEWED', version: 7 });
    expect((await late).value).toMatchObject({ version: 7, status: 'REVIEWED' });
    await stream.return!();
  });

  it('jobStatus: after the snapshot, an event ahead of a missing one waits for the history', async () => {
    const { versions } = finishedJob();
    const events = new MemoryEventBus();
    let current = versions[1]; // SUMMARIZING v3 when the subscriber reads its snapshot
    const store = { get: async () => current } as unknown as JobStore;
    const stream = await jobStatusStream({ principal, services: { store, events } }, JOB_ID);
    current = final;
    // CODING (v4) is lost; the terminal event (v6) arrives before VALIDATING (v5).
    await events.publish(all[5]);
    await events.publish(all[4]);
    await flush();
    const seen: string[] = [];
    for (;;) {
      const next = await stream.next();
      if (next.done) break;
      seen.push(`${next.value.version}:${next.value.status}`);
    }
    expect(seen).toEqual(['3:SUMMARIZING', '4:CODING', '5:VALIDATING', '6:COMPLETED']);
  });
});
