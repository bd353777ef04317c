// Owns the unit tests of the ninth held-out PHI corpus (the examiner's set of session 9): gold offsets slice out
// the planted values, it is reproducible from its seed, its two halves alternate (even notes in the development
// source's ICU styles, odd notes in ten new styles), it shares no note style, fine kind or protected term with the
// main corpus or held-outs #1–#8, covers every Safe Harbor class the engine types, and writes the forms it exists
// for (word-names, family-first names, lower case, nicknames, possessives, staff initials, word towns, wards,
// shelters, vessels, over-89 ages in words and compact forms, short ICU dates, day-first and compact dates,
// extensions and country codes, dotted and spaced SSNs, DEA numbers with their check digit, UDIs, VINs, ZIP+4).
import { DEFAULT_HOLDOUT9_NOTES, DEFAULT_HOLDOUT9_SEED, generateHoldout9Corpus } from '../../../src/eval/synthetic/holdout9';
import { H9_OTHER_STYLES, H9_SOURCE_STYLES } from '../../../src/eval/synthetic/holdout9/styles';
import { H9_GIVEN_WORDS, H9_PROTECTED_ALL, H9_PROTECTED_SOURCE, H9_PROTECTED_STYLES, H9_SURNAMES_WORDS, H9_TOWNS_WORDS } from '../../../src/eval/synthetic/holdout9/vocab';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

describe('ninth held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout9Corpus({ seed: 9, notes: 300 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(goldSpanProblems(generateHoldout9Corpus(), { protectedOutsidePhi: true })).toEqual([]);
    expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(3000);
    expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(1000);
  });

  it('is reproducible from the seed and differs between seeds; the default is the scored corpus', () => {
    expect(generateHoldout9Corpus({ seed: 9, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldout9Corpus({ seed: 10, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
    const scored = generateHoldout9Corpus();
    expect(scored).toHaveLength(DEFAULT_HOLDOUT9_NOTES);
    expect(scored[0].id).toBe(`holdout9-${DEFAULT_HOLDOUT9_SEED}-00000`);
  });

  it('alternates its halves: 150 source-style notes in 5 styles and 150 notes in 10 new styles, told apart by style name', () => {
    const scored = generateHoldout9Corpus();
    const source = scored.filter((n) => n.style.startsWith('h9_src_'));
    const other = scored.filter((n) => n.style.startsWith('h9_new_'));
    expect([source.length, other.length]).toEqual([150, 150]);
    expect(H9_SOURCE_STYLES.length).toBe(5);
    expect(H9_OTHER_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(source.map((n) => n.style)).size).toBe(H9_SOURCE_STYLES.length);
    expect(new Set(other.map((n) => n.style)).size).toBe(H9_OTHER_STYLES.length);
    // Each half plants its own protected terms, so the report's redacted terms split by half too.
    const sourceTerms = new Set<string>(H9_PROTECTED_SOURCE);
    expect(H9_PROTECTED_STYLES.filter((t) => sourceTerms.has(t))).toEqual([]);
    expect(source.flatMap((n) => n.protected.map((p) => p.term)).filter((t) => !sourceTerms.has(t))).toEqual([]);
    expect(other.flatMap((n) => n.protected.map((p) => p.term)).filter((t) => sourceTerms.has(t))).toEqual([]);
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#8', () => {
    expect(sharedWithEarlier('#9', corpus, 9)).toEqual(NOTHING_SHARED);
    expect(new Set(H9_PROTECTED_ALL).size).toBeGreaterThanOrEqual(40);
    const planted = new Set(generateHoldout9Corpus().flatMap((n) => n.protected.map((p) => p.term)));
    expect(H9_PROTECTED_ALL.filter((t) => !planted.has(t))).toEqual([]);
  });

  it('covers every Safe Harbor class the engine types, in each half', () => {
    const scored = generateHoldout9Corpus();
    const typesOf = (prefix: string) => new Set(scored.filter((n) => n.style.startsWith(prefix)).flatMap((n) => n.phi.map((s) => s.type)));
    const all = typesOf('h9_');
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect([t, all.has(t as never)]).toEqual([t, true]);
    }
    const source = typesOf('h9_src_');
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'LOCATION', 'ADDRESS', 'MRN', 'ACCOUNT', 'DEVICE']) expect([t, source.has(t as never)]).toEqual([t, true]);
  });

  it('writes the forms it exists for (in the scored corpus)', () => {
    const spans = generateHoldout9Corpus().flatMap((n) => n.phi);
    const kinds = new Set(spans.map((s) => s.kind.replace(/\.wordname$/, '')));
    const words = new Set<string>([...H9_GIVEN_WORDS, ...H9_SURNAMES_WORDS]);
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && s.value === s.value.toLowerCase() && words.has(s.value.replace(/^./, (c) => c.toUpperCase())))).toBe(true);
    expect(spans.some((s) => s.kind === 'h9.location.town-word' && (H9_TOWNS_WORDS as readonly string[]).includes(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F\u1E00-\u1EFF]/.test(s.value))).toBe(true);
    for (const k of ['h9.name.given-family', 'h9.name.family-first-native', 'h9.name.family-first-caps', 'h9.name.lower', 'h9.name.quoted-nickname', 'h9.name.nickname-only',
      'h9.name.given-only', 'h9.name.given-only-lower', 'h9.name.given-possessive', 'h9.name.initial-family', 'h9.name.title-family', 'h9.name.family-comma-given-mi',
      'h9.name.caps-comma', 'h9.name.staff-initials', 'h9.name.staff-initials-lower', 'h9.name.staff-full',
      'h9.location.hospital', 'h9.location.hospital-abbrev', 'h9.location.hospital-saint', 'h9.location.ward-building', 'h9.location.rehab-nursing-home',
      'h9.location.clinic', 'h9.location.shelter', 'h9.location.group-home', 'h9.location.school', 'h9.location.employer', 'h9.location.church',
      'h9.location.pharmacy', 'h9.location.camp', 'h9.location.correctional', 'h9.location.vessel', 'h9.location.team', 'h9.location.town',
      'h9.date.m-d', 'h9.date.m-dash-d', 'h9.date.mon-d-caps', 'h9.date.compact-dmon', 'h9.date.ordinal-day', 'h9.date.d-m-yyyy-dots', 'h9.date.dd-mm-yy-dots',
      'h9.date.compact-yyyymmdd', 'h9.date.compact-ddmonyy', 'h9.date.the-nth-of-month', 'h9.date.apostrophe-year', 'h9.date.spaced-slashes', 'h9.date.month-yyyy',
      'h9.age.words', 'h9.age.compact-yo', 'h9.age.compact-sex', 'h9.age.compact-y', 'h9.phone.ext-dot', 'h9.phone.x-extension', 'h9.phone.uk-intl',
      'h9.phone.ireland-intl', 'h9.phone.brazil-011', 'h9.phone.beeper', 'h9.phone.internal-ext', 'h9.phone.seven-digit',
      'h9.ssn.spaced', 'h9.ssn.dotted', 'h9.address.street-unit', 'h9.address.po-box', 'h9.address.zip-plus4', 'h9.account.wc-claim', 'h9.account.medicaid',
      'h9.license.dea', 'h9.license.npi', 'h9.license.drivers', 'h9.phone.local-dashed', 'h9.phone.local-seven-digit', 'h9.id.inmate', 'h9.id.ems-run', 'h9.id.ivf-cycle', 'h9.id.embryo', 'h9.id.unos', 'h9.id.dcf-case', 'h9.id.rx-number',
      'h9.device.udi-gs1', 'h9.device.pump-serial', 'h9.vehicle.vin', 'h9.vehicle.plate-spaced', 'h9.ip.v4', 'h9.ip.v6', 'h9.url.fundraiser', 'h9.email.work']) {
      expect([k, kinds.has(k)]).toEqual([k, true]);
    }
  });

  it('plants no age under 90 and no bare year; DEA numbers carry a valid check digit', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
        if (s.type === 'AGE' && !/\d/.test(s.value)) expect(s.value).toMatch(/^(ninety|one hundred)/i);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^'?(19|20)?\d\d$/);
        if (s.kind === 'h9.license.dea') {
          const d = s.value.slice(2).split('').map(Number);
          expect((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10).toBe(d[6]);
        }
      }
    }
  });
});
