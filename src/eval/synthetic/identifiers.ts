// Owns numbered identifiers with the labels EHRs and forms print before them: SSN (dashes, spaces,
// none, last four), medical record / account / encounter / accession / order / specimen / member /
// policy / claim numbers, licence / DEA / NPI numbers, device identifiers (GS1 UDI, serials) and
// vehicles (plates, VINs). The label stays outside the span; the value's shape follows real systems.
import type { PhiType } from '../../engine/types';
import type { Rng } from './prng';
import { phi, type Frag } from './segments';

export function ssn(rng: Rng): Frag {
  const a = String(rng.int(1, 665)).padStart(3, '0'), g = String(rng.int(1, 99)).padStart(2, '0'), s = String(rng.int(1, 9999)).padStart(4, '0');
  const label = rng.pick(['SSN: ', 'SSN ', 'SS#: ', 'Social Security #: ', 'Soc Sec No. ', 'social security number ', 'SSN#', 'S.S.N. ']);
  return rng.weighted<() => Frag>([
    [3, () => [label, phi(`${a}-${g}-${s}`, 'SSN', 'ssn.dashes')]],
    [3, () => [label, phi(`${a} ${g} ${s}`, 'SSN', 'ssn.spaces')]],
    [2, () => [label, phi(`${a}${g}${s}`, 'SSN', 'ssn.no-separator')]],
    [1, () => [label, rng.pick(['XXX-XX-', '***-**-', 'xxx-xx-']), phi(s, 'SSN', 'ssn.last-four')]],
    [1, () => [rng.pick(['last 4 of SSN ', 'SSN (last 4): ', 'last four SSN ']), phi(s, 'SSN', 'ssn.last-four')]],
  ])();
}

interface IdShape {
  type: PhiType;
  kind: string;
  labels: readonly string[];
  values: readonly ((rng: Rng) => string)[];
}

const yy = (rng: Rng) => String(rng.int(15, 27));

const SHAPES: readonly IdShape[] = [
  {
    type: 'MRN', kind: 'id.mrn',
    labels: ['MRN: ', 'MRN ', 'MR#: ', 'MR # ', 'Med Rec #: ', 'Medical Record Number: ', 'Unit No: ', 'Hosp #: ', 'Chart #: ', 'PATIENT ID: ', 'EMPI: ', 'mrn '],
    values: [(r) => r.digits(8), (r) => r.digits(7), (r) => `${r.letters(1)}${r.digits(7)}`, (r) => `${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`, (r) => `${r.digits(2)}-${r.digits(6)}`, (r) => `E${r.digits(9)}`, (r) => `${r.letters(3)}${r.digits(6)}`],
  },
  {
    type: 'ACCOUNT', kind: 'id.account',
    labels: ['Acct #: ', 'Account No. ', 'Account Number: ', 'FIN: ', 'FIN# ', 'HAR: ', 'Billing acct ', 'Guarantor #: '],
    values: [(r) => r.digits(10), (r) => `${r.digits(4)}-${r.digits(5)}`, (r) => `${r.letters(2)}${r.digits(8)}`, (r) => r.digits(9)],
  },
  {
    type: 'ID', kind: 'id.encounter',
    labels: ['Encounter #: ', 'CSN: ', 'Visit ID: ', 'Enc# ', 'Episode No. ', 'Admission #: '],
    values: [(r) => r.digits(10), (r) => `E${yy(r)}-${r.digits(7)}`, (r) => `V${r.digits(8)}`, (r) => `${r.digits(4)}${r.letters(2)}${r.digits(4)}`],
  },
  {
    type: 'ID', kind: 'id.accession',
    labels: ['Accession #: ', 'Accession: ', 'Acc#: ', 'ACC NO. ', 'Exam #: ', 'Case #: '],
    values: [(r) => `S${yy(r)}-${r.int(100, 99999)}`, (r) => `SP-${yy(r)}-${r.digits(6)}`, (r) => `RAD20${yy(r)}${r.digits(6)}`, (r) => `CT${yy(r)}-${r.digits(7)}`, (r) => `${r.letters(2)}${yy(r)}-${r.digits(5)}`, (r) => `M${yy(r)}${r.digits(5)}`],
  },
  {
    type: 'ID', kind: 'id.order',
    labels: ['Order #: ', 'Order ID ', 'Req #: ', 'Requisition No. ', 'Rx #: ', 'Rx# '],
    values: [(r) => r.digits(8), (r) => `ORD-20${yy(r)}-${r.digits(6)}`, (r) => `${r.digits(7)}-${r.digits(2)}`, (r) => `${r.letters(1)}${r.digits(9)}`],
  },
  {
    type: 'ID', kind: 'id.specimen',
    labels: ['Specimen ID: ', 'Specimen #: ', 'Spec # ', 'Block ', 'Slide ID: ', 'Container ID: '],
    values: [(r) => `${yy(r)}-SP-${r.digits(5)}`, (r) => `H${yy(r)}-${r.digits(4)}`, (r) => `${r.letters(1)}${yy(r)}-${r.digits(5)} A${r.int(1, 9)}`, (r) => `${r.digits(2)}${r.letters(1)}${r.digits(6)}`],
  },
  {
    type: 'ACCOUNT', kind: 'id.member',
    labels: ['Member ID: ', 'Member #: ', 'Subscriber ID: ', 'Medicaid ID: ', 'Medicare ID: ', 'MBI: ', 'Insurance ID ', 'ID#: '],
    values: [(r) => `${r.letters(3)}${r.digits(9)}`, (r) => `${r.letters(1)}${r.digits(8)}`, (r) => `${r.int(1, 9)}${r.letters(2)}${r.int(0, 9)}-${r.letters(2)}${r.int(0, 9)}-${r.letters(2)}${r.digits(2)}`, (r) => `${r.digits(9)}${r.letters(1)}`, (r) => `${r.letters(2)}${r.digits(8)}`],
  },
  {
    type: 'ACCOUNT', kind: 'id.policy',
    labels: ['Policy #: ', 'Policy No. ', 'Policy Number: ', 'Pol# ', 'Certificate #: '],
    values: [(r) => `PLC-${r.digits(8)}`, (r) => `${r.letters(3)}${r.digits(7)}`, (r) => `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`, (r) => `${r.letters(1)}${r.digits(10)}`],
  },
  {
    type: 'ACCOUNT', kind: 'id.claim',
    labels: ['Claim #: ', 'Claim No. ', 'Claim Number: ', 'Auth #: ', 'Authorization No. ', 'Reference #: '],
    values: [(r) => `20${yy(r)}${r.digits(9)}`, (r) => `CLM-${r.digits(4)}-${r.digits(4)}`, (r) => `${r.letters(2)}${r.digits(6)}${r.letters(1)}`, (r) => r.digits(12)],
  },
  {
    type: 'LICENSE', kind: 'id.licence',
    labels: ['Lic# ', 'License No. ', 'License #: ', 'Licence: ', 'State license ', 'Medical license ', 'RN lic. ', 'CSR# '],
    values: [(r) => `MD-${r.digits(5)}`, (r) => `${r.letters(1)} ${r.digits(5)}`, (r) => r.digits(7), (r) => `RN${r.digits(6)}`, (r) => `${r.letters(2)}.${r.digits(6)}`],
  },
  {
    type: 'LICENSE', kind: 'id.drivers-licence',
    labels: ['DL# ', "Driver's license ", 'CA DL ', 'Drivers Lic: ', 'ID card # '],
    values: [(r) => `${r.letters(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, (r) => `${r.letters(1)}${r.digits(7)}`, (r) => r.digits(9), (r) => `${r.letters(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`],
  },
  {
    type: 'LICENSE', kind: 'id.dea',
    labels: ['DEA: ', 'DEA # ', 'DEA ', 'DEA Reg. No. '],
    values: [(r) => `${r.pick(['A', 'B', 'F', 'M'])}${r.letters(1)}${r.digits(7)}`],
  },
  {
    type: 'LICENSE', kind: 'id.npi',
    labels: ['NPI: ', 'NPI ', 'NPI# ', 'National Provider ID: '],
    values: [(r) => npi(r)],
  },
];

/** NPI with a valid check digit (Luhn over the 80840 prefix), as real ones have. */
function npi(rng: Rng): string {
  const body = String(rng.int(1, 2)) + rng.digits(8);
  const digits = ('80840' + body).split('').map(Number);
  let sum = 0;
  for (let i = digits.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let v = digits[i] * (dbl ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return body + String((10 - (sum % 10)) % 10);
}

export const ID_KINDS = SHAPES.map((s) => s.kind);

/** Labelled identifier of the given kind ("MRN: 00482913"), or the bare value. */
export function identifier(rng: Rng, kind: string, labelled = true): Frag {
  const shape = SHAPES.find((s) => s.kind === kind);
  if (!shape) throw new RangeError(`identifier: unknown kind ${kind}`);
  const value = phi(rng.pick(shape.values)(rng), shape.type, shape.kind);
  return labelled ? [rng.pick(shape.labels), value] : value;
}

/** GS1 UDI with application identifiers, or a labelled serial number. */
export function device(rng: Rng): Frag {
  if (rng.chance(0.5)) {
    const gtin = `(01)${rng.digits(14)}`;
    const exp = `(17)${rng.int(24, 30)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
    const lot = `(10)${rng.letters(2)}${rng.digits(5)}`;
    const serial = `(21)${rng.letters(3)}${rng.digits(6)}`;
    return [rng.pick(['UDI: ', 'UDI ', 'Device UDI: ', 'Implant UDI ']), phi(rng.pick([gtin + exp + lot + serial, gtin + serial, `${gtin}(11)${rng.digits(6)}${serial}`, `${gtin} ${exp} ${serial}`]), 'DEVICE', 'device.udi')];
  }
  return [rng.pick(['Serial #: ', 'S/N: ', 'SN ', 'serial number ', 'Serial No. ', 'Ser. ']), phi(rng.pick([
    `${rng.letters(3)}${rng.digits(6)}${rng.letters(1)}`, `${rng.digits(4)}-${rng.letters(2)}-${rng.digits(4)}`, `PM${rng.digits(7)}`, `${rng.letters(2)}${rng.digits(8)}`,
  ]), 'DEVICE', 'device.serial')];
}

const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

export function vehicle(rng: Rng): Frag {
  if (rng.chance(0.35)) return [rng.pick(['VIN ', 'VIN: ', 'VIN# ']), phi(rng.letters(17, VIN_ALPHABET), 'VEHICLE', 'vehicle.vin')];
  const plate = rng.pick([
    `${rng.letters(3)}-${rng.digits(4)}`, `${rng.int(1, 9)}${rng.letters(3)}${rng.digits(3)}`, `${rng.letters(3)} ${rng.digits(4)}`,
    `${rng.digits(3)} ${rng.letters(3)}`, `${rng.int(1, 9)}${rng.letters(2)} ${rng.digits(4)}`, `${rng.letters(2)}${rng.digits(2)}${rng.letters(2)}`,
  ]);
  return [rng.pick(['license plate ', 'plate # ', 'tag ', 'plate ', 'Lic. plate: ', 'tag number ']), phi(plate, 'VEHICLE', 'vehicle.plate')];
}
