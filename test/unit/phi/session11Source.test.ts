// Owns the tests of session 11's slot grammar for the development source's style (issue 9, values nobody has seen): a
// fraction-like date in a date slot, a hospital code spelt like a word in a movement slot or after a ward and "at", a
// listed given name that is also English in a person slot ("per" and a decision, a clause's subject before a verb of
// contact), and the hospital day count that heads no facility. Each case names its pattern and has a look-alike that
// must stay. Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';
import { fractionInDateSlot } from '../../../src/engine/phi/recognizers/validators';

const CASES: RecognizerCase[] = [
  // Dates: a fraction's shape in a date slot.
  { pattern: 'fraction-like month/day after a time preposition, closing its clause', text: 'S/P STENT WITH RESTENT IN 2/4, CHF, EF 35%.', phi: ['2/4'], keep: ['CHF'] },
  { pattern: 'fraction-like month/day after "again", closing its sentence', text: 'DIGOXIN HELD TODAY TO BEGIN AGAIN 1/2. K REPLETED.', phi: ['1/2'], keep: ['REPLETED'] },
  { pattern: 'fraction-like month/day after a clock time', text: 'CCU : Arrived to CCU at 0330 1/3. intubated, arousable.', phi: ['1/3'], keep: ['intubated'] },
  { pattern: 'a fraction that quantifies its noun stays in a date slot', text: 'changed ivf to d5 in 1/2 NS. rales in 1/3 of fields. give 1/2 tab at hs.', phi: [], keep: ['1/2 NS', '1/3', '1/2 tab'] },
  { pattern: 'a fraction after an ordinary word stays', text: 'Crackles 1/2 way up. BP DROP 1/2 AFTER DOSE. transfer to rehab 2/3.', phi: [], keep: ['1/2 way', '1/2 AFTER', '2/3'] },
  { pattern: 'month/day after a procedure event (extubation) is a date whatever the ventilator context', text: 'resp failure, was extubated 5/10. PULM: Extubated on 4/8. Plan to wean for extubation 11/10.', phi: ['5/10', '4/8', '11/10'] },
  { pattern: 'fraction-like month/day before a clock time', text: 'PRESENTED TO EW 1/2 @ 1230 W LETHARGY.', phi: ['1/2'], keep: ['1230'] },
  { pattern: 'a fraction before a rate stays', text: 'IVF D5 1/2 at 75/hr. d5 1/2 @ 100 ml/hr.', phi: [], keep: ['1/2 at', '1/2 @'] },
  // Hospital codes spelt like words.
  { pattern: 'determiner as a hospital code closing a movement clause (caps)', text: 'LT EAR WITH PACKING (SINCE ARRIVAL TO AN). THIS IS INTACT.', phi: ['AN'], by: 'location.word-code-after-movement', keep: ['PACKING', 'INTACT'] },
  { pattern: 'preposition as a hospital code closing a movement clause (caps)', text: 'PT TRANSFERRED FROM IN AFTER 2 DAYS.', phi: ['IN'], keep: ['AFTER', 'DAYS'] },
  { pattern: 'state abbreviation as a hospital code after a movement (caps)', text: 'PT ADMITTED TO OK ON 5/4 FOR CHEST PAIN.', phi: ['OK'], keep: ['CHEST'] },
  { pattern: 'hospital code after an emergency ward and "at"', text: 'PT SENT TO ED AT IR. PT WAS SOMNOLENT. seen in er at wq, then sent here.', phi: ['IR', 'wq'], by: 'location.code-after-ward-at', keep: ['SOMNOLENT'] },
  { pattern: 'services, pronouns and times after movement and ward slots stay', text: 'PT TRANSFERRED TO OR FOR CABG. BROUGHT TO US. GIVEN IN ED AT MN. SEEN IN ED AT OSH. TO IR FOR EMBO. ADMITTED TO VA ON 10/2.', phi: [], keep: ['OR', 'US', 'MN', 'OSH', 'IR FOR', 'VA'] },
  { pattern: 'a longer word after a movement in a lower-case note stays', text: 'versed gtt dc\'d on arrival to unit. pt transferred to floor.', phi: [], keep: ['unit', 'floor'] },
  // Word names in person slots.
  { pattern: '"per", a given name that is an English word, and what the person decided (caps)', text: 'PM DOSE ??40MG. PER CANDY WILL HOLD PRESENTLY. CHECK CREATININE.', phi: ['CANDY'], by: 'name.per-word-name', keep: ['HOLD'] },
  { pattern: '"per" and a document or a plan stays', text: 'PER PROTOCOL WILL BOLUS. per family will decide. per day team aware.', phi: [], keep: ['PROTOCOL', 'family', 'day'] },
  { pattern: 'given name and surname that are English words opening a clause before a verb of contact (caps)', text: 'CVP AND BP NOTED. MARINA BROWN CALLED TO BEDSIDE FOR POOR WAVEFORM.', phi: ['MARINA BROWN'], by: 'name.word-name-subject', keep: ['BEDSIDE'] },
  { pattern: 'a lower-case given name after "and" before a verb of contact', text: 'son visited durng the evening, and ace called early this am for update.', phi: ['ace'], keep: ['evening'] },
  { pattern: 'services and everyday subjects before a verb of contact stay', text: 'BLOOD BANK CALLED. pharmacy called back, and family called. WOUND CARE AWARE.', phi: [], keep: ['BLOOD', 'BANK', 'pharmacy', 'family', 'WOUND'] },
  { pattern: "a listed name's possessive before a pastor or kin (caps and lower)", text: "NO CHANGES OVERNIGHT. GRACE'S PASTOR VISITED.", phi: ['GRACE'], by: 'name.word-name-possessive-of-person' },
  { pattern: 'an eponym or a clinical word owning a disease or sign stays', text: "Hx Parkinson's disease, Bell's palsy. Pt's wife at bedside. The patient's son called.", phi: [], keep: ['Parkinson', 'Bell', "Pt's", 'patient'] },
  { pattern: 'a sentence opening on a listed word name before "to" and a task (caps and lower)', text: 'MADE DNR/DNI. RANSOM TO CALL PASTOR.', phi: ['RANSOM'], by: 'name.word-name-task-subject' },
  { pattern: 'a service or a collective opening a sentence before a task stays', text: 'PLAN REVIEWED. FAMILY TO CALL BACK. Team to update pt. SW TO CONTACT VNA. Pharmacy to call.', phi: [], keep: ['FAMILY', 'Team', 'SW', 'Pharmacy'] },
  { pattern: "lower-case note: a listed name's possessive before kin, a sentence opening on a name before a task", text: "family meeting held. spoke with joy's husband re plan. dnr/dni. hunter to call the pastor.", phi: ['joy', 'hunter'] },
  { pattern: 'signature line: name words, a comma and a credential, or a pager or extension alone (caps and lower)', text: 'WILL FOLLOW.\nLARK STEEPLE, DPT\nhome w/ services.\nkettle x7098\nplan reviewed.\nDUSTY T. X5710\nspoke w/ team.\nhunter, rn cm pgr x7-0974\n', phi: ['kettle', 'LARK STEEPLE', 'DUSTY T', 'hunter'], by: 'name.signoff-with-credential' },
  { pattern: 'a service, a role or a clinical line before a credential or an extension stays', text: 'Wound care by RN\nPT RN\nlasix x2\nCase management, RN\n', phi: [], keep: ['Wound', 'PT', 'lasix', 'Case'] },
  // The hospital day count.
  { pattern: 'the hospital day count heads no facility', text: '44yo M hospital day 2 s/p fall. 71 YO F HOSPITAL DAY #5, STABLE.', phi: [], keep: ['M hospital', 'F HOSPITAL'] },
  { pattern: 'a facility with a hospital head still counts', text: 'PT TRANSFERRED FROM CALVERT HOSPITAL FOR MENTAL STATUS CHANGES.', phi: ['CALVERT'] },
];

describe('session 11: slot grammar for unseen values in the source style', () => {
  testRecognizerCases(CASES);
});

describe('session 11: fraction-like dates by their slot', () => {
  it.each([
    ['restent in ', ', CHF'], ['begin again ', '.'], ['at 0330 ', '. intubated'], ['since ', '\n'], ['on ', ' at 1400'],
  ])('"%s…%s" is a date slot', (before, after) => {
    expect(fractionInDateSlot(before, after)).toBe(true);
  });
  it.each([
    ['d5 in ', ' NS'], ['rales ', ' up'], ['give ', ' tab'], ['in ', ' of the fields'], ['transfer to rehab ', '.'],
  ])('"%s…%s" is no date slot', (before, after) => {
    expect(fractionInDateSlot(before, after)).toBe(false);
  });
});
