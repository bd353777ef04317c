// Session 9, batch I second wave (issue 10): general causes behind batch I's misses — quadrant abbreviations,
// gestational age dated by LMP or ultrasound, return precautions and handouts, a condition the patient fears
// getting. Each test names the guideline or convention it serves; every note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const ed = { setting: 'outpatient' as const, noteType: 'ED_NOTE' };

describe('I.B.2 level of detail: abdominal pain is coded at the quadrant the note abbreviates (RUQ/LUQ/RLQ/LLQ)', () => {
  it('"RLQ pain" is R10.31, not R10.9', () => {
    const out = codes('Walk-in clinic\n30M, RLQ pain since this morning, afebrile.\nAssessment: RLQ abdominal pain. Ultrasound ordered.', ed);
    expect(out).toContain('R10.31');
    expect(out).not.toContain('R10.9');
  });
  it('"LUQ pain" is R10.12', () => {
    const out = codes('Clinic visit. 50F with LUQ pain after meals x 1 week.\nA: LUQ pain, start omeprazole trial.', outpatient);
    expect(out).toContain('R10.12');
    expect(out).not.toContain('R10.9');
  });
});

describe('I.C.15.a: a gestational age dated by LMP or ultrasound states a current pregnancy, so its conditions go to chapter 15', () => {
  it('pre-existing hypertension at "18 wks by LMP" is O10.012 with Z3A.18, never I10', () => {
    const out = codes('Antenatal -- 18 wks by LMP.\nEssential hypertension known for 6 years, on nifedipine. BP 128/80.\nPlan: aspirin 81 mg, growth scans.', outpatient);
    expect(out).toContain('O10.012');
    expect(out).toContain('Z3A.18');
    expect(out).not.toContain('I10');
  });
  it('"30 weeks per dating ultrasound" with asthma is O99.513', () => {
    const out = codes('Visit. 30 weeks per dating ultrasound. Mild intermittent asthma, albuterol rarely.\nPlan: continue.', outpatient);
    expect(out).toContain('Z3A.30');
    expect(out.some((c) => c.startsWith('O99.51'))).toBe(true);
  });
  it('a newborn "born at 36 weeks by dates" is not a pregnancy of the patient', () => {
    const out = codes('Well child visit. Infant born at 36 weeks by dates, feeding well. Mild eczema on cheeks.', outpatient);
    expect(out.some((c) => c.startsWith('O') || c.startsWith('Z3A'))).toBe(false);
  });
});

describe('I.A.19 / IV.D: return precautions and handouts list conditions to come back for, not the patient\'s', () => {
  it('a "when to return" list of conditions codes none of them', () => {
    const out = codes('Clinic: 3 days of cough and runny nose, lungs clear.\nA: acute viral upper respiratory infection.\nWhen to return: signs of pneumonia, asthma attack or dehydration.', outpatient);
    expect(out).toContain('J06.9');
    expect(out).not.toContain('J18.9');
    expect(out).not.toContain('E86.0');
    expect(out.some((c) => c.startsWith('J45'))).toBe(false);
  });
  it('"Return precautions" for a list of emergencies code none of them', () => {
    const out = codes('Urgent care. Ankle sprain, right, inversion injury today.\nReturn precautions given for compartment syndrome or deep vein thrombosis.', ed);
    expect(out).not.toContain('T79.A0XA');
    expect(out.some((c) => c.startsWith('I82'))).toBe(false);
  });
});

describe('IV.D / I.A.19: a condition the patient fears getting is not one she has', () => {
  it('"worried he will get colon cancer" codes no cancer', () => {
    const out = codes('Annual visit. He is worried he will get colon cancer. Colonoscopy 2 years ago normal.\nA: hyperlipidemia, continue atorvastatin.', outpatient);
    expect(out.some((c) => c.startsWith('C18'))).toBe(false);
    expect(out).toContain('E78.5');
  });
  it('"afraid of developing dementia" codes no dementia', () => {
    const out = codes('Visit. Patient afraid of developing dementia; MoCA 29/30.\nA: insomnia, sleep hygiene.', outpatient);
    expect(out.some((c) => c.startsWith('F03') || c.startsWith('F01') || c.startsWith('F02'))).toBe(false);
    expect(out).toContain('G47.00');
  });
});

describe('I.C.5.b.1: a substance use disorder documented in remission is coded to its "in remission" code', () => {
  it('remission stated later in the same statement ("Alcohol dependence: ...; early remission") is F10.21', () => {
    const out = codes('Hepatology visit. Alcohol dependence: sober since spring, goes to meetings; early remission.\nA: alcoholic fatty liver.', outpatient);
    expect(out).toContain('F10.21');
    expect(out).not.toContain('F10.20');
  });
  it('"Cannabis abuse, in sustained remission" is F12.11', () => {
    const out = codes('Follow-up. Cannabis abuse, in sustained remission. Anxiety stable on sertraline.', outpatient);
    expect(out).toContain('F12.11');
    expect(out).not.toContain('F12.10');
  });
  it('"not in remission" keeps the active code', () => {
    const out = codes('Visit. Alcohol dependence, not in remission, drinking daily.\nPlan: naltrexone.', outpatient);
    expect(out).toContain('F10.20');
    expect(out).not.toContain('F10.21');
  });
  it('a remission stated of another disorder on the same line is not this one\'s', () => {
    const out = codes('Visit. Alcohol dependence, drinking daily; major depressive disorder, recurrent, in full remission.', outpatient);
    expect(out).toContain('F10.20');
    expect(out).not.toContain('F10.21');
  });
});

describe('I.A.15 "with": atherosclerosis of the native arteries of the legs with its stated stage is one code (I70.21-/I70.22-/I70.26-)', () => {
  it('"with intermittent claudication" of the left leg is I70.212, not I70.202 nor I73.9', () => {
    const out = codes('Vascular clinic\nABI left 0.7.\nAssessment: atherosclerosis of native arteries of the left leg with intermittent claudication. Walking program.', outpatient);
    expect(out).toContain('I70.212');
    expect(out).not.toContain('I70.202');
    expect(out).not.toContain('I73.9');
  });
  it('rest pain is the higher stage (I70.22-) and its leg pain is not reported beside it', () => {
    const out = codes('Vascular consult\nImpression: atherosclerosis of native arteries of the right leg with rest pain. Angiogram planned.', outpatient);
    expect(out).toContain('I70.221');
    expect(out.some((c) => c.startsWith('M79.6'))).toBe(false);
  });
  it('a stage denied in the sentence is not stated ("no rest pain") and the claudication stays', () => {
    const out = codes('Vascular clinic\nAssessment: atherosclerosis of native arteries of the right leg with claudication, no rest pain.', outpatient);
    expect(out).toContain('I70.211');
    expect(out).not.toContain('I70.221');
  });
});

describe('I.B.2: Alzheimer\'s disease with a stated age at onset is early (G30.0, before 65) or late onset (G30.1)', () => {
  it('"onset at 81" is late onset', () => {
    const out = codes('Memory clinic. Alzheimer\'s disease, onset at 81, mild dementia, no behavioral disturbance.\nDonepezil continued.', outpatient);
    expect(out).toContain('G30.1');
    expect(out).not.toContain('G30.9');
  });
  it('"onset at age 58" is early onset', () => {
    const out = codes('Neurology. Alzheimer\'s disease with onset at age 58, progressing.\nPlan: memantine.', outpatient);
    expect(out).toContain('G30.0');
    expect(out).not.toContain('G30.9');
  });
  it('no age at onset stays unspecified', () => {
    const out = codes('Neurology. Alzheimer\'s disease, progressing.\nPlan: memantine.', outpatient);
    expect(out).toContain('G30.9');
  });
});

describe('I.C.21.c.4: "hx" written without "of" is a history, like "h/o"', () => {
  it('"hx DVT, off anticoagulation" is Z86.718, not a current DVT', () => {
    const out = codes('Visit. A: hx DVT, off anticoagulation since 2020. Hypertension stable on lisinopril.', outpatient);
    expect(out).toContain('Z86.718');
    expect(out.some((c) => c.startsWith('I82'))).toBe(false);
  });
});

describe('I.C.4.a.3: an oral hypoglycemic written as an order with dose and schedule is routine use (Z79.84)', () => {
  it('"Glipizide 5 mg daily" with type 2 diabetes adds Z79.84', () => {
    const out = codes('Clinic. T2DM, A1c 7.1. Glipizide 5 mg daily.\nA: type 2 diabetes, at goal.', outpatient);
    expect(out).toContain('E11.9');
    expect(out).toContain('Z79.84');
  });
  it('a dose only planned ("start metformin 500 mg BID") is not routine use yet', () => {
    const out = codes('Clinic. Type 2 diabetes, A1c 8.9.\nPlan: start metformin 500 mg BID.', outpatient);
    expect(out).not.toContain('Z79.84');
  });
  it('a dosed drug that was stopped is not routine use', () => {
    const out = codes('Clinic. Type 2 diabetes. Stopped metformin 1000 BID last month; diet only now.', outpatient);
    expect(out).not.toContain('Z79.84');
  });
});
