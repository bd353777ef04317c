// Owns the note styles of the seventh held-out PHI check, none of which an earlier generator writes: a school-
// based health centre visit, a sports pre-participation clearance, a tele-dermatology e-consult, a germline
// genetic test report, a dental referral letter, a street-medicine note, an addiction-medicine intake, an
// ophthalmology referral, a court-ordered evaluation and a clinical photo log. Written from how these documents
// look, not from what any recognizer does.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, term, type CaseMode, type Frag } from '../segments';
import {
  h7Account, h7Address, h7Age, h7Camp, h7County, h7Date, h7Device, h7Email, h7Employer, h7Family, h7Given, h7Id, h7Ip, h7License, h7Mrn, h7Name,
  h7Nick, h7Person, h7Phone, h7Practice, h7School, h7Shelter, h7Ssn, h7Staff, h7Team, h7Town, h7Url, h7Vehicle, type H7Person,
} from './formats';
import { H7_PROTECTED, H7_RELATIONS, type H7ProtectedGroup } from './vocab';

export interface H7Cast { patient: H7Person; staff: H7Person[]; kin: { p: H7Person; rel: string }[]; age: number; dob: Ymd; visit: Ymd; events: Ymd[] }

export function h7Cast(rng: Rng, ages: readonly [number, number], oldShare: number): H7Cast {
  const visit = randomDate(rng, 2020, 2026);
  const age = rng.chance(oldShare) ? rng.int(90, 99) : rng.int(ages[0], ages[1]);
  return {
    patient: h7Person(rng),
    staff: Array.from({ length: 3 }, () => h7Person(rng)),
    kin: Array.from({ length: 2 }, () => ({ p: h7Person(rng), rel: rng.pick(H7_RELATIONS) })),
    age, visit,
    dob: addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360)),
    events: Array.from({ length: 4 }, () => addDays(visit, rng.int(-300, 45))),
  };
}

export interface H7Style { name: string; ages: readonly [number, number]; oldShare: number; caseMode(rng: Rng): CaseMode; render(rng: Rng, c: H7Cast): Frag }

function prot(rng: Rng, group: H7ProtectedGroup): Frag {
  const t = rng.pick(H7_PROTECTED[group] as readonly string[]);
  return term(t, t);
}
const asis = (): CaseMode => 'asis';

const schoolClinic: H7Style = {
  name: 'h7_school_health_centre_visit', ages: [11, 18], oldShare: 0, caseMode: (rng) => rng.weighted([[4, 'asis'], [1, 'lower']]),
  render: (rng, c) => f`${h7School(rng)} School-Based Health Center — walk-in
Student: ${h7Name(rng, c.patient)}  ${h7Id(rng, 'student')}  DOB ${h7Date(rng, c.dob)}  grade ${rng.int(6, 12)}
${h7Given(c.patient)} was sent by ${h7Family(rng, c.staff[1])} (PE teacher) for knee pain after practice with ${h7Team(rng)}. ${prot(rng, 'sports')} positive on the left; ${prot(rng, 'sports')} negative.
Consent on file signed by ${c.kin[0].rel} ${h7Name(rng, c.kin[0].p)} ${h7Date(rng, c.events[0])}; reached at ${h7Phone(rng)}. Lives at ${h7Address(rng)}.
Plan: ice, return to PE as tolerated, recheck ${h7Date(rng, c.events[3])}. — ${h7Staff(rng, c.staff[0], 'FNP')}
`,
};

const sportsClearance: H7Style = {
  name: 'h7_sports_preparticipation_clearance', ages: [14, 22], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`PRE-PARTICIPATION PHYSICAL EVALUATION — CLEARANCE FORM
Athlete: ${h7Name(rng, c.patient)}   Sport(s): wrestling, track   Team: ${h7Team(rng)}   Exam date: ${h7Date(rng, c.visit)}
Parent/guardian: ${h7Name(rng, c.kin[0].p)} (${c.kin[0].rel}) cell ${h7Phone(rng)}  e-mail ${h7Email(rng, c.kin[0].p)}
Insurance: ${h7Account(rng)}
History: goes by "${h7Nick(c.patient)}"; no syncope. Family hx: ${prot(rng, 'sports')} negative. ${prot(rng, 'sports')} 6/9.
[X] Cleared for all sports without restriction   Examiner: ${h7Staff(rng, c.staff[0], 'MD, CAQSM')}  ${h7License(rng)}  ${h7Practice(rng)}
`,
};

const teleDerm: H7Style = {
  name: 'h7_teledermatology_econsult', ages: [20, 88], oldShare: 0.05, caseMode: asis,
  render: (rng, c) => f`E-CONSULT (store-and-forward) — Dermatology
Requesting clinician: ${h7Staff(rng, c.staff[1], 'PA-C')}, ${h7Town(rng)} clinic. Submitted ${h7Date(rng, c.events[1])} from ${h7Ip(rng)}.
Pt ${h7Name(rng, c.patient)}, ${h7Age(rng, c.age)}, ${h7Mrn(rng)}. Images: ${h7Id(rng, 'photo')}, ${h7Id(rng, 'photo')} (${h7Device(rng)}).
Question: 7 mm pigmented lesion L calf, changing per ${h7Given(c.patient)}'s ${c.kin[0].rel} ${h7Given(c.kin[0].p)}.
Reply (${h7Staff(rng, c.staff[0], 'MD')}): ${prot(rng, 'derm')}; dermoscopy via ${prot(rng, 'derm')} shows atypical network, ${prot(rng, 'derm')} not seen. Recommend excisional biopsy; if melanoma report ${prot(rng, 'derm')}.
`,
};

const genetics: H7Style = {
  name: 'h7_germline_genetic_test_report', ages: [18, 80], oldShare: 0, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render: (rng, c) => f`HEREDITARY CANCER PANEL — GERMLINE REPORT   ${h7Id(rng, 'lab')}
Patient: ${h7Name(rng, c.patient)}   DOB: ${h7Date(rng, c.dob)}   Sex at birth: ${rng.pick(['F', 'M'])}   ${h7Mrn(rng)}
Ordering provider: ${h7Staff(rng, c.staff[0], 'MS, CGC')}  ${h7License(rng)}   Collected ${h7Date(rng, c.events[0])}  Reported ${h7Date(rng, c.events[2])}
Result: POSITIVE — pathogenic variant in MLH1 c.1852_1854del, consistent with ${prot(rng, 'genetics')}. Confirmed by ${prot(rng, 'genetics')}.
Not consistent with ${prot(rng, 'genetics')}. Cascade testing offered to ${c.kin[0].rel} ${h7Name(rng, c.kin[0].p)} of ${h7Town(rng)} and ${c.kin[1].rel} ${h7Given(c.kin[1].p)}.
Questions: genetic counseling line ${h7Phone(rng)}.
`,
};

const dental: H7Style = {
  name: 'h7_dental_referral_letter', ages: [8, 85], oldShare: 0.03, caseMode: asis,
  render: (rng, c) => f`${h7Practice(rng)}
${h7Date(rng, c.visit)}
Dear ${h7Family(rng, c.staff[1])},
Re: ${h7Name(rng, c.patient)}, DOB ${h7Date(rng, c.dob)}, ${h7Account(rng)}
Thank you for seeing ${h7Given(c.patient)} for evaluation of a ${prot(rng, 'dental')} malocclusion and a lower-left swelling; the ${prot(rng, 'dental')} shows a periapical lucency at #19. I was concerned about early ${prot(rng, 'dental')} and started amoxicillin and ${prot(rng, 'dental')} rinse.
${h7Given(c.patient)}'s ${c.kin[0].rel} can be reached at ${h7Phone(rng)}; home ${h7Address(rng)}.
Sincerely, ${h7Staff(rng, c.staff[0], 'DDS')}  ${h7License(rng)}
`,
};

const street: H7Style = {
  name: 'h7_street_medicine_note', ages: [19, 79], oldShare: 0.02, caseMode: (rng) => rng.weighted([[3, 'asis'], [2, 'lower']]),
  render: (rng, c) => f`street med outreach ${h7Date(rng, c.visit)} — seen ${h7Camp(rng)}, ${h7Town(rng)}
pt known to team as "${h7Nick(c.patient)}" (legal name ${h7Name(rng, c.patient)}), ${h7Id(rng, 'case')}. sleeps in a van, ${h7Vehicle(rng)}, sometimes at ${h7Shelter(rng)}.
leg wounds: ${prot(rng, 'wound')} changed, ${prot(rng, 'wound')} applied, ${prot(rng, 'wound')} over. ssn given for benefits app: ${h7Ssn(rng)}. last worked at ${h7Employer(rng)}.
${c.kin[0].rel} ${h7Given(c.kin[0].p)} has a phone: ${h7Phone(rng)}. fundraiser ${h7Url(rng, c.patient)}.
f/u ${h7Date(rng, c.events[3])} same spot. — ${h7Staff(rng, c.staff[0], 'RN')}
`,
};

const addiction: H7Style = {
  name: 'h7_addiction_medicine_intake', ages: [18, 70], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`Addiction Medicine Intake — ${h7Practice(rng)}   42 CFR Part 2 protected
Name: ${h7Name(rng, c.patient)}  ${h7Mrn(rng)}  SSN ${h7Ssn(rng)}  DOB ${h7Date(rng, c.dob)}
Referred by ${h7County(rng)} drug court, ${h7Id(rng, 'docket')}. Sponsor: ${h7Name(rng, c.kin[0].p)}, ${h7Phone(rng)}.
Substance hx: fentanyl smoked daily since ${h7Date(rng, c.events[0])}; last use ${h7Date(rng, c.events[1])}. ${prot(rng, 'addiction')} 9/12.
Plan: buprenorphine induction, transition to ${prot(rng, 'addiction')}; discussed ${prot(rng, 'addiction')}. ${h7Given(c.patient)} agrees. Portal: ${h7Email(rng, c.patient)}.
Clinician: ${h7Staff(rng, c.staff[0], 'MD, FASAM')}  ${h7License(rng)}
`,
};

const eye: H7Style = {
  name: 'h7_ophthalmology_referral', ages: [40, 89], oldShare: 0.15, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render: (rng, c) => f`Referral to ${h7Practice(rng)} — Retina
Patient ${h7Name(rng, c.patient)}, ${h7Age(rng, c.age)}, ${h7Mrn(rng)}, lives with ${c.kin[0].rel} ${h7Name(rng, c.kin[0].p)} at ${h7Address(rng)}.
VA ${prot(rng, 'eye')} OS; ${prot(rng, 'eye')} shows metamorphopsia; IOP by ${prot(rng, 'eye')} 19. ${prot(rng, 'eye')} absent. Prior cataract surgery ${h7Date(rng, c.events[0])}, ${h7Device(rng)}.
Uses ${prot(rng, 'eye')} qhs. Please evaluate for ${prot(rng, 'eye')} injections. Drives: ${h7Vehicle(rng)} — advised not to drive.
Referring: ${h7Staff(rng, c.staff[0], 'OD')}  fax back ${h7Phone(rng)}
`,
};

const court: H7Style = {
  name: 'h7_court_ordered_evaluation', ages: [18, 75], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`FORENSIC EVALUATION — COMPETENCY TO STAND TRIAL
State v. ${h7Name(rng, c.patient)}   ${h7Id(rng, 'docket')}   ${h7County(rng)} Superior Court
Ordered by Judge ${h7Name(rng, c.staff[2])} on ${h7Date(rng, c.events[0])}; evaluated at ${h7County(rng)} jail ${h7Date(rng, c.visit)}.
Sources: interview; collateral from ${c.kin[0].rel} ${h7Name(rng, c.kin[0].p)} (${h7Phone(rng)}); records from ${h7Shelter(rng)}.
Mr./Ms. ${h7Family(rng, c.patient)} was administered the ${prot(rng, 'court')} and the ${prot(rng, 'court')}. Opinion under the ${prot(rng, 'court')}: ${rng.pick(['competent', 'not presently competent'])}. No ${prot(rng, 'court')} duty triggered.
${h7Staff(rng, c.staff[0], 'PhD, ABPP')}  ${h7License(rng)}
`,
};

const photoLog: H7Style = {
  name: 'h7_clinical_photo_log', ages: [2, 95], oldShare: 0.08, caseMode: asis,
  render: (rng, c) => f`CLINICAL PHOTOGRAPHY LOG
${h7Date(rng, c.visit)} | ${h7Name(rng, c.patient)} | ${h7Mrn(rng)} | ${h7Id(rng, 'photo')} | sacral wound, ${prot(rng, 'wound')} removed | ${h7Device(rng)} | by ${h7Staff(rng, c.staff[0], 'RN')}
${h7Date(rng, c.events[1])} | ${h7Name(rng, c.patient)} | ${h7Id(rng, 'photo')} | same site, ${prot(rng, 'derm')} | uploaded from ${h7Ip(rng)}
Consent for photography: ${h7Name(rng, c.kin[0].p)} (${c.kin[0].rel}), age of patient ${h7Age(rng, c.age)}; copy e-mailed to ${h7Email(rng, c.kin[0].p)}.
`,
};

export const HOLDOUT7_STYLES: readonly H7Style[] = [schoolClinic, sportsClearance, teleDerm, genetics, dental, street, addiction, eye, court, photoLog];
