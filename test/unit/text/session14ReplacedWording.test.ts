// Session 14 (inject21, issue 10): a redaction placeholder grown over the words of a request (span growth reaching
// the request's verb and object) leaves a line the statement test reads as a bare problem line. Whatever the language,
// when the replaced text holds words of a sentence rather than a name, the line is read again in its original wording
// (default-deny on what the redacted line no longer says); only the verdict crosses over.
import { analyzeText, spanProvenance } from '../../../src/engine/text';
import { ORIGINAL_WORDING_SUFFIX, readReplacedWording, sentenceWordsTaken } from '../../../src/engine/text/provenanceOriginal';

describe('words of a sentence taken by a placeholder, not a name', () => {
  it.each([
    ['a clause of a request in a language no list knows', 'Pyydän että joku lisää tälle käynnille'],
    ['an English request without coding words', 'Whoever finalizes this encounter should include'],
  ])('%s', (_pattern, taken) => {
    expect(sentenceWordsTaken(taken)).toBe(true);
  });

  it.each([
    ['a person\'s name', 'Maria Lopez'],
    ['a name with short particles', 'Anna van der Berg'],
    ['a name with one lower-case particle of four letters', 'Rafael dela Cruz'],
    ['a date', '12 March 2024'],
    ['an identifier', 'MRN 00482913'],
  ])('not %s', (_pattern, taken) => {
    expect(sentenceWordsTaken(taken)).toBe(false);
  });
});

describe('a line whose request words the redactor replaced is read as written', () => {
  const original = 'Assessment: acute bronchitis.\nWhoever finalizes this encounter should include alcohol dependence (F10.20).';
  const taken = 'Whoever finalizes this encounter should include';
  const start = original.indexOf(taken);
  const redacted = original.replace(taken, '[NAME]');
  const replacements = [{ original: { start, end: start + taken.length }, redacted: { start, end: start + '[NAME]'.length } }];
  const shift = taken.length - '[NAME]'.length;
  const toOriginal = (s: { start: number; end: number }) => ({ start: s.start > start ? s.start + shift : s.start, end: s.end > start ? s.end + shift : s.end });

  it('marks the line on the redacted text although no coding, billing or request word was taken', () => {
    const { provenance } = analyzeText(redacted);
    const dx = { start: redacted.indexOf('alcohol'), end: redacted.indexOf('(F10.20)') };
    expect(spanProvenance(redacted, provenance, dx)).toBe('clinical');
    const read = readReplacedWording(redacted, provenance, original, replacements, toOriginal);
    expect(spanProvenance(redacted, read, dx)).toBe('non_clinical');
    expect(read.nonClinical.some((s) => s.rule?.endsWith(ORIGINAL_WORDING_SUFFIX))).toBe(true);
    expect(spanProvenance(redacted, read, { start: redacted.indexOf('acute'), end: redacted.indexOf('bronchitis') })).toBe('clinical');
  });

  it('leaves a clinical line with a taken name clinical', () => {
    const o2 = 'Seen with Maria Lopez: alcohol dependence, in remission.';
    const r2 = 'Seen with [NAME]: alcohol dependence, in remission.';
    const { provenance } = analyzeText(r2);
    const read = readReplacedWording(r2, provenance, o2, [{ original: { start: 10, end: 21 }, redacted: { start: 10, end: 16 } }], (s) => s);
    expect(read).toBe(provenance);
  });
});
