// Session 6 coding defects (issue 10): exclusion phrases in Tabular titles never name a site, plan orders
// for chronic conditions as long-term drug use, goals and targets are not findings, surgical wounds are not
// injuries, and antiepileptic drug classes. Each test names the guideline or convention it serves; every
// note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };

describe('I.C.21.c.4 history codes: a title\'s exclusion phrase ("except X") never supplies the site', () => {
  it('history of kidney cancer is Z85.528, never Z85.53 (renal pelvis)', () => {
    const out = codes('Oncology follow-up.\nHistory of renal cell carcinoma of the right kidney, status post nephrectomy 2019, no evidence of recurrence.\nPlan: annual CT.', outpatient);
    expect(out).toContain('Z85.528');
    expect(out).not.toContain('Z85.53');
  });
});

describe('I.C.21.c.3 long-term drug use from plan orders for a chronic condition', () => {
  it('"continue apixaban" for chronic atrial fibrillation is Z79.01', () => {
    const out = codes('Cardiology follow-up.\nPermanent atrial fibrillation, rate controlled.\nPlan: continue apixaban 5 mg twice daily and metoprolol.', outpatient);
    expect(out).toContain('Z79.01');
  });
  it('"continue metformin" for type 2 diabetes is Z79.84', () => {
    const out = codes('Primary care.\nType 2 diabetes mellitus, A1c 7.1%.\nPlan: continue metformin 1000 mg twice daily.', outpatient);
    expect(out).toContain('Z79.84');
  });
  it('a course with an end ("until", "for 7 days") is not long-term use', () => {
    const out = codes('Hospital medicine.\nAcute deep vein thrombosis of the left femoral vein.\nPlan: continue enoxaparin until INR is therapeutic on warfarin, then stop.', outpatient);
    expect(out).not.toContain('Z79.01');
  });
  it('an oral hypoglycemic order without diabetes coded is not Z79.84 (I.C.4.a.3 pairs it with E11/E13)', () => {
    const out = codes('Gynecology.\nPolycystic ovary syndrome.\nPlan: continue metformin 500 mg daily.', outpatient);
    expect(out).not.toContain('Z79.84');
  });
});

describe('I.A.19 / I.B: a goal or target is not a finding (hypothetical context)', () => {
  it('"weight loss of 7-10 percent" as a goal is not R63.4', () => {
    const out = codes('Primary care.\nObesity, BMI 34.\nGoal: weight loss of 7-10 percent over 6 months with diet and exercise.', outpatient);
    expect(out).not.toContain('R63.4');
  });
  it('"goal BP < 130/80" and "target A1c < 7" are not findings', () => {
    const out = codes('Primary care.\nEssential hypertension, controlled. Goal BP < 130/80.\nType 2 diabetes; target A1c < 7%.', outpatient);
    expect(out).not.toContain('R03.0');
    expect(out).not.toContain('R73.09');
    expect(out).toContain('I10');
  });
});

describe('I.C.19 injuries: a surgical wound or incision is postprocedural, not an injury', () => {
  it('a healing laparotomy wound is never T14.8XXA or an S code', () => {
    const out = codes('Surgery clinic, post-op visit.\nPOD 10 after laparotomy. Laparotomy wound healing well, incision site clean and dry, staples removed.', outpatient);
    expect(out.some((c) => c.startsWith('T14') || c.startsWith('S'))).toBe(false);
  });
  it('an open wound at a laparotomy incision is never T14.8XXA', () => {
    const out = codes('Wound care visit.\nOpen wound of the abdominal wall at the laparotomy incision, healing.', outpatient);
    expect(out.some((c) => c.startsWith('T14') || c.startsWith('S'))).toBe(false);
  });
  it('a wound "after surgery" is postprocedural, but a wound from a stated external cause stays an injury', () => {
    expect(codes('Wound: open wound of abdomen after surgery.', outpatient).some((c) => c.startsWith('T14'))).toBe(false);
    expect(codes('Wound: open wound of abdomen from a fall onto broken glass.', outpatient).some((c) => c.startsWith('T14') || c.startsWith('S31'))).toBe(true);
  });
  it('"surgical wound" care at a visit for another reason is not an open wound code', () => {
    const out = codes('Primary care.\nSurgical wound on the abdomen healing, no erythema.\nAssessment: essential hypertension.', outpatient);
    expect(out.some((c) => c.startsWith('T14') || c.startsWith('S'))).toBe(false);
    expect(out).toContain('I10');
  });
});

describe('Table of Drugs class fall-back: antiepileptics (T42.-)', () => {
  it('a levetiracetam adverse effect is T42.6X5A', () => {
    const out = codes('Neurology clinic.\nEpilepsy on levetiracetam 1000 mg twice daily, taken as prescribed.\nAssessment: irritability and mood change due to levetiracetam, adverse effect.', outpatient);
    expect(out).toContain('T42.6X5A');
  });
});

describe('I.A.19 goal and target cues are hypothetical context, status against a goal is not', () => {
  it('"hypertension at goal" is still coded, and "target INR 2-3 for atrial fibrillation" keeps the condition', () => {
    const out = codes('Primary care.\nEssential hypertension, at goal on lisinopril.\nPersistent atrial fibrillation on warfarin, target INR 2-3 for atrial fibrillation.', outpatient);
    expect(out).toContain('I10');
    expect(out.some((c) => c.startsWith('I48'))).toBe(true);
  });
  it('a goals-of-care discussion does not hide the disease discussed', () => {
    const out = codes('Palliative care consult.\nGoals of care discussion for end-stage chronic obstructive pulmonary disease.', { setting: 'inpatient', noteType: 'CONSULT' });
    expect(out.some((c) => c.startsWith('J44'))).toBe(true);
  });
});

describe('I.C.19.e / I.C.21.c.3 antiepileptics the Table lacks, by class (T42.-)', () => {
  it('lamotrigine and topiramate adverse effects are T42.6X5A; eslicarbazepine is a carboxamide, T42.1X5A', () => {
    expect(codes('Neurology clinic.\nFocal epilepsy. Maculopapular rash due to lamotrigine, taken as prescribed; adverse effect.', outpatient)).toContain('T42.6X5A');
    expect(codes('Neurology clinic.\nFocal epilepsy. Hyponatremia due to eslicarbazepine, taken as prescribed; adverse effect.', outpatient)).toContain('T42.1X5A');
  });
  it('stated long-term levetiracetam is Z79.899; a continuation order alone adds nothing', () => {
    expect(codes('Neurology clinic.\nGeneralized epilepsy on long-term levetiracetam 750 mg twice daily. No seizures in 2 years.', outpatient)).toContain('Z79.899');
    expect(codes('Neurology clinic.\nGeneralized epilepsy, seizure free.\nPlan: continue levetiracetam.', outpatient)).not.toContain('Z79.899');
  });
});

describe('I.C.21.c.3 a continuation order continues only its own clause', () => {
  it('"continue insulin, start empagliflozin" is Z79.4 without Z79.84 (the oral agent is new, not continued)', () => {
    const out = codes('Endocrinology.\nType 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a.\nPlan: continue insulin, start empagliflozin.', outpatient);
    expect(out).toContain('Z79.4');
    expect(out).not.toContain('Z79.84');
  });
});
