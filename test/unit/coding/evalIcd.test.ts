import { loadCodeSet } from '../../../src/engine/icd10';
import { evaluateIcd } from '../../../src/eval/icd';

describe('evaluateIcd', () => {
  it('computes micro P/R/F1 exact and by category and counts gold codes outside the code set', () => {
    const codeSet = loadCodeSet(2027);
    const records = [
      { id: 'a', text: 'x', codes: ['E11.22', 'I10', 'R51'] },
      { id: 'b', text: 'y', codes: ['ZZZ.99'] },
    ];
    const predicted: Record<string, string[]> = { x: ['E1122', 'E11.9', 'R51.9'], y: [] };
    const r = evaluateIcd(records, (t) => predicted[t], codeSet);
    expect(r.exact).toMatchObject({ tp: 1, fp: 2, fn: 3 });
    expect(r.category).toMatchObject({ tp: 2, fp: 0, fn: 2 });
    expect(r.exact.precision).toBeCloseTo(1 / 3, 3);
    expect(r.goldNotInCodeSet.distinct).toBe(1);
    expect(r.goldNotBillable.examples).toEqual(['R51']);
    // R51.9 is the current billable child of the gold header R51: reported, not credited.
    expect(r.predictedChildOfGoldHeader).toEqual({ occurrences: 1, examples: ['R519'] });
  });
});
