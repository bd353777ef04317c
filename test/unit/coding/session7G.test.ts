import { analyzeText } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';
import { ClinicalEngine } from '../../../src/engine/engine';

function ctx(text: string, mention: string) {
  const start = text.indexOf(mention);
  return mentionContext(analyzeText(text), { start, end: start + mention.length });
}

// Guideline I.B.4 / IV.H: a condition ruled out or denied is not coded. Templates break a label and its
// answer across lines: "Denies:\n<list>" and "<condition>:\nruled out." are one statement split by a newline.
describe('a negation split from its scope by a line break after a colon (I.B.4, list templates)', () => {
  it('"Denies:" alone on a line negates the list on the next line', () => {
    const text = 'Review of systems\nDenies:\nfever, chills, cough\nReports fatigue.';
    expect(ctx(text, 'fever').negated).toBe(true);
    expect(ctx(text, 'cough').negated).toBe(true);
    expect(ctx(text, 'fatigue').negated).toBe(false);
    expect(ctx('Negative for:\nnausea, vomiting or diarrhea.', 'diarrhea').negated).toBe(true);
  });

  it('a condition label ending in a colon, answered "ruled out." on the next line, is negated', () => {
    const text = 'Troponin undetectable.\nAcute coronary syndrome /\nmyocardial infarction:\nruled out.\nDisposition: home.';
    expect(ctx(text, 'myocardial infarction').negated).toBe(true);
    expect(ctx('Pulmonary embolism:\nruled out\nPneumonia: present.', 'Pulmonary embolism').negated).toBe(true);
    // A label whose next line affirms it stays affirmed.
    expect(ctx('Pneumonia:\nright lower lobe, treated with amoxicillin.', 'Pneumonia').negated).toBe(false);
  });
});

// Guideline IV.H/IV.K pattern: a screening names a condition looked for, not found ("screened for X: result").
describe('"screened for" / "tested for" a condition does not affirm it', () => {
  it('the condition screened or tested for is uncertain, not a diagnosis', () => {
    expect(ctx('Screened for diabetes: HbA1c 5.3%, no prediabetes.', 'diabetes').uncertain).toBe(true);
    expect(ctx('She was tested for influenza in clinic.', 'influenza').uncertain).toBe(true);
    expect(ctx('Type 2 diabetes, on metformin.', 'Type 2 diabetes').uncertain).toBe(false);
  });
});

// Convention I.A (Index): nonessential modifiers in parentheses may stand between a term's words.
describe('a nonessential modifier between the words of a term does not lose the code', () => {
  const engine = new ClinicalEngine();
  const codes = (text: string) => engine.process(text, { setting: 'outpatient' }).codes.map((c) => c.code);
  it('"acute viral pharyngitis" codes J02.9 as "acute pharyngitis" does (Pharyngitis (acute) … (viral))', () => {
    expect(codes('Assessment: acute viral pharyngitis.')).toContain('J02.9');
    expect(codes('Assessment: acute pharyngitis.')).toContain('J02.9');
  });
  it('a scattered match still does not code words from different clauses', () => {
    expect(codes('Assessment: acute otitis media. Pharynx clear, no pharyngitis.')).not.toContain('J02.9');
  });
});

// Guideline I.C.21.c.3: long-term use for prophylaxis is current drug therapy; "prevention" hedges what is prevented.
describe('a postposed purpose ("for X prevention") hedges its object, not the drug before "for"', () => {
  it('the drug is current use; the condition prevented stays hypothetical', () => {
    const text = 'Remains on long-term apixaban for recurrence prevention per hematology.';
    expect(ctx(text, 'apixaban').hypothetical).toBe(false);
    expect(ctx('Aspirin for stroke prevention.', 'stroke').hypothetical).toBe(true);
    expect(ctx('Aspirin for stroke prevention.', 'Aspirin').hypothetical).toBe(false);
  });
});
