// Trap batch E's misses (issue 10, session 6): laterality stated as bilateral, the Tabular's "ankle and
// foot" joint site, and pre-existing conditions in pregnancy with the gestational age a prenatal heading
// states. Each test names the guideline or Tabular convention it serves; every note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };

describe('I.B.13 laterality: a condition stated as bilateral takes the bilateral code', () => {
  it('"OU" on the diagnosis wins over one eye named for severity or plan', () => {
    const out = codes('Eye clinic.\nExam: cortical changes both eyes.\nImpression: age-related cortical cataract OU, worse OS. Plan: surgery OS first.', outpatient);
    expect(out).toContain('H25.013');
    expect(out).not.toContain('H25.012');
    expect(out).not.toContain('H25.011');
  });
  it('one stated side alone still takes that side', () => {
    const out = codes('Eye clinic.\nImpression: age-related cortical cataract OS. Plan: surgery.', outpatient);
    expect(out).toContain('H25.012');
    expect(out).not.toContain('H25.013');
  });
});

describe('Tabular M19.17-/M25.57- site "ankle and foot": either word states the site (I.B.2, I.B.13)', () => {
  it('post-traumatic osteoarthritis of the R ankle is M19.17-, never a hip code', () => {
    const out = codes('Ortho clinic. Old tibial plafond injury years ago.\nA: post-traumatic osteoarthritis, L ankle. P: brace.', outpatient);
    expect(out).toContain('M19.172');
    expect(out.some((c) => c.startsWith('M16'))).toBe(false);
  });
});

describe('I.C.15.d pre-existing hypertension in pregnancy is chapter 15 with the trimester, plus Z3A', () => {
  it('"pre-existing ... in pregnancy" is the current pregnancy, and a "Prenatal - N weeks" heading gives Z3A', () => {
    const out = codes('Prenatal - 30 weeks\nKnown essential hypertension for 6 years, on nifedipine. BP 128/80, no proteinuria.\nA: pre-existing essential hypertension in pregnancy, 3rd trimester. Continue nifedipine.', outpatient);
    expect(out).toContain('O10.013');
    expect(out).toContain('Z3A.30');
    expect(out).not.toContain('I10');
  });
  it('a history of a past pregnancy stays historical (no chapter 15 code for today)', () => {
    const out = codes('Primary care. 44F, not pregnant, LMP last week.\nHistory of pre-existing hypertension in prior pregnancy 10 years ago.\nA: essential hypertension, on amlodipine.', outpatient);
    expect(out).toContain('I10');
    expect(out.some((c) => c.startsWith('O'))).toBe(false);
  });
});

describe('Tabular M25.47-: effusion keeps ankle and foot as separate sites (I.B.2)', () => {
  it('an ankle effusion is never coded as a foot effusion', () => {
    const out = codes('Ortho clinic.\nA: effusion of right ankle, no injury. P: aspirate.', outpatient);
    expect(out).toContain('M25.471');
    expect(out.some((c) => /^M25\.47[4-6]$/.test(c))).toBe(false);
  });
});

describe('IV.H uncertain outpatient diagnoses: no term is gathered across "rule out" or "versus"', () => {
  it('"left calf pain - rule out DVT" never yields a DVT code outpatient', () => {
    const out = codes('Primary care.\nAssessment: left calf pain - rule out DVT; duplex ordered.', outpatient);
    expect(out.some((c) => c.startsWith('I82'))).toBe(false);
  });
  it('the symptom before the cue is still coded ("left leg pain, rule out DVT")', () => {
    const out = codes('Primary care.\nAssessment: left leg pain, rule out DVT.', outpatient);
    expect(out).toContain('M79.605');
    expect(out.some((c) => c.startsWith('I82'))).toBe(false);
  });
});

describe('IV.D / I.C.21.c.4: a spouse or housemate\'s condition is neither the patient\'s nor family history', () => {
  it('"Husband has obstructive sleep apnea" is not coded; the patient\'s insomnia is', () => {
    const out = codes('Sleep visit. Wife of a CPAP user.\nHusband has obstructive sleep apnea on CPAP; she denies snoring.\nAssessment: insomnia.', outpatient);
    expect(out).toContain('G47.00');
    expect(out).not.toContain('G47.33');
    expect(out.some((c) => c.startsWith('Z82') || c.startsWith('Z83'))).toBe(false);
  });
  it('the patient\'s own condition after the clause is still coded, and a blood relative stays family history', () => {
    const out = codes('Her partner has type 2 diabetes; she has asthma.\nMother has type 2 diabetes.\nA: mild intermittent asthma.', outpatient);
    expect(out.some((c) => c.startsWith('J45'))).toBe(true);
    expect(out).toContain('Z83.3');
    expect(out.some((c) => c.startsWith('E11'))).toBe(false);
  });
});

describe('Index "Neoplasia, intraepithelial, cervix (CIN)" by grade (I.C.2, Tabular D06 / N87)', () => {
  it('CIN III is carcinoma in situ of the cervix, CIN 2 is moderate dysplasia', () => {
    expect(codes('SURGICAL PATHOLOGY\nSpecimen: cervix, cone biopsy.\nDiagnosis: CIN III.', { setting: 'outpatient', noteType: 'PATHOLOGY_REPORT' })).toContain('D06.9');
    expect(codes('SURGICAL PATHOLOGY\nSpecimen: cervix, biopsy.\nDiagnosis: CIN 2.', { setting: 'outpatient', noteType: 'PATHOLOGY_REPORT' })).toContain('N87.1');
  });
  it('"CIN" without a grade (contrast-induced nephropathy in a cath note) is never a cervical code', () => {
    const out = codes('Creatinine rose after the cath, likely CIN. Hydrate.', outpatient);
    expect(out.some((c) => c.startsWith('N87') || c.startsWith('D06'))).toBe(false);
  });
});

describe('I.C.2 primary and secondary sites: "<primary site> with <site> metastases"', () => {
  it('the primary\'s own site is not read as a second secondary site', () => {
    const out = codes('Oncology clinic. Adenocarcinoma of the ascending colon with lung metastases, on chemotherapy.\nA/P: continue.', outpatient);
    expect(out).toContain('C18.2');
    expect(out).toContain('C78.00');
    expect(out).not.toContain('C78.5');
  });
});

describe('I.B.2 Index "Lesion, nerve, median G56.1-": one named nerve is a mononeuropathy, not G62.9', () => {
  it('"median neuropathy" beside the coded mononeuropathy is not polyneuropathy', () => {
    const out = codes('Hand clinic. EMG: severe median neuropathy at the right wrist.\nImp: right carpal tunnel syndrome.', outpatient);
    expect(out).toContain('G56.01');
    expect(out).not.toContain('G62.9');
  });
  it('a polyneuropathy stated as such stays beside carpal tunnel', () => {
    const out = codes('Neurology. Stocking-glove sensory loss; NCS: length-dependent sensory polyneuropathy. Also right carpal tunnel syndrome.\nA: polyneuropathy; right carpal tunnel syndrome.', outpatient);
    expect(out).toContain('G56.01');
    expect(out.some((c) => c.startsWith('G62') || c.startsWith('G60'))).toBe(true);
  });
});

describe('I.B.13 laterality written as a capital R/L before the site', () => {
  it('"carcinoma L breast" is the left breast code, "R ankle" fracture care the right ankle', () => {
    expect(codes('Oncology: invasive ductal carcinoma L breast, upper-outer quadrant, on chemotherapy.', outpatient)).toContain('C50.412');
    expect(codes('Fracture clinic, 6 wk visit.\nClosed displaced bimalleolar fracture of the R ankle, ORIF 6 weeks ago; healing as expected.', outpatient)).toContain('S82.841D');
  });
  it('an "L" after a number is a unit, never a side', () => {
    const out = codes('On 2 L nasal cannula for COPD.', outpatient);
    expect(out.some((c) => /left/i.test(c))).toBe(false);
    expect(out).toContain('J44.9');
  });
});
