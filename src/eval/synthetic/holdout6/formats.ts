// Owns the written forms of the sixth held-out PHI check: the 18 Safe Harbor classes (45 CFR 164.514(b)(2))
// as people write them on consent forms, blood-bank records, death-certificate worksheets, jail intake,
// benefits letters, poison-centre logs, equipment orders, release forms, adverse-event reports and hand-offs —
// names with particles, in "family, given" order, ALL CAPS and lower case, given-only, nicknames, inside
// e-mail addresses; dates with ordinals alone ("the 3rd"), month/day alone, apostrophe years, ISO with time;
// ages over 89 in digits, words and "YOF" shorthand; phones with "x" and "ext"; booking, C-file, case,
// specimen, accession and donation numbers; GS1 UDIs and serials; plates and VINs; IPs; ZIP+4.
// Vocabulary comes from ./vocab only.
import type { Rng } from '../prng';
import type { Ymd } from '../dates';
import { phi, type Frag, type PhiSeg } from '../segments';
import {
  H6_CARE_HOMES, H6_CHURCHES, H6_CORRECTIONAL, H6_COUNTIES, H6_DEPLOYMENT_SITES, H6_FOREIGN_CITIES, H6_EMPLOYERS, H6_FACILITY_STEMS, H6_GIVEN_WORDS, H6_GIVEN_WORLD, H6_NICKNAMES,
  H6_PHARMACIES, H6_SAINTS, H6_SCHOOLS, H6_STATES, H6_STREETS, H6_STREET_SUFFIX, H6_SURNAMES_PARTICLE, H6_SURNAMES_WORDS, H6_SURNAMES_WORLD,
  H6_TOWNS_PLAIN, H6_TOWNS_WORDS,
} from './vocab';
import { MONTHS, MON3, p2, yy, ordinal as ord } from '../dates';

export interface H6Person {
  given: string;
  family: string;
  middle: string;
  nickname: string;
  /** Given or family name is also an English word. */
  wordy: boolean;
}

export function h6Person(rng: Rng): H6Person {
  const wordGiven = rng.chance(0.35);
  const familyPool = rng.weighted<readonly string[]>([[5, H6_SURNAMES_WORLD], [2, H6_SURNAMES_PARTICLE], [4, H6_SURNAMES_WORDS]]);
  return {
    given: rng.pick(wordGiven ? H6_GIVEN_WORDS : H6_GIVEN_WORLD),
    family: rng.pick(familyPool),
    middle: rng.letters(1),
    nickname: rng.pick(H6_NICKNAMES),
    wordy: wordGiven || familyPool === H6_SURNAMES_WORDS,
  };
}

function nameSeg(p: H6Person, text: string, form: string): PhiSeg {
  return phi(text, 'NAME', `h6.name.${form}${p.wordy ? '.wordname' : ''}`);
}

/** A person's full name as forms, letters and logs write it. */
export function h6Name(rng: Rng, p: H6Person): Frag {
  return rng.weighted<() => Frag>([
    [4, () => nameSeg(p, `${p.given} ${p.family}`, 'given-family')],
    [3, () => nameSeg(p, `${p.family}, ${p.given}`, 'family-comma-given')],
    [2, () => nameSeg(p, `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`, 'all-caps-family-first')],
    [1, () => nameSeg(p, `${p.given.toLowerCase()} ${p.family.toLowerCase()}`, 'lower-given-family')],
    [1, () => nameSeg(p, `${p.given} ${p.middle}. ${p.family}`, 'middle-initial')],
    [1, () => nameSeg(p, `${p.family.toUpperCase()} ${p.given}`, 'caps-family-space-given')],
    [1, () => [nameSeg(p, p.given, 'given-before-nickname'), ' "', nameSeg(p, p.nickname, 'nickname-quoted'), '" ', nameSeg(p, p.family, 'family-after-nickname')]],
    [1, () => [nameSeg(p, `${p.given[0]}. ${p.family}`, 'initial-family')]],
    [2, () => [rng.pick(['Mrs. ', 'Mr. ', 'Ms ', 'Mr ', 'MRS ', 'Sr. ', 'Sra. ']), nameSeg(p, p.family, 'title-family')]],
  ])();
}

export function h6Given(p: H6Person): PhiSeg {
  return nameSeg(p, p.given, 'given-only');
}

export function h6Family(p: H6Person): PhiSeg {
  return nameSeg(p, p.family, 'family-only');
}

export function h6Nickname(p: H6Person): PhiSeg {
  return nameSeg(p, p.nickname, 'nickname-only');
}

/** "Joy's", "O'Dwyer's": the possessive ending stays outside the span. */
export function h6Possessive(p: H6Person, which: 'given' | 'family' = 'given'): Frag {
  return [nameSeg(p, which === 'given' ? p.given : p.family, `possessive-${which}`), "'s"];
}

/** Initials as safety reports and logs write them ("J.O.", "JO"). */
export function h6Initials(rng: Rng, p: H6Person): PhiSeg {
  const g = p.given[0].toUpperCase(), fam = p.family.replace(/^(?:[a-z]+[ -]|[A-Z]'|St\. |Ní |Ó |Mac an |Mac )/, '')[0].toUpperCase();
  return rng.chance(0.5) ? nameSeg(p, `${g}.${fam}.`, 'initials-dotted') : nameSeg(p, `${g}${p.middle}${fam}`, 'initials-run');
}

/** A funeral home named for a family, as death-certificate worksheets write it. */
export function h6FuneralHome(rng: Rng, p: H6Person): PhiSeg {
  return phi(`${p.family}${rng.pick([' & Sons Funeral Home', ' Mortuary', ' Family Funeral Chapel'])}`, 'LOCATION', 'h6.location.funeral-home');
}

/** A clinician with a credential, in signature or header style. */
export function h6Staff(rng: Rng, p: H6Person, cred: string, signature = false): Frag {
  return rng.weighted<() => Frag>([
    [3, () => [nameSeg(p, `${p.given} ${p.family}`, 'staff-given-family'), `, ${cred}`]],
    [2, () => [rng.pick(['Dr ', 'Dr. ', 'DR ']), nameSeg(p, p.family, 'staff-dr-family')]],
    [2, () => [nameSeg(p, `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`, 'staff-caps-family-first'), ` ${cred}`]],
    [signature ? 1 : 0, () => ['e-signed: ', nameSeg(p, `${p.given[0]}${p.family.replace(/[^\p{L}]/gu, '')}`.toLowerCase(), 'staff-login-id'), ` (${cred})`]],
    [1, () => [nameSeg(p, `${p.given[0]}.${p.family[0]}.`.toUpperCase(), 'staff-initials-dotted'), ` ${cred}`]],
  ])();
}

const DATE_FORMS: Record<string, (x: Ymd) => string> = {
  'h6.date.mdy-slash-4y': (x) => `${p2(x.m)}/${p2(x.d)}/${x.y}`,
  'h6.date.mdy-slash-2y': (x) => `${x.m}/${x.d}/${yy(x.y)}`,
  'h6.date.dmy-dots-4y': (x) => `${p2(x.d)}.${p2(x.m)}.${x.y}`,
  'h6.date.iso': (x) => `${x.y}-${p2(x.m)}-${p2(x.d)}`,
  'h6.date.iso-datetime': (x) => `${x.y}-${p2(x.m)}-${p2(x.d)}T${p2(x.d % 24)}:${p2((x.m * 7) % 60)}`,
  'h6.date.mon-d-yyyy': (x) => `${MON3[x.m - 1]} ${x.d}, ${x.y}`,
  'h6.date.month-ordinal-yyyy': (x) => `${MONTHS[x.m - 1]} ${ord(x.d)}, ${x.y}`,
  'h6.date.dd-MON-yyyy-caps': (x) => `${p2(x.d)}-${MON3[x.m - 1].toUpperCase()}-${x.y}`,
  'h6.date.d-mon-yy': (x) => `${x.d} ${MON3[x.m - 1]} ${yy(x.y)}`,
  'h6.date.the-ordinal': (x) => `${ord(x.d)}`,
  'h6.date.m-slash-d': (x) => `${x.m}/${x.d}`,
  'h6.date.mon-apostrophe-yy': (x) => `${MON3[x.m - 1]} '${yy(x.y)}`,
  'h6.date.month-yyyy': (x) => `${MONTHS[x.m - 1]} ${x.y}`,
  'h6.date.month-d': (x) => `${MONTHS[x.m - 1]} ${x.d}`,
  'h6.date.mdy-dash-2y': (x) => `${p2(x.m)}-${p2(x.d)}-${yy(x.y)}`,
  'h6.date.mmddyyyy-run': (x) => `${p2(x.m)}${p2(x.d)}${x.y}`,
  'h6.date.ymd-slash': (x) => `${x.y}/${p2(x.m)}/${p2(x.d)}`,
};
export const H6_DATE_KINDS = Object.keys(DATE_FORMS);

export function h6Date(rng: Rng, x: Ymd, kind = rng.pick(H6_DATE_KINDS.filter((k) => k !== 'h6.date.the-ordinal'))): Frag {
  const seg = phi(DATE_FORMS[kind](x), 'DATE', kind);
  return kind === 'h6.date.the-ordinal' ? ['the ', seg] : seg;
}

const FULL = ['h6.date.mdy-slash-4y', 'h6.date.mdy-slash-2y', 'h6.date.dmy-dots-4y', 'h6.date.iso', 'h6.date.mon-d-yyyy', 'h6.date.month-ordinal-yyyy', 'h6.date.dd-MON-yyyy-caps', 'h6.date.d-mon-yy', 'h6.date.mdy-dash-2y', 'h6.date.mmddyyyy-run', 'h6.date.ymd-slash'];

/** A full date with day, month and year (DOBs, dates of service). */
export function h6FullDate(rng: Rng, x: Ymd): Frag {
  return h6Date(rng, x, rng.pick(FULL));
}

/** A date and time stamp as interfaces and flow sheets print it. */
export function h6Stamp(rng: Rng, x: Ymd): Frag {
  // The clock time after a space is not a date element; glued by "T" it is one token with the date.
  return rng.chance(0.5) ? h6Date(rng, x, 'h6.date.iso-datetime') : [h6Date(rng, x, rng.pick(['h6.date.iso', 'h6.date.mdy-slash-4y'])), ` ${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}`];
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** An age; over 89 it is PHI and written in one of the forms charts use, otherwise plain text. */
export function h6Age(rng: Rng, age: number, sex: 'F' | 'M' = 'F'): Frag {
  if (age <= 89) return rng.pick([`${age} yo`, `${age}-year-old`, `${age} y.o.`, `aged ${age}`]);
  const words = age >= 100 ? `one hundred${age > 100 ? ` and ${ONES[age - 100]}` : ''}` : `ninety${age > 90 ? ` ${ONES[age - 90]}` : ''}`;
  return rng.weighted<() => Frag>([
    [3, () => [phi(String(age), 'AGE', 'h6.age.y-dot-o'), ' y.o.']],
    [2, () => [phi(String(age), 'AGE', 'h6.age.yo-sex'), ` YO${sex}`]],
    [2, () => ['aged ', phi(String(age), 'AGE', 'h6.age.after-aged')]],
    [2, () => [phi(words, 'AGE', 'h6.age.words'), rng.pick([' years old', ' yrs'])]],
    [1, () => [phi(`${age}`, 'AGE', 'h6.age.years-months'), ` yrs ${rng.int(1, 11)} mos`]],
  ])();
}

/** An age in a form field ("Age: 96"): the bare number, PHI over 89. */
export function h6AgeField(age: number): Frag {
  return age <= 89 ? String(age) : phi(String(age), 'AGE', 'h6.age.form-field');
}

export function h6Phone(rng: Rng): PhiSeg {
  const a = String(rng.int(201, 989)), b = String(rng.int(200, 989)), c = rng.digits(4);
  return rng.weighted<() => PhiSeg>([
    [3, () => phi(`(${a}) ${b}-${c}`, 'PHONE', 'h6.phone.paren')],
    [2, () => phi(`${a}-${b}-${c} x${rng.int(100, 9999)}`, 'PHONE', 'h6.phone.x-ext')],
    [2, () => phi(`(${a})${b}-${c} ext ${rng.int(1, 999)}`, 'PHONE', 'h6.phone.paren-tight-ext')],
    [2, () => phi(`${a} ${b} ${c}`, 'PHONE', 'h6.phone.spaces')],
    [1, () => phi(`${a}.${b}.${c}`, 'PHONE', 'h6.phone.dots')],
    [1, () => phi(`1-${a}-${b}-${c}`, 'PHONE', 'h6.phone.one-dash')],
    [1, () => phi(`+1-${a}-${b}-${c}`, 'PHONE', 'h6.phone.plus1-dash')],
  ])();
}

function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

export function h6Email(rng: Rng, p: H6Person): PhiSeg {
  const g = slug(p.given), fam = slug(p.family);
  return rng.weighted<() => PhiSeg>([
    [3, () => phi(`${g}${fam}${rng.int(60, 99)}@${rng.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'comcast.net'])}`, 'EMAIL', 'h6.email.personal')],
    [2, () => phi(`${g}.${fam}@${rng.pick(['millcreekhealth.org', 'kanawharegional.net', 'ironrangeclinic.com', 'va.gov'])}`, 'EMAIL', 'h6.email.work')],
    [1, () => phi(`${g[0]}_${fam}${rng.int(1, 9)}@${rng.pick(['aol.com', 'live.com'])}`, 'EMAIL', 'h6.email.initial-underscore')],
    [1, () => phi(`${fam.toUpperCase()}.${g.toUpperCase()}@STATE.${rng.pick(['NV', 'WV', 'KS'])}.US`, 'EMAIL', 'h6.email.caps-government')],
  ])();
}

export function h6Ssn(rng: Rng): Frag {
  const a = String(rng.int(100, 665)), b = rng.digits(2), c = rng.digits(4);
  return rng.weighted<() => Frag>([
    [2, () => phi(`${a}-${b}-${c}`, 'SSN', 'h6.ssn.dashed')],
    [1, () => phi(`${a} ${b} ${c}`, 'SSN', 'h6.ssn.spaced')],
    [1, () => ['xxx-xx-', phi(c, 'SSN', 'h6.ssn.last-four-after-mask')]],
    [1, () => phi(`${a}${b}${c}`, 'SSN', 'h6.ssn.run')],
  ])();
}

export function h6Mrn(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [3, () => ['MRN: ', phi(rng.digits(7), 'MRN', 'h6.mrn.colon')]],
    [2, () => ['MR# ', phi(`${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`, 'MRN', 'h6.mrn.hash-groups')]],
    [2, () => ['Unit No: ', phi(`${rng.letters(1)}${rng.digits(8)}`, 'MRN', 'h6.mrn.unit-number')]],
    [1, () => ['EMPI ', phi(rng.digits(10), 'MRN', 'h6.mrn.empi')]],
    [1, () => ['Pt ID ', phi(`${rng.digits(4)}.${rng.digits(3)}`, 'MRN', 'h6.mrn.dotted')]],
  ])();
}

export type H6AccountKind = 'member' | 'claim' | 'account' | 'cfile' | 'medicare' | 'fin';

export function h6Account(rng: Rng, what: H6AccountKind): Frag {
  switch (what) {
    case 'member': return ['Member #: ', phi(`${rng.letters(1)}${rng.digits(8)}${rng.chance(0.5) ? ` ${rng.digits(2)}` : ''}`, 'ACCOUNT', 'h6.account.member')];
    case 'claim': return ['Claim # ', phi(`${rng.digits(4)}-${rng.digits(6)}-${rng.letters(2)}`, 'ACCOUNT', 'h6.account.claim')];
    case 'cfile': return ['VA file no. ', phi(`C ${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, 'ACCOUNT', 'h6.account.va-c-file')];
    case 'medicare': return ['MBI ', phi(`${rng.int(1, 9)}${rng.letters(1)}${rng.int(0, 9)}${rng.letters(1)}-${rng.letters(1)}${rng.int(0, 9)}${rng.letters(1)}-${rng.letters(2)}${rng.digits(2)}`, 'ACCOUNT', 'h6.account.mbi')];
    case 'fin': return ['FIN ', phi(rng.digits(9), 'ACCOUNT', 'h6.account.fin')];
    default: return ['Acct#', phi(`${rng.digits(6)}${rng.letters(1)}`, 'ACCOUNT', 'h6.account.visit')];
  }
}

export function h6License(rng: Rng, what: 'dea' | 'npi' | 'state' | 'driver'): Frag {
  switch (what) {
    case 'dea': return ['DEA# ', phi(`${rng.letters(1, 'ABFM')}${rng.letters(1)}${rng.digits(7)}`, 'LICENSE', 'h6.license.dea')];
    case 'npi': return ['NPI: ', phi(`1${rng.digits(9)}`, 'LICENSE', 'h6.license.npi')];
    case 'state': return [rng.pick(['Lic. ', 'License # ', 'St. Lic ']), phi(`${rng.pick(['MD', 'RN', 'LCSW', 'APRN'])}${rng.digits(5)}`, 'LICENSE', 'h6.license.state-board')];
    default: return ['DL ', phi(`${rng.letters(1)}${rng.digits(7)}`, 'LICENSE', 'h6.license.driver'), ` (${rng.pick(H6_STATES)})`];
  }
}

export type H6IdKind = 'booking' | 'specimen' | 'accession' | 'donation' | 'case' | 'interpreter' | 'report' | 'order' | 'coroner' | 'doc';

export function h6OtherId(rng: Rng, what: H6IdKind): Frag {
  switch (what) {
    case 'booking': return ['Booking # ', phi(`${yy(rng.int(2019, 2026))}-${rng.digits(5)}`, 'ID', 'h6.id.booking')];
    case 'doc': return ['DOC# ', phi(`${rng.digits(6)}`, 'ID', 'h6.id.inmate-doc')];
    case 'specimen': return ['Specimen ID ', phi(`${rng.letters(1)}${rng.digits(2)}-${rng.digits(3)}-${rng.digits(4)}`, 'ID', 'h6.id.specimen')];
    case 'accession': return ['Acc# ', phi(`${rng.letters(2)}${rng.digits(8)}`, 'ID', 'h6.id.accession')];
    case 'donation': return ['Unit ', phi(`W${rng.digits(4)} ${yy(rng.int(2019, 2026))} ${rng.digits(6)}`, 'ID', 'h6.id.isbt-donation')];
    case 'case': return ['Case no. ', phi(`${rng.letters(2)}${rng.digits(7)}`, 'ID', 'h6.id.poison-case')];
    case 'interpreter': return ['Interpreter ID #', phi(rng.digits(6), 'ID', 'h6.id.interpreter')];
    case 'report': return ['Report ID ', phi(`${rng.digits(8)}-${rng.digits(4)}`, 'ID', 'h6.id.safety-report')];
    case 'order': return ['Order # ', phi(`ORD${rng.digits(9)}`, 'ID', 'h6.id.order')];
    default: return ['ME case ', phi(`${yy(rng.int(2019, 2026))}-ME-${rng.digits(4)}`, 'ID', 'h6.id.coroner-case')];
  }
}

export function h6Device(rng: Rng, what: 'serial' | 'gs1udi' | 'lot-serial' | 'vent' | 'chair'): Frag {
  switch (what) {
    case 'serial': return ['S/N: ', phi(`${rng.letters(2)}${rng.digits(8)}`, 'DEVICE', 'h6.device.serial')];
    case 'gs1udi': return ['UDI: ', phi(`(01)${rng.digits(14)}(17)${yy(rng.int(2026, 2030))}${p2(rng.int(1, 12))}28(21)${rng.letters(1)}${rng.digits(7)}`, 'DEVICE', 'h6.device.gs1-udi')];
    case 'lot-serial': return ['serial no. ', phi(`${rng.digits(4)}-${rng.letters(3)}-${rng.digits(5)}`, 'DEVICE', 'h6.device.implant-serial')];
    case 'vent': return ['vent SN ', phi(`TV${rng.digits(9)}`, 'DEVICE', 'h6.device.ventilator-serial')];
    default: return ['chair serial ', phi(`${rng.digits(2)}${rng.letters(2)}${rng.digits(6)}`, 'DEVICE', 'h6.device.wheelchair-serial')];
  }
}

export function h6Vehicle(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => [`${rng.pick(H6_STATES)} plate `, phi(`${rng.letters(3)}-${rng.digits(3)}`, 'VEHICLE', 'h6.vehicle.plate-dash')]],
    [1, () => ['lic. plate ', phi(`${rng.digits(3)} ${rng.letters(3)}`, 'VEHICLE', 'h6.vehicle.plate-digits-first')]],
    [1, () => ['VIN: ', phi(`${rng.digits(1)}${rng.letters(2)}${rng.digits(1)}${rng.letters(2)}${rng.digits(2)}${rng.letters(1)}${rng.digits(8)}`, 'VEHICLE', 'h6.vehicle.vin')]],
  ])();
}

export function h6Url(rng: Rng, p: H6Person): PhiSeg {
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`https://portal.${slug(rng.pick(H6_FACILITY_STEMS))}.org/records/${rng.digits(8)}`, 'URL', 'h6.url.portal-record')],
    [1, () => phi(`facebook.com/${slug(p.given)}.${slug(p.family)}.${rng.digits(3)}`, 'URL', 'h6.url.social-profile')],
    [1, () => phi(`https://teams.microsoft.com/l/meetup-join/${rng.digits(6)}${rng.letters(4, 'abcdef')}`, 'URL', 'h6.url.meeting')],
  ])();
}

export function h6Ip(rng: Rng): PhiSeg {
  return rng.chance(0.75)
    ? phi(`${rng.pick(['10', '172', '192', String(rng.int(24, 210))])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'h6.ip.v4')
    : phi(`fe80::${rng.letters(4, 'abcdef0123456789')}:${rng.letters(4, 'abcdef0123456789')}`, 'IP', 'h6.ip.v6-link-local');
}

export function h6Street(rng: Rng): PhiSeg {
  const line = `${rng.int(1, 24999)} ${rng.pick(H6_STREETS)} ${rng.pick(H6_STREET_SUFFIX)}`;
  return rng.weighted<() => PhiSeg>([
    [4, () => phi(line, 'ADDRESS', 'h6.address.street')],
    [2, () => phi(`${line}${rng.pick([', Apt. ', ' Unit ', ' Ste ', ', Lot ', ' Bldg C #', ', Rm '])}${rng.int(1, 480)}`, 'ADDRESS', 'h6.address.street-unit')],
    [1, () => phi(`P.O. Box ${rng.int(1, 9999)}`, 'ADDRESS', 'h6.address.po-box-dotted')],
    [1, () => phi(`RR ${rng.int(1, 9)} Box ${rng.int(1, 999)}`, 'ADDRESS', 'h6.address.rural-route')],
  ])();
}

export function h6Town(rng: Rng): PhiSeg {
  const word = rng.chance(0.55);
  return phi(rng.pick(word ? H6_TOWNS_WORDS : H6_TOWNS_PLAIN), 'LOCATION', word ? 'h6.location.town-word' : 'h6.location.town');
}

export function h6Zip(rng: Rng): PhiSeg {
  return rng.chance(0.4) ? phi(`${rng.digits(5)}-${rng.digits(4)}`, 'ADDRESS', 'h6.address.zip-plus4') : phi(String(rng.int(10000, 99950)), 'ADDRESS', 'h6.address.zip5');
}

/** Street, town, state and ZIP (the state stays: Safe Harbor allows it). */
export function h6Address(rng: Rng): Frag {
  return rng.chance(0.7)
    ? [h6Street(rng), ', ', h6Town(rng), `, ${rng.pick(H6_STATES)} `, h6Zip(rng)]
    : [h6Street(rng), '\n', h6Town(rng), ` ${rng.pick(H6_STATES)}  `, h6Zip(rng)];
}

/** A city or base abroad: a geographic unit smaller than a state, so PHI wherever it lies. */
export function h6ForeignCity(rng: Rng, what: 'city' | 'deployment' = 'city'): PhiSeg {
  return what === 'city'
    ? phi(rng.pick(H6_FOREIGN_CITIES), 'LOCATION', 'h6.location.foreign-city')
    : phi(rng.pick(H6_DEPLOYMENT_SITES), 'LOCATION', 'h6.location.deployment-site');
}

export function h6County(rng: Rng): Frag {
  return [phi(rng.pick(H6_COUNTIES), 'LOCATION', 'h6.location.county'), ' County'];
}

export type H6FacilityKind = 'hospital' | 'clinic' | 'carehome' | 'school' | 'employer' | 'church' | 'pharmacy' | 'jail';

/** A facility named by its grammar: "Mill Creek Regional Hospital", "St. Jude's", "Harmony Family Medicine". */
export function h6Facility(rng: Rng, kind: H6FacilityKind): PhiSeg {
  const stem = rng.pick(H6_FACILITY_STEMS);
  let text: string;
  switch (kind) {
    case 'hospital':
      text = rng.pick([`${stem} Regional Hospital`, `${stem} Medical Center`, `${stem} General`, `St. ${rng.pick(H6_SAINTS)} Medical Center`, `St. ${rng.pick(H6_SAINTS)}'s`, `${stem} Critical Access Hospital`, `${stem} VA Medical Center`]);
      break;
    case 'clinic':
      text = rng.pick([`${stem} Family Medicine`, `${stem} Community Health Center`, `${stem} Surgical Associates`, `${stem} Urgent Care`, `${stem} Rural Health Clinic`, `${stem} CBOC`]);
      break;
    case 'carehome': text = rng.pick(H6_CARE_HOMES); break;
    case 'school': text = rng.pick(H6_SCHOOLS); break;
    case 'employer': text = rng.pick(H6_EMPLOYERS); break;
    case 'church': text = rng.pick(H6_CHURCHES); break;
    case 'jail': text = rng.pick(H6_CORRECTIONAL); break;
    default: text = rng.pick(H6_PHARMACIES);
  }
  return phi(text, 'LOCATION', `h6.location.${kind}`);
}
