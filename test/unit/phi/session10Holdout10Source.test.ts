// Owns the tests of the second wave on the development source's style (issue 9): a named ward or building with its floor
// after any place preposition, a congregation in apposition to someone's church or after a clergy member, an employer
// after "work at", and pharmacy, drug-store, shelter, chiropractic and "nursing & rehabilitation" tails. Each case names
// the general pattern it serves; look-alikes (counted nouns with numbers, drug doses, kinds of workplace, clinical words
// before "drug") must stay. Every value is invented.
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  // Named wards and buildings by their floor.
  { pattern: 'ward name and floor after "placed in", clause goes on (mixed)', text: 'Adm from OSH w/ sepsis, Foley placed in Quellmoor 7 prior to transfer.', phi: ['Quellmoor 7'], by: 'location.floor-ward', keep: ['Foley', 'transfer'] },
  { pattern: 'ward name and floor after "seen in" (caps)', text: 'PT ICU NOTE PT SEEN IN BRAXTONHALE 11 FOR BED MOBILITY.', phi: ['BRAXTONHALE 11'], by: 'location.floor-ward', keep: ['BED', 'MOBILITY'] },
  { pattern: 'two-word building and floor after a movement (lower)', text: 'plan: transfer to quellmoor square 5 (telemetry bed) today.', phi: ['quellmoor square 5'], keep: ['telemetry'] },
  { pattern: 'everyday words and floor after a movement verb and "to" (caps)', text: 'PLAN; TO TRANSFER TO BRAMBLE PINES 2 THIS AM.', phi: ['BRAMBLE PINES 2'], by: 'location.floor-ward', keep: ['THIS'] },
  { pattern: 'clinical words and floor after a movement stay', text: 'plan to transfer to cardiac surgery 2 days post op; sent to lab 2 tubes.', phi: [], keep: ['cardiac', 'surgery', 'lab'] },
  { pattern: 'counted nouns with a number stay (bed, lead, stage, day)', text: 'Pt in Bed 3 on Day 2. ST changes in Lead 2. Ulcer at Stage 4 for weeks.', phi: [], keep: ['Bed', 'Lead', 'Stage', 'Day'] },
  { pattern: 'drug and dose after "on" stays', text: 'Remains on Lasix 40 for diuresis and on heparin 12 units/kg.', phi: [], keep: ['Lasix', 'heparin'] },
  { pattern: 'a decimal after the word is a size, not a floor', text: 'Intubated in Braxtonhale 7.5 ETT at 22 at the lip.', phi: [], keep: ['ETT'] },
  // Congregations.
  { pattern: "congregation in apposition to someone's church, closed by a comma (caps)", text: "CAN BE REACHED AT X4-1234. ORTEGA'S CHURCH, HOLY CROSS ARMENIAN APOSTOLIC, CALLED RE: VISIT.", phi: ['HOLY CROSS ARMENIAN APOSTOLIC'], by: 'location.congregation-apposition', keep: ['CALLED', 'VISIT'] },
  { pattern: 'congregation after a clergy member and "at" (lower)', text: 'made dnr/dni. son to call her pastor at masjid al-qudrah. contact: cell.', phi: ['masjid al-qudrah'], keep: ['contact'] },
  { pattern: 'a clergy member at a setting stays', text: 'Chaplain and pastor at bedside. Family at bedside, pastor of the family aware.', phi: [], keep: ['bedside', 'family'] },
  // Employers.
  { pattern: 'employer after "work at" closed by a bracket (caps)', text: 'CONTACT: 555-0100 (CELL), 555-0199 (WORK AT GRANITE LEDGE FREIGHT). DOB UNKNOWN.', phi: ['GRANITE LEDGE FREIGHT'], keep: ['DOB'] },
  { pattern: 'a kind of workplace after "works at" stays', text: 'pt works at home. wife works at night. son works at a store.', phi: [], keep: ['night', 'store'] },
  // Residence history.
  { pattern: 'named residence after "previously at", closed by a length of stay (caps)', text: 'LIVES W/ SON IN TOWN; PREVIOUSLY AT BRAMBLE & THISTLE X2 MO. INSURANCE: NONE.', phi: ['BRAMBLE & THISTLE'], by: 'location.residence-history', keep: ['INSURANCE'] },
  { pattern: 'named shelter of everyday words after "staying at" (lower)', text: 'pt homeless, staying at open gate shelter for 3 wks.', phi: ['open gate shelter'], keep: ['wks'] },
  { pattern: 'kinds of residence after a residence cue stay', text: 'Lives at home w/ wife. Previously at a nursing home. Staying at homeless shelter x2 wk. Lives at assisted living.', phi: [], keep: ['home', 'nursing', 'homeless', 'assisted'] },
  // Facility tails.
  { pattern: 'pharmacy named by a pharmacy tail after "meds to" (mixed)', text: 'VNA if home. Meds to Quillon Pharmacy. Peep weaned to 5.', phi: ['Quillon Pharmacy'], keep: ['Peep'] },
  { pattern: 'a drug class on its own line of an allergy list stays (drug is not a store tail)', text: 'ALLERGIES\n\nCodeine.\nSulfa drugs.\nLatex.', phi: [], keep: ['Sulfa'] },
  { pattern: 'shelter named by its tail after "previously at" (lower)', text: 'lives alone; previously at lantern gate shelter x2 mo.', phi: ['lantern gate shelter'], keep: ['mo'] },
  { pattern: 'nursing & rehabilitation tail after a coordinating "and" (caps)', text: 'REFERRAL FAXED TO X AND QUELLMOOR NURSING & REHABILITATION; BED OFFER EXPECTED.', phi: ['QUELLMOOR NURSING & REHABILITATION'], keep: ['BED', 'OFFER'] },
  { pattern: 'kinds of drug, pharmacy and shelter stay', text: 'allergic to sulfa drug; hx iv drug use; d/w inpatient pharmacy; was at a homeless shelter.', phi: [], keep: ['sulfa', 'iv', 'inpatient', 'homeless'] },
  // Person slots: ranks and honorifics with their full stop, kinship words the lists left out.
  { pattern: 'rank title with its full stop before a surname (caps)', text: 'A: LIMITED BY DYSPNEA. CAPT. QUORVELL OK\'D PROGRESSION.', phi: ['QUORVELL'], keep: ['PROGRESSION'] },
  { pattern: 'honorific "Sr." before a lower-case surname (mixed)', text: 'Spoke w/ Sr. quorvell; team to update family.', phi: ['quorvell'], keep: ['team'] },
  { pattern: 'bare rank letters are rhythms and anatomy, not titles', text: 'HR 70S SR WITH RARE PVC. COL RESECTION HX. Sinus rhythm: SR 80s.', phi: [], keep: ['WITH', 'RESECTION', '80s'] },
  { pattern: 'a sentence ending on rank-like letters before an English word stays', text: 'Underlying aflutter, intermittent SR. Remains on amiodarone. Few insp. wheezes.', phi: [], keep: ['Remains', 'wheezes'] },
  { pattern: 'landlady before a lower-case given name (lower)', text: 'pt lives w/ landlady zorvenka in town; previously housed.', phi: ['zorvenka'], keep: ['town'] },
  { pattern: 'clause-opening unlisted word before "to" and a task verb (caps)', text: 'AGREES. WILL SIGN OUT TO DAY TEAM; QUORVELL TO F/U. PT STABLE.', phi: ['QUORVELL'], by: 'name.caseless-task-subject', keep: ['TEAM', 'STABLE'] },
  { pattern: 'given name and initial before "to update team" (mixed)', text: 'Spoke w/ family; Zorvenka M. to update team. Will follow.', phi: ['Zorvenka M'], keep: ['team'] },
  { pattern: 'vocabulary subjects of a task stay', text: 'Team to update family. pt to call back; social work to follow; rn to call md.', phi: [], keep: ['Team', 'family', 'social', 'work'] },
];

describe('session 10 second wave: the development source slots', () => {
  testRecognizerCases(CASES);
});
