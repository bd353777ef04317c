// Owns the end-to-end format tests of redact(): every Safe Harbor format the issue lists, written the way
// other note styles write it, must be covered by a span; the clinical look-alikes must not be touched.
// All values are invented.
import { redact } from '../../../src/engine/phi';
import { covered } from '../../helpers/phiCoverage';

const FORMATS: Record<string, [string, string][]> = {
  'dates: any separator or spaces, either order, compact, month names, ordinals, weekdays': [
    ['DOB 12.03.1947, seen today.', '12.03.1947'], ['Seen 3 12 2024 in clinic.', '3 12 2024'], ['Collected 12MAR2024 at 0800.', '12MAR2024'],
    ['Surgery 12-Mar-24 uneventful.', '12-Mar-24'], ['Tuesday, March 12th, 2024 visit', 'Tuesday, March 12th, 2024'], ['f/u on 3rd of March', '3rd of March'],
    ['Admitted 20240312.', '20240312'], ["Since 3/12/'24 on abx", "3/12/'24"], ['seen on 12.3.24 at', '12.3.24'], ['visit 2024.03.12', '2024.03.12'],
    ['Mon 12 March', 'Mon 12 March'], ['DOB 3/12/1947', '3/12/1947'], ['seen 22/07/2019', '22/07/2019'],
  ],
  'ages over 89 in every spelling': [
    ['Pt is a ninety-two year old woman', 'ninety-two'], ['92yo F with CHF', '92'], ['92 y/o M', '92'], ['a 92-year-old man', '92'], ['aged 101', '101'],
  ],
  'phone and fax with any punctuation, extensions, country codes': [
    ['Call (410) 555-0142 ext. 45 today', '(410) 555-0142 ext. 45'], ['fax 410/555-0142.', '410/555-0142'], ['Tel +44 20 7946 0958.', '+44 20 7946 0958'],
    ['Pager 60431', '60431'], ['cell: 410 555 0142', '410 555 0142'],
  ],
  'e-mail, URL, IP': [
    ['ip 2001:db8::8a2e:370:7334 noted', '2001:db8::8a2e:370:7334'], ['email j.doe@example.org', 'j.doe@example.org'], ['see https://x.example.com/a?b=1.', 'https://x.example.com/a?b=1'],
  ],
  'SSN and record, account, accession, health-plan, licence, device and vehicle numbers': [
    ['SSN 078 05 1120.', '078 05 1120'], ['SSN: 078051120', '078051120'], ['Accession #: S24-11873', 'S24-11873'], ['Specimen #: SP-24-00123', 'SP-24-00123'],
    ['Order # 88120034', '88120034'], ['Policy #: ABC123456', 'ABC123456'], ['Claim No. 2024778812', '2024778812'], ['DEA: AB1234563', 'AB1234563'],
    ['NPI: 1234567893', '1234567893'], ['UDI (01)00844588003288(17)141120(10)7654321D(21)10987654.', '(01)00844588003288(17)141120(10)7654321D(21)10987654'],
    ['Device SN: 44-1209X', '44-1209X'], ['car plate ABC-1234 noted', 'ABC-1234'], ['license plate 7XYZ123', '7XYZ123'], ['VIN: 1HGCM82633A004352', '1HGCM82633A004352'],
    ['MRN: A-0048291', 'A-0048291'], ['Encounter # 7732190', '7732190'], ['FIN 3300412', '3300412'], ['Member ID: XZQ4410092', 'XZQ4410092'],
    ['Medicaid # 99120033A', '99120033A'], ["Driver's license D1234-5678", 'D1234-5678'], ['Lic # MD-44120', 'MD-44120'],
  ],
  'street addresses, units, PO boxes, rural routes, ZIP+4': [
    ['Lives at 123 Main Street, Apt 4B, Towson, MD 21204-1234.', '123 Main Street, Apt 4B'], ['Mail to PO Box 77.', 'PO Box 77'],
    ['RR 2 Box 15, Millbrook', 'RR 2 Box 15'], ['Towson, MD 21204-1234', 'Towson'], ['Towson, MD 21204-1234', '21204-1234'],
  ],
  'labelled fields, headers and signatures': [
    ['Patient Name: john q. public\n', 'john q. public'], ['Attending: Orla Vantreese, MD', 'Orla Vantreese'],
    ['Electronically signed by: Ansel Pruitt, MD on 03/12/2024 10:32', 'Ansel Pruitt'], ['Dictated by: Wendeline Ashgrove', 'Wendeline Ashgrove'],
    ['/s/ Ansel Pruitt, MD', 'Ansel Pruitt'], ['Dear Dr. Vantreese,', 'Vantreese'], ['Sincerely,\n\nAnsel Pruitt, MD', 'Ansel Pruitt'],
    ['Emergency contact: Perpetua Vane (daughter) 410-555-0101', 'Perpetua Vane'], ['Guardian: Alphonse Quexley', 'Alphonse Quexley'],
    ['Address: 42 Wallaby Way, Towson', '42 Wallaby Way, Towson'], ['Employer: Zentrova Logistics', 'Zentrova Logistics'],
    ['Pharmacy: Quillby Drug, 12 Elm St.', 'Quillby Drug'], ['cc: Dr. Ansel Pruitt', 'Ansel Pruitt'], ['PCP: Orla Vantreese', 'Orla Vantreese'],
    ['Date of service: 12/03/2024', '12/03/2024'], ['DOB: 03-12-1947', '03-12-1947'], ['Admission Date: 12 March 2024', '12 March 2024'],
    ['Referring physician: Dr. Ansel Pruitt', 'Ansel Pruitt'],
  ],
};

const CLINICAL_LOOK_ALIKES = [
  'BP 120/80', 'pain 3/10', 'ICD E11.9', 'version 2.3.10', 'PSV 10/5', 'Hgb 12.3', 'K 4.5', 'dose 1/2 tab', '89 yo man', 'Slight 2/6 systolic murmur',
  'Apgar 8/9', 'CC: Chest pain', 'Group B strep', 'Plan: 1. Type 2 diabetes', 'RR 18', 'HC 34 cm', 'O2 sat 92-94%', 'T 98.6', 'Attending: Cardiology',
  'Interpreter: Spanish', 'wbc 12.3.', 'GCS 15', 'stage T2N0M0', 'E11.9 and I10', 'vent 12/5/40%', 'Mg 2.1, Phos 3.4', 'x 3 days', 'pH 7.35/45/80',
  'FEV1/FVC 0.7', 'ratio 1:40', 'COURSE IN THE HOSPITAL: He did well.', 'Hospital: day 3',
];

describe.each(Object.entries(FORMATS))('redact covers %s', (_format, cases) => {
  it.each(cases)('%j', (text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
});

describe('redact leaves clinical numbers and headers that look like PHI', () => {
  it.each(CLINICAL_LOOK_ALIKES.map((t) => [t]))('%j', (text) => {
    expect(redact(text).spans).toEqual([]);
  });
});
