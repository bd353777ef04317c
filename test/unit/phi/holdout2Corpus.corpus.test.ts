// Owns the unit tests of the second held-out PHI corpus (the honest generalization estimate): gold
// offsets slice out the planted values, it is reproducible from its seed, and it shares no note style
// and no PHI kind with the main corpus or with held-out #1.
import { generateHoldout2Corpus } from '../../../src/eval/synthetic/holdout2';
import { HOLDOUT2_STYLES } from '../../../src/eval/synthetic/holdout2/styles';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('second held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout2Corpus({ seed: 5, notes: 160 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping', () => {
    expect(goldSpanProblems(corpus)).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(2000);
    expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(200);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(generateHoldout2Corpus({ seed: 5, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldout2Corpus({ seed: 6, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
  });

  it('shares no style and no PHI kind with the main corpus or held-out #1', () => {
    expect(sharedWithEarlier('#2', corpus, 5)).toEqual(NOTHING_SHARED);
    expect(HOLDOUT2_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT2_STYLES.length);
    // Every PHI type the Safe Harbor classes map to that the generators can write appears here too.
    const types = new Set(corpus.flatMap((n) => n.phi.map((s) => s.type)));
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'ID', 'ACCOUNT', 'MRN', 'LICENSE', 'VEHICLE', 'DEVICE']) {
      expect(types.has(t as never)).toBe(true);
    }
  });

  it('plants no age under 90 and no bare year', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'AGE') expect(Number(s.value.replace(/\D/g, '') || 100)).toBeGreaterThan(89);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^(19|20)\d\d$/);
      }
    }
  });
});
