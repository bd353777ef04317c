import { ClinicalEngine } from '../../../src/engine/engine';
import { ageInYears } from '../../../src/engine/coding/guidelines/zcodes';
import { subtermForms } from '../../../src/engine/coding/official';

// Synthetic notes (invented), each written for one general pattern of the Official Guidelines or the Index.
const engine = new ClinicalEngine();
const codes = (text: string, setting: 'inpatient' | 'outpatient' = 'outpatient') => engine.process(text, { setting }).codes.map((c) => c.code);

describe('I.B.2 acuity from a stated duration: cough (Index: Cough, acute R05.1, subacute R05.2, chronic R05.3)', () => {
  it('a cough of days is acute, of 3-8 weeks subacute, of months chronic', () => {
    expect(codes('Clinic visit\nCough x 5 days, no fever.\nAssessment: viral syndrome suspected, supportive care.')).toContain('R05.1');
    expect(codes('Clinic visit\nTwo days of dry cough. Lungs clear.\nPlan: fluids, honey.')).toContain('R05.1');
    expect(codes('Clinic visit\nDry cough for 5 weeks after a cold. Lungs clear, CXR normal.\nPlan: reassess in 3 weeks.')).toContain('R05.2');
    expect(codes('Pulmonary clinic\nCough for 4 months, nonsmoker, CXR clear.\nPlan: spirometry.')).toContain('R05.3');
  });
  it('no stated duration of the cough leaves R05.9; another symptom\'s duration does not date the cough', () => {
    const out = codes('Clinic visit\nCough. Fever for 2 days.\nPlan: fluids.');
    expect(out).toContain('R05.9');
    expect(out).not.toContain('R05.1');
  });
});

describe('I.B.14 BMI with its weight diagnosis', () => {
  it('"weight loss in 3 months" is a duration, not an infant\'s age: the adult BMI code is reported', () => {
    expect(ageInYears('Weight loss of 12% in 3 months, BMI 16.0.')).toBeUndefined();
    expect(ageInYears('9-month-old girl, well child visit.')).toBeCloseTo(0.75);
    const out = codes('Discharge summary\nWeight loss of 12% in 3 months, BMI 16.0. Dietitian: severe protein-calorie malnutrition.\nDischarged home.', 'inpatient');
    // Z68.18: "BMI 18.4 or less, adult" (FY2027 split of Z68.1).
    expect(out).toEqual(expect.arrayContaining(['E43', 'Z68.18']));
  });
  it('a weight diagnosis whose first score is low still carries the BMI; no BMI without one', () => {
    expect(codes('Weight clinic\nWt 131 kg, BMI 43.1.\nA: morbid (severe) obesity due to excess calories, BMI 43.1.')).toEqual(expect.arrayContaining(['E66.01', 'Z68.41']));
    expect(codes('Sports physical\nBMI 43.1, muscular build. Cleared to play.').some((c) => c.startsWith('Z68'))).toBe(false);
  });
});

describe('I.C.2.d / I.C.21.c.8 follow-up after completed cancer treatment (Z08 with Z85)', () => {
  it('"adjuvant therapy completed" said after the therapy is not treatment now: Z08 + Z85', () => {
    const out = codes('Colonoscopy\nIndication: surveillance; rectosigmoid adenocarcinoma resected 4 years ago, adjuvant therapy completed; no evidence of disease since.\nImpression: normal surveillance colonoscopy.');
    expect(out).toEqual(expect.arrayContaining(['Z08', 'Z85.048']));
    expect(out.some((c) => c.startsWith('C'))).toBe(false);
  });
  it('a cancer eradicated by radiation with no current treatment is history (I.C.2.d "excised or eradicated")', () => {
    const out = codes('Urology surveillance\nProstate adenocarcinoma treated with brachytherapy, completed 2018; no current treatment. PSA undetectable.\nA: no evidence of recurrence.');
    expect(out).toEqual(expect.arrayContaining(['Z08', 'Z85.46']));
    expect(out).not.toContain('C61');
  });
  it('a visit managing another current condition is not Z08: the cancer history is coded, not the follow-up', () => {
    const out = codes('Primary care follow-up\nPast history: rectal cancer resected 2015, no evidence of recurrence on surveillance.\nAssessment: type 2 diabetes, stable on diet. History of rectal cancer.');
    expect(out).toContain('Z85.048');
    expect(out).not.toContain('Z08');
  });
});

describe('I.C.21.c.8 / c.4 surveillance after removed colon adenomas (Z09 with Z86.0101)', () => {
  it('"Indication: surveillance" is the visit\'s reason; a siteless adenoma in a colonoscopy report is a colon adenoma', () => {
    const out = codes('Colonoscopy report\nIndication: surveillance; two tubular adenomas removed 4 years ago.\nFindings: normal colon, no polyps.\nImpression: no recurrence.');
    expect(out).toEqual(expect.arrayContaining(['Z09', 'Z86.0101']));
    expect(out).not.toContain('Z86.018');
  });
  it('an adenoma without an examined organ stays "other benign neoplasm"', () => {
    const out = codes('Clinic note\nHistory of adenomas removed years ago. Here for hypertension, controlled.\nA: essential hypertension.');
    expect(out).not.toContain('Z86.0101');
  });
  it('Z09 is not the reason when the treatment continues as long-term drug therapy (Z79)', () => {
    const out = codes('Hematology f/u. DVT 2 years ago, completed initial therapy; remains on long-term apixaban for secondary prevention.\nA: history of DVT, continue apixaban.');
    expect(out).toEqual(expect.arrayContaining(['Z86.718', 'Z79.01']));
    expect(out).not.toContain('Z09');
  });
});

describe('I.C.21.c.4 a dated past episode said treated is history', () => {
  it('"pulmonary embolism in 2021, treated;" is Z86.711, not a current embolism', () => {
    const out = codes('Anticoagulation clinic\nProvoked pulmonary embolism in 2021, treated; on indefinite apixaban for secondary prevention.\nPlan: continue apixaban.');
    expect(out).toContain('Z86.711');
    expect(out.some((c) => c.startsWith('I26'))).toBe(false);
  });
  it('"treated with" a drug keeps the condition current', () => {
    expect(codes('Clinic\nPulmonary embolism in 2025, treated with apixaban, still short of breath.\nA: acute pulmonary embolism.').some((c) => c.startsWith('I26'))).toBe(true);
  });
});

describe('I.C.19.c.1 fracture pattern stated anywhere in a one-fracture note, displaced by default', () => {
  it('"open fracture of the left tibial shaft" + "transverse midshaft fracture" is the displaced transverse code, 7th character kept', () => {
    const out = codes('OPERATIVE NOTE\nPreoperative diagnosis: open fracture of the left tibial shaft, Gustilo type I.\nPostoperative diagnosis: same; transverse midshaft fracture.\nProcedure: irrigation and debridement, intramedullary nail.', 'inpatient');
    expect(out).toContain('S82.222B');
    expect(out).not.toContain('S82.202B');
  });
  it('"nondisplaced" keeps the nondisplaced pattern code', () => {
    const out = codes('Emergency department\nFell on ice. X-ray: nondisplaced spiral fracture of the shaft of the right tibia, closed.\nLong leg splint, orthopedics follow-up.');
    expect(out).toContain('S82.244A');
  });
});

describe('I.C.19 an injury-care encounter note without an assessment heading states the injury in its body', () => {
  it('the ED note\'s imaging line is the encounter\'s fracture (Index: Fracture, malleolus, lateral)', () => {
    expect(codes('Emergency department\n33-year-old rolled the right ankle on stairs today. X-ray: displaced fracture of the lateral malleolus of the right fibula, skin intact.\nSplinted, orthopedics referral.')).toContain('S82.61XA');
  });
  it('a case narrative without an encounter title keeps the passing fracture out', () => {
    expect(codes('A 60-year-old man with diabetes. Years earlier he had a fracture of the lateral malleolus of the right fibula. He now presents with polyuria.\nAssessment: type 2 diabetes with hyperglycemia.').some((c) => c.startsWith('S82'))).toBe(false);
  });
});

describe('Index convention: a subterm printed as a comma list of one word\'s forms names each form alone', () => {
  it('"Sprain, cervical, cervicodorsal, cervicothoracic S13.4-" codes "cervical sprain"', () => {
    expect(subtermForms('cervical, cervicodorsal, cervicothoracic')).toEqual(['cervical', 'cervicodorsal', 'cervicothoracic']);
    expect(subtermForms('lower end, radius')).toEqual([]);
    expect(subtermForms('lumbar')).toEqual([]);
    expect(codes('Emergency department\nRear-end collision, neck pain since.\nImpression: acute cervical sprain.')).toContain('S13.4XXA');
  });
});

describe('Index: histology words are nonessential to a Neoplasm Table site term ("Carcinoma, ductal — see Neoplasm, malignant, by site")', () => {
  it('"right breast lobular carcinoma" matches the breast site term as fully as "carcinoma of the right breast"', () => {
    const stated = engine.process('Oncology clinic\nAssessment: right breast lobular carcinoma, on letrozole.', { setting: 'outpatient' }).codes.find((c) => c.code.startsWith('C50'));
    expect(stated?.code).toBe('C50.911');
  });
  it('a generic head gains no word forms: "pigmented lesion" of a biopsy answered benign is not a pigmentation disorder', () => {
    const out = codes('DERMATOPATHOLOGY\nSite: skin, left shoulder, shave biopsy of a pigmented lesion.\nDiagnosis: seborrheic keratosis. Negative for atypia.');
    expect(out).toContain('L82.1');
    expect(out).not.toContain('L81.9');
  });
});

describe('I.A.15 "with": COPD with an exacerbation and a lower respiratory infection', () => {
  it('an exacerbation with pneumonia is J44.1 and J44.0, with the infection coded also', () => {
    expect(codes('Discharge summary\nAdmitted for COPD exacerbation with left lower lobe pneumonia.\nTreated with steroids and ceftriaxone.', 'inpatient')).toEqual(expect.arrayContaining(['J44.0', 'J44.1', 'J18.9']));
  });
  it('an exacerbation without an infection is J44.1 alone', () => {
    expect(codes('Clinic\nAssessment: COPD exacerbation. No pneumonia on chest film.\nPlan: prednisone burst.')).not.toContain('J44.0');
  });
});

describe('I.C.9.a.2 with I.C.4.a: hypertension and diabetes with CKD are both combination codes', () => {
  it('"ESRD due to type 2 diabetes and hypertension" read as one hypertensive-CKD phrase still gives E11.22 and the stage', () => {
    expect(codes('Nephrology note\nAssessment: ESRD due to type 2 diabetes and hypertension.\nPlan: continue dialysis schedule.')).toEqual(expect.arrayContaining(['I12.0', 'E11.22', 'N18.6']));
  });
  it('the stated stage inside a hypertensive heart and kidney phrase is the one reported with the diabetes', () => {
    const out = codes('Assessment: hypertensive heart and kidney disease with CKD stage 4, type 1 diabetes.');
    expect(out).toEqual(expect.arrayContaining(['E10.22', 'N18.4']));
    expect(out).not.toContain('N18.9');
  });
});

describe('I.B.2 non-pressure ulcer severity stated in the Tabular\'s words anywhere in a one-ulcer note', () => {
  it('"limited to breakdown of skin" in the wound line specifies the assessment\'s diabetic heel ulcer', () => {
    const out = codes('Podiatry\nType 2 diabetes, on metformin.\nWound: right heel, 1 cm, limited to breakdown of skin, no exposed fat.\nA: diabetic foot ulcer, right heel.\nP: offloading.');
    expect(out).toEqual(expect.arrayContaining(['E11.621', 'L97.411']));
    expect(out).not.toContain('L97.419');
  });
  it('a severity the note does not state leaves the unspecified severity', () => {
    const out = codes('Podiatry\nType 2 diabetes, on metformin.\nA: diabetic foot ulcer, right heel, depth not assessed today.\nP: offloading.');
    expect(out).toContain('L97.419');
  });
});
