import { analyzeText } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';

/** Context of the last occurrence of mention in text. */
function ctx(text: string, mention: string) {
  const start = text.lastIndexOf(mention);
  if (start < 0) throw new Error(`"${mention}" not in the text`);
  return mentionContext(analyzeText(text), { start, end: start + mention.length });
}

// ConText scopes end at the sentence and the section: a negation on one line never reaches the next
// statement's diagnosis (a heading, a numbered item, a capitalised new line), while a wrapped list continues.
describe('negation scope ends at a line that ends a statement (ConText sentence/section scope)', () => {
  const negationsBeforeBreak = [
    'Sore throat, rapid strep negative.', // post-negation, with a period
    'Sore throat, rapid strep negative', // post-negation, without one
    'Influenza swab negative', // a test result alone on its line
    'Denies fever or chills', // pre-negation whose list ends at the line
    'No fever, no exudate',
  ];
  const nextStatements = ['Assessment: acute pharyngitis.', 'Impression: acute pharyngitis.', 'A/P: acute pharyngitis.',
    '1. Acute pharyngitis.', '- Acute pharyngitis.', 'Acute pharyngitis.'];
  for (const before of negationsBeforeBreak) {
    for (const after of nextStatements) {
      it(`"${before}" does not negate the next line "${after}"`, () => {
        const c = ctx(`${before}\n${after}`, 'pharyngitis');
        expect(c.negated).toBe(false);
        expect(c.uncertain).toBe(false);
      });
    }
  }

  it('the negation still holds on its own line', () => {
    expect(ctx('Denies fever or chills\nAssessment: acute pharyngitis.', 'chills').negated).toBe(true);
    expect(ctx('No fever, no exudate\nA/P: acute pharyngitis.', 'exudate').negated).toBe(true);
  });

  it('a list wrapped onto the next line (trailing comma or conjunction, lower-case continuation) stays negated', () => {
    expect(ctx('Patient denies fever, chills,\nnausea or vomiting.', 'vomiting').negated).toBe(true);
    expect(ctx('Patient denies fever, chills or\nnight sweats.', 'night sweats').negated).toBe(true);
  });
});

// A request to a colleague for a care action names the condition the action is for; its question mark asks
// for the action, not about the diagnosis (II.H / IV.H: uncertainty concerns the diagnosis).
describe('a request to a colleague for a care action is not a hedge on its diagnosis', () => {
  it.each([
    ['Could you set up a pharmacist review of metformin for type 2 diabetes?', 'type 2 diabetes'],
    ['Can you see her about her hypertension?', 'hypertension'],
    ['Cardiology, would you see the patient next week about mild intermittent asthma?', 'mild intermittent asthma'],
    ['Could you please refill lisinopril for essential hypertension?', 'essential hypertension'],
    ['Can we schedule a diabetic eye exam for her type 2 diabetes?', 'type 2 diabetes'],
  ])('"%s" affirms %s', (text, mention) => {
    const c = ctx(text, mention);
    expect(c.uncertain).toBe(false);
    expect(c.hypothetical).toBe(false);
    expect(c.negated).toBe(false);
  });

  it('a question about the diagnosis itself stays uncertain', () => {
    expect(ctx('Could this be pneumonia?', 'pneumonia').uncertain).toBe(true);
    expect(ctx('Pneumonia?', 'Pneumonia').uncertain).toBe(true);
    expect(ctx('Could you be pregnant?', 'pregnant').uncertain).toBe(true);
  });

  it('a request to work a diagnosis up keeps the work-up hedge', () => {
    expect(ctx('Could you evaluate for pulmonary embolism?', 'pulmonary embolism').uncertain).toBe(true);
    expect(ctx('Can you check for anemia?', 'anemia').uncertain).toBe(true);
    expect(ctx('Could you see her to rule out appendicitis?', 'appendicitis').uncertain).toBe(true);
    expect(ctx('Could you see her about possible gout?', 'gout').uncertain).toBe(true);
  });

  it('a negation inside the request still negates', () => {
    expect(ctx('Could you see her? No chest pain.', 'chest pain').negated).toBe(true);
  });
});
