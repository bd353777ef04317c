// Owns the surgical pathology / cytology report style: case and specimen numbers, gross and
// microscopic descriptions, diagnosis with grading systems, pathologist sign-out.
import { anyDate, fullDate } from '../dates';
import { identifier } from '../identifiers';
import { fullName, signature, doctor } from '../names';
import { institution } from '../places';
import { agePhrase, dobLine } from '../phrases';
import { f, term } from '../segments';
import { keepCase, type NoteStyle } from '../style';

export const pathologyReport: NoteStyle = {
  name: 'pathology_report',
  caseMode: keepCase,
  render(rng, c) {
    if (rng.chance(0.3)) {
      // Synoptic (checklist) report: "Label: value" lines, identifiers in a block at the top.
      return f`SYNOPTIC REPORT - ${rng.pick(['COLON AND RECTUM: Resection', 'BREAST: Invasive Carcinoma', 'PROSTATE: Radical Prostatectomy'])}\nName: ${fullName(rng, c.patient)}\n${identifier(rng, 'id.mrn')}\n${identifier(rng, 'id.accession')}\nProcedure date: ${fullDate(rng, c.visit)}\nSurgeon: ${doctor(rng, c.clinicians[0])}\nTumor size: ${rng.int(1, 6)}.${rng.int(0, 9)} cm\nHistologic grade: G${rng.int(1, 3)}\nMargins: ${rng.pick(['Uninvolved', 'Involved'])}\nLymph nodes: ${rng.int(0, 4)}/${rng.int(5, 22)}\n${rng.chance(0.5) ? f`${term('Gleason score')}: ${rng.int(3, 4)}+${rng.int(3, 5)}\n` : ''}pTNM: pT${rng.int(1, 4)}N${rng.int(0, 2)}\nPathologist: ${signature(rng, c.clinicians[2] ?? c.clinicians[0], ', MD')}  ${anyDate(rng, c.events[1])}\n`;
    }
    const cyto = rng.chance(0.35);
    const path = c.clinicians[2] ?? c.clinicians[0];
    const dx = cyto
      ? f`${rng.pick(['Thyroid, right lobe, FNA', 'Cervix, ThinPrep'])}: ${rng.pick(['Atypia of undetermined significance', 'Benign follicular nodule', 'Negative for intraepithelial lesion or malignancy'])} (${term('Bethesda system', 'Bethesda system')} category ${rng.pick(['II', 'III', 'IV'])}).`
      : rng.pick([
        f`Prostate, needle biopsies: adenocarcinoma, ${term('Gleason score')} ${rng.int(3, 4)}+${rng.int(3, 5)}=${rng.int(6, 9)}.`,
        f`Lymph node, excision: classic ${term('Hodgkin lymphoma')}, nodular sclerosis type.`,
        f`Colon, sigmoid, biopsy: tubular adenoma; no high-grade dysplasia.`,
        f`Esophagus, distal, biopsy: intestinal metaplasia consistent with ${term("Barrett's esophagus")}.`,
        f`Skin, left forearm, shave: basal cell carcinoma, margins clear.`,
      ]);
    return f`${rng.pick(['SURGICAL PATHOLOGY REPORT', 'Cytopathology Report', 'PATHOLOGY CONSULTATION'])}\n${institution(rng, 'location.hospital')}\n${identifier(rng, 'id.accession')}\nPatient: ${fullName(rng, c.patient)}  ${dobLine(rng, c)}  ${identifier(rng, 'id.mrn')}\n${identifier(rng, 'id.specimen')}\nCollected: ${fullDate(rng, c.visit)}  Received: ${anyDate(rng, c.visit)}\nSubmitting physician: ${doctor(rng, c.clinicians[0])}${rng.chance(0.5) ? f`, ${institution(rng, 'location.practice')}` : ''}\n\nCLINICAL HISTORY: ${agePhrase(rng, c)}, ${rng.pick(['elevated PSA', 'thyroid nodule', 'lymphadenopathy', 'screening', 'dysphagia', 'skin lesion'])}.\n\nGROSS DESCRIPTION: Received in formalin labeled with the patient's name ${fullName(rng, c.patient)} and ${rng.pick(['medical record number', 'DOB'])}, ${rng.pick(['three tan cores', 'a 1.2 cm nodule', 'multiple fragments'])}, ${rng.pick(['entirely submitted in cassettes A1-A3', 'submitted in toto'])}.\n\nDIAGNOSIS:\n${dx}\n\n${rng.chance(0.4) ? f`Intradepartmental consultation with ${doctor(rng, c.clinicians[1])}, who concurs.\n` : ''}${rng.pick(['Electronically signed out by ', 'Pathologist: ', '/s/ '])}${signature(rng, path, rng.pick([', MD', ' MD', ', MD, PhD']))} on ${anyDate(rng, c.events[1])}\n`;
  },
};
