// Owns the tests of the closure pass (src/engine/phi/closure.ts): given the core of a name or place that some voter
// found (here handed in directly, as the learned voter would), the words that belong to it join it. Each case names
// the written pattern it serves; `keep` lists words that must stay outside. All names are invented.
import { defaultLexicon } from '../../../src/engine/phi';
import { closeOverVoters } from '../../../src/engine/phi/closure';
import { NameContext } from '../../../src/engine/phi/nameContext';
import { tokenize } from '../../../src/engine/phi/tokens';
import type { PhiSpan, PhiType } from '../../../src/engine/types';

interface Case {
  pattern: string;
  text: string;
  /** What a voter already found: [needle, type]. */
  found: [string, PhiType][];
  /** What the closure must add (every letter covered). */
  joins: string[];
  keep?: string[];
  by?: string;
}

/** Where `needle` stands in `text`; "QM#2" is the second occurrence of "QM". */
function at(text: string, needle: string): { start: number; end: number } {
  const m = /^(.*)#(\d)$/s.exec(needle);
  const word = m ? m[1] : needle;
  let start = -1;
  for (let n = m ? Number(m[2]) : 1; n > 0; n--) start = text.indexOf(word, start + 1);
  if (start < 0) throw new Error(`fixture error: ${needle} not in text`);
  return { start, end: start + word.length };
}

function close(text: string, found: [string, PhiType][]): PhiSpan[] {
  const words = tokenize(text);
  const c = new NameContext(text, words, defaultLexicon());
  const core: PhiSpan[] = found.map(([needle, type]) => ({ ...at(text, needle), type, recognizers: ['test.voter'] }));
  const added: PhiSpan[] = [];
  closeOverVoters(c, core, (start, end, type, recognizer) => added.push({ start, end, type, recognizers: [recognizer] }));
  return added;
}

const CASES: Case[] = [
  { pattern: 'lower-case particle run before a surname (de la)', text: 'Patient: Ysolde de la Quarantini, DOB on file', found: [['Ysolde', 'NAME'], ['Quarantini', 'NAME']], joins: ['de la'], by: 'name.particle-closure' },
  { pattern: 'capitalised particle at the start of a surname-first field', text: 'Patient: Di Obrelli, Tamsin  MRN 44', found: [['Obrelli', 'NAME'], ['Tamsin', 'NAME']], joins: ['Di'] },
  { pattern: 'Arabic article joined by a hyphen', text: 'Signed by Yusra al-Quenterby MD', found: [['Yusra', 'NAME'], ['Quenterby', 'NAME']], joins: ['al'], keep: ['MD'] },
  { pattern: 'caps-only particle pair (VAN DEN)', text: 'PT SEEN WITH WIFE HESTER VAN DEN BROOKVALT AT BEDSIDE', found: [['HESTER', 'NAME'], ['BROOKVALT', 'NAME']], joins: ['VAN DEN'], keep: ['AT', 'BEDSIDE'] },
  { pattern: 'middle initial between first name and surname', text: 'Discussed with Orla T Pemblewick today.', found: [['Orla', 'NAME'], ['Pemblewick', 'NAME']], joins: ['T'], by: 'name.initial-closure', keep: ['today'] },
  { pattern: 'trailing initial of "Last, First I" before a field', text: 'Quellmore, Brisa K  DOB on file', found: [['Quellmore', 'NAME'], ['Brisa', 'NAME']], joins: ['K'], keep: ['DOB'] },
  { pattern: 'article after a name is not an initial', text: 'Seen by Ventrassi a second time.', found: [['Ventrassi', 'NAME']], joins: [], keep: ['a second'] },
  { pattern: 'dotted initials before a surname, lower case', text: 'Assistant: q.r. pellingworth', found: [['pellingworth', 'NAME']], joins: ['q.r'] },
  { pattern: 'first name that is also a word, before a surname', text: 'Mother May Trevallion is at bedside.', found: [['Trevallion', 'NAME']], joins: ['May'], by: 'name.first-closure', keep: ['Mother', 'bedside'] },
  { pattern: 'relative cue word never joins the name after it', text: 'Son Trevallion called.', found: [['Trevallion', 'NAME']], joins: [], keep: ['Son'] },
  { pattern: 'surname that is also a word, after a found first name', text: 'Emergency contact: Mindara Day, phone on file', found: [['Mindara', 'NAME']], joins: ['Day'], keep: ['phone'] },
  { pattern: 'surname before the comma of "Last, First" at a field start', text: 'cc: Banks, Ilvanna\nPlan: follow up', found: [['Ilvanna', 'NAME']], joins: ['Banks'], keep: ['Plan'] },
  { pattern: 'particle before a surname a place rule took, written surname-first before a first name', text: 'Caller: wife, dos Orvaley, Earnest\nCall back', found: [['Orvaley', 'LOCATION'], ['Earnest', 'NAME']], joins: ['dos Orvaley'], keep: ['wife', 'Call'] },
  { pattern: 'a place before a comma and a place stays a place', text: 'Moved from Lake Orvaley, Ohio to be near family', found: [['Lake Orvaley', 'LOCATION']], joins: [], keep: ['Ohio', 'from'] },
  { pattern: 'particle run after a quoted nickname', text: 'Contact: nephew Chase "Red" de la Nordlie 415-508-3196', found: [['Chase', 'NAME'], ['Red', 'NAME']], joins: ['de la Nordlie'] },
  { pattern: 'nickname in quotes between first name and surname', text: 'Patient: Corvin "Dutch" Halloway', found: [['Corvin', 'NAME'], ['Halloway', 'NAME']], joins: ['Dutch'] },
  { pattern: 'list joiner between two names stays', text: 'Seen with Drs. Pellam and Orvitz today', found: [['Pellam', 'NAME'], ['Orvitz', 'NAME']], joins: [], keep: ['and'] },
  { pattern: 'relative, first name that is a word, person verb (nursing shorthand)', text: 'social: sister mark called, updated', found: [], joins: ['mark'], by: 'name.relative-first', keep: ['sister', 'called'] },
  { pattern: 'preposition between relative and verb is no name', text: 'Social: husband in visiting', found: [], joins: [], keep: ['in'] },
  { pattern: 'patient initials before an age (nursing shorthand)', text: 'PT HR 84 YO F; CALM', found: [], joins: ['HR'], by: 'name.patient-initials', keep: ['CALM'] },
  { pattern: 'patient dotted initials before an age', text: 'pt j.k. 47 y/o male resting', found: [], joins: ['j.k'] },
  { pattern: 'a function word after pt is not initials', text: 'pt is 84 yo', found: [], joins: [], keep: ['is'] },
  { pattern: 'organisation head noun after a found place (pharmacy)', text: 'Preferred pharmacy: Quarlow Drug, Main St', found: [['Quarlow', 'LOCATION']], joins: ['Drug'], by: 'facility.closure' },
  { pattern: 'generic words up to a head noun after a found place', text: 'Works as a welder at Tressing Auto Body now', found: [['Tressing', 'LOCATION']], joins: ['Auto Body'], keep: ['now'] },
  { pattern: 'lower-case common noun after a place does not join in mixed text', text: 'Lives in Quarlow hospital nearby', found: [['Quarlow', 'LOCATION']], joins: [], keep: ['hospital'] },
  { pattern: 'connector and leading "The" of a facility name', text: 'Transferred from The Larches at Pembury in Ostwick.', found: [['Larches', 'LOCATION'], ['Pembury', 'LOCATION'], ['Ostwick', 'LOCATION']], joins: ['The Larches at Pembury'], keep: ['in'] },
  { pattern: 'word between two parts of one place', text: 'HOME HEALTH THROUGH VELLAMOOR FAMILY MEDICINE.', found: [['VELLAMOOR', 'LOCATION'], ['MEDICINE', 'LOCATION']], joins: ['FAMILY'], by: 'closure.sandwich', keep: ['THROUGH'] },
  { pattern: 'town prefix before a found town', text: 'DROVE FROM PORT QUENNIBY YESTERDAY', found: [['QUENNIBY', 'LOCATION']], joins: ['PORT'], keep: ['FROM', 'YESTERDAY'] },
  { pattern: 'acronym in brackets after a found facility, and its later uses', text: 'Transferred from Ostwick Memorial (OW) on arrival; OW imaging reviewed.', found: [['Ostwick Memorial', 'LOCATION']], joins: ['OW', 'OW#2'], keep: ['imaging'] },
  { pattern: 'middle initial closing "Last, First I" even when it is a side letter', text: 'Seen with Quellmore, Brisa R and the team.', found: [['Quellmore', 'NAME'], ['Brisa', 'NAME']], joins: ['R'], keep: ['and'] },
  { pattern: 'dotted credential after a name is not an initial', text: 'Signed: Brisa Quellmore M.D.\n', found: [['Brisa Quellmore', 'NAME']], joins: [], keep: ['M.D'] },
  { pattern: 'dotted label after a name is not an initial', text: 'Pt: Brisa Quellmore  D.O.B. 1/2/1950', found: [['Brisa Quellmore', 'NAME']], joins: [], keep: ['D.O.B'] },
  { pattern: 'capitalised surname-list word after a title', text: 'PCP Dr. Day at the clinic.', found: [], joins: ['Day'], by: 'name.title-surname-word', keep: ['clinic'] },
  { pattern: 'title and a count is not a name', text: 'Post-op Dr. Day 3 review', found: [], joins: [], keep: ['Day'] },
  { pattern: 'particle surname continuing a list of names', text: 'Case reviewed with Drs. Pellam, Orvitz & dos Havrenne.', found: [['Pellam', 'NAME'], ['Orvitz', 'NAME']], joins: ['dos Havrenne'], by: 'name.particle-closure' },
  { pattern: 'initials opening the patient line before a record label', text: 'HD #2\nDM PATIENT ID: 4455123\nS: stable', found: [['4455123', 'MRN']], joins: ['DM'], by: 'name.initials-before-record', keep: ['PATIENT'] },
  { pattern: 'a label abbreviation opening a line is not initials', text: 'ACC NO. 4455123\n', found: [['4455123', 'ID']], joins: [], keep: ['ACC'] },
  { pattern: 'dotted initials after the clock time of a nursing entry', text: '0319 L.C. VOIDED 300CC.\n', found: [], joins: ['L.C'], by: 'name.initials-after-time', keep: ['VOIDED'] },
  { pattern: 'dotted time abbreviation is not initials', text: '12:12 a.m. resting', found: [], joins: [], keep: ['a.m'] },
  { pattern: 'saint\'s possessive inside a place found after "St"', text: 'Operative Note\nSt Quillon\'s\nPatient: x', found: [['Quillon', 'LOCATION']], joins: ["St Quillon's"] },
  { pattern: 'town after a street address and its comma', text: 'Preferred pharmacy: 12 Elm Rd, GOOSE CREEK (fax 555)', found: [['12 Elm Rd', 'ADDRESS']], joins: ['GOOSE CREEK'], by: 'location.town-after-address', keep: ['fax'] },
  { pattern: 'month-day closing a date range', text: 'Admitted 3/2/2024 - 4/2 for pneumonia', found: [['3/2/2024', 'DATE']], joins: ['4/2'], by: 'date.range-tail', keep: ['pneumonia'] },
  { pattern: 'a dose after a date range dash is not a date', text: 'Started 3/2/2024 - 2-4 mg daily', found: [['3/2/2024', 'DATE']], joins: [], keep: ['2-4'] },
  { pattern: 'lower-case first name before a lower-case surname in mixed text', text: 'Family (hope brielow) updated.', found: [['brielow', 'NAME']], joins: ['hope'], keep: ['Family', 'updated'] },
  { pattern: 'surname after a quoted nickname', text: 'Surgeon: Letitia "bobby" foxwell, MD', found: [['Letitia', 'NAME'], ['bobby', 'NAME']], joins: ['foxwell'], keep: ['MD'] },
  { pattern: 'lower-case middle initial after a lower-case "last, first"', text: 'labeled with the name baker, hortencia r and DOB', found: [['hortencia', 'NAME']], joins: ['baker', 'r#3'], keep: ['and', 'name'] },
  { pattern: 'surname-list word after a title in caps-only notes', text: 'PLAN: TURN Q2H; MRS WOLF AWAITING PLACEMENT.\nGU: VOIDING QS;', found: [], joins: ['WOLF'], by: 'name.title-surname-word', keep: ['AWAITING'] },
  { pattern: 'finding after an ambiguous caps-only title stays', text: 'NEURO: MS CHANGES NOTED; MR MILD ON ECHO.\nGU: VOIDING;', found: [], joins: [], keep: ['CHANGES', 'MILD'] },
  { pattern: 'surname after a dotted initial that follows a contact verb', text: 'PAGED R. SHARP RE LOW UO.', found: [['R', 'NAME']], joins: ['SHARP'], keep: ['RE'] },
  { pattern: 'relative written with in-law, first name that is a word, person verb', text: 'SOCIAL: DAUGHTER-IN-LAW WILL CALLED PH 555', found: [], joins: ['WILL'], by: 'name.relative-first', keep: ['CALLED'] },
  { pattern: '"of the" inside a facility name', text: 'Our Lady of the Quarrant Hospital - Department of Imaging', found: [['Our Lady', 'LOCATION'], ['Quarrant', 'LOCATION']], joins: ['of the', 'Hospital'], keep: ['Department'] },
  { pattern: 'town suffix after a found town', text: 'PREFERRED PHARMACY: 12 ELM RD, QUARLOW CORNERS (FAX 555)', found: [['QUARLOW', 'LOCATION']], joins: ['CORNERS'], keep: ['FAX'] },
  { pattern: 'lower-case initial between lower-case first name and surname', text: 'Wife dean c quarrantini is HCP.', found: [['quarrantini', 'NAME']], joins: ['dean c'], keep: ['Wife', 'HCP'] },
  { pattern: 'lower-case letter between two lower-case name words', text: 'Pt: crystal h otorsk (A123)', found: [['crystal', 'NAME'], ['otorsk', 'NAME']], joins: ['h'] },
  { pattern: 'lower-case initial after lower-case "last, first" before a phone', text: 'Contact: dakerson, frieda n 555-123-4567', found: [['dakerson, frieda', 'NAME'], ['555-123-4567', 'PHONE']], joins: ['n 555'] },
  { pattern: 'surname after chained dotted initials', text: 'Assistant: c.d. rivers\nAnesthesia: General', found: [['c', 'NAME'], ['d', 'NAME']], joins: ['rivers'], keep: ['General'] },
  { pattern: 'surname after a first name before a phone number', text: 'Contact: brother Havanna Day 555-123-4567', found: [['Havanna', 'NAME'], ['555-123-4567', 'PHONE']], joins: ['Day'] },
  { pattern: 'signature line: every word from the line start to the credential', text: 'plan: turn q2h.\nLudon Flood, RN\n', found: [['Ludon', 'NAME']], joins: ['Flood'], keep: ['RN', 'turn'] },
  { pattern: 'signature line after a label', text: 'Triage RN: WILL HOLMUMAN RN  Assigned: Dr. X', found: [['HOLMUMAN', 'NAME']], joins: ['WILL'], keep: ['Triage', 'Assigned'] },
  { pattern: 'a sentence ending in a credential is no signature', text: 'Discussed with Ostrey, RN\n', found: [['Ostrey', 'NAME']], joins: [], keep: ['Discussed', 'with'] },
  { pattern: 'later uses of a facility acronym', text: 'Transferred from Quarrow Mercy (QM) on the 3rd; QM imaging pushed to PACS.', found: [['Quarrow Mercy', 'LOCATION']], joins: ['QM', 'QM#2'], keep: ['imaging', 'PACS'] },
  { pattern: 'a person label vouches for a signature with a dotted credential', text: 'Reading radiologist: Will Gold M.D.\n', found: [], joins: ['Will Gold'], by: 'signature.name-line', keep: ['radiologist', 'M.D'] },
  { pattern: 'a finding label does not make a signature', text: 'Impression: Mild Effusion M.D.\n', found: [], joins: [], keep: ['Mild', 'Effusion'] },
  { pattern: 'modal that is a first name at the start of a field, before a lower-case name', text: 'Pt: will haskinora  Birthdate: on file', found: [['haskinora', 'NAME']], joins: ['will'], keep: ['Birthdate'] },
  { pattern: 'plain initials after a nursing time stamp before a nursing action', text: 'NURSING NOTE\n2310 WL C/O PAIN 6/10.\n1557 LB SKIN INTACT, TURNED Q2H.', found: [], joins: ['WL', 'LB'], by: 'name.initials-after-time', keep: ['PAIN', 'SKIN'] },
  { pattern: 'clinical abbreviation after a time stamp stays', text: 'NURSING NOTE\n0800 BP 120/80.\n0900 PT AMBULATED IN HALL.', found: [], joins: [], keep: ['BP', 'PT'] },
  { pattern: 'dotted initials opening the patient line before a record label', text: 'Hospital day 2\nR.H. MRN: 4455123\nS: stable', found: [['4455123', 'MRN']], joins: ['R.H'], keep: ['MRN'] },
  { pattern: 'L. as the first of dotted initials before a surname', text: 'PHONE CALL\nL.R. Ballantrae  born on file', found: [['R.', 'NAME'], ['Ballantrae', 'NAME']], joins: ['L#3'] },
  { pattern: 'lower-case first name after a lower-case surname and comma', text: 'Caller: patient (divitoro, precious)\n', found: [['divitoro', 'NAME']], joins: ['precious'], keep: ['patient'] },
  { pattern: 'first name of a history opening "Last, First is a …"', text: 'HISTORY OF PRESENT ILLNESS:\nCoxonby, Deb is a 70 y/o lady.', found: [['Coxonby', 'NAME']], joins: ['Deb'], keep: ['lady'] },
  { pattern: 'surname before the comma after "name"', text: "labeled with the patient's name Givens, Jack and medical record number", found: [['Jack', 'NAME']], joins: ['Givens'], keep: ['medical'] },
  { pattern: 'capitalised surname that is a word after a quoted nickname', text: 'Surgeon: Vance "Lulu" Day, MD', found: [['Vance', 'NAME'], ['Lulu', 'NAME']], joins: ['Day'], keep: ['MD'] },
  { pattern: 'member of a list of names between joiners', text: 'Case reviewed with Drs Pellam, Hick and Orvitz.', found: [['Pellam', 'NAME'], ['Orvitz', 'NAME']], joins: ['Hick'], keep: ['Case', 'reviewed'] },
  { pattern: 'word after "and" closing a titled list', text: 'Assistant: Drs. Pellam and Day\nAnesthesia: General', found: [['Pellam', 'NAME']], joins: ['Day'], keep: ['Anesthesia', 'General'] },
  { pattern: 'lower-case word after a list of doctors is no name', text: 'spoke with doctors, dr. bob culhane and most decisions will need', found: [['bob culhane', 'NAME']], joins: [], keep: ['most', 'decisions'] },
  { pattern: 'generic organisation words between two parts of one place', text: 'TRANSFERRED FROM FENENBURG SPRINGS NURSING AND REHABILITATION CENTER IN OSTWICK.', found: [['FENENBURG SPRINGS', 'LOCATION'], ['CENTER', 'LOCATION'], ['OSTWICK', 'LOCATION']], joins: ['NURSING AND REHABILITATION'], keep: ['FROM', 'IN'] },
  { pattern: 'two places joined by "and" stay two places', text: 'Lives between Ostwick and Pembury.', found: [['Ostwick', 'LOCATION'], ['Pembury', 'LOCATION']], joins: [], keep: ['and'] },
  { pattern: 'relative, name in no list, "in to visit" (nursing shorthand)', text: 'SOCIAL: NEPHEW QUIVO IN TO VISIT AT 5 PM', found: [], joins: ['QUIVO'], by: 'name.relative-first', keep: ['VISIT'] },
  { pattern: 'relative abbreviation "par" before a name and a person verb', text: '16:33 PAR WENORIX CALLED, UPDATED.', found: [], joins: ['WENORIX'], keep: ['PAR', 'CALLED'] },
  { pattern: 'name after a nursing time stamp before "at bedside"', text: '2:25 PM EBBORINA AT BEDSIDE, PLAN TO TRANSFER.', found: [], joins: ['EBBORINA'], keep: ['BEDSIDE'] },
  { pattern: 'ZIP code after a town that follows a street address', text: 'lives with spouse at 12 elm st, quarlow 09311.', found: [['12 elm st', 'ADDRESS'], ['quarlow', 'LOCATION']], joins: ['09311'], by: 'location.town-after-address' },
  { pattern: 'patient initials before a glued or spelled-out age', text: 'pt LC 95yoF gentleman; lethargic\nPT DT ONE HUNDRED AND THREE YEAR OLD LADY\npt oc ninety-six years old male', found: [], joins: ['LC', 'DT', 'oc'], by: 'name.patient-initials', keep: ['lethargic', 'LADY'] },
];

describe('closure pass over every voter', () => {
  it.each(CASES.map((c) => [c.pattern, c] as const))('%s', (_pattern, c) => {
    const added = close(c.text, c.found);
    for (const needle of c.joins) {
      const { start, end } = at(c.text, needle);
      for (let x = start; x < end; x++) {
        if (!/[\p{L}\p{N}]/u.test(c.text[x])) continue;
        const covered = added.some((s) => s.start <= x && x < s.end) || c.found.some(([n]) => { const f = at(c.text, n); return f.start <= x && x < f.end; });
        expect({ needle, x, covered }).toEqual({ needle, x, covered: true });
      }
    }
    for (const word of c.keep ?? []) {
      const { start, end } = at(c.text, word);
      expect({ word, touched: added.some((s) => s.start < end && s.end > start) }).toEqual({ word, touched: false });
    }
    if (c.by) {
      const { start } = at(c.text, c.joins[0]);
      expect(added.filter((s) => s.start <= start && start < s.end).flatMap((s) => s.recognizers ?? [])).toContain(c.by);
    }
    if (c.joins.length === 0) expect(added.filter((s) => !c.found.some(([n]) => { const f = at(c.text, n); return s.start >= f.start && s.end <= f.end; }))).toEqual([]);
  });
});
