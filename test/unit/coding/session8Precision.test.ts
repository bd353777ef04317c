// Session 8, issue 10 (precision): text that is not a current, affirmed diagnosis of the patient is not coded.
// Each block names the guideline or general pattern it serves; every note is invented.
import { analyzeText, detectSections } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';
import { codes } from './guidelines/helpers';

function ctx(text: string, mention: string) {
  const start = text.indexOf(mention);
  return mentionContext(analyzeText(text), { start, end: start + mention.length });
}

// I.C.18 / IV.D: symptom codes are reported when a related definitive diagnosis has not been established;
// III.B / IV.J: the other conditions reported are those the provider documents. A presenting symptom named only
// in the narrative (history, review of systems, exam) is how the concluded diagnosis was reached.
describe('a narrative-only symptom beside a definitive diagnosis in the conclusion is not coded (I.C.18, IV.D)', () => {
  it.each([
    ['Presents with palpitations and weight loss for two months.\nAssessment: Hashimoto thyroiditis.', 'E06.3', ['R00.2', 'R63.4']],
    ['Admitted with confusion and fever.\nFinal diagnosis: acute pyelonephritis.', 'N10', ['R41.0', 'R50.9']],
    ['Cough worse at night and sneezing for 2 weeks.\nImp: right inguinal hernia, reducible.', 'K40.90', ['R05.9', 'R05.3', 'R06.7']],
  ])('%s', (note, diagnosis, never) => {
    const out = codes(note, { setting: 'inpatient' });
    expect(out).toContain(diagnosis);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('keeps a symptom the provider lists as a problem of its own in the conclusion (I.B.6)', () => {
    expect(codes('Fatigue for a month.\nAssessment: 1. Essential hypertension. 2. Fatigue, workup pending.')).toEqual(expect.arrayContaining(['I10', 'R53.83']));
  });

  it('keeps the symptoms of a note with no conclusion, or whose outpatient conclusion is uncertain (IV.H)', () => {
    expect(codes('Cough and fever for three days, chest clear.')).toContain('R50.9');
    const uncertain = codes('Cough and fever for two days.\nAssessment: possible pneumonia, chest film ordered.', { setting: 'outpatient' });
    expect(uncertain).toContain('R50.9');
    expect(uncertain).not.toContain('J18.9');
  });

  it('keeps the manifestations of a poisoning (I.C.19.e.5.b) but not the condition the drug was taken for', () => {
    expect(codes('Took 40 tablets of acetaminophen to end her life; now vomiting.\nDiagnosis: intentional acetaminophen overdose.')).toEqual(
      expect.arrayContaining(['T39.1X2A', 'R11.10']),
    );
    const indication = codes('Took extra ibuprofen for a headache over two days, unintentional; now nauseated.\nDx: accidental ibuprofen overdose with nausea.');
    expect(indication).toEqual(expect.arrayContaining(['T39.311A', 'R11.0']));
    expect(indication).not.toContain('R51.9');
  });

  it('keeps the symptoms a disease\'s Tabular asks to code beside it ("use additional code", I.B.5 unless instructed)', () => {
    expect(codes('Urinary frequency and weak stream.\nAssessment: benign prostatic hyperplasia with lower urinary tract symptoms.')).toEqual(
      expect.arrayContaining(['N40.1', 'R35.0']),
    );
  });
});

// I.B.5: headache and vomiting are how a space-occupying lesion of the brain presents.
describe('headache is integral to a neoplasm of the brain (I.B.5)', () => {
  it('is not coded beside brain metastases, stated in narrative only', () => {
    const out = codes('Oncology progress note\nAdmitted with headaches; MRI shows two brain metastases from breast cancer.\nPlan: dexamethasone, radiosurgery.', { setting: 'inpatient' });
    expect(out).toContain('C79.31');
    expect(out).not.toContain('R51.9');
  });
});

// R52 Excludes1 (pain by site): "painful contractions" are labour's, never pain unspecified.
describe('the pain of contractions is not R52', () => {
  it('drops R52 for painful contractions and keeps it for pain with no place', () => {
    expect(codes('Painful contractions every 5 minutes since midnight.')).not.toContain('R52');
    expect(codes('Generalized painful episodes of variable location for a month.')).toContain('R52');
  });
});

// Section headers: "Imp:" and "Final:" introduce the provider's conclusion (impression, final diagnosis).
describe('"Imp:", "Final:" and "Final impression:" are conclusion headers', () => {
  it('detects them with their colon only', () => {
    const kinds = (t: string) => detectSections(t).map((s) => s.kind);
    expect(kinds('HPI: cough.\nImp: bronchitis.')).toContain('impression');
    expect(kinds('Course: diuresed.\nFinal: acute on chronic heart failure.')).toContain('diagnoses');
    expect(kinds('Findings: polyp.\nFinal impression: tubular adenoma.')).toContain('impression');
    expect(kinds('The final dose was given.')).not.toContain('diagnoses');
  });
});

// I.A.19 look-alike: the topic of counselling or a recommendation is an intervention or a goal, not a finding.
describe('the topic of counselling is not a finding (I.A.19)', () => {
  it('weight loss counselled on or encouraged is hypothetical; reported weight loss is not', () => {
    expect(ctx('Counseled on weight loss and exercise.', 'weight loss').hypothetical).toBe(true);
    expect(ctx('Encouraged weight loss of 5 kg over 6 months.', 'weight loss').hypothetical).toBe(true);
    expect(ctx('Unintentional weight loss of 6 kg over 3 months.', 'weight loss').hypothetical).toBe(false);
    // The window is short: the condition a counselled diet is for stays affirmed.
    expect(ctx('Counseled on diet for her type 2 diabetes.', 'type 2 diabetes').hypothetical).toBe(false);
    expect(ctx('Plan: omeprazole daily, weight loss advice.', 'weight loss').hypothetical).toBe(true);
    expect(codes('Counseled on weight loss and exercise.\nAssessment: prediabetes, A1c 6.1%.')).not.toContain('R63.4');
  });
});

// I.C.21.c.4 (history codes are for conditions that no longer exist): a procedure note's own removal
// ("polyp removed with cold snare") is this encounter's finding, not a past one.
describe('a lesion removed during this procedure is not history', () => {
  it('"removed with <instrument>" is not historical; "removed 3 years ago" is', () => {
    expect(ctx('Findings: 6 mm polyp in the ascending colon removed with cold snare.', 'polyp').historical).toBe(false);
    expect(ctx('Polyp removed 3 years ago.', 'Polyp').historical).toBe(true);
  });

  // I.A.12.a: of an Excludes1 pair (polyp of colon K63.5 / benign neoplasm D12.-) the one the provider's
  // conclusion states is reported.
  it('reports the final diagnosis\'s adenoma, not the polyp of the findings', () => {
    const out = codes('Findings: 10 mm polyp in the descending colon removed with hot snare.\nPathology: tubular adenoma.\nFinal diagnosis: tubular adenoma of the descending colon.');
    expect(out).toContain('D12.4');
    expect(out).not.toContain('K63.5');
    expect(out).not.toContain('Z86.0100');
  });
});

// I.C.21.c.4: a condition a past curative procedure removed is history. "After" / "since" the procedure, or a
// time between the procedure and its "for" ("thyroidectomy 3 years ago for …"), says the procedure is done.
describe('the reason for a past curative procedure is not a current condition (I.C.21.c.4)', () => {
  it('is history when the procedure is dated between it and its "for", or the note speaks from after it', () => {
    const thyroid = codes('Endocrine visit\nTotal thyroidectomy 3 years ago for Graves disease. TSH 0.9 on levothyroxine.\nAssessment: postprocedural hypothyroidism, well replaced.');
    expect(thyroid).toContain('E89.0');
    expect(thyroid.some((c) => c.startsWith('E05'))).toBe(false);
    const ovary = codes('Gyn follow-up\nHot flashes and night sweats after bilateral oophorectomy for endometriosis.\nAssessment: postprocedural ovarian failure, symptomatic.');
    expect(ovary.some((c) => c.startsWith('E89.4'))).toBe(true);
    expect(ovary.some((c) => c.startsWith('N80'))).toBe(false);
  });

  it('stays current when the note says it persists, or when the procedure is this encounter\'s', () => {
    expect(codes('Cardiology\nPalpitations for a week; EKG shows atrial fibrillation, persistent since ablation for atrial fibrillation.\nAssessment: persistent atrial fibrillation.').some((c) => c.startsWith('I48'))).toBe(true);
    expect(codes('Operative note\nProcedure: laparoscopic cholecystectomy for acute cholecystitis.\nPostoperative diagnosis: acute cholecystitis.')).toContain('K81.0');
  });
});

// I.C.18 / I.B.5 apply to the symptom codes the Index sends to body-system chapters (limb pain M79.6-, blurred
// vision H53.8) as to chapter 18's.
describe('a body-system symptom code in the narrative beside a concluded diagnosis is not coded (I.C.18)', () => {
  it('drops limb pain and blurred vision named only in the history', () => {
    const knee = codes('Joint replacement clinic\nRight total knee replacement in 2015. Calf pain with walking; x-ray shows loosening of the tibial component.\nAssessment: aseptic loosening of right knee prosthesis.');
    expect(knee.some((c) => c.startsWith('T84.0'))).toBe(true);
    expect(knee.some((c) => c.startsWith('M79.6'))).toBe(false);
    const eye = codes('Retina consult\nType 2 diabetes for 12 years, referred for blurred vision in the left eye.\nImpression: moderate nonproliferative diabetic retinopathy with macular edema, left eye.');
    expect(eye.some((c) => c.startsWith('E11.33'))).toBe(true);
    expect(eye).not.toContain('H53.8');
  });
});

// I.A.19 look-alike: "ST depression" / "PR depression" is a deflection of the ECG tracing, not the mood disorder.
describe('an ECG segment depression is not depression', () => {
  it('is hypothetical after ST, PR or J-point; the mood disorder stays', () => {
    expect(ctx('ECG: diffuse ST elevation with PR depression.', 'depression').hypothetical).toBe(true);
    expect(ctx('Exercise test: 2 mm ST-segment depression in V4-V6.', 'depression').hypothetical).toBe(true);
    expect(ctx('History of depression, on sertraline.', 'depression').hypothetical).toBe(false);
    expect(ctx('Worst depression episode in her past, now stable.', 'depression').hypothetical).toBe(false);
  });
});

// I.C.21.c.4 scope: "for the first time" / "for two years" is a time, never the object of a past procedure.
describe('a "for" of time after a procedure names no treated condition', () => {
  it('keeps a symptom reported "for the first time" after a transplant', () => {
    expect(codes('Eighteen months after liver transplantation, the patient reported for the first time generalized weakness.')).toContain('R53.1');
  });
});

// I.C.21.c.4: a calendar year right after a condition dates a past episode; "since <year>" dates an onset
// that continues; a chronic condition stays current whatever its date.
describe('"<condition> in <year>" is a past episode (I.C.21.c.4)', () => {
  it('dates the condition as history; "since" does not', () => {
    expect(ctx('Anticoagulation clinic\nPulmonary embolism in 2021, treated; on warfarin.', 'Pulmonary embolism').historical).toBe(true);
    expect(ctx('Appendicitis (2015), otherwise healthy.', 'Appendicitis').historical).toBe(true);
    expect(ctx('Pneumonia in March 2019 needing admission.', 'Pneumonia').historical).toBe(true);
    expect(ctx('Type 2 diabetes since 2010 on metformin.', 'Type 2 diabetes').historical).toBe(false);
    expect(ctx('Pulmonary embolism, on heparin.', 'Pulmonary embolism').historical).toBe(false);
  });

  it('codes the history of a past embolism and keeps a dated chronic disease current', () => {
    const out = codes('Anticoagulation clinic\nUnprovoked pulmonary embolism in 2021, treated; on indefinite warfarin. INR 2.5.\nPlan: continue warfarin.');
    expect(out).not.toContain('I26.99');
    expect(out).toContain('Z86.711');
    expect(codes('Type 2 diabetes diagnosed in 2012, on metformin.\nAssessment: type 2 diabetes mellitus, controlled.')).toContain('E11.9');
  });
});
