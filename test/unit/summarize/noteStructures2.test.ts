// Assessment layouts of the examiner's holdout3 notes that the summarizer missed, each as the general structure it
// shows: a header glossed with its layout over a pipe table of problems, and a prose assessment whose paragraphs after
// "My assessment is that ..." each open on their problem. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { summarize, type Summary } from '../../../src/engine/summarize';
import { analyzeText } from '../../../src/engine/text';
import { countWords } from '../../../src/engine/summarize/units';
import { normalizedWords } from '../../../src/eval/summary';
import { expectQuoted } from '../../helpers/summaryAssertions';

function problemTexts(s: Summary): string {
  return (s.sections.find((x) => x.kind === 'problems')?.statements ?? []).map((st) => st.text).join(' ');
}

const engine = new ClinicalEngine();

describe('a header glossed with its layout over a pipe table of problems', () => {
  it('"A/P (problem | status | plan):" is the assessment and each row names a problem', () => {
    const text = [
      'RENAL CLINIC VISIT',
      '',
      'S: Here for review of kidney function and blood pressure. Feels well, no swelling, no urinary symptoms.',
      '',
      'O: BP 148/92. No edema. Creatinine 1.9 mg/dL, eGFR 36, potassium 5.4, hemoglobin 10.1 g/dL.',
      '',
      'A/P (problem | status | plan):',
      'Chronic kidney disease stage 3b | stable | repeat renal panel in 3 months',
      'Essential hypertension | above goal | increase amlodipine to 10 mg daily',
      'Hyperkalemia | mild | low potassium diet handout; recheck with the renal panel',
      'Anemia in chronic kidney disease | new | iron studies; consider erythropoietin if iron replete',
      '',
      'Follow-up in 3 months.',
    ].join('\n');
    const r = engine.process(text);
    const problems = problemTexts(r.summary);
    for (const p of ['Chronic kidney disease stage 3b', 'Essential hypertension', 'Hyperkalemia', 'Anemia in chronic kidney disease']) expect(problems).toContain(p);
    expectQuoted(r.redactedText, r.summary);
  });

  it('a glossed header names its section only when what remains is a header ("Plan (discussed with her):" is a plan, a table row is not a header)', () => {
    const text = [
      'Assessment (by problem):',
      'Migraine without aura | more frequent | start propranolol 20 mg twice daily',
      'Iron deficiency anemia | improving | continue ferrous sulfate',
      '',
      'Return in 6 weeks.',
    ].join('\n');
    const problems = problemTexts(engine.process(text).summary);
    expect(problems).toContain('Migraine without aura');
    expect(problems).toContain('Iron deficiency anemia');
  });
});

describe('a prose assessment continued by paragraphs that each open on their problem', () => {
  it('after "My assessment is that ..." each following paragraph led by a condition is assessed; a family line is not', () => {
    const history = 'He works nights as a security guard and lives with his sister. He walks his dog most days. '.repeat(3);
    const text = [
      'Pulmonary Clinic - Return Visit',
      '',
      `Mr. Example is a 61-year-old man seen for breathlessness. ${history}`,
      '',
      'Examination: scattered wheeze, no crackles, oxygen saturation 93% on room air.',
      '',
      'My assessment is that his COPD is moderately severe and not controlled on his current inhaler. I am adding tiotropium 18 mcg daily.',
      '',
      'His obstructive sleep apnea is untreated. A sleep study has been ordered.',
      '',
      'Gastroesophageal reflux disease: symptoms at night despite diet changes. Starting omeprazole 20 mg daily.',
      '',
      'Chronic low back pain is stable with physical therapy.',
      '',
      'His father also had emphysema; family history noted. Follow-up in 3 months.',
    ].join('\n');
    const r = engine.process(text);
    const problems = problemTexts(r.summary);
    expect(problems).toContain('his COPD is moderately severe');
    expect(problems).toContain('His obstructive sleep apnea is untreated.');
    expect(problems).toContain('Gastroesophageal reflux disease');
    expect(problems).toContain('Chronic low back pain is stable');
    expect(problems).not.toContain('His father also had emphysema');
    expectQuoted(r.redactedText, r.summary);
  });

  it('a paragraph after the assessment that does not open on a problem ends it (the next paragraph is not assessed)', () => {
    const history = 'She has two children and works in a bakery. She sleeps poorly when her pain is bad. '.repeat(3);
    const text = [
      `Ms. Example is a 45-year-old woman seen for joint pain. ${history}`,
      '',
      'Exam: swelling of both wrists and several knuckles.',
      '',
      'My assessment is that she has seropositive rheumatoid arthritis, active. I am starting methotrexate 15 mg weekly with folic acid.',
      '',
      'She asked about her diet and exercise and we talked at length about both.',
      '',
      'Her osteoarthritis of the knee was mentioned by her daughter years ago.',
    ].join('\n');
    const problems = problemTexts(engine.process(text).summary);
    expect(problems).toContain('rheumatoid arthritis');
    expect(problems).not.toContain('osteoarthritis of the knee was mentioned');
  });
});

describe('the gold matcher reads number words as numbers', () => {
  it('"four weeks" matches "4 weeks" and "one month" matches "1 month"', () => {
    expect(normalizedWords('Return in four weeks')).toEqual(normalizedWords('return in 4 weeks'));
    expect(normalizedWords('see her in one month')).toEqual(normalizedWords('see her in 1 month'));
    expect(normalizedWords('twelve weeks')).toEqual(['12', 'week']);
  });
});

describe('the next visit and the medication changes share the budget by facts per word', () => {
  const history = 'She has had more fatigue over the winter and walks less than before. She lives alone and manages her own medicines. '.repeat(4);
  const note = (visit: string) => [
    'Assessment and plan:',
    '1. Opioid-induced constipation.',
    '2. Nausea.',
    'Start senna and polyethylene glycol daily.',
    visit,
    '',
    `History: ${history}`,
  ].join('\n');

  it('a long visit sentence does not push out a change that names more drugs per word', () => {
    const visit = 'Palliative care will follow up with her by telephone in 2 days and then see her in the clinic in about one week.';
    const text = note(visit);
    // Room for the two problems (5 words) and the visit, not for the visit and the change (6 words) together.
    const s = summarize(analyzeText(text), { maxRatio: (5 + countWords(visit) + 1) / countWords(text) });
    const kinds = Object.fromEntries(s.sections.map((x) => [x.kind, x.statements.map((st) => st.text)]));
    expect(kinds.medications).toEqual(['Start senna and polyethylene glycol daily.']);
    expect(kinds.follow_up).toBeUndefined();
  });

  it('a short return visit ("Return to clinic in 4 weeks.") is kept first whatever it competes with, and a short change is still kept over the budget', () => {
    const text = note('Return to clinic in 4 weeks.');
    // Room for the two problems (5 words) and 6 words more: the visit (6 words) or the change (6 words), not both. The visit
    // is chosen; the change, short, is kept over the budget (issue 16, session 10: never drop a medication change).
    const s = summarize(analyzeText(text), { maxRatio: (5 + 6) / countWords(text) });
    const kinds = Object.fromEntries(s.sections.map((x) => [x.kind, x.statements.map((st) => st.text)]));
    expect(kinds.follow_up).toEqual(['Return to clinic in 4 weeks.']);
    expect(kinds.medications).toEqual(['Start senna and polyethylene glycol daily.']);
  });
});
