// Owns the written forms of the eighth held-out PHI check: the Safe Harbor classes (45 CFR 164.514(b)(2)) as
// people write them in NICU updates, farmworker and tribal clinics, sick call, disability forms, donor and organ
// referral records, rehab logs, audiology, POLST, radiation oncology and mandated reports. Vocabulary comes
// from ./vocab only. Conventions of the main corpus: a title, "County", a weekday and an age's "-year-old" stay
// outside the span; a state abbreviation is not PHI.
import type { Rng } from '../prng';
import { MONTHS, MON3, p2, yy, type Ymd } from '../dates';
import { phi, type Frag, type PhiSeg } from '../segments';
import type { PhiType } from '../../../engine/types';
import {
  H8_CAMPS, H8_CHURCHES, H8_CLINICS, H8_COUNTIES, H8_EMPLOYERS, H8_FAMILY_FIRST, H8_GIVEN_WORDS, H8_GIVEN_WORLD, H8_GROUP_HOMES, H8_HOSPITALS,
  H8_NICKNAMES, H8_PHARMACIES, H8_SCHOOLS, H8_STATES, H8_STREETS, H8_SURNAMES_WORDS, H8_SURNAMES_WORLD, H8_TEAMS, H8_TOWNS_PLAIN, H8_TOWNS_WORDS, H8_UNITS,
} from './vocab';

export interface H8Person { given: string; family: string; nickname: string; familyFirst: boolean; wordy: boolean }

export function h8Person(rng: Rng): H8Person {
  if (rng.chance(0.12)) {
    const [family, given] = rng.pick(H8_FAMILY_FIRST);
    return { given, family, nickname: rng.pick(H8_NICKNAMES), familyFirst: true, wordy: false };
  }
  const wg = rng.chance(0.3);
  const wf = rng.chance(0.3);
  return { given: rng.pick(wg ? H8_GIVEN_WORDS : H8_GIVEN_WORLD), family: rng.pick(wf ? H8_SURNAMES_WORDS : H8_SURNAMES_WORLD), nickname: rng.pick(H8_NICKNAMES), familyFirst: false, wordy: wg || wf };
}

const seg = (text: string, type: PhiType, kind: string): PhiSeg => phi(text, type, `h8.${kind}`);
const nm = (p: H8Person, text: string, form: string): PhiSeg => seg(text, 'NAME', `name.${form}${p.wordy ? '.wordname' : ''}`);
const ascii = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '');

/** A full name in one of the ways notes write one. */
export function h8Name(rng: Rng, p: H8Person): Frag {
  if (p.familyFirst) return rng.chance(0.5) ? nm(p, `${p.family} ${p.given}`, 'family-first-native') : nm(p, `${p.family.toUpperCase()} ${p.given}`, 'family-first-caps');
  return rng.weighted<() => Frag>([
    [4, () => nm(p, `${p.given} ${p.family}`, 'given-family')],
    [2, () => nm(p, `${p.family.toUpperCase()}, ${p.given} ${rng.letters(1)}.`, 'caps-comma-given-mi')],
    [1, () => nm(p, `${p.family}, ${p.given}`, 'family-comma-given')],
    [1, () => nm(p, `${p.given.toLowerCase()} ${p.family.toLowerCase()}`, 'lower')],
    [1, () => nm(p, `${p.given[0]}. ${p.family}`, 'initial-family')],
    [1, () => [nm(p, p.given, 'given-before-quoted'), ' "', nm(p, p.nickname, 'quoted-nickname'), '" ', nm(p, p.family, 'family-after-quoted')]],
  ])();
}
export const h8Given = (p: H8Person): PhiSeg => nm(p, p.given, 'given-only');
export const h8GivenPossessive = (p: H8Person): Frag => [nm(p, p.given, 'given-possessive'), "'s"];
export const h8Nick = (p: H8Person): PhiSeg => nm(p, p.nickname, 'nickname-only');
export const h8Titled = (rng: Rng, p: H8Person): Frag => [rng.pick(['Mr. ', 'Mrs. ', 'Ms ', 'Mr ', 'Sgt. ', 'SPC ', 'Nurse ', 'Auntie ']), nm(p, p.family, 'title-family')];
export function h8Staff(rng: Rng, p: H8Person, cred: string): Frag {
  return rng.weighted<() => Frag>([
    [2, () => [nm(p, `${p.given} ${p.family}`, 'staff'), `, ${cred}`]],
    [1, () => ['Dr. ', nm(p, p.family, 'staff-dr-family')]],
    [1, () => ['/s/ ', nm(p, `${p.given[0]}${p.family[0]}`.toUpperCase(), 'staff-initials'), ` ${cred}`]],
  ])();
}

const WEEKDAYS = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'];
/** A date in one of the ways people write dates; a weekday, when written, stays outside the span. */
export function h8Date(rng: Rng, d: Ymd): Frag {
  const [text, kind] = rng.weighted<[string, string]>([
    [3, [`${d.m}/${d.d}/${d.y}`, 'mdy-4y']],
    [2, [`${p2(d.m)}-${p2(d.d)}-${yy(d.y)}`, 'mdy-dash-2y']],
    [1, [`${p2(d.d)}.${p2(d.m)}.${yy(d.y)}`, 'dmy-dots-2y']],
    [2, [`${d.d} ${MONTHS[d.m - 1]} ${d.y}`, 'd-month-yyyy']],
    [1, [`${d.d}${MON3[d.m - 1]}${yy(d.y)}`, 'compact-dmonyy']],
    [1, [`${p2(d.d)}${MON3[d.m - 1].toUpperCase()}${d.y}`, 'military-ddmmmyyyy']],
    [1, [`${MON3[d.m - 1]}-${p2(d.d)}-${yy(d.y)}`, 'mon-dd-yy']],
    [1, [`${d.y}/${p2(d.m)}/${p2(d.d)}`, 'ymd-slash']],
    [1, [`${MONTHS[d.m - 1]} ${d.y}`, 'month-yyyy']],
    [1, [`${d.m}/${yy(d.y)}`, 'm-slash-yy']],
    [1, [`${MONTHS[d.m - 1]} ${d.d}`, 'month-d']],
    [1, [`${MON3[d.m - 1]}. ${d.d}, ${d.y}`, 'mon-dot-d-yyyy']],
    [1, [`${p2(d.m)} / ${p2(d.d)} / ${d.y}`, 'spaced-slashes']],
    [1, [`${d.y}${p2(d.m)}${p2(d.d)}`, 'compact-yyyymmdd']],
  ]);
  const s = seg(text, 'DATE', `date.${kind}`);
  return rng.chance(0.12) && !kind.startsWith('month-yyyy') && kind !== 'm-slash-yy' ? [`${rng.pick(WEEKDAYS)} `, s] : s;
}
const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** An age; only ages over 89 are PHI (45 CFR 164.514(b)(2)(i)(C)). */
export function h8Age(rng: Rng, age: number): Frag {
  if (age < 90) return rng.pick([`${age} yo`, `${age}-year-old`, `age ${age}`]);
  const words = age < 100 ? (age === 90 ? 'ninety' : `ninety-${ONES[age - 90]}`) : null;
  return rng.weighted<() => Frag>([
    [2, () => [seg(`${age}`, 'AGE', 'age.digits-yo'), ' yo']],
    [1, () => [seg(`${age}`, 'AGE', 'age.digits-yr-old'), '-yr-old']],
    [1, () => seg(`${age}yo`, 'AGE', 'age.compact-yo')],
    [1, () => seg(`${age}${rng.pick(['F', 'M'])}`, 'AGE', 'age.compact-sex')],
    [1, () => ['Age: ', seg(`${age}`, 'AGE', 'age.labelled')]],
    [1, () => (words ? [seg(words, 'AGE', 'age.words'), ' years old'] : ['aged ', seg(`${age}`, 'AGE', 'age.labelled')])],
    [1, () => (words ? [seg(words[0].toUpperCase() + words.slice(1), 'AGE', 'age.words'), '-year-old'] : [seg(`${age}`, 'AGE', 'age.digits-yr-old'), '-yr-old'])],
  ])();
}
export function h8Phone(rng: Rng): PhiSeg {
  const a = rng.pick(['239', '503', '509', '505', '605', '580', '831', '207', '928', '808']);
  const x = `${rng.int(201, 989)}`;
  const y = rng.digits(4);
  const [t, k] = rng.weighted<[string, string]>([
    [3, [`(${a}) ${x}-${y}`, 'paren']],
    [2, [`(${a}) ${x}-${y} ext. ${rng.int(10, 4999)}`, 'ext-dot']],
    [1, [`${a}-${x}-${y} x${rng.int(10, 999)}`, 'x-extension']],
    [1, [`${a}/${x}-${y}`, 'slash']],
    [1, [`${a} ${x} ${y}`, 'spaced']],
    [1, [`1 (${a}) ${x}-${y}`, 'leading-one']],
    [1, [`+52 1 ${rng.pick(['33', '55', '443', '951'])} ${rng.digits(3)} ${rng.digits(4)}`, 'mexico-mobile']],
    [1, [`011 509 ${rng.digits(4)} ${rng.digits(4)}`, 'haiti-intl']],
    [1, [`DSN ${rng.int(312, 318)}-${x}-${y}`, 'dsn']],
    [1, [`${x}-${y}`, 'seven-digit']],
  ]);
  return seg(t, 'PHONE', `phone.${k}`);
}
export function h8Email(rng: Rng, p: H8Person): PhiSeg {
  const g = ascii(p.given).toLowerCase();
  const fam = ascii(p.family).toLowerCase();
  const local = rng.pick([`${g}.${fam}`, `${g}${fam[0]}${rng.int(70, 99)}`, `${ascii(p.nickname).toLowerCase()}_${fam}`, `${g[0]}${fam}`]);
  return rng.chance(0.7)
    ? seg(`${local}@${rng.pick(['gmail.com', 'hotmail.com', 'outlook.com', 'aol.com', 'ymail.com'])}`, 'EMAIL', 'email.personal')
    : seg(`${local}@${rng.pick(['ihs.gov', 'mail.mil', 'va.gov', 'saluddelvalle.org'])}`, 'EMAIL', 'email.work');
}
export function h8Ssn(rng: Rng): PhiSeg {
  const s = `${rng.int(100, 665)}${rng.digits(2)}${rng.digits(4)}`;
  return rng.weighted<() => PhiSeg>([
    [2, () => seg(`${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`, 'SSN', 'ssn.dashed')],
    [1, () => seg(`${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`, 'SSN', 'ssn.spaced')],
    [1, () => seg(s, 'SSN', 'ssn.run-on')],
  ])();
}
export function h8Mrn(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => ['MRN: ', seg(`00${rng.digits(7)}`, 'MRN', 'mrn.leading-zeros')]],
    [1, () => ['IHS chart #: ', seg(`${rng.digits(3)}-${rng.digits(2)}-${rng.digits(1)}`, 'MRN', 'mrn.ihs-chart')]],
    [1, () => ['Med Rec No. ', seg(`${rng.letters(1)}${rng.digits(8)}`, 'MRN', 'mrn.letter-eight')]],
    [1, () => ['Hosp#', seg(rng.digits(6), 'MRN', 'mrn.hosp-hash')]],
  ])();
}
export function h8Account(rng: Rng, military = false): Frag {
  if (military) return ['Tricare sponsor ID ', seg(`${rng.digits(11)}`, 'ACCOUNT', 'account.tricare')];
  return rng.weighted<() => Frag>([
    [1, () => ['Medicare MBI ', seg(`${rng.int(1, 9)}${rng.letters(2)}${rng.digits(1)}-${rng.letters(1)}${rng.letters(1)}${rng.digits(1)}-${rng.letters(2)}${rng.digits(2)}`, 'ACCOUNT', 'account.mbi')]],
    [1, () => ['claim # ', seg(`CLM${rng.int(20, 26)}-${rng.digits(7)}`, 'ACCOUNT', 'account.claim')]],
    [1, () => ['policy no. ', seg(`${rng.letters(3)}${rng.digits(6)}-${rng.digits(2)}`, 'ACCOUNT', 'account.policy')]],
    [1, () => ['Acct#: ', seg(rng.digits(10), 'ACCOUNT', 'account.ten')]],
    [1, () => ['Tricare sponsor ID ', seg(`${rng.digits(11)}`, 'ACCOUNT', 'account.tricare')]],
  ])();
}
export function h8License(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [1, () => ['NPI: ', seg(`1${rng.digits(9)}`, 'LICENSE', 'license.npi')]],
    [1, () => ['DEA ', seg(`${rng.pick(['A', 'B', 'F', 'M'])}${rng.letters(1)}${rng.digits(7)}`, 'LICENSE', 'license.dea')]],
    [1, () => ['RN lic. ', seg(`RN${rng.digits(6)}`, 'LICENSE', 'license.rn')]],
    [1, () => ['CDL# ', seg(`${rng.letters(1)}${rng.digits(3)}-${rng.digits(4)}-${rng.digits(4)}`, 'LICENSE', 'license.cdl')]],
  ])();
}
export type H8IdKind = 'edipi' | 'din' | 'unos' | 'opo' | 'accession' | 'specimen' | 'fmla' | 'cps' | 'anumber' | 'tribal' | 'employee' | 'course' | 'audiogram';
export function h8Id(rng: Rng, what: H8IdKind): Frag {
  switch (what) {
    case 'edipi': return ['DoD ID ', seg(rng.digits(10), 'ID', 'id.edipi')];
    case 'din': return ['DIN ', seg(`W${rng.digits(4)} ${yy(rng.int(2020, 2026))} ${rng.digits(6)}`, 'ID', 'id.donation-number')];
    case 'unos': return ['UNOS ID ', seg(`${rng.letters(4)}${rng.digits(3)}`, 'ID', 'id.unos')];
    case 'opo': return ['referral # ', seg(`${rng.int(20, 26)}-${rng.digits(5)}`, 'ID', 'id.opo-referral')];
    case 'accession': return ['Accession ', seg(`${rng.pick(['S', 'CY', 'BM'])}${rng.int(20, 26)}-${rng.int(100, 19999)}`, 'ID', 'id.accession')];
    case 'specimen': return ['specimen ', seg(`SP-${rng.digits(2)}-${rng.digits(6)}`, 'ID', 'id.specimen')];
    case 'fmla': return ['Leave case ', seg(`LV${rng.digits(8)}`, 'ID', 'id.leave-case')];
    case 'cps': return ['CPS intake #', seg(`${rng.digits(4)}-${rng.digits(4)}-${rng.digits(2)}`, 'ID', 'id.cps-intake')];
    case 'anumber': return ['A-number ', seg(`A${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}`, 'ID', 'id.a-number')];
    case 'tribal': return ['tribal enrollment no. ', seg(`${rng.int(1, 9)}-${rng.digits(3)}-${rng.digits(4)}`, 'ID', 'id.tribal-enrollment')];
    case 'employee': return ['employee ID ', seg(`E${rng.digits(6)}`, 'ID', 'id.employee')];
    case 'course': return ['RO course ', seg(`RT${rng.digits(2)}-${rng.digits(4)}`, 'ID', 'id.treatment-course')];
    default: return ['audiogram file ', seg(`AUD${rng.digits(7)}`, 'ID', 'id.audiogram-file')];
  }
}
export type H8DeviceKind = 'hearing' | 'cochlear' | 'udi' | 'cpap' | 'pump' | 'monitor';
export function h8Device(rng: Rng, what: H8DeviceKind): Frag {
  switch (what) {
    case 'hearing': return ['S/N ', seg(`${rng.digits(4)}${rng.letters(1)}${rng.digits(4)}`, 'DEVICE', 'device.hearing-aid')];
    case 'cochlear': return ['implant serial ', seg(`CI-${rng.digits(4)}-${rng.digits(5)}`, 'DEVICE', 'device.cochlear')];
    case 'udi': return ['UDI ', seg(`(01)${rng.digits(14)}(17)${yy(rng.int(2027, 2031))}${p2(rng.int(1, 12))}31(21)${rng.letters(3)}${rng.digits(4)}`, 'DEVICE', 'device.udi-gs1')];
    case 'cpap': return ['CPAP SN ', seg(`${rng.digits(11)}`, 'DEVICE', 'device.cpap')];
    case 'pump': return ['pump serial ', seg(`PMP-${rng.digits(4)}-${rng.digits(4)}`, 'DEVICE', 'device.pump')];
    default: return ['home monitor ID ', seg(`${rng.letters(2)}${rng.digits(2)}-${rng.letters(1)}${rng.digits(5)}`, 'DEVICE', 'device.monitor')];
  }
}
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
export function h8Vehicle(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => ['plate ', seg(`${rng.letters(3)}-${rng.digits(4)}`, 'VEHICLE', 'vehicle.plate-dash')]],
    [1, () => [`${rng.pick(H8_STATES)} tag `, seg(`${rng.digits(3)} ${rng.letters(3)}`, 'VEHICLE', 'vehicle.plate-spaced')]],
    [1, () => ['VIN ', seg(Array.from({ length: 17 }, () => rng.pick(VIN_CHARS.split(''))).join(''), 'VEHICLE', 'vehicle.vin')]],
  ])();
}
export const h8Town = (rng: Rng): PhiSeg => (rng.chance(0.4) ? seg(rng.pick(H8_TOWNS_WORDS), 'LOCATION', 'location.town-word') : seg(rng.pick(H8_TOWNS_PLAIN), 'LOCATION', 'location.town'));
export function h8Zip(rng: Rng): PhiSeg {
  return rng.chance(0.4) ? seg(`${rng.digits(5)}-${rng.digits(4)}`, 'ADDRESS', 'address.zip-plus4') : seg(rng.digits(5), 'ADDRESS', 'address.zip');
}
export function h8Address(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [3, () => [seg(`${rng.int(10, 9899)} ${rng.pick(['W. ', 'E ', '', 'N '])}${rng.pick(H8_STREETS)} ${rng.pick(['Dr.', 'Rd', 'Lane', 'Hwy', 'St'])}${rng.pick(['', `, Unit ${rng.int(1, 30)}`, ` Lot ${rng.int(1, 80)}`, ` Space ${rng.int(1, 60)}`, ` #${rng.int(1, 40)}${rng.pick(['A', 'B'])}`])}`, 'ADDRESS', 'address.street-unit'), ', ', h8Town(rng), ', ', rng.pick(H8_STATES), ' ', h8Zip(rng)]],
    [1, () => [seg(`HC ${rng.int(61, 69)} Box ${rng.int(100, 4999)}`, 'ADDRESS', 'address.highway-contract'), ', ', h8Town(rng), ' ', rng.pick(H8_STATES), ' ', h8Zip(rng)]],
    [1, () => [seg(`RR ${rng.int(1, 6)} Box ${rng.int(10, 399)}`, 'ADDRESS', 'address.rural-route'), ', ', h8Town(rng), ', ', rng.pick(H8_STATES), ' ', h8Zip(rng)]],
  ])();
}
export const h8County = (rng: Rng): Frag => [seg(rng.pick(H8_COUNTIES), 'LOCATION', 'location.county'), ' County'];
const place = (list: readonly string[], kind: string) => (rng: Rng): PhiSeg => seg(rng.pick(list), 'LOCATION', `location.${kind}`);
export const h8Camp = place(H8_CAMPS, 'labor-camp');
export const h8Church = place(H8_CHURCHES, 'church');
export const h8GroupHome = place(H8_GROUP_HOMES, 'group-home');
export const h8School = place(H8_SCHOOLS, 'school');
export const h8Employer = place(H8_EMPLOYERS, 'employer');
export const h8Pharmacy = place(H8_PHARMACIES, 'pharmacy');
export const h8Clinic = place(H8_CLINICS, 'clinic');
export const h8Hospital = place(H8_HOSPITALS, 'hospital');
export const h8Unit = place(H8_UNITS, 'military-unit');
export const h8Team = place(H8_TEAMS, 'team');
export function h8Url(rng: Rng, p: H8Person): PhiSeg {
  const g = ascii(p.given).toLowerCase();
  const fam = ascii(p.family).toLowerCase();
  return rng.weighted<() => PhiSeg>([
    [1, () => seg(`https://www.caringbridge.org/visit/${g}${fam}`, 'URL', 'url.caringbridge')],
    [1, () => seg(`facebook.com/${g}.${fam}.${rng.digits(3)}`, 'URL', 'url.social-bare')],
    [1, () => seg(`http://${fam}family.blogspot.com/${rng.int(2020, 2026)}/${p2(rng.int(1, 12))}/`, 'URL', 'url.blog')],
  ])();
}
export function h8Ip(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => seg(`${rng.int(24, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'ip.v4')],
    [1, () => [seg(`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'ip.v4-private'), `:${rng.pick(['8443', '443', '3389'])}`]],
    [1, () => seg(`fe80::${rng.letters(1, 'abcdef')}${rng.digits(2)}${rng.letters(1, 'abcdef')}:${rng.digits(2)}ff:fe${rng.digits(2)}:${rng.digits(4)}`, 'IP', 'ip.v6-link-local')],
  ])();
}
