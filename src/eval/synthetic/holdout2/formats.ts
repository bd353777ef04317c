// Owns the written forms of the second held-out PHI check: formats neither the main generator nor
// the first held-out check writes (international phones and day-first dotted dates, UK/Canadian
// postcodes beside US ZIPs, Spanish/Portuguese/Vietnamese/Chinese/Arabic names with particles and
// hyphens, unit/suite/PO box/rural route addresses, e-mail header dates and addresses, OCR spacing,
// accession/specimen/claim/authorization numbers, Medicare MBIs, VINs, IPv6). It was written before
// any recognizer was changed for held-out #1 and must never be tuned on: it is the honest estimate.
import type { Rng } from '../prng';
import { namePools } from '../namePools';
import { phi, type Frag, type PhiSeg } from '../segments';
import type { Ymd } from '../dates';
import { MONTHS, MON3, p2, yy } from '../dates';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Date writers; kind prefix "h2.date." keeps them apart in the report. */
const DATE_FORMS: Record<string, readonly ((x: Ymd, rng: Rng) => string)[]> = {
  'h2.date.dmy-dotted': [(x) => `${p2(x.d)}.${p2(x.m)}.${x.y}`, (x) => `${x.d}.${x.m}.${x.y}`],
  'h2.date.dmy-slash-intl': [(x) => `${p2(x.d)}/${p2(x.m)}/${x.y}`, (x) => `${x.d}/${x.m}/${yy(x.y)}`],
  'h2.date.email-header': [(x) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`, (x) => `${x.d} ${MON3[x.m - 1]} ${x.y}`],
  'h2.date.iso-timestamp': [(x, r) => `${x.y}-${p2(x.m)}-${p2(x.d)}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:00Z`, (x, r) => `${x.y}${p2(x.m)}${p2(x.d)}${p2(r.int(0, 23))}${p2(r.int(0, 59))}`],
  'h2.date.ocr-spaced': [(x) => `${p2(x.m)} / ${p2(x.d)} / ${x.y}`, (x) => `${p2(x.m)}/ ${p2(x.d)} /${x.y}`, (x) => `${x.m} -${x.d}- ${x.y}`],
  'h2.date.upper-dmy': [(x) => `${p2(x.d)}-${MON3[x.m - 1].toUpperCase()}-${x.y}`, (x) => `${p2(x.d)}${MON3[x.m - 1].toUpperCase()}${x.y}`],
  'h2.date.month-year': [(x) => `${MONTHS[x.m - 1]} of ${x.y}`, (x) => `${MON3[x.m - 1]} '${yy(x.y)}`, (x) => `${p2(x.m)}/${x.y}`],
  'h2.date.day-ordinal': [(x) => `${x.d}${x.d === 1 || x.d === 21 || x.d === 31 ? 'st' : x.d === 2 || x.d === 22 ? 'nd' : x.d === 3 || x.d === 23 ? 'rd' : 'th'}`],
};
export const H2_DATE_KINDS = Object.keys(DATE_FORMS);

// The weekday and the clock time are not date elements under Safe Harbor, so they sit outside the span.
const DATE_FRAMES: Record<string, (rng: Rng, date: PhiSeg) => Frag> = {
  'h2.date.email-header': (rng, date) => [`${rng.pick(WEEKDAYS)}, `, date, ` ${rng.int(1, 12)}:${p2(rng.int(0, 59))} ${rng.pick(['AM', 'PM', '-0500'])}`],
  'h2.date.day-ordinal': (rng, date) => [`${rng.pick(WEEKDAYS)} the `, date],
};

export function h2Date(rng: Rng, x: Ymd, kind = rng.pick(H2_DATE_KINDS)): Frag {
  const date = phi(rng.pick(DATE_FORMS[kind])(x, rng), 'DATE', kind);
  return DATE_FRAMES[kind]?.(rng, date) ?? date;
}

/** International and OCR-damaged phones. */
export function h2Phone(rng: Rng): PhiSeg {
  const a = `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`, e = `${rng.int(2, 9)}${rng.digits(2)}`, l = rng.digits(4);
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`+44 ${rng.pick(['20', '161', '113', '7700'])} ${rng.digits(3)} ${rng.digits(4)}`, 'PHONE', 'h2.phone.uk')],
    [1, () => phi(`+44 (0)${rng.int(1, 9)}${rng.digits(3)} ${rng.digits(6)}`, 'PHONE', 'h2.phone.uk-trunk')],
    [2, () => phi(`+91 ${rng.int(7, 9)}${rng.digits(4)} ${rng.digits(5)}`, 'PHONE', 'h2.phone.india')],
    [1, () => phi(`+52 ${rng.int(1, 9)}${rng.digits(1)} ${rng.digits(4)} ${rng.digits(4)}`, 'PHONE', 'h2.phone.mexico')],
    [2, () => phi(`+1 (${a}) ${e}-${l}`, 'PHONE', 'h2.phone.plus1-parens')],
    [2, () => phi(`+1.${a}.${e}.${l}`, 'PHONE', 'h2.phone.plus1-dots')],
    [2, () => phi(`(${a[0]} ${a.slice(1)}) ${e}-${l}`, 'PHONE', 'h2.phone.ocr-broken')],
    [1, () => phi(`${a} ${e}-${l[0]} ${l.slice(1)}`, 'PHONE', 'h2.phone.ocr-split')],
    [1, () => phi(`1 ${a} ${e} ${l}`, 'PHONE', 'h2.phone.one-spaces')],
  ])();
}

/** Postal codes of other countries, and US ZIPs in OCR spacing. */
export function h2Postcode(rng: Rng): PhiSeg {
  const L = (n: number) => rng.letters(n, 'ABCDEFGHJKLMNPRSTUWXY');
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`${L(2)}${rng.int(1, 9)} ${rng.int(1, 9)}${L(2)}`, 'ADDRESS', 'h2.address.uk-postcode')],
    [2, () => phi(`${L(1)}${rng.int(1, 9)}${L(1)} ${rng.int(1, 9)}${L(1)}${rng.int(1, 9)}`, 'ADDRESS', 'h2.address.ca-postcode')],
    [1, () => phi(`${rng.int(1, 8)}${rng.digits(5)}`, 'ADDRESS', 'h2.address.in-pin')],
    [2, () => phi(`${rng.digits(5)}-${rng.digits(4)}`, 'ADDRESS', 'h2.address.zip4-dash')],
  ])();
}

// Name pools by naming tradition; compound surnames, particles and hyphens are the point.
const ES_FIRST = ['María José', 'Juan Carlos', 'Ximena', 'Guadalupe', 'José Luis', 'Itzel', 'Rocío', 'Maricruz', 'Eulalio', 'Yesenia'];
const ES_LAST = ['García', 'Hernández', 'Zúñiga', 'Ibarra', 'Villaseñor', 'Olvera', 'Cuauhtli', 'Treviño', 'Echeverría', 'Mondragón'];
const PT_FIRST = ['João', 'Conceição', 'Thiago', 'Graça', 'Leandro', 'Aparecida', 'Vinícius', 'Iracema'];
const PT_LAST = ['Magalhães', 'Assunção', 'Figueiredo', 'Gonçalves', 'Brandão', 'Loureiro', 'Sampaio', 'Quaresma'];
const VI_FAMILY = ['Nguyễn', 'Trần', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Nguyen', 'Tran', 'Pham'];
const VI_MIDDLE = ['Thị', 'Văn', 'Ngọc', 'Minh', 'Thi', 'Van', 'Quang'];
const VI_GIVEN = ['Hương', 'Dũng', 'Lan', 'Tuấn', 'Hoa', 'Khoa', 'Thuy', 'Bao', 'Phuong', 'Long'];
const ZH_FAMILY = ['Wang', 'Zhang', 'Liu', 'Huang', 'Zhou', 'Xu', 'Guo', 'Ma', 'Zheng', 'Ouyang'];
const ZH_GIVEN = ['Xiaoming', 'Jianguo', 'Li-Na', 'Mei-Ling', 'Yufei', 'Zhiwei', 'Xiu Ying', 'Hao', 'Qing', 'Wen-Jie'];
const AR_FIRST = ['Abdul-Rahman', 'Nour', 'Fatima-Zahra', 'Youssef', 'Layla', 'Abdel Karim'];
const AR_LAST = ['Al Mansouri', 'El-Sayed', 'Abu Khalil', 'Bin Talal', 'Haddad', 'Al-Qasimi'];

export interface H2Person {
  given: string;
  family: string;
  /** How the full name is written in its own tradition (family-first for Chinese and Vietnamese). */
  native: string;
  sex: 'F' | 'M';
}

export function h2Person(rng: Rng): H2Person {
  const sex: 'F' | 'M' = rng.chance(0.5) ? 'F' : 'M';
  return rng.weighted<() => H2Person>([
    [3, () => {
      const given = rng.pick(ES_FIRST);
      const family = rng.weighted<() => string>([
        [2, () => `${rng.pick(ES_LAST)} ${rng.pick(ES_LAST)}`],
        [2, () => `${rng.pick(ES_LAST)}-${rng.pick(ES_LAST)}`],
        [1, () => `${rng.pick(['de la', 'del', 'de los', 'y'])} ${rng.pick(ES_LAST)}`],
        [1, () => `${rng.pick(ES_LAST)} de ${rng.pick(ES_LAST)}`],
      ])();
      return { given, family, native: `${given} ${family}`, sex };
    }],
    [2, () => {
      const given = rng.pick(PT_FIRST);
      const family = `${rng.pick(['dos', 'da', 'das', 'do'])} ${rng.pick(PT_LAST)} ${rng.pick(PT_LAST)}`;
      return { given, family, native: `${given} ${family}`, sex };
    }],
    [2, () => {
      const family = rng.pick(VI_FAMILY);
      const given = `${rng.pick(VI_MIDDLE)} ${rng.pick(VI_GIVEN)}`;
      return { given, family, native: `${family} ${given}`, sex };
    }],
    [2, () => {
      const family = rng.pick(ZH_FAMILY);
      const given = rng.pick(ZH_GIVEN);
      return { given, family, native: `${family} ${given}`, sex };
    }],
    [1, () => {
      const given = rng.pick(AR_FIRST);
      const family = rng.pick(AR_LAST);
      return { given, family, native: `${given} ${family}`, sex };
    }],
    [2, () => {
      const pools = namePools();
      const given = rng.pick(pools.censusFirst);
      const family = `${rng.pick(pools.censusSurnames)}-${rng.pick(pools.censusSurnames)}`;
      return { given, family, native: `${given} ${family}`, sex };
    }],
  ])();
}

export function h2Name(rng: Rng, p: H2Person): PhiSeg {
  return rng.weighted<() => PhiSeg>([
    [3, () => phi(p.native, 'NAME', 'h2.name.native-order')],
    [2, () => phi(`${p.family}, ${p.given}`, 'NAME', 'h2.name.family-comma')],
    [1, () => phi(`${p.family.toUpperCase()} ${p.given}`, 'NAME', 'h2.name.family-upper')],
    [1, () => phi(`${p.given} (${rng.pick(['Lupe', 'Mimi', 'Ken', 'Tony', 'Ana', 'Bao'])}) ${p.family}`, 'NAME', 'h2.name.nickname-parens')],
  ])();
}

export function h2Family(p: H2Person, kind = 'h2.name.family-only'): PhiSeg {
  return phi(p.family, 'NAME', kind);
}

export function h2Given(p: H2Person, kind = 'h2.name.given-only'): PhiSeg {
  return phi(p.given, 'NAME', kind);
}

/** "Garcia-Lopez, Maria <mgarcia@…>": display name and address as an e-mail client writes them. */
export function h2EmailAddress(rng: Rng, p: H2Person): PhiSeg {
  const ascii = (s: string) => s.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  const local = rng.pick([`${ascii(p.given)[0]}${ascii(p.family)}`, `${ascii(p.given)}.${ascii(p.family)}`, `${ascii(p.family)}${rng.digits(2)}`]);
  return phi(`${local}@${rng.pick(['clinic-mail.org', 'nhs.net', 'hospital.example.com', 'gmail.com'])}`, 'EMAIL', 'h2.email.header');
}

const BASES = ['Ashgrove', 'Kestrel Bay', 'Tamarind', 'Whitlow', 'Corran', 'Bellhaven', 'Quarry Hill', 'Salix', 'Maple Ridge', 'Owl Creek'];

/** Facilities, schools, employers and churches by their grammar, in forms new to both generators. */
export function h2Organisation(rng: Rng): PhiSeg {
  const b = rng.pick(BASES);
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(rng.pick([`St. ${rng.pick(['Brigid', 'Agnes', 'Cuthbert', 'Finbar'])}'s Hospital`, `Our Lady of ${rng.pick(['Lourdes', 'Fatima', 'Sorrows'])} Medical Center`, `${b} General`, `${b} Memorial Hosp.`]), 'LOCATION', 'h2.location.hospital')],
    [1, () => phi(rng.pick([`Hospital Universitário ${b}`, `Clínica ${b}`, `${b} NHS Foundation Trust`]), 'LOCATION', 'h2.location.intl-facility')],
    [1, () => phi(`${b} ${rng.pick(['Elementary School', 'High School', 'Community College', 'Montessori'])}`, 'LOCATION', 'h2.location.school')],
    [1, () => phi(`${b} ${rng.pick(['Manufacturing Co.', 'Logistics LLC', 'Poultry Inc.', 'Steel Works'])}`, 'LOCATION', 'h2.location.employer')],
    [1, () => phi(`${rng.pick(['First Baptist Church of', 'Iglesia Cristiana', 'Temple Beth', 'Holy Trinity Parish,'])} ${b}`, 'LOCATION', 'h2.location.church')],
    [1, () => phi(`${b} ${rng.pick(['Outpatient Surgery', 'Endoscopy Suite', 'Cath Lab', 'Reference Laboratory'])}`, 'LOCATION', 'h2.location.unit')],
  ])();
}

export function h2City(rng: Rng): PhiSeg {
  return phi(rng.pick([rng.pick(namePools().cities), `${rng.pick(BASES)}`, rng.pick(['Guadalajara', 'Pune', 'Leeds', 'Da Nang', 'Porto Alegre', 'Chengdu', 'Mississauga'])]), 'LOCATION', 'h2.location.city');
}

/** Street lines with units, suites, PO boxes and rural routes, and the foreign "Flat 2, 14 …". */
export function h2Street(rng: Rng): PhiSeg {
  const name = rng.pick(namePools().censusSurnames);
  return rng.weighted<() => PhiSeg>([
    [2, () => phi(`${rng.int(1, 9999)} ${name} ${rng.pick(['Blvd', 'Pkwy', 'Hwy', 'Ct'])}, ${rng.pick(['Unit', 'Ste', 'Suite', 'Apt.', 'Bldg'])} ${rng.int(1, 40)}${rng.pick(['', 'B', '-F'])}`, 'ADDRESS', 'h2.address.unit')],
    [1, () => phi(`P.O. Box ${rng.int(1, 99999)}`, 'ADDRESS', 'h2.address.po-box')],
    [1, () => phi(`RR ${rng.int(1, 9)} Box ${rng.int(1, 999)}`, 'ADDRESS', 'h2.address.rural-route')],
    [1, () => phi(`Flat ${rng.int(1, 30)}, ${rng.int(1, 200)} ${name} ${rng.pick(['Road', 'Lane', 'Close', 'Crescent'])}`, 'ADDRESS', 'h2.address.flat')],
    [1, () => phi(`Calle ${name} ${rng.int(1, 999)}, Col. ${rng.pick(BASES)}`, 'ADDRESS', 'h2.address.calle')],
    [1, () => phi(`${rng.int(1, 9999)}${rng.pick(['1/2', ' 1/2'])} ${name} St. Rear`, 'ADDRESS', 'h2.address.half')],
  ])();
}

/** Identifiers by label and shape, new to both generators. */
export function h2Identifier(rng: Rng): Frag {
  const mbi = () => `${rng.int(1, 9)}${rng.letters(1)}${rng.letters(1)}${rng.digits(1)}-${rng.letters(1)}${rng.letters(1)}${rng.digits(1)}-${rng.letters(2)}${rng.digits(2)}`;
  return rng.weighted<() => Frag>([
    [2, () => [rng.pick(['Accession: ', 'Acc# ', 'ACCN ']), phi(`${rng.pick(['S', 'CY', 'SP', 'H'])}${rng.digits(2)}-${rng.digits(5)}`, 'ID', 'h2.id.accession')]],
    [2, () => [rng.pick(['Specimen barcode ', 'Tube label ']), phi(`*${rng.letters(1)}${rng.digits(7)}*`, 'ID', 'h2.id.barcode')]],
    [1, () => [rng.pick(['Order #', 'Req. no. ']), phi(`${rng.digits(4)}${rng.letters(2)}${rng.digits(4)}`, 'ID', 'h2.id.order')]],
    [2, () => [rng.pick(['Claim ', 'Claim no.: ', 'ICN ']), phi(`CLM-${rng.int(2018, 2026)}-${rng.digits(6)}`, 'ACCOUNT', 'h2.id.claim')]],
    [2, () => [rng.pick(['Auth #', 'Authorization number: ', 'PA ref ']), phi(`${rng.letters(2)}${rng.digits(3)}${rng.letters(3)}${rng.digits(1)}`, 'ACCOUNT', 'h2.id.authorization')]],
    [2, () => [rng.pick(['MBI ', 'Medicare ID: ', 'Mcare # ']), phi(mbi(), 'ACCOUNT', 'h2.id.mbi')]],
    [1, () => [rng.pick(['NHS No. ', 'NHS number ']), phi(`${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}`, 'MRN', 'h2.id.nhs')]],
    [1, () => [rng.pick(['Enc ', 'CSN: ', 'Visit # ']), phi(`${rng.letters(1)}${rng.digits(9)}`, 'MRN', 'h2.id.encounter')]],
    [1, () => [rng.pick(['NPI ', 'NPI: ']), phi(`1${rng.digits(9)}`, 'LICENSE', 'h2.id.npi')]],
    [1, () => [rng.pick(['DEA ', 'DEA# ']), phi(`${rng.letters(2)}${rng.digits(7)}`, 'LICENSE', 'h2.id.dea')]],
    [1, () => [rng.pick(['VIN ', 'VIN: ']), phi(`${rng.int(1, 5)}${rng.letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.letters(2)}${rng.digits(2)}${rng.letters(1)}${rng.digits(1)}${rng.letters(1)}${rng.digits(6)}`, 'VEHICLE', 'h2.vehicle.vin')]],
    [1, () => [rng.pick(['Pump serial ', 'Generator S/N ']), phi(`${rng.letters(3)}${rng.digits(6)}${rng.letters(1)}`, 'DEVICE', 'h2.device.serial')]],
  ])();
}

export function h2Url(rng: Rng): PhiSeg {
  return phi(rng.pick([`www.${rng.pick(BASES).toLowerCase().replace(/\s/g, '')}-health.com/portal`, `${rng.pick(BASES).toLowerCase().replace(/\s/g, '')}.clinic/appt?id=${rng.digits(6)}`]), 'URL', 'h2.url.bare');
}

export function h2Ipv6(rng: Rng): PhiSeg {
  const h = () => rng.int(0, 0xffff).toString(16);
  return phi(rng.chance(0.5) ? `fe80::${h()}:${h()}:${h()}:${h()}` : `2001:db8:${h()}:${h()}::${h()}`, 'IP', 'h2.ip.v6');
}

/** Ages over 89 written as an obituary or a triage board writes them. */
export function h2Age(rng: Rng, age: number): Frag {
  return rng.weighted<() => Frag>([
    [2, () => ['aged ', phi(String(age), 'AGE', 'h2.age.aged')]],
    [1, () => ['at the age of ', phi(String(age), 'AGE', 'h2.age.at-the-age')]],
    [2, () => [phi(`${age}${rng.pick(['F', 'M', 'yF', 'yM'])}`, 'AGE', 'h2.age.board')]],
    [1, () => ['in ', rng.pick(['her', 'his']), ' ', phi(`${age}th`, 'AGE', 'h2.age.ordinal-year'), ' year']],
  ])();
}
