// Owns the unit tests of the fifteenth held-out PHI corpus (the examiner's set of session 15): gold offsets slice out
// the planted values, it is reproducible from its seed, its two halves alternate (even notes in five ICU-era styles of
// the development source, odd notes in ten new styles), it shares no note style, fine kind, protected term or vocabulary
// value with the main corpus, held-outs #1–#14 or the re-surrogation vocabularies (s9–s15), covers every Safe Harbor class
// the engine types at a realistic density, and writes the forms it exists for (word-names in capitals and lower case,
// relatives by given name, nicknames in parentheses, "LAST,FIRST" run together, slashed staff initials and dash sign-offs,
// ward names and hospital codes after "from/to/at", new date layouts, over-89 ages in words, Irish, Japanese, Pakistani,
// Ghanaian, Colombian, Turkish, Egyptian and Haitian phones, monitoring-app logins, serials, snowmobile registrations).
import { DEFAULT_HOLDOUT15_NOTES, DEFAULT_HOLDOUT15_SEED, generateHoldout15Corpus } from '../../../src/eval/synthetic/holdout15';
import { H15_OTHER_STYLES, H15_SOURCE_STYLES } from '../../../src/eval/synthetic/holdout15/styles';
import * as H15_VOCAB from '../../../src/eval/synthetic/holdout15/vocab';
import { describeHeldOutPhiCorpus } from '../../helpers/describeHeldOutPhiCorpus';

const { H15_GIVEN_WORDS, H15_PROTECTED_ALL, H15_PROTECTED_SOURCE, H15_PROTECTED_STYLES, H15_SURNAMES_WORDS, H15_TOWNS_WORDS } = H15_VOCAB;

/** Every written form the generator can produce, by kind; the scored corpus must show each. */
const HOLDOUT15_KINDS = [
  'h15.account.a-year-seven', 'h15.account.bill-hash-eight', 'h15.account.ten-dash-suffix',
  'h15.address.cabin-number', 'h15.address.general-delivery', 'h15.address.grid-n-number', 'h15.address.number-street-15', 'h15.address.zip-up-mi', 'h15.address.zip4-north-wi',
  'h15.age.age-colon', 'h15.age.in-words', 'h15.age.paren-age-word', 'h15.age.y.o.-dotted', 'h15.age.yo-sex-word', 'h15.age.yr-old-hyphen',
  'h15.date.MON-space-d-caps', 'h15.date.Mon-dd-yyyy-hyphen', 'h15.date.d-MON-yyyy-caps', 'h15.date.d-mon-yy-spaced', 'h15.date.d-month-yyyy-words', 'h15.date.dmon-run-lower', 'h15.date.m/d-short', 'h15.date.m/d/yy-short', 'h15.date.weekday-month-d', 'h15.date.wkday3-m/d', 'h15.date.yyyy/mm/dd', 'h15.date.yyyymmdd',
  'h15.device.cgm-transmitter', 'h15.device.implant-serial', 'h15.device.sn-colon-mixed',
  'h15.email.given-middle-family-dots',
  'h15.id.cremation-permit', 'h15.id.diet-clinic', 'h15.id.dxa-study', 'h15.id.gh-enrolment', 'h15.id.incident-report', 'h15.id.lens-order', 'h15.id.monitoring-app-login', 'h15.id.nt-screen', 'h15.id.otp-dosing', 'h15.id.repatriation-case', 'h15.id.rpm-enrolment',
  'h15.ip.private-172',
  'h15.license.drivers-letter-four-triples', 'h15.license.funeral-director', 'h15.license.optometrist', 'h15.license.pharmacist',
  'h15.location.employer-15', 'h15.location.hospital-saint-15', 'h15.location.hospital-stem-15', 'h15.location.north-woods-town', 'h15.location.outside-hosp-code', 'h15.location.school-15', 'h15.location.service-15', 'h15.location.town-word', 'h15.location.ward-floor-side', 'h15.location.ward-lowercase-15',
  'h15.mrn.six-dash-check', 'h15.mrn.spaced-nines', 'h15.mrn.two-letters-six',
  'h15.name.bare-surname-upper', 'h15.name.dash-initials-signoff', 'h15.name.family-after-paren-nick', 'h15.name.family-comma-given-run-caps', 'h15.name.given-and-role', 'h15.name.given-before-paren-nick', 'h15.name.given-family', 'h15.name.given-family-lowercase', 'h15.name.given-family-upper', 'h15.name.given-last-initial-signoff', 'h15.name.given-middle-initial-family', 'h15.name.initial-space-family', 'h15.name.kin-given-alone', 'h15.name.kin-given-lowercase', 'h15.name.kin-given-upper', 'h15.name.kin-nickname-alone', 'h15.name.paren-nickname', 'h15.name.possessive-15', 'h15.name.titled-family', 'h15.name.two-initials-slash-role',
  'h15.phone.colombia-mobile', 'h15.phone.dotted-with-ext-word', 'h15.phone.egypt-mobile', 'h15.phone.ghana-mobile', 'h15.phone.haiti-mobile', 'h15.phone.hash-seven', 'h15.phone.ireland-mobile', 'h15.phone.japan-mobile', 'h15.phone.pakistan-mobile', 'h15.phone.paren-area-nospace-dash', 'h15.phone.seven-dotted', 'h15.phone.seven-x-ext', 'h15.phone.ten-run', 'h15.phone.turkey-mobile',
  'h15.ssn.last-four-star-mask', 'h15.ssn.spaced-3-2-4',
  'h15.url.short-redirect',
  'h15.vehicle.letter-two-dash-letter-two', 'h15.vehicle.snowmobile-registration', 'h15.vehicle.three-digits-space-three-letters',
];

describeHeldOutPhiCorpus({
  n: 15,
  ordinal: 'fifteenth',
  generate: generateHoldout15Corpus,
  seed: 15,
  defaultSeed: DEFAULT_HOLDOUT15_SEED,
  defaultNotes: DEFAULT_HOLDOUT15_NOTES,
  sourceStyles: H15_SOURCE_STYLES,
  otherStyles: H15_OTHER_STYLES,
  protectedSource: H15_PROTECTED_SOURCE,
  protectedStyles: H15_PROTECTED_STYLES,
  protectedAll: H15_PROTECTED_ALL,
  minProtectedTerms: 60,
  minPhiPerNoteEachHalf: 10,
  minProtectedPlanted: 900,
  vocabulary: { module: H15_VOCAB, folder: 'holdout15' },
  sourceTypes: ['NAME', 'DATE', 'AGE', 'PHONE', 'LOCATION', 'ADDRESS', 'MRN', 'ACCOUNT', 'VEHICLE'],
  forms: {
    givenWords: H15_GIVEN_WORDS,
    surnameWords: H15_SURNAMES_WORDS,
    townWords: H15_TOWNS_WORDS,
    particles: /(^|\s)(von|zu|de las|van der|ten|te) \p{L}/iu,
    kinds: HOLDOUT15_KINDS,
  },
  statesAndCountries: /^(Mich\.?|MI|Wis\.?|WI|Minn\.?)$/i,
  agesInWords: /^(ninety|one hundred)/i,
}, ({ scored }) => {
  it('writes the source half the way the era wrote it: staff, family and other hospitals in running text, places after from/to/at', () => {
    const source = scored.filter((note) => note.style.startsWith('h15_src_'));
    const kinds = new Set(source.flatMap((note) => note.phi.map((s) => s.kind)));
    for (const k of ['h15.name.kin-given-alone', 'h15.name.two-initials-slash-role', 'h15.name.dash-initials-signoff', 'h15.location.outside-hosp-code',
      'h15.location.town-word', 'h15.location.ward-floor-side', 'h15.date.dmon-run-lower', 'h15.phone.seven-dotted']) expect([k, kinds.has(k)]).toEqual([k, true]);
    const placeAfter = source.filter((note) => note.phi.some((s) => s.type === 'LOCATION' && /\b(from|to|at|in) \(?$/i.test(note.text.slice(Math.max(0, s.start - 6), s.start))));
    expect(placeAfter.length).toBeGreaterThan(100);
  });
});
