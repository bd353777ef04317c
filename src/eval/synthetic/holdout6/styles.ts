// Owns the note styles of the sixth held-out PHI check, none of which another generator writes: a surgical
// informed-consent form, a blood-bank transfusion record, a social-work psychosocial assessment, a death-
// certificate worksheet, an interpreter-mediated visit, a correctional intake screening, a veterans' nexus
// letter, an ICU family meeting note, a poison-centre call record, a certificate of medical necessity for
// equipment, a release-of-information authorization, an adverse-event (safety) report and an I-PASS nursing
// hand-off. Written from how these documents look, not from what any recognizer does.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, term, type CaseMode, type Frag } from '../segments';
import {
  h6Account, h6Address, h6Age, h6AgeField, h6County, h6Date, h6Device, h6Email, h6Facility, h6Family, h6ForeignCity, h6FullDate, h6FuneralHome, h6Given, h6Initials, h6Ip, h6License, h6Mrn,
  h6Name, h6Nickname, h6OtherId, h6Person, h6Phone, h6Possessive, h6Ssn, h6Staff, h6Stamp, h6Street, h6Town, h6Url, h6Vehicle, h6Zip,
  type H6Person,
} from './formats';
import { H6_INSURERS, H6_PROTECTED, type H6ProtectedGroup } from './vocab';

export interface H6Cast {
  patient: H6Person;
  sex: 'F' | 'M';
  staff: H6Person[];
  kin: { p: H6Person; rel: string }[];
  age: number;
  dob: Ymd;
  visit: Ymd;
  events: Ymd[];
}

export function h6Cast(rng: Rng, ages: readonly [number, number] = [19, 88], oldShare = 0): H6Cast {
  const visit = randomDate(rng, 2019, 2026);
  const age = rng.chance(oldShare) ? rng.int(90, 106) : rng.int(ages[0], ages[1]);
  const dob = addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360));
  return {
    patient: h6Person(rng),
    sex: rng.chance(0.5) ? 'F' : 'M',
    staff: Array.from({ length: 4 }, () => h6Person(rng)),
    kin: Array.from({ length: 3 }, () => ({ p: h6Person(rng), rel: rng.pick(['daughter', 'son', 'wife', 'husband', 'partner', 'granddaughter', 'grandson', 'sister', 'brother', 'mother', 'father', 'cousin', 'stepdaughter', 'neighbor', 'godmother']) })),
    age, dob, visit,
    events: Array.from({ length: 6 }, () => addDays(visit, rng.int(-400, 60))),
  };
}

export interface H6Style {
  name: string;
  ages?: readonly [number, number];
  /** Share of patients over 89 where such patients are seen. */
  oldShare?: number;
  caseMode(rng: Rng): CaseMode;
  render(rng: Rng, c: H6Cast): Frag;
}

function prot<G extends H6ProtectedGroup>(rng: Rng, group: G, slot: keyof (typeof H6_PROTECTED)[G]): Frag {
  const t = rng.pick((H6_PROTECTED[group] as unknown as Record<string, readonly string[]>)[slot as string]);
  return term(t, t);
}

const consent: H6Style = {
  name: 'h6_surgical_consent_form',
  oldShare: 0.08,
  caseMode: () => 'asis',
  render(rng, c) {
    return f`${h6Facility(rng, 'hospital')}
CONSENT FOR OPERATION, ANESTHESIA AND OTHER MEDICAL SERVICES
Patient name: ${h6Name(rng, c.patient)}     ${h6Mrn(rng)}     Date of birth: ${h6FullDate(rng, c.dob)}     ${h6Account(rng, 'fin')}
1. I, ${h6Name(rng, c.patient)}, authorize ${h6Staff(rng, c.staff[0], 'MD, FACS')} of ${h6Facility(rng, 'clinic')} and such assistants as may be selected to perform: ${prot(rng, 'consent', 'procedure')} (robotic-assisted, ${prot(rng, 'consent', 'device')}).
2. Risks explained including bleeding, infection, leak, conversion to open; a ${prot(rng, 'consent', 'device')} may be left in place. Alternative discussed: ${prot(rng, 'consent', 'procedure')}. Positioning: ${prot(rng, 'consent', 'position')}.
3. Anesthesia: ${prot(rng, 'consent', 'class')}; ${prot(rng, 'consent', 'class')} reviewed with patient. Blood products: [X] accept  [ ] refuse.
4. Surgery scheduled ${h6Date(rng, c.events[5], rng.pick(['h6.date.mon-d-yyyy', 'h6.date.month-ordinal-yyyy', 'h6.date.mdy-slash-4y']))}; pre-op labs drawn ${h6Date(rng, c.events[4], 'h6.date.m-slash-d')}.
The patient is ${h6Age(rng, c.age, c.sex)} and signed by mark; witnessed by ${c.kin[0].rel} ${h6Name(rng, c.kin[0].p)} (${h6Phone(rng)}).
Patient/Legal representative signature: ____________  Relationship: ${c.kin[1].rel}  ${h6Name(rng, c.kin[1].p)}
Date/Time: ${h6Stamp(rng, c.visit)}   Witness: ${h6Staff(rng, c.staff[1], 'RN')}   Interpreter used: ${rng.pick(['No', 'Yes, phone'])}
`;
  },
};

const transfusion: H6Style = {
  name: 'h6_transfusion_record',
  oldShare: 0.12,
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    const unit = () => f`${h6OtherId(rng, 'donation')}  ${rng.pick(['RBC LR', 'FFP', 'PLT apheresis', 'Cryo pool'])}  ${rng.pick(['O NEG', 'A POS', 'B POS', 'AB NEG', 'O POS'])}  exp ${h6Date(rng, addDays(c.visit, rng.int(3, 35)), rng.pick(['h6.date.dd-MON-yyyy-caps', 'h6.date.ymd-slash']))}  start ${rng.int(10, 23)}${rng.pick(['05', '20', '45'])}  vitals q15 stable\n`;
    return f`BLOOD BANK / TRANSFUSION ADMINISTRATION RECORD — ${h6Facility(rng, 'hospital')}
Recipient: ${h6Name(rng, c.patient)}   ${h6Mrn(rng)}   DOB ${h6FullDate(rng, c.dob)}   ${h6Age(rng, c.age, c.sex)}
Type & screen ${h6OtherId(rng, 'specimen')} collected ${h6Stamp(rng, c.visit)}: ${prot(rng, 'transfusion', 'antibody')} identified; ${prot(rng, 'transfusion', 'test')} ${rng.pick(['positive', 'negative'])}.
History of ${prot(rng, 'transfusion', 'antibody')} from prior pregnancy at ${h6Facility(rng, 'hospital')} (${h6Date(rng, c.events[0], 'h6.date.mon-apostrophe-yy')}). ${prot(rng, 'transfusion', 'product')} given ${h6Date(rng, c.events[1], 'h6.date.the-ordinal')}.
Unit number  product  ABO/Rh  expiry  start  checks
${unit()}${unit()}Infused via ${prot(rng, 'transfusion', 'device')}; ${prot(rng, 'transfusion', 'device')} set up by perfusion.
Two-person bedside check: ${h6Staff(rng, c.staff[0], 'RN')} / ${h6Staff(rng, c.staff[1], 'RN')}. Ordering provider ${h6Staff(rng, c.staff[2], 'MD')} ${h6License(rng, 'npi')}.
Reaction workup: none. Blood bank ${h6Phone(rng)}; medical director ${h6Name(rng, c.staff[3])}.
`;
  },
};

const psychosocial: H6Style = {
  name: 'h6_social_work_psychosocial_assessment',
  oldShare: 0.06,
  caseMode: () => 'asis',
  render(rng, c) {
    return f`Social Work Psychosocial Assessment — ${h6Facility(rng, 'hospital')}, ${rng.pick(['4 West', 'Med-Surg', 'ICU step-down'])}
Pt: ${h6Name(rng, c.patient)} (${h6Age(rng, c.age, c.sex)})  ${h6Mrn(rng)}  ${h6Account(rng, 'medicare')}
Sources: patient, chart, ${c.kin[0].rel} ${h6Given(c.kin[0].p)} by phone ${h6Phone(rng)}.
Living situation: rents a trailer at ${h6Address(rng)} with ${c.kin[1].rel} ${h6Name(rng, c.kin[1].p)}; grew up in ${h6Town(rng)}. Pt's ${c.kin[2].rel} ${h6Given(c.kin[2].p)} ("${h6Nickname(c.kin[2].p)}") helps with groceries.
Employment: laid off from ${h6Facility(rng, 'employer')} ${h6Date(rng, c.events[0], 'h6.date.month-yyyy')}; applying for SSDI (${h6Ssn(rng)} verified with patient).
Supports: active at ${h6Facility(rng, 'church')}; pastor ${h6Name(rng, c.staff[3])} visits. ${prot(rng, 'psychosocial', 'program')} twice weekly; sponsor ${h6Given(c.staff[2])}.
Screening: ${prot(rng, 'psychosocial', 'scale')} ${rng.int(2, 30)}; ${prot(rng, 'psychosocial', 'scale')} ${rng.int(0, 4)}/4; ${prot(rng, 'psychosocial', 'scale')} moderate. Caregiver ${h6Possessive(c.kin[1].p)} ${prot(rng, 'psychosocial', 'scale')} ${rng.int(10, 60)}.
Plan: referral to ${prot(rng, 'psychosocial', 'program')}; APS report not indicated. Will f/u ${h6Date(rng, c.events[5], rng.pick(['h6.date.month-d', 'h6.date.m-slash-d']))}.
${h6Staff(rng, c.staff[0], 'LCSW', true)} ${h6License(rng, 'state')}  pager ${h6Phone(rng)}
`;
  },
};

const death: H6Style = {
  name: 'h6_death_certificate_worksheet',
  oldShare: 0.4,
  ages: [40, 89],
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`CERTIFICATE OF DEATH — PHYSICIAN WORKSHEET (not an official record)
1. Decedent's legal name: ${h6Name(rng, c.patient)}   AKA: ${h6Nickname(c.patient)}   Sex: ${c.sex}   SSN: ${h6Ssn(rng)}
4. Age: ${h6AgeField(c.age)} yrs   Date of birth: ${h6FullDate(rng, c.dob)}   Birthplace: ${h6Town(rng)}, ${rng.pick(['Samoa', 'Punjab, India', 'Jalisco, Mexico', 'Ogun State, Nigeria', 'Ohio', 'Kerala, India'])}
7. Residence: ${h6Address(rng)}   ${h6County(rng)}
9. Place of death: ${h6Facility(rng, rng.pick(['hospital', 'carehome'] as const))}   Date pronounced: ${h6Date(rng, c.visit, rng.pick(['h6.date.month-ordinal-yyyy', 'h6.date.mdy-slash-4y', 'h6.date.dd-MON-yyyy-caps']))} at ${String(rng.int(0, 23)).padStart(2, '0')}${rng.pick(['00', '12', '47'])}
11. Informant: ${h6Name(rng, c.kin[0].p)}, ${c.kin[0].rel}; mailing address ${h6Street(rng)}, ${h6Town(rng)} ${h6Zip(rng)}
12. Father's name: ${h6Name(rng, c.kin[1].p)}   Mother's maiden name: ${h6Family(c.kin[2].p)}
Part I. a) ${prot(rng, 'death', 'cause')}   onset to death: ${rng.int(1, 30)} days
        b) due to ${prot(rng, 'death', 'cause')}   months
Part II. ${prot(rng, 'death', 'cause')}; ${prot(rng, 'death', 'cause')}
Referred to medical examiner: ${rng.pick(['no', 'yes'])}; ${h6OtherId(rng, 'coroner')}. Funeral home: ${h6FuneralHome(rng, c.staff[3])}, ${h6Phone(rng)}
Certifier: ${h6Staff(rng, c.staff[0], 'MD', true)}  ${h6License(rng, 'state')}  signed ${h6Date(rng, addDays(c.visit, 1), 'h6.date.mdy-slash-2y')}
`;
  },
};

const interpreter: H6Style = {
  name: 'h6_interpreter_mediated_visit',
  oldShare: 0.05,
  caseMode: () => 'asis',
  render(rng, c) {
    const lang = rng.pick(['Tongan', 'Yoruba', 'Punjabi', 'Arabic (Levantine)', 'Quechua', 'Ukrainian', 'Vietnamese', 'Marshallese']);
    return f`Clinic visit via ${lang} interpreter — ${h6Facility(rng, 'clinic')}   DOS ${h6FullDate(rng, c.visit)}
Interpreter: ${h6Name(rng, c.staff[2])} (${h6OtherId(rng, 'interpreter')}), video, ${rng.pick(['CyraCom', 'LanguageLine', 'in person'])}. Patient declined ${c.kin[0].rel} ${h6Given(c.kin[0].p)} interpreting.
${h6Name(rng, c.patient)}, ${h6Age(rng, c.age, c.sex)}, ${h6Mrn(rng)}, came with ${c.kin[1].rel} ${h6Name(rng, c.kin[1].p)}.
Per interpreter, pt says "my sister ${h6Given(c.kin[2].p)} had the same thing back home." Recently arrived from ${h6ForeignCity(rng)}; now lives ${h6Address(rng)}.
Concern: fever and joint pain since ${h6Date(rng, c.events[0], 'h6.date.the-ordinal')}; tested for ${prot(rng, 'interpreter', 'disease')} and ${prot(rng, 'interpreter', 'disease')}. Exam notable for ${prot(rng, 'interpreter', 'disease')}.
Has been taking ${prot(rng, 'interpreter', 'drug')} and ${prot(rng, 'interpreter', 'drug')} from ${h6Facility(rng, 'pharmacy')}.
Teach-back done through interpreter. Child attends ${h6Facility(rng, 'school')}. Best number ${h6Phone(rng)} (${h6Given(c.kin[1].p)}'s cell). Return ${h6Date(rng, c.events[5], 'h6.date.m-slash-d')}.
${h6Staff(rng, c.staff[0], 'FNP-C', true)}
`;
  },
};

const correctional: H6Style = {
  name: 'h6_correctional_intake_screening',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'lower'], [1, 'upper']]),
  render(rng, c) {
    return f`${h6Facility(rng, 'jail')} — MEDICAL INTAKE SCREENING
inmate: ${h6Name(rng, c.patient)}  ${h6OtherId(rng, 'booking')}  ${h6OtherId(rng, 'doc')}  dob ${h6FullDate(rng, c.dob)}  housing ${rng.pick(['B-pod', 'Unit 3', 'Medical obs', 'Max 2'])}
arrested ${h6Date(rng, c.visit, rng.pick(['h6.date.mdy-slash-2y', 'h6.date.mdy-dash-2y']))} by ${h6County(rng)} deputies after MVC; ${h6Vehicle(rng)} impounded. ${h6License(rng, 'driver')}.
last use heroin/fentanyl ${rng.int(6, 40)} h ago. ${prot(rng, 'correctional', 'scale')} ${rng.int(3, 20)} on arrival; ${prot(rng, 'correctional', 'scale')} placed, read ${h6Date(rng, addDays(c.visit, 2), 'h6.date.m-slash-d')}.
on ${prot(rng, 'correctional', 'drug')} from ${h6Facility(rng, 'clinic')} (prescriber ${h6Staff(rng, c.staff[1], 'DO')}, ${h6License(rng, 'dea')}); verified with ${h6Facility(rng, 'pharmacy')} ${h6Phone(rng)}. ${prot(rng, 'correctional', 'drug')} kit given on release.
hx ${prot(rng, 'correctional', 'disease')}; r hand swelling ?${prot(rng, 'correctional', 'disease')}.
emergency contact: ${c.kin[0].rel} ${h6Name(rng, c.kin[0].p)}, ${h6Address(rng)}, ${h6Phone(rng)}.
screened by ${h6Staff(rng, c.staff[0], 'LPN', true)} ${h6Stamp(rng, c.visit)}; officer ${h6Family(c.staff[3])} present.
`;
  },
};

const nexus: H6Style = {
  name: 'h6_veterans_nexus_letter',
  oldShare: 0.1,
  caseMode: () => 'asis',
  render(rng, c) {
    return f`${h6Facility(rng, 'clinic')}
${h6Address(rng)}
${h6Date(rng, c.visit, rng.pick(['h6.date.mon-d-yyyy', 'h6.date.month-ordinal-yyyy']))}

Department of Veterans Affairs, Evidence Intake Center
RE: Veteran ${h6Name(rng, c.patient)}; ${h6Account(rng, 'cfile')}; SSN ${h6Ssn(rng)}; DOB ${h6FullDate(rng, c.dob)}

Dear Rating Official,
I have treated Mr./Ms. ${h6Family(c.patient)} since ${h6Date(rng, c.events[0], 'h6.date.month-yyyy')}. ${h6Given(c.patient)} served ${rng.int(1973, 2012)}–${rng.int(2013, 2020)} and reports ${prot(rng, 'nexus', 'exposure')} and burn-pit exposure at ${h6ForeignCity(rng, 'deployment')}.
Diagnoses: ${prot(rng, 'nexus', 'disease')}; ${prot(rng, 'nexus', 'disease')}. On exam, ${prot(rng, 'nexus', 'test')} positive and ${prot(rng, 'nexus', 'test')} negative. ${prot(rng, 'nexus', 'psych')} profile valid.
It is at least as likely as not (50% or greater) that the condition is related to service. Records from ${h6Facility(rng, 'hospital')} (${h6Date(rng, c.events[1], 'h6.date.mon-apostrophe-yy')}) and ${c.kin[0].rel} ${h6Possessive(c.kin[0].p, 'given')} statement are enclosed.
The veteran can be reached at ${h6Phone(rng)} or ${h6Email(rng, c.patient)}.
Respectfully,
${h6Staff(rng, c.staff[0], 'DO', true)}   ${h6License(rng, 'npi')}   ${h6Email(rng, c.staff[0])}
`;
  },
};

const familyMeeting: H6Style = {
  name: 'h6_icu_family_meeting',
  oldShare: 0.25,
  caseMode: () => 'asis',
  render(rng, c) {
    return f`MICU Family Meeting Note   ${h6Date(rng, c.visit, rng.pick(['h6.date.mdy-slash-4y', 'h6.date.iso', 'h6.date.d-mon-yy']))}   ${h6Facility(rng, 'hospital')}
Patient: ${h6Name(rng, c.patient)}, ${h6Age(rng, c.age, c.sex)}, hospital day ${rng.int(3, 40)}.
Present: ${c.kin[0].rel} ${h6Name(rng, c.kin[0].p)} (health care proxy), ${c.kin[1].rel} ${h6Given(c.kin[1].p)}, ${c.kin[2].rel} ${h6Name(rng, c.kin[2].p)} by speakerphone from ${h6Town(rng)}; chaplain ${h6Name(rng, c.staff[3])}; ${h6Staff(rng, c.staff[1], 'RN')}; palliative ${h6Staff(rng, c.staff[2], 'NP')}.
Medical update: admitted with ${prot(rng, 'familyMeeting', 'disease')}, now ${prot(rng, 'familyMeeting', 'severity')} ${rng.int(8, 30)}, ${prot(rng, 'familyMeeting', 'severity')} ${rng.int(3, 15)}; on ${prot(rng, 'familyMeeting', 'device')} and ${prot(rng, 'familyMeeting', 'device')}. ${prot(rng, 'familyMeeting', 'delirium')} positive.
Values: "${h6Given(c.patient)} always said no machines." Lived at ${h6Facility(rng, 'carehome')} since ${h6Date(rng, c.events[0], 'h6.date.mon-apostrophe-yy')}; ${h6Possessive(c.kin[0].p)} wedding is ${h6Date(rng, c.events[5], 'h6.date.month-d')} — family hopes for a visit.
Decision: DNR/DNI, continue current support through ${h6Date(rng, addDays(c.visit, 2), 'h6.date.the-ordinal')}, then reassess. Proxy contact ${h6Phone(rng)}; ${h6Email(rng, c.kin[0].p)}.
Time spent 55 min, >50% counselling. ${h6Staff(rng, c.staff[0], 'MD', true)}
`;
  },
};

const poison: H6Style = {
  name: 'h6_poison_center_call_record',
  ages: [1, 80],
  oldShare: 0.05,
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`REGIONAL POISON CENTER — CALL RECORD   ${h6OtherId(rng, 'case')}   ${h6Stamp(rng, c.visit)}
Caller: ${c.kin[0].rel} ${h6Name(rng, c.kin[0].p)} from home, callback ${h6Phone(rng)}. Site of exposure: residence, ${h6Street(rng)}, ${h6Town(rng)}.
Patient: ${h6Given(c.patient)} ${h6Family(c.patient)}, ${h6Age(rng, c.age, c.sex)}, wt ${c.age < 12 ? rng.int(9, 40) : rng.int(45, 110)} kg.
Substance: ${prot(rng, 'poison', 'product')} ~${rng.int(2, 40)} tabs and ${prot(rng, 'poison', 'product')}; found by ${h6Given(c.kin[1].p)} at ${rng.int(1, 12)}:${rng.pick(['05', '30', '50'])}. 4-h level plotted on ${prot(rng, 'poison', 'nomogram')}.
Referred to ${h6Facility(rng, 'hospital')} ED; spoke with ${h6Staff(rng, c.staff[1], 'MD')}. Antidote ${prot(rng, 'poison', 'product')} recommended; ${prot(rng, 'poison', 'sign')} to watch.
Follow-up calls: ${h6Date(rng, c.visit, 'h6.date.m-slash-d')} 2300, ${h6Date(rng, addDays(c.visit, 1), 'h6.date.m-slash-d')} 0700 — improving. School (${h6Facility(rng, 'school')}) not notified.
SPI: ${h6Staff(rng, c.staff[0], 'RN, CSPI', true)}
`;
  },
};

const dme: H6Style = {
  name: 'h6_dme_certificate_of_medical_necessity',
  oldShare: 0.2,
  ages: [30, 89],
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`CERTIFICATE OF MEDICAL NECESSITY / DETAILED WRITTEN ORDER   ${h6OtherId(rng, 'order')}
Beneficiary: ${h6Name(rng, c.patient)}   ${h6Account(rng, 'medicare')}   ${h6Account(rng, 'member')} (${rng.pick(H6_INSURERS)})
Address: ${h6Address(rng)}   Phone: ${h6Phone(rng)}   DOB: ${h6FullDate(rng, c.dob)}
Supplier: ${rng.pick(['Apria', 'Lincare', 'AdaptHealth', 'Numotion'])} branch ${h6Town(rng)}, ${h6Phone(rng)}
Items: ${prot(rng, 'dme', 'equipment')} with full-body sling; ${prot(rng, 'dme', 'equipment')}; ${prot(rng, 'dme', 'equipment')} (${h6Device(rng, rng.pick(['serial', 'chair', 'vent'] as const))}).
Medical need: ${prot(rng, 'dme', 'scale')} ${rng.int(8, 30)}; ${prot(rng, 'dme', 'scale')} ${rng.int(18, 90)}. Non-ambulatory since ${h6Date(rng, c.events[0], 'h6.date.mdy-slash-2y')}. Caregiver: ${c.kin[0].rel} ${h6Given(c.kin[0].p)}; resident of ${h6Facility(rng, 'carehome')} until ${h6Date(rng, c.events[1], 'h6.date.month-yyyy')}.
Length of need: 99 months. Face-to-face ${h6Date(rng, c.visit, 'h6.date.mdy-slash-4y')}.
Ordering physician: ${h6Staff(rng, c.staff[0], 'MD', true)}   ${h6License(rng, 'npi')}   ${h6Address(rng)}
`;
  },
};

const roi: H6Style = {
  name: 'h6_release_of_information_authorization',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`AUTHORIZATION FOR USE OR DISCLOSURE OF PROTECTED HEALTH INFORMATION
Patient name: ${h6Name(rng, c.patient)}   Other names used: ${h6Name(rng, c.patient)}   DOB: ${h6FullDate(rng, c.dob)}   SSN ${h6Ssn(rng)}
Address: ${h6Address(rng)}   Email: ${h6Email(rng, c.patient)}
I authorize ${h6Facility(rng, 'hospital')} to release records to: ${h6Name(rng, c.staff[0])}, Esq., ${h6Street(rng)}, ${h6Town(rng)} ${h6Zip(rng)}, fax ${h6Phone(rng)}.
Dates of service: ${h6Date(rng, c.events[0], 'h6.date.mdy-slash-4y')} to ${h6Date(rng, c.events[1], 'h6.date.mdy-slash-4y')}. Information: records of ${prot(rng, 'roi', 'diagnosis')} evaluation; [X] include ${prot(rng, 'roi', 'diagnosis')} genetic testing; [ ] psychotherapy notes.
Purpose: ${rng.pick(['disability claim', 'legal', 'continuity of care', 'school IEP'])}. Copy also to ${h6Facility(rng, 'school')}, attn. counsellor ${h6Name(rng, c.staff[1])}.
This authorization expires ${h6Date(rng, addDays(c.visit, 365), rng.pick(['h6.date.month-ordinal-yyyy', 'h6.date.mdy-slash-4y']))}. Records may be sent to ${h6Url(rng, c.patient)}.
Signature of patient or representative ____________  Printed: ${h6Name(rng, c.kin[0].p)} (${c.kin[0].rel})  Date: ${h6Date(rng, c.visit, 'h6.date.mdy-slash-2y')}
For HIM use: request logged by ${h6Staff(rng, c.staff[2], 'RHIT', true)}, ${h6Mrn(rng)}, ${h6OtherId(rng, 'accession')}
`;
  },
};

const adverse: H6Style = {
  name: 'h6_adverse_event_safety_report',
  oldShare: 0.1,
  caseMode: () => 'asis',
  render(rng, c) {
    return f`VOLUNTARY ADVERSE EVENT REPORT (drug / device)   ${h6OtherId(rng, 'report')}
A. Patient identifier: ${h6Initials(rng, c.patient)}  Age at event: ${h6AgeField(c.age)}  Sex: ${c.sex}  Weight ${rng.int(45, 140)} kg
B. Event date ${h6Date(rng, c.events[2], rng.pick(['h6.date.d-mon-yy', 'h6.date.dd-MON-yyyy-caps', 'h6.date.mdy-slash-4y']))}; reported ${h6Date(rng, c.visit, 'h6.date.iso')}. Outcome: hospitalization at ${h6Facility(rng, 'hospital')}.
Description: started ${prot(rng, 'adverse', 'product')} ${h6Date(rng, c.events[0], 'h6.date.month-d')}; within 10 days developed rash, then ${prot(rng, 'adverse', 'reaction')}. Causality by ${prot(rng, 'adverse', 'causality')}: probable. Rash ${prot(rng, 'adverse', 'grade')}.
C. Suspect product: ${prot(rng, 'adverse', 'product')}, lot ${rng.letters(2)}${rng.digits(5)}; concomitant ${prot(rng, 'adverse', 'product')}. Device: ${prot(rng, 'adverse', 'product')} ${h6Device(rng, rng.pick(['gs1udi', 'lot-serial', 'serial'] as const))}.
Dispensed by ${h6Facility(rng, 'pharmacy')}. Patient contact: ${h6Phone(rng)}, ${h6Address(rng)}.
E. Reporter: ${h6Staff(rng, c.staff[0], 'PharmD')}, ${h6Facility(rng, 'clinic')}, ${h6Phone(rng)}, ${h6Email(rng, c.staff[0])}. Submitted from ${h6Ip(rng)}.
`;
  },
};

const handoff: H6Style = {
  name: 'h6_ipass_nursing_handoff',
  oldShare: 0.2,
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'lower']]),
  render(rng, c) {
    return f`I-PASS handoff  ${rng.pick(['5 North', 'PCU', 'Ortho', 'Tele'])} rm ${rng.int(401, 560)}  ${h6Stamp(rng, c.visit)}  from ${h6Given(c.staff[0])} to ${h6Given(c.staff[1])}
I: ${rng.pick(['watcher', 'stable', 'unstable'])}. ${h6Name(rng, c.patient)} "${h6Nickname(c.patient)}", ${h6Age(rng, c.age, c.sex)}, ${h6Mrn(rng)}, POD ${rng.int(1, 6)} from ${h6Facility(rng, 'hospital')} transfer.
P: ${prot(rng, 'handoff', 'line')} in place, ${prot(rng, 'handoff', 'line')} to LIWS; ${prot(rng, 'handoff', 'line')} changed ${h6Date(rng, c.events[4], 'h6.date.m-slash-d')}. ${prot(rng, 'handoff', 'scale')} ${rng.int(9, 18)}, ${prot(rng, 'handoff', 'scale')} ${rng.int(25, 80)}; last BM type ${rng.int(1, 7)} on ${prot(rng, 'handoff', 'scale')}. Watch for ${prot(rng, 'handoff', 'sign')}.
A: call ${h6Staff(rng, c.staff[2], 'MD')} if MAP <65; rapid response ${h6Phone(rng)}.
S: ${c.kin[0].rel} ${h6Given(c.kin[0].p)} staying overnight, wants call if changes (${h6Phone(rng)}); ${h6Possessive(c.kin[1].p)} flight lands ${h6Date(rng, addDays(c.visit, 1), 'h6.date.the-ordinal')}. Pt's dog is with neighbor in ${h6Town(rng)}.
S: pt repeated back plan. Pharmacy ${h6Facility(rng, 'pharmacy')} holds home meds. Report given by ${h6Staff(rng, c.staff[0], 'RN', true)} to ${h6Staff(rng, c.staff[1], 'RN')}.
`;
  },
};

export const HOLDOUT6_STYLES: readonly H6Style[] = [consent, transfusion, psychosocial, death, interpreter, correctional, nexus, familyMeeting, poison, dme, roi, adverse, handoff];
