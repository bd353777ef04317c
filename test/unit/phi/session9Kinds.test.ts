// Owns the unit tests of issue 9's second wave: lower-case streets with a unit, identifiers numbered by registers nobody listed (protective-service
// case numbers, IVF laboratory items, any "<counted thing> ID"), plates after "reg", staff initials closing a note by a
// glued hyphen or before the signer's credentials, and abbreviated month names with a two-digit day or year. Dates after
// clinical event words are asserted in the generated matrix (test/helpers/formatMatrix.ts, positions event-*).
// Every fixture is synthetic.
import { redact } from '../../../src/engine/phi';
import { coveredBy, touchedBy } from '../../helpers/phiCoverage';

function covered(text: string, needle: string): boolean {
  return coveredBy(text, needle, redact(text).spans);
}
function kept(text: string, needle: string): boolean {
  return !touchedBy(text, needle, redact(text).spans);
}

describe('identifiers after a cue naming a register of people or a record', () => {
  test.each([
    ['child protective services case number (register cue: agency + case)', 'CHILD IN PLACEMENT   DCF case 012127-J\nChild: on file', '012127-J'],
    ['adult protective services case number', 'Referral made; APS case 448120-B opened today.', '448120-B'],
    ['IVF laboratory embryo number (register cue: embryo)', '9 oocytes; embryo E151-C7 graded 4AA, vitrified.', 'E151-C7'],
    ['oocyte straw number', 'Vitrified in straw S2291-04 on the open system.', 'S2291-04'],
    ['"<counted thing> ID" names a record, not a count', 'IVF STIMULATION LOG   Cycle ID QPF-AT8558\nPatient: on file', 'QPF-AT8558'],
    ['run-on plate after "reg" (registration)', 'Vehicle on scene Mass. reg 992LFG.', '992LFG'],
  ])('%s', (_label, text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });

  test.each([
    ['a chemotherapy cycle count', 'Cycle # 3 of FOLFOX given.', '3'],
    ['an embryo grade and day', '3 embryos 5AA, 4AB frozen; embryo day 5 transfer.', '5AA'],
    ['regular insulin with a dose', 'reg insulin 10 units before meals.', '10'],
    ['a case count', 'In case 2 of the series the margin was clear.', '2'],
  ])('keeps %s', (_label, text, needle) => {
    expect(kept(text, needle)).toBe(true);
  });
});

describe('name.signoff-initials: a hyphen glued to initials, and initials before credentials', () => {
  test.each([
    ['hyphen sign-off closing its line', 'a/p: cont current plan; update family.\n-dl\n', 'dl'],
    ['hyphen sign-off after a disposition label', 'HCP is daughter.\nDISPO: -YC\n', 'YC'],
    ['hyphen sign-off before a cc line', 'Please call with questions. Sincerely, -mz   cc: clinic file', 'mz'],
    ['hyphen sign-off before a pager', 'SW will follow. -wq beeper #5404\n', 'wq'],
    ['initials and credential alone on the last line', 'A/P: CONT CURRENT PLAN; UPDATE FAMILY.\nJK RN\n', 'JK'],
    ['initials and a lower-case credential after a label', 'dispo: back to LTC when stable; jk md\n', 'jk'],
    ['initials before a board certification', 'Family updated at bedside.\nJW RNC \n', 'JW'],
  ])('%s', (_label, text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });

  test.each([
    ['a minus glued to a clinical abbreviation (negation)', 'Abd obese, hypoactive BS. -BM \nGU: foley draining.', 'BM'],
    ['a bullet with a phrase after it', 'Plan:\n-no fever\n-pain controlled\n', 'no'],
    ['a service before a credential', 'Wound care by RN\nPT RN\n', 'PT'],
    ['a minus before a symptom abbreviation', 'ROS: -SOB\n', 'SOB'],
  ])('keeps %s', (_label, text, needle) => {
    expect(kept(text, needle)).toBe(true);
  });
});

describe('address.street-with-unit: a street in any case is an address when a floor, basement or apartment follows', () => {
  test.each([
    ['lower-case street, abbreviated suffix, ordinal floor', 'joy love, 66 y/o, at 1127 winter ct 2nd fl\nPPS 30%', '1127 winter ct 2nd fl'],
    ['lower-case street, basement apartment', 'Home: 490 bayberry street basement apt\nScene: fall', '490 bayberry street basement apt'],
    ['capitals, floor spelled out', 'HOME: 259 TREMONT LN 2ND FLOOR\nSCENE: stairs', '259 TREMONT LN 2ND FLOOR'],
  ])('%s', (_label, text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
  test.each([
    ['a count then "per dr" and a floor', 'Gave 2 tabs per dr 2nd floor.', '2 tabs'],
    ['a distance walked to a floor', 'Walked 100 ft in the hall to 2nd floor.', '100 ft'],
  ])('keeps %s', (_label, text, needle) => {
    expect(kept(text, needle)).toBe(true);
  });
});

describe('dates: abbreviated month with a two-digit day or year, and eight-digit dates after an event', () => {
  test.each([
    ['Mon-YY after a date word', 'Date of injury Jun-24; first treated at clinic.', 'Jun-24'],
    ['Mon-DD opening a log line before its time', 'CALL LOG\nOct-20 08:15 Pt called from home.', 'Oct-20'],
    ['MON-YY in capitals', 'RELEASE DATE APR-20. NP on file.', 'APR-20'],
    ['DDMMYYYY after a procedure, before its clause', 'A/P: sepsis; ERCP 27032024 per GI.', '27032024'],
  ])('%s', (_label, text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });

  test.each([
    ['a count range after labs', 'Labs 2-3 times weekly at home.', '2-3'],
    ['a duration after a procedure', 'ERCP 2-3 wks ago, no stent.', '2-3'],
    ['an ordinal count after adm', 'Adm 2nd time this year for CHF.', '2nd'],
  ])('keeps %s', (_label, text, needle) => {
    expect(kept(text, needle)).toBe(true);
  });
});
