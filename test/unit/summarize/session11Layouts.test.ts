// Session 11 (issue 16): short multi-problem clinic notes, where one sentence per problem already fills a third of the
// note. The generator's own checks first; the summarizer's rules below it. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { isStatusList } from '../../../src/engine/summarize';
import { generateSummaryNotes, S11_UNSEEN_LAYOUTS } from '../../../src/eval/summarySynthetic';
import { wordCount } from '../../../src/eval/summary';
import { quotedSummary, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const run = (text: string) => quotedSummary(engine, text);

describe('the session-11 unseen generator: short clinic notes with 2-4 problems, gold by construction', () => {
  const notes = generateSummaryNotes({ seed: 11016, notesPerLayout: 10, layouts: S11_UNSEEN_LAYOUTS });

  it('writes 10 notes per layout, each of 2-4 problems and under 300 words', () => {
    expect(notes).toHaveLength(50);
    for (const n of notes) {
      expect(n.problems.length).toBeGreaterThanOrEqual(2);
      expect(n.problems.length).toBeLessThanOrEqual(4);
      expect(wordCount(n.text!)).toBeLessThan(300);
    }
  });

  it('every gold problem is named in its note, by its term or a synonym', () => {
    for (const n of notes) {
      const text = n.text!.toLowerCase();
      for (const p of n.problems) expect([p.term, ...(p.synonyms ?? [])].some((t) => text.includes(t.toLowerCase()))).toBe(true);
    }
  });
});

describe('problem-list grammar: a sentence listing conditions each with its status states them all, wherever it stands', () => {
  it('recognises bracketed statuses and inline numbered items, not a medication list tagged the same way nor one condition alone', () => {
    expect(isStatusList('Chronic conditions reviewed: low bone density (stable), hyperlipidemia (not at goal).')).toBe(true);
    expect(isStatusList('My impression is (1) reflux, uncontrolled; (2) iron deficiency anemia, improving.')).toBe(true);
    expect(isStatusList('budesonide-formoterol 2 puffs twice a day (new); amlodipine 5 mg (new); famotidine as needed.')).toBe(false);
    expect(isStatusList('budesonide-formoterol inhaler (new); semaglutide weekly (new); colchicine for the flare (new).')).toBe(false);
    expect(isStatusList('Hypertension (controlled) was discussed at length.')).toBe(false);
    expect(isStatusList('Labs today (CBC, BMP) were normal; weight (stable).')).toBe(false);
  });

  const wellness = [
    'Annual Wellness Visit',
    'Ms. Abernathy (71) completed the health risk assessment. Falls screen negative.',
    'Allergies: latex. BP 128/80, HR 70. She walks daily. ROS: no fever, cough or rash. Exam: alert; lungs clear, no edema.',
    '',
    'Chronic conditions reviewed: low bone density (stable), gout (quiescent), AF (rate controlled). DEXA T-score of -2.6 at the hip.',
    'Medication changes: Increase allopurinol to 200 mg daily.',
    'Follow-up: Recheck in 6 months.',
  ].join('\n');

  it('an inline "Exam:" label does not swallow the problem list after it: one quote covers every condition, the coder\'s or not', () => {
    const s = run(wellness);
    expect(statements(s, 'problems')).toEqual(['Chronic conditions reviewed: low bone density (stable), gout (quiescent), AF (rate controlled).']);
    expect(statements(s, 'follow_up')).toContain('Recheck in 6 months.');
  });

  it('an inline "ROS:" label does not make a letter\'s impression paragraph a review of systems', () => {
    const letter = [
      'Dear Dr. Marsh,',
      '',
      'Thank you for asking me to see Mr. Tolland, whom I saw today. He walks daily. ROS: no fever, no cough. On exam he is comfortable. Ferritin 12 ng/mL.',
      '',
      'My impression is (1) GERD, uncontrolled; (2) iron deficiency anemia, improving.',
      '',
      'I have increased his omeprazole to 40 mg daily. I will see him again in 6 weeks.',
      '',
      'Yours sincerely,',
      'Dr. Ibarra',
    ].join('\n');
    expect(statements(run(letter), 'problems')).toContain('My impression is (1) GERD, uncontrolled; (2) iron deficiency anemia, improving.');
  });
});

describe('a problem grid written with spaced slashes ("Dx / status / plan") is a table: its leading fields are a whole statement', () => {
  const grid = [
    'Clinic f/u - 64F. She feels well and walks daily; sleeps 7 hours; no fever, cough, chest pain, dysuria or rash. Allergy: sulfa.',
    'Current meds: lisinopril 10 mg daily; allopurinol 100 mg daily; omeprazole 20 mg daily; atorvastatin 20 mg nightly.',
    'BP 150/90, HR 72.',
    '',
    'Dx / status / plan',
    'Essential hypertension / above goal (BP 150/90 today, home readings similar) / Increase lisinopril to 20 mg daily; Check basic metabolic panel in 2 weeks',
    'Gout / quiescent (no flares since spring, uric acid 5.8) / Continue allopurinol; Limit alcohol and red meat',
    'Reflux / controlled (no heartburn on current therapy) / Continue omeprazole; Elevate the head of the bed at night',
    '',
    'Recheck in 3 months.',
  ].join('\n');

  it('quotes each row\'s problem and status fields, leaving its plan field as a statement of its own', () => {
    const problems = statements(run(grid), 'problems');
    expect(problems).toContain('Essential hypertension / above goal (BP 150/90 today, home readings similar)');
    expect(problems).toContain('Gout / quiescent (no flares since spring, uric acid 5.8)');
    expect(problems.some((p) => p.includes('Continue omeprazole'))).toBe(false);
  });
});

describe('follow-up kept when the problems fill the budget: the return visit and one short pending result', () => {
  const crowded = [
    'Cardiology clinic. Mr. Ferrand, 70, feels tired. He walks to the shops most days but stops twice for breath on the hill. He sleeps on two pillows and has gained no weight. He lives with his wife and still drives. No chest pain, palpitations or syncope. BP 128/76, HR 70. Lungs clear, no edema.',
    '',
    'IMPRESSION AND PLAN',
    '1. Pulmonary arterial hypertension, high risk and worsening on dual oral therapy. Start treprostinil next week.',
    '2. Right heart failure with volume overload, worsening. Increase furosemide to 40 mg daily.',
    '3. Iron deficiency anemia, new. Ferrous sulfate every other day.',
    '4. Atrial fibrillation, rate controlled. Continue apixaban 5 mg twice daily.',
    '5. Type 2 diabetes mellitus, above goal. Increase metformin to 1000 mg twice daily.',
    '',
    'Follow-up: clinic in 4 weeks after the treprostinil start; repeat the walk test and NT-proBNP then.',
    'Pending: ferritin.',
  ].join('\n');

  it('a return visit under a "Follow-up:" title is kept whatever the length budget (up to 20 words), even timed by a change already told', () => {
    expect(statements(run(crowded), 'follow_up')).toContain('clinic in 4 weeks after the treprostinil start; repeat the walk test and NT-proBNP then.');
  });

  it('a short pending result not yet told is kept over the budget while under the ceiling', () => {
    const note = [
      'Clinic visit. Ms. Ortolan, 66, feels well. She walks daily, sleeps seven hours and lives with her sister. She asked about travel vaccines and brought her home log. No chest pain, dyspnea, dysuria, rash or bleeding. BP 142/88, HR 76. Lungs clear, heart regular, no edema.',
      '',
      'Assessment and plan:',
      '1. Essential hypertension, above goal with home readings near 150/90. Increase lisinopril to 20 mg daily.',
      '2. Iron deficiency anemia, improving on iron with less fatigue than in spring. Continue ferrous sulfate.',
      '',
      'Return in 6 weeks. Pending: ferritin.',
    ].join('\n');
    expect(statements(run(note), 'follow_up').join(' ')).toMatch(/ferritin/);
  });
});
