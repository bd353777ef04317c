// Owns the unit tests of the twelfth held-out PHI corpus (the examiner's set of session 12): gold offsets slice out
// the planted values, it is reproducible from its seed, its two halves alternate (even notes in five ICU-era styles of
// the development source, odd notes in nine new styles), it shares no note style, fine kind, protected term or vocabulary
// value with the main corpus, held-outs #1–#11 or the re-surrogation vocabularies (s9–s12), covers every Safe Harbor class the
// engine types at a realistic density, and writes the forms it exists for (word-names in capitals and lower case,
// relatives by given name, quoted nicknames, staff initials and sign-offs, ward names and hospital codes, new date
// layouts, over-89 ages in words, international phones, portal handles, pump and defibrillator serials, VINs, plates).
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_HOLDOUT12_NOTES, DEFAULT_HOLDOUT12_SEED, generateHoldout12Corpus } from '../../../src/eval/synthetic/holdout12';
import { H12_OTHER_STYLES, H12_SOURCE_STYLES } from '../../../src/eval/synthetic/holdout12/styles';
import * as H12_VOCAB from '../../../src/eval/synthetic/holdout12/vocab';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

const { H12_GIVEN_WORDS, H12_PROTECTED_ALL, H12_PROTECTED_SOURCE, H12_PROTECTED_STYLES, H12_SURNAMES_WORDS, H12_TOWNS_WORDS } = H12_VOCAB;

/** Every string exported (at any depth) by the other synthetic and re-surrogation modules, lower-cased. */
function earlierValues(): Set<string> {
  const root = path.join(__dirname, '../../../src/eval');
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const files = [...walk(path.join(root, 'synthetic')), ...walk(path.join(root, 'deidResurrogate'))].filter((f) => f.endsWith('.ts') && !f.includes(`${path.sep}holdout12${path.sep}`));
  const out = new Set<string>();
  const visit = (x: unknown): void => {
    if (typeof x === 'string') out.add(x.toLowerCase());
    else if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') Object.values(x).forEach(visit);
  };
  for (const f of files) {
    Object.values(require(f) as Record<string, unknown>).forEach(visit);
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/'([^'\n]{2,60})'/g)) out.add(m[1].toLowerCase());
  }
  return out;
}

describe('twelfth held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout12Corpus({ seed: 12, notes: 300 });
  const scored = generateHoldout12Corpus();

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(goldSpanProblems(scored, { protectedOutsidePhi: true })).toEqual([]);
    for (const note of scored) for (const s of note.phi) expect(note.text.slice(s.start, s.end)).toBe(s.value);
    // A realistic PHI density: at least ten spans a note on average, in each half.
    for (const prefix of ['h12_src_', 'h12_new_']) {
      const half = scored.filter((n) => n.style.startsWith(prefix));
      expect(half.reduce((n, note) => n + note.phi.length, 0) / half.length).toBeGreaterThanOrEqual(10);
    }
    expect(scored.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(900);
  });

  it('is reproducible from the seed and differs between seeds; the default is the scored corpus', () => {
    expect(generateHoldout12Corpus({ seed: 12, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldout12Corpus({ seed: 13, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
    expect(generateHoldout12Corpus()).toEqual(scored);
    expect(scored).toHaveLength(DEFAULT_HOLDOUT12_NOTES);
    expect(scored[0].id).toBe(`holdout12-${DEFAULT_HOLDOUT12_SEED}-00000`);
  });

  it('alternates its halves: 150 source-style notes in 5 styles and 150 notes in 9 new styles, told apart by style name', () => {
    const source = scored.filter((n) => n.style.startsWith('h12_src_'));
    const other = scored.filter((n) => n.style.startsWith('h12_new_'));
    expect([source.length, other.length]).toEqual([150, 150]);
    expect(scored.filter((n, i) => n.style.startsWith(i % 2 === 0 ? 'h12_src_' : 'h12_new_'))).toHaveLength(300);
    expect(H12_SOURCE_STYLES.length).toBe(5);
    expect(H12_OTHER_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(source.map((n) => n.style)).size).toBe(H12_SOURCE_STYLES.length);
    expect(new Set(other.map((n) => n.style)).size).toBe(H12_OTHER_STYLES.length);
    const cased = (n: { text: string }) => (n.text === n.text.toUpperCase() ? 'upper' : n.text === n.text.toLowerCase() ? 'lower' : 'mixed');
    expect(new Set(source.map(cased))).toEqual(new Set(['upper', 'lower', 'mixed']));
    const sourceTerms = new Set<string>(H12_PROTECTED_SOURCE);
    expect(H12_PROTECTED_STYLES.filter((t) => sourceTerms.has(t))).toEqual([]);
    expect(source.flatMap((n) => n.protected.map((p) => p.term)).filter((t) => !sourceTerms.has(t))).toEqual([]);
    expect(other.flatMap((n) => n.protected.map((p) => p.term)).filter((t) => sourceTerms.has(t))).toEqual([]);
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#11', () => {
    expect(sharedWithEarlier('#11', scored, 11)).toEqual(NOTHING_SHARED);
    expect(new Set(H12_PROTECTED_ALL).size).toBeGreaterThanOrEqual(60);
    const planted = new Set(scored.flatMap((n) => n.protected.map((p) => p.term)));
    expect(H12_PROTECTED_ALL.filter((t) => !planted.has(t))).toEqual([]);
  });

  it('draws no name, place or protected term that any other synthetic module or re-surrogation vocabulary holds', () => {
    const earlier = earlierValues();
    const own = Object.entries(H12_VOCAB).filter(([k]) => !/RELATIONS|STATES|SUFFIX/.test(k)).flatMap(([, v]) => v as readonly string[]);
    expect(own.length).toBeGreaterThan(300);
    expect(own.filter((v) => earlier.has(v.toLowerCase()))).toEqual([]);
  });

  it('covers every Safe Harbor class the engine types, in each half', () => {
    const typesOf = (prefix: string) => new Set(scored.filter((n) => n.style.startsWith(prefix)).flatMap((n) => n.phi.map((s) => s.type)));
    const all = typesOf('h12_');
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect([t, all.has(t as never)]).toEqual([t, true]);
    }
    const source = typesOf('h12_src_');
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'LOCATION', 'ADDRESS', 'MRN', 'ACCOUNT', 'VEHICLE']) expect([t, source.has(t as never)]).toEqual([t, true]);
  });

  it('writes the forms it exists for (in the scored corpus)', () => {
    const spans = scored.flatMap((n) => n.phi);
    const kinds = new Set(spans.map((s) => s.kind));
    const words = new Set<string>([...H12_GIVEN_WORDS, ...H12_SURNAMES_WORDS].map((w) => w.toLowerCase()));
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value.toLowerCase()) && s.value === s.value.toUpperCase())).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && s.value === s.value.toLowerCase() && words.has(s.value))).toBe(true);
    expect(spans.some((s) => s.kind === 'h12.location.town-word' && (H12_TOWNS_WORDS as readonly string[]).map((w) => w.toLowerCase()).includes(s.value.toLowerCase()))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F]/.test(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /(^|\s)(van|ter|de|dos|da|mac an) \p{L}/iu.test(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /(^|\s|\.)(O'|Mac|Mc)\p{L}/iu.test(s.value))).toBe(true);
    const expected = [...new Set(HOLDOUT12_KINDS)];
    expect(expected.filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('labels no state or country as PHI, and plants no age under 90 and no bare year', () => {
    expect(spans(scored).filter((s) => s.type === 'LOCATION' && /^(CT|Conn|Mass\.|ME|Vt)$/i.test(s.value))).toEqual([]);
    for (const s of spans(corpus)) {
      if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
      if (s.type === 'AGE' && !/\d/.test(s.value)) expect(s.value).toMatch(/^(ninety|one hundred)/i);
      if (s.type === 'DATE') expect(s.value).not.toMatch(/^'?(19|20)?\d\d$/);
    }
  });
});


const spans = (notes: { phi: { type: string; value: string; kind: string }[] }[]) => notes.flatMap((n) => n.phi);

/** Every written form the generator can produce, by kind; the scored corpus must show each. */
const HOLDOUT12_KINDS = [
  'h12.account.grouped-twelve',
  'h12.account.har',
  'h12.account.payer-member',
  'h12.address.apt-dot',
  'h12.address.hash-unit',
  'h12.address.rural-route',
  'h12.address.street',
  'h12.address.zip-plus4',
  'h12.address.zip5',
  'h12.age.aet',
  'h12.age.centenarian',
  'h12.age.hyphen-words',
  'h12.age.paren-sex',
  'h12.age.y/o',
  'h12.age.yo-nospace',
  'h12.age.yrs-of-age',
  'h12.date.d-of-month',
  'h12.date.d.m.yyyy',
  'h12.date.ddMONyy',
  'h12.date.iso-basic-time',
  'h12.date.m-d-dash',
  'h12.date.mm-dd-yyyy',
  'h12.date.mm/dd-padded',
  'h12.date.mon-d-apostrophe-yy',
  'h12.date.mon-dd-comma-yy',
  'h12.date.month-yyyy',
  'h12.date.ordinal-only',
  'h12.date.yyyy.mm.dd',
  'h12.device.gs1-udi',
  'h12.device.pump-controller',
  'h12.device.serial-words',
  'h12.device.wearable-defib',
  'h12.email.given-family-number',
  'h12.id.collection',
  'h12.id.crisis-call',
  'h12.id.portal-handle',
  'h12.id.recall-ref',
  'h12.id.referral',
  'h12.id.rx',
  'h12.id.sti-case',
  'h12.id.tb-case',
  'h12.id.vaers',
  'h12.ip.v6-compressed',
  'h12.license.dea-style',
  'h12.license.drivers-spaced',
  'h12.license.npi-style',
  'h12.license.soundex-style',
  'h12.location.clinic',
  'h12.location.employer',
  'h12.location.hospital-code',
  'h12.location.hospital-saint-full',
  'h12.location.hospital-stem',
  'h12.location.school',
  'h12.location.shelter',
  'h12.location.town-other',
  'h12.location.town-word',
  'h12.location.venue',
  'h12.location.ward-lower',
  'h12.location.ward-number',
  'h12.mrn.dashed-groups',
  'h12.mrn.e-prefixed',
  'h12.mrn.slashed',
  'h12.name.after-title',
  'h12.name.caps-family-first',
  'h12.name.cosign-initials-lower',
  'h12.name.dash-login-style',
  'h12.name.family-after-quoted-nick',
  'h12.name.family-comma-initial',
  'h12.name.given-before-quoted-nick',
  'h12.name.given-family',
  'h12.name.given-family-caps',
  'h12.name.given-family-initial',
  'h12.name.given-family-lower',
  'h12.name.initials-credential',
  'h12.name.initials-lower',
  'h12.name.kin-given-caps',
  'h12.name.kin-given-only',
  'h12.name.kin-nick-lower',
  'h12.name.possessive',
  'h12.name.quoted-nickname',
  'h12.name.signoff-family-caps',
  'h12.phone.beeper-dash',
  'h12.phone.brazil-mobile',
  'h12.phone.dotted',
  'h12.phone.home-work-prefixed',
  'h12.phone.india-mobile',
  'h12.phone.jamaica',
  'h12.phone.korea-mobile',
  'h12.phone.nigeria-local',
  'h12.phone.paren-nospace',
  'h12.phone.seven-dash',
  'h12.phone.slash-area',
  'h12.phone.uk-trunk',
  'h12.phone.x-extension',
  'h12.ssn.dotted',
  'h12.ssn.nine-bare',
  'h12.ssn.one-hyphen',
  'h12.url.path-token',
  'h12.vehicle.boat-registration',
  'h12.vehicle.plate-digit-letters',
  'h12.vehicle.plate-letters-dash-digits',
  'h12.vehicle.vin',
];
