// Property test of the literal prefilter (the `corpus` Jest project, run by `npm test` and `npm run test:corpus`, not by
// `npm run test:unit`): a rule the prefilter excludes never matches, over 3,000 random patterns each tried on 40 random
// texts. Moved verbatim from literalPrefilter.test.ts, where the hand-written cases stay.
import { RulePrefilter } from '../../../src/engine/text/literalPrefilter';

describe('RulePrefilter: never excludes a rule that matches', () => {
  // Random patterns and texts over a small alphabet, so matches are frequent: whenever the regular
  // expression matches, the prefilter must have marked it.
  const ALPHABET = ['a', 'b', 'A', 'B', ' ', '?', '-', 'ab', 'ba'];
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return s / 2 ** 32;
    };
  }
  function randomPattern(r: () => number, depth: number): string {
    const pick = r();
    if (depth <= 0 || pick < 0.3) return ['a', 'b', 'ab', 'ba', '\\?', ' ', '-', '[ab]', '[^a]', '.', '\\b', '^', '$'][Math.floor(r() * 13)];
    if (pick < 0.5) return randomPattern(r, depth - 1) + randomPattern(r, depth - 1);
    if (pick < 0.65) return `(?:${randomPattern(r, depth - 1)}|${randomPattern(r, depth - 1)})`;
    if (pick < 0.8) return `(?:${randomPattern(r, depth - 1)})${['?', '*', '+', '{2}', '{1,2}', '{0,1}'][Math.floor(r() * 6)]}`;
    if (pick < 0.9) return `(?=${randomPattern(r, depth - 1)})` + randomPattern(r, depth - 1);
    return `(${randomPattern(r, depth - 1)})` + randomPattern(r, depth - 1);
  }
  function randomText(r: () => number): string {
    let s = '';
    const n = Math.floor(r() * 8);
    for (let k = 0; k < n; k++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
    return s;
  }

  it('holds for 3,000 random patterns, each tried on 40 random texts', () => {
    const r = rng(20261206);
    let matched = 0;
    for (let p = 0; p < 3000; p++) {
      const source = randomPattern(r, 4);
      const re = new RegExp(source, r() < 0.5 ? 'i' : '');
      const filter = new RulePrefilter([re]);
      for (let t = 0; t < 40; t++) {
        const text = randomText(r);
        if (!re.test(text)) continue;
        matched++;
        if (filter.candidates(text)[0] !== 1) throw new Error(`prefilter excluded ${re} on ${JSON.stringify(text)}`);
      }
    }
    expect(matched).toBeGreaterThan(10_000);
  });
});
