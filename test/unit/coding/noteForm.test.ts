import { isCaseReportNarrative, settingFromNoteForm } from '../../../src/engine/coding';
import { ClinicalEngine } from '../../../src/engine/engine';

// Synthetic notes (invented). The form of the text alone decides; Section II.H (inpatient: an uncertain
// diagnosis documented at the end of the stay is coded as established) vs IV.H (outpatient: its symptoms).
const CASE = 'A 47-year-old man presented with right lower quadrant pain and fever of two days. Ultrasound showed findings suggestive of acute appendicitis. He underwent surgery and recovered well.';

describe('note form → setting (case-report narratives are inpatient records, II.H)', () => {
  it.each([
    ['We report the case of a 29-year-old woman who underwent a pelvic ultrasound.'],
    ['We present a 61-year-old patient with progressive dyspnoea.'],
    ['A 36-year-old male, with no relevant past medical history, was studied for hematuria.'],
    ['An eight-year-old boy consulted for a rash on both legs.'],
    ['Male patient, 59 years old, with a history of chronic obstructive pulmonary disease.'],
    ['Female patient aged 72 admitted for syncope.'],
  ])('reads a case-report opening as a case report: %s', (text) => {
    expect(isCaseReportNarrative(text)).toBe(true);
    expect(settingFromNoteForm(text)).toBe('inpatient');
  });

  it.each([
    // A visit note, a letter and a service note are the encounter itself, whatever their opening.
    ['A 64-year-old man here today for a 3-month check of type 2 diabetes.'],
    ['Dear Dr. Haldane, a 58-year-old woman whom I saw in the renal clinic.'],
    ['A 70-year-old woman seen in clinic for follow-up visit of hypertension.'],
    ['A 39-year-old female who presents for a transition of care visit after her admission.'],
    // Sectioned notes and headed forms do not open as a case narrative.
    ['CHIEF COMPLAINT: cough.\nHISTORY OF PRESENT ILLNESS: A 45-year-old man with cough for 3 days.'],
    ['EMERGENCY DEPARTMENT NOTE 68M brought by wife: sweaty and confused.'],
    ['Progress note. Patient stable overnight; a 50-year-old with pneumonia.'],
  ])('leaves other forms to the configured default: %s', (text) => {
    expect(isCaseReportNarrative(text)).toBe(false);
    expect(settingFromNoteForm(text)).toBeUndefined();
  });

  it('codes the uncertain diagnosis a case report ends with as established, and not its integral symptoms', () => {
    const codes = new ClinicalEngine().process(CASE).codes.map((c) => c.code);
    expect(codes).toContain('K35.80');
    expect(codes).not.toContain('R10.31');
  });

  it('a given setting, note type or configured default wins over the form (IV.H symptoms, not the uncertain diagnosis)', () => {
    const engine = new ClinicalEngine();
    for (const codes of [
      engine.process(CASE, { setting: 'outpatient' }).codes,
      engine.process(CASE, { noteType: 'PROGRESS_NOTE' }).codes,
      new ClinicalEngine({ setting: 'outpatient' }).process(CASE).codes,
    ].map((cs) => cs.map((c) => c.code))) {
      expect(codes).not.toContain('K35.80');
      expect(codes).toEqual(expect.arrayContaining(['R10.31', 'R50.9']));
    }
  });
});
