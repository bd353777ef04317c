// Owns the written forms of PHI in the thirteenth held-out check: names (word-names in capitals and lower case, particles,
// "aka" nicknames, relatives by given name alone, staff initials with periods and sign-offs by first name), dates in
// layouts no earlier check wrote (Roman-numeral months, weekday-prefixed short dates, day-month abbreviations, slashed
// ISO), ages over 89, phones of Oceania, Ireland, Finland, Poland and Italy and tel: links, prairie addresses, wards,
// other hospitals' short codes, institutions, and identifiers in new shapes (donor-registry, medical-examiner, EEG-study,
// fit-test, eye-bank tissue, lead-case and bite-report numbers, race bibs, portal usernames, cochlear-processor and
// recorder serials, snowmobile registrations, state-prefixed plates, nursing and pharmacist licences). Every value is a
// gold span by construction; every kind is named h13.<type>.<form>.
import type { Rng } from '../prng';
import { MON3, MONTHS, p2, yy, type Ymd } from '../dates';
import { phi, type Frag } from '../segments';
import {
  H13_EMAIL_DOMAINS, H13_GIVEN_OTHER, H13_GIVEN_WORDS, H13_HOSP_CODES, H13_INST_STEMS, H13_NICKNAMES, H13_SAINTS, H13_STATES, H13_STREETS,
  H13_STREET_SUFFIX, H13_SURNAMES_OTHER, H13_SURNAMES_WORDS, H13_TOWNS_OTHER, H13_TOWNS_WORDS, H13_WARDS,
} from './vocab';

export interface H13Person { given: string; family: string; nick: string }

export function h13Person(rng: Rng): H13Person {
  const given = rng.chance(0.35) ? rng.pick(H13_GIVEN_WORDS) : rng.pick(H13_GIVEN_OTHER);
  const family = rng.chance(0.4) ? rng.pick(H13_SURNAMES_WORDS) : rng.pick(H13_SURNAMES_OTHER);
  return { given, family, nick: rng.pick(H13_NICKNAMES) };
}

const nm = (text: string, kind: string): Frag => phi(text, 'NAME', `h13.name.${kind}`);
const bare = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

/** A person named in running text. */
export function h13Name(rng: Rng, p: H13Person): Frag {
  return rng.weighted<Frag>([
    [4, nm(`${p.given} ${p.family}`, 'given-family')],
    [2, nm(`${p.given} ${p.family}`.toUpperCase(), 'given-family-upper')],
    [2, nm(`${p.given} ${p.family}`.toLowerCase(), 'given-family-lowercase')],
    [1, nm(`${p.family}, ${p.given}`, 'family-comma-given')],
    [1, nm(`${p.given[0]}. ${p.family}`, 'initial-dot-family')],
    [1, nm(`${p.given} ${rng.letters(1)}. ${p.family}`, 'given-middle-initial-family')],
    [1, [nm(`${p.given} ${p.family}`, 'given-family-before-aka'), ' (aka "', nm(p.nick, 'aka-nickname'), '")']],
  ]);
}
/** A relative named by given name (or nickname) alone, as family are in nursing notes. */
export function h13Kin(rng: Rng, p: H13Person): Frag {
  return rng.weighted<Frag>([[4, nm(p.given, 'kin-first-name')], [2, nm(p.given.toLowerCase(), 'kin-first-lower')], [1, nm(p.nick.toUpperCase(), 'kin-nick-upper')]]);
}
export function h13Titled(rng: Rng, p: H13Person): Frag {
  const title = rng.pick(['Dr', 'Fr.', 'Pastor', 'Nurse', 'Officer', 'Prof.', 'Mr', 'Miss', 'Deputy', 'Judge']);
  return [`${title} `, nm(rng.chance(0.3) ? p.family.toUpperCase() : p.family, 'titled-family')];
}
export function h13Possessive(rng: Rng, p: H13Person): Frag {
  return [nm(rng.chance(0.5) ? p.given.toLowerCase() : p.family.toUpperCase(), 'possessive-13'), rng.pick(["'s", "'S"])];
}
/** Staff as they appear in notes and sign-offs: dotted initials with a credential, first-name sign-offs, "per" + surname. */
export function h13Staff(rng: Rng, p: H13Person): Frag {
  const fam = bare(p.family.replace(/^(von |zu |de la |del |dos |van der |Te |O'|Mac|Mc)/, ''));
  const a = p.given[0].toUpperCase(), b = (fam[0] ?? 'x').toUpperCase();
  return rng.weighted<Frag>([
    [2, [nm(`${a}.${b}.`, 'dotted-initials'), rng.pick([', RN', ' LPN', ', CRNA', ' NA', ' MT(ASCP)'])]],
    [1, ['per ', nm(p.family.toLowerCase(), 'per-surname-lower')]],
    [1, [nm(`${p.given.toUpperCase()} ${b}`, 'upper-first-last-initial'), rng.pick([' RN', ' RT', ''])]],
    [1, [nm(`${a.toLowerCase()}${b.toLowerCase()}`, 'two-letter-lower'), rng.pick(['/rn', '/rt', '/np'])]],
  ]);
}

/** A sign-off at the end of a note: a dash and the writer's first name, or the staff forms above. */
export function h13Signoff(rng: Rng, p: H13Person): Frag {
  return rng.chance(0.5) ? ['-', nm(p.given, 'dash-first-name-signoff')] : h13Staff(rng, p);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const WEEKDAY = ['Sun', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'];
/** Dates in layouts no earlier check wrote, each kind named by its form. */
export function h13Date(rng: Rng, x: Ymd, kinds?: readonly string[]): Frag {
  const wd = WEEKDAY[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()];
  const forms: Record<string, () => string> = {
    'm/d': () => `${x.m}/${x.d}`,
    'm/d/yy': () => `${x.m}/${x.d}/${yy(x.y)}`,
    'MON-d-upper': () => `${MON3[x.m - 1].toUpperCase()} ${x.d}`,
    'd-mon-lower': () => `${x.d}-${MON3[x.m - 1].toLowerCase()}`,
    'weekday-m/d': () => `${wd} ${x.m}/${x.d}`,
    'yyyy/mm/dd': () => `${x.y}/${p2(x.m)}/${p2(x.d)}`,
    'dd-mm-yyyy': () => `${p2(x.d)}-${p2(x.m)}-${x.y}`,
    'd-mon-yyyy': () => `${x.d} ${MON3[x.m - 1]} ${x.y}`,
    'mm.dd.yy': () => `${p2(x.m)}.${p2(x.d)}.${yy(x.y)}`,
    'month-d': () => `${MONTHS[x.m - 1]} ${x.d}`,
    'roman-month': () => `${x.d}.${ROMAN[x.m - 1]}.${x.y}`,
    'yyyymmdd': () => `${x.y}${p2(x.m)}${p2(x.d)}`,
    'weekday-month-d-yyyy': () => `${wd}, ${MONTHS[x.m - 1]} ${x.d} ${x.y}`,
  };
  const kind = rng.pick(kinds ?? Object.keys(forms));
  return phi(forms[kind](), 'DATE', `h13.date.${kind}`);
}
export const SRC13_DATE_KINDS = ['m/d', 'm/d/yy', 'MON-d-upper', 'd-mon-lower', 'weekday-m/d'] as const;

export function h13Age(rng: Rng, age: number): Frag {
  const a = (text: string, kind: string): Frag => (age >= 90 ? phi(text, 'AGE', `h13.age.${kind}`) : text);
  if (age >= 90 && rng.chance(0.2)) return [phi(`${age}`, 'AGE', 'h13.age.nonagenarian-digits'), ' y.o. (nonagenarian)'];
  return rng.weighted<Frag>([
    [2, [a(String(age), 'yr-old'), ' yr old']],
    [1, [a(String(age), 'yoa'), ' yoa']],
    [1, ['age ', a(String(age), 'age-colon-less')]],
    [1, [a(String(age), 'years-comma'), ' years,']],
    [1, [a(String(age), 'slash-sex'), rng.pick(['/M', '/F'])]],
  ]);
}

const ph = (text: string, kind: string): Frag => phi(text, 'PHONE', `h13.phone.${kind}`);
export function h13Phone(rng: Rng): Frag {
  const a = String(rng.int(201, 989)), n3 = String(rng.int(202, 987)), n4 = rng.digits(4);
  return rng.weighted<Frag>([
    [3, ph(`(${a}) ${n3}-${n4}`, 'paren-area-space')],
    [1, ph(`${a} ${n3} ${n4}`, 'spaced-groups')],
    [1, ['tel:', ph(`+1-${a}-${n3}-${n4}`, 'tel-uri')]],
    [1, ph(`+61 4${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, 'australia-mobile')],
    [1, ph(`+64 21 ${rng.digits(3)} ${rng.digits(4)}`, 'nz-mobile')],
    [1, ph(`+353 8${rng.int(3, 9)} ${rng.digits(3)} ${rng.digits(4)}`, 'ireland-mobile')],
    [1, ph(`+358 40 ${rng.digits(3)} ${rng.digits(4)}`, 'finland-mobile')],
    [1, ph(`+48 ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`, 'poland-mobile')],
    [1, ph(`+39 3${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`, 'italy-mobile')],
  ]);
}
/** Numbers families leave in ICU-era notes: seven digits with a dot, "hm"/"wk" prefixed, or an operator-paged beeper. */
export function h13FamilyPhone(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, ph(`${rng.int(202, 987)}.${rng.digits(4)}`, 'seven-dot')],
    [1, [rng.pick(['hm ', 'wk ', 'HM ', 'cell ']), ph(`${rng.int(202, 987)} ${rng.digits(4)}`, 'prefixed-seven-space')]],
    [1, ['beeper #', ph(`${rng.digits(5)}`, 'beeper-five-digit')]],
    [1, ph(`(${rng.int(201, 989)})${rng.int(202, 987)}.${rng.digits(4)}`, 'paren-area-dot')],
  ]);
}

const loc = (text: string, kind: string): Frag => phi(text, 'LOCATION', `h13.location.${kind}`);
export function h13Town(rng: Rng): Frag {
  return rng.chance(0.5) ? loc(rng.pick(H13_TOWNS_WORDS), 'prairie-town-word') : loc(rng.pick(H13_TOWNS_OTHER), 'prairie-town-other');
}
export function h13Address(rng: Rng): Frag {
  const street = `${rng.int(2, 4999)} ${rng.pick(H13_STREETS)} ${rng.pick(H13_STREET_SUFFIX)}`;
  const line = rng.weighted<Frag>([
    [2, phi(street, 'ADDRESS', 'h13.address.number-street')],
    [1, phi(`${street}, Unit ${rng.int(1, 40)}`, 'ADDRESS', 'h13.address.comma-unit')],
    [1, phi(`PO Box ${rng.int(10, 9999)}`, 'ADDRESS', 'h13.address.po-box')],
    [1, phi(`${rng.int(10000, 99999)} ${rng.pick(['Hwy', 'County Rd', 'Section Line Rd'])} ${rng.int(1, 99)}`, 'ADDRESS', 'h13.address.rural-five-digit')],
  ]);
  const zip = rng.chance(0.5) ? phi(`5${rng.int(7, 8)}${rng.digits(3)}`, 'ADDRESS', 'h13.address.zip-plains') : phi(`68${rng.digits(3)}-${rng.digits(4)}`, 'ADDRESS', 'h13.address.zip-plus-four-68');
  return [line, ', ', h13Town(rng), ' ', rng.pick(H13_STATES), ' ', zip];
}
export const h13Ward = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H13_WARDS)} ${rng.pick(['2', '6', '8', '10', '11'])}${rng.pick(['', 'N', 'S'])}`, 'ward-floor')],
  [1, loc(rng.pick(H13_WARDS).toUpperCase(), 'ward-upper')],
]);
export const h13HospCode = (rng: Rng): Frag => loc(rng.pick(H13_HOSP_CODES), 'outside-hospital-code');
export const h13Hospital = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H13_INST_STEMS)} ${rng.pick(['Regional', 'Community Hospital', 'Medical Center', 'Critical Access Hosp'])}`, 'hospital-regional')],
  [1, loc(`St. ${rng.pick(H13_SAINTS)} Medical Ctr`, 'hospital-saint-abbrev')],
]);
/** A clinic or service named by an institution stem and the service's own word. */
export const h13Clinic = (rng: Rng, service: string): Frag => loc(`${rng.pick(H13_INST_STEMS)} ${service}`, 'service');
export const h13Employer = (rng: Rng): Frag => loc(rng.pick(['Sodbuster Grain Coop', 'Coteau Sugarbeet Processors', 'Windbreak Feedlot LLC', 'Pembina Flax Mill', 'Prairie Quonset Builders']), 'employer-13');
export const h13School = (rng: Rng): Frag => loc(rng.pick(['Wakpala Consolidated School', 'Haymeadow Elementary', 'Coteau Ridge High', 'Niobrara Valley Middle']), 'school-13');
export const h13Venue = (rng: Rng): Frag => loc(rng.pick(['Grainbin Legion hall', 'Sandhill rodeo grounds', 'Keya Paha sale barn', 'Tewaukon lake campground']), 'venue-13');

export function h13Email(rng: Rng, p: H13Person): Frag {
  return phi(`${bare(p.given)[0]}${bare(p.family).slice(0, 8)}${rng.pick(['', '.', '-'])}${rng.int(1950, 2010)}@${rng.pick(H13_EMAIL_DOMAINS)}`, 'EMAIL', 'h13.email.initial-surname-year');
}
export function h13Username(rng: Rng, p: H13Person): Frag {
  return phi(rng.pick([`${bare(p.given)}_${bare(p.family).slice(0, 4)}${rng.digits(2)}`, `${bare(p.family).slice(0, 5)}${bare(p.given)[0]}-${rng.digits(3)}`]), 'ID', 'h13.id.portal-username');
}
export function h13Url(rng: Rng): Frag {
  return phi(`https://${rng.pick(['visit', 'tele', 'connect'])}.${rng.pick(['wahpekutavalley', 'coteauhills', 'niobrarariver'])}.org/join/${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}`, 'URL', 'h13.url.telehealth-join');
}
export function h13Ip(rng: Rng): Frag {
  return phi(`${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}:${rng.int(1024, 65000)}`, 'IP', 'h13.ip.v4-with-port');
}
export function h13Ssn(rng: Rng): Frag {
  const a = String(rng.int(101, 665)), b = p2(rng.int(1, 99)), c = String(rng.int(1001, 9999));
  return rng.weighted<Frag>([
    [1, phi(`${a} ${b} ${c}`, 'SSN', 'h13.ssn.spaced')],
    [1, phi(`${a}-${b}-${c}`, 'SSN', 'h13.ssn.hyphenated-13')],
  ]);
}
export function h13Mrn(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, ['#', phi(`${rng.digits(2)}-${rng.digits(2)}-${rng.digits(2)}`, 'MRN', 'h13.mrn.hash-three-pairs')]],
    [1, phi(`MR-${rng.digits(7)}`, 'MRN', 'h13.mrn.mr-dash')],
    [1, phi(`${rng.digits(3)} ${rng.digits(3)}`, 'MRN', 'h13.mrn.spaced-six')],
  ]);
}
export function h13Account(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`ENC${rng.digits(8)}`, 'ACCOUNT', 'h13.account.enc-prefixed')],
    [1, phi(`${rng.letters(2)}-${rng.digits(6)}-${rng.digits(2)}`, 'ACCOUNT', 'h13.account.plan-member-dashed')],
    [1, phi(`${rng.digits(3)}/${rng.digits(7)}`, 'ACCOUNT', 'h13.account.slashed-ten')],
  ]);
}
export function h13License(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`R${rng.digits(6)}`, 'LICENSE', 'h13.license.nursing-r')],
    [1, phi(`RPh-${rng.digits(5)}`, 'LICENSE', 'h13.license.pharmacist')],
    [1, phi(`${rng.letters(3)} ${rng.digits(2)} ${rng.digits(4)}`, 'LICENSE', 'h13.license.drivers-alpha-three')],
    [1, phi(`CDL ${rng.digits(9)}`, 'LICENSE', 'h13.license.cdl')],
  ]);
}
export type H13IdKind = 'donor-registry' | 'me-case' | 'eeg-study' | 'fit-test' | 'eye-bank-tissue' | 'lead-case' | 'bite-report' | 'race-bib' | 'ci-clinic';
export function h13Id(rng: Rng, kind: H13IdKind): Frag {
  const v: Record<H13IdKind, () => string> = {
    'donor-registry': () => `${rng.digits(4)}-${rng.digits(4)}-${rng.int(0, 9)}`,
    'me-case': () => `ME${rng.digits(2)}-${rng.digits(5)}`,
    'eeg-study': () => `EEG${rng.digits(2)}/${rng.digits(4)}`,
    'fit-test': () => `FT-${rng.letters(1)}${rng.digits(5)}`,
    'eye-bank-tissue': () => `${rng.digits(4)}-${rng.digits(2)}-${rng.digits(4)}-${rng.pick(['OD', 'OS'])}`,
    'lead-case': () => `PB-${rng.digits(6)}`,
    'bite-report': () => `AB${rng.digits(2)}.${rng.digits(3)}`,
    'race-bib': () => `${rng.int(100, 39999)}`,
    'ci-clinic': () => `CI-${rng.digits(4)}${rng.letters(1)}`,
  };
  return phi(v[kind](), 'ID', `h13.id.${kind}`);
}
export function h13Device(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`SN ${rng.digits(9)}`, 'DEVICE', 'h13.device.processor-sn')],
    [1, phi(`${rng.letters(3)}${rng.digits(4)}-${rng.digits(3)}`, 'DEVICE', 'h13.device.recorder-serial')],
    [1, phi(`${rng.digits(2)}${rng.letters(1)}${rng.digits(7)}`, 'DEVICE', 'h13.device.implant-serial')],
  ]);
}
export function h13Vehicle(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`${rng.pick(['ND', 'SD', 'NE'])} ${rng.digits(3)} ${rng.letters(3)}`, 'VEHICLE', 'h13.vehicle.state-prefixed-plate')],
    [1, phi(`SN-${rng.digits(5)}-${rng.letters(1)}`, 'VEHICLE', 'h13.vehicle.snowmobile-registration')],
    [1, phi(`${rng.digits(2)}-${rng.digits(4)}${rng.letters(1)}`, 'VEHICLE', 'h13.vehicle.county-plate')],
  ]);
}
