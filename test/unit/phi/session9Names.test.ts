// Owns the tests of session 9's name work (issue 9: names that are ordinary words, lower case, initials): staff
// initials by the grammar of signature, attestation and transcription lines (names/signoffInitials.ts), and
// document-level consistency for names that are everyday words (names/wordNameConsistency.ts). Each case names the
// general pattern it serves; every value is invented. Sign-off cases run the rules alone (learned: false) so a case fails when the grammar does; each pattern
// has look-alikes that must stay (clinical abbreviations written as letters).
import { redact } from '../../../src/engine/phi';
import { coveredBy, touchedBy } from '../../helpers/phiCoverage';

interface Case {
  pattern: string;
  text: string;
  phi: string[];
  keep?: string[];
}

const SIGNOFF: Case[] = [
  { pattern: 'initials after a co-signature label', text: 'Agree with above assessment.\nco-signed: MLB', phi: ['MLB'] },
  { pattern: 'initials after "Initials:" in lower case', text: 'Skin check done. Nurse initials: rq', phi: ['rq'] },
  { pattern: 'initials after a dictation and a transcription label, any case', text: 'Dictated by AB, transcribed by cd.', phi: ['AB', 'cd'] },
  { pattern: 'initials after a transcription label with a colon', text: 'Transcribed by: vn\nD: 02/11/2031', phi: ['vn'] },
  { pattern: 'a credential joined to initials by a hyphen', text: 'Note entered by RN-KT at 0800.', phi: ['KT'], keep: ['RN'] },
  { pattern: 'a dash sign-off of dotted initials closing a line', text: 'Pt tolerated dressing change well.\n-- T.O.', phi: ['T.O'] },
  { pattern: 'a dash sign-off of capitals after a sentence', text: 'Reviewed and agree. -- KLM', phi: ['KLM'] },
  // The typist's letters are kept when they spell an abbreviation: a find here is a person everywhere in the note.
  { pattern: 'the reference-initials line closing a dictated letter (author/typist)', text: 'Sincerely yours,\n\nwjh/kq', phi: ['wjh', 'kq'] },
  { pattern: 'reference initials, author in capitals and typist in lower case', text: 'Follow up in clinic.\nJT/vk\nD: 03/04/2031', phi: ['JT', 'vk'] },
  { pattern: 'reference initials whose typist letters are an abbreviation: the author only', text: 'Sincerely yours,\nWJH/mm', phi: ['WJH'], keep: ['mm'] },
  { pattern: 'initials after a carbon-copy label', text: 'Plan discussed with family.\ncc: TRD', phi: ['TRD'] },
  // Look-alikes: letters that are clinical abbreviations where no sign-off grammar stands.
  { pattern: 'therapy and exam abbreviations in prose stay', text: 'PT/OT consulted. MS intact. BP 120/80. RA on exam.', phi: [], keep: ['PT', 'OT', 'MS', 'BP', 'RA'] },
  { pattern: 'a service after a review label stays', text: 'Signed: yes. Reviewed by PT and OT.', phi: [], keep: ['yes', 'PT', 'OT'] },
  { pattern: 'a credential after a witness label and an everyday word after a typing label stay', text: 'Consent witnessed by RN. Typed by hand.', phi: [], keep: ['RN', 'hand'] },
  { pattern: 'a line of two therapy abbreviations is no reference line', text: 'Consults:\nPT/OT\nSW', phi: [], keep: ['PT', 'OT'] },
  { pattern: 'a dash inside prose before an abbreviation stays', text: 'Pain improved -- no PRN needed.', phi: [], keep: ['PRN'] },
  { pattern: 'an attestation verb in prose is no label', text: 'Had 90 sec of witnessed VT with syncope.', phi: [], keep: ['VT'] },
  { pattern: 'a dotted credential after a witness label stays', text: 'Extubated, witnessed by R.N., R.T. and resident.', phi: [], keep: ['R.N', 'R.T'] },
  { pattern: 'a service pair heading a note is no reference line', text: 'PT/RSD\nAttempted to see patient this am; pt declined therapy and will be seen tomorrow by the team.\nPlan: continue.\nMore text follows here for the rest of the note.', phi: [], keep: ['PT', 'RSD'] },
];

describe('session 9 sign-off initials (rules alone)', () => {
  it.each(SIGNOFF.map((c) => [c.pattern, c]))('%s', (_p, c) => {
    const r = redact(c.text, { learned: false });
    for (const needle of c.phi) {
      const at = c.text.lastIndexOf(needle);
      const spans = r.spans.map((s) => ({ start: s.start - at, end: s.end - at }));
      expect({ needle, caught: coveredBy(c.text.slice(at), needle, spans) }).toEqual({ needle, caught: true });
    }
    for (const word of c.keep ?? []) expect({ word, redacted: touchedBy(c.text, word, r.spans) }).toEqual({ word, redacted: false });
  });
});

const WORD_NAMES: Case[] = [
  { pattern: 'a word-name found once is the subject of a modal elsewhere', text: "Patient's wife, Joy Okonkwo-Hale, at bedside. Joy will bring clothes tomorrow.", phi: ['Joy will'] },
  { pattern: 'a word-name found once is the subject of a person verb elsewhere', text: 'Seen with son Will. Will follow up in 2 weeks. Will states he can drive.', phi: ['Will states'], keep: ['Will follow'] },
  { pattern: 'a word-name found once stays a word in its ordinary uses', text: "Patient's wife, Joy Okonkwo-Hale, at bedside. Patient expresses joy at the news.", phi: [], keep: ['joy at'] },
  { pattern: 'a capitalised word-name does not make the lower-case word a name', text: 'Sister Dawn Farrow-Ilesanmi at bedside. Up at dawn, pt anxious; dawn will come early.', phi: [], keep: ['dawn,', 'dawn will'] },
];

describe('session 9 word-name consistency (rules alone)', () => {
  it.each(WORD_NAMES.map((c) => [c.pattern, c]))('%s', (_p, c) => {
    const r = redact(c.text, { learned: false });
    for (const needle of c.phi) {
      // "<Name> <next word>": the name is the first word of the needle's last occurrence.
      const at = c.text.lastIndexOf(needle);
      const name = needle.split(' ')[0];
      const spans = r.spans.map((s) => ({ start: s.start - at, end: s.end - at }));
      expect({ needle, caught: coveredBy(c.text.slice(at), name, spans) }).toEqual({ needle, caught: true });
    }
    for (const word of c.keep ?? []) {
      const at = c.text.lastIndexOf(word);
      const name = word.split(/[ ,]/)[0];
      const spans = r.spans.map((s) => ({ start: s.start - at, end: s.end - at }));
      expect({ word, redacted: touchedBy(c.text.slice(at), name, spans) }).toEqual({ word, redacted: false });
    }
  });
});
