// Owns the written forms of PHI in the fifteenth held-out check: names (word-names in capitals and lower case, particles,
// nicknames in parentheses, "LAST,FIRST" run together, middle initials, relatives by given name alone, staff by two
// slashed initials, by surname alone or by first name and role, dash sign-offs), dates in layouts no earlier check wrote
// (day-month run together in lower case, capital month and day, slashed two-digit year, hyphenated month-day-year,
// day-month-year words, weekday-month-day, year-first slashes, eight digits), ages over 89 (dotted y.o., hyphenated
// yr-old, "age:" and in words), phones of Ireland, Japan, Pakistan, Ghana, Colombia, Turkey, Egypt and Haiti and the
// family numbers of the era (dotted seven, area code run on, "ext" after a switchboard), Upper Peninsula addresses,
// wards, other hospitals' short codes, institutions, and identifiers in new shapes (methadone dosing card, DXA study,
// cremation permit, lens order, growth-hormone enrolment, first-trimester screen, remote-monitoring enrolment, incident
// report, repatriation case and diet-clinic numbers, monitoring-app logins, CGM transmitter and implant serials,
// snowmobile registrations, pharmacist, optometrist and funeral-director licences). Every value is a gold span by
// construction; every kind is named h15.<type>.<form>.
import type { Rng } from '../prng';
import { MON3, MONTHS, p2, yy, type Ymd } from '../dates';
import { phi, type Frag } from '../segments';
import {
  H15_GIVEN_OTHER, H15_GIVEN_WORDS, H15_HOSP_CODES, H15_INST_STEMS, H15_NICKNAMES, H15_SAINTS, H15_STATES, H15_STREETS,
  H15_STREET_SUFFIX, H15_SURNAMES_OTHER, H15_SURNAMES_WORDS, H15_TOWNS_OTHER, H15_TOWNS_WORDS, H15_WARDS,
} from './vocab';

export interface H15Person { given: string; family: string; nick: string; middle: string }

export function h15Person(rng: Rng): H15Person {
  const given = rng.chance(0.35) ? rng.pick(H15_GIVEN_WORDS) : rng.pick(H15_GIVEN_OTHER);
  const family = rng.chance(0.4) ? rng.pick(H15_SURNAMES_WORDS) : rng.pick(H15_SURNAMES_OTHER);
  return { given, family, nick: rng.pick(H15_NICKNAMES), middle: rng.letters(1).toUpperCase() };
}

const nm = (text: string, kind: string): Frag => phi(text, 'NAME', `h15.name.${kind}`);
const bare = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
const core = (family: string): string => family.replace(/^(von |zu |de las |van der |ten )/, '');

/** A person named in running text. */
export function h15Name(rng: Rng, p: H15Person): Frag {
  return rng.weighted<Frag>([
    [4, nm(`${p.given} ${p.family}`, 'given-family')],
    [2, nm(`${p.given} ${p.family}`.toUpperCase(), 'given-family-upper')],
    [2, nm(`${p.given} ${p.family}`.toLowerCase(), 'given-family-lowercase')],
    [1, nm(`${p.family},${p.given}`.toUpperCase(), 'family-comma-given-run-caps')],
    [1, nm(`${p.given} ${p.middle}. ${p.family}`, 'given-middle-initial-family')],
    [1, [nm(p.given, 'given-before-paren-nick'), ' (', nm(p.nick, 'paren-nickname'), ') ', nm(p.family, 'family-after-paren-nick')]],
  ]);
}
/** A relative named by given name (or nickname) alone, as family are in nursing notes. */
export function h15Kin(rng: Rng, p: H15Person): Frag {
  return rng.weighted<Frag>([
    [4, nm(p.given, 'kin-given-alone')], [2, nm(p.given.toLowerCase(), 'kin-given-lowercase')],
    [1, nm(p.given.toUpperCase(), 'kin-given-upper')], [1, nm(p.nick, 'kin-nickname-alone')],
  ]);
}
export function h15Titled(rng: Rng, p: H15Person): Frag {
  const title = rng.pick(['Dr', 'dr.', 'DR.', 'Pastor', 'Mr.', 'Miss', 'Fr.', 'Prof.', 'Nurse', 'Officer']);
  return [`${title} `, nm(rng.chance(0.3) ? core(p.family).toUpperCase() : p.family, 'titled-family')];
}
export function h15Possessive(rng: Rng, p: H15Person): Frag {
  return [nm(rng.chance(0.5) ? p.given.toLowerCase() : p.family.toUpperCase(), 'possessive-15'), "'s"];
}
/** Staff as they appear in notes: two initials slashed with the role, the surname alone in capitals, first name and role. */
export function h15Staff(rng: Rng, p: H15Person): Frag {
  const fam = bare(core(p.family));
  const a = bare(p.given)[0], b = fam[0] ?? 'x';
  return rng.weighted<Frag>([
    [2, [nm(`${a}${b}`, 'two-initials-slash-role'), rng.pick(['/rn', '/rt', '/sw', '/pct', '/np'])]],
    [1, [rng.pick(['per ', 'notified ', 'paged ']), nm(core(p.family).toUpperCase(), 'bare-surname-upper')]],
    [1, [nm(p.given, 'given-and-role'), rng.pick([' (charge)', ' from resp', ' the float rn', ' (unit clerk)'])]],
    [1, [nm(`${a.toUpperCase()}. ${core(p.family)}`, 'initial-space-family'), rng.pick([' RN', ' RRT', ', MD', ''])]],
  ]);
}
/** A sign-off at the end of a note. */
export function h15Signoff(rng: Rng, p: H15Person): Frag {
  return rng.weighted<Frag>([
    [1, ['-', nm(`${bare(p.given)[0]}${bare(core(p.family))[0]}`, 'dash-initials-signoff')]],
    [1, [nm(`${p.given} ${core(p.family)[0]}`.toUpperCase(), 'given-last-initial-signoff'), rng.pick([', RN', ' RN', ' SRNA', ''])]],
    [1, h15Staff(rng, p)],
  ]);
}

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Dates in layouts no earlier check wrote, each kind named by its form. */
export function h15Date(rng: Rng, x: Ymd, kinds?: readonly string[]): Frag {
  const wd = WEEKDAY[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()];
  const forms: Record<string, () => string> = {
    'm/d-short': () => `${x.m}/${x.d}`,
    'dmon-run-lower': () => `${x.d}${MON3[x.m - 1].toLowerCase()}`,
    'MON-space-d-caps': () => `${MON3[x.m - 1].toUpperCase()} ${x.d}`,
    'm/d/yy-short': () => `${x.m}/${x.d}/${yy(x.y)}`,
    'wkday3-m/d': () => `${wd.slice(0, 3).toLowerCase()} ${x.m}/${x.d}`,
    'yyyy/mm/dd': () => `${x.y}/${p2(x.m)}/${p2(x.d)}`,
    'd-MON-yyyy-caps': () => `${x.d}-${MON3[x.m - 1].toUpperCase()}-${x.y}`,
    'd-month-yyyy-words': () => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`,
    'weekday-month-d': () => `${wd}, ${MONTHS[x.m - 1]} ${x.d}`,
    'yyyymmdd': () => `${x.y}${p2(x.m)}${p2(x.d)}`,
    'Mon-dd-yyyy-hyphen': () => `${MON3[x.m - 1]}-${p2(x.d)}-${x.y}`,
    'd-mon-yy-spaced': () => `${x.d} ${MON3[x.m - 1]} ${yy(x.y)}`,
  };
  const kind = rng.pick(kinds ?? Object.keys(forms));
  return phi(forms[kind](), 'DATE', `h15.date.${kind}`);
}
export const SRC15_DATE_KINDS = ['m/d-short', 'dmon-run-lower', 'MON-space-d-caps', 'm/d/yy-short', 'wkday3-m/d'] as const;

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const inWords = (n: number): string => (n >= 100 ? `one hundred${n > 100 ? ` ${ONES[n - 100]}` : ''}` : `ninety${n > 90 ? `-${ONES[n - 90]}` : ''}`);
export function h15Age(rng: Rng, age: number): Frag {
  const a = (text: string, kind: string): Frag => (age >= 90 ? phi(text, 'AGE', `h15.age.${kind}`) : text);
  if (age >= 90 && rng.chance(0.15)) return [phi(inWords(age), 'AGE', 'h15.age.in-words'), ' years old'];
  return rng.weighted<Frag>([
    [2, [a(String(age), 'y.o.-dotted'), ' y.o.']],
    [1, [a(String(age), 'yr-old-hyphen'), '-yr-old']],
    [1, ['age: ', a(String(age), 'age-colon')]],
    [1, [a(String(age), 'yo-sex-word'), rng.pick([' yo male', ' yo female', ' y/o man', ' y/o woman'])]],
    [1, ['(age ', a(String(age), 'paren-age-word'), ')']],
  ]);
}

const ph = (text: string, kind: string): Frag => phi(text, 'PHONE', `h15.phone.${kind}`);
export function h15Phone(rng: Rng): Frag {
  const a = String(rng.int(201, 989)), n3 = String(rng.int(202, 987)), n4 = rng.digits(4);
  return rng.weighted<Frag>([
    [3, ph(`(${a})${n3}-${n4}`, 'paren-area-nospace-dash')],
    [1, ph(`${a}.${n3}.${n4} ext ${rng.int(10, 999)}`, 'dotted-with-ext-word')],
    [1, ph(`+353 8${rng.int(3, 9)} ${rng.digits(3)} ${rng.digits(4)}`, 'ireland-mobile')],
    [1, ph(`+81 90-${rng.digits(4)}-${rng.digits(4)}`, 'japan-mobile')],
    [1, ph(`+92 3${rng.digits(2)} ${rng.digits(7)}`, 'pakistan-mobile')],
    [1, ph(`+233 2${rng.digits(1)} ${rng.digits(3)} ${rng.digits(4)}`, 'ghana-mobile')],
    [1, ph(`+57 3${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`, 'colombia-mobile')],
    [1, ph(`+90 5${rng.digits(2)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`, 'turkey-mobile')],
    [1, ph(`+20 10 ${rng.digits(4)} ${rng.digits(4)}`, 'egypt-mobile')],
    [1, ph(`+509 3${rng.digits(3)}-${rng.digits(4)}`, 'haiti-mobile')],
  ]);
}
/** Numbers families leave in ICU-era notes: dotted seven, area code run on, a switchboard with "x", "#" then the number. */
export function h15FamilyPhone(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, ph(`${rng.int(202, 987)}.${rng.digits(4)}`, 'seven-dotted')],
    [1, ph(`${rng.int(201, 989)}${rng.int(202, 987)}${rng.digits(4)}`, 'ten-run')],
    [1, ['#', ph(`${rng.int(202, 987)}-${rng.digits(4)}`, 'hash-seven')]],
    [1, ph(`${rng.int(202, 987)}-${rng.digits(4)} x${rng.digits(3)}`, 'seven-x-ext')],
  ]);
}

const loc = (text: string, kind: string): Frag => phi(text, 'LOCATION', `h15.location.${kind}`);
export function h15Town(rng: Rng): Frag {
  return rng.chance(0.5) ? loc(rng.pick(H15_TOWNS_WORDS), 'town-word') : loc(rng.pick(H15_TOWNS_OTHER), 'north-woods-town');
}
export function h15Address(rng: Rng): Frag {
  const street = `${rng.int(2, 9999)} ${rng.pick(H15_STREETS)} ${rng.pick(H15_STREET_SUFFIX)}`;
  const line = rng.weighted<Frag>([
    [2, phi(street, 'ADDRESS', 'h15.address.number-street-15')],
    [1, phi(`N${rng.int(1000, 9999)} ${rng.pick(H15_STREETS)} ${rng.pick(H15_STREET_SUFFIX)}`, 'ADDRESS', 'h15.address.grid-n-number')],
    [1, phi(`${street}, Cabin ${rng.int(1, 40)}`, 'ADDRESS', 'h15.address.cabin-number')],
    [1, phi(`General Delivery ${rng.pick(H15_TOWNS_OTHER)}`, 'ADDRESS', 'h15.address.general-delivery')],
  ]);
  const zip = rng.chance(0.5) ? phi(`499${rng.digits(2)}`, 'ADDRESS', 'h15.address.zip-up-mi') : phi(`545${rng.digits(2)}-${rng.digits(4)}`, 'ADDRESS', 'h15.address.zip4-north-wi');
  return [line, ', ', h15Town(rng), ' ', rng.pick(H15_STATES), ' ', zip];
}
export const h15Ward = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H15_WARDS)} ${rng.pick(['2', '5', '6', '8', '11'])}${rng.pick(['', 'N', 'S'])}`, 'ward-floor-side')],
  [1, loc(rng.pick(H15_WARDS).toLowerCase(), 'ward-lowercase-15')],
]);
export const h15HospCode = (rng: Rng): Frag => loc(rng.pick(H15_HOSP_CODES), 'outside-hosp-code');
export const h15Hospital = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H15_INST_STEMS)} ${rng.pick(['Community Hospital', 'Regional Medical Ctr', 'Health Partners', 'Miners Hospital'])}`, 'hospital-stem-15')],
  [1, loc(`St. ${rng.pick(H15_SAINTS)} Medical Center`, 'hospital-saint-15')],
]);
/** A clinic or service named by an institution stem and the service's own word. */
export const h15Clinic = (rng: Rng, service: string): Frag => loc(`${rng.pick(H15_INST_STEMS)} ${service}`, 'service-15');
export const h15Employer = (rng: Rng): Frag => loc(rng.pick(['Keweenaw Narrows Copper Co', 'Ontonagon Forks Paper Mill', 'Tapiola Mine Timber LLC', 'Chassell Bay Pasty Shop', 'Stamp Mill Junction Foundry']), 'employer-15');
export const h15School = (rng: Rng): Frag => loc(rng.pick(['Ahmeek Station Elementary', 'Bergland Falls Area Schools', 'Pelkie Siding Middle School', 'Watersmeet North High']), 'school-15');

export function h15Email(rng: Rng, p: H15Person): Frag {
  const dom = rng.pick(['eircom.net', 'docomo.ne.jp', 'ptcl.net.pk', 'une.net.co', 'ttmail.com.tr', 'tedata.net.eg']);
  return phi(`${bare(p.given).slice(0, 6)}.${p.middle.toLowerCase()}.${bare(core(p.family)).slice(0, 8)}@${dom}`, 'EMAIL', 'h15.email.given-middle-family-dots');
}
export function h15Username(rng: Rng, p: H15Person): Frag {
  return phi(`${bare(p.given).slice(0, 5)}_${bare(core(p.family)).slice(0, 4)}${rng.int(40, 99)}`, 'ID', 'h15.id.monitoring-app-login');
}
export function h15Url(rng: Rng): Frag {
  return phi(`https://go.${rng.pick(['keweenawnarrows', 'ontonagonforks', 'chassellbay'])}.health/r/${rng.letters(3)}${rng.digits(4)}`, 'URL', 'h15.url.short-redirect');
}
export function h15Ip(rng: Rng): Frag {
  return phi(`172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'h15.ip.private-172');
}
export function h15Ssn(rng: Rng): Frag {
  const a = String(rng.int(101, 665)), b = p2(rng.int(1, 99)), c = String(rng.int(1001, 9999));
  return rng.weighted<Frag>([
    [1, phi(`${a} ${b} ${c}`, 'SSN', 'h15.ssn.spaced-3-2-4')],
    [1, ['***-**-', phi(c, 'SSN', 'h15.ssn.last-four-star-mask')]],
  ]);
}
export function h15Mrn(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, phi(`${rng.letters(2).toUpperCase()}${rng.digits(6)}`, 'MRN', 'h15.mrn.two-letters-six')],
    [1, phi(`${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`, 'MRN', 'h15.mrn.spaced-nines')],
    [1, phi(`${rng.digits(6)}-${rng.digits(1)}`, 'MRN', 'h15.mrn.six-dash-check')],
  ]);
}
export function h15Account(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`A${rng.digits(2)}-${rng.digits(7)}`, 'ACCOUNT', 'h15.account.a-year-seven')],
    [1, phi(`${rng.digits(10)}-${rng.digits(2)}`, 'ACCOUNT', 'h15.account.ten-dash-suffix')],
    [1, phi(`BILL#${rng.digits(8)}`, 'ACCOUNT', 'h15.account.bill-hash-eight')],
  ]);
}
export function h15License(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`RPh ${rng.digits(7)}`, 'LICENSE', 'h15.license.pharmacist')],
    [1, phi(`OD-${rng.digits(4)}-${rng.letters(1).toUpperCase()}`, 'LICENSE', 'h15.license.optometrist')],
    [1, phi(`FD${rng.digits(6)}`, 'LICENSE', 'h15.license.funeral-director')],
    [1, phi(`${rng.letters(1).toUpperCase()} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`, 'LICENSE', 'h15.license.drivers-letter-four-triples')],
  ]);
}
export type H15IdKind = 'otp-dosing' | 'dxa-study' | 'cremation-permit' | 'lens-order' | 'gh-enrolment' | 'nt-screen' | 'rpm-enrolment' | 'incident-report' | 'repatriation-case' | 'diet-clinic';
export function h15Id(rng: Rng, kind: H15IdKind): Frag {
  const v: Record<H15IdKind, () => string> = {
    'otp-dosing': () => `OTP${rng.digits(2)}/${rng.digits(5)}`,
    'dxa-study': () => `BMD-${rng.digits(7)}`,
    'cremation-permit': () => `CR ${rng.digits(4)}-${rng.digits(3)}`,
    'lens-order': () => `CL${rng.letters(1).toUpperCase()}${rng.digits(5)}`,
    'gh-enrolment': () => `GHN-${rng.digits(3)}-${rng.letters(2).toUpperCase()}`,
    'nt-screen': () => `FMF${rng.digits(6)}`,
    'rpm-enrolment': () => `RPM.${rng.digits(4)}.${rng.digits(3)}`,
    'incident-report': () => `IR-${rng.digits(2)}-${rng.digits(4)}`,
    'repatriation-case': () => `REP/${rng.letters(3).toUpperCase()}/${rng.digits(5)}`,
    'diet-clinic': () => `KD${rng.digits(4)}${rng.letters(1).toUpperCase()}`,
  };
  return phi(v[kind](), 'ID', `h15.id.${kind}`);
}
export function h15Device(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`SN: ${rng.digits(3)}${rng.letters(3).toUpperCase()}${rng.digits(3)}`, 'DEVICE', 'h15.device.sn-colon-mixed')],
    [1, phi(`${rng.digits(1)}${rng.letters(1).toUpperCase()}${rng.letters(1).toUpperCase()}${rng.digits(3)}`, 'DEVICE', 'h15.device.cgm-transmitter')],
    [1, phi(`PJN${rng.digits(6)}${rng.letters(1).toUpperCase()}`, 'DEVICE', 'h15.device.implant-serial')],
  ]);
}
export function h15Vehicle(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`SM ${rng.digits(4)}${rng.letters(1).toUpperCase()}`, 'VEHICLE', 'h15.vehicle.snowmobile-registration')],
    [1, phi(`${rng.digits(3)} ${rng.letters(3).toUpperCase()}`, 'VEHICLE', 'h15.vehicle.three-digits-space-three-letters')],
    [1, phi(`${rng.letters(1).toUpperCase()}${rng.digits(2)}-${rng.letters(1).toUpperCase()}${rng.digits(2)}`, 'VEHICLE', 'h15.vehicle.letter-two-dash-letter-two')],
  ]);
}
