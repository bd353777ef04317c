// Unit: measures the summariser takes of every unit, written for speed and checked against their plain form: the
// word count (maximal runs of letters and digits in any script, as `text.match(/[\p{L}\p{N}]+/gu).length`) and the
// dangling-word test of a truncated unit (only the unit's last characters can match).
import { countWords } from '../../../src/engine/summarize/units';
import { isTruncatedSpan } from '../../../src/engine/summarize/faithfulness';

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

describe('isTruncatedSpan reads only the end of a unit for a dangling word', () => {
  const span = (text: string) => ({ start: 0, end: text.length });
  const long = 'Patient reports intermittent chest discomfort on exertion relieved by rest over several weeks';
  it.each([
    [`${long} and`, true],
    [`${long} including`, true],
    [`${long} versus`, true],
    [`${long},`, true],
    [`${long} with her husband`, false],
    [`${long} at the Rand`, false],
    [`${long} while excluding`, false],
    [`${long}.`, false],
  ])('%j → %s', (text, truncated) => {
    expect(isTruncatedSpan(text, span(text))).toBe(truncated);
  });
});
