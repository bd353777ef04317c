// Session 6 guideline families (issue 10): chapter 21 encounters (general exams, follow-up after
// completed treatment, BMI), chapter 2 neoplasms (metastatic sites, carcinoma in situ by site,
// history vs current, neoplasm pain), SIRS of non-infectious origin, and chapter 19 injuries in their
// healing phase or as sequelae. Each test names the guideline it serves; every note is invented.
import { ageInYears } from '../../../src/engine/coding/guidelines/zcodes';
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const inpatient = { setting: 'inpatient' as const, noteType: 'DISCHARGE_SUMMARY' };

describe('I.C.21.c.9 routine general examinations', () => {
  it('an adult annual exam with nothing found is Z00.00', () => {
    const out = codes('Annual physical examination.\n60-year-old woman, no complaints. Exam and screening labs normal.\nAssessment: healthy adult, no abnormal findings.', outpatient);
    expect(out).toContain('Z00.00');
    expect(out).not.toContain('Z00.01');
  });
  it('an adult preventive visit that finds a condition is Z00.01 first, then the finding', () => {
    const out = codes('Preventive visit.\n47 y/o man here for his routine physical.\nNew finding: elevated blood pressure reading without diagnosis of hypertension, 150/96 twice.\nPlan: home readings.', outpatient);
    expect(out[0]).toBe('Z00.01');
    expect(out).toContain('R03.0');
    expect(out).not.toContain('Z00.00');
  });
  it('a well-child visit is Z00.12-, never the adult code', () => {
    const out = codes('Well child visit, 6 years old.\nGrowing well, exam normal, no concerns from parents.\nA: healthy child, routine child health examination.', outpatient);
    expect(out).toContain('Z00.129');
    expect(out.some((c) => c.startsWith('Z00.0'))).toBe(false);
  });
  it('an exam that is only due or scheduled is not this visit', () => {
    const out = codes('Sick visit for acute maxillary sinusitis. Annual physical is due next month.', outpatient);
    expect(out.some((c) => c.startsWith('Z00'))).toBe(false);
  });
  it('reads ages as notes write them (years, "y/o", "52F", months)', () => {
    expect(ageInYears('52F with cough')).toBe(52);
    expect(ageInYears('A 7-year-old boy')).toBe(7);
    expect(ageInYears('WCC 9 mo')).toBeCloseTo(0.75);
    expect(ageInYears('No age here')).toBeUndefined();
  });
});

describe('I.C.21.c.8 follow-up after completed treatment', () => {
  it('a resolved, fully treated condition seen for follow-up is Z09 with its history code, not the condition', () => {
    const out = codes('Clinic recheck.\nUrinary tract infection treated with nitrofurantoin, course completed last week.\nNo dysuria now, urinalysis clean.\nAssessment: resolved urinary tract infection, follow-up only.', outpatient);
    expect(out).toContain('Z09');
    expect(out).toContain('Z87.440');
    expect(out).not.toContain('N39.0');
  });
});

describe('I.B.14 body mass index', () => {
  it('an adult BMI goes with the weight diagnosis, by the Tabular range', () => {
    const out = codes('Weight clinic.\n45-year-old with obesity, class 2. BMI 37.2 today.\nPlan: nutrition program.', outpatient);
    expect(out).toContain('Z68.37');
  });
  it('a BMI without a weight diagnosis is not coded', () => {
    const out = codes('Acute bronchitis.\nBMI 31.4. Cough for 5 days, no fever.\nSupportive care.', outpatient);
    expect(out.some((c) => c.startsWith('Z68'))).toBe(false);
  });
  it('a child\'s BMI is its percentile code, never an adult range', () => {
    const out = codes('Pediatrics.\n9-year-old girl with obesity; BMI 24, 96th percentile for age.\nPlan: family lifestyle counselling.', outpatient);
    expect(out).toContain('Z68.54');
    expect(out.some((c) => /^Z68\.[1-4]/.test(c))).toBe(false);
  });
});

describe('I.C.2.b metastatic sites', () => {
  it('"primary of X to the left lung" codes the lung as the secondary site with its side', () => {
    const out = codes('Oncology.\nMetastatic adenocarcinoma of the sigmoid colon to the left lung, on systemic therapy.', outpatient);
    expect(out).toContain('C18.7');
    expect(out).toContain('C78.02');
    expect(out.some((c) => c.startsWith('C34'))).toBe(false);
  });
});

describe('I.C.2 carcinoma in situ by site (Neoplasm Table in situ column)', () => {
  it('DCIS with the side stated in another clause is D05.1 with that side', () => {
    const out = codes('Breast clinic.\nRight breast core biopsy at 10 o\'clock.\nResult: ductal carcinoma in situ, grade 2.\nPlan: lumpectomy.', outpatient);
    expect(out).toContain('D05.11');
    expect(out).not.toContain('D09.9');
    expect(out.some((c) => c.startsWith('C50'))).toBe(false);
  });
  it('carcinoma in situ of the cervix is D06, never D09.9', () => {
    const out = codes('Gynecology.\nCone biopsy of the cervix: carcinoma in situ, margins clear.', outpatient);
    expect(out.some((c) => c.startsWith('D06'))).toBe(true);
    expect(out).not.toContain('D09.9');
  });
});

describe('I.C.2.d current vs history of a malignancy', () => {
  it('a cancer removed by an -ectomy with no treatment since is its Z85 history code', () => {
    const out = codes('Follow-up.\nRenal cell carcinoma of the left kidney treated by nephrectomy in 2016; no treatment since, no evidence of disease.\nAssessment: history of kidney cancer.', outpatient);
    expect(out.some((c) => c.startsWith('Z85.5'))).toBe(true);
    expect(out.some((c) => c.startsWith('C64'))).toBe(false);
  });
  it('a myeloma "not in remission" is current and never the in-remission code', () => {
    const out = codes('Hematology.\nMultiple myeloma, not in remission, on maintenance lenalidomide.\nPlan: continue.', outpatient);
    expect(out).toContain('C90.00');
    expect(out).not.toContain('C90.01');
    expect(out.some((c) => c.startsWith('Z85'))).toBe(false);
  });
});

describe('I.C.6.b.5 neoplasm-related pain', () => {
  it('an admission for pain control lists G89.3 before the neoplasm', () => {
    const out = codes('Discharge summary.\nAdmitted for pain control of bone pain from metastatic prostate cancer; G89.3 neoplasm related pain managed with a PCA.\nDischarge diagnosis: neoplasm related pain; prostate cancer.', inpatient);
    expect(out).toContain('G89.3');
    expect(out).toContain('C61');
    expect(out.indexOf('G89.3')).toBeLessThan(out.indexOf('C61'));
  });
});

describe('I.C.18.g SIRS of non-infectious origin', () => {
  it('SIRS after trauma with no infection and no organ dysfunction is the condition, then R65.10', () => {
    const out = codes('Discharge summary.\nAcute biliary pancreatitis. Fever, tachycardia and leukocytosis; cultures negative, no source of infection.\nDiagnosis: SIRS of non-infectious origin without organ dysfunction.', inpatient);
    expect(out).toContain('R65.10');
    expect(out).not.toContain('R65.11');
    expect(out.some((c) => /^A41|^R65\.2/.test(c))).toBe(false);
    expect(out.indexOf('R65.10')).toBeGreaterThan(out.findIndex((c) => c.startsWith('K85')));
  });
  it('with an acute organ dysfunction it is R65.11 before the dysfunction', () => {
    const out = codes('Discharge summary.\nAcute pancreatitis with noninfectious SIRS; all cultures negative. Acute kidney injury, creatinine 3.1.\nFinal diagnosis: SIRS with acute organ dysfunction (AKI).', inpatient);
    expect(out).toContain('R65.11');
    expect(out).toContain('N17.9');
    expect(out.indexOf('R65.11')).toBeLessThan(out.indexOf('N17.9'));
  });
  it('SIRS with sepsis is not the non-infectious code', () => {
    const out = codes('Discharge summary.\nSepsis due to Escherichia coli pyelonephritis; SIRS criteria met.\nDischarge diagnoses: E. coli sepsis, acute pyelonephritis.', inpatient);
    expect(out.some((c) => c.startsWith('R65.1'))).toBe(false);
  });
});

describe('I.C.19.a injuries in the healing phase and sequelae', () => {
  it('a fracture "weeks ago" treated in a cast, now healing, is the subsequent encounter, not a healed-injury history', () => {
    const out = codes('Orthopaedic follow-up.\nTorus fracture of the lower end of the right radius 4 weeks ago, treated in a cast.\nX-ray: healing, callus present.\nPlan: cast off, wrist exercises.', outpatient);
    expect(out).toContain('S52.521D');
    expect(out.some((c) => c.startsWith('Z87.8'))).toBe(false);
  });
  it('a late effect is the residual condition first and the injury with S after it', () => {
    const out = codes('Plastic surgery.\nKeloid of the right forearm, the sequela of a second-degree burn of the right forearm 3 years ago.\nAssessment: keloid scar. Plan: steroid injection.', outpatient);
    expect(out).toContain('T22.211S');
    expect(out).toContain('L91.0');
    expect(out.indexOf('L91.0')).toBeLessThan(out.indexOf('T22.211S'));
    expect(out.some((c) => c.startsWith('T30'))).toBe(false);
  });
  it('two or more ribs of one side are multiple fractures of ribs (S22.4-), not one rib', () => {
    const out = codes('ED note.\nFall from standing. CT chest: acute fractures of the right 7th, 8th and 9th ribs, no pneumothorax.\nAssessment: right rib fractures.', outpatient);
    expect(out).toContain('S22.41XA');
    expect(out).not.toContain('S22.31XA');
  });
  it('one rib stays one rib', () => {
    const out = codes('ED note.\nCXR: nondisplaced fracture of the left 6th rib.\nAssessment: left rib fracture.', outpatient);
    expect(out).toContain('S22.32XA');
    expect(out).not.toContain('S22.42XA');
  });
  it('an injury the history names in full and the assessment repeats in brief reaches the report (confidence)', () => {
    const out = codes('Fracture clinic.\nDisplaced transverse fracture of the shaft of the right tibia, nailed 5 months ago.\nCT: persistent gap, no bridging.\nAssessment: nonunion of the right tibial shaft fracture.', outpatient);
    expect(out.some((c) => /^S82\.2\d1K$/.test(c))).toBe(true);
    expect(out.some((c) => /^S82\..*A$/.test(c))).toBe(false);
  });
});

describe('I.C.21.c.3 status: acquired absence after a past amputation', () => {
  it('a past below-knee amputation is Z89.51- with its side', () => {
    const out = codes('Primary care.\nHypertension, controlled on lisinopril.\nRight BKA in 2012 after a crush injury; uses a prosthesis, residual limb skin intact.', outpatient);
    expect(out).toContain('Z89.511');
  });
  it('an amputation planned or done at this encounter is not a status', () => {
    const out = codes('Vascular surgery.\nGangrene of the left foot. Plan: left below-knee amputation scheduled tomorrow; consent obtained.', outpatient);
    expect(out.some((c) => c.startsWith('Z89'))).toBe(false);
  });
  it('"aka" in lower case is not an above-knee amputation', () => {
    const out = codes('Clinic.\nType 2 diabetes mellitus without complications. Her sister, aka the caregiver, manages meds since 2019.', outpatient);
    expect(out.some((c) => c.startsWith('Z89'))).toBe(false);
  });
});

describe('I.C.2.b / I.C.2.l more metastasis wordings', () => {
  it('"liver mets" is the liver secondary C78.7 beside the stated primary', () => {
    const out = codes('Oncology.\nAdenocarcinoma of the pancreatic head with liver mets, on gemcitabine.', outpatient);
    expect(out).toContain('C78.7');
    expect(out).toContain('C25.0');
  });
  it('"metastatic breast cancer" with no breast primary coded is the breast primary, not a breast secondary', () => {
    const out = codes('Oncology.\nMetastatic breast cancer of the right breast with bone metastases, on chemotherapy.', outpatient);
    expect(out.some((c) => c.startsWith('C50'))).toBe(true);
    expect(out).not.toContain('C79.81');
    expect(out).toContain('C79.51');
  });
  it('a stated secondary site replaces the unspecified secondary C79.9, and an unknown primary is C80.1', () => {
    const out = codes('Hepatology.\nCT: multiple hepatic metastases. Biopsy: metastatic adenocarcinoma; extensive work-up did not identify a primary.\nImpression: liver metastases from unknown primary.', outpatient);
    expect(out).toContain('C78.7');
    expect(out).toContain('C80.1');
    expect(out).not.toContain('C79.9');
  });
});

describe('I.C.2 / I.C.13 pathological fracture due to a neoplasm', () => {
  it('is M84.5- (in neoplastic disease) by site and side, not M84.4- nor a traumatic S code', () => {
    const out = codes('Discharge summary.\nProstate cancer with bone metastases. Pathological fracture of the left humerus due to the bone metastasis, no trauma.\nDiagnoses: pathologic fracture left humerus; metastatic prostate cancer.', inpatient);
    expect(out.some((c) => c.startsWith('M84.52'))).toBe(true);
    expect(out.some((c) => c.startsWith('M84.4'))).toBe(false);
    expect(out.some((c) => c.startsWith('S42'))).toBe(false);
  });
});

describe('I.B.5 the criteria of SIRS are integral to it', () => {
  it('fever, tachycardia and leukocytosis are not coded beside non-infectious SIRS', () => {
    const out = codes('Discharge summary.\nAcute alcohol-induced pancreatitis. Fever, tachycardia and leukocytosis on day 1; cultures negative, no infection.\nDiagnosis: SIRS of non-infectious origin, no organ dysfunction.', inpatient);
    expect(out).toContain('R65.10');
    expect(out).not.toContain('R50.9');
    expect(out).not.toContain('R00.0');
    expect(out).not.toContain('D72.829');
  });
});

describe('I.C.21.c.8 surveillance after a removed lesion', () => {
  it('a surveillance colonoscopy for polyps removed years ago is Z09 with the history code', () => {
    const out = codes('Surveillance colonoscopy\nIndication: personal history of adenomatous colon polyps, removed in 2021; no GI symptoms.\nFindings: normal colon.\nImpression: normal surveillance exam.', outpatient);
    expect(out).toContain('Z09');
    expect(out).toContain('Z86.0101');
    expect(out).not.toContain('Z12.11');
  });
  it('surveillance of a condition still present is not Z09', () => {
    const out = codes('Surveillance EGD\nBarrett esophagus without dysplasia, on omeprazole; prior polyp removed 2019.\nFindings: salmon-colored mucosa, biopsies taken.', outpatient);
    expect(out).not.toContain('Z09');
  });
});

describe('I.C.21.c.2 / I.B.4 diseases listed after a vaccine label', () => {
  it('"Vaccines given today: …, hepatitis B #2" names vaccines, not the infection', () => {
    const out = codes('Well baby visit, 2 months.\nExam normal.\nVaccines given today: DTaP, IPV, Hib, hepatitis B #2; lot numbers recorded.', outpatient);
    expect(out).toContain('Z23');
    expect(out.some((c) => c.startsWith('B1'))).toBe(false);
  });
});

describe('I.C.19 fractures named by the Index ("Fracture, traumatic" subterms)', () => {
  it('a lateral malleolus fracture in the imaging line, "fracture as above" in the assessment, is coded by side and displacement', () => {
    const out = codes('Urgent care\nRolled the left ankle.\nX-ray left ankle: nondisplaced fracture of the left lateral malleolus.\nA/P: fracture as above; walking boot.', outpatient);
    expect(out).toContain('S82.65XA');
  });
  it('a scaphoid (navicular of the wrist) fracture by its part', () => {
    const out = codes('ED note\nFOOSH. Snuffbox tenderness.\nXR right wrist impression: nondisplaced fracture of the distal pole of the right scaphoid.\nAssessment: right scaphoid fracture, thumb spica splint.', outpatient);
    expect(out).toContain('S62.014A');
  });
  it('a negated fracture is not coded', () => {
    const out = codes('Urgent care\nAnkle sprain.\nX-ray left ankle: no fracture of the lateral malleolus.\nA/P: sprain, RICE.', outpatient);
    expect(out.some((c) => c.startsWith('S82'))).toBe(false);
  });
  it('a dated fracture with "a late effect of the old fracture" in the assessment is the sequela (S), after the condition', () => {
    const out = codes('Orthopaedics\nDisplaced trimalleolar fracture of the left ankle treated with ORIF in 2017.\nAssessment: post-traumatic osteoarthritis of the left ankle, a late effect of the old fracture.', outpatient);
    expect(out).toContain('S82.852S');
    expect(out).not.toContain('S82.852A');
  });
});
