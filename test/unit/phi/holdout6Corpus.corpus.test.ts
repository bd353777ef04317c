// Owns the unit tests of the sixth held-out PHI corpus (the examiner's set of session 7): gold offsets slice
// out the planted values, it is reproducible from its seed, it shares no note style, fine kind or protected
// term with the main corpus or held-outs #1–#5, covers every Safe Harbor class the engine types, and writes
// the forms it exists for (word-names, particles, given-only and nickname mentions, lower case and ALL CAPS,
// ordinal-only and month/day dates, ISO stamps, over-89 ages, towns that are common words, facilities in
// running text, GS1 UDIs, blood-unit and booking numbers).
import { generateHoldout6Corpus } from '../../../src/eval/synthetic/holdout6';
import { HOLDOUT6_STYLES } from '../../../src/eval/synthetic/holdout6/styles';
import { H6_GIVEN_WORDS, H6_PROTECTED_ALL, H6_SURNAMES_WORDS, H6_TOWNS_WORDS } from '../../../src/eval/synthetic/holdout6/vocab';
import { namePools } from '../../../src/eval/synthetic/namePools';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('sixth held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout6Corpus({ seed: 6, notes: 260 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(4000);
    expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(800);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(generateHoldout6Corpus({ seed: 6, notes: 13 })).toEqual(corpus.slice(0, 13));
    expect(generateHoldout6Corpus({ seed: 7, notes: 13 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 13).map((n) => n.text));
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#5', () => {
    expect(sharedWithEarlier('#6', corpus, 6)).toEqual(NOTHING_SHARED);
    expect(HOLDOUT6_STYLES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT6_STYLES.length);
    expect(new Set(H6_PROTECTED_ALL).size).toBeGreaterThanOrEqual(60);
    // Every protected term of the vocabulary is planted somewhere in a full-size corpus.
    const planted = new Set(generateHoldout6Corpus().flatMap((n) => n.protected.map((p) => p.term)));
    expect(H6_PROTECTED_ALL.filter((t) => !planted.has(t))).toEqual([]);
  });

  it('covers every Safe Harbor class the engine types', () => {
    const types = new Set(corpus.flatMap((n) => n.phi.map((s) => s.type)));
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect([t, types.has(t as never)]).toEqual([t, true]);
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
    const kinds = new Set(spans.map((s) => s.kind.replace(/\.wordname$/, '')));
    const words = new Set<string>([...H6_GIVEN_WORDS, ...H6_SURNAMES_WORDS]);
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value))).toBe(true);
    expect(spans.some((s) => s.kind === 'h6.location.town-word' && (H6_TOWNS_WORDS as readonly string[]).includes(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /^(O'|Mac |Mac an |Ní |Ó |de la |del |van der |dos |di |al-|ten |St\. )/.test(s.value.replace(/^[^,]*, /, '')))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F\u1E00-\u1EFF]/.test(s.value))).toBe(true);
    expect(corpus.some((n) => /^[a-z]/.test(n.text) && n.phi.some((s) => s.type === 'NAME' && s.value === s.value.toLowerCase()))).toBe(true);
    for (const k of ['h6.name.all-caps-family-first', 'h6.name.lower-given-family', 'h6.name.nickname-quoted', 'h6.name.nickname-only', 'h6.name.given-only',
      'h6.name.possessive-given', 'h6.name.initials-dotted', 'h6.name.staff-login-id',
      'h6.location.carehome', 'h6.location.school', 'h6.location.church', 'h6.location.employer', 'h6.location.pharmacy', 'h6.location.hospital',
      'h6.location.jail', 'h6.location.funeral-home', 'h6.location.county', 'h6.location.foreign-city', 'h6.location.deployment-site', 'h6.age.form-field',
      'h6.id.isbt-donation', 'h6.id.booking', 'h6.id.specimen', 'h6.id.accession', 'h6.id.interpreter', 'h6.id.coroner-case', 'h6.account.va-c-file', 'h6.account.mbi',
      'h6.device.gs1-udi', 'h6.vehicle.vin', 'h6.vehicle.plate-dash', 'h6.license.dea', 'h6.license.npi', 'h6.license.driver',
      'h6.ssn.spaced', 'h6.ssn.last-four-after-mask', 'h6.phone.x-ext', 'h6.phone.paren-tight-ext', 'h6.address.zip-plus4', 'h6.address.street-unit', 'h6.address.rural-route',
      'h6.date.the-ordinal', 'h6.date.m-slash-d', 'h6.date.mon-apostrophe-yy', 'h6.date.iso-datetime', 'h6.date.month-ordinal-yyyy',
      'h6.email.personal', 'h6.url.social-profile', 'h6.ip.v4', 'h6.ip.v6-link-local', 'h6.age.words', 'h6.age.yo-sex']) {
      expect([k, kinds.has(k)]).toEqual([k, true]);
    }
  });

  it('plants no age under 90 and no bare year, and puts the ordinal-only date after "the"', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
        if (s.type === 'AGE' && !/\d/.test(s.value)) expect(s.value).toMatch(/^(ninety|one hundred)/i);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^(19|20)\d\d$/);
        if (s.kind === 'h6.date.the-ordinal') expect(note.text.slice(s.start - 4, s.start).toLowerCase()).toBe('the ');
      }
    }
  });
});
