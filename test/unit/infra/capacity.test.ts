// The capacity model: per-job figures fitted to measured jobs (data/capacity/figures.json, written by
// `npm run bench -- lambda --model bedrock --write-figures`), scaling laws (linear in volume, Little's law
// for slots), and fail-fast flags.
import { capacityPlan, parseCapacityArgs, perJobFigures, fixedPromptTokens, DEFAULT_ASSUMPTIONS, CapacityUsageError } from '../../../src/cli/capacity';
import { at, fitPerChar, readMeasuredFigures, type MeasuredFigures } from '../../../src/cli/capacityFigures';

/** Invented measurements with a known shape: 50 ms + 20 ms per 1,000 chars; 3,000 + 0.5/char tokens in. */
function synthetic(): MeasuredFigures {
  const sizes = [1_000, 2_000, 4_000, 8_000];
  return {
    command: 'synthetic',
    measuredAt: '2026-01-01T00:00:00.000Z',
    machine: 'test',
    lambda: { samples: 1, loadWallMs: 1, loadCpuMs: 1, rootWallMs: 1, rootCpuMs: 1, firstInvocationWallMs: 1, firstInvocationCpuMs: 1, secondInvocationWallMs: 1, secondInvocationCpuMs: 1, warmInvocationWallMs: 1, warmInvocationCpuMs: 1, maxRssMb: 1 },
    workerCpuPerJob: sizes.map((chars) => ({ chars, cpuMs: 50 + chars / 50 })),
    bedrockTokensPerJob: sizes.map((chars) => ({ chars, inputTokens: 3_000 + chars / 2, outputTokens: 400 + chars / 20, calls: 2 })),
  };
}

describe('fits of the measured jobs', () => {
  test('a straight line is recovered exactly', () => {
    const fit = fitPerChar([1_000, 3_000, 5_000].map((chars) => ({ chars, y: 10 + chars * 0.01 })));
    expect(fit.fixed).toBeCloseTo(10, 6);
    expect(fit.perChar).toBeCloseTo(0.01, 9);
    expect(at(fit, 2_000)).toBeCloseTo(30, 6);
  });

  test('terms stay physical: a falling cloud is a constant, a negative intercept goes through zero', () => {
    const falling = fitPerChar([{ chars: 1_000, y: 5 }, { chars: 2_000, y: 4 }, { chars: 3_000, y: 3 }]);
    expect(falling).toEqual({ fixed: 4, perChar: 0, points: 3 });
    const steep = fitPerChar([{ chars: 1_000, y: 0.5 }, { chars: 2_000, y: 2 }, { chars: 3_000, y: 3.5 }]);
    expect(steep.fixed).toBe(0);
    expect(steep.perChar).toBeGreaterThan(0);
  });

  test('the committed figures carry the command that produced them and Bedrock token accounting', () => {
    const figures = readMeasuredFigures();
    expect(figures.command).toMatch(/^npm run bench -- lambda .*--model bedrock/);
    expect(figures.workerCpuPerJob.length).toBeGreaterThanOrEqual(10);
    const perJob = perJobFigures(figures);
    // A job sends both system prompts and tool schemas at least once: the measurement cannot be below them.
    const fixed = fixedPromptTokens();
    expect(at(perJob.inputTokens, 4_000)).toBeGreaterThan(fixed.summarizer + fixed.coder);
    expect(at(perJob.cpuSeconds, 4_000)).toBeGreaterThan(0);
  });
});

describe('capacity model', () => {
  const perJob = perJobFigures(synthetic());

  test('per-note figures are the fitted measurements at the given note size', () => {
    const plan = capacityPlan({ notesPerDay: 10_000, avgChars: 4_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, perJob);
    expect(plan.cpuSecondsPerNote).toBeCloseTo(0.13, 6);
    expect(plan.inputTokensPerNote).toBe(5_000);
    expect(plan.outputTokensPerNote).toBe(600);
  });

  test('tokens per minute and model units grow linearly with volume; per-note tokens do not', () => {
    const a = capacityPlan({ notesPerDay: 10_000, avgChars: 4_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, perJob);
    const b = capacityPlan({ notesPerDay: 100_000, avgChars: 4_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, perJob);
    expect(b.inputTokensPerNote).toBe(a.inputTokensPerNote);
    expect(b.peakTokensPerMinute / a.peakTokensPerMinute).toBeCloseTo(10, 1);
    expect(b.workerTasks).toBeGreaterThanOrEqual(a.workerTasks);
    const longer = capacityPlan({ notesPerDay: 10_000, avgChars: 8_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, perJob);
    expect(longer.inputTokensPerNote - a.inputTokensPerNote).toBe(2_000);
  });

  test("worker slots follow Little's law: slower model calls need more tasks at the same volume", () => {
    const fast = capacityPlan({ notesPerDay: 1_000_000, avgChars: 4_000, peakFactor: 3 }, { ...DEFAULT_ASSUMPTIONS, modelSecondsPerJob: 2 }, perJob);
    const slow = capacityPlan({ notesPerDay: 1_000_000, avgChars: 4_000, peakFactor: 3 }, { ...DEFAULT_ASSUMPTIONS, modelSecondsPerJob: 20 }, perJob);
    expect(slow.workerTasksForConcurrency).toBeGreaterThan(fast.workerTasksForConcurrency);
    expect(slow.workerTasksForCpu).toBe(fast.workerTasksForCpu);
  });

  test('the API keeps two tasks for availability even at low volume', () => {
    expect(capacityPlan({ notesPerDay: 100, avgChars: 4_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, perJob).apiTasks).toBe(2);
  });

  test('figures without Bedrock token accounting are refused', () => {
    const { bedrockTokensPerJob: _dropped, ...localOnly } = synthetic();
    expect(() => perJobFigures(localOnly)).toThrow(/--model bedrock/);
  });

  test('flags: required volume, positive numbers, unknown flags rejected', () => {
    expect(parseCapacityArgs(['--notes-per-day', '10_000', '--avg-chars', '3000', '--peak-factor', '2']).input).toEqual({ notesPerDay: 10_000, avgChars: 3_000, peakFactor: 2 });
    expect(() => parseCapacityArgs([])).toThrow(CapacityUsageError);
    expect(() => parseCapacityArgs(['--notes-per-day', '-5'])).toThrow(/notes-per-day/);
    expect(() => parseCapacityArgs(['--notes-per-day', '5', '--bogus', '1'])).toThrow();
  });
});
