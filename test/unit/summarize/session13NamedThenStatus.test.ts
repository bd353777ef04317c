// Session 13 (issue 16): a problem named as a sentence's subject and then its status ("The underactive thyroid remains
// stable, ..."), or as the topic a paragraph opens on ("Regarding the upper GI bleed, it is ..."), heads a problem
// whatever words name it: the problem-entry grammar told in prose. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { namedProblem } from '../../../src/engine/summarize';
import { quotedSummary, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const run = (text: string) => quotedSummary(engine, text);

// Dictated prose with no heading: the problems are discussed in paragraphs after the examination.
const dictated = [
  'The patient is a 70-year-old man whom I saw today in the office for several chronic problems. He reports fair adherence.',
  '',
  'His current medications are levothyroxine 50 mcg daily and pantoprazole 20 mg daily. He is allergic to codeine.',
  '',
  'On examination BP 122/75, pulse 80. Lungs are clear.',
  '',
  'The underactive thyroid remains stable, TSH 1.9 on current dose. Take levothyroxine on an empty stomach.',
  '',
  'Regarding the upper gastrointestinal bleed, it is no further bleeding and the ulcer was seen on endoscopy. Repeat endoscopy in 8 weeks.',
  '',
  'I will see him again in 6 months.',
].join('\n');

describe('a problem named and then its status, in prose (subject + copula + status word)', () => {
  it('heads a problem in a headingless dictated note whether or not the lexicon knows the name', () => {
    expect(statements(run(dictated), 'problems')).toContain('The underactive thyroid remains stable, TSH 1.9 on current dose.');
  });

  it('a paragraph opening on its topic ("Regarding the X, ...") heads that problem', () => {
    expect(statements(run(dictated), 'problems')).toContain('Regarding the upper gastrointestinal bleed, it is no further bleeding and the ulcer was seen on endoscopy.');
  });

  it('a line of an assessment naming a problem then its status is a problem of its own', () => {
    const note = [
      'Chief complaint: follow-up.',
      'HPI: Here for review of bones and breathing.',
      '',
      'Assessment:',
      'Her low bone density is worsening, T-score -2.6 at the hip.',
      'Her reactive airway disease remains well controlled.',
      '',
      'Plan: start alendronate 70 mg weekly. Return in 3 months.',
    ].join('\n');
    const problems = statements(run(note), 'problems');
    expect(problems).toContain('Her low bone density is worsening, T-score -2.6 at the hip.');
    expect(problems).toContain('Her reactive airway disease remains well controlled.');
  });
});

describe('the same grammar with a subject that is no problem', () => {
  it('names the problem of "Name + copula + status" and of a topic opener, never the patient, the exam or a measurement', () => {
    expect(namedProblem('The underactive thyroid remains stable, TSH 1.9.')).toBe('underactive thyroid');
    expect(namedProblem('First, his knee osteoarthritis is worsening.')).toBe('knee osteoarthritis');
    expect(namedProblem('Regarding the upper gastrointestinal bleed, it is no further bleeding.')).toBe('upper gastrointestinal bleed');
    expect(namedProblem('The patient is stable.')).toBeUndefined();
    expect(namedProblem('Her vital signs are stable.')).toBeUndefined();
    expect(namedProblem('His exam is unchanged and stable.')).toBeUndefined();
    expect(namedProblem('Her TSH level is stable.')).toBeUndefined();
    expect(namedProblem('She walked to clinic today.')).toBeUndefined();
  });

  it('a status told in the history of a note with an assessment is the story, not a problem', () => {
    const note = [
      'HPI: Her low bone density is stable per the last scan. She fell last week.',
      '',
      'Assessment:',
      '1. Fall at home, no fracture.',
      '',
      'Plan: home safety evaluation. Return in 4 weeks.',
    ].join('\n');
    expect(statements(run(note), 'problems').some((p) => p.startsWith('Her low bone density'))).toBe(false);
  });
});
