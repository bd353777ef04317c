// Unit: ULID job ids sort by time and bound created-time ranges.

import { decodeTime, encodeTime, idRange, isJobId, newJobId } from '../../../src/domain/ids';

describe('job ids', () => {
  it('are 26-char Crockford ULIDs carrying their creation time', () => {
    const ms = Date.parse('2026-11-01T10:00:00.123Z');
    const id = newJobId(ms);
    expect(isJobId(id)).toBe(true);
    expect(decodeTime(id)).toBe(ms);
  });

  it('sort lexicographically by creation time', () => {
    const ids = [1, 1_000, 1_700_000_000_000, 1_700_000_000_001, 2 ** 42].map((ms) => newJobId(ms));
    expect([...ids].sort()).toEqual(ids);
  });

  it('fall inside the range for their time and outside neighbouring ranges', () => {
    const ms = 1_800_000_000_000;
    const id = newJobId(ms);
    const { low, high } = idRange(ms, ms);
    expect(low <= id && id <= high).toBe(true);
    expect(id > idRange(0, ms - 1).high).toBe(true);
    expect(id < idRange(ms + 1, ms + 10).low).toBe(true);
  });

  it('reject malformed ids and out-of-range times', () => {
    expect(isJobId('01JCXG8Z9Q4W7N3V5T2R1PKHMU')).toBe(false); // U is not Crockford
    expect(isJobId('short')).toBe(false);
    expect(() => encodeTime(-1)).toThrow(RangeError);
  });
});
