// Session 12 (issue 16): medication changes and the next visit lose to the length budget. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { wordCount } from '../../../src/eval/summary';
import { quotedSummary, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const run = (text: string) => quotedSummary(engine, text);
const summaryWords = (s: ReturnType<typeof run>) => s.sections.flatMap((x) => x.statements).reduce((n, st) => n + wordCount(st.text), 0);

describe('budget: a note whose assessed problems alone pass the 30% ceiling keeps its medication changes as it keeps its problems', () => {
  // Five long problem sentences, each forced, take the summary past the ceiling before any change is chosen: the note's
  // summary is over 30% whatever is left out, so leaving out what the reader must act on saves nothing that matters.
  const crowded = [
    'Progress note',
    'Mr. Osei is 67 and comes in for his diabetes and heart problems. He feels well. No chest pain or swelling.',
    'Allergies: none known.',
    'Assessment and plan:',
    '1. Type 2 diabetes mellitus with diabetic chronic kidney disease, poorly controlled with frequent nocturnal hypoglycemia and high readings after dinner.',
    'Reduce insulin glargine to 22 units at bedtime; increase insulin aspart by 2 units with dinner.',
    '2. Persistent atrial fibrillation with rapid ventricular response at times, rate now controlled on his current beta blocker dose.',
    'Start apixaban 5 mg twice daily for stroke prevention.',
    '3. Chronic kidney disease stage 3b from diabetic and hypertensive nephropathy, creatinine stable at his baseline of 1.7.',
    '4. Essential hypertension, above goal today at 152/88 on two agents, with home readings also above goal.',
    '5. Mixed hyperlipidemia with LDL 131 above goal on moderate intensity statin therapy, tolerating it well.',
    'Increase atorvastatin to 80 mg nightly for LDL above goal.',
    'Follow-up in 4 weeks.',
  ].join('\n');

  it('every short change statement is kept, each a whole sentence of the note', () => {
    const s = run(crowded);
    expect(summaryWords(s) / wordCount(crowded)).toBeGreaterThan(0.3);
    expect(statements(s, 'medications')).toEqual(expect.arrayContaining([
      'Start apixaban 5 mg twice daily for stroke prevention.',
      'Increase atorvastatin to 80 mg nightly for LDL above goal.',
    ]));
    expect(statements(s, 'follow_up')).toContain('Follow-up in 4 weeks.');
  });

  it('a statement telling two changes by two change verbs is allowed the words of two, whether or not the drug list names both drugs', () => {
    expect(statements(run(crowded), 'medications')).toContain('Reduce insulin glargine to 22 units at bedtime; increase insulin aspart by 2 units with dinner.');
  });

  it('a note whose problems leave room under the ceiling still stops its changes at the ceiling', () => {
    const roomy = [
      'Progress note',
      'Ms. Ruiz is 58 and comes in for blood pressure and cholesterol. She walks every day and feels well. She has no chest pain,',
      'no headaches and no swelling. Her home readings run 140s over 80s. She takes her medicines every day and has no side effects.',
      'She does not smoke and drinks rarely. Her mother had a stroke at 70. She works as a teacher and sleeps well.',
      'Allergies: none known.',
      'Assessment and plan:',
      '1. Essential hypertension, above goal.',
      'Increase lisinopril to 20 mg daily and check a basic metabolic panel next week.',
      '2. Mixed hyperlipidemia, above goal.',
      'Switch simvastatin to atorvastatin 40 mg nightly because of the higher LDL today and her family history.',
      'Start aspirin 81 mg daily after the discussion of bleeding risk with her and her husband in clinic today.',
      'Follow-up in 3 months.',
    ].join('\n');
    const s = run(roomy);
    expect(statements(s, 'problems').length).toBeGreaterThanOrEqual(2);
    expect(summaryWords(s) / wordCount(roomy)).toBeLessThanOrEqual(0.3);
  });
});

describe('layout: a medication list run on one line with a change tag per drug, its items separated by commas', () => {
  const text = [
    'DISCHARGE SUMMARY',
    'Discharge diagnoses: upper gastrointestinal bleeding from a gastric ulcer; acute blood loss anemia.',
    'Hospital course: He had an endoscopy with clipping of a gastric ulcer and received two units of blood. Hemoglobin was stable for two days before discharge and he tolerated a regular diet.',
    'Allergies: none known.',
    'Discharge medications: omeprazole 40 mg twice daily (new), ferrous sulfate 325 mg daily (new), metformin 500 mg twice daily (unchanged), amlodipine 5 mg daily (unchanged).',
    'Follow-up: primary care in 1 week.',
  ].join('\n');

  it('each item tagged with a change is a whole item and a statement of its own; the unchanged items are left', () => {
    const meds = statements(run(text), 'medications');
    expect(meds).toEqual(expect.arrayContaining(['omeprazole 40 mg twice daily (new)', 'ferrous sulfate 325 mg daily (new)']));
    expect(meds.some((t) => t.includes('metformin') || t.includes('amlodipine'))).toBe(false);
  });

  it('the semicolon form is read as before', () => {
    const semi = text.replace(/\(new\), /g, '(new); ').replace(/\(unchanged\), /g, '(unchanged); ');
    expect(statements(run(semi), 'medications')).toEqual(expect.arrayContaining(['omeprazole 40 mg twice daily (new)', 'ferrous sulfate 325 mg daily (new)']));
  });
});
