// Session 10, second wave (issue 16): layout and grammar families of the examiner's holdout9 the summarizer did not read,
// each test named by the family or guideline it serves. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { isMedicationChange } from '../../../src/engine/summarize/medications';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const run = (text: string) => {
  const r = engine.process(text);
  expectQuoted(r.redactedText, r.summary);
  return r.summary;
};
const mentions = (texts: string[], term: RegExp) => texts.some((t) => term.test(t));

describe('layout: a pharmacist medication review numbering drug therapy problems ("DTP 2 - ...", "DRP 1:", "MRP 3 -")', () => {
  const text = [
    'AMBULATORY PHARMACY - MEDICATION THERAPY MANAGEMENT',
    'Patient: 79-year-old man referred for polypharmacy, 12 scheduled medicines.',
    '',
    'Vitals: BP 108/62 sitting, 96/60 standing. Labs: A1c 6.0%, potassium 5.4, eGFR 41.',
    '',
    'DRUG THERAPY PROBLEMS AND ACTIONS',
    '',
    'DTP 1 - Orthostatic dizziness on doxazosin. Action: stop doxazosin.',
    '',
    'DTP 2 - Overtreated type 2 diabetes with morning lows. Action: stop glipizide.',
    '',
    'DRP 3: Hyperkalemia on spironolactone with reduced kidney function. Action: decrease spironolactone to 12.5 mg daily.',
    '',
    'MRP 4 - Chronic constipation from iron. Action: change ferrous sulfate to every other day.',
    '',
    'Not changed: lisinopril, atorvastatin; tamsulosin was not started.',
    'Heart failure is not diagnosed.',
    '',
    'Follow-up: telephone check in 2 weeks.',
  ].join('\n');
  it('heads a problem with each numbered drug therapy problem', () => {
    const problems = statements(run(text), 'problems');
    expect(mentions(problems, /^Orthostatic dizziness/)).toBe(true);
    expect(mentions(problems, /^Overtreated type 2 diabetes/)).toBe(true);
    expect(mentions(problems, /^Hyperkalemia/)).toBe(true);
    expect(mentions(problems, /^Chronic constipation/)).toBe(true);
  });
  it('reads neither the "Not changed:" paragraph nor a denied condition ("Heart failure is not diagnosed.") as a problem', () => {
    const problems = statements(run(text), 'problems');
    expect(mentions(problems, /Not changed/)).toBe(false);
    expect(mentions(problems, /Heart failure is not diagnosed/)).toBe(false);
  });
});

describe('grammar: a change denied by its own verb or label is no medication change', () => {
  it('"Not changed: metformin" and "donepezil ... was not started" state drugs kept as they are', () => {
    expect(isMedicationChange('Not changed: metformin, amlodipine, donepezil is not on her list and was not started.', false)).toBe(false);
    expect(isMedicationChange('Donepezil has not been started.', false)).toBe(false);
  });
  it('"Keep amlodipine 5 mg." continues a drug, even in an order list', () => {
    expect(isMedicationChange('Keep amlodipine 5 mg.', true)).toBe(false);
  });
  it('still reads a real change beside a kept drug ("not changed" removed, "stop" remains)', () => {
    expect(isMedicationChange('Lisinopril not changed; stop hydrochlorothiazide.', false)).toBe(true);
    expect(isMedicationChange('Start mirabegron 25 mg daily.', false)).toBe(true);
  });
});

describe('layout: a numbered list under a title the analyser does not know ("DETERMINATIONS AND PLAN"), items "Name - status"', () => {
  const text = [
    'OCCUPATIONAL HEALTH - FITNESS-FOR-DUTY EVALUATION',
    '48-year-old warehouse worker off work for 3 weeks after a fall from a loading dock.',
    '',
    'Exam: BP 138/84. Right ankle: mild swelling, stable ligaments. Right elbow: tender lateral epicondyle.',
    '',
    'DETERMINATIONS AND PLAN',
    '1. Right ankle sprain (work-related) - improving, not at maximum medical improvement. Continue physical therapy 3 more weeks.',
    '2. Lateral epicondylitis, right - unchanged; counterforce brace.',
    '3. Noise-induced tinnitus, bilateral - stable; fitted hearing protection.',
    '',
    'Work status today: modified duty, no ladders. Re-evaluation in 3 weeks.',
  ].join('\n');
  it('heads a problem with each numbered item whose name carries a hyphenated word before the spaced dash', () => {
    const problems = statements(run(text), 'problems');
    expect(mentions(problems, /^Right ankle sprain \(work-related\)/)).toBe(true);
    expect(mentions(problems, /^Lateral epicondylitis/)).toBe(true);
  });
});
