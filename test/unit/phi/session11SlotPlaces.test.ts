// Owns the tests of session 11's wave-2 place slots (issue 9: the development source's style with values nobody has seen):
// a named ward of up to three words (a particle may join two) before its number after a movement verb, and a town in the
// residence slot made of any word before a place-name generic (crossing, flats, bend, hollow ...). Each case names the
// general pattern and has a look-alike that must stay. Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  { pattern: 'two-word named ward before its number after a transfer verb (caps)', text: 'ANALGESIA. OOB AS TOL. ? TRANSFER TO QUARREL BIRCHWALL 2.', phi: ['QUARREL BIRCHWALL'], by: 'location.numbered-ward', keep: ['ANALGESIA'] },
  { pattern: 'three-word named ward before its number after a transfer verb (lower)', text: 'plan: transfer to tindle marrow ridge 2 today, npo until cleared.', phi: ['tindle marrow ridge'], keep: ['npo'] },
  { pattern: 'named ward with a particle between its words before its number (mixed)', text: 'Neo weaned off. Will transfer to Vasca de Ombrel 5 this afternoon.', phi: ['Vasca de Ombrel'], keep: ['afternoon'] },
  { pattern: 'a floor, unit or step-down word before a number after a transfer verb stays', text: 'Will transfer to step down 2. TRANSFER TO FLOOR 4 IN AM. transfer to med surg 6.', phi: [], keep: ['step', 'down', 'FLOOR', 'med', 'surg'] },
  { pattern: 'a dose word before a number after a movement verb stays', text: 'Increased to units 4 per scale. Transferred to unit 7 overnight.', phi: [], keep: ['units', 'unit'] },
  { pattern: 'English word before a place-name generic in the residence slot (lower)', text: 'social: he lives nearby in lantern crossing and will visit later.', phi: ['lantern crossing'], by: 'location.town-of-residence', keep: ['visit'] },
  { pattern: 'English word before a place-name generic in the residence slot (mixed)', text: 'Pt married, lives in Thimble Flats, husband to call.', phi: ['Thimble Flats'], keep: ['husband'] },
  { pattern: 'a residence that is a kind of housing, not a town, stays', text: 'Pt lives in assisted living with her son. lives in elderly housing alone.', phi: [], keep: ['assisted', 'living', 'elderly', 'housing'] },
];

describe('session 11: numbered wards and residence towns by slot', () => {
  testRecognizerCases(CASES);
});
