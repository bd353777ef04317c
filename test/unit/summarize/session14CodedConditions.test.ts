// Session 14 (issue 16): the coder's conditions choose the problems the layout rules did not find, and a line labelled as
// allergies is never a problem. Each test names the general pattern it serves; every note and sentence here is invented.
import { summarize, allergyLabelled } from '../../../src/engine/summarize';
import { analyzeText } from '../../../src/engine/text';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return { start, end: start + phrase.length };
};

describe('coded conditions drive statement choice (layout-free: the coder\'s evidence says where the note states the problem)', () => {
  // The condition is told only in the story of a note whose assessment lists another problem: no layout rule reaches it,
  // only the coder's evidence does.
  const text = [
    'HISTORY OF PRESENT ILLNESS',
    'Seen today with her daughter for a cough of five days.',
    'Her chronic kidney disease stage 3 is stable with creatinine 1.4 this month.',
    '',
    'ASSESSMENT',
    '1. Acute bronchitis.',
    '',
    'PLAN',
    'Fluids and rest. Follow-up in 3 months.',
  ].join('\n');

  it('quotes the whole sentence holding each coded condition\'s evidence under Problems, exactly at its offsets', () => {
    const ckd = at(text, 'chronic kidney disease stage 3');
    const bronchitis = at(text, 'Acute bronchitis');
    const s = summarize(analyzeText(text), { coded: [{ code: 'J20.9', evidence: [bronchitis] }, { code: 'N18.30', evidence: [ckd] }] });
    expectQuoted(text, s);
    expect(statements(s, 'problems')).toEqual(expect.arrayContaining(['Acute bronchitis.', 'Her chronic kidney disease stage 3 is stable with creatinine 1.4 this month.']));
  });

  it('does not quote a sentence denying the condition, nor a family-history line, for it', () => {
    const denied = 'HISTORY OF PRESENT ILLNESS\nSeen today for a cough.\nHeart failure is not diagnosed.\n\nFAMILY HISTORY\nMother had heart failure.\n\nASSESSMENT\n1. Acute bronchitis.\n';
    const hf = at(denied, 'Heart failure');
    const mother = at(denied, 'heart failure');
    const s = summarize(analyzeText(denied), { coded: [{ code: 'I50.9', evidence: [hf, mother] }] });
    expectQuoted(denied, s);
    const all = s.sections.flatMap((x) => x.statements).map((st) => st.text);
    expect(all).not.toContain('Heart failure is not diagnosed.');
    expect(all).not.toContain('Mother had heart failure.');
  });

  it('never quotes a sentence longer than a quotable problem statement for it (never cut, never a run-on)', () => {
    const long = `HISTORY OF PRESENT ILLNESS\n${'She reports that the gout in her left great toe, which flared twice this winter after family dinners and a long trip to see her sister in another state, has been quiet since the last course of colchicine she took from urgent care.'}\n\nASSESSMENT\n1. Acute bronchitis.\n`;
    const gout = at(long, 'gout');
    const s = summarize(analyzeText(long), { coded: [{ code: 'M10.9', evidence: [gout] }] });
    expectQuoted(long, s);
    expect(s.sections.flatMap((x) => x.statements).some((st) => st.text.includes('gout'))).toBe(false);
  });
});

describe('section-label grammar: a line labelled as allergies or intolerances states a reaction, never a problem', () => {
  it.each([
    ['Allergies: penicillin (hives).', true],
    ['Drug intolerances: statins - myalgia.', true],
    ['ALLERGY/ADR: sulfa, rash.', true],
    ['Adverse drug reactions: ACE inhibitor cough.', true],
    ['Hypertension: stable on lisinopril.', false],
    ['Allergies and intolerances: latex.', true],
    ['Allergic rhinitis, seasonal; start fluticasone.', false],
    ['Allergic rhinitis: stable on fluticasone.', false],
    ['Lactose intolerance: dietary advice given.', false],
  ])('%s -> %s', (line, expected) => {
    expect(allergyLabelled(line)).toBe(expected);
  });

  it('keeps an allergies-labelled line of an assessment out of Problems, even when the coder coded a condition on it', () => {
    const text = 'ASSESSMENT AND PLAN\n1. Hypertension: stable, continue lisinopril 10 mg daily.\n2. Drug intolerances: statins - myalgia.\n3. Type 2 diabetes: A1c 7.9%, increase metformin to 1000 mg twice daily.\n';
    const myalgia = at(text, 'myalgia');
    const s = summarize(analyzeText(text), { coded: [{ code: 'M79.10', evidence: [myalgia] }] });
    expectQuoted(text, s);
    const problems = statements(s, 'problems');
    expect(problems.some((p) => p.startsWith('Hypertension'))).toBe(true);
    expect(problems.some((p) => /intolerances/i.test(p))).toBe(false);
  });
});
