// Owns the telephone encounter style: caller, call-back number, message, advice and routing, in the
// short "Caller / Reason / Action" shape EHR phone notes take.
import { anyDate, timeText } from '../dates';
import { identifier } from '../identifiers';
import { fullName, signature, doctor, firstNameOnly, titledSurname } from '../names';
import { phone, email } from '../contacts';
import { institution } from '../places';
import { COMPLAINTS } from '../clinical';
import { dobLine, narrativeSentence, prescriberIds, relative } from '../phrases';
import { brandWithDose } from '../protectedTerms';
import { f, type Frag } from '../segments';
import { keepCase, type NoteStyle } from '../style';

export const telephoneEncounter: NoteStyle = {
  name: 'telephone_encounter',
  caseMode: keepCase,
  render(rng, c) {
    const self = rng.chance(0.5);
    const rel = relative(rng, c);
    const caller: Frag = self ? f`patient (${fullName(rng, c.patient)})` : f`${rel.relation}, ${fullName(rng, rel.person)}`;
    const reason = rng.pick([
      () => f`requesting refill of ${brandWithDose(rng)} to ${institution(rng, 'location.pharmacy')}`,
      () => f`pharmacist from ${institution(rng, 'location.pharmacy')} (${phone(rng)}) needs prescriber ${prescriberIds(rng)} for ${brandWithDose(rng)}`,
      () => f`calling about a bill; ${identifier(rng, 'id.claim')}`,
      () => f`reports ${rng.pick(COMPLAINTS)} since ${anyDate(rng, rng.pick(c.events))}`,
      () => f`asking for lab results from ${anyDate(rng, c.events[0])}`,
      () => f`needs FMLA paperwork faxed to employer at ${phone(rng)}`,
      () => f`wants to reschedule appt with ${doctor(rng, c.clinicians[0])}`,
    ])();
    return f`${rng.pick(['TELEPHONE ENCOUNTER', 'Telephone Encounter', 'Phone Note', 'PHONE CALL'])}\n${anyDate(rng, c.visit)} ${timeText(rng)}\n${fullName(rng, c.patient)}  ${dobLine(rng, c)}  ${identifier(rng, 'id.mrn')}\n\nCaller: ${caller}\nCall back #: ${phone(rng)}${rng.chance(0.3) ? f` or ${phone(rng)}` : ''}\nReason: ${reason}.\n${rng.chance(0.4) ? f`Verified identity with name and DOB. ${rng.chance(0.5) ? f`Confirmed e-mail ${email(rng, self ? c.patient : rel.person)}.` : ''}\n` : ''}Advice: ${rng.pick(['Push fluids, return if worse.', 'Advised ED if chest pain recurs.', 'Refill sent.', 'Will route to provider.'])} ${rng.chance(0.5) ? f`Told ${self ? titledSurname(rng, c.patient) : firstNameOnly(rel.person)} to call back at ${rng.pick(['the clinic', phone(rng)])}.` : ''}\n${rng.chance(0.4) ? f`${narrativeSentence(rng, c)}\n` : ''}Routed to: ${doctor(rng, c.clinicians[0])}\n${signature(rng, c.clinicians[1], rng.pick([', RN', ', MA', ', LPN', ' CMA']))}\n`;
  },
};
