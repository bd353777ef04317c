// Trap batch F's misses (issue 10, session 7), each fixed by the guideline or Tabular convention it shows:
// signs routinely part of a confirmed diagnosis (I.B.5), Tabular sites and digits (I.B.2, I.B.13), DSM-5
// severities that are Tabular inclusion terms (I.A.11), and the side of an amputation status (I.C.21.c.3).
// Every note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const inpatient = { setting: 'inpatient' as const, noteType: 'DISCHARGE_SUMMARY' };

describe('I.B.5 signs routinely associated with a confirmed diagnosis are not coded beside it', () => {
  it('renal colic (N23) is the presentation of a ureteral or kidney stone', () => {
    const out = codes('Urgent care.\nColicky right flank pain since this morning. CT: 4 mm right proximal ureteral calculus.\nDx: right ureteral stone. Renal colic controlled with ketorolac.\nPlan: tamsulosin.', outpatient);
    expect(out).toContain('N20.1');
    expect(out).not.toContain('N23');
  });
  it('renal colic with no stone found stays coded (I.B.6: nothing explains it)', () => {
    const out = codes('Urgent care.\nDx: renal colic. Plan: analgesia, strain urine.', outpatient);
    expect(out).toContain('N23');
  });
  it('body aches (R52) are the myalgia of influenza', () => {
    const out = codes('Clinic.\nChills, cough and body aches for two days. Rapid test: influenza B positive.\nDx: influenza B.', outpatient);
    expect(out.some((c) => c.startsWith('J10') || c.startsWith('J11'))).toBe(true);
    expect(out).not.toContain('R52');
  });
  it('back pain is the presentation of an osteoporotic vertebral fracture', () => {
    const out = codes('Spine clinic.\nLow back pain after lifting groceries, no fall. MRI: acute T12 compression fracture.\nAssessment: age-related osteoporosis with current pathological fracture of vertebra.', outpatient);
    expect(out.some((c) => c.startsWith('M80.08'))).toBe(true);
    expect(out.some((c) => c.startsWith('M54.5'))).toBe(false);
  });
  it('back pain is the presentation of secondary malignant neoplasm of bone', () => {
    const out = codes('Discharge summary.\nBack pain; MRI lytic lesions of L3 and L4. Biopsy: metastatic adenocarcinoma from known lung primary.\nDischarge diagnoses: secondary malignant neoplasm of bone; primary adenocarcinoma of right upper lobe lung.', inpatient);
    expect(out).toContain('C79.51');
    expect(out.some((c) => c.startsWith('M54'))).toBe(false);
  });
  it('chest wall pain is what costochondritis is (M94.0)', () => {
    const out = codes('Office visit.\nAnterior chest wall pain over the 2nd-3rd costochondral junctions, reproducible on palpation. ECG normal.\nDx: costochondritis.', outpatient);
    expect(out).toContain('M94.0');
    expect(out.some((c) => c.startsWith('R07'))).toBe(false);
  });
  it('chest pain with no diagnosis that explains it stays coded', () => {
    const out = codes('Office visit.\nAtypical chest pain, ECG normal, troponin negative.\nDx: chest pain, unclear cause; also essential hypertension.', outpatient);
    expect(out.some((c) => c.startsWith('R07'))).toBe(true);
  });
  it('suprapubic tenderness is part of a urinary tract infection', () => {
    const out = codes('Discharge note.\nDysuria and urgency, suprapubic tenderness, afebrile. Urinalysis: nitrite positive.\nDiagnosis: urinary tract infection.', inpatient);
    expect(out).toContain('N39.0');
    expect(out.some((c) => c.startsWith('R10'))).toBe(false);
  });
});

describe('I.B.13 / I.B.2 a finger counted by ordinal is the Tabular\'s named finger', () => {
  it('"R 4th digit" trigger finger is the right ring finger (M65.341)', () => {
    const out = codes('Hand clinic.\nLocking and catching at the A1 pulley.\nDx: trigger finger, R 4th digit. Injection given.', outpatient);
    expect(out).toContain('M65.341');
    expect(out).not.toContain('M65.30');
  });
  it('"left fifth finger" trigger finger is the left little finger (M65.352)', () => {
    const out = codes('Hand clinic.\nDx: trigger finger of the left fifth finger. Splint.', outpatient);
    expect(out).toContain('M65.352');
  });
});

describe('I.B.2 the Tabular\'s "sacral region" is the sacrum: a staged sacral pressure ulcer takes its site', () => {
  it('stage 3 pressure ulcer of the sacrum is L89.153, not the unspecified site', () => {
    const out = codes('Wound nurse assessment.\nBedbound resident.\nStaging per provider: stage 3 pressure ulcer of the sacrum.', { setting: 'inpatient', noteType: 'NURSING_NOTE' });
    expect(out).toContain('L89.153');
    expect(out).not.toContain('L89.93');
  });
});

describe('I.A.11 inclusion terms: DSM-5 substance use disorder severity (F10.10 mild, F10.20 moderate/severe; I.C.5.b.1)', () => {
  it('alcohol use disorder, moderate is alcohol dependence', () => {
    const out = codes('Discharge summary.\nDischarge diagnoses: alcohol use disorder, moderate; essential hypertension.', inpatient);
    expect(out).toContain('F10.20');
    expect(out).not.toContain('F10.90');
  });
  it('alcohol use disorder, mild is alcohol abuse', () => {
    const out = codes('Clinic.\nAssessment: alcohol use disorder, mild. Counseling given.', outpatient);
    expect(out).toContain('F10.10');
    expect(out).not.toContain('F10.20');
  });
});

describe('I.C.21.c.3 acquired absence by side: a side written as one capital ("R BKA") is the side', () => {
  it('"R below-knee amputation (2019)" is Z89.511', () => {
    const out = codes('Long-term care visit.\nResident with R below-knee amputation (2019), uses prosthesis.\nA/P: cellulitis of left lower leg, cephalexin.', outpatient);
    expect(out).toContain('Z89.511');
    expect(out).not.toContain('Z89.519');
  });
  it('"L AKA" years ago is the left leg above knee', () => {
    const out = codes('Clinic.\nS/p L AKA 2015 for trauma.\nA: essential hypertension.', outpatient);
    expect(out).toContain('Z89.612');
  });
});

describe('Index "Cellulitis, hand — see Cellulitis, upper limb" (I.B.2, I.B.13): the limb code takes the side', () => {
  it('cellulitis of the right hand is L03.113', () => {
    const out = codes('Urgent care.\nDx: cellulitis of the right hand after a dog scratch. Cephalexin.', outpatient);
    expect(out).toContain('L03.113');
    expect(out).not.toContain('L03.90');
  });
  it('cellulitis of the left foot is L03.116 (the Tabular\'s "lower" limb)', () => {
    const out = codes('Clinic.\nA: cellulitis of the left foot, no abscess.', outpatient);
    expect(out).toContain('L03.116');
  });
});

describe('Index "Rhinitis, allergic, seasonal NEC J30.2" (I.A.9.a): a stated subterm with NEC is its code', () => {
  it('seasonal allergic rhinitis is J30.2 and its rhinorrhea (J34.89) is part of it (I.B.5)', () => {
    const out = codes('Allergy follow-up.\nItchy eyes and clear rhinorrhea every spring.\nDx: seasonal allergic rhinitis. Continue nasal steroid.', outpatient);
    expect(out).toContain('J30.2');
    expect(out).not.toContain('J30.9');
    expect(out).not.toContain('J34.89');
  });
});

describe('Tabular L97.4- "heel and midfoot" is one site; a wound-care "wound" that is the ulcer is no injury (I.C.4.a, I.B.5)', () => {
  it('diabetic ulcer of the left heel limited to breakdown of skin is E11.621 with L97.421, no T14.8', () => {
    const out = codes('Wound care.\nType 2 diabetes.\nWound: left heel, 1 x 1 cm, shallow.\nA: diabetic foot ulcer, left heel, limited to breakdown of skin.', outpatient);
    expect(out).toContain('E11.621');
    expect(out).toContain('L97.421');
    expect(out.some((c) => c.startsWith('T14'))).toBe(false);
  });
});

describe('I.A.19 / text provenance: a pasted patient-education printout is not documentation', () => {
  it('a "Patient education printout attached to visit" heading keeps the leaflet\'s diseases out', () => {
    const out = codes('Follow-up.\nEssential hypertension, controlled on lisinopril.\n\n--- Patient education printout attached to visit ---\nWhat is a stroke? A stroke happens when blood flow to the brain stops.\nHeart failure means the heart cannot pump enough blood.', outpatient);
    expect(out).toContain('I10');
    expect(out.some((c) => c.startsWith('I63') || c.startsWith('I50'))).toBe(false);
  });
});

describe('I.B.2 one fracture stated in one phrase is one code at the phrase\'s level of detail (I.C.19.b keeps separate fractures)', () => {
  it('"Colles fracture of the right wrist" is S52.53- alone, not also an unspecified carpal fracture', () => {
    const out = codes('Ortho clinic.\nA: closed Colles fracture of the right wrist after a fall on an outstretched hand today. Cast applied.', { setting: 'outpatient', noteType: 'ED_NOTE' });
    expect(out.some((c) => c.startsWith('S52.531'))).toBe(true);
    expect(out.some((c) => c.startsWith('S62.10'))).toBe(false);
  });
  it('two fractures in their own phrases are both coded', () => {
    const out = codes('ED.\nFell off a ladder today.\nA: closed Colles fracture of the right wrist; closed fracture of the left fifth metatarsal.', { setting: 'outpatient', noteType: 'ED_NOTE' });
    expect(out.some((c) => c.startsWith('S52.531'))).toBe(true);
    expect(out.some((c) => c.startsWith('S92.3'))).toBe(true);
  });
});

describe('I.A.7 nonessential modifiers: a word the parent entry prints in parentheses never moves its code', () => {
  it('"acute viral pharyngitis" stays J02.9 (Pharyngitis (acute) … (viral) J02.9), not "viral NEC" J02.8', () => {
    const out = codes('Clinic visit\nSore throat for 2 days. Exam: posterior pharynx erythematous, no exudate.\nAssessment: acute viral pharyngitis.', outpatient);
    expect(out).toContain('J02.9');
    expect(out).not.toContain('J02.8');
  });
});

describe('IV.H outpatient: an uncertain cause or type of an established condition is not coded', () => {
  it('"acute pharyngitis - likely streptococcal" is J02.9 outpatient, not J02.0', () => {
    const out = codes('Sick visit.\nSore throat and exudate; rapid strep sent out.\nDx: acute pharyngitis - likely streptococcal.', outpatient);
    expect(out).toContain('J02.9');
    expect(out).not.toContain('J02.0');
  });
  it('"acute bronchitis, probably viral" is J20.9 outpatient, not J20.8', () => {
    const out = codes('Clinic.\nCough for a week after a cold.\nAssessment: acute bronchitis, probably viral.', outpatient);
    expect(out).toContain('J20.9');
    expect(out).not.toContain('J20.8');
  });
  it('a stated organism is still coded ("acute pharyngitis, streptococcal, rapid test positive")', () => {
    const out = codes('Sick visit.\nRapid strep positive.\nDx: acute pharyngitis, streptococcal.', outpatient);
    expect(out).toContain('J02.0');
  });
});

describe('Index "Sprain, ankle, talofibular ligament — see specified ligament NEC S93.49-" (I.B.2, I.C.19.a)', () => {
  it('a sprain of the anterior talofibular ligament is S93.49- with the side and encounter, not S93.40-', () => {
    const out = codes('ED fast track.\nTwisted right ankle today on a curb.\nDx: right ankle sprain, anterior talofibular ligament. RICE.', { setting: 'outpatient', noteType: 'ED_NOTE' });
    expect(out).toContain('S93.491A');
    expect(out).not.toContain('S93.401A');
  });
  it('a sprain of the deltoid ligament is S93.42- (the subterm with its own code)', () => {
    const out = codes('ED fast track.\nEversion injury today.\nDx: sprain of the left deltoid ligament of the ankle.', { setting: 'outpatient', noteType: 'ED_NOTE' });
    expect(out).toContain('S93.422A');
  });
});

describe('I.C.21.c.4 a condition the provider says no longer exists is history', () => {
  it('"A: pneumonia, resolved" is Z87.01, never J18.9', () => {
    const out = codes('Follow-up visit.\nLeft lower lobe pneumonia treated last month with antibiotics. Repeat CXR today: clear.\nA: pneumonia, resolved. No further follow-up.', outpatient);
    expect(out).toContain('Z87.01');
    expect(out.some((c) => c.startsWith('J18'))).toBe(false);
  });
  it('"no longer has atrial fibrillation" after ablation is not a current I48 code', () => {
    const out = codes('Annual physical.\nPMH: persistent atrial fibrillation, ablation 2021 - no longer has atrial fibrillation per cardiology.\nAssessment: routine adult exam, normal.', outpatient);
    expect(out.some((c) => c.startsWith('I48'))).toBe(false);
  });
  it('a condition still present stays coded ("pneumonia, improving")', () => {
    const out = codes('Follow-up visit.\nA: right lower lobe pneumonia, improving on antibiotics; cough resolved.', outpatient);
    expect(out.some((c) => c.startsWith('J18'))).toBe(true);
  });
});

describe('I.C.2.d an excised primary "free of disease" since, with nothing further directed at it, is Z85 history', () => {
  it('melanoma excised years ago, "free of disease since", at a skin check is Z85.820 with Z08, no C43', () => {
    const out = codes('Dermatology - skin check\nMelanoma L upper arm, wide local excision 2020; free of disease since. Full skin exam: no suspicious lesions.\nReturn 1 year.', outpatient);
    expect(out).toContain('Z85.820');
    expect(out).toContain('Z08');
    expect(out.some((c) => c.startsWith('C43'))).toBe(false);
  });
});
