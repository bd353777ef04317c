// Owns the unit tests of the eighth held-out PHI corpus (the examiner's set of session 8): gold offsets slice out
// the planted values, it is reproducible from its seed, it shares no note style, fine kind or protected term with
// the main corpus or held-outs #1–#7, covers every Safe Harbor class the engine types, and writes the forms it
// exists for (word-names, family-first names, quoted nicknames, possessives, lower case, relatives, word towns,
// labour camps, churches, group homes, military units, over-89 ages, compact and day-first dates, ZIP+4, extensions).
import { DEFAULT_HOLDOUT8_NOTES, DEFAULT_HOLDOUT8_SEED, generateHoldout8Corpus } from '../../../src/eval/synthetic/holdout8';
import { HOLDOUT8_STYLES } from '../../../src/eval/synthetic/holdout8/styles';
import { H8_GIVEN_WORDS, H8_PROTECTED_ALL, H8_SURNAMES_WORDS, H8_TOWNS_WORDS } from '../../../src/eval/synthetic/holdout8/vocab';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('eighth held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout8Corpus({ seed: 8, notes: 300 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(goldSpanProblems(generateHoldout8Corpus(), { protectedOutsidePhi: true })).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(4000);
    expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(1200);
  });

  it('is reproducible from the seed and differs between seeds; the default is the scored corpus', () => {
    expect(generateHoldout8Corpus({ seed: 8, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldout8Corpus({ seed: 9, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
    const scored = generateHoldout8Corpus();
    expect(scored).toHaveLength(DEFAULT_HOLDOUT8_NOTES);
    expect(scored[0].id).toBe(`holdout8-${DEFAULT_HOLDOUT8_SEED}-00000`);
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#7', () => {
    expect(sharedWithEarlier('#8', corpus, 8)).toEqual(NOTHING_SHARED);
    expect(HOLDOUT8_STYLES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((n) => n.style)).size).toBe(HOLDOUT8_STYLES.length);
    expect(new Set(H8_PROTECTED_ALL).size).toBeGreaterThanOrEqual(40);
    const planted = new Set(corpus.flatMap((n) => n.protected.map((p) => p.term)));
    expect(H8_PROTECTED_ALL.filter((t) => !planted.has(t))).toEqual([]);
  });

  it('covers every Safe Harbor class the engine types', () => {
    const types = new Set(corpus.flatMap((n) => n.phi.map((s) => s.type)));
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect([t, types.has(t as never)]).toEqual([t, true]);
    }
  });

  it('writes the forms it exists for (in the scored corpus)', () => {
    const spans = generateHoldout8Corpus().flatMap((n) => n.phi);
    const kinds = new Set(spans.map((s) => s.kind.replace(/\.wordname$/, '')));
    const words = new Set<string>([...H8_GIVEN_WORDS, ...H8_SURNAMES_WORDS]);
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value.toLowerCase().replace(/^./, (c) => c.toUpperCase())) && s.value === s.value.toLowerCase())).toBe(true);
    expect(spans.some((s) => s.kind === 'h8.location.town-word' && (H8_TOWNS_WORDS as readonly string[]).includes(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F\u1E00-\u1EFF]/.test(s.value))).toBe(true);
    for (const k of ['h8.name.family-first-native', 'h8.name.family-first-caps', 'h8.name.lower', 'h8.name.quoted-nickname', 'h8.name.nickname-only', 'h8.name.given-only',
      'h8.name.given-possessive', 'h8.name.initial-family', 'h8.name.title-family', 'h8.name.caps-comma-given-mi', 'h8.name.staff-initials',
      'h8.location.labor-camp', 'h8.location.church', 'h8.location.group-home', 'h8.location.school', 'h8.location.employer', 'h8.location.pharmacy',
      'h8.location.clinic', 'h8.location.hospital', 'h8.location.military-unit', 'h8.location.county', 'h8.location.town',
      'h8.date.dmy-dots-2y', 'h8.date.compact-dmonyy', 'h8.date.military-ddmmmyyyy', 'h8.date.month-yyyy', 'h8.date.m-slash-yy', 'h8.date.spaced-slashes', 'h8.date.compact-yyyymmdd',
      'h8.age.words', 'h8.age.compact-yo', 'h8.age.compact-sex', 'h8.phone.ext-dot', 'h8.phone.x-extension', 'h8.phone.mexico-mobile', 'h8.phone.haiti-intl', 'h8.phone.dsn',
      'h8.ssn.spaced', 'h8.address.highway-contract', 'h8.address.rural-route', 'h8.address.zip-plus4', 'h8.account.mbi', 'h8.account.claim',
      'h8.license.dea', 'h8.license.npi', 'h8.id.edipi', 'h8.id.donation-number', 'h8.id.a-number', 'h8.id.tribal-enrollment', 'h8.id.accession',
      'h8.device.udi-gs1', 'h8.device.cochlear', 'h8.device.hearing-aid', 'h8.vehicle.vin', 'h8.vehicle.plate-spaced', 'h8.ip.v6-link-local', 'h8.url.caringbridge', 'h8.email.work']) {
      expect([k, kinds.has(k)]).toEqual([k, true]);
    }
  });

  it('plants no age under 90 and no bare year; a weekday stays outside the date span', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
        if (s.type === 'AGE' && !/\d/.test(s.value)) expect(s.value).toMatch(/^ninety/i);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^(19|20)\d\d$|^(Mon|Tues|Wed|Thurs|Fri|Sat|Sun)\b/);
      }
    }
  });
});
