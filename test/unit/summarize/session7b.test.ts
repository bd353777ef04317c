// Session 7b (issue 16): the layouts summary holdout5 showed after its honest figure was taken, each test named by the
// note structure or guideline it serves. Every note and sentence here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { ORDER_LINE } from '../../../src/engine/summarize/cues';
import { isMedicationChange } from '../../../src/engine/summarize/medications';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const summarise = (text: string) => engine.process(text).summary;

describe('layout: hospital course by problem written as paragraphs, each opening on the problem', () => {
  const text = [
    'DISCHARGE SUMMARY',
    'Admitting diagnosis: pneumonia.',
    'Allergies: penicillin (hives).',
    '',
    'Hospital course by problem:',
    '',
    'Community-acquired pneumonia. Treated with ceftriaxone and azithromycin; afebrile by day 2. Resolved.',
    '',
    'Delirium. Due to pneumonia; CT head negative. Back to baseline by day 3.',
    '',
    'Type 2 diabetes mellitus with hyperglycemia. Glucose up to 310 during pneumonia; A1c 8.1%. Managed with basal insulin.',
    '',
    'Atrial fibrillation, new onset. Occurred on day 1 with pneumonia; converted after fluids. Started apixaban 5 mg twice daily.',
    '',
    'Follow-up: primary care within 7 days with BMP; cardiology in 4 weeks; home health to start tomorrow.',
  ].join('\n');

  it('a later sentence naming a condition as its cause or circumstance ("Due to pneumonia", "during pneumonia", "Occurred ... with") is discussion, not a problem', () => {
    const s = summarise(text);
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    for (const head of ['Community-acquired pneumonia.', 'Delirium.', 'Type 2 diabetes mellitus with hyperglycemia.', 'Atrial fibrillation, new onset.']) expect(problems).toContain(head);
    for (const discussion of ['Due to pneumonia', 'Glucose up to 310', 'Occurred on day 1']) expect(problems.some((p) => p.startsWith(discussion))).toBe(false);
  });

});

describe('layout: "# problem" items with "- " bullets naming an organism by its genus initial ("- C. difficile PCR sent")', () => {
  it('a capital letter and its stop after a bullet open a genus, not a lettered sub-item: the bullet stays under its item', () => {
    const text = [
      'Assessment and plan by problem:',
      '# Diarrhea, new, on antibiotics',
      '  - C. difficile infection possible; send C. difficile PCR; contact precautions until result',
      '  - not dehydrated; oral fluids',
      '# Hypokalemia',
      '  - potassium chloride 40 mEq orally x 2 today',
      'Follow-up: primary care within 1 week.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    expect(problems).toContain('Diarrhea, new, on antibiotics');
    expect(problems.some((p) => p.startsWith('difficile'))).toBe(false);
    expect(problems.some((p) => p.startsWith('not dehydrated'))).toBe(false);
  });

  it('lower-case lettered sub-items opening their lines are still items of their own', () => {
    const text = ['Assessment:', '1. Hypertension', '    a. Status: uncontrolled today', '    b. Increase amlodipine to 10 mg daily', '2. Gout', '    a. Status: no flares'].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'problems').some((p) => p.startsWith('Status: uncontrolled'))).toBe(true);
  });
});

describe('layout: discharge medication list run on one line with a change tag per drug ("(new)", "(resume)", "(unchanged)")', () => {
  const text = [
    'DISCHARGE SUMMARY',
    'Discharge diagnoses:',
    '1. Cellulitis of the left leg, improving.',
    '2. Paroxysmal atrial fibrillation.',
    '3. Type 2 diabetes mellitus.',
    '4. Essential hypertension.',
    '5. Chronic kidney disease stage 3a.',
    '6. Obesity.',
    'Allergies: none known.',
    'Hospital course: She received IV cefazolin with steady improvement of the redness and swelling over four days and was afebrile from day 2.',
    'Blood cultures stayed negative and the margins drawn on admission receded each day. Her heart rate ran in the 90s to 110s',
    'in atrial fibrillation on day 1 and settled with her home metoprolol; she was anticoagulated after a discussion of the',
    'risks and benefits with her and her daughter. Metformin was held while she was eating poorly and her creatinine stayed at',
    'her baseline of 1.3 throughout. Her blood pressure ran low to normal and amlodipine was not given. She walked the hall with',
    'physical therapy on day 3 and was cleared for home without services. She and her daughter understand the plan.',
    'Discharge medications: cephalexin 500 mg four times daily for 5 days (new); apixaban 5 mg twice daily (new); metformin 500 mg twice daily (resume); levothyroxine 50 mcg daily (unchanged); atorvastatin 40 mg nightly (unchanged). STOPPED: amlodipine.',
    'Follow-up: primary care in 1 week.',
  ].join('\n');

  it('each tagged change is a whole item of the list and a statement of its own, the unchanged items are left', () => {
    const s = summarise(text);
    expectQuoted(text, s);
    const meds = statements(s, 'medications');
    expect(meds).toEqual(expect.arrayContaining(['apixaban 5 mg twice daily (new)', 'metformin 500 mg twice daily (resume)', 'STOPPED: amlodipine.']));
    expect(meds.some((t) => t.includes('levothyroxine') || t.includes('atorvastatin'))).toBe(false);
  });
});

describe('order lines: a past administration told in the course is not an order', () => {
  it('"Received 30 mL/kg fluids and ceftriaxone" is not a change; "potassium chloride 40 mEq orally x 2 today" in lower case is an order', () => {
    // ORDER_LINE decides whether a unit of an assessment is read as an order list (a drug and its dose opening it).
    expect(ORDER_LINE.test('Received 30 mL/kg fluids and ceftriaxone; never required vasopressors.')).toBe(false);
    expect(ORDER_LINE.test('Given 2 g magnesium sulfate IV overnight.')).toBe(false);
    expect(ORDER_LINE.test('potassium chloride 40 mEq orally x 2 today; magnesium oxide 400 mg twice daily x 3 days')).toBe(true);
    expect(isMedicationChange('potassium chloride 40 mEq orally x 2 today', true)).toBe(true);
  });
});

describe('label: "Not addressed as a new problem:" says the encounter did not assess what follows', () => {
  it('the line is no problem of the summary', () => {
    const text = [
      'Assessment and plan:',
      '1. Acute gout flare of the right first toe. Start colchicine 0.6 mg twice daily.',
      '2. Essential hypertension, controlled. Continue lisinopril.',
      'Not addressed as a new problem: her chronic hypothyroidism on levothyroxine 75 mcg, unchanged, TSH normal.',
      'Return in 2 weeks.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'problems').some((p) => p.includes('hypothyroidism'))).toBe(false);
  });
});

describe('completeness: an assessment written as one run-on sentence too long to quote whole', () => {
  it('the coded conditions it assesses are named from a shorter sentence of the note that names them', () => {
    const clauses = [
      'His type 2 diabetes is uncontrolled with A1c 9.1 and rising, so I am stopping glyburide and starting dulaglutide 0.75 mg weekly, keeping metformin at the same dose',
      'his hypertension is not at goal, so I am increasing losartan from 50 mg to 100 mg daily and will recheck a BMP in 2 weeks',
      'hyperlipidemia with LDL 131 is above target, so atorvastatin goes from 10 mg to 40 mg',
      'obstructive sleep apnea is undertreated with poor CPAP use, and we talked about mask fit and a sleep clinic visit',
      'chronic low back pain is stable, but daily naproxen is not a good idea, so stop naproxen and use acetaminophen up to 3 g a day',
    ];
    const text = [
      'Office visit',
      'HPI: Known type 2 diabetes for 9 years, hypertension, hyperlipidemia, obstructive sleep apnea and chronic low back pain. Home glucose in the 200s.',
      'Allergies: no known drug allergies.',
      `A/P: ${clauses.join('; ')}.`,
      'Follow-up: see me in 3 months with A1c.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    expect(problems).toContain('Known type 2 diabetes for 9 years, hypertension, hyperlipidemia, obstructive sleep apnea and chronic low back pain.');
    expect((s.defects ?? []).filter((d) => d.kind === 'CODED_CONDITION_NOT_SUMMARIZED').map((d) => d.code).filter((c) => /^(I10|E78|G47)/.test(c ?? ''))).toEqual([]);
  });
});

describe('layout: a prose assessment of one problem per line, one line opening on a label and a colon', () => {
  const text = [
    'ONCOLOGY FOLLOW-UP',
    'Oncologic history: Invasive ductal carcinoma of the right breast, stage IIA. Started neoadjuvant doxorubicin and cyclophosphamide; four cycles completed.',
    'Interval history: Tired for three days after each cycle. Her mother was diagnosed with ovarian cancer at 52.',
    'Allergies: sulfa (rash).',
    '',
    'Assessment and plan:',
    'Breast cancer, right, stage IIA, responding clinically. Proceed with weekly paclitaxel today.',
    'Anemia due to chemotherapy, hemoglobin 9.8; no transfusion.',
    'Chemotherapy-induced nausea, partly controlled. Increase olanzapine from 5 mg to 10 mg on days 1 to 4.',
    'Family history of ovarian cancer: genetic counselling referral for germline testing; results may change surgical planning.',
    '',
    'Follow-up: return in 2 weeks for paclitaxel with labs the same morning.',
  ].join('\n');

  it('"Family history of ovarian cancer: ..." heads its problem (a risk the plan addresses, ICD-10-CM Z80), not the family part of the plan', () => {
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'problems').some((p) => p.startsWith('Family history of ovarian cancer:'))).toBe(true);
  });

  it('a specialty history field ("Oncologic history:") is the patient\'s past: its "Started ..." is no medication change of this visit', () => {
    const s = summarise(text);
    expect(statements(s, 'medications').some((t) => t.includes('doxorubicin'))).toBe(false);
  });
});

describe('budget: many assessed problems spend the whole budget', () => {
  it('the next visit and one medication change are still kept when short', () => {
    const problems = [
      'Type 2 diabetes mellitus with hyperglycemia, A1c 8.4, not at goal on metformin alone.',
      'Essential hypertension, above goal at 152/90 on repeat today.',
      'Hyperlipidemia, LDL 141 on moderate-intensity statin therapy.',
      'Chronic kidney disease stage 3a, eGFR 52, stable over the past year.',
      'Obstructive sleep apnea, using CPAP most nights with good benefit.',
      'Osteoarthritis of both knees, worse on stairs, no effusion today.',
      'Gastroesophageal reflux disease, controlled with current therapy.',
      'Major depressive disorder, recurrent, mild, PHQ-9 of 7 today.',
      'Obesity, BMI 36, discussed diet and activity goals at length.',
      'Vitamin D deficiency, level 18 last month, on replacement.',
    ];
    const text = [
      'PRIMARY CARE VISIT',
      'HPI: Here for her chronic problems. No chest pain, no dyspnea. Sleeping well with CPAP. Knees ache on stairs.',
      'Allergies: none known.',
      '',
      'Assessment and plan:',
      ...problems.map((p, i) => `${i + 1}. ${p}`),
      '',
      'Plan: Increase lisinopril to 20 mg daily.',
      'Follow-up: return in 3 months with labs the same week.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'problems').length).toBeGreaterThanOrEqual(problems.length);
    expect(statements(s, 'medications').some((t) => t.includes('lisinopril'))).toBe(true);
    expect(statements(s, 'follow_up').some((t) => t.includes('in 3 months'))).toBe(true);
  });
});

describe('header: "Review by problem:" (any first word) opens an assessment told problem by problem', () => {
  it('its problem lines head problems and its orders are changes, even after an "Exam:" field the analyser ran on', () => {
    const text = [
      'MONTHLY PHYSICIAN REVIEW',
      'Allergies: codeine (confusion).',
      'Exam: thin, oriented to person only. Lungs clear, no edema.',
      '',
      'Review by problem:',
      'Falls, recurrent, with orthostatic hypotension. Stop furosemide. Bed alarm and low bed.',
      'Gastroesophageal reflux, asymptomatic. Reduce omeprazole from 20 mg daily to 20 mg every other day.',
      'Mild hyponatremia, sodium 133. Recheck.',
      '',
      'Next review in 30 days.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    for (const head of ['Falls, recurrent, with orthostatic hypotension.', 'Gastroesophageal reflux, asymptomatic.']) expect(problems).toContain(head);
    // Its orders are this visit's changes, not the examination's findings.
    expect(statements(s, 'medications')).toContain('Stop furosemide.');
  });
});
