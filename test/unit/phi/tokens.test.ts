import { tokenize } from '../../../src/engine/phi/tokens';

/** The word pattern the scanner implements: letters/digits joined by apostrophes, optional trailing apostrophe. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?/gu;

describe('PHI tokenizer: words as the Unicode word pattern reads them', () => {
  it('splits on hyphens and keeps possessives and inner apostrophes in one word', () => {
    const words = tokenize("DAUGHTER-KRISSY saw O'Rourke and Parkinson's team; Jones' chart");
    expect(words.map((w) => w.lower)).toEqual(['daughter', 'krissy', 'saw', "o'rourke", 'and', 'parkinson', 'team', 'jones', 'chart']);
    const parkinson = words[5];
    expect([parkinson.end - parkinson.start, parkinson.baseEnd - parkinson.start]).toEqual(["Parkinson's".length, 'Parkinson'.length]);
    expect(words[1].gapBefore).toBe('-');
    expect(words[6].gapBefore).toBe(' ');
  });

  it('reads case and digits of non-ASCII letters', () => {
    const words = tokenize('Éric ÅSA x² 北京');
    expect(words.map((w) => [w.lower, w.capitalized, w.upper, w.hasDigit])).toEqual([
      ['éric', true, false, false],
      ['åsa', false, true, false],
      ['x²', false, false, true],
      ['北京', false, false, false],
    ]);
  });

  it('finds exactly the spans of the pattern on random text (letters, digits, marks, apostrophes, surrogates)', () => {
    const pieces = ['a', 'Z', '7', "'", '’', ' ', '-', 'é', 'e\u0301', '²', '𝐀', '\ud800', '\udc00', '😀', 's', "'s", '\n', '.', 'İ', 'ß'];
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let words = 0;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const n = Math.floor(next() * 14);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)];
      const expected = [...text.matchAll(WORD_RE)].map((m) => [m.index, m.index! + m[0].length]);
      const got = tokenize(text).map((w) => [w.start, w.end]);
      words += expected.length;
      expect({ text, got }).toEqual({ text, got: expected });
    }
    expect(words).toBeGreaterThan(8_000);
  });
});
