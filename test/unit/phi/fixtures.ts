// Owns the synthetic PHI fixtures of the unit tests: obviously fake people, places and numbers,
// one or more per HIPAA Safe Harbor category. No real or corpus PHI appears here.
import type { PhiType } from '../../../src/engine/types';

export interface PhiCase {
  name: string;
  text: string;
  /** Exact substrings that must be redacted, with the placeholder type expected. */
  phi: [string, PhiType][];
}

export const PHI_CASES: readonly PhiCase[] = [
  { name: 'titled provider', text: 'Seen by Dr. Zebulon Marrowfield this am, plan discussed.', phi: [['Zebulon Marrowfield', 'NAME']] },
  { name: 'patient header', text: 'Patient: Quilla Thistlewood\nDOB: 04/17/1950', phi: [['Quilla Thistlewood', 'NAME'], ['04/17/1950', 'DATE']] },
  { name: 'Mrs title lower case', text: 'mrs pendergast slept well overnight.', phi: [['pendergast', 'NAME']] },
  { name: 'signature with credential', text: 'Will continue to monitor.\n-- J. Smithwick, MD', phi: [['J. Smithwick', 'NAME']] },
  { name: 'RN signature upper case', text: 'LUNGS CLEAR. GOOD UO.\nMARGERY OKONKWO, RN', phi: [['MARGERY OKONKWO', 'NAME']] },
  { name: 'relative', text: 'Social: daughter Perpetua called for update, husband Alphonse at bedside.', phi: [['Perpetua', 'NAME'], ['Alphonse', 'NAME']] },
  { name: 'list of providers', text: 'Plan reviewed with Drs Quackenbush and Vandersloot.', phi: [['Quackenbush', 'NAME'], ['Vandersloot', 'NAME']] },
  { name: 'contact verb', text: 'spoke with Griselda regarding discharge.', phi: [['Griselda', 'NAME']] },
  { name: 'ISO and slash dates', text: 'Admitted 2019-01-03, cath on 7/22, seen again 07/22/2019.', phi: [['2019-01-03', 'DATE'], ['7/22', 'DATE'], ['07/22/2019', 'DATE']] },
  { name: 'month-name dates', text: 'Surgery Jan 3, follow-up on the 3rd of March and March 14th.', phi: [['Jan 3', 'DATE'], ['3rd of March', 'DATE'], ['March 14th', 'DATE']] },
  { name: 'age over 89', text: '94 yo woman admitted with pneumonia; aged 101 per chart.', phi: [['94', 'AGE'], ['101', 'AGE']] },
  { name: 'phone and fax', text: 'Call (410) 555-0142 or fax 410-555-0199.', phi: [['(410) 555-0142', 'PHONE'], ['410-555-0199', 'PHONE']] },
  { name: 'pager', text: 'Pager # 60431 for questions.', phi: [['60431', 'PHONE']] },
  { name: 'email', text: 'Send results to q.thistlewood@example.com today.', phi: [['q.thistlewood@example.com', 'EMAIL']] },
  { name: 'ssn', text: 'SSN 078-05-1120 on file.', phi: [['078-05-1120', 'SSN']] },
  { name: 'mrn', text: 'MRN: 00482913 admitted to 4B.', phi: [['00482913', 'MRN']] },
  { name: 'account and member', text: 'Acct # 55120093; member ID XZQ4410092.', phi: [['55120093', 'ACCOUNT'], ['XZQ4410092', 'ACCOUNT']] },
  { name: 'licence, NPI, DEA', text: 'NPI 1234567893, DEA AB1234563, license no. MD-44120.', phi: [['1234567893', 'LICENSE'], ['AB1234563', 'LICENSE'], ['MD-44120', 'LICENSE']] },
  { name: 'street address', text: 'Lives at 42 Wallaby Way, Apt 3B, with her sister.', phi: [['42 Wallaby', 'ADDRESS'], ['Apt 3B', 'ADDRESS']] },
  { name: 'city state zip', text: 'Home: Towson, MD 21204.', phi: [['Towson', 'LOCATION'], ['21204', 'ADDRESS']] },
  { name: 'hospital name', text: 'TRANSFER FROM BRACKWATER HOSPITAL FOR CHEST PAIN.', phi: [['BRACKWATER', 'LOCATION']] },
  { name: 'hospital abbreviation', text: 'STABLE OVERNIGHT. REFERRED TO QMH. WILL FOLLOW.', phi: [['QMH', 'LOCATION']] },
  { name: 'url', text: 'Portal: https://portal.example.org/pt/88412 (login required).', phi: [['https://portal.example.org/pt/88412', 'URL']] },
  { name: 'ip address', text: 'Telemetry gateway 10.42.7.19 lost signal.', phi: [['10.42.7.19', 'IP']] },
  { name: 'device serial', text: 'Pacemaker serial # PJN882311R checked.', phi: [['PJN882311R', 'DEVICE']] },
  { name: 'vehicle', text: 'MVC, license plate 7XKL392, VIN 1HGCM82633A004352.', phi: [['7XKL392', 'VEHICLE'], ['1HGCM82633A004352', 'VEHICLE']] },
  { name: 'other unique id', text: 'Incident ref # 88312045 filed.', phi: [['88312045', 'ID']] },
  { name: 'title with common-word names', text: 'Mr. John Smith has type 2 diabetes mellitus and essential hypertension.', phi: [['John Smith', 'NAME']] },
  { name: 'title, upper-case note', text: 'MR. JOHN SMITH TOLERATED DIET.', phi: [['JOHN SMITH', 'NAME']] },
  { name: 'doctor with everyday-word names', text: 'Orders signed by Dr. Art White tonight.', phi: [['Art White', 'NAME']] },
  { name: 'facility name whole', text: 'Follow up at Lakeview Family Clinic next week.', phi: [['Lakeview Family Clinic', 'LOCATION']] },
  { name: 'medical center whole', text: 'Transferred from Brackwater Medical Center on arrival.', phi: [['Brackwater Medical Center', 'LOCATION']] },
  { name: 'institution of ordinary words', text: 'Has been accepted at Holy Cross, awaiting consent.', phi: [['Holy Cross', 'LOCATION']] },
  { name: 'hospital word after a cue', text: 'Surgeon from Mercy came by this eve.', phi: [['Mercy', 'LOCATION']] },
  { name: 'hospital code after transfer', text: 'PT TRANSFERRED TO QMH FOR CATH.', phi: [['QMH', 'LOCATION']] },
  { name: 'hospital code before a unit', text: 'found down-> ZQ EW today.', phi: [['ZQ', 'LOCATION']] },
  { name: 'saint hospital with possessive', text: 'wishes to return to St. Agnes\'s after weaning.', phi: [["St. Agnes's", 'LOCATION']] },
  { name: 'university hospital', text: 'insulin drip per U Maryland scale.', phi: [['U Maryland', 'LOCATION']] },
  { name: 'major city that is also a surname', text: 'daughter flew in from Boston last night.', phi: [['Boston', 'LOCATION']] },
  { name: 'two-word town', text: 'new job in Bel Air since spring.', phi: [['Bel Air', 'LOCATION']] },
  { name: 'region of ordinary words', text: 'FAMILY ARRIVED FROM THE EASTERN SHORE AT 2 AM.', phi: [['EASTERN SHORE', 'LOCATION']] },
  { name: 'ward with floor', text: 'Per Quillfeather 3 RN, UO low.', phi: [['Quillfeather', 'LOCATION']] },
  { name: 'employer', text: 'HUSBAND CEO OF ZENTROVA. SMOKER.', phi: [['ZENTROVA', 'LOCATION']] },
  { name: 'names before a relation', text: 'Contacts:\nBartholomew Quexley (son) cell 410-555-0187', phi: [['Bartholomew Quexley', 'NAME']] },
  { name: 'relative set off by commas', text: 'Family: Son, Ed, was updated by MD today.', phi: [['Ed', 'NAME']] },
  { name: 'date range and chain', text: 'ceftaz 8/2 - 8/10. XRT TREATMENTS 10/03/10/04.', phi: [['8/10', 'DATE'], ['10/03/10/04', 'DATE']] },
];

/** Eponyms and clinical terms written the way notes write them; none is PHI. */
export const EPONYM_SENTENCES: readonly string[] = [
  'Plan:\n1. Type 2 diabetes mellitus, on metformin 500 mg bid.\n2. Essential hypertension.',
  'HOB 30 degrees. Ambulated 30\' with assist. Group B strep negative.',
  'Lasix 40 mg IV, heparin gtt at 12 units/kg/hr, K 3.9, Mg 2.1, INR 1.2, Hct 28.',
  'Transfer to general medicine floor; seen by cardiology team at bedside.',
  'U: Foley draining clear yellow urine. Check to DC NG tomorrow.',
  "Hx Parkinson's disease, Crohn's, Hodgkin lymphoma and Alzheimer's dementia.",
  'Apgar 8 and 9. Glasgow coma scale 14. Foley in place draining clear urine.',
  'Babinski negative, Bell\'s palsy resolved, Cushing syndrome ruled out.',
  "Graves disease, Hashimoto thyroiditis, Down syndrome, Wilms tumor, Kaposi sarcoma.",
  "Barrett's esophagus, Raynaud phenomenon, Tourette syndrome, Guillain-Barre syndrome.",
  'Epstein-Barr virus, Addison disease, Lyme disease, negative Homan\'s sign, positive Murphy\'s sign.',
  'Swan-Ganz catheter removed. S/p Whipple procedure and Nissen fundoplication; Heimlich performed.',
  "WILSON'S DISEASE, TURNER SYNDROME, SJOGREN SYNDROME, CHARCOT FOOT, PAGET DISEASE.",
  'CAD, PTCA, CABG, MVR, NIDDM; DC dopamine, NS bolus, BP 110/60, HR 72 at 14:30 and 2130.',
  'Lasix 40 mg IV, heparin 1100 units/hr, K 3.9, Cr 2.1, INR 2.0, 3 MG COUMADIN.',
];
