// Owns the unit tests of the thirteenth held-out PHI corpus (the examiner's set of session 13): gold offsets slice out
// the planted values, it is reproducible from its seed, its two halves alternate (even notes in five ICU-era styles of
// the development source, odd notes in ten new styles), it shares no note style, fine kind, protected term or vocabulary
// value with the main corpus, held-outs #1–#12 or the re-surrogation vocabularies (s9–s13), covers every Safe Harbor class
// the engine types at a realistic density, and writes the forms it exists for (word-names in capitals and lower case,
// relatives by given name, "aka" nicknames, dotted staff initials and first-name sign-offs, ward names and hospital codes,
// new date layouts, over-89 ages, Oceanian and European phones, portal usernames, processor serials, plates).
import { DEFAULT_HOLDOUT13_NOTES, DEFAULT_HOLDOUT13_SEED, generateHoldout13Corpus } from '../../../src/eval/synthetic/holdout13';
import { H13_OTHER_STYLES, H13_SOURCE_STYLES } from '../../../src/eval/synthetic/holdout13/styles';
import * as H13_VOCAB from '../../../src/eval/synthetic/holdout13/vocab';
import { earlierValues } from '../../helpers/describeHeldOutPhiCorpus';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

const { H13_GIVEN_WORDS, H13_PROTECTED_ALL, H13_PROTECTED_SOURCE, H13_PROTECTED_STYLES, H13_SURNAMES_WORDS, H13_TOWNS_WORDS } = H13_VOCAB;

describe('thirteenth held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout13Corpus({ seed: 13, notes: 300 });
  const scored = generateHoldout13Corpus();

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(goldSpanProblems(scored, { protectedOutsidePhi: true })).toEqual([]);
    for (const note of scored) for (const s of note.phi) expect(note.text.slice(s.start, s.end)).toBe(s.value);
    // A realistic PHI density: at least ten spans a note on average, in each half.
    for (const prefix of ['h13_src_', 'h13_new_']) {
      const half = scored.filter((n) => n.style.startsWith(prefix));
      expect(half.reduce((n, note) => n + note.phi.length, 0) / half.length).toBeGreaterThanOrEqual(10);
    }
    expect(scored.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(900);
  });

  it('is reproducible from the seed and differs between seeds; the default is the scored corpus', () => {
    expect(generateHoldout13Corpus({ seed: 13, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldout13Corpus({ seed: 14, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
    expect(generateHoldout13Corpus()).toEqual(scored);
    expect(scored).toHaveLength(DEFAULT_HOLDOUT13_NOTES);
    expect(scored[0].id).toBe(`holdout13-${DEFAULT_HOLDOUT13_SEED}-00000`);
  });

  it('alternates its halves: 150 source-style notes in 5 styles and 150 notes in 10 new styles, told apart by style name', () => {
    const source = scored.filter((n) => n.style.startsWith('h13_src_'));
    const other = scored.filter((n) => n.style.startsWith('h13_new_'));
    expect([source.length, other.length]).toEqual([150, 150]);
    expect(scored.filter((n, i) => n.style.startsWith(i % 2 === 0 ? 'h13_src_' : 'h13_new_'))).toHaveLength(300);
    expect(H13_SOURCE_STYLES.length).toBe(5);
    expect(H13_OTHER_STYLES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(source.map((n) => n.style)).size).toBe(H13_SOURCE_STYLES.length);
    expect(new Set(other.map((n) => n.style)).size).toBe(H13_OTHER_STYLES.length);
    const cased = (n: { text: string }) => (n.text === n.text.toUpperCase() ? 'upper' : n.text === n.text.toLowerCase() ? 'lower' : 'mixed');
    expect(new Set(source.map(cased))).toEqual(new Set(['upper', 'lower', 'mixed']));
    const sourceTerms = new Set<string>(H13_PROTECTED_SOURCE);
    expect(H13_PROTECTED_STYLES.filter((t) => sourceTerms.has(t))).toEqual([]);
    expect(source.flatMap((n) => n.protected.map((p) => p.term)).filter((t) => !sourceTerms.has(t))).toEqual([]);
    expect(other.flatMap((n) => n.protected.map((p) => p.term)).filter((t) => sourceTerms.has(t))).toEqual([]);
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#12', () => {
    expect(sharedWithEarlier('#13', scored, 13)).toEqual(NOTHING_SHARED);
    expect(new Set(H13_PROTECTED_ALL).size).toBeGreaterThanOrEqual(60);
    const planted = new Set(scored.flatMap((n) => n.protected.map((p) => p.term)));
    expect(H13_PROTECTED_ALL.filter((t) => !planted.has(t))).toEqual([]);
  });

  it('draws no name, place or protected term that any other synthetic module or re-surrogation vocabulary holds', () => {
    const earlier = earlierValues('holdout13');
    const own = Object.entries(H13_VOCAB).filter(([k]) => !/RELATIONS|STATES|SUFFIX/.test(k)).flatMap(([, v]) => v as readonly string[]);
    expect(own.length).toBeGreaterThan(300);
    expect(own.filter((v) => earlier.has(v.toLowerCase()))).toEqual([]);
  });

  it('covers every Safe Harbor class the engine types, in each half', () => {
    const typesOf = (prefix: string) => new Set(scored.filter((n) => n.style.startsWith(prefix)).flatMap((n) => n.phi.map((s) => s.type)));
    const all = typesOf('h13_');
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect([t, all.has(t as never)]).toEqual([t, true]);
    }
    const source = typesOf('h13_src_');
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'LOCATION', 'ADDRESS', 'MRN', 'ACCOUNT', 'VEHICLE']) expect([t, source.has(t as never)]).toEqual([t, true]);
  });

  it('writes the forms it exists for (in the scored corpus)', () => {
    const spans = scored.flatMap((n) => n.phi);
    const kinds = new Set(spans.map((s) => s.kind));
    const words = new Set<string>([...H13_GIVEN_WORDS, ...H13_SURNAMES_WORDS].map((w) => w.toLowerCase()));
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value.toLowerCase()) && s.value === s.value.toUpperCase())).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && s.value === s.value.toLowerCase() && words.has(s.value))).toBe(true);
    expect(spans.some((s) => s.kind === 'h13.location.prairie-town-word' && (H13_TOWNS_WORDS as readonly string[]).map((w) => w.toLowerCase()).includes(s.value.toLowerCase()))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F]/.test(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /(^|\s)(von|zu|de la|del|dos|van der|te) \p{L}/iu.test(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /(^|\s|\.)(O'|Mac|Mc)\p{L}/iu.test(s.value))).toBe(true);
    const expected = [...new Set(HOLDOUT13_KINDS)];
    expect(expected.length).toBeGreaterThanOrEqual(90);
    expect(expected.filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('labels no state or country as PHI, and plants no age under 90 and no bare year', () => {
    expect(spans(scored).filter((s) => s.type === 'LOCATION' && /^(N\.D\.|SD|Neb\.|Minn\.|ND)$/i.test(s.value))).toEqual([]);
    for (const s of spans(corpus)) {
      if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
      if (s.type === 'AGE') expect(s.value).toMatch(/^\d+$/);
      if (s.type === 'DATE') expect(s.value).not.toMatch(/^'?(19|20)?\d\d$/);
    }
  });
});


const spans = (notes: { phi: { type: string; value: string; kind: string }[] }[]) => notes.flatMap((n) => n.phi);

/** Every written form the generator can produce, by kind; the scored corpus must show each. */

/** Every written form the generator can produce, by kind; the scored corpus must show each. */
const HOLDOUT13_KINDS = [
  'h13.account.enc-prefixed',
  'h13.account.plan-member-dashed',
  'h13.account.slashed-ten',
  'h13.address.comma-unit',
  'h13.address.number-street',
  'h13.address.po-box',
  'h13.address.rural-five-digit',
  'h13.address.zip-plains',
  'h13.address.zip-plus-four-68',
  'h13.age.age-colon-less',
  'h13.age.nonagenarian-digits',
  'h13.age.slash-sex',
  'h13.age.years-comma',
  'h13.age.yoa',
  'h13.age.yr-old',
  'h13.date.MON-d-upper',
  'h13.date.d-mon-lower',
  'h13.date.d-mon-yyyy',
  'h13.date.dd-mm-yyyy',
  'h13.date.m/d',
  'h13.date.m/d/yy',
  'h13.date.mm.dd.yy',
  'h13.date.month-d',
  'h13.date.roman-month',
  'h13.date.weekday-m/d',
  'h13.date.weekday-month-d-yyyy',
  'h13.date.yyyy/mm/dd',
  'h13.date.yyyymmdd',
  'h13.device.implant-serial',
  'h13.device.processor-sn',
  'h13.device.recorder-serial',
  'h13.email.initial-surname-year',
  'h13.id.bite-report',
  'h13.id.ci-clinic',
  'h13.id.donor-registry',
  'h13.id.eeg-study',
  'h13.id.eye-bank-tissue',
  'h13.id.fit-test',
  'h13.id.lead-case',
  'h13.id.me-case',
  'h13.id.portal-username',
  'h13.id.race-bib',
  'h13.ip.v4-with-port',
  'h13.license.cdl',
  'h13.license.drivers-alpha-three',
  'h13.license.nursing-r',
  'h13.license.pharmacist',
  'h13.location.employer-13',
  'h13.location.hospital-regional',
  'h13.location.hospital-saint-abbrev',
  'h13.location.outside-hospital-code',
  'h13.location.prairie-town-other',
  'h13.location.prairie-town-word',
  'h13.location.school-13',
  'h13.location.service',
  'h13.location.venue-13',
  'h13.location.ward-floor',
  'h13.location.ward-upper',
  'h13.mrn.hash-three-pairs',
  'h13.mrn.mr-dash',
  'h13.mrn.spaced-six',
  'h13.name.aka-nickname',
  'h13.name.dash-first-name-signoff',
  'h13.name.dotted-initials',
  'h13.name.family-comma-given',
  'h13.name.given-family',
  'h13.name.given-family-before-aka',
  'h13.name.given-family-lowercase',
  'h13.name.given-family-upper',
  'h13.name.given-middle-initial-family',
  'h13.name.initial-dot-family',
  'h13.name.kin-first-lower',
  'h13.name.kin-first-name',
  'h13.name.kin-nick-upper',
  'h13.name.per-surname-lower',
  'h13.name.possessive-13',
  'h13.name.titled-family',
  'h13.name.two-letter-lower',
  'h13.name.upper-first-last-initial',
  'h13.phone.australia-mobile',
  'h13.phone.beeper-five-digit',
  'h13.phone.finland-mobile',
  'h13.phone.ireland-mobile',
  'h13.phone.italy-mobile',
  'h13.phone.nz-mobile',
  'h13.phone.paren-area-dot',
  'h13.phone.paren-area-space',
  'h13.phone.poland-mobile',
  'h13.phone.prefixed-seven-space',
  'h13.phone.seven-dot',
  'h13.phone.spaced-groups',
  'h13.phone.tel-uri',
  'h13.ssn.hyphenated-13',
  'h13.ssn.spaced',
  'h13.url.telehealth-join',
  'h13.vehicle.county-plate',
  'h13.vehicle.snowmobile-registration',
  'h13.vehicle.state-prefixed-plate',
];
