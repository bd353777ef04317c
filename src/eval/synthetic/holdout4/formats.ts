// Owns the written forms of the fourth held-out PHI check: every Safe Harbor class (45 CFR 164.514(b)(2))
// in formats people really write — names with particles, diacritics, nicknames, initials, possessives and
// word-names; dates as ISO timestamps, day-month-name, month-year, weekday + numeric, ordinals, compact;
// ages over 89 hyphenated, spelled, glued to sex; phones with extensions, slashes and country codes; SSN,
// Medicare MBI, DEA, NPI, death-certificate, driver's-licence, VIN and plate, GS1 UDI and implant serials,
// URLs, IPv4/IPv6, photo files, street / PO box / rural route / ZIP+4, towns, counties, facilities, schools
// and employers by their grammar. Vocabulary comes from ./vocab only. Written before any measurement.
import type { Rng } from '../prng';
import type { Ymd } from '../dates';
import { phi, type Frag, type PhiSeg } from '../segments';
import {
  H4_BASES, H4_COUNTIES, H4_EMPLOYER_TYPES, H4_GIVEN_WORDS, H4_GIVEN_WORLD, H4_NICKNAMES, H4_SAINTS, H4_STATES, H4_STREETS, H4_STREET_SUFFIX,
  H4_SURNAMES_PARTICLE, H4_SURNAMES_WORDS, H4_SURNAMES_WORLD, H4_TOWNS,
} from './vocab';
import { MONTHS, MON3, p2, yy, ordinal as ord } from '../dates';

const WEEKDAYS = ['Sun', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'];

export interface H4Person {
  given: string;
  family: string;
  middle: string;
  nickname: string;
  sex: 'F' | 'M';
  /** Given or family name is also an English word. */
  wordy: boolean;
}

export function h4Person(rng: Rng): H4Person {
  const wordGiven = rng.chance(0.3);
  const familyPool = rng.weighted<readonly string[]>([[5, H4_SURNAMES_WORLD], [2, H4_SURNAMES_PARTICLE], [3, H4_SURNAMES_WORDS]]);
  const family = rng.pick(familyPool);
  return {
    given: rng.pick(wordGiven ? H4_GIVEN_WORDS : H4_GIVEN_WORLD),
    family,
    middle: rng.letters(1),
    nickname: rng.pick(H4_NICKNAMES),
    sex: rng.chance(0.5) ? 'F' : 'M',
    wordy: wordGiven || familyPool === H4_SURNAMES_WORDS,
  };
}

function nameSeg(p: H4Person, text: string, form: string): PhiSeg {
  return phi(text, 'NAME', `h4.name.${form}${p.wordy ? '.wordname' : ''}`);
}

/** A person's full name in one of the forms charts, letters and forms use. */
export function h4Name(rng: Rng, p: H4Person): PhiSeg {
  return rng.weighted<() => PhiSeg>([
    [4, () => nameSeg(p, `${p.given} ${p.family}`, 'given-family')],
    [3, () => nameSeg(p, `${p.family.toUpperCase()}, ${p.given}${rng.chance(0.5) ? ` ${p.middle}.` : ''}`, 'family-comma-given')],
    [2, () => nameSeg(p, `${p.given[0]}. ${p.family}`, 'initial-family')],
    [2, () => nameSeg(p, `${p.given} ${p.middle}. ${p.family}`, 'given-middle-family')],
    [1, () => nameSeg(p, `${p.given} "${p.nickname}" ${p.family}`, 'nickname-quoted')],
    [1, () => nameSeg(p, `${p.family.toUpperCase()} ${p.given}`, 'family-upper-given')],
    [1, () => nameSeg(p, `${p.given} ${p.family}`.toLowerCase(), 'lower')],
    [1, () => nameSeg(p, `${p.given} ${p.family}`.toUpperCase(), 'upper')],
  ])();
}

export function h4Given(p: H4Person): PhiSeg {
  return nameSeg(p, p.given, 'given');
}

export function h4Family(p: H4Person): PhiSeg {
  return nameSeg(p, p.family, 'family');
}

/** "Hope's" — the possessive ending stays outside the span. */
export function h4Possessive(p: H4Person): Frag {
  return [nameSeg(p, p.given, 'possessive'), "'s"];
}

/** Staff as they sign or are referred to in flow sheets and rosters. */
export function h4Staff(rng: Rng, p: H4Person, credential: string): Frag {
  return rng.weighted<() => Frag>([
    [3, () => [h4Name(rng, p), `, ${credential}`]],
    [2, () => [rng.pick(['Dr. ', 'Dr ', 'DR. ']), h4Family(p)]],
    [1, () => [nameSeg(p, `${p.family}`, 'family-credential'), ` ${credential}`]],
    [1, () => [nameSeg(p, `${p.given[0]}${p.family[0]}`.toLowerCase(), 'initials-lower'), ` (${credential})`]],
    [1, () => [nameSeg(p, `${p.given[0]}.${p.middle}.${p.family[0]}.`.replace(/\.$/, ''), 'initials-dotted'), `. ${credential}`]],
  ])();
}

const DATE_FORMS: Record<string, (rng: Rng, x: Ymd) => string> = {
  'h4.date.iso': (_, x) => `${x.y}-${p2(x.m)}-${p2(x.d)}`,
  'h4.date.dmy-monthname': (rng, x) => rng.pick([`${x.d} ${MON3[x.m - 1]} ${x.y}`, `${p2(x.d)} ${MON3[x.m - 1].toUpperCase()} ${yy(x.y)}`, `${x.d} ${MONTHS[x.m - 1]} ${x.y}`]),
  'h4.date.month-year': (rng, x) => rng.pick([`${MONTHS[x.m - 1]} ${x.y}`, `${MON3[x.m - 1]} '${yy(x.y)}`, `${MON3[x.m - 1]}-${x.y}`, `${p2(x.m)}/${x.y}`]),
  'h4.date.mdy-short': (rng, x) => rng.pick([`${x.m}/${x.d}/${yy(x.y)}`, `${x.m}/${x.d}/${x.y}`, `${p2(x.m)}/${p2(x.d)}/${x.y}`]),
  'h4.date.month-ordinal': (rng, x) => rng.pick([`${MONTHS[x.m - 1]} ${ord(x.d)}`, `${MON3[x.m - 1]}. ${ord(x.d)}, ${x.y}`, `${ord(x.d)} ${MONTHS[x.m - 1]}`]),
  'h4.date.dmy-dots-2y': (_, x) => `${p2(x.d)}.${p2(x.m)}.${yy(x.y)}`,
  'h4.date.compact-ymd': (_, x) => `${x.y}${p2(x.m)}${p2(x.d)}`,
  'h4.date.dashed-upper': (_, x) => `${p2(x.d)}-${MON3[x.m - 1].toUpperCase()}-${x.y}`,
  'h4.date.mmddyy-bare': (_, x) => `${p2(x.m)}${p2(x.d)}${yy(x.y)}`,
  'h4.date.month-day': (rng, x) => rng.pick([`${x.m}/${x.d}`, `${MON3[x.m - 1]} ${x.d}`, `${x.m}-${x.d}`]),
};
export const H4_DATE_KINDS = Object.keys(DATE_FORMS);

export function h4Date(rng: Rng, x: Ymd, kind = rng.pick(H4_DATE_KINDS)): PhiSeg {
  return phi(DATE_FORMS[kind](rng, x), 'DATE', kind);
}

/** "Tues 3/4": the weekday identifies nothing and stays outside the span. */
export function h4WeekdayDate(rng: Rng, x: Ymd): Frag {
  const wd = WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()];
  return [`${wd} `, phi(rng.pick([`${x.m}/${x.d}`, `${p2(x.m)}/${p2(x.d)}/${yy(x.y)}`]), 'DATE', 'h4.date.after-weekday')];
}

/** ISO date with a clock time; the time is not a date element and stays outside the span. */
export function h4Timestamp(rng: Rng, x: Ymd): Frag {
  return [h4Date(rng, x, rng.pick(['h4.date.iso', 'h4.date.mdy-short', 'h4.date.compact-ymd'])), ` ${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}`];
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Ages over 89 (only the number is the identifier; unit words stay outside). */
export function h4Age(rng: Rng, age: number, sex: 'F' | 'M'): Frag {
  const spelled = age < 100 ? `ninety${age % 10 ? '-' + UNITS[age % 10] : ''}` : `one hundred${age % 100 ? ' ' + UNITS[age % 10] : ''}`;
  return rng.weighted<() => Frag>([
    [3, () => [phi(String(age), 'AGE', 'h4.age.hyphen-year-old'), '-year-old']],
    [2, () => [phi(rng.chance(0.5) ? spelled : spelled.charAt(0).toUpperCase() + spelled.slice(1), 'AGE', 'h4.age.spelled'), rng.pick([' years old', '-year-old', ' yrs'])]],
    [2, () => [phi(String(age), 'AGE', 'h4.age.glued-sex'), sex]],
    [1, () => ['aged ', phi(String(age), 'AGE', 'h4.age.aged')]],
    [1, () => [phi(String(age), 'AGE', 'h4.age.yo'), rng.pick([' y.o.', ' yo', 'y', ' yrs'])]],
  ])();
}

export function h4AgeOrYounger(rng: Rng, age: number, sex: 'F' | 'M'): Frag {
  return age > 89 ? h4Age(rng, age, sex) : `${age}-year-old`;
}

function area(rng: Rng): string {
  return `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`;
}

export function h4Phone(rng: Rng): PhiSeg {
  const a = area(rng), e = `${rng.int(2, 9)}${rng.digits(2)}`, l = rng.digits(4);
  return rng.weighted<() => PhiSeg>([
    [3, () => phi(`(${a}) ${e}-${l}`, 'PHONE', 'h4.phone.parens')],
    [2, () => phi(`(${a}) ${e}-${l} ${rng.pick(['ext', 'ext.', 'x', 'X'])} ${rng.int(10, 9999)}`, 'PHONE', 'h4.phone.extension')],
    [2, () => phi(`${a}/${e}-${l}`, 'PHONE', 'h4.phone.slash')],
    [1, () => phi(`+1 ${a} ${e} ${l}`, 'PHONE', 'h4.phone.country-code')],
    [1, () => phi(`1-${a}-${e}-${l}`, 'PHONE', 'h4.phone.leading-one')],
    [1, () => phi(rng.pick([`+44 20 ${rng.digits(4)} ${rng.digits(4)}`, `+52 55 ${rng.digits(4)} ${rng.digits(4)}`, `+63 917 ${rng.digits(3)} ${rng.digits(4)}`]), 'PHONE', 'h4.phone.international')],
    [1, () => phi(`${e}-${l}`, 'PHONE', 'h4.phone.seven-digit')],
  ])();
}

export function h4Fax(rng: Rng): Frag {
  return [rng.pick(['Fax: ', 'fax ', 'FAX# ', 'F: ']), phi(`${area(rng)}.${rng.int(2, 9)}${rng.digits(2)}.${rng.digits(4)}`, 'PHONE', 'h4.phone.fax-dots')];
}

export function h4Pager(rng: Rng): Frag {
  return [rng.pick(['pgr ', 'pager #', 'Vocera ext ']), phi(rng.digits(4), 'PHONE', 'h4.phone.pager')];
}

function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
}

export function h4Email(rng: Rng, p: H4Person, orgBase?: string): PhiSeg {
  const g = slug(p.given), fam = slug(p.family);
  const org = slug(orgBase ?? rng.pick(H4_BASES));
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`${g}.${fam}@${org}health.org`, 'EMAIL', 'h4.email.work')],
    [2, () => phi(`${g}${fam[0]}${rng.digits(2)}@${rng.pick(['gmail.com', 'proton.me', 'hotmail.com', 'ymail.com'])}`, 'EMAIL', 'h4.email.personal')],
    [1, () => phi(`${fam}+${rng.pick(['school', 'meds', 'mom'])}@${rng.pick(['gmail.com', 'fastmail.com'])}`, 'EMAIL', 'h4.email.plus-tag')],
    [1, () => phi(`${g[0]}${fam}@mail.${org}.k12.${rng.pick(['mt', 'az', 'ia'])}.us`, 'EMAIL', 'h4.email.school-district')],
  ])();
}

export function h4Url(rng: Rng, p: H4Person): PhiSeg {
  const org = slug(rng.pick(H4_BASES));
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`https://portal.${org}.org/patients/${rng.digits(6)}`, 'URL', 'h4.url.patient-portal')],
    [1, () => phi(`www.caringbridge.org/visit/${slug(p.given)}${slug(p.family)}`, 'URL', 'h4.url.personal-page')],
    [1, () => phi(`http://${rng.int(10, 172)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}:8080/lis/result?acc=${rng.digits(7)}`, 'URL', 'h4.url.ip-host')],
  ])();
}

export function h4Ip(rng: Rng): PhiSeg {
  return rng.chance(0.7)
    ? phi(`${rng.pick([10, 172, 192])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'h4.ip.v4')
    : phi(`2001:db8:${rng.int(0, 0xffff).toString(16)}::${rng.int(1, 0xffff).toString(16)}`, 'IP', 'h4.ip.v6');
}

export function h4Ssn(rng: Rng): Frag {
  const a = `${rng.int(1, 665)}`.padStart(3, '0'), g = p2(rng.int(1, 99)), s = rng.digits(4);
  return rng.weighted<() => Frag>([
    [2, () => [rng.pick(['SSN ', 'SS# ', 'Social Security No. ']), phi(`${a} ${g} ${s}`, 'SSN', 'h4.ssn.spaces')]],
    [2, () => [rng.pick(['SSN: ', 'soc sec ']), phi(`${a}-${g}-${s}`, 'SSN', 'h4.ssn.dashes')]],
    [1, () => [rng.pick(['SSN#', 'ssn ']), phi(`${a}${g}${s}`, 'SSN', 'h4.ssn.bare')]],
  ])();
}

export function h4Mrn(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => [rng.pick(['MRN ', 'MRN: ', 'Med Rec # ']), phi(rng.digits(rng.int(7, 9)), 'MRN', 'h4.mrn.digits')]],
    [1, () => [rng.pick(['MR# ', 'Chart No. ']), phi(`${rng.letters(1)}-${rng.digits(5)}-${rng.int(0, 9)}`, 'MRN', 'h4.mrn.letter-dashed')]],
    [1, () => [rng.pick(['Hosp # ', 'Unit No. ']), phi(`${rng.letters(2)}${rng.digits(6)}`, 'MRN', 'h4.mrn.letters-digits')]],
  ])();
}

/** Health-plan beneficiary and account numbers (Safe Harbor classes I and J). */
export function h4Plan(rng: Rng): Frag {
  const mbi = () => `${rng.int(1, 9)}${rng.letters(1)}${rng.letters(1, 'ABCDEFGHJKMNPRTUVWXY0123456789')}${rng.int(0, 9)}${rng.letters(1)}${rng.letters(1, 'ABCDEFGHJKMNPRTUVWXY0123456789')}${rng.int(0, 9)}${rng.letters(2)}${rng.digits(2)}`;
  return rng.weighted<() => Frag>([
    [2, () => [rng.pick(['Medicare MBI ', 'MBI: ']), phi(rng.chance(0.5) ? mbi() : mbi().replace(/^(.{4})(.{3})(.{4})$/, '$1-$2-$3'), 'ACCOUNT', 'h4.plan.medicare-mbi')]],
    [2, () => [rng.pick(['Medicaid ID ', 'CHIP # ', 'AHCCCS ID ']), phi(`${rng.letters(1)}${rng.digits(8)}`, 'ACCOUNT', 'h4.plan.medicaid')]],
    [1, () => [rng.pick(['Policy # ', 'Policy no. ']), phi(`${rng.letters(2)}-${rng.digits(5)}-${p2(rng.int(1, 20))}`, 'ACCOUNT', 'h4.plan.policy')]],
    [1, () => [rng.pick(['Acct ', 'Account #', 'Billing acct: ']), phi(rng.digits(9), 'ACCOUNT', 'h4.plan.account')]],
    [1, () => [rng.pick(["Workers' comp claim ", 'WC claim # ']), phi(`WC${yy(rng.int(2019, 2026))}-${rng.digits(6)}`, 'ACCOUNT', 'h4.plan.workers-comp-claim')]],
  ])();
}

/** Certificate and licence numbers (Safe Harbor class K). */
/** Certificate and licence numbers (Safe Harbor class K): a prescriber's, a clinician's, or a patient's own. */
export function h4License(rng: Rng, whose: 'prescriber' | 'clinician' | 'personal' = 'clinician'): Frag {
  const prescriber: [number, () => Frag][] = [
    [2, () => [rng.pick(['DEA ', 'DEA# ']), phi(`${rng.pick(['A', 'B', 'F', 'M'])}${rng.letters(1)}${rng.digits(7)}`, 'LICENSE', 'h4.license.dea')]],
    [2, () => [rng.pick(['NPI ', 'NPI: ']), phi(`1${rng.digits(9)}`, 'LICENSE', 'h4.license.npi')]],
  ];
  const clinician: [number, () => Frag][] = [
    [2, () => [rng.pick(['Lic. ', 'License # ', 'ASHA # ']), phi(`${rng.pick(['RN', 'SLP', 'MD', 'LPN'])}-${rng.digits(6)}`, 'LICENSE', 'h4.license.state-board')]],
    ...prescriber.slice(1),
  ];
  const personal: [number, () => Frag][] = [
    [2, () => [rng.pick(["Driver's lic ", 'DL# ']), phi(`${rng.letters(1)}${rng.digits(3)}-${rng.digits(4)}-${rng.digits(4)}`, 'LICENSE', 'h4.license.drivers')]],
    [1, () => [rng.pick(['CDL ', 'CDL no. ']), phi(`${rng.digits(9)}${rng.letters(1)}`, 'LICENSE', 'h4.license.cdl')]],
  ];
  return rng.weighted(whose === 'prescriber' ? prescriber : whose === 'personal' ? personal : clinician)();
}

export function h4DeathCertificate(rng: Rng, year: number): Frag {
  return [rng.pick(['State file no. ', 'Death certificate # ', 'Certificate No. ']), phi(`${year}-${rng.digits(6)}`, 'LICENSE', 'h4.license.death-certificate')];
}

export function h4Vehicle(rng: Rng, kind: 'private' | 'ambulance'): Frag {
  if (kind === 'ambulance') return [rng.pick(['Medic unit ', 'Ambulance ', 'Rig ']), phi(`${rng.letters(1)}${rng.int(10, 99)}-${rng.digits(3)}`, 'VEHICLE', 'h4.vehicle.ambulance-unit')];
  return rng.weighted<() => Frag>([
    [1, () => [rng.pick(['VIN ', 'vin# ']), phi(`${rng.int(1, 5)}${rng.letters(2)}${rng.letters(1)}${rng.letters(2)}${rng.int(0, 9)}${rng.letters(1)}${rng.int(0, 9)}${rng.letters(1)}${rng.letters(1)}${rng.digits(6)}`, 'VEHICLE', 'h4.vehicle.vin')]],
    [2, () => [rng.pick(['plate ', 'lic plate ', 'tag ']), phi(rng.pick([`${rng.int(1, 9)}${rng.letters(3)}${rng.digits(3)}`, `${rng.digits(2)}-${rng.digits(4)}${rng.letters(1)}`, `${rng.letters(3)} ${rng.digits(4)}`]), 'VEHICLE', 'h4.vehicle.plate')]],
  ])();
}

/** Device identifiers and serial numbers (Safe Harbor class M). */
export function h4Device(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => ['UDI ', phi(`(01)${rng.digits(14)}(17)${yy(rng.int(2025, 2031))}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}(10)${rng.letters(1)}${rng.digits(4)}${rng.chance(0.5) ? `(21)${rng.digits(7)}` : ''}`, 'DEVICE', 'h4.device.gs1-udi')]],
    [2, () => [rng.pick(['serial ', 'S/N ', 'SN: ']), phi(`${rng.letters(3)}${rng.digits(6)}${rng.letters(1)}`, 'DEVICE', 'h4.device.serial')]],
    [1, () => [rng.pick(['pump SN ', 'transmitter ID ', 'CGM tx ']), phi(`${rng.digits(2)}${rng.letters(2)}${rng.digits(4)}`, 'DEVICE', 'h4.device.pump-sensor')]],
    [1, () => [rng.pick(['hearing aid serial ', 'HA s/n ']), phi(`${rng.digits(10)}`, 'DEVICE', 'h4.device.hearing-aid')]],
  ])();
}

/** Any other unique number (Safe Harbor class R): accessions, orders, incidents, cases, student and employee ids, photos. */
export function h4OtherId(rng: Rng, kind?: 'accession' | 'order' | 'incident' | 'me-case' | 'student' | 'employee' | 'photo' | 'encounter' | 'specimen'): Frag {
  const k = kind ?? rng.pick(['accession', 'order', 'encounter', 'specimen'] as const);
  switch (k) {
    case 'accession': return [rng.pick(['Acc# ', 'Accession ']), phi(`${rng.pick(['S', 'CH', 'M', 'HEM'])}${yy(rng.int(2019, 2026))}-${rng.digits(5)}`, 'ID', 'h4.id.accession')];
    case 'order': return [rng.pick(['Order ', 'ORD# ']), phi(`${rng.digits(10)}`, 'ID', 'h4.id.order')];
    case 'encounter': return [rng.pick(['Enc ', 'CSN ', 'Visit # ']), phi(rng.digits(rng.int(9, 11)), 'ID', 'h4.id.encounter')];
    case 'specimen': return [rng.pick(['Spec ID ', 'Container ']), phi(`${rng.digits(2)}${rng.letters(1)}${rng.digits(6)}`, 'ID', 'h4.id.specimen')];
    case 'incident': return [rng.pick(['Incident # ', 'Run # ', 'CAD ']), phi(`${yy(rng.int(2019, 2026))}-${rng.digits(6)}`, 'ID', 'h4.id.ems-incident')];
    case 'me-case': return [rng.pick(['ME Case ', 'Case No. ']), phi(`ME${yy(rng.int(2019, 2026))}-${rng.digits(4)}`, 'ID', 'h4.id.me-case')];
    case 'student': return [rng.pick(['Student ID ', 'Stu# ']), phi(`${rng.digits(rng.int(6, 8))}`, 'ID', 'h4.id.student')];
    case 'employee': return [rng.pick(['Employee # ', 'Badge ', 'EE ID ']), phi(`${rng.pick(['E', 'T', ''])}${rng.digits(6)}`, 'ID', 'h4.id.employee')];
    case 'photo': return [rng.pick(['photo ', 'image file ', 'pic saved as ']), phi(`IMG_${rng.int(2019, 2026)}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}_${rng.digits(4)}.jpg`, 'ID', 'h4.id.photo-file')];
  }
}

function streetLine(rng: Rng): string {
  const dir = rng.pick(['', '', '', 'N ', 'SW ', 'E. ', 'West ']);
  const num = rng.chance(0.15) ? `${rng.int(1, 99)}${rng.pick(['A', '½', '-B'])}` : String(rng.int(1, 29999));
  return `${num} ${dir}${rng.pick(H4_STREETS)} ${rng.pick(H4_STREET_SUFFIX)}`;
}

/** Street, PO box or rural route (ADDRESS); the unit stays inside the span. */
export function h4Street(rng: Rng): PhiSeg {
  return rng.weighted<() => PhiSeg>([
    [4, () => phi(streetLine(rng), 'ADDRESS', 'h4.address.street')],
    [2, () => phi(`${streetLine(rng)}${rng.pick([', Apt ', ' #', ', Unit ', ' Lot ', ', Trlr ', ' Suite '])}${rng.int(1, 40)}${rng.pick(['', 'B', 'C'])}`, 'ADDRESS', 'h4.address.street-unit')],
    [1, () => phi(rng.pick([`P.O. Box ${rng.int(1, 9999)}`, `PO Box ${rng.int(1, 999)}`, `Box ${rng.int(1, 999)}`]), 'ADDRESS', 'h4.address.po-box')],
    [1, () => phi(rng.pick([`HC ${rng.int(1, 80)} Box ${rng.int(1, 400)}`, `Rural Route ${rng.int(1, 9)} Box ${rng.int(1, 99)}`, `${rng.int(10, 99999)} County Road ${rng.int(1, 999)}`]), 'ADDRESS', 'h4.address.rural')],
  ])();
}

export function h4Town(rng: Rng): PhiSeg {
  const t = rng.pick(H4_TOWNS);
  return phi(rng.chance(0.2) ? t.toUpperCase() : t, 'LOCATION', 'h4.location.town');
}

export function h4County(rng: Rng): Frag {
  return [phi(rng.pick(H4_COUNTIES), 'LOCATION', 'h4.location.county'), rng.pick([' County', ' Co.', ' Parish'])];
}

export function h4Zip(rng: Rng): PhiSeg {
  return rng.chance(0.4) ? phi(`${rng.digits(5)}-${rng.digits(4)}`, 'ADDRESS', 'h4.address.zip4') : phi(rng.digits(5), 'ADDRESS', 'h4.address.zip');
}

/** A full address, one line or two; the state is not an identifier and stays outside. */
export function h4Address(rng: Rng): Frag {
  const sep = rng.pick([', ', '\n', '  ']);
  return [h4Street(rng), sep, h4Town(rng), rng.pick([', ', ' ']), rng.pick(H4_STATES), ' ', h4Zip(rng)];
}

export type H4FacilityKind = 'hospital' | 'hospice' | 'school' | 'employer' | 'pharmacy' | 'snf' | 'clinic' | 'agency' | 'examiner' | 'funeral';

/** Facilities, schools, employers and agencies by their grammar ("… Regional Medical Center", "St. …'s"). */
export function h4Facility(rng: Rng, kind: H4FacilityKind, specialty?: string): PhiSeg {
  const b = rng.pick(H4_BASES);
  const forms: Record<H4FacilityKind, () => string> = {
    hospital: () => rng.pick([`${b} Regional Medical Center`, `${b} Memorial Hospital`, `${rng.pick(H4_SAINTS)} Hospital`, `${b} Critical Access Hospital`, `${rng.pick(H4_SAINTS)} Medical Center`, `${b} Community Hospital`]),
    hospice: () => rng.pick([`${b} Hospice`, `Hospice of ${b}`, `${rng.pick(H4_SAINTS)} Hospice House`, `${b} Home Hospice & Palliative Care`]),
    school: () => rng.pick([`${b} Elementary School`, `${b} Middle School`, `${b} High School`, `${b} Unified School District`, `${rng.pick(H4_SAINTS)} Catholic School`, `${b} Montessori Academy`]),
    employer: () => rng.pick([`${b} ${rng.pick(H4_EMPLOYER_TYPES)}`, `${b} ${rng.pick(H4_EMPLOYER_TYPES)}, Inc.`]),
    pharmacy: () => rng.pick([`${b} Pharmacy`, `${b} Apothecary`, `${b} Drug`, `${rng.pick(H4_SAINTS)} Outpatient Pharmacy`]),
    snf: () => rng.pick([`${b} Care Center`, `${b} Skilled Nursing & Rehab`, `${b} Manor`, `The Lodge at ${b}`, `${rng.pick(H4_SAINTS)} Home`]),
    clinic: () => `${b} ${specialty ?? rng.pick(['Family Medicine', 'Health Center', 'Medical Clinic'])}`,
    agency: () => rng.pick([`${b} Fire & Rescue`, `${b} Ambulance District`, `${b} Volunteer Fire Department`, `${b} EMS`]),
    examiner: () => rng.pick([`Office of the ${b} Medical Examiner`, `${b} District Medical Examiner`, `${b} Regional Forensic Center`]),
    funeral: () => rng.pick([`${b} Funeral Home`, `${b} Mortuary & Cremation`, `${b} Chapel of the Pines`]),
  };
  const text = forms[kind]();
  return phi(rng.chance(0.15) ? text.toUpperCase() : text, 'LOCATION', `h4.location.${kind}`);
}
