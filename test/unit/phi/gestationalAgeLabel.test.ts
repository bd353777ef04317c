// Owns the check that a labelled line's compact gestational age ("Prenatal visit - 30w2d") is clinical text, not an
// identifier: id.line-label (session 10) takes a labelled value mixing letters and digits, and weeks+days of a pregnancy
// have that shape (I.C.15.a.3 codes the trimester from it, so redacting it also loses Z3A and the trimester character).
import { redact } from '../../../src/engine/phi';

describe('id.line-label keeps compact gestational ages', () => {
  it.each(['Prenatal visit - 30w2d', 'GA: 12w6d', 'Dating US — 8w', 'EGA: 39w0d'])('%s stays', (line) => {
    expect(redact(`${line}\nAssessment: iron deficiency anemia complicating pregnancy.`).spans).toEqual([]);
  });

  it('a labelled identifier of another shape is still redacted', () => {
    const text = 'Storage Locker — KT4471W2\nAssessment: stable.';
    expect(redact(text).spans.map((s) => text.slice(s.start, s.end))).toContain('KT4471W2');
  });
});
