// Owns geographic PHI below the state (Safe Harbor): street addresses with units, PO boxes and rural
// routes, ZIP and ZIP+4, towns, cities and counties, and named institutions by their grammar —
// hospitals ("St. X's Hospital"), practices, pharmacies, nursing homes, schools, churches, employers.
// States are not PHI and stay plain text.
import type { Rng } from './prng';
import { inventedSurname, inventedTown, namePools, WORD_SURNAMES } from './namePools';
import { f, phi, type Frag, type PhiSeg } from './segments';

export const STATES = ['MD', 'PA', 'OH', 'TX', 'CA', 'NY', 'GA', 'IL', 'MI', 'NC', 'VA', 'WA', 'AZ', 'MA', 'TN', 'MN', 'OR', 'KY', 'Maryland', 'Ohio', 'Texas', 'Vermont'];
const SUFFIXES = ['St', 'St.', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Blvd', 'Boulevard', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Court', 'Way', 'Pl', 'Place', 'Terrace', 'Pike', 'Circle', 'Cir', 'Pkwy', 'Trail', 'Hwy'];
const TREES = ['Oak', 'Maple', 'Elm', 'Cedar', 'Pine', 'Walnut', 'Chestnut', 'Birch', 'Willow', 'Sycamore', 'Dogwood', 'Magnolia', 'Hickory'];
const DIRS = ['N', 'S', 'E', 'W', 'N.', 'North', 'South', 'East', 'West', 'NE', 'SW'];

function streetName(rng: Rng): string {
  return rng.weighted<() => string>([
    [3, () => rng.pick(namePools().censusSurnames)],
    [3, () => inventedSurname(rng)],
    [2, () => rng.pick(TREES)],
    [1, () => rng.pick(WORD_SURNAMES)],
    [1, () => { const n = rng.int(1, 99); return `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`; }],
    [1, () => `${rng.pick(['Old', 'Mill', 'Church', 'Lake', 'Spring', 'Hill', 'Valley', 'River', 'Forest'])} ${rng.pick(['Creek', 'Mill', 'Farm', 'View', 'Ridge', 'Park'])}`],
  ])();
}

function unit(rng: Rng): string {
  return rng.pick([`Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B', 'C'])}`, `Apt. ${rng.int(100, 999)}`, `Unit ${rng.int(1, 30)}`, `#${rng.int(1, 500)}`, `Suite ${rng.int(100, 900)}`, `Ste ${rng.int(1, 400)}`, `Lot ${rng.int(1, 90)}`, `Bldg ${rng.int(1, 9)}`]);
}

/** Street line: "1423 W Maple Ave, Apt 3B", "PO Box 1123", "RR 2 Box 145". */
export function streetAddress(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [6, () => {
      const s = `${rng.int(1, 19999)}${rng.chance(0.05) ? rng.pick(['A', ' 1/2']) : ''} ${rng.chance(0.3) ? rng.pick(DIRS) + ' ' : ''}${streetName(rng)} ${rng.pick(SUFFIXES)}`;
      return rng.chance(0.3)
        ? phi(`${s}${rng.pick([', ', ' '])}${unit(rng)}`, 'ADDRESS', 'address.street-unit')
        : phi(s, 'ADDRESS', 'address.street');
    }],
    [1, () => phi(`${rng.int(1, 9999)} ${rng.pick(['Route', 'Rt.', 'State Route', 'County Road', 'Highway'])} ${rng.int(1, 299)}`, 'ADDRESS', 'address.route')],
    [2, () => phi(rng.pick([`PO Box ${rng.int(1, 9999)}`, `P.O. Box ${rng.int(1, 999)}`, `Post Office Box ${rng.int(1, 999)}`, `POB ${rng.int(1, 999)}`]), 'ADDRESS', 'address.po-box')],
    [1, () => phi(rng.pick([`RR ${rng.int(1, 9)} Box ${rng.int(1, 400)}`, `Rural Route ${rng.int(1, 9)}, Box ${rng.int(1, 400)}`, `HC ${rng.int(1, 80)} Box ${rng.int(1, 400)}`, `R.R. #${rng.int(1, 9)}`]), 'ADDRESS', 'address.rural-route')],
  ])();
}

export function zip(rng: Rng): Frag {
  const z = String(rng.int(1001, 99950)).padStart(5, '0');
  return rng.chance(0.3) ? phi(`${z}-${rng.digits(4)}`, 'ADDRESS', 'address.zip4') : phi(z, 'ADDRESS', 'address.zip');
}

/** Town or city: listed US city (title case, sometimes upper case) or invented town. */
export function town(rng: Rng): Frag {
  if (rng.chance(0.5)) {
    const c = rng.pick(namePools().cities);
    return phi(rng.chance(0.15) ? c.toUpperCase() : c, 'LOCATION', 'location.city');
  }
  return phi(inventedTown(rng), 'LOCATION', 'location.town');
}

export function county(rng: Rng): Frag {
  const base = rng.chance(0.5) ? inventedSurname(rng) : rng.pick(namePools().censusSurnames);
  return [phi(base, 'LOCATION', 'location.county'), rng.pick([' County', ' Co.', ' Parish'])];
}

/** "1423 W Maple Ave, Apt 3B\nMillbrook, MD 21201-4417" or on one line. */
export function fullAddress(rng: Rng, multiline: boolean): Frag {
  return f`${streetAddress(rng)}${multiline ? '\n' : rng.pick([', ', ' ', '; '])}${town(rng)}${rng.pick([', ', ' ', ','])}${rng.pick(STATES)} ${zip(rng)}`;
}

function placeBase(rng: Rng): string {
  return rng.weighted<() => string>([
    [3, () => inventedTown(rng)],
    [2, () => rng.pick(namePools().cities)],
    [2, () => rng.pick(namePools().censusSurnames)],
    [2, () => inventedSurname(rng)],
    [1, () => rng.pick(['Lakeside', 'Riverside', 'Valley', 'Mountain View', 'Bayview', 'Pine Ridge', 'Cedar Creek', 'Summit', 'Harbor', 'Meadowbrook'])],
  ])();
}

const SAINTS = ['Jude', 'Luke', 'Mary', 'Joseph', 'Vincent', 'Agnes', 'Elizabeth', 'Francis', 'Anthony', 'Catherine', 'Michael', 'Rita', 'Clare', 'Bernadine', 'Ignatius'];

const INSTITUTIONS: Record<string, readonly ((b: string, rng: Rng) => string)[]> = {
  'location.hospital': [
    (b) => `${b} Medical Center`, (b) => `${b} General Hospital`, (b) => `${b} Memorial Hospital`, (b) => `${b} Regional Medical Center`,
    (_, r) => `St. ${r.pick(SAINTS)}'s Hospital`, (_, r) => `Saint ${r.pick(SAINTS)} Medical Center`, (_, r) => `St ${r.pick(SAINTS)}'s`,
    (b) => `University of ${b} Medical Center`, (b) => `${b} Community Hospital`, (b) => `${b} Children's Hospital`,
    (b) => `${b} VA Medical Center`, (_, r) => `Our Lady of ${r.pick(['Lourdes', 'Mercy', 'the Lake', 'Peace'])} Hospital`, (b) => `${b} Health`,
    (b) => `${b} Hospital`, (b) => `${b} Behavioral Health Center`, (b) => `${b.toUpperCase()} MEDICAL CENTER`,
  ],
  'location.practice': [
    (b) => `${b} Family Practice`, (b) => `${b} Family Medicine`, (b) => `${b} Internal Medicine Associates`, (b) => `${b} Pediatrics`,
    (b) => `${b} Cardiology Group`, (b) => `${b} Orthopedics & Sports Medicine`, (b) => `${b} Women's Health`, (b) => `${b} Urgent Care`,
    (b) => `${b} Primary Care`, (b) => `${b} Dermatology, P.A.`, (b) => `${b} Medical Group`, (b) => `${b} Clinic`,
  ],
  'location.pharmacy': [(b) => `${b} Pharmacy`, (b) => `${b} Drug`, (b) => `${b} Apothecary`, (b) => `${b} Drugs`, (b) => `${b} Compounding Pharmacy`],
  'location.nursing-home': [
    (b) => `${b} Nursing and Rehabilitation Center`, (b) => `${b} Manor`, (b) => `${b} Assisted Living`, (b) => `The Willows at ${b}`,
    (b) => `${b} Care Center`, (b) => `${b} Senior Living`, (b) => `${b} Hospice House`,
  ],
  'location.school': [
    (b) => `${b} Elementary School`, (b) => `${b} Elementary`, (b) => `${b} Middle School`, (b) => `${b} High School`, (b) => `${b} Academy`,
    (b) => `${b} Community College`, (b) => `${b} Montessori`, (b) => `${b} Christian School`,
  ],
  'location.church': [
    (b) => `First Baptist Church of ${b}`, (_, r) => `St. ${r.pick(SAINTS)} Catholic Church`, (b) => `${b} Community Church`,
    (b) => `${b} United Methodist Church`, (b) => `Temple Beth ${b}`, (b) => `${b} Islamic Center`, (b) => `${b} Presbyterian Church`,
    (b) => `${b} Kingdom Hall`,
  ],
  'location.employer': [
    (b) => `${b} Manufacturing`, (b) => `${b} & Sons`, (b) => `${b} Logistics`, (b) => `${b} Hardware`, (b) => `${b} Auto Body`,
    (b) => `${b} Poultry`, (b) => `${b} Construction, Inc.`, (b) => `${b} Foods`, (b) => `${b} Steel`, (b) => `${b} Trucking LLC`,
    (b) => `${b} County Public Schools`, (b) => `${b} Diner`,
  ],
};

export const INSTITUTION_KINDS = Object.keys(INSTITUTIONS);

export function institution(rng: Rng, kind: string): Frag {
  const forms = INSTITUTIONS[kind];
  if (!forms) throw new RangeError(`institution: unknown kind ${kind}`);
  return phi(rng.pick(forms)(placeBase(rng), rng), 'LOCATION', kind);
}

/** A hospital with the initials staff use for it: "Drumleyville Memorial Hospital (DMH)", then "DMH". */
export function hospitalWithAbbreviation(rng: Rng): { full: Frag; abbreviation: () => Frag } {
  const seg = institution(rng, 'location.hospital') as PhiSeg;
  const letters = seg.text.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  const abbr = letters.length >= 2 ? letters : `${letters}H`;
  return {
    full: [seg, ' (', phi(abbr, 'LOCATION', 'location.hospital-abbrev'), ')'],
    abbreviation: () => phi(abbr, 'LOCATION', 'location.hospital-abbrev'),
  };
}

/** Ward, room and bed: in-house locations are not Safe Harbor identifiers; plain text. */
export function roomText(rng: Rng): string {
  return rng.pick([`Rm ${rng.int(100, 999)}`, `room ${rng.int(1, 60)}${rng.pick(['A', 'B', ''])}`, `bed ${rng.int(1, 30)}`, `${rng.int(2, 9)}${rng.pick(['N', 'S', 'E', 'W'])}-${rng.int(1, 40)}`]);
}
