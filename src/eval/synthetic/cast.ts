// Owns the cast of one synthetic note: the patient, clinicians, relatives, institution and dates, so
// a note refers to the same people and events several times in different written forms.
import type { Rng } from './prng';
import { addDays, randomDate, type Ymd } from './dates';
import { oldAge } from './ages';
import { person, type Person } from './names';

export interface Cast {
  patient: Person;
  /** Attending, consultant, nurse, PCP… */
  clinicians: Person[];
  relatives: { person: Person; relation: string }[];
  dob: Ymd;
  /** Age in years; over 89 in a share of notes so those ages get planted. */
  age: number;
  visit: Ymd;
  /** A few event dates around the visit (admission, procedures, follow-up). */
  events: Ymd[];
}

const RELATIONS_F = ['daughter', 'wife', 'sister', 'mother', 'granddaughter', 'niece', 'daughter-in-law', 'partner'];
const RELATIONS_M = ['son', 'husband', 'brother', 'father', 'grandson', 'nephew', 'son-in-law', 'partner'];

export function makeCast(rng: Rng): Cast {
  const patient = person(rng);
  const visit = randomDate(rng, 2016, 2026);
  const old = rng.chance(0.3);
  const age = old ? oldAge(rng) : rng.int(0, 1) ? rng.int(19, 88) : rng.int(40, 88);
  const dob = addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360));
  const clinicians = Array.from({ length: rng.int(3, 5) }, () => person(rng));
  const relatives = Array.from({ length: rng.int(1, 2) }, () => {
    const p = person(rng);
    return { person: p, relation: rng.pick(p.sex === 'F' ? RELATIONS_F : RELATIONS_M) };
  });
  const events = Array.from({ length: 5 }, () => addDays(visit, rng.int(-400, 60)));
  return { patient, clinicians, relatives, dob, age, visit, events };
}
