// Owns the unit tests of PHI detection: every Safe Harbor category on synthetic notes, eponyms and clinical
// vocabulary left alone, bare years, and the Redaction invariants.
import { redact } from '../../../src/engine/phi';
import { EPONYMS } from '../../../src/engine/phi/vocab';
import { EPONYM_SENTENCES, PHI_CASES } from './fixtures';

function covered(text: string, spans: { start: number; end: number }[], needle: string): boolean {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in text`);
  for (let x = at; x < at + needle.length; x++) {
    if (!/[\p{L}\p{N}]/u.test(text[x])) continue;
    if (!spans.some((s) => s.start <= x && x < s.end)) return false;
  }
  return true;
}

describe('redact: Safe Harbor categories on synthetic notes', () => {
  it.each(PHI_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = redact(c.text);
    for (const [needle, type] of c.phi) {
      expect({ needle, caught: covered(c.text, r.spans, needle) }).toEqual({ needle, caught: true });
      const at = c.text.indexOf(needle);
      const span = r.spans.find((s) => s.start <= at && at < s.end)!;
      expect({ needle, type: span.type }).toEqual({ needle, type });
    }
  });

  it('covers every PHI type the engine can emit', () => {
    const types = new Set(PHI_CASES.flatMap((c) => c.phi.map(([, t]) => t)));
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect(types.has(t as never)).toBe(true);
    }
  });
});

describe('redact: not PHI', () => {
  it.each(EPONYM_SENTENCES.map((s) => [s]))('leaves clinical text alone: %s', (s) => {
    expect(redact(s).spans).toEqual([]);
  });

  it('never redacts a listed eponym in an eponym phrase', () => {
    const text = EPONYMS.map((e) => `${e[0].toUpperCase()}${e.slice(1)}'s disease`).join('; ');
    const r = redact(text);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual([]);
  });

  it('keeps ages of 89 and under, and bare years by default', () => {
    expect(redact('89 yo man, 45 year old wife, MI in 1992.').spans).toEqual([]);
  });

  it('redacts bare years when asked', () => {
    const text = 'PMH: MI 1992, CABG in 2004.';
    const r = redact(text, { keepYears: false });
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['1992', '2004']);
  });

  it('redacts a title still when the surname is an eponym', () => {
    const text = 'Dr. Foley aware, Foley catheter draining.';
    const r = redact(text);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Foley']);
  });
});

describe('redact: invariants and text robustness', () => {
  const check = (text: string): void => {
    const r = redact(text);
    let prev = -1;
    for (const s of r.spans) {
      expect(s.start).toBeGreaterThan(prev - 1);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      prev = s.end;
      const m = r.map.spanToRedacted(s);
      expect(r.text.slice(m.start, m.end)).toBe(`[${s.type}]`);
    }
  };

  it('handles the empty string', () => {
    const r = redact('');
    expect(r).toMatchObject({ text: '', spans: [] });
    expect(r.map.toRedacted(0)).toBe(0);
  });

  it('handles Unicode, emoji, CRLF, tabs and non-breaking spaces', () => {
    const text = 'Zoë 😀 notes:\r\n\tDr.\u00a0Ingeborg Halvorsen saw pt 😀 on 7/22.\r\nCafé visit by son Bartholomew 👍.';
    const r = redact(text);
    check(text);
    expect(covered(text, r.spans, 'Ingeborg Halvorsen')).toBe(true);
    expect(covered(text, r.spans, '7/22')).toBe(true);
    expect(covered(text, r.spans, 'Bartholomew')).toBe(true);
    expect(r.text).toContain('😀');
    expect(r.text).toContain('\r\n\t');
  });

  it('handles whitespace-only and punctuation-only text', () => {
    for (const t of [' ', '\n\n', '\t\r\n', '....', '\u00a0']) expect(redact(t).spans).toEqual([]);
  });

  // A 1 MB note through the redactor is in test/unit/engine/largeNotes.corpus.test.ts (the corpus project: seconds of CPU).

  it('is deterministic', () => {
    const text = PHI_CASES.map((c) => c.text).join('\n');
    expect(redact(text)).toEqual(redact(text));
  });
});
