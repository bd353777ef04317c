// Owns the tests of session 10's caseless slots (issue 9: the development source's style with values nobody has seen):
// in ALL-CAPS and all-lower nursing text a person or a place is known by its slot, not its spelling — a doctor's title, a
// staff role or kinship word before a person's predicate, the subject of a person's verb, "per", a closing sign-off line;
// a facility's short code before a unit noun or closing a movement clause, "U" and a name, a saint's possessive, a named
// ward with its number, unlisted words after a movement verb. Each case names the general pattern it serves and has a
// look-alike that must stay (typos, rhythms, ventilator modes, services, lines and catheters). Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';
import { defaultLexicon } from '../../../src/engine/phi/lexicon';
import { nearKnownWord } from '../../../src/engine/phi/names/nearWord';

const CASES: RecognizerCase[] = [
  // Person slots.
  { pattern: 'doctor title before a surname that is also a time word, person predicate after (caps)', text: 'HR 80S. DR DAY AWARE OF BP. WILL CONT TO MONITOR.', phi: ['DAY'], by: 'name.caseless-title-slot', keep: ['AWARE', 'MONITOR'] },
  { pattern: 'doctor title before an unlisted surname (caps)', text: 'BP 100/60. PLAN DISCUSSED WITH DR QWARNECKI TODAY.', phi: ['QWARNECKI'] },
  { pattern: 'doctor title before grammar stays', text: 'DR AWARE OF LABS. DR TO CALL BACK.', phi: [], keep: ['AWARE', 'CALL'] },
  { pattern: 'staff role before a listed word name, person predicate after (caps)', text: 'SBP 88. NP BAKER MADE AWARE, PT BOLUSED 500CC.', phi: ['BAKER'], by: 'name.caseless-role-kin-slot', keep: ['MADE', 'BOLUSED'] },
  { pattern: 'staff role that is also a catheter stays before line words', text: 'ACCESS: PA LINE AND RIGHT RADIAL ALINE. NEED FOR PA LINE, LABILE BP.', phi: [], keep: ['LINE', 'RADIAL'] },
  { pattern: 'kinship word before a listed word name, person predicate after (lower)', text: 'neuro intact. social- son snow in to visit. dtr snow called and discussed with me.', phi: ['snow'], by: 'name.caseless-role-kin-slot', keep: ['visit', 'called'] },
  { pattern: 'kinship word before a given name that is also a modal, finite verb after (caps)', text: 'CXR DONE. COPING-SISTER ,WILL HAS PHONED TODAY AND WILL BE IN.', phi: ['WILL'], by: 'name.caseless-role-kin-slot', keep: ['PHONED'] },
  { pattern: 'kinship word before a modal verb stays', text: 'SON WILL CALL IN AM. DAUGHTER MAY VISIT.', phi: [], keep: ['WILL', 'MAY', 'CALL'] },
  { pattern: 'kinship word before a misspelt verb stays (one edit from English)', text: 'chart reviewed. social: son and husband visisted. mother trached last yr.', phi: [], keep: ['visisted', 'trached'] },
  { pattern: '"significant" before an everyday word is no kinship slot', text: 'FAILED WEAN W/SIGNIFICANT DROP IN CARDIAC OUTPUT.', phi: [], keep: ['DROP'] },
  { pattern: 'two unlisted words as the subject of AWARE (caps)', text: 'RUN OF VENT TACHYCARDIA QORVATH ZELINSKAYA AWARE MGSO4 GIVEN.', phi: ['QORVATH ZELINSKAYA'], by: 'name.caseless-predicate-subject', keep: ['TACHYCARDIA', 'MGSO4'] },
  { pattern: 'an unlisted word as the subject of "visited" after a section label (lower)', text: 'wbc pending. social: hraundottir visited during the evening.', phi: ['hraundottir'], keep: ['evening'] },
  { pattern: 'a misspelt word before a person verb stays', text: 'health care proxy has been intermittenly visiting pt.', phi: [], keep: ['intermittenly'] },
  { pattern: '"per" and an unlisted name before what the person decided (caps)', text: 'LASIX 80MG IN AM. PER VOSKRESNY WILL HOLD PRESENTLY.', phi: ['VOSKRESNY'], by: 'name.caseless-per', keep: ['HOLD'] },
  { pattern: '"per" and a misspelt document word stays', text: 'PTT SUBTHERAPEUTIC, PER PROTOCAL GIVEN BOLUS. insulin per slidng scale.', phi: [], keep: ['PROTOCAL', 'slidng'] },
  { pattern: 'closing sign-off line of one unlisted surname', text: 'PT IS ON 850U/HR HEPARIN NOT 1400U/HR.\nZWIRNACKA\n', phi: ['ZWIRNACKA'], by: 'name.caseless-signoff-line' },
  { pattern: 'closing sign-off line of a given name and a surname that is a word', text: 'Family around to decrease anxiety.\nSue Small\n', phi: ['Sue Small'] },
  { pattern: 'closing plan line of an initial and a word stays', text: 'awaiting bed for transfer.\nr. stable.', phi: [], keep: ['stable'] },
  // Place slots.
  { pattern: 'facility code before an emergency-ward noun after a movement (caps)', text: 'SHE CAME TO QX EW WITH FAMILY. PT TRANSFERRED TO QV MICU FOR TIPS.', phi: ['QX', 'QV'], keep: ['EW', 'MICU'] },
  { pattern: 'facility code before a nurse noun after "seen by"', text: 'CONSIDERING DNR. SEEN BY HTZL NURSE FOR ARRANGEMENTS.', phi: ['HTZL'], by: 'location.code-before-unit', keep: ['NURSE'] },
  { pattern: 'determiner before a unit noun stays', text: 'ADMITTED FROM THE EW TO CCU. IN THE MICU, PT WAS R/O.', phi: [], keep: ['THE', 'EW', 'MICU'] },
  { pattern: 'facility code closing a movement clause (caps, and a lower-case note)', text: 'PT ARRIVED TO QH AT 0330 FROM OSH.', phi: ['QH'], by: 'location.code-after-movement', keep: ['OSH'] },
  { pattern: 'rhythms and ventilator modes after return verbs stay', text: 'PT RETURNED TO SIMV. HR RETURNED TO NSR. 5AM WENT INTO AFIB. CLOT SENT TO BB.', phi: [], keep: ['SIMV', 'NSR', 'AFIB', 'BB'] },
  { pattern: 'service and unit abbreviations after transfer stay', text: 'plan: ? transfer to vicu when bed ready. d/c to snf. NO URINE TO SEND.', phi: [], keep: ['vicu', 'snf', 'SEND'] },
  { pattern: 'university by "U" and an unlisted name', text: 'Rehab slowed d/t BS. U Kestrelby consult this afternoon.', phi: ['U Kestrelby'], by: 'location.university-short', keep: ['consult'] },
  { pattern: 'units after a dose are no university', text: 'Given 8 U Humalog and 4 U regular.', phi: [], keep: ['Humalog'] },
  { pattern: "saint's possessive after a place preposition is a hospital", text: "resp status stable, ?transfer to St. Brennock's tomorrow", phi: ["St. Brennock's"], keep: ['tomorrow'] },
  { pattern: "St. John's wort stays", text: "Takes St. John's wort at home.", phi: [], keep: ['wort'] },
  { pattern: 'named ward with its number after a transfer verb (caps)', text: 'OOB AS TOL. ? TRANSFER TO LARKSPUR 2.', phi: ['LARKSPUR'], by: 'location.numbered-ward' },
  { pattern: 'transfer to a floor number stays', text: 'Plan: transfer to floor 2 when stable.', phi: [], keep: ['floor'] },
  { pattern: 'unlisted town after "lives in" (caps)', text: 'SOCIAL: PT LIVES IN QUORNBECK WITH SON.', phi: ['QUORNBECK'] },
  { pattern: 'unlisted place after "meeting at" (lower)', text: "plan is today after dr donnelly's meeting at evershawe gi/gu--no issues.", phi: ['evershawe'], by: 'location.unlisted-after-movement', keep: ['gi'] },
  // Facility tails, towns of residence and line initials.
  { pattern: 'facility named by a post-acute tail after a place preposition, word names (lower)', text: 'dispo: back to blue heron transitional care when stable.', phi: ['blue heron transitional care'], by: 'facility.tail', keep: ['stable'] },
  { pattern: 'a tail another unit found partly is completed (caps)', text: 'REFERRALS FAXED TO KESTWICK LTC (FAX 617-555-0100).', phi: ['KESTWICK LTC'] },
  { pattern: 'employer named by its trade tail in lower case', text: "home cpap from church brothers landscaping's dme monitor.", phi: ['church brothers landscaping'], keep: ['dme'] },
  { pattern: 'a generic setting before a tail stays', text: 'Needs skilled nursing at discharge; to acute rehab vs home with VNA.', phi: [], keep: ['skilled', 'nursing', 'acute', 'rehab'] },
  { pattern: 'town that is an English word in the residence slot (mixed)', text: 'Pt 25 y/o, lives alone in Sandwich; works nights.', phi: ['Sandwich'], by: 'location.town-of-residence' },
  { pattern: 'town of origin after a person noun (caps)', text: "PT'S WIFE FROM DERBY TO COME IN TOMORROW.", phi: ['DERBY'], keep: ['WIFE'] },
  { pattern: 'a state in the residence slot stays', text: 'Niece lives in California, phone on file.', phi: [], keep: ['California'] },
  { pattern: 'initials opening a line before a credential, spelling a title (lower)', text: 'dr aware; update family.\nms rn', phi: ['ms'], by: 'name.caseless-line-initials', keep: ['rn'] },
  { pattern: 'dash and initials closing the note', text: 'RSBI 64 this am. Cont full support. -ep', phi: ['ep'], by: 'name.caseless-line-initials' },
  { pattern: 'a dash before an abbreviation inside a note is a negation and stays', text: 'abd obese, hypoactive BS. -BM\nGU: foley draining.', phi: [], keep: ['BM'] },
  // Signers before credentials, the patient header, possessive subjects, kin word names, a code after OSH.
  { pattern: 'signer opening a clause before a credential and a training year (lower, word names)', text: 'dispo: back to the floor when stable; cash hunt, md pgy-2', phi: ['cash hunt'], by: 'name.caseless-before-credential', keep: ['stable'] },
  { pattern: 'signer initials opening a clause before a credential and an extension', text: 'SW will follow. GM licsw x4-5966', phi: ['GM'], by: 'name.caseless-before-credential' },
  { pattern: 'a service before a credential stays', text: 'Wound care by RN\nPT RN\n', phi: [], keep: ['PT'] },
  { pattern: 'patient word, name, then an admission field (lower, word names)', text: 'CM/DC PLANNING NOTE Pt thiago hunt, adm 3/8; anticipated d/c 4/2', phi: ['thiago hunt'], by: 'name.caseless-patient-header' },
  { pattern: 'patient word, inverted caps name, then a unit-number field', text: 'CM/DC PLANNING NOTE PT SWEET, STERLING, UNIT NO. 452-69-36', phi: ['SWEET, STERLING'] },
  { pattern: 'patient word before an ordinary clause stays', text: 'Pt tolerating diet, adm weight 80 kg.', phi: [], keep: ['tolerating', 'diet'] },
  { pattern: "a name's possessive opening a clause before a person's concern", text: "Laid off last year. Summer's angry at the delay. Family attended.", phi: ['Summer'], by: 'name.caseless-possessive-subject', keep: ['angry'] },
  { pattern: "a kinship word's own possessive is no slot", text: "Her daughter's wedding has been moved up.", phi: [], keep: ['wedding'] },
  { pattern: 'lower-case listed word name after a kinship word the shared list lacks, predicate after', text: 'social: family in to visit; godmother summer in to visit.', phi: ['summer'], by: 'name.caseless-role-kin-slot' },
  { pattern: 'a catheter word after PA before numbers stays', text: 'levo 4mcg w/bp 90/50, pa numbers 39-50/19-27, cvp 6.', phi: [], keep: ['numbers'] },
  { pattern: 'hospital code after "OSH" before a date (caps)', text: "PMH: CAD S/P CABG '90, DM2. OSH QGH 5/20. S: O/N UNEVENTFUL", phi: ['QGH'], keep: ['OSH', 'UNEVENTFUL'] },
  { pattern: 'capitalised person after a verb of working together and "with" (mixed)', text: "Good blood return. Con't to work with Cross for txr home.", phi: ['Cross'], by: 'name.caseless-work-with', keep: ['txr'] },
  { pattern: 'a title-case service or a role after "work with" stays', text: "Con't to work with Case Management for placement. will work with PT for gait.", phi: [], keep: ['Case', 'Management', 'PT'] },
  { pattern: 'surname before "family" after a verb of informing (caps)', text: 'INTUBATED/ KEEP BELL FAMILY AWARE OF PLAN OF CARE.', phi: ['BELL'], by: 'name.caseless-family-of', keep: ['FAMILY'] },
  { pattern: 'which family members, not whose family, stays', text: 'son will update other family members. KEEP PT FAMILY AWARE.', phi: [], keep: ['other', 'PT'] },
  { pattern: "a credential closing a signer's name is no cue for the next sentence", text: 'Regards, Ray Ten Peraello, RN Wood lamp exam negative.', phi: [], keep: ['Wood', 'lamp'] },
];

describe('session 10: caseless person and place slots', () => {
  testRecognizerCases(CASES);
});

describe('session 10: one-edit typo guard of the slot rules', () => {
  const lex = defaultLexicon();
  it.each([['notifed'], ['visisted'], ['duaghter'], ['protocal']])('"%s" is a misspelt English word', (w) => {
    expect(nearKnownWord(lex, w)).toBe(true);
  });
  it.each([['hraundottir'], ['qorvath'], ['zwirnacka']])('"%s" is no English word misspelt', (w) => {
    expect(nearKnownWord(lex, w)).toBe(false);
  });
});
