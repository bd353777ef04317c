// Owns the unit tests of the PHI offset map: mapping both ways, bias inside placeholders, serialisation.
import { OffsetMap, redact } from '../../../src/engine/phi';

describe('OffsetMap', () => {
  // "Hi Dr. Alden Quist on 3/4/2021 ok": two replacements
  const text = 'Hi Dr. Alden Quist on 3/4/2021 ok';
  const nameStart = text.indexOf('Alden');
  const nameEnd = nameStart + 'Alden Quist'.length;
  const dateStart = text.indexOf('3/4/2021');
  const dateEnd = dateStart + '3/4/2021'.length;
  const map = new OffsetMap(
    [
      { start: nameStart, end: nameEnd, replacementLength: '[NAME]'.length },
      { start: dateStart, end: dateEnd, replacementLength: '[DATE]'.length },
    ],
    text.length,
  );
  const redacted = 'Hi Dr. [NAME] on [DATE] ok';

  it('maps offsets outside replacements by the accumulated shift', () => {
    expect(map.toRedacted(0)).toBe(0);
    expect(map.toRedacted(text.length)).toBe(redacted.length);
    expect(map.toRedacted(text.indexOf(' ok'))).toBe(redacted.indexOf(' ok'));
    expect(map.toOriginal(redacted.indexOf(' on'))).toBe(text.indexOf(' on'));
    expect(map.redactedLength).toBe(redacted.length);
  });

  it('maps an offset inside a replaced span to the placeholder start or end by bias', () => {
    expect(map.toRedacted(nameStart + 2, 'start')).toBe(redacted.indexOf('[NAME]'));
    expect(map.toRedacted(nameStart + 2, 'end')).toBe(redacted.indexOf('[NAME]') + 6);
    expect(map.toOriginal(redacted.indexOf('[DATE]') + 3, 'start')).toBe(dateStart);
    expect(map.toOriginal(redacted.indexOf('[DATE]') + 3, 'end')).toBe(dateEnd);
  });

  it('maps spans both ways', () => {
    const ph = { start: redacted.indexOf('[NAME]'), end: redacted.indexOf('[NAME]') + 6 };
    expect(map.spanToOriginal(ph)).toEqual({ start: nameStart, end: nameEnd });
    expect(map.spanToRedacted({ start: nameStart, end: nameEnd })).toEqual(ph);
    // An evidence span that straddles a placeholder grows to cover it whole.
    expect(map.spanToRedacted({ start: nameStart + 1, end: dateStart + 2 })).toEqual({
      start: redacted.indexOf('[NAME]'),
      end: redacted.indexOf('[DATE]') + 6,
    });
  });

  it('round-trips through JSON', () => {
    const back = OffsetMap.fromJSON(JSON.parse(JSON.stringify(map)));
    for (let o = 0; o <= text.length; o++) {
      expect(back.toRedacted(o, 'start')).toBe(map.toRedacted(o, 'start'));
      expect(back.toRedacted(o, 'end')).toBe(map.toRedacted(o, 'end'));
    }
  });

  it('rejects malformed serialised maps and overlapping replacements', () => {
    expect(() => OffsetMap.fromJSON({ v: 99, originalLength: 1, segments: [] })).toThrow(TypeError);
    expect(() => OffsetMap.fromJSON({ v: 1, originalLength: 5, segments: [[0, 1]] })).toThrow(TypeError);
    expect(() => new OffsetMap([{ start: 3, end: 5, replacementLength: 1 }, { start: 4, end: 6, replacementLength: 1 }], 10)).toThrow(RangeError);
  });

  it('maps every redacted span of a real redaction back to its placeholder', () => {
    const note =
      'Pt seen by Dr. Orla Fenwick on 07/22/2019. Daughter Philippa called from 555-201-7788.\r\n' +
      'Transferred from Brackwater Hospital; email ofenwick@example.org.';
    const r = redact(note);
    expect(r.spans.length).toBeGreaterThanOrEqual(5);
    for (const s of r.spans) {
      const m = r.map.spanToRedacted(s);
      expect(r.text.slice(m.start, m.end)).toBe(`[${s.type}]`);
      expect(r.map.spanToOriginal(m)).toEqual({ start: s.start, end: s.end });
    }
    // Text outside spans is unchanged and maps to itself.
    const tail = note.indexOf(' called');
    expect(r.text.slice(r.map.toRedacted(tail), r.map.toRedacted(tail) + 7)).toBe(' called');
  });
});
