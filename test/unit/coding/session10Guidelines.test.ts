// Session 10 (issue 10): general mechanisms behind misses and must-not codes in forms the trap suite lacked —
// questionnaire rows answered "no", episodes "none since" a date, "<condition> from <drug>" in the conclusions, the
// drug's code never withheld as a sign, Index "see" subterms, and the pain pleurisy is. Each test names the
// guideline or convention it serves; every note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const inpatient = { setting: 'inpatient' as const, noteType: 'DISCHARGE_SUMMARY' };

describe('I.B.4 / IV.D: a questionnaire or history row answered "no" at the end of its line denies the condition', () => {
  it('"Heart failure: no", "COPD: none" rows code neither; the row answered "yes" is coded', () => {
    const out = codes('Intake form\nHeart failure: no\nCOPD: none\nDiabetes: yes\nVisit\n66 yo F, A1c 7.1% on diet alone.\nAssessment: type 2 diabetes mellitus.', outpatient);
    expect(out).toContain('E11.9');
    expect(out.some((c) => c.startsWith('I50'))).toBe(false);
    expect(out.some((c) => c.startsWith('J44'))).toBe(false);
  });
  it('a row label with a dash answer ("Asthma - no") is denied as well', () => {
    const out = codes('Pre-op checklist\n- Asthma - no\n- Sleep apnea - no\nPlan: essential hypertension, continue amlodipine.', outpatient);
    expect(out).toContain('I10');
    expect(out.some((c) => c.startsWith('J45'))).toBe(false);
    expect(out.some((c) => c.startsWith('G47.3'))).toBe(false);
  });
  it('"Type 2 diabetes: no retinopathy" is not a row answer: the diabetes stays, its complication is denied', () => {
    const out = codes('Diabetes follow-up\n70 yo M, diet controlled.\nType 2 diabetes: no retinopathy on dilated exam.', outpatient);
    expect(out).toContain('E11.9');
    expect(out.some((c) => c.startsWith('E11.3'))).toBe(false);
  });
});

describe('I.C.21.c.4: an episode with "none since" a date is a past episode (history code), not a denied one', () => {
  it('"h/o kidney stones, none since 2018" is Z87.442, never N20.0', () => {
    const out = codes('Annual follow-up\nProblems:\n1. Essential hypertension, controlled.\n2. H/o kidney stones, none since 2018.', outpatient);
    expect(out).toContain('Z87.442');
    expect(out).not.toContain('N20.0');
  });
  it('"history of acute pancreatitis" (an episode that resolves) is Z87.19, never K85.90 (Index: History, personal, disease, digestive system NEC)', () => {
    const out = codes('Clinic\n45 yo M. History of acute pancreatitis in 2021, alcohol related, abstinent since.\nAssessment: pure hypercholesterolemia, start atorvastatin.', outpatient);
    expect(out).toContain('Z87.19');
    expect(out.some((c) => c.startsWith('K85'))).toBe(false);
  });
});

describe('I.C.19.e.5.a: "<condition> from <drug>" in the conclusions names the drug as the cause of an adverse effect', () => {
  it('"hyponatremia from hydrochlorothiazide" codes the nature then the adverse effect (T50.2X5A)', () => {
    const out = codes('Clinic\n77 yo F on hydrochlorothiazide for hypertension, taken daily. Sodium 128.\nAssessment: hyponatremia from hydrochlorothiazide; essential hypertension. Stop HCTZ.', outpatient);
    expect(out).toContain('E87.1');
    expect(out).toContain('T50.2X5A');
    expect(out.indexOf('E87.1')).toBeLessThan(out.indexOf('T50.2X5A'));
  });
  it('"withdrawal from alcohol" and "switched from metformin" name no adverse effect', () => {
    const out = codes('Clinic\n52 yo M.\nAssessment: alcohol dependence, in early remission after withdrawal from alcohol last month. Type 2 diabetes, switched from metformin to sitagliptin.', outpatient);
    expect(out.some((c) => /^T(4[0-9]|5[01])\..{2,3}5/.test(c))).toBe(false);
    expect(out.some((c) => c.startsWith('T51'))).toBe(false);
  });
});

describe('I.C.19.e.5: the drug\'s code (T36-T65) names a substance, never a sign of the assessed condition', () => {
  it('a drug taken as prescribed named outside the assessment keeps its adverse-effect code beside the assessed effect', () => {
    const out = codes('Clinic\n71 yo M on lisinopril for a month, taking it as prescribed, now with lip and tongue swelling.\nAssessment: angioedema; essential hypertension. Lisinopril stopped.', outpatient);
    expect(out).toContain('T78.3XXA');
    expect(out).toContain('T46.4X5A');
  });
});

describe('I.B.2 through the Index "see": an entry\'s default beside the code its subterm sends it to is that condition named less precisely', () => {
  it('"hypothyroidism due to Hashimoto thyroiditis" is E06.3 alone (Hypothyroidism, autoimmune — see Thyroiditis, autoimmune)', () => {
    const out = codes('Endocrine follow-up\n39 yo F. TSH 6.2 on levothyroxine 75 mcg.\nAssessment: hypothyroidism due to Hashimoto thyroiditis; increase dose.', outpatient);
    expect(out).toContain('E06.3');
    expect(out).not.toContain('E03.9');
  });
  it('a coded companion of another chapter is kept (severe sepsis goes with the infection\'s code, I.C.1.d.4)', () => {
    const out = codes('Discharge summary\nFinal diagnoses: severe sepsis due to pneumococcal pneumonia with acute kidney injury.', inpatient);
    expect(out.some((c) => c.startsWith('A40') || c.startsWith('A41'))).toBe(true);
    expect(out).toContain('R65.20');
  });
});

describe('I.B.5: pain on breathing is what pleurisy is (R09.1), not coded beside it', () => {
  it('pleuritic chest pain with a final diagnosis of pleurisy is R09.1 alone', () => {
    const out = codes('Discharge summary\n45 yo M admitted with sharp left chest pain worse on inspiration. D-dimer negative, ECG normal.\nFinal diagnosis: pleurisy.', inpatient);
    expect(out).toContain('R09.1');
    expect(out.some((c) => c.startsWith('R07'))).toBe(false);
  });
});

describe('I.B.4: a denial list whose items a template separates with semicolons denies every item', () => {
  it('"Denies chest pain; palpitations; syncope." codes none of them', () => {
    const out = codes('Clinic\nPatient denies chest pain; palpitations; syncope. Hypertension, well controlled.', outpatient);
    expect(out).toContain('I10');
    expect(out).not.toContain('R00.2');
    expect(out).not.toContain('R55');
  });
  it('a clause after the semicolon with a verb of its own is affirmed ("Denies nausea; reports epigastric pain")', () => {
    const out = codes('Clinic\n44 yo F. Denies nausea; reports epigastric pain after meals for a month.\nPlan: trial of omeprazole.', outpatient);
    expect(out).toContain('R10.13');
  });
  it('items with their own negation leave a bare item affirmed ("no fever; no chills; palpitations")', () => {
    const out = codes('Clinic\n35 yo F, ROS: no fever; no chills; palpitations.\nPlan: Holter monitor for palpitations.', outpatient);
    expect(out).toContain('R00.2');
  });
});

describe('I.C.19.a: a wound "repaired with sutures" at this visit is the injury\'s initial encounter, not a past injury', () => {
  it('an ED laceration "repaired with sutures" is S51.812A, never the history code Z87.828', () => {
    const out = codes('ED NOTE\n20 yo M fell off his bike today, laceration to left forearm 3 cm, repaired with sutures.', { setting: 'outpatient', noteType: 'ED_NOTE' });
    expect(out).toContain('S51.812A');
    expect(out).not.toContain('Z87.828');
  });
  it('a hernia "repaired with mesh in 2015" stays history', () => {
    const out = codes('Clinic\n60 yo M with inguinal hernia repaired with mesh in 2015, now with primary osteoarthritis of the right knee.', outpatient);
    expect(out).toContain('M17.11');
    expect(out.some((c) => c.startsWith('K40'))).toBe(false);
  });
});
