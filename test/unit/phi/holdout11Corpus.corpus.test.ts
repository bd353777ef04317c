// Owns the unit tests of the eleventh held-out PHI corpus (the examiner's set of session 11): gold offsets slice out
// the planted values, it is reproducible from its seed, its two halves alternate (even notes in five ICU-era styles of
// the development source, odd notes in nine new styles), it shares no note style, fine kind, protected term or vocabulary
// value with the main corpus, held-outs #1–#10 or the re-surrogation vocabularies, covers every Safe Harbor class the
// engine types at a realistic density, and writes the forms it exists for (word-names in capitals and lower case,
// relatives by given name, parenthesised nicknames, staff initials and sign-offs, ward names and hospital codes, new
// date layouts, over-89 ages in words, international phones, portal usernames, MAC addresses, IMEIs, plates).
import { DEFAULT_HOLDOUT11_NOTES, DEFAULT_HOLDOUT11_SEED, generateHoldout11Corpus } from '../../../src/eval/synthetic/holdout11';
import { H11_OTHER_STYLES, H11_SOURCE_STYLES } from '../../../src/eval/synthetic/holdout11/styles';
import * as H11_VOCAB from '../../../src/eval/synthetic/holdout11/vocab';
import { describeHeldOutPhiCorpus } from '../../helpers/describeHeldOutPhiCorpus';

const { H11_GIVEN_WORDS, H11_PROTECTED_ALL, H11_PROTECTED_SOURCE, H11_PROTECTED_STYLES, H11_SURNAMES_WORDS, H11_TOWNS_WORDS } = H11_VOCAB;

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

describeHeldOutPhiCorpus({
  n: 11,
  ordinal: 'eleventh',
  generate: generateHoldout11Corpus,
  seed: 11,
  defaultSeed: DEFAULT_HOLDOUT11_SEED,
  defaultNotes: DEFAULT_HOLDOUT11_NOTES,
  sourceStyles: H11_SOURCE_STYLES,
  otherStyles: H11_OTHER_STYLES,
  protectedSource: H11_PROTECTED_SOURCE,
  protectedStyles: H11_PROTECTED_STYLES,
  protectedAll: H11_PROTECTED_ALL,
  minProtectedTerms: 60,
  minPhiPerNoteEachHalf: 10,
  minProtectedPlanted: 900,
  vocabulary: { module: H11_VOCAB, folder: 'holdout11' },
  sourceTypes: ['NAME', 'DATE', 'AGE', 'PHONE', 'LOCATION', 'ADDRESS', 'MRN', 'ACCOUNT', 'VEHICLE'],
  forms: {
    givenWords: H11_GIVEN_WORDS,
    surnameWords: H11_SURNAMES_WORDS,
    townWords: H11_TOWNS_WORDS,
    particles: /(^|\s)(van den|ter|de|dos) \p{L}/iu,
    kinds: HOLDOUT11_KINDS,
  },
  statesAndCountries: /^(MA|RI|NH|Mass|R\.I\.)$/i,
  agesInWords: /^(ninety|one hundred)/i,
});
