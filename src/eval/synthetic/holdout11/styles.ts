// Owns the note styles of the eleventh held-out PHI check, in two halves scored apart. The source half writes five
// kinds of ICU-era note in the manner of a teaching hospital's nursing and allied staff around 1995–2006 (cardiac
// surgery recovery nursing note, neonatal ICU nursing note, nutrition support note, nursing admission note, chaplain
// pastoral care note): telegraphic, all capitals or all lower case, families by given name, staff by initials, short
// dates, wards and other hospitals by code. The other half writes nine documents no earlier generator writes (laser
// dermatology treatment log, wilderness search-and-rescue medical report, fitness-to-dive certificate, pilot aeromedical
// exam, wheelchair seating assessment, endoscopy procedure report, mass-casualty triage tag, diabetic foot exam, CPAP
// compliance download). Written from how these documents look, not from any recognizer.
import type { Rng } from '../prng';
import type { Ymd } from '../dates';
import { drawCast, protectedTermOf, type TwoHalf, type TwoHalfCast, type TwoHalfStyle } from '../twoHalfCorpus';
import { f, type CaseMode, type Frag } from '../segments';
import {
  h11Account, h11Address, h11Age, h11Airfield, h11Church, h11Date, h11Device, h11DiveSite, h11Email, h11Employer, h11FamilyPhone, h11HospCode,
  h11Hospital, h11Id, h11Ip, h11Kin, h11License, h11Mr, h11Mrn, h11Name, h11Nursing, h11Park, h11Person, h11Phone, h11Possessive, h11Practice,
  h11Ssn, h11Staff, h11Town, h11Url, h11Username, h11Vehicle, h11Venue, h11Ward, SRC_DATE_KINDS, type H11Person,
} from './formats';
import { H11_PROTECTED_ALL, H11_RELATIONS } from './vocab';

export type H11Cast = TwoHalfCast<H11Person>;

export function h11Cast(rng: Rng, ages: readonly [number, number], oldShare: number, years: readonly [number, number]): H11Cast {
  return drawCast(rng, h11Person, H11_RELATIONS, { oldestAge: 106, eventDays: [-20, 20] }, ages, oldShare, years);
}

export type H11Half = TwoHalf;
export type H11Style = TwoHalfStyle<H11Cast>;

const t = protectedTermOf('holdout11', H11_PROTECTED_ALL);
const tp = (rng: Rng, terms: readonly string[]): Frag => t(rng.pick(terms));

const asis = (): CaseMode => 'asis';
const eraCase = (rng: Rng): CaseMode => rng.weighted([[2, 'upper'], [2, 'lower'], [1, 'asis']]);
const sd = (rng: Rng, x: Ymd): Frag => h11Date(rng, x, SRC_DATE_KINDS);
const clock = (rng: Rng): string => rng.pick(['0200', '0415', '0630', '0900', '1130', '1400', '1615', '1930', '2215', '4pm', '10p', 'noon']);
const kin = (rng: Rng, c: H11Cast) => rng.pick(c.kin);
/** Telegraphic ward lines without identifiers, written for this check. */
const LINES = [
  'afeb, wbc trending down', 'map >65 on low dose pressor', 'ct drainage serosang 20-40cc/hr', 'pacer wires capped, underlying nsr 80s',
  'extubated to 4l nc, sats 95-97%', 'c/o nausea, zofran x1 w/ relief', 'skin intact, turned q2h', 'bs hypoactive, ngt to lcs',
  'glucose 180s on insulin gtt', 'foley draining amber urine 40cc/hr', 'pt anxious at times, reassured', 'mg 1.6, repleted',
  'lungs diminished at bases, ic 750', 'sternal dsg d+i', 'peripheral pulses palp x4', 'temp 37.9 po', 'feeds advanced as tol', 'slept in naps',
];
const lines = (rng: Rng, n: number): string => rng.shuffle(LINES).slice(0, n).join(', ');

const SRC: H11Style[] = [
  {
    name: 'h11_src_csru_post_op_nursing_note', half: 'source', ages: [45, 89], oldShare: 0.2, caseMode: eraCase,
    render: (rng, c) => {
      const k = kin(rng, c);
      return f`CSRU NSG NOTE ${rng.pick(['0700-1900', '1900-0700', '7a-3p'])}
${h11Age(rng, c.age)} s/p cabg x${rng.int(2, 5)} ${sd(rng, c.events[0])} (${h11Mr(rng, c.staff[0])}), tx'd from ${h11HospCode(rng)} cath lab. POD ${rng.int(0, 4)}.
CV: ${lines(rng, 2)}. ${tp(rng, ['Corlopam', 'Primacor', 'Brevibloc', 'Cardene', 'Nipride', 'Lopressor'])} titrated per team; ${tp(rng, ['Graham Steell murmur', 'Quincke pulse', 'Lambda waves'])} noted by resident.
RESP: ${lines(rng, 2)}; ${t('Jackson-Pratt')} and ${t('Hemovac')} drains to bulb sxn, ${t('Shiley')} cuff down.
NEURO: ${lines(rng, 1)}; restless ${clock(rng)}, ${t('Posey vest')} applied per order.
SOCIAL: ${k.rel} ${h11Kin(rng, k.p)} in at ${clock(rng)}, updated by ${h11Staff(rng, c.staff[1])}; ${k.rel} can be reached at ${h11FamilyPhone(rng)} or ${h11Phone(rng)}. ${h11Possessive(rng, c.patient)} ${c.kin[1].rel} ${h11Kin(rng, c.kin[1].p)} from ${h11Town(rng)} calling tonight.
PLAN: transfer to ${h11Ward(rng)} when stable, ?${sd(rng, c.events[1])}. ${h11Staff(rng, c.staff[2])}
`;
    },
  },
  {
    name: 'h11_src_neonatal_icu_nursing_note', half: 'source', ages: [0, 0], oldShare: 0, caseMode: eraCase,
    render: (rng, c) => f`NICU NURSING NOTE
Baby boy/girl ${h11Name(rng, c.patient)} in ${t('Isolette')}, DOL ${rng.int(2, 40)}, ${t('Silverman-Andersen')} ${rng.int(0, 6)}. ${t('Broviac')} intact, TPN/${t('Vivonex')} held, ${t('Neosure')} 22 cal via ${t('Kangaroo pump')}.
Born at ${h11HospCode(rng)} on ${sd(rng, c.events[0])}, transported by ambulance, ${h11Vehicle(rng)}. ${lines(rng, 2)}.
Mom ${h11Kin(rng, c.kin[0].p)} and dad ${h11Kin(rng, c.kin[1].p)} in for ${t('Ambu')} / kangaroo care teaching ${clock(rng)}; mom's cell ${h11Phone(rng)}. Grandma "${h11Kin(rng, c.kin[2].p)}" from ${h11Town(rng)} also visited.
MRN ${h11Mrn(rng)}. Pt ${h11Possessive(rng, c.staff[0])} primary; sw ${h11Staff(rng, c.staff[1])} to f/u re: car seat. Next cranial us ${sd(rng, c.events[2])}. ${h11Staff(rng, c.staff[2])}
`,
  },
  {
    name: 'h11_src_nutrition_support_note', half: 'source', ages: [30, 89], oldShare: 0.3, caseMode: eraCase,
    render: (rng, c) => f`NUTRITION SUPPORT NOTE - f/u ${sd(rng, c.visit)}
Pt ${h11Age(rng, c.age)} on ${h11Ward(rng)}, wt ${rng.int(48, 118)}kg. Intubated, sedated, ${t('Zemuron')} gtt off since ${clock(rng)}. Needs est by ${tp(rng, ['Peptamen', 'Pulmocare', 'Jevity', 'Osmolite', 'Oxepa'])} at goal ${rng.int(40, 80)}cc/hr; ${t('Andersen tube')} placed ${sd(rng, c.events[0])}, cxr confirmed.
${lines(rng, 3)}. Prealb ${rng.int(6, 19)}. Per ${h11Mr(rng, c.staff[0])} may trial ${t('Mediport')} for ppn if feeds fail. ${tp(rng, ['Biot respiration', 'Ortner syndrome', 'Beevor sign', 'Ewart sign'])} documented by team earlier.
Spoke w/ ${c.kin[0].rel} ${h11Name(rng, c.kin[0].p)} re: pt's diet at home (lives ${h11Address(rng)}, previously at ${h11Nursing(rng)}). Home # ${h11FamilyPhone(rng)}.
Will follow. ${h11Staff(rng, c.staff[1])} pager ${h11FamilyPhone(rng)}
`,
  },
  {
    name: 'h11_src_nursing_admission_note', half: 'source', ages: [25, 89], oldShare: 0.25, caseMode: eraCase,
    render: (rng, c) => f`ADMIT NOTE ${sd(rng, c.visit)} ${clock(rng)}
${h11Name(rng, c.patient)} ${h11Age(rng, c.age)} admitted to ${h11Ward(rng)} from ${h11Hospital(rng)} ED via ${h11HospCode(rng)} transfer; acct ${h11Account(rng)}, unit no. ${h11Mrn(rng)}.
Hx: etoh, htn, ${tp(rng, ['Adaptic', 'Kaltostat'])} dsg to R heel ulcer. ${lines(rng, 3)}. On ${t('Clinitron')}/${t('KinAir')} bed for skin.
Meds from home per ${c.kin[0].rel} ${h11Kin(rng, c.kin[0].p)}: lasix, ${t('Lopressor')}. Pt lives w/ ${c.kin[1].rel} ${h11Name(rng, c.kin[1].p)} at ${h11Address(rng)}, works at ${h11Employer(rng)}. Emerg contact ${h11Phone(rng)}.
Valuables given to security. Admitting MD ${h11Mr(rng, c.staff[0])}, resident ${h11Staff(rng, c.staff[1])}. RN ${h11Staff(rng, c.staff[2])}
`,
  },
  {
    name: 'h11_src_chaplain_pastoral_care_note', half: 'source', ages: [40, 89], oldShare: 0.35, caseMode: eraCase,
    render: (rng, c) => f`PASTORAL CARE
Visited pt and family in ${h11Ward(rng)} ${sd(rng, c.visit)} at request of ${h11Staff(rng, c.staff[0])}. Pt ${h11Age(rng, c.age)}, intubated, family aware of poor prognosis.
Present: ${c.kin[0].rel} ${h11Kin(rng, c.kin[0].p)}, ${c.kin[1].rel} ${h11Name(rng, c.kin[1].p)} and ${h11Possessive(rng, c.kin[2].p)} children. Family belongs to ${h11Church(rng)} in ${h11Town(rng)}; ${h11Mr(rng, c.kin[2].p)} from there will come ${sd(rng, c.events[1])}.
${h11Kin(rng, c.kin[0].p)} spoke of pt's years at ${h11Employer(rng)} and of ${h11Kin(rng, c.patient)}'s love of the ${h11Venue(rng)}. Prayed w/ family. ${t('Ambu')} bagging during suction upset ${c.kin[1].rel}; explained.
Will return; family may page via operator or call ${h11FamilyPhone(rng)}. Chaplain ${h11Staff(rng, c.staff[1])}
`,
  },
];

const NEW: H11Style[] = [
  {
    name: 'h11_new_laser_dermatology_treatment_log', half: 'styles', ages: [16, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`${h11Practice(rng)} — LASER TREATMENT LOG   Log ${h11Id(rng, 'log')}
Client ${h11Name(rng, c.patient)} | DOB ${h11Date(rng, c.dob, ['yyyy/mm/dd', 'd-month-yyyy'])} | portal user ${h11Username(rng, c.patient)}
Indication: ${tp(rng, ['Nevus of Ota', 'Hori nevus', 'Becker nevus'])}, L cheek; ${t('Fitzpatrick skin type')} IV. Tattoo removal R forearm, ${t('Kirby-Desai scale')} 7.
Session ${rng.int(2, 10)}: ${t('PicoSure')} 755 nm, spot 6 mm; topical ${t('Pliaglis')} 30 min prior. Handpiece serial ${h11Device(rng)}.
Prior session ${h11Date(rng, c.events[0], ['dd.mm.yy', 'MON-dd-yyyy'])} at our ${h11Town(rng)} office. Photos uploaded from ${h11Ip(rng)}.
Payment: card on file; referral from ${h11Mr(rng, c.staff[0])}. Reminders to ${h11Email(rng, c.patient)} / ${h11Phone(rng)}. Operator ${h11Staff(rng, c.staff[1])}, lic ${h11License(rng)}.
`,
  },
  {
    name: 'h11_new_wilderness_sar_medical_report', half: 'styles', ages: [8, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`SEARCH AND RESCUE — MEDICAL REPORT   Mission ${h11Id(rng, 'mission')}
Subject ${h11Name(rng, c.patient)}, ${h11Age(rng, c.age)}, reported overdue ${h11Date(rng, c.visit, ['weekday-m-d', 'd-mon-yy-spaced'])} by ${c.kin[0].rel} ${h11Name(rng, c.kin[0].p)} (${h11Phone(rng)}). Car located at trailhead, plate ${h11Vehicle(rng)}.
Found ${clock(rng)} in ${h11Park(rng)} off ${h11Town(rng)} trail; hypothermic, GCS 14. ${t('Lake Louise score')} 4 after descent from the ridge the day before; took ${t('Diamox')}.
R ankle ? ${t('Tillaux fracture')}, splinted w/ ${tp(rng, ['Reel splint', 'Kendrick traction device'])}. Phone pinged via IMEI ${h11Device(rng)}.
Carried out by team leader ${h11Name(rng, c.staff[0])} and medic ${h11Staff(rng, c.staff[1])}; handed to ambulance ${h11Vehicle(rng)} for ${h11Hospital(rng)}. Incident # ${h11Id(rng, 'incident')}.
`,
  },
  {
    name: 'h11_new_fitness_to_dive_certificate', half: 'styles', ages: [12, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`MEDICAL STATEMENT — FITNESS TO DIVE
Diver: ${h11Name(rng, c.patient)}   Born ${h11Date(rng, c.dob, ['dd-mm-yy', 'roman-month', 'd-month-yyyy'])}   Cert no. ${h11License(rng)}
Home: ${h11Address(rng)}   Tel ${h11Phone(rng)}   E-mail ${h11Email(rng, c.patient)}
History: barotrauma at ${h11DiveSite(rng)} on ${h11Date(rng, c.events[0], ['mm/yyyy', 'month-dth'])}; ${t('Teed classification')} grade 2. Now equalises with ${tp(rng, ['Frenzel maneuver', 'Toynbee maneuver', 'Edmonds maneuver'])}.
${t('Pott puffy tumor')} as a child (${h11HospCode(rng)}). Dive computer uses ${t('Bühlmann tables')}. ${t('Dix-Hallpike')} negative.
Fit to dive: YES, review ${h11Date(rng, c.events[1], ['yyyy/mm/dd', 'mm/yyyy'])}. Physician ${h11Mr(rng, c.staff[0])}, ${h11Practice(rng)}. Buddy/emergency contact ${h11Name(rng, c.kin[0].p)}.
`,
  },
  {
    name: 'h11_new_pilot_aeromedical_exam', half: 'styles', ages: [17, 89], oldShare: 0.02, caseMode: asis,
    render: (rng, c) => f`AVIATION MEDICAL EXAMINATION — AME worksheet
Applicant ${h11Name(rng, c.patient)}; ${h11Age(rng, c.age)}; SSN ${h11Ssn(rng)}; prior certificate ${h11License(rng)} issued ${h11Date(rng, c.events[0], ['mm/yyyy', 'yyyy/mm/dd'])}.
Employer ${h11Employer(rng)}; based at ${h11Airfield(rng)}. Address ${h11Address(rng)}.
Vision: ${t('Snellen')} 20/20 corrected; colour by ${t('Farnsworth lantern')} pass; phorias by ${t('Maddox rod')}; stereo by ${t('Titmus fly test')}.
Adrenal testing with ${t('Cortrosyn')} normal ${h11Date(rng, c.events[1], ['month-dth', 'dd.mm.yy'])}. Application ID ${h11Id(rng, 'order')}, submitted from ${h11Ip(rng)}.
AME ${h11Mr(rng, c.staff[0])} (${h11Staff(rng, c.staff[0])}); ${h11Practice(rng)} ${h11Phone(rng)}.
`,
  },
  {
    name: 'h11_new_wheelchair_seating_assessment', half: 'styles', ages: [5, 89], oldShare: 0.25, caseMode: asis,
    render: (rng, c) => f`Seating & Mobility Assessment — ${h11Practice(rng)}
Client: ${h11Name(rng, c.patient)} (${h11Age(rng, c.age)})   Policy ${h11Account(rng)}   Prior auth ${h11Id(rng, 'prior-auth')}
Resides ${h11Nursing(rng)}, ${h11Address(rng)}; ${c.kin[0].rel} ${h11Kin(rng, c.kin[0].p)} attends. Current chair ${tp(rng, ['TiLite', 'Ki Mobility'])} serial ${h11Device(rng)}.
Recommend power base (${t('Permobil')}) with ${t('Jay cushion')}; pressure map ${h11Date(rng, c.events[0], ['MON-dd-yyyy', 'd-mon-yy-spaced'])}. Van plate ${h11Vehicle(rng)} for lift fit.
Therapist ${h11Staff(rng, c.staff[0])}, ATP; vendor rep ${h11Name(rng, c.staff[1])} ${h11Email(rng, c.staff[1])}. Physician signature ${h11Mr(rng, c.staff[2])} ${h11Date(rng, c.events[2], ['dd-mm-yy', 'yyyy/mm/dd'])}.
`,
  },
  {
    name: 'h11_new_endoscopy_procedure_report', half: 'styles', ages: [30, 89], oldShare: 0.15, caseMode: asis,
    render: (rng, c) => f`${h11Practice(rng)} — PROCEDURE REPORT   Case ${h11Id(rng, 'procedure')}
Patient: ${h11Name(rng, c.patient)}   MRN ${h11Mrn(rng)}   Date of service ${h11Date(rng, c.visit, ['MON-dd-yyyy', 'yymmdd', 'yyyy/mm/dd'])}   Age ${h11Age(rng, c.age)}
Indication: positive ${t('Cologuard')}; dysphagia. Prep ${t('MoviPrep')}.
Findings: ${t('Schatzki ring')} dilated with ${t('Savary dilator')} 17 mm; esophagitis ${t('Los Angeles classification')} B; Barrett segment C2M3 by ${t('Prague criteria')}. ${tp(rng, ['Dieulafoy lesion', 'Cameron lesions'])} in hernia sac. No ${t('Zargar classification')} injury.
Scope SN ${h11Device(rng)}. Driver: ${c.kin[0].rel} ${h11Name(rng, c.kin[0].p)} ${h11Phone(rng)}. Referred by ${h11Mr(rng, c.staff[0])}; endoscopist ${h11Name(rng, c.staff[1])}; RN ${h11Staff(rng, c.staff[2])}. Path to ${h11HospCode(rng)}.
`,
  },
  {
    name: 'h11_new_mass_casualty_triage_tag', half: 'styles', ages: [2, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`TRIAGE TAG ${h11Id(rng, 'tag')} — ${tp(rng, ['START triage', 'JumpSTART'])} ${rng.pick(['RED', 'YELLOW', 'GREEN'])}
Scene: ${h11Venue(rng)}, ${h11Town(rng)}, ${h11Date(rng, c.visit, ['d-mon-yy-spaced', 'weekday-m-d'])} ${clock(rng)}. Incident ${h11Id(rng, 'incident')}.
Name (if known): ${h11Name(rng, c.patient)} age ~${h11Age(rng, c.age)}. ID card: lic ${h11License(rng)}.
${t('MARCH algorithm')}: thigh bleed, ${t('QuikClot')} + ${t('Israeli bandage')}; L shoulder pain ? spleen. Transported by ${h11Vehicle(rng)} to ${h11Hospital(rng)}.
Family reunification: ${c.kin[0].rel} ${h11Name(rng, c.kin[0].p)} ${h11Phone(rng)}. Tagged by ${h11Staff(rng, c.staff[0])}.
`,
  },
  {
    name: 'h11_new_diabetic_foot_exam', half: 'styles', ages: [30, 89], oldShare: 0.2, caseMode: asis,
    render: (rng, c) => f`${h11Practice(rng)} — Comprehensive Diabetic Foot Exam
${h11Name(rng, c.patient)} · ${h11Age(rng, c.age)} · acct ${h11Account(rng)} · seen ${h11Date(rng, c.visit, ['month-dth', 'dd.mm.yy', 'yyyy/mm/dd'])}
Monofilament 6/10 sites; ${t('Silfverskiold test')} + (gastroc equinus); ${t('Mulder sign')} + 3rd interspace. Ulcer L hallux: ${t('PEDIS classification')} grade 2, ${t('SINBAD score')} 3.
Plantar pressures on ${t('Harris mat')}; ${t('CROW walker')} ordered. Works at ${h11Employer(rng)}, on feet 10 h/day.
Lives with ${c.kin[0].rel} ${h11Kin(rng, c.kin[0].p)} at ${h11Address(rng)}. Next visit ${h11Date(rng, c.events[2], ['month-dth', 'dd-mm-yy'])}. DPM ${h11Staff(rng, c.staff[0])}; cc ${h11Mr(rng, c.staff[1])}.
`,
  },
  {
    name: 'h11_new_cpap_compliance_download', half: 'styles', ages: [20, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`CPAP COMPLIANCE REPORT  (${t('AirSense')} / ${t('DreamStation')} cloud download)
Patient ${h11Name(rng, c.patient)}  DOB ${h11Date(rng, c.dob, ['yymmdd', 'dd-mm-yy', 'yyyy/mm/dd'])}  Study ${h11Id(rng, 'study')}  Device SN ${h11Device(rng)}
Usage ${h11Date(rng, c.events[0], ['mm/yyyy'])}: 27/30 nights >4h; AHI 3.1; leak 12 L/min on ${t('AirFit')} F20. ${t('STOP-BANG')} 6 at baseline, ${t('Berlin sleep questionnaire')} high risk.
Modem ${h11Device(rng)} last sync from ${h11Ip(rng)}. Portal user ${h11Username(rng, c.patient)}; chart link ${h11Url(rng)}.
Insurance ${h11Account(rng)} requires face-to-face by ${h11Date(rng, c.events[1], ['MON-dd-yyyy', 'month-dth'])}. Sleep tech ${h11Staff(rng, c.staff[0])}; ordering ${h11Mr(rng, c.staff[1])}. Call ${h11Phone(rng)}.
`,
  },
];

export const H11_SOURCE_STYLES = SRC;
export const H11_OTHER_STYLES = NEW;
export const HOLDOUT11_STYLES: readonly H11Style[] = [...SRC, ...NEW];
