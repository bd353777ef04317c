// The engine's summary with its coder: conditions the coder reads decide which sentences state problems.
// Notes are synthetic.
import { ClinicalEngine } from '../../../src/engine';

const filler = 'She reports feeling tired in the afternoons and has been walking less since the winter started. She lives with her husband. '.repeat(5);

describe('engine summary (coder-aware problem selection)', () => {
  const engine = new ClinicalEngine();
  const problems = (text: string) => {
    const r = engine.process(text);
    const section = r.summary.sections.find((s) => s.kind === 'problems');
    return { r, heads: (section?.statements ?? []).filter((st, i, all) => all.findIndex((x) => x.problem === st.problem) === i).map((st) => st.text) };
  };

  it('a prose assessment: each sentence whose subject is a coded condition is a problem of its own (completeness against the coder)', () => {
    const text = `HPI: ${filler}\nAssessment: Type 2 diabetes is poorly controlled with an A1c of 9.2. Hypertension is at goal on current therapy. Her depression is improving on sertraline.\nPlan: Increase metformin to 1000 mg twice daily.\n`;
    const { heads } = problems(text);
    expect(heads).toEqual(['Type 2 diabetes is poorly controlled with an A1c of 9.2.', 'Hypertension is at goal on current therapy.', 'Her depression is improving on sertraline.']);
  });

  it('numbered actions of a plan and hospital housekeeping items are not problems', () => {
    const text = `HISTORY: ${filler}\nIMPRESSION:\n1. Left lower lobe pneumonia.\n2. Chronic atrial fibrillation.\nPLAN:\n1. Complete 5 days of ceftriaxone.\n2. Repeat chest x-ray in 6 weeks.\nDispo: home when stable.\n`;
    const { heads } = problems(text);
    expect(heads).toEqual(['Left lower lobe pneumonia.', 'Chronic atrial fibrillation.']);
  });

  it('a consult letter: the impression sentence is the problem, the closing is not', () => {
    const text = `Dear Dr. Abernathy,\nI saw your patient today. ${filler} My impression is that she has moderate aortic stenosis, which explains her fatigue. I have started ferrous sulfate 325 mg daily.\nSincerely,\nDr. Imogen Strathmore\n`;
    const { r, heads } = problems(text);
    expect(heads).toEqual(['My impression is that she has moderate aortic stenosis, which explains her fatigue.']);
    expect(r.summary.text).not.toMatch(/Sincerely/);
  });
});
