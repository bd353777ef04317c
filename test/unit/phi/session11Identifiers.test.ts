// Owns the tests of session 11's identifier default deny (issue 9, recognizers/identifierLabels.ts): a value with digits
// named by a label whose noun phrase ends in an identifier word, label first or value first with its label in
// parentheses, and the clinical numbers after look-alike labels that stay. Every value is invented.
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

testCoveredPatterns('session 11 identifiers redacted:', {
  'label noun phrase ending in "no." or "number" before a code-shaped or four-digit value': [
    ['Belongings in locker no. K8802 at the front desk.', 'K8802'],
    ['Key fob number 6617 returned.', '6617'],
  ],
  'label noun phrase ending in an issued-thing word (pass, tag, bin, card) before a mixed value': [
    ['Parking pass P5530 left at the desk.', 'P5530'],
    ['Storage bin tag QX-7714 sealed.', 'QX-7714'],
  ],
  'value first, then its label in parentheses ending in an identifier word': [
    ['Filed as 88102-C (locker number) at intake.', '88102-C'],
  ],
});

testUntouchedPatterns('session 11 identifier look-alikes kept:', {
  'code labels (CPT, ICD) and places in the building (room) name no personal identifier': [
    ['Billed CPT code 99214 today.', '99214'],
    ['Moved to room number 4412.', '4412'],
  ],
  'a lower-case "no" before a count is the negation': [
    ['Pt reports no 10000 step days lately.', '10000'],
  ],
  'a number with its unit after the label is a measure': [
    ['Diet card 1800 kcal daily per dietitian.', '1800'],
  ],
});
