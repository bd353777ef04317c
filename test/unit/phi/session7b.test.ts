// Owns the tests of session 7b's formats and grammars (issue 9, held-out #6's leaks): a number after any label that names
// it a number, the ISBT 128 donation number by its structure, a report form's patient-identifier and alias boxes, an
// age form field that says when, correctional facilities by their head noun, quoted nicknames closing a name and
// state-board licences with a credential prefix. Each case names the general pattern it serves; every value is
// invented. The rules alone are tested (learned: false) so a case fails when the grammar does; each pattern has a
// look-alike that must stay.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  // A number after any label that names it a number, whatever the label's first words.
  { pattern: 'number after an unlisted label word and "#"', text: 'Intake: Arrest #  31-880412  reviewed by nursing.', phi: ['31-880412'], by: 'id.any-label' },
  { pattern: 'number after an unlisted label word and "ID"', text: 'MEDWATCH FORM   Submission ID 55019327-4410\nEvent: rash.', phi: ['55019327-4410'], by: 'id.any-label' },
  { pattern: 'letter then spaced digit groups after "no."', text: 'RE: Veteran claim; Docket no. K 41 207 833; service connected.', phi: ['K 41 207 833'], by: 'id.any-label' },
  { pattern: 'card number with a person-code suffix after "#:"', text: 'Plan card  Enrollee #: Q40718265 03 (Plan B)', phi: ['Q40718265 03'] },
  { pattern: 'a code, a product number or a small count after a number label stays', text: 'CPT # 99214 billed. Model no. 45210 pump. Room # 12. Cycle no. 3 of 6.', phi: [], keep: ['99214', '45210', 'Room # 12', '3 of 6'] },
  { pattern: 'a pressure range after a number label is a measurement', text: 'PA # 34-40/22-28, CVP 8-12. PA#- 40/17-24.', phi: [], keep: ['34-40/22-28', '40/17-24'] },
  { pattern: "a laboratory's CLIA number after its label stays", text: 'Core Lab\nCLIA # 22D0419377\nSpecimen received.', phi: [], keep: ['22D0419377'] },
  { pattern: 'the letters naming a number scheme before "No." are no initials', text: 'Riverside 10001\nNHS No. 401 224 7715   Sex F', phi: ['401 224 7715'], keep: ['NHS'] },
  { pattern: 'a lower-case "no" before a number is the negation, not a label', text: 'pt reports no 10000 step days since surgery.', phi: [], keep: ['10000'] },
  { pattern: 'a label word glued into a longer word is no label ("paid" is not "pa" + "id")', text: 'Copay paid 12345 via card.', phi: [], keep: ['12345'] },
  // ISBT 128 Donation Identification Number.
  { pattern: 'ISBT 128 DIN: facility letter + 4 digits, 2-digit year, 6-digit serial, spaced', text: 'Unit  Q4417 22 100934  RBC  A POS', phi: ['Q4417 22 100934'], by: 'id.isbt-din' },
  { pattern: 'ISBT 128 DIN with its flag digits', text: 'Issued unit X0381 21 448120 07 at 1420.', phi: ['X0381 21 448120 07'] },
  { pattern: 'ISBT 128 DIN written compact', text: 'Bag label: X038121448120 checked by two RNs.', phi: ['X038121448120'] },
  { pattern: 'a dose and a count are no DIN', text: 'Gave 2 units; PLT 145 000; Hgb 7.9.', phi: [], keep: ['145 000'] },
  // Report forms.
  { pattern: "a report form's patient identifier box holds initials", text: 'A. Patient identifier: QZT  Age at event: 51  Sex: M', phi: ['QZT'], by: 'field.patient-initials', keep: ['Sex'] },
  { pattern: 'an alias box holds a name whatever its words', text: '1. Legal name: R. Okonkwo-Lind   AKA: Pickles   Sex: F', phi: ['Pickles'], by: 'field.alias' },
  { pattern: 'an age over 89 in a form field that says when', text: 'Patient identifier: J.R.  Age at event: 97  Sex: F\nAge at time of death: 103', phi: ['97', '103'], by: 'age.over89.labelled' },
  { pattern: 'an age under 90 in the same field stays', text: 'Age at event: 64  Sex: F', phi: [], keep: ['64'] },
  // Correctional facilities by grammar.
  { pattern: 'correctional institution named by its head noun', text: 'Quarry Hollow State Correctional Institution — MEDICAL INTAKE', phi: ['Quarry Hollow State Correctional Institution'], by: 'agency.correctional' },
  { pattern: 'detention center and youth facility in capitals', text: 'TRANSFERRED FROM OSPREY BEND DETENTION CENTER. PRIOR: LOWMOOR YOUTH FACILITY.', phi: ['OSPREY BEND DETENTION CENTER', 'LOWMOOR YOUTH FACILITY'] },
  { pattern: 'a jail named by its own words, not its county', text: 'Booked at Redfern Valley Jail in March.', phi: ['Redfern Valley Jail'], by: 'agency.correctional' },
  { pattern: 'a jail or prison with no name of its own stays', text: 'Spent two years in prison; released from the county jail in May.', phi: [], keep: ['prison', 'county jail'] },
  // Quoted nicknames.
  { pattern: 'a quoted capitalised nickname closing a name before a comma', text: 'I: stable. Ottoline Varga "Sprout", 71 y.o., POD 2.', phi: ['Sprout'], by: 'name.nickname' },
  { pattern: 'a quoted nickname in brackets after a given name', text: "Pt's cousin Wendeline (\"Button\") helps with meals.", phi: ['Button'] },
  { pattern: 'a quoted clinical phrase after a name stays', text: 'Seen with Dr. Varga; pt said "fine", slept well.', phi: [], keep: ['fine'] },
  // Possessive given names in prose.
  { pattern: 'a capitalised given name owning a common noun', text: 'Family updated by phone; Harmony\'s flight lands Tuesday.', phi: ['Harmony'], by: 'name.possessive-given' },
  { pattern: 'an eponym or a clinical noun after a possessive stays', text: "Hx of Addison's disease and Bell's palsy; Hodgkin's lymphoma in remission.", phi: [], keep: ['Addison', 'Bell', 'Hodgkin'] },
  { pattern: 'an unlisted word or a word after a determiner owning a noun is an eponym, not a person', text: "No central apneas, no Ondine's curse pattern. Has a Harmony's sign.", phi: [], keep: ['Ondine', 'Harmony'] },
  // Handoff header: "from <Name> to <Name>" after its time stamp, any case.
  { pattern: 'giver and receiver of a handoff after its time stamp', text: 'I-PASS  4 East rm 12  03/03/2024 07:15  from Shepherd to Ember\nI: stable.', phi: ['Ember', 'Shepherd'], by: 'name.handoff-from-to' },
  { pattern: 'giver and receiver of a handoff in a lower-case note, word-names too', text: 'handoff 2024-05-01 19:02  from bishop to grace\ni: watcher.', phi: ['bishop', 'grace'] },
  { pattern: '"from ... to ..." with no time stamp before it stays', text: 'Weaned from BiPAP to NC overnight.\nChanged from oral to IV.', phi: [], keep: ['BiPAP', 'oral'] },
  // A hospital written short with "General" as its head.
  { pattern: 'capitalised name run closed by "General"', text: 'POD 2 from Heron Flats General transfer.\nRECORD — QUAIL RIDGE GENERAL\nRecipient: A. B.', phi: ['Heron Flats General', 'QUAIL RIDGE GENERAL'], by: 'facility.general-short' },
  { pattern: 'an exam heading, an office title or a general adjective stays', text: 'PHYSICAL EXAM GENERAL: NAD. General: well appearing. Letter to the Attorney General. General Surgery consulted. In general, better.', phi: [], keep: ['General:', 'Attorney', 'Surgery', 'In general'] },
  // A company's branch named by its town.
  { pattern: 'a supplier branch named by its town, even an English word', text: 'Supplier: Ozmedix branch Harmony, 555-201-7788\nITEMS: walker', phi: ['Harmony'], by: 'location.branch-town' },
  { pattern: 'a branch office or a vessel branch stays', text: 'Call the Ozmedix branch office. Occlusion of a Retinal branch vein.', phi: [], keep: ['office', 'vein'] },
  // Pharmacies by their branch number.
  { pattern: 'pharmacy head then a bare dashed branch number', text: 'Takes meds from Quillon Pharmacy 14-5521 on Main.', phi: ['Quillon Pharmacy 14-5521'] },
  { pattern: 'a chain with a "#" number after a verb of dispensing or verifying', text: 'Verified with Pelladrug #20817 by phone. Dispensed by Kestrel Rx #411.', phi: ['Pelladrug #20817', 'Kestrel Rx #411'] },
  // The patient line: name, then age.
  { pattern: 'a lower-case name opening the patient line before its age', text: 'Interpreter: video.\nharmony brook, 36-year-old, MRN: 5512009, came with son.', phi: ['harmony brook'], by: 'name.identity-line' },
  { pattern: 'surname-comma-given word-names opening the patient line before its age', text: 'Interpreter: video.\nHope, Journey, 70 y.o., came with son.', phi: ['Hope, Journey'] },
  { pattern: 'a person noun or a description before the age stays', text: 'Pleasant woman, 70 y.o., here for f/u.\nElderly male, aged 81, alert.', phi: [], keep: ['Pleasant', 'Elderly'] },
  { pattern: 'the patient line with surname particles, a nickname and an age in words', text: 'I: stable. tavita van der kolk "Bear", ninety five yrs, MRN: 1234567', phi: ['tavita van der kolk'] },
  { pattern: 'an everyday-word given name beside a listed surname on the patient line', text: 'I: watcher. Okafor, Journey "Red", 26-year-old, POD 2.', phi: ['Okafor, Journey'], by: 'name.identity-line' },
  // Capitals, comma, capitals and a credential in mixed-case text.
  { pattern: 'a capitalised inverted name closed by a credential in mixed-case text', text: 'Report given by Sunita Hammer, RN to GALE, BRISK RN.', phi: ['GALE, BRISK'], by: 'name.caps-inverted-credential' },
  { pattern: 'capitals before a credential that are clinical words stay', text: 'Findings reviewed: CHEST, ABDOMEN MD reviewed.', phi: [], keep: ['CHEST', 'ABDOMEN'] },
  { pattern: 'an unlisted given name owning a noun where a clause opens', text: 'Family aware; Zuberi\'s flight lands Friday.', phi: ['Zuberi'], by: 'name.possessive-given' },
  { pattern: 'a capitalised title or verb word as giver or receiver of a handoff', text: 'Handoff 05/20/2023 21:52  from Will to Bishop\nI: watcher.', phi: ['Will', 'Bishop'] },
  { pattern: 'units and departments in a timed transfer line stay', text: 'Moved 05/20/2023 21:52  from PACU to Floor\nI: stable.', phi: [], keep: ['PACU', 'Floor'] },
  // The person a form is about, after its role label; where a remote participant joins from.
  { pattern: "the header of the person a form is about (inmate, veteran, recipient)", text: 'INTAKE\nInmate: Varga-Lind, Oskari  Booking # 19-55012\nRecipient: T. Ollander   Pt ID 2210.4', phi: ['Varga-Lind, Oskari', 'T. Ollander'] },
  { pattern: 'a role label with no name after it stays', text: 'Recipient: blood type O NEG\nVeteran: yes', phi: [], keep: ['blood', 'yes'] },
  { pattern: 'the town a remote participant joins from, even an English word', text: 'Present: son Reed by speakerphone from Harmony; chaplain.', phi: ['Harmony'], by: 'location.town-cue' },
  { pattern: 'a room or service a participant joins from stays', text: 'Daughter by speakerphone from work; RN by video from the ICU.', phi: [], keep: ['work', 'ICU'] },
  // Plates typed in lower case.
  { pattern: 'a dashed letters-then-digits plate after "plate", typed in lower case', text: 'arrested after mvc; nc plate qzv-318 impounded.', phi: ['qzv-318'], by: 'vehicle.plate' },
  { pattern: 'a growth plate or a plate count stays', text: 'growth plate open; plate 3-4 fixed.', phi: [], keep: ['open', '3-4'] },
  // Street units: a building with its own unit; USPS suffix "Spur".
  { pattern: 'a building letter then its own unit after the street', text: 'Lives at 8120 Orrin Pkwy Bldg D #41, Tallow, WV 26236.', phi: ['8120 Orrin Pkwy Bldg D #41'] },
  { pattern: 'a street with the USPS suffix Spur and a lot after it', text: 'CONTACT: 4471 QUILLEN SPUR, LOT 12, TALLOW, ND 46877', phi: ['4471 QUILLEN SPUR', 'LOT 12'] },
  { pattern: 'a bone spur stays', text: 'Xray: small calcaneal spur, no fracture. 2 spurs noted.', phi: [], keep: ['spur', 'spurs'] },
  // VA community-based outpatient clinics and employers named by losing work.
  { pattern: 'a community-based outpatient clinic (CBOC) named by its head', text: 'Reporter: K. Lund, PharmD, Owl Hollow CBOC, 555 201 7788.', phi: ['Owl Hollow CBOC'] },
  { pattern: 'the employer after "laid off from"', text: 'Employment: laid off from Quarry Bend Millworks in May; applying for benefits.', phi: ['Quarry Bend Millworks'] },
  { pattern: 'a clinical thing after "laid off from" or "let go" stays', text: 'Was laid off from work in May; let go from night shifts.', phi: [], keep: ['work', 'night'] },
  // State-board licences written with a credential prefix.
  { pattern: 'state licence number with a four-letter credential prefix', text: 'Certifier: Dr Quill  St. Lic APRN48120  signed 2/2/22', phi: ['APRN48120'], by: 'license.labelled' },
];

describe('session 7b formats and grammars (rules alone)', () => {
  testRecognizerCases(CASES);
});
