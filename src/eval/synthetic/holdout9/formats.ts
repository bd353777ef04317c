// Owns how the ninth held-out PHI check writes each Safe Harbor identifier: the forms people really write
// (names in every order and case, dates with any separator, ages over 89 in words and compact forms, phones
// with extensions and country codes, identifiers of many kinds including ones invented here, addresses with
// units and ZIP+4, institutions of many kinds in running text). Every value is a gold span by construction.
import type { Rng } from '../prng';
import { MON3, MONTHS, ordinal, p2, yy, type Ymd } from '../dates';
import type { PhiType } from '../../../engine/types';
import { phi, type Frag, type PhiSeg } from '../segments';
import {
  H9_FAMILY_FIRST, H9_GIVEN, H9_GIVEN_WORDS, H9_NICKNAMES, H9_PLACE_STEMS, H9_STATES, H9_STREETS, H9_STREET_SUFFIXES, H9_SURNAMES,
  H9_SURNAMES_WORDS, H9_TOWNS, H9_TOWNS_WORDS,
} from './vocab';

export interface H9Person { given: string; family: string; nickname: string; familyFirst: boolean; wordy: boolean }

export function h9Person(rng: Rng): H9Person {
  if (rng.chance(0.1)) {
    const [family, given] = rng.pick(H9_FAMILY_FIRST);
    return { given, family, nickname: rng.pick(H9_NICKNAMES), familyFirst: true, wordy: false };
  }
  const givenWord = rng.chance(0.2);
  const familyWord = rng.chance(0.25);
  return {
    given: givenWord ? rng.pick(H9_GIVEN_WORDS) : rng.pick(H9_GIVEN),
    family: familyWord ? rng.pick(H9_SURNAMES_WORDS) : rng.pick(H9_SURNAMES),
    nickname: rng.pick(H9_NICKNAMES),
    familyFirst: false,
    wordy: givenWord || familyWord,
  };
}

export const seg = (text: string, type: PhiType, kind: string): PhiSeg => phi(text, type, `h9.${kind}`);
const nm = (p: H9Person, text: string, form: string): PhiSeg => seg(text, 'NAME', `name.${form}${p.wordy ? '.wordname' : ''}`);
const initial = (s: string): string => s.replace(/^[^A-Za-zÀ-ÿ]*/, '')[0] ?? 'X';

/** A person's name in one of the forms notes use for patients and relatives. */
export function h9Name(rng: Rng, p: H9Person): Frag {
  if (p.familyFirst) {
    return rng.chance(0.5) ? nm(p, `${p.family} ${p.given}`, 'family-first-native') : nm(p, `${p.family.toUpperCase()} ${p.given}`, 'family-first-caps');
  }
  return rng.weighted<() => Frag>([
    [4, () => nm(p, `${p.given} ${p.family}`, 'given-family')],
    [1, () => nm(p, `${p.family}, ${p.given} ${rng.letters(1)}.`, 'family-comma-given-mi')],
    [1, () => nm(p, `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`, 'caps-comma')],
    [1, () => nm(p, `${p.given} ${rng.letters(1)}. ${p.family}`, 'given-mi-family')],
    [1, () => nm(p, `${p.given} "${p.nickname}" ${p.family}`, 'quoted-nickname')],
    [1, () => nm(p, `${p.given} ${p.family}`.toLowerCase(), 'lower')],
    [1, () => nm(p, `${initial(p.given)}. ${p.family}`, 'initial-family')],
  ])();
}
/** Given name alone, as family and carers are named in passing. */
export function h9Given(rng: Rng, p: H9Person): PhiSeg {
  const g = p.familyFirst ? p.given.split(' ').pop() ?? p.given : p.given;
  return rng.chance(0.2) ? nm(p, g.toLowerCase(), 'given-only-lower') : nm(p, g, 'given-only');
}
export function h9Possessive(p: H9Person): Frag {
  const g = p.familyFirst ? p.given.split(' ').pop() ?? p.given : p.given;
  return [nm(p, g, 'given-possessive'), "'s"];
}
export function h9Nick(p: H9Person): PhiSeg {
  return nm(p, p.nickname, 'nickname-only');
}
/** Title and surname: "Dr. Baker", "DR BAKER", "Mrs Nwachukwu". */
export function h9Titled(rng: Rng, p: H9Person, title?: string): Frag {
  const t = title ?? rng.pick(['Dr.', 'Dr', 'Mr.', 'Mrs.', 'Ms', 'Mrs']);
  return [`${t} `, nm(p, p.family, 'title-family')];
}
/** A clinician's signature: full name with credential, initials, or "-jk" style. */
export function h9Staff(rng: Rng, p: H9Person, credential: string): Frag {
  return rng.weighted<() => Frag>([
    [3, () => [nm(p, `${p.given} ${p.family}`, 'staff-full'), `, ${credential}`]],
    [1, () => [nm(p, `${initial(p.given)}. ${p.family}`, 'staff-initial-family'), ` ${credential}`]],
    [1, () => [nm(p, `${initial(p.given)}${initial(p.family)}`.toUpperCase(), 'staff-initials'), ` ${credential}`]],
    [1, () => ['-', nm(p, `${initial(p.given)}${initial(p.family)}`.toLowerCase(), 'staff-initials-lower')]],
  ])();
}

const MONTH_ABBR_DOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** Dates in the short forms of ICU notes (month/day without year dominates). */
export function h9ShortDate(rng: Rng, x: Ymd): PhiSeg {
  return rng.weighted<() => PhiSeg>([
    [6, () => seg(`${x.m}/${x.d}`, 'DATE', 'date.m-d')],
    [1, () => seg(`${x.m}-${x.d}`, 'DATE', 'date.m-dash-d')],
    [1, () => seg(`${x.m}/${x.d}/${yy(x.y)}`, 'DATE', 'date.m-d-yy')],
    [1, () => seg(`${MON3[x.m - 1].toUpperCase()} ${x.d}`, 'DATE', 'date.mon-d-caps')],
    [1, () => seg(`${x.d}${MON3[x.m - 1]}`, 'DATE', 'date.compact-dmon')],
    [1, () => seg(ordinal(x.d), 'DATE', 'date.ordinal-day')],
  ])();
}
/** Dates in every form the other styles write. */
export function h9Date(rng: Rng, x: Ymd): PhiSeg {
  const mon = MONTHS[x.m - 1];
  return rng.weighted<() => PhiSeg>([
    [2, () => seg(`${p2(x.m)}/${p2(x.d)}/${x.y}`, 'DATE', 'date.mm-dd-yyyy')],
    [1, () => seg(`${x.m}/${x.d}/${yy(x.y)}`, 'DATE', 'date.m-d-yy')],
    [1, () => seg(`${x.m}-${x.d}-${x.y}`, 'DATE', 'date.m-d-yyyy-dashed')],
    [1, () => seg(`${x.d}.${x.m}.${x.y}`, 'DATE', 'date.d-m-yyyy-dots')],
    [1, () => seg(`${p2(x.d)}.${p2(x.m)}.${yy(x.y)}`, 'DATE', 'date.dd-mm-yy-dots')],
    [1, () => seg(`${x.y}-${p2(x.m)}-${p2(x.d)}`, 'DATE', 'date.iso')],
    [1, () => seg(`${x.y}${p2(x.m)}${p2(x.d)}`, 'DATE', 'date.compact-yyyymmdd')],
    [1, () => seg(`${p2(x.d)}${MON3[x.m - 1].toUpperCase()}${yy(x.y)}`, 'DATE', 'date.compact-ddmonyy')],
    [1, () => seg(`${x.d}-${MON3[x.m - 1]}-${x.y}`, 'DATE', 'date.d-mon-yyyy')],
    [1, () => seg(`${mon} ${x.d}, ${x.y}`, 'DATE', 'date.month-d-yyyy')],
    [1, () => seg(`${MONTH_ABBR_DOT[x.m - 1]} ${ordinal(x.d)}`, 'DATE', 'date.mon-dot-ordinal')],
    [1, () => seg(`${x.d} ${mon} ${x.y}`, 'DATE', 'date.d-month-yyyy')],
    [1, () => seg(`the ${ordinal(x.d)} of ${mon}`, 'DATE', 'date.the-nth-of-month')],
    [1, () => seg(`${x.m}/${x.d}/'${yy(x.y)}`, 'DATE', 'date.apostrophe-year')],
    [1, () => seg(`${x.m} / ${x.d} / ${yy(x.y)}`, 'DATE', 'date.spaced-slashes')],
    [1, () => seg(`${mon} ${x.y}`, 'DATE', 'date.month-yyyy')],
    [1, () => seg(`${MON3[x.m - 1]}-${yy(x.y)}`, 'DATE', 'date.mon-yy')],
  ])();
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** An age; only ages over 89 are PHI, so younger ones stay plain text. */
export function h9Age(rng: Rng, age: number): Frag {
  if (age < 90) return rng.pick([`${age} yo`, `${age} y/o`, `${age}-year-old`, `${age}yo`, `age ${age}`]);
  const words = age < 100 ? (age === 90 ? 'ninety' : `ninety-${ONES[age - 90]}`) : age < 110 ? `one hundred ${ONES[age - 100] || ''}`.trim() : null;
  return rng.weighted<() => Frag>([
    [2, () => [seg(`${age}`, 'AGE', 'age.digits-yo'), ' yo']],
    [1, () => [seg(`${age}`, 'AGE', 'age.digits-y-slash-o'), ' y/o']],
    [1, () => seg(`${age}yo`, 'AGE', 'age.compact-yo')],
    [1, () => seg(`${age}${rng.pick(['F', 'M', 'f', 'm'])}`, 'AGE', 'age.compact-sex')],
    [1, () => seg(`${age}y`, 'AGE', 'age.compact-y')],
    [1, () => ['age ', seg(`${age}`, 'AGE', 'age.labelled')]],
    [1, () => (words ? [seg(words, 'AGE', 'age.words'), ' years old'] : [seg(`${age}`, 'AGE', 'age.digits-yo'), ' yo'])],
    [1, () => (words ? [seg(words[0].toUpperCase() + words.slice(1), 'AGE', 'age.words-capital'), '-year-old'] : [seg(`${age}`, 'AGE', 'age.digits-yr-old'), '-yr-old'])],
  ])();
}

export function h9Phone(rng: Rng): PhiSeg {
  const a = rng.pick(['617', '781', '508', '978', '413', '603', '207', '401', '774', '339', '857']);
  const x = `${rng.int(201, 989)}`;
  const y = rng.digits(4);
  const [t, k] = rng.weighted<[string, string]>([
    [3, [`${a}-${x}-${y}`, 'dashed']],
    [2, [`(${a}) ${x}-${y}`, 'paren']],
    [1, [`${a}.${x}.${y}`, 'dots']],
    [1, [`${a}/${x}-${y}`, 'slash']],
    [1, [`${x}-${y}`, 'seven-digit']],
    [1, [`${a}-${x}-${y} ext. ${rng.int(100, 9999)}`, 'ext-dot']],
    [1, [`(${a}) ${x}-${y} x${rng.int(10, 999)}`, 'x-extension']],
    [1, [`+1 ${a} ${x} ${y}`, 'plus-one-spaced']],
    [1, [`+44 ${rng.pick(['20', '161', '7700'])} ${rng.digits(3)} ${rng.digits(4)}`, 'uk-intl']],
    [1, [`+353 ${rng.pick(['87', '86', '21'])} ${rng.digits(3)} ${rng.digits(4)}`, 'ireland-intl']],
    [1, [`011-55-${rng.int(11, 99)}-${rng.digits(5)}-${rng.digits(4)}`, 'brazil-011']],
    [1, [`${a}${x}${y}`, 'run-on']],
  ]);
  return seg(t, 'PHONE', `phone.${k}`);
}
/** Phones as the source-era ICU notes write them: local area codes, dashes, parentheses, seven digits, (h)/(c). */
export function h9LocalPhone(rng: Rng): PhiSeg {
  const a = rng.pick(['617', '781', '508', '978', '603']);
  const x = `${rng.int(201, 989)}`;
  const y = rng.digits(4);
  const [t, k] = rng.weighted<[string, string]>([
    [4, [`${a}-${x}-${y}`, 'local-dashed']],
    [2, [`(${a}) ${x}-${y}`, 'local-paren']],
    [2, [`${x}-${y}`, 'local-seven-digit']],
    [1, [`${a} ${x} ${y}`, 'local-spaced']],
    [1, [`${a}-${x}-${y} ext ${rng.int(10, 9999)}`, 'local-ext']],
    [1, [`${a}${x}${y}`, 'local-run-on']],
  ]);
  return seg(t, 'PHONE', `phone.${k}`);
}
/** An in-house number as nursing notes write it: "beeper 4471", "x6-2210". */
export function h9Pager(rng: Rng): Frag {
  return rng.chance(0.5) ? ['beeper #', seg(rng.digits(4), 'PHONE', 'phone.beeper')] : ['x', seg(`${rng.int(2, 7)}-${rng.digits(4)}`, 'PHONE', 'phone.internal-ext')];
}

const ascii = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '');
export function h9Email(rng: Rng, p: H9Person): PhiSeg {
  const g = ascii(p.given).toLowerCase() || 'pt';
  const fam = ascii(p.family).toLowerCase() || 'x';
  const local = rng.pick([`${g}.${fam}`, `${g}${fam[0]}${rng.int(50, 99)}`, `${ascii(p.nickname).toLowerCase()}${rng.int(1, 999)}`, `${g[0]}${fam}`]);
  return rng.chance(0.6)
    ? seg(`${local}@${rng.pick(['gmail.com', 'yahoo.com', 'comcast.net', 'verizon.net', 'icloud.com', 'proton.me'])}`, 'EMAIL', 'email.personal')
    : seg(`${local}@${rng.pick(['mysticvalleyhealth.org', 'quarrypointfertility.com', 'state.ma.us', 'wexhamschools.org', 'bayberryinfusion.net'])}`, 'EMAIL', 'email.work');
}
export function h9Url(rng: Rng, p: H9Person): PhiSeg {
  const g = ascii(p.given).toLowerCase() || 'pt';
  const fam = ascii(p.family).toLowerCase() || 'x';
  return rng.weighted<() => PhiSeg>([
    [1, () => seg(`https://www.gofundme.com/f/help-${g}-${fam}-${rng.digits(3)}`, 'URL', 'url.fundraiser')],
    [1, () => seg(`www.facebook.com/${g}.${fam}.${rng.digits(2)}`, 'URL', 'url.social')],
    [1, () => seg(`https://portal.mysticvalleyhealth.org/pt/${rng.digits(7)}`, 'URL', 'url.portal')],
    [1, () => seg(`lotsahelpinghands.com/c/${rng.digits(6)}/${fam}-family`, 'URL', 'url.care-calendar')],
  ])();
}
export function h9Ip(rng: Rng): PhiSeg {
  return rng.chance(0.7)
    ? seg(`${rng.pick(['73', '24', '98', '108', '174'])}.${rng.int(1, 254)}.${rng.int(0, 254)}.${rng.int(1, 254)}`, 'IP', 'ip.v4')
    : seg(`2601:${rng.int(100, 999)}:${rng.letters(1, 'abcdef')}${rng.int(100, 999)}::${rng.int(10, 99)}${rng.letters(1, 'abcdef')}`, 'IP', 'ip.v6');
}
export function h9Ssn(rng: Rng): PhiSeg {
  const s = `${rng.int(100, 665)}${rng.digits(2)}${rng.digits(4)}`;
  return rng.weighted<() => PhiSeg>([
    [2, () => seg(`${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`, 'SSN', 'ssn.dashed')],
    [1, () => seg(`${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`, 'SSN', 'ssn.spaced')],
    [1, () => seg(`${s.slice(0, 3)}.${s.slice(3, 5)}.${s.slice(5)}`, 'SSN', 'ssn.dotted')],
    [1, () => seg(s, 'SSN', 'ssn.run-on')],
  ])();
}
export function h9Mrn(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [2, () => ['MR# ', seg(rng.digits(7), 'MRN', 'mrn.mr-hash')]],
    [1, () => ['Unit No. ', seg(`${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`, 'MRN', 'mrn.unit-no')]],
    [1, () => ['med rec #', seg(`${rng.letters(2)}${rng.digits(6)}`, 'MRN', 'mrn.letters-digits')]],
    [1, () => ['(', seg(rng.digits(8), 'MRN', 'mrn.parenthesized'), ')']],
  ])();
}
export function h9Account(rng: Rng): Frag {
  return rng.weighted<() => Frag>([
    [1, () => ['Acct ', seg(`${rng.digits(2)}-${rng.digits(6)}`, 'ACCOUNT', 'account.acct')]],
    [1, () => ['Member ID ', seg(`${rng.letters(3)}${rng.digits(9)}`, 'ACCOUNT', 'account.member')]],
    [1, () => ['claim no. ', seg(`WC-${rng.int(2019, 2026)}-${rng.digits(6)}`, 'ACCOUNT', 'account.wc-claim')]],
    [1, () => ['MassHealth # ', seg(rng.digits(12), 'ACCOUNT', 'account.medicaid')]],
    [1, () => ['policy ', seg(`${rng.digits(4)}-${rng.letters(2)}-${rng.digits(2)}`, 'ACCOUNT', 'account.policy')]],
  ])();
}
/** DEA numbers carry a valid check digit, as real ones do. */
export function h9Dea(rng: Rng, family: string): PhiSeg {
  const d = Array.from({ length: 6 }, () => rng.int(0, 9));
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return seg(`${rng.pick(['A', 'B', 'F', 'M'])}${(ascii(family)[0] ?? 'X').toUpperCase()}${d.join('')}${check}`, 'LICENSE', 'license.dea');
}
/** A clinician's DEA, NPI or board licence number; a patient's driver's licence with `drivers`. */
export function h9License(rng: Rng, p: H9Person, drivers = false): Frag {
  if (drivers) return [rng.pick(['DL ', "driver's lic. ", 'Mass. license ']), seg(`S${rng.digits(8)}`, 'LICENSE', 'license.drivers')];
  return rng.weighted<() => Frag>([
    [1, () => ['DEA ', h9Dea(rng, p.family)]],
    [1, () => ['NPI ', seg(`1${rng.digits(9)}`, 'LICENSE', 'license.npi')]],
    [1, () => ['Lic. #', seg(`${rng.pick(['RN', 'MD', 'PA', 'EMT-P'])}${rng.digits(6)}`, 'LICENSE', 'license.state-board')]],
  ])();
}
/** Identifier kinds of many programs, several invented for this check. */
export function h9Id(rng: Rng, kind: string): Frag {
  const table: Record<string, () => Frag> = {
    inmate: () => ['Inmate # ', seg(`W${rng.digits(5)}`, 'ID', 'id.inmate')],
    booking: () => ['Booking ', seg(`${yy(rng.int(2019, 2026))}-${rng.digits(5)}`, 'ID', 'id.booking')],
    run: () => ['Run # ', seg(`${rng.int(2019, 2026)}-${rng.digits(6)}`, 'ID', 'id.ems-run')],
    incident: () => ['Incident #', seg(`INC${rng.digits(7)}`, 'ID', 'id.incident')],
    cycle: () => ['Cycle ID ', seg(`QPF-${rng.letters(2)}${rng.digits(4)}`, 'ID', 'id.ivf-cycle')],
    embryo: () => ['embryo ', seg(`E${rng.digits(3)}-${rng.letters(1)}${rng.int(1, 9)}`, 'ID', 'id.embryo')],
    poison: () => ['PC case ', seg(`${rng.digits(2)}-${rng.digits(7)}`, 'ID', 'id.poison-case')],
    rx: () => ['Rx# ', seg(rng.digits(7), 'ID', 'id.rx-number')],
    specimen: () => ['specimen ', seg(`S${yy(rng.int(2019, 2026))}-${rng.digits(5)}`, 'ID', 'id.specimen')],
    accession: () => ['accession ', seg(`GX${rng.digits(8)}`, 'ID', 'id.accession')],
    unos: () => ['UNOS ID ', seg(`${rng.letters(3)}${rng.digits(3)}`, 'ID', 'id.unos')],
    dcf: () => ['DCF case ', seg(`${rng.digits(6)}-${rng.letters(1)}`, 'ID', 'id.dcf-case')],
    student: () => ['Student ID ', seg(rng.digits(9), 'ID', 'id.student')],
    interpreter: () => ['interpreter ID ', seg(`#${rng.digits(5)}`, 'ID', 'id.interpreter')],
    hospice: () => ['Hospice pt # ', seg(`HP${rng.digits(6)}`, 'ID', 'id.hospice-patient')],
    employee: () => ['Employee # ', seg(`${rng.letters(1)}${rng.digits(5)}`, 'ID', 'id.employee')],
    wristband: () => ['band #', seg(`${rng.digits(4)}-${rng.digits(4)}`, 'ID', 'id.wristband')],
  };
  return table[kind]();
}
export function h9Device(rng: Rng, kind: string): Frag {
  const table: Record<string, () => Frag> = {
    pump: () => ['pump S/N ', seg(`${rng.letters(2)}${rng.digits(8)}`, 'DEVICE', 'device.pump-serial')],
    pacer: () => ['PPM serial ', seg(`${rng.letters(3)}${rng.digits(6)}${rng.letters(1)}`, 'DEVICE', 'device.pacer-serial')],
    udi: () => ['UDI ', seg(`(01)${rng.digits(14)}(17)${yy(rng.int(2026, 2030))}${p2(rng.int(1, 12))}28(21)${rng.letters(2)}${rng.digits(6)}`, 'DEVICE', 'device.udi-gs1')],
    aed: () => ['monitor SN ', seg(`${rng.digits(2)}${rng.letters(1)}${rng.digits(7)}`, 'DEVICE', 'device.monitor-serial')],
    glucometer: () => ['meter serial ', seg(`${rng.letters(3)}-${rng.digits(5)}-${rng.digits(2)}`, 'DEVICE', 'device.meter-serial')],
  };
  return table[kind]();
}
export function h9Vehicle(rng: Rng): Frag {
  const vinAlpha = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  return rng.weighted<() => Frag>([
    [1, () => ['plate ', seg(`${rng.int(1, 9)}${rng.letters(2)} ${rng.digits(3)}`, 'VEHICLE', 'vehicle.plate-spaced')]],
    [1, () => ['Mass. reg ', seg(`${rng.digits(3)}${rng.letters(3)}`, 'VEHICLE', 'vehicle.plate-run-on')]],
    [1, () => ['VIN ', seg(`${rng.pick(['1F', '2T', '3G', 'JH', '5N'])}${rng.letters(15, vinAlpha)}`, 'VEHICLE', 'vehicle.vin')]],
  ])();
}
export function h9Zip(rng: Rng): PhiSeg {
  const z = `0${rng.int(1000, 2799)}`;
  return rng.chance(0.4) ? seg(`${z}-${rng.digits(4)}`, 'ADDRESS', 'address.zip-plus4') : seg(z, 'ADDRESS', 'address.zip');
}
export function h9Town(rng: Rng): PhiSeg {
  return rng.chance(0.4) ? seg(rng.pick(H9_TOWNS_WORDS), 'LOCATION', 'location.town-word') : seg(rng.pick(H9_TOWNS), 'LOCATION', 'location.town');
}
export function h9Address(rng: Rng): Frag {
  const street = `${rng.int(2, 1899)} ${rng.pick(H9_STREETS)} ${rng.pick(H9_STREET_SUFFIXES)}`;
  return rng.weighted<() => Frag>([
    [2, () => [seg(street, 'ADDRESS', 'address.street'), ', ', h9Town(rng), ` ${rng.pick(H9_STATES)} `, h9Zip(rng)]],
    [1, () => [seg(`${street}, ${rng.pick(['Apt', 'Unit', '#', 'Apt.'])} ${rng.int(1, 40)}${rng.pick(['', 'B', 'R', 'L'])}`, 'ADDRESS', 'address.street-unit'), ', ', h9Town(rng)]],
    [1, () => [seg(`P.O. Box ${rng.int(10, 9999)}`, 'ADDRESS', 'address.po-box'), ', ', h9Town(rng), ` ${rng.pick(H9_STATES)} `, h9Zip(rng)]],
    [1, () => [seg(`${street.toLowerCase()} ${rng.pick(['2nd fl', '3rd floor', 'basement apt'])}`, 'ADDRESS', 'address.street-lower-floor')]],
  ])();
}

const stem = (rng: Rng): string => rng.pick(H9_PLACE_STEMS);
const loc = (text: string, kind: string): PhiSeg => seg(text, 'LOCATION', `location.${kind}`);
export function h9Hospital(rng: Rng): PhiSeg {
  return rng.weighted<() => PhiSeg>([
    [2, () => loc(`${stem(rng)} ${rng.pick(['Medical Center', 'Hospital', 'General', 'Regional Hospital', 'Deaconess'])}`, 'hospital')],
    [1, () => loc(`${rng.pick(['MVMC', 'QPH', 'WGH', 'KRH', 'St. B'])}`, 'hospital-abbrev')],
    [1, () => loc(`St. ${rng.pick(['Brendan', 'Dymphna', 'Columba', 'Winifred'])}'s`, 'hospital-saint')],
  ])();
}
/** A hospital ward named after a building or benefactor, as ICU notes name their own and others' units. */
export function h9Ward(rng: Rng): Frag {
  return [loc(rng.pick(['Whitcomb', 'Abernathy', 'Holloway', 'Greylock', 'Ellery', 'Fenwick']), 'ward-building'), ` ${rng.int(2, 12)}`];
}
export function h9Rehab(rng: Rng): PhiSeg {
  return loc(`${stem(rng)} ${rng.pick(['Rehab', 'Nursing & Rehab', 'Manor', 'Skilled Nursing', 'Transitional Care', 'LTC'])}`, 'rehab-nursing-home');
}
const CLINIC_KINDS = ['Health Center', 'Family Practice', 'Fertility Associates', 'Community Health', 'Hospice & Palliative Care', 'Home Infusion', 'Occupational Health', 'VNA', 'Internal Medicine Associates'] as const;
/** A clinic or agency; `kinds` narrows it to the ones a style would name (a PCP's practice, a VNA). */
export function h9Clinic(rng: Rng, kinds: readonly (typeof CLINIC_KINDS)[number][] = CLINIC_KINDS): PhiSeg {
  return loc(`${stem(rng)} ${rng.pick(kinds)}`, 'clinic');
}
export function h9Shelter(rng: Rng): PhiSeg {
  return loc(rng.pick([`${stem(rng)} Shelter`, `${rng.pick(H9_STREETS)} Street Inn`, `${stem(rng)} House`, `the ${stem(rng)} family shelter`]), 'shelter');
}
export function h9GroupHome(rng: Rng): PhiSeg {
  return loc(`${stem(rng)} ${rng.pick(['group home', 'Residence', 'Cottage', 'Youth Home'])}`, 'group-home');
}
export function h9School(rng: Rng, kinds: readonly string[] = ['Elementary', 'Middle School', 'Regional High School', 'Academy', 'Community College']): PhiSeg {
  return loc(`${stem(rng)} ${rng.pick(kinds)}`, 'school');
}
export function h9Employer(rng: Rng): PhiSeg {
  return loc(rng.pick([`${stem(rng)} Seafood Co.`, `${stem(rng)} Lumber`, `${rng.pick(H9_SURNAMES_WORDS)} & Sons Roofing`, `${stem(rng)} Precision Machining`, `${rng.pick(H9_SURNAMES_WORDS)} Brothers Landscaping`]), 'employer');
}
export function h9Church(rng: Rng): PhiSeg {
  return loc(rng.pick([`St. ${rng.pick(['Brendan', 'Casimir', 'Anthony of Padua', 'Rocco'])}'s`, `${stem(rng)} Baptist Church`, `Iglesia ${rng.pick(['Pentecostal', 'Cristiana'])} ${rng.pick(['El Buen Pastor', 'Nueva Vida'])}`, `${stem(rng)} Congregational`]), 'church');
}
export function h9Pharmacy(rng: Rng): PhiSeg {
  return loc(rng.pick([`${stem(rng)} Apothecary`, `${rng.pick(H9_SURNAMES_WORDS)}'s Pharmacy`, `${stem(rng)} Drug`]), 'pharmacy');
}
export function h9Camp(rng: Rng): PhiSeg {
  return loc(`Camp ${rng.pick(['Wequaket', 'Nashoba', 'Kinderhook', 'Pemigewasset'])}`, 'camp');
}
export function h9Jail(rng: Rng): PhiSeg {
  return loc(`${stem(rng)} ${rng.pick(['County House of Correction', 'Correctional Center', 'Pre-Release Center'])}`, 'correctional');
}
export function h9Ship(rng: Rng): Frag {
  return [rng.pick(['F/V ', 'the F/V ', 'MV ']), loc(rng.pick(['Lady Grace', 'Mary Ellen', 'Northern Star', 'Sea Hag', 'Three Sisters']), 'vessel')];
}
export function h9Team(rng: Rng): PhiSeg {
  return loc(`${stem(rng)} ${rng.pick(['Youth Hockey', 'Little League', 'Pop Warner', 'Rowing Club'])}`, 'team');
}
export function h9Base(rng: Rng): PhiSeg {
  return loc(rng.pick(['Hanscom', 'Otis', 'Westover', 'Natick Labs']) + rng.pick([' AFB', ' ANGB', '']), 'base');
}
