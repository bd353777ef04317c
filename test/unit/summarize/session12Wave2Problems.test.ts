// Session 12, wave 2 (issue 16): assessed problems the summarizer did not find. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { quotedSummary, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const run = (text: string) => quotedSummary(engine, text);

describe('a numbered problem list of bare names answered by a plan numbered the same way', () => {
  const note = [
    'Medicine ward round, day 3',
    'Mrs. Lund, 79, admitted after a fall with pneumonia.',
    '',
    'Active problems:',
    '1. Community-acquired pneumonia',
    '2. Acute kidney injury',
    '3. Hyponatremia',
    '4. Atrial fibrillation',
    '',
    'She slept well and ate breakfast. No chest pain.',
    'Labs: creatinine 1.6, sodium 129.',
    '',
    'Plan by number:',
    '1. Improving. Switch to oral amoxicillin tomorrow.',
    '2. Better with fluids. Hold lisinopril.',
    '3. Fluid restriction to 1.5 L, recheck sodium tomorrow.',
    '4. Rate controlled. Continue apixaban.',
    '',
    'Allergies: none known.',
    'Discharge expected in 3 days.',
  ].join('\n');

  it('names every listed problem, each the list item quoted whole', () => {
    expect(statements(run(note), 'problems')).toEqual(expect.arrayContaining([
      'Community-acquired pneumonia', 'Acute kidney injury', 'Hyponatremia', 'Atrial fibrillation',
    ]));
  });

  it('a past history list numbered like a later plan is not assessed when nothing calls it a problem list', () => {
    const history = note.replace('Active problems:', 'Past medical history:');
    expect(statements(run(history), 'problems')).not.toContain('Hyponatremia');
  });

  it('a problem list whose later plan is numbered differently is not read item by item', () => {
    const unmatched = note.replace('4. Rate controlled. Continue apixaban.', 'Rate controlled. Continue apixaban.');
    expect(statements(run(unmatched), 'problems')).not.toContain('Hyponatremia');
  });
});

describe('a discussion after the findings, one paragraph per problem, in a note whose only plan heading is its disposition', () => {
  const note = [
    'Inpatient progress note, hospital day 2.',
    'Mr. Banner, 61, with multiple myeloma, admitted with fever.',
    '',
    'He had one fever overnight. He reports a sore mouth and loose stools.',
    '',
    'Vitals: T 38.1, HR 98, BP 112/70.',
    'Labs: WBC 0.9, hemoglobin 7.6, platelets 41.',
    '',
    'Febrile neutropenia is persisting but he is stable; continue cefepime and cultures are pending.',
    '',
    'Oral mucositis, grade 1: salt water rinses before meals.',
    '',
    'Diarrhea, likely treatment-related; stool tests negative.',
    '',
    'Anemia due to chemotherapy, symptomatic: transfuse 1 unit of red cells today.',
    '',
    'Allergies: none known.',
    'Disposition: expect discharge when afebrile for 24 hours.',
  ].join('\n');

  it('each paragraph opening on its problem carries the assessment on and heads its problem', () => {
    const problems = statements(run(note), 'problems');
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Febrile neutropenia is persisting/),
      'Diarrhea, likely treatment-related; stool tests negative.',
      'Anemia due to chemotherapy, symptomatic: transfuse 1 unit of red cells today.',
    ]));
  });

  it('a paragraph after them opening on no problem does not carry it on', () => {
    const withAside = note.replace('Allergies: none known.', 'His wife visited today and brought photographs.\n\nAllergies: none known.');
    expect(statements(run(withAside), 'problems').join(' ')).not.toMatch(/photographs/);
  });
});

describe('a paragraph opening on a condition\'s bare name as a sentence, its plan the next sentence, in a note with no assessment heading', () => {
  const note = [
    'Endocrinology return visit, Monday morning clinic. Mr. Tamsin, 71, retired engineer.',
    '',
    'He feels more tired since the spring and has gained 3 kg. He takes levothyroxine 50 mcg with his breakfast and iron. No fractures. He stopped his vitamin D tablets last year when the prescription ran out.',
    '',
    'TSH 8.4 (was 2.9), free T4 low-normal. 25-OH vitamin D 11 ng/mL. Bone density: lumbar spine T-score -2.8. LDL 170 mg/dL. Calcium 9.2.',
    '',
    'Primary hypothyroidism is undertreated, partly from taking the tablet with iron. Increase levothyroxine to 75 mcg daily, taken alone on waking.',
    '',
    'Osteoporosis of the spine, new by bone density. Start alendronate 70 mg weekly once vitamin D is repleted; dental check first.',
    '',
    'Vitamin D deficiency. Start cholecalciferol 2000 units daily.',
    '',
    'Hyperlipidemia above target; he declined a statin again today, diet handout given.',
    '',
    'Allergies: penicillin (rash). Return in 8 weeks with TSH and vitamin D.',
  ].join('\n');

  it('heads the problem with the name, quoted whole', () => {
    expect(statements(run(note), 'problems')).toContain('Vitamin D deficiency.');
  });
});
