// Owns the nursing note style: terse, abbreviated, semicolon-run lines, often typed in capitals.
import { anyDate, timeText } from '../dates';
import { firstNameOnly, signature, titledSurname, initials } from '../names';
import { phone } from '../contacts';
import { streetAddress, town } from '../places';
import type { Cast } from '../cast';
import type { Rng } from '../prng';
import { vitals } from '../clinical';
import { agePhrase, relative, protectedList, socialSentence, clinicianRef } from '../phrases';
import { brandWithDose } from '../protectedTerms';
import { f, type Frag } from '../segments';
import type { NoteStyle } from '../style';

export const nursingNote: NoteStyle = {
  name: 'nursing_note',
  caseMode: (rng) => rng.weighted([[5, 'upper'], [4, 'asis'], [1, 'lower']]),
  render(rng, c) {
    return rng.chance(0.35) ? timedEntries(rng, c) : systemsNote(rng, c);
  },
};

/** How nurses shorten a relation in a timed entry (the shorthand in use, not a cut-off word: "dtr", "neph", "gson"). */
const SHORTHAND: Readonly<Record<string, string>> = {
  daughter: 'dtr', son: 'son', wife: 'wife', husband: 'hus', sister: 'sis', brother: 'bro', mother: 'mom', father: 'dad',
  niece: 'niece', nephew: 'neph', granddaughter: 'gdtr', grandson: 'gson', partner: 'partner', 'daughter-in-law': 'dtr-in-law',
  'son-in-law': 'son-in-law',
};

/** Hourly entries: "0300 PT RESTING; DTR KIM CALLED, UPDATED." */
function timedEntries(rng: Rng, c: Cast): Frag {
  const rel = relative(rng, c);
  const entries: (() => Frag)[] = [
    () => f`pt ${rng.pick(['resting quietly', 'up to chair', 'ambulated in hall w/ walker', 'refused meds'])}; ${rng.pick(['vss', vitals(rng)])}`,
    () => f`${SHORTHAND[rel.relation] ?? rel.relation} ${firstNameOnly(rel.person, rng.chance(0.4))} called, updated${rng.chance(0.5) ? f`, cb ${phone(rng)}` : ''}`,
    () => f`${brandWithDose(rng)} given for ${rng.pick(['pain', 'nausea', 'agitation', 'edema'])}`,
    () => f`${clinicianRef(rng, c)} at bedside, ${rng.pick(['new orders rec\'d', 'aware of BP', 'plan to transfer'])}`,
    () => f`${initials(rng, c.patient)} ${rng.pick(['c/o pain 6/10', 'voided 300cc', 'skin intact, turned q2h'])}; ${protectedList(rng, 1)}`,
    () => socialSentence(rng, c),
    () => f`${rng.pick(['wife', 'husband', 'daughter'])} states pt lives at ${streetAddress(rng)}, ${town(rng)}`,
  ];
  const lines = rng.sample(entries, rng.int(3, 6)).map((e) => f`${timeText(rng)} ${e()}.\n`);
  return f`${rng.pick(['NURSING NOTE', 'Nurses notes', 'NSG'])} ${anyDate(rng, c.visit)}\n${lines}${signature(rng, c.clinicians[c.clinicians.length - 1], rng.pick([', RN', ' RN', ' LPN']))}\n`;
}

/** Systems-by-line note: "NEURO: ...; CV: ...; RESP: ...". */
function systemsNote(rng: Rng, c: Cast): Frag {
  const rn = c.clinicians[rng.int(0, c.clinicians.length - 1)];
  const rel = relative(rng, c);
  const lines: Frag[] = [
    f`${rng.pick(['NSG', 'Nursing note', 'RN NOTE', 'NPN', 'Nsg progress note'])} ${rng.pick(['7a-7p', '7p-7a', '1900-0700', 'days'])} ${anyDate(rng, c.visit)}\n`,
    f`${rng.pick(['PT', 'pt'])} ${initials(rng, c.patient)} ${agePhrase(rng, c)}; ${rng.pick(['a&ox3', 'confused overnight', 'lethargic but arousable', 'calm, cooperative'])}; ${rng.pick(['VSS', vitals(rng)])};\n`,
    f`NEURO: ${rng.pick(['MAE', 'PERRL', 'no change'])}; ${protectedList(rng, 1)};\n`,
    f`CV: ${rng.pick(['SR 70s', 'AF 90-110', 'ST 100s'])}; ${brandWithDose(rng)} given ${timeText(rng)};\n`,
    f`RESP: ${rng.pick(['LS CLEAR', 'coarse bilat', 'dim bases'])}, ${rng.pick(['2L NC', 'RA', 'BIPAP overnight'])};\n`,
    f`GU: ${rng.pick(['foley to gravity', 'voiding qs', 'UO 30-50cc/hr'])};\n`,
    f`SOCIAL: ${rel.relation} ${firstNameOnly(rel.person, rng.chance(0.3))} ${rng.pick(['called', 'visited', 'in to visit', 'updated'])}${rng.chance(0.5) ? f` ${rng.pick(['#', 'ph', 'at'])} ${phone(rng)}` : ''}; ${socialSentence(rng, c)}\n`,
    f`${rng.pick(['MD aware', 'paged', 'notified'])} ${clinicianRef(rng, c)}${rng.chance(0.5) ? f` re ${rng.pick(['low UO', 'K 3.1', 'HR 130s', 'agitation'])}` : ''}.\n`,
    rng.chance(0.4) ? f`PLAN: ${rng.pick(['CONT TO MONITOR', 'cont plan', 'f/u am labs', 'turn q2h'])}; ${titledSurname(rng, c.patient)} ${rng.pick(['resting comfortably', 'awaiting placement', 'to OR in am'])}.\n` : '',
  ];
  const body = rng.shuffle(lines.slice(1, 8)).slice(0, rng.int(4, 7));
  return f`${lines[0]}${body}${lines[8]}${signature(rng, rn, rng.pick([', RN', ' RN', ' R.N.', ', LPN', ', RN, BSN']))}\n`;
}
