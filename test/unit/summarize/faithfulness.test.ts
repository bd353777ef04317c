import { ClinicalEngine } from '../../../src/engine';
import { analyzeText } from '../../../src/engine/text';
import { statementContradictions, type MentionFinder } from '../../../src/engine/summarize/faithfulness';

// Synthetic sentences; the engine's own coder finds the conditions and their ConText attributes.
describe('context contradictions between a summary statement and its source', () => {
  const engine = new ClinicalEngine();
  const find: MentionFinder = (text, analysis) => engine.coder.mentionsOf(text, analysis);
  const check = (note: string, quote: string, statement: string) => {
    const analysis = analyzeText(note);
    const start = note.indexOf(quote);
    return statementContradictions(statement, [{ start, end: start + quote.length }], find(note, analysis), find);
  };

  it('flags a negated finding stated as present (negation must survive summarization)', () => {
    const note = 'Mammogram reviewed. There is no evidence of malignancy. Follow up in one year.';
    const out = check(note, 'There is no evidence of malignancy.', 'Malignancy on mammogram.');
    expect(out.map((c) => c.attribute)).toContain('negated');
    expect(check(note, 'There is no evidence of malignancy.', 'No evidence of malignancy.')).toEqual([]);
  });

  it("flags a family member's condition stated as the patient's", () => {
    const note = 'His father had colon cancer at 72. He feels well.';
    const out = check(note, 'His father had colon cancer at 72.', 'Colon cancer.');
    expect(out.map((c) => c.attribute)).toContain('family');
  });

  it('flags an uncertain diagnosis stated as established', () => {
    const note = 'Chest pain, possible unstable angina. Aspirin given.';
    expect(check(note, 'Chest pain, possible unstable angina.', 'Unstable angina.').map((c) => c.attribute)).toContain('uncertain');
  });

  it('does not judge a statement about a condition its sources do not name', () => {
    const note = 'Blood pressure is well controlled.';
    expect(check(note, note, 'Type 2 diabetes.')).toEqual([]);
  });
});
