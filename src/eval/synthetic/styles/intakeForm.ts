// Owns the labelled intake / registration form style: "Label: value" fields for demographics,
// contacts, insurance and history, in varying label wording and order.
import { fullDate } from '../dates';
import { identifier, ssn } from '../identifiers';
import { fullName, firstNameOnly } from '../names';
import { phone, email } from '../contacts';
import { streetAddress, town, zip, STATES, institution } from '../places';
import { agePhrase, dobLine, protectedList, relative } from '../phrases';
import { f, phi, type Frag } from '../segments';
import { keepCase, type NoteStyle } from '../style';

export const intakeForm: NoteStyle = {
  name: 'intake_form',
  caseMode: keepCase,
  render(rng, c) {
    const rel = relative(rng, c);
    const p = c.patient;
    const colon = rng.pick([': ', ':  ', ' - ', ':\t']);
    const field = (label: string, value: Frag): Frag => f`${label}${colon}${value}\n`;
    const nameFields: Frag = rng.chance(0.5)
      ? [field('Last Name', phi(p.last, 'NAME', 'name.form-field')), field('First Name', phi(p.first, 'NAME', 'name.form-field')), field('MI', phi(p.middle[0], 'NAME', 'name.form-field'))]
      : field(rng.pick(['Patient Name', 'Name', 'Legal name']), fullName(rng, p));
    const fields: Frag[] = [
      field(rng.pick(['Preferred name', 'Goes by', 'Nickname']), firstNameOnly(p)),
      [dobLine(rng, c), '\n'],
      field('Age', agePhrase(rng, c)),
      field(rng.pick(['Sex', 'Gender']), p.sex),
      field(rng.pick(['Address', 'Street', 'Home address']), streetAddress(rng)),
      field('City', town(rng)), field('State', rng.pick(STATES)), field(rng.pick(['ZIP', 'Zip code', 'Postal code']), zip(rng)),
      field(rng.pick(['Home phone', 'Phone', 'Cell']), phone(rng)),
      field(rng.pick(['Work phone', 'Alt phone']), phone(rng)),
      field(rng.pick(['Email', 'E-mail']), email(rng, p)),
      [ssn(rng), '\n'],
      field('Employer', institution(rng, 'location.employer')),
      field(rng.pick(['Emergency contact', 'Next of kin', 'NOK']), f`${fullName(rng, rel.person)} (${rel.relation}) ${phone(rng)}`),
      field(rng.pick(['Primary insurance', 'Insurance']), f`${rng.pick(['Aetna', 'Cigna', 'BCBS', 'Medicare', 'Humana'])} ${identifier(rng, 'id.member')}`),
      [identifier(rng, 'id.policy'), '\n'],
      field('Driver license', identifier(rng, 'id.drivers-licence', false)),
      field(rng.pick(['Primary care', 'PCP']), f`${fullName(rng, c.clinicians[0])}, ${institution(rng, 'location.practice')}`),
      field(rng.pick(['Medical history', 'PMH', 'Conditions']), protectedList(rng, rng.int(1, 3))),
      field('School', institution(rng, 'location.school')),
    ];
    const chosen = rng.sample(fields, rng.int(10, 16));
    return f`${rng.pick(['NEW PATIENT INTAKE FORM', 'Patient Registration', 'Intake Questionnaire', 'Demographics'])}\n${institution(rng, rng.pick(['location.practice', 'location.hospital']))}\n${field('Date', fullDate(rng, c.visit))}${identifier(rng, 'id.mrn')}\n${nameFields}${chosen}Signature of patient or guardian: ${fullName(rng, rng.chance(0.5) ? p : rel.person)}\n`;
  },
};
