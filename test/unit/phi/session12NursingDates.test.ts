// Owns the tests of `date.nursing-event-day` (session 12, issue 9): a dash month-day or an ordinal day without a year in
// the date slots of ICU nursing and pharmacist notes — after a clock time, after the event it dates, at the end of a dosing
// note's title, beside a full date in a list. Each case names its pattern and has a look-alike that must stay (scores,
// ranges, amounts, nursing shifts). Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  { pattern: 'dash month-day after a clock time closing its sentence', text: 'Vanco trough 14.2 drawn 0630 4-19.\nContinue dose.', phi: ['4-19'], by: 'date.nursing-event-day', keep: ['0630'] },
  { pattern: 'ordinal day after a clock time with an am/pm letter', text: 'TROUGH 0.9 DRAWN 5P 13TH.\nRECOMMEND Q12H.', phi: ['13TH'], by: 'date.nursing-event-day' },
  { pattern: 'dash month-day and ordinal after a recheck or a procedure event', text: 'recommend q24h, recheck 6-3. aneurysm clipped 21st. bleed 5-30, coiled 6-2.', phi: ['6-3', '21st', '5-30', '6-2'] },
  { pattern: 'dash month-day after an injury mechanism', text: '(61M) mva vs pole 8-14, flown in by med flight.', phi: ['8-14'] },
  { pattern: 'dash month-day after a transfer plan naming its ward, before "if"', text: 'Plan tx to Larkfield Annex 6E 3-9 if stable.', phi: ['3-9'] },
  { pattern: 'dash month-day closing a dosing note title', text: 'PHARMACY NOTE - VANCO DOSING 2-27\nPt on 5W.', phi: ['2-27'] },
  { pattern: 'dash month-day beside a full date in a list', text: 'Doses observed: 02-11-2025, 2-18, 2-25 at the clinic.', phi: ['2-18'] },
  { pattern: 'scores, ranges, amounts and non-dates in the same neighbourhood stay', text: 'pain 3-4 after dosing. GCS 3-15. recheck 2-3 L. drawn 0800 5-10 mg. since 13-40 pt restless.', phi: [], keep: ['3-4', '3-15', '2-3', '5-10', '13-40'] },
  { pattern: 'a rib or a floor ordinal without an event cue stays', text: 'Fx of the 4th rib. Transferred to the 7th floor.', phi: [], keep: ['4th', '7th'] },
];

describe('session 12: dash month-day and ordinal days in nursing and pharmacy date slots', () => {
  testRecognizerCases(CASES);
});
