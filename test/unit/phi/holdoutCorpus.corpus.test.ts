// Owns the unit tests of the held-out PHI corpus (the generalization estimate): gold offsets slice
// out the planted values, the corpus is reproducible from its seed, its styles are not the main
// corpus's, and its kinds are new formats rather than the main generator's.
import { generateHoldoutCorpus } from '../../../src/eval/synthetic/holdout';
import { HOLDOUT_STYLES } from '../../../src/eval/synthetic/holdout/styles';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('held-out synthetic PHI corpus', () => {
  const corpus = generateHoldoutCorpus({ seed: 11, notes: 140 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping', () => {
    expect(goldSpanProblems(corpus)).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(1500);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(generateHoldoutCorpus({ seed: 11, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldoutCorpus({ seed: 12, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
  });

  it('uses only styles and kinds the main generator does not', () => {
    expect(sharedWithEarlier('#1', corpus, 11)).toEqual(NOTHING_SHARED);
    expect(HOLDOUT_STYLES.length).toBeGreaterThanOrEqual(7);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT_STYLES.length);
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
