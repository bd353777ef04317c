// Owns the unit tests of the eleventh held-out PHI corpus (the examiner's set of session 11): gold offsets slice out
// the planted values, it is reproducible from its seed, its two halves alternate (even notes in five ICU-era styles of
// the development source, odd notes in nine new styles), it shares no note style, fine kind, protected term or vocabulary
// value with the main corpus, held-outs #1–#10 or the re-surrogation vocabularies, covers every Safe Harbor class the
// engine types at a realistic density, and writes the forms it exists for (word-names in capitals and lower case,
// relatives by given name, parenthesised nicknames, staff initials and sign-offs, ward names and hospital codes, new
// date layouts, over-89 ages in words, international phones, portal usernames, MAC addresses, IMEIs, plates).
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_HOLDOUT11_NOTES, DEFAULT_HOLDOUT11_SEED, generateHoldout11Corpus } from '../../../src/eval/synthetic/holdout11';
import { H11_OTHER_STYLES, H11_SOURCE_STYLES } from '../../../src/eval/synthetic/holdout11/styles';
import * as H11_VOCAB from '../../../src/eval/synthetic/holdout11/vocab';
import { goldSpanProblems } from '../../helpers/syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from '../../helpers/heldOutPhiCorpora';

const { H11_GIVEN_WORDS, H11_PROTECTED_ALL, H11_PROTECTED_SOURCE, H11_PROTECTED_STYLES, H11_SURNAMES_WORDS, H11_TOWNS_WORDS } = H11_VOCAB;

/** Every string exported (at any depth) by the other synthetic and re-surrogation modules, lower-cased. */
function earlierValues(): Set<string> {
  const root = path.join(__dirname, '../../../src/eval');
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const files = [...walk(path.join(root, 'synthetic')), ...walk(path.join(root, 'deidResurrogate'))].filter((f) => f.endsWith('.ts') && !f.includes(`${path.sep}holdout11${path.sep}`));
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

describe('eleventh held-out synthetic PHI corpus', () => {
  const corpus = generateHoldout11Corpus({ seed: 11, notes: 300 });
  const scored = generateHoldout11Corpus();

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
    expect(goldSpanProblems(scored, { protectedOutsidePhi: true })).toEqual([]);
    for (const note of scored) for (const s of note.phi) expect(note.text.slice(s.start, s.end)).toBe(s.value);
    // A realistic PHI density: at least ten spans a note on average, in each half.
    for (const prefix of ['h11_src_', 'h11_new_']) {
      const half = scored.filter((n) => n.style.startsWith(prefix));
      expect(half.reduce((n, note) => n + note.phi.length, 0) / half.length).toBeGreaterThanOrEqual(10);
    }
    expect(scored.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(900);
  });

  it('is reproducible from the seed and differs between seeds; the default is the scored corpus', () => {
    expect(generateHoldout11Corpus({ seed: 11, notes: 10 })).toEqual(corpus.slice(0, 10));
    expect(generateHoldout11Corpus({ seed: 12, notes: 10 }).map((n) => n.text)).not.toEqual(corpus.slice(0, 10).map((n) => n.text));
    expect(generateHoldout11Corpus()).toEqual(scored);
    expect(scored).toHaveLength(DEFAULT_HOLDOUT11_NOTES);
    expect(scored[0].id).toBe(`holdout11-${DEFAULT_HOLDOUT11_SEED}-00000`);
  });

  it('alternates its halves: 150 source-style notes in 5 styles and 150 notes in 9 new styles, told apart by style name', () => {
    const source = scored.filter((n) => n.style.startsWith('h11_src_'));
    const other = scored.filter((n) => n.style.startsWith('h11_new_'));
    expect([source.length, other.length]).toEqual([150, 150]);
    expect(scored.filter((n, i) => n.style.startsWith(i % 2 === 0 ? 'h11_src_' : 'h11_new_'))).toHaveLength(300);
    expect(H11_SOURCE_STYLES.length).toBe(5);
    expect(H11_OTHER_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(source.map((n) => n.style)).size).toBe(H11_SOURCE_STYLES.length);
    expect(new Set(other.map((n) => n.style)).size).toBe(H11_OTHER_STYLES.length);
    const cased = (n: { text: string }) => (n.text === n.text.toUpperCase() ? 'upper' : n.text === n.text.toLowerCase() ? 'lower' : 'mixed');
    expect(new Set(source.map(cased))).toEqual(new Set(['upper', 'lower', 'mixed']));
    const sourceTerms = new Set<string>(H11_PROTECTED_SOURCE);
    expect(H11_PROTECTED_STYLES.filter((t) => sourceTerms.has(t))).toEqual([]);
    expect(source.flatMap((n) => n.protected.map((p) => p.term)).filter((t) => !sourceTerms.has(t))).toEqual([]);
    expect(other.flatMap((n) => n.protected.map((p) => p.term)).filter((t) => sourceTerms.has(t))).toEqual([]);
  });

  it('shares no style, fine kind or protected term with the main corpus or held-outs #1–#10', () => {
    expect(sharedWithEarlier('#11', scored, 11)).toEqual(NOTHING_SHARED);
    expect(new Set(H11_PROTECTED_ALL).size).toBeGreaterThanOrEqual(60);
    const planted = new Set(scored.flatMap((n) => n.protected.map((p) => p.term)));
    expect(H11_PROTECTED_ALL.filter((t) => !planted.has(t))).toEqual([]);
  });

  it('draws no name, place or protected term that any other synthetic module or re-surrogation vocabulary holds', () => {
    const earlier = earlierValues();
    const own = Object.entries(H11_VOCAB).filter(([k]) => !/RELATIONS|STATES|SUFFIX/.test(k)).flatMap(([, v]) => v as readonly string[]);
    expect(own.length).toBeGreaterThan(300);
    expect(own.filter((v) => earlier.has(v.toLowerCase()))).toEqual([]);
  });

  it('covers every Safe Harbor class the engine types, in each half', () => {
    const typesOf = (prefix: string) => new Set(scored.filter((n) => n.style.startsWith(prefix)).flatMap((n) => n.phi.map((s) => s.type)));
    const all = typesOf('h11_');
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID']) {
      expect([t, all.has(t as never)]).toEqual([t, true]);
    }
    const source = typesOf('h11_src_');
    for (const t of ['NAME', 'DATE', 'AGE', 'PHONE', 'LOCATION', 'ADDRESS', 'MRN', 'ACCOUNT', 'VEHICLE']) expect([t, source.has(t as never)]).toEqual([t, true]);
  });

  it('writes the forms it exists for (in the scored corpus)', () => {
    const spans = scored.flatMap((n) => n.phi);
    const kinds = new Set(spans.map((s) => s.kind));
    const words = new Set<string>([...H11_GIVEN_WORDS, ...H11_SURNAMES_WORDS].map((w) => w.toLowerCase()));
    expect(spans.some((s) => s.type === 'NAME' && words.has(s.value.toLowerCase()) && s.value === s.value.toUpperCase())).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && s.value === s.value.toLowerCase() && words.has(s.value))).toBe(true);
    expect(spans.some((s) => s.kind === 'h11.location.town-word' && (H11_TOWNS_WORDS as readonly string[]).map((w) => w.toLowerCase()).includes(s.value.toLowerCase()))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F]/.test(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /(^|\s)(van den|ter|de|dos) \p{L}/iu.test(s.value))).toBe(true);
    expect(spans.some((s) => s.type === 'NAME' && /(^|\s|\.)(O'|Mac|Mc)\p{L}/iu.test(s.value))).toBe(true);
    const expected = [...new Set(HOLDOUT11_KINDS)];
    expect(expected.filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('labels no state or country as PHI, and plants no age under 90 and no bare year', () => {
    expect(spans(scored).filter((s) => s.type === 'LOCATION' && /^(MA|RI|NH|Mass|R\.I\.)$/i.test(s.value))).toEqual([]);
    for (const s of spans(corpus)) {
      if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
      if (s.type === 'AGE' && !/\d/.test(s.value)) expect(s.value).toMatch(/^(ninety|one hundred)/i);
      if (s.type === 'DATE') expect(s.value).not.toMatch(/^'?(19|20)?\d\d$/);
    }
  });
});

const spans = (notes: { phi: { type: string; value: string; kind: string }[] }[]) => notes.flatMap((n) => n.phi);

/** Every written form the generator can produce, by kind; the scored corpus must show each. */
const HOLDOUT11_KINDS = [
  'h11.name.full', 'h11.name.full-caps', 'h11.name.full-lower', 'h11.name.caps-comma', 'h11.name.initial-nospace', 'h11.name.given-before-paren-nick',
  'h11.name.paren-nickname', 'h11.name.family-after-paren-nick', 'h11.name.kin-given', 'h11.name.kin-given-lower', 'h11.name.kin-nickname', 'h11.name.titled',
  'h11.name.possessive-given-or-family', 'h11.name.staff-initial-family', 'h11.name.staff-two-initials', 'h11.name.staff-dotted-initials',
  'h11.name.staff-given-only', 'h11.name.staff-signoff-family',
  'h11.date.yyyy/mm/dd', 'h11.date.dd-mm-yy', 'h11.date.dd.mm.yy', 'h11.date.MON-dd-yyyy', 'h11.date.d-mon-yy-spaced', 'h11.date.month-dth', 'h11.date.mon-dot-d',
  'h11.date.m/d-slash-only', 'h11.date.mm/yyyy', 'h11.date.yymmdd', 'h11.date.roman-month', 'h11.date.weekday-m-d', 'h11.date.m.d', 'h11.date.the-dth',
  'h11.date.d-month-yyyy',
  'h11.age.caps-words', 'h11.age.hundred-words', 'h11.age.yr', 'h11.age.yrs', 'h11.age.compact-y', 'h11.age.year-old-dash', 'h11.age.age-prefix', 'h11.age.aged',
  'h11.phone.spaced', 'h11.phone.one-dash', 'h11.phone.paren-dash', 'h11.phone.ten-bare', 'h11.phone.ext-no-dot', 'h11.phone.germany', 'h11.phone.france-pairs',
  'h11.phone.ireland-00', 'h11.phone.cape-verde', 'h11.phone.philippines-mobile', 'h11.phone.seven-spaced', 'h11.phone.seven-bare', 'h11.phone.beeper',
  'h11.location.town-word', 'h11.location.town-other', 'h11.location.ward-floor', 'h11.location.ward-caps', 'h11.location.hospital-code', 'h11.location.hospital-stem',
  'h11.location.hospital-saint-nodot', 'h11.location.nursing-home', 'h11.location.church', 'h11.location.practice', 'h11.location.employer', 'h11.location.park-trail',
  'h11.location.dive-site', 'h11.location.airfield', 'h11.location.event-venue',
  'h11.address.zip5', 'h11.address.number-street', 'h11.address.floor-or-rear', 'h11.address.hyphen-range', 'h11.address.pobox-nodots',
  'h11.email.family-initial', 'h11.id.portal-username', 'h11.url.query-pid', 'h11.ip.v4-port', 'h11.ssn.slashed', 'h11.ssn.dashed', 'h11.ssn.spaced-dashes',
  'h11.mrn.spaced-pairs', 'h11.mrn.check-suffix', 'h11.mrn.letters-hyphen', 'h11.account.visit-v', 'h11.account.grouped-policy', 'h11.account.mixed-member',
  'h11.license.faa-medical', 'h11.license.drivers-dashed', 'h11.license.diver-cert', 'h11.license.cdl', 'h11.license.nursing-hyphen',
  'h11.id.tag', 'h11.id.incident', 'h11.id.procedure', 'h11.id.study', 'h11.id.order', 'h11.id.mission', 'h11.id.log', 'h11.id.prior-auth',
  'h11.device.mac-address', 'h11.device.imei', 'h11.device.cpap-serial', 'h11.device.sn-prefixed',
  'h11.vehicle.plate-digits-letters', 'h11.vehicle.plate-vanity-mix', 'h11.vehicle.rig-number', 'h11.vehicle.trailer-plate',
];
