// Owns the written forms of PHI in the fourteenth held-out check: names (word-names in capitals and lower case, particles,
// "called" nicknames, relatives by given name alone, staff initials run together or slashed, sign-offs by initials and
// shift), dates in layouts no earlier check wrote (dotted month.day, day-first slashes with a four-digit year, ordinal
// "of" months, two-digit-year ISO, compact MONdd, "wk of" dates), ages over 89, phones of Mexico, the Philippines,
// Germany, South Africa, Kenya, Vietnam and France, Eastern Shore addresses, wards, other hospitals' short codes,
// institutions, and identifiers in new shapes (stone-analysis, andrology, birth-registry, immigration-exam, allergen-vial,
// stress-study, splint-order, PFT, mammography-recall and band-adjustment numbers, clinic handles, lithotripter and
// spirometer serials, insulin-pen lots, boat and trailer plates, midwife and radiologic-technologist licences). Every value
// is a gold span by construction; every kind is named h14.<type>.<form>.
import type { Rng } from '../prng';
import { MON3, MONTHS, ordinal, p2, yy, type Ymd } from '../dates';
import { phi, type Frag } from '../segments';
import {
  H14_GIVEN_OTHER, H14_GIVEN_WORDS, H14_HOSP_CODES, H14_INST_STEMS, H14_NICKNAMES, H14_SAINTS, H14_STATES, H14_STREETS,
  H14_STREET_SUFFIX, H14_SURNAMES_OTHER, H14_SURNAMES_WORDS, H14_TOWNS_OTHER, H14_TOWNS_WORDS, H14_WARDS,
} from './vocab';

export interface H14Person { given: string; family: string; nick: string }

export function h14Person(rng: Rng): H14Person {
  const given = rng.chance(0.35) ? rng.pick(H14_GIVEN_WORDS) : rng.pick(H14_GIVEN_OTHER);
  const family = rng.chance(0.4) ? rng.pick(H14_SURNAMES_WORDS) : rng.pick(H14_SURNAMES_OTHER);
  return { given, family, nick: rng.pick(H14_NICKNAMES) };
}

const nm = (text: string, kind: string): Frag => phi(text, 'NAME', `h14.name.${kind}`);
const bare = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
const core = (family: string): string => family.replace(/^(von |zu |de la |del |van den |ter |Le |O'|Mac|Mc)/, '');

/** A person named in running text. */
export function h14Name(rng: Rng, p: H14Person): Frag {
  return rng.weighted<Frag>([
    [4, nm(`${p.given} ${p.family}`, 'first-last')],
    [2, nm(`${p.given} ${p.family}`.toUpperCase(), 'first-last-caps')],
    [2, nm(`${p.given} ${p.family}`.toLowerCase(), 'first-last-lower')],
    [1, nm(`${p.family.toUpperCase()} ${p.given}`, 'caps-last-space-first')],
    [1, nm(`${p.family}, ${p.given[0]}.${rng.letters(1)}.`, 'last-comma-two-initials')],
    [1, [nm(`${p.given} ${p.family}`, 'first-last-before-called'), ', called ', nm(p.nick, 'called-nickname')]],
  ]);
}
/** A relative named by given name (or nickname) alone, as family are in nursing notes. */
export function h14Kin(rng: Rng, p: H14Person): Frag {
  return rng.weighted<Frag>([[4, nm(p.given, 'relative-given')], [2, nm(p.given.toLowerCase(), 'relative-given-lower')], [1, nm(p.nick.toLowerCase(), 'relative-nick-lower')]]);
}
export function h14Titled(rng: Rng, p: H14Person): Frag {
  const title = rng.pick(['Dr.', 'DR', 'Sister', 'Rev.', 'Mrs', 'Ms.', 'Capt.', 'Sgt', 'Rabbi', 'Coach']);
  return [`${title} `, nm(rng.chance(0.3) ? core(p.family).toUpperCase() : p.family, 'title-surname')];
}
export function h14Possessive(rng: Rng, p: H14Person): Frag {
  return [nm(rng.chance(0.5) ? p.given.toUpperCase() : p.family.toLowerCase(), 'possessive-14'), "'s"];
}
/** Staff as they appear in notes: initials run together in capitals, slashed pairs, "w/" + surname, first name + credential. */
export function h14Staff(rng: Rng, p: H14Person): Frag {
  const fam = bare(core(p.family));
  const a = bare(p.given)[0].toUpperCase(), b = (fam[0] ?? 'x').toUpperCase(), c = rng.letters(1).toUpperCase();
  return rng.weighted<Frag>([
    [2, [nm(`${a}${c}${b}`, 'three-initials-run'), rng.pick([' RN', '/RN', ' SN', ' RRT', ' MSW'])]],
    [1, ['w/ ', nm(core(p.family).toUpperCase(), 'with-surname-caps')]],
    [1, [nm(`${p.given} ${b}.`, 'first-initial-dot'), rng.pick([', RN', ' LPN', ', PCA', ''])]],
    [1, [nm(`${a.toLowerCase()}.${b.toLowerCase()}.`, 'dotted-lower-initials'), rng.pick([' rn', ' rrt', ' np'])]],
  ]);
}
/** A sign-off at the end of a note: initials with the shift, or a first name after a slash. */
export function h14Signoff(rng: Rng, p: H14Person): Frag {
  return rng.weighted<Frag>([
    [1, [nm(`${bare(p.given)[0].toUpperCase()}${bare(core(p.family))[0].toUpperCase()}`, 'signoff-initials-shift'), rng.pick([' 7p-7a', ' 3-11', ' 11-7', ' d/s'])]],
    [1, ['/', nm(p.given.toLowerCase(), 'slash-first-lower-signoff')]],
    [1, h14Staff(rng, p)],
  ]);
}

const WEEK = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Dates in layouts no earlier check wrote, each kind named by its form. */
export function h14Date(rng: Rng, x: Ymd, kinds?: readonly string[]): Frag {
  const wd = WEEK[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()];
  const forms: Record<string, () => string> = {
    'm/d-bare': () => `${x.m}/${x.d}`,
    'm.d-dotted': () => `${x.m}.${x.d}`,
    'mon-d-lower-14': () => `${MON3[x.m - 1].toLowerCase()} ${x.d}`,
    'MONdd-compact': () => `${MON3[x.m - 1].toUpperCase()}${p2(x.d)}`,
    'm/d-paren-weekday': () => `${x.m}/${x.d} (${wd.toLowerCase()})`,
    'd/m/yyyy': () => `${x.d}/${x.m}/${x.y}`,
    'yy-mm-dd': () => `${yy(x.y)}-${p2(x.m)}-${p2(x.d)}`,
    'dth-of-month-yyyy': () => `${ordinal(x.d)} of ${MONTHS[x.m - 1]} ${x.y}`,
    'month-dth-yyyy': () => `${MONTHS[x.m - 1]} ${ordinal(x.d)}, ${x.y}`,
    'mon.-d-yyyy': () => `${MON3[x.m - 1]}. ${x.d}, ${x.y}`,
    'dd.mm.yy': () => `${p2(x.d)}.${p2(x.m)}.${yy(x.y)}`,
    'mm-dd-yyyy-slashless': () => `${p2(x.m)}${p2(x.d)}${x.y}`,
    'wk-of-m/d/yyyy': () => `wk of ${x.m}/${x.d}/${x.y}`,
  };
  const kind = rng.pick(kinds ?? Object.keys(forms));
  return phi(forms[kind](), 'DATE', `h14.date.${kind}`);
}
export const SRC14_DATE_KINDS = ['m/d-bare', 'm.d-dotted', 'mon-d-lower-14', 'MONdd-compact', 'm/d-paren-weekday'] as const;

export function h14Age(rng: Rng, age: number): Frag {
  const a = (text: string, kind: string): Frag => (age >= 90 ? phi(text, 'AGE', `h14.age.${kind}`) : text);
  if (age >= 90 && rng.chance(0.15)) return ['a ', phi(`${age}`, 'AGE', 'h14.age.a-n-year-old'), '-year-old'];
  return rng.weighted<Frag>([
    [2, [a(String(age), 'yo-space'), ' yo']],
    [1, [a(String(age), 'y-slash-o'), 'y/o']],
    [1, ['aged ', a(String(age), 'aged')]],
    [1, [a(String(age), 'yr-sex-letter'), rng.pick(['yr M', 'yr F'])]],
    [1, ['(', a(String(age), 'paren-years'), ' yrs)']],
  ]);
}

const ph = (text: string, kind: string): Frag => phi(text, 'PHONE', `h14.phone.${kind}`);
export function h14Phone(rng: Rng): Frag {
  const a = String(rng.int(201, 989)), n3 = String(rng.int(202, 987)), n4 = rng.digits(4);
  return rng.weighted<Frag>([
    [3, ph(`${a}-${n3}-${n4}`, 'dashed-ten')],
    [1, ph(`1 (${a}) ${n3}-${n4}`, 'one-paren-area')],
    [1, ph(`+52 ${rng.int(33, 99)} ${rng.digits(4)} ${rng.digits(4)}`, 'mexico')],
    [1, ph(`+63 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`, 'philippines-mobile')],
    [1, ph(`+49 1${rng.int(51, 79)} ${rng.digits(7)}`, 'germany-mobile')],
    [1, ph(`+27 8${rng.int(2, 4)} ${rng.digits(3)} ${rng.digits(4)}`, 'south-africa-mobile')],
    [1, ph(`+254 7${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, 'kenya-mobile')],
    [1, ph(`+84 9${rng.digits(1)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`, 'vietnam-mobile')],
    [1, ph(`+33 6 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, 'france-mobile-pairs')],
  ]);
}
/** Numbers families leave in ICU-era notes: seven digits run together, "h:"/"w:" prefixed, area code in slashes. */
export function h14FamilyPhone(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, ph(`${rng.int(202, 987)}${rng.digits(4)}`, 'seven-run')],
    [1, [rng.pick(['h: ', 'w: ', 'H: ', 'c: ']), ph(`${rng.int(202, 987)}-${rng.digits(4)}`, 'letter-colon-seven')]],
    [1, ['pgr ', ph(`${rng.digits(4)}`, 'pager-four-digit')]],
    [1, ph(`${rng.int(201, 989)}/${rng.int(202, 987)}/${rng.digits(4)}`, 'all-slashes')],
  ]);
}

const loc = (text: string, kind: string): Frag => phi(text, 'LOCATION', `h14.location.${kind}`);
export function h14Town(rng: Rng): Frag {
  return rng.chance(0.5) ? loc(rng.pick(H14_TOWNS_WORDS), 'town-word') : loc(rng.pick(H14_TOWNS_OTHER), 'shore-town');
}
export function h14Address(rng: Rng): Frag {
  const street = `${rng.int(3, 8999)} ${rng.pick(H14_STREETS)} ${rng.pick(H14_STREET_SUFFIX)}`;
  const line = rng.weighted<Frag>([
    [2, phi(street, 'ADDRESS', 'h14.address.number-street-14')],
    [1, phi(`${street} Lot ${rng.int(1, 90)}`, 'ADDRESS', 'h14.address.trailer-lot')],
    [1, phi(`HC ${rng.int(1, 9)} Box ${rng.int(10, 999)}`, 'ADDRESS', 'h14.address.highway-contract')],
    [1, phi(`${rng.int(1000, 39999)}-${rng.pick(['A', 'B', 'C'])} ${rng.pick(H14_STREETS)} ${rng.pick(H14_STREET_SUFFIX)}`, 'ADDRESS', 'h14.address.lettered-number')],
  ]);
  const zip = rng.chance(0.5) ? phi(`218${rng.digits(2)}`, 'ADDRESS', 'h14.address.zip-shore-md') : phi(`234${rng.digits(2)}-${rng.digits(4)}`, 'ADDRESS', 'h14.address.zip4-shore-va');
  return [line, ', ', h14Town(rng), ', ', rng.pick(H14_STATES), ' ', zip];
}
export const h14Ward = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H14_WARDS)} ${rng.pick(['3', '4', '7', '9', '12'])}${rng.pick(['', 'A', 'B'])}`, 'ward-floor-letter')],
  [1, loc(rng.pick(H14_WARDS).toLowerCase(), 'ward-lower-14')],
]);
export const h14HospCode = (rng: Rng): Frag => loc(rng.pick(H14_HOSP_CODES), 'other-hosp-code');
export const h14Hospital = (rng: Rng): Frag => rng.weighted<Frag>([
  [2, loc(`${rng.pick(H14_INST_STEMS)} ${rng.pick(['General', 'Memorial Hospital', 'Health System', 'Peninsula Hosp'])}`, 'hospital-stem-14')],
  [1, loc(`St ${rng.pick(H14_SAINTS)} Hospital`, 'hospital-saint-14')],
]);
/** A clinic or service named by an institution stem and the service's own word. */
export const h14Clinic = (rng: Rng, service: string): Frag => loc(`${rng.pick(H14_INST_STEMS)} ${service}`, 'service-14');
export const h14Employer = (rng: Rng): Frag => loc(rng.pick(['Annemessex Seafood Packers', 'Nanjemoy Poultry Processing', 'Tonger\'s Cove Marina', 'Pungoteague Cannery Inc', 'Bugeye Boatworks']), 'employer-14');
export const h14School = (rng: Rng): Frag => loc(rng.pick(['Nandua Creek Elementary', 'Machipongo Regional High', 'Muskrat Neck Middle School', 'Occohannock Christian Academy']), 'school-14');

export function h14Email(rng: Rng, p: H14Person): Frag {
  const dom = rng.pick(['posteo.de', 'yahoo.com.mx', 'mweb.co.za', 'sfr.fr', 'safaricom.co.ke', 'globe.com.ph']);
  return phi(`${bare(p.family).slice(0, 7)}${rng.pick(['_', ''])}${bare(p.given).slice(0, 3)}${rng.digits(2)}@${dom}`, 'EMAIL', 'h14.email.surname-given3-digits');
}
export function h14Username(rng: Rng, p: H14Person): Frag {
  return phi(rng.pick([`${bare(p.given).slice(0, 3)}.${bare(p.family).slice(0, 6)}`, `${bare(p.family).slice(0, 6)}${rng.digits(4)}`]), 'ID', 'h14.id.clinic-app-handle');
}
export function h14Url(rng: Rng): Frag {
  return phi(`www.${rng.pick(['nassawangovalley', 'annemessexbay', 'pungoteaguecreek'])}.org/mychart?pt=${rng.digits(6)}`, 'URL', 'h14.url.query-patient');
}
export function h14Ip(rng: Rng): Frag {
  return phi(`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, 'IP', 'h14.ip.private-ten');
}
export function h14Ssn(rng: Rng): Frag {
  const a = String(rng.int(101, 665)), b = p2(rng.int(1, 99)), c = String(rng.int(1001, 9999));
  return rng.weighted<Frag>([
    [1, ['xxx-xx-', phi(c, 'SSN', 'h14.ssn.last-four-masked-prefix')]],
    [1, phi(`${a}-${b}-${c}`, 'SSN', 'h14.ssn.dashed-14')],
  ]);
}
export function h14Mrn(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [2, phi(`${rng.digits(3)}-${rng.digits(2)}-${rng.digits(2)}-${rng.digits(1)}`, 'MRN', 'h14.mrn.three-two-two-one')],
    [1, phi(`U${rng.digits(7)}`, 'MRN', 'h14.mrn.u-unit-number')],
    [1, phi(`${rng.digits(4)}.${rng.digits(4)}`, 'MRN', 'h14.mrn.dotted-eight')],
  ]);
}
export function h14Account(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`V${rng.digits(9)}`, 'ACCOUNT', 'h14.account.visit-v')],
    [1, phi(`${rng.letters(3).toUpperCase()}${rng.digits(9)}`, 'ACCOUNT', 'h14.account.payer-three-letter')],
    [1, phi(`${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`, 'ACCOUNT', 'h14.account.spaced-ten')],
  ]);
}
export function h14License(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`CNM-${rng.digits(5)}`, 'LICENSE', 'h14.license.midwife')],
    [1, phi(`ARRT ${rng.digits(6)}`, 'LICENSE', 'h14.license.radiologic-technologist')],
    [1, phi(`${rng.letters(1).toUpperCase()}-${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}`, 'LICENSE', 'h14.license.drivers-letter-four-groups')],
    [1, phi(`OTR/L ${rng.digits(5)}`, 'LICENSE', 'h14.license.occupational-therapist')],
  ]);
}
export type H14IdKind = 'stone-analysis' | 'andrology' | 'birth-registry' | 'i693-case' | 'allergen-vial' | 'stress-study' | 'splint-order' | 'pft' | 'mammo-recall' | 'band-adjust';
export function h14Id(rng: Rng, kind: H14IdKind): Frag {
  const v: Record<H14IdKind, () => string> = {
    'stone-analysis': () => `KS-${rng.digits(2)}-${rng.digits(5)}`,
    'andrology': () => `AND${rng.digits(6)}`,
    'birth-registry': () => `${rng.digits(3)}-${rng.digits(4)}-${rng.digits(6)}`,
    'i693-case': () => `IOE${rng.digits(10)}`,
    'allergen-vial': () => `VL-${rng.letters(2).toUpperCase()}${rng.digits(4)}`,
    'stress-study': () => `NST${rng.digits(2)}-${rng.digits(4)}`,
    'splint-order': () => `HT/${rng.digits(5)}`,
    'pft': () => `PF${rng.digits(7)}`,
    'mammo-recall': () => `MR${rng.digits(3)}-${rng.digits(3)}`,
    'band-adjust': () => `LB-${rng.digits(4)}-${rng.letters(1).toUpperCase()}`,
  };
  return phi(v[kind](), 'ID', `h14.id.${kind}`);
}
export function h14Device(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`S/N ${rng.letters(2).toUpperCase()}${rng.digits(6)}`, 'DEVICE', 'h14.device.slash-sn-letters')],
    [1, phi(`${rng.digits(3)}-${rng.digits(3)}-${rng.digits(3)}`, 'DEVICE', 'h14.device.port-serial-nines')],
    [1, phi(`LOT ${rng.letters(1).toUpperCase()}${rng.digits(5)}${rng.letters(1).toUpperCase()}`, 'DEVICE', 'h14.device.pen-lot')],
  ]);
}
export function h14Vehicle(rng: Rng): Frag {
  return rng.weighted<Frag>([
    [1, phi(`${rng.pick(['MD', 'VA'])} ${rng.digits(4)} ${rng.letters(2).toUpperCase()}`, 'VEHICLE', 'h14.vehicle.boat-number')],
    [1, phi(`TR${rng.digits(5)}`, 'VEHICLE', 'h14.vehicle.trailer-plate')],
    [1, phi(`${rng.letters(3).toUpperCase()}-${rng.digits(4)}`, 'VEHICLE', 'h14.vehicle.three-letters-dash-four')],
  ]);
}
