// Owns the written forms of PHI in the tenth held-out check: names (word-names, particles, family-first, lower case,
// nicknames, initials, staff signatures), dates in every form people type, ages over 89, phones, addresses, institutions
// of many kinds, and identifiers of many kinds (some invented for this check). Every value is a gold span by construction.
import type { Rng } from '../prng';
import { MON3, MONTHS, p2, yy, type Ymd } from '../dates';
import { phi, type Frag } from '../segments';
import {
  H10_EMAIL_DOMAINS, H10_FAMILY_FIRST, H10_GIVEN_OTHER, H10_GIVEN_WORDS, H10_INST_STEMS, H10_NICKNAMES, H10_SAINTS, H10_STATES, H10_STREETS,
  H10_STREET_SUFFIX, H10_SURNAMES_OTHER, H10_SURNAMES_WORDS, H10_TOWNS_OTHER, H10_TOWNS_WORDS,
} from './vocab';

export interface H10Person { given: string; family: string; familyFirst: boolean; nick: string }

export function h10Person(rng: Rng): H10Person {
  if (rng.chance(0.12)) {
    const [family, given] = rng.pick(H10_FAMILY_FIRST);
    return { given, family, familyFirst: true, nick: rng.pick(H10_NICKNAMES) };
  }
  const given = rng.chance(0.3) ? rng.pick(H10_GIVEN_WORDS) : rng.pick(H10_GIVEN_OTHER);
  const family = rng.chance(0.35) ? rng.pick(H10_SURNAMES_WORDS) : rng.pick(H10_SURNAMES_OTHER);
  return { given, family, familyFirst: false, nick: rng.pick(H10_NICKNAMES) };
}

const nm = (text: string, kind: string): Frag => phi(text, 'NAME', `h10.name.${kind}`);

/** A person named in running text, in one of the ways notes name people. */
export function h10Name(rng: Rng, p: H10Person): Frag {
  if (p.familyFirst) return rng.chance(0.5) ? nm(`${p.family} ${p.given}`, 'family-first') : nm(`${p.family.toUpperCase()} ${p.given}`, 'family-first-caps');
  return rng.weighted<Frag>([
    [4, nm(`${p.given} ${p.family}`, 'given-family')],
    [2, nm(`${p.given} ${p.family}`.toLowerCase(), 'lower')],
    [2, nm(`${p.family}, ${p.given}`, 'family-comma-given')],
    [1, nm(`${p.given[0]}. ${p.family}`, 'initial-family')],
    [1, nm(`${p.given} ${String.fromCharCode(65 + (p.family.length % 26))}. ${p.family}`, 'given-mi-family')],
    [1, [nm(p.given, 'given-before-nick'), ' "', nm(p.nick, 'quoted-nickname'), '" ', nm(p.family, 'family-after-nick')]],
  ]);
}
export function h10Given(rng: Rng, p: H10Person): Frag {
  return rng.weighted<Frag>([[4, nm(p.given, 'given-only')], [2, nm(p.given.toLowerCase(), 'given-only-lower')], [1, nm(p.nick, 'nickname-only')]]);
}
export function h10Possessive(rng: Rng, p: H10Person): Frag {
  return [nm(rng.chance(0.5) ? p.given : p.family, 'possessive'), "'s"];
}
export function h10Titled(rng: Rng, p: H10Person): Frag {
  const title = rng.pick(['Dr.', 'DR', 'Dr', 'Mr.', 'Mrs', 'Ms.', 'Sgt.', 'Capt.', 'Rev.', 'Sr.']);
  return [`${title} `, nm(rng.chance(0.3) ? p.family.toLowerCase() : p.family, 'title-family')];
}
/** Staff as they sign or are cited: initials, credentials, first name and last initial. */
export function h10Staff(rng: Rng, p: H10Person): Frag {
  const ini = `${p.given[0]}${p.family.replace(/^(van der |de la |da |O'|Ó |Mac|Mc)/, '')[0]}`.toUpperCase();
  return rng.weighted<Frag>([
    [2, [nm(`${p.given} ${p.family}`, 'staff-full'), rng.pick([', RN', ', PT', ' RRT', ', MD', ', LICSW', ' NP', ', DPT'])]],
    [2, nm(ini, 'staff-initials')],
    [1, nm(ini.toLowerCase(), 'staff-initials-lower')],
    [1, nm(`${p.given} ${p.family[0]}.`, 'given-last-initial')],
    [1, nm(`${p.family.toUpperCase()}`, 'staff-caps-surname')],
  ]);
}

/** Dates, each kind named by its written form. */
export function h10Date(rng: Rng, x: Ymd, kinds?: readonly string[]): Frag {
  const forms: Record<string, () => string> = {
    'm-d': () => `${x.m}/${x.d}`,
    'mm-dd-yy': () => `${p2(x.m)}/${p2(x.d)}/${yy(x.y)}`,
    'm-d-yyyy': () => `${x.m}/${x.d}/${x.y}`,
    'm-dash-d-yy': () => `${x.m}-${x.d}-${yy(x.y)}`,
    'd-m-yyyy-dots': () => `${x.d}.${x.m}.${x.y}`,
    'iso': () => `${x.y}-${p2(x.m)}-${p2(x.d)}`,
    'mon-d': () => `${MON3[x.m - 1]} ${x.d}`,
    'month-d-yyyy': () => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
    'd-mon-yyyy': () => `${x.d}-${MON3[x.m - 1]}-${x.y}`,
    'compact-ddmonyy': () => `${p2(x.d)}${MON3[x.m - 1].toUpperCase()}${yy(x.y)}`,
    'compact-yyyymmdd': () => `${x.y}${p2(x.m)}${p2(x.d)}`,
    'apostrophe-year': () => `${MON3[x.m - 1]} ${x.d} '${yy(x.y)}`,
    'ordinal-of-month': () => `${x.d}${[, 'st', 'nd', 'rd'][x.d % 10 > 3 || Math.floor(x.d / 10) === 1 ? 0 : x.d % 10] ?? 'th'} of ${MONTHS[x.m - 1]}`,
    'month-yyyy': () => `${MONTHS[x.m - 1]} ${x.y}`,
    'spaced-slashes': () => `${x.m} / ${x.d} / ${yy(x.y)}`,
    'mm.dd.yy': () => `${p2(x.m)}.${p2(x.d)}.${yy(x.y)}`,
  };
  const kind = rng.pick(kinds ?? Object.keys(forms));
  return phi(forms[kind](), 'DATE', `h10.date.${kind}`);
}
export const SHORT_DATE_KINDS = ['m-d', 'm-d', 'mon-d', 'mm-dd-yy', 'm-dash-d-yy'] as const;

/** An age; only ages over 89 are PHI (Safe Harbor), so younger ages are written in the same forms as plain text. */
export function h10Age(rng: Rng, age: number): Frag {
  const words = ['ninety', 'ninety-one', 'ninety-two', 'ninety-three', 'ninety-four', 'ninety-five', 'ninety-six', 'ninety-seven', 'ninety-eight', 'ninety-nine'];
  const a = (text: string, kind: string): Frag => (age >= 90 ? phi(text, 'AGE', `h10.age.${kind}`) : text);
  if (age >= 90 && age <= 99 && rng.chance(0.25)) return [phi(words[age - 90], 'AGE', 'h10.age.words'), ' year old'];
  return rng.weighted<Frag>([
    [2, [a(String(age), 'yo'), ' yo']],
    [1, a(`${age}yo`, 'compact-yo')],
    [1, a(`${age}${rng.pick(['F', 'M', 'f', 'm'])}`, 'compact-sex')],
    [1, [a(String(age), 'y-o'), ' y/o']],
    [1, [a(String(age), 'hyphen-year-old'), '-year-old']],
  ]);
}
export function h10Phone(rng: Rng): Frag {
  const a = rng.pick(['617', '508', '978', '781', '603', '401', '413']);
  const n3 = String(rng.int(201, 989));
  const n4 = rng.digits(4);
  return rng.weighted<Frag>([
    [2, phi(`(${a}) ${n3}-${n4}`, 'PHONE', 'h10.phone.paren')],
    [2, phi(`${a}-${n3}-${n4}`, 'PHONE', 'h10.phone.dashed')],
    [1, phi(`${a}.${n3}.${n4}`, 'PHONE', 'h10.phone.dotted')],
    [1, phi(`${a}/${n3}-${n4}`, 'PHONE', 'h10.phone.slash')],
    [1, phi(`${a}-${n3}-${n4} ext. ${rng.int(10, 9999)}`, 'PHONE', 'h10.phone.ext')],
    [1, phi(`(${a})${n3}-${n4} x${rng.int(100, 999)}`, 'PHONE', 'h10.phone.x-ext')],
    [1, phi(`+1 ${a} ${n3} ${n4}`, 'PHONE', 'h10.phone.plus1-spaced')],
    [1, phi(`+44 (0)${rng.int(20, 29)} ${rng.digits(4)} ${rng.digits(4)}`, 'PHONE', 'h10.phone.uk')],
    [1, phi(`011-52-${rng.int(33, 99)}-${rng.digits(4)}-${rng.digits(4)}`, 'PHONE', 'h10.phone.mexico-011')],
    [1, phi(`+61 4${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, 'PHONE', 'h10.phone.australia-mobile')],
  ]);
}
export function h10LocalPhone(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, phi(`${rng.int(201, 989)}-${rng.digits(4)}`, 'PHONE', 'h10.phone.seven-digit')],
    [1, phi(`x${rng.int(2, 7)}-${rng.digits(4)}`, 'PHONE', 'h10.phone.internal-ext')],
    [1, phi(`${rng.int(10000, 99999)}`, 'PHONE', 'h10.phone.pager')],
  ]);
}

export function h10Town(rng: Rng): Frag {
  return rng.chance(0.5) ? phi(rng.pick(H10_TOWNS_WORDS), 'LOCATION', 'h10.location.town-word') : phi(rng.pick(H10_TOWNS_OTHER), 'LOCATION', 'h10.location.town');
}
export function h10TownState(rng: Rng): Frag {
  // A state is not a Safe Harbor identifier (only subdivisions smaller than a state are), so it is plain text.
  return [h10Town(rng), ', ', rng.pick(H10_STATES)];
}
export function h10Zip(rng: Rng): Frag {
  const z = `0${rng.int(1000, 2999)}`;
  return rng.chance(0.5) ? phi(`${z}-${rng.digits(4)}`, 'ADDRESS', 'h10.address.zip-plus4') : phi(z, 'ADDRESS', 'h10.address.zip');
}
export function h10Address(rng: Rng): Frag {
  const street = `${rng.int(2, 1999)} ${rng.pick(H10_STREETS)} ${rng.pick(H10_STREET_SUFFIX)}`;
  const line = rng.weighted<Frag>([
    [2, phi(street, 'ADDRESS', 'h10.address.street')],
    [2, phi(`${street} ${rng.pick(['Apt', 'Apt.', 'Unit', '#', 'Fl', 'Rm'])} ${rng.pick([String(rng.int(1, 40)), `${rng.int(1, 9)}${rng.pick(['A', 'B', 'R', 'L'])}`])}`, 'ADDRESS', 'h10.address.street-unit')],
    [1, phi(`P.O. Box ${rng.int(10, 9999)}`, 'ADDRESS', 'h10.address.po-box')],
    [1, phi(`RR ${rng.int(1, 6)} Box ${rng.int(10, 400)}`, 'ADDRESS', 'h10.address.rural-route')],
  ]);
  return [line, ', ', h10Town(rng), ', ', rng.pick(['MA', 'NH', 'RI', 'ME']), ' ', h10Zip(rng)];
}

const loc = (text: string, kind: string): Frag => phi(text, 'LOCATION', `h10.location.${kind}`);
export const h10Hospital = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H10_INST_STEMS)} ${rng.pick(['Medical Center', 'Hospital', 'Regional Hospital', 'General', 'Memorial Hospital'])}`, 'hospital')],
  [1, loc(`St. ${rng.pick(H10_SAINTS)}'s`, 'hospital-saint')],
  [1, loc(`${rng.pick(['WMC', 'GMH', 'NSMC', 'BHRH', 'KPMC'])}`, 'hospital-abbrev')],
]);
export const h10Ward = (rng: Rng): Frag => loc(`${rng.pick(['Thornbury', 'Cabot', 'Ridley', 'Fenwick', 'Alcott', 'Pemberton'])} ${rng.int(2, 12)}`, 'ward-building');
export const h10Rehab = (rng: Rng): Frag => loc(`${rng.pick(H10_INST_STEMS)} ${rng.pick(['Rehab', 'Nursing & Rehabilitation', 'Manor', 'Skilled Nursing', 'House'])}`, 'rehab-nursing-home');
export const h10Clinic = (rng: Rng): Frag => loc(`${rng.pick(H10_INST_STEMS)} ${rng.pick(['Family Practice', 'Community Health Center', 'Chiropractic', 'Anticoagulation Clinic', 'Wound & Hyperbaric Center', 'Pediatrics'])}`, 'clinic');
export const h10Shelter = (rng: Rng): Frag => loc(`${rng.pick(['Lantern House', 'Safe Harbor Inn', 'Bread & Roses', 'Open Door Shelter', 'Crossroads Family Shelter'])}`, 'shelter');
export const h10GroupHome = (rng: Rng): Frag => loc(`${rng.pick(['Juniper', 'Maple Leaf', 'Hillcrest', 'Thistle'])} ${rng.pick(['group home', 'Residence', 'House'])}`, 'group-home');
export const h10School = (rng: Rng): Frag => loc(`${rng.pick(H10_INST_STEMS)} ${rng.pick(['High School', 'Regional Middle School', 'Community College', 'Academy'])}`, 'school');
export const h10Employer = (rng: Rng): Frag => loc(`${rng.pick(['Kettle Pond Seafood', 'Granite State Freight', 'Northeast Paper Co.', 'Harborview Marina', 'Bayside Roofing', 'Merrimack Textiles'])}`, 'employer');
export const h10Church = (rng: Rng): Frag => loc(rng.pick([`St. ${rng.pick(H10_SAINTS)} Parish`, 'First Haitian Baptist Church', 'Temple Beth Shalom', 'Holy Ghost Greek Orthodox', 'Masjid al-Noor']), 'church');
export const h10Pharmacy = (rng: Rng): Frag => loc(`${rng.pick(['Pelham Apothecary', 'Main St Pharmacy', 'Seaside Drug', 'Quarry Hill Pharmacy'])}`, 'pharmacy');
export const h10Ship = (rng: Rng): Frag => loc(rng.pick(['MV Aurora Lumen', 'Coral Meridian', 'MS Nordlys Star', 'Island Serenade', 'FV Margaret Rose']), 'vessel');
export const h10Base = (rng: Rng): Frag => loc(rng.pick(['Fort Ridgewell', 'Camp Sentinel', 'Westover ARB', 'Otis ANGB']), 'base');
export const h10Camp = (rng: Rng): Frag => loc(rng.pick(['Camp Winnisquam', 'Camp Tall Pines', 'Camp Ossipee']), 'camp');
export const h10Team = (rng: Rng): Frag => loc(rng.pick(['Lowell Lock Monsters', 'Seacoast Mariners', 'Quarry Hill Hurricanes']), 'team');
export const h10Airport = (rng: Rng): Frag => loc(rng.pick(['Logan', 'Manchester-Boston Regional', 'Barnstable Municipal', "Martha's Vineyard Airport"]), 'airport');
/** A country is larger than a state, so not a Safe Harbor identifier: plain text the redactor should leave. */
export const h10Country = (rng: Rng): Frag => (rng.pick(['Eritrea', 'Guatemala', 'Bhutan', 'Democratic Republic of the Congo', 'Burma', 'Honduras', 'Afghanistan']));
export const h10Camps = (rng: Rng): Frag => loc(rng.pick(['Kakuma', 'Nyarugusu', 'Mae La', 'Dadaab']), 'refugee-camp');

export function h10Email(rng: Rng, p: H10Person): Frag {
  const local = `${p.given.toLowerCase().replace(/[^a-z]/g, '')}${rng.pick(['.', '_', ''])}${p.family.toLowerCase().replace(/[^a-z]/g, '')}${rng.chance(0.5) ? rng.int(1, 99) : ''}`;
  return phi(`${local}@${rng.pick(H10_EMAIL_DOMAINS)}`, 'EMAIL', 'h10.email.personal');
}
export function h10Url(rng: Rng, p: H10Person): Frag {
  return rng.chance(0.5)
    ? phi(`https://www.caringbridge.org/visit/${p.family.toLowerCase().replace(/[^a-z]/g, '')}${p.given.toLowerCase().replace(/[^a-z]/g, '')}`, 'URL', 'h10.url.caring-site')
    : phi(`portal.${rng.pick(['kettlepondhealth', 'seacoastpt', 'medflight-ne'])}.org/pt/${rng.digits(7)}`, 'URL', 'h10.url.portal-path');
}
export function h10Ip(rng: Rng): Frag {
  return rng.chance(0.7)
    ? phi(`${rng.int(10, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'h10.ip.v4')
    : phi(`2001:db8:${rng.int(1, 9999).toString(16)}::${rng.int(1, 65535).toString(16)}`, 'IP', 'h10.ip.v6');
}
export function h10Ssn(rng: Rng): Frag {
  const a = String(rng.int(100, 665)), b = rng.digits(2).replace(/^00$/, '14'), c = rng.digits(4).replace(/^0000$/, '4312');
  return rng.weighted<Frag>([
    [2, phi(`${a}-${b}-${c}`, 'SSN', 'h10.ssn.dashed')],
    [1, phi(`${a} ${b} ${c}`, 'SSN', 'h10.ssn.spaced')],
    [1, phi(`${a}${b}${c}`, 'SSN', 'h10.ssn.bare')],
    [1, phi(`${a}.${b}.${c}`, 'SSN', 'h10.ssn.dotted')],
  ]);
}
export function h10Mrn(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, phi(`${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}`, 'MRN', 'h10.mrn.unit-number')],
    [1, phi(`${rng.digits(8)}`, 'MRN', 'h10.mrn.eight-digit')],
    [1, phi(`${rng.letters(1)}${rng.digits(7)}`, 'MRN', 'h10.mrn.letter-prefixed')],
  ]);
}
export function h10Account(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`${rng.digits(10)}`, 'ACCOUNT', 'h10.account.hospital')],
    [1, phi(`${rng.letters(3)}${rng.digits(9)}`, 'ACCOUNT', 'h10.account.member-id')],
    [1, phi(`CLM-${rng.digits(4)}-${rng.digits(6)}`, 'ACCOUNT', 'h10.account.claim')],
    [1, phi(`${rng.digits(12)}`, 'ACCOUNT', 'h10.account.medicare-advantage')],
  ]);
}
/** A DEA registration number: two letters and seven digits, the last a check digit. */
export function h10Dea(rng: Rng, p: H10Person): string {
  const d = Array.from({ length: 6 }, () => rng.int(0, 9));
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  const initial = p.family.replace(/^[^A-Z]*/, '')[0] ?? 'X';
  return `${rng.pick(['A', 'B', 'F', 'M'])}${initial.toUpperCase()}${d.join('')}${check}`;
}
export function h10License(rng: Rng, p: H10Person): Frag {
  return rng.weighted<Frag>([
    [1, phi(h10Dea(rng, p), 'LICENSE', 'h10.license.dea')],
    [1, phi(`1${rng.digits(9)}`, 'LICENSE', 'h10.license.npi')],
    [1, phi(`${rng.pick(['RN', 'DC', 'PT', 'MD'])}${rng.digits(6)}`, 'LICENSE', 'h10.license.state-board')],
    [1, phi(`S${rng.digits(8)}`, 'LICENSE', 'h10.license.drivers')],
  ]);
}
/** Identifiers of kinds invented for this check, each named by its kind. */
export function h10Id(rng: Rng, kind: 'booking' | 'crew' | 'flight' | 'study' | 'a-number' | 'accession' | 'specimen' | 'chamber' | 'case' | 'rx' | 'lot'): Frag {
  const v: Record<typeof kind, () => string> = {
    booking: () => `${rng.letters(2)}${rng.digits(6)}`,
    crew: () => `CRW-${rng.digits(5)}`,
    flight: () => `${rng.digits(2)}-${rng.digits(5)}`,
    study: () => `${rng.letters(3)}-${rng.digits(3)}-${rng.digits(4)}`,
    'a-number': () => `A${rng.digits(9)}`,
    accession: () => `${rng.pick(['S', 'CY', 'M'])}${rng.digits(2)}-${rng.digits(5)}`,
    specimen: () => `SP${rng.digits(8)}`,
    chamber: () => `HBO-${rng.digits(4)}`,
    case: () => `${rng.digits(4)}-${rng.letters(2)}-${rng.digits(3)}`,
    rx: () => `RX ${rng.digits(7)}`,
    lot: () => `${rng.letters(2)}${rng.digits(4)}${rng.letters(1)}`,
  };
  return phi(v[kind](), 'ID', `h10.id.${kind}`);
}
export function h10Device(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`(01)${rng.digits(14)}(17)${rng.digits(6)}(21)${rng.letters(2)}${rng.digits(6)}`, 'DEVICE', 'h10.device.udi-gs1')],
    [1, phi(`${rng.letters(3)}${rng.digits(6)}${rng.letters(1)}`, 'DEVICE', 'h10.device.serial')],
    [1, phi(`${rng.digits(4)}-${rng.digits(4)}-${rng.digits(3)}`, 'DEVICE', 'h10.device.pump-serial')],
  ]);
}
export function h10Vehicle(rng: Rng): Frag {
  const vinAlpha = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  return rng.weighted<Frag>([
    [1, phi(rng.letters(17, vinAlpha), 'VEHICLE', 'h10.vehicle.vin')],
    [1, phi(`${rng.int(1, 9)}${rng.letters(2)} ${rng.digits(3)}`, 'VEHICLE', 'h10.vehicle.plate-spaced')],
    [1, phi(`${rng.letters(3)}-${rng.digits(4)}`, 'VEHICLE', 'h10.vehicle.plate-dashed')],
    [1, phi(`N${rng.int(100, 999)}${rng.letters(2)}`, 'VEHICLE', 'h10.vehicle.aircraft-tail')],
  ]);
}
