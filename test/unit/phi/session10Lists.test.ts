// Owns the tests of session 10's lists of people and place-over-eponym slots (issue 9: the development source's style
// with values nobody has seen): a coordinated list carries a name slot over to its other members in lower-case and
// ALL-CAPS stretches too ("beauchamp and ribeiro", "t. river and s. o'connell", "IMANI POTTER AND DRS FALKENBERG"),
// and a place cue outranks the guess that an unknown capitalised word before "scale" or "signs" is an eponym ("per U
// Amberlea scale", "go to Brackenholt Rushmere Vital signs"). Each case names the general pattern it serves and has a
// look-alike that must stay (listed eponyms, everyday words in lists, findings after a name). Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  // A place cue outranks an eponym guess.
  { pattern: 'university by "U" before an unlisted word the eponym guess took before "scale"', text: 'now to start IV insulin per U Quillaby scale. Neuro: alert.', phi: ['U Quillaby'], by: 'location.university-short', keep: ['scale', 'insulin'] },
  { pattern: 'unlisted words after "go to" before "Vital signs" are a place', text: 'Pt is prepared to go to Wendlemoor Calderquist Vital signs stable.', phi: ['Wendlemoor Calderquist'], by: 'location.unlisted-after-movement', keep: ['Vital', 'signs'] },
  { pattern: 'a listed eponym after "U" or a movement verb stays protected', text: 'Pt on Braden scale 14, per Glasgow coma scale 15; refer to Ranson criteria.', phi: [], keep: ['Braden', 'Glasgow', 'Ranson'] },
  { pattern: 'a units sign before an eponym scale stays', text: 'given 4 U Humalog per sliding scale; goes to Beck depression inventory later.', phi: [], keep: ['Humalog', 'Beck'] },
  // Department letters that are also a hospital's code, decided by the slot.
  { pattern: "a department's letters after an arrow before an emergency ward name the hospital (caps)", text: 'HPI: FOUND UNRESPONSIVE-> IR EW TODAY. PRESENTED IN RESP DISTRESS.', phi: ['IR'], by: 'location.code-before-unit', keep: ['EW', 'RESP'] },
  { pattern: 'a code after "came into" before a date closes a movement clause', text: '46 year old male came into PR on 7/28 with complaints of chest pain.', phi: ['PR'], by: 'location.code-after-movement', keep: ['complaints'] },
  { pattern: 'departments and wards as themselves after movement verbs stay', text: 'TRANSFERRED TO IR FOR EMBOLIZATION. CAME INTO ED ON 7/28. ID CONSULT TO FOLLOW. WENT INTO VT AT 0200. SENT TO ED NURSE.', phi: [], keep: ['IR', 'ED', 'ID', 'VT', 'NURSE'] },
  // Coordinated lists in caseless stretches.
  { pattern: 'a listed surname joined by "and" to a found name in a lower-case stretch of mixed text', text: 'Plan: Cont abx. social: dr qwarnecki and beauchamp updated the family at the bedside.', phi: ['qwarnecki', 'beauchamp'], keep: ['updated', 'family'] },
  { pattern: 'an everyday word joined to a found name in a lower-case stretch stays', text: 'Plan: Cont abx. social: dr qwarnecki and staff updated the family; wife and son aware.', phi: ['qwarnecki'], keep: ['staff', 'wife', 'son'] },
  { pattern: 'initial-and-surname members joined by "and" inside brackets (lower)', text: 'valuables include two credit cards. nsg (t. river and s. o\'connell) verified amt of cash.', phi: ['t. river', "s. o'connell"], keep: ['verified', 'nsg'] },
  { pattern: 'genus and species abbreviations listed like initials stay', text: 'cultures grew e. coli and s. aureus; started vanco. urine: k. pneumoniae, p. mirabilis.', phi: [], keep: ['coli', 'aureus', 'pneumoniae', 'mirabilis'] },
  { pattern: 'caps given name and surname before "AND DRS" and a found name', text: 'KCL AND MAGNESIUM SULFATE GIVEN. IMANI POTTER AND DRS FALKENBERG AND QUORVIC AWARE.', phi: ['IMANI POTTER', 'FALKENBERG', 'QUORVIC'], keep: ['SULFATE', 'AWARE'] },
  { pattern: 'everyday words and findings listed after a lower-case name stay', text: 'son in to visit. dtr ribeiro and husband aware. pt calm and comfortable, skin warm and dry.', phi: ['ribeiro'], keep: ['calm', 'comfortable', 'warm', 'dry', 'husband'] },
  { pattern: 'initials before drugs and findings in a lower-case list stay', text: 'started on iv abx: pip/tazo and vanco. pt a and o x3, mae, r. stable and dry.', phi: [], keep: ['stable', 'dry', 'vanco'] },
  // Name + modal, and the subject of a care role.
  { pattern: 'a modal that is a name after a titled name, followed by no verb (lower)', text: 'discussed with pulm interventional doctors, dr. quorvane may and most decisions will need their input.', phi: ['quorvane may'], keep: ['decisions', 'need'] },
  { pattern: 'a modal after a titled name before its verb stays', text: 'Dr. Quorvane may call back tonight. DR HALE WILL CALL.', phi: ['Quorvane', 'HALE'], keep: ['may', 'WILL', 'CALL'] },
  { pattern: 'subject of "is" before a role in the family\'s care (word name, mixed)', text: 'Social - Family at bedside last night. Crane is family contact/interpreter for pt.', phi: ['Crane'], by: 'name.role-copula-subject', keep: ['Family', 'contact'] },
  { pattern: 'subject of "is" before HCP (caps, unlisted)', text: 'SOCIAL: ODUYEMBA IS HCP AND WILL VISIT IN AM.', phi: ['ODUYEMBA'], keep: ['HCP', 'VISIT'] },
  { pattern: 'kin, patient and pronoun subjects before a care role stay', text: 'Daughter is HCP. Pt is own proxy. She is the family contact. This is primary contact info.', phi: [], keep: ['Daughter', 'Pt', 'She', 'This'] },
  // A name before a kinship apposition or before "from" and a visiting service.
  { pattern: 'name run before "his/her" and a kinship word (mixed, word given name)', text: 'HCP form obtained yesterday and pt spokesperson is Skip Quarlenti his neice. Her husband called.', phi: ['Skip Quarlenti'], by: 'name.before-kin-apposition', keep: ['spokesperson', 'husband'] },
  { pattern: 'name run before "from" and a visiting service (lower)', text: 'pt alert, orientedx3. matthias fisher knight from speech and swallow in to eval.', phi: ['matthias fisher knight'], by: 'name.staff-from-service', keep: ['speech', 'swallow'] },
  { pattern: 'everyday words before "from PT" or "his wife" stay', text: 'Good progress from PT today. Called back his wife. Needs help from social work. Pt brought from rehab.', phi: [], keep: ['Good', 'progress', 'back', 'help', 'brought'] },
];

describe('session 10: lists of people and place slots over eponym guesses', () => {
  testRecognizerCases(CASES);
});
