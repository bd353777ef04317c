// Owns the tests of `location.ward-wing` (session 12, issue 9): a ward word and its floor-and-wing unit where a note
// places the patient, and the generic unit words that stay. Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  { pattern: 'ward word and floor-wing unit after "on", closing its clause', text: 'Pt (70M) on Larkmoor 6E, wt 80 kg, scr 1.1.', phi: ['Larkmoor 6E'], by: 'location.ward-wing', keep: ['wt'] },
  { pattern: 'hyphenated ward word and floor-wing unit after "to" at the line end (lower case)', text: 'transfer note - micu to birch-halloway 3w\npt stable.', phi: ['birch-halloway 3w'] },
  { pattern: 'ward and floor-wing unit after "in" before a waiting room (caps)', text: 'FAMILY IN OSTERMERE 2E WAITING RM, HOME PHONE ON FILE.', phi: ['OSTERMERE 2E'] },
  { pattern: 'generic unit words and drugs with numbers stay', text: 'pt on floor 5E, moved to tele 4W. on lasix 40, to MICU 4E.', phi: [], keep: ['floor', 'tele', 'lasix', 'MICU'] },
];

describe('session 12: wards named by a word and a floor-and-wing unit', () => {
  testRecognizerCases(CASES);
});
