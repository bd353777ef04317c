// Owns the tests of the session-13 plate, identifier, portal-name, facility-initialism and cued local-phone shapes
// (recognizers/plainsShapes.ts, the call and home/work cues of contact.ts, the race-bib head of identifierLabels.ts), and
// the clinical look-alikes of each that stay. Every value is invented.
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

testCoveredPatterns('plains shapes redacted:', {
  'a passenger plate printed with its state postal code, digits and three letters': [
    ['Deputy on scene; vehicle ND 417 KWR in garage.', 'ND 417 KWR'],
    ['Officer drove truck SD-208-PLM to the clinic.', 'SD-208-PLM'],
  ],
  'a lower-case state plate whose postal code is no word': [
    ['marshal asking re: sd 553 rtq in drive.', 'sd 553 rtq'],
  ],
  'a county-numbered plate: county number, dash, serial digits, a letter': [
    ['Animal control (truck 73-5821P) on site.', '73-5821P'],
    ['asking re: 41-6605l in drive.', '41-6605l'],
  ],
  'an identifier whose capital prefix is glued to digits, split by a slash': [
    ['AMBULATORY EEG REPORT   Study EEG31/7720   Recorder', 'EEG31/7720'],
  ],
  'an identifier whose serial opens with a letter glued to digits after a dashed prefix': [
    ['RESPIRATOR FIT TEST   FT-K40721', 'FT-K40721'],
  ],
  'a patient-portal user name joined by an underscore or a dash with digits': [
    ['MRN on file   Portal odalys_ferr44   Pharmacy acct', 'odalys_ferr44'],
    ['Remote check (portal user quennv-318).', 'quennv-318'],
  ],
  'another hospital named by a vowel-less initialism ending in H, MC, HC or RC after a place preposition': [
    ['Prior code at TKWH last spring.', 'TKWH'],
    ['mbs at bnrc on tuesday.', 'bnrc'],
    ['Transferred from DLMC overnight.', 'DLMC'],
  ],
  'a seven-digit local number after a call verb or a home/work abbreviation, dotted or spaced': [
    ['Daughter called 613.4480 - updated.', '613.4480'],
    ['Message left on machine 538.2019 today.', '538.2019'],
    ['SON CALLED HM 744 0192, COMING IN.', '744 0192'],
    ['call wk 319 6657 after 5.', '319 6657'],
  ],
  'a licence number in spaced or dashed groups, letters first, after a licence label': [
    ['Examiner on file, license QTM 63 2208. Next due soon.', 'QTM 63 2208'],
    ['Employer contact   CDL/ID HRX-18-5530', 'HRX-18-5530'],
  ],
  'a county plate with a letter that is a unit only after a round amount': [
    ['asking re: 52-3817x in drive.', '52-3817x'],
  ],
  'a venue named by a proper name, a kind word and a grounds or campground head': [
    ['Bitten by stray dog near Pawnee rodeo grounds.', 'Pawnee rodeo grounds'],
    ['Stung at Oakhollow lake campground on Sunday.', 'Oakhollow lake campground'],
  ],
  'a race bib number after its label word': [
    ['Runner bib 28814: collapsed at mile 20.', '28814'],
  ],
});

testUntouchedPatterns('plains-shape look-alikes kept:', {
  'a state code before a dose with a three-letter unit is an amount, not a plate': [
    ['GIVEN IN 100 MCG IV PUSH.', '100 MCG'],
    ['fluids in 250 mls over the hour.', '250 mls'],
  ],
  'a lower-case word that is also a postal code starts no plate': [
    ['no change in 300 pts studied.', '300 pts'],
  ],
  'a range with a unit letter or a span of hours ending at a clock time is no county plate': [
    ['heparin 10-1500u per hour.', '10-1500u'],
    ['fluids 3-1500L total.', '3-1500L'],
    ['zoom 10-1000x used.', '10-1000x'],
    ['NPO 12-1400h then sips.', '12-1400h'],
    ['SBP 90-110s overnight.', '90-110s'],
  ],
  'a vertebral level, a tumour marker or a gene pair is no glued-prefix series': [
    ['T12-L1 fusion; CA19-9 elevated; BRCA1/2 negative.', 'T12-L1'],
    ['T12-L1 fusion; CA19-9 elevated; BRCA1/2 negative.', 'CA19-9'],
  ],
  'a licence label before a plain count is no spaced licence': [
    ['License renewed 12 times since 2001.', '12 times'],
  ],
  'an anatomical phrase after "portal" is no user name': [
    ['Ultrasound: portal vein-thrombosis excluded.', 'vein-thrombosis'],
  ],
  'a word or a clinical initialism after a place preposition is no facility': [
    ['Checked at each visit, AT LUNCH and at night.', 'each'],
    ['Checked at each visit, AT LUNCH and at night.', 'LUNCH'],
    ['Transferred from OSH with SAH, evolved to SDH.', 'OSH'],
    ['plan to wean from CVVH tomorrow.', 'CVVH'],
    ['Seen at BMT clinic, from HSCT day 0.', 'HSCT'],
  ],
  'a called-in lab value with its unit is no cued phone': [
    ['Lab called 250 mg/dL glucose.', '250'],
  ],
});
