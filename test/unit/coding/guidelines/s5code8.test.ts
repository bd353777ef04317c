// Index entries and notations behind batch D's misses (session 5, code8): each case names its convention.
import { codes } from './helpers';

describe('Index: Disease, kidney (renal), diabetic → E08-E13 with .22 (I.A.15 "with", I.C.4.a)', () => {
  it('"diabetic kidney disease" is diabetes with chronic kidney disease, not diabetic nephropathy', () => {
    const out = codes('Assessment: Type 2 diabetes mellitus. Diabetic kidney disease.');
    expect(out).toContain('E11.22');
    expect(out).not.toContain('E11.21');
  });

  it('"nephropathy" keeps its own Index entry (.21)', () => {
    const out = codes('Assessment: Type 2 diabetes mellitus with diabetic nephropathy.');
    expect(out).toContain('E11.21');
    expect(out).not.toContain('E11.22');
  });
});

describe('KDIGO GFR categories G3a/G3b name the CKD stage (I.B.2: never unspecified when the note is specific)', () => {
  it.each([
    ['Assessment: chronic kidney disease G3b A3.', 'N18.32'],
    ['Assessment: CKD G3a A1, stable eGFR.', 'N18.31'],
  ])('%s', (note, want) => {
    const out = codes(note);
    expect(out).toContain(want);
    expect(out).not.toContain('N18.9');
    expect(out).not.toContain('N18.30');
  });
});
