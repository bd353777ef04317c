// Owns the written forms of PHI in the twelfth held-out check: names (word-names in capitals and lower case, particles,
// nicknames, relatives by given name alone, staff initials and sign-offs in new shapes), dates in layouts no earlier check
// wrote, ages over 89, international and domestic phones, addresses, wards, other hospitals' short codes, institutions,
// and identifiers in new shapes (public-health case numbers, pump and defibrillator serials, VINs, boat registrations,
// state plates, DEA-style and NPI-style numbers, portal handles). Every value is a gold span by construction; every kind
// is named h12.<type>.<form>.
import type { Rng } from '../prng';
import { MON3, MONTHS, p2, yy, type Ymd } from '../dates';
import { phi, type Frag } from '../segments';
import {
  H12_EMAIL_DOMAINS, H12_GIVEN_OTHER, H12_GIVEN_WORDS, H12_HOSP_CODES, H12_INST_STEMS, H12_NICKNAMES, H12_SAINTS, H12_STATES, H12_STREETS,
  H12_STREET_SUFFIX, H12_SURNAMES_OTHER, H12_SURNAMES_WORDS, H12_TOWNS_OTHER, H12_TOWNS_WORDS, H12_WARDS,
} from './vocab';

export interface H12Person { given: string; family: string; nick: string }

export function h12Person(rng: Rng): H12Person {
  const given = rng.chance(0.35) ? rng.pick(H12_GIVEN_WORDS) : rng.pick(H12_GIVEN_OTHER);
  const family = rng.chance(0.4) ? rng.pick(H12_SURNAMES_WORDS) : rng.pick(H12_SURNAMES_OTHER);
  return { given, family, nick: rng.pick(H12_NICKNAMES) };
}

const nm = (text: string, kind: string): Frag => phi(text, 'NAME', `h12.name.${kind}`);
const bare = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

/** A person named in running text. */
export function h12Name(rng: Rng, p: H12Person): Frag {
  return rng.weighted<Frag>([
    [4, nm(`${p.given} ${p.family}`, 'given-family')],
    [2, nm(`${p.given} ${p.family}`.toUpperCase(), 'given-family-caps')],
    [2, nm(`${p.given} ${p.family}`.toLowerCase(), 'given-family-lower')],
    [1, nm(`${p.family}, ${p.given[0]}.`, 'family-comma-initial')],
    [1, nm(`${p.family.toUpperCase()} ${p.given}`, 'caps-family-first')],
    [1, [nm(p.given, 'given-before-quoted-nick'), ' "', nm(p.nick, 'quoted-nickname'), '" ', nm(p.family, 'family-after-quoted-nick')]],
  ]);
}
/** A relative named by given name (or nickname) alone, as family are in nursing notes. */
export function h12Kin(rng: Rng, p: H12Person): Frag {
  return rng.weighted<Frag>([[4, nm(p.given, 'kin-given-only')], [2, nm(p.given.toUpperCase(), 'kin-given-caps')], [1, nm(p.nick.toLowerCase(), 'kin-nick-lower')]]);
}
export function h12Titled(rng: Rng, p: H12Person): Frag {
  const title = rng.pick(['Dr.', 'DR', 'Mrs', 'Ms.', 'Sr.', 'Rev.', 'Capt.', 'Sgt', 'Atty', 'Coach']);
  return [`${title} `, nm(rng.chance(0.3) ? p.family.toLowerCase() : p.family, 'after-title')];
}
export function h12Possessive(rng: Rng, p: H12Person): Frag {
  return [nm(rng.chance(0.5) ? p.given.toUpperCase() : p.family, 'possessive'), rng.pick(["'S", "'s"])];
}
/** Staff as they appear in ICU notes and sign-offs: initials with a credential, slashed pairs, first name + initial. */
export function h12Staff(rng: Rng, p: H12Person): Frag {
  const fam = bare(p.family.replace(/^(van |ter |de |dos |da |Mac an |O'|Mac|Mc)/, ''));
  const ini = `${p.given[0]}${fam[0] ?? 'q'}`.toUpperCase();
  return rng.weighted<Frag>([
    [2, [nm(`${ini}`, 'initials-credential'), rng.pick(['/RN', ' R.N.', ' RRT', ' SN', ' PCA'])]],
    [1, [nm(`${ini.toLowerCase()}`, 'initials-lower'), '/', nm(`${p.given[0].toLowerCase()}${rng.pick('bcdfghjklmnprstw'.split(''))}`, 'cosign-initials-lower')]],
    [2, nm(`${p.given} ${p.family[0]}.`, 'given-family-initial')],
    [1, nm(`${p.family}`.toUpperCase(), 'signoff-family-caps')],
    [1, ['-', nm(`${p.given[0]}${p.family}`.replace(/[^A-Za-z'-]/g, '').toLowerCase(), 'dash-login-style')]],
  ]);
}

/** Dates in layouts no earlier check wrote, each kind named by its form. */
export function h12Date(rng: Rng, x: Ymd, kinds?: readonly string[]): Frag {
  const ord = (d: number): string => `${d}${[, 'st', 'nd', 'rd'][d % 10 > 3 || Math.floor(d / 10) === 1 ? 0 : d % 10] ?? 'th'}`;
  const forms: Record<string, () => string> = {
    'm-d-dash': () => `${x.m}-${x.d}`,
    'mm/dd-padded': () => `${p2(x.m)}/${p2(x.d)}`,
    'd-of-month': () => `${ord(x.d)} of ${MONTHS[x.m - 1]}`,
    'yyyy.mm.dd': () => `${x.y}.${p2(x.m)}.${p2(x.d)}`,
    'ddMONyy': () => `${p2(x.d)}${MON3[x.m - 1].toUpperCase()}${yy(x.y)}`,
    'd.m.yyyy': () => `${x.d}.${x.m}.${x.y}`,
    'month-yyyy': () => `${MONTHS[x.m - 1]} ${x.y}`,
    'mon-d-apostrophe-yy': () => `${MON3[x.m - 1]} ${x.d} '${yy(x.y)}`,
    'iso-basic-time': () => `${x.y}${p2(x.m)}${p2(x.d)}T${p2(rng.int(0, 23))}${p2(rng.int(0, 59))}`,
    'mm-dd-yyyy': () => `${p2(x.m)}-${p2(x.d)}-${x.y}`,
    'mon-dd-comma-yy': () => `${MONTHS[x.m - 1]} ${x.d}, '${yy(x.y)}`,
    'm/d/yyyy-spaces': () => `${x.m} / ${x.d} / ${x.y}`,
    'ordinal-only': () => `${ord(x.d)}`,
  };
  const kind = rng.pick(kinds ?? Object.keys(forms));
  return phi(forms[kind](), 'DATE', `h12.date.${kind}`);
}
/** The forms the ICU source half writes dates in. */
export const SRC_DATE_KINDS = ['m-d-dash', 'm-d-dash', 'mm/dd-padded', 'd-of-month', 'ordinal-only', 'mon-d-apostrophe-yy'] as const;

/** An age; only ages over 89 are PHI (Safe Harbor); younger ages are written the same way as plain text. */
export function h12Age(rng: Rng, age: number): Frag {
  const a = (text: string, kind: string): Frag => (age >= 90 ? phi(text, 'AGE', `h12.age.${kind}`) : text);
  const ones = ['', '-one', '-two', '-three', '-four', '-five', '-six', '-seven', '-eight', '-nine'];
  if (age >= 90 && age <= 99 && rng.chance(0.25)) return [phi(`ninety${ones[age - 90]}`, 'AGE', 'h12.age.hyphen-words'), ' y/o'];
  if (age >= 100 && rng.chance(0.3)) return ['a ', phi(`${age}`, 'AGE', 'h12.age.centenarian'), '-year-old centenarian'];
  return rng.weighted<Frag>([
    [2, [a(String(age), 'yo-nospace'), 'yo']],
    [1, [a(String(age), 'y/o'), ' y/o']],
    [1, ['aet. ', a(String(age), 'aet')]],
    [1, [a(`${age}`, 'yrs-of-age'), ' yrs of age']],
    [1, ['(', a(`${age}`, 'paren-sex'), rng.pick(['M', 'F']), ')']],
  ]);
}
export function h12Phone(rng: Rng): Frag {
  const a = rng.pick(['860', '203', '207', '802', '617', '781']);
  const n3 = String(rng.int(202, 987));
  const n4 = rng.digits(4);
  return rng.weighted<Frag>([
    [3, phi(`${a}.${n3}.${n4}`, 'PHONE', 'h12.phone.dotted')],
    [2, phi(`${a}/${n3}-${n4}`, 'PHONE', 'h12.phone.slash-area')],
    [1, phi(`(${a})${n3}-${n4}`, 'PHONE', 'h12.phone.paren-nospace')],
    [1, phi(`${a}-${n3}-${n4} x${rng.int(100, 9999)}`, 'PHONE', 'h12.phone.x-extension')],
    [1, phi(`+44 (0)${rng.int(20, 29)} ${rng.digits(4)} ${rng.digits(4)}`, 'PHONE', 'h12.phone.uk-trunk')],
    [1, phi(`+91 9${rng.digits(4)} ${rng.digits(5)}`, 'PHONE', 'h12.phone.india-mobile')],
    [1, phi(`+55 (${rng.int(11, 99)}) 9${rng.digits(4)}-${rng.digits(4)}`, 'PHONE', 'h12.phone.brazil-mobile')],
    [1, phi(`010-${rng.digits(4)}-${rng.digits(4)}`, 'PHONE', 'h12.phone.korea-mobile')],
    [1, phi(`1 (876) ${rng.int(202, 987)}-${rng.digits(4)}`, 'PHONE', 'h12.phone.jamaica')],
    [1, phi(`080${rng.int(2, 9)} ${rng.digits(3)} ${rng.digits(4)}`, 'PHONE', 'h12.phone.nigeria-local')],
  ]);
}
/** Numbers families leave in ICU notes: seven digits with a dash, "h#" or "w#" prefixed, or a pager with a dash. */
export function h12FamilyPhone(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, phi(`${rng.int(202, 987)}-${rng.digits(4)}`, 'PHONE', 'h12.phone.seven-dash')],
    [1, [rng.pick(['h# ', 'w# ', 'H# ']), phi(`${rng.int(202, 987)}-${rng.digits(4)}`, 'PHONE', 'h12.phone.home-work-prefixed')]],
    [1, ['bpr ', phi(`${rng.int(1, 9)}-${rng.digits(4)}`, 'PHONE', 'h12.phone.beeper-dash')]],
  ]);
}

const loc = (text: string, kind: string): Frag => phi(text, 'LOCATION', `h12.location.${kind}`);
export function h12Town(rng: Rng): Frag {
  return rng.chance(0.5) ? loc(rng.pick(H12_TOWNS_WORDS), 'town-word') : loc(rng.pick(H12_TOWNS_OTHER), 'town-other');
}
export function h12Address(rng: Rng): Frag {
  const street = `${rng.int(2, 4999)} ${rng.pick(H12_STREETS)} ${rng.pick(H12_STREET_SUFFIX)}`;
  const line = rng.weighted<Frag>([
    [2, phi(street, 'ADDRESS', 'h12.address.street')],
    [1, phi(`${street} Apt. ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', ''])}`, 'ADDRESS', 'h12.address.apt-dot')],
    [1, phi(`${street} #${rng.int(1, 300)}`, 'ADDRESS', 'h12.address.hash-unit')],
    [1, phi(`RR ${rng.int(1, 9)} Box ${rng.int(10, 999)}`, 'ADDRESS', 'h12.address.rural-route')],
  ]);
  const zip = rng.chance(0.5) ? phi(`0${rng.int(1000, 6999)}-${rng.digits(4)}`, 'ADDRESS', 'h12.address.zip-plus4') : phi(`0${rng.int(1000, 6999)}`, 'ADDRESS', 'h12.address.zip5');
  return [line, ', ', h12Town(rng), ', ', rng.pick(H12_STATES), ' ', zip];
}
export const h12Ward = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H12_WARDS)} ${rng.pick(['3', '4', '5', '7', '9'])}${rng.pick(['', 'E', 'W'])}`, 'ward-number')],
  [1, loc(rng.pick(H12_WARDS).toLowerCase(), 'ward-lower')],
]);
export const h12HospCode = (rng: Rng): Frag => loc(rng.pick(H12_HOSP_CODES), 'hospital-code');
export const h12Hospital = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H12_INST_STEMS)} ${rng.pick(['General', 'Memorial Hosp', 'Health System', 'Med Ctr'])}`, 'hospital-stem')],
  [1, loc(`Saint ${rng.pick(H12_SAINTS)} Hospital`, 'hospital-saint-full')],
]);
/** A clinic or service named by an institution stem and the service's own word ("Health Dept", "Apheresis Unit"). */
export const h12Clinic = (rng: Rng, service: string): Frag => loc(`${rng.pick(H12_INST_STEMS)} ${service}`, 'clinic');
export const h12Employer = (rng: Rng): Frag => loc(rng.pick(['Fishweir Cannery', 'Saltbox Boatyard', 'Pawcassett Shellfish Co', 'Ropewalk Mill Outlet', 'Harrowgate Tire & Lube']), 'employer');
export const h12School = (rng: Rng): Frag => loc(rng.pick(['Weweantic Regional High', 'Quisset Elementary', 'Menauhant Community College', 'Ashgrove Middle']), 'school');
export const h12Shelter = (rng: Rng): Frag => loc(rng.pick(['Lamplighter House shelter', 'Tidemill Street Inn', 'Harbor Light Family Shelter', 'Quarterdeck Recovery Home']), 'shelter');
export const h12Venue = (rng: Rng): Frag => loc(rng.pick(['Cinderford bowling alley', 'Millstream VFW hall', 'Poponesset ferry dock', 'Gravelpit flea barn']), 'venue');

export function h12Email(rng: Rng, p: H12Person): Frag {
  return phi(`${bare(p.given)}${rng.pick(['_', '.', ''])}${bare(p.family).slice(0, 6)}${rng.int(1, 99)}@${rng.pick(H12_EMAIL_DOMAINS)}`, 'EMAIL', 'h12.email.given-family-number');
}
export function h12Handle(rng: Rng, p: H12Person): Frag {
  return phi(rng.pick([`${bare(p.family)}.${bare(p.given)[0]}${rng.int(10, 99)}`, `${bare(p.given).slice(0, 3)}${bare(p.family).slice(0, 3)}_${rng.int(100, 999)}`]), 'ID', 'h12.id.portal-handle');
}
export function h12Url(rng: Rng): Frag {
  return phi(`https://${rng.pick(['portal', 'recall', 'dot'])}.${rng.pick(['quonnatuckvalley', 'pawcassettbay', 'menauhant'])}.net/p/${rng.letters(3).toLowerCase()}${rng.digits(6)}`, 'URL', 'h12.url.path-token');
}
export function h12Ip(rng: Rng): Frag {
  const h = () => rng.letters(4, '0123456789abcdef');
  return phi(`2001:db8:${h()}:${h()}::${rng.int(1, 99)}`, 'IP', 'h12.ip.v6-compressed');
}
export function h12Ssn(rng: Rng): Frag {
  const a = String(rng.int(101, 665)), b = p2(rng.int(1, 99)), c = String(rng.int(1001, 9999));
  return rng.weighted<Frag>([
    [1, phi(`${a}.${b}.${c}`, 'SSN', 'h12.ssn.dotted')],
    [1, phi(`${a}${b}${c}`, 'SSN', 'h12.ssn.nine-bare')],
    [1, phi(`${a}-${b}${c}`, 'SSN', 'h12.ssn.one-hyphen')],
  ]);
}
export function h12Mrn(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, phi(`${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}-${rng.int(0, 9)}`, 'MRN', 'h12.mrn.dashed-groups')],
    [1, phi(`E${rng.digits(7)}`, 'MRN', 'h12.mrn.e-prefixed')],
    [1, phi(`${rng.digits(4)}/${rng.digits(3)}`, 'MRN', 'h12.mrn.slashed')],
  ]);
}
export function h12Account(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`HAR ${rng.digits(9)}`, 'ACCOUNT', 'h12.account.har')],
    [1, phi(`${rng.letters(3)}${rng.digits(9)}`, 'ACCOUNT', 'h12.account.payer-member')],
    [1, phi(`${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`, 'ACCOUNT', 'h12.account.grouped-twelve')],
  ]);
}
export function h12License(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`${rng.letters(2)}${rng.digits(7)}`, 'LICENSE', 'h12.license.dea-style')],
    [1, phi(`${rng.pick(['1', '2'])}${rng.digits(9)}`, 'LICENSE', 'h12.license.npi-style')],
    [1, phi(`${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`, 'LICENSE', 'h12.license.drivers-spaced')],
    [1, phi(`${rng.letters(1)}-${rng.digits(3)}-${rng.digits(3)}-${rng.digits(2)}-${rng.digits(3)}-${rng.int(0, 9)}`, 'LICENSE', 'h12.license.soundex-style')],
  ]);
}
export function h12Id(rng: Rng, kind: 'tb-case' | 'sti-case' | 'vaers' | 'crisis-call' | 'rx' | 'collection' | 'recall-ref' | 'referral'): Frag {
  const v: Record<typeof kind, () => string> = {
    'tb-case': () => `TB${rng.digits(2)}-${rng.digits(4)}`,
    'sti-case': () => `DIS/${rng.digits(5)}/${rng.letters(1)}`,
    vaers: () => `IIS-${rng.digits(8)}`,
    'crisis-call': () => `MCT ${rng.digits(3)}.${rng.digits(4)}`,
    rx: () => `Rx# ${rng.digits(7)}-${rng.digits(2)}`,
    collection: () => `DIN ${rng.letters(1)}${rng.digits(4)} ${rng.digits(2)} ${rng.digits(6)}`,
    'recall-ref': () => `FSCA-${rng.letters(2)}-${rng.digits(5)}`,
    referral: () => `REF${rng.digits(6)}${rng.letters(1)}`,
  };
  return phi(v[kind](), 'ID', `h12.id.${kind}`);
}
export function h12Device(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`PDM${rng.digits(2)}-${rng.letters(2)}${rng.digits(5)}`, 'DEVICE', 'h12.device.pump-controller')],
    [1, phi(`${rng.letters(1)}${rng.digits(2)}${rng.letters(1)}${rng.digits(6)}`, 'DEVICE', 'h12.device.wearable-defib')],
    [1, phi(`(01)${rng.digits(14)}(21)${rng.letters(2)}${rng.digits(6)}`, 'DEVICE', 'h12.device.gs1-udi')],
    [1, phi(`Serial No. ${rng.digits(4)}-${rng.digits(4)}-${rng.digits(2)}`, 'DEVICE', 'h12.device.serial-words')],
  ]);
}
export function h12Vehicle(rng: Rng): Frag {
  const vinChars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  return rng.weighted<Frag>([
    [1, phi(`${rng.letters(3)}-${rng.digits(4)}`, 'VEHICLE', 'h12.vehicle.plate-letters-dash-digits')],
    [1, phi(Array.from({ length: 17 }, () => rng.letters(1, vinChars)).join(''), 'VEHICLE', 'h12.vehicle.vin')],
    [1, phi(`${rng.pick(['CT', 'MS', 'ME'])} ${rng.digits(4)} ${rng.letters(2)}`, 'VEHICLE', 'h12.vehicle.boat-registration')],
    [1, phi(`${rng.digits(1)}${rng.letters(2)}-${rng.digits(3)}`, 'VEHICLE', 'h12.vehicle.plate-digit-letters')],
  ]);
}
