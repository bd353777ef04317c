// Owns the unit tests of the tenth held-out PHI corpus (the examiner's set of session 10): gold offsets slice out
// the planted values, it is reproducible from its seed, its two halves alternate (even notes in the development
// source's ICU styles, odd notes in nine new styles), it shares no note style, fine kind or protected term with the
// main corpus or held-outs #1–#9, covers every Safe Harbor class the engine types, and writes the forms it exists
// for (word-names, family-first names, particles, lower case, nicknames, possessives, staff initials, word towns,
// institutions of many kinds, over-89 ages in words and compact forms, every date form, extensions and country codes,
// spaced, dotted and bare SSNs, DEA numbers with their check digit, UDIs, VINs, plates, aircraft tails, ZIP+4).
import { DEFAULT_HOLDOUT10_NOTES, DEFAULT_HOLDOUT10_SEED, generateHoldout10Corpus } from '../../../src/eval/synthetic/holdout10';
import { H10_OTHER_STYLES, H10_SOURCE_STYLES } from '../../../src/eval/synthetic/holdout10/styles';
import { H10_GIVEN_WORDS, H10_PROTECTED_ALL, H10_PROTECTED_SOURCE, H10_PROTECTED_STYLES, H10_SURNAMES_WORDS, H10_TOWNS_WORDS } from '../../../src/eval/synthetic/holdout10/vocab';
import { describeHeldOutPhiCorpus } from '../../helpers/describeHeldOutPhiCorpus';

describeHeldOutPhiCorpus(
  {
    n: 10,
    ordinal: 'tenth',
    generate: generateHoldout10Corpus,
    seed: 10,
    defaultSeed: DEFAULT_HOLDOUT10_SEED,
    defaultNotes: DEFAULT_HOLDOUT10_NOTES,
    sourceStyles: H10_SOURCE_STYLES,
    otherStyles: H10_OTHER_STYLES,
    protectedSource: H10_PROTECTED_SOURCE,
    protectedStyles: H10_PROTECTED_STYLES,
    protectedAll: H10_PROTECTED_ALL,
    minProtectedTerms: 40,
    sharedKindsFromSeeded: true,
    sourceTypes: ['NAME', 'DATE', 'AGE', 'PHONE', 'LOCATION', 'ADDRESS', 'MRN', 'ACCOUNT'],
    statesAndCountries: /^(MA|NH|RI|ME|VT|CT|Mass\.|N\.H\.|Eritrea|Guatemala|Bhutan|Burma|Honduras|Afghanistan|Democratic Republic of the Congo)$/i,
    agesInWords: /^ninety/i,
  },
  ({ corpus, scored }) => {
    it('plants more than 3000 PHI spans and 900 protected terms in its seeded corpus', () => {
      expect(corpus.reduce((n, note) => n + note.phi.length, 0)).toBeGreaterThan(3000);
      expect(corpus.reduce((n, note) => n + note.protected.length, 0)).toBeGreaterThan(900);
    });

    it('writes the forms it exists for (in the scored corpus)', () => {
      const spans = scored.flatMap((n) => n.phi);
      const kinds = new Set(spans.map((s) => s.kind));
      const words = new Set<string>([...H10_GIVEN_WORDS, ...H10_SURNAMES_WORDS]);
      expect(spans.some((s) => s.type === 'NAME' && words.has(s.value))).toBe(true);
      expect(spans.some((s) => s.type === 'NAME' && s.value === s.value.toLowerCase() && words.has(s.value.replace(/^./, (c) => c.toUpperCase())))).toBe(true);
      expect(spans.some((s) => s.kind === 'h10.location.town-word' && (H10_TOWNS_WORDS as readonly string[]).includes(s.value))).toBe(true);
      expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F]/.test(s.value))).toBe(true);
      expect(spans.some((s) => s.type === 'NAME' && /(^|\s)(van der|de la|da) \p{Lu}/u.test(s.value))).toBe(true);
      expect(spans.some((s) => s.type === 'NAME' && /(^|\s)(O'|Mac|Mc)\p{Lu}/u.test(s.value))).toBe(true);
      for (const k of ['h10.name.given-family', 'h10.name.lower', 'h10.name.family-comma-given', 'h10.name.initial-family', 'h10.name.given-mi-family',
        'h10.name.quoted-nickname', 'h10.name.family-first', 'h10.name.family-first-caps', 'h10.name.given-only', 'h10.name.given-only-lower', 'h10.name.nickname-only',
        'h10.name.possessive', 'h10.name.title-family', 'h10.name.staff-full', 'h10.name.staff-initials', 'h10.name.staff-initials-lower', 'h10.name.given-last-initial',
        'h10.name.staff-caps-surname',
        'h10.date.m-d', 'h10.date.mm-dd-yy', 'h10.date.m-d-yyyy', 'h10.date.m-dash-d-yy', 'h10.date.d-m-yyyy-dots', 'h10.date.iso', 'h10.date.mon-d',
        'h10.date.month-d-yyyy', 'h10.date.d-mon-yyyy', 'h10.date.compact-ddmonyy', 'h10.date.compact-yyyymmdd', 'h10.date.apostrophe-year',
        'h10.date.ordinal-of-month', 'h10.date.month-yyyy', 'h10.date.spaced-slashes', 'h10.date.mm.dd.yy',
        'h10.age.words', 'h10.age.yo', 'h10.age.compact-yo', 'h10.age.compact-sex', 'h10.age.y-o', 'h10.age.hyphen-year-old',
        'h10.phone.paren', 'h10.phone.dashed', 'h10.phone.dotted', 'h10.phone.slash', 'h10.phone.ext', 'h10.phone.x-ext', 'h10.phone.plus1-spaced', 'h10.phone.uk',
        'h10.phone.mexico-011', 'h10.phone.australia-mobile', 'h10.phone.seven-digit', 'h10.phone.internal-ext', 'h10.phone.pager',
        'h10.location.town', 'h10.location.town-word', 'h10.location.hospital', 'h10.location.hospital-saint', 'h10.location.hospital-abbrev',
        'h10.location.ward-building', 'h10.location.rehab-nursing-home', 'h10.location.clinic', 'h10.location.shelter', 'h10.location.group-home', 'h10.location.school',
        'h10.location.employer', 'h10.location.church', 'h10.location.pharmacy', 'h10.location.vessel', 'h10.location.base', 'h10.location.camp', 'h10.location.team',
        'h10.location.airport', 'h10.location.refugee-camp',
        'h10.address.street', 'h10.address.street-unit', 'h10.address.po-box', 'h10.address.rural-route', 'h10.address.zip', 'h10.address.zip-plus4',
        'h10.ssn.dashed', 'h10.ssn.spaced', 'h10.ssn.bare', 'h10.ssn.dotted', 'h10.mrn.unit-number', 'h10.mrn.eight-digit', 'h10.mrn.letter-prefixed',
        'h10.account.hospital', 'h10.account.member-id', 'h10.account.claim', 'h10.account.medicare-advantage',
        'h10.license.dea', 'h10.license.npi', 'h10.license.state-board', 'h10.license.drivers',
        'h10.id.booking', 'h10.id.crew', 'h10.id.flight', 'h10.id.study', 'h10.id.a-number', 'h10.id.accession', 'h10.id.specimen', 'h10.id.chamber', 'h10.id.case',
        'h10.id.rx', 'h10.id.lot', 'h10.device.udi-gs1', 'h10.device.serial', 'h10.device.pump-serial',
        'h10.vehicle.vin', 'h10.vehicle.plate-spaced', 'h10.vehicle.plate-dashed', 'h10.vehicle.aircraft-tail', 'h10.ip.v4', 'h10.ip.v6',
        'h10.url.caring-site', 'h10.url.portal-path', 'h10.email.personal']) {
        expect([k, kinds.has(k)]).toEqual([k, true]);
      }
    });

    it('writes states after towns with a ZIP code', () => {
      expect(scored.some((n) => /, (MA|NH|RI|ME) 0\d{4}/i.test(n.text))).toBe(true);
    });

    it('writes DEA numbers with a valid check digit', () => {
      for (const note of corpus) {
        for (const s of note.phi) {
          if (s.kind === 'h10.license.dea') {
            const d = s.value.slice(2).split('').map(Number);
            expect((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10).toBe(d[6]);
          }
        }
      }
    });
  },
);
