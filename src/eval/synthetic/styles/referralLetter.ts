// Owns the referral / consultation letter style: letterhead, date line, addressee, salutation,
// narrative paragraphs, closing and signature block, cc list.
import { fullDate, anyDate } from '../dates';
import { identifier } from '../identifiers';
import { fullName, signature, doctor, titledSurname, firstNameOnly } from '../names';
import { institution, fullAddress } from '../places';
import { email, phone, url } from '../contacts';
import { PROBLEMS } from '../clinical';
import { agePhrase, dobLine, narrativeSentence, protectedList, shortDateRef, socialSentence } from '../phrases';
import { f, join, phi, type Frag } from '../segments';
import { keepCase, type NoteStyle } from '../style';

export const referralLetter: NoteStyle = {
  name: 'referral_letter',
  caseMode: keepCase,
  render(rng, c) {
    const [to, from, cc1, cc2] = c.clinicians;
    const practice = institution(rng, rng.pick(['location.practice', 'location.hospital']));
    const letterhead: Frag = f`${practice}\n${fullAddress(rng, true)}\n${rng.pick(['Tel', 'Phone', 'T'])}: ${phone(rng)}  ${rng.pick(['Fax', 'F'])}: ${phone(rng)}\n${rng.chance(0.5) ? f`${url(rng)}\n` : ''}`;
    const salutation = rng.pick([
      () => f`Dear ${rng.pick(['Dr.', 'Dr', 'Doctor'])} ${phi(to.last, 'NAME', 'name.salutation')},`,
      () => f`Dear ${phi(to.first, 'NAME', 'name.salutation')},`,
      () => f`Dear Colleague,`,
      () => f`Dear ${rng.pick(['Dr.', 'Dr'])} ${phi(`${to.first} ${to.last}`, 'NAME', 'name.salutation')}:`,
    ])();
    const re = f`${rng.pick(['Re:', 'RE:', 'Regarding:', 'Patient:'])} ${fullName(rng, c.patient)}, ${dobLine(rng, c)}${rng.chance(0.5) ? f`, ${identifier(rng, 'id.mrn')}` : ''}`;
    const pron = c.patient.sex === 'F' ? 'She' : 'He';
    const reply = rng.chance(0.4);
    const paras: Frag[] = reply ? [
      f`I had the pleasure of seeing your patient, ${titledSurname(rng, c.patient)}, in the ${rng.pick(['cardiology', 'neurology', 'memory', 'rheumatology', 'sleep'])} clinic ${shortDateRef(rng, c.visit)}. As you know, ${c.patient.sex === 'F' ? 'she' : 'he'} is a ${agePhrase(rng, c)} with ${protectedList(rng, rng.int(1, 2))}.`,
      f`On examination ${rng.pick(['BP was elevated', 'there was a resting tremor', 'she was euthymic', 'there was no focal deficit'])}. ${rng.pick(['I have started', 'We discussed', 'I recommended'])} ${protectedList(rng, 1)}. ${narrativeSentence(rng, c)}`,
      f`I will see ${c.patient.sex === 'F' ? 'her' : 'him'} again ${shortDateRef(rng, c.events[4])}. Please do not hesitate to contact me on ${phone(rng)}.`,
    ] : [
      f`Thank you for ${rng.pick(['seeing', 'your kind review of', 'agreeing to see'])} ${titledSurname(rng, c.patient)}, a ${agePhrase(rng, c)} whom I ${rng.pick(['saw in clinic', 'reviewed', 'have followed for many years'])} ${shortDateRef(rng, c.visit)} regarding ${rng.pick(PROBLEMS)}.`,
      f`${pron} has a background of ${protectedList(rng, rng.int(2, 3))}. ${socialSentence(rng, c)}`,
      f`I would be grateful for your opinion on further management. ${rng.chance(0.5) ? f`${pron} can be reached on ${phone(rng)} or at ${email(rng, c.patient)}.` : f`${pron} prefers to be called ${firstNameOnly(c.patient)}.`}`,
    ];
    const closing = rng.pick(['Yours sincerely,', 'Sincerely,', 'With kind regards,', 'Best regards,', 'Kind regards,']);
    const cc = join([fullName(rng, cc1), cc2 ? f`${doctor(rng, cc2)}, ${institution(rng, 'location.practice')}` : null, rng.chance(0.4) ? 'Patient' : null], rng.pick(['; ', ', ', '\n    ']));
    return f`${letterhead}\n${fullDate(rng, c.visit)}\n\n${doctor(rng, to)}\n${institution(rng, rng.pick(['location.practice', 'location.hospital']))}\n${fullAddress(rng, true)}\n\n${re}\n\n${salutation}\n\n${join(paras, '\n\n')}\n\n${closing}\n\n\n${signature(rng, from, rng.pick([', MD', ' MD', ', DO', ', MBBS', ', M.D.', ', MD, FACP']))}\n${rng.pick(['Consultant Physician', 'Family Physician', 'Attending, Internal Medicine', ''])}\n${rng.chance(0.5) ? f`Direct: ${phone(rng)}  ${email(rng, from)}\n` : ''}\n${rng.pick(['cc:', 'CC:', 'cc', 'Copy to:'])} ${cc}\n${rng.chance(0.3) ? f`Dictated ${anyDate(rng, c.visit)}, typed ${anyDate(rng, c.events[2])}\n` : ''}`;
  },
};
