// Owns the tests of the session-14 wave-2 grammar (phi50, issue 9): month.day dates made dates by their slot, a weekday in
// parentheses and "wk of" as parts of a date, a nurse's initials with the shift closing a note, three initials before a
// credential, a nickname quoted after "calls her", kinship cues with the relative's action, the other half of a hyphenated
// name or ward, and a ward's floor — each with the look-alikes that stay. Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  // Dates: month.day where the grammar makes it a date.
  { pattern: 'month.day after a procedure named after "s/p"', text: 'Pt, 59 yo, s/p PTCA 8.30. Sheath out.', phi: ['8.30'], by: 'date.month-day.dotted-cued' },
  { pattern: 'month.day after an event word (d/c)', text: 'To trach clinic after d/c 10.11. acct pending.', phi: ['10.11'], by: 'date.month-day.dotted-cued' },
  { pattern: 'month.day on a note title line before its clock time', text: 'RESTRAINT/SEDATION NOTE 6.14 0800\nPt pulling at ett.', phi: ['6.14'], by: 'date.month-day.dotted-cued' },
  { pattern: 'month.day ending the title line', text: 'infection control / isolation 8.15\nSputum x3 sent.', phi: ['8.15'], by: 'date.month-day.dotted-cued' },
  { pattern: 'month.day after an event and a place code', text: 'F/u cardiology at QXVH 10.7. Transferred from RBMH 3.2.', phi: ['10.7', '3.2'], by: 'date.month-day.dotted-cued' },
  { pattern: 'an order renewed on a month.day', text: 'soft wrist restraints per md, order renewed 9.4.', phi: ['9.4'], by: 'date.month-day.dotted-cued' },
  { pattern: 'lab and vital readings stay decimals', text: 'K 3.5, Mg 2.1, wbc 9.8. repeat inr on arrival 5.7, temp 9.1 later.', phi: [], keep: ['3.5', '2.1', '9.8', '5.7'] },
  { pattern: 'a decimal with a unit after an event word stays', text: 'd/c 2.5 mg dose. admitted 1.5 L positive. ativan 1.2 given.', phi: [], keep: ['2.5', '1.5', '1.2'] },
  { pattern: 'a decimal in a body line (not the title line) stays', text: 'Neuro: intact\nweaned to 4.5 then 3.5\nplan 1.2', phi: [], keep: ['4.5', '3.5'] },
  { pattern: 'month/day with its weekday in parentheses', text: 'Prior adm elsewhere 1/12 (TUE). sheath pull 10/4 (fri) @ 0800', phi: ['1/12 (TUE)', '10/4 (fri)'], by: 'date.month-day.paren-weekday' },
  { pattern: '"wk of" before a date is part of the date', text: 'Exam wk of 2/21/2023. Splint made week of 3/4.', phi: ['wk of 2/21/2023', 'week of 3/4'], by: 'date.week-of' },
  // Staff and family.
  { pattern: 'initials with the shift closing a note', text: 'Skin intact. D/W team.\nMM 3-11', phi: ['MM'], by: 'name.signoff-initials-shift' },
  { pattern: 'lower-case initials with the shift after the last sentence', text: 'family updated. d/w md. kq 7p-7a', phi: ['kq'], by: 'name.signoff-initials-shift' },
  { pattern: 'a header naming the shift stays (not the note\'s close)', text: 'NPN 7p-7a\nNeuro: alert.\nRN 3-11', phi: [], keep: ['NPN', 'RN'] },
  { pattern: 'three initials run together before a credential (caps, slash, lower)', text: 'sheath d/c\'d by BPQ MSW. list to MRT/RN. line via wzk rrt.', phi: ['BPQ', 'MRT', 'wzk'], by: 'name.three-initials-credential' },
  { pattern: 'units and ordinary words before a credential stay', text: 'ICU RN aware. unable to GET RT signal. new RN on. day rn.', phi: [], keep: ['ICU', 'GET', 'new', 'day'] },
  { pattern: 'a given name and a dotted initial after "witnessed" before a credential', text: 'consent by phone, witnessed Quarrel M., PCA.', phi: ['Quarrel M'], by: 'name.given-initial-credential' },
  { pattern: 'a quoted nickname after "calls her"', text: 'explained. pt calls her "skeeter-jo". aged 61.', phi: ['skeeter-jo'], by: 'name.calls-quoted-nickname' },
  { pattern: 'a kinship cue and a given name before what the relative did (new cues)', text: 'godson Brindlewick at bedside; grandma zbyszka + partner in. MOTHER QUELLA BY PHONE.', phi: ['Brindlewick', 'zbyszka', 'QUELLA'], by: 'name.kin-given-action' },
  { pattern: 'a verb after a kinship cue stays', text: 'Wife made aware. WIFE VISITED- UPDATED BY TEAM.', phi: [], keep: ['made', 'VISITED'] },
];

const GROWTH: RecognizerCase[] = [
  { pattern: 'the other half of a hyphenated name joins the found half', text: 'Pt Mary Ellen-Tadrowe seen. wife Gertrude-Plumbago Smith at bedside.', phi: ['Ellen-Tadrowe', 'Gertrude-Plumbago Smith'] },
  { pattern: 'a compound suffix after a name stays out ("-like")', text: 'Dr. Smith-like presentation; Parkinson-like gait.', phi: [], keep: ['like'] },
  { pattern: 'a ward\'s floor and wing after the ward', text: 'Mary Stone 84 yo in LOWELL-GARDNER 7A. Pt Jane Doe (Pemberton-Rusk 4) pulling at ett.', phi: ['LOWELL-GARDNER 7A', 'Pemberton-Rusk 4'], learned: true },
  { pattern: 'a count after a lower-case place or a name stays', text: 'she is to recieve 1 bag on-call. Seen by Smith 2 days ago.', phi: [], keep: ['1', '2'] },
];

describe('session 14 wave 2: nursing-note dates, sign-offs, kin and staff slots', () => {
  testRecognizerCases(CASES);
});

describe('session 14 wave 2: hyphen partners and ward floors (span growth)', () => {
  testRecognizerCases(GROWTH);
});
