// Corpus-scale size checks (the `corpus` Jest project, run by `npm test` and `npm run test:corpus`, not by
// `npm run test:unit`): a 1 MB note through the whole engine, through the redactor alone, and 1 MB of text through
// the sentence splitter, each seconds of CPU. Moved verbatim from engine.test.ts, phi/redact.test.ts and
// sentences.test.ts; the small-note cases stay there.
// Speed is measured by `npm run bench -- engine`, never asserted here (shared, noisy machines).
import { ClinicalEngine } from '../../../src/engine';
import { redact } from '../../../src/engine/phi';
import { analyzeText } from '../../../src/engine/text';

describe('ClinicalEngine.process at size', () => {
  const engine = new ClinicalEngine();

  it('processes a 1 MB note', () => {
    const unit = 'Patient has essential hypertension and denies chest pain. Follow up with Dr. Smith on 01/02/2026.\n';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = engine.process(big);
    expect(r.redactedText.length).toBeGreaterThan(900_000);
    expect(r.codes.map((c) => c.code)).toContain('I10');
    for (const c of r.codes) for (const e of c.evidence) expect(big.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('sentences at size', () => {
  it('analyses 1 MB of note text and a 1 MB line without any boundary', () => {
    const unit = 'HPI: 64 yo M with CAD s/p CABG. Denies chest pain; no SOB.\n- HTN\n- DM2\nPlan: ASA 81 mg p.o. q.d.\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const a = analyzeText(text);
    expect(a.sentences.length).toBeGreaterThan(50_000);
    for (let k = 1; k < a.sentences.length; k++) expect(a.sentences[k].start).toBeGreaterThanOrEqual(a.sentences[k - 1].end);
    // Pathological input: one huge line without any boundary.
    expect(analyzeText('a'.repeat(1_000_000)).sentences).toHaveLength(1);
  });
});

describe('redact at size', () => {
  it('redacts a 1 MB note consistently', () => {
    const unit =
      'NEURO: A&OX3. CV: HR 80 NSR, BP 110/60. Dr. Wendeline Ashgrove aware of K 3.2, repleted. ' +
      'Daughter Odalys called 410-555-0188 on 7/22. PSV 10/5, rales 1/3 up. Transfer to Brackwater Hospital.\n';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = redact(big);
    expect(r.spans.length).toBeGreaterThan(0);
    const perUnit = redact(unit).spans.length;
    expect(r.spans.length).toBe(perUnit * (big.length / unit.length));
  });
});
