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
  it('splits a job from REDACTING to its terminal transition around the two model calls', () => {
    const { segments, spanMs } = segmentsOf(
      [
        {
          statusAtMs: { REDACTING: 1000, SUMMARIZING: 1010, CODING: 3050, COMPLETED: 5100 },
          modelCalls: [
            { arrivedMs: 1030, answeredMs: 3035 },
            { arrivedMs: 3070, answeredMs: 5080 },
          ],
        },
        // A repair turn (three calls) is left out: its extra call is model time the split cannot place.
        { statusAtMs: { REDACTING: 0, SUMMARIZING: 1, CODING: 2, COMPLETED: 3 }, modelCalls: [{ arrivedMs: 0, answeredMs: 0 }, { arrivedMs: 0, answeredMs: 0 }, { arrivedMs: 0, answeredMs: 0 }] },
      ],
      2000,
    );
    expect(segments.redaction).toEqual([10]);
    expect(segments['write → 1st call arrives']).toEqual([20]);
    expect(segments['1st call late at the double']).toEqual([5]);
    expect(segments['1st answer → next transition']).toEqual([15]);
    expect(segments['write → 2nd call arrives']).toEqual([20]);
    expect(segments['2nd call late at the double']).toEqual([10]);
    expect(segments['2nd answer → terminal transition']).toEqual([20]);
    expect(spanMs).toEqual([100]);
  });
});
