// Owns the note styles of the thirteenth held-out PHI check, in two halves scored apart. The source half writes five kinds
// of ICU-era note in the manner of a teaching hospital's staff around 1993–2006 (code blue event note, CRRT nursing note,
// burn unit dressing note, ICU family telephone log, ICU speech-swallow note): telegraphic, all capitals or all lower
// case, families by given name, staff by initials, short dates, wards and other hospitals by code. The other half writes
// ten documents no earlier generator writes (cochlear implant programming record, marrow donor registry work-up,
// death scene investigation report, ambulatory EEG report, respirator medical surveillance exam, eye bank corneal donor
// record, childhood lead case investigation, animal bite / rabies PEP report, hemophilia factor infusion diary, marathon
// medical tent log). Written from how these documents look, not from any recognizer.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, term, type CaseMode, type Frag } from '../segments';
import {
  h13Account, h13Address, h13Age, h13Clinic, h13Date, h13Device, h13Email, h13Employer, h13FamilyPhone, h13HospCode, h13Hospital, h13Id,
  h13Ip, h13Kin, h13License, h13Mrn, h13Name, h13Person, h13Phone, h13Possessive, h13School, h13Signoff, h13Ssn, h13Staff, h13Titled, h13Town, h13Url,
  h13Username, h13Vehicle, h13Venue, h13Ward, SRC13_DATE_KINDS, type H13Person,
} from './formats';
import { H13_PROTECTED_ALL, H13_RELATIONS } from './vocab';

export interface H13Cast { patient: H13Person; staff: H13Person[]; kin: { p: H13Person; rel: string }[]; age: number; dob: Ymd; visit: Ymd; events: Ymd[] }

export function h13Cast(rng: Rng, ages: readonly [number, number], oldShare: number, years: readonly [number, number]): H13Cast {
  const visit = randomDate(rng, years[0], years[1]);
  const age = rng.chance(oldShare) ? rng.int(90, 103) : rng.int(ages[0], ages[1]);
  return {
    patient: h13Person(rng),
    staff: Array.from({ length: 4 }, () => h13Person(rng)),
    kin: Array.from({ length: 3 }, () => ({ p: h13Person(rng), rel: rng.pick(H13_RELATIONS) })),
    age, visit,
    dob: addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360)),
    events: Array.from({ length: 6 }, () => addDays(visit, rng.int(-30, 30))),
  };
}

export type H13Half = 'source' | 'styles';
export interface H13Style { name: string; half: H13Half; ages: readonly [number, number]; oldShare: number; caseMode(rng: Rng): CaseMode; render(rng: Rng, c: H13Cast): Frag }

const PROTECTED = new Set<string>(H13_PROTECTED_ALL);
function t(text: string): Frag {
  if (!PROTECTED.has(text)) throw new Error(`holdout13: ${text} is not a protected term of this check`);
  return term(text, text);
}
const tp = (rng: Rng, terms: readonly string[]): Frag => t(rng.pick(terms));

const asis = (): CaseMode => 'asis';
const eraCase = (rng: Rng): CaseMode => rng.weighted([[2, 'upper'], [2, 'lower'], [1, 'asis']]);
const sd = (rng: Rng, x: Ymd): Frag => h13Date(rng, x, SRC13_DATE_KINDS);
const nd = (rng: Rng, x: Ymd, kinds: readonly string[]): Frag => h13Date(rng, x, kinds);
const clock = (rng: Rng): string => rng.pick(['0010', '0235', '0450', '0705', '0930', '1215', '1440', '1655', '1920', '2145', '2350', '4p']);
/** Telegraphic ICU lines without identifiers, written for this check. */
const LINES = [
  'hr 110s st, no ectopy', 'map 58-65 on dopa 10', 'lungs coarse bilat, sxn mod yellow', 'sat 93-96% on 50% fio2',
  'glucose 212 covered per scale', 'na 131, k 5.6, hco3 17', 'abd distended, hypoactive bs', 'skin warm, mottled knees',
  'afebrile overnight', 'pt nodding appropriately', 'ogt to lcws, 200cc bilious', 'foley draining clear yellow',
  'cvp 14-16', 'pupils 4mm sluggish', 'bilat ue edema 2+', 'r radial a-line dampened, flushed',
  'turned q2h, heels floated', 'cxr no change per team',
];
const lines = (rng: Rng, n: number): string => rng.shuffle(LINES).slice(0, n).join('. ');

const SRC: H13Style[] = [
  {
    name: 'h13_src_code_blue_event_note', half: 'source', ages: [30, 89], oldShare: 0.2, caseMode: eraCase,
    render: (rng, c) => f`CODE NOTE ${clock(rng)} ${sd(rng, c.visit)}
Pt ${h13Name(rng, c.patient)} ${h13Age(rng, c.age)} on ${h13Ward(rng)} found unresponsive by ${h13Staff(rng, c.staff[0])}. Pulseless VT, shocked x3 w/ ${t('Thumper')} on. ${t('Bretylol')} 5mg/kg, ${t('Pronestyl')} drip, ${t('Xylocaine')} bolus; ${t('Isuprel')} for brady after.
ROSC @ ${clock(rng)}. ${lines(rng, 2)}. Team: ${h13Titled(rng, c.staff[1])}, ${h13Staff(rng, c.staff[2])}, RT ${h13Staff(rng, c.staff[3])}. ${t('Romazicon')} x1 no response.
${c.kin[0].rel} ${h13Kin(rng, c.kin[0].p)} called ${h13FamilyPhone(rng)}, coming from ${h13Town(rng)}. Prior code ${sd(rng, c.events[0])} at ${h13HospCode(rng)}. hosp # ${h13Mrn(rng)}.
`,
  },
  {
    name: 'h13_src_crrt_nursing_note', half: 'source', ages: [20, 89], oldShare: 0.2, caseMode: eraCase,
    render: (rng, c) => f`CVVHD NSG NOTE ${sd(rng, c.visit)} ${clock(rng)}
${h13Name(rng, c.patient)}, ${h13Age(rng, c.age)}. ${tp(rng, ['Prismaflex', 'Aquarius'])} running via R IJ ${t('Mahurkar')} placed ${sd(rng, c.events[0])} by ${h13Titled(rng, c.staff[0])}. ${t('Gambro')} filter changed x1 (clotted); ${t('Cuprophan')} not used.
Citrate per protocol, ${t('CitraFlow')} locks, ${t('Citranox')} to lines. ${lines(rng, 3)}. Net neg 150/hr. ${t('Amicar')} held per renal.
Renal fellow ${h13Staff(rng, c.staff[1])} aware. ${h13Possessive(rng, c.kin[0].p)} ${c.kin[1].rel} ${h13Kin(rng, c.kin[1].p)} visiting from ${h13Town(rng)}, ph ${h13FamilyPhone(rng)}. Outpt HD at ${h13Hospital(rng)} ${sd(rng, c.events[1])}. Acct ${h13Account(rng)}.
${h13Signoff(rng, c.staff[2])}
`,
  },
  {
    name: 'h13_src_burn_unit_dressing_note', half: 'source', ages: [2, 89], oldShare: 0.1, caseMode: eraCase,
    render: (rng, c) => f`BURN UNIT - DRESSING CHANGE ${sd(rng, c.events[0])}
${h13Age(rng, c.age)} house fire ${sd(rng, c.events[1])} in ${h13Town(rng)}, ${rng.int(12, 60)}% TBSA by ${t('Rule of Nines')}, ${t('Baux score')} ${rng.int(60, 130)}. Nutrition per ${t('Curreri formula')}.
Tubbed; ${tp(rng, ['Sulfamylon', 'Acticoat', 'Silverlon'])} to torso, ${t('Mepitel')} + ${t('Jelonet')} to face. Graft site ${tp(rng, ['Integra', 'Biobrane'])} intact. ${lines(rng, 2)}. ${t('Dantrium')} held.
Done by ${h13Staff(rng, c.staff[0])} / ${h13Staff(rng, c.staff[1])}; ${h13Titled(rng, c.staff[2])} to OR ${sd(rng, c.events[2])}. Fire marshal ${h13Titled(rng, c.kin[2].p)} asking re: ${h13Vehicle(rng)} in drive.
${c.kin[0].rel} ${h13Kin(rng, c.kin[0].p)} + ${c.kin[1].rel} ${h13Kin(rng, c.kin[1].p)} staying at ${h13Address(rng)}. call ${h13FamilyPhone(rng)}. unit # ${h13Mrn(rng)}.
`,
  },
  {
    name: 'h13_src_icu_family_phone_log', half: 'source', ages: [18, 89], oldShare: 0.3, caseMode: eraCase,
    render: (rng, c) => f`MICU FAMILY PHONE LOG - ${h13Name(rng, c.patient)} (${h13Ward(rng)})
${sd(rng, c.events[0])} ${clock(rng)}: ${c.kin[0].rel} ${h13Kin(rng, c.kin[0].p)} called ${h13FamilyPhone(rng)} - updated re: ${lines(rng, 1)}. wants ${h13Titled(rng, c.staff[0])} to call back.
${sd(rng, c.events[1])} ${clock(rng)}: ${c.kin[1].rel} ${h13Kin(rng, c.kin[1].p)} (lives in ${h13Town(rng)}) - told of ${t('Ewald tube')} lavage, ${t('Amicar')}. "${h13Kin(rng, c.patient)}" is what family calls pt.
${sd(rng, c.events[2])} ${clock(rng)}: ${h13Possessive(rng, c.kin[2].p)} message left on machine ${h13FamilyPhone(rng)}. Code status reviewed w/ ${h13Titled(rng, c.staff[1])}.
${sd(rng, c.events[3])}: pastor from ${h13Town(rng)} visited. Social work ${h13Staff(rng, c.staff[2])}. ${h13Age(rng, c.age)}. ${h13Signoff(rng, c.staff[3])}
`,
  },
  {
    name: 'h13_src_icu_speech_swallow_note', half: 'source', ages: [30, 89], oldShare: 0.3, caseMode: eraCase,
    render: (rng, c) => f`SPEECH PATHOLOGY - BEDSIDE SWALLOW ${sd(rng, c.visit)}
${h13Name(rng, c.patient)} ${h13Age(rng, c.age)}, ${h13Ward(rng)}, extubated ${sd(rng, c.events[0])}. ${t('Toronto Bedside Swallowing Screening Test')} failed; ${t('Frazier water protocol')} not started.
Trials: nectar via ${t('Thick-It')}, ${t('Mendelsohn maneuver')} + ${t('Masako maneuver')} taught, ${t('Shaker exercise')} x10. ${lines(rng, 2)}.
Rec NPO except ice chips; MBS at ${h13HospCode(rng)} ${sd(rng, c.events[1])}. d/w ${h13Titled(rng, c.staff[0])} and ${h13Staff(rng, c.staff[1])}. ${c.kin[0].rel} ${h13Kin(rng, c.kin[0].p)} taught, ph ${h13FamilyPhone(rng)}.
${h13Signoff(rng, c.staff[2])} CCC-SLP
`,
  },
];

const NEW: H13Style[] = [
  {
    name: 'h13_new_cochlear_implant_programming_record', half: 'styles', ages: [1, 89], oldShare: 0.15, caseMode: asis,
    render: (rng, c) => f`${h13Clinic(rng, rng.pick(['Cochlear Implant Program', 'Hearing Center']))} — CI PROGRAMMING (MAPPING) RECORD   Clinic ID ${h13Id(rng, 'ci-clinic')}
Recipient: ${h13Name(rng, c.patient)}   DOB ${nd(rng, c.dob, ['dd-mm-yyyy', 'yyyy/mm/dd'])}   ${h13Age(rng, c.age)}   Activation ${nd(rng, c.events[0], ['d-mon-yyyy', 'month-d'])}
Processor ${tp(rng, ['Nucleus 7', 'Kanso', 'SONNET 2'])} serial ${h13Device(rng)}; internal ${t('HiRes Ultra')} ${h13Device(rng)}. ${t('Ling Six Sound Test')} 6/6; ${t('AzBio sentences')} 62% quiet; ${t('CNC word test')} 48%.
Mapped ${nd(rng, c.visit, ['weekday-month-d-yyyy', 'roman-month'])} by ${h13Titled(rng, c.staff[0])}, Au.D.; surgeon ${h13Titled(rng, c.staff[1])}. Remote check via ${h13Url(rng)} (portal user ${h13Username(rng, c.patient)}).
Parent/contact: ${c.kin[0].rel} ${h13Name(rng, c.kin[0].p)}, ${h13Phone(rng)}, ${h13Email(rng, c.kin[0].p)}. School: ${h13School(rng)}. Next ${nd(rng, c.events[1], ['mm.dd.yy', 'd-mon-yyyy'])}.
`,
  },
  {
    name: 'h13_new_marrow_donor_registry_workup', half: 'styles', ages: [18, 60], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`UNRELATED DONOR WORK-UP — ${t('Be The Match')} registry donor ${h13Id(rng, 'donor-registry')}
Donor: ${h13Name(rng, c.patient)}, ${h13Age(rng, c.age)}, ${h13Address(rng)}   Cell ${h13Phone(rng)}   SSN ${h13Ssn(rng)}
Info session ${nd(rng, c.events[0], ['yyyy/mm/dd', 'dd-mm-yyyy'])} with coordinator ${h13Name(rng, c.staff[0])}; physical ${nd(rng, c.events[1], ['d-mon-yyyy', 'yyyymmdd'])} by ${h13Titled(rng, c.staff[1])}.
Mobilization: ${tp(rng, ['Zarxio', 'Nivestym'])} x5 days; not ${t('Neulasta')}. Employer ${h13Employer(rng)} granted leave. Insurance ${h13Account(rng)}.
Emergency contact ${c.kin[0].rel} ${h13Name(rng, c.kin[0].p)} ${h13Phone(rng)}. Travel to apheresis centre ${h13Hospital(rng)}; hotel confirmation sent to ${h13Email(rng, c.patient)}.
`,
  },
  {
    name: 'h13_new_death_scene_investigation_report', half: 'styles', ages: [18, 89], oldShare: 0.25, caseMode: asis,
    render: (rng, c) => f`COUNTY MEDICAL EXAMINER — DEATH SCENE INVESTIGATION   Case ${h13Id(rng, 'me-case')}
Decedent ${h13Name(rng, c.patient)}, ${h13Age(rng, c.age)}, DOB ${nd(rng, c.dob, ['mm.dd.yy', 'dd-mm-yyyy'])}, SSN ${h13Ssn(rng)}. Residence ${h13Address(rng)}.
Reported ${nd(rng, c.visit, ['weekday-month-d-yyyy', 'yyyy/mm/dd'])} ${clock(rng)} by ${c.kin[0].rel} ${h13Name(rng, c.kin[0].p)} (${h13Phone(rng)}). Deputy ${h13Name(rng, c.staff[0])} on scene; vehicle ${h13Vehicle(rng)} in garage.
Rigor full; livor fixed. Time since death estimated by ${t('Henssge nomogram')}, cross-checked with ${t('Glaister equation')}; ${t('Nysten\'s law')} pattern consistent. Last seen ${nd(rng, c.events[0], ['month-d', 'd-mon-yyyy'])} at ${h13Venue(rng)}.
Physician of record ${h13Titled(rng, c.staff[1])}, ${h13Hospital(rng)}. Investigator ${h13Name(rng, c.staff[2])}. Tissue donation referred (${t('Optisol-GS')} corneas not recovered).
`,
  },
  {
    name: 'h13_new_ambulatory_eeg_report', half: 'styles', ages: [2, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`AMBULATORY EEG REPORT (72 h)   Study ${h13Id(rng, 'eeg-study')}   Recorder ${h13Device(rng)}
Patient: ${h13Name(rng, c.patient)}   MRN ${h13Mrn(rng)}   DOB ${nd(rng, c.dob, ['roman-month', 'yyyymmdd'])}   Referring: ${h13Titled(rng, c.staff[0])}
Hook-up ${nd(rng, c.events[0], ['weekday-month-d-yyyy', 'dd-mm-yyyy'])} by ${h13Name(rng, c.staff[1])}, R.EEG T.; disconnected ${nd(rng, c.events[1], ['d-mon-yyyy', 'mm.dd.yy'])}. Meds: ${tp(rng, ['Vimpat', 'Briviact', 'Fycompa'])}.
Findings: centrotemporal ${t('Rolandic spikes')} in sleep; no electrographic seizure. ? ${t('Landau-Kleffner syndrome')} not supported. Push-button events x2 (diary by ${c.kin[0].rel} ${h13Kin(rng, c.kin[0].p)}).
Interpreted by ${h13Titled(rng, c.staff[2])}, ${h13Clinic(rng, 'Epilepsy Center')}. Questions: ${h13Phone(rng)}. Data uploaded from ${h13Ip(rng)}.
`,
  },
  {
    name: 'h13_new_respirator_medical_surveillance_exam', half: 'styles', ages: [18, 75], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`RESPIRATOR MEDICAL EVALUATION & FIT TEST   ${h13Id(rng, 'fit-test')}
Employee ${h13Name(rng, c.patient)}   Employer ${h13Employer(rng)}   Emp contact ${h13Titled(rng, c.staff[0])} ${h13Phone(rng)}   CDL/ID ${h13License(rng)}
Questionnaire ${nd(rng, c.visit, ['mm.dd.yy', 'yyyymmdd'])}: grain dust, silica. CXR read per ${t('ILO classification')} 0/0; no ${t('Caplan syndrome')}. Qualitative ${t('Bitrex')} test passed; ${t('PortaCount')} fit factor 182.
Coveralls ${t('Tyvek')}. Examiner ${h13Name(rng, c.staff[1])}, license ${h13License(rng)}. Next due ${nd(rng, c.events[0], ['month-d', 'dd-mm-yyyy'])}.
Home ${h13Address(rng)}; emergency ${c.kin[0].rel} ${h13Name(rng, c.kin[0].p)} ${h13Phone(rng)}. Results e-mailed to ${h13Email(rng, c.patient)}.
`,
  },
  {
    name: 'h13_new_eye_bank_corneal_donor_record', half: 'styles', ages: [10, 75], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`EYE BANK — CORNEAL DONOR RECORD   Tissue ${h13Id(rng, 'eye-bank-tissue')}
Donor ${h13Name(rng, c.patient)}, ${h13Age(rng, c.age)}; death ${nd(rng, c.events[0], ['yyyy/mm/dd', 'weekday-month-d-yyyy'])} ${clock(rng)} at ${h13Hospital(rng)}. MRN ${h13Mrn(rng)}.
Authorization by ${c.kin[0].rel} ${h13Name(rng, c.kin[0].p)} by phone ${h13Phone(rng)}, witnessed by ${h13Name(rng, c.staff[0])}. Recovered by ${h13Name(rng, c.staff[1])}, CEBT.
Slit lamp: no ${t('Krukenberg spindle')}, no ${t('Vogt striae')}, few ${t('Hassall-Henle bodies')}. Stored in ${t('Optisol-GS')}; suitable for ${t('DMEK')}.
Released ${nd(rng, c.events[1], ['roman-month', 'd-mon-yyyy'])} to surgeon ${h13Titled(rng, c.staff[2])}, ${h13Clinic(rng, 'Eye Institute')}. Funeral home: ${h13Town(rng)}.
`,
  },
  {
    name: 'h13_new_childhood_lead_case_investigation', half: 'styles', ages: [1, 6], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`ELEVATED BLOOD LEAD — CASE INVESTIGATION   Case ${h13Id(rng, 'lead-case')}
Child ${h13Name(rng, c.patient)}   DOB ${nd(rng, c.dob, ['dd-mm-yyyy', 'roman-month'])}   Medicaid ${h13Account(rng)}
Capillary ${t('LeadCare II')} 24 ug/dL ${nd(rng, c.events[0], ['mm.dd.yy', 'yyyy/mm/dd'])}; venous 31 on ${nd(rng, c.events[1], ['d-mon-yyyy', 'month-d'])}. No ${t('Burton line')} or ${t('Mees lines')}. ${t('Chemet')} started; ${t('Calcium Disodium Versenate')} not needed.
Home ${h13Address(rng)} (built before 1950); ${c.kin[0].rel} ${h13Name(rng, c.kin[0].p)} works at ${h13Employer(rng)} — take-home dust. Phone ${h13Phone(rng)}.
Daycare ${h13School(rng)}. PCP ${h13Titled(rng, c.staff[0])}. Inspector ${h13Name(rng, c.staff[1])} visit ${nd(rng, c.events[2], ['weekday-month-d-yyyy', 'dd-mm-yyyy'])}.
`,
  },
  {
    name: 'h13_new_animal_bite_rabies_pep_report', half: 'styles', ages: [3, 89], oldShare: 0.05, caseMode: asis,
    render: (rng, c) => f`ANIMAL BITE REPORT / RABIES PEP   Report ${h13Id(rng, 'bite-report')}
Victim ${h13Name(rng, c.patient)}, ${h13Age(rng, c.age)}, ${h13Address(rng)}, ${h13Phone(rng)}. Bitten ${nd(rng, c.events[0], ['weekday-month-d-yyyy', 'mm.dd.yy'])} by stray dog near ${h13Venue(rng)}.
Owner unknown; animal control officer ${h13Name(rng, c.staff[0])} (truck ${h13Vehicle(rng)}). Bat exposure ruled out. Brain tested for ${t('Negri bodies')}: pending.
PEP: ${tp(rng, ['HyperRAB', 'Kedrab'])} infiltrated; ${tp(rng, ['Imovax', 'RabAvert'])} days 0/3/7/14 — day 3 due ${nd(rng, c.events[1], ['month-d', 'yyyymmdd'])}. Ordered by ${h13Titled(rng, c.staff[1])}.
Guardian ${c.kin[0].rel} ${h13Name(rng, c.kin[0].p)} ${h13Phone(rng)}. Reported to health dept by ${h13Staff(rng, c.staff[2])}.
`,
  },
  {
    name: 'h13_new_hemophilia_factor_infusion_diary', half: 'styles', ages: [2, 80], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`${h13Clinic(rng, 'Hemophilia Treatment Center')} — HOME INFUSION DIARY REVIEW
Patient ${h13Name(rng, c.patient)} (${h13Age(rng, c.age)})   MRN ${h13Mrn(rng)}   Portal ${h13Username(rng, c.patient)}   Pharmacy acct ${h13Account(rng)}
Product: ${tp(rng, ['Advate', 'Eloctate', 'Alprolix'])} prophylaxis; switching to ${t('Hemlibra')}. Breakthrough: ${t('NovoSeven')} x1 ${nd(rng, c.events[0], ['roman-month', 'month-d'])}.
Bleeds: L knee ${nd(rng, c.events[1], ['dd-mm-yyyy', 'd-mon-yyyy'])}, R elbow ${nd(rng, c.events[2], ['mm.dd.yy', 'yyyy/mm/dd'])}. ${t('Hemophilia Joint Health Score')} 7.
Infusions by ${c.kin[0].rel} ${h13Kin(rng, c.kin[0].p)}; school nurse at ${h13School(rng)} ${h13Phone(rng)}. Reviewed ${nd(rng, c.visit, ['weekday-month-d-yyyy', 'yyyymmdd'])} by ${h13Titled(rng, c.staff[0])} and ${h13Name(rng, c.staff[1])}, RN.
`,
  },
  {
    name: 'h13_new_marathon_medical_tent_log', half: 'styles', ages: [16, 80], oldShare: 0, caseMode: asis,
    render: (rng, c) => f`RACE MEDICAL TENT LOG — mile 24   ${nd(rng, c.visit, ['weekday-month-d-yyyy', 'd-mon-yyyy'])}   ${t('Wet Bulb Globe Temperature')} 27 C
Runner bib ${h13Id(rng, 'race-bib')}: ${h13Name(rng, c.patient)}, ${h13Age(rng, c.age)}, from ${h13Town(rng)}. In ${clock(rng)}, rectal temp 40.8, ${t('i-STAT')} Na 128. Ice tub.
Blisters: ${t('Compeed')}; ITB strain taped with ${t('KT Tape')}. Transported to ${h13Hospital(rng)} by ${h13Name(rng, c.staff[0])}, EMT.
Emergency contact on bib: ${c.kin[0].rel} ${h13Name(rng, c.kin[0].p)} ${h13Phone(rng)}; registration e-mail ${h13Email(rng, c.patient)}. Tent MD ${h13Titled(rng, c.staff[1])}; scribe ${h13Staff(rng, c.staff[2])}.
`,
  },
];

export const H13_SOURCE_STYLES = SRC;
export const H13_OTHER_STYLES = NEW;
export const HOLDOUT13_STYLES: readonly H13Style[] = [...SRC, ...NEW];
