// Owns the sentences shared by every note style that carry PHI in context: age phrases, DOB lines,
// contact and social-history sentences (relatives, home, work, school, church, pharmacy, devices,
// vehicles, portal and e-mail), so each style plants every Safe Harbor class in varied wording.
import type { Rng } from './prng';
import type { Cast } from './cast';
import { ageOver89, oldAge, youngAge } from './ages';
import { email, ipAddress, pager, phone, url } from './contacts';
import { anyDate, dateRange, dateText, dayOrdinal, fullDate, holiday, type Ymd } from './dates';
import { device, identifier, ssn, vehicle } from './identifiers';
import { doctor, doctorList, firstNameOnly, fullName, mention, person, possessive, titledSurname, type Person } from './names';
import { county, fullAddress, hospitalWithAbbreviation, institution, streetAddress, town } from './places';
import { f, type Frag } from './segments';
import { protectedPhrase } from './protectedTerms';

/** "92 y/o female" when over 89 (PHI), else plain "67-year-old woman". */
export function agePhrase(rng: Rng, cast: Cast): Frag {
  return cast.age > 89 ? ageOver89(rng, cast.age, cast.patient.sex) : youngAge(rng, cast.age, cast.patient.sex);
}

export function dobLine(rng: Rng, cast: Cast): Frag {
  return [rng.pick(['DOB: ', 'D.O.B. ', 'Date of Birth: ', 'DOB ', 'Birthdate: ', 'born ']), fullDate(rng, cast.dob)];
}

export function relative(rng: Rng, cast: Cast): { person: Person; relation: string } {
  return rng.pick(cast.relatives);
}

/** Sentences a note may carry about the patient's life and contacts, each with PHI. */
const SOCIAL: readonly ((rng: Rng, c: Cast) => Frag)[] = [
  (r, c) => { const x = relative(r, c); return f`${cap(x.relation)} ${fullName(r, x.person)} ${r.pick(['is HCP', 'is emergency contact', 'at bedside', 'updated by phone'])}, ${r.pick(['cell', 'ph', 'tel', 'phone:', 'reachable at'])} ${phone(r)}.`; },
  (r, c) => { const x = relative(r, c); return f`Spoke with ${r.pick(['pt\'s', 'the patient\'s', 'her', 'his'])} ${x.relation} ${firstNameOnly(x.person)} who ${r.pick(['agrees with plan', 'will bring medication list', 'reports he was more confused', 'has questions about hospice'])}.`; },
  (r) => f`Lives ${r.pick(['alone', 'with spouse', 'with daughter', 'with two cats'])} at ${fullAddress(r, false)}.`,
  (r) => f`Lives in ${town(r)}; ${r.pick(['retired', 'on disability', 'unemployed', 'works part time'])}.`,
  (r) => f`Works as a ${r.pick(['machinist', 'cashier', 'welder', 'teacher', 'line cook', 'truck driver', 'janitor'])} at ${institution(r, 'location.employer')}.`,
  (r) => f`Attends ${institution(r, 'location.school')}, ${r.pick(['2nd', '5th', '9th', '11th'])} grade.`,
  (r) => f`Active in ${institution(r, 'location.church')}; ${r.pick(['pastor visited', 'church members bring meals', 'requests chaplain'])}.`,
  (r) => f`Preferred pharmacy: ${institution(r, 'location.pharmacy')}, ${streetAddress(r)}, ${town(r)} (fax ${phone(r)}).`,
  (r) => f`Transferred from ${institution(r, 'location.nursing-home')} in ${town(r)}.`,
  (r) => f`Previously followed at ${institution(r, 'location.practice')} by ${doctor(r, rPerson(r))}.`,
  (r) => f`${r.pick(['Pacemaker', 'ICD', 'Insulin pump', 'Spinal cord stimulator', 'Left hip prosthesis'])} ${r.pick(['in place', 'interrogated', 'checked'])}, ${device(r)}.`,
  (r) => f`Restrained driver in MVC; ${vehicle(r)} per EMS report.`,
  (r, c) => f`Patient messaged via portal ${url(r)} from ${email(r, c.patient)}.`,
  (r) => f`Telehealth session; client IP ${ipAddress(r)} logged.`,
  (r) => f`Portal login from ${ipAddress(r)} flagged for review.`,
  (r, c) => { const x = relative(r, c); return f`${cap(x.relation)} ${fullName(r, x.person)}, ${ageOver89(r, oldAge(r), x.person.sex)}, ${r.pick(['lives with them', 'is the primary caregiver', 'was recently hospitalized'])}.`; },
  (r) => f`Family history: mother ${r.pick(['alive at', 'living,', 'died at age'])} ${ageOver89(r, oldAge(r), 'F')}.`,
  (r) => f`Insurance: ${r.pick(['Medicare', 'BCBS', 'Aetna', 'Medicaid', 'United'])}, ${identifier(r, 'id.member')}; ${identifier(r, 'id.policy')}.`,
  (r) => f`${ssn(r)} verified at registration.`,
  (r) => f`ID checked at registration: ${identifier(r, 'id.drivers-licence')}.`,
  (r) => f`Billing: ${identifier(r, 'id.claim')} denied; ${identifier(r, 'id.account')} sent to financial counseling.`,
  (r) => f`Prior authorization ${identifier(r, 'id.claim', false)} approved ${anyDate(r, { y: 2024, m: r.int(1, 12), d: r.int(1, 28) })}.`,
  (r) => f`Resides in ${county(r)}; home health through ${institution(r, 'location.practice')}.`,
  (r, c) => f`${possessive(r, c.patient, true)} ${c.relatives[0].relation} called ${r.pick(['twice', 'overnight', 'this am'])}.`,
  (r) => f`Seen at ${institution(r, 'location.hospital')} on ${anyDate(r, { y: 2021, m: r.int(1, 12), d: r.int(1, 28) })} for ${r.pick(['similar symptoms', 'a fall', 'chest pain'])}.`,
];

/** A one-off person (a former PCP) outside the note's cast. */
function rPerson(rng: Rng): Person {
  return person(rng);
}

/** Narrative sentences of the history with PHI in running text. */
const NARRATIVE: readonly ((rng: Rng, c: Cast) => Frag)[] = [
  (r, c) => { const x = relative(r, c); return f`Per ${r.pick(['her', 'his', 'pt\'s'])} ${x.relation} ${firstNameOnly(x.person)}, ${r.pick(['pt was found down at home', 'symptoms began', 'he stopped eating'])} ${shortDateRef(r, r.pick(c.events))}.`; },
  (r, c) => f`Last seen by ${doctor(r, r.pick(c.clinicians))} in ${dateText(r, r.pick(c.events), 'date.month-year')}.`,
  (r, c) => f`${c.patient.sex === 'F' ? 'She' : 'He'} was ${r.pick(['admitted to', 'discharged from', 'treated at'])} ${institution(r, 'location.hospital')} ${r.pick(['from', 'on'])} ${anyDate(r, c.events[1])}${r.pick([' to ', ' until ', ' - '])}${anyDate(r, c.events[2])}.`,
  (r, c) => f`Brought in by ${c.relatives[0].relation} ${fullName(r, c.relatives[0].person)} who drove from ${town(r)}.`,
  (r, c) => f`${possessive(r, c.clinicians[0], false)} team was consulted ${shortDateRef(r, c.visit)}.`,
  (r, c) => f`Moved here from ${town(r)} in ${r.int(1990, c.visit.y)} to live near ${r.pick(['family', 'her daughter', 'his son'])}.`,
  (r, c) => { const h = hospitalWithAbbreviation(r); return f`Transferred from ${h.full} ${shortDateRef(r, c.events[0])}; ${h.abbreviation()} ${r.pick(['records requested', 'discharge summary reviewed', 'imaging pushed to PACS'])}.`; },
  (r, c) => f`Admitted ${dateRange(r, c.events[0], c.events[1])} for ${r.pick(['pneumonia', 'CHF', 'a fall', 'GI bleed'])}.`,
  (r, c) => f`Symptoms ${r.pick(['started over', 'worse since', 'began around', 'first noticed at'])} ${holiday(r)}${r.chance(0.3) ? ` ${r.int(2016, c.visit.y)}` : ''}; ${r.pick(['family gathering', 'traveling', 'ate a large meal'])}.`,
  (r, c) => f`${doctor(r, c.clinicians[1])} (${r.pick(['cardiology', 'nephrology', 'GI', 'ID'])}) ${r.pick(['recommends', 'suggested', 'agreed with'])} ${r.pick(['TTE', 'CT', 'repeat labs', 'holding anticoagulation'])}; ${r.pick(['call', 'pager', 'cell'])} ${phone(r)}.`,
];

export function narrativeSentence(rng: Rng, cast: Cast): Frag {
  return rng.pick(NARRATIVE)(rng, cast);
}

/** Prescriber identifiers under a signature: "NPI 1234567893  DEA AB1234563", "Lic# MD-44120". */
export function prescriberIds(rng: Rng): Frag {
  const ids = rng.sample(['id.npi', 'id.dea', 'id.licence'], rng.int(1, 3)).map((k) => identifier(rng, k));
  const out: Frag[] = [];
  ids.forEach((x, i) => out.push(i ? rng.pick(['  ', ', ', ' | ', '; ']) : '', x));
  return out;
}

export function socialSentence(rng: Rng, cast: Cast): Frag {
  return rng.pick(SOCIAL)(rng, cast);
}

/** Two to four social sentences, each a different kind. */
export function socialBlock(rng: Rng, cast: Cast, sep: Frag = ' '): Frag {
  const k = rng.int(2, 4);
  const out: Frag[] = [];
  for (const s of rng.sample(SOCIAL, k)) {
    if (out.length) out.push(sep);
    out.push(s(rng, cast));
  }
  return out;
}

export function eventDate(rng: Rng, cast: Cast): Frag {
  return anyDate(rng, rng.pick(cast.events));
}

/** "on the 14th", "on 3/12" — short date references in running text. */
export function shortDateRef(rng: Rng, x: Ymd): Frag {
  return rng.chance(0.3) ? ['on the ', dayOrdinal(x)] : ['on ', dateText(rng, x, rng.pick(['date.month-day-numeric', 'date.month-name-day', 'date.ordinal-of-month', 'date.dashed-month']))];
}

export function clinicianRef(rng: Rng, cast: Cast): Frag {
  const p = rng.pick(cast.clinicians);
  return rng.chance(0.6) ? doctor(rng, p) : mention(rng, p);
}

export function clinicianList(rng: Rng, cast: Cast): Frag {
  return doctorList(rng, rng.sample(cast.clinicians, rng.int(2, 3)));
}

export function patientRef(rng: Rng, cast: Cast): Frag {
  return rng.weighted<() => Frag>([
    [3, () => titledSurname(rng, cast.patient)],
    [1, () => fullName(rng, cast.patient)],
    [2, () => rng.pick(['Pt', 'The patient', 'She', 'He', 'Patient'])],
  ])();
}

/** A bare year (not PHI under Safe Harbor) in clinical history. */
export function bareYearHistory(rng: Rng, cast: Cast): string {
  const y = rng.int(1975, cast.visit.y);
  return rng.pick([`s/p CABG ${y}`, `appendectomy in ${y}`, `dx ${y}`, `last colonoscopy ${y}`, `since ${y}`, `TKA (${y})`]);
}

export function protectedList(rng: Rng, k: number, sep: Frag = ', '): Frag {
  const out: Frag[] = [];
  for (let i = 0; i < k; i++) {
    if (i) out.push(sep);
    out.push(protectedPhrase(rng));
  }
  return out;
}

export function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
