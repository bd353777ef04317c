// Session 7 (issue 16): completeness on unseen layouts, each test named by the layout rule it serves. Every note and
// sentence here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { isMedicationChange } from '../../../src/engine/summarize/medications';
import { generateSummaryNotes, S7_LAYOUTS, LAYOUTS } from '../../../src/eval/summarySynthetic';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const summarise = (text: string) => engine.process(text).summary;

describe('layout: template checkboxes state what is checked', () => {
  it('"Allergies: [x] Allergies: ..." after an unchecked box without negation gives the checked item as the allergy statement', () => {
    const text = [
      'VISIT TEMPLATE',
      'Allergies: [ ] Unknown [x] Allergies: penicillin (hives)',
      '',
      'Interval history: She returns for follow-up of hypertension. No chest pain.',
      '',
      'Assessment / Plan:',
      '1. Essential hypertension, uncontrolled. Increase lisinopril to 20 mg daily.',
      '',
      'Return in 4 weeks.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'allergies')).toEqual(['[x] Allergies: penicillin (hives)']);
  });
  it('after an unchecked negation ("[ ] No known drug allergies [x] Allergies: ...") the statement is the checked value alone', () => {
    const text = [
      'Allergies: [ ] No known drug allergies [x] Allergies: sulfa drugs',
      '',
      'Assessment / Plan:',
      '1. Essential hypertension, uncontrolled. Increase lisinopril to 20 mg daily.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    // The note's negation scope runs across the boxes; the value alone names no condition that could read otherwise.
    expect(statements(s, 'allergies')).toEqual(['sulfa drugs']);
  });
  it('a checked value naming a condition after an unchecked negation is left out rather than quoted against the note', () => {
    const text = ['Allergies: [ ] No known drug allergies [x] Allergies: penicillin (rash)', '', 'Assessment / Plan:', '1. Gout, acute flare. Start colchicine 0.6 mg twice daily.'].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'allergies').some((t) => t.includes('rash'))).toBe(false);
  });
});

describe('layout: hospital course by problem, each problem a label line over its paragraph', () => {
  it('every label line heads its problem with its first sentence, even a label the lexicon does not know', () => {
    const text = [
      'DISCHARGE SUMMARY',
      'History of present illness: She came in with black stools and tiredness. She reports ongoing concerns with her asthma.',
      '',
      'Allergies: none known.',
      '',
      'HOSPITAL COURSE BY PROBLEM:',
      '',
      'GI bleed:',
      'She was stable on admission; duodenal ulcer seen on endoscopy. Apixaban was decreased to 2.5 mg twice daily.',
      '',
      'Asthma:',
      'She was well controlled on admission; no night symptoms. Fluticasone was resumed.',
      '',
      'Urinary tract infection:',
      'She was new on admission; positive nitrites on urinalysis. Nitrofurantoin was stopped.',
      '',
      'Follow-up appointments: Return to clinic in 10 days.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    for (const label of ['GI bleed:', 'Asthma:', 'Urinary tract infection:']) expect(problems.some((p) => p.startsWith(label))).toBe(true);
    // The history's mention of asthma is not a problem statement once the course assesses.
    expect(problems.some((p) => p.includes('ongoing concerns'))).toBe(false);
  });
});

describe('layout: run-on A/P paragraph "X - status, plan. Y - status, plan."', () => {
  it('each dash-labelled sentence heads its problem, including one the lexicon does not name', () => {
    const text = [
      'CC: f/u anemia',
      'HPI: Here for follow-up. No melena.',
      'Allergies: penicillin.',
      '',
      'A/P: Iron deficiency anemia - new, cont ferrous sulfate, colonoscopy referral placed. Sleep disturbance - improved, stop trazodone. Upper gastrointestinal bleed - stable, d/c apixaban, repeat endoscopy in 8 weeks. Return in 4 months.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    expect(problems.some((p) => p.startsWith('Upper gastrointestinal bleed - stable'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Sleep disturbance - improved'))).toBe(true);
    expect(statements(s, 'follow_up')).toContain('Return in 4 months.');
  });
});

describe('layout: a table header row names columns, not a problem', () => {
  it('"Problem | Status | Plan" is never a problem statement; the rows are', () => {
    const text = [
      'Assessment / Plan:',
      'Problem | Status | Plan',
      'Gout | acute flare | start colchicine 0.6 mg twice daily',
      'Essential hypertension | uncontrolled | increase amlodipine to 10 mg',
      '',
      'Disposition: Return in 5 weeks.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    expect(problems.some((p) => p.startsWith('Problem | Status'))).toBe(false);
    expect(problems.some((p) => p.startsWith('Gout'))).toBe(true);
  });
});

describe('budget: a short return visit is kept over the budget, as the first allergy is', () => {
  it('a note whose many problems fill the budget still tells the return visit', () => {
    const problems = ['Essential hypertension - above goal, increase lisinopril to 20 mg.', 'Type 2 diabetes - not at goal, increase metformin to 1000 mg.',
      'Hyperlipidemia - not at goal, start atorvastatin 40 mg.', 'Gout - quiescent, cont allopurinol.', 'Hypothyroidism - stable, cont levothyroxine.',
      'Osteoporosis - new diagnosis, start alendronate 70 mg weekly.'];
    const text = ['HPI: Routine visit. No complaints.', '', `A/P: ${problems.join(' ')}`, 'RTC 6 weeks.'].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'follow_up')).toContain('RTC 6 weeks.');
  });
});

describe('synthetic corpus: the session-7 layouts are a set of their own', () => {
  it('the default set is still the tuned layouts alone; the session-7 set generates its own layouts', () => {
    const tuned = generateSummaryNotes({ notesPerLayout: 1 });
    expect(tuned.map((r) => r.source)).toEqual([...LAYOUTS]);
    const s7 = generateSummaryNotes({ notesPerLayout: 2, layouts: S7_LAYOUTS });
    expect(s7).toHaveLength(S7_LAYOUTS.length * 2);
    expect(new Set(s7.map((r) => r.source))).toEqual(new Set(S7_LAYOUTS));
    for (const r of s7) expect(r.problems.length).toBeGreaterThanOrEqual(4);
  });
});

describe('layout: Roman-numeral impression and a "Medication changes:" section', () => {
  const text = [
    'IMPRESSION:',
    'I. Essential hypertension, uncontrolled. Home BP log reviewed.',
    'II. Hyperlipidemia, not at goal.',
    'III. Chronic kidney disease, stable.',
    '',
    'Medication changes:',
    '- Lisinopril 10 mg → 20 mg daily',
    '- Atorvastatin discontinued',
    '',
    'Plan: RTC 3 months.',
  ].join('\n');
  it('each Roman-numbered item heads its problem; the changes are medication changes, never problems', () => {
    const s = summarise(text);
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    for (const p of ['Essential hypertension, uncontrolled.', 'Hyperlipidemia, not at goal.', 'Chronic kidney disease, stable.']) expect(problems).toContain(p);
    expect(problems.some((p) => /atorvastatin/i.test(p))).toBe(false);
    expect(statements(s, 'medications').some((m) => /atorvastatin/i.test(m))).toBe(true);
  });
});

describe('layout: problems split across outline sub-bullets ("o" of a word processor)', () => {
  it('each "o" line is an item of its own, so a numbered problem is not one long run-on statement', () => {
    const text = [
      'Assessment and plan:',
      '1. Atrial fibrillation',
      '    o Status: rate controlled',
      '    o Holter monitor for 48 hours',
      '2. Gout',
      '    o Status: acute flare',
      '    o Start colchicine 0.6 mg twice daily',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    const all = s.sections.flatMap((sec) => sec.statements.map((st) => st.text));
    expect(all.every((t) => !t.includes('\n'))).toBe(true);
    expect(statements(s, 'problems')).toEqual(expect.arrayContaining(['Atrial fibrillation', 'Gout']));
    expect(statements(s, 'medications').some((m) => m.startsWith('Start colchicine'))).toBe(true);
  });
});

describe('layout: a problem label whose condition name holds a plan word', () => {
  it('"Heart failure with reduced ejection fraction:" over its paragraph heads that problem ("reduced" is not an order)', () => {
    const text = [
      'HOSPITAL COURSE BY PROBLEM:',
      '',
      'Heart failure with reduced ejection fraction:',
      'He was improving on admission; weight up 4 pounds with leg edema. We will hold spironolactone for now.',
      '',
      'Iron deficiency anemia:',
      'He was persistent on admission; hemoglobin 9.8 g/dL. Ferrous sulfate 325 mg every other day was started.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'problems').some((p) => p.startsWith('Heart failure with reduced ejection fraction:'))).toBe(true);
  });
});

describe('plan wording: arrow shorthand for a dose change', () => {
  it('"↑ drug", "↓ drug" and "dose → dose" are changes in prose too; a lab or weight trend with an arrow is not', () => {
    expect(isMedicationChange('↑ lisinopril to 20 mg daily', false)).toBe(true);
    expect(isMedicationChange('↓ metoprolol to 25 mg daily', false)).toBe(true);
    expect(isMedicationChange('Lisinopril 10 mg → 20 mg daily', false)).toBe(true);
    expect(isMedicationChange('Lisinopril 10 mg -> 20 mg daily', false)).toBe(true);
    expect(isMedicationChange('Creatinine 1.2 -> 1.5 since last visit', false)).toBe(false);
    expect(isMedicationChange('Weight 80 kg -> 78 kg', false)).toBe(false);
    expect(isMedicationChange('BP trending ↑', false)).toBe(false);
  });
});

describe('completeness: a drug-effect code read only from a change of that drug is not a problem', () => {
  it('"I have stopped his spironolactone." never lands under Problems (ICD-10-CM T36-T50 codes the drug, the change tells it)', () => {
    const text = [
      'ASSESSMENT AND PLAN:',
      'Concerning the low potassium, he is felt to be resolved. I have stopped his spironolactone. Repeat potassium in 3 days.',
      '',
      'As for his atrial fibrillation, it is rate controlled. We will hold diltiazem for now.',
      '',
      'We will see him back in 6 months.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'problems').some((p) => /spironolactone/.test(p))).toBe(false);
  });
});

describe('layout: problems split across lettered sub-items ("a.", "b.")', () => {
  it('each lettered line is a unit of its own, a lab concentration is no dose and "dietary changes" no change', () => {
    const text = [
      'Assessment and plan:',
      '1. Gastroesophageal reflux disease',
      '    a. Status: uncontrolled',
      '    b. Nightly heartburn despite dietary changes',
      '    c. Discontinue omeprazole, no longer indicated',
      '2. Gout',
      '    a. Status: acute flare',
      '    b. Uric acid 9.1 mg/dL',
      '    c. Increase allopurinol to 200 mg daily',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    const all = s.sections.flatMap((sec) => sec.statements.map((st) => st.text));
    expect(all.every((t) => !t.includes('\n'))).toBe(true);
    expect(statements(s, 'problems')).toEqual(expect.arrayContaining(['Gastroesophageal reflux disease', 'Gout']));
    const meds = statements(s, 'medications');
    expect(meds).toEqual(expect.arrayContaining(['Discontinue omeprazole, no longer indicated', 'Increase allopurinol to 200 mg daily']));
    expect(meds.some((m) => /uric acid|heartburn/i.test(m))).toBe(false);
  });
  it('a dose per kilogram is still a dose; a concentration per decilitre is not', () => {
    expect(isMedicationChange('Vancomycin 15 mg/kg IV every 12 hours', true)).toBe(true);
    expect(isMedicationChange('Glucose 110 mg/dL fasting', true)).toBe(false);
    expect(isMedicationChange('Skin changes over the shin reviewed', false)).toBe(false);
    expect(isMedicationChange('Changed metoprolol to carvedilol 6.25 mg twice daily', false)).toBe(true);
  });
});

describe('budget: a short return visit under its own header label is still short', () => {
  it('"Follow-up appointments: Return to clinic in 10 days." is kept when the problems fill the budget', () => {
    const problems = ['Essential hypertension - above goal, increase lisinopril to 20 mg.', 'Type 2 diabetes - not at goal, increase metformin to 1000 mg.',
      'Hyperlipidemia - not at goal, start atorvastatin 40 mg.', 'Gout - quiescent, cont allopurinol.', 'Hypothyroidism - stable, cont levothyroxine.'];
    const text = ['HPI: Routine visit. No complaints.', '', `A/P: ${problems.join(' ')}`, '', 'Follow-up appointments: Return to clinic in 10 days.'].join('\n');
    const s = summarise(text);
    expectQuoted(text, s);
    expect(statements(s, 'follow_up').some((f) => f.includes('Return to clinic in 10 days.'))).toBe(true);
  });
});
