// Owns two ConText trigger forms added at the end of session 10: a condition named and then denied as a diagnosis
// ("X is not diagnosed", a post-posed negation like "X was ruled out") and the charting abbreviation "ppx" for
// prophylaxis, which makes its condition hypothetical (prevention, not a finding), as "prophylaxis" already does.
import { codes as coded } from '../coding/guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const codes = (text: string): string[] => coded(text, outpatient);

describe('post-posed negation: "<condition> is not diagnosed"', () => {
  it.each([
    ['Assessment: Heart failure is not diagnosed. Essential hypertension, controlled.', /^I50/],
    ['Impression: dementia was not diagnosed on testing today. Type 2 diabetes mellitus without complications.', /^F0[1-3]/],
  ])('%s', (text, denied) => {
    const got = codes(text);
    expect(got.some((c) => denied.test(c))).toBe(false);
    expect(got.length).toBeGreaterThan(0);
  });
});

describe('"ppx" is prophylaxis: the condition is prevented, not present', () => {
  it('DVT ppx does not code a DVT', () => {
    const got = codes('Assessment/Plan:\n1. Community-acquired pneumonia: continue ceftriaxone.\n2. DVT ppx: heparin 5000 units SC q8h.');
    expect(got.some((c) => /^I82/.test(c))).toBe(false);
    expect(got.some((c) => /^J18/.test(c))).toBe(true);
  });
});
