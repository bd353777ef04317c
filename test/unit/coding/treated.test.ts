// Guideline I.C.21.c.4 (history codes) and I.C.2.d (a cancer excised, no further treatment): a condition
// named as what a past curative procedure was done for is gone, unless the note says it persists.
// Notes invented.
import { codes } from './guidelines/helpers';

describe('a condition a past curative procedure treated is history, not current', () => {
  it.each([
    ['She had an appendectomy for appendicitis when she was 12.\nAssessment: acute upper respiratory infection.', 'J06.9', ['K35.80', 'K37']],
    ['Status post catheter ablation for atrial fibrillation in 2022; no recurrence on a 30-day monitor.\nAssessment: essential hypertension.', 'I10', ['I48.91', 'I48.0']],
    ['Total thyroidectomy for Graves disease in 2020.\nAssessment: postsurgical hypothyroidism.', 'E89.0', ['E05.00', 'E05.90']],
    ['Past surgical history: laparoscopic cholecystectomy for symptomatic gallstones.\nAssessment: primary osteoarthritis of the right knee.', 'M17.11', ['K80.20']],
  ])('%s', (note, current, never) => {
    const out = codes(note);
    expect(out).toContain(current);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('the treated cancer becomes its personal history code (I.C.2.d)', () => {
    const out = codes('Right hemicolectomy for colon cancer in 2017, no chemotherapy since, surveillance colonoscopy without recurrence.\nAssessment: gastroesophageal reflux disease.');
    expect(out).not.toContain('C18.9');
    expect(out).toContain('Z85.038');
  });

  it('"<condition> repair in <year>" is the same reading', () => {
    const out = codes('Left inguinal hernia repair with mesh in 2016. Now a reducible bulge in the left groin again.\nAssessment: recurrent left inguinal hernia.');
    expect(out).toContain('K40.91');
    expect(out).not.toContain('K40.90');
  });
});

describe('history codes of a treated condition', () => {
  it('an arrhythmia cured by ablation is the circulatory chapter\'s personal history (Z86.79)', () => {
    expect(codes('Status post catheter ablation for atrial fibrillation in 2022; no recurrence on a 30-day monitor.\nAssessment: essential hypertension.')).toContain('Z86.79');
  });

  it('a mention that starts before the procedure ("right hemicolectomy for colon cancer") is still its object', () => {
    const out = codes('Right hemicolectomy for colon cancer in 2017, no chemotherapy since, no recurrence.\nAssessment: gastroesophageal reflux disease.');
    expect(out.filter((c) => c.startsWith('C18'))).toEqual([]);
  });
});

describe('the condition stays current', () => {
  it('when another sentence says it recurred (no history code beside it)', () => {
    const out = codes('Status post pulmonary vein isolation for paroxysmal atrial fibrillation in 2021.\nNow with recurrent paroxysmal atrial fibrillation on the event monitor.\nAssessment: paroxysmal atrial fibrillation, recurrent after ablation.');
    expect(out).toContain('I48.0');
    expect(out).not.toContain('Z86.79');
  });

  it('when the note says it recurred after the procedure', () => {
    expect(codes('Status post pulmonary vein isolation for paroxysmal atrial fibrillation in 2021, now with recurrent paroxysmal atrial fibrillation.')).toContain('I48.0');
  });

  it('when the procedure is only planned', () => {
    expect(codes('Assessment: symptomatic gallstones. Referred for laparoscopic cholecystectomy for symptomatic gallstones.')).toContain('K80.20');
  });
});

describe('a condition whose treatment is finished is history (I.C.21.c.4)', () => {
  it('"<infection> treated in <year> (course completed)" is the personal history code, not the active disease', () => {
    const out = codes('Pulmonary tuberculosis treated in 2011 (full 6-month course completed). Sputum AFB negative.\nAssessment: chronic cough.');
    expect(out).toContain('Z86.11');
    expect(out).not.toContain('A15.0');
    expect(out).toContain('R05.3');
  });

  it('a finished treatment followed by a recurrence keeps the condition current', () => {
    expect(codes('Pulmonary tuberculosis treated in 2015, now recurrent; sputum AFB positive.')).toContain('A15.0');
  });

  it('leaves a treated cancer to the neoplasm rules (I.C.2.d) and a treated fracture to its sequela (I.C.19.c)', () => {
    expect(codes('Ovarian carcinoma treated in 2019; all treatment completed that year. CT: no evidence of recurrence.\nAssessment: no evidence of disease.')).toContain('Z85.43');
  });

  it('a treatment that is ongoing ("treated with") is no finished course', () => {
    expect(codes('Hypertension treated with lisinopril.')).toContain('I10');
  });
});
