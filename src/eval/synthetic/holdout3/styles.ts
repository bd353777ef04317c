// Owns the note styles of the third held-out PHI check, none of which another generator writes: a
// patient portal message thread, a home-care visit log, a dental chart note, an ophthalmology note,
// a behavioral-health progress note, an insurance explanation of benefits, a genetic counselling
// letter and a case-management note with community resources.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, term, type CaseMode, type Frag } from '../segments';
import {
  h3Address, h3Age, h3City, h3Date, h3Email, h3Family, h3Given, h3Identifier, h3Name, h3Organisation, h3Person, h3Phone, h3Username,
  type H3Person,
} from './formats';

export interface H3Cast {
  patient: H3Person;
  staff: H3Person[];
  kin: { p: H3Person; rel: string }[];
  age: number;
  dob: Ymd;
  visit: Ymd;
  events: Ymd[];
}

export function h3Cast(rng: Rng): H3Cast {
  const visit = randomDate(rng, 2017, 2026);
  const age = rng.chance(0.3) ? rng.int(90, 103) : rng.int(18, 88);
  const dob = addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360));
  return {
    patient: h3Person(rng),
    staff: Array.from({ length: 3 }, () => h3Person(rng)),
    kin: Array.from({ length: 2 }, () => ({ p: h3Person(rng), rel: rng.pick(['daughter', 'son', 'niece', 'neighbor', 'caregiver', 'partner']) })),
    age, dob, visit,
    events: Array.from({ length: 4 }, () => addDays(visit, rng.int(-300, 90))),
  };
}

export interface H3Style {
  name: string;
  caseMode(rng: Rng): CaseMode;
  render(rng: Rng, c: H3Cast): Frag;
}

// Eponymous conditions, signs, devices, scales and brands that no other generator plants.
export const H3_PROTECTED = [
  'Fuchs dystrophy', 'Stargardt disease', 'Horner syndrome', 'Adie pupil', 'Marcus Gunn pupil', 'Argyll Robertson pupil', 'Amsler grid',
  'Snellen chart', 'Schirmer test', 'Ahmed valve', 'Baerveldt implant', 'Lucentis', 'Eylea', 'Restasis', 'Xiidra', "Vincent's angina",
  'Hutchinson teeth', 'Koplik spots', 'Peridex', 'PreviDent', 'Yale-Brown Obsessive Compulsive Scale', 'Young Mania Rating Scale', 'Abilify',
  'Vraylar', 'Suboxone', 'Wellbutrin', 'Asperger syndrome', 'Stickler syndrome', 'Tinetti gait assessment', 'Vanderbilt ADHD rating scale',
  'Katz ADL index', 'Lawton IADL scale', 'Hoyer lift', 'Groshong catheter', 'Ommaya reservoir', 'Lynch syndrome', 'Li-Fraumeni syndrome',
  'Tay-Sachs disease', 'Gaucher disease', 'Fabry disease', 'Niemann-Pick disease', 'Prader-Willi syndrome', 'Klinefelter syndrome',
  'von Willebrand disease', 'Taltz', 'Cosentyx', 'Vyvanse', 'Invega Sustenna', 'Hashimoto encephalopathy', 'Waldenstrom macroglobulinemia',
];

function prot(rng: Rng): Frag {
  const t = rng.pick(H3_PROTECTED);
  return term(t, t);
}

function age(rng: Rng, c: H3Cast): Frag {
  return c.age > 89 ? h3Age(rng, c.age) : `${c.age} year old`;
}

const portal: H3Style = {
  name: 'h3_patient_portal_message',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`MyHealth message from ${h3Username(rng, c.patient)} | sent ${h3Date(rng, c.events[0])}
hi dr ${h3Family(c.staff[0])}, this is ${h3Name(rng, c.patient)} (dob ${h3Date(rng, c.dob)}). my ${prot(rng)} is worse since the ${prot(rng)} was started.
can you call me at ${h3Phone(rng)} or email ${h3Email(rng, c.patient)}? my ${c.kin[0].rel} ${h3Given(c.kin[0].p, true)} can drive me.
-- reply from ${h3Name(rng, c.staff[1])}, RN on ${h3Date(rng, c.events[1])}: please come in, ${h3Identifier(rng)}.
`;
  },
};

const homeCare: H3Style = {
  name: 'h3_home_care_visit_log',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'lower']]),
  render(rng, c) {
    return f`HOME HEALTH VISIT LOG — ${h3Organisation(rng)}
client: ${h3Name(rng, c.patient)}  ${age(rng, c)}  addr: ${h3Address(rng)}
visit ${h3Date(rng, c.visit)} 0930-1015 aide ${h3Name(rng, c.staff[2])}; ${prot(rng)} used for transfers, ${prot(rng)} 18/56.
caregiver ${h3Name(rng, c.kin[0].p)} (${c.kin[0].rel}) ph ${h3Phone(rng)}. next visit ${h3Date(rng, c.events[2])}.
`;
  },
};

const dental: H3Style = {
  name: 'h3_dental_chart_note',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`${h3Organisation(rng)}  Dental progress note
Pt: ${h3Name(rng, c.patient)}   DOB ${h3Date(rng, c.dob)}   ${h3Identifier(rng)}
DOS ${h3Date(rng, c.visit)}. Provider ${h3Name(rng, c.staff[0])} DDS, hygienist ${h3Given(c.staff[1], false)}.
#30 MOD composite; gingiva c/w ${prot(rng)}. Rx ${prot(rng)} rinse. Recall ${h3Date(rng, c.events[3])}.
`;
  },
};

const ophthalmology: H3Style = {
  name: 'h3_ophthalmology_note',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`OPHTHALMOLOGY  ${h3Organisation(rng)}
MSH|^~\\&|EYE|${h3Date(rng, c.visit, 'h3.date.hl7')}
PID|1||${h3Name(rng, c.patient)}||${h3Date(rng, c.dob, 'h3.date.hl7')}|${c.patient.sex}|||${h3Address(rng)}
VA OD 20/40 (${prot(rng)}), OS 20/25. Findings: ${prot(rng)}; plan ${prot(rng)} OD.
Surgeon ${h3Name(rng, c.staff[0])}. ${h3Identifier(rng)}. Follow-up ${h3Date(rng, c.events[1])}.
`;
  },
};

const behavioral: H3Style = {
  name: 'h3_behavioral_health_progress',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'lower']]),
  render(rng, c) {
    return f`Behavioral Health Progress Note — ${h3Organisation(rng)}
client ${h3Name(rng, c.patient)}, ${age(rng, c)}, session ${h3Date(rng, c.visit)} with ${h3Name(rng, c.staff[1])}, LCSW.
${prot(rng)} total 24. Hx ${prot(rng)}. Continue ${prot(rng)}. Lives with ${c.kin[1].rel} ${h3Name(rng, c.kin[1].p)} in ${h3City(rng)}.
Safety plan reviewed; crisis contact ${h3Phone(rng)}. Next appt ${h3Date(rng, c.events[2])}.
`;
  },
};

const eob: H3Style = {
  name: 'h3_insurance_eob',
  caseMode: (rng) => rng.weighted([[1, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`EXPLANATION OF BENEFITS   This is not a bill
${h3Name(rng, c.patient)}
${h3Address(rng)}
${h3Identifier(rng)}   ${h3Identifier(rng)}   statement date ${h3Date(rng, c.events[3])}
Service ${h3Date(rng, c.visit)}  provider ${h3Name(rng, c.staff[0])}  ${prot(rng)}  billed $412.00  allowed $198.33
Questions: ${h3Phone(rng)}
`;
  },
};

const genetic: H3Style = {
  name: 'h3_genetic_counselling_letter',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`${h3Organisation(rng)}
${h3Date(rng, c.visit)}

Dear ${h3Given(c.patient, false)},
Thank you for meeting with me on the ${h3Date(rng, c.events[0], 'h3.date.ordinal-of')}. Your testing (${h3Identifier(rng)}) showed a variant associated with ${prot(rng)}.
Your ${c.kin[0].rel}, ${h3Name(rng, c.kin[0].p)}, and ${c.kin[1].rel} ${h3Given(c.kin[1].p, false)} may wish to be tested; ${prot(rng)} was also discussed.
Warm regards,
${h3Name(rng, c.staff[2])}, MS, CGC  ${h3Phone(rng)}
`;
  },
};

const caseManagement: H3Style = {
  name: 'h3_case_management_note',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'lower']]),
  render(rng, c) {
    return f`CASE MGMT ${h3Date(rng, c.visit)} ${h3Identifier(rng)}
pt ${h3Name(rng, c.patient)} ${age(rng, c)} dx ${prot(rng)} on ${prot(rng)}.
referred to ${h3Organisation(rng)} and ${h3Organisation(rng)}; intake w/ ${h3Name(rng, c.staff[1])} ${h3Date(rng, c.events[1])}.
ride via ${h3Organisation(rng)}; ${c.kin[0].rel} ${h3Given(c.kin[0].p, true)} ${h3Phone(rng)}. moving to ${h3Address(rng)}.
`;
  },
};

export const HOLDOUT3_STYLES: readonly H3Style[] = [portal, homeCare, dental, ophthalmology, behavioral, eob, genetic, caseManagement];
