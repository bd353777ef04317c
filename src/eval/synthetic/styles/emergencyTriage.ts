// Owns the emergency department triage style: arrival line, chief complaint, triage vitals and
// acuity, EMS handoff, brief history, belongings and contacts.
import { anyDate, timeText } from '../dates';
import { identifier } from '../identifiers';
import { fullName, signature, doctor } from '../names';
import { phone } from '../contacts';
import { town, institution } from '../places';
import { COMPLAINTS, vitals } from '../clinical';
import { agePhrase, dobLine, narrativeSentence, protectedList, relative, socialSentence } from '../phrases';
import { vehicle } from '../identifiers';
import { f, term } from '../segments';
import { keepCase, type NoteStyle } from '../style';

export const emergencyTriage: NoteStyle = {
  name: 'emergency_triage',
  caseMode: keepCase,
  render(rng, c) {
    const rel = relative(rng, c);
    const arrival = rng.pick(['EMS', 'private vehicle', 'walk-in', 'ambulance', 'police', 'wheelchair']);
    return f`${rng.pick(['ED TRIAGE NOTE', 'Emergency Department Triage', 'TRIAGE', 'ED Triage Assessment'])}\nArrival: ${anyDate(rng, c.visit)} ${timeText(rng)} via ${arrival}${arrival === 'EMS' || arrival === 'ambulance' ? f` from ${town(rng)}` : ''}\n${rng.pick(['Pt', 'Patient', 'Name'])}: ${fullName(rng, c.patient)}  ${dobLine(rng, c)}  ${identifier(rng, rng.pick(['id.mrn', 'id.encounter']))}\nCC: ${rng.pick(COMPLAINTS)} x ${rng.int(1, 5)} ${rng.pick(['days', 'hrs', 'weeks'])}\nESI: ${rng.int(1, 5)}   ${vitals(rng)}   Pain ${rng.int(0, 10)}/10\n${term('Glasgow Coma Scale', 'Glasgow Coma Scale')}: ${rng.int(8, 15)}\nHx: ${agePhrase(rng, c)} ${rng.pick(['with', 'w/', 'hx'])} ${protectedList(rng, rng.int(1, 3))}. ${rng.chance(0.4) ? f`PCP ${doctor(rng, c.clinicians[2])} at ${institution(rng, 'location.practice')}.` : ''}\n${rng.chance(0.4) ? f`MVC: ${vehicle(rng)}; ${rng.pick(['airbags deployed', 'rollover', 'low speed'])}.\n` : ''}${rng.chance(0.5) ? f`C-SSRS screen (${term('Columbia Suicide Severity Rating Scale')}): ${rng.pick(['negative', 'low risk', 'positive - sitter ordered'])}.\n` : ''}${rng.chance(0.5) ? f`${narrativeSentence(rng, c)}\n` : ''}Contact: ${rel.relation} ${fullName(rng, rel.person)} ${phone(rng)}\n${socialSentence(rng, c)}\nBelongings: ${rng.pick(['clothes, phone', 'wallet given to family', 'none'])}\nTriage RN: ${signature(rng, c.clinicians[3] ?? c.clinicians[0], rng.pick([', RN', ' RN', '']))}  Assigned: ${doctor(rng, c.clinicians[0])}\n`;
  },
};
