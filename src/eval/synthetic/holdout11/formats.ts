// Owns the written forms of PHI in the eleventh held-out check: names (word-names in capitals and lower case, particles,
// nicknames, relatives by given name alone, staff initials and sign-offs), dates in layouts no earlier check wrote,
// ages over 89, international and domestic phones, addresses, wards, other hospitals' short codes, institutions, and
// identifiers in new shapes (portal usernames, device serials, MAC addresses, IMEIs, licences, plates). Every value is a
// gold span by construction; every kind is named h11.<type>.<form>.
import type { Rng } from '../prng';
import { MON3, MONTHS, p2, yy, type Ymd } from '../dates';
import { phi, type Frag } from '../segments';
import {
  H11_EMAIL_DOMAINS, H11_GIVEN_OTHER, H11_GIVEN_WORDS, H11_HOSP_CODES, H11_INST_STEMS, H11_NICKNAMES, H11_SAINTS, H11_STATES, H11_STREETS,
  H11_STREET_SUFFIX, H11_SURNAMES_OTHER, H11_SURNAMES_WORDS, H11_TOWNS_OTHER, H11_TOWNS_WORDS, H11_WARDS,
} from './vocab';

export interface H11Person { given: string; family: string; nick: string }

export function h11Person(rng: Rng): H11Person {
  const given = rng.chance(0.35) ? rng.pick(H11_GIVEN_WORDS) : rng.pick(H11_GIVEN_OTHER);
  const family = rng.chance(0.4) ? rng.pick(H11_SURNAMES_WORDS) : rng.pick(H11_SURNAMES_OTHER);
  return { given, family, nick: rng.pick(H11_NICKNAMES) };
}

const nm = (text: string, kind: string): Frag => phi(text, 'NAME', `h11.name.${kind}`);
const bare = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

/** A person named in running text. */
export function h11Name(rng: Rng, p: H11Person): Frag {
  return rng.weighted<Frag>([
    [4, nm(`${p.given} ${p.family}`, 'full')],
    [2, nm(`${p.given} ${p.family}`.toUpperCase(), 'full-caps')],
    [2, nm(`${p.given} ${p.family}`.toLowerCase(), 'full-lower')],
    [1, nm(`${p.family.toUpperCase()}, ${p.given.toUpperCase()}`, 'caps-comma')],
    [1, nm(`${p.given[0]}.${p.family}`, 'initial-nospace')],
    [1, [nm(p.given, 'given-before-paren-nick'), ' (', nm(p.nick, 'paren-nickname'), ') ', nm(p.family, 'family-after-paren-nick')]],
  ]);
}
/** A relative named by given name (or nickname) alone, as family are in nursing notes. */
export function h11Kin(rng: Rng, p: H11Person): Frag {
  return rng.weighted<Frag>([[4, nm(p.given, 'kin-given')], [2, nm(p.given.toLowerCase(), 'kin-given-lower')], [1, nm(p.nick, 'kin-nickname')]]);
}
export function h11Mr(rng: Rng, p: H11Person): Frag {
  const title = rng.pick(['Mr', 'Mrs.', 'Miss', 'Dr', 'dr.', 'Pastor', 'Fr.', 'Nurse', 'Lt.', 'Prof.']);
  return [`${title} `, nm(rng.chance(0.3) ? p.family.toUpperCase() : p.family, 'titled')];
}
export function h11Possessive(rng: Rng, p: H11Person): Frag {
  return [nm(rng.chance(0.5) ? p.given : p.family, 'possessive-given-or-family'), rng.pick(["'s", '’s'])];
}
/** Staff as they appear in ICU notes and sign-offs: initials with slashes, first name only, surname with credentials. */
export function h11Staff(rng: Rng, p: H11Person): Frag {
  const ini = `${p.given[0]}${bare(p.family.replace(/^(van den |ter |de |dos |O'|Ó |Ní |Mac|Mc)/, ''))[0] ?? 'x'}`.toUpperCase();
  return rng.weighted<Frag>([
    [2, [nm(`${p.given[0]}. ${p.family}`, 'staff-initial-family'), rng.pick([' RN', ', RRT', ' MD', ' RD, LDN', ', CCRN', ' BSN'])]],
    [2, nm(`${ini}`, 'staff-two-initials')],
    [1, nm(`${ini[0]}.${ini[1]}.`, 'staff-dotted-initials')],
    [1, nm(p.given, 'staff-given-only')],
    [1, [rng.pick(['/s/ ', '-- ', '___ ']), nm(`${p.family}`, 'staff-signoff-family')]],
  ]);
}

/** Dates in layouts no earlier check wrote, each kind named by its form. */
export function h11Date(rng: Rng, x: Ymd, kinds?: readonly string[]): Frag {
  const th = (d: number): string => `${d}${[, 'st', 'nd', 'rd'][d % 10 > 3 || Math.floor(d / 10) === 1 ? 0 : d % 10] ?? 'th'}`;
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  const forms: Record<string, () => string> = {
    'yyyy/mm/dd': () => `${x.y}/${p2(x.m)}/${p2(x.d)}`,
    'dd-mm-yy': () => `${p2(x.d)}-${p2(x.m)}-${yy(x.y)}`,
    'dd.mm.yy': () => `${p2(x.d)}.${p2(x.m)}.${yy(x.y)}`,
    'MON-dd-yyyy': () => `${MON3[x.m - 1].toUpperCase()}-${p2(x.d)}-${x.y}`,
    'd-mon-yy-spaced': () => `${x.d} ${MON3[x.m - 1]} ${yy(x.y)}`,
    'month-dth': () => `${MONTHS[x.m - 1]} ${th(x.d)}`,
    'mon-dot-d': () => `${MON3[x.m - 1]}. ${x.d}`,
    'm/d-slash-only': () => `${x.m}/${x.d}`,
    'mm/yyyy': () => `${p2(x.m)}/${x.y}`,
    'yymmdd': () => `${yy(x.y)}${p2(x.m)}${p2(x.d)}`,
    'roman-month': () => `${x.d}.${roman[x.m - 1]}.${x.y}`,
    'weekday-m-d': () => `${rng.pick(['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'])} ${x.m}/${x.d}`,
    'm.d': () => `${x.m}.${x.d}`,
    'the-dth': () => `the ${th(x.d)}`,
    'd-month-yyyy': () => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`,
  };
  const kind = rng.pick(kinds ?? Object.keys(forms));
  return phi(forms[kind](), 'DATE', `h11.date.${kind}`);
}
/** The forms the ICU source half writes dates in. */
export const SRC_DATE_KINDS = ['m/d-slash-only', 'm/d-slash-only', 'weekday-m-d', 'm.d', 'the-dth', 'mon-dot-d', 'dd-mm-yy'] as const;

/** An age; only ages over 89 are PHI (Safe Harbor); younger ages are written the same way as plain text. */
export function h11Age(rng: Rng, age: number): Frag {
  const a = (text: string, kind: string): Frag => (age >= 90 ? phi(text, 'AGE', `h11.age.${kind}`) : text);
  const tens = ['ninety', 'one hundred', 'one hundred and'];
  const ones = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  if (age >= 90 && age <= 99 && rng.chance(0.2)) return [phi(`${tens[0].toUpperCase()}${age > 90 ? ' ' + ones[age - 90].toUpperCase() : ''}`, 'AGE', 'h11.age.caps-words'), ' YR OLD'];
  if (age >= 100 && rng.chance(0.3)) return [phi(age === 100 ? 'one hundred' : `one hundred and ${ones[age - 100]}`, 'AGE', 'h11.age.hundred-words'), ' years of age'];
  return rng.weighted<Frag>([
    [2, [a(String(age), 'yr'), ' yr old']],
    [1, [a(String(age), 'yrs'), ' yrs']],
    [1, a(`${age}y`, 'compact-y')],
    [1, [a(String(age), 'year-old-dash'), ' y.o.']],
    [1, ['age ', a(String(age), 'age-prefix')]],
    [1, [a(`${age}`, 'aged'), '-yr-old']],
  ]);
}
export function h11Phone(rng: Rng): Frag {
  const a = rng.pick(['508', '774', '978', '413', '401', '339']);
  const n3 = String(rng.int(202, 987));
  const n4 = rng.digits(4);
  return rng.weighted<Frag>([
    [3, phi(`${a} ${n3} ${n4}`, 'PHONE', 'h11.phone.spaced')],
    [2, phi(`1-${a}-${n3}-${n4}`, 'PHONE', 'h11.phone.one-dash')],
    [1, phi(`(${a})-${n3}-${n4}`, 'PHONE', 'h11.phone.paren-dash')],
    [1, phi(`${a}${n3}${n4}`, 'PHONE', 'h11.phone.ten-bare')],
    [1, phi(`${a}-${n3}-${n4} ext ${rng.int(10, 999)}`, 'PHONE', 'h11.phone.ext-no-dot')],
    [1, phi(`+49 ${rng.int(30, 89)} ${rng.digits(7)}`, 'PHONE', 'h11.phone.germany')],
    [1, phi(`+33 ${rng.int(1, 7)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, 'PHONE', 'h11.phone.france-pairs')],
    [1, phi(`00353 ${rng.int(1, 99)} ${rng.digits(3)} ${rng.digits(4)}`, 'PHONE', 'h11.phone.ireland-00')],
    [1, phi(`+238 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`, 'PHONE', 'h11.phone.cape-verde')],
    [1, phi(`+63 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`, 'PHONE', 'h11.phone.philippines-mobile')],
  ]);
}
/** Numbers families leave in ICU notes: bare seven digits, "beeper", or "cell" written together. */
export function h11FamilyPhone(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, phi(`${rng.int(202, 987)} ${rng.digits(4)}`, 'PHONE', 'h11.phone.seven-spaced')],
    [1, phi(`${rng.int(202, 987)}${rng.digits(4)}`, 'PHONE', 'h11.phone.seven-bare')],
    [1, phi(`${rng.int(2, 8)}${rng.digits(3)}`, 'PHONE', 'h11.phone.beeper')],
  ]);
}

const loc = (text: string, kind: string): Frag => phi(text, 'LOCATION', `h11.location.${kind}`);
export function h11Town(rng: Rng): Frag {
  return rng.chance(0.5) ? loc(rng.pick(H11_TOWNS_WORDS), 'town-word') : loc(rng.pick(H11_TOWNS_OTHER), 'town-other');
}
export function h11Zip(rng: Rng): Frag {
  return phi(`0${rng.int(1000, 2799)}`, 'ADDRESS', 'h11.address.zip5');
}
export function h11Address(rng: Rng): Frag {
  const street = `${rng.int(3, 2499)} ${rng.pick(H11_STREETS)} ${rng.pick(H11_STREET_SUFFIX)}`;
  const line = rng.weighted<Frag>([
    [2, phi(street, 'ADDRESS', 'h11.address.number-street')],
    [1, phi(`${street}, ${rng.pick(['2nd fl', '3rd floor', 'bsmt', 'rear', 'Suite'])}${rng.chance(0.5) ? ` ${rng.int(1, 30)}` : ''}`, 'ADDRESS', 'h11.address.floor-or-rear')],
    [1, phi(`${rng.int(3, 99)}-${rng.int(101, 999)} ${rng.pick(H11_STREETS)} ${rng.pick(H11_STREET_SUFFIX)}`, 'ADDRESS', 'h11.address.hyphen-range')],
    [1, phi(`PO Box ${rng.int(10, 9999)}`, 'ADDRESS', 'h11.address.pobox-nodots')],
  ]);
  return [line, ', ', h11Town(rng), ' ', rng.pick(H11_STATES), ' ', h11Zip(rng)];
}
export const h11Ward = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H11_WARDS)} ${rng.int(2, 12)}`, 'ward-floor')],
  [1, loc(`${rng.pick(H11_WARDS)}`.toUpperCase(), 'ward-caps')],
]);
export const h11HospCode = (rng: Rng): Frag => loc(rng.pick(H11_HOSP_CODES), 'hospital-code');
export const h11Hospital = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H11_INST_STEMS)} ${rng.pick(['Hospital', 'Medical Ctr', 'Regional', 'Community Hosp'])}`, 'hospital-stem')],
  [1, loc(`St ${rng.pick(H11_SAINTS)}`, 'hospital-saint-nodot')],
]);
export const h11Nursing = (rng: Rng): Frag => loc(`${rng.pick(H11_INST_STEMS)} ${rng.pick(['Nursing Home', 'Rest Home', 'Extended Care', 'LTC'])}`, 'nursing-home');
export const h11Church = (rng: Rng): Frag => loc(rng.pick([`St ${rng.pick(H11_SAINTS)} Church`, 'Cape Verdean Nazarene', 'Bethel AME', 'Holy Trinity Ukrainian Catholic', 'Kingdom Hall']), 'church');
export const h11Practice = (rng: Rng): Frag => loc(`${rng.pick(H11_INST_STEMS)} ${rng.pick(['Dermatology & Laser', 'Podiatry Associates', 'Sleep Center', 'Endoscopy Center', 'Seating Clinic', 'Dive Medicine', 'Aviation Medicine'])}`, 'practice');
export const h11Employer = (rng: Rng): Frag => loc(rng.pick(['Assabet Sheet Metal', 'Old Harbor Lobster Co', 'Heywood Paper Mill', 'Ten Mile River Ice', 'Quinapoxet Charter Air']), 'employer');
export const h11Park = (rng: Rng): Frag => loc(rng.pick(['Hobbs Ledge Reservation', 'Quabaug Notch State Forest', 'Tinker Hill trail', 'Mount Ossory', 'Felton Lake campground']), 'park-trail');
export const h11DiveSite = (rng: Rng): Frag => loc(rng.pick(['Harrow Quarry', 'Skelly Point', 'Fort Adderley', 'Dunmore Ledges']), 'dive-site');
export const h11Airfield = (rng: Rng): Frag => loc(rng.pick(['Pellham Field', 'Tully Municipal', 'Ossory Aerodrome', 'Crane Neck Airport']), 'airfield');
export const h11Venue = (rng: Rng): Frag => loc(rng.pick(['Tollgate Music Shed', 'Heywood Fairgrounds', 'Riverside Arena lot 12', 'Quinapoxet flea market']), 'event-venue');

export function h11Email(rng: Rng, p: H11Person): Frag {
  return phi(`${bare(p.family)}${rng.pick(['.', '-', ''])}${bare(p.given)[0]}${rng.chance(0.5) ? rng.int(40, 99) : ''}@${rng.pick(H11_EMAIL_DOMAINS)}`, 'EMAIL', 'h11.email.family-initial');
}
/** A patient-portal or app username: not an e-mail, still an identifier. */
export function h11Username(rng: Rng, p: H11Person): Frag {
  return phi(rng.pick([`${bare(p.given)}_${bare(p.family)}${rng.int(1, 99)}`, `${bare(p.family)}${bare(p.given)[0]}${rng.int(1930, 2010)}`, `@${bare(p.given)}${bare(p.family).slice(0, 4)}`]), 'ID', 'h11.id.portal-username');
}
export function h11Url(rng: Rng): Frag {
  return phi(`${rng.pick(['myhealth', 'sleepweb', 'footcare'])}.${rng.pick(['nashobavalley', 'oldharbor', 'assabet'])}.org/chart?pid=${rng.digits(8)}`, 'URL', 'h11.url.query-pid');
}
export function h11Ip(rng: Rng): Frag {
  return phi(`${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}:${rng.int(1024, 65000)}`, 'IP', 'h11.ip.v4-port');
}
export function h11Ssn(rng: Rng): Frag {
  const a = String(rng.int(101, 665)), b = p2(rng.int(1, 99)), c = String(rng.int(1001, 9999));
  return rng.weighted<Frag>([
    [1, phi(`${a}/${b}/${c}`, 'SSN', 'h11.ssn.slashed')],
    [1, phi(`${a}-${b}-${c}`, 'SSN', 'h11.ssn.dashed')],
    [1, phi(`${a} - ${b} - ${c}`, 'SSN', 'h11.ssn.spaced-dashes')],
  ]);
}
export function h11Mrn(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, phi(`${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, 'MRN', 'h11.mrn.spaced-pairs')],
    [1, phi(`${rng.digits(7)}-${rng.int(0, 9)}`, 'MRN', 'h11.mrn.check-suffix')],
    [1, phi(`${rng.letters(2)}-${rng.digits(4)}-${rng.digits(4)}`, 'MRN', 'h11.mrn.letters-hyphen')],
  ]);
}
export function h11Account(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`V${rng.digits(10)}`, 'ACCOUNT', 'h11.account.visit-v')],
    [1, phi(`${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}-${rng.digits(2)}`, 'ACCOUNT', 'h11.account.grouped-policy')],
    [1, phi(`${rng.letters(1)}${rng.digits(2)}${rng.letters(1)}${rng.digits(5)}`, 'ACCOUNT', 'h11.account.mixed-member')],
  ]);
}
export function h11License(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`${rng.digits(7)}`, 'LICENSE', 'h11.license.faa-medical')],
    [1, phi(`${rng.letters(1)}${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}`, 'LICENSE', 'h11.license.drivers-dashed')],
    [1, phi(`${rng.digits(10)}${rng.letters(2)}`, 'LICENSE', 'h11.license.diver-cert')],
    [1, phi(`CDL ${rng.letters(1)}${rng.digits(8)}`, 'LICENSE', 'h11.license.cdl')],
    [1, phi(`RN-${rng.digits(7)}`, 'LICENSE', 'h11.license.nursing-hyphen')],
  ]);
}
export function h11Id(rng: Rng, kind: 'tag' | 'incident' | 'procedure' | 'study' | 'order' | 'mission' | 'log' | 'prior-auth'): Frag {
  const v: Record<typeof kind, () => string> = {
    tag: () => `${rng.letters(1)}-${rng.digits(5)}`,
    incident: () => `${rng.digits(2)}-${rng.digits(6)}-${rng.letters(2)}`,
    procedure: () => `ENDO${rng.digits(2)}-${rng.digits(5)}`,
    study: () => `PSG/${rng.digits(4)}/${rng.digits(3)}`,
    order: () => `#${rng.digits(9)}`,
    mission: () => `SAR ${rng.digits(4)}-${rng.digits(3)}`,
    log: () => `LZR-${rng.digits(3)}${rng.letters(1)}`,
    'prior-auth': () => `PA${rng.digits(3)}${rng.letters(3)}${rng.digits(3)}`,
  };
  return phi(v[kind](), 'ID', `h11.id.${kind}`);
}
export function h11Device(rng: Rng): Frag {
  const hex = '0123456789ABCDEF';
  return rng.weighted<Frag>([
    [1, phi(Array.from({ length: 6 }, () => rng.letters(2, hex)).join(':'), 'DEVICE', 'h11.device.mac-address')],
    [1, phi(`${rng.digits(15)}`, 'DEVICE', 'h11.device.imei')],
    [1, phi(`${rng.digits(2)}${rng.letters(3)}${rng.digits(4)}${rng.letters(1)}${rng.digits(2)}`, 'DEVICE', 'h11.device.cpap-serial')],
    [1, phi(`SN ${rng.letters(1)}${rng.digits(3)}-${rng.digits(4)}`, 'DEVICE', 'h11.device.sn-prefixed')],
  ]);
}
export function h11Vehicle(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`${rng.digits(3)} ${rng.letters(3)}`, 'VEHICLE', 'h11.vehicle.plate-digits-letters')],
    [1, phi(`${rng.letters(2)}${rng.digits(2)}${rng.letters(2)}`, 'VEHICLE', 'h11.vehicle.plate-vanity-mix')],
    [1, ['rig ', phi(`${rng.letters(1)}${rng.int(2, 9)}${rng.digits(2)}`, 'VEHICLE', 'h11.vehicle.rig-number')]],
    [1, phi(`${rng.letters(1)}${rng.digits(4)} ${rng.letters(1)}`, 'VEHICLE', 'h11.vehicle.trailer-plate')],
  ]);
}
