import { segmentsOf, steadyRate } from '../../../src/cli/benchSteady';

/** Completions of a saturated worker: `slots` slots each taking `cycleMs` per job, started together, over `total` jobs. */
function waves(slots: number, cycleMs: number, total: number, jitterMs = 0): number[] {
  const times: number[] = [];
  for (let slot = 0; slot < slots; slot++) {
    let t = 0;
    for (let job = slot; job < total; job += slots) {
      t += cycleMs + ((slot * 7 + job * 13) % 11) * (jitterMs / 10);
      times.push(t);
    }
  }
  return times;
}

describe('steadyRate (sustained rate of a saturated worker: ramp and tail excluded)', () => {
  it('finds slots / cycle when completions come in waves, where count / elapsed-from-start does not', () => {
    // 64 slots × 4,100 ms per job = 15.61 jobs/s; 1,780 jobs = 27.8 waves, so the last wave is partial.
    const times = waves(64, 4100, 1780);
    const steady = steadyRate(times, 64)!;
    expect(steady.jobsPerS).toBeGreaterThan(15.3);
    expect(steady.jobsPerS).toBeLessThan(15.9);
    const overall = 1780 / (Math.max(...times) / 1000);
    expect(overall).toBeLessThan(steady.jobsPerS * 0.995); // the partial last wave costs a whole cycle
  });

  it('does not flatter a slower worker: a longer cycle gives a proportionally lower rate', () => {
    const fast = steadyRate(waves(64, 4000, 1780, 200), 64)!.jobsPerS;
    const slow = steadyRate(waves(64, 4400, 1780, 200), 64)!.jobsPerS;
    expect(fast / slow).toBeGreaterThan(1.05);
    expect(fast / slow).toBeLessThan(1.15);
  });

  it('is undefined when there is no saturated window (fewer jobs than two waves)', () => {
    expect(steadyRate(waves(64, 4000, 100), 64)).toBeUndefined();
  });
});

describe('segmentsOf (where a job spends time outside its model calls)', () => {
  const job = {
    statusAtMs: { REDACTING: 1010, SUMMARIZING: 1010, CODING: 3050, COMPLETED: 5100 },
    modelCalls: [
      { arrivedMs: 1030, answeredMs: 3035 },
      { arrivedMs: 3070, answeredMs: 5080 },
    ],
  };
  it('splits a job from its redaction write to its final write around the two model calls', () => {
    // A repair turn (three calls) is left out: its extra call is model time the split cannot place.
    const repaired = { statusAtMs: { SUMMARIZING: 0, CODING: 2, COMPLETED: 3 }, modelCalls: [job.modelCalls[0], job.modelCalls[0], job.modelCalls[1]] };
    const { segments, spanMs } = segmentsOf([job, repaired], 2000);
    expect(segments['redaction write → 1st call arrives']).toEqual([20]);
    expect(segments['1st call late at the double']).toEqual([5]);
    expect(segments['1st answer → its write starts']).toEqual([15]);
    expect(segments['summary write → 2nd call arrives']).toEqual([20]);
    expect(segments['2nd call late at the double']).toEqual([10]);
    expect(segments['2nd answer → final write starts']).toEqual([20]);
    expect(spanMs).toEqual([90]);
  });

  it('counts only jobs that ended inside the saturated window', () => {
    expect(segmentsOf([job], 2000, { fromMs: 0, toMs: 5000 }).spanMs).toEqual([]);
    expect(segmentsOf([job], 2000, { fromMs: 5000, toMs: 6000 }).spanMs).toEqual([90]);
  });
});
