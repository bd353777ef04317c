// Owns the note styles of the fifth held-out PHI check, none of which another generator writes: an
// antenatal record, a paediatric well-child visit with daycare and school, a travel-clinic consult, a sleep
// study report, a cardiac device-clinic interrogation, a nursing-home MDS narrative, a clinical-trial
// screening log, a forensic (police-requested) medical examination, an insurance appeal letter, a pharmacy
// refill request, an independent medical examination for workers' compensation and a telehealth visit
// transcript. Written from how these documents look, not from what any recognizer does.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, term, type CaseMode, type Frag } from '../segments';
import {
  h5Account, h5Address, h5Age, h5County, h5Date, h5Device, h5Email, h5Facility, h5Family, h5FullDate, h5Given, h5Initials, h5IntlPhone,
  h5Ip, h5License, h5Mrn, h5Name, h5OtherId, h5Person, h5Phone, h5Possessive, h5Ssn, h5Staff, h5Street, h5Town, h5Url, h5Vehicle, h5Zip,
  type H5Person,
} from './formats';
import { H5_PROTECTED, type H5ProtectedGroup } from './vocab';

export interface H5Cast {
  patient: H5Person;
  staff: H5Person[];
  kin: { p: H5Person; rel: string }[];
  age: number;
  dob: Ymd;
  visit: Ymd;
  events: Ymd[];
}

export function h5Cast(rng: Rng, ages: readonly [number, number] = [18, 88], oldShare = 0): H5Cast {
  const visit = randomDate(rng, 2019, 2026);
  const age = rng.chance(oldShare) ? rng.int(90, 104) : rng.int(ages[0], ages[1]);
  const dob = addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360));
  return {
    patient: h5Person(rng),
    staff: Array.from({ length: 4 }, () => h5Person(rng)),
    kin: Array.from({ length: 3 }, () => ({ p: h5Person(rng), rel: rng.pick(['daughter', 'son', 'wife', 'husband', 'partner', 'niece', 'nephew', 'sister', 'brother', 'mother', 'father', 'aunt', 'grandmother', 'roommate', 'pastor']) })),
    age, dob, visit,
    events: Array.from({ length: 6 }, () => addDays(visit, rng.int(-300, 90))),
  };
}

export interface H5Style {
  name: string;
  /** Youngest and oldest ordinary age, and the share of patients over 89 where such patients are seen. */
  ages?: readonly [number, number];
  oldShare?: number;
  caseMode(rng: Rng): CaseMode;
  render(rng: Rng, c: H5Cast): Frag;
}

function prot<G extends H5ProtectedGroup>(rng: Rng, group: G, slot: keyof (typeof H5_PROTECTED)[G]): Frag {
  const t = rng.pick((H5_PROTECTED[group] as unknown as Record<string, readonly string[]>)[slot as string]);
  return term(t, t);
}

const antenatal: H5Style = {
  name: 'h5_antenatal_record',
  ages: [16, 44],
  caseMode: () => 'asis',
  render(rng, c) {
    const edd = addDays(c.visit, rng.int(20, 180));
    const rows = c.events.slice(0, 3).map((d) => f`${h5Date(rng, d, rng.pick(['h5.date.m-slash-d', 'h5.date.mdy-slash-2y-padded', 'h5.date.mon-dot-d']))}  ${rng.int(20, 38)}w  BP ${rng.int(100, 140)}/${rng.int(60, 90)}  FH ${rng.int(20, 38)} cm  FHR ${rng.int(120, 160)}  ${h5Staff(rng, rng.pick(c.staff), 'CNM')}\n`);
    return f`ANTENATAL RECORD — ${h5Facility(rng, 'clinic')}
${h5Name(rng, c.patient)}   ${h5Mrn(rng)}   DOB ${h5FullDate(rng, c.dob)}   G${rng.int(1, 5)}P${rng.int(0, 3)}
LMP ${h5Date(rng, addDays(edd, -280), rng.pick(['h5.date.ordinal-of-month', 'h5.date.mon-dot-d', 'h5.date.m-slash-d']))}, EDD ${h5FullDate(rng, edd)} by ${prot(rng, 'antenatal', 'dating')}; dating scan agrees (${prot(rng, 'antenatal', 'dating')}).
Blood group O neg: ${prot(rng, 'antenatal', 'brand')} given ${h5Date(rng, c.events[3], 'h5.date.d-mon-yyyy')}. ${prot(rng, 'antenatal', 'cervix')} and ${prot(rng, 'antenatal', 'exam')} documented; ${prot(rng, 'antenatal', 'contractions')} only.
Previous birth at ${h5Facility(rng, 'hospital')} (${prot(rng, 'antenatal', 'cerclage')}), baby ${h5Given(c.kin[0].p)} now at ${h5Facility(rng, 'school')}.
Social: lives with ${c.kin[1].rel} ${h5Name(rng, c.kin[1].p)} at ${h5Address(rng)}; works at ${h5Facility(rng, 'employer')}. Cell ${h5Phone(rng)}.
date  GA  BP  fundal height  FHR  seen by
${rows}PROM query: ${prot(rng, 'antenatal', 'test')} negative. Birth plan: ${h5Possessive(c.patient)} doula ${h5Name(rng, c.kin[2].p)} to attend. ${h5Account(rng, 'medicaid')}.
`;
  },
};

const wellChild: H5Style = {
  name: 'h5_well_child_visit',
  ages: [0, 12],
  caseMode: (rng) => rng.weighted([[4, 'asis'], [1, 'lower']]),
  render(rng, c) {
    return f`${c.age === 0 ? `${rng.int(2, 11)}-month` : `${c.age}-year`} well child check   ${h5Facility(rng, 'clinic')}
Patient: ${h5Name(rng, c.patient)}  DOB: ${h5FullDate(rng, c.dob)}  ${h5Mrn(rng)}
Brought in by ${c.kin[0].rel === 'mother' || c.kin[0].rel === 'father' ? c.kin[0].rel : 'mother'} ${h5Name(rng, c.kin[0].p)} and grandma "${h5Given(c.kin[1].p)}". Siblings: ${h5Given(c.kin[2].p)} (${rng.int(3, 9)}), ${h5Given(c.staff[3])} (${rng.int(1, 5)}).
Attends ${h5Facility(rng, 'school')} 4 days/week; daycare provider ${h5Name(rng, c.staff[2])} reports no concerns.
Newborn exam: ${prot(rng, 'wellChild', 'hip')} negative, ${prot(rng, 'wellChild', 'reflex')} symmetric. Skin: ${prot(rng, 'wellChild', 'skin')} over sacrum.
Development: ${prot(rng, 'wellChild', 'screen')} passed all domains. Feeds ${prot(rng, 'wellChild', 'formula')} 6 oz q4h.
History: sibling treated for ${prot(rng, 'wellChild', 'disease')} at ${h5Facility(rng, 'hospital')} ${h5Date(rng, c.events[0], 'h5.date.mon-apostrophe-yy')}.
Vaccines per schedule; next visit ${h5Date(rng, c.events[5], rng.pick(['h5.date.month-d-yyyy', 'h5.date.mdy-slash-4y']))}. Family moved from ${h5Town(rng)} to ${h5Town(rng)} this spring; home ${h5Phone(rng)}.
${h5Staff(rng, c.staff[0], 'MD, FAAP')}
`;
  },
};

const travel: H5Style = {
  name: 'h5_travel_clinic_consult',
  oldShare: 0.1,
  caseMode: () => 'asis',
  render(rng, c) {
    return f`Travel Medicine Consultation — ${h5Facility(rng, 'clinic')}
Traveller: ${h5Name(rng, c.patient)} (${h5Age(rng, c.age)})   DOB ${h5Date(rng, c.dob, 'h5.date.dmy-slash-intl')}   ${h5OtherId(rng, 'passport')}
Itinerary: departs ${h5Date(rng, c.events[1], 'h5.date.d-month-yyyy')}, returns ${h5Date(rng, c.events[2], 'h5.date.d-month-yyyy')}; visiting ${c.kin[0].rel} ${h5Name(rng, c.kin[0].p)} (tel ${h5IntlPhone(rng)}).
Risks discussed: ${prot(rng, 'travel', 'disease')}, ${prot(rng, 'travel', 'disease')}, ${prot(rng, 'travel', 'disease')}.
Given today: ${prot(rng, 'travel', 'vaccine')} lot ${rng.letters(2)}${rng.digits(4)}, ${prot(rng, 'travel', 'vaccine')}. Rx ${prot(rng, 'travel', 'antimalarial')} 1 tab daily, start ${h5Date(rng, c.events[1], 'h5.date.ddMONyy')}.
Prior yellow fever certificate issued ${h5Date(rng, c.events[0], 'h5.date.m-slash-yyyy')} at ${h5Facility(rng, 'clinic')}.
Emergency contact in ${h5Town(rng)}: ${h5Name(rng, c.kin[1].p)} ${h5Phone(rng)}; ${h5Email(rng, c.patient)}.
Seen by ${h5Staff(rng, c.staff[0], 'NP')}
`;
  },
};

const sleep: H5Style = {
  name: 'h5_sleep_study_report',
  oldShare: 0.15,
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`POLYSOMNOGRAPHY REPORT   ${h5Facility(rng, 'clinic')}
Name: ${h5Name(rng, c.patient)}, ${h5Age(rng, c.age)}  Study date: ${h5Date(rng, c.visit, rng.pick(['h5.date.yyyymmdd', 'h5.date.iso', 'h5.date.mdy-dash-4y']))}  ${h5Account(rng, 'account')}
Referring: ${h5Staff(rng, c.staff[0], 'DO')}, ${h5Facility(rng, 'clinic')}, fax ${h5Phone(rng)}
Indication: ${prot(rng, 'sleep', 'scale')} ${rng.int(8, 22)}/24; ${prot(rng, 'sleep', 'scale')} high risk. Bed partner ${h5Given(c.kin[0].p)} reports apneas.
AHI ${rng.int(5, 80)}.${rng.int(0, 9)}/h, nadir SpO2 ${rng.int(70, 90)}%. No central events, no ${prot(rng, 'sleep', 'breathing')} pattern. ${prot(rng, 'sleep', 'syndrome')} considered, not supported.
Titration on ${prot(rng, 'sleep', 'device')}, ${h5Device(rng, 'cpap')}; compliance data at ${h5Url(rng, c.patient)}.
Technologist ${h5Name(rng, c.staff[1])}, RPSGT. Interpreted ${h5Date(rng, c.events[5], 'h5.date.month-d-yyyy')} by ${h5Staff(rng, c.staff[2], 'MD')}  ${h5License(rng, 'npi')}
`;
  },
};

const deviceClinic: H5Style = {
  name: 'h5_device_clinic_interrogation',
  oldShare: 0.3,
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`${h5Facility(rng, 'clinic')} — DEVICE CLINIC
${h5Name(rng, c.patient)}  ${h5Age(rng, c.age)}  ${h5Mrn(rng)}  Remote transmission ${h5Date(rng, c.visit, 'h5.date.ddMONyy')} via ${prot(rng, 'device', 'monitor')}
Device: ${prot(rng, 'device', 'implant')} ${h5Device(rng, 'pacer')}, implanted ${h5Date(rng, c.events[0], 'h5.date.mdy-slash-4y')} at ${h5Facility(rng, 'hospital')}; RA ${h5Device(rng, 'lead')}; ${h5Device(rng, 'udi')}
Indication: ${prot(rng, 'device', 'block')} progressing; ${prot(rng, 'device', 'anatomy')}. ECG ${prot(rng, 'device', 'criteria')} negative. ${prot(rng, 'device', 'syndrome')} excluded.
Battery ${rng.int(4, 12)}.${rng.int(0, 9)} y, RV threshold 0.${rng.int(5, 9)} V. AF burden <1%. Prior ${prot(rng, 'device', 'monitor')} ${h5Date(rng, c.events[1], 'h5.date.m-slash-yyyy')}.
Lives at ${h5Facility(rng, 'carehome')}; contact ${c.kin[0].rel} ${h5Name(rng, c.kin[0].p)} ${h5Phone(rng)}. Transmission from ${h5Ip(rng)}.
Reviewed: ${h5Staff(rng, c.staff[0], 'CCDS')}; ${h5Staff(rng, c.staff[1], 'MD')}
`;
  },
};

const mds: H5Style = {
  name: 'h5_mds_nursing_home_narrative',
  oldShare: 0.45,
  ages: [65, 89],
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`MDS 3.0 QUARTERLY — NARRATIVE   ${h5Facility(rng, 'carehome')}, ${h5Town(rng)}
Resident: ${h5Name(rng, c.patient)}   Rm ${rng.int(100, 340)}-${rng.pick(['A', 'B'])}   ${h5Account(rng, 'medicaid')}   ARD ${h5Date(rng, c.visit, 'h5.date.mdy-slash-2y-padded')}
${h5Possessive(c.patient)} ${prot(rng, 'mds', 'scale')} ${rng.int(3, 15)}; ${prot(rng, 'mds', 'scale')} ${rng.int(20, 90)}. Dx ${prot(rng, 'mds', 'dementia')}. Resident is ${h5Age(rng, c.age)}.
Transfers with ${prot(rng, 'mds', 'equipment')} and 2 staff; up in ${prot(rng, 'mds', 'equipment')} for meals. Fall ${h5Date(rng, c.events[0], 'h5.date.ordinal-of-month')} — no injury.
Readmitted from ${h5Facility(rng, 'hospital')} ${h5Date(rng, c.events[1], 'h5.date.mon-dot-d')}. Attends services at ${h5Facility(rng, 'church')} with ${c.kin[0].rel} ${h5Name(rng, c.kin[0].p)}.
POA: ${h5Name(rng, c.kin[1].p)}, ${h5Address(rng)}, ${h5Phone(rng)}. SSN on face sheet ${h5Ssn(rng)}.
MDS coordinator ${h5Staff(rng, c.staff[0], 'RN')}   ${h5License(rng, 'state')}
`;
  },
};

const trial: H5Style = {
  name: 'h5_trial_screening_log',
  oldShare: 0.05,
  caseMode: () => 'asis',
  render(rng, c) {
    const rows = [c.kin[0].p, c.kin[1].p, c.patient].map((p, i) => f`${h5OtherId(rng, 'screening')} | ${h5Initials(rng, p)} | ${h5Date(rng, c.events[i], rng.pick(['h5.date.d-mon-yyyy', 'h5.date.iso']))} | ${i === 2 ? 'eligible' : rng.pick(['ineligible: ', 'screen fail: '])}${i === 2 ? '' : prot(rng, 'trial', 'score')}\n`);
    return f`SCREENING & ENROLLMENT LOG — Protocol ONC-${rng.digits(3)} — Site 0${rng.int(10, 99)} ${h5Facility(rng, 'hospital')}
Scr# | initials | consent date | outcome
${rows}Enrolled: ${h5OtherId(rng, 'subject')} (${h5Name(rng, c.patient)}, ${h5Age(rng, c.age)}). ${prot(rng, 'trial', 'performance')} ok; ${prot(rng, 'trial', 'staging')} measurable.
Prior ${prot(rng, 'trial', 'drug')} stopped ${h5Date(rng, c.events[3], 'h5.date.m-slash-yyyy')}. Labs per ${prot(rng, 'trial', 'score')}; ${h5OtherId(rng, 'accession')}.
Travel stipend to ${h5Street(rng)}, ${h5Town(rng)} ${h5Zip(rng)}. CRC ${h5Name(rng, c.staff[0])} ${h5Email(rng, c.staff[0])} ${h5Phone(rng)}.
PI signature: ${h5Staff(rng, c.staff[1], 'MD')} ${h5Date(rng, c.events[4], 'h5.date.mdy-slash-4y')}
`;
  },
};

const forensic: H5Style = {
  name: 'h5_forensic_medical_exam',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`FORENSIC MEDICAL EXAMINATION (requested by ${h5County(rng)} Sheriff)   ${h5OtherId(rng, 'case')}   ${h5OtherId(rng, 'kit')}
Examinee: ${h5Name(rng, c.patient)}   DOB ${h5FullDate(rng, c.dob)}   ${h5License(rng, 'driver')}
Requesting officer: Dep. ${h5Family(c.staff[2])}, ${h5OtherId(rng, 'badge')}. Incident ${h5Date(rng, c.visit, rng.pick(['h5.date.mdy-dots-2y', 'h5.date.spaced-numeric', 'h5.date.mdy-slash-4y']))} approx 0230 at ${h5Street(rng)}, ${h5Town(rng)}; ${h5Vehicle(rng)} involved.
Exam at ${h5Facility(rng, 'hospital')} ED. ${prot(rng, 'forensic', 'sign')} absent. ${prot(rng, 'forensic', 'light')} fluorescence R thigh; ${prot(rng, 'forensic', 'light')} uptake at posterior fourchette; ${prot(rng, 'forensic', 'scope')} ${h5OtherId(rng, 'photo')}.
Accompanied by advocate ${h5Name(rng, c.staff[3])} and ${c.kin[0].rel} ${h5Given(c.kin[0].p)}. Examinee states "${h5Given(c.kin[1].p)} drove me home."
Chain of custody released to ${h5Name(rng, c.staff[2])} ${h5Date(rng, c.visit, 'h5.date.mdy-slash-2y-padded')} 0615.
SANE: ${h5Staff(rng, c.staff[0], 'RN, SANE-A')}  ${h5License(rng, 'state')}
`;
  },
};

const appeal: H5Style = {
  name: 'h5_insurance_appeal_letter',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`${h5Facility(rng, 'clinic')}
${h5Address(rng)}
${h5Date(rng, c.visit, 'h5.date.month-d-yyyy')}

Appeals Unit, ${rng.pick(['Cascade Mutual', 'Heartland Health Plan', 'Summit Benefit Administrators'])}
RE: ${h5Name(rng, c.patient)}, DOB ${h5FullDate(rng, c.dob)}; ${h5Account(rng, 'member')}; ${h5Account(rng, 'claim')}; ${h5OtherId(rng, 'auth')}

To whom it may concern,
I am writing to appeal the denial dated ${h5Date(rng, c.events[0], 'h5.date.d-month-yyyy')} of ${prot(rng, 'appeal', 'drug')} for my patient, ${h5Given(c.patient)} ${h5Family(c.patient)}, who has ${prot(rng, 'appeal', 'disease')} with ${prot(rng, 'appeal', 'disease')}. ${h5Possessive(c.patient, 'family')} disease progressed on two agents; ${prot(rng, 'appeal', 'drug')} was stopped ${h5Date(rng, c.events[1], 'h5.date.mon-apostrophe-yy')}.
The patient was hospitalized at ${h5Facility(rng, 'hospital')} in ${h5Town(rng)} from ${h5Date(rng, c.events[2], 'h5.date.m-slash-d')} to ${h5Date(rng, c.events[3], 'h5.date.m-slash-d')}. The patient's employer, ${h5Facility(rng, 'employer')}, has documented missed work.
Please contact me at ${h5Phone(rng)} or ${h5Email(rng, c.staff[0])}.
Sincerely,
${h5Name(rng, c.staff[0])}, MD   ${h5License(rng, 'npi')}
`;
  },
};

const refill: H5Style = {
  name: 'h5_pharmacy_refill_request',
  oldShare: 0.15,
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`REFILL AUTHORIZATION REQUEST — from ${h5Facility(rng, 'pharmacy')}, ${h5Street(rng)}, ${h5Town(rng)}  ph ${h5Phone(rng)}  fax ${h5Phone(rng)}
To: ${h5Staff(rng, c.staff[0], 'MD')} ${h5License(rng, 'dea')}
Patient: ${h5Name(rng, c.patient)}  DOB: ${h5FullDate(rng, c.dob)}  (${h5Age(rng, c.age)})  ${h5Account(rng, 'rx')}
Drug: ${prot(rng, 'refill', 'drug')} — qty 90, last filled ${h5Date(rng, c.events[0], rng.pick(['h5.date.mdy-slash-2y-padded', 'h5.date.m-slash-d']))}; also ${prot(rng, 'refill', 'drug')} and ${prot(rng, 'refill', 'cgm')} sensors, ${h5Device(rng, rng.pick(['cgm', 'pump'] as const))}.
${h5Account(rng, 'policy')}   ${h5Account(rng, 'group')}
Pt's ${c.kin[0].rel} ${h5Name(rng, c.kin[0].p)} will pick up; call ${h5Phone(rng)}.
[ ] Approved  [ ] Denied  Refills: __  Prescriber signature ____________  Date ${h5Date(rng, c.visit, 'h5.date.mdy-slash-4y')}
Pharmacist: ${h5Staff(rng, c.staff[1], 'PharmD')}
`;
  },
};

const ime: H5Style = {
  name: 'h5_independent_medical_exam',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`INDEPENDENT MEDICAL EXAMINATION — WORKERS' COMPENSATION
Claimant: ${h5Name(rng, c.patient)}   ${h5Account(rng, 'claim')}   SSN ${h5Ssn(rng)}   ${h5OtherId(rng, 'employee')}
Employer: ${h5Facility(rng, 'employer')}, ${h5Town(rng)}; supervisor ${h5Name(rng, c.staff[3])}. Date of injury ${h5Date(rng, c.events[0], rng.pick(['h5.date.mdy-slash-4y', 'h5.date.month-d-yyyy', 'h5.date.d-mon-yyyy']))}.
Records reviewed from ${h5Facility(rng, 'hospital')} and ${h5Facility(rng, 'clinic')} (${h5Staff(rng, c.staff[1], 'PA-C')}).
Mechanism: fell from loading dock; treated for ${prot(rng, 'ime', 'fracture')}. Later ${prot(rng, 'ime', 'disease')} diagnosed.
Exam: ${prot(rng, 'ime', 'test')} positive on right; ${prot(rng, 'ime', 'test')} negative; ${prot(rng, 'ime', 'test')} 3/5. ${prot(rng, 'ime', 'test')} ${rng.int(10, 60)}%.
Claimant drove here (${h5Vehicle(rng)}) with ${c.kin[0].rel} ${h5Name(rng, c.kin[0].p)}. Lives at ${h5Address(rng)}.
Examiner: ${h5Staff(rng, c.staff[0], 'MD, MPH')}  ${h5License(rng, 'state')}  ${h5Date(rng, c.visit, rng.pick(['h5.date.month-d-yyyy', 'h5.date.mdy-slash-4y']))}
`;
  },
};

const telehealth: H5Style = {
  name: 'h5_telehealth_transcript',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [2, 'lower']]),
  render(rng, c) {
    const me = c.patient, dr = c.staff[0];
    return f`[Video visit ${h5OtherId(rng, 'visit')} started ${h5Date(rng, c.visit, 'h5.date.iso')} 14:02; patient joined from ${h5Ip(rng)}; link ${h5Url(rng, me)}]
DR. ${h5Family(dr)}: Hi, can you hear me? Could you state your full name and date of birth?
PATIENT: yeah it's ${h5Name(rng, me)}, ${h5Date(rng, c.dob, rng.pick(['h5.date.month-d-yyyy', 'h5.date.mdy-slash-4y', 'h5.date.d-month-yyyy']))}.
DR. ${h5Family(dr)}: And where are you right now, physically?
PATIENT: at my ${c.kin[0].rel}'s place in ${h5Town(rng)}, ${h5Street(rng)}. ${h5Given(c.kin[0].p)} is in the other room.
DR. ${h5Family(dr)}: Your ${prot(rng, 'telehealth', 'scale')} today is ${rng.int(3, 18)}, up from last time. Still taking ${prot(rng, 'telehealth', 'drug')}?
PATIENT: yes, and the ${prot(rng, 'telehealth', 'drug')}. my case manager ${h5Name(rng, c.staff[1])} said to ask about ${prot(rng, 'telehealth', 'disease')}, she read about it.
DR. ${h5Family(dr)}: We'll talk through that. ${prot(rng, 'telehealth', 'scale')} was negative. If the video drops I'll call ${h5Phone(rng)}.
PATIENT: ok. oh and ${h5Given(c.kin[1].p)} from ${h5Facility(rng, 'church')} has been driving me.
[Visit ended 14:31. Documented by ${h5Staff(rng, dr, 'PMHNP-BC')}]
`;
  },
};

export const HOLDOUT5_STYLES: readonly H5Style[] = [antenatal, wellChild, travel, sleep, deviceClinic, mds, trial, forensic, appeal, refill, ime, telehealth];
