// Owns the tests of session 7d (issue 9: held-out #7's protected-term and driver's-licence gaps): a capitalised run before a named
// reference plane, test ratio, skin fold, nail line or striae is an eponym, not a person; a person's name beside it
// stays redacted. Every name and eponym here is invented. The full redactor runs (learned voter included).
import { testPhiAndKeepCases, type PhiAndKeepCase } from '../../helpers/phiCoverage';

const CASES: PhiAndKeepCase[] = [
  {
    pattern: 'head noun "plane": a capitalised word before a named reference plane is an eponym',
    text: 'Imaging: skull radiograph aligned to the Quellmont plane, no fracture.\nSeen with Dr. Ottilie Brandauer.',
    phi: ['Ottilie Brandauer'],
    keep: ['Quellmont plane'],
  },
  {
    pattern: 'head noun "ratio": a capitalised word before a named test ratio is an eponym',
    text: 'EOG: Kendrick ratio 1.4 both eyes, low normal.\nReviewed by Marisol Quintero, RN.',
    phi: ['Marisol Quintero'],
    keep: ['Kendrick ratio'],
  },
  {
    pattern: 'head nouns "folds"/"lines"/"striae": a hyphenated eponym before a skin or nail sign is an eponym',
    text: 'Skin: Whitley-Barlow folds under both eyes; Marlow lines on nails; Hensley striae on buccal mucosa.\nMother Anatole Verchère present.',
    phi: ['Anatole Verchère'],
    keep: ['Whitley-Barlow folds', 'Marlow lines', 'Hensley striae'],
  },
  {
    pattern: "a driver's licence written label, state code, number (DL AK ...): the number is PHI, the state code and a plain word after DL are not",
    text: "ID checked: DL AK QTRVW482LX, photo matches.\nDriver's license: TX 40221987 on file.\nDL OK today per clerk.",
    phi: ['QTRVW482LX', '40221987'],
    keep: ['today'],
  },
  {
    pattern: 'a CGM transmitter serial of one leading digit then letters after its label is PHI; "serial 2D echo" is a test',
    text: 'Diabetes: CGM transmitter ID 7QWXRT changed today.\nCardiology: serial 2D echo stable.',
    phi: ['7QWXRT'],
    keep: ['2D echo'],
  },
  {
    pattern: 'three capitalised words joined by hyphens with no space name a disease after its describers; a double-barrelled surname stays a name',
    text: 'Knee: Tervald-Lassen-Brohm apophysitis suspected, tender inferior pole.\nCoach Marisol Quintero-Brandauer present.',
    phi: ['Marisol Quintero-Brandauer'],
    keep: ['Tervald-Lassen-Brohm'],
  },
];

describe('session 7d: eponyms before a plane, ratio, fold, line or striae are not PHI; a state-coded licence number is', () => {
  testPhiAndKeepCases(CASES);
});
