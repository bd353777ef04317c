// Owns the written forms of the third held-out PHI check: forms none of the three other generators
// writes — PHI in lower case, run-together tokens (CamelCase names, dotted user names, bare ten-digit
// phones), identifiers mixing letters and digits in lower case, HL7 "LAST^FIRST^M" names and "^"-joined
// addresses, one-line comma addresses in lower case, spelled and glued ages over 89. It was written and
// measured before any recognizer change of its session and must never be tuned on.
import type { Rng } from '../prng';
import { inventedFirstName, inventedSurname, namePools } from '../namePools';
import { phi, type Frag, type PhiSeg } from '../segments';
import type { Ymd } from '../dates';
import { p2, yy } from '../dates';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

const DATE_FORMS: Record<string, readonly ((x: Ymd) => string)[]> = {
  'h3.date.lower-month': [(x) => `${MONTHS[x.m - 1]} ${x.d} ${x.y}`, (x) => `${MONTHS[x.m - 1].slice(0, 3)} ${x.d}, ${x.y}`, (x) => `${x.d}-${MONTHS[x.m - 1].slice(0, 3)}-${yy(x.y)}`],
  'h3.date.compact-dmy': [(x) => `${p2(x.d)}${MONTHS[x.m - 1].slice(0, 3)}${yy(x.y)}`, (x) => `${p2(x.m)}${p2(x.d)}${x.y}`],
  'h3.date.hl7': [(x) => `${x.y}${p2(x.m)}${p2(x.d)}`],
  'h3.date.dotted-ymd': [(x) => `${x.y}.${p2(x.m)}.${p2(x.d)}`, (x) => `${x.y}/${x.m}/${x.d}`],
  'h3.date.ordinal-of': [(x) => `${x.d}${x.d % 10 === 1 && x.d !== 11 ? 'st' : x.d % 10 === 2 && x.d !== 12 ? 'nd' : x.d % 10 === 3 && x.d !== 13 ? 'rd' : 'th'} of ${cap(MONTHS[x.m - 1])}`],
  'h3.date.month-day': [(x) => `${x.m}/${x.d}`, (x) => `${cap(MONTHS[x.m - 1]).slice(0, 3)}. ${x.d}`],
};
export const H3_DATE_KINDS = Object.keys(DATE_FORMS);

export function h3Date(rng: Rng, x: Ymd, kind = rng.pick(H3_DATE_KINDS)): PhiSeg {
  return phi(rng.pick(DATE_FORMS[kind])(x), 'DATE', kind);
}

export interface H3Person { given: string; family: string; middle: string; sex: 'F' | 'M' }

export function h3Person(rng: Rng): H3Person {
  const pools = namePools();
  const invented = rng.chance(0.4);
  return {
    given: cap(invented ? inventedFirstName(rng) : rng.pick(pools.censusFirst)),
    family: cap(invented ? inventedSurname(rng) : rng.pick(pools.censusSurnames)),
    middle: rng.letters(1),
    sex: rng.chance(0.5) ? 'F' : 'M',
  };
}

export function h3Name(rng: Rng, p: H3Person): PhiSeg {
  return rng.weighted<() => PhiSeg>([
    [3, () => phi(`${p.given} ${p.family}`.toLowerCase(), 'NAME', 'h3.name.lower')],
    [2, () => phi(`${p.family.toUpperCase()}^${p.given.toUpperCase()}^${p.middle}`, 'NAME', 'h3.name.hl7')],
    [1, () => phi(`${p.given}${p.family}`, 'NAME', 'h3.name.camel-run')],
    [2, () => phi(`${p.family} ${p.given[0]}${p.middle}`, 'NAME', 'h3.name.family-initials')],
    [2, () => phi(`${p.given} ${p.middle}. ${p.family}`, 'NAME', 'h3.name.middle-initial')],
  ])();
}

export function h3Given(p: H3Person, lower: boolean): PhiSeg {
  return phi(lower ? p.given.toLowerCase() : p.given, 'NAME', lower ? 'h3.name.given-lower' : 'h3.name.given');
}

export function h3Family(p: H3Person): PhiSeg {
  return phi(p.family, 'NAME', 'h3.name.family');
}

/** Portal user names: a name written as one lower-case token. */
export function h3Username(rng: Rng, p: H3Person): PhiSeg {
  const g = p.given.toLowerCase(), fam = p.family.toLowerCase();
  return phi(rng.pick([`${g}.${fam}`, `${g[0]}${fam}${rng.digits(2)}`, `${fam}_${g}`]), 'NAME', 'h3.name.username');
}

export function h3Phone(rng: Rng): PhiSeg {
  const a = `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`, e = `${rng.int(2, 9)}${rng.digits(2)}`, l = rng.digits(4);
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`${a}${e}${l}`, 'PHONE', 'h3.phone.bare-ten')],
    [2, () => phi(`${a}.${e}.${l} x${rng.int(10, 9999)}`, 'PHONE', 'h3.phone.dots-ext')],
    [1, () => phi(`(${a})${e}-${l}ext.${rng.int(1, 999)}`, 'PHONE', 'h3.phone.glued-ext')],
    [1, () => phi(`tel:+1${a}${e}${l}`, 'PHONE', 'h3.phone.tel-uri')],
    [2, () => phi(`${a} ${e} ${l}`, 'PHONE', 'h3.phone.spaces')],
  ])();
}

const STREETS = ['oak', 'maple', 'cedar', 'elm', 'pine', 'walnut', 'sycamore', 'hickory', 'birch', 'willow'];
const SUFFIX = ['st', 'ave', 'rd', 'dr', 'ln', 'way', 'blvd', 'cir', 'ter', 'pl'];
const STATES = ['tx', 'oh', 'ga', 'mi', 'nc', 'az', 'wa', 'pa'];

/** One-line addresses with commas (lower case or HL7 caret-joined). */
export function h3Address(rng: Rng): PhiSeg {
  const street = `${rng.int(10, 9999)} ${rng.chance(0.5) ? rng.pick(STREETS) : rng.pick(namePools().censusSurnames).toLowerCase()} ${rng.pick(SUFFIX)}`;
  const city = rng.pick(namePools().cities).toLowerCase();
  const zip = rng.digits(5);
  return rng.weighted<() => PhiSeg>([
    [3, () => phi(`${street}, ${rng.chance(0.5) ? `apt ${rng.int(1, 40)}${rng.pick(['', 'b', 'c'])}, ` : ''}${city}, ${rng.pick(STATES)}, ${zip}`, 'ADDRESS', 'h3.address.one-line-lower')],
    [2, () => phi(`${street.toUpperCase()}^^${city.toUpperCase()}^${rng.pick(STATES).toUpperCase()}^${zip}`, 'ADDRESS', 'h3.address.hl7')],
    [1, () => phi(`${street}#${rng.int(1, 40)},${city},${rng.pick(STATES)} ${zip}${rng.digits(4)}`, 'ADDRESS', 'h3.address.run-together')],
  ])();
}

export function h3City(rng: Rng): PhiSeg {
  return phi(rng.pick(namePools().cities).toLowerCase(), 'LOCATION', 'h3.location.city-lower');
}

export function h3Email(rng: Rng, p: H3Person): PhiSeg {
  return phi(`${p.given.toLowerCase()}${rng.digits(2)}@${rng.pick(['yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'])}`, 'EMAIL', 'h3.email.personal');
}

const BASES = ['Sunnybrook', 'Harbor View', 'Cottonwood', 'Linden Park', 'Blue Heron', 'Prairie Wind', 'Redstone', 'Juniper Hill', 'Fox Hollow', 'Silver Lake'];

/** Community resources, practices and agencies by their grammar, some written in lower case. */
export function h3Organisation(rng: Rng): PhiSeg {
  const b = rng.pick(BASES);
  const text = rng.weighted<() => string>([
    [2, () => `${b} ${rng.pick(['Dental Group', 'Family Dentistry', 'Eye Associates', 'Vision Center', 'Behavioral Health', 'Counseling Services'])}`],
    [2, () => `${b} ${rng.pick(['Food Pantry', 'Senior Center', 'Housing Authority', 'Home Health', 'Adult Day Services', 'Recovery House'])}`],
    [1, () => `Meals on Wheels of ${b}`],
    [1, () => `${b} ${rng.pick(['Kids Daycare', 'Learning Academy', 'Middle School', 'Health System'])}`],
  ])();
  return phi(rng.chance(0.3) ? text.toLowerCase() : text, 'LOCATION', 'h3.location.community');
}

export function h3Identifier(rng: Rng): Frag {
  const L = (n: number) => rng.letters(n).toLowerCase();
  return rng.weighted<() => Frag>([
    [2, () => [rng.pick(['member id ', 'mbr#', 'subscriber id: ']), phi(`${L(3)}${rng.digits(9)}`, 'ACCOUNT', 'h3.id.member-lower')]],
    [2, () => [rng.pick(['chart ', 'mrn:', 'pt id ']), phi(`${rng.digits(2)}${L(1)}${rng.digits(5)}`, 'MRN', 'h3.id.chart-mixed')]],
    [1, () => [rng.pick(['PID|1||', 'PID-3: ']), phi(`${rng.digits(7)}^^^${rng.pick(['MRN', 'HOSP'])}`, 'MRN', 'h3.id.hl7-pid')]],
    [2, () => [rng.pick(['claim # ', 'Claim number ', 'ref ']), phi(`${rng.int(2019, 2026)}${rng.digits(7)}${rng.letters(1)}`, 'ACCOUNT', 'h3.id.claim-tail')]],
    [1, () => [rng.pick(['group ', 'grp no. ']), phi(`${rng.digits(3)}${rng.letters(2)}${rng.digits(3)}`, 'ACCOUNT', 'h3.id.group')]],
    [1, () => [rng.pick(['ticket ', 'case # ']), phi(`cm-${rng.digits(6)}`, 'ID', 'h3.id.case')]],
    [1, () => [rng.pick(['license ', 'lic# ']), phi(`${rng.letters(1)}${rng.digits(6)}`, 'LICENSE', 'h3.id.license')]],
    [1, () => [rng.pick(['IOL serial ', 'lens SN ']), phi(`${rng.digits(8)}${rng.letters(3).toLowerCase()}`, 'DEVICE', 'h3.device.iol-serial')]],
  ])();
}

/** Ages over 89 spelled out or glued to a unit. */
export function h3Age(rng: Rng, age: number): Frag {
  const TENS = ['', '', '', '', '', '', '', '', '', 'ninety', 'one hundred'];
  const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const spelled = age < 100 ? `${TENS[9]}${age % 10 ? '-' + UNITS[age % 10] : ''}` : `one hundred${age % 100 ? ' and ' + UNITS[age % 10] : ''}`;
  return rng.weighted<() => Frag>([
    [2, () => [phi(spelled, 'AGE', 'h3.age.spelled'), ' years old']],
    [2, () => [phi(`${age}yo`, 'AGE', 'h3.age.glued-yo')]],
    [1, () => ['age:', phi(String(age), 'AGE', 'h3.age.label-glued')]],
    [1, () => [phi(`${age}y/o`, 'AGE', 'h3.age.glued-slash')]],
  ])();
}
