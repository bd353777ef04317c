// Unit: one Lambda SQS batch → the JobProcessor, with partial batch failures reported by message id
// (the same delivery rules as JobConsumer: retry until the last delivery, then FAILED with a reason).
import { handleSqsBatch, type RecordOutcome, type SqsRecord } from '../../../workers/sqsBatch';
import { encodeJobMessage } from '../../../src/adapters/sqs/sqsJobQueue';
import type { JobProcessor, PipelineOutcome } from '../../../workers/pipeline';
import type { Job } from '../../../src/domain/job';
import { newJobId } from '../../../src/domain/ids';

/** Readable names for real job ids (the message codec only accepts ULIDs). */
const ids = new Map<string, string>();
const idOf = (name: string): string => ids.get(name) ?? (ids.set(name, newJobId(1_765_000_000_000 + ids.size)), ids.get(name)!);

function record(name: string, receiveCount = 1, body = encodeJobMessage({ tenantId: 't1', jobId: idOf(name) })): SqsRecord {
  return { messageId: `m-${name}`, body, attributes: { ApproximateReceiveCount: String(receiveCount) } };
}

function processor(behaviour: Record<string, PipelineOutcome | Error>) {
  const marked: Array<{ jobId: string; code: string }> = [];
  const nameOf = (jobId: string) => [...ids].find(([, id]) => id === jobId)![0];
  const p: JobProcessor = {
    run: async (ref) => {
      const b = behaviour[nameOf(ref.jobId)];
      if (b instanceof Error) throw b;
      return b;
    },
    markFailed: async (ref, error) => {
      marked.push({ jobId: nameOf(ref.jobId), code: error.code });
      return undefined;
    },
  };
  return { p, marked };
}

const finished = { kind: 'finished', job: {} as Job } as PipelineOutcome;

describe('handleSqsBatch', () => {
  it('acknowledges finished, failed and skipped jobs and returns deferred and interrupted ones', async () => {
    const { p } = processor({
      a: finished,
      b: { kind: 'skipped', reason: 'ALREADY_TERMINAL' },
      c: { kind: 'deferred', retryAfterMs: 5_000 },
      d: { kind: 'interrupted', job: {} as Job },
      e: { kind: 'failed', job: {} as Job, code: 'NOTE_UNREADABLE' },
    });
    const out = await handleSqsBatch(['a', 'b', 'c', 'd', 'e'].map((id) => record(id)), { processor: p, maxReceiveCount: 3 });
    expect(out.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['m-c', 'm-d']);
  });

  it('returns a failing job before its last delivery without marking it', async () => {
    const { p, marked } = processor({ x: new Error('model endpoint timed out') });
    const out = await handleSqsBatch([record('x', 2)], { processor: p, maxReceiveCount: 3 });
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm-x' }]);
    expect(marked).toEqual([]);
  });

  it('marks the job FAILED with a reason on its last delivery, then returns the message for the DLQ', async () => {
    const { p, marked } = processor({ x: new Error('always fails') });
    const seen: RecordOutcome[] = [];
    const out = await handleSqsBatch([record('x', 3)], { processor: p, maxReceiveCount: 3, onRecord: (o) => seen.push(o) });
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm-x' }]);
    expect(marked).toEqual([{ jobId: 'x', code: 'MAX_RECEIVE_COUNT_EXCEEDED' }]);
    expect(seen[0]).toMatchObject({ result: 'dead_letter' });
  });

  it('returns a body that is no job message so the redrive policy moves it to the DLQ, and runs nothing for it', async () => {
    const { p } = processor({});
    const run = jest.spyOn(p, 'run');
    const out = await handleSqsBatch([record('junk', 1, 'not json')], { processor: p, maxReceiveCount: 3 });
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm-junk' }]);
    expect(run).not.toHaveBeenCalled();
  });
});
