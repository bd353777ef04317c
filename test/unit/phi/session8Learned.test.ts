// Tests of session 8's training variants for the learned PHI voter: names that are also English words and names
// written in lower case inside a mixed-case note, the shapes that leak on new notes ("Will ambulated", "seen by
// art porter"). Notes here are synthetic (invented people and frames).
import {
  WORD_COMMON, WORD_FIRST, WORD_FUNCTION, WORD_LAST, WORD_ROLE, WORD_TITLE, defaultLexicon,
} from '../../../src/engine/phi/lexicon';
import { augmentNote, DEFAULT_AUGMENT, seededRandom, wordNamesOf, type GoldNote } from '../../../src/engine/phi/learned';

const lex = defaultLexicon();

function note(i: number): GoldNote {
  const name = ['Zorblat Quimmers', 'Vexna Trillow', 'Ormid Plaskett'][i % 3];
  const text = `Vitals stable. Pt seen by ${name} today.\nTransferred from Quillmont Hospital.`;
  const start = text.indexOf(name);
  const place = text.indexOf('Quillmont');
  return {
    id: `s8-${i}`, text, phi: [{ start, end: start + name.length, type: 'HCPName' }, { start: place, end: place + 9, type: 'Location' }],
  };
}

describe('learned PHI training variants: names that are English words (given-only names with weak context)', () => {
  const names = wordNamesOf(lex);

  it('draws given names and surnames that are everyday words from the census and English lists, never cue or function words', () => {
    expect(names.given.length).toBeGreaterThan(50);
    expect(names.family.length).toBeGreaterThan(50);
    for (const w of [...names.given, ...names.family]) {
      const f = lex.wordFlags.get(w) ?? 0;
      expect(f & WORD_COMMON).not.toBe(0);
      expect(f & (WORD_FIRST | WORD_LAST)).not.toBe(0);
      expect(f & (WORD_FUNCTION | WORD_TITLE | WORD_ROLE)).toBe(0);
    }
    expect(names.given).toEqual(expect.arrayContaining(['grace']));
    // Reproducible: the list is in the vendored files' order, so the same lexicon gives the same list.
    expect(wordNamesOf(lex)).toBe(names);
  });

  it('with every name word replaced by a word-name, the gold span covers exactly those words and the rest is unchanged', () => {
    const rand = seededRandom(11);
    for (let i = 0; i < 12; i++) {
      const n = note(i);
      const aug = augmentNote(n, rand, lex, { wordName: 1, invented: 0, lowerName: 0 });
      const [person, place] = aug.phi;
      const words = aug.text.slice(person.start, person.end).toLowerCase().split(' ');
      expect(words).toHaveLength(2);
      expect(names.given).toContain(words[0]);
      expect(names.family).toContain(words[1]);
      // Places are not planted with word-names: "Quillmont" is kept or replaced by an invented word.
      expect(aug.text.slice(place.start, place.end).toLowerCase()).toMatch(/^\p{L}{9,}$/u);
      const rest = (aug.text.slice(0, person.start) + aug.text.slice(person.end, place.start) + aug.text.slice(place.end)).toLowerCase();
      const orig = (n.text.slice(0, n.phi[0].start) + n.text.slice(n.phi[0].end, n.phi[1].start) + n.text.slice(n.phi[1].end)).toLowerCase();
      expect(rest).toBe(orig);
    }
  });

  it('writes a name span in lower case inside a note whose other words keep their case (lower-case names in mixed notes)', () => {
    const rand = seededRandom(5);
    let mixedSeen = 0;
    for (let i = 0; i < 30; i++) {
      const n = note(i);
      const aug = augmentNote(n, rand, lex, { wordName: 0, invented: 0, lowerName: 1 });
      if (!aug.text.includes('Vitals')) continue; // the whole note was upper- or lower-cased
      mixedSeen++;
      const person = aug.text.slice(aug.phi[0].start, aug.phi[0].end);
      expect(person).toBe(n.text.slice(n.phi[0].start, n.phi[0].end).toLowerCase());
      // Places keep their written case (capitalised), whether kept or replaced by an invented word.
      expect(aug.text.slice(aug.phi[1].start, aug.phi[1].end)).toMatch(/^\p{Lu}\p{Ll}{8,}$/u);
    }
    expect(mixedSeen).toBeGreaterThan(3);
  });

  it('plants neither word-names nor lower-case names by default (the committed model was trained without them)', () => {
    const rand = seededRandom(9);
    for (let i = 0; i < 30; i++) {
      const n = note(i);
      const aug = augmentNote(n, rand, lex, DEFAULT_AUGMENT);
      const mixed = aug.text.includes('Vitals');
      for (const w of aug.text.slice(aug.phi[0].start, aug.phi[0].end).split(' ')) {
        expect(names.given.concat(names.family)).not.toContain(w.toLowerCase());
        if (mixed) expect(w).toMatch(/^\p{Lu}/u);
      }
    }
  });
});
