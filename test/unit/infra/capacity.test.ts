// The capacity model: scaling laws (linear in volume, Little's law for slots), prompt sizes from the shipped
// prompts, and fail-fast flags.
import { capacityPlan, parseCapacityArgs, fixedPromptTokens, DEFAULT_ASSUMPTIONS, CapacityUsageError } from '../../../src/cli/capacity';

describe('capacity model', () => {
  const fixed = fixedPromptTokens();

  test('fixed prompt cost comes from the shipped system prompts and tool schemas', () => {
    expect(fixed.summarizer).toBeGreaterThan(100);
    expect(fixed.coder).toBeGreaterThan(100);
  });

  test('tokens per minute and model units grow linearly with volume; per-note tokens do not', () => {
    const a = capacityPlan({ notesPerDay: 10_000, avgChars: 4_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, fixed);
    const b = capacityPlan({ notesPerDay: 100_000, avgChars: 4_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, fixed);
    expect(b.inputTokensPerNote).toBe(a.inputTokensPerNote);
    expect(b.peakTokensPerMinute / a.peakTokensPerMinute).toBeCloseTo(10, 1);
    expect(b.workerTasks).toBeGreaterThanOrEqual(a.workerTasks);
    // The note is sent to both roles: input tokens grow by about two tokens per 4 characters added.
    const longer = capacityPlan({ notesPerDay: 10_000, avgChars: 8_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, fixed);
    expect(longer.inputTokensPerNote - a.inputTokensPerNote).toBeGreaterThanOrEqual(2_000);
  });

  test("worker slots follow Little's law: slower model calls need more tasks at the same volume", () => {
    const fast = capacityPlan({ notesPerDay: 1_000_000, avgChars: 4_000, peakFactor: 3 }, { ...DEFAULT_ASSUMPTIONS, modelSecondsPerJob: 2 }, fixed);
    const slow = capacityPlan({ notesPerDay: 1_000_000, avgChars: 4_000, peakFactor: 3 }, { ...DEFAULT_ASSUMPTIONS, modelSecondsPerJob: 20 }, fixed);
    expect(slow.workerTasksForConcurrency).toBeGreaterThan(fast.workerTasksForConcurrency);
    expect(slow.workerTasksForCpu).toBe(fast.workerTasksForCpu);
  });

  test('the API keeps two tasks for availability even at low volume', () => {
    expect(capacityPlan({ notesPerDay: 100, avgChars: 4_000, peakFactor: 3 }, DEFAULT_ASSUMPTIONS, fixed).apiTasks).toBe(2);
  });

  test('flags: required volume, positive numbers, unknown flags rejected', () => {
    expect(parseCapacityArgs(['--notes-per-day', '10_000', '--avg-chars', '3000', '--peak-factor', '2']).input).toEqual({ notesPerDay: 10_000, avgChars: 3_000, peakFactor: 2 });
    expect(() => parseCapacityArgs([])).toThrow(CapacityUsageError);
    expect(() => parseCapacityArgs(['--notes-per-day', '-5'])).toThrow(/notes-per-day/);
    expect(() => parseCapacityArgs(['--notes-per-day', '5', '--bogus', '1'])).toThrow();
  });
});
