// Unit: the summary's word count is the number of maximal runs of letters and digits in any script, the
// figure `text.match(/[\p{L}\p{N}]+/gu).length` gives, counted without building the words (speed only).
import { countWords } from '../../../src/engine/summarize/units';

const byRegex = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Essential hypertension.', 2],
    ['BP 140/90, HR 72; T2DM (E11.9).', 8],
    ['café naïve Ørsted', 3],
    ['肺炎 and 𝒜𝒷 (astral letters) 🙂 x', 6],
    ['a\uD800b', 2],
    ['[NAME] seen on [DATE]', 4],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(countWords(text)).toBe(byRegex(text));
  });

  it('agrees with the regular expression on random text over ASCII, Latin-1, other scripts, astral and lone surrogates', () => {
    const alphabet = ['a', 'Z', '0', '9', ' ', '.', ',', '-', '_', '@', '[', '`', '{', '\n', 'é', 'ß', '²', '½', '×', 'α', '中', '١', '\u00a0', '𝒜', '🙂', '\uD800', '\uDC00'];
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect([text, countWords(text)]).toEqual([text, byRegex(text)]);
    }
  });
});
