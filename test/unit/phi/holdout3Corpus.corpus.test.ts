// Owns the unit tests of the third held-out PHI corpus (the honest generalization estimate of session
// 4): gold offsets slice out the planted values, it is reproducible from its seed, and it shares no
// note style, no PHI kind and no protected term with the main corpus or held-outs #1 and #2.
import { generateHoldout3Corpus } from '../../../src/eval/synthetic/holdout3';
import { H3_PROTECTED, HOLDOUT3_STYLES } from '../../../src/eval/synthetic/holdout3/styles';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('third held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout3Corpus({ seed: 5, notes: 160 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping', () => {
    expect(goldSpanProblems(corpus)).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(1200);
    expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(200);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(generateHoldout3Corpus({ seed: 5, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldout3Corpus({ seed: 6, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
  });

  it('shares no style, PHI kind or protected term with the main corpus or held-outs #1 and #2', () => {
    expect(sharedWithEarlier('#3', corpus, 5)).toEqual(NOTHING_SHARED);
    expect(HOLDOUT3_STYLES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT3_STYLES.length);
    expect(H3_PROTECTED.length).toBeGreaterThanOrEqual(40);
    const types = new Set(corpus.flatMap((n) => n.phi.map((s) => s.type)));
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'ADDRESS', 'LOCATION', 'ACCOUNT', 'MRN', 'ID', 'LICENSE', 'DEVICE']) {
      expect(types.has(t as never)).toBe(true);
    }
  });

  it('writes the new forms it exists for: HL7 names, lower-case names, one-line addresses', () => {
    const values = corpus.flatMap((n) => n.phi.map((s) => s.value));
    expect(values.some((v) => /^[A-Z' -]+\^[A-Z' -]+\^[A-Z]$/.test(v))).toBe(true);
    expect(values.some((v) => /^[a-z]+ [a-z]+$/.test(v))).toBe(true);
    expect(values.some((v) => /^\d+ [a-z]+ [a-z]+, .+, [a-z]{2}, \d{5}$/.test(v))).toBe(true);
  });

  it('plants no age under 90 and no bare year', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^(19|20)\d\d$/);
      }
    }
  });
});
