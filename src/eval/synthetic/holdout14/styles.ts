// Owns the note styles of the fourteenth held-out PHI check, in two halves scored apart. The source half writes five kinds
// of ICU-era note in the manner of a teaching hospital's staff around 1990–2005 (intra-aortic balloon pump nursing note,
// restraint and sedation monitoring note, femoral sheath removal note, isolation precautions note, bedside percutaneous
// tracheostomy note): telegraphic, all capitals or all lower case, families by given name, staff by initials, short
// dates, wards and other hospitals by code. The other half writes ten documents no earlier generator writes (lithotripsy
// treatment record, andrology semen analysis report, midwife home birth record, immigration medical exam worksheet,
// allergen immunotherapy injection log, nuclear stress test report, hand therapy splint record, pulmonary function test
// report, mammography recall letter, adjustable gastric band adjustment log). Written from how these documents look, not
// from any recognizer.
import type { Rng } from '../prng';
import { drawCast, protectedTermOf, type TwoHalfCast, type TwoHalfStyle } from '../twoHalfCorpus';
import { f, type CaseMode, type Frag } from '../segments';
import type { Ymd } from '../dates';
import {
  h14Account, h14Address, h14Age, h14Clinic, h14Date, h14Device, h14Email, h14Employer, h14FamilyPhone, h14HospCode, h14Hospital, h14Id,
  h14Ip, h14Kin, h14License, h14Mrn, h14Name, h14Person, h14Phone, h14Possessive, h14School, h14Signoff, h14Ssn, h14Staff, h14Titled, h14Town, h14Url,
  h14Username, h14Vehicle, h14Ward, SRC14_DATE_KINDS, type H14Person,
} from './formats';
import { H14_PROTECTED_ALL, H14_RELATIONS } from './vocab';

export type H14Cast = TwoHalfCast<H14Person>;
export type H14Style = TwoHalfStyle<H14Cast>;

export function h14Cast(rng: Rng, ages: readonly [number, number], oldShare: number, years: readonly [number, number]): H14Cast {
  return drawCast(rng, h14Person, H14_RELATIONS, { oldestAge: 104, eventDays: [-40, 40] }, ages, oldShare, years);
}

const t = protectedTermOf('holdout14', H14_PROTECTED_ALL);
const tp = (rng: Rng, terms: readonly string[]): Frag => t(rng.pick(terms));

const asis = (): CaseMode => 'asis';
const eraCase = (rng: Rng): CaseMode => rng.weighted([[2, 'upper'], [2, 'lower'], [1, 'asis']]);
const sd = (rng: Rng, x: Ymd): Frag => h14Date(rng, x, SRC14_DATE_KINDS);
const nd = (rng: Rng, x: Ymd, kinds: readonly string[]): Frag => h14Date(rng, x, kinds);
const clock = (rng: Rng): string => rng.pick(['0015', '0140', '0320', '0515', '0645', '0800', '1030', '1305', '1510', '1745', '2005', '2230', '6a', '11p']);
/** Telegraphic ICU lines without identifiers, written for this check. */
const LINES = [
  'hr 90s sr w/ occ pvc', 'bp 96/50 augmented 118', 'bs coarse R>L, sxn thick tan', 'spo2 94 on 60% fio2 peep 8',
  'uo 20-30cc/hr', 'k 3.2 repleted', 'abd soft, +bs', 'extrem cool, pulses dopplerable',
  'tmax 38.4', 'opens eyes to voice', 'ngt clamped for meds', 'foley to gravity amber urine',
  'pa 42/24 wedge 18', 'perrla 3mm', 'pedal edema 1+', 'L fem site dry, no hematoma',
  'oob to chair x1', 'hct 27 from 30',
];
const lines = (rng: Rng, n: number): string => rng.shuffle(LINES).slice(0, n).join('; ');

const SRC: H14Style[] = [
  {
    name: 'h14_src_iabp_nursing_note', half: 'source', ages: [35, 89], oldShare: 0.2, caseMode: eraCase,
    render: (rng, c) => f`CCU NSG - IABP ${sd(rng, c.visit)} ${clock(rng)}
${h14Name(rng, c.patient)} ${h14Age(rng, c.age)} in ${h14Ward(rng)}. ${tp(rng, ['Datascope System 90', 'Kontron KAAT'])} 1:1 via L fem, placed in cath lab ${sd(rng, c.events[0])} by ${h14Titled(rng, c.staff[0])}. ${lines(rng, 3)}.
Timing checked w/ ${h14Staff(rng, c.staff[1])}. Heparin per ptt; ${t('Hemochron Jr')} ACT 182. ${t('Tridil')} at 40mcg, ${t('Aramine')} held. To be weaned 1:2 then d/c'd, ${t('Perclose')} not an option.
${c.kin[0].rel} ${h14Kin(rng, c.kin[0].p)} + ${c.kin[1].rel} ${h14Kin(rng, c.kin[1].p)} in, drove from ${h14Town(rng)}; home ${h14FamilyPhone(rng)}. Transferred from ${h14HospCode(rng)} ${sd(rng, c.events[1])}. unit # ${h14Mrn(rng)}.
${h14Signoff(rng, c.staff[2])}
`,
  },
  {
    name: 'h14_src_restraint_sedation_monitoring_note', half: 'source', ages: [18, 89], oldShare: 0.25, caseMode: eraCase,
    render: (rng, c) => f`RESTRAINT/SEDATION NOTE ${sd(rng, c.events[0])} ${clock(rng)}
Pt ${h14Name(rng, c.patient)} (${h14Ward(rng)}) pulling at ett x2 overnight. ${t('Motor Activity Assessment Scale')} 5. ${t('Houdini suit')} NOT used; soft wrist restraints bilat per ${h14Titled(rng, c.staff[0])}, order renewed ${sd(rng, c.events[1])}.
${tp(rng, ['Diprivan drip', 'Mivacron'])} titrated; ${t('Augmentin IV')} hung. ${lines(rng, 2)}. Skin under restraints intact, checked q15 by ${h14Staff(rng, c.staff[1])} and ${h14Staff(rng, c.staff[2])}.
${h14Possessive(rng, c.kin[0].p)} ${c.kin[1].rel} ${h14Kin(rng, c.kin[1].p)} upset re: restraints, explained. pt calls her "${h14Kin(rng, c.kin[2].p)}". ${h14Age(rng, c.age)}. acct ${h14Account(rng)}. family #: ${h14FamilyPhone(rng)}.
${h14Signoff(rng, c.staff[3])}
`,
  },
  {
    name: 'h14_src_femoral_sheath_removal_note', half: 'source', ages: [35, 89], oldShare: 0.15, caseMode: eraCase,
    render: (rng, c) => f`SHEATH PULL ${sd(rng, c.visit)} @ ${clock(rng)}
${h14Name(rng, c.patient)}, ${h14Age(rng, c.age)}, s/p PTCA ${sd(rng, c.events[0])}. 8 Fr R fem sheath d/c'd by ${h14Staff(rng, c.staff[0])}; manual pressure 20 min then ${t('Kern hemostat')}. ACT 150 prior.
Vagal episode hr 40s, atropine 0.5 given by ${h14Titled(rng, c.staff[1])}. ${lines(rng, 2)}. flat x6h.
${c.kin[0].rel} ${h14Kin(rng, c.kin[0].p)} at bedside; ${c.kin[1].rel} ${h14Name(rng, c.kin[1].p)} to pick up, car ${h14Vehicle(rng)} in visitor lot. Lives ${h14Address(rng)}. ph ${h14FamilyPhone(rng)}.
F/u cardiology at ${h14HospCode(rng)} ${sd(rng, c.events[1])}. hosp# ${h14Mrn(rng)}.
`,
  },
  {
    name: 'h14_src_isolation_precautions_note', half: 'source', ages: [18, 89], oldShare: 0.3, caseMode: eraCase,
    render: (rng, c) => f`INFECTION CONTROL / ISOLATION ${sd(rng, c.events[0])}
${h14Name(rng, c.patient)} ${h14Ward(rng)} placed on resp isolation, neg pressure rm. Sputum x3 for AFB: ${tp(rng, ['Middlebrook 7H11', 'Auramine-rhodamine'])} smear neg x1, culture on ${t('Löwenstein-Jensen')} pending. ${t('Hibiclens')} baths; scopes to ${t('Cidex')}, room ${tp(rng, ['Sporicidin', 'Amphyl'])} wipe.
Exposure list to ${h14Staff(rng, c.staff[0])} (employee health). Contacts: ${c.kin[0].rel} ${h14Kin(rng, c.kin[0].p)} ${h14FamilyPhone(rng)}, ${c.kin[1].rel} ${h14Kin(rng, c.kin[1].p)} in ${h14Town(rng)}. Prior adm ${h14HospCode(rng)} ${sd(rng, c.events[1])}.
${lines(rng, 2)}. ${h14Age(rng, c.age)}. D/w ${h14Titled(rng, c.staff[1])}. ${h14Signoff(rng, c.staff[2])}
`,
  },
  {
    name: 'h14_src_bedside_perc_trach_note', half: 'source', ages: [18, 89], oldShare: 0.2, caseMode: eraCase,
    render: (rng, c) => f`BEDSIDE PERC TRACH ${sd(rng, c.visit)} ${clock(rng)}
${h14Name(rng, c.patient)}, ${h14Age(rng, c.age)}, vent day 14, ${h14Ward(rng)}. Consent from ${c.kin[0].rel} ${h14Kin(rng, c.kin[0].p)} by phone ${h14FamilyPhone(rng)}, witnessed ${h14Staff(rng, c.staff[0])}.
${t('Ciaglia technique')} w/ ${tp(rng, ['Blue Rhino', 'Rapitrach'])}; ${t('Seldinger wire')} under bronch by ${h14Titled(rng, c.staff[1])}. ${t('Griggs forceps')} on tray, not used. ${tp(rng, ['Shiley 6 DCFS', 'Portex Blue Line', 'Bivona tube'])} placed; ${t('Björk flap')} n/a (perc). ${t('Arrow AutoCAT')} line unchanged.
${lines(rng, 2)}. Art line via ${h14Staff(rng, c.staff[2])}. ${c.kin[1].rel} ${h14Kin(rng, c.kin[1].p)} updated. To trach clinic ${h14HospCode(rng)} after d/c ${sd(rng, c.events[0])}. acct ${h14Account(rng)}.
`,
  },
];

const NEW: H14Style[] = [
  {
    name: 'h14_new_lithotripsy_treatment_record', half: 'styles', ages: [18, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`${h14Clinic(rng, 'Stone Center')} · EXTRACORPOREAL SHOCK WAVE LITHOTRIPSY RECORD
Patient ${h14Name(rng, c.patient)}  MRN ${h14Mrn(rng)}  DOB ${nd(rng, c.dob, ['d/m/yyyy', 'month-dth-yyyy'])}  ${h14Age(rng, c.age)}
Treated ${nd(rng, c.visit, ['mon.-d-yyyy', 'yy-mm-dd'])} on ${tp(rng, ['Dornier Delta II', 'Storz Modulith'])} (lithotripter ${h14Device(rng)}); 2800 shocks, 18 kV. ${t('Guy\'s stone score')} 2. Urologist ${h14Titled(rng, c.staff[0])}; technologist ${h14Name(rng, c.staff[1])}, ${h14License(rng)}.
Stone analysis ${h14Id(rng, 'stone-analysis')}: calcium oxalate on ${t('Randall\'s plaques')}; ${t('Tamm-Horsfall protein')} matrix. Driver home: ${c.kin[0].rel} ${h14Name(rng, c.kin[0].p)} ${h14Phone(rng)}. KUB ${nd(rng, c.events[0], ['dd.mm.yy', 'wk-of-m/d/yyyy'])}.
`,
  },
  {
    name: 'h14_new_andrology_semen_analysis_report', half: 'styles', ages: [20, 60], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`ANDROLOGY LABORATORY — SEMEN ANALYSIS   Accession ${h14Id(rng, 'andrology')}
Name ${h14Name(rng, c.patient)}   DOB ${nd(rng, c.dob, ['mm-dd-yyyy-slashless', 'dth-of-month-yyyy'])}   Partner ${h14Name(rng, c.kin[0].p)}   Acct ${h14Account(rng)}
Collected ${nd(rng, c.visit, ['yy-mm-dd', 'mon.-d-yyyy'])}, abstinence 3 d. Count by ${t('Makler chamber')}: 41 M/mL; motility 52%; ${t('Kruger morphology')} 5%; ${t('MAR test')} 8%. Within ${t('WHO semen criteria')} (6th ed.).
Ordered by ${h14Titled(rng, c.staff[0])}, ${h14Clinic(rng, 'Reproductive Medicine')}. Results to portal user ${h14Username(rng, c.patient)} and ${h14Email(rng, c.patient)}. Lab director ${h14Name(rng, c.staff[1])}. Call ${h14Phone(rng)}.
`,
  },
  {
    name: 'h14_new_midwife_home_birth_record', half: 'styles', ages: [17, 45], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`HOME BIRTH RECORD — attending midwife ${h14Name(rng, c.staff[0])}, ${h14License(rng)}
Mother ${h14Name(rng, c.patient)}, ${h14Age(rng, c.age)}, G3P2, at ${h14Address(rng)}. Labor onset ${nd(rng, c.visit, ['month-dth-yyyy', 'd/m/yyyy'])} ${clock(rng)}.
Cervical exam favourable; delivered over intact perineum with ${t('Ritgen maneuver')}; shoulder dystocia resolved by ${tp(rng, ['McRoberts maneuver', 'Gaskin maneuver'])}, ${t('Woods screw maneuver')} not needed; ${t('Zavanelli maneuver')} never contemplated. Placenta ${t('Schultze mechanism')}, complete.
Birth registry ${h14Id(rng, 'birth-registry')}. Support: ${c.kin[0].rel} ${h14Kin(rng, c.kin[0].p)}, doula ${h14Name(rng, c.staff[1])} ${h14Phone(rng)}. Backup hospital ${h14Hospital(rng)}; newborn check ${nd(rng, c.events[0], ['dd.mm.yy', 'mon.-d-yyyy'])} by ${h14Titled(rng, c.staff[2])}.
`,
  },
  {
    name: 'h14_new_immigration_medical_exam_worksheet', half: 'styles', ages: [14, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`REPORT OF IMMIGRATION MEDICAL EXAMINATION — ${t('Civil Surgeon worksheet')}   Case ${h14Id(rng, 'i693-case')}
Applicant ${h14Name(rng, c.patient)}; DOB ${nd(rng, c.dob, ['d/m/yyyy', 'dd.mm.yy'])}; ${h14Age(rng, c.age)}; A-file contact ${h14Phone(rng)}; e-mail ${h14Email(rng, c.patient)}. US address ${h14Address(rng)}.
Exam ${nd(rng, c.visit, ['dth-of-month-yyyy', 'wk-of-m/d/yyyy'])}. ${t('QuantiFERON-TB Gold Plus')} negative; stool ${t('Kato-Katz smear')} and ${t('Baermann technique')} negative; SSN (if any) ${h14Ssn(rng)}.
Civil surgeon ${h14Titled(rng, c.staff[0])}, ${h14Clinic(rng, 'Family Practice')}. Interpreter ${h14Name(rng, c.staff[1])}. Sponsor ${c.kin[0].rel} ${h14Name(rng, c.kin[0].p)}, employer ${h14Employer(rng)}.
`,
  },
  {
    name: 'h14_new_allergen_immunotherapy_injection_log', half: 'styles', ages: [6, 80], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`ALLERGY IMMUNOTHERAPY — INJECTION LOG   ${h14Name(rng, c.patient)}   MRN ${h14Mrn(rng)}
Vials: ${tp(rng, ['Center-Al', 'Pharmalgen', 'Venomil'])} maintenance, vial ${h14Id(rng, 'allergen-vial')}; sIgE by ${t('ImmunoCAP')}. Epinephrine pen ${h14Device(rng)}.
${nd(rng, c.events[0], ['mon.-d-yyyy', 'yy-mm-dd'])} 0.3 mL L arm, no reaction — ${h14Staff(rng, c.staff[0])}
${nd(rng, c.events[1], ['wk-of-m/d/yyyy', 'dd.mm.yy'])} 0.4 mL R arm, 15 mm wheal, 30-min wait — ${h14Staff(rng, c.staff[1])}
${nd(rng, c.events[2], ['month-dth-yyyy', 'd/m/yyyy'])} held (URI). Allergist ${h14Titled(rng, c.staff[2])}. Parent ${c.kin[0].rel} ${h14Name(rng, c.kin[0].p)} ${h14Phone(rng)}; school ${h14School(rng)}.
`,
  },
  {
    name: 'h14_new_nuclear_stress_test_report', half: 'styles', ages: [30, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`MYOCARDIAL PERFUSION IMAGING   Study ${h14Id(rng, 'stress-study')}   ${h14Hospital(rng)}
Patient ${h14Name(rng, c.patient)}  (${h14Age(rng, c.age)})  Acct ${h14Account(rng)}  Referring ${h14Titled(rng, c.staff[0])}
Date ${nd(rng, c.visit, ['dth-of-month-yyyy', 'mm-dd-yyyy-slashless'])}. ${tp(rng, ['Naughton protocol', 'Lexiscan'])} stress; ${tp(rng, ['Cardiolite', 'Myoview'])} rest/stress. ${t('Duke treadmill score')} +3.
Small fixed inferior defect; EF 54%. Supervised by ${h14Name(rng, c.staff[1])}; read by ${h14Titled(rng, c.staff[2])}. Images pushed from ${h14Ip(rng)}. Prior study ${nd(rng, c.events[0], ['yy-mm-dd', 'd/m/yyyy'])}. Call ${h14Phone(rng)}.
`,
  },
  {
    name: 'h14_new_hand_therapy_splint_record', half: 'styles', ages: [8, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`HAND THERAPY — SPLINT / ORTHOSIS RECORD   Order ${h14Id(rng, 'splint-order')}
${h14Name(rng, c.patient)}, ${h14Age(rng, c.age)}; flexor tendon repair Zone II ${nd(rng, c.events[0], ['mon.-d-yyyy', 'month-dth-yyyy'])} by ${h14Titled(rng, c.staff[0])} (${t('Bunnell block')} suture).
${t('Kleinert splint')} fabricated ${nd(rng, c.visit, ['dd.mm.yy', 'wk-of-m/d/yyyy'])}. ${t('Jebsen-Taylor Hand Function Test')} deferred; ${t('Kapandji score')} 9; grip on ${t('BTE Primus')} later. Work: ${h14Employer(rng)}.
Therapist ${h14Name(rng, c.staff[1])}, ${h14License(rng)}. Home program app login ${h14Username(rng, c.patient)}; video at ${h14Url(rng)}. ${c.kin[0].rel} ${h14Kin(rng, c.kin[0].p)} drives; ${h14Phone(rng)}.
`,
  },
  {
    name: 'h14_new_pulmonary_function_test_report', half: 'styles', ages: [6, 89], oldShare: 0.1, caseMode: asis,
    render: (rng, c) => f`PULMONARY FUNCTION LABORATORY   Test ${h14Id(rng, 'pft')}   ${h14Clinic(rng, 'Lung Center')}
${h14Name(rng, c.patient)}  DOB ${nd(rng, c.dob, ['month-dth-yyyy', 'dd.mm.yy'])}  ${h14Age(rng, c.age)}  MRN ${h14Mrn(rng)}
Spirometry on ${tp(rng, ['Jaeger spirometer', 'Vitalograph'])} (${h14Device(rng)}), lung volumes by ${t('Bodybox')}; predicted from ${t('GLI-2012 equations')}. FEV1/FVC 0.61, DLCO 58%.
Tested ${nd(rng, c.visit, ['yy-mm-dd', 'mon.-d-yyyy'])} by ${h14Name(rng, c.staff[0])}, RPFT; interpreted by ${h14Titled(rng, c.staff[1])}. Contact ${c.kin[0].rel} ${h14Name(rng, c.kin[0].p)} ${h14Phone(rng)}.
`,
  },
  {
    name: 'h14_new_mammography_recall_letter', half: 'styles', ages: [40, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`${h14Clinic(rng, 'Breast Imaging')}
${nd(rng, c.events[0], ['month-dth-yyyy', 'dth-of-month-yyyy'])}
${h14Name(rng, c.patient)}
${h14Address(rng)}
Re: screening mammogram ${nd(rng, c.visit, ['mon.-d-yyyy', 'd/m/yyyy'])}, recall ${h14Id(rng, 'mammo-recall')}
Dear ${h14Titled(rng, c.patient)}: your ${t('Tomosynthesis Hologic')} exam was read as ${t('BI-RADS')} 0 (additional imaging needed), pattern per ${t('Tabár classification')} II; an asymmetry near ${t('Cooper\'s ligaments')} needs spot views.
Please call ${h14Phone(rng)} or book at ${h14Url(rng)}. Technologist ${h14Name(rng, c.staff[0])} (${h14License(rng)}); radiologist ${h14Titled(rng, c.staff[1])}. Copy to ${h14Titled(rng, c.staff[2])}.
`,
  },
  {
    name: 'h14_new_gastric_band_adjustment_log', half: 'styles', ages: [20, 75], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`BARIATRIC CLINIC — BAND FILL LOG   ${h14Name(rng, c.patient)}   Acct ${h14Account(rng)}   Band record ${h14Id(rng, 'band-adjust')}
Device ${tp(rng, ['LAP-BAND', 'Realize band'])}, port ${h14Device(rng)}. ${t('Moorehead-Ardelt questionnaire')} 1.5; ${t('BAROS score')} good.
${nd(rng, c.events[0], ['d/m/yyyy', 'yy-mm-dd'])} +0.5 mL (total 6.0) — ${h14Titled(rng, c.staff[0])}
${nd(rng, c.events[1], ['dth-of-month-yyyy', 'dd.mm.yy'])} -0.3 mL for dysphagia — ${h14Name(rng, c.staff[1])}, NP
Support group at ${h14Hospital(rng)}; buddy ${h14Kin(rng, c.kin[0].p)} ${h14Phone(rng)}. Portal ${h14Username(rng, c.patient)}. SSN on file ${h14Ssn(rng)}.
`,
  },
];

export const H14_SOURCE_STYLES = SRC;
export const H14_OTHER_STYLES = NEW;
export const HOLDOUT14_STYLES: readonly H14Style[] = [...SRC, ...NEW];
