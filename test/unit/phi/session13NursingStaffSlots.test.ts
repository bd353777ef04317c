// Owns the tests of the session-13 nursing-note slots (issue 9): staff initials and names before a credential, a
// surname after a role and "per", possessive names before a kinship word or a message, a kinship cue and a given
// name before what the relative did, a quoted nickname, a dash sign-off and a ward where a patient was found, with
// the clinical look-alikes that stay. Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  { pattern: 'dotted initials before a credential after a comma (lower case)', text: 'team: rt q.v., crna at bedside. epi x1.', phi: ['q.v.'], by: 'name.dotted-initials-credential', keep: ['crna', 'epi'] },
  { pattern: 'dotted initials before a credential (caps)', text: 'D/W DR MOSS AND K.J. NA. VSS.', phi: ['K.J.'], by: 'name.dotted-initials-credential' },
  { pattern: 'clock "p.m." after a number stays even before a credential', text: 'at 10 p.m. rn notified of low uo.', phi: [], keep: ['p.m.'] },
  { pattern: 'two-letter initials joined to a credential by a slash', text: 'Renal fellow qz/np aware. done by VD/RT.', phi: ['qz', 'VD'], by: 'name.two-letter-slash-credential' },
  { pattern: 'clinical two-letter tokens before a slash stay', text: 'pt/rn discussed. iv/po conversion. bs/rn check.', phi: [], keep: ['pt', 'iv', 'bs'] },
  { pattern: 'a name and one-letter initial before a credential (caps)', text: 'FOUND UNRESPONSIVE BY GORVIK T RT. SHOCKED X1.', phi: ['GORVIK T'], by: 'name.given-initial-credential' },
  { pattern: 'a name and one-letter initial closing a "by" clause', text: 'done by q.r. na / halvorine m; dr x to or.', phi: ['halvorine m'], by: 'name.given-initial-credential' },
  { pattern: 'a word and a letter after a comma without a credential stays (recheck K, diminished R)', text: 'Monitor ABGs, recheck K, diminished R, Lasix v. fluid.', phi: [], keep: ['recheck', 'diminished', 'Lasix'] },
  { pattern: 'a surname after a role and "per"', text: 'renal fellow per quillane aware. rt per brandvik.', phi: ['quillane', 'brandvik'], by: 'name.role-per-surname' },
  { pattern: 'sources after "per" that name no person stay', text: 'rt per protocol. fellow per report, md per team.', phi: [], keep: ['protocol', 'report', 'team'] },
  { pattern: 'a name in the possessive before a kinship word', text: "RENAL FELLOW AWARE. ZORBALINE'S SIS VISITING FROM OUT OF STATE.", phi: ['ZORBALINE'], by: 'name.possessive-kin' },
  { pattern: 'a name in the possessive before a phone-log message', text: "sat 1215: veskaline's message left on machine", phi: ['veskaline'], by: 'name.possessive-kin' },
  { pattern: "the patient's and a header's possessive stay", text: "SOCIAL--PT'S WIFE IN TO VISIT. patient's son called.", phi: [], keep: ['SOCIAL', 'patient'] },
  { pattern: 'a kinship cue and a given name before what the relative did', text: 'stepmom tarquina taught, ph on file. son Brevik called twice.', phi: ['tarquina', 'Brevik'], by: 'name.kin-given-action' },
  { pattern: 'a kinship cue and a given name before "+" or "(lives in"', text: 'DTR MALVEENA + UNCLE ORSINO STAYING NEARBY. cousin pellam (lives in town)', phi: ['MALVEENA', 'ORSINO', 'pellam'] },
  { pattern: 'time and quantity words after a kinship cue stay', text: 'Spoke with son today; SON/DAUGHTER BOTH CALLED.', phi: [], keep: ['today', 'BOTH'] },
  { pattern: 'a quoted nickname before "is what family calls"', text: 'lavage done. "Dusty-Ray" is what family calls him.', phi: ['Dusty-Ray'], by: 'name.quoted-nickname-family-calls' },
  { pattern: 'a dash sign-off closing a note after a sentence', text: 'social work aware. 61 yoa. -pernilla\n', phi: ['pernilla'], by: 'name.dash-signoff' },
  { pattern: 'a dash before a clinical abbreviation at the line end stays', text: 'hypoactive BS. -BM \nGU: foley.', phi: [], keep: ['BM'] },
  { pattern: 'a ward and its floor where a patient was found (caps)', text: '70 YOA ON HALSTEAD-WYNNE 10N FOUND UNRESPONSIVE BY STAFF.', phi: ['HALSTEAD-WYNNE 10N'], by: 'location.ward-found' },
  { pattern: 'a ward word without a floor where a patient was found', text: 'pt 50 yr old on brackwell found unresponsive by rn.', phi: ['brackwell'], by: 'location.ward-found' },
  { pattern: 'places in the room where a patient was found stay', text: 'pt on floor found unresponsive; in bathroom found down.', phi: [], keep: ['floor', 'bathroom'] },
  { pattern: 'a surname that is also a word after a person title, closing its clause', text: 'line placed by mr haybarrow. code status reviewed w/ prof. quillpen.', phi: ['haybarrow', 'quillpen'], by: 'name.title-word-surname' },
  { pattern: 'a surname that is also a word after an office title before a person verb (caps)', text: 'FIRE MARSHAL DEPUTY SADDLEHORN ASKING RE: CAR IN DRIVE.', phi: ['SADDLEHORN'], by: 'name.title-word-surname' },
  { pattern: 'a valve lesion, a catheter size and a verb after a title stay', text: 'MR SEVERE. 14 Fr foley. dr aware. dr notified.', phi: [], keep: ['SEVERE', 'foley', 'aware', 'notified'] },
  { pattern: 'a surname after "per" in a comma list of a team', text: 'TEAM: DR MOSS, PER HOLLOWMERE, RT K.J., CRNA.', phi: ['HOLLOWMERE'], by: 'name.role-per-surname' },
  { pattern: 'a ward and its floor after the age in a patient line', text: 'JANE ROE 84 YR OLD, TALBRIDGE-HALE 11, EXTUBATED TODAY.', phi: ['TALBRIDGE-HALE 11'], by: 'location.ward-after-age' },
  { pattern: 'a ward word and a building word after the age', text: 'pt 73 yr old, quenby tower, extubated.', phi: ['quenby tower'], by: 'location.ward-after-age' },
  { pattern: 'post-operative day, build and hyphenated findings after the age stay', text: '72 yo, POD 2, stable. 60 yo, well-nourished, alert. 50 yo, left wing,', phi: [], keep: ['POD', 'well-nourished', 'left'] },
  { pattern: 'a ward in parentheses closing a log header line', text: 'micu family phone log - the patient (marbury north 10)\ncalled son.', phi: ['marbury north 10'], by: 'location.log-header-ward' },
  { pattern: 'a given and family name heading a patient line before the age (caps)', text: 'PT HALVARD QUILLBERRY 36 YR OLD ON WARD.', phi: ['HALVARD QUILLBERRY'], by: 'name.patient-line-before-age' },
  { pattern: 'descriptors before the age on a patient line stay', text: 'Elderly female 80 yo. pt is 80 yo.', phi: [], keep: ['Elderly', 'female'] },
  { pattern: 'a kinship cue and a given and family name before a phone number', text: 'Authorization by stepmom tamsin quillberry by phone +1 555 222 0101', phi: ['tamsin quillberry'], by: 'name.kin-full-name-phone' },
  { pattern: 'a given and family name after a log header dash before the location', text: 'micu family phone log - orla brackwater (ward 5)\ncalled.', phi: ['orla brackwater'], by: 'name.log-header-name' },
];

describe('session 13: nursing-note slots of staff initials, kin names and wards', () => {
  testRecognizerCases(CASES);
});
