// Owns the note styles of the ninth held-out PHI check, in two halves scored apart. The source half writes
// five kinds of ICU note in the manner of a teaching hospital around 2000 (nursing shift note, resident progress
// note, respiratory care note, social work note, discharge planning note: terse, upper or lower case,
// semicolons, short dates, unit and ward names, families named in passing). The other half writes ten
// documents no earlier generator writes (ambulance hand-over, IVF cycle log, hospice visit, correctional
// clinic, school-nurse incident report, work-injury claim, genetic counselling letter, transplant coordinator
// call log, home-infusion pharmacy note, foster-care medical form). Written from how these documents look,
// not from what any recognizer does.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, term, type CaseMode, type Frag } from '../segments';
import {
  h9Account, h9Address, h9Age, h9Base, h9Camp, h9Church, h9Clinic, h9Date, h9Device, h9Email, h9Employer, h9Given, h9GroupHome, h9Hospital,
  h9Id, h9Ip, h9Jail, h9License, h9LocalPhone, h9Mrn, h9Name, h9Nick, h9Pager, h9Person, h9Pharmacy, h9Phone, h9Possessive, h9Rehab, h9School, h9Shelter,
  h9Ship, h9ShortDate, h9Ssn, h9Staff, h9Team, h9Titled, h9Town, h9Url, h9Vehicle, h9Ward, type H9Person,
} from './formats';
import { H9_PROTECTED_ALL, H9_RELATIONS } from './vocab';

export interface H9Cast { patient: H9Person; staff: H9Person[]; kin: { p: H9Person; rel: string }[]; age: number; dob: Ymd; visit: Ymd; events: Ymd[] }

export function h9Cast(rng: Rng, ages: readonly [number, number], oldShare: number, years: readonly [number, number]): H9Cast {
  const visit = randomDate(rng, years[0], years[1]);
  const age = rng.chance(oldShare) ? rng.int(90, 106) : rng.int(ages[0], ages[1]);
  return {
    patient: h9Person(rng),
    staff: Array.from({ length: 4 }, () => h9Person(rng)),
    kin: Array.from({ length: 3 }, () => ({ p: h9Person(rng), rel: rng.pick(H9_RELATIONS) })),
    age, visit,
    dob: addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360)),
    events: Array.from({ length: 6 }, () => addDays(visit, rng.int(-30, 20))),
  };
}

export type H9Half = 'source' | 'styles';
export interface H9Style { name: string; half: H9Half; ages: readonly [number, number]; oldShare: number; caseMode(rng: Rng): CaseMode; render(rng: Rng, c: H9Cast): Frag }

const H9_PROTECTED_SET = new Set(H9_PROTECTED_ALL);
/** A protected clinical term, checked against the vocabulary so every planted term is one the test knows. */
function t(text: string): Frag {
  if (!H9_PROTECTED_SET.has(text)) throw new Error(`holdout9: ${text} is not in H9_PROTECTED`);
  return term(text, text);
}
const tp = (rng: Rng, terms: readonly string[]): Frag => t(rng.pick(terms));
const asis = (): CaseMode => 'asis';
const icuCase = (rng: Rng): CaseMode => rng.weighted([[2, 'upper'], [1, 'lower'], [2, 'asis']]);
const shift = (rng: Rng): string => rng.pick(['7P-7A', '7a-7p', '3-11', '11-7', '0700-1900', '1900-0700']);
const time = (rng: Rng): string => rng.pick(['0200', '0345', '1130', '2215', '4am', '10pm', '1600', '0615', '9:30pm', 'noon']);
const unit = (rng: Rng): string => rng.pick(['MICU', 'CCU', 'CSRU', 'SICU', 'T-SICU', 'NSICU', 'MICU/SICU']);
const PCP = ['Family Practice', 'Health Center', 'Internal Medicine Associates', 'Community Health'] as const;
const VNA = ['VNA', 'Home Infusion', 'Hospice & Palliative Care'] as const;
/** Terse ICU lines without identifiers, written for this check, so the source half has the PHI density of its model. */
const ICU_LINES = [
  'K 3.4 repleted w/ 40 meq kcl iv', 'mag 1.6, 2 gm mgso4 given', 'hct stable 29.8, no s/s bleeding', 'bs q6h, ssri coverage x2',
  'lopressor 5 mg iv x1 for hr 120s afib w/ good effect', 'abd soft, distended, hypoactive bs; ogt to lcs draining bilious', 'tf held for residual 220cc',
  'ls diminished bases, rhonchi rul cleared w/ sx', 'cxr this am: ? rll infiltrate', 'abg 7.33/48/82/26 on current settings',
  'pulses dopplerable dp/pt bilat', 'cvp 8-12, pad 18', 'urine cloudy, ua/cx sent', 'turned and repositioned q2h, skin otherwise intact',
  'restless early in shift, pulling at ett; soft restraints per protocol', 'pain 6/10 r flank, morphine 2 mg iv prn w/ relief',
  'afebrile, wbc trending down', 'bld cx x2 pending', 'npo after mn for procedure', 'glucose 180s-220s, insulin gtt titrated per protocol',
  'chest tube to -20 sx, no air leak, sm serosang drainage', 'a-line dampened, flushed, re-zeroed', 'pupils 3mm brisk', 'oob to chair x1 hr w/ pt',
  'hr 60s sb, pacer wires capped', 'diuresed 1.2L to lasix 40 iv', 'bm x1 loose guaiac neg', 'mouth care q4h per vap bundle', 'hob up 30',
  'mae weakly, nods appropriately', 'cough weak, nonproductive', 'sbp 100-130s off pressors since early am',
] as const;
const icuLines = (rng: Rng, min: number, max: number): string => rng.sample(ICU_LINES, rng.int(min, max)).join('; ') + '.';
const maybe = (rng: Rng, p: number, fr: () => Frag): Frag => (rng.chance(p) ? fr() : '');

// ---- source half -------------------------------------------------------------------------------------------

const nursingShift: H9Style = {
  name: 'h9_src_icu_nursing_shift_note', half: 'source', ages: [38, 89], oldShare: 0.12, caseMode: icuCase,
  render: (rng, c) => f`${unit(rng)} NURSING PROGRESS NOTE ${shift(rng)}
${maybe(rng, 0.35, () => f`${h9Age(rng, c.age)} ${rng.pick(['male', 'female', 'M', 'F'])} POD #${rng.int(1, 9)} ${rng.pick(['s/p CABG', 's/p ex-lap', 'w/ urosepsis', 'w/ GIB'])}, transferred from ${h9Ward(rng)} ${h9ShortDate(rng, c.events[0])}. `)}
NEURO: alert, MAE, follows commands; ${tp(rng, ['Ramsay score', 'Riker scale'])} ${rng.int(2, 4)} on ${tp(rng, ['Precedex', 'Nimbex'])} gtt. ${maybe(rng, 0.3, () => f`${t('Chvostek sign')} neg; lytes repleted. `)}
CV: HR 80s-110s ${rng.pick(['AF', 'ST', 'NSR'])}; SBP 90s on ${t('Neo-Synephrine')} ${rng.int(1, 4)} mcg/kg/min. ${maybe(rng, 0.4, () => f`${tp(rng, ['Cardizem', 'Natrecor', 'Aggrastat'])} gtt per ${h9Titled(rng, c.staff[0], rng.pick(['DR.', 'Dr.', 'dr']))}. `)}${tp(rng, ['Cordis', 'Homans sign', 'Lovenox'])} ${rng.pick(['intact', 'neg', 'sc bid'])}.
RESP: ${rng.pick(['on 4L NC', 'cpap 5/peep 5', 'a/c 500x14 fio2 .5'])}; LS coarse; sx for thick tan; ${icuLines(rng, 1, 3)} ${maybe(rng, 0.3, () => f`${tp(rng, ['Kinair bed', 'Clinitron bed', 'RotoProne'])} for skin/oxygenation. `)}
GI: ${tp(rng, ['Jevity 1.2', 'Nepro'])} @ ${rng.int(20, 60)}cc/hr; ${t('Flexi-Seal')} in place. GU: foley, u/o 30-60cc/hr. ${icuLines(rng, 2, 4)}
SKIN: coccyx stage II, ${t('Duoderm')} applied. ID: t max 101.2, on ${tp(rng, ['Zyvox', 'Primaxin'])}; ${maybe(rng, 0.3, () => f`pan cx sent; ${h9Titled(rng, c.staff[1], 'DR.')} AWARE. `)}
SOCIAL: ${rng.pick(['FAMILY IN TO VISIT', 'family in this eve', 'no calls overnight'])}; ${c.kin[0].rel} ${h9Given(rng, c.kin[0].p)} ${rng.pick(['called x2', 'in to visit', 'updated at bedside'])}${maybe(rng, 0.3, () => f`, home # ${h9LocalPhone(rng)}`)}. ${maybe(rng, 0.35, () => f`called ${c.kin[1].rel} ${h9Name(rng, c.kin[1].p)} at ${time(rng)} re: consent for line. `)}${maybe(rng, 0.3, () => f`pt's ${c.kin[2].rel} from ${h9Town(rng)} to come in ${h9ShortDate(rng, c.events[1])}. `)}
A/P: ${rng.pick(['cont to monitor', 'wean pressors as tol', 'cont current plan'])}; ${maybe(rng, 0.35, () => f`OR ${h9ShortDate(rng, c.events[2])} for trach/peg; `)}${maybe(rng, 0.3, () => f`dr aware, ${h9Pager(rng)}; `)}update family.
${maybe(rng, 0.6, () => h9Staff(rng, c.staff[2], rng.pick(['RN', 'rn', 'R.N.'])))}
`,
};

const residentProgress: H9Style = {
  name: 'h9_src_micu_resident_progress_note', half: 'source', ages: [45, 89], oldShare: 0.2, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'lower'], [1, 'upper']]),
  render: (rng, c) => f`${unit(rng)} Resident Progress Note HD #${rng.int(2, 30)}
${h9Age(rng, c.age)} ${rng.pick(['M', 'F', 'man', 'woman'])} from ${rng.chance(0.5) ? h9Rehab(rng) : h9Town(rng)} adm ${h9ShortDate(rng, c.events[0])} w/ ${rng.pick(['cholangitis', 'hypothermia', 'pancreatitis', 'ICH'])}; ${rng.pick([t('Charcot triad'), t('Reynolds pentad'), t('Osborn waves'), t('Kernohan notch')])} noted on adm.${maybe(rng, 0.4, () => ` PMH: CAD s/p CABG '${rng.int(90, 99)}, DM2, HTN.`)}${maybe(rng, 0.5, () => f` OSH ${h9Hospital(rng)} ${h9ShortDate(rng, c.events[1])}.`)}
S: o/n ${rng.pick(['febrile to 102', 'more somnolent', 'uneventful'])}; ${maybe(rng, 0.4, () => f`${tp(rng, ['Solu-Medrol', 'Xigris', 'Hespan'])} given; `)}
O: T 99.8 HR 96 BP 108/60 RR 22 sat 95%; ${maybe(rng, 0.4, () => f`${tp(rng, ['Licox', 'Camino bolt'])} ICP 14; `)}${maybe(rng, 0.3, () => f`${t('Pickwickian')} habitus; `)}labs ${h9ShortDate(rng, c.events[2])}: wbc 14.2, cr 1.9. ${icuLines(rng, 2, 5)}${maybe(rng, 0.3, () => f` DDD ${h9Device(rng, 'pacer')} interrogated, nl fxn.`)}
A/P: ${rng.pick(['sepsis, improving', 'resp failure', 'ARF on CRI'])}; ${maybe(rng, 0.5, () => f`${t('Arctic Sun')} per protocol; `)}ERCP ${h9ShortDate(rng, c.events[3])} per GI (${h9Titled(rng, c.staff[1], rng.pick(['Dr.', 'Dr', 'DR']))}); ${rng.pick(['full code', 'DNR/DNI'])}, HCP is ${c.kin[0].rel} ${h9Name(rng, c.kin[0].p)} ${maybe(rng, 0.4, () => f`(${h9LocalPhone(rng)})`)}.
${maybe(rng, 0.4, () => f`D/w attending ${h9Titled(rng, c.staff[0], 'Dr.')}; `)}${maybe(rng, 0.3, () => f`PCP ${h9Titled(rng, c.staff[3], 'Dr.')} at ${h9Clinic(rng, PCP)} updated. `)}dispo: ${maybe(rng, 0.5, () => f`back to ${h9Rehab(rng)} when stable; `)}${h9Staff(rng, c.staff[2], rng.pick(['MD', 'MD PGY-2', 'md']))}
`,
};

const respCare: H9Style = {
  name: 'h9_src_respiratory_care_note', half: 'source', ages: [30, 89], oldShare: 0.08, caseMode: icuCase,
  render: (rng, c) => f`Resp Care Note: ${maybe(rng, 0.3, () => f`${h9ShortDate(rng, c.visit)} `)}
Pt remains ${rng.pick(['intubated', 'trached', 'on NIV'])} on ${tp(rng, ['Servo-i', 'Puritan Bennett 840', 'Bird Mark 7'])}; ${rng.pick(['SIMV 500x12/PS 10/PEEP 5', 'A/C 450x16 50%', 'PSV 12/5 .40'])}. ${maybe(rng, 0.5, () => f`${tp(rng, ['Bivona trach', 'Portex'])} #${rng.int(6, 8)} cuff pressure 22. `)}${maybe(rng, 0.3, () => f`${t('Heliox')} 70/30 trial. `)}
BS coarse, sx mod thick yellow; MDIs given; ${icuLines(rng, 2, 4)} RSBI ${rng.int(40, 140)} this am${maybe(rng, 0.5, () => f`, ${h9Titled(rng, c.staff[0], rng.pick(['Dr.', 'DR', 'dr.']))} aware`)}. ${maybe(rng, 0.4, () => f`ABG ${time(rng)}: 7.38/44/88. `)}${maybe(rng, 0.4, () => f`Plan for trach ${h9ShortDate(rng, c.events[2])} if fails SBT. `)}${maybe(rng, 0.3, () => f`Home CPAP from ${h9Employer(rng)}'s DME ${h9Device(rng, 'aed')}. `)}
Cont full support. ${maybe(rng, 0.7, () => h9Staff(rng, c.staff[1], rng.pick(['RRT', 'RT', 'rrt'])))}
`,
};

const socialWork: H9Style = {
  name: 'h9_src_social_work_note', half: 'source', ages: [20, 89], oldShare: 0.15, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'lower'], [1, 'upper']]),
  render: (rng, c) => f`SW NOTE: ${unit(rng)}
Met w/ pt's ${c.kin[0].rel} ${h9Name(rng, c.kin[0].p)} and ${c.kin[1].rel} ${h9Given(rng, c.kin[1].p)} in family room; ${rng.pick(['pt sedated', 'pt participated briefly', 'pt unable to participate'])}. Pt ${h9Age(rng, c.age)}, lives ${rng.pick(['alone', 'w/ wife', 'w/ dtr'])} in ${h9Town(rng)}${maybe(rng, 0.2, () => f` at ${h9Address(rng)}`)}; ${rng.pick(['retired from', 'works at', 'laid off from'])} ${h9Employer(rng)}.
${h9Possessive(c.kin[0].p)} ${rng.pick(['main concern is prognosis', 'coping poorly', 'angry at OSH'])}. ${maybe(rng, 0.25, () => f`Family attends ${h9Church(rng)}; pastor ${h9Titled(rng, c.staff[3], rng.pick(['Rev.', 'Fr.', 'Father']))} in to see pt. `)}${maybe(rng, 0.4, () => f`Pt goes by "${h9Nick(c.patient)}". `)}${maybe(rng, 0.15, () => f`Pt's son was staying at ${h9Shelter(rng)}; to be contacted via caseworker ${h9Name(rng, c.staff[2])} ${h9LocalPhone(rng)}. `)}
Discussed HCP; ${c.kin[0].rel} is HCP, best # ${h9LocalPhone(rng)}${maybe(rng, 0.2, () => f`, work ${h9LocalPhone(rng)}`)}. ${maybe(rng, 0.3, () => f`Family mtg set ${h9ShortDate(rng, c.events[3])} ${time(rng)} w/ ${h9Titled(rng, c.staff[0], 'Dr.')}. `)}${maybe(rng, 0.3, () => f`Will screen for ${t('Kinair bed')} at home? unlikely. `)}
Pt medically: ${icuLines(rng, 1, 3)} SW will follow. ${h9Staff(rng, c.staff[1], rng.pick(['LICSW', 'MSW', 'licsw']))} ${maybe(rng, 0.5, () => h9Pager(rng))}
`,
};

const dischargePlanning: H9Style = {
  name: 'h9_src_discharge_planning_note', half: 'source', ages: [50, 89], oldShare: 0.25, caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'lower'], [2, 'upper']]),
  render: (rng, c) => f`CM/DC PLANNING NOTE
Pt ${h9Name(rng, c.patient)}${maybe(rng, 0.4, () => f`, ${h9Age(rng, c.age)}`)}, ${maybe(rng, 0.3, () => f`${h9Mrn(rng)}, `)}adm ${h9ShortDate(rng, c.events[0])}; anticipated d/c ${h9ShortDate(rng, c.events[4])}. ${t('Lovenox')} teaching done; ${rng.pick([t('Jevity 1.2'), t('Nepro')])} via PEG at home?
Medical: ${icuLines(rng, 2, 4)}\nReferrals faxed to ${h9Rehab(rng)}${maybe(rng, 0.4, () => f` and ${h9Rehab(rng)}`)} (fax ${h9LocalPhone(rng)}); bed offer pending. ${maybe(rng, 0.3, () => f`VNA: ${h9Clinic(rng, VNA)}. `)}${maybe(rng, 0.4, () => f`Needs ${t('Kinair bed')}; DME ${h9Employer(rng)}. `)}
Insurance: ${rng.pick(['Medicare A/B', 'MassHealth', 'BCBS'])} ${h9Account(rng)}. PCP ${h9Titled(rng, c.staff[0], rng.pick(['Dr.', 'Dr', 'DR.']))}, ${h9Clinic(rng, PCP)}. ${maybe(rng, 0.25, () => f`Pharmacy: ${h9Pharmacy(rng)} on ${h9Town(rng)} Rd. `)}
Spoke w/ ${c.kin[0].rel} ${h9Name(rng, c.kin[0].p)} ${h9LocalPhone(rng)}; ${rng.pick(['agrees w/ rehab', 'prefers home w/ services', 'wants LTC closer to home'])}${maybe(rng, 0.25, () => f`; ${c.kin[1].rel} ${h9Given(rng, c.kin[1].p)} flying in from ${h9Town(rng)}`)}. ${maybe(rng, 0.3, () => f`Transport by chair car ${h9ShortDate(rng, c.events[5])} ${time(rng)}. `)}
${h9Staff(rng, c.staff[1], rng.pick(['RN CM', 'RNC', 'rn cm']))} ${maybe(rng, 0.5, () => h9Pager(rng))}
`,
};

// ---- other-styles half ---------------------------------------------------------------------------------------

const ambulance: H9Style = {
  name: 'h9_new_ambulance_handover_sheet', half: 'styles', ages: [18, 89], oldShare: 0.15, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render: (rng, c) => f`PATIENT CARE REPORT — HAND-OVER   ${h9Id(rng, 'run')}   Medic ${rng.int(2, 19)}
Date ${h9Date(rng, c.visit)}  Dispatched 14:02  At pt 14:11  Dest: ${h9Hospital(rng)} ED
Pt: ${h9Name(rng, c.patient)}   ${h9Age(rng, c.age)}   DOB ${h9Date(rng, c.dob)}   Home: ${h9Address(rng)}
Scene: fall down stairs at ${h9Employer(rng)} loading dock; bystander ${h9Name(rng, c.kin[2].p)} (${h9Phone(rng)}) called 911. Vehicle on scene ${h9Vehicle(rng)}.
Findings: GCS 14, ${t('Revised Trauma Score')} 11. Angulated L femur: ${rng.pick([t('Hare traction splint'), t('SAM splint')])} applied; pulses present distal. Monitor ${t('LifePak 15')} (${h9Device(rng, 'aed')}) then ${t('Zoll X Series')} in ED bay.
Meds: fentanyl 50 mcg IV x2. ${c.kin[0].rel} ${h9Given(rng, c.kin[0].p)} following in own car. Handed to ${h9Staff(rng, c.staff[1], 'RN')}; crew ${h9Staff(rng, c.staff[0], 'EMT-P')} ${h9License(rng, c.staff[0])}.
`,
};

const ivfLog: H9Style = {
  name: 'h9_new_ivf_cycle_log', half: 'styles', ages: [27, 44], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`${h9Clinic(rng, ['Fertility Associates'])} — IVF STIMULATION LOG   ${h9Id(rng, 'cycle')}
Patient: ${h9Name(rng, c.patient)}  DOB ${h9Date(rng, c.dob)}  ${h9Mrn(rng)}   Partner: ${h9Name(rng, c.kin[0].p)}  ${h9Account(rng)}
Dx: ${rng.pick([t('Asherman syndrome'), t('Kallmann syndrome')])} (partner); poor responder by ${t('Bologna criteria')}.
CD2 ${h9Date(rng, c.events[0])}: ${t('Gonal-f')} 300 IU + ${t('Menopur')} 150 IU; ${rng.pick([t('Follistim'), t('Gonal-f')])} per protocol. CD7: ${rng.pick([t('Cetrotide'), t('Ganirelix')])} 0.25 mg added. Trigger ${h9Date(rng, c.events[2])} with ${t('Ovidrel')} 250 mcg.
Retrieval ${h9Date(rng, c.events[3])}: 9 oocytes; ${h9Id(rng, 'embryo')} graded ${t('Gardner grade 4AA')}, vitrified. Luteal support ${t('Crinone')} 8%.
Nurse line ${h9Phone(rng)}; portal messages from ${h9Email(rng, c.patient)} (login IP ${h9Ip(rng)}). RN ${h9Given(rng, c.staff[1])}; MD ${h9Staff(rng, c.staff[0], 'MD, REI')}
`,
};

const hospice: H9Style = {
  name: 'h9_new_hospice_home_visit', half: 'styles', ages: [62, 89], oldShare: 0.45, caseMode: asis,
  render: (rng, c) => f`${h9Clinic(rng, ['Hospice & Palliative Care'])} — RN Home Visit   ${h9Id(rng, 'hospice')}   Visit ${h9Date(rng, c.visit)}
${h9Name(rng, c.patient)}, ${h9Age(rng, c.age)}, at ${rng.chance(0.5) ? h9Address(rng) : f`${h9Rehab(rng)}, room ${rng.int(101, 240)}`}
PPS 30%; ${t('FAST stage 7')}c. Breathing irregular with apneic pauses. ${t('PleurX')} drained 600 mL. Mouth care with ${t('ABH gel')} compounded by ${h9Pharmacy(rng)}; ${t('Marinol')} for appetite stopped.
${c.kin[0].rel} ${h9Name(rng, c.kin[0].p)} is primary caregiver; ${h9Possessive(c.kin[0].p)} ${c.kin[1].rel} ${h9Given(rng, c.kin[1].p)} comes weekends from ${h9Town(rng)}. Chaplain from ${h9Church(rng)} visited ${h9Date(rng, c.events[1])}.
On-call ${h9Phone(rng)}. Next visit ${h9Date(rng, c.events[4])}. ${h9Staff(rng, c.staff[0], 'RN, CHPN')}
`,
};

const correctional: H9Style = {
  name: 'h9_new_correctional_clinic_note', half: 'styles', ages: [19, 70], oldShare: 0, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render: (rng, c) => f`${h9Jail(rng)} — Health Services Sick Call
${h9Name(rng, c.patient)}   ${h9Id(rng, 'inmate')}   ${h9Id(rng, 'booking')}   Housing: ${rng.pick(['B-pod', 'Unit 4 lower', 'medical tier'])}   DOB ${h9Date(rng, c.dob)}   SSN ${h9Ssn(rng)}   ${h9License(rng, c.patient, true)}
S: wrist pain after fall in yard ${h9Date(rng, c.events[0])}; numbness in fingers at night. Worked at ${h9Employer(rng)} before intake.
O: ${t('Tinel sign')} positive R; ${t('Phalen maneuver')} positive at 30 s. Early ${t('Dupuytren contracture')} L palm. Color change of fingers in cold cell — ${t('Raynaud phenomenon')} by history.
A/P: splint; NSAID x7d. Records requested from ${h9Hospital(rng)}. Emergency contact ${c.kin[0].rel} ${h9Name(rng, c.kin[0].p)} ${h9Phone(rng)}; release date ${h9Date(rng, c.events[5])}. ${h9Staff(rng, c.staff[0], 'NP')}  ${h9License(rng, c.staff[0])}
`,
};

const schoolNurse: H9Style = {
  name: 'h9_new_school_nurse_incident_report', half: 'styles', ages: [6, 18], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`${h9School(rng, ['Elementary', 'Middle School', 'Regional High School', 'Academy'])} — HEALTH OFFICE INCIDENT REPORT   ${h9Id(rng, 'incident')}
Student: ${h9Name(rng, c.patient)}   Grade ${rng.int(1, 12)}   ${h9Id(rng, 'student')}   DOB ${h9Date(rng, c.dob)}
${h9Date(rng, c.visit)} 10:40 — ${h9Given(rng, c.patient)} collided with a teammate at ${rng.chance(0.5) ? h9Team(rng) : 'recess'} practice; brief LOC denied. ${t('SCAT5')} symptom score ${rng.int(4, 30)}. ${maybe(rng, 0.4, () => f`T1DM: glucose 64 on ${h9Device(rng, 'glucometer')}; juice given. `)}Scoliosis screen last year: ${t('Adams forward bend test')} negative.
Parent/guardian: ${rng.pick(['mother', 'father', 'grandmother', 'guardian', 'stepfather'])} ${h9Name(rng, c.kin[0].p)} reached at ${h9Phone(rng)}; picked up at 11:25. Also notified coach ${h9Titled(rng, c.staff[1], rng.pick(['Mr.', 'Ms.', 'Coach']))}.
Summer plans: ${h9Camp(rng)} — form to ${h9Email(rng, c.kin[0].p)}. ${h9Staff(rng, c.staff[0], 'BSN, NCSN')}
`,
};

const workInjury: H9Style = {
  name: 'h9_new_work_injury_claim_form', half: 'styles', ages: [19, 67], oldShare: 0, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render: (rng, c) => f`EMPLOYER'S FIRST REPORT OF INJURY / PHYSICIAN STATEMENT   ${h9Account(rng)}
Employee: ${h9Name(rng, c.patient)}   SSN ${h9Ssn(rng)}   Home ${h9Address(rng)}   Tel ${h9Phone(rng)}
Employer: ${rng.chance(0.7) ? h9Employer(rng) : f`crew of the ${h9Ship(rng)}`}; supervisor ${h9Name(rng, c.kin[2].p)}. Date of injury ${h9Date(rng, c.events[0])}; first treated ${h9Date(rng, c.events[1])} at ${h9Clinic(rng, ['Occupational Health'])}.
History: crush injury R hand on conveyor. Grip by ${t('Jamar dynamometer')} 18 kg R vs 41 kg L; ${t('Purdue Pegboard')} below norms. Shoulder: ${t('Neer test')} positive.
Work status: modified duty, no use of R hand, until ${h9Date(rng, c.events[5])}. Physician: ${h9Staff(rng, c.staff[0], 'MD')}  ${h9License(rng, c.staff[0])}  ${h9Phone(rng)}
`,
};

const geneticLetter: H9Style = {
  name: 'h9_new_genetic_counselling_letter', half: 'styles', ages: [24, 75], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`${h9Hospital(rng)} Cancer Genetics Program
${h9Date(rng, c.visit)}
Dear ${h9Titled(rng, c.patient, rng.pick(['Ms.', 'Mr.', 'Mx.']))},
Thank you for meeting with us on ${h9Date(rng, c.events[0])}, with your ${c.kin[0].rel} ${h9Given(rng, c.kin[0].p)}. Your family history meets the ${t('Amsterdam II criteria')}; your lifetime breast cancer risk by the ${t('Tyrer-Cuzick model')} is 24% and ${t('BRCAPRO')} gave a 6% carrier probability. The ${t('Manchester scoring system')} score was 13.
Your ${c.kin[1].rel} ${h9Name(rng, c.kin[1].p)}, who lives in ${h9Town(rng)}, had a renal tumour and retinal findings suggesting ${t('von Hippel-Lindau')}; a cousin has ${rng.pick([t('Waardenburg syndrome'), t('Fanconi anemia')])}. Panel result (${h9Id(rng, 'accession')}) is expected by ${h9Date(rng, c.events[5])}.
Please call ${h9Phone(rng)} or write to ${h9Email(rng, c.staff[0])}. Sincerely, ${h9Staff(rng, c.staff[0], 'MS, CGC')}   cc: ${h9Titled(rng, c.staff[1], 'Dr.')}, ${h9Clinic(rng, ['Internal Medicine Associates', 'Family Practice'])}
`,
};

const transplantCalls: H9Style = {
  name: 'h9_new_transplant_coordinator_call_log', half: 'styles', ages: [21, 74], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`TRANSPLANT COORDINATOR CALL LOG — ${h9Name(rng, c.patient)} ${h9Mrn(rng)} ${h9Id(rng, 'unos')}
${h9Date(rng, c.events[0])} 08:15 Pt called from ${h9Phone(rng)}: tacrolimus trough 4.1 on ${t('Envarsus XR')}; induction had been ${rng.pick([t('Thymoglobulin'), t('Simulect')])}. Continue ${t('Valcyte')} prophylaxis.
${h9Date(rng, c.events[2])} 16:40 Biopsy read ${t('Banff classification')} borderline; ${h9Titled(rng, c.staff[1], 'Dr.')} aware. HCC history within ${t('Milan criteria')} at listing.
${h9Date(rng, c.events[4])} 11:05 LVM for ${c.kin[0].rel} ${h9Given(rng, c.kin[0].p)} (${h9Phone(rng)}); pt staying at ${rng.chance(0.5) ? h9Shelter(rng) : h9Address(rng)} near ${h9Hospital(rng)}. Labs faxed to ${h9Clinic(rng, ['Internal Medicine Associates', 'Family Practice', 'Health Center'])}. — ${h9Staff(rng, c.staff[0], 'RN, CCTC')}
`,
};

const homeInfusion: H9Style = {
  name: 'h9_new_home_infusion_pharmacy_note', half: 'styles', ages: [18, 89], oldShare: 0.1, caseMode: asis,
  render: (rng, c) => f`${h9Clinic(rng, ['Home Infusion'])} Pharmacy — Clinical Note   ${h9Id(rng, 'rx')}
${h9Name(rng, c.patient)} | ${h9Age(rng, c.age)} | ${h9Address(rng)} | ${h9Phone(rng)}
Therapy: ${rng.pick([t('Cubicin'), t('Invanz')])} IV daily via ${t('PowerPICC')} R basilic placed ${h9Date(rng, c.events[0])} at ${h9Hospital(rng)}; ${t('Clave connector')} and ${t('BioPatch')} changed weekly. Pump ${t('CADD-Solis')} ${h9Device(rng, 'pump')}. ${t('Intralipid')} held. PICC kit ${h9Device(rng, 'udi')}.
Labs ${h9Date(rng, c.events[2])}: CK 88, CrCl 62. Delivery ${h9Date(rng, c.events[3])}; ${c.kin[0].rel} ${h9Name(rng, c.kin[0].p)} to sign. ${h9Possessive(c.patient)} nurse visits from ${h9Clinic(rng, ['VNA'])}.
Prescriber ${h9Titled(rng, c.staff[1], 'Dr.')} ${h9License(rng, c.staff[1])}. ${h9Staff(rng, c.staff[0], 'PharmD')}
`,
};

const fosterCare: H9Style = {
  name: 'h9_new_foster_care_medical_form', half: 'styles', ages: [0, 15], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`COMPREHENSIVE MEDICAL EVALUATION — CHILD IN PLACEMENT   ${h9Id(rng, 'dcf')}
Child: ${h9Name(rng, c.patient)}   DOB ${h9Date(rng, c.dob)}   Placement date ${h9Date(rng, c.events[0])}   Placement: ${rng.chance(0.5) ? h9GroupHome(rng) : f`kinship home of ${rng.pick(['grandmother', 'aunt', 'uncle', 'adult cousin'])} ${h9Name(rng, c.kin[0].p)}`}
Social worker ${h9Name(rng, c.staff[1])} ${h9Phone(rng)}; birth mother ${h9Name(rng, c.kin[1].p)} (whereabouts unknown; last address ${h9Address(rng)}). Sibling ${h9Given(rng, c.kin[2].p)} at ${h9Shelter(rng)}.
Development: ${t('Denver II')} 2 cautions; ${t('Bayley-III')} cognitive 85; adaptive by ${t('Vineland-3')}. Newborn record: ${t('Brazelton scale')} at ${h9Hospital(rng)}. Interpreter-assisted refugee screen (${t('Refugee Health Screener-15')}, ${t('Harvard Trauma Questionnaire')}) for older sibling.
Medicaid ${h9Account(rng)}. Medical home: ${h9Clinic(rng, ['Family Practice', 'Community Health', 'Health Center'])}, ${h9Titled(rng, c.staff[0], 'Dr.')}. Family page ${h9Url(rng, c.kin[0].p)}. Next review ${h9Date(rng, c.events[5])}.${maybe(rng, 0.3, () => f` Foster father stationed at ${h9Base(rng)}.`)}
`,
};

export const H9_SOURCE_STYLES: readonly H9Style[] = [nursingShift, residentProgress, respCare, socialWork, dischargePlanning];
export const H9_OTHER_STYLES: readonly H9Style[] = [ambulance, ivfLog, hospice, correctional, schoolNurse, workInjury, geneticLetter, transplantCalls, homeInfusion, fosterCare];
export const HOLDOUT9_STYLES: readonly H9Style[] = [...H9_SOURCE_STYLES, ...H9_OTHER_STYLES];
