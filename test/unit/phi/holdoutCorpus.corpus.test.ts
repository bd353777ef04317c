// Owns the unit tests of the held-out PHI corpus (the generalization estimate): gold offsets slice
// out the planted values, the corpus is reproducible from its seed, its styles are not the main
// corpus's, and its kinds are new formats rather than the main generator's.
import { generateCorpus, NOTE_STYLES } from '../../../src/eval/synthetic';
import { generateHoldoutCorpus } from '../../../src/eval/synthetic/holdout';
import { HOLDOUT_STYLES } from '../../../src/eval/synthetic/holdout/styles';
import { goldSpanProblems } from '../../helpers/syntheticGold';

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
    const mainStyles = new Set(NOTE_STYLES.map((s) => s.name));
    expect(HOLDOUT_STYLES.length).toBeGreaterThanOrEqual(7);
    for (const s of HOLDOUT_STYLES) expect(mainStyles.has(s.name)).toBe(false);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT_STYLES.length);
    const mainKinds = new Set(generateCorpus({ seed: 11, notes: 60 }).flatMap((n) => n.phi.map((s) => s.kind)));
    for (const note of corpus) for (const s of note.phi) expect(mainKinds.has(s.kind)).toBe(false);
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
