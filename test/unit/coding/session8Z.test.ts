// Session 8 encounter and status Z codes (issue 10): a condition the provider says is no longer present is
// history (I.C.21.c.4). Each test names the guideline it serves; every note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };

describe('I.C.21.c.4: a condition said "no longer present" in its own clause is a history code', () => {
  it('atrial flutter after ablation, "no longer present", is Z86.79 not I48.92', () => {
    const out = codes('Problem list\n- Essential hypertension -- on lisinopril\n- Atrial flutter -- s/p cavotricuspid isthmus ablation 2020, no longer present\nVisit: blood pressure check, controlled.', outpatient);
    expect(out).toContain('Z86.79');
    expect(out.some((c) => c.startsWith('I48'))).toBe(false);
    expect(out).toContain('I10');
  });
  it('the words read only the condition before them: another condition named between keeps the first current', () => {
    const out = codes('Problem list\n- Paroxysmal atrial fibrillation -- on apixaban; pneumonia in 2021, no longer present\nVisit: rate check.', outpatient);
    expect(out).toContain('I48.0');
  });
});

describe('I.C.4.a.3: treated with both insulin and an oral hypoglycemic, both Z79.4 and Z79.84', () => {
  it('a "Regimen:" medication line naming insulin glargine and glipizide gives both codes', () => {
    const out = codes('Diabetes clinic\nType 2 diabetes mellitus for 10 years.\nRegimen: insulin glargine 24 units nightly, glipizide 5 mg daily.\nA: type 2 diabetes without complications, A1c 7.4%.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['E11.9', 'Z79.4', 'Z79.84']));
  });
  it('"on insulin and on sitagliptin" in prose gives both codes', () => {
    const out = codes('Primary care\nType 2 diabetes mellitus, on insulin and on sitagliptin, A1c 7.0%.\nPlan: continue.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['Z79.4', 'Z79.84']));
  });
  it('a listed drug marked stopped is not current use', () => {
    const out = codes('Diabetes clinic\nType 2 diabetes mellitus.\nMedications: insulin glargine 20 units nightly, metformin stopped for diarrhea.\nA: type 2 diabetes without complications.', outpatient);
    expect(out).toContain('Z79.4');
    expect(out).not.toContain('Z79.84');
  });
});

describe('I.C.15.a.1: the provider states the condition does not affect the pregnancy: Z33.1, no chapter 15 code', () => {
  it('"not affected by this injury" with a wrist sprain keeps the sprain code and adds Z33.1, no O9A or Z3A', () => {
    const out = codes('Urgent care\nFell on outstretched left hand. Pt is 14 weeks pregnant; pregnancy not affected by this injury per provider.\nDx: sprain of left wrist, initial encounter.', outpatient);
    expect(out).toContain('Z33.1');
    expect(out.some((c) => c.startsWith('O') || c.startsWith('Z3A'))).toBe(false);
  });
  it('"does not affect the pregnancy" is the same statement', () => {
    const out = codes('Clinic\n22 weeks pregnant. Acute otitis externa of the right ear; provider notes this does not affect the pregnancy.\nPlan: ofloxacin drops.', outpatient);
    expect(out).toContain('Z33.1');
    expect(out.some((c) => c.startsWith('O'))).toBe(false);
  });
});

describe('I.C.2.d / I.C.21.c.8: surveillance after completed treatment of a cancer is Z08 with the history code', () => {
  it('"treatment complete" and "no evidence of recurrent malignancy" after a rectal cancer treated by surgery: Z08 + Z85.048, no C20', () => {
    const out = codes('Flexible sigmoidoscopy\nIndication: surveillance; adenocarcinoma of the rectum treated 2021 with surgery, treatment complete.\nFindings: healthy anastomosis.\nImpression: no evidence of recurrent malignancy.', { setting: 'outpatient', noteType: 'PROCEDURE_NOTE' });
    expect(out).toEqual(expect.arrayContaining(['Z08', 'Z85.048']));
    expect(out.some((c) => c.startsWith('C'))).toBe(false);
  });
});

describe('I.C.21.c.1 / I.C.1.g.1.e: exposure to a communicable disease concluded by the provider is its Z20 code', () => {
  it('"Assessment: exposure to tuberculosis" after a coworker\'s diagnosis, patient well, is Z20.1 and no A15', () => {
    const out = codes('Occupational health\nA coworker sharing her office was started on treatment last week. Patient asymptomatic, no cough or night sweats.\nAssessment: exposure to tuberculosis; QuantiFERON drawn.', outpatient);
    expect(out).toContain('Z20.1');
    expect(out.some((c) => c.startsWith('A15'))).toBe(false);
  });
  it('"Impression: household exposure to varicella" is Z20.820', () => {
    const out = codes('Pediatrics\nSibling sent home from school with the same diagnosis on Monday. Child well, no rash.\nImpression: household exposure to varicella.', outpatient);
    expect(out).toContain('Z20.820');
  });
  it('"no known exposure to tuberculosis" is not an exposure', () => {
    const out = codes('Clinic\nChronic cough for 3 weeks.\nAssessment: cough; no known exposure to tuberculosis.', outpatient);
    expect(out).not.toContain('Z20.1');
  });
});

describe('I.C.21.c.7: aftercare following joint replacement is Z47.1 with the joint status', () => {
  it('outpatient PT "10 days status post left total knee arthroplasty" is Z47.1 with Z96.652', () => {
    const out = codes('Outpatient physical therapy\nPatient is 10 days status post left total knee arthroplasty. Incision healed, flexion to 95 degrees.\nPlan: range of motion and quadriceps strengthening.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['Z47.1', 'Z96.652']));
  });
  it('a knee replacement years ago at an unrelated visit is status only, no Z47.1', () => {
    const out = codes('Primary care\nEssential hypertension, controlled. S/p right total knee arthroplasty 2015, doing well.\nPlan: continue amlodipine.', outpatient);
    expect(out).not.toContain('Z47.1');
  });
});

describe('I.B.2 / Index "Pain, chest, pleurodynia": chest pain worse with breathing is R07.81, not R07.9', () => {
  it('"left chest pain, worse on inspiration" is R07.81', () => {
    const out = codes('Clinic\n30 yo with 2 days of left chest pain, worse on inspiration, no fever. ECG normal.\nAssessment: chest pain, likely musculoskeletal versus pleural; ibuprofen.', outpatient);
    expect(out).toContain('R07.81');
    expect(out).not.toContain('R07.9');
  });
  it('chest pain without a breathing relation stays R07.9', () => {
    const out = codes('Clinic\n50 yo with 2 days of chest pain at rest, no relation to exertion. ECG normal.\nAssessment: chest pain, unclear cause.', outpatient);
    expect(out).not.toContain('R07.81');
  });
});
