// Owns the note styles of the tenth held-out PHI check, in two halves scored apart. The source half writes five
// kinds of ICU note in the manner of a Boston teaching hospital around 2000 (nursing shift progress note, night-float
// cross-cover note, ICU physical therapy note, case management note, family meeting note: terse, upper or lower
// case, semicolons, short dates, beds and units, families and doctors named in passing). The other half writes nine
// documents no earlier generator writes (cruise-ship infirmary log, chiropractic SOAP note, air-medical transport
// record, hyperbaric oxygen treatment log, anticoagulation clinic INR log, prosthetics fitting note, lactation consult,
// refugee health screening, allergy patch-test log). Written from how these documents look, not from any recognizer.
import type { Rng } from '../prng';
import type { Ymd } from '../dates';
import { drawCast, protectedTermOf, type TwoHalf, type TwoHalfCast, type TwoHalfStyle } from '../twoHalfCorpus';
import { f, type CaseMode, type Frag } from '../segments';
import {
  h10Account, h10Address, h10Age, h10Airport, h10Base, h10Camp, h10Camps, h10Church, h10Clinic, h10Country, h10Date, h10Device, h10Email, h10Employer,
  h10Given, h10GroupHome, h10Hospital, h10Id, h10Ip, h10License, h10LocalPhone, h10Mrn, h10Name, h10Person, h10Pharmacy, h10Phone, h10Possessive,
  h10Rehab, h10School, h10Shelter, h10Ship, h10Ssn, h10Staff, h10Team, h10Titled, h10Town, h10TownState, h10Url, h10Vehicle, h10Ward,
  SHORT_DATE_KINDS, type H10Person,
} from './formats';
import { H10_PROTECTED_ALL, H10_RELATIONS } from './vocab';

export type H10Cast = TwoHalfCast<H10Person>;

export function h10Cast(rng: Rng, ages: readonly [number, number], oldShare: number, years: readonly [number, number]): H10Cast {
  return drawCast(rng, h10Person, H10_RELATIONS, { oldestAge: 104, eventDays: [-25, 15] }, ages, oldShare, years);
}

export type H10Half = TwoHalf;
export type H10Style = TwoHalfStyle<H10Cast>;

const t = protectedTermOf('holdout10', H10_PROTECTED_ALL);
const tp = (rng: Rng, terms: readonly string[]): Frag => t(rng.pick(terms));
const SRC_DEVICES = ['Swan-Ganz', 'Dobhoff', 'Hickman', 'Quinton', 'Foley', 'Atrium Oasis', 'Flexiseal', 'Passy-Muir', 'Trach Talk', 'Roho', 'Sengstaken-Blakemore'] as const;
const SRC_DRUGS = ['Giapreza', 'Cleviprex', 'Ativan', 'Fentanyl', 'Unasyn', 'Bumex'] as const;
const SRC_SCALES = ['Riker Sedation-Agitation Scale', 'Morse Fall Scale', 'Braden'] as const;
const dev = (rng: Rng): Frag => tp(rng, SRC_DEVICES);
const drug = (rng: Rng): Frag => tp(rng, SRC_DRUGS);
/** Eponymous signs, each in the sentence an ICU note would write it in. */
const sign = (rng: Rng): Frag => rng.pick<Frag>([
  f`${t('Babinski')} upgoing on L`, f`cxr w/ ${t('Kerley B lines')}`, f`placed in ${t('Trendelenburg')} for line placement`,
  f`${t('Cheyne-Stokes')} resp pattern overnight`, f`${t('Kussmaul')} resps earlier, gap closing`,
]);
const scale = (rng: Rng): Frag => tp(rng, SRC_SCALES);

const asis = (): CaseMode => 'asis';
const icuCase = (rng: Rng): CaseMode => rng.weighted([[2, 'upper'], [2, 'lower'], [2, 'asis']]);
const sd = (rng: Rng, x: Ymd): Frag => h10Date(rng, x, SHORT_DATE_KINDS);
const clock = (rng: Rng): string => rng.pick(['0130', '0420', '0745', '1015', '1340', '1655', '2105', '2350', '3am', '5:15am', '11p', 'midnoc']);
const unitName = (rng: Rng): string => rng.pick(['MICU', 'CCU', 'CSRU', 'SICU', 'NICU step-down', 'MICU-B', 'Trauma ICU']);
/** Terse ICU lines without identifiers, written for this check. */
const ICU = [
  'hr 90s st, occ pvc', 'sbp 100-130s off pressors since am', 'ls coarse, sx for mod amt tan secretions', 'uo 30-60cc/hr clear yellow',
  'k 3.2, 20meq iv x2 given', 'tf at goal 60cc/hr, residuals <50', 'tmax 100.9, pan cx sent', 'peep weaned to 5, fio2 40%', 'abd obese soft +bs',
  'skin w/ stage 2 coccyx, duoderm intact', 'gcs 10t, moves all ext to pain', 'insulin gtt per ssi, fs 140-190', 'hct 27.1, 1u prbc given',
  'a-line r radial, good waveform', 'vanco trough pending', 'lytes repleted per sliding scale', 'oob to chair w/ 2 assist, tol 45 min', 'npo for egd in am',
  'mae, follows simple commands intermittently', 'cont on heparin gtt, ptt 68', 'pt c/o incisional pain 5/10 relieved w/ dilaudid', 'rsbi 62 this am',
];
const icuLines = (rng: Rng, n: number): string => rng.shuffle(ICU).slice(0, n).join('; ');
const kinOf = (rng: Rng, c: H10Cast) => rng.pick(c.kin);

const SRC: H10Style[] = [
  {
    name: 'h10_src_nursing_shift_progress_note', half: 'source', ages: [38, 89], oldShare: 0.2, caseMode: icuCase,
    render: (rng, c) => {
      const k = kinOf(rng, c);
      return f`${unitName(rng)} NPN ${rng.pick(['7a-7p', '7p-7a', '3-11', '11-7'])}
Pt is a ${h10Age(rng, c.age)} ${rng.pick(['man', 'woman', 'female', 'male'])} adm ${sd(rng, c.events[0])} from ${h10Hospital(rng)} w/ urosepsis, ${dev(rng)} placed in ${h10Ward(rng)} prior to transfer.
NEURO: ${icuLines(rng, 2)}; ${scale(rng)} score ${rng.int(-3, 18)}. ${sign(rng)} at ${clock(rng)}.
CV: ${icuLines(rng, 2)}. ${h10Titled(rng, c.staff[0])} aware of low uo at ${clock(rng)}.
RESP: ${icuLines(rng, 2)}; ${dev(rng)} dsg changed. ${drug(rng)} gtt titrated down.
GI/GU: ${icuLines(rng, 2)}.
SOCIAL: ${k.rel} ${h10Name(rng, k.p)} in to visit, updated by RN; ${h10Given(rng, k.p)} can be reached at ${h10Phone(rng)} or ${h10LocalPhone(rng)}. ${h10Possessive(rng, c.patient)} church, ${h10Church(rng)}, called re: visit.
Called ${c.kin[2].rel} ${h10Given(rng, c.kin[2].p)} @ ${clock(rng)} to update, no answer; msg left on ${h10Phone(rng)}.
PLAN: cont to monitor; f/u cx from ${sd(rng, c.events[1])}; ?trach on ${sd(rng, c.events[2])}.
${h10Staff(rng, c.staff[1])}
`;
    },
  },
  {
    name: 'h10_src_night_float_cross_cover_note', half: 'source', ages: [40, 89], oldShare: 0.25, caseMode: icuCase,
    render: (rng, c) => f`Night float note ${sd(rng, c.visit)} ${clock(rng)}
Called by RN ${h10Given(rng, c.staff[1])} re: pt ${h10Name(rng, c.patient)} (unit # ${h10Mrn(rng)}) bed ${rng.int(1, 20)} w/ new afib rvr 140s.
${h10Age(rng, c.age)} w/ chf, ef 25%, ${dev(rng)} in place. ${icuLines(rng, 3)}.
A/P: lopressor 5 iv x3, ${drug(rng)} held. ${sign(rng)} per RN. d/w ${h10Titled(rng, c.staff[0])} (cards fellow, beeper ${h10LocalPhone(rng)}), agrees. will sign out to day team; ${h10Staff(rng, c.staff[2])} to f/u.
Pt's ${kinOf(rng, c).rel} ${h10Name(rng, c.kin[0].p)} called from ${h10Town(rng)}, wants call back at ${h10Phone(rng)} if any change. HCP is ${h10Given(rng, c.kin[1].p)}.
${h10Staff(rng, c.staff[3])}, MD pgr ${h10LocalPhone(rng)}
`,
  },
  {
    name: 'h10_src_icu_physical_therapy_note', half: 'source', ages: [30, 89], oldShare: 0.15, caseMode: icuCase,
    render: (rng, c) => f`PT ICU note ${sd(rng, c.visit)}
Pt seen in ${h10Ward(rng)} for bed mobility/transfers. ${h10Age(rng, c.age)} s/p cabg ${sd(rng, c.events[0])}, prior to adm lived alone at ${h10Address(rng)}, indep w/ cane, works at ${h10Employer(rng)}.
Subj: pt states "${rng.pick(['i want to go home to my cat', 'my legs feel like jelly', 'call my son before you move me'])}".
Obj: ${icuLines(rng, 2)}; ${dev(rng)} boot on r heel. ${scale(rng)} 14. sit-stand w/ mod A x2.
A: limited by dyspnea and orthostasis. ${h10Titled(rng, c.staff[0])} ok'd progression.
P: cont 5x/wk; anticipate dc to ${h10Rehab(rng)} vs home w/ services; ${c.kin[0].rel} ${h10Name(rng, c.kin[0].p)} to bring sneakers.
${h10Staff(rng, c.staff[1])} x${rng.int(1000, 9999)}
`,
  },
  {
    name: 'h10_src_case_management_note', half: 'source', ages: [45, 89], oldShare: 0.3, caseMode: icuCase,
    render: (rng, c) => f`CM NOTE: ${sd(rng, c.visit)}
Met w/ pt and ${c.kin[0].rel} ${h10Name(rng, c.kin[0].p)} re: dc planning. Pt ${h10Age(rng, c.age)}, lives w/ ${c.kin[1].rel} ${h10Given(rng, c.kin[1].p)} in ${h10TownState(rng)}; previously at ${h10Shelter(rng)} x2 mo. Insurance: ${rng.pick(['medicaid', 'mass health', 'medicare', 'bcbs'])} id ${h10Account(rng)}.
Referral faxed to ${h10Rehab(rng)} (fax ${h10Phone(rng)}) and ${h10Rehab(rng)}; bed offer expected ${sd(rng, c.events[3])}. VNA via ${h10Clinic(rng)} if home. Meds to ${h10Pharmacy(rng)}.
${icuLines(rng, 1)}; ${dev(rng)} ordered for home; ${drug(rng)} to be stopped prior to dc.
Spoke w/ ${h10Titled(rng, c.staff[0])}; ${h10Staff(rng, c.staff[1])} to update team. Will follow.
${h10Staff(rng, c.staff[2])}, RN CM pgr ${h10LocalPhone(rng)}
`,
  },
  {
    name: 'h10_src_family_meeting_note', half: 'source', ages: [55, 89], oldShare: 0.35, caseMode: icuCase,
    render: (rng, c) => f`Family mtg ${sd(rng, c.visit)} ${clock(rng)}, ${unitName(rng)} conf rm
Present: ${h10Titled(rng, c.staff[0])}, ${h10Staff(rng, c.staff[1])}, SW ${h10Name(rng, c.staff[2])}; pt's ${c.kin[0].rel} ${h10Name(rng, c.kin[0].p)}, ${c.kin[1].rel} ${h10Name(rng, c.kin[1].p)} (by phone from ${h10TownState(rng)}), ${c.kin[2].rel} ${h10Given(rng, c.kin[2].p)}.
Pt ${h10Age(rng, c.age)}, intubated since ${sd(rng, c.events[0])} for aspiration pna; ${icuLines(rng, 2)}. ${sign(rng)}. Discussed poor prognosis; ${drug(rng)} for comfort.
Family states pt would not want trach/peg; made DNR/DNI. ${h10Given(rng, c.kin[0].p)} to call ${h10Possessive(rng, c.kin[2].p)} pastor at ${h10Church(rng)}.
Contact: ${h10Phone(rng)} (cell), ${h10Phone(rng)} (work at ${h10Employer(rng)}). DOB ${h10Date(rng, c.dob, ['mm-dd-yy', 'm-d-yyyy'])}.
${h10Staff(rng, c.staff[3])}
`,
  },
];

const NEW: H10Style[] = [
  {
    name: 'h10_new_cruise_ship_infirmary_log', half: 'styles', ages: [20, 89], oldShare: 0.25, caseMode: asis,
    render: (rng, c) => f`MEDICAL CENTRE LOG — ${h10Ship(rng)} — voyage ${h10Id(rng, 'booking')}
Date/time: ${h10Date(rng, c.visit, ['d-mon-yyyy', 'compact-ddmonyy', 'd-m-yyyy-dots'])} ${clock(rng)} ship time. Cabin ${rng.int(4, 12)}${rng.digits(3)}. Guest booking ref ${h10Id(rng, 'booking')}; crew ID of attending steward ${h10Id(rng, 'crew')}.
Guest: ${h10Name(rng, c.patient)}, ${h10Age(rng, c.age)}, embarked at ${h10Town(rng)}; home ${h10Address(rng)}. Travelling with ${c.kin[0].rel} ${h10Name(rng, c.kin[0].p)}.
Complaint: vomiting x6 since dinner; outbreak protocol (${t('Norwalk virus')}) — isolated to cabin. Seasick earlier, took ${tp(rng, ['Dramamine', 'Scopolamine'])} patch.
Hx ${t('Meniere disease')}; takes ${t('Frova')} for migraine. Insurance ${h10Account(rng)}. Emergency contact ${h10Name(rng, c.kin[1].p)} ${h10Phone(rng)}.
Disembark to ${h10Hospital(rng)} if no improvement by ${h10Date(rng, c.events[1], ['d-mon-yyyy'])}. Ship's physician ${h10Titled(rng, c.staff[0])}, nurse ${h10Staff(rng, c.staff[1])}.
`,
  },
  {
    name: 'h10_new_chiropractic_soap_note', half: 'styles', ages: [18, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`${h10Clinic(rng)} · ${h10Address(rng)} · ${h10Phone(rng)}
Patient: ${h10Name(rng, c.patient)}   DOB: ${h10Date(rng, c.dob, ['mm-dd-yy', 'iso', 'month-d-yyyy'])}   Case # ${h10Id(rng, 'case')}   Visit ${rng.int(2, 24)} of 24
S: ${h10Given(rng, c.patient)} reports low back pain 6/10 after lifting at ${h10Employer(rng)} on ${h10Date(rng, c.events[0])}; ${t('Roland-Morris Disability Questionnaire')} 14/24. Coaches for the ${h10Team(rng)} on weekends.
O: + ${t('Kemp test')} on L, ${t('Adson test')} neg, ${t('Lachman')} neg R knee. History of ${t('Scheuermann')} kyphosis and ${t('Kohler disease')} as a teen. Adjusted L4-5, SI bilat.
A: lumbar segmental dysfunction. Workers comp claim ${h10Account(rng)}; adjuster ${h10Name(rng, c.kin[2].p)} ${h10Phone(rng)}, ${h10Email(rng, c.kin[2].p)}.
P: 2x/wk x 3 wk, re-eval ${h10Date(rng, c.events[2])}. ${h10Staff(rng, c.staff[0])} DC, lic ${h10License(rng, c.staff[0])}
`,
  },
  {
    name: 'h10_new_air_medical_transport_record', half: 'styles', ages: [1, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`AIR MEDICAL TRANSPORT RECORD  flight # ${h10Id(rng, 'flight')}  aircraft ${h10Vehicle(rng)}
Launch ${h10Date(rng, c.visit, ['iso', 'mm-dd-yy'])} ${clock(rng)} from ${h10Airport(rng)}; scene LZ at ${h10Address(rng)} (ground unit plate ${h10Vehicle(rng)}).
Pt ${h10Name(rng, c.patient)}, ${h10Age(rng, c.age)}, MVC rollover; vehicle VIN per trooper ${h10Vehicle(rng)}. ${t('Injury Severity Score')} est ${rng.int(9, 34)}; c-collar for ? ${t('Hangman fracture')}.
Altitude kept < 2000 ft for pneumothorax (${t('Boyle law')}). ${t('Bezold-Jarisch reflex')} suspected w/ brady after fluids.
Receiving: ${h10Hospital(rng)} trauma bay, accepting ${h10Titled(rng, c.staff[0])}; report called to ${h10Phone(rng)}. Crew ${h10Staff(rng, c.staff[1])} / ${h10Staff(rng, c.staff[2])}.
Next of kin ${c.kin[0].rel} ${h10Name(rng, c.kin[0].p)}, ${h10Phone(rng)}. Monitor ${h10Device(rng)} data uploaded from ${h10Ip(rng)}.
`,
  },
  {
    name: 'h10_new_hyperbaric_oxygen_treatment_log', half: 'styles', ages: [30, 89], oldShare: 0.3, caseMode: asis,
    render: (rng, c) => f`HYPERBARIC OXYGEN TREATMENT LOG — ${h10Clinic(rng)}
Pt: ${h10Name(rng, c.patient)}  MRN ${h10Mrn(rng)}  Age ${h10Age(rng, c.age)}  Chamber run ${h10Id(rng, 'chamber')}
Dx: diabetic foot ulcer, ${t('University of Texas wound classification')} 2B; hx ${t('Leriche syndrome')} (bx accession ${h10Id(rng, 'accession')}, specimen ${h10Id(rng, 'specimen')}).
Dive ${rng.int(3, 40)}/40 on ${h10Date(rng, c.visit, ['m-d-yyyy', 'mm.dd.yy', 'apostrophe-year'])}: 2.4 ATA x 90 min, air breaks x2. ${t('Haldane effect')} and ${t('Henry law')} reviewed with pt. K 5.9 on arrival labs, ${t('Lokelma')} per PCP. Tol well; ears cleared.
Transport by ${h10Rehab(rng)} van, plate ${h10Vehicle(rng)}. Ride home with ${h10Given(rng, c.kin[0].p)} (${c.kin[0].rel}).
Tech ${h10Staff(rng, c.staff[1])}; supervising ${h10Titled(rng, c.staff[0])} NPI ${h10License(rng, c.staff[0])}. Next dive ${h10Date(rng, c.events[1])}.
`,
  },
  {
    name: 'h10_new_anticoagulation_clinic_inr_log', half: 'styles', ages: [40, 89], oldShare: 0.35, caseMode: asis,
    render: (rng, c) => f`Anticoagulation Clinic — INR call log
${h10Name(rng, c.patient)} | DOB ${h10Date(rng, c.dob, ['m-d-yyyy', 'd-mon-yyyy'])} | ${h10Age(rng, c.age)} | acct ${h10Account(rng)}
Indication: afib, ${t('CHA2DS2-VASc')} 5, ${t('HAS-BLED')} 2. On ${tp(rng, ['Coumadin', 'Jantoven'])} 5 mg; ${t('Savaysa')} declined (cost).
${h10Date(rng, c.events[0], ['m-d', 'mon-d'])}: INR 3.8 (POC meter ${h10Device(rng)}), held x1. ${h10Date(rng, c.events[1], ['m-d', 'mon-d'])}: INR 2.6.
Left message for ${c.kin[0].rel} ${h10Name(rng, c.kin[0].p)} at ${h10Phone(rng)}; pt attends day program at ${h10GroupHome(rng)}. Pharmacy: ${h10Pharmacy(rng)}, ${h10Id(rng, 'rx')}.
Next INR ${h10Date(rng, c.events[2])}. — ${h10Staff(rng, c.staff[0])}, PharmD
`,
  },
  {
    name: 'h10_new_prosthetics_fitting_note', half: 'styles', ages: [20, 89], oldShare: 0.15, caseMode: asis,
    render: (rng, c) => f`Prosthetic & Orthotic Fitting Note
Client: ${h10Name(rng, c.patient)}  SSN ${h10Ssn(rng)}  DOB ${h10Date(rng, c.dob, ['month-d-yyyy', 'mm-dd-yy'])}  Vet ID ${h10Account(rng)}
Level: transtibial L, ${t('Ertl procedure')} ${h10Date(rng, c.events[0], ['month-yyyy', 'ordinal-of-month'])}; contralateral ${t('Symes amputation')}. Functional level ${t('Medicare K3')}.
Components: ${t('Otto Bock')} foot, serial ${h10Device(rng)}; liner lot ${h10Id(rng, 'lot')}. Served at ${h10Base(rng)}; now lives ${h10Address(rng)}.
Referred by ${h10Titled(rng, c.staff[0])} (${h10Hospital(rng)}). Email for appointment reminders ${h10Email(rng, c.patient)}.
Practitioner ${h10Staff(rng, c.staff[1])}, CPO, lic ${h10License(rng, c.staff[1])}. Follow-up ${h10Date(rng, c.events[2])}.
`,
  },
  {
    name: 'h10_new_lactation_consult_note', half: 'styles', ages: [17, 44], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`Lactation consult — ${h10Date(rng, c.visit, ['month-d-yyyy', 'm-d-yyyy'])}
Mother ${h10Name(rng, c.patient)} (${h10Age(rng, c.age)}), infant "${h10Given(rng, c.kin[0].p)}" born ${h10Date(rng, c.events[0], ['m-d', 'iso'])} at ${h10Hospital(rng)}, infant MRN ${h10Mrn(rng)}.
${t('Latch score')} 6; ${t('Montgomery tubercles')} prominent; ${t('Mondor disease')} of L breast ruled out. ${t('Edinburgh Postnatal Depression Scale')} 11 — SW referral.
Partner ${h10Name(rng, c.kin[1].p)} returns to work at ${h10Employer(rng)} next week. Older child attends ${h10School(rng)}.
Pump rental serial ${h10Device(rng)}, WIC office ${h10Town(rng)}. Support group at ${h10Church(rng)}. Call ${h10Phone(rng)} or text; follow up via ${h10Url(rng, c.patient)}.
IBCLC ${h10Staff(rng, c.staff[0])}
`,
  },
  {
    name: 'h10_new_refugee_health_screening', half: 'styles', ages: [2, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`Domestic Refugee Health Screening
Name: ${h10Name(rng, c.patient)}   A# ${h10Id(rng, 'a-number')}   Arrival ${h10Date(rng, c.events[0], ['d-m-yyyy-dots', 'iso', 'd-mon-yyyy'])}   Age ${h10Age(rng, c.age)}
Country of origin ${h10Country(rng)}; ${rng.int(2, 14)} years in ${h10Camps(rng)} camp. Resettled by ${h10Church(rng)} sponsor ${h10Name(rng, c.kin[2].p)} to ${h10Address(rng)}.
${t('Tdap')} given; ${t('QuantiFERON')} positive, CXR clear. Serology for ${t('Schistosoma mansoni')} and ${t('Strongyloides')} sent (accession ${h10Id(rng, 'accession')}).
Interpreter ${h10Name(rng, c.staff[2])} via phone line ${h10Phone(rng)}. Children enrolled at ${h10School(rng)}; summer at ${h10Camp(rng)}.
Case worker ${h10Name(rng, c.kin[1].p)}, ${h10Email(rng, c.kin[1].p)}. Screening clinician ${h10Staff(rng, c.staff[0])}. Next visit ${h10Date(rng, c.events[2])}.
`,
  },
  {
    name: 'h10_new_allergy_patch_test_log', half: 'styles', ages: [10, 89], oldShare: 0.15, caseMode: asis,
    render: (rng, c) => f`Patch test log — applied ${h10Date(rng, c.events[0], ['mon-d', 'm-d-yyyy'])}, read 48h ${h10Date(rng, c.events[1], ['mon-d', 'm-d-yyyy'])} and 96h
${h10Name(rng, c.patient)}; ${h10Age(rng, c.age)}; MRN ${h10Mrn(rng)}; study subject ${h10Id(rng, 'study')}
Hx: hand dermatitis at ${h10Employer(rng)}; prior ${t('Reiter syndrome')}, ${t('Madelung deformity')} L wrist; ${t('Hutchinson sign')} absent. ${tp(rng, ['Ramsay Hunt syndrome', 'Colorado tick fever'])} 3 yrs ago.
Positives: nickel ++, thiuram +. Brother has ${t('Ebstein anomaly')}. Ankle sprain last month, no film per ${t('Ottawa ankle rules')}.
Results mailed to ${h10Address(rng)}; portal login from ${h10Ip(rng)}. Daughter ${h10Name(rng, c.kin[0].p)} ${h10Phone(rng)}. Reader ${h10Staff(rng, c.staff[0])}; SSN on consent ${h10Ssn(rng)}.
`,
  },
];

export const H10_SOURCE_STYLES = SRC;
export const H10_OTHER_STYLES = NEW;
export const HOLDOUT10_STYLES: readonly H10Style[] = [...SRC, ...NEW];
