// Owns the unit tests of the fourteenth held-out PHI corpus (the examiner's set of session 14): gold offsets slice out
// the planted values, it is reproducible from its seed, its two halves alternate (even notes in five ICU-era styles of
// the development source, odd notes in ten new styles), it shares no note style, fine kind, protected term or vocabulary
// value with the main corpus, held-outs #1–#13 or the re-surrogation vocabularies (s9–s14), covers every Safe Harbor class
// the engine types at a realistic density, and writes the forms it exists for (word-names in capitals and lower case,
// relatives by given name, "called" nicknames, run-together staff initials and shift sign-offs, ward names and hospital
// codes, new date layouts, over-89 ages, Latin American, Asian, African and European phones, clinic handles, serials, plates).
import { DEFAULT_HOLDOUT14_NOTES, DEFAULT_HOLDOUT14_SEED, generateHoldout14Corpus } from '../../../src/eval/synthetic/holdout14';
import { H14_OTHER_STYLES, H14_SOURCE_STYLES } from '../../../src/eval/synthetic/holdout14/styles';
import * as H14_VOCAB from '../../../src/eval/synthetic/holdout14/vocab';
import { describeHeldOutPhiCorpus } from '../../helpers/describeHeldOutPhiCorpus';

const { H14_GIVEN_WORDS, H14_PROTECTED_ALL, H14_PROTECTED_SOURCE, H14_PROTECTED_STYLES, H14_SURNAMES_WORDS, H14_TOWNS_WORDS } = H14_VOCAB;

/** Every written form the generator can produce, by kind; the scored corpus must show each. */
const HOLDOUT14_KINDS = [
  'h14.account.payer-three-letter', 'h14.account.spaced-ten', 'h14.account.visit-v',
  'h14.address.highway-contract', 'h14.address.lettered-number', 'h14.address.number-street-14', 'h14.address.trailer-lot',
  'h14.address.zip-shore-md', 'h14.address.zip4-shore-va',
  'h14.age.a-n-year-old', 'h14.age.aged', 'h14.age.paren-years', 'h14.age.y-slash-o', 'h14.age.yo-space', 'h14.age.yr-sex-letter',
  'h14.date.MONdd-compact', 'h14.date.d/m/yyyy', 'h14.date.dd.mm.yy', 'h14.date.dth-of-month-yyyy', 'h14.date.m.d-dotted',
  'h14.date.m/d-bare', 'h14.date.m/d-paren-weekday', 'h14.date.mm-dd-yyyy-slashless', 'h14.date.mon-d-lower-14',
  'h14.date.mon.-d-yyyy', 'h14.date.month-dth-yyyy', 'h14.date.wk-of-m/d/yyyy', 'h14.date.yy-mm-dd',
  'h14.device.pen-lot', 'h14.device.port-serial-nines', 'h14.device.slash-sn-letters',
  'h14.email.surname-given3-digits',
  'h14.id.allergen-vial', 'h14.id.andrology', 'h14.id.band-adjust', 'h14.id.birth-registry', 'h14.id.clinic-app-handle',
  'h14.id.i693-case', 'h14.id.mammo-recall', 'h14.id.pft', 'h14.id.splint-order', 'h14.id.stone-analysis', 'h14.id.stress-study',
  'h14.ip.private-ten',
  'h14.license.drivers-letter-four-groups', 'h14.license.midwife', 'h14.license.occupational-therapist', 'h14.license.radiologic-technologist',
  'h14.location.employer-14', 'h14.location.hospital-saint-14', 'h14.location.hospital-stem-14', 'h14.location.other-hosp-code',
  'h14.location.school-14', 'h14.location.service-14', 'h14.location.shore-town', 'h14.location.town-word',
  'h14.location.ward-floor-letter', 'h14.location.ward-lower-14',
  'h14.mrn.dotted-eight', 'h14.mrn.three-two-two-one', 'h14.mrn.u-unit-number',
  'h14.name.called-nickname', 'h14.name.caps-last-space-first', 'h14.name.dotted-lower-initials', 'h14.name.first-initial-dot',
  'h14.name.first-last', 'h14.name.first-last-before-called', 'h14.name.first-last-caps', 'h14.name.first-last-lower',
  'h14.name.last-comma-two-initials', 'h14.name.possessive-14', 'h14.name.relative-given', 'h14.name.relative-given-lower',
  'h14.name.relative-nick-lower', 'h14.name.signoff-initials-shift', 'h14.name.slash-first-lower-signoff', 'h14.name.three-initials-run',
  'h14.name.title-surname', 'h14.name.with-surname-caps',
  'h14.phone.all-slashes', 'h14.phone.dashed-ten', 'h14.phone.france-mobile-pairs', 'h14.phone.germany-mobile', 'h14.phone.kenya-mobile',
  'h14.phone.letter-colon-seven', 'h14.phone.mexico', 'h14.phone.one-paren-area', 'h14.phone.pager-four-digit',
  'h14.phone.philippines-mobile', 'h14.phone.seven-run', 'h14.phone.south-africa-mobile', 'h14.phone.vietnam-mobile',
  'h14.ssn.dashed-14', 'h14.ssn.last-four-masked-prefix',
  'h14.url.query-patient',
  'h14.vehicle.boat-number', 'h14.vehicle.three-letters-dash-four', 'h14.vehicle.trailer-plate',
];

describeHeldOutPhiCorpus({
  n: 14,
  ordinal: 'fourteenth',
  generate: generateHoldout14Corpus,
  seed: 14,
  defaultSeed: DEFAULT_HOLDOUT14_SEED,
  defaultNotes: DEFAULT_HOLDOUT14_NOTES,
  sourceStyles: H14_SOURCE_STYLES,
  otherStyles: H14_OTHER_STYLES,
  protectedSource: H14_PROTECTED_SOURCE,
  protectedStyles: H14_PROTECTED_STYLES,
  protectedAll: H14_PROTECTED_ALL,
  minProtectedTerms: 60,
  minPhiPerNoteEachHalf: 10,
  minProtectedPlanted: 900,
  vocabulary: { module: H14_VOCAB, folder: 'holdout14' },
  sourceTypes: ['NAME', 'DATE', 'AGE', 'PHONE', 'LOCATION', 'ADDRESS', 'MRN', 'ACCOUNT', 'VEHICLE'],
  forms: {
    givenWords: H14_GIVEN_WORDS,
    surnameWords: H14_SURNAMES_WORDS,
    townWords: H14_TOWNS_WORDS,
    particles: /(^|\s)(von|zu|de la|del|van den|ter|le) \p{L}/iu,
    kinds: HOLDOUT14_KINDS,
  },
  statesAndCountries: /^(Md\.?|MD|Va\.?|VA|Del\.?)$/i,
  agesInWords: /^(ninety|one hundred)/i,
});
