// Owns the unit tests of the fourth held-out PHI corpus (the examiner's set of session 5): gold offsets
// slice out the planted values, it is reproducible from its seed, it shares no note style, fine kind or
// protected term with the main corpus or held-outs #1–#3, covers every Safe Harbor class the engine types,
// and writes the forms it exists for (word-names, particles, diacritics, over-89 ages, GS1 UDIs, MBIs).
import { generateHoldout4Corpus } from '../../../src/eval/synthetic/holdout4';
import { HOLDOUT4_STYLES } from '../../../src/eval/synthetic/holdout4/styles';
import { H4_PROTECTED_ALL, H4_SURNAMES_WORDS, H4_GIVEN_WORDS } from '../../../src/eval/synthetic/holdout4/vocab';
import { namePools } from '../../../src/eval/synthetic/namePools';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('fourth held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout4Corpus({ seed: 5, notes: 240 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(3000);
    expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(700);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(generateHoldout4Corpus({ seed: 5, notes: 12 })).toEqual(corpus.slice(0, 12));
    expect(generateHoldout4Corpus({ seed: 6, notes: 12 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 12).map((n) => n.text));
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#3', () => {
    expect(sharedWithEarlier('#4', corpus, 5)).toEqual(NOTHING_SHARED);
    expect(HOLDOUT4_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT4_STYLES.length);
    expect(new Set(H4_PROTECTED_ALL).size).toBeGreaterThanOrEqual(60);
  });

  it('covers every Safe Harbor class the engine types', () => {
    const types = new Set(corpus.flatMap((n) => n.phi.map((s) => s.type)));
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect(types.has(t as never)).toBe(true);
    }
  });

  it('draws its names from its own vocabulary: at most half of its name spans are made only of words in the main generator pools (census lists)', () => {
    const pools = namePools();
    const main = new Set([...pools.censusFirst, ...pools.censusSurnames].map((s) => s.toLowerCase()));
    const planted = corpus.flatMap((n) => n.phi.filter((s) => s.type === 'NAME').map((s) => s.value.toLowerCase()));
    const ownWordsOnly = planted.filter((v) => v.split(/[\s,."^]+/).filter(Boolean).every((w) => w.length <= 2 || main.has(w)));
    expect(ownWordsOnly.length / planted.length).toBeLessThan(0.5);
  });

  it('writes the forms it exists for: word-names, particles, diacritics, over-89 ages, GS1 UDIs, Medicare MBIs', () => {
    const values = corpus.flatMap((n) => n.phi.map((s) => s.value));
    const words = new Set([...H4_GIVEN_WORDS, ...H4_SURNAMES_WORDS]);
    expect(values.some((v) => words.has(v))).toBe(true);
    expect(values.some((v) => /\b(van der|de la|dos|Ní|Ó) /.test(v))).toBe(true);
    expect(values.some((v) => /[\u00C0-\u024F\u1E00-\u1EFF]/.test(v))).toBe(true);
    expect(values.some((v) => /^\(01\)\d{14}\(17\)/.test(v))).toBe(true);
    expect(corpus.some((n) => n.phi.some((s) => s.kind === 'h4.plan.medicare-mbi'))).toBe(true);
    expect(corpus.some((n) => n.phi.some((s) => s.type === 'AGE' && /^ninety|^one hundred/i.test(s.value)))).toBe(true);
  });

  it('plants no age under 90 and no bare year', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^(19|20)\d\d$/);
      }
    }
    const school = corpus.filter((n) => n.style === 'h4_school_nurse_note');
    expect(school.length).toBeGreaterThan(0);
    expect(school.flatMap((n) => n.phi.filter((s) => s.type === 'AGE'))).toEqual([]);
  });
});
