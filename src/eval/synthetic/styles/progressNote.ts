// Owns the SOAP progress note style: brief header, S/O/A/P sections, attestation line.
import { anyDate, dateWithWeekday, timeText } from '../dates';
import { identifier } from '../identifiers';
import { fullName, signature, initials } from '../names';
import { pager } from '../contacts';
import { COMPLAINTS, EXAM_LINES, PLAN_LINES, PROBLEMS, labs, vitals } from '../clinical';
import { narrativeSentence, agePhrase, clinicianList, clinicianRef, patientRef, protectedList, shortDateRef, socialSentence } from '../phrases';
import { f, join, type Frag } from '../segments';
import { keepCase, type NoteStyle } from '../style';
import { roomText } from '../places';
import type { Cast } from '../cast';
import type { Rng } from '../prng';

export const progressNote: NoteStyle = {
  name: 'progress_note',
  caseMode: keepCase,
  render(rng, c) {
    return rng.chance(0.35) ? intervalNote(rng, c) : soapNote(rng, c);
  },
};

/** Narrative hospitalist note: interval events, exam, assessment by problem, attestation. */
function intervalNote(rng: Rng, c: Cast): Frag {
  const probs = rng.sample(PROBLEMS, rng.int(2, 3));
  return f`${rng.pick(['Hospital Medicine Progress Note', 'MEDICINE PROGRESS NOTE', 'Progress note (hospitalist)'])} - ${dateWithWeekday(rng, c.visit)}\n${fullName(rng, c.patient)}, ${agePhrase(rng, c)}, ${roomText(rng)}\n\nInterval events: ${rng.pick(['No acute events overnight.', 'Rapid response overnight for hypotension, responded to fluids.', 'Febrile to 38.6 at 0200.'])} ${narrativeSentence(rng, c)}\n\nExam: ${vitals(rng)}. ${rng.sample(EXAM_LINES, 3).join('. ')}.\n\nAssessment and plan:\n${join(probs.map((p) => f`- ${p}: ${rng.pick(PLAN_LINES)}`), '\n')}\n- ${protectedList(rng, 1)}: continue home regimen.\n\nI personally saw and examined the patient with ${rng.chance(0.5) ? clinicianList(rng, c) : clinicianRef(rng, c)} and agree with the plan above.\n${signature(rng, c.clinicians[0], rng.pick([', MD', ' MD', ', DO']))}${rng.chance(0.5) ? f`, ${pager(rng)}` : ''}\n`;
}

function soapNote(rng: Rng, c: Cast): Frag {
  const author = c.clinicians[0];
  const header: Frag = rng.pick([
    () => f`${rng.pick(['Progress Note', 'PROGRESS NOTE', 'Hospitalist Progress Note', 'Daily Progress Note - Medicine'])}\n${anyDate(rng, c.visit)} ${timeText(rng)}\nPt: ${fullName(rng, c.patient)} (${identifier(rng, 'id.mrn', false)})\n`,
    () => f`${rng.pick(['HD #', 'Hospital day '])}${rng.int(2, 9)} - ${dateWithWeekday(rng, c.visit)}\n${initials(rng, c.patient)} ${identifier(rng, 'id.mrn')}\n`,
    () => f`Interval note ${anyDate(rng, c.visit)}\n`,
  ])();
  const so = rng.pick(['S:', 'SUBJECTIVE:', 'Subjective:', 'S/']);
  const o = rng.pick(['O:', 'OBJECTIVE:', 'Objective:', 'O/']);
  const a = rng.pick(['A/P:', 'ASSESSMENT AND PLAN:', 'A:', 'Assessment/Plan:']);
  const probs = rng.sample(PROBLEMS, rng.int(1, 3));
  return f`${header}\n${so} ${patientRef(rng, c)} ${rng.pick(['reports', 'states', 'c/o', 'denies'])} ${rng.pick(COMPLAINTS)} ${rng.pick(['overnight', 'since yesterday', 'improving', 'worse after ambulation'])}. ${rng.chance(0.5) ? socialSentence(rng, c) : ''} ${rng.chance(0.5) ? narrativeSentence(rng, c) : ''}\n${o} ${vitals(rng)}\n${join(rng.sample(EXAM_LINES, rng.int(2, 5)), '\n')}\nLabs: ${labs(rng)}\n\n${a}\n${agePhrase(rng, c)} with ${protectedList(rng, rng.int(1, 2))}, here for ${probs[0]}.\n${join(probs.map((p, i) => f`#${i + 1} ${p} - ${rng.pick(PLAN_LINES)}`), '\n')}\n${rng.chance(0.5) ? f`Discussed with ${clinicianRef(rng, c)}; ${rng.pick(['cards', 'GI', 'ID', 'renal'])} following ${shortDateRef(rng, rng.pick(c.events))}.\n` : ''}${rng.chance(0.3) ? f`Seen and examined with ${clinicianList(rng, c)}.\n` : ''}\n${signature(rng, author)} ${rng.chance(0.5) ? pager(rng) : ''}\n`;
}
