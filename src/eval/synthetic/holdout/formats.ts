// Owns the written forms of the held-out PHI check: formats and phrasings the main synthetic
// generators do not produce (roman-numeral and month-first compact dates, vanity-free phones with
// "#", "x." and slash extensions, spelled ages with "and"/"yrs", names with suffixes and new
// particles, surname-first capitals with middle initials, institutions of other kinds, HIBCC device
// codes, state-prefixed plates, hyphenated licence numbers). The detector must not be tuned on it:
// it estimates how recall holds on formats nobody looked at while building the recognizers.
import type { Rng } from '../prng';
import { namePools } from '../namePools';
import { phi, type Frag, type PhiSeg } from '../segments';
import type { Ymd } from '../dates';
import { MONTHS, MON3, p2, yy, ordinal as ord } from '../dates';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Date writers the main generator lacks; kind prefix "ho.date." keeps them apart in the report. */
const DATE_FORMS: Record<string, readonly ((x: Ymd) => string)[]> = {
  'ho.date.dmy-compact': [(x) => `${p2(x.d)}${p2(x.m)}${x.y}`, (x) => `${p2(x.d)}${p2(x.m)}${yy(x.y)}`],
  'ho.date.dmy-dots-short': [(x) => `${x.d}.${x.m}.${yy(x.y)}`, (x) => `${x.d}. ${x.m}. ${x.y}`, (x) => `${p2(x.d)}.${p2(x.m)}.`],
  'ho.date.roman-month': [(x) => `${x.d}.${ROMAN[x.m - 1]}.${x.y}`, (x) => `${x.d}-${ROMAN[x.m - 1]}-${x.y}`, (x) => `${x.d} ${ROMAN[x.m - 1]} ${x.y}`],
  'ho.date.year-month-name': [(x) => `${x.y}-${MON3[x.m - 1]}-${p2(x.d)}`, (x) => `${x.y} ${MON3[x.m - 1]} ${x.d}`, (x) => `${x.y}${MON3[x.m - 1].toUpperCase()}${p2(x.d)}`],
  'ho.date.month-comma': [(x) => `${MON3[x.m - 1]}. ${ord(x.d)}, '${yy(x.y)}`, (x) => `${x.d} ${MON3[x.m - 1]}, ${x.y}`, (x) => `${MONTHS[x.m - 1]}, ${x.d} ${x.y}`, (x) => `${MON3[x.m - 1]}${x.d},${x.y}`],
  'ho.date.month-dashed-upper': [(x) => `${MON3[x.m - 1].toUpperCase()}-${p2(x.d)}-${yy(x.y)}`, (x) => `${MON3[x.m - 1].toUpperCase()} ${p2(x.d)} ${x.y}`, (x) => `${MON3[x.m - 1]}/${x.d}/${x.y}`],
  'ho.date.the-ordinal': [(x) => `the ${ord(x.d)} of ${MON3[x.m - 1]}.`, (x) => `${MONTHS[x.m - 1]} the ${ord(x.d)}`, (x) => `${ord(x.d)} ${MONTHS[x.m - 1]}, ${x.y}`],
  'ho.date.mdy-mixed-sep': [(x) => `${x.m}/${x.d}-${x.y}`, (x) => `${p2(x.m)}.${p2(x.d)}/${x.y}`, (x) => `${x.m}_${x.d}_${x.y}`, (x) => `${p2(x.m)}/${p2(x.d)}/${x.y}`],
};
export const HOLDOUT_DATE_KINDS = Object.keys(DATE_FORMS);

export function hoDate(rng: Rng, x: Ymd, kind = rng.pick(HOLDOUT_DATE_KINDS)): PhiSeg {
  return phi(rng.pick(DATE_FORMS[kind])(x), 'DATE', kind);
}

export function hoTime(rng: Rng): string {
  return rng.pick([`${p2(rng.int(0, 23))}${p2(rng.int(0, 59))}h`, `${rng.int(1, 12)}${rng.pick(['a', 'p', 'am', 'pm'])}`, `${p2(rng.int(0, 23))}.${p2(rng.int(0, 59))}`]);
}

/** Phones with "#", "x.", "/" extensions, dotted country codes, and split area codes. */
export function hoPhone(rng: Rng): PhiSeg {
  const a = `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`, e = `${rng.int(2, 9)}${rng.digits(2)}`, l = rng.digits(4);
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`${a}-${e}-${l} x.${rng.digits(3)}`, 'PHONE', 'ho.phone.ext-dot')],
    [2, () => phi(`(${a}) ${e}-${l} #${rng.digits(rng.int(2, 4))}`, 'PHONE', 'ho.phone.ext-hash')],
    [2, () => phi(`${a}/${e}.${l}`, 'PHONE', 'ho.phone.slash-dot')],
    [2, () => phi(`${a}-${e}-${l}/${rng.digits(4)}`, 'PHONE', 'ho.phone.ext-slash')],
    [1, () => phi(`001-${a}-${e}-${l}`, 'PHONE', 'ho.phone.intl-prefix')],
    [2, () => phi(`(${a}) ${e} ${l}`, 'PHONE', 'ho.phone.parens-spaces')],
    [1, () => phi(`${a}${e}${l}`, 'PHONE', 'ho.phone.ten-digits')],
    [1, () => phi(`${a} - ${e} - ${l}`, 'PHONE', 'ho.phone.spaced-dashes')],
    [1, () => phi(`${a}.${e}.${l} extension ${rng.digits(3)}`, 'PHONE', 'ho.phone.ext-word')],
  ])();
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function words(age: number): string {
  if (age >= 100) return age === 100 ? 'one hundred' : `one hundred and ${words(age - 100)}`;
  const u = UNITS[age % 10];
  return u ? `ninety ${u}` : 'ninety';
}

/** Ages over 89 in phrasings the main generator lacks: "ninety two yrs", "101 yr. old", "(age 96)". */
export function hoAge(rng: Rng, age: number, sex: 'F' | 'M'): Frag {
  const noun = sex === 'F' ? rng.pick(['woman', 'female', 'lady', 'F', 'W']) : rng.pick(['man', 'male', 'gentleman', 'M']);
  return rng.weighted<() => Frag>([
    [2, () => [phi(words(age), 'AGE', 'ho.age.words-spaced'), rng.pick([' yrs old ', ' years of age ', ' year-old ', ' yr old ']), noun]],
    [2, () => [phi(String(age), 'AGE', 'ho.age.abbrev'), rng.pick([' yr. old ', ' yrs. ', ' y. o. ', ' y ', '-yr-old ', ' yoa ']), noun]],
    [1, () => ['(age ', phi(String(age), 'AGE', 'ho.age.parenthetical'), ')']],
    [1, () => [phi(`${age}${rng.pick(['y/o', 'y.o.', 'YR', 'yrs'])}`, 'AGE', 'ho.age.glued'), ' ', noun]],
    [1, () => [rng.pick(['Age - ', 'AGE/SEX: ', 'Age/Sex: ']), phi(String(age), 'AGE', 'ho.age.field'), rng.pick(['/', ' / ', ''])+ sex]],
    [1, () => [rng.pick(['turned ', 'now ', 'will be ']), phi(String(age), 'AGE', 'ho.age.narrative'), rng.pick([' last month', ' this year', ' in May'])]],
  ])();
}

// Surnames built from syllables unlike the main generator's, so list lookup and its own
// syllable set cannot carry recall.
const HO_ONSETS = ['Ab', 'Bex', 'Cru', 'Dav', 'Fitz', 'Gwen', 'Hux', 'Ild', 'Jun', 'Kwa', 'Lyr', 'Mok', 'Nym', 'Oy', 'Pru', 'Quel', 'Ryl', 'Sko', 'Tam', 'Uri', 'Vog', 'Wat', 'Xan', 'Yel', 'Zub'];
const HO_ENDS = ['ak', 'ashvili', 'baum', 'chuk', 'dottir', 'egbe', 'fors', 'gaard', 'hauer', 'idis', 'jian', 'kowski', 'lund', 'mura', 'nakis', 'oye', 'pour', 'rud', 'shaw', 'tzel', 'uddin', 'veld', 'wala', 'zadeh'];
const HO_PARTICLES = ['Van der ', 'van de ', 'Ten ', 'Della ', 'Dal ', 'bin ', 'ibn ', 'Abu ', 'Fitz', 'Ter ', 'zu ', 'Lo ', 'St. ', 'Des '];
const SUFFIXES = [' Jr.', ' Jr', ' Sr.', ' III', ' II', ' IV'];

export interface HoPerson {
  first: string;
  middle: string;
  last: string;
  suffix: string;
  sex: 'F' | 'M';
}

export function hoPerson(rng: Rng): HoPerson {
  const pools = namePools();
  const base = rng.chance(0.45) ? rng.pick(HO_ONSETS) + rng.pick(HO_ENDS) : rng.pick(pools.censusSurnames);
  const last = rng.chance(0.2) ? rng.pick(HO_PARTICLES) + base : rng.chance(0.1) ? `${base}-${rng.pick(pools.censusSurnames)}` : base;
  const first = rng.chance(0.3) ? rng.pick(HO_ONSETS) + rng.pick(['ola', 'ian', 'ette', 'imir', 'u', 'ani']) : rng.pick(pools.censusFirst);
  return { first, middle: rng.pick(pools.censusFirst), last, suffix: rng.chance(0.12) ? rng.pick(SUFFIXES) : '', sex: rng.chance(0.5) ? 'F' : 'M' };
}

/** Name forms the main generator lacks; the suffix (Jr., III) is part of the name span. */
export function hoName(rng: Rng, p: HoPerson): PhiSeg {
  const forms: readonly [number, () => [string, string]][] = [
    [3, () => [`${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.middle[0]}`, 'ho.name.surname-first-upper']],
    [2, () => [`${p.last} ${p.first[0]}${p.middle[0]}`, 'ho.name.surname-initials']],
    [2, () => [`${p.first[0]}${p.middle[0]} ${p.last}`, 'ho.name.initials-nodots']],
    [2, () => [`${p.first} ${p.last}${p.suffix || ' Jr.'}`, 'ho.name.suffix']],
    [1, () => [`${p.last.toLowerCase()},${p.first.toLowerCase()}`, 'ho.name.lower-comma']],
    [2, () => [`${p.first} ${p.middle} ${p.last}`, 'ho.name.full-middle']],
    [2, () => [`${p.first} ${p.last}`, 'ho.name.plain']],
    [1, () => [`${p.last}, ${p.first[0]}.`, 'ho.name.surname-initial']],
  ];
  const [text, kind] = rng.weighted(forms)();
  return phi(text, 'NAME', kind);
}

export function hoSurname(p: HoPerson, kind = 'ho.name.surname'): PhiSeg {
  return phi(p.last, 'NAME', kind);
}

/** Institutions of kinds and grammars the main generator lacks. */
const INSTITUTION_FORMS: readonly ((b: string, rng: Rng) => string)[] = [
  (b) => `${b} Surgical Associates`, (b) => `${b} Dialysis Unit`, (b) => `${b} Ambulatory Surgery Center`, (b) => `${b} Imaging`,
  (b) => `${b} Wound Care Clinic`, (b) => `${b} Veterans Home`, (b) => `${b} Rehab`, (b) => `${b} Hospice`, (b) => `${b} Health System`,
  (b) => `${b} Urology Associates`, (_, r) => `Holy ${r.pick(['Cross', 'Redeemer', 'Family', 'Spirit'])} Hospital`, (b) => `${b} Infirmary`,
  (b) => `${b} Sleep Lab`, (b) => `${b} Counseling Services`, (b) => `${b} Free Clinic`, (b) => `${b} Pharmacy #${String(Math.floor(b.length * 371) % 9000 + 1000)}`,
  (b) => `${b.toUpperCase()} SKILLED NURSING FACILITY`, (b) => `${b} Rehabilitation Hospital`, (b) => `${b} Middle`, (b) => `${b} Day Care`,
];

function placeBase(rng: Rng): string {
  return rng.weighted<() => string>([
    [3, () => rng.pick(HO_ONSETS) + rng.pick(['brook', 'mere', 'crest', 'holm', 'wyck', 'ridge', 'stone'])],
    [2, () => rng.pick(namePools().cities)],
    [2, () => rng.pick(namePools().censusSurnames)],
    [1, () => rng.pick(['Northgate', 'Tri-County', 'Blue Heron', 'Three Rivers', 'Silver Lake', 'Fox Hollow', 'Cold Spring'])],
  ])();
}

export function hoInstitution(rng: Rng): PhiSeg {
  return phi(rng.pick(INSTITUTION_FORMS)(placeBase(rng), rng), 'LOCATION', 'ho.location.facility');
}

export function hoTown(rng: Rng): PhiSeg {
  const b = rng.pick(HO_ONSETS) + rng.pick(['ham', 'stoke', 'ington', 'ville', 'by']);
  return phi(rng.pick([`Ft. ${b}`, `${b} Heights`, `${b} Hollow`, `St. ${b}`, `${b}`, `Glen ${b}`, `${b} Center`, rng.pick(namePools().cities).toUpperCase()]), 'LOCATION', 'ho.location.town');
}

export function hoStreet(rng: Rng): PhiSeg {
  const name = rng.chance(0.5) ? rng.pick(namePools().censusSurnames) : rng.pick(HO_ONSETS) + rng.pick(['wood', 'field', 'more']);
  return phi(rng.pick([
    `${rng.int(1, 9999)}-${rng.int(1, 99)} ${name} ${rng.pick(['Street', 'Ave', 'Rd.'])}`,
    `${rng.int(1, 9999)} ${name} ${rng.pick(['Crossing', 'Loop', 'Row', 'Square', 'Alley', 'Bend'])}`,
    `Apt #${rng.int(1, 40)}, ${rng.int(1, 999)} ${name} St`,
    `${rng.int(10, 999)} ${rng.pick(['N.W.', 'S.E.', 'NW'])} ${rng.int(1, 120)}${rng.pick(['th', 'st'])} ${rng.pick(['Ter', 'Ave', 'St'])}`,
    `Box ${rng.int(1, 999)}, ${rng.pick(['Star Route', 'General Delivery', 'HCR ' + rng.int(1, 9)])}`,
    `${rng.int(1, 9999)} County Rd ${rng.int(1, 400)}${rng.pick(['', 'A', ' N'])}`,
  ]), 'ADDRESS', 'ho.address.street');
}

export function hoZip(rng: Rng): PhiSeg {
  const z = String(rng.int(1001, 99950)).padStart(5, '0');
  return phi(rng.chance(0.3) ? `${z} ${rng.digits(4)}` : z, 'ADDRESS', 'ho.address.zip');
}

/** Identifiers with labels and shapes the main generator lacks. */
export function hoIdentifier(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => [rng.pick(['Pt ID# ', 'Patient No.: ', 'Hospital No ', 'Case No. ', 'Record # ']), phi(`${rng.digits(2)}-${rng.digits(3)}-${rng.digits(3)}`, 'MRN', 'ho.id.record')]],
    [2, () => [rng.pick(['Subscriber No. ', 'Group/ID: ', 'Plan ID - ', 'HICN ']), phi(`${rng.letters(1)}${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`, 'ACCOUNT', 'ho.id.member')]],
    [1, () => [rng.pick(['SS# ', 'Soc. Sec. ', 'SSN/TIN: ']), phi(`${rng.digits(3)}.${rng.digits(2)}.${rng.digits(4)}`, 'SSN', 'ho.ssn.dots')]],
    [1, () => [rng.pick(['SSN ', 'soc sec # ']), phi(`${rng.digits(3)} - ${rng.digits(2)} - ${rng.digits(4)}`, 'SSN', 'ho.ssn.spaced')]],
    [1, () => [rng.pick(['Lic. No. ', 'License: ', 'lic # ', 'Board cert. no. ']), phi(`${rng.letters(1)}-${rng.digits(5)}`, 'LICENSE', 'ho.id.licence')]],
    [1, () => [rng.pick(['DL ', 'Driver Lic #: ']), phi(`${rng.letters(2)}-${rng.digits(3)}-${rng.digits(3)}`, 'LICENSE', 'ho.id.drivers-licence')]],
    [1, () => [rng.pick(['Ref. ', 'Ticket # ', 'Lab ID: ', 'Tube # ']), phi(`${rng.letters(2)}${rng.digits(2)}/${rng.digits(5)}`, 'ID', 'ho.id.reference')]],
    [1, () => [rng.pick(['HIBCC UDI ', 'UDI: ', 'Implant: ']), phi(`+H${rng.letters(3)}${rng.digits(4)}${rng.int(0, 9)}/$$${rng.digits(6)}${rng.letters(2)}${rng.digits(3)}`, 'DEVICE', 'ho.device.hibcc')]],
    [1, () => [rng.pick(['Lot ', 'Lot#: ']), phi(`${rng.letters(2)}${rng.digits(4)}`, 'DEVICE', 'ho.device.lot'), ' / ', rng.pick(['SN ', 'Serial ']), phi(`${rng.digits(3)}-${rng.digits(5)}`, 'DEVICE', 'ho.device.serial')]],
    [1, () => [rng.pick(['plate ', 'tag: ', 'license plate # ']), phi(`${rng.pick(['MD', 'PA', 'OH', 'TX', 'NY'])} ${rng.int(1, 9)}${rng.letters(2)}${rng.digits(4)}`, 'VEHICLE', 'ho.vehicle.state-plate')]],
    [1, () => [rng.pick(['vehicle tag ', 'Plate: ']), phi(`${rng.letters(2)}-${rng.digits(2)}-${rng.letters(1)}${rng.digits(1)}`, 'VEHICLE', 'ho.vehicle.plate')]],
  ])();
}

export function hoEmail(rng: Rng, p: HoPerson): PhiSeg {
  const local = `${p.first.toLowerCase()}${rng.pick(['+portal', '.', '-', ''])}${p.last.toLowerCase().replace(/[^a-z]/g, '')}`;
  return phi(`${local}@${rng.pick(['mail.example.net', 'fastmail.fm', 'yahoo.co.uk', 'me.com'])}`, 'EMAIL', 'ho.email');
}

export function hoUrl(rng: Rng): PhiSeg {
  return phi(rng.pick([`https://${rng.pick(HO_ONSETS).toLowerCase()}care.org/u/${rng.digits(5)}`, `ftp://files.${rng.pick(HO_ONSETS).toLowerCase()}.net/scans/${rng.digits(6)}.dcm`]), 'URL', 'ho.url');
}

/** "10.4.7.22:8443": the address is the identifier; the port after it is not. */
export function hoIp(rng: Rng): Frag {
  return [phi(`${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'ho.ip.with-port'), `:${rng.int(1024, 65535)}`];
}
