// Owns the tests of the recognizers added in session 5 (issue 9): HL7 v2 person segments and caret-joined data
// types pasted into notes, US address lines in any case with glued units and unhyphenated ZIP+4, E.164 numbers and
// tel: URIs, identifiers mixing letters and five or more digits, and their clinical look-alikes. Every value is invented.
import { redact } from '../../../src/engine/phi';
import { covered, untouched } from '../../helpers/phiCoverage';

const FORMATS: Record<string, [string, string][]> = {
  'HL7 v2 PID/NK1 fields: name, date of birth, address, identifier list, whatever their words': [
    ['PID|1||Varlo QX||19730214|F|||88 Cobb Ln^^Orrel^OH^43001', 'Varlo QX'],
    ['PID|1||Varlo QX||19730214|F|||88 Cobb Ln^^Orrel^OH^43001', '19730214'],
    ['PID|1||Varlo QX||19730214|F|||88 Cobb Ln^^Orrel^OH^43001', '88 Cobb Ln^^Orrel^OH^43001'],
    ['NK1|1|Tenbrook Ila|SPO|12 Mast Rd^^Keeler^MI^49057|(269)555-0199', 'Tenbrook Ila'],
    ['MSH|^~\\&|EYE|20240210\nPID|1|4471002|UlvenSarrow||19580615|M', 'UlvenSarrow'],
  ],
  'HL7 XPN names pasted anywhere, any case': [
    ['client: MARVOLE^TESSILY^K  74 year old', 'MARVOLE^TESSILY^K'], ['lives with caregiver dranoski^pelia^x in town', 'dranoski^pelia^x'],
    ['Surgeon DOE^JOHN performed the repair', 'DOE^JOHN'],
  ],
  'HL7 CX identifiers with their assigning authority': [
    ['Your testing (PID-3: 7431063^^^MRN) showed', '7431063^^^MRN'], ['ref 6582126^^^HOSP^MR today', '6582126^^^HOSP^MR'],
  ],
  'HL7 XAD addresses pasted anywhere': [
    ['moving to 743 ELM DR^^WILMER^AZ^75618.', '743 ELM DR^^WILMER^AZ^75618'], ['new addr 12 oak rd^apt 2^tolvey^mi^48001-2210', '12 oak rd^apt 2^tolvey^mi^48001-2210'],
  ],
  'US address line in any case: glued unit, no spaces after commas, ZIP+4 without its hyphen': [
    ['moving to 9597 ciotti dr#14,mason city,wa 356121221.', '9597 ciotti dr#14,mason city'],
    ['moving to 9597 ciotti dr#14,mason city,wa 356121221.', '356121221'],
    ['statement to 1794 degroff ave, apopka, wa, 74720 by mail', '1794 degroff ave, apopka'],
    ['statement to 1794 degroff ave, apopka, wa, 74720 by mail', '74720'],
    ['4591 TOOMBS DR, APT 23C, MINTO, NC, 18904', '4591 TOOMBS DR, APT 23C, MINTO'],
  ],
  'phone: E.164 without separators and RFC 3966 tel: URIs': [
    ['crisis contact tel:+15408662755. next appt', 'tel:+15408662755'], ['text +447700900123 after 5', '+447700900123'],
  ],
  'identifier: letters and five or more digits mixed in one token, any case, after any label or none': [
    ['chart 10n14274 reviewed', '10n14274'], ['ticket cm-125329 opened', 'cm-125329'], ['GROUP 445NC603 STATEMENT', '445NC603'],
    ['ref 20240281294s', '20240281294s'], ['REF 20253408330P   IOL', '20253408330P'],
  ],
};

describe.each(Object.entries(FORMATS))('%s', (_pattern, cases) => {
  it.each(cases)('%s', (text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
});

describe('the session-5 shapes leave clinical look-alikes and non-PHI alone', () => {
  it.each([
    ['a state between town and ZIP is not PHI (Safe Harbor keeps states)', 'Home to 3266 Norancombe Pkwy, Kila,PA 14635.', 'PA'],
    ['coded PID values (set ID, sex) are not identifiers', 'PID|1||Varlo QX||19730214|F|||', '|F|'],
    ['a lab count in powers of ten is no caret name', 'WBC 7.2 x10^9/L, plt 10^3', 'x10^9/L'],
    ['the caret as "up" in nursing shorthand is no name', 'gi-^gastric outputs, bp^ to 150s', 'gi-^gastric'],
    ['ventilator settings multiply numbers', 'VENT SETTINGS AC700X10 50% FIO2, ac 550x16x40%x18 peep', 'AC700X10'],
    ['ventilator settings multiply numbers (lower case)', 'VENT SETTINGS AC700X10 50% FIO2, ac 550x16x40%x18 peep', '550x16x40'],
    ['an ICD-10-CM code without its dot', 'Coded S72001A and M8008XA.', 'S72001A'],
    ['a dbSNP variant id', 'Variant rs113993960 was reported.', 'rs113993960'],
    ['a CLIA laboratory certificate (CMS format) names the lab, not the patient', 'CLIA # 99D9727853\nPatient:', '99D9727853'],
    ['a count glued to its unit', 'Penicillin G 2400000units IM once', '2400000units'],
  ])('%s', (_pattern, text, needle) => {
    expect(untouched(text, needle)).toBe(true);
  });
});

describe('names with Vancouver-style initials after any role cue (surname then two capitals)', () => {
  it.each([
    ['Surgeon Quinielli EE. License on file.', 'Quinielli EE'],
    ['-- reply from Pasley FS, RN on Monday', 'Pasley FS'],
    ['aide Handly TN 81 minutes on site', 'Handly TN'],
    ['client Zananoglu HD, seen today', 'Zananoglu HD'],
    ['SERVICE 17MAY26  PROVIDER KASUSEN VW  OFFICE VISIT', 'KASUSEN VW'],
  ])('%s', (text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
  it('leaves a state code after a town alone', () => {
    expect(untouched('Moved from Boston MA, 2019.', 'MA')).toBe(true);
  });
});

describe('eponymous devices, signs and findings stay (a head noun a person is never named before)', () => {
  it.each([
    ['Marcus Gunn pupil OD on swinging light test.', 'Marcus Gunn pupil'],
    ['s/p Ahmed valve OS, IOP 14.', 'Ahmed valve'],
    ['Ommaya reservoir tapped.', 'Ommaya reservoir'],
    ['Hoyer lift used for transfers.', 'Hoyer lift'],
    ['PROVIDER JORGE CROGHAN  BAERVELDT IMPLANT  BILLED $412.00', 'BAERVELDT IMPLANT'],
    ['Hutchinson teeth noted on exam.', 'Hutchinson teeth'],
  ])('%s', (text, needle) => {
    expect(untouched(text, needle)).toBe(true);
  });
  it('a full name before "test results" is still a person', () => {
    expect(covered('Mary Smith test results reviewed.', 'Mary Smith')).toBe(true);
  });
  it('a business named "Auto Body" is still a place', () => {
    expect(covered('Works as a janitor at Cedar Creek Auto Body.', 'Cedar Creek')).toBe(true);
  });
});

describe('community organisations by their grammar in lower-case and all-caps notes (name words, a kind-of-place word, an organisation head)', () => {
  it.each([
    ['behavioral health progress note — silver lake home health\nclient seen', 'silver lake home health'],
    ['referred to fox hollow adult day services today', 'fox hollow adult day services'],
    ['ride via blue heron home health; partner drives', 'blue heron home health'],
    ['discharged to linden park recovery house.', 'linden park recovery house'],
    ['applied with sunnybrook housing authority.', 'sunnybrook housing authority'],
    ['SEEN AT HARBOR VIEW FAMILY DENTISTRY. NO PAIN.', 'HARBOR VIEW FAMILY DENTISTRY'],
  ])('%s', (text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
  it.each([
    ['a describing word names no place', 'she goes to her usual senior center on mondays.', 'usual senior'],
    ['a plan of care is no organisation', 'plan- cont supportive medical care, family updated.', 'supportive medical care'],
    ['a plan of care is no organisation (capitals)', 'FOLLOW FOR FURTHER IMPROVEMENT. CAREFUL SKIN CARE. TRY METAMUCIL', 'CAREFUL SKIN CARE'],
  ])('%s', (_pattern, text, needle) => {
    expect(untouched(text, needle)).toBe(true);
  });
});

describe('a town after residence with company ("lives with <person> in <town>"), any case', () => {
  it.each([
    ['Lives with partner Griffing JC in glen burnie.\nSafety plan reviewed.', 'glen burnie'],
    ['lives with caregiver danowski^patricia^x in chestnut.', 'chestnut'],
  ])('%s', (text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
  it.each([
    ['a dwelling is no town', 'lives with wife in a house.', 'house'],
    ['a state of health is no town', 'lives with daughter in good health.', 'good health'],
    ['"town" itself is no town', 'lives with son in town.', 'town'],
  ])('%s', (_pattern, text, needle) => {
    expect(untouched(text, needle)).toBe(true);
  });
});

describe('names the planted-PHI property test found (general patterns)', () => {
  it.each([
    ['an address line with no commas, lower case', 'lives with two cats at 3157 mill farm ave de land nc 51388. transferred', '3157 mill farm ave de land'],
    ['a relative noun capitalised mid-sentence after a relative cue is a first name', 'SOCIAL: grandson Son in to visit today.', 'Son'],
    ['a listed surname between an undotted MR and a verb in -ing is a person', 'PLAN: TURN Q2H; MR WOLF AWAITING PLACEMENT.', 'WOLF'],
    ['dotted initials, a capitalised word and a person verb', 'SUBJECTIVE: D.B. Rush denies fever and chills.', 'D.B. Rush'],
  ])('%s', (_pattern, text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
  it.each([
    ['the valve lesion keeps its grade', 'ECHO: MR MILD. MR WORSENED. MR SEEN ON ECHO.', 'MILD'],
    ['relative nouns stay words', 'Wife and son at bedside; daughter updated.', 'son'],
  ])('%s', (_pattern, text, needle) => {
    expect(untouched(text, needle)).toBe(true);
  });
  it('a finding verb after MR is the lesion (the title rule, without the learned voter)', () => {
    const text = 'ECHO: MR JET VISUALIZED, LVEF 55%.';
    expect(redact(text, { learned: false }).spans.filter((sp) => sp.start < text.indexOf('JET') + 3 && sp.end > text.indexOf('JET'))).toEqual([]);
  });
});

describe('clinical words the ICD-10-CM Index writes in lower case are allow-listed (no Tabular description holds them)', () => {
  it.each([
    ['a summary problem line', 'Problems: Osteopenia, hypertension.', 'Osteopenia'],
    ['a sentence-initial finding', 'Osteopenia. Continue calcium and vitamin D.', 'Osteopenia'],
  ])('%s', (_pattern, text, needle) => {
    expect(untouched(text, needle)).toBe(true);
  });
});

describe('the name line of a mailing block (a short line above a street-address line)', () => {
  it.each([
    ['EXPLANATION OF BENEFITS   This is not a bill\nWhitneySeidman\n4123 simoni st#38,albert,pa 307378309\n', 'WhitneySeidman'],
    ['STATEMENT\nLISHARPE\n7567 MAPLE LN, VALIER, MI, 90210\n', 'LISHARPE'],
    ['Dear colleague,\n\ngabriel mckinzy\n9355 krob way#37,churdan,ga 212859927\n', 'gabriel mckinzy'],
  ])('%s', (text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
  it('leaves a heading of allowed words above an address alone', () => {
    expect(untouched('Patient Copy\n12 Oak St, Towson, MD 21204\n', 'Patient Copy')).toBe(true);
  });
  it('a credential after the initials closes the name (DDS, DMD, CGC)', () => {
    expect(covered('Provider Markum DT DDS, hygienist Joron.', 'Markum DT')).toBe(true);
    expect(untouched('Provider Markum DT DDS, hygienist Joron.', 'DDS')).toBe(true);
  });
});

describe('default-deny: a listed first name glued to a surname in no allow-list is a person by its own shape', () => {
  it.each([
    ['pt LeeFarrington 35 year old dx asthma.', 'LeeFarrington'],
    ['Spoke with AdeleBerkebile today.', 'AdeleBerkebile'],
  ])('%s', (text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
  it.each(['PreviDent', 'EpiPen', 'NovoLog', 'MiraLax', 'RoxyBond', 'MyChart', 'HumaLog', 'GlucaGen', 'CellCept', 'DayQuil', 'NuvaRing'])(
    'leaves the brand %s alone', (brand) => {
      expect(untouched(`Uses ${brand} daily as directed.`, brand)).toBe(true);
    });
});
