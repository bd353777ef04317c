// Unit: PHI-safe evidence — quotes touching a placeholder are trimmed or dropped so every reported
// quote equals both the redacted and the original slice.

import { OffsetMap } from '../../../src/engine/phi/offsetMap';
import { placeholderRanges, subtract, toSafeEvidence } from '../../../src/domain/evidence';

/** Redacts the given original ranges with the given placeholders; returns both texts and the map. */
function redactRanges(original: string, ranges: Array<{ start: number; end: number; placeholder: string }>) {
  let redacted = '';
  let cursor = 0;
  for (const r of ranges) {
    redacted += original.slice(cursor, r.start) + r.placeholder;
    cursor = r.end;
  }
  redacted += original.slice(cursor);
  const map = new OffsetMap(
    ranges.map((r) => ({ start: r.start, end: r.end, replacementLength: r.placeholder.length })),
    original.length,
  );
  return { redacted, map, phi: ranges.map(({ start, end }) => ({ start, end })) };
}

function quote(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

describe('toSafeEvidence', () => {
  const original = 'Seen by Dr. Alvarez for Parkinson disease; Alvarez notes tremor.';
  const name1 = original.indexOf('Alvarez');
  const name2 = original.indexOf('Alvarez', name1 + 1);
  const { redacted, map, phi } = redactRanges(original, [
    { start: name1, end: name1 + 7, placeholder: '[NAME]' },
    { start: name2, end: name2 + 7, placeholder: '[NAME]' },
  ]);
  const placeholders = placeholderRanges(map, phi, map.toJSON());

  it('maps a quote outside PHI to original offsets with the same text', () => {
    const e = toSafeEvidence(quote(redacted, 'Parkinson disease'), redacted, placeholders, map)!;
    expect(e.text).toBe('Parkinson disease');
    expect(original.slice(e.start, e.end)).toBe(e.text);
    expect(redacted.slice(e.redactedStart, e.redactedEnd)).toBe(e.text);
  });

  it('trims a quote that runs into a placeholder to the part outside it', () => {
    const e = toSafeEvidence(quote(redacted, '[NAME] for Parkinson disease'), redacted, placeholders, map)!;
    expect(e.text).toBe('for Parkinson disease');
    expect(original.slice(e.start, e.end)).toBe(e.text);
  });

  it('keeps the longest piece when a placeholder sits in the middle', () => {
    const e = toSafeEvidence(quote(redacted, 'disease; [NAME] notes tremor'), redacted, placeholders, map)!;
    expect(e.text).toBe('notes tremor');
    expect(original.slice(e.start, e.end)).toBe(e.text);
  });

  it('drops a quote that lies inside a placeholder', () => {
    expect(toSafeEvidence(quote(redacted, 'NAME'), redacted, placeholders, map)).toBeUndefined();
    expect(toSafeEvidence(quote(redacted, '[NAME]'), redacted, placeholders, map)).toBeUndefined();
  });

  it('drops a quote whose text is not the redacted slice', () => {
    const q = quote(redacted, 'tremor');
    expect(toSafeEvidence({ ...q, text: 'tremors' }, redacted, placeholders, map)).toBeUndefined();
    expect(toSafeEvidence({ start: 5, end: 4, text: '' }, redacted, placeholders, map)).toBeUndefined();
    expect(toSafeEvidence({ start: 0, end: redacted.length + 1, text: redacted }, redacted, placeholders, map)).toBeUndefined();
  });

  it('catches a placeholder exactly as long as the PHI it replaced (no length change to detect)', () => {
    // "Jordan" (6) → "[NAME]" (6): the map is the identity, yet the texts differ inside.
    const orig = 'Jordan has asthma';
    const r = redactRanges(orig, [{ start: 0, end: 6, placeholder: '[NAME]' }]);
    const e = toSafeEvidence(quote(r.redacted, '[NAME] has asthma'), r.redacted, placeholderRanges(r.map, [], r.map.toJSON()), r.map)!;
    expect(e.text).toBe('has asthma');
    expect(orig.slice(e.start, e.end)).toBe('has asthma');
  });
});

describe('subtract', () => {
  it('cuts at ranges, including zero-length ones strictly inside', () => {
    expect(subtract({ start: 0, end: 10 }, [{ start: 2, end: 4 }, { start: 6, end: 6 }])).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
      { start: 6, end: 10 },
    ]);
    expect(subtract({ start: 3, end: 5 }, [{ start: 0, end: 10 }])).toEqual([]);
    expect(subtract({ start: 3, end: 5 }, [])).toEqual([{ start: 3, end: 5 }]);
  });

  it('starting the walk at the span gives the same pieces as walking every placeholder (seeded random notes)', () => {
    const walkAll = (span: { start: number; end: number }, ranges: { start: number; end: number }[]) => {
      const pieces: { start: number; end: number }[] = [];
      let cursor = span.start;
      for (const r of ranges) {
        if (r.start >= span.end) break;
        if (r.start > cursor) pieces.push({ start: cursor, end: r.start });
        cursor = Math.max(cursor, r.end);
        if (cursor >= span.end) break;
      }
      if (cursor < span.end) pieces.push({ start: cursor, end: span.end });
      return pieces.filter((p) => p.end > p.start);
    };
    let seed = 20261206;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let note = 0; note < 200; note++) {
      const ranges: { start: number; end: number }[] = [];
      for (let at = rand(5); at < 400; at += 1 + rand(12)) {
        const end = at + rand(6); // zero-length placeholders too
        ranges.push({ start: at, end });
        at = end;
      }
      for (let k = 0; k < 20; k++) {
        const start = rand(400);
        const span = { start, end: start + 1 + rand(60) };
        expect(subtract(span, ranges)).toEqual(walkAll(span, ranges));
      }
    }
  });
});
