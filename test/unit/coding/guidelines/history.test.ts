// Guideline I.C.21.c.4: history of a resolved condition → personal history (Z85–Z87); a relative's
// condition → family history (Z80–Z84); never the condition itself; chronic conditions stay coded.
import { codes } from './helpers';

describe('I.C.21.c.4 personal and family history', () => {
  it.each([
    ['Assessment: History of breast cancer, status post mastectomy 2015, no recurrence.', 'Z85.3', 'C50.919'],
    ['History of colon cancer, resected in 2015, no evidence of disease.', 'Z85.0', 'C18.9'],
    ['Family history of colon cancer in father.', 'Z80.0', 'C18.9'],
    ['Her mother had breast cancer; no other family history.', 'Z80.3', 'C50.919'],
    ['Family history of type 2 diabetes in mother.', 'Z83.3', 'E11.9'],
    ['Past history of stroke, no residual deficits.', 'Z86.73', 'I63.9'],
  ])('%s → %s, never %s', (note, history, condition) => {
    const out = codes(note);
    expect(out.some((c) => c.startsWith(history))).toBe(true);
    expect(out).not.toContain(condition);
  });

  it('a family history code takes the site from the Tabular block (colon is a digestive organ)', () => {
    expect(codes('Family history of colon cancer in father.')).toContain('Z80.0');
    expect(codes('Family history of colon cancer in father.')).not.toContain('Z80.9');
  });

  it('keeps a chronic condition written as history coded as current', () => {
    const out = codes('Past medical history: hypertension, type 2 diabetes.');
    expect(out).toEqual(expect.arrayContaining(['I10', 'E11.9']));
  });
});

describe('I.C.21.c.4 the personal-history code names the organ of the condition', () => {
  it.each([
    ['History of sigmoid colon cancer, resected in 2016, completed adjuvant chemotherapy, no recurrence.', 'Z85.038', 'Z85.00'],
    ['Prostate adenocarcinoma treated definitively in 2015, no treatment since.', 'Z85.46', 'Z85.45'],
  ])('%s → %s, not %s', (note, want, never) => {
    const out = codes(note);
    expect(out).toContain(want);
    expect(out).not.toContain(never);
  });
});
