// Owns the unit tests of the redaction modes (TAG, SURROGATE, MASK): what replaces each span, that nothing
// of the original PHI survives, surrogate consistency within a job and the per-job date shift, and the
// offset map under every mode.
import { redact, MASK_CHAR } from '../../../src/engine/phi';
import { SurrogateGenerator } from '../../../src/engine/phi/surrogate';
import type { PhiSpan, RedactionMode } from '../../../src/engine/types';

const NOTE = [
  'Patient: John Smith   MRN: 88412907',
  'Seen 03/14/2025 by Dr. Maria Lopez at Riverbend Medical Center.',
  'Mr. Smith returns on 04/02/2025 for follow-up. Call 617-555-0142 or jsmith@mailhost.net.',
  'He has Parkinson disease and type 2 diabetes.',
].join('\n');

const MODES: RedactionMode[] = ['TAG', 'SURROGATE', 'MASK'];
const DAY_MS = 86_400_000;

function originalValues(text: string, spans: readonly PhiSpan[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/** Non-PHI text between spans must come through unchanged, and each span must map back onto itself. */
function expectOffsetMapRoundTrip(original: string, mode: RedactionMode): void {
  const r = redact(original, { mode, surrogateSeed: 'job-1' });
  let prevOrig = 0;
  let prevRed = 0;
  for (const s of r.spans) {
    const red = r.map.spanToRedacted(s);
    expect(r.text.slice(prevRed, red.start)).toBe(original.slice(prevOrig, s.start));
    expect(r.map.spanToOriginal(red)).toEqual({ start: s.start, end: s.end });
    prevOrig = s.end;
    prevRed = red.end;
  }
  expect(r.text.slice(prevRed)).toBe(original.slice(prevOrig));
  expect(r.map.redactedLength).toBe(r.text.length);
}

describe('redaction modes', () => {
  it('finds the same spans whatever the mode', () => {
    const spans = MODES.map((mode) => redact(NOTE, { mode, surrogateSeed: 's' }).spans.map(({ start, end, type }) => ({ start, end, type })));
    expect(spans[1]).toEqual(spans[0]);
    expect(spans[2]).toEqual(spans[0]);
    expect(spans[0].length).toBeGreaterThanOrEqual(6);
  });

  it.each(MODES)('%s: the offset map maps every span back and the clinical text is untouched', (mode) => {
    expectOffsetMapRoundTrip(NOTE, mode);
    expect(redact(NOTE, { mode, surrogateSeed: 'x' }).text).toContain('Parkinson disease and type 2 diabetes');
  });

  it('TAG is the default and writes typed placeholders', () => {
    const r = redact(NOTE);
    expect(r.mode).toBe('TAG');
    expect(r.text).toContain('[NAME]');
    expect(r.text).toContain('[DATE]');
  });

  it('MASK keeps every offset: same length, PHI characters masked, all else identical', () => {
    const r = redact(NOTE, { mode: 'MASK' });
    expect(r.text.length).toBe(NOTE.length);
    for (let i = 0; i < NOTE.length; i++) {
      const inSpan = r.spans.some((s) => s.start <= i && i < s.end);
      expect(r.text[i]).toBe(inSpan ? MASK_CHAR : NOTE[i]);
    }
  });

  it('SURROGATE leaves no original PHI value in the text', () => {
    const r = redact(NOTE, { mode: 'SURROGATE', surrogateSeed: 'job-42' });
    for (const v of originalValues(NOTE, r.spans)) {
      for (const piece of v.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length >= 3 && !/^(?:dr|mr|mrs|medical|center)$/i.test(p))) {
        expect({ piece, present: new RegExp(`\\b${piece}\\b`).test(r.text) }).toEqual({ piece, present: false });
      }
    }
  });

  it('SURROGATE is consistent within a job: one person keeps one surrogate across mentions', () => {
    const text = 'Patient: John Smith. Mr. Smith improved overnight. Dr. Lee called Mr. Smith and John agreed.';
    const r = redact(text, { mode: 'SURROGATE', surrogateSeed: 'job-7' });
    const names = r.spans.filter((s) => s.type === 'NAME').map((s) => r.text.slice(r.map.toRedacted(s.start, 'start'), r.map.toRedacted(s.end, 'end')));
    expect(names.length).toBeGreaterThanOrEqual(3);
    const [first, surname] = names[0].split(' ');
    expect(names[1]).toBe(surname);
    expect(names).toContain(first);
    expect(names.filter((n) => n === surname).length).toBe(2);
  });

  it('SURROGATE moves every date by one per-job offset, keeping the interval and the format', () => {
    const text = 'Admitted 03/14/2025. Discharged 03/20/2025. Seen again on 2025-04-02.';
    const r = redact(text, { mode: 'SURROGATE', surrogateSeed: 'job-9' });
    const dates = r.spans.filter((s) => s.type === 'DATE').map((s) => r.text.slice(r.map.toRedacted(s.start, 'start'), r.map.toRedacted(s.end, 'end')));
    expect(dates).toHaveLength(3);
    expect(dates[0]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(dates[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const us = (d: string): number => {
      const [m, day, y] = d.split('/').map(Number);
      return Date.UTC(y, m - 1, day);
    };
    const iso = (d: string): number => Date.parse(`${d}T00:00:00Z`);
    expect((us(dates[1]) - us(dates[0])) / DAY_MS).toBe(6);
    expect((iso(dates[2]) - us(dates[0])) / DAY_MS).toBe(19);
    const shift = (us(dates[0]) - Date.UTC(2025, 2, 14)) / DAY_MS;
    expect(shift).toBe(new SurrogateGenerator('job-9').dateShiftDays);
    expect(shift).not.toBe(0);
  });

  it('SURROGATE is reproducible for one seed and differs across jobs', () => {
    const a = redact(NOTE, { mode: 'SURROGATE', surrogateSeed: 'job-a' }).text;
    expect(redact(NOTE, { mode: 'SURROGATE', surrogateSeed: 'job-a' }).text).toBe(a);
    const others = ['job-b', 'job-c', 'job-d'].map((seed) => redact(NOTE, { mode: 'SURROGATE', surrogateSeed: seed }).text);
    expect(others.some((t) => t !== a)).toBe(true);
  });

  it('SURROGATE keeps the shape of numbers and identifiers', () => {
    const g = new SurrogateGenerator('shape');
    expect(g.replace('PHONE', '(617) 555-0142')).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
    expect(g.replace('MRN', 'AB-0042197')).toMatch(/^[A-Z]{2}-\d{7}$/);
    expect(g.replace('PHONE', '(617) 555-0142')).not.toBe('(617) 555-0142');
    expect(g.replace('AGE', '93')).toMatch(/^(?:9\d|10[0-4])$/);
    expect(g.replace('EMAIL', 'x@y.org')).toMatch(/^[a-z]+\.[a-z]+@example\.(?:org|com|net)$/);
  });

  it('without a seed every call draws a fresh secret (the shift cannot be derived from a job id)', () => {
    const shifts = new Set(Array.from({ length: 8 }, () => new SurrogateGenerator().dateShiftDays));
    expect(shifts.size).toBeGreaterThan(1);
  });
});
