// Owns the tests of session 8's name grammars (issue 9: names that are ordinary words, lower case, given-only): a box
// whose label is a person noun, an alias in brackets, a nickname the team knows the person by, a court caption, a name
// before a bracketed role, the patient word before a name and an age, lower-case names where only a person stands in
// mixed-case text, a relative owned by a person, and document-level consistency from those confident slots. Each case
// names the general pattern it serves; every value is invented. The rules alone are tested (learned: false) so a case
// fails when the grammar does; each pattern has a look-alike that must stay.
import { firstOccurrence, testRecognizerCases, type NeedleLocator, type RecognizerCase } from '../../helpers/phiCoverage';

/** "Name was": the name where it is followed by " was" (a name said twice, once as the subject of "was"). */
const nameBeforeWas: NeedleLocator = (text, needle) => {
  if (!needle.endsWith(' was')) return firstOccurrence(text, needle);
  return { at: firstOccurrence(text, needle).at, len: needle.length - ' was'.length };
};

const CASES: RecognizerCase[] = [
  // A form box whose label is a person noun holds that person's name, word names and lower case included.
  { pattern: 'person-noun box: surname, comma, given name, both English words', text: 'PRE-PARTICIPATION EVALUATION\nAthlete: FROST, DAWN   Sport(s): track   Team: the Otters', phi: ['FROST, DAWN'], by: 'name.person-slot', keep: ['track', 'Otters'] },
  { pattern: 'person-noun box: given and family name in lower case in a mixed-case form', text: 'Referred by drug court, Case No. 19-CR-41098. Sponsor: hope esfahani, (505) 751-3246.\nSubstance hx: none.', phi: ['hope esfahani'], by: 'name.person-slot' },
  { pattern: 'person-noun box: dotted initials only', text: 'School-Based Health Center\nStudent: A.C.  student # 307813  DOB 5/20/09  grade 8', phi: ['A.C'], by: 'name.person-slot' },
  { pattern: 'person-noun box: a hyphenated given name after a surname that is a word', text: 'Athlete: Park Ji-woo   Sport(s): wrestling', phi: ['Park Ji-woo'], by: 'name.person-slot', keep: ['wrestling'] },
  { pattern: 'a person box holding everyday words only is no name', text: 'Member: Active Duty   Branch: Navy\nAthlete: Cleared Today   Sport(s): track', phi: [], keep: ['Active Duty', 'Cleared Today'] },
  { pattern: 'a person box saying no one is named stays', text: 'Sponsor: none   Guardian: self', phi: [], keep: ['none', 'self'] },
  { pattern: 'a kinship word in a person box is who, not the name', text: 'Caller: son, L. Amorim\nCall back #: 555-0100', phi: ['L. Amorim'], keep: ['son'] },
  // Aliases.
  { pattern: 'alias in brackets between a given name and a surname', text: 'Patient Kwabena (aka Peanut) Kahananui, 76, lives with his brother.', phi: ['Kwabena', 'Peanut', 'Kahananui'], by: 'name.alias' },
  { pattern: 'alias in brackets inside a person box, word names', text: 'Name: Iris (aka Skip) Kahananui  pt ID 6445476', phi: ['Iris', 'Skip', 'Kahananui'] },
  { pattern: 'alias in a lower-case note', text: 'pt seen at camp. legal name sunny (aka peanut) raghunathan, hmis client h145905.', phi: ['sunny', 'peanut', 'raghunathan'] },
  { pattern: 'a drug "aka" another drug stays', text: 'Started buprenorphine (aka Suboxone) film daily.', phi: [], keep: ['buprenorphine'] },
  { pattern: 'nickname the team knows the person by, in quotes', text: 'pt known to team as "Sarge" (legal name S.L.), sleeps in a van.', phi: ['Sarge', 'S.L'], by: 'name.alias' },
  { pattern: 'a name after "legal name" with no colon, surname first in lower case', text: 'pt known to team as "skip" (legal name field, ioana), hmis client n418728.', phi: ['skip', 'field, ioana'] },
  // Court captions.
  { pattern: 'court caption: the defendant after "State v.", word names', text: 'FORENSIC EVALUATION\nState v. Hill, Sky   Case No. 25-CR-01031   Superior Court', phi: ['Hill, Sky'], by: 'name.court-caption' },
  { pattern: 'court caption: a lower-case defendant whose first word another unit found', text: 'FORENSIC EVALUATION\nState v. dagny marsh   Case No. 24-CR-93290', phi: ['dagny marsh'] },
  { pattern: 'a state named in prose is no caption', text: 'The State requires a second opinion.', phi: [], keep: ['State', 'second'] },
  // A name right before a bracketed kinship or role word.
  { pattern: 'surname-first word name before a bracketed role, after a colon', text: 'Consent for photography: Field, Anahera (coach), age of patient 18.', phi: ['Field, Anahera'], by: 'name.before-bracketed-role' },
  { pattern: 'initials before a bracketed kinship word', text: 'Consent for photography: M.A. (girlfriend), copy e-mailed.', phi: ['M.A'] },
  { pattern: 'a title before the name stays outside it', text: 'Tadeusz was sent by Coach Baker (PE teacher) for knee pain.', phi: ['Baker'], keep: ['Coach'] },
  { pattern: 'a clinical phrase before a bracketed word stays', text: 'Risk discussed: Fall Risk (patient) high.', phi: [], keep: ['Fall Risk'] },
  // The patient word, a name, then the age.
  { pattern: 'patient word, word names, comma, age', text: 'Submitted from clinic.\nPt Sky Baker, 90 y/o, Chart #E-4592-38.', phi: ['Sky Baker'], by: 'name.patient-before-age' },
  { pattern: 'patient word, lower-case names in a mixed note, comma, age', text: 'Submitted Feb from clinic.\nPt aino winter, 62, Chart #E-2790-42.', phi: ['aino winter'] },
  { pattern: 'patient word then a finding, not a name', text: 'Note written today.\nPatient Stable, 62 kg.', phi: [], keep: ['Stable'] },
  // Lower-case names where only a person stands in mixed-case text.
  { pattern: 'discussed-with list of lower-case names that are words', text: 'Progress note\nd/w judge and dolly. Plan unchanged.', phi: ['judge', 'dolly'], by: 'name.lower-role-slot' },
  { pattern: 'discussed-with a group and a service stays', text: 'Progress note\nd/w team and family. Plan unchanged.', phi: [], keep: ['team', 'family'] },
  { pattern: '"per" a staff role then a lower-case name', text: 'Nursing note. per charge nurse dale pt resting.', phi: ['dale'], by: 'name.lower-role-slot', keep: ['resting'] },
  { pattern: '"per" a staff role then a report stays', text: 'Nursing note. per charge nurse report pt resting.', phi: [], keep: ['report'] },
  { pattern: 'lower-case given name and surname opening a sentence with a person predicate', text: 'Social work note.\nbud cooper called. Family meeting set.', phi: ['bud cooper'], by: 'name.lower-role-slot' },
  { pattern: 'lower-case words opening a sentence with a non-person predicate stay', text: 'Exam today.\nrib pain improved. Plan set.', phi: [], keep: ['rib pain'] },
  { pattern: 'kinship word, lower-case given name and surname, closed by a clause word', text: 'Retina referral. Lives with girlfriend river banks at home.', phi: ['river banks'], keep: ['home'] },
  { pattern: 'kinship word then surname, comma, given name in capitals', text: 'Sources: interview; collateral from stepdad NGATA, IVY (620.494.1848); records.', phi: ['NGATA, IVY'] },
  { pattern: 'kinship word then a capitalised given name that is also a clinical word', text: 'Lives in a van. stepdad Iris has a phone: (620) 731-6145.', phi: ['Iris'] },
  { pattern: 'kinship word then a clinical word in lower case stays', text: 'Lives with stepdad. mother iris exam normal.', phi: [], keep: ['iris'] },
  { pattern: '"seen w/" a lower-case given name and surname closed by a credential', text: 'Visit note.\nseen w/ fern rivers rn. Plan set.', phi: ['fern rivers'], by: 'name.lower-role-slot' },
  { pattern: '"seen w/" a lower-case name closed by a bracketed carer abbreviation', text: 'Visit note.\nseen w/ birch honey (cg). Plan set.', phi: ['birch honey'] },
  { pattern: 'a kinship word then a name in brackets', text: 'History taken today.\nMother (Scout) provides history.', phi: ['Scout'], keep: ['Mother', 'provides'] },
  { pattern: 'a kinship word then a state in brackets stays', text: 'History taken today.\nMother (deceased) had diabetes. Father (Alive) well.', phi: [], keep: ['deceased', 'Alive'] },
  { pattern: 'a kinship phrase then a capitalised given name and surname before a predicate', text: 'Visit note.\nCare partner Scout Kotaayev updated.', phi: ['Scout Kotaayev'] },
  { pattern: 'regarding line: lower-case surname, comma, an everyday given name', text: 're: nyetaadze, serenity\nreviewed labs with her.', phi: ['nyetaadze, serenity'], by: 'name.person-slot' },
  { pattern: 'regarding line: a topic stays', text: 'Re: Follow up of chest pain\nreviewed labs with her.', phi: [], keep: ['Follow', 'chest pain'] },
  // The signer of a consent, a signer before a credential, the owner of a phone in brackets.
  { pattern: 'consent: the name between "I," and a consent verb, word names', text: 'FIN 049651160\n1. I, Cash Sexton, authorize the release of records.', phi: ['Cash Sexton'], by: 'name.consent-self' },
  { pattern: 'consent: "I, the undersigned," stays', text: '1. I, the undersigned, authorize the release of records.', phi: [], keep: ['undersigned'] },
  { pattern: 'a line of word names before a comma and a credential', text: 'Return 10/20.\nPita Nightingale, FNP-C\n', phi: ['Pita Nightingale'], by: 'name.line-before-credential' },
  { pattern: 'a heading and its acronym after a comma stay', text: 'Problems:\nHeart Failure, CHF\nChest Pain, ED\n', phi: [], keep: ['Heart Failure', 'Chest Pain'] },
  { pattern: 'capitals words then capitals without a comma stay (an all-caps note)', text: 'PT TURNED. PNEUMO BOOTS CONT. FAMILY IN.', phi: [], keep: ['PNEUMO BOOTS'] },
  { pattern: "the owner of a phone in brackets after the number, a word name", text: "Best number (716) 817-3433 ext 904 (Faith's cell). Return 11/23.", phi: ['Faith'] },
  // The agent of a finding verb; a name owned after a kinship or role word; a function-word given name after a kinship word.
  { pattern: '"found by" a one-word name that is a word, closed by "at"', text: 'Substance: 20 tabs; found by Major at 10:50. Level plotted.', phi: ['Major'], by: 'name.found-by' },
  { pattern: '"found by" a service or a relative stays', text: 'Found by EMS at 10:50. found by mother at 3. Found by Security.', phi: [], keep: ['EMS', 'mother', 'Security'] },
  { pattern: 'a role word then a capitalised word owning a noun', text: 'Screening done. Caregiver Happy\'s CAGE questionnaire 2/4.', phi: ['Happy'], keep: ['CAGE'] },
  { pattern: 'a kinship word then a function-word given name closed by a comma', text: 'Present: son Bogdan, stepdaughter Will, and the chaplain.', phi: ['Will'] },
  { pattern: 'a kinship word then "will" in prose stays', text: 'Her son Will call back tomorrow? son will call.', phi: [], keep: ['will call'] },
  // A staff role or shift word then a name that is a word.
  { pattern: 'handoff to a shift then a capitalised given name', text: 'Report given.\nCare handed to night shift Harmony.', phi: ['Harmony'] },
  { pattern: 'a staff role then a capitalised given name and surname before a predicate', text: 'Pain controlled. pharmacist Moyah Bell to reassess.', phi: ['Moyah Bell'] },
  { pattern: 'an ambiguous role abbreviation before clinical words stays', text: 'R groin PA line resited to RIJ. RT eye red, crusty.', phi: [], keep: ['line resited', 'eye red'] },
  { pattern: '@mention of a capitalised given name that is also a word', text: 'Telephone encounter: @Frank pharmacy called back', phi: ['Frank'], by: 'name.at-mention' },
  { pattern: '"@" before a place word or a time stays', text: 'Meds given @Home. BP checked @ 0900.', phi: [], keep: ['Home', '0900'] },
  // E-mail display names and quoted-message authors.
  { pattern: 'display name before an address in angle brackets, lower-case word names', text: 'Thread\nfrom: dawn sweet <dsweet@clinicmail.org>\nsubject: labs', phi: ['dawn sweet'], by: 'name.email-display' },
  { pattern: 'a service before an address in brackets after "the" stays', text: 'Send to the clinic <info@clinic.org> today.', phi: [], keep: ['clinic'] },
  { pattern: 'the author of a quoted message, after "On <day>," in mid-line', text: 'Skin mark noted. On Tue, Sky Porter wrote:\n> Results attached.', phi: ['Sky Porter'] },
  // Two people joined by "and" opening a sentence with a predicate only people take; members before "and their <kin>".
  { pattern: 'two names that are words joined by "and" before "are aware"', text: 'Plan reviewed.\nKemi and Storm are aware.', phi: ['Kemi', 'Storm'], by: 'name.coordinated-subject' },
  { pattern: 'two lower-case names joined by "and" before "at bedside"', text: 'Progress note\nStable.\nxirik and prince at bedside.', phi: ['xirik', 'prince'] },
  { pattern: 'two things joined by "and" before the same predicate stay', text: 'Plan reviewed.\nNursing and pharmacy are aware. Rest and ice at bedside.', phi: [], keep: ['Nursing', 'pharmacy', 'Rest'] },
  { pattern: 'capitals list members before "and their <kin>"', text: 'PROGRESS NOTE\nSEEN WITH XILO, NOEMIE AND THEIR GRANDSON SKORIK. STRONG COUGH.', phi: ['XILO', 'NOEMIE'], by: 'name.coordinated-subject', keep: ['STRONG'] },
  // Surname, comma, given name heading a list entry, or after a cue with a middle initial.
  { pattern: 'surname-first word names heading an entry before a dash', text: 'Seen on rounds.\nWise, Peel - room 12\nLittle, Noble - bed 4', phi: ['Wise, Peel', 'Little, Noble'], by: 'name.inverted-entry', keep: ['bed'] },
  { pattern: 'surname-first word names after "Covering for" with a middle initial', text: 'Nursing note. Covering for Post, Yeel W. this weekend.', phi: ['Post, Yeel W'] },
  { pattern: 'two findings with a comma before a dash stay', text: 'Exam done.\nAlert, oriented - no distress.', phi: [], keep: ['Alert', 'oriented'] },
  // A relative owned by a person, with a modifier between.
  { pattern: 'possessive owner of a modified relative ("older brother")', text: 'Question: lesion changing per Anahera\'s older brother Tadeusz.', phi: ['Anahera', 'Tadeusz'] },
  { pattern: 'possessive owner of a case manager', text: 'Question: lesion changing per Zeynep\'s case manager Dawn.', phi: ['Zeynep'] },
  { pattern: "an eponym's case stays", text: 'Consistent with a Baker\'s cyst; no Bishop score.', phi: [], keep: ['Baker', 'Bishop'] },
  // Document-level consistency from a confident slot.
  { pattern: 'a word name from a person box is that person in the prose', text: 'Student: Stone, Summer  student # 020163  grade 8\nSummer was sent by the coach for knee pain.', phi: ['Stone, Summer', 'Summer was'] },
  { pattern: 'the everyday word stays where it is not capitalised as a name', text: 'Student: Stone, Summer  student # 020163\nSeen in summer camp for knee pain.', phi: ['Stone, Summer'], keep: ['summer camp'] },
];

describe('session 8 name grammars (rules alone)', () => {
  testRecognizerCases(CASES, nameBeforeWas);
});
