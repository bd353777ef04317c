// Owns the discharge summary style: header block, course by problem, discharge meds, follow-up.
import { fullDate, anyDate } from '../dates';
import { identifier } from '../identifiers';
import { fullName, signature, doctor } from '../names';
import { institution, fullAddress } from '../places';
import { phone } from '../contacts';
import { GENERIC_MEDS, PLAN_LINES, PROBLEMS, labs } from '../clinical';
import { narrativeSentence, prescriberIds, agePhrase, bareYearHistory, clinicianList, clinicianRef, dobLine, eventDate, patientRef, protectedList, shortDateRef, socialBlock } from '../phrases';
import { brandWithDose } from '../protectedTerms';
import { f, join, type Frag } from '../segments';
import { keepCase, type NoteStyle } from '../style';

export const dischargeSummary: NoteStyle = {
  name: 'discharge_summary',
  caseMode: keepCase,
  render(rng, c) {
    const [att, cons, pcp] = c.clinicians;
    const admit = c.events[0], dc = c.visit;
    const hdr = rng.pick(['DISCHARGE SUMMARY', 'Discharge Summary', 'HOSPITAL DISCHARGE SUMMARY', 'Discharge Summary / Transfer Note']);
    const nl = rng.pick(['\n', '\n\n']);
    const header: Frag = rng.chance(0.5)
      ? f`${institution(rng, 'location.hospital')}\n${hdr}\n\nPatient: ${fullName(rng, c.patient)}    ${identifier(rng, 'id.mrn')}\n${dobLine(rng, c)}    ${identifier(rng, rng.pick(['id.account', 'id.encounter']))}\nAdmission Date: ${fullDate(rng, admit)}\nDischarge Date: ${fullDate(rng, dc)}\nAttending: ${fullName(rng, att)}${rng.pick([', MD', ' MD', ''])}\n`
      : f`${hdr}\nNAME: ${fullName(rng, c.patient)}\n${identifier(rng, 'id.mrn')}  ${dobLine(rng, c)}\nADMITTED: ${anyDate(rng, admit)}  DISCHARGED: ${anyDate(rng, dc)}\nATTENDING PHYSICIAN: ${doctor(rng, att)}\nPCP: ${fullName(rng, pcp)}, ${institution(rng, 'location.practice')}, ${phone(rng)}\n`;
    const problems = rng.sample(PROBLEMS, rng.int(2, 4));
    const course: Frag[] = problems.map((p, i) => f`${i + 1}. ${p[0].toUpperCase() + p.slice(1)}: ${rng.pick(PLAN_LINES)} ${rng.chance(0.4) ? f`${cap(rng.pick(['seen by', 'evaluated by', 'discussed with']))} ${clinicianRef(rng, c)} ${shortDateRef(rng, rng.pick(c.events))}.` : ''}`);
    return f`${header}${nl}HISTORY OF PRESENT ILLNESS:\n${patientRef(rng, c)} is a ${agePhrase(rng, c)} with ${protectedList(rng, 1)} and ${rng.pick(PROBLEMS)} (${bareYearHistory(rng, c)}) who presented to ${institution(rng, 'location.hospital')} ${shortDateRef(rng, admit)} with ${rng.pick(['worsening dyspnea', 'fever', 'chest pain', 'a fall'])}. ${rng.chance(0.7) ? narrativeSentence(rng, c) : ''}${nl}HOSPITAL COURSE:\n${join(course, '\n')}\nLabs at discharge: ${labs(rng)}.\n${rng.chance(0.6) ? f`Case reviewed with ${clinicianList(rng, c)}.\n` : ''}${nl}SOCIAL HISTORY: ${socialBlock(rng, c)}${nl}DISCHARGE MEDICATIONS:\n${join([...rng.sample(GENERIC_MEDS, rng.int(2, 4)), brandWithDose(rng), brandWithDose(rng)].map((m) => ['- ', m]), '\n')}${nl}DISPOSITION: ${rng.pick(['Home with services', 'SNF', 'Home', 'Acute rehab'])}${rng.chance(0.5) ? f` to ${fullAddress(rng, false)}` : ''}.\nFOLLOW-UP: ${doctor(rng, pcp)} ${rng.pick(['in 1 week', 'on', 'within 7-10 days,'])} ${eventDate(rng, c)}; call ${phone(rng)}.\n${rng.pick(['Dictated by: ', 'Electronically signed by: ', '/s/ ', '', 'Signed: '])}${signature(rng, rng.pick([att, cons]))} ${anyDate(rng, dc)}\n${rng.chance(0.4) ? f`${prescriberIds(rng)}\n` : ''}`;
  },
};

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
