import { analyzeText } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';

function ctx(text: string, mention: string) {
  const start = text.indexOf(mention);
  return mentionContext(analyzeText(text), { start, end: start + mention.length });
}

describe('context regressions found while coding case reports', () => {
  it('"was/is/were negative for" negates what follows (not only what precedes)', () => {
    expect(ctx('Bone scan was negative for metastasis.', 'metastasis').negated).toBe(true);
    expect(ctx('Biopsy is negative for malignancy.', 'malignancy').negated).toBe(true);
    expect(ctx('Serologies were negative for hepatitis B.', 'hepatitis B').negated).toBe(true);
    // The post-trigger use still works.
    expect(ctx('Chest X-ray was negative.', 'Chest X-ray').negated).toBe(true);
  });

  it('a new clause about the patient ends the negation scope', () => {
    expect(ctx('Blood cultures were negative for bacteria and he has pneumonia.', 'pneumonia').negated).toBe(false);
    expect(ctx('Denies fever and chills.', 'chills').negated).toBe(true);
  });

  it('the admission ends a negation scope like a presentation does (the reason for admission is the encounter\'s)', () => {
    expect(ctx('A 51-year-old woman with no relevant past medical history was admitted for stroke with right paresis.', 'stroke').negated).toBe(false);
    expect(ctx('Without prior illness, she was hospitalized for pneumonia.', 'pneumonia').negated).toBe(false);
    // Within the admission clause a negation still applies.
    expect(ctx('He was admitted without fever.', 'fever').negated).toBe(true);
  });

  it('a bare "denied" negates what follows, not the condition named before it', () => {
    const t = 'Patient with hypertension denied previous episodes of hematuria.';
    expect(ctx(t, 'hypertension').negated).toBe(false);
    expect(ctx(t, 'hematuria').negated).toBe(true);
    expect(ctx('Chest pain was denied.', 'Chest pain').negated).toBe(true);
  });

  it('"could correspond to" and "may be compatible with" are uncertain', () => {
    expect(ctx('The lesions could correspond to metastases.', 'metastases').uncertain).toBe(true);
    expect(ctx('The image may be compatible with lymphoma.', 'lymphoma').uncertain).toBe(true);
    expect(ctx('The biopsy was compatible with lymphoma.', 'lymphoma').uncertain).toBe(false);
  });
});
