// Owns the laboratory report style: accession and order numbers, collection and result times,
// result table with flags, critical-value call-back documentation.
import { anyDate, fullDate, timeText } from '../dates';
import { identifier } from '../identifiers';
import { fullName, signature, doctor } from '../names';
import { institution } from '../places';
import { phone } from '../contacts';
import { dobLine } from '../phrases';
import { f, term } from '../segments';
import { keepCase, type NoteStyle } from '../style';

export const labReport: NoteStyle = {
  name: 'lab_report',
  caseMode: keepCase,
  render(rng, c) {
    const rows = [
      `Sodium            ${rng.int(124, 148)}   mmol/L   135-145`, `Potassium         ${rng.int(2, 6)}.${rng.int(0, 9)}   mmol/L   3.5-5.1`,
      `Creatinine        ${rng.int(0, 4)}.${rng.int(0, 9)}   mg/dL    0.6-1.3`, `Hemoglobin        ${rng.int(6, 16)}.${rng.int(0, 9)}   g/dL     12.0-16.0`,
      `TSH               ${rng.int(0, 9)}.${rng.int(10, 99)}  mIU/L    0.4-4.0`, `Lyme Ab screen    ${rng.pick(['Negative', 'Positive', 'Equivocal'])}`,
    ];
    const lyme = rng.chance(0.4);
    return f`${institution(rng, 'location.hospital')} ${rng.pick(['Clinical Laboratory', 'Core Lab', 'Laboratory Services'])}\n${rng.pick(['CLIA #', 'CLIA'])} ${rng.digits(2)}D${rng.digits(7)}\nPatient: ${fullName(rng, c.patient)}   ${dobLine(rng, c)}   Sex: ${c.patient.sex}\n${identifier(rng, 'id.mrn')}   ${identifier(rng, 'id.accession')}   ${identifier(rng, 'id.order')}${rng.chance(0.4) ? f`   ${identifier(rng, 'id.account')}` : ''}\nCollected: ${fullDate(rng, c.visit)} ${timeText(rng)}   Received: ${anyDate(rng, c.visit)} ${timeText(rng)}\nOrdering provider: ${doctor(rng, c.clinicians[0])}  ${identifier(rng, 'id.npi')}\n\nTEST              RESULT  UNITS    REF RANGE\n${rng.sample(rows, rng.int(3, 6)).join('\n')}\n${lyme ? f`Comment: ${term('Lyme disease')} serology by two-tier testing.\n` : ''}${rng.chance(0.5) ? f`CRITICAL VALUE called to ${fullName(rng, c.clinicians[1])}, RN at ${timeText(rng)} ${anyDate(rng, c.visit)}; read back. Call-back ${phone(rng)}.\n` : ''}Verified by: ${signature(rng, c.clinicians[2] ?? c.clinicians[0], rng.pick([', MT(ASCP)', ', MLS', ' MT']))}\n`;
  },
};
