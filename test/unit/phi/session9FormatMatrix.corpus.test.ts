// Owns the session 9 generated format matrix (issue 9 §1): every Safe Harbor date, phone/fax and over-89 age format
// the generator in test/helpers/formatMatrix.ts enumerates is redacted in every position, and the paired matrix of
// clinical numbers of the same shapes (BP, ranges, levels, scores, ratios, EF, times, vision) is left alone.
//
// HIPAA decisions written here (45 CFR 164.514(b)(2)(i)(C)): every element of a date finer than the year is redacted
// (month/day, month/year, an ordinal day meant as a date); a shape that is also a quantity ("3-27", "032724", "the 27th")
// is asserted only where a date word says it is a date ("on", "since", "DOB", "d/c'd"). Ages over 89 are redacted in
// every spelling, and so is "in her nineties": it places the age in 90–99, narrower than the single "90 or older"
// category Safe Harbor allows, so it is an element indicative of an age over 89. Ages of 89 and under stay.
import { ageMatrix, dateMatrix, NEGATIVE_MATRIX, phoneMatrix, type MatrixCase } from '../../helpers/formatMatrix';
import { redact } from '../../../src/engine/phi';
import { coveredBy, touchedBy } from '../../helpers/phiCoverage';

function failures(cases: readonly MatrixCase[], want: 'covered' | 'untouched'): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const { spans } = redact(c.text);
    const ok = want === 'covered' ? coveredBy(c.text, c.needle, spans) : !touchedBy(c.text, c.needle, spans);
    if (!ok) out.push(`${c.label} :: ${JSON.stringify(c.text)}`);
  }
  return out;
}

describe('session 9 format matrix: the generator enumerates the whole cross product', () => {
  test('every dimension is present and every needle is in its text', () => {
    const dates = dateMatrix();
    for (const dim of ['M-D-Y', 'D-M-Y', 'Y-M-D', 'M-D ', 'M-Y', 'D-Month', 'Month-D', 'Month-Y', 'Dth of Month', 'ordinal-alone', 'compact MMDDYY',
      'compact YYYYMMDD', 'compact DDMon', 'compact MonDD', 'compact DMonYY', 'year=apostrophe', 'month=caps', 'month=lower', 'month=abbrev-dot',
      'pos=table-cell', 'pos=before-time', "pos=d/c'd", 'pos=parentheses', 'pos=event-adm', 'pos=event-OR-for', 'Mon-NN dashed', 'ordinal-alone event']) {
      expect({ dim, present: dates.some((c) => c.label.includes(dim)) }).toEqual({ dim, present: true });
    }
    for (const c of [...dates, ...phoneMatrix(), ...ageMatrix(), ...NEGATIVE_MATRIX]) expect(c.text.includes(c.needle)).toBe(true);
    expect(dates.length).toBeGreaterThan(3000);
    expect(phoneMatrix().length).toBeGreaterThan(900);
  });
});

describe('session 9 format matrix: Safe Harbor dates (all elements finer than the year) are redacted', () => {
  test('every generated date format in every position', () => {
    expect(failures(dateMatrix(), 'covered')).toEqual([]);
  });
});

describe('session 9 format matrix: telephone and fax numbers with any punctuation, country code and extension', () => {
  test('every generated phone format in every position', () => {
    expect(failures(phoneMatrix(), 'covered')).toEqual([]);
  });
});

describe('session 9 format matrix: ages over 89 in every spelling', () => {
  test('every generated age form in every position', () => {
    expect(failures(ageMatrix(), 'covered')).toEqual([]);
  });
});

describe('session 9 format matrix: clinical numbers of the same shapes stay', () => {
  test('BP, ranges, vertebral levels, scores, ratios, EF, times, vision, fractions, vitals and ages under 90', () => {
    expect(failures(NEGATIVE_MATRIX, 'untouched')).toEqual([]);
  });
});
