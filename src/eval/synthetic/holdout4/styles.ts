// Owns the note styles of the fourth held-out PHI check, none of which another generator writes: an
// anaesthesia record, a wound-care flow sheet, a speech-language therapy note, an autopsy / death summary,
// a school-nurse note, an occupational-health clearance, a hospice visit, a lab interface dump, an
// inter-facility transfer acceptance, an EMS patient care report, a nurse-line chat transcript and a
// medication-reconciliation list from a skilled nursing facility. Written from how these documents look,
// not from what any recognizer does.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, join, term, type CaseMode, type Frag } from '../segments';
import {
  h4Address, h4Age, h4AgeOrYounger, h4County, h4Date, h4DeathCertificate, h4Device, h4Email, h4Facility, h4Family, h4Fax, h4Given, h4Ip,
  h4License, h4Mrn, h4Name, h4Pager, h4Person, h4Phone, h4Plan, h4Possessive, h4Ssn, h4Staff, h4Street, h4Timestamp, h4Town, h4Url,
  h4Vehicle, h4WeekdayDate, h4OtherId, h4Zip, type H4Person,
} from './formats';
import { H4_PROTECTED, type H4ProtectedGroup } from './vocab';

export interface H4Cast {
  patient: H4Person;
  staff: H4Person[];
  kin: { p: H4Person; rel: string }[];
  age: number;
  dob: Ymd;
  visit: Ymd;
  events: Ymd[];
}

export function h4Cast(rng: Rng, ages: readonly [number, number] = [18, 88]): H4Cast {
  const visit = randomDate(rng, 2018, 2026);
  // Over-89 ages only where such patients are seen (not in a school health office).
  const age = ages[1] >= 60 && rng.chance(0.3) ? rng.int(90, 106) : rng.int(ages[0], ages[1]);
  const dob = addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360));
  return {
    patient: h4Person(rng),
    staff: Array.from({ length: 4 }, () => h4Person(rng)),
    kin: Array.from({ length: 2 }, () => ({ p: h4Person(rng), rel: rng.pick(['daughter', 'son', 'wife', 'husband', 'grandson', 'granddaughter', 'sister', 'brother', 'mother', 'father', 'partner', 'neighbor']) })),
    age, dob, visit,
    events: Array.from({ length: 5 }, () => addDays(visit, rng.int(-200, 60))),
  };
}

export interface H4Style {
  name: string;
  /** Youngest and oldest patient age for the style (a school nurse sees children). */
  ages?: readonly [number, number];
  caseMode(rng: Rng): CaseMode;
  render(rng: Rng, c: H4Cast): Frag;
}

function prot<G extends H4ProtectedGroup>(rng: Rng, group: G, slot: keyof (typeof H4_PROTECTED)[G]): Frag {
  const t = rng.pick((H4_PROTECTED[group] as unknown as Record<string, readonly string[]>)[slot as string]);
  return term(t, t);
}

const AGE = (rng: Rng, c: H4Cast) => h4AgeOrYounger(rng, c.age, c.patient.sex);

const anesthesia: H4Style = {
  name: 'h4_anesthesia_record',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`ANESTHESIA RECORD — ${h4Facility(rng, 'hospital')}   OR 6
Patient: ${h4Name(rng, c.patient)}   ${h4Mrn(rng)}   DOB: ${h4Date(rng, c.dob)}   ${AGE(rng, c)} ${c.patient.sex}
Date of service: ${h4Date(rng, c.visit)}   ${h4OtherId(rng, 'encounter')}
Anesthesiologist: ${h4Staff(rng, c.staff[0], 'MD')}   CRNA: ${h4Staff(rng, c.staff[1], 'CRNA')}   ${h4Pager(rng)}
Surgeon: ${h4Staff(rng, c.staff[2], 'MD')}   Circulator: ${h4Staff(rng, c.staff[3], 'RN')}
ASA 3. Airway: ${prot(rng, 'anesthesia', 'airwayGrade')} ${rng.int(1, 3)} with ${prot(rng, 'anesthesia', 'laryngoscope')} ${rng.int(2, 4)}; ETT 7.0 cuffed${rng.chance(0.5) ? [', backup ', prot(rng, 'anesthesia', 'airwayDevice'), ' in room'] : ''}.
Induction 0742: ${prot(rng, 'anesthesia', 'induction')} 150 mg, fentanyl 100 mcg, rocuronium 50 mg. Warming: ${prot(rng, 'anesthesia', 'warmer')}.
Spinal attempted with 25G ${prot(rng, 'anesthesia', 'needle')}. Emergence 0931; reversal ${prot(rng, 'anesthesia', 'reversal')} 200 mg.
PACU handoff to ${h4Name(rng, c.staff[3])} at 0940; ${prot(rng, 'anesthesia', 'recoveryScale')} ${rng.int(1, 9)}. Consent witnessed by ${c.kin[0].rel} ${h4Name(rng, c.kin[0].p)} ${h4Phone(rng)}.
`;
  },
};

const wound: H4Style = {
  name: 'h4_wound_care_flowsheet',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'lower']]),
  render(rng, c) {
    const rows = c.events.slice(0, 3).map((d) => f`${h4Date(rng, d, rng.pick(['h4.date.month-day', 'h4.date.mdy-short', 'h4.date.dmy-dots-2y']))} | sacrum | ${rng.int(1, 6)}.${rng.int(0, 9)} x ${rng.int(1, 4)}.${rng.int(0, 9)} cm | ${prot(rng, 'wound', 'dressing')} | ${h4Staff(rng, rng.pick(c.staff), 'RN')}\n`);
    return f`WOUND CARE FLOW SHEET   ${rng.chance(0.5) ? h4Facility(rng, 'snf') : h4Facility(rng, 'clinic', rng.pick(['Wound & Hyperbaric Center', 'Wound Healing Institute']))}
Name: ${h4Name(rng, c.patient)}   ${h4Mrn(rng)}   Room 214-B   ${AGE(rng, c)}
Referring: ${h4Staff(rng, c.staff[0], 'DPM')}   ${h4Fax(rng)}
${prot(rng, 'wound', 'scale')} ${rng.int(8, 40)}; ${prot(rng, 'wound', 'grade')} ${rng.int(1, 4)} (right heel); ${prot(rng, 'wound', 'ulcer')} suspected over coccyx.
date | site | L x W | dressing | initials
${rows}Offloading; ${prot(rng, 'wound', 'compression')} to RLE. ${h4OtherId(rng, 'photo')} uploaded to chart.
Family (${c.kin[0].rel} ${h4Given(c.kin[0].p)}) updated by phone ${h4Phone(rng)} on ${h4WeekdayDate(rng, c.events[3])}.
`;
  },
};

const speech: H4Style = {
  name: 'h4_speech_language_therapy',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`Speech-Language Pathology Treatment Note
${rng.chance(0.5) ? h4Facility(rng, 'hospital') : h4Facility(rng, 'clinic', rng.pick(['Speech & Hearing Clinic', 'Rehabilitation Institute']))} — Outpatient Neuro Rehab
Client: ${h4Name(rng, c.patient)}   DOB ${h4Date(rng, c.dob)}   ${h4Plan(rng)}
Session ${rng.int(3, 24)} of 24, ${h4Date(rng, c.visit)}. Accompanied by ${c.kin[1].rel}, ${h4Name(rng, c.kin[1].p)}.
Dx: ${prot(rng, 'speech', 'aphasia')} after L MCA stroke ${h4Date(rng, c.events[0], 'h4.date.month-year')}. ${prot(rng, 'speech', 'naming')}: ${rng.int(20, 60)}/60.
${prot(rng, 'speech', 'battery')} AQ ${rng.int(30, 90)}.${rng.int(0, 9)}. Swallow: ${prot(rng, 'speech', 'swallowScale')} 3 on thin liquids; ${prot(rng, 'speech', 'intakeScale')} 5. ${prot(rng, 'speech', 'rehabScale')} reviewed with PT.
${h4Possessive(c.patient)} home program e-mailed to ${h4Email(rng, c.kin[1].p)}. Trach with ${prot(rng, 'speech', 'valve')} tolerated 40 min.
${h4Name(rng, c.staff[1])}, M.S., CCC-SLP   ${h4License(rng)}
`;
  },
};

const autopsy: H4Style = {
  name: 'h4_autopsy_report',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`${h4Facility(rng, 'examiner')}
REPORT OF AUTOPSY   ${h4OtherId(rng, 'me-case')}
Decedent: ${h4Name(rng, c.patient)}   ${AGE(rng, c)}   Sex: ${c.patient.sex}   ${h4Ssn(rng)}
Residence: ${h4Address(rng)}
Pronounced ${h4Date(rng, c.visit)} at ${h4Facility(rng, 'hospital')} by ${h4Staff(rng, c.staff[0], 'MD')}. Found by ${c.kin[0].rel} ${h4Name(rng, c.kin[0].p)}.
Vehicle involved: ${h4Vehicle(rng, 'private')}. Scene investigator ${h4Name(rng, c.staff[2])}, ${h4County(rng)} Sheriff.
External: ${prot(rng, 'autopsy', 'headSign')} over the mastoid; ${prot(rng, 'autopsy', 'petechiae')} noted; ${prot(rng, 'autopsy', 'skin')} absent. Microscopy: ${prot(rng, 'autopsy', 'stain')} negative.
Opinion: history of ${prot(rng, 'autopsy', 'disease')}. Manner: accident. ${h4DeathCertificate(rng, c.visit.y)}.
Forensic pathologist: ${h4Name(rng, c.staff[1])}, MD   ${h4Date(rng, c.events[4], 'h4.date.dmy-monthname')}
`;
  },
};

const schoolNurse: H4Style = {
  name: 'h4_school_nurse_note',
  ages: [5, 17],
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'lower']]),
  render(rng, c) {
    return f`${h4Facility(rng, 'school')} — Health Office Visit
Student: ${h4Name(rng, c.patient)}   Grade ${c.age <= 5 ? 'K' : Math.min(12, c.age - 5)}   ${h4OtherId(rng, 'student')}   DOB ${h4Date(rng, c.dob)}
${h4WeekdayDate(rng, c.visit)} 10:15 — c/o headache after recess. Hx ${prot(rng, 'school', 'condition')}; carries ${prot(rng, 'school', 'rescue')} and ${prot(rng, 'school', 'rescue')}; noon ${prot(rng, 'school', 'adhd')} given.
BG 212 on ${prot(rng, 'school', 'diabetesDevice')}. Given snack, rechecked 10:45. Screened with ${prot(rng, 'school', 'screen')} last fall.
Called mom ${h4Name(rng, c.kin[0].p)} at ${h4Phone(rng)} (work: ${h4Facility(rng, 'employer')}); picked up by ${h4Given(c.kin[1].p)} (${c.kin[1].rel}) 11:20.
Bus route via ${h4Street(rng)}. Teacher ${rng.pick(['Mrs. ', 'Mr. ', 'Ms. '])}${h4Family(c.staff[0])} notified. ${h4Name(rng, c.staff[1])}, BSN, RN, NCSN
`;
  },
};

const occupational: H4Style = {
  name: 'h4_occupational_health_clearance',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`${h4Facility(rng, 'clinic', rng.pick(['Occupational Health', 'Occupational Medicine', 'WorkCare']))}   PRE-PLACEMENT / RETURN-TO-WORK CLEARANCE
Employer: ${h4Facility(rng, 'employer')}   Supervisor: ${h4Name(rng, c.staff[3])} ${h4Phone(rng)}
Employee: ${h4Name(rng, c.patient)}   ${h4OtherId(rng, 'employee')}   ${h4License(rng, 'personal')}   ${h4Plan(rng)}
Exam date ${h4Date(rng, c.visit)}. ${prot(rng, 'occupational', 'tbTest')} negative; ${prot(rng, 'occupational', 'vaccine')} series 2 of 2.
Vision: ${prot(rng, 'occupational', 'vision')} 20/25. Hx ${prot(rng, 'occupational', 'injury')} R wrist, resolved. Outdoor crew; counselled on ${prot(rng, 'occupational', 'exposure')}.
Forklift cert; personal vehicle ${h4Vehicle(rng, 'private')}. Cleared without restrictions from ${h4Date(rng, c.events[1])}.
Examiner: ${h4Staff(rng, c.staff[0], 'DO')}  ${h4Fax(rng)}
`;
  },
};

const hospice: H4Style = {
  name: 'h4_hospice_visit',
  ages: [60, 88],
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'lower']]),
  render(rng, c) {
    return f`${h4Facility(rng, 'hospice')} — RN Case Manager Visit
Pt ${h4Name(rng, c.patient)}, ${AGE(rng, c)}, at home: ${h4Address(rng)}
${h4Timestamp(rng, c.visit)}. Terminal dx end-stage ${prot(rng, 'hospice', 'terminal')}. ${prot(rng, 'hospice', 'pps')} 30%; ${prot(rng, 'hospice', 'fast')} 7c; ${prot(rng, 'hospice', 'symptomScale')} pain 6/10.
Comfort meds: ${prot(rng, 'hospice', 'sublingual')} 5 mg SL q2h PRN, ${prot(rng, 'hospice', 'patch')} patch, ${prot(rng, 'hospice', 'longActing')} 15 mg BID, ${prot(rng, 'hospice', 'bowel')} daily.
Primary caregiver ${c.kin[0].rel} ${h4Name(rng, c.kin[0].p)} (${h4Phone(rng)}); ${c.kin[1].rel} ${h4Name(rng, c.kin[1].p)} flying in from ${h4Town(rng)} ${h4Date(rng, c.events[2], 'h4.date.month-ordinal')}.
Chaplain ${h4Name(rng, c.staff[2])} and aide ${h4Given(c.staff[3])} visiting ${h4WeekdayDate(rng, c.events[3])}. DNR/POLST on fridge. Funeral home: ${h4Facility(rng, 'funeral')}.
${h4Staff(rng, c.staff[0], 'RN CHPN')}
`;
  },
};

const labDump: H4Style = {
  name: 'h4_lab_interface_dump',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'upper']]),
  render(rng, c) {
    const results = ['WBC|6.2', 'HGB|10.4|L', 'PLT|188', 'CRP|41|H'].map((r) => `OBX|${r}\n`).join('');
    return f`-- LIS export ${h4Ip(rng)} --> EHR ${h4Ip(rng)}  batch ${h4Timestamp(rng, c.visit)}
PATIENT|${h4Name(rng, c.patient)}|${h4Date(rng, c.dob, rng.pick(['h4.date.compact-ymd', 'h4.date.mmddyy-bare', 'h4.date.iso']))}|${c.patient.sex}|${h4Mrn(rng)}
ORDER|${h4OtherId(rng, 'accession')}|${h4OtherId(rng, 'specimen')}|ordering ${h4Staff(rng, c.staff[0], 'MD')}|${h4License(rng, 'prescriber')}
${results}COMMENT|${prot(rng, 'lab', 'test')} positive; ${prot(rng, 'lab', 'stain')} ordered. Path r/o ${prot(rng, 'lab', 'ruleOut')}.
COMMENT|Critical called to ${h4Name(rng, c.staff[1])} RN ${h4Phone(rng)} by tech ${h4Name(rng, c.staff[2])} at 14:02.
RESULT_URL|${h4Url(rng, c.patient)}
`;
  },
};

const transfer: H4Style = {
  name: 'h4_interfacility_transfer_acceptance',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`TRANSFER CENTER — ACCEPTANCE   Call ref ${h4OtherId(rng, 'order')}
Sending: ${h4Facility(rng, 'hospital')}, ${h4Town(rng)}, ${h4County(rng)}   Receiving: ${h4Facility(rng, 'hospital')}
Requesting MD ${h4Name(rng, c.staff[0])} ${h4Phone(rng)}; accepting ${h4Staff(rng, c.staff[1], 'MD')} (cardiology) ${h4Pager(rng)}.
Pt ${h4Name(rng, c.patient)}, ${AGE(rng, c)}, ${h4Mrn(rng)} (sending), ${h4Plan(rng)}.
Reason: decompensation; known ${prot(rng, 'transfer', 'diagnosis')}. Exam: ${prot(rng, 'transfer', 'exam')}. Device: ${prot(rng, 'transfer', 'device')} ${h4Device(rng)}.
Transport ${h4Vehicle(rng, 'ambulance')} ETA ${h4Timestamp(rng, c.events[0])}. Next of kin ${h4Name(rng, c.kin[0].p)} (${c.kin[0].rel}) ${h4Email(rng, c.kin[0].p)}.
`;
  },
};

const ems: H4Style = {
  name: 'h4_ems_patient_care_report',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`${h4Facility(rng, 'agency')}  PATIENT CARE REPORT   ${h4OtherId(rng, 'incident')}
${h4Date(rng, c.visit)}  Dispatched 02:14  ${h4Vehicle(rng, 'ambulance')}
Location: ${h4Street(rng)}, ${h4Town(rng)} ${h4Zip(rng)} (mobile home park)
Pt: ${h4Name(rng, c.patient)}  ${AGE(rng, c)}  DOB ${h4Date(rng, c.dob)}  ${h4License(rng, 'personal')}
CC: slurred speech; ${prot(rng, 'ems', 'strokeScale')} positive. Burns est. per ${prot(rng, 'ems', 'burnChart')}; fluids by ${prot(rng, 'ems', 'fluids')}. Recent travel; r/o ${prot(rng, 'ems', 'travel')} per family.
Immobilized; ${prot(rng, 'ems', 'device')} applied. Bystander ${h4Name(rng, c.kin[1].p)} ${h4Phone(rng)} witnessed fall.
Crew: ${h4Staff(rng, c.staff[0], 'Paramedic')}; ${h4Staff(rng, c.staff[1], 'EMT-B')}. Transported to ${h4Facility(rng, 'hospital')}.
`;
  },
};

const chat: H4Style = {
  name: 'h4_nurse_line_chat',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'lower']]),
  render(rng, c) {
    const nurse = h4Given(c.staff[0]);
    return f`[${h4Timestamp(rng, c.visit)}] Chat started via ${h4Url(rng, c.patient)}
[nurse ${nurse}] Hi, this is the ${h4Facility(rng, 'clinic', rng.pick(['Family Medicine', 'Pediatrics', 'Health Center']))} nurse line. Can I have your full name and birthday?
[guest] ${h4Name(rng, c.patient)}, ${h4Date(rng, c.dob)}. im at ${h4Address(rng)}
[guest] my ${c.kin[0].rel} ${h4Given(c.kin[0].p)} has a fever of 102 since ${h4WeekdayDate(rng, c.events[0])}, i gave ${join(rng.sample(H4_PROTECTED.chat.otc, 2).map((t) => term(t, t)), ' and ')}
[nurse] Any rash or stiff neck? Any travel? We saw ${prot(rng, 'chat', 'outbreak')} in returning travelers. Are they on ${prot(rng, 'chat', 'rx')}? Any ${prot(rng, 'chat', 'contraception')}?
[guest] no. my cell is ${h4Phone(rng)}, or email ${h4Email(rng, c.patient)}
[nurse] I'll send this to ${rng.pick(['Dr. ', 'Dr ', 'Nurse Practitioner '])}${h4Family(c.staff[1])}. Reference ${h4OtherId(rng, 'encounter')}. Chat ended.
`;
  },
};

const medrec: H4Style = {
  name: 'h4_snf_medication_reconciliation',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'upper']]),
  render(rng, c) {
    const lines = Array.from({ length: 4 }, () => f`  ${prot(rng, 'medrec', 'drug')} — ${rng.pick(['1 tab PO daily', 'BID with meals', 'qHS', 'PRN'])} — last dose ${h4Date(rng, rng.pick(c.events), rng.pick(['h4.date.month-day', 'h4.date.mdy-short']))} — ${rng.pick(['continue', 'hold', 'STOP', 'change'])}\n`);
    return f`ADMISSION MEDICATION RECONCILIATION — ${h4Facility(rng, 'snf')}
Resident: ${h4Name(rng, c.patient)}   ${AGE(rng, c)}   Admit ${h4Date(rng, c.visit)} from ${h4Facility(rng, 'hospital')}
${h4Mrn(rng)}   ${h4Plan(rng)}   Pharmacy: ${h4Facility(rng, 'pharmacy')} ${h4Fax(rng)}
${join(lines, '')}Source: bottles brought by ${c.kin[0].rel} ${h4Name(rng, c.kin[0].p)}; list confirmed with PCP office (${h4Name(rng, c.staff[2])}) ${h4Phone(rng)}.
Insulin pump: ${h4Device(rng)}. Reconciled by ${h4Staff(rng, c.staff[0], 'PharmD')} and ${h4Staff(rng, c.staff[1], 'RN')}.
`;
  },
};

export const HOLDOUT4_STYLES: readonly H4Style[] = [anesthesia, wound, speech, autopsy, schoolNurse, occupational, hospice, labDump, transfer, ems, chat, medrec];
