// Owns the unit tests of the second held-out PHI corpus (the honest generalization estimate): gold
// offsets slice out the planted values, it is reproducible from its seed, and it shares no note style
// and no PHI kind with the main corpus or with held-out #1.
import { generateCorpus, NOTE_STYLES } from '../../../src/eval/synthetic';
import { generateHoldoutCorpus } from '../../../src/eval/synthetic/holdout';
import { HOLDOUT_STYLES } from '../../../src/eval/synthetic/holdout/styles';
import { generateHoldout2Corpus } from '../../../src/eval/synthetic/holdout2';
import { HOLDOUT2_STYLES } from '../../../src/eval/synthetic/holdout2/styles';
import { goldSpanProblems } from '../../helpers/syntheticGold';

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
    const otherStyles = new Set([...NOTE_STYLES.map((s) => s.name), ...HOLDOUT_STYLES.map((s) => s.name)]);
    expect(HOLDOUT2_STYLES.length).toBeGreaterThanOrEqual(8);
    for (const s of HOLDOUT2_STYLES) expect(otherStyles.has(s.name)).toBe(false);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT2_STYLES.length);
    const otherKinds = new Set([
      ...generateCorpus({ seed: 5, notes: 60 }).flatMap((n) => n.phi.map((s) => s.kind)),
      ...generateHoldoutCorpus({ seed: 5, notes: 70 }).flatMap((n) => n.phi.map((s) => s.kind)),
    ]);
    const shared = new Set(corpus.flatMap((n) => n.phi.map((s) => s.kind)).filter((k) => otherKinds.has(k)));
    expect([...shared]).toEqual([]);
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
