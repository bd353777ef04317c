// Owns the radiology report style: exam header with accession, indication, technique, comparison,
// findings and impression, with the reading radiologist's signature.
import { anyDate, fullDate, timeText } from '../dates';
import { identifier } from '../identifiers';
import { fullName, signature, doctor } from '../names';
import { institution } from '../places';
import { phone } from '../contacts';
import { agePhrase, dobLine } from '../phrases';
import { f } from '../segments';
import { term } from '../segments';
import { keepCase, type NoteStyle } from '../style';

const EXAMS = ['CT CHEST WITH CONTRAST', 'CT abdomen/pelvis w/o contrast', 'XR CHEST 2 VIEWS', 'MRI BRAIN W/WO CONTRAST', 'US RUQ', 'CTA chest PE protocol', 'XR LEFT HIP 2V', 'US bilateral lower extremity venous duplex'];
const FINDINGS = [
  'No focal consolidation, effusion or pneumothorax.', 'Cardiomegaly with mild interstitial edema.', 'Small bilateral pleural effusions.',
  'Gallbladder wall thickening with pericholecystic fluid; sonographic Murphy sign positive.', 'No acute intracranial hemorrhage.',
  'Filling defect in the right lower lobe segmental artery.', 'Nondisplaced fracture of the left femoral neck.', 'No DVT.',
];

export const radiologyReport: NoteStyle = {
  name: 'radiology_report',
  caseMode: keepCase,
  render(rng, c) {
    if (rng.chance(0.3)) {
      // Overnight preliminary read: short, with the call documented in free text.
      return f`${rng.pick(['PRELIMINARY REPORT', 'Prelim read', 'WET READ'])} - ${rng.pick(EXAMS)}\n${fullName(rng, c.patient)} / ${identifier(rng, 'id.mrn', false)} / ${identifier(rng, 'id.accession', false)}\n${rng.pick(FINDINGS)} ${rng.pick(FINDINGS)}\nDiscussed with ${doctor(rng, c.clinicians[0])} ${rng.pick(['by phone', 'at bedside', 'via secure chat'])} at ${timeText(rng)} on ${anyDate(rng, c.visit)}.\nFinal report to follow. - ${signature(rng, c.clinicians[1], rng.pick([', MD (resident)', ' MD', ', PGY-3']))}\n`;
    }
    const rad = c.clinicians[1];
    const exam = rng.pick(EXAMS);
    const murphy = rng.chance(0.3);
    return f`${institution(rng, 'location.hospital')} - Department of ${rng.pick(['Radiology', 'Diagnostic Imaging', 'Medical Imaging'])}\n${rng.pick(['EXAM', 'Exam', 'PROCEDURE'])}: ${exam}\n${rng.pick(['PATIENT', 'Name', 'Pt name'])}: ${fullName(rng, c.patient)}   ${dobLine(rng, c)}\n${identifier(rng, 'id.mrn')}   ${identifier(rng, 'id.accession')}   ${rng.chance(0.5) ? identifier(rng, 'id.order') : ''}\nDate of service: ${fullDate(rng, c.visit)} ${timeText(rng)}\nOrdering: ${doctor(rng, c.clinicians[0])}\n\nINDICATION: ${agePhrase(rng, c)} with ${rng.pick(['SOB', 'RUQ pain', 'fall', 'headache', 'hypoxia, elevated Wells score', 'leg swelling'])}.\nTECHNIQUE: ${rng.pick(['Axial images with IV contrast.', 'PA and lateral views.', 'Standard protocol.', 'Grayscale and Doppler imaging.'])}\nCOMPARISON: ${rng.chance(0.7) ? f`${anyDate(rng, rng.pick(c.events))}${rng.chance(0.4) ? f` from ${institution(rng, 'location.hospital')}` : ''}` : 'None.'}\n\nFINDINGS:\n${rng.sample(FINDINGS, rng.int(1, 3)).join('\n')}\n${murphy ? f`Clinical ${term("Murphy's sign")} reported by ordering provider.\n` : ''}\nIMPRESSION:\n1. ${rng.pick(FINDINGS)}\n${rng.chance(0.5) ? f`2. Findings called to ${doctor(rng, c.clinicians[0])} at ${timeText(rng)} on ${anyDate(rng, c.visit)}, read back confirmed.\n` : ''}\n${rng.pick(['Electronically signed by ', 'Signed: ', 'Reading radiologist: ', 'Dictated by: '])}${signature(rng, rad, rng.pick([', MD', ' M.D.', ', DO']))}${rng.chance(0.4) ? f` (reading room ${phone(rng)})` : ''}\n`;
  },
};
