// Owns the written forms of the fifth held-out PHI check: the 18 Safe Harbor classes (45 CFR 164.514(b)(2))
// as people write them in obstetric, paediatric, travel, sleep, device-clinic, nursing-home, trial, forensic,
// appeal, refill, IME and telehealth documents — names in "family, given" order, ALL CAPS, lower case, with
// titles, initials only, nicknames and possessives; dates day-first and month-first with any separator,
// month names, ordinals, compact and apostrophe-year forms; ages over 89 in digits and words; phones with
// extensions and country codes; passport, trial-subject, police-case and evidence-kit numbers; HIBCC UDIs and
// implant serials; plates and VINs; towns that are common words and facilities named in running text.
// Vocabulary comes from ./vocab only.
import type { Rng } from '../prng';
import type { Ymd } from '../dates';
import { phi, type Frag, type PhiSeg } from '../segments';
import {
  H5_CARE_HOMES, H5_CHURCHES, H5_COUNTIES, H5_EMPLOYERS, H5_FACILITY_STEMS, H5_GIVEN_WORDS, H5_GIVEN_WORLD, H5_NICKNAMES, H5_PHARMACIES,
  H5_SAINTS, H5_SCHOOLS, H5_STATES, H5_STREETS, H5_STREET_SUFFIX, H5_SURNAMES_PARTICLE, H5_SURNAMES_WORDS, H5_SURNAMES_WORLD,
  H5_TOWNS_PLAIN, H5_TOWNS_WORDS,
} from './vocab';
import { MONTHS, MON3, p2, yy, ordinal as ord } from '../dates';

export interface H5Person {
  given: string;
  family: string;
  middle: string;
  nickname: string;
  sex: 'F' | 'M';
  /** Given or family name is also an English word. */
  wordy: boolean;
}

export function h5Person(rng: Rng): H5Person {
  const wordGiven = rng.chance(0.35);
  const familyPool = rng.weighted<readonly string[]>([[5, H5_SURNAMES_WORLD], [2, H5_SURNAMES_PARTICLE], [4, H5_SURNAMES_WORDS]]);
  return {
    given: rng.pick(wordGiven ? H5_GIVEN_WORDS : H5_GIVEN_WORLD),
    family: rng.pick(familyPool),
    middle: rng.letters(1),
    nickname: rng.pick(H5_NICKNAMES),
    sex: rng.chance(0.5) ? 'F' : 'M',
    wordy: wordGiven || familyPool === H5_SURNAMES_WORDS,
  };
}

function nameSeg(p: H5Person, text: string, form: string): PhiSeg {
  return phi(text, 'NAME', `h5.name.${form}${p.wordy ? '.wordname' : ''}`);
}

/** A person's full name as charts, letters and forms write it. */
export function h5Name(rng: Rng, p: H5Person): Frag {
  return rng.weighted<() => Frag>([
    [4, () => nameSeg(p, `${p.given} ${p.family}`, 'given-family')],
    [3, () => nameSeg(p, `${p.family}, ${p.given}`, 'family-comma-given')],
    [2, () => nameSeg(p, `${p.family.toUpperCase()}, ${p.given.toUpperCase()} ${p.middle}`, 'all-caps-family-first')],
    [1, () => nameSeg(p, `${p.family.toLowerCase()}, ${p.given.toLowerCase()}`, 'lower-family-first')],
    [1, () => nameSeg(p, `${p.given} ${p.middle} ${p.family}`, 'middle-initial-no-dot')],
    [1, () => [nameSeg(p, `${p.given}`, 'given-before-nickname'), ' (', nameSeg(p, p.nickname, 'nickname-parenthesised'), ') ', nameSeg(p, p.family, 'family-after-nickname')]],
    [2, () => [rng.pick(['Mrs ', 'Mr ', 'Ms ', 'Miss ', 'Mx. ', 'Mrs. ', 'Mr. ']), nameSeg(p, p.family, 'title-family')]],
  ])();
}

export function h5Given(p: H5Person): PhiSeg {
  return nameSeg(p, p.given, 'given-only');
}

export function h5Family(p: H5Person): PhiSeg {
  return nameSeg(p, p.family, 'family-only');
}

/** "Hope's", "Walker's": the possessive ending stays outside the span. */
export function h5Possessive(p: H5Person, which: 'given' | 'family' = 'given'): Frag {
  return [nameSeg(p, which === 'given' ? p.given : p.family, `possessive-${which}`), "'s"];
}

/** Subject initials as trial logs and forensic forms write them ("K.D.M.", "KDM", "K-M"). */
export function h5Initials(rng: Rng, p: H5Person): PhiSeg {
  const g = p.given[0].toUpperCase(), m = p.middle, fam = p.family.replace(/^(?:[a-z]+[ -]|[A-Z]'|St\. )/, '')[0].toUpperCase();
  return rng.weighted<() => PhiSeg>([
    [2, () => nameSeg(p, `${g}.${m}.${fam}.`, 'initials-dotted')],
    [2, () => nameSeg(p, `${g}${m}${fam}`, 'initials-run')],
    [1, () => nameSeg(p, `${g}-${fam}`, 'initials-dash')],
  ])();
}

/** A clinician with a credential, in signature or header style. */
export function h5Staff(rng: Rng, p: H5Person, cred: string): Frag {
  return rng.weighted<() => Frag>([
    [3, () => [nameSeg(p, `${p.given} ${p.family}`, 'staff-given-family'), `, ${cred}`]],
    [2, () => [rng.pick(['Dr ', 'Dr. ', 'DR. ']), nameSeg(p, p.family, 'staff-dr-family')]],
    [2, () => [nameSeg(p, `${p.family}, ${p.given[0]}.`, 'staff-family-initial'), ` ${cred}`]],
    [1, () => ['/s/ ', nameSeg(p, `${p.given} ${p.family}`, 'staff-slash-s'), ` ${cred}`]],
    [1, () => [nameSeg(p, `${p.given[0]}${p.family[0]}`.toUpperCase(), 'staff-initials'), ` ${cred}`]],
  ])();
}

const DATE_FORMS: Record<string, (x: Ymd, rng: Rng) => string> = {
  'h5.date.mdy-slash-4y': (x) => `${x.m}/${x.d}/${x.y}`,
  'h5.date.mdy-slash-2y-padded': (x) => `${p2(x.m)}/${p2(x.d)}/${yy(x.y)}`,
  'h5.date.dmy-slash-intl': (x) => `${p2(x.d)}/${p2(x.m)}/${x.y}`,
  'h5.date.mdy-dash-4y': (x) => `${p2(x.m)}-${p2(x.d)}-${x.y}`,
  'h5.date.mdy-dots-2y': (x) => `${x.m}.${x.d}.${yy(x.y)}`,
  'h5.date.iso': (x) => `${x.y}-${p2(x.m)}-${p2(x.d)}`,
  'h5.date.yyyymmdd': (x) => `${x.y}${p2(x.m)}${p2(x.d)}`,
  'h5.date.d-mon-yyyy': (x) => `${x.d}-${MON3[x.m - 1]}-${x.y}`,
  'h5.date.ddMONyy': (x) => `${p2(x.d)}${MON3[x.m - 1].toUpperCase()}${yy(x.y)}`,
  'h5.date.month-d-yyyy': (x) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
  'h5.date.mon-dot-d': (x) => `${MON3[x.m - 1]}. ${x.d}`,
  'h5.date.ordinal-of-month': (x) => `${ord(x.d)} of ${MONTHS[x.m - 1]}`,
  'h5.date.d-month-yyyy': (x) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`,
  'h5.date.mon-apostrophe-yy': (x) => `${MON3[x.m - 1]} '${yy(x.y)}`,
  'h5.date.m-slash-yyyy': (x) => `${p2(x.m)}/${x.y}`,
  'h5.date.m-slash-d': (x) => `${x.m}/${x.d}`,
  'h5.date.spaced-numeric': (x) => `${p2(x.m)} ${p2(x.d)} ${x.y}`,
};
export const H5_DATE_KINDS = Object.keys(DATE_FORMS);

export function h5Date(rng: Rng, x: Ymd, kind = rng.pick(H5_DATE_KINDS)): PhiSeg {
  return phi(DATE_FORMS[kind](x, rng), 'DATE', kind);
}

/** A full date with day, month and year (for DOBs and dates of service). */
export function h5FullDate(rng: Rng, x: Ymd): PhiSeg {
  return h5Date(rng, x, rng.pick(['h5.date.mdy-slash-4y', 'h5.date.mdy-slash-2y-padded', 'h5.date.dmy-slash-intl', 'h5.date.mdy-dash-4y', 'h5.date.iso', 'h5.date.d-mon-yyyy', 'h5.date.ddMONyy', 'h5.date.month-d-yyyy', 'h5.date.d-month-yyyy', 'h5.date.yyyymmdd', 'h5.date.mdy-dots-2y']));
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** An age; over 89 it is PHI and written in one of the forms charts use, otherwise plain text. */
export function h5Age(rng: Rng, age: number): Frag {
  if (age <= 89) return rng.pick([`${age} y/o`, `${age}-year-old`, `${age} yrs`, `age ${age}`]);
  const words = age >= 100 ? `one hundred${age > 100 ? ` ${ONES[age - 100]}` : ''}` : `ninety${age > 90 ? `-${ONES[age - 90]}` : ''}`;
  return rng.weighted<() => Frag>([
    [3, () => [phi(String(age), 'AGE', 'h5.age.slash-yo'), ' y/o']],
    [2, () => [phi(`${age}yo`, 'AGE', 'h5.age.glued-yo')]],
    [2, () => [phi(String(age), 'AGE', 'h5.age.yr-old'), '-yr-old']],
    [2, () => ['age ', phi(String(age), 'AGE', 'h5.age.after-age')]],
    [2, () => [phi(words, 'AGE', 'h5.age.words'), rng.pick([' years of age', '-year-old', ' years'])]],
    [1, () => [phi(`${age}`, 'AGE', 'h5.age.parenthesised-after-name-sex'), rng.pick(['F', 'M', ' F', ' M'])]],
  ])();
}

export function h5Phone(rng: Rng): PhiSeg {
  // A menu option after a number ("opt 3") is not part of it, so the one-paren form plants none.
  const a = String(rng.int(201, 989)), b = String(rng.int(200, 989)), c = rng.digits(4);
  return rng.weighted<() => PhiSeg>([
    [3, () => phi(`(${a}) ${b}-${c}`, 'PHONE', 'h5.phone.paren')],
    [2, () => phi(`${a}-${b}-${c} ext. ${rng.int(10, 9999)}`, 'PHONE', 'h5.phone.ext-dot')],
    [2, () => phi(`${a}.${b}.${c}`, 'PHONE', 'h5.phone.dots')],
    [2, () => phi(`+1 ${a} ${b} ${c}`, 'PHONE', 'h5.phone.plus1-spaces')],
    [1, () => phi(`${a}/${b}-${c}`, 'PHONE', 'h5.phone.slash-area')],
    [1, () => phi(`${a}${b}${c}`, 'PHONE', 'h5.phone.ten-digits')],
    [1, () => phi(`1 (${a}) ${b}-${c}`, 'PHONE', 'h5.phone.one-paren')],
    [1, () => phi(`${b}-${c}`, 'PHONE', 'h5.phone.seven-digit-local')],
  ])();
}

export function h5IntlPhone(rng: Rng): PhiSeg {
  return rng.pick([
    () => phi(`+234 803 ${rng.digits(3)} ${rng.digits(4)}`, 'PHONE', 'h5.phone.intl-nigeria'),
    () => phi(`+44 (0)20 ${rng.digits(4)} ${rng.digits(4)}`, 'PHONE', 'h5.phone.intl-uk-trunk'),
    () => phi(`+995 5${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, 'PHONE', 'h5.phone.intl-georgia'),
    () => phi(`011-52-33-${rng.digits(4)}-${rng.digits(4)}`, 'PHONE', 'h5.phone.intl-011-mexico'),
  ])();
}

function slug(s: string): string {
  return s.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function h5Email(rng: Rng, p: H5Person): PhiSeg {
  const g = slug(p.given), fam = slug(p.family);
  return rng.weighted<() => PhiSeg>([
    [3, () => phi(`${g}.${fam}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'])}`, 'EMAIL', 'h5.email.personal')],
    [2, () => phi(`${g[0]}${fam}@${rng.pick(['tamarackvalleyhealth.org', 'prairiestar.coop', 'threeriverslogistics.com'])}`, 'EMAIL', 'h5.email.work')],
    [1, () => phi(`${g}_${fam} at ${rng.pick(['gmail', 'hotmail', 'proton'])} dot ${rng.pick(['com', 'me'])}`, 'EMAIL', 'h5.email.spelled-out')],
    [1, () => phi(`${fam.toUpperCase()}${rng.int(1, 9)}@MAIL.COM`, 'EMAIL', 'h5.email.caps')],
  ])();
}

export function h5Ssn(rng: Rng): PhiSeg {
  const a = String(rng.int(100, 665)), b = rng.digits(2), c = rng.digits(4);
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`${a}-${b}-${c}`, 'SSN', 'h5.ssn.dashed')],
    [1, () => phi(`${a} ${b} ${c}`, 'SSN', 'h5.ssn.spaced')],
    [1, () => phi(`${a}.${b}.${c}`, 'SSN', 'h5.ssn.dotted')],
    [1, () => phi(`${a}${b}${c}`, 'SSN', 'h5.ssn.run')],
  ])();
}

export function h5Mrn(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [3, () => ['MRN# ', phi(rng.digits(8), 'MRN', 'h5.mrn.hash-label')]],
    [2, () => ['Med Rec No. ', phi(`${rng.letters(1)}-${rng.digits(7)}`, 'MRN', 'h5.mrn.letter-dash')]],
    [2, () => ['Chart #: ', phi(`${rng.digits(2)}-${rng.digits(2)}-${rng.digits(2)}`, 'MRN', 'h5.mrn.chart-pairs')]],
    [1, () => ['Hosp no ', phi(`${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`, 'MRN', 'h5.mrn.spaced-triples')]],
    [1, () => ['(', phi(`${rng.letters(3)}${rng.digits(6)}`, 'MRN', 'h5.mrn.parenthesised-prefix'), ')']],
  ])();
}

export function h5Account(rng: Rng, what: 'member' | 'claim' | 'policy' | 'group' | 'rx' | 'medicaid' | 'account'): Frag {
  switch (what) {
    case 'member': return ['Member ID: ', phi(`${rng.letters(3)}${rng.digits(9)}`, 'ACCOUNT', 'h5.account.member')];
    case 'claim': return ['Claim No. ', phi(`${rng.digits(2)}${rng.letters(1)}${rng.digits(10)}`, 'ACCOUNT', 'h5.account.claim')];
    case 'policy': return ['Policy ', phi(`${rng.letters(2)}-${rng.digits(5)}-${rng.letters(1)}`, 'ACCOUNT', 'h5.account.policy')];
    case 'group': return ['Grp# ', phi(rng.digits(6), 'ACCOUNT', 'h5.account.group')];
    case 'rx': return ['Rx #', phi(`${rng.digits(7)}-${rng.digits(5)}`, 'ACCOUNT', 'h5.account.rx-number')];
    case 'medicaid': return ['Medicaid ', phi(`${rng.letters(2)}${rng.digits(5)}${rng.letters(1)}`, 'ACCOUNT', 'h5.account.medicaid')];
    default: return ['Acct ', phi(`${rng.digits(4)}-${rng.digits(4)}-${rng.digits(2)}`, 'ACCOUNT', 'h5.account.visit-account')];
  }
}

export function h5License(rng: Rng, what: 'dea' | 'npi' | 'state' | 'driver' = rng.pick(['dea', 'npi', 'state', 'driver'] as const)): Frag {
  switch (what) {
    case 'dea': return ['DEA ', phi(`${rng.letters(2)}${rng.digits(7)}`, 'LICENSE', 'h5.license.dea')];
    case 'npi': return ['NPI ', phi(`1${rng.digits(9)}`, 'LICENSE', 'h5.license.npi')];
    case 'state': return [rng.pick(['Lic# ', 'License No. ', 'lic ']), phi(`${rng.pick(['RN', 'MD', 'DO', 'PA', 'RPh'])}-${rng.digits(6)}`, 'LICENSE', 'h5.license.state-board')];
    default: return ["driver's license ", phi(`${rng.letters(1)}${rng.digits(3)}-${rng.digits(4)}-${rng.digits(4)}`, 'LICENSE', 'h5.license.driver')];
  }
}

export function h5OtherId(rng: Rng, what: 'subject' | 'screening' | 'passport' | 'case' | 'kit' | 'accession' | 'employee' | 'badge' | 'auth' | 'photo' | 'visit'): Frag {
  switch (what) {
    case 'subject': return ['Subject ', phi(`${rng.digits(3)}-${rng.digits(4)}`, 'ID', 'h5.id.trial-subject')];
    case 'screening': return ['Scr# ', phi(`S${rng.digits(2)}-${rng.digits(3)}`, 'ID', 'h5.id.trial-screening')];
    case 'passport': return ['Passport no. ', phi(`${rng.chance(0.5) ? rng.letters(1) : ''}${rng.digits(8)}`, 'ID', 'h5.id.passport')];
    case 'case': return ['Case # ', phi(`${rng.digits(2)}-${rng.digits(6)}`, 'ID', 'h5.id.police-case')];
    case 'kit': return ['Kit # ', phi(`SAK-${rng.digits(6)}`, 'ID', 'h5.id.evidence-kit')];
    case 'accession': return ['Accession ', phi(`${rng.letters(2)}${yy(rng.int(2019, 2026))}-${rng.digits(5)}`, 'ID', 'h5.id.accession')];
    case 'employee': return ['Employee ID ', phi(`E${rng.digits(6)}`, 'ID', 'h5.id.employee')];
    case 'badge': return ['Badge ', phi(rng.digits(4), 'ID', 'h5.id.officer-badge')];
    case 'auth': return ['Auth # ', phi(`PA${rng.digits(9)}`, 'ID', 'h5.id.prior-auth')];
    case 'photo': return ['images ', phi(`IMG_${rng.digits(4)}.HEIC`, 'ID', 'h5.id.photo-file'), ' to ', phi(`IMG_${rng.digits(4)}.HEIC`, 'ID', 'h5.id.photo-file')];
    default: return ['Visit ID ', phi(`${rng.letters(1)}${rng.digits(9)}`, 'ID', 'h5.id.telehealth-visit')];
  }
}

export function h5Device(rng: Rng, what: 'pacer' | 'lead' | 'udi' | 'cpap' | 'cgm' | 'pump'): Frag {
  switch (what) {
    case 'pacer': return ['SN ', phi(`${rng.letters(3)}${rng.digits(6)}${rng.letters(1)}`, 'DEVICE', 'h5.device.generator-serial')];
    case 'lead': return ['lead s/n ', phi(`${rng.letters(3)}${rng.digits(7)}V`, 'DEVICE', 'h5.device.lead-serial')];
    case 'udi': return ['UDI ', phi(`+H${rng.digits(3)}${rng.letters(3)}${rng.digits(4)}1/$$3${rng.digits(6)}${rng.letters(2)}${rng.digits(2)}${rng.letters(1)}`, 'DEVICE', 'h5.device.hibcc-udi')];
    case 'cpap': return ['SRN ', phi(`${rng.digits(11)}`, 'DEVICE', 'h5.device.cpap-srn')];
    case 'cgm': return ['transmitter ', phi(`${rng.digits(1)}${rng.letters(1)}${rng.digits(1)}${rng.letters(1)}${rng.digits(2)}`, 'DEVICE', 'h5.device.cgm-transmitter')];
    default: return ['pump S/N ', phi(`${rng.letters(2)}${rng.digits(7)}H`, 'DEVICE', 'h5.device.pump-serial')];
  }
}

export function h5Vehicle(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => ['plate ', phi(`${rng.digits(1)}${rng.letters(3)}${rng.digits(3)}`, 'VEHICLE', 'h5.vehicle.plate-run')]],
    [2, () => [rng.pick(H5_STATES), ' tag ', phi(`${rng.letters(3)} ${rng.digits(4)}`, 'VEHICLE', 'h5.vehicle.plate-spaced')]],
    [1, () => ['VIN ', phi(`${rng.digits(1)}${rng.letters(4)}${rng.digits(2)}${rng.letters(1)}${rng.digits(1)}${rng.letters(1)}${rng.digits(7)}`, 'VEHICLE', 'h5.vehicle.vin')]],
  ])();
}

export function h5Url(rng: Rng, p: H5Person): PhiSeg {
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`https://mychart.${slug(rng.pick(H5_FACILITY_STEMS))}health.org/MyChart/${rng.digits(7)}`, 'URL', 'h5.url.portal-deep-link')],
    [1, () => phi(`www.gofundme.com/f/help-${slug(p.given)}-${slug(p.family)}`, 'URL', 'h5.url.fundraiser')],
    [1, () => phi(`https://zoom.us/j/${rng.digits(10)}?pwd=${rng.letters(8, 'abcdefghjkmnpqrstuvwxyz23456789')}`, 'URL', 'h5.url.video-meeting')],
  ])();
}

export function h5Ip(rng: Rng): PhiSeg {
  return rng.chance(0.7)
    ? phi(`${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'h5.ip.v4')
    : phi(`2600:1700:${rng.letters(4, 'abcdef0123456789')}:${rng.letters(3, 'abcdef0123456789')}::${rng.int(2, 99)}`, 'IP', 'h5.ip.v6');
}

export function h5Street(rng: Rng): PhiSeg {
  const line = `${rng.int(2, 9899)} ${rng.chance(0.2) ? `${rng.pick(['N', 'S', 'E', 'W', 'NE'])} ` : ''}${rng.pick(H5_STREETS)} ${rng.pick(H5_STREET_SUFFIX)}`;
  return rng.weighted<() => PhiSeg>([
    [4, () => phi(line, 'ADDRESS', 'h5.address.street')],
    [2, () => phi(`${line}${rng.pick([', Apt ', ' Apt. ', ' #', ', Unit ', ', Trailer '])}${rng.int(1, 30)}${rng.pick(['', 'A', 'D'])}`, 'ADDRESS', 'h5.address.street-unit')],
    [1, () => phi(`PO Box ${rng.int(1, 4999)}`, 'ADDRESS', 'h5.address.po-box')],
    [1, () => phi(`HCR ${rng.int(1, 70)} Box ${rng.int(1, 300)}`, 'ADDRESS', 'h5.address.highway-contract')],
  ])();
}

export function h5Town(rng: Rng): PhiSeg {
  const word = rng.chance(0.55);
  return phi(rng.pick(word ? H5_TOWNS_WORDS : H5_TOWNS_PLAIN), 'LOCATION', word ? 'h5.location.town-word' : 'h5.location.town');
}

export function h5Zip(rng: Rng): PhiSeg {
  return rng.chance(0.35) ? phi(`${rng.digits(5)}-${rng.digits(4)}`, 'ADDRESS', 'h5.address.zip-plus4') : phi(String(rng.int(10000, 99950)), 'ADDRESS', 'h5.address.zip5');
}

/** Street, town, state and ZIP on one line (the state stays: Safe Harbor allows it). */
export function h5Address(rng: Rng): Frag {
  return [h5Street(rng), ', ', h5Town(rng), `, ${rng.pick(H5_STATES)} `, h5Zip(rng)];
}

export function h5County(rng: Rng): Frag {
  return [phi(rng.pick(H5_COUNTIES), 'LOCATION', 'h5.location.county'), ' County'];
}

export type H5FacilityKind = 'hospital' | 'clinic' | 'carehome' | 'school' | 'employer' | 'church' | 'pharmacy';

/** A facility named by its grammar: "Three Rivers Regional Medical Center", "St. Brigid's", "Hope Family Practice". */
export function h5Facility(rng: Rng, kind: H5FacilityKind): PhiSeg {
  const stem = rng.pick(H5_FACILITY_STEMS);
  let text: string;
  switch (kind) {
    case 'hospital':
      text = rng.pick([`${stem} Regional Medical Center`, `${stem} Community Hospital`, `St. ${rng.pick(H5_SAINTS)} Hospital`, `St. ${rng.pick(H5_SAINTS)}'s`, `${stem} Memorial`, `Our Lady of the ${rng.pick(['Lake', 'Plains', 'Valley'])} Hospital`]);
      break;
    case 'clinic':
      text = rng.pick([`${stem} Family Practice`, `${stem} Women's Health`, `${stem} Pediatrics`, `${stem} Travel Medicine`, `${stem} Sleep Center`, `${stem} Heart & Rhythm`, `${stem} Occupational Medicine`, `${stem} Tribal Health Clinic`]);
      break;
    case 'carehome': text = rng.pick(H5_CARE_HOMES); break;
    case 'school': text = rng.pick(H5_SCHOOLS); break;
    case 'employer': text = rng.pick(H5_EMPLOYERS); break;
    case 'church': text = rng.pick(H5_CHURCHES); break;
    default: text = rng.pick(H5_PHARMACIES);
  }
  return phi(text, 'LOCATION', `h5.location.${kind}`);
}
