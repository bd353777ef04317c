// Session 14, wave 2 (issue 16): follow-up found by its grammar wherever the analyser filed the sentence, and a sentence
// denying its subject never heads a problem. Each test names the general pattern it serves; every note here is invented.
import { summarize } from '../../../src/engine/summarize';
import { FOLLOW_UP_CUE, RETURN_VISIT_CUE } from '../../../src/engine/summarize/cues';
import { analyzeText } from '../../../src/engine/text';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return { start, end: start + phrase.length };
};

describe('return-visit grammar: a companion bringing the patient back, a visit noun with its interval or booking', () => {
  it.each([
    'His daughter will bring him back to the clinic in 3 months.',
    'Her husband will drive her back for the blood tests in 2 weeks.',
    'Cardiac surgery clinic visit at 4 weeks.',
    'Clinic review in 10 days.',
  ])('reads "%s" as the patient\'s return visit', (sentence) => {
    expect(RETURN_VISIT_CUE.test(sentence)).toBe(true);
  });

  it.each([
    'Quarterly visit booked for 3 months.',
    'Review in the diabetes clinic after the course ends.',
    'Wound clinic visit at 1 week.',
  ])('reads "%s" as a follow-up item', (sentence) => {
    expect(FOLLOW_UP_CUE.test(sentence)).toBe(true);
  });

  it.each([
    'His daughter brought him today.',
    'Her husband drove her to the emergency department last spring.',
    'She took the bus back home.',
  ])('does not read the story of a past journey "%s" as a return visit', (sentence) => {
    expect(RETURN_VISIT_CUE.test(sentence)).toBe(false);
  });
});

describe('follow-up in a sentence about the family, filed under another section, is kept after the other sections took their share', () => {
  const text = [
    'Clinic visit. Mr. [NAME], 70.',
    '',
    'Assessment:',
    '1. Hypertension, controlled. Continue amlodipine 5 mg daily.',
    '2. Gout, quiet.',
    '',
    'Allergies: penicillin (rash). His son will bring him back in 3 months for the blood pressure check.',
  ].join('\n');

  it('quotes the companion\'s return visit whole under Follow-up, with the problems and the allergy', () => {
    const s = summarize(analyzeText(text));
    expectQuoted(text, s);
    expect(statements(s, 'follow_up')).toContain('His son will bring him back in 3 months for the blood pressure check.');
    expect(statements(s, 'problems').some((t) => t.startsWith('Hypertension'))).toBe(true);
    expect(statements(s, 'allergies').length).toBe(1);
  });

  it('does not take a companion sentence without an interval as a return visit', () => {
    const noInterval = text.replace(' in 3 months', '');
    const s = summarize(analyzeText(noInterval));
    expect(statements(s, 'follow_up')).not.toContain('His son will bring him back for the blood pressure check.');
  });
});

describe('a line opened by a follow-up label after a medication list the analyser ran on is the follow-up', () => {
  const text = [
    'Clinic note. Ms. [NAME], 50.',
    '',
    'Assessment and plan',
    '1. Asthma, well controlled. Continue budesonide-formoterol.',
    '',
    'Medications: budesonide-formoterol 160/4.5 two puffs twice daily, continued unchanged.',
    '',
    'Return in 8 weeks with the spirometry result.',
  ].join('\n');

  it('quotes "Return in N weeks ..." under Follow-up though its section is the medication list', () => {
    const s = summarize(analyzeText(text));
    expectQuoted(text, s);
    expect(statements(s, 'follow_up')).toContain('Return in 8 weeks with the spirometry result.');
  });
});

describe('denial grammar: a sentence opening on a condition the clinician denies, then its grounds or plan, is no problem', () => {
  const text = [
    'Clinic note. Mrs. [NAME], 52.',
    '',
    'Problems addressed:',
    'Gastroesophageal reflux, worse. Start pantoprazole 40 mg daily.',
    'Barrett esophagus is not suspected, but endoscopy at one year as per protocol.',
    'Gallstones: not present on the ultrasound; ursodiol is not needed.',
    'Leg redness - cellulitis is unlikely; mark the margin and review tomorrow.',
  ].join('\n');
  const coded = [
    { code: 'K21.9', evidence: [at(text, 'Gastroesophageal reflux')] },
    { code: 'K22.70', evidence: [at(text, 'Barrett esophagus')] },
    { code: 'K80.20', evidence: [at(text, 'Gallstones')] },
  ];

  it('keeps the denied conditions out of the problems, whether layout or coder chose them', () => {
    const s = summarize(analyzeText(text), { coded });
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    expect(problems.some((t) => t.startsWith('Gastroesophageal reflux'))).toBe(true);
    expect(problems.some((t) => t.startsWith('Barrett'))).toBe(false);
    expect(problems.some((t) => t.startsWith('Gallstones'))).toBe(false);
  });

  it('a spaced dash ends the problem\'s name: the redness assessed before the dash is still a problem', () => {
    const s = summarize(analyzeText(text), { coded });
    expect(statements(s, 'problems').some((t) => t.startsWith('Leg redness'))).toBe(true);
  });
});
