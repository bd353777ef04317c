// Owns the note styles of the held-out PHI check, none of which the main generator writes: a home
// health visit, a physical therapy note, a psychiatric consult, a dialysis flowsheet laid out as a
// pipe table, a pharmacy medication reconciliation, discharge instructions addressed to the patient
// and an all-capitals transfer form. Labels are spelled differently from the main styles
// ("Pt Name -", "NOK:", "Ordering Phys."), so a recognizer keyed to the main styles' labels shows here.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, join, phi, term, type CaseMode, type Frag } from '../segments';
import {
  hoAge, hoDate, hoEmail, hoIdentifier, hoInstitution, hoIp, hoName, hoPerson, hoPhone, hoStreet, hoSurname, hoTime, hoTown, hoUrl, hoZip,
  type HoPerson,
} from './formats';

export interface HoCast {
  patient: HoPerson;
  staff: HoPerson[];
  kin: { p: HoPerson; rel: string }[];
  age: number;
  dob: Ymd;
  visit: Ymd;
  events: Ymd[];
}

export function hoCast(rng: Rng): HoCast {
  const visit = randomDate(rng, 2017, 2026);
  const age = rng.chance(0.35) ? rng.int(90, 106) : rng.int(22, 88);
  const dob = addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360));
  return {
    patient: hoPerson(rng),
    staff: Array.from({ length: rng.int(3, 4) }, () => hoPerson(rng)),
    kin: Array.from({ length: rng.int(1, 2) }, () => ({ p: hoPerson(rng), rel: rng.pick(['dtr', 'son', 'spouse', 'niece', 'grandson', 'friend', 'guardian', 'POA']) })),
    age, dob, visit,
    events: Array.from({ length: 4 }, () => addDays(visit, rng.int(-300, 40))),
  };
}

export interface HoStyle {
  name: string;
  caseMode(rng: Rng): CaseMode;
  render(rng: Rng, c: HoCast): Frag;
}

// Clinical terms named after people or places, scores and brands that the main generator does not
// plant: they must come through redaction untouched.
const HO_PROTECTED = [
  'Kawasaki disease', 'Wolff-Parkinson-White syndrome', 'Stevens-Johnson syndrome', 'Mallory-Weiss tear', 'Takotsubo cardiomyopathy',
  "Baker's cyst", 'Colles fracture', 'Lisfranc injury', 'Hirschsprung disease', 'Brugada pattern', 'Bishop score', 'Alvarado score',
  'CHA2DS2-VASc score', 'HAS-BLED score', 'PHQ-9', 'Beck Depression Inventory', 'Hamilton Anxiety Rating Scale', 'Rockall score',
  'Hunt and Hess grade', 'Breslow depth', 'Salter-Harris fracture', 'Weber B fracture', 'Chagas disease', 'Rift Valley fever',
  'Tresiba', 'Trulicity', 'Farxiga', 'Humira', 'Dupixent', 'Mounjaro', 'Kerendia', 'Berg Balance Scale', 'Timed Up and Go',
  'Allen test', 'Finkelstein test', 'Spurling test', 'Thompson test', 'Hoffmann sign', 'Korsakoff syndrome', 'Munchausen syndrome',
];

function prot(rng: Rng): Frag {
  const t = rng.pick(HO_PROTECTED);
  return term(t, t);
}

function staffRef(rng: Rng, p: HoPerson): Frag {
  return rng.weighted<() => Frag>([
    [2, () => hoName(rng, p)],
    [2, () => [rng.pick(['Dr ', 'Dr. ', 'DR ', 'Provider: ']), hoSurname(p, 'ho.name.title-surname')]],
    [1, () => [hoSurname(p, 'ho.name.credentialed'), rng.pick([' PT', ', OTR/L', ' LCSW', ', APRN', ' RD', ', PharmD'])]],
  ])();
}

function kinLine(rng: Rng, c: HoCast): Frag {
  const k = rng.pick(c.kin);
  return rng.pick<() => Frag>([
    () => f`${rng.pick(['NOK: ', 'Emerg. contact - ', 'Contact person: '])}${hoName(rng, k.p)} (${k.rel}) ${hoPhone(rng)}`,
    () => f`${k.rel} ${phi(k.p.first, 'NAME', 'ho.name.first')} ${rng.pick(['present for visit', 'asked about respite', 'manages meds'])}`,
    () => f`Per ${k.rel}, ${rng.pick(['"', ''])}${phi(k.p.first.toLowerCase(), 'NAME', 'ho.name.first-lower')}${rng.pick(['"', ''])} will drive pt`,
  ])();
}

/** Ages under 90 are not PHI and are written plainly; over 89 in the held-out phrasings. */
function age(rng: Rng, c: HoCast): Frag {
  return c.age > 89 ? hoAge(rng, c.age, c.patient.sex) : `${c.age} ${rng.pick(['yrs', 'y.o.', 'year old'])} ${c.patient.sex === 'F' ? 'female' : 'male'}`;
}

function addressLine(rng: Rng): Frag {
  return f`${hoStreet(rng)}, ${hoTown(rng)} ${rng.pick(['MD', 'OH', 'TX', 'Vermont', 'PA'])} ${hoZip(rng)}`;
}

const homeHealth: HoStyle = {
  name: 'ho_home_health_visit',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`HOME HEALTH SKILLED NURSING VISIT
Pt Name - ${hoName(rng, c.patient)}   Visit: ${hoDate(rng, c.visit)} ${hoTime(rng)}
Home: ${addressLine(rng)}  Ph ${hoPhone(rng)}
${age(rng, c)}, homebound d/t ${prot(rng)}; ${rng.pick(['gait unsteady', 'SOB on exertion', 'wound healing'])}.
Wound: stage 2 sacrum, dressing changed. Meds reviewed incl ${prot(rng)}.
${kinLine(rng, c)}.
Last hospitalization ${hoInstitution(rng)} ${hoDate(rng, c.events[0])} to ${hoDate(rng, c.events[1])}.
Next visit ${hoDate(rng, c.events[2])}. ${hoIdentifier(rng)}.
Clinician: ${hoName(rng, c.staff[0])}, RN  (cell ${hoPhone(rng)})
`;
  },
};

const physicalTherapy: HoStyle = {
  name: 'ho_physical_therapy',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`Physical Therapy Re-Evaluation
Client: ${hoName(rng, c.patient)}    DOB ${hoDate(rng, c.dob)}    Referring: ${staffRef(rng, c.staff[1])}
Dx: s/p ${prot(rng)}; ${prot(rng)} 38/56.
S: Pt reports ${rng.pick(['less pain', 'two falls', 'improved stairs'])} since ${hoDate(rng, c.events[0])}; works at ${hoInstitution(rng)}.
O: ${prot(rng)} 14 sec. ROM knee 5-110.
A: Progressing. ${kinLine(rng, c)}.
P: 2x/wk x 4 wks; re-eval ${hoDate(rng, c.events[3])}.
${staffRef(rng, c.staff[0])}${rng.pick([', PT, DPT', ' PT'])}  ${hoIdentifier(rng)}
`;
  },
};

const psychConsult: HoStyle = {
  name: 'ho_psych_consult',
  caseMode: () => 'asis',
  render(rng, c) {
    const k = rng.pick(c.kin);
    return f`PSYCHIATRY CONSULTATION
Requesting physician: ${staffRef(rng, c.staff[1])}     Date of service: ${hoDate(rng, c.visit)}
Identifying data: ${hoName(rng, c.patient)} is a ${age(rng, c)} from ${hoTown(rng)}, ${rng.pick(['divorced', 'widowed', 'married'])}, lives at ${hoStreet(rng)}.
HPI: ${prot(rng)} 17. Prior admission to ${hoInstitution(rng)} (${hoDate(rng, c.events[1])}). Denies SI. Collateral from ${k.rel} ${hoName(rng, k.p)}, ${hoPhone(rng)}, e-mail ${hoEmail(rng, k.p)}.
Social: attends ${hoInstitution(rng)}; ${hoIdentifier(rng)}.
Impression: ${prot(rng)}. Plan discussed with ${staffRef(rng, c.staff[2])}.
cc ${join([hoName(rng, c.staff[0]), hoName(rng, c.staff[2])], '; ')}
`;
  },
};

const dialysisTable: HoStyle = {
  name: 'ho_dialysis_flowsheet',
  caseMode: (rng) => rng.weighted([[1, 'asis'], [1, 'upper']]),
  render(rng, c) {
    const rows: Frag[] = [];
    for (let i = 0; i < rng.int(3, 5); i++) {
      rows.push(f`| ${hoDate(rng, addDays(c.visit, -2 * i))} | ${rng.int(60, 95)}.${rng.int(0, 9)} kg | ${rng.int(90, 170)}/${rng.int(50, 95)} | ${rng.pick(['none', 'cramps', 'hypotension'])} | ${hoSurname(rng.pick(c.staff), 'ho.name.table-cell')} |\n`);
    }
    return f`DIALYSIS FLOWSHEET - ${hoInstitution(rng)}
| Patient | ${hoName(rng, c.patient)} | Chair | ${rng.int(1, 24)} |
| DOB | ${hoDate(rng, c.dob)} | Nephrologist | ${staffRef(rng, c.staff[1])} |
| Date | Post wt | BP | Events | RN |
|---|---|---|---|---|
${rows}Access: L AVF, ${prot(rng)}. Transport: ${hoIdentifier(rng)}.
`;
  },
};

const medRec: HoStyle = {
  name: 'ho_pharmacy_med_rec',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`Medication Reconciliation (Pharmacy)
Pt: ${hoName(rng, c.patient)}  ${rng.pick(['Sex', 'Gender'])}: ${c.patient.sex}  ${hoIdentifier(rng)}
Outpatient pharmacy: ${hoInstitution(rng)}, ${addressLine(rng)}, tel ${hoPhone(rng)}
Home meds: ${prot(rng)} weekly; ${prot(rng)} daily; metformin 500 mg BID.
Last fill ${hoDate(rng, c.events[0])}. Portal: ${hoUrl(rng)} (login from ${hoIp(rng)}).
Verified with ${rng.pick(c.kin).rel} by phone. Ordering Phys.: ${staffRef(rng, c.staff[1])}.
Reviewed by ${hoName(rng, c.staff[3] ?? c.staff[0])}, PharmD, ${hoDate(rng, c.visit)}
`;
  },
};

const dischargeInstructions: HoStyle = {
  name: 'ho_discharge_instructions',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`Dear ${rng.pick(['Mr.', 'Ms.', 'Mx.'])} ${hoSurname(c.patient, 'ho.name.salutation')},
You were in ${hoInstitution(rng)} from ${hoDate(rng, c.events[1])} until ${hoDate(rng, c.visit)} for ${prot(rng)}.
Please see ${staffRef(rng, c.staff[0])} at ${hoInstitution(rng)} on ${hoDate(rng, c.events[3])} at ${hoTime(rng)}. Call ${hoPhone(rng)} with questions.
Take ${prot(rng)} as prescribed. Results will be posted at ${hoUrl(rng)}.
Sincerely,
${hoName(rng, c.staff[1])}
`;
  },
};

const transferForm: HoStyle = {
  name: 'ho_transfer_form',
  caseMode: () => 'upper',
  render(rng, c) {
    return f`INTERFACILITY TRANSFER FORM
NAME: ${hoName(rng, c.patient)}
AGE: ${age(rng, c)}
SENDING FACILITY: ${hoInstitution(rng)}     RECEIVING: ${hoInstitution(rng)}
ACCEPTING MD: ${staffRef(rng, c.staff[1])}    REPORT GIVEN TO: ${hoName(rng, c.staff[2])}
ADMIT DATE: ${hoDate(rng, c.events[0])}   TRANSFER DATE: ${hoDate(rng, c.visit)}
DX: ${prot(rng)}
FAMILY: ${kinLine(rng, c)}
HOME ADDRESS: ${addressLine(rng)}
${hoIdentifier(rng)}   ${hoIdentifier(rng)}
`;
  },
};

export const HOLDOUT_STYLES: readonly HoStyle[] = [homeHealth, physicalTherapy, psychConsult, dialysisTable, medRec, dischargeInstructions, transferForm];
