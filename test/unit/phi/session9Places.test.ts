// Owns the tests of session 9's place and identifier units (issue 9: open classes of places and identifiers):
// institutions by the class of their head noun (location.head-class: residential, military, labour, civic, commerce, prefix
// heads, branch designators) with the clinical and generic exclusions that must stay, numbered military units, lettered
// companies and ships (location.military-unit, location.military-company, location.ship), military and farm-labour slots
// (location.org-after-cue) and numbers after a cue naming a register of people (id.register-cue). Every value is invented;
// each case names the head class, slot or cue it serves.
import { redact } from '../../../src/engine/phi';
import { HEAD_CLASSES } from '../../../src/engine/phi/places/headClasses';
import { coveredBy, testCoveredPatterns, testUntouchedPatterns, touchedBy } from '../../helpers/phiCoverage';

/** Whether no span of the named recognizers touches the needle (other units' findings are their own tests' concern). */
function untouchedBy(names: readonly string[]) {
  return (text: string, needle: string): boolean => !touchedBy(text, needle, redact(text).spans.filter((s) => (s.recognizers ?? []).some((r) => names.includes(r))));
}

/** Covered, and by the named recognizer (so a case cannot pass on another unit's finding alone). */
function coveredByRecognizer(name: string) {
  return (text: string, needle: string): boolean => {
    const spans = redact(text).spans.filter((s) => (s.recognizers ?? []).includes(name));
    return coveredBy(text, needle, spans);
  };
}

describe('location.head-class: a capitalised run closed by an organisational head of a known class', () => {
  testCoveredPatterns('head class', {
    'residential (Lodge, Manor, Ranch, Haven, Cottages)': [
      ['Quillfeather Cottages called to confirm her room for Friday.', 'Quillfeather Cottages'],
      ['Son visits her weekly; she likes Brannock Cottages better than before.', 'Brannock Cottages'],
      ['Raised on Tessaway Ranch, no farm exposures since.', 'Tessaway Ranch'],
    ],
    'labour and agriculture (Orchards, Sawmill, Cooperative, Dairy)': [
      ['Cough worse since the harvest; he is a foreman and Velloran Orchards provides housing.', 'Velloran Orchards'],
      ['Injury occurred at Drummel Sawmill while stacking boards.', 'Drummel Sawmill'],
      ['Insurance through Kestrow Valley Cooperative since 2019.', 'Kestrow Valley Cooperative'],
    ],
    'civic and religious (Chapter, Ward, Reservation, Tabernacle)': [
      ['Sponsor from the Halvering Chapter has been supportive.', 'Halvering Chapter'],
      ['Grew up on the Sorrelwind Reservation; returns for ceremonies.', 'Sorrelwind Reservation'],
      ['Recovering on Pemberly Ward after the procedure.', 'Pemberly Ward'],
    ],
    'military (Barracks, Garrison, Squadron)': [
      ['Corvane Barracks aid station sent the shot record.', 'Corvane Barracks'],
    ],
    'branch designator after the head (Camp 4, Lodge No. 12)': [
      ['Housing: Yarrowby Camp 4, bunk assigned by the crew boss.', 'Yarrowby Camp 4'],
    ],
    'prefix head (Camp, Fort) before the name': [
      ['Previously stationed near Camp Thessaly before discharge.', 'Camp Thessaly'],
    ],
  }, coveredByRecognizer('location.head-class'));

  testUntouchedPatterns('kind of place, not a name', {
    'head after kind words only (Labor Camp, Boot Camp, Nursing Home kind)': [
      ['Labor Camp housing was described as crowded.', 'Labor Camp'],
      ['He finished Boot Camp in June.', 'Boot Camp'],
      ['She has lived in a Group Residence for years.', 'Group Residence'],
    ],
    'clinical-specialty or anatomical words before the head (Medical Ward, Skull Base, Newborn Nursery)': [
      ['Transferred to the Medical Ward overnight.', 'Medical Ward'],
      ['Lesion at the Skull Base on MRI.', 'Skull Base'],
      ['Infant observed in the Newborn Nursery.', 'Newborn Nursery'],
    ],
    'national organisations by their kind (American Academy, Peace Corps)': [
      ['Per American Academy of Pediatrics guidance, vaccines given.', 'American Academy'],
      ['Served two years in the Peace Corps.', 'Peace Corps'],
    ],
  }, untouchedBy(['location.head-class']));

  test('every head class is data: each class lists at least one head and no head is a clinical specialty word', () => {
    for (const [cls, heads] of Object.entries(HEAD_CLASSES)) {
      expect({ cls, count: heads.length > 0 }).toEqual({ cls, count: true });
      for (const h of heads) expect({ cls, h, specialty: /ology$|^(?:unit|clinic|department|service)$/.test(h) }).toEqual({ cls, h, specialty: false });
    }
  });
});

describe('location.institution-tail: organisation heads of any class continue a place found before them', () => {
  testCoveredPatterns('tail', {
    'industry and legal heads after a place (Processing, Mining Co.)': [
      ["The patient's employer, Harrowvale Poultry Processing, has documented missed work.", 'Harrowvale Poultry Processing'],
      ['(work: Quenby Valley Mining Co.); picked up at noon', 'Quenby Valley Mining Co'],
    ],
  }, coveredByRecognizer('location.institution-tail'));

  testUntouchedPatterns('lower-case kind after a place', {
    'a lower-case word after a town is no organisation head (camp counselor)': [
      ['Moved from Harrowvale last year; camp counselor now.', 'camp counselor'],
    ],
  }, untouchedBy(['location.institution-tail']));
});

describe('location.named-department: a unit of care or a practice named after its place', () => {
  testCoveredPatterns('named department', {
    'name, kind words, department head (Dialysis Unit, Veterans Home, Sleep Lab)': [
      ['DIALYSIS FLOWSHEET - Mokvarre Dialysis Unit | Patient | Chair 20', 'Mokvarre Dialysis Unit'],
      ['Prior admission to Zubwelk Veterans Home (2022).', 'Zubwelk Veterans Home'],
      ['LAST HOSPITALIZATION ABQUARNE SLEEP LAB 06.27/2022', 'ABQUARNE SLEEP LAB'],
    ],
    'practice named by two clinical words joined by "&" (Heart & Rhythm, Bone & Joint)': [
      ['Referred on to Lone Pine Heart & Rhythm for a monitor.', 'Lone Pine Heart & Rhythm'],
      ['Follow-up at Cedar Gap Bone & Joint next month.', 'Cedar Gap Bone & Joint'],
    ],
  }, coveredByRecognizer('location.named-department'));

  testUntouchedPatterns('a department of the note\'s own hospital or an exam finding', {
    'kind words only, or one everyday word before them (Cardiac Cath Lab, Routine Wound Care, Regular Rate & Rhythm)': [
      ['Sent to the Cardiac Cath Lab at 14:00.', 'Cardiac Cath Lab'],
      ['Provide Routine Wound Care daily.', 'Routine Wound Care'],
      ['Heart: Regular Rate & Rhythm, no murmur.', 'Regular Rate & Rhythm'],
    ],
    'a department of an institution another unit found (St Rita\'s Clinical Laboratory, a hospital code\'s cath lab)': [
      ["St Rita's Clinical Laboratory CLIA 75D0845676 reviewed.", 'Clinical Laboratory'],
      ['72 YR OLD MALE ADM FROM GH CATH LAB. POST STENT X3', 'CATH LAB'],
    ],
    'a process word before the unit (HOSPITALIZATION, Referred)': [
      ['LAST HOSPITALIZATION ABQUARNE SLEEP LAB 06.27/2022', 'HOSPITALIZATION'],
    ],
  }, untouchedBy(['location.named-department']));
});

describe('location.town-of-place: the town an institution is in, written after it', () => {
  testCoveredPatterns('town of place', {
    '"<institution> in <Town>" closed by the next phrase, any capitalised word (a town that is a word)': [
      ['The patient was hospitalized at Quarrel Creek Hospital in Harmony from 5/15 to 7/10.', 'Harmony'],
    ],
    '"<institution>, <Town>" before the next label or the line end (letterhead, form header)': [
      ['MDS QUARTERLY NARRATIVE Tamsin Residence, Progress Resident: Booth, K.', 'Progress'],
    ],
  }, coveredByRecognizer('location.town-of-place'));

  testUntouchedPatterns('not a town', {
    'where inside the place or when (in Radiology, in January, in Room 4)': [
      ['Seen at Quarrel Creek Hospital in Radiology on Monday.', 'Radiology'],
      ['Admitted to Quarrel Creek Hospital in January for pneumonia.', 'January'],
    ],
    'a department or a label after the comma (Psychiatry, Attn)': [
      ['Quarrel Creek Clinic, Psychiatry\nFollow-up in 2 weeks.', 'Psychiatry'],
      ['Quarrel Creek Pharmacy, Attn: pharmacist on duty', 'Attn'],
    ],
  }, untouchedBy(['location.town-of-place']));
});

describe('residence slots of people the patient relies on (location.org-after-cue)', () => {
  testCoveredPatterns('person slot', {
    'contact or kin "in" a town (Emergency contact in Temple:, father\'s place in Commerce)': [
      ['Emergency contact in Temple: Rosa Quell 555-0100.', 'Temple'],
      ["Patient: at my father's place in Commerce, PO Box 12.", 'Commerce'],
    ],
  }, coveredByRecognizer('location.org-after-cue'));
});

describe('military units and ships by their grammar', () => {
  testCoveredPatterns('military', {
    'numbered unit closed by its head (Bn, Rgt, Division, Group)': [
      ['Served with 2nd Bn, 75th Ranger Rgt until 2012.', '2nd Bn'],
      ['Served with 2nd Bn, 75th Ranger Rgt until 2012.', '75th Ranger Rgt'],
      ['Deployed twice with the 4th Mountain Division.', '4th Mountain Division'],
    ],
    'lettered and phonetic companies (Co. B, Bravo Company, A Btry)': [
      ['Assigned to Co. B, then transferred.', 'Co. B'],
      ['Platoon sergeant in Bravo Company, reports tinnitus.', 'Bravo Company'],
    ],
    'ship by its prefix with hull number (USS, HMCS)': [
      ['Exposure while aboard USS Kellerby Bay (LSD-417) in 1991.', 'USS Kellerby Bay (LSD-417)'],
      ['Served on HMCS Tarrock as a cook.', 'HMCS Tarrock'],
    ],
  }, (text, needle) => {
    const spans = redact(text).spans.filter((s) => (s.recognizers ?? []).some((r) => r.startsWith('location.military') || r === 'location.ship'));
    return coveredBy(text, needle, spans);
  });

  testUntouchedPatterns('not a unit', {
    'ordinal before a lower-case or clinical noun (2nd group of nodes, 3rd division of the nerve)': [
      ['The 2nd group of nodes was negative.', '2nd group'],
      ['Pain along the 3rd division of the trigeminal nerve.', '3rd division'],
    ],
  }, untouchedBy(['location.military-unit', 'location.military-company']));
});

describe('military and farm-labour slots (location.org-after-cue)', () => {
  testCoveredPatterns('slot', {
    'stationed at / deployed with / serving aboard': [
      ['He was stationed at Harrowgate Field for three years.', 'Harrowgate Field'],
      ['Currently deployed with Task Force Quillon overseas.', 'Task Force Quillon'],
    ],
    'picks at / harvesting for': [
      ['She picks at Delmora Hills most of the season.', 'Delmora Hills'],
    ],
  }, coveredByRecognizer('location.org-after-cue'));
});

describe('id.register-cue: a number after a cue naming a register of people', () => {
  testCoveredPatterns('register cue', {
    'transplant waitlist (UNOS, OPTN, waitlist)': [
      ['Listed for kidney; UNOS ID: QXT4471, status 1A.', 'QXT4471'],
      ['OPTN # 88-2210 confirmed with the coordinator.', '88-2210'],
    ],
    'court, jail and probation (Docket, Booking, Inmate)': [
      ['Court-ordered evaluation, Docket 24-CR-0913.', '24-CR-0913'],
      ['Booking 2291 at intake; Inmate 77120 at county jail.', '77120'],
    ],
    'military service numbers (EDIPI, DoD ID, Service No.)': [
      ['EDIPI 1029384756 verified for records.', '1029384756'],
      ['DoD ID: 4410 2291 88 on the card.', '4410 2291 88'],
    ],
    'study and shipment registers (participant ID, tracking)': [
      ['Participant ID TRX-0412 enrolled in arm B.', 'TRX-0412'],
    ],
  }, coveredByRecognizer('id.register-cue'));

  testUntouchedPatterns('not a register number', {
    'list numbering and counts after everyday cue words (case 2, donor 1, service 24/7)': [
      ['Case 2 of 3 discussed at conference.', '2 of 3'],
      ['Donor 1 kidney function normal.', 'Donor 1'],
      ['Crisis line service 24/7 reviewed with patient.', '24/7'],
    ],
    'a year after a register word (registry 2019)': [
      ['Enrolled in the tumor registry 2019 cohort.', '2019'],
    ],
  });
});

describe('identifier shape with an x in it: a dimension is small numbers joined by x, an identifier is not', () => {
  testCoveredPatterns('x-shaped identifier', {
    'a long number with an x in it (chart 26x98457, container 44X294027)': [
      ['Surgeon reviewed. chart 26x98457. Follow-up in July.', '26x98457'],
      ['ACCESSION CH23-83997|CONTAINER 44X294027|ORDERING', '44X294027'],
    ],
  });
  testUntouchedPatterns('dimension or multiplied count', {
    'sizes and vent settings (100x150mm, 550x16x40, 10x10x10) and a count before its unit (1x10000 cells)': [
      ['Mass 100x150mm on CT.', '100x150mm'],
      ['Settings 550x16x40 tolerated.', '550x16x40'],
      ['Intubated on vent 80% 800x12AC rr 12.', '800x12AC'],
      ['Block 10x10x10 cm resected.', '10x10x10'],
      ['Plated 1x10000 cells per well.', '1x10000'],
    ],
  });
});
