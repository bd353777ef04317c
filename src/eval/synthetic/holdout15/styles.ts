// Owns the note styles of the fifteenth held-out PHI check, in two halves scored apart. The source half writes five kinds
// of ICU-era note in the manner of a teaching hospital's nurses around 1990–2005 (DKA insulin-drip flow note, SICU
// epidural pain note, ventilator weaning-trial note, admission-in-transfer note from an outside hospital, upper GI bleed
// transfusion note): telegraphic, all capitals, all lower case or mixed, families by given name, staff by initials or
// first name, other hospitals and towns after "from/to/at", short dates and times. The other half writes ten documents no
// earlier generator writes (methadone clinic dosing card, DXA bone density report, cremation authorization, contact lens
// fitting record, growth hormone injection log, first-trimester nuchal screen report, remote patient monitoring alert log,
// inpatient fall incident report, medical repatriation case file, ketogenic diet clinic log). Written from how these
// documents look, not from any recognizer.
import type { Rng } from '../prng';
import { drawCast, protectedTermOf, type TwoHalfCast, type TwoHalfStyle } from '../twoHalfCorpus';
import { f, type CaseMode, type Frag } from '../segments';
import type { Ymd } from '../dates';
import {
  h15Account, h15Address, h15Age, h15Clinic, h15Date, h15Device, h15Email, h15Employer, h15FamilyPhone, h15HospCode, h15Hospital, h15Id,
  h15Ip, h15Kin, h15License, h15Mrn, h15Name, h15Person, h15Phone, h15Possessive, h15School, h15Signoff, h15Ssn, h15Staff, h15Titled, h15Town, h15Url,
  h15Username, h15Vehicle, h15Ward, SRC15_DATE_KINDS, type H15Person,
} from './formats';
import { H15_PROTECTED_ALL, H15_RELATIONS } from './vocab';

export type H15Cast = TwoHalfCast<H15Person>;
export type H15Style = TwoHalfStyle<H15Cast>;

export function h15Cast(rng: Rng, ages: readonly [number, number], oldShare: number, years: readonly [number, number]): H15Cast {
  return drawCast(rng, h15Person, H15_RELATIONS, { oldestAge: 103, eventDays: [-30, 45] }, ages, oldShare, years);
}

const t = protectedTermOf('holdout15', H15_PROTECTED_ALL);
const tp = (rng: Rng, terms: readonly string[]): Frag => t(rng.pick(terms));

const asis = (): CaseMode => 'asis';
const eraCase = (rng: Rng): CaseMode => rng.weighted([[2, 'upper'], [2, 'lower'], [1, 'asis']]);
const sd = (rng: Rng, x: Ymd): Frag => h15Date(rng, x, SRC15_DATE_KINDS);
const nd = (rng: Rng, x: Ymd, kinds: readonly string[]): Frag => h15Date(rng, x, kinds);
const clock = (rng: Rng): string => rng.pick(['0030', '0200', '0245', '0410', '0600', '0730', '0915', '1100', '1220', '1400', '1630', '1900', '2115', '2340', '4a', '10p', '3pm']);
const shift = (rng: Rng): string => rng.pick(['7a-7p', '7p-7a', '11-7', '7-3', '3-11', 'noc', 'days', 'eves']);
/** Telegraphic ICU lines without identifiers, written for this check. */
const LINES = [
  'neuro: a+ox3, mae', 'cv: st 110s no ectopy', 'resp: ls dim bases, cough weak', 'gi: ngt to lcs bilious',
  'gu: foley 40-60cc/hr clear yellow', 'skin: coccyx reddened, turned q2', 'id: tmax 37.9 no abx changes', 'endo: fs q1h',
  'abg 7.31/38/92', 'lytes repleted per sliding scale', 'cvp 6-8', 'mae x4 weak grip L',
  'sats 96-98 on 4l nc', 'uop dropped to 25cc x2h, md aware', 'pt medicated for pain w/ effect', 'bowel sounds hypo',
  'hob >30', 'cough/deep breathe reinforced',
];
const lines = (rng: Rng, n: number): string => rng.shuffle(LINES).slice(0, n).join('; ');

const SRC: H15Style[] = [
  {
    name: 'h15_src_dka_insulin_drip_flow_note', half: 'source', ages: [16, 89], oldShare: 0.1, caseMode: eraCase,
    render: (rng, c) => f`micu nsg ${shift(rng)} ${sd(rng, c.visit)}
${h15Name(rng, c.patient)} ${h15Age(rng, c.age)} adm to ${h15Ward(rng)} from ${h15Town(rng)} ER w/ dka, ag 28. urine ${t('Acetest')} large on arrival. ${t('Humulin R drip')} at 6u/hr per protocol, fs q1h by ${tp(rng, ['Glucometer Elite', 'Accu-Chek Advantage'])}: ${clock(rng)} 412, ${clock(rng)} 288.
k 5.9 on adm, ${t('Kayexalate enema')} held per ${h15Titled(rng, c.staff[0])} as k falling. ${lines(rng, 2)}. d5 added at 250.
${c.kin[0].rel} ${h15Kin(rng, c.kin[0].p)} called from work ${h15FamilyPhone(rng)}; ${c.kin[1].rel} ${h15Kin(rng, c.kin[1].p)} staying at ${h15Possessive(rng, c.kin[2].p)} in ${h15Town(rng)}. last adm ${h15HospCode(rng)} ${sd(rng, c.events[0])}. mr# ${h15Mrn(rng)}. endocrine f/u w/ ${h15Staff(rng, c.staff[1])} ${sd(rng, c.events[1])}.
${h15Signoff(rng, c.staff[2])}
`,
  },
  {
    name: 'h15_src_sicu_epidural_pain_note', half: 'source', ages: [25, 89], oldShare: 0.2, caseMode: eraCase,
    render: (rng, c) => f`SICU ${sd(rng, c.visit)} ${clock(rng)} PAIN SVC/EPIDURAL
${h15Name(rng, c.patient)}, ${h15Age(rng, c.age)}, POD 1 ex lap. T8 epidural placed in OR w/ ${t('Tuohy needle')} by ${h15Titled(rng, c.staff[0])}; running ${tp(rng, ['Naropin epidural', 'Bupivacaine-fentanyl PCEA'])} 8cc/hr. ${t('Bromage score')} 0. ${tp(rng, ['Duramorph', 'Sublimaze'])} bolus x1 ${clock(rng)}.
Pain 3/10. ${lines(rng, 3)}. Dressing to site dry. ${t('Kefzol')} q8.
Seen by ${h15Staff(rng, c.staff[1])} and ${h15Staff(rng, c.staff[2])}. ${c.kin[0].rel} ${h15Name(rng, c.kin[0].p)} at bedside all eve, drove down from ${h15Town(rng)}; wants calls at ${h15FamilyPhone(rng)}. pt asking for ${h15Kin(rng, c.kin[1].p)}. acct ${h15Account(rng)}. to floor (${h15Ward(rng)}) ${sd(rng, c.events[0])} if stable.
${h15Signoff(rng, c.staff[3])}
`,
  },
  {
    name: 'h15_src_ventilator_weaning_trial_note', half: 'source', ages: [18, 89], oldShare: 0.25, caseMode: eraCase,
    render: (rng, c) => f`RESP/NSG - WEAN TRIAL ${sd(rng, c.events[0])} @ ${clock(rng)}
${h15Name(rng, c.patient)} (${h15Ward(rng)}) vent day 9 on ${tp(rng, ['Servo 900C', 'Puritan Bennett 7200', 'Bear 1000'])}. SBT on ${t('Briggs adaptor')} 40% x 30 min; ${t('Tobin index')} 84, NIF -24 by ${t('Wright respirometer')}. ${lines(rng, 2)}.
Tolerated; back to AC overnight per ${h15Titled(rng, c.staff[0])}. RT ${h15Staff(rng, c.staff[1])}. ${t('Sulcrate suspension')} + ${t('Pepcid IV')} for GI ppx.
${h15Possessive(rng, c.kin[0].p)} ${c.kin[1].rel} ${h15Kin(rng, c.kin[1].p)} phoned ${clock(rng)}, updated; number ${h15FamilyPhone(rng)}. family from ${h15Town(rng)}, staying at motel in town. Came to us from ${h15HospCode(rng)} ${sd(rng, c.events[1])}, may go to ${h15HospCode(rng)} for vent wean. ${h15Age(rng, c.age)}; unit no ${h15Mrn(rng)}.
${h15Signoff(rng, c.staff[2])}
`,
  },
  {
    name: 'h15_src_outside_hospital_transfer_admission_note', half: 'source', ages: [30, 89], oldShare: 0.3, caseMode: eraCase,
    render: (rng, c) => f`N: ${h15Age(rng, c.age)} ADMITTED IN TRANSFER FROM ${h15HospCode(rng)} (${h15Town(rng)}) ${sd(rng, c.visit)} APPROX ${clock(rng)} VIA ${rng.pick(['AIR', 'GROUND', 'MEDFLIGHT'])}. ${h15Name(rng, c.patient)}. PMH per ${h15Possessive(rng, c.kin[0].p)} list.
AT OSH ${sd(rng, c.events[0])} NEEDED ${t('Nitropress drip')}; ACCEPTED BY ${h15Titled(rng, c.staff[0])}. ${lines(rng, 3)}. TO ${h15Ward(rng)} BED 4.
REPORT FROM ${h15Staff(rng, c.staff[1])} AT OSH, PHONE ${h15FamilyPhone(rng)}. ${c.kin[1].rel} ${h15Kin(rng, c.kin[1].p)} AND ${c.kin[2].rel} ${h15Kin(rng, c.kin[2].p)} FOLLOWING BY CAR (${h15Vehicle(rng)}) FROM ${h15Address(rng)}. ALLERGIES NKDA. MR ${h15Mrn(rng)}. PLAN: CATH ${sd(rng, c.events[1])}.
${h15Signoff(rng, c.staff[2])}
`,
  },
  {
    name: 'h15_src_upper_gi_bleed_transfusion_note', half: 'source', ages: [20, 89], oldShare: 0.2, caseMode: eraCase,
    render: (rng, c) => f`ugib - nsg ${sd(rng, c.visit)} ${clock(rng)}-${clock(rng)}
${h15Name(rng, c.patient)}, ${h15Age(rng, c.age)}, hematemesis at home in ${h15Town(rng)}, brought by ${c.kin[0].rel} ${h15Kin(rng, c.kin[0].p)}. egd by ${h15Titled(rng, c.staff[0])}: ${tp(rng, ['Cameron lesion', 'Forrest IIb'])}, ${t('AIMS65 score')} 5. ${tp(rng, ['Stiegmann-Goff bander', 'Saeed Six-Shooter'])} at bedside, banding done. ${t('Pitressin drip')} off.
prbc #3 and #4 via ${t('Level 1 infuser')}; ${t('Hotline fluid warmer')} on. hct 22 -> 28. ${lines(rng, 2)}. blood bank (${h15Staff(rng, c.staff[1])}) has 2 more xmatched.
${c.kin[1].rel} ${h15Kin(rng, c.kin[1].p)} ${h15FamilyPhone(rng)}; ${c.kin[2].rel} ${h15Kin(rng, c.kin[2].p)} flying in ${sd(rng, c.events[0])}. prior bleed at ${h15HospCode(rng)} ${sd(rng, c.events[1])}. hosp # ${h15Mrn(rng)}. acct ${h15Account(rng)}.
${h15Signoff(rng, c.staff[2])}
`,
  },
];

const NEW: H15Style[] = [
  {
    name: 'h15_new_methadone_clinic_dosing_card', half: 'styles', ages: [18, 70], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`${h15Clinic(rng, 'Opioid Treatment Program')} — DOSING CARD   Client ${h15Id(rng, 'otp-dosing')}
${h15Name(rng, c.patient)}   DOB ${nd(rng, c.dob, ['yyyy/mm/dd', 'd-MON-yyyy-caps'])}   Photo ID checked (${h15License(rng)})
Induction ${nd(rng, c.events[0], ['d-month-yyyy-words', 'Mon-dd-yyyy-hyphen'])}: ${tp(rng, ['Dolophine', 'Methadose dispersible'])} 30 mg; ${t('Himmelsbach scale')} 14 → 6. ${t('DAST-10')} 8. Prior ${t('Probuphine implant')} via ${h15Titled(rng, c.staff[0])}.
${nd(rng, c.visit, ['weekday-month-d', 'yyyymmdd'])} 60 mg observed — ${h15Staff(rng, c.staff[1])}; take-home x2 approved by ${h15Name(rng, c.staff[2])}, ${h15License(rng)}.
Emergency contact ${c.kin[0].rel} ${h15Name(rng, c.kin[0].p)} ${h15Phone(rng)}. Pharmacy e-mail ${h15Email(rng, c.patient)}. Acct ${h15Account(rng)}.
`,
  },
  {
    name: 'h15_new_dxa_bone_density_report', half: 'styles', ages: [45, 89], oldShare: 0.15, caseMode: asis,
    render: (rng, c) => f`BONE DENSITOMETRY (DXA)   Study ${h15Id(rng, 'dxa-study')}   ${h15Hospital(rng)}
Patient: ${h15Name(rng, c.patient)}   ${h15Age(rng, c.age)}   MRN ${h15Mrn(rng)}   Referring: ${h15Titled(rng, c.staff[0])}
Scanned ${nd(rng, c.visit, ['d-MON-yyyy-caps', 'd-mon-yy-spaced'])} on ${tp(rng, ['Lunar Prodigy', 'Hologic Horizon A'])} (${h15Device(rng)}). L1–L4 T −2.7; femoral neck T −2.2; ${t('Singh index')} grade 3. ${t('FRAX score')}: major 21%, hip 4.8%.
Compared with ${nd(rng, c.events[0], ['yyyy/mm/dd', 'Mon-dd-yyyy-hyphen'])}: −4.1% spine. On ${t('Prolia')}. Technologist ${h15Name(rng, c.staff[1])}; read by ${h15Titled(rng, c.staff[2])}. Images from ${h15Ip(rng)}. Questions ${h15Phone(rng)}.
`,
  },
  {
    name: 'h15_new_cremation_authorization', half: 'styles', ages: [40, 103], oldShare: 0.35, caseMode: asis,
    render: (rng, c) => f`AUTHORIZATION FOR CREMATION AND DISPOSITION   Permit ${h15Id(rng, 'cremation-permit')}
Decedent ${h15Name(rng, c.patient)}, ${h15Age(rng, c.age)}, died ${nd(rng, c.visit, ['d-month-yyyy-words', 'weekday-month-d'])} at ${h15Hospital(rng)}. SSN ${h15Ssn(rng)}. Last residence ${h15Address(rng)}.
Implanted devices: ${tp(rng, ['Medtronic Adapta', 'Accolade MRI'])} pacemaker ${h15Device(rng)} removed; ${t('Zimmer hip')} left in situ. Skin: ${t('Sommer-Larcher sign')} noted by ME, released.
Authorizing agent ${c.kin[0].rel} ${h15Name(rng, c.kin[0].p)}, ${h15Phone(rng)}; witness ${h15Name(rng, c.kin[1].p)}. Funeral director ${h15Name(rng, c.staff[0])}, ${h15License(rng)}. Remains to ${h15Town(rng)} ${nd(rng, c.events[0], ['yyyymmdd', 'd-MON-yyyy-caps'])}. Hearse ${h15Vehicle(rng)}.
`,
  },
  {
    name: 'h15_new_contact_lens_fitting_record', half: 'styles', ages: [10, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`CONTACT LENS FITTING — ${h15Clinic(rng, 'Eye & Vision')}   Order ${h15Id(rng, 'lens-order')}
${h15Name(rng, c.patient)}  DOB ${nd(rng, c.dob, ['d-mon-yy-spaced', 'yyyy/mm/dd'])}  ${h15Age(rng, c.age)}  Acct ${h15Account(rng)}
Keratometry and ${t('Placido disc')} topography; ${t('Fleischer ring')} absent; tear film: ${t('Schirmer strip')} 12 mm. Trial ${tp(rng, ['Acuvue Oasys', 'Boston XO'])}; ${t('Efron grading scale')} redness 1.
Fitted ${nd(rng, c.visit, ['Mon-dd-yyyy-hyphen', 'weekday-month-d'])} by ${h15Name(rng, c.staff[0])}, ${h15License(rng)}. Recheck ${nd(rng, c.events[0], ['d-month-yyyy-words', 'yyyymmdd'])}. Lens app login ${h15Username(rng, c.patient)}; reorders ${h15Url(rng)}. ${c.kin[0].rel} ${h15Kin(rng, c.kin[0].p)} ${h15Phone(rng)}.
`,
  },
  {
    name: 'h15_new_growth_hormone_injection_log', half: 'styles', ages: [4, 17], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`PEDIATRIC ENDOCRINOLOGY — GROWTH HORMONE LOG   Enrolment ${h15Id(rng, 'gh-enrolment')}
${h15Name(rng, c.patient)}, ${h15Age(rng, c.age)}, school ${h15School(rng)}. Bone age by ${t('Greulich-Pyle atlas')} 2 yr delayed; predicted adult height by ${t('Bayley-Pinneau tables')}; testes 8 mL by ${t('Prader orchidometer')}.
Pen ${tp(rng, ['Genotropin MiniQuick', 'Norditropin FlexPro'])} lot ${h15Device(rng)}; started ${nd(rng, c.events[0], ['yyyymmdd', 'd-month-yyyy-words'])}.
${nd(rng, c.events[1], ['Mon-dd-yyyy-hyphen', 'd-mon-yy-spaced'])} 1.2 mg thigh — given by ${c.kin[0].rel} ${h15Kin(rng, c.kin[0].p)}
${nd(rng, c.events[2], ['weekday-month-d', 'yyyy/mm/dd'])} missed (camp) — reported by ${h15Kin(rng, c.kin[1].p)}
Endocrinologist ${h15Titled(rng, c.staff[0])}; nurse educator ${h15Name(rng, c.staff[1])} ${h15Phone(rng)}. MRN ${h15Mrn(rng)}.
`,
  },
  {
    name: 'h15_new_first_trimester_nuchal_screen_report', half: 'styles', ages: [18, 46], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`FIRST TRIMESTER SCREEN   ${h15Clinic(rng, 'Maternal-Fetal Medicine')}   ${t('Fetal Medicine Foundation')} ID ${h15Id(rng, 'nt-screen')}
Patient ${h15Name(rng, c.patient)}  DOB ${nd(rng, c.dob, ['d-MON-yyyy-caps', 'd-month-yyyy-words'])}  ${h15Age(rng, c.age)}  MRN ${h15Mrn(rng)}
Scan ${nd(rng, c.visit, ['yyyy/mm/dd', 'weekday-month-d'])} on ${t('Voluson E10')}: CRL 62 mm, NT 1.6 mm, nasal bone present. Risk trisomy 21 1:4100; ${t('Edwards syndrome')} 1:12000; ${t('Patau syndrome')} 1:20000.
Sonographer ${h15Name(rng, c.staff[0])}; reviewed ${h15Titled(rng, c.staff[1])}. Partner ${h15Name(rng, c.kin[0].p)} ${h15Phone(rng)}. Results to ${h15Email(rng, c.patient)}. Next scan ${nd(rng, c.events[0], ['Mon-dd-yyyy-hyphen', 'yyyymmdd'])}.
`,
  },
  {
    name: 'h15_new_remote_patient_monitoring_alert_log', half: 'styles', ages: [50, 99], oldShare: 0.2, caseMode: asis,
    render: (rng, c) => f`REMOTE MONITORING — ALERT LOG   ${h15Name(rng, c.patient)}   Enrolment ${h15Id(rng, 'rpm-enrolment')}   app ${h15Username(rng, c.patient)}
Devices: ${tp(rng, ['Omron Evolv', 'Withings Body Cardio'])}, ${t('Medtrum TouchCare')} transmitter ${h15Device(rng)}, ${t('CardioMEMS')} PA sensor.
${nd(rng, c.events[0], ['yyyymmdd', 'd-MON-yyyy-caps'])} 06:12 weight +1.9 kg/48 h — called pt ${h15Phone(rng)}, no answer; called ${c.kin[0].rel} ${h15Kin(rng, c.kin[0].p)}. ${h15Staff(rng, c.staff[0])}
${nd(rng, c.events[1], ['weekday-month-d', 'd-mon-yy-spaced'])} PA diastolic 24 — diuretic change per ${h15Titled(rng, c.staff[1])}. Hub IP ${h15Ip(rng)}. ${h15Age(rng, c.age)}. Home ${h15Address(rng)}.
`,
  },
  {
    name: 'h15_new_inpatient_fall_incident_report', half: 'styles', ages: [60, 103], oldShare: 0.4, caseMode: asis,
    render: (rng, c) => f`SAFETY EVENT — PATIENT FALL   Report ${h15Id(rng, 'incident-report')}   ${h15Hospital(rng)}
Patient ${h15Name(rng, c.patient)}, ${h15Age(rng, c.age)}, MRN ${h15Mrn(rng)}, unit ${h15Ward(rng)}. Found on floor ${nd(rng, c.visit, ['d-month-yyyy-words', 'Mon-dd-yyyy-hyphen'])} 03:40 beside bed; ${t('Posey bed alarm')} was off.
${t('STRATIFY tool')} 65 on admission; ${t('Hendrich II model')} 7. No injury on exam by ${h15Titled(rng, c.staff[0])}; CT head ${nd(rng, c.events[0], ['yyyy/mm/dd', 'd-mon-yy-spaced'])} negative.
Found by ${h15Name(rng, c.staff[1])}; charge nurse ${h15Name(rng, c.staff[2])}. ${c.kin[0].rel} ${h15Name(rng, c.kin[0].p)} notified ${h15Phone(rng)}. Reporter ${h15Staff(rng, c.staff[3])}.
`,
  },
  {
    name: 'h15_new_medical_repatriation_case_file', half: 'styles', ages: [18, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`ASSISTANCE CASE ${h15Id(rng, 'repatriation-case')} — MEDICAL REPATRIATION
Member ${h15Name(rng, c.patient)}; DOB ${nd(rng, c.dob, ['d-mon-yy-spaced', 'yyyymmdd'])}; policy ${h15Account(rng)}; passport-linked contact ${h15Phone(rng)}; ${h15Email(rng, c.patient)}.
Admitted abroad ${nd(rng, c.events[0], ['d-month-yyyy-words', 'd-MON-yyyy-caps'])}; suspected ${tp(rng, ['Bwamba fever', 'Crimean-Congo haemorrhagic fever', 'Ilheus fever', 'Omsk haemorrhagic fever'])}, ${t('Barmah Forest virus')} ruled out. Treating doctor ${h15Titled(rng, c.staff[0])} ${h15Phone(rng)}.
Air ambulance ${nd(rng, c.visit, ['weekday-month-d', 'Mon-dd-yyyy-hyphen'])}, flight nurse ${h15Name(rng, c.staff[1])}; receiving ${h15Hospital(rng)}. Next of kin ${c.kin[0].rel} ${h15Name(rng, c.kin[0].p)} at ${h15Address(rng)}. Employer ${h15Employer(rng)}.
`,
  },
  {
    name: 'h15_new_ketogenic_diet_clinic_log', half: 'styles', ages: [1, 17], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`KETOGENIC DIET CLINIC   ${h15Name(rng, c.patient)}   Diet # ${h15Id(rng, 'diet-clinic')}   ${h15Clinic(rng, 'Epilepsy Center')}
Dx ${tp(rng, ['Doose syndrome', 'Ohtahara syndrome'])}; on ${t('Epidiolex')}. Formula ${t('KetoCal 4:1')}; ketones by ${t('Precision Xtra')} 3.8–5.1.
${nd(rng, c.events[0], ['d-mon-yy-spaced', 'yyyy/mm/dd'])} seizures 2/wk (was 11) — ${c.kin[0].rel} ${h15Kin(rng, c.kin[0].p)}
${nd(rng, c.events[1], ['yyyymmdd', 'weekday-month-d'])} vomiting, ratio to 3:1 per ${h15Titled(rng, c.staff[0])}; dietitian ${h15Name(rng, c.staff[1])} ${h15Phone(rng)}
School ${h15School(rng)}. Parent portal ${h15Url(rng)}. SSN (Medicaid) ${h15Ssn(rng)}. DOB ${nd(rng, c.dob, ['d-MON-yyyy-caps', 'd-month-yyyy-words'])}.
`,
  },
];

export const H15_SOURCE_STYLES = SRC;
export const H15_OTHER_STYLES = NEW;
export const HOLDOUT15_STYLES: readonly H15Style[] = [...SRC, ...NEW];
