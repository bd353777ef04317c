// Re-surrogated deid gold: each gold span gets a fresh value of its type in the original's shape, the gold
// offsets follow the new text, and the draws are seeded. The note is invented.
import { resurrogateRecord, resurrogateRecords, resurrogateVocabulary, withTypeAsKind, formatResurrogateReport } from '../../../src/eval/deidResurrogate';
import { SURNAMES, GIVEN_NAMES, TOWNS, HOSPITAL_STEMS, STREET_STEMS, UNIT_STEMS, PARTICLE_SURNAMES, VOCABULARY_9, type ResurrogateVocabulary } from '../../../src/eval/deidResurrogate/vocabulary';
import { VOCABULARY_10 } from '../../../src/eval/deidResurrogate/vocabulary10';
import { VOCABULARY_11 } from '../../../src/eval/deidResurrogate/vocabulary11';
import { VOCABULARY_12 } from '../../../src/eval/deidResurrogate/vocabulary12';
import { VOCABULARY_13 } from '../../../src/eval/deidResurrogate/vocabulary13';
import { VOCABULARY_14 } from '../../../src/eval/deidResurrogate/vocabulary14';
import { VOCABULARY_15 } from '../../../src/eval/deidResurrogate/vocabulary15';
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
    expect(resurrogateVocabulary('s14')).toBe(VOCABULARY_14);
    expect(resurrogateVocabulary('s15')).toBe(VOCABULARY_15);
    expect(() => resurrogateVocabulary('s16')).toThrow(RangeError);
    expect(resurrogateRecords([original], { seed: 7, copies: 1 })[0]).toEqual(resurrogateRecords([original], { seed: 7, copies: 1, vocabulary: VOCABULARY_9 })[0]);
  });
});

/** The name words and the place words of a vocabulary (every list the draws come from). */
const nameWords = (v: ResurrogateVocabulary) => [...v.surnames, ...v.givenNames, ...v.particleSurnames];
const placeWords = (v: ResurrogateVocabulary) => [...v.towns, ...v.hospitalStems, ...v.streetStems, ...v.unitStems, ...(v.otherPlaces ?? [])];
const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

interface SessionVocabularyCase {
  readonly vocabulary: ResurrogateVocabulary;
  readonly seed: number;
  /** What "the vocabulary the brief promises" says, in the test's title. */
  readonly promise: string;
  readonly minSurnames: number;
  readonly minGivenNames: number;
  readonly minTowns?: number;
  /** Towns, hospitals, streets, units and other places together. */
  readonly minPlaces?: number;
  /** Compound surnames led by a particle word ("de la Cruz", "van Dijk"). */
  readonly particleWords: RegExp;
  /** Its area codes are none of an earlier session's. */
  readonly areaCodesApart?: boolean;
  /** Most surnames are one plain capitalised word (about a quarter are also English words). */
  readonly mostSurnamesPlain?: boolean;
  /** Names written with letters outside ASCII, at least this many. */
  readonly minNonAsciiNames?: number;
}

// Each session's vocabulary after s9: the same checks, each against every vocabulary written before it.
const SESSION_VOCABULARIES: readonly SessionVocabularyCase[] = [
  { vocabulary: VOCABULARY_10, seed: 1010, promise: "disjoint from session 9's", minSurnames: 400, minGivenNames: 250, minPlaces: 150, particleWords: /^(?:de|van|da|dos|di|del)\s/i },
  {
    vocabulary: VOCABULARY_11, seed: 1111, promise: 'disjoint from sessions 9 and 10, its area codes outside New England',
    minSurnames: 500, minGivenNames: 300, minTowns: 150, particleWords: /^(?:de|van|da|dos|di|del|della|du|von)\s/i, areaCodesApart: true,
  },
  {
    vocabulary: VOCABULARY_12, seed: 1212, promise: 'disjoint from sessions 9, 10 and 11, its area codes outside New England and outside s11 regions',
    minSurnames: 500, minGivenNames: 300, minTowns: 150, particleWords: /^(?:de|van|da|dos|di|del|della|du|von)\s/i, areaCodesApart: true, mostSurnamesPlain: true,
  },
  {
    vocabulary: VOCABULARY_13, seed: 1313, promise: 'disjoint from sessions 9 to 12, its area codes outside New England and outside the regions of s10–s12',
    minSurnames: 500, minGivenNames: 300, minTowns: 150, particleWords: /^(?:de|van|da|dos|di|del|della|du|von)\s/i, areaCodesApart: true, mostSurnamesPlain: true,
    minNonAsciiNames: 10,
  },
  {
    vocabulary: VOCABULARY_14, seed: 1414, promise: 'disjoint from sessions 9 to 13, its area codes outside New England and outside the regions of s10–s13',
    minSurnames: 500, minGivenNames: 300, minTowns: 150, particleWords: /^(?:de|van|da|dos|di|del|della|du|von)\s/i, areaCodesApart: true, mostSurnamesPlain: true,
    minNonAsciiNames: 10,
  },
  {
    vocabulary: VOCABULARY_15, seed: 1515, promise: 'disjoint from sessions 9 to 14, its area codes outside New England and outside the regions of s10–s14',
    minSurnames: 500, minGivenNames: 300, minTowns: 150, particleWords: /^(?:de|van|da|dos|di|del|della|du|von)\s/i, areaCodesApart: true, mostSurnamesPlain: true,
    minNonAsciiNames: 10,
  },
];

describe.each(SESSION_VOCABULARIES.map((row, i) => ({ ...row, session: row.vocabulary.name.slice(1), index: i })))(
  'deid re-surrogation with the session-$session vocabulary',
  (row) => {
    const v = row.vocabulary;
    const previous = [VOCABULARY_9, ...SESSION_VOCABULARIES.map((r) => r.vocabulary)].slice(0, row.index + 1);
    const original = inventedNote();
    const originals = PARTS.filter((p) => p[1]).map((p) => p[0]);
    const copies = resurrogateRecords([original], { seed: row.seed, copies: 12, vocabulary: v });
    const ownNames = lower(nameWords(v));
    const ownPlaces = lower([...placeWords(v), ...v.givenNames]);
    const earlier = lower(previous.flatMap((p) => [...nameWords(p), ...placeWords(p)]));

    it('keeps the text outside the spans and the offsets right in every copy', () => {
      for (const c of copies) {
        expect(outside(c)).toBe(outside(original));
        expect(c.phi.map((g) => g.type)).toEqual(original.phi.map((g) => g.type));
        for (let i = 1; i < c.phi.length; i++) expect(c.phi[i].start).toBeGreaterThanOrEqual(c.phi[i - 1].end);
      }
    });

    it('is seeded: the same seed gives the same copies, another seed or vocabulary others', () => {
      expect(resurrogateRecords([original], { seed: row.seed, copies: 12, vocabulary: v })).toEqual(copies);
      expect(resurrogateRecord(original, row.seed + 1, 0, v).text).not.toBe(copies[0].text);
      expect(resurrogateRecord(original, row.seed, 0, v).text).not.toBe(resurrogateRecord(original, row.seed, 0, previous[previous.length - 1]).text);
    });

    it(`draws every name and place word from vocabulary${row.session} only, in the original shape`, () => {
      for (const c of copies) {
        const texts = spanTexts(c);
        const at = (text: string, n = 0) => texts[originals.map((o, i) => (o === text ? i : -1)).filter((i) => i >= 0)[n]];
        expect(ownNames.has(at('Mary').toLowerCase())).toBe(true);
        expect(ownNames.has(at('KESSLER').toLowerCase())).toBe(true);
        expect(at('KESSLER')).toBe(at('KESSLER').toUpperCase());
        expect(at('KESSLER', 1)).toBe(at('KESSLER'));
        expect(ownNames.has(at('john'))).toBe(true);
        expect(v.particleSurnames).toContain(at("O'Hanlon"));
        const [surname, given] = at('Baptiste, Ana').split(', ');
        expect(v.surnames).toContain(surname);
        expect(v.givenNames).toContain(given);
        expect(at('Quillbury General').endsWith(' General')).toBe(true);
        const stem = at('Quillbury General').replace(/ General$/, '');
        expect(ownPlaces.has(stem.toLowerCase())).toBe(true);
        // A phone's area code is one of the region's; the rest keeps its punctuation.
        expect(at('617-555-0142')).toMatch(/^\d{3}-[2-9]\d{2}-[2-9]\d{3}$/);
        expect(v.areaCodes).toContain(at('617-555-0142').slice(0, 3));
        expect(at('7/22/03')).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}$/);
        expect(Number(at('1931'))).toBeGreaterThanOrEqual(v.yearRange[0]);
        expect(Number(at('1931'))).toBeLessThanOrEqual(v.yearRange[1]);
        // No name or place of an earlier session's vocabulary is drawn.
        for (const t of [at('Mary'), at('KESSLER'), at('john'), at("O'Hanlon"), surname, given, stem]) expect(earlier.has(t.toLowerCase())).toBe(false);
      }
    });

    it('keeps a possessive ending inside a name span', () => {
      const text = "Per Dr. Kessler's note.";
      const c = resurrogateRecord({ id: 'poss', text, phi: [{ start: 8, end: 17, type: 'HCPName' }] }, row.seed, 0, v);
      const name = c.text.slice(c.phi[0].start, c.phi[0].end);
      expect(name).toMatch(/['’]s$/);
      expect(v.surnames).toContain(name.slice(0, -2));
    });

    it(`has the vocabulary the brief promises, ${row.promise}`, () => {
      expect(new Set(v.surnames).size).toBeGreaterThanOrEqual(row.minSurnames);
      expect(new Set(v.givenNames).size).toBeGreaterThanOrEqual(row.minGivenNames);
      if (row.minTowns !== undefined) expect(new Set(v.towns).size).toBeGreaterThanOrEqual(row.minTowns);
      expect(v.surnames.filter((s) => s.includes('-')).length).toBeGreaterThanOrEqual(4);
      expect(v.surnames.filter((s) => row.particleWords.test(s)).length).toBeGreaterThanOrEqual(6);
      expect(v.particleSurnames.filter((s) => /^O'/.test(s)).length).toBeGreaterThanOrEqual(4);
      expect(v.particleSurnames.filter((s) => /^Ma?c/.test(s)).length).toBeGreaterThanOrEqual(4);
      if (row.minPlaces !== undefined) expect(new Set(placeWords(v)).size).toBeGreaterThanOrEqual(row.minPlaces);
      expect([...nameWords(v), ...placeWords(v)].filter((w) => earlier.has(w.toLowerCase()))).toEqual([]);
      if (row.areaCodesApart) {
        const earlierCodes = previous.flatMap((p) => p.areaCodes ?? []);
        expect(v.areaCodes!.filter((a) => earlierCodes.includes(a))).toEqual([]);
      }
      // About a quarter of the surnames are also English words (written in lower case by a word list) — checked by shape: one plain word.
      if (row.mostSurnamesPlain) expect(v.surnames.filter((s) => /^[A-Z][a-z]+$/.test(s)).length).toBeGreaterThan(v.surnames.length / 2);
      // Several cultures write letters outside ASCII (Welsh, Basque, Portuguese, Puerto Rican Spanish); the vocabulary keeps them.
      if (row.minNonAsciiNames !== undefined) expect([...v.surnames, ...v.givenNames].filter((s) => /[^\x00-\x7f]/.test(s)).length).toBeGreaterThanOrEqual(row.minNonAsciiNames);
    });
  },
);
