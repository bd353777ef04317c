// Owns the operative note style: pre/post-op diagnoses, procedure, surgeon and assistants,
// anesthesia, findings, implants with their identifiers, EBL and disposition.
import { anyDate, fullDate } from '../dates';
import { device, identifier } from '../identifiers';
import { fullName, signature, doctor } from '../names';
import { institution } from '../places';
import { agePhrase, clinicianList, dobLine, prescriberIds } from '../phrases';
import { PROCEDURES } from '../protectedTerms';
import { f, term } from '../segments';
import { keepCase, type NoteStyle } from '../style';

const OPS = ['laparoscopic cholecystectomy', 'right total hip arthroplasty', 'open reduction internal fixation, left distal radius', 'dual-chamber pacemaker implantation', 'exploratory laparotomy', 'left inguinal hernia repair with mesh'];

export const operativeNote: NoteStyle = {
  name: 'operative_note',
  caseMode: keepCase,
  render(rng, c) {
    const [surgeon, assist, anes] = c.clinicians;
    const op = rng.pick(OPS);
    const eponymProc = rng.pick(PROCEDURES);
    return f`${rng.pick(['OPERATIVE REPORT', 'Operative Note', 'BRIEF OP NOTE'])}\n${institution(rng, 'location.hospital')}\nPatient: ${fullName(rng, c.patient)}   ${identifier(rng, 'id.mrn')}   ${dobLine(rng, c)}\nDate of surgery: ${fullDate(rng, c.visit)}\nSurgeon: ${fullName(rng, surgeon)}, MD\nAssistant${rng.chance(0.5) ? 's' : ''}: ${rng.chance(0.5) ? clinicianList(rng, c) : fullName(rng, assist)}\nAnesthesia: General, ${doctor(rng, anes)}\n\nPREOPERATIVE DIAGNOSIS: ${agePhrase(rng, c)} with ${rng.pick(['symptomatic cholelithiasis', 'osteoarthritis', 'distal radius fracture', 'sick sinus syndrome', 'inguinal hernia'])}.\nPROCEDURE: ${op}; ${term(eponymProc)} ${rng.pick(['used', 'performed', 'placed'])}.\nFINDINGS: ${rng.pick(['Inflamed gallbladder, no spillage.', 'Severe joint space loss.', 'Comminuted fracture, reduced anatomically.', 'Leads placed without difficulty.'])}\nIMPLANTS: ${rng.chance(0.7) ? device(rng) : 'None'}${rng.chance(0.4) ? f`; ${device(rng)}` : ''}\nEBL: ${rng.int(5, 600)} mL.  Specimens: ${rng.chance(0.6) ? identifier(rng, 'id.specimen') : 'none'}\nDISPOSITION: PACU in stable condition. ${rng.chance(0.5) ? f`Family (${fullName(rng, c.relatives[0].person)}) updated in waiting area.` : ''}\nFollow-up in clinic ${anyDate(rng, c.events[3])}.\n\n${rng.pick(['Electronically signed: ', 'Dictated by: ', ''])}${signature(rng, surgeon, ', MD')}${rng.chance(0.4) ? f`  ${prescriberIds(rng)}` : ''}\n`;
  },
};
