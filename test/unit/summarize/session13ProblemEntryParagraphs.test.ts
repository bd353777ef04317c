// Problem-entry paragraphs after the findings (session 13, wave 2): a note with no assessment heading whose discussion is
// a run of paragraphs each opening on a verbless condition name and then its plan, or a numbered list by problem after a
// blank line. Invented notes; no real patient.
import { ClinicalEngine } from '../../../src/engine';
import type { Summary } from '../../../src/engine/summarize';
import { expectQuoted } from '../../helpers/summaryAssertions';

function problemTexts(s: Summary): string[] {
  return (s.sections.find((x) => x.kind === 'problems')?.statements ?? []).map((st) => st.text);
}

describe('problem-entry grammar: verbless name, then its plan, as a paragraph after the examination', () => {
  it('heads each problem whose paragraph has no finite verb ("Name. Start drug ...", "Name; plan.")', () => {
    const text = [
      'Geriatrics clinic review. Mr. Example, 79.',
      '',
      'Dizzy on standing most mornings. Hard stools twice a week. Shouts in his sleep.',
      '',
      'Exam: BP 138/80 lying, 108/70 standing. Abdomen soft.',
      '',
      'Benign prostatic hyperplasia is stable and he will continue finasteride.',
      '',
      'Rotator cuff tendinopathy, night-predominant. Physical therapy referral.',
      '',
      'Restless legs syndrome. Start ferrous sulfate 325 mg every other day.',
      '',
      'Orthostatic hypotension. Stop tamsulosin; add compression stockings.',
      '',
      'REM sleep behavior disorder. Start melatonin 3 mg at bedtime.',
      '',
      'Constipation; polyethylene glycol daily added.',
      '',
      'Return in 3 months.',
    ].join('\n');
    const r = new ClinicalEngine().process(text);
    const problems = problemTexts(r.summary).join(' ');
    expect(problems).toContain('Rotator cuff tendinopathy, night-predominant.');
    expect(problems).toContain('Restless legs syndrome.');
    expect(problems).toContain('Orthostatic hypotension.');
    expect(problems).toContain('REM sleep behavior disorder.');
    expect(problems).toContain('Constipation');
    expectQuoted(r.redactedText, r.summary);
  });

  it('never heads a problem from a negated name or from a findings paragraph with no plan', () => {
    const text = [
      'Clinic review. Ms. Example, 61.',
      '',
      'Exam: BP 128/76. Lungs clear.',
      '',
      'Gastroesophageal reflux disease. Start omeprazole 20 mg daily.',
      '',
      'No features of heart failure; no change to her diuretic.',
      '',
      'Return in 6 weeks.',
    ].join('\n');
    const r = new ClinicalEngine().process(text);
    const problems = problemTexts(r.summary);
    expect(problems.join(' ')).toContain('Gastroesophageal reflux disease.');
    expect(problems.some((p) => /features of heart failure/.test(p))).toBe(false);
    expectQuoted(r.redactedText, r.summary);
  });

  it('starts the discussion after an unheaded examination paragraph when the only heading is a trailing label', () => {
    const text = [
      'Weight clinic follow-up. Ms. Example, 50. Weight down 4 kg on her current plan.',
      '',
      'Snores loudly per her partner. Left knee aches on stairs.',
      '',
      'BP 134/82. A1c 6.0%. Crepitus left knee.',
      '',
      'Class II obesity, improving. Continue the current dose.',
      '',
      'Suspected obstructive sleep apnea; home sleep test ordered.',
      '',
      'Left knee osteoarthritis, likely; start topical diclofenac.',
      '',
      'Allergies: none known. Next visit in 3 months.',
    ].join('\n');
    const r = new ClinicalEngine().process(text);
    const problems = problemTexts(r.summary).join(' ');
    expect(problems).toContain('Suspected obstructive sleep apnea');
    expect(problems).toContain('Left knee osteoarthritis, likely');
    expectQuoted(r.redactedText, r.summary);
  });
});

describe('a numbered list by problem opening its own paragraph in a note without headings', () => {
  it('reads the items as the assessment: the blank line stands before the marker, not before the item text', () => {
    const text = [
      'Pharmacy consult: renal dosing. Requested by the ward team for Mr. Example, 80.',
      '',
      'Creatinine 2.1 mg/dL (baseline 1.0). Potassium 5.5.',
      '',
      '1. Acute kidney injury. Recommend holding lisinopril 10 mg while volume is restored.',
      '2. Hyperkalemia, mild. Stop the potassium chloride he takes at home.',
      '3. Gout. Reduce allopurinol from 300 mg to 100 mg daily.',
      '',
      'His nausea is improving and the team will continue ondansetron. Pharmacy will re-review in 48 hours.',
    ].join('\n');
    const r = new ClinicalEngine().process(text);
    const problems = problemTexts(r.summary).join(' ');
    expect(problems).toContain('Acute kidney injury.');
    expect(problems).toContain('Hyperkalemia, mild.');
    expect(problems).toContain('Gout.');
    expectQuoted(r.redactedText, r.summary);
  });
});
