// Owns the written forms of the seventh held-out PHI check: the Safe Harbor classes (45 CFR 164.514(b)(2)) as
// people write them in school clinics, sports physicals, e-consults, lab reports, dental and eye referrals,
// street-medicine notes, addiction intakes, court evaluations and photo logs. Vocabulary comes from ./vocab only.
import type { Rng } from '../prng';
import { MONTHS, MON3, p2, yy, ordinal as ord, type Ymd } from '../dates';
import { phi, type Frag, type PhiSeg } from '../segments';
import type { PhiType } from '../../../engine/types';
import {
  H7_CAMPS, H7_COUNTIES, H7_EMPLOYERS, H7_FAMILY_FIRST, H7_GIVEN_WORDS, H7_GIVEN_WORLD, H7_NICKNAMES, H7_PRACTICES, H7_SCHOOLS, H7_SHELTERS,
  H7_STATES, H7_STREETS, H7_SURNAMES_WORDS, H7_SURNAMES_WORLD, H7_TEAMS, H7_TOWNS_PLAIN, H7_TOWNS_WORDS,
} from './vocab';

export interface H7Person { given: string; family: string; nickname: string; familyFirst: boolean; wordy: boolean }

export function h7Person(rng: Rng): H7Person {
  if (rng.chance(0.12)) {
    const [family, given] = rng.pick(H7_FAMILY_FIRST);
    return { given, family, nickname: rng.pick(H7_NICKNAMES), familyFirst: true, wordy: false };
  }
  const wg = rng.chance(0.3);
  const wf = rng.chance(0.3);
  return { given: rng.pick(wg ? H7_GIVEN_WORDS : H7_GIVEN_WORLD), family: rng.pick(wf ? H7_SURNAMES_WORDS : H7_SURNAMES_WORLD), nickname: rng.pick(H7_NICKNAMES), familyFirst: false, wordy: wg || wf };
}

const seg = (text: string, type: PhiType, kind: string): PhiSeg => phi(text, type, `h7.${kind}`);
const nm = (p: H7Person, text: string, form: string): PhiSeg => seg(text, 'NAME', `name.${form}${p.wordy ? '.wordname' : ''}`);

export function h7Name(rng: Rng, p: H7Person): Frag {
  if (p.familyFirst) return rng.chance(0.5) ? nm(p, `${p.family} ${p.given}`, 'family-first-native') : nm(p, `${p.family.toUpperCase()} ${p.given}`, 'family-first-caps');
  return rng.weighted<() => Frag>([
    [4, () => nm(p, `${p.given} ${p.family}`, 'given-family')],
    [2, () => nm(p, `${p.family}, ${p.given}`, 'family-comma-given')],
    [1, () => nm(p, `${p.given.toLowerCase()} ${p.family.toLowerCase()}`, 'lower')],
    [1, () => nm(p, `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`, 'caps-comma')],
    [1, () => [nm(p, p.given, 'given-before-aka'), ' (aka ', nm(p, p.nickname, 'aka-nickname'), ') ', nm(p, p.family, 'family-after-aka')]],
    [1, () => nm(p, `${p.given[0]}.${p.family[0]}.`, 'initials-dotted')],
  ])();
}
export const h7Given = (p: H7Person): PhiSeg => nm(p, p.given, 'given-only');
export const h7Nick = (p: H7Person): PhiSeg => nm(p, p.nickname, 'nickname-only');
export const h7Family = (rng: Rng, p: H7Person): Frag => [rng.pick(['Mr. ', 'Ms. ', 'Mx. ', 'Dr. ', 'Coach ']), nm(p, p.family, 'title-family')];
export function h7Staff(rng: Rng, p: H7Person, cred: string): Frag {
  return rng.chance(0.5) ? [nm(p, `${p.given} ${p.family}`, 'staff'), `, ${cred}`] : ['Dr. ', nm(p, p.family, 'staff-dr-family')];
}

export function h7Date(rng: Rng, d: Ymd): PhiSeg {
  const [text, kind] = rng.weighted<[string, string]>([
    [3, [`${d.m}/${d.d}/${yy(d.y)}`, 'mdy-2y']],
    [2, [`${p2(d.d)}-${MON3[d.m - 1]}-${d.y}`, 'dd-mon-yyyy']],
    [2, [`${MONTHS[d.m - 1]} ${ord(d.d)}`, 'month-ordinal']],
    [1, [`${d.d}.${d.m}.${d.y}`, 'dmy-dots']],
    [2, [`${d.y}-${p2(d.m)}-${p2(d.d)}`, 'iso']],
    [1, [`${MON3[d.m - 1]} '${yy(d.y)}`, 'mon-apostrophe-yy']],
    [1, [`${d.m}/${d.d}`, 'm-slash-d']],
    [1, [`${MONTHS[d.m - 1].toLowerCase()} ${d.d}, ${d.y}`, 'lower-month-d-yyyy']],
  ]);
  return seg(text, 'DATE', `date.${kind}`);
}
export function h7Age(rng: Rng, age: number): Frag {
  if (age < 90) return `${age}`;
  return rng.weighted<() => Frag>([
    [2, () => [seg(`${age}`, 'AGE', 'age.digits'), ' y/o']],
    [1, () => [seg(`${age}-year-old`, 'AGE', 'age.hyphen-year-old')]],
    [1, () => ['age ', seg(age === 90 ? 'ninety' : `ninety-${['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][age - 90]}`, 'AGE', 'age.words')]],
  ])();
}
export function h7Phone(rng: Rng): PhiSeg {
  const a = `${rng.pick(['907', '620', '419', '406', '318', '505', '808'])}`;
  const x = `${rng.int(200, 989)}`;
  const y = rng.digits(4);
  const [t, k] = rng.weighted<[string, string]>([[3, [`(${a}) ${x}-${y}`, 'paren']], [2, [`${a}.${x}.${y}`, 'dots']], [1, [`+1 ${a} ${x} ${y}`, 'intl-spaced']], [1, [`${x}-${y}`, 'seven-digit']], [1, [`${a}${x}${y}`, 'run-on']]]);
  return seg(t, 'PHONE', `phone.${k}`);
}
export function h7Email(rng: Rng, p: H7Person): PhiSeg {
  const local = rng.pick([`${p.given.toLowerCase()}.${p.family.toLowerCase()}`, `${p.nickname.toLowerCase()}${rng.int(1, 99)}`, `${p.given[0].toLowerCase()}${p.family.toLowerCase()}`]).normalize('NFD').replace(/[^a-z0-9.]/g, '');
  return seg(`${local}@${rng.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'protonmail.com'])}`, 'EMAIL', 'email.personal');
}
export function h7Ssn(rng: Rng): PhiSeg {
  const s = `${rng.int(100, 665)}${rng.digits(2)}${rng.digits(4)}`;
  return rng.chance(0.5) ? seg(`${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`, 'SSN', 'ssn.dashed') : seg(s, 'SSN', 'ssn.run-on');
}
export function h7Mrn(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => ['MRN ', seg(rng.digits(8), 'MRN', 'mrn.eight')]],
    [1, () => ['Chart #', seg(`E-${rng.digits(4)}-${rng.digits(2)}`, 'MRN', 'mrn.chart-e')]],
    [1, () => ['pt ID ', seg(rng.digits(7), 'MRN', 'mrn.pt-id')]],
  ])();
}
export function h7Account(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [1, () => ['Medicaid ID ', seg(`${rng.letters(2)}${rng.digits(8)}`, 'ACCOUNT', 'account.medicaid')]],
    [1, () => ['Acct ', seg(`${rng.digits(4)}-${rng.digits(3)}-${rng.digits(2)}`, 'ACCOUNT', 'account.dashed')]],
    [1, () => ['member ID ', seg(`${rng.letters(3)}${rng.digits(9)}`, 'ACCOUNT', 'account.member')]],
  ])();
}
export function h7License(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [1, () => ['NPI ', seg(`1${rng.digits(9)}`, 'LICENSE', 'license.npi')]],
    [1, () => ['DL ', rng.pick(H7_STATES), ' ', seg(`${rng.letters(5)}${rng.digits(3)}${rng.letters(2)}`, 'LICENSE', 'license.driver')]],
    [1, () => ['lic. no. ', seg(`${rng.pick(['MD', 'DDS', 'OD', 'PSY'])}-${rng.digits(5)}`, 'LICENSE', 'license.state-board')]],
  ])();
}
export const h7Town = (rng: Rng): PhiSeg => (rng.chance(0.4) ? seg(rng.pick(H7_TOWNS_WORDS), 'LOCATION', 'location.town-word') : seg(rng.pick(H7_TOWNS_PLAIN), 'LOCATION', 'location.town'));
export function h7Address(rng: Rng): Frag {
  const zip = rng.chance(0.3) ? `${rng.digits(5)}-${rng.digits(4)}` : rng.digits(5);
  return rng.weighted<() => Frag>([
    [3, () => [seg(`${rng.int(12, 9800)} ${rng.pick(['N. ', 'S ', '', 'W. '])}${rng.pick(H7_STREETS)} ${rng.pick(['Rd', 'Street', 'Ave.', 'Loop', 'Way'])}${rng.chance(0.3) ? ` Apt ${rng.int(1, 40)}${rng.pick(['A', 'B', ''])}` : ''}`, 'ADDRESS', 'address.street'), ', ', h7Town(rng), ', ', rng.pick(H7_STATES), ' ', seg(zip, 'ADDRESS', 'address.zip')]],
    [1, () => [seg(`PO Box ${rng.int(10, 2999)}`, 'ADDRESS', 'address.po-box'), ', ', h7Town(rng), ' ', seg(zip, 'ADDRESS', 'address.zip')]],
  ])();
}
export const h7County = (rng: Rng): Frag => [seg(rng.pick(H7_COUNTIES), 'LOCATION', 'location.county'), ' County'];
export const h7School = (rng: Rng): PhiSeg => seg(rng.pick(H7_SCHOOLS), 'LOCATION', 'location.school');
export const h7Shelter = (rng: Rng): PhiSeg => seg(rng.pick(H7_SHELTERS), 'LOCATION', 'location.shelter');
export const h7Camp = (rng: Rng): PhiSeg => seg(rng.pick(H7_CAMPS), 'LOCATION', 'location.encampment');
export const h7Practice = (rng: Rng): PhiSeg => seg(rng.pick(H7_PRACTICES), 'LOCATION', 'location.practice');
export const h7Employer = (rng: Rng): PhiSeg => seg(rng.pick(H7_EMPLOYERS), 'LOCATION', 'location.employer');
export const h7Team = (rng: Rng): PhiSeg => seg(rng.pick(H7_TEAMS), 'LOCATION', 'location.team');
export function h7Url(rng: Rng, p: H7Person): PhiSeg {
  return rng.chance(0.5)
    ? seg(`https://www.gofundme.com/f/help-${p.given.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}-${rng.digits(4)}`, 'URL', 'url.fundraiser')
    : seg(`instagram.com/${p.nickname.toLowerCase()}_${rng.digits(3)}`, 'URL', 'url.social');
}
export const h7Ip = (rng: Rng): PhiSeg => (rng.chance(0.7) ? seg(`${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'ip.v4') : seg(`2600:${rng.digits(4)}:${rng.letters(2, 'abcdef')}${rng.digits(2)}::${rng.digits(2)}`, 'IP', 'ip.v6'));
export function h7Device(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [1, () => ['CGM transmitter ID ', seg(`${rng.digits(1)}${rng.letters(5)}`, 'DEVICE', 'device.cgm')]],
    [1, () => ['hearing aid SN ', seg(`${rng.digits(2)}${rng.letters(1)}${rng.digits(6)}`, 'DEVICE', 'device.hearing-aid')]],
    [1, () => ['IOL lot/serial ', seg(`${rng.digits(10)}-${rng.digits(3)}`, 'DEVICE', 'device.iol')]],
    [1, () => ['camera serial ', seg(`CV${rng.digits(7)}`, 'DEVICE', 'device.camera')]],
  ])();
}
export function h7Vehicle(rng: Rng): Frag {
  return rng.chance(0.6)
    ? ['plate ', seg(`${rng.digits(1)}${rng.letters(3)}${rng.digits(3)}`, 'VEHICLE', 'vehicle.plate')]
    : ['VIN ', seg(`${rng.digits(1)}${rng.letters(2)}${rng.digits(2)}${rng.letters(3)}${rng.digits(9)}`, 'VEHICLE', 'vehicle.vin')];
}
export function h7Id(rng: Rng, what: 'docket' | 'lab' | 'student' | 'photo' | 'case'): Frag {
  switch (what) {
    case 'docket': return ['Case No. ', seg(`${rng.int(19, 26)}-CR-${rng.digits(5)}`, 'ID', 'id.docket')];
    case 'lab': return ['Report ID ', seg(`GX${rng.digits(2)}-${rng.digits(6)}`, 'ID', 'id.lab-report')];
    case 'student': return ['student # ', seg(rng.digits(6), 'ID', 'id.student')];
    case 'photo': return [seg(`IMG_${rng.digits(4)}`, 'ID', 'id.photo-file'), '.jpg'];
    default: return ['HMIS client ', seg(`${rng.letters(1)}${rng.digits(6)}`, 'ID', 'id.hmis')];
  }
}
