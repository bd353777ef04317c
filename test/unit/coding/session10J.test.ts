// Session 10, second wave (issue 10): the general causes behind batch J's must-not codes — a stage written straight
// after its abbreviation, a wound's depth in wound-care words, a past episode dated by a bare year, a solid tumour
// "in remission" after its eradication, a pregnancy the provider calls unaffected, a mass integral to the neoplasm it
// turned out to be, disease names modifying another noun, and a relative clause on another person. Each test names
// the guideline or convention it serves; every note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };

describe('I.B.2 specificity: a CKD stage written straight after the abbreviation ("CKD 4", "CKD 3b") is the stage', () => {
  it('"CKD 4" with hypertension is I12.9 with N18.4 (I.C.9.a.2), never N18.9', () => {
    const out = codes('Problems:\n1. Hypertension - lisinopril 20\n2. CKD 4 - nephrology following', outpatient);
    expect(out).toEqual(expect.arrayContaining(['I12.9', 'N18.4']));
    expect(out).not.toContain('N18.9');
  });
  it('"CKD 3b, eGFR 38" is N18.32', () => {
    expect(codes('Problems:\n1. CKD 3b, eGFR 38\n2. Gout', outpatient)).toContain('N18.32');
  });
  it('the number of the next list item is no stage ("1. CKD\\n2. Hypertension" stays N18.9)', () => {
    const out = codes('Problems:\n1. CKD\n2. Hypertension', outpatient);
    expect(out).toContain('N18.9');
    expect(out).not.toContain('N18.32');
  });
});

describe('I.B.2 / I.C.4.a: a chronic ulcer takes the severity the wound-care words state', () => {
  it('"partial thickness" is an ulcer limited to breakdown of skin (L97.-1)', () => {
    const out = codes('Wound care visit. Type 2 diabetes on metformin. Wound R heel 2 x 1 cm, partial thickness, pink base. Dx: diabetic foot ulcer, right heel.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['E11.621', 'L97.411']));
    expect(out).not.toContain('L97.419');
  });
  it('"full thickness, fat visible" is the fat layer exposed (L97.-2)', () => {
    const out = codes('Wound care visit. Type 2 diabetes on metformin. Wound R heel 2 x 1 cm, full thickness, fat visible. Dx: diabetic foot ulcer, right heel.', outpatient);
    expect(out).toContain('L97.412');
    expect(out).not.toContain('L97.419');
  });
});

describe('I.C.21.c.4 and I.C.21.c.3: a bare year after a resolved episode dates it as history; its prophylaxis is long-term use', () => {
  it('"Right leg DVT 2019, treated; remains on apixaban to prevent recurrence" is Z86.718 with Z79.01, never I82.4-', () => {
    const out = codes('Med review\nRight leg DVT 2019, treated; remains on apixaban to prevent recurrence. No leg swelling.\nPlan: continue apixaban.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['Z86.718', 'Z79.01']));
    expect(out.some((c) => c.startsWith('I82'))).toBe(false);
  });
});

describe('I.C.2.d: a solid tumour eradicated, then restated "in remission - no active treatment", is its history code', () => {
  it('breast carcinoma treated to completion and "in remission" is Z85.3, never C50', () => {
    const out = codes('Survivorship clinic\nLeft breast carcinoma treated with lumpectomy and radiation, radiation completed 2018. No current therapy. Mammogram clear.\nA: left breast cancer, in remission - no active treatment.', outpatient);
    expect(out).toContain('Z85.3');
    expect(out.some((c) => c.startsWith('C50'))).toBe(false);
  });
});

describe('I.C.15.a.1: a pregnancy the provider states unaffected and not relevant to the visit is Z33.1, no chapter 15 and no Z3A', () => {
  it('a finger laceration in a pregnancy "unaffected and not relevant to this visit" codes the injury and Z33.1', () => {
    const out = codes('Urgent care\nCut on right index finger from kitchen knife, 1 cm, no tendon involvement. Pt is 22 wk pregnant; pregnancy unaffected and not relevant to this visit per provider.\nDx: laceration of right index finger without foreign body, initial.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['S61.210A', 'Z33.1']));
    expect(out.some((c) => c.startsWith('O') || c.startsWith('Z3A'))).toBe(false);
  });
});

describe('I.B.5: a breast mass is integral to the breast neoplasm it is diagnosed as', () => {
  it('a pathology specimen "left breast mass" diagnosed as fibroadenoma is D24.2 alone, never N63', () => {
    const out = codes("PATHOLOGY\nSpecimen: left breast mass, 2 o'clock, core biopsy.\nDiagnosis: fibroadenoma. No atypia or malignancy.", outpatient);
    expect(out).toContain('D24.2');
    expect(out.some((c) => c.startsWith('N63'))).toBe(false);
  });
});

describe('I.A.19 look-alike words: a disease name modifying another noun ("stroke warning signs", "yellow fever requirement") is no diagnosis', () => {
  it('education on stroke warning signs and heart attack signs codes neither a stroke nor an infarction', () => {
    const out = codes('Clinic\nEssential hypertension on amlodipine, BP 128/80.\nEducation: stroke warning signs and heart attack signs reviewed; handout given.', outpatient);
    expect(out).toContain('I10');
    expect(out.some((c) => /^(I6[0-3]|I21|G45)/.test(c))).toBe(false);
  });
  it('a yellow fever certificate requirement and vaccine code the vaccination, never yellow fever', () => {
    const out = codes('Travel visit\nTrip to Kenya next month. Yellow fever certificate requirement discussed; yellow fever vaccine given today.', outpatient);
    expect(out).toContain('Z23');
    expect(out.some((c) => c.startsWith('A95'))).toBe(false);
  });
});

describe('IV.D / ConText experiencer: "with her husband, whose COPD ..." names the husband\'s conditions, not the patient\'s', () => {
  it('the companion\'s COPD and atrial fibrillation are not coded; the patient\'s knee osteoarthritis is', () => {
    const out = codes('Here with her husband, whose COPD and atrial fibrillation she helps manage. Her own concern: left knee pain climbing stairs, crepitus.\nAssessment: primary osteoarthritis, left knee.', outpatient);
    expect(out).toContain('M17.12');
    expect(out.some((c) => c.startsWith('J44') || c.startsWith('I48'))).toBe(false);
  });
});

describe('I.C.4.a.3 / I.C.21.c.3: insulin named by its brand or nonproprietary name is long-term insulin use (Z79.4)', () => {
  it('"T2DM on Tresiba" codes Z79.4 beside the diabetes', () => {
    const out = codes('Telehealth. T2DM on Tresiba 20 u daily and metformin, adherent. A1c 8.9.\nA/P: type 2 diabetes with hyperglycemia. Increase Tresiba to 24 u.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['E11.65', 'Z79.4']));
  });
});

describe('I.C.15.a.3 and Z3A: a prenatal heading with its weeks and no separator ("Prenatal 30 wk.") states the gestational age', () => {
  it('pre-existing hypertension at 30 weeks is O10.013 with Z3A.30', () => {
    const out = codes('Prenatal 30 wk. Pre-existing essential hypertension on nifedipine, BP 124/78.\nA: chronic hypertension in pregnancy, third trimester.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['O10.013', 'Z3A.30']));
  });
});

describe('I.B.14: a hyphenated month count modifying a noun ("3-month supervised program") is a duration, not the patient\'s age', () => {
  it('an adult BMI with morbid obesity is Z68.41 even when the plan names a 3-month program', () => {
    const out = codes('Weight clinic\nMorbid obesity due to excess calories, BMI 41.5.\nPlan: 3-month supervised program, then reassess.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['E66.01', 'Z68.41']));
  });
});

describe('I.C.2.d / Index "Leukemia, lymphocytic, chronic": CLL by its initials, "never in remission", is C91.10', () => {
  it('"CLL, never in remission" is C91.10, never the unspecified leukemia C95.9-', () => {
    const out = codes('Hem/onc. CLL, never in remission, Rai stage I. Watch and wait.', outpatient);
    expect(out).toContain('C91.10');
    expect(out.some((c) => c.startsWith('C95'))).toBe(false);
  });
});

describe('I.C.21.c.2: a "Vaccines today:" record is an immunization given at this encounter (Z23)', () => {
  it('a wellness visit with "Vaccines today: Shingrix #1, high-dose influenza" codes Z00.00 and Z23, no zoster or influenza', () => {
    const out = codes('Annual wellness 70 M. No complaints, exam normal.\nVaccines today: Shingrix #1, high-dose influenza.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['Z00.00', 'Z23']));
    expect(out.some((c) => /^(B02|J09|J10|J11)/.test(c))).toBe(false);
  });
});

describe('I.C.21.c.8: a visit named after the episode it follows ("Post-pneumonia visit") with the condition resolved is Z09 with the history code', () => {
  it('a resolved pneumonia after completed antibiotics codes Z09 and Z87.01, never J18', () => {
    const out = codes('Post-pneumonia visit\nCompleted azithromycin for right middle lobe pneumonia 4 wk ago. No cough, afebrile. CXR clear.\nA: pneumonia resolved.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['Z09', 'Z87.01']));
    expect(out.some((c) => c.startsWith('J18'))).toBe(false);
  });
  it('"Post-op check" is a procedure\'s aftercare, not this follow-up (no Z09)', () => {
    expect(codes('Post-op check. Lap chole 10 days ago, incisions healing well.', outpatient)).not.toContain('Z09');
  });
});

describe('I.C.19.e.5.c: underdosing is told in the past by nature ("stopped it 2 weeks ago"); that is its evidence, not a history', () => {
  it('a drug stopped for cost keeps its underdosing code (T42.1X6A) beside the condition and Z91.120', () => {
    const out = codes('Pt stopped his carbamazepine 2 weeks ago -- could not afford it after losing his job. Two seizures since.\nA: epilepsy, breakthrough seizures due to underdosing (cost).\nP: restart carbamazepine, pharmacy assistance.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['T42.1X6A', 'Z91.120']));
  });
});
