// Owns the nursing note style: terse, abbreviated, semicolon-run lines, often typed in capitals.
import { anyDate, timeText } from '../dates';
import { firstNameOnly, signature, titledSurname, initials } from '../names';
import { phone } from '../contacts';
import { vitals } from '../clinical';
import { agePhrase, relative, protectedList, socialSentence, clinicianRef } from '../phrases';
import { brandWithDose } from '../protectedTerms';
import { f, type Frag } from '../segments';
import type { NoteStyle } from '../style';

export const nursingNote: NoteStyle = {
  name: 'nursing_note',
  caseMode: (rng) => rng.weighted([[5, 'upper'], [4, 'asis'], [1, 'lower']]),
  render(rng, c) {
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
  },
};
