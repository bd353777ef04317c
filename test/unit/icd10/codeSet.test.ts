import { loadCodeSet, toDotless, toDotted, fiscalYearForDate, availableFiscalYears } from '../../../src/engine/icd10';
import { InvalidCodeError, UnknownCodeError } from '../../../src/errors';

describe('ICD-10-CM code set', () => {
  const fy2027 = loadCodeSet(2027);

  it('loads the vendored FY2027 table with the official counts', () => {
    expect(fy2027.version).toBe('ICD-10-CM FY2027');
    expect(fy2027.size).toBe(98403);
    expect(fy2027.billableCount).toBe(74879);
    expect(loadCodeSet()).toBe(fy2027); // default year, cached
  });

  it('loads FY2026 for older notes, and both years are listed', () => {
    const fy2026 = loadCodeSet(2026);
    expect(fy2026.size).toBe(98186);
    expect(fy2026.billableCount).toBe(74719);
    expect(availableFiscalYears()).toEqual([2026, 2027]);
    expect(fiscalYearForDate(new Date('2026-09-30T12:00:00Z'))).toBe(2026);
    expect(fiscalYearForDate(new Date('2026-10-01T00:00:00Z'))).toBe(2027);
  });

  it('looks codes up dotted or dotless, any case', () => {
    const e = fy2027.get('E11.22');
    expect(e).toMatchObject({ code: 'E11.22', billable: true });
    expect(e.longDescription).toBe('Type 2 diabetes mellitus with diabetic chronic kidney disease');
    expect(fy2027.find('e1122')).toBe(e);
    expect(fy2027.find(' E11.22 ')).toBe(e);
  });

  it('distinguishes billable leaves from headers', () => {
    expect(fy2027.get('E11').billable).toBe(false);
    expect(fy2027.get('E11.2').billable).toBe(false);
    expect(fy2027.isBillable('I10')).toBe(true);
    expect(fy2027.isBillable('N18.3')).toBe(false);
    expect(fy2027.isBillable('N18.31')).toBe(true);
  });

  it('gives the parent chain, chapter and block', () => {
    const h = fy2027.hierarchy('E11.22');
    expect(h.chapter.chapter).toBe(4);
    expect(h.block.range).toBe('E08-E13');
    expect(h.category.code).toBe('E11');
    expect(h.ancestors.map((a) => a.code)).toEqual(['E11', 'E11.2']);
    expect(fy2027.parent('E11.22')?.code).toBe('E11.2');
    expect(fy2027.children('E11.2').map((c) => c.code)).toEqual(['E11.21', 'E11.22', 'E11.29']);
    expect(fy2027.billableDescendants('S72.00').length).toBeGreaterThan(10);
  });

  it('searches descriptions', () => {
    const hits = fy2027.search('diabetic kidney', 10);
    expect(hits.map((h) => h.entry.code)).toContain('E11.22');
    expect(hits[0].score).toBe(1);
    expect(fy2027.search('', 5)).toEqual([]);
    expect(fy2027.search('E11.2', 5)[0].entry.code).toBe('E11.2');
  });

  it('rejects malformed and unknown codes with typed errors', () => {
    expect(() => fy2027.get('12345')).toThrow(InvalidCodeError);
    expect(() => fy2027.get('E11..22')).toThrow(InvalidCodeError);
    expect(() => fy2027.get('')).toThrow(InvalidCodeError);
    expect(() => fy2027.get('Z99.999')).toThrow(UnknownCodeError);
    try {
      fy2027.get('Z99.999');
    } catch (e) {
      expect((e as UnknownCodeError).code).toBe('UNKNOWN_CODE');
    }
  });

  it('formats codes', () => {
    expect(toDotted('e1122')).toBe('E11.22');
    expect(toDotted('I10')).toBe('I10');
    expect(toDotless('S72.001A')).toBe('S72001A');
  });

  it('reflects FY2027 changes: codes added in 2027 are absent from 2026', () => {
    const fy2026 = loadCodeSet(2026);
    const added = [...fy2027.entries()].filter((e) => !fy2026.has(e.code));
    expect(added.length).toBeGreaterThan(200);
  });
});
