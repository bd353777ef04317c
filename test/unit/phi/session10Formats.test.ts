// Owns the session 10 format tests (issue 9 §1, brief phi30): the seeded generator in test/helpers/session10Formats.ts
// plants identifiers after any cue word and in any labelled field, vehicle plates of every state shape, VINs by their
// check-digit grammar, boat hull and registration numbers, and street addresses with every USPS Publication 28 suffix,
// units, rural routes, PO boxes, c/o, ZIP+4 and bare street names after "lives on", "corner of" and "off of", in six note
// styles; each must be redacted. Capitalised words or brands before a clinical head noun must stay.
import { redact } from '../../../src/engine/phi';
import { coveredBy, touchedBy } from '../../helpers/phiCoverage';
import { session10Cases, STYLES, type FormatCase } from '../../helpers/session10Formats';

const CASES = session10Cases();

function failures(kind: FormatCase['kind']): string[] {
  const out: string[] = [];
  for (const c of CASES.filter((x) => x.kind === kind)) {
    const { spans } = redact(c.text);
    const ok = kind === 'protected' ? !touchedBy(c.text, c.needle, spans) : coveredBy(c.text, c.needle, spans);
    if (!ok) out.push(`${c.label} :: ${JSON.stringify(c.text)}`);
  }
  return out;
}

describe('session 10 generator', () => {
  test('is seeded, covers six styles and every kind, and every needle is in its text', () => {
    expect(session10Cases().map((c) => c.text)).toEqual(CASES.map((c) => c.text));
    expect(session10Cases(1).map((c) => c.text)).not.toEqual(CASES.map((c) => c.text));
    for (const style of STYLES) expect(CASES.some((c) => c.style === style)).toBe(true);
    for (const c of CASES) expect(c.text.includes(c.needle)).toBe(true);
    if (process.env.SESSION10_SCORE) {
      for (const kind of ['identifier', 'vehicle', 'address', 'protected'] as const) {
        const f = failures(kind);
        const n = CASES.filter((c) => c.kind === kind).length;
        console.log(`${kind}: ${n - f.length}/${n}\n${f.join('\n')}`);
      }
    }
  });
});
