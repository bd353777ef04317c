// Owns the note styles of the twelfth held-out PHI check, in two halves scored apart. The source half writes five kinds
// of ICU-era note in the manner of a teaching hospital's staff around 1994–2005 (trauma/surgical ICU nursing note,
// coronary care unit nursing note, neuro ICU nursing note, ICU transfer-out nursing note, ICU pharmacist dosing note):
// telegraphic, all capitals or all lower case, families by given name, staff by initials, short dates, wards and other
// hospitals by code. The other half writes nine documents no earlier generator writes (tuberculosis directly-observed
// therapy log, STI partner-services record, vaccine administration record, driver rehabilitation evaluation, apheresis
// stem-cell collection record, ostomy teaching record, mobile crisis team dispatch note, compounding pharmacy label and
// worksheet, medical-device field safety notice letter). Written from how these documents look, not from any recognizer.
import type { Rng } from '../prng';
import type { Ymd } from '../dates';
import { drawCast, protectedTermOf, type TwoHalf, type TwoHalfCast, type TwoHalfStyle } from '../twoHalfCorpus';
import { f, type CaseMode, type Frag } from '../segments';
import {
  h12Account, h12Address, h12Age, h12Clinic, h12Date, h12Device, h12Email, h12Employer, h12FamilyPhone, h12Handle, h12HospCode, h12Hospital,
  h12Id, h12Ip, h12Kin, h12License, h12Mrn, h12Name, h12Person, h12Phone, h12Possessive, h12School, h12Shelter, h12Ssn, h12Staff, h12Titled,
  h12Town, h12Url, h12Vehicle, h12Venue, h12Ward, SRC_DATE_KINDS, type H12Person,
} from './formats';
import { H12_PROTECTED_ALL, H12_RELATIONS } from './vocab';

export type H12Cast = TwoHalfCast<H12Person>;

export function h12Cast(rng: Rng, ages: readonly [number, number], oldShare: number, years: readonly [number, number]): H12Cast {
  return drawCast(rng, h12Person, H12_RELATIONS, { oldestAge: 104, eventDays: [-25, 25] }, ages, oldShare, years);
}

export type H12Half = TwoHalf;
export type H12Style = TwoHalfStyle<H12Cast>;

const t = protectedTermOf('holdout12', H12_PROTECTED_ALL);
const tp = (rng: Rng, terms: readonly string[]): Frag => t(rng.pick(terms));

const asis = (): CaseMode => 'asis';
const eraCase = (rng: Rng): CaseMode => rng.weighted([[2, 'upper'], [2, 'lower'], [1, 'asis']]);
const sd = (rng: Rng, x: Ymd): Frag => h12Date(rng, x, SRC_DATE_KINDS);
const nd = (rng: Rng, x: Ymd, kinds: readonly string[]): Frag => h12Date(rng, x, kinds);
const clock = (rng: Rng): string => rng.pick(['0145', '0320', '0545', '0815', '1045', '1320', '1550', '1810', '2040', '2305', '3a', '11p']);
const kin = (rng: Rng, c: H12Cast) => rng.pick(c.kin);
/** Telegraphic ICU lines without identifiers, written for this check. */
const LINES = [
  'tmax 38.4 ax, cultures sent', 'sbp 90s-110s off neo', 'icp 12-18, csf clear draining 8-10cc/hr', 'pupils 3mm brisk =',
  'moves all ext to command', 'ett 7.5 @ 23 lip, sxn sm thick tan', 'abg 7.38/41/96 on 40%', 'u/o 30-60cc/hr via foley',
  'k 3.3 repleted 40meq', 'hct 27 from 31, no obvious source', 'abd soft, +bs, tf at 50', 'heparin gtt per protocol, ptt 71',
  'chest pain free since 0200', 'groin site soft, no hematoma', 'q1h neuro checks unchanged', 'coughing, gag intact',
  'restraints on for pulling at lines', 'family at bedside most of shift',
];
const lines = (rng: Rng, n: number): string => rng.shuffle(LINES).slice(0, n).join('; ');

const SRC: H12Style[] = [
  {
    name: 'h12_src_trauma_sicu_nursing_note', half: 'source', ages: [16, 89], oldShare: 0.15, caseMode: eraCase,
    render: (rng, c) => {
      const k = kin(rng, c);
      return f`SICU RN NOTE ${rng.pick(['7P-7A', '7A-7P', '3-11'])}
${h12Age(rng, c.age)} mvc vs tree ${sd(rng, c.events[0])}, flown from ${h12HospCode(rng)} by med flight. Burns ~12% per ${t('Lund-Browder chart')}, fluids per ${t('Brooke formula')}.
NEURO: ${lines(rng, 2)}. RESP: ${lines(rng, 1)}; ${t('Thora-Seal')} to -20, no leak. ${tp(rng, ['Grey Turner sign', 'Lazarus sign', 'Ballance sign'])} noted by ${h12Titled(rng, c.staff[0])}.
GI: ${t('Corpak')} placed, ${t('Carafate')} started. ID: ${tp(rng, ['Fortaz', 'Maxipime', 'Timentin'])} per surg. Skin: ${t('Blanketrol')} for temp 35.6.
SOCIAL: ${k.rel} ${h12Kin(rng, k.p)} here from ${h12Town(rng)}, ${h12FamilyPhone(rng)}; police (${h12Titled(rng, c.kin[1].p)}) called re: car ${h12Vehicle(rng)}. ${h12Possessive(rng, c.kin[2].p)} number ${h12FamilyPhone(rng)}.
to OR again ${sd(rng, c.events[1])} for washout. ${h12Staff(rng, c.staff[1])}
`;
    },
  },
  {
    name: 'h12_src_coronary_care_unit_nursing_note', half: 'source', ages: [35, 89], oldShare: 0.25, caseMode: eraCase,
    render: (rng, c) => f`CCU NSG PROGRESS NOTE
${h12Name(rng, c.patient)} ${h12Age(rng, c.age)} adm ${sd(rng, c.visit)} w/ ant mi, ${t('Forrester class')} II, ${t('Frank sign')} on arrival. Cath at ${h12HospCode(rng)} ${sd(rng, c.events[0])}, stent x2, ${tp(rng, ['Integrilin', 'ReoPro', 'Retavase'])} x18h.
R fem ${tp(rng, ['Angio-Seal', 'FemoStop'])}; ${lines(rng, 3)}. ${t('Inocor')} for wet lungs. ? ${t('Wellens syndrome')} on ekg.
mrn ${h12Mrn(rng)}. Seen by ${h12Titled(rng, c.staff[0])} and ${h12Staff(rng, c.staff[1])}. ${c.kin[0].rel} ${h12Kin(rng, c.kin[0].p)} (${h12FamilyPhone(rng)}) wants call if changes; ${c.kin[1].rel} ${h12Name(rng, c.kin[1].p)} flying in from ${h12Town(rng)}.
Pt works at ${h12Employer(rng)}, lives ${h12Address(rng)}. Plan tx to ${h12Ward(rng)} ${sd(rng, c.events[2])} if stable. ${h12Staff(rng, c.staff[2])}
`,
  },
  {
    name: 'h12_src_neuro_icu_nursing_note', half: 'source', ages: [18, 89], oldShare: 0.2, caseMode: eraCase,
    render: (rng, c) => f`NEURO ICU NSG ${clock(rng)}
SAH ${t('Hunt and Hess')} 3 / ${t('WFNS scale')} 3, bleed ${sd(rng, c.events[0])}, clipped ${sd(rng, c.events[1])}. ${t('Nimotop')} q4h, ${t('Cerebyx')} load given. ${tp(rng, ['Codman ICP monitor', 'Becker EVD', 'Ommaya'])} in place.
${lines(rng, 3)}. ${t('Gordon reflex')}/${t('Oppenheim reflex')} +. Sedation ${t('Ramsay scale')} 3. ${t('Thermogard')} for fever.
Family: ${c.kin[0].rel} ${h12Kin(rng, c.kin[0].p)}, ${c.kin[1].rel} ${h12Kin(rng, c.kin[1].p)} ("${h12Kin(rng, c.patient)}" to them) in ${h12Ward(rng)} waiting rm, home ${h12FamilyPhone(rng)}. From ${h12Town(rng)}.
Res ${h12Titled(rng, c.staff[0])} aware of icp 24 at ${clock(rng)}, mannitol given. ${h12Staff(rng, c.staff[1])} / ${h12Staff(rng, c.staff[2])}
`,
  },
  {
    name: 'h12_src_icu_transfer_out_nursing_note', half: 'source', ages: [25, 89], oldShare: 0.3, caseMode: eraCase,
    render: (rng, c) => f`TRANSFER NOTE - MICU to ${h12Ward(rng)}
${h12Name(rng, c.patient)}, ${h12Age(rng, c.age)}, unit # ${h12Mrn(rng)}, acct ${h12Account(rng)}, in micu since ${sd(rng, c.events[0])} (${h12HospCode(rng)} transfer). Trach, ${t('Bivona')} trials; ${t('Heimlich valve')} to L ct.
${lines(rng, 3)}. ${t('Roto-Rest')} d/c'd ${sd(rng, c.events[1])}. ${t('Linton-Nachlas tube')} out, no rebleed.
Report given to ${h12Staff(rng, c.staff[0])} on floor ${clock(rng)}. ${h12Possessive(rng, c.kin[0].p)} ${c.kin[1].rel} ${h12Kin(rng, c.kin[1].p)} notified at ${h12FamilyPhone(rng)}; ${c.kin[0].rel} works ${h12FamilyPhone(rng)}.
Belongings w/ pt. Dentures in cup. Pt to go to ${h12Hospital(rng)} rehab after, per cm ${h12Staff(rng, c.staff[1])}. ${h12Staff(rng, c.staff[2])}
`,
  },
  {
    name: 'h12_src_icu_pharmacist_dosing_note', half: 'source', ages: [20, 89], oldShare: 0.3, caseMode: eraCase,
    render: (rng, c) => f`PHARMACY NOTE - AMINOGLYCOSIDE/VANCO DOSING ${sd(rng, c.visit)}
Pt ${h12Age(rng, c.age)} on ${h12Ward(rng)}, wt ${rng.int(45, 130)} kg, scr ${rng.int(6, 31) / 10}. ${tp(rng, ['Fortaz', 'Maxipime', 'Timentin'])} + gent; trough ${rng.int(1, 29) / 10} drawn ${clock(rng)} ${sd(rng, c.events[0])}.
Recommend q${rng.pick(['12', '24', '36'])}h, recheck ${sd(rng, c.events[1])}. Also on ${t('Carafate')} - separate from cipro. ${t('Inocor')} running.
Discussed w/ ${h12Titled(rng, c.staff[0])} and ${h12Staff(rng, c.staff[1])}. Outpt pharmacy on file: ${h12Town(rng)} (${h12Phone(rng)}). ${c.kin[0].rel} ${h12Kin(rng, c.kin[0].p)} brings meds from home.
${h12Staff(rng, c.staff[2])}, pharmD, bpr ${h12FamilyPhone(rng)}
`,
  },
];

const NEW: H12Style[] = [
  {
    name: 'h12_new_tb_directly_observed_therapy_log', half: 'styles', ages: [14, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`${h12Clinic(rng, rng.pick(['Health Dept', 'Public Health Clinic']))} — DIRECTLY OBSERVED THERAPY LOG   Case ${h12Id(rng, 'tb-case')}
Client: ${h12Name(rng, c.patient)} | DOB ${nd(rng, c.dob, ['yyyy.mm.dd', 'ddMONyy'])} | ${h12Age(rng, c.age)} | housing: ${h12Shelter(rng)}
Dx: pulmonary TB, ${t('Ziehl-Neelsen')} smear 2+, ${t('Lowenstein-Jensen')} culture + ${nd(rng, c.events[0], ['ddMONyy', 'd.m.yyyy'])}; ${t('Ghon complex')} on CXR. ${t('Heaf test')} 18 mm, ${t('Tuberculin Tine')} +.
Regimen: ${t('Priftin')} + INH weekly. Doses observed: ${nd(rng, c.events[1], ['m-d-dash', 'mm-dd-yyyy'])}, ${nd(rng, c.events[2], ['m-d-dash', 'mm-dd-yyyy'])} at ${h12Venue(rng)}.
Contacts: ${c.kin[0].rel} ${h12Name(rng, c.kin[0].p)} ${h12Phone(rng)}; co-worker at ${h12Employer(rng)}. Outreach worker ${h12Staff(rng, c.staff[0])}; nurse case mgr ${h12Titled(rng, c.staff[1])}.
`,
  },
  {
    name: 'h12_new_sti_partner_services_record', half: 'styles', ages: [15, 89], oldShare: 0.02, caseMode: asis,
    render: (rng, c) => f`PARTNER SERVICES INTERVIEW RECORD   ${h12Id(rng, 'sti-case')}
Index: ${h12Name(rng, c.patient)}, ${h12Age(rng, c.age)}, ph ${h12Phone(rng)}, app handle ${h12Handle(rng, c.patient)}, interviewed ${nd(rng, c.visit, ['mon-dd-comma-yy', 'mm-dd-yyyy'])}.
Dx: early latent syphilis, ${t('Bicillin L-A')} x1; no ${t('Clutton joints')}. ${t('Hutchinson triad')} absent. ? ${t('Fitz-Hugh-Curtis')} on exam. Started ${t('Descovy')} PrEP.
Partner 1: ${h12Name(rng, c.kin[0].p)}, met at ${h12Venue(rng)}, last exposure ${nd(rng, c.events[0], ['month-yyyy', 'mon-dd-comma-yy'])}, ${h12Email(rng, c.kin[0].p)}.
Partner 2: "${h12Kin(rng, c.kin[1].p)}", ${h12Town(rng)}, phone ${h12Phone(rng)}. Notified by DIS ${h12Staff(rng, c.staff[0])} ${nd(rng, c.events[1], ['mm-dd-yyyy', 'ddMONyy'])}. SSN ${h12Ssn(rng)}.
`,
  },
  {
    name: 'h12_new_vaccine_administration_record', half: 'styles', ages: [0, 89], oldShare: 0.2, caseMode: asis,
    render: (rng, c) => f`VACCINE ADMINISTRATION RECORD — ${h12Clinic(rng, rng.pick(['Immunization Clinic', 'Family Pharmacy']))}
Name ${h12Name(rng, c.patient)}   DOB ${nd(rng, c.dob, ['d.m.yyyy', 'yyyy.mm.dd', 'mm-dd-yyyy'])}   Registry ID ${h12Id(rng, 'vaers')}   Plan ${h12Account(rng)}
Address ${h12Address(rng)}   Guardian/contact: ${c.kin[0].rel} ${h12Name(rng, c.kin[0].p)} ${h12Phone(rng)}
Given ${nd(rng, c.visit, ['iso-basic-time', 'mon-d-apostrophe-yy'])}: ${tp(rng, ['Capvaxive', 'Gardasil 9', 'Prevnar 20', 'Arexvy', 'Fluzone High-Dose'])} L deltoid; ${tp(rng, ['Adacel', 'PreHevbrio', 'Bexsero'])} R deltoid. Travel: ${t('Dengvaxia')} #1. Prior: ${t('Arexvy')} and ${t('Fluzone High-Dose')} last season.
Screening: no ${tp(rng, ['Cache Valley virus', 'Keystone virus', 'Snowshoe hare virus', 'Deer tick virus'])} or other tick illness this season. Next dose due ${nd(rng, c.events[0], ['month-yyyy', 'd-of-month'])}.
Administered by ${h12Staff(rng, c.staff[0])}; standing order ${h12Titled(rng, c.staff[1])} NPI ${h12License(rng)}. School: ${h12School(rng)}.
`,
  },
  {
    name: 'h12_new_driver_rehabilitation_evaluation', half: 'styles', ages: [16, 89], oldShare: 0.2, caseMode: asis,
    render: (rng, c) => f`${h12Clinic(rng, rng.pick(['Driver Rehab Program', 'Rehabilitation Services']))} — CLINICAL DRIVING EVALUATION
Client ${h12Name(rng, c.patient)} (${h12Age(rng, c.age)})   License ${h12License(rng)}   Vehicle ${h12Vehicle(rng)}   Referral ${h12Id(rng, 'referral')}
Referred by ${h12Titled(rng, c.staff[0])} after stroke ${nd(rng, c.events[0], ['month-yyyy', 'mm-dd-yyyy'])}. Lives ${h12Address(rng)}; drives to ${h12Employer(rng)} and ${h12Venue(rng)}.
Clinic tests: ${t('Trail Making Test')} B 168 s; ${t('Useful Field of View')} risk 3; ${t('Snellgrove Maze Test')} 41 s; ${t('Rapid Pace Walk')} 9 s; ${t('Hooper Visual Organization Test')} 21.
On-road ${nd(rng, c.events[1], ['d-of-month', 'mon-dd-comma-yy'])} in ${h12Town(rng)}: two lane drifts, missed stop. Recommend no driving; ${c.kin[0].rel} ${h12Kin(rng, c.kin[0].p)} to drive (${h12Phone(rng)}).
CDRS ${h12Staff(rng, c.staff[1])}, OTR/L. Copy to state DMV medical unit by fax ${h12Phone(rng)}.
`,
  },
  {
    name: 'h12_new_apheresis_stem_cell_collection_record', half: 'styles', ages: [18, 75], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`APHERESIS COLLECTION RECORD — ${h12Clinic(rng, 'Apheresis Unit')}
Donor/patient ${h12Name(rng, c.patient)}   MRN ${h12Mrn(rng)}   Unit ${h12Id(rng, 'collection')}   Collection ${nd(rng, c.visit, ['yyyy.mm.dd', 'iso-basic-time'])}
Mobilization: ${t('Neupogen')} d1-4, ${t('Mozobil')} evening ${nd(rng, c.events[0], ['mm-dd-yyyy', 'ddMONyy'])}. Device ${t('Spectra Optia')} SN ${h12Device(rng)}; central line ${h12Device(rng)}.
Deferral questions: no ${tp(rng, ['Mayaro virus', 'Cache Valley virus', 'Deer tick virus'])} exposure; travel to ${h12Town(rng)} only.
Product couriered to ${h12Hospital(rng)} cell lab. Donor coordinator ${h12Name(rng, c.staff[0])} ${h12Email(rng, c.staff[0])}; RN ${h12Staff(rng, c.staff[1])}; physician ${h12Titled(rng, c.staff[2])}.
Caregiver ${c.kin[0].rel} ${h12Name(rng, c.kin[0].p)} ${h12Phone(rng)}.
`,
  },
  {
    name: 'h12_new_ostomy_teaching_record', half: 'styles', ages: [20, 89], oldShare: 0.2, caseMode: asis,
    render: (rng, c) => f`OSTOMY TEACHING RECORD — ${h12Clinic(rng, rng.pick(['Ostomy Clinic', 'Wound Ostomy Continence Service']))}
${h12Name(rng, c.patient)} · ${h12Age(rng, c.age)} · HAR/acct ${h12Account(rng)} · visit ${nd(rng, c.visit, ['mon-d-apostrophe-yy', 'd.m.yyyy'])}
Surgery: ${tp(rng, ['Turnbull blowhole', 'Brooke ileostomy', 'Kock pouch'])} at ${h12Hospital(rng)} ${nd(rng, c.events[0], ['month-yyyy', 'mm-dd-yyyy'])}. Stoma 32 mm, budded.
Skills: cut wafer, ${t('Stomahesive')} powder, ${t('Eakin seal')}, ${t('Brava paste')}. Learner: pt and ${c.kin[0].rel} ${h12Kin(rng, c.kin[0].p)}. Supplies ship to ${h12Address(rng)}.
Supplier portal ${h12Url(rng)}, user ${h12Handle(rng, c.patient)}. Return ${nd(rng, c.events[1], ['d-of-month', 'mon-dd-comma-yy'])}. WOC nurse ${h12Staff(rng, c.staff[0])}; surgeon ${h12Titled(rng, c.staff[1])}.
`,
  },
  {
    name: 'h12_new_mobile_crisis_team_dispatch', half: 'styles', ages: [12, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`MOBILE CRISIS TEAM — DISPATCH & CONTACT NOTE   Call ${h12Id(rng, 'crisis-call')}
Caller: ${c.kin[0].rel} ${h12Name(rng, c.kin[0].p)} from ${h12Phone(rng)} at ${clock(rng)} ${nd(rng, c.visit, ['mm-dd-yyyy', 'mon-dd-comma-yy'])}. Subject ${h12Name(rng, c.patient)}, ${h12Age(rng, c.age)}.
Location: ${h12Address(rng)}; car in drive ${h12Vehicle(rng)}. Police escort ${h12Titled(rng, c.staff[0])}.
On scene: agitated, voices, no weapon. ${t('Stanley-Brown safety plan')} completed with ${h12Kin(rng, c.kin[1].p)}. Not meeting ${t('Baker Act')}-type criteria here; voluntary to ${h12Hospital(rng)}.
Prior contacts ${nd(rng, c.events[0], ['month-yyyy', 'd.m.yyyy'])}. Clinicians ${h12Staff(rng, c.staff[1])} and ${h12Staff(rng, c.staff[2])}. Follow-up text to ${h12Phone(rng)}.
`,
  },
  {
    name: 'h12_new_compounding_pharmacy_worksheet', half: 'styles', ages: [0, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`${h12Clinic(rng, rng.pick(['Compounding Pharmacy', 'Apothecary']))} — COMPOUNDING WORKSHEET / LABEL   ${h12Id(rng, 'rx')}
Patient ${h12Name(rng, c.patient)}   DOB ${nd(rng, c.dob, ['mm-dd-yyyy', 'ddMONyy'])}   Ph ${h12Phone(rng)}   Addr ${h12Address(rng)}
Formula: ketoprofen 10% in ${t('Lipoderm')}; or oral suspension in ${tp(rng, ['Ora-Sweet', 'SyrSpend', 'Ora-Plus'])}. BUD ${nd(rng, c.events[0], ['mm-dd-yyyy', 'yyyy.mm.dd'])}.
Prescriber ${h12Titled(rng, c.staff[0])} DEA ${h12License(rng)}. Compounded ${nd(rng, c.visit, ['iso-basic-time', 'yyyy.mm.dd'])} by ${h12Staff(rng, c.staff[1])}; checked ${h12Staff(rng, c.staff[2])}.
Insurance ${h12Account(rng)}. Pick-up by ${c.kin[0].rel} ${h12Name(rng, c.kin[0].p)}. Refill requests from ${h12Ip(rng)} via ${h12Url(rng)}.
`,
  },
  {
    name: 'h12_new_device_field_safety_notice', half: 'styles', ages: [10, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`URGENT: MEDICAL DEVICE FIELD SAFETY NOTICE   Ref ${h12Id(rng, 'recall-ref')}   ${nd(rng, c.visit, ['d-of-month', 'mon-dd-comma-yy'])}
To: ${h12Name(rng, c.patient)}, ${h12Address(rng)}
Our records show you use ${tp(rng, ['Tandem Mobi', 'Eversense', 'FreeStyle Libre', 'ASSURE WCD', 'HeartMate 3', 'CentriMag'])} with controller ${h12Device(rng)} (UDI ${h12Device(rng)}), shipped ${nd(rng, c.events[0], ['month-yyyy', 'mm-dd-yyyy'])}.
Please call ${h12Phone(rng)} or log in at ${h12Url(rng)} with account ${h12Account(rng)}. Not affected: ${t('HeartMate 3')} controllers. Your clinic (${h12Titled(rng, c.staff[0])}, ${h12Hospital(rng)}) has been told.
Emergency contact on file: ${c.kin[0].rel} ${h12Name(rng, c.kin[0].p)}, ${h12Email(rng, c.kin[0].p)}. Last four of SSN confirmed by ${h12Staff(rng, c.staff[1])}; DOB ${nd(rng, c.dob, ['d.m.yyyy', 'mm-dd-yyyy'])}.
`,
  },
];

export const H12_SOURCE_STYLES = SRC;
export const H12_OTHER_STYLES = NEW;
export const HOLDOUT12_STYLES: readonly H12Style[] = [...SRC, ...NEW];
