// Section II.H / IV.H (uncertain diagnoses by setting), I.C.21.c.4 (history and family history) and
// the rule that negated, hypothetical and family findings are never the patient's condition.
import { settingForNoteType } from '../../../../src/engine/coding';
import { codes } from './helpers';

describe('Uncertain diagnoses: Section II.H inpatient, Section IV.H outpatient', () => {
  const note = 'Cough and fever for 3 days.\nAssessment: Probable community acquired pneumonia.';
  it('outpatient (default, progress note, ED) codes the symptoms, not the uncertain diagnosis', () => {
    for (const opts of [{}, { noteType: 'PROGRESS_NOTE' }, { noteType: 'EMERGENCY_DEPARTMENT' }, { setting: 'outpatient' as const }]) {
      const out = codes(note, opts);
      expect(out).not.toContain('J18.9');
      // A cough of 3 days is acute (I.B.2, Index: Cough, acute R05.1).
      expect(out).toEqual(expect.arrayContaining(['R05.1', 'R50.9']));
    }
  });
  it('inpatient (discharge summary, admission H&P) codes the uncertain diagnosis as if confirmed', () => {
    for (const opts of [{ noteType: 'DISCHARGE_SUMMARY' }, { noteType: 'HISTORY_AND_PHYSICAL' }, { setting: 'inpatient' as const }]) {
      expect(codes(note, opts)).toContain('J18.9');
    }
    expect(codes('Discharge diagnosis: suspected pulmonary embolism.', { setting: 'inpatient' })).toContain('I26.99');
  });
  it('an explicit setting overrides the note type', () => {
    expect(codes(note, { noteType: 'DISCHARGE_SUMMARY', setting: 'outpatient' })).not.toContain('J18.9');
  });
  it('maps note types to settings', () => {
    expect(settingForNoteType('DISCHARGE_SUMMARY')).toBe('inpatient');
    expect(settingForNoteType('CONSULTATION')).toBe('outpatient');
    expect(settingForNoteType(undefined)).toBe('outpatient');
  });
  it('a ruled-out diagnosis is not coded in either setting', () => {
    expect(codes('Assessment: Pneumonia was ruled out.', { setting: 'inpatient' })).not.toContain('J18.9');
  });
});

describe('Negated, hypothetical and family findings are never the patient\'s condition', () => {
  it.each([
    ['Patient denies diabetes. No hypertension.', ['E11.9', 'I10']],
    ['Negative for pneumonia on chest x-ray.', ['J18.9']],
    ['Return if she develops chest pain or fever.', ['R07.9', 'R50.9']],
    ['Family history: mother with type 2 diabetes and breast cancer.', ['E11.9', 'C50.919']],
    ['His father had a myocardial infarction.', ['I21.9']],
  ])('%s', (note, never) => {
    const out = codes(note, { setting: 'inpatient' });
    for (const c of never) expect(out).not.toContain(c);
  });
});
