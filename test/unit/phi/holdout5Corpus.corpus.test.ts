// Owns the unit tests of the fifth held-out PHI corpus (the examiner's set of session 6): gold offsets slice
// out the planted values, it is reproducible from its seed, it shares no note style, fine kind or protected
// term with the main corpus or held-outs #1–#4, covers every Safe Harbor class the engine types, and writes
// the forms it exists for (word-names, ALL-CAPS and lower-case family-first names, particles, initials,
// over-89 ages in words, towns that are common words, facilities in running text, HIBCC UDIs, passports).
import { generateHoldout5Corpus } from '../../../src/eval/synthetic/holdout5';
import { HOLDOUT5_STYLES } from '../../../src/eval/synthetic/holdout5/styles';
import { H5_GIVEN_WORDS, H5_PROTECTED_ALL, H5_SURNAMES_WORDS, H5_TOWNS_WORDS } from '../../../src/eval/synthetic/holdout5/vocab';
import { namePools } from '../../../src/eval/synthetic/namePools';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('fifth held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout5Corpus({ seed: 5, notes: 240 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(4000);
    expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(800);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(generateHoldout5Corpus({ seed: 5, notes: 12 })).toEqual(corpus.slice(0, 12));
    expect(generateHoldout5Corpus({ seed: 6, notes: 12 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 12).map((n) => n.text));
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#4', () => {
    expect(sharedWithEarlier('#5', corpus, 5)).toEqual(NOTHING_SHARED);
    expect(HOLDOUT5_STYLES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT5_STYLES.length);
    expect(new Set(H5_PROTECTED_ALL).size).toBeGreaterThanOrEqual(60);
    // Every protected term of the vocabulary is planted somewhere in a full-size corpus.
    const planted = new Set(generateHoldout5Corpus({ notes: 480 }).flatMap((n) => n.protected.map((p) => p.term)));
    expect(H5_PROTECTED_ALL.filter((t) => !planted.has(t)).length).toBeLessThan(H5_PROTECTED_ALL.length * 0.05);
  });

  it('covers every Safe Harbor class the engine types', () => {
    const types = new Set(corpus.flatMap((n) => n.phi.map((s) => s.type)));
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect(types.has(t as never)).toBe(true);
    }
  });

  it('draws its names from its own vocabulary: at most half of its name spans are made only of words in the main generator pools', () => {
    const pools = namePools();
    const main = new Set([...pools.censusFirst, ...pools.censusSurnames].map((s) => s.toLowerCase()));
    const planted = corpus.flatMap((n) => n.phi.filter((s) => s.type === 'NAME').map((s) => s.value.toLowerCase()));
    const ownWordsOnly = planted.filter((v) => v.split(/[\s,.()"]+/).filter(Boolean).every((w) => w.length <= 2 || main.has(w)));
    expect(ownWordsOnly.length / planted.length).toBeLessThan(0.5);
  });

  it('writes the forms it exists for', () => {
    const spans = corpus.flatMap((n) => n.phi);
    const values = spans.map((s) => s.value);
    const kinds = new Set(spans.map((s) => s.kind.replace(/\.wordname$/, '')));
    const words = new Set<string>([...H5_GIVEN_WORDS, ...H5_SURNAMES_WORDS]);
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value))).toBe(true);
    expect(spans.some((s) => s.kind === 'h5.location.town-word' && (H5_TOWNS_WORDS as readonly string[]).includes(s.value))).toBe(true);
    expect(values.some((v) => /^(da|van den|ter|de los|della|ten|du) /.test(v) || /, (da|van den|ter|de los|della|ten|du) /i.test(v))).toBe(true);
    expect(values.some((v) => /[\u00C0-\u024F\u1E00-\u1EFF]/.test(v))).toBe(true);
    for (const k of ['h5.name.all-caps-family-first', 'h5.name.lower-family-first', 'h5.name.initials-dotted', 'h5.name.nickname-parenthesised', 'h5.name.possessive-given',
      'h5.location.carehome', 'h5.location.school', 'h5.location.church', 'h5.location.employer', 'h5.location.pharmacy', 'h5.location.hospital',
      'h5.id.passport', 'h5.id.trial-subject', 'h5.id.evidence-kit', 'h5.device.hibcc-udi', 'h5.vehicle.vin', 'h5.ssn.spaced', 'h5.phone.ext-dot',
      'h5.date.ordinal-of-month', 'h5.date.mon-apostrophe-yy', 'h5.date.dmy-slash-intl', 'h5.email.spelled-out', 'h5.ip.v6', 'h5.age.words']) {
      expect([k, kinds.has(k)]).toEqual([k, true]);
    }
  });

  it('plants no age under 90, no bare year, and no age in the well-child or antenatal styles', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
        if (s.type === 'AGE' && !/\d/.test(s.value)) expect(s.value).toMatch(/^(ninety|one hundred)/i);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^(19|20)\d\d$/);
      }
    }
    const young = corpus.filter((n) => n.style === 'h5_well_child_visit' || n.style === 'h5_antenatal_record');
    expect(young.length).toBeGreaterThan(0);
    expect(young.flatMap((n) => n.phi.filter((s) => s.type === 'AGE'))).toEqual([]);
  });
});
