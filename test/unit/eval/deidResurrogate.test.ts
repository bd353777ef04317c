// Re-surrogated deid gold: each gold span gets a fresh value of its type in the original's shape, the gold
// offsets follow the new text, and the draws are seeded. The note is invented.
import { resurrogateRecord, resurrogateRecords, resurrogateVocabulary, withTypeAsKind, formatResurrogateReport } from '../../../src/eval/deidResurrogate';
import { SURNAMES, GIVEN_NAMES, TOWNS, HOSPITAL_STEMS, STREET_STEMS, UNIT_STEMS, PARTICLE_SURNAMES, VOCABULARY_9 } from '../../../src/eval/deidResurrogate/vocabulary';
import {
  VOCABULARY_10, SURNAMES_10, GIVEN_NAMES_10, PARTICLE_SURNAMES_10, TOWNS_10, HOSPITAL_STEMS_10, STREET_STEMS_10, UNIT_STEMS_10, OTHER_PLACES_10,
  AREA_CODES_10,
} from '../../../src/eval/deidResurrogate/vocabulary10';
import {
  VOCABULARY_11, SURNAMES_11, GIVEN_NAMES_11, PARTICLE_SURNAMES_11, TOWNS_11, HOSPITAL_STEMS_11, STREET_STEMS_11, UNIT_STEMS_11, OTHER_PLACES_11,
  AREA_CODES_11,
} from '../../../src/eval/deidResurrogate/vocabulary11';
import {
  VOCABULARY_12, SURNAMES_12, GIVEN_NAMES_12, PARTICLE_SURNAMES_12, TOWNS_12, HOSPITAL_STEMS_12, STREET_STEMS_12, UNIT_STEMS_12, OTHER_PLACES_12,
  AREA_CODES_12,
} from '../../../src/eval/deidResurrogate/vocabulary12';
import {
  VOCABULARY_13, SURNAMES_13, GIVEN_NAMES_13, PARTICLE_SURNAMES_13, TOWNS_13, HOSPITAL_STEMS_13, STREET_STEMS_13, UNIT_STEMS_13, OTHER_PLACES_13,
  AREA_CODES_13,
} from '../../../src/eval/deidResurrogate/vocabulary13';
import { evaluatePhi, type PhiGoldRecord } from '../../../src/eval/phi';

const PARTS: [string, string?][] = [
  ['Pt '], ["Mary", 'PTName'], [' '], ["O'Hanlon", 'PTName'], [' seen by Dr. '], ['KESSLER', 'HCPName'], [' on '], ['7/22/03', 'Date'],
  ['. Husband '], ['john', 'RelativeProxyName'], [' called '], ['617-555-0142', 'Phone'], ['. Seen again by dr '], ['KESSLER', 'HCPName'],
  [' on '], ['7-22-03', 'Date'], ['. From '], ['Quillbury General', 'Location'], [' on '], ['July 22nd', 'Date'], [', '], ['SEPT', 'Date'],
  [' and '], ['12.03.2004', 'Date'], ['. Age '], ['93', 'Age'], [' (she says '], ['ninety-three', 'Age'], ['). Born '], ['1931', 'DateYear'],
  ['. Unit '], ['BLX', 'Location'], [' per '], ['S.', 'PTNameInitial'], [' ref '], ['rg17', 'Other'], ['. Signed '], ['Baptiste, Ana', 'HCPName'], ['.'],
];

function inventedNote(): PhiGoldRecord {
  let text = '';
  const phi: PhiGoldRecord['phi'] = [];
  for (const [piece, type] of PARTS) {
    if (type) phi.push({ start: text.length, end: text.length + piece.length, type });
    text += piece;
  }
  return { id: 'invented-1', text, phi };
}

const spanTexts = (r: PhiGoldRecord) => r.phi.map((g) => r.text.slice(g.start, g.end));

/** The text outside the gold spans, with each span's place marked. */
function outside(r: PhiGoldRecord): string {
  let out = '', cursor = 0;
  for (const g of [...r.phi].sort((a, b) => a.start - b.start)) {
    out += r.text.slice(cursor, g.start) + '\u0000';
    cursor = g.end;
  }
  return out + r.text.slice(cursor);
}

describe('deid re-surrogation', () => {
  const original = inventedNote();
  const copy = resurrogateRecord(original, 7, 0);
  const texts = spanTexts(copy);
  const originals = PARTS.filter((p) => p[1]).map((p) => p[0]);
  /** The surrogate of the n-th gold span whose original text is `text`. */
  const at = (text: string, n = 0) => texts[originals.map((o, i) => (o === text ? i : -1)).filter((i) => i >= 0)[n]];

  it('keeps every character outside the gold spans and recomputes the offsets', () => {
    expect(copy.id).toBe('invented-1#r0');
    expect(copy.phi.map((g) => g.type)).toEqual(original.phi.map((g) => g.type));
    expect(outside(copy)).toBe(outside(original));
    for (let i = 1; i < copy.phi.length; i++) expect(copy.phi[i].start).toBeGreaterThanOrEqual(copy.phi[i - 1].end);
    expect(copy.phi[copy.phi.length - 1].end).toBeLessThan(copy.text.length);
  });

  it('replaces every span by a different value', () => {
    const before = spanTexts(original);
    texts.forEach((t, i) => expect(t.toLowerCase()).not.toBe(before[i].toLowerCase()));
  });

  it('keeps the shape of names: casing, particle, "Surname, Given" order, one person one surrogate', () => {
    expect(at('Mary')).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(GIVEN_NAMES).toContain(at('Mary'));
    expect(at("O'Hanlon")).toMatch(/^(?:O|D)['’]\p{Lu}/u);
    expect(at('KESSLER')).toMatch(/^[\p{Lu}'’-]+$/u);
    expect(at('KESSLER', 1)).toBe(at('KESSLER'));
    expect(SURNAMES.map((s) => s.toUpperCase())).toContain(at('KESSLER'));
    expect(at('john')).toMatch(/^\p{Ll}+$/u);
    const [surname, given] = at('Baptiste, Ana').split(', ');
    expect(SURNAMES).toContain(surname);
    expect(GIVEN_NAMES).toContain(given);
    expect(at('S.')).toMatch(/^[A-Z]\.$/);
  });

  it('keeps the written form of dates, phones, ages and codes', () => {
    expect(at('7/22/03')).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}$/);
    expect(at('7-22-03')).toMatch(/^\d{1,2}-\d{1,2}-\d{2}$/);
    const spelled = /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(st|nd|rd|th)$/.exec(at('July 22nd'));
    expect(spelled).not.toBeNull();
    const day = Number(spelled![2]);
    const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
    expect(spelled![3]).toBe(suffix);
    expect(at('SEPT')).toMatch(/^(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)$/);
    // Day-first with dots stays day-first with dots and a 4-digit year.
    const dotted = /^(\d{1,2})\.(\d{2})\.(\d{4})$/.exec(at('12.03.2004'));
    expect(dotted).not.toBeNull();
    expect(Number(dotted![2])).toBeLessThanOrEqual(12);
    expect(at('617-555-0142')).toMatch(/^[2-9]\d{2}-[2-9]\d{2}-[2-9]\d{3}$/);
    expect(Number(at('93'))).toBeGreaterThanOrEqual(90);
    expect(at('ninety-three')).toMatch(/^(ninety(-[a-z]+)?|one hundred( [a-z]+)?)$/);
    expect(at('1931')).toMatch(/^(19|20)\d{2}$/);
    expect(at('rg17')).toMatch(/^[a-z]{2}[1-9]\d$/);
  });

  it('draws places from its own invented lists and keeps the facility word and abbreviation length', () => {
    const [stem, kind] = at('Quillbury General').split(' ');
    expect(kind).toBe('General');
    expect(HOSPITAL_STEMS).toContain(stem);
    expect(at('BLX')).toMatch(/^[A-Z]{3}$/);
  });

  it('is reproducible for a seed, and copies and seeds draw differently', () => {
    expect(resurrogateRecord(original, 7, 0)).toEqual(copy);
    expect(resurrogateRecord(original, 8, 0).text).not.toBe(copy.text);
    const copies = resurrogateRecords([original], { seed: 7, copies: 3 });
    expect(copies.map((c) => c.id)).toEqual(['invented-1#r0', 'invented-1#r1', 'invented-1#r2']);
    expect(copies[0]).toEqual(copy);
    expect(new Set(copies.map((c) => c.text)).size).toBe(3);
    expect(() => resurrogateRecords([original], { copies: 0 })).toThrow(RangeError);
  });

  it('has the vocabulary the measurement promises', () => {
    expect(new Set(SURNAMES).size).toBeGreaterThanOrEqual(300);
    expect(new Set(GIVEN_NAMES).size).toBeGreaterThanOrEqual(200);
    expect(new Set([...TOWNS, ...HOSPITAL_STEMS, ...STREET_STEMS, ...UNIT_STEMS]).size).toBeGreaterThanOrEqual(120);
    expect(PARTICLE_SURNAMES.every((s) => /^(O'|D'|Mc|Mac|De|Di|La)/.test(s))).toBe(true);
  });

  it('reports the original and re-surrogated figures per type, leaks included', () => {
    // A redactor that removes exactly the original note's span texts: perfect there, blind on new values.
    const known = spanTexts(original);
    const redactKnown = (text: string) => ({
      spans: known.flatMap((k) => [...text.matchAll(new RegExp(k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index, end: m.index + k.length }))) as never,
    });
    const before = evaluatePhi(withTypeAsKind([original]), redactKnown);
    const after = evaluatePhi(withTypeAsKind(resurrogateRecords([original], { seed: 7, copies: 2 })), redactKnown);
    expect(before.withoutYears.recall).toBe(1);
    expect(after.withoutYears.leaks).toBeGreaterThan(after.withoutYears.goldSpans / 2);
    const table = formatResurrogateReport(before, after, 'test');
    expect(table).toMatch(/leaked spans, bare years excluded\s+0\/\d+/);
    expect(table).toMatch(/^ {2}PTName\s+1\.0000/m);
  });

  it('selects its vocabulary by name, s9 by default so earlier figures reproduce', () => {
    expect(resurrogateVocabulary('s9')).toBe(VOCABULARY_9);
    expect(resurrogateVocabulary('s10')).toBe(VOCABULARY_10);
    expect(resurrogateVocabulary('s11')).toBe(VOCABULARY_11);
    expect(resurrogateVocabulary('s12')).toBe(VOCABULARY_12);
    expect(resurrogateVocabulary('s13')).toBe(VOCABULARY_13);
    expect(() => resurrogateVocabulary('s14')).toThrow(RangeError);
    expect(resurrogateRecords([original], { seed: 7, copies: 1 })[0]).toEqual(resurrogateRecords([original], { seed: 7, copies: 1, vocabulary: VOCABULARY_9 })[0]);
  });
});

describe('deid re-surrogation with the session-10 vocabulary', () => {
  const original = inventedNote();
  const originals = PARTS.filter((p) => p[1]).map((p) => p[0]);
  const copies = resurrogateRecords([original], { seed: 1010, copies: 12, vocabulary: VOCABULARY_10 });
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const s10Names = lower([...SURNAMES_10, ...GIVEN_NAMES_10, ...PARTICLE_SURNAMES_10]);
  const s10Places = lower([...TOWNS_10, ...HOSPITAL_STEMS_10, ...STREET_STEMS_10, ...UNIT_STEMS_10, ...OTHER_PLACES_10, ...GIVEN_NAMES_10]);

  it('keeps the text outside the spans and the offsets right in every copy', () => {
    for (const c of copies) {
      expect(outside(c)).toBe(outside(original));
      expect(c.phi.map((g) => g.type)).toEqual(original.phi.map((g) => g.type));
      for (let i = 1; i < c.phi.length; i++) expect(c.phi[i].start).toBeGreaterThanOrEqual(c.phi[i - 1].end);
    }
  });

  it('is seeded: the same seed gives the same copies, another seed others', () => {
    expect(resurrogateRecords([original], { seed: 1010, copies: 12, vocabulary: VOCABULARY_10 })).toEqual(copies);
    expect(resurrogateRecord(original, 1011, 0, VOCABULARY_10).text).not.toBe(copies[0].text);
    expect(resurrogateRecord(original, 1010, 0, VOCABULARY_10).text).not.toBe(resurrogateRecord(original, 1010, 0, VOCABULARY_9).text);
  });

  it('draws every name and place word from vocabulary10 only, in the original shape', () => {
    for (const c of copies) {
      const texts = spanTexts(c);
      const at = (text: string, n = 0) => texts[originals.map((o, i) => (o === text ? i : -1)).filter((i) => i >= 0)[n]];
      expect(s10Names.has(at('Mary').toLowerCase())).toBe(true);
      expect(s10Names.has(at('KESSLER').toLowerCase())).toBe(true);
      expect(at('KESSLER')).toBe(at('KESSLER').toUpperCase());
      expect(at('KESSLER', 1)).toBe(at('KESSLER'));
      expect(s10Names.has(at('john'))).toBe(true);
      expect(PARTICLE_SURNAMES_10).toContain(at("O'Hanlon"));
      const [surname, given] = at('Baptiste, Ana').split(', ');
      expect(SURNAMES_10).toContain(surname);
      expect(GIVEN_NAMES_10).toContain(given);
      const [stem, kind] = [at('Quillbury General').replace(/ General$/, ''), at('Quillbury General').endsWith(' General')];
      expect(kind).toBe(true);
      expect(s10Places.has(stem.toLowerCase())).toBe(true);
      // A phone's area code is one of the region's; the rest keeps its punctuation.
      expect(at('617-555-0142')).toMatch(/^\d{3}-[2-9]\d{2}-[2-9]\d{3}$/);
      expect(AREA_CODES_10).toContain(at('617-555-0142').slice(0, 3));
      expect(at('7/22/03')).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}$/);
      expect(Number(at('1931'))).toBeGreaterThanOrEqual(VOCABULARY_10.yearRange[0]);
      expect(Number(at('1931'))).toBeLessThanOrEqual(VOCABULARY_10.yearRange[1]);
      // No name or place of the session-9 vocabulary is drawn.
      const s9 = lower([...SURNAMES, ...GIVEN_NAMES, ...PARTICLE_SURNAMES, ...TOWNS, ...HOSPITAL_STEMS, ...STREET_STEMS, ...UNIT_STEMS]);
      for (const t of [at('Mary'), at('KESSLER'), at('john'), at("O'Hanlon"), surname, given, stem]) expect(s9.has(t.toLowerCase())).toBe(false);
    }
  });

  it('keeps a possessive ending inside a name span', () => {
    const text = "Per Dr. Kessler's note.";
    const c = resurrogateRecord({ id: 'poss', text, phi: [{ start: 8, end: 17, type: 'HCPName' }] }, 1010, 0, VOCABULARY_10);
    const name = c.text.slice(c.phi[0].start, c.phi[0].end);
    expect(name).toMatch(/['’]s$/);
    expect(SURNAMES_10).toContain(name.slice(0, -2));
  });

  it('has the vocabulary the brief promises, disjoint from session 9\'s', () => {
    expect(new Set(SURNAMES_10).size).toBeGreaterThanOrEqual(400);
    expect(new Set(GIVEN_NAMES_10).size).toBeGreaterThanOrEqual(250);
    expect(SURNAMES_10.filter((s) => s.includes('-')).length).toBeGreaterThanOrEqual(4);
    expect(SURNAMES_10.filter((s) => /^(?:de|van|da|dos|di|del)\s/i.test(s)).length).toBeGreaterThanOrEqual(6);
    expect(PARTICLE_SURNAMES_10.filter((s) => /^O'/.test(s)).length).toBeGreaterThanOrEqual(4);
    expect(PARTICLE_SURNAMES_10.filter((s) => /^Ma?c/.test(s)).length).toBeGreaterThanOrEqual(4);
    expect(new Set([...TOWNS_10, ...HOSPITAL_STEMS_10, ...STREET_STEMS_10, ...UNIT_STEMS_10, ...OTHER_PLACES_10]).size).toBeGreaterThanOrEqual(150);
    const s9 = lower([...SURNAMES, ...GIVEN_NAMES, ...PARTICLE_SURNAMES, ...TOWNS, ...HOSPITAL_STEMS, ...STREET_STEMS, ...UNIT_STEMS]);
    const s10 = [...SURNAMES_10, ...GIVEN_NAMES_10, ...PARTICLE_SURNAMES_10, ...TOWNS_10, ...HOSPITAL_STEMS_10, ...STREET_STEMS_10, ...UNIT_STEMS_10, ...OTHER_PLACES_10];
    expect(s10.filter((w) => s9.has(w.toLowerCase()))).toEqual([]);
  });
});

describe('deid re-surrogation with the session-11 vocabulary', () => {
  const original = inventedNote();
  const originals = PARTS.filter((p) => p[1]).map((p) => p[0]);
  const copies = resurrogateRecords([original], { seed: 1111, copies: 12, vocabulary: VOCABULARY_11 });
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const s11Names = lower([...SURNAMES_11, ...GIVEN_NAMES_11, ...PARTICLE_SURNAMES_11]);
  const s11Places = lower([...TOWNS_11, ...HOSPITAL_STEMS_11, ...STREET_STEMS_11, ...UNIT_STEMS_11, ...OTHER_PLACES_11, ...GIVEN_NAMES_11]);
  const earlier = lower([
    ...SURNAMES, ...GIVEN_NAMES, ...PARTICLE_SURNAMES, ...TOWNS, ...HOSPITAL_STEMS, ...STREET_STEMS, ...UNIT_STEMS,
    ...SURNAMES_10, ...GIVEN_NAMES_10, ...PARTICLE_SURNAMES_10, ...TOWNS_10, ...HOSPITAL_STEMS_10, ...STREET_STEMS_10, ...UNIT_STEMS_10, ...OTHER_PLACES_10,
  ]);

  it('keeps the text outside the spans and the offsets right in every copy', () => {
    for (const c of copies) {
      expect(outside(c)).toBe(outside(original));
      expect(c.phi.map((g) => g.type)).toEqual(original.phi.map((g) => g.type));
      for (let i = 1; i < c.phi.length; i++) expect(c.phi[i].start).toBeGreaterThanOrEqual(c.phi[i - 1].end);
    }
  });

  it('is seeded: the same seed gives the same copies, another seed or vocabulary others', () => {
    expect(resurrogateRecords([original], { seed: 1111, copies: 12, vocabulary: VOCABULARY_11 })).toEqual(copies);
    expect(resurrogateRecord(original, 1112, 0, VOCABULARY_11).text).not.toBe(copies[0].text);
    expect(resurrogateRecord(original, 1111, 0, VOCABULARY_11).text).not.toBe(resurrogateRecord(original, 1111, 0, VOCABULARY_10).text);
  });

  it('draws every name and place word from vocabulary11 only, in the original shape', () => {
    for (const c of copies) {
      const texts = spanTexts(c);
      const at = (text: string, n = 0) => texts[originals.map((o, i) => (o === text ? i : -1)).filter((i) => i >= 0)[n]];
      expect(s11Names.has(at('Mary').toLowerCase())).toBe(true);
      expect(s11Names.has(at('KESSLER').toLowerCase())).toBe(true);
      expect(at('KESSLER')).toBe(at('KESSLER').toUpperCase());
      expect(at('KESSLER', 1)).toBe(at('KESSLER'));
      expect(s11Names.has(at('john'))).toBe(true);
      expect(PARTICLE_SURNAMES_11).toContain(at("O'Hanlon"));
      const [surname, given] = at('Baptiste, Ana').split(', ');
      expect(SURNAMES_11).toContain(surname);
      expect(GIVEN_NAMES_11).toContain(given);
      expect(at('Quillbury General').endsWith(' General')).toBe(true);
      const stem = at('Quillbury General').replace(/ General$/, '');
      expect(s11Places.has(stem.toLowerCase())).toBe(true);
      expect(at('617-555-0142')).toMatch(/^\d{3}-[2-9]\d{2}-[2-9]\d{3}$/);
      expect(AREA_CODES_11).toContain(at('617-555-0142').slice(0, 3));
      expect(at('7/22/03')).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}$/);
      expect(Number(at('1931'))).toBeGreaterThanOrEqual(VOCABULARY_11.yearRange[0]);
      expect(Number(at('1931'))).toBeLessThanOrEqual(VOCABULARY_11.yearRange[1]);
      for (const t of [at('Mary'), at('KESSLER'), at('john'), at("O'Hanlon"), surname, given, stem]) expect(earlier.has(t.toLowerCase())).toBe(false);
    }
  });

  it('keeps a possessive ending inside a name span', () => {
    const text = "Per Dr. Kessler's note.";
    const c = resurrogateRecord({ id: 'poss', text, phi: [{ start: 8, end: 17, type: 'HCPName' }] }, 1111, 0, VOCABULARY_11);
    const name = c.text.slice(c.phi[0].start, c.phi[0].end);
    expect(name).toMatch(/['’]s$/);
    expect(SURNAMES_11).toContain(name.slice(0, -2));
  });

  it('has the vocabulary the brief promises, disjoint from sessions 9 and 10, its area codes outside New England', () => {
    expect(new Set(SURNAMES_11).size).toBeGreaterThanOrEqual(500);
    expect(new Set(GIVEN_NAMES_11).size).toBeGreaterThanOrEqual(300);
    expect(new Set(TOWNS_11).size).toBeGreaterThanOrEqual(150);
    expect(SURNAMES_11.filter((s) => s.includes('-')).length).toBeGreaterThanOrEqual(4);
    expect(SURNAMES_11.filter((s) => /^(?:de|van|da|dos|di|del|della|du|von)\s/i.test(s)).length).toBeGreaterThanOrEqual(6);
    expect(PARTICLE_SURNAMES_11.filter((s) => /^O'/.test(s)).length).toBeGreaterThanOrEqual(4);
    expect(PARTICLE_SURNAMES_11.filter((s) => /^Ma?c/.test(s)).length).toBeGreaterThanOrEqual(4);
    const all = [...SURNAMES_11, ...GIVEN_NAMES_11, ...PARTICLE_SURNAMES_11, ...TOWNS_11, ...HOSPITAL_STEMS_11, ...STREET_STEMS_11, ...UNIT_STEMS_11, ...OTHER_PLACES_11];
    expect(all.filter((w) => earlier.has(w.toLowerCase()))).toEqual([]);
    expect(AREA_CODES_11.filter((a) => (AREA_CODES_10 as readonly string[]).includes(a))).toEqual([]);
  });
});

describe('deid re-surrogation with the session-12 vocabulary', () => {
  const original = inventedNote();
  const originals = PARTS.filter((p) => p[1]).map((p) => p[0]);
  const copies = resurrogateRecords([original], { seed: 1212, copies: 12, vocabulary: VOCABULARY_12 });
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const s12Names = lower([...SURNAMES_12, ...GIVEN_NAMES_12, ...PARTICLE_SURNAMES_12]);
  const s12Places = lower([...TOWNS_12, ...HOSPITAL_STEMS_12, ...STREET_STEMS_12, ...UNIT_STEMS_12, ...OTHER_PLACES_12, ...GIVEN_NAMES_12]);
  const earlier = lower([
    ...SURNAMES, ...GIVEN_NAMES, ...PARTICLE_SURNAMES, ...TOWNS, ...HOSPITAL_STEMS, ...STREET_STEMS, ...UNIT_STEMS,
    ...SURNAMES_10, ...GIVEN_NAMES_10, ...PARTICLE_SURNAMES_10, ...TOWNS_10, ...HOSPITAL_STEMS_10, ...STREET_STEMS_10, ...UNIT_STEMS_10, ...OTHER_PLACES_10,
    ...SURNAMES_11, ...GIVEN_NAMES_11, ...PARTICLE_SURNAMES_11, ...TOWNS_11, ...HOSPITAL_STEMS_11, ...STREET_STEMS_11, ...UNIT_STEMS_11, ...OTHER_PLACES_11,
  ]);

  it('keeps the text outside the spans and the offsets right in every copy', () => {
    for (const c of copies) {
      expect(outside(c)).toBe(outside(original));
      expect(c.phi.map((g) => g.type)).toEqual(original.phi.map((g) => g.type));
      for (let i = 1; i < c.phi.length; i++) expect(c.phi[i].start).toBeGreaterThanOrEqual(c.phi[i - 1].end);
    }
  });

  it('is seeded: the same seed gives the same copies, another seed or vocabulary others', () => {
    expect(resurrogateRecords([original], { seed: 1212, copies: 12, vocabulary: VOCABULARY_12 })).toEqual(copies);
    expect(resurrogateRecord(original, 1213, 0, VOCABULARY_12).text).not.toBe(copies[0].text);
    expect(resurrogateRecord(original, 1212, 0, VOCABULARY_12).text).not.toBe(resurrogateRecord(original, 1212, 0, VOCABULARY_11).text);
  });

  it('draws every name and place word from vocabulary12 only, in the original shape', () => {
    for (const c of copies) {
      const texts = spanTexts(c);
      const at = (text: string, n = 0) => texts[originals.map((o, i) => (o === text ? i : -1)).filter((i) => i >= 0)[n]];
      expect(s12Names.has(at('Mary').toLowerCase())).toBe(true);
      expect(s12Names.has(at('KESSLER').toLowerCase())).toBe(true);
      expect(at('KESSLER')).toBe(at('KESSLER').toUpperCase());
      expect(at('KESSLER', 1)).toBe(at('KESSLER'));
      expect(s12Names.has(at('john'))).toBe(true);
      expect(PARTICLE_SURNAMES_12).toContain(at("O'Hanlon"));
      const [surname, given] = at('Baptiste, Ana').split(', ');
      expect(SURNAMES_12).toContain(surname);
      expect(GIVEN_NAMES_12).toContain(given);
      expect(at('Quillbury General').endsWith(' General')).toBe(true);
      const stem = at('Quillbury General').replace(/ General$/, '');
      expect(s12Places.has(stem.toLowerCase())).toBe(true);
      expect(at('617-555-0142')).toMatch(/^\d{3}-[2-9]\d{2}-[2-9]\d{3}$/);
      expect(AREA_CODES_12).toContain(at('617-555-0142').slice(0, 3));
      expect(at('7/22/03')).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}$/);
      expect(Number(at('1931'))).toBeGreaterThanOrEqual(VOCABULARY_12.yearRange[0]);
      expect(Number(at('1931'))).toBeLessThanOrEqual(VOCABULARY_12.yearRange[1]);
      for (const t of [at('Mary'), at('KESSLER'), at('john'), at("O'Hanlon"), surname, given, stem]) expect(earlier.has(t.toLowerCase())).toBe(false);
    }
  });

  it('keeps a possessive ending inside a name span', () => {
    const text = "Per Dr. Kessler's note.";
    const c = resurrogateRecord({ id: 'poss', text, phi: [{ start: 8, end: 17, type: 'HCPName' }] }, 1212, 0, VOCABULARY_12);
    const name = c.text.slice(c.phi[0].start, c.phi[0].end);
    expect(name).toMatch(/['’]s$/);
    expect(SURNAMES_12).toContain(name.slice(0, -2));
  });

  it('has the vocabulary the brief promises, disjoint from sessions 9, 10 and 11, its area codes outside New England and outside s11 regions', () => {
    expect(new Set(SURNAMES_12).size).toBeGreaterThanOrEqual(500);
    expect(new Set(GIVEN_NAMES_12).size).toBeGreaterThanOrEqual(300);
    expect(new Set(TOWNS_12).size).toBeGreaterThanOrEqual(150);
    expect(SURNAMES_12.filter((s) => s.includes('-')).length).toBeGreaterThanOrEqual(4);
    expect(SURNAMES_12.filter((s) => /^(?:de|van|da|dos|di|del|della|du|von)\s/i.test(s)).length).toBeGreaterThanOrEqual(6);
    expect(PARTICLE_SURNAMES_12.filter((s) => /^O'/.test(s)).length).toBeGreaterThanOrEqual(4);
    expect(PARTICLE_SURNAMES_12.filter((s) => /^Ma?c/.test(s)).length).toBeGreaterThanOrEqual(4);
    const all = [...SURNAMES_12, ...GIVEN_NAMES_12, ...PARTICLE_SURNAMES_12, ...TOWNS_12, ...HOSPITAL_STEMS_12, ...STREET_STEMS_12, ...UNIT_STEMS_12, ...OTHER_PLACES_12];
    expect(all.filter((w) => earlier.has(w.toLowerCase()))).toEqual([]);
    expect(AREA_CODES_12.filter((a) => [...AREA_CODES_10, ...AREA_CODES_11].includes(a))).toEqual([]);
    // About a quarter of the surnames are also English words (written in lower case by a word list) — checked by shape: one plain word.
    expect(SURNAMES_12.filter((s) => /^[A-Z][a-z]+$/.test(s)).length).toBeGreaterThan(SURNAMES_12.length / 2);
  });
});

describe('deid re-surrogation with the session-13 vocabulary', () => {
  const original = inventedNote();
  const originals = PARTS.filter((p) => p[1]).map((p) => p[0]);
  const copies = resurrogateRecords([original], { seed: 1313, copies: 12, vocabulary: VOCABULARY_13 });
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const s13Names = lower([...SURNAMES_13, ...GIVEN_NAMES_13, ...PARTICLE_SURNAMES_13]);
  const s13Places = lower([...TOWNS_13, ...HOSPITAL_STEMS_13, ...STREET_STEMS_13, ...UNIT_STEMS_13, ...OTHER_PLACES_13, ...GIVEN_NAMES_13]);
  const earlier = lower([
    ...SURNAMES, ...GIVEN_NAMES, ...PARTICLE_SURNAMES, ...TOWNS, ...HOSPITAL_STEMS, ...STREET_STEMS, ...UNIT_STEMS,
    ...SURNAMES_10, ...GIVEN_NAMES_10, ...PARTICLE_SURNAMES_10, ...TOWNS_10, ...HOSPITAL_STEMS_10, ...STREET_STEMS_10, ...UNIT_STEMS_10, ...OTHER_PLACES_10,
    ...SURNAMES_11, ...GIVEN_NAMES_11, ...PARTICLE_SURNAMES_11, ...TOWNS_11, ...HOSPITAL_STEMS_11, ...STREET_STEMS_11, ...UNIT_STEMS_11, ...OTHER_PLACES_11,
    ...SURNAMES_12, ...GIVEN_NAMES_12, ...PARTICLE_SURNAMES_12, ...TOWNS_12, ...HOSPITAL_STEMS_12, ...STREET_STEMS_12, ...UNIT_STEMS_12, ...OTHER_PLACES_12,
  ]);

  it('keeps the text outside the spans and the offsets right in every copy', () => {
    for (const c of copies) {
      expect(outside(c)).toBe(outside(original));
      expect(c.phi.map((g) => g.type)).toEqual(original.phi.map((g) => g.type));
      for (let i = 1; i < c.phi.length; i++) expect(c.phi[i].start).toBeGreaterThanOrEqual(c.phi[i - 1].end);
    }
  });

  it('is seeded: the same seed gives the same copies, another seed or vocabulary others', () => {
    expect(resurrogateRecords([original], { seed: 1313, copies: 12, vocabulary: VOCABULARY_13 })).toEqual(copies);
    expect(resurrogateRecord(original, 1314, 0, VOCABULARY_13).text).not.toBe(copies[0].text);
    expect(resurrogateRecord(original, 1313, 0, VOCABULARY_13).text).not.toBe(resurrogateRecord(original, 1313, 0, VOCABULARY_12).text);
  });

  it('draws every name and place word from vocabulary13 only, in the original shape', () => {
    for (const c of copies) {
      const texts = spanTexts(c);
      const at = (text: string, n = 0) => texts[originals.map((o, i) => (o === text ? i : -1)).filter((i) => i >= 0)[n]];
      expect(s13Names.has(at('Mary').toLowerCase())).toBe(true);
      expect(s13Names.has(at('KESSLER').toLowerCase())).toBe(true);
      expect(at('KESSLER')).toBe(at('KESSLER').toUpperCase());
      expect(at('KESSLER', 1)).toBe(at('KESSLER'));
      expect(s13Names.has(at('john'))).toBe(true);
      expect(PARTICLE_SURNAMES_13).toContain(at("O'Hanlon"));
      const [surname, given] = at('Baptiste, Ana').split(', ');
      expect(SURNAMES_13).toContain(surname);
      expect(GIVEN_NAMES_13).toContain(given);
      expect(at('Quillbury General').endsWith(' General')).toBe(true);
      const stem = at('Quillbury General').replace(/ General$/, '');
      expect(s13Places.has(stem.toLowerCase())).toBe(true);
      expect(at('617-555-0142')).toMatch(/^\d{3}-[2-9]\d{2}-[2-9]\d{3}$/);
      expect(AREA_CODES_13).toContain(at('617-555-0142').slice(0, 3));
      expect(at('7/22/03')).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}$/);
      expect(Number(at('1931'))).toBeGreaterThanOrEqual(VOCABULARY_13.yearRange[0]);
      expect(Number(at('1931'))).toBeLessThanOrEqual(VOCABULARY_13.yearRange[1]);
      for (const t of [at('Mary'), at('KESSLER'), at('john'), at("O'Hanlon"), surname, given, stem]) expect(earlier.has(t.toLowerCase())).toBe(false);
    }
  });

  it('keeps a possessive ending inside a name span', () => {
    const text = "Per Dr. Kessler's note.";
    const c = resurrogateRecord({ id: 'poss', text, phi: [{ start: 8, end: 17, type: 'HCPName' }] }, 1313, 0, VOCABULARY_13);
    const name = c.text.slice(c.phi[0].start, c.phi[0].end);
    expect(name).toMatch(/['’]s$/);
    expect(SURNAMES_13).toContain(name.slice(0, -2));
  });

  it('has the vocabulary the brief promises, disjoint from sessions 9 to 12, its area codes outside New England and outside the regions of s10–s12', () => {
    expect(new Set(SURNAMES_13).size).toBeGreaterThanOrEqual(500);
    expect(new Set(GIVEN_NAMES_13).size).toBeGreaterThanOrEqual(300);
    expect(new Set(TOWNS_13).size).toBeGreaterThanOrEqual(150);
    expect(SURNAMES_13.filter((s) => s.includes('-')).length).toBeGreaterThanOrEqual(4);
    expect(SURNAMES_13.filter((s) => /^(?:de|van|da|dos|di|del|della|du|von)\s/i.test(s)).length).toBeGreaterThanOrEqual(6);
    expect(PARTICLE_SURNAMES_13.filter((s) => /^O'/.test(s)).length).toBeGreaterThanOrEqual(4);
    expect(PARTICLE_SURNAMES_13.filter((s) => /^Ma?c/.test(s)).length).toBeGreaterThanOrEqual(4);
    const all = [...SURNAMES_13, ...GIVEN_NAMES_13, ...PARTICLE_SURNAMES_13, ...TOWNS_13, ...HOSPITAL_STEMS_13, ...STREET_STEMS_13, ...UNIT_STEMS_13, ...OTHER_PLACES_13];
    expect(all.filter((w) => earlier.has(w.toLowerCase()))).toEqual([]);
    expect(AREA_CODES_13.filter((a) => [...AREA_CODES_10, ...AREA_CODES_11, ...AREA_CODES_12].includes(a))).toEqual([]);
    // About a quarter of the surnames are also English words (written in lower case by a word list) — checked by shape: one plain word.
    expect(SURNAMES_13.filter((s) => /^[A-Z][a-z]+$/.test(s)).length).toBeGreaterThan(SURNAMES_13.length / 2);
    // Several cultures write letters outside ASCII (Welsh, Basque, Portuguese, Puerto Rican Spanish); the vocabulary keeps them.
    expect([...SURNAMES_13, ...GIVEN_NAMES_13].filter((s) => /[^\x00-\x7f]/.test(s)).length).toBeGreaterThanOrEqual(10);
  });
});
