// Problem-entry grammar written as prose: a paragraph opening on a verbless name, a comma and a status word
// ("Gout of the left foot, mild. Start ...") names a problem even where the note has no assessment heading. Invented notes.
import { ClinicalEngine } from '../../../src/engine';
import { isNameCommaStatus, type Summary } from '../../../src/engine/summarize';
import { expectQuoted } from '../../helpers/summaryAssertions';

function problemTexts(s: Summary): string {
  return (s.sections.find((x) => x.kind === 'problems')?.statements ?? []).map((st) => st.text).join(' ');
}

describe('name, comma, status: a problem entry in prose', () => {
  it('reads a verbless name then a status word, not a clause, an act or a drug', () => {
    expect(isNameCommaStatus('Osteoarthritis of the left hip, mild. Physiotherapy referral.')).toBe(true);
    expect(isNameCommaStatus('Hyponatremia, chronic, sodium 131: fluid restriction.')).toBe(true);
    expect(isNameCommaStatus('Mildly elevated liver enzymes, new, since the statin.')).toBe(true);
    expect(isNameCommaStatus('Increased lisinopril, new dose.')).toBe(false);
    expect(isNameCommaStatus('She is tired, mild headache.')).toBe(false);
    expect(isNameCommaStatus('Start metformin, new to her.')).toBe(false);
    expect(isNameCommaStatus('Today, mild pain only.')).toBe(false);
    expect(isNameCommaStatus('Osteoarthritis of the left hip, from her old injury.')).toBe(false);
  });

  it('heads a problem in a note without an assessment heading', () => {
    const text = [
      'Clinic visit. 70-year-old retired teacher with two concerns.',
      '',
      'Her left hip aches after walking. Sugars run 140-160 fasting.',
      '',
      'Type 2 diabetes is above goal. Increase metformin to 1000 mg twice daily.',
      '',
      'Osteoarthritis of the left hip, mild. Physiotherapy referral and acetaminophen as needed.',
      '',
      'Return in 3 months.',
    ].join('\n');
    const r = new ClinicalEngine().process(text);
    expect(problemTexts(r.summary)).toContain('Osteoarthritis of the left hip, mild.');
    expectQuoted(r.redactedText, r.summary);
  });
});
