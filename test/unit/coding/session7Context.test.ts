// Session 7, issue 10: ConText scope (over- and under-negation), pasted advice text and status Z codes.
// Each test names the guideline or NegEx/ConText pattern it serves; every note is invented.
import { codes } from './guidelines/helpers';
import { analyzeText } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const inpatient = { setting: 'inpatient' as const, noteType: 'PROGRESS_NOTE' };

function ctxOf(text: string, word: string) {
  const start = text.indexOf(word);
  return mentionContext(analyzeText(text), { start, end: start + word.length });
}

describe('NegEx post-trigger "free" scopes over the word it modifies only', () => {
  it('"Epilepsy, seizure free for 2 years" negates the seizure, not the epilepsy', () => {
    const text = 'Epilepsy, seizure free for 2 years on levetiracetam.';
    expect(ctxOf(text, 'seizure').negated).toBe(true);
    expect(ctxOf(text, 'Epilepsy').negated).toBe(false);
    expect(codes(`Neurology.\n${text}\nA: epilepsy, not intractable. Continue levetiracetam.`, outpatient)).toContain('G40.909');
  });
  it('"gluten-free diet" never negates the celiac disease before it', () => {
    expect(codes('GI clinic.\nA: celiac disease on a gluten-free diet.', outpatient)).toContain('K90.0');
  });
});

describe('NegEx triggers ending in a colon scope over the whole list ("Denies: a, b or c")', () => {
  it('every item of a "Denies:" list is negated across commas and "or"', () => {
    const text = 'ROS - Denies: fever, chills, night sweats or chest pain.';
    for (const w of ['fever', 'chills', 'chest pain']) expect(ctxOf(text, w).negated).toBe(true);
    const out = codes(`Primary care.\n${text}\nA: essential hypertension.`, outpatient);
    expect(out).toEqual(['I10']);
  });
});

describe('Criteria language negates the diagnosis (I.A.19: only what the provider documents)', () => {
  it('"sepsis criteria not met" is no sepsis (I.C.1.d)', () => {
    const out = codes('Hospital day 2.\nLactate 1.2, sepsis criteria not met.\nA: pneumonia, right lower lobe.', inpatient);
    expect(out.some((c) => c.startsWith('A41') || c.startsWith('R65'))).toBe(false);
    expect(out.some((c) => c.startsWith('J18'))).toBe(true);
  });
  it('"does not meet criteria for major depressive disorder" is no depression code', () => {
    const out = codes('Behavioral health.\nDoes not meet criteria for major depressive disorder.\nA: adjustment disorder with depressed mood.', outpatient);
    expect(out).toContain('F43.21');
    expect(out.some((c) => c.startsWith('F32') || c.startsWith('F33'))).toBe(false);
  });
});

describe('Text provenance: advice and leaflet text lists symptoms that are not findings', () => {
  it('"Warning signs:" alone on its line opens a list of things to watch for', () => {
    const out = codes('Neurology.\nA: migraine without aura, not intractable, without status migrainosus.\nWarning signs:\n- sudden severe headache\n- weakness on one side\n- fever with a stiff neck', outpatient);
    expect(out).toEqual(['G43.009']);
  });
  it('"Call your doctor if you have …" after an instructions label is advice', () => {
    const out = codes('Clinic.\nA: essential hypertension.\nPatient instructions: Call your doctor if you have chest pain, blurred vision, swelling of the legs or fainting.', outpatient);
    expect(out).toEqual(['I10']);
  });
  it('a generic "Signs of infection include …" sentence is not the patient\'s infection', () => {
    const out = codes('Dermatology.\nA: seborrheic keratosis of the back, excised.\nWound care: Signs of infection include redness, warmth, fever and pus.', outpatient);
    expect(out).toContain('L82.1');
    expect(out).not.toContain('R50.9');
    expect(out).not.toContain('B99.9');
  });
  it('a clinician\'s own sentence about the patient\'s symptoms stays evidence', () => {
    const out = codes('Clinic.\nHer symptoms include fever and productive cough for 3 days.\nA: acute bronchitis.', outpatient);
    expect(out).toContain('J20.9');
  });
});

describe('I.C.21.c.3 status codes', () => {
  it('ESRD on maintenance hemodialysis takes Z99.2 beside N18.6 (Tabular N18.6 use additional code)', () => {
    const out = codes('Nephrology.\nESRD on in-center hemodialysis MWF via left AV fistula.\nA: end-stage renal disease.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['N18.6', 'Z99.2']));
  });
  it('temporary dialysis for acute kidney injury is not a dependence', () => {
    const out = codes('Nephrology.\nAcute kidney injury after contrast; temporary hemodialysis started.\nA: acute tubular necrosis.', inpatient);
    expect(out).not.toContain('Z99.2');
  });
  it('a functioning kidney transplant is Z94.0; a rejection code (T86.1-) already says the status', () => {
    expect(codes('Transplant clinic.\nStatus post deceased-donor kidney transplant 2017, creatinine stable.\nA: kidney transplant status.', outpatient)).toContain('Z94.0');
    const rejected = codes('Transplant clinic.\nKidney transplant 2015. Biopsy: chronic rejection.\nA: chronic rejection of kidney transplant.', outpatient);
    expect(rejected).not.toContain('Z94.0');
  });
  it('a kidney donor is not a transplant recipient', () => {
    expect(codes('Clinic.\nDonated a kidney to her brother in 2018 (kidney transplant donor), doing well.\nA: essential hypertension.', outpatient)).not.toContain('Z94.0');
  });
  it('a functioning colostomy is Z93.3; a takedown of the stoma is not read as its status (Z43.3 is the attention)', () => {
    expect(codes('Surgery clinic.\nEnd colostomy since 2020, functioning well.\nA: colostomy status.', outpatient)).toContain('Z93.3');
    expect(codes('Surgery.\nAdmitted for takedown of the colostomy created in 2022.', inpatient)).not.toContain('Z93.3');
  });
  it('"PEG 3350" is a laxative, not a gastrostomy', () => {
    expect(codes('Clinic.\nConstipation, taking PEG 3350 daily since 2023.\nA: chronic constipation.', outpatient)).not.toContain('Z93.1');
  });
  it('the artificial joint takes the stated side, and a loosening code (T84.-) excludes the status', () => {
    const out = codes('Orthopedics.\nStatus post left total knee arthroplasty 2019.\nA: primary osteoarthritis of the right knee.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['M17.11', 'Z96.652']));
    expect(out).not.toContain('Z96.651');
    expect(codes('Orthopedics.\nRight total hip arthroplasty 2016; aseptic loosening of the acetabular component.\nA: mechanical loosening of right hip prosthesis.', outpatient)).not.toContain('Z96.641');
  });
  it('a pacemaker and a coronary stent are Z95.0 and Z95.5; a pacemaker planned is not', () => {
    expect(codes('Cardiology.\nSick sinus syndrome, dual-chamber pacemaker implanted 2021, functioning.\nA: sick sinus syndrome.', outpatient)).toContain('Z95.0');
    expect(codes('Cardiology.\nCAD, status post drug-eluting stent to the LAD in 2022.\nA: CAD without angina.', outpatient)).toContain('Z95.5');
    expect(codes('Cardiology.\nSick sinus syndrome with pauses; plan for pacemaker placement next week.\nA: sick sinus syndrome.', outpatient)).not.toContain('Z95.0');
  });
});

describe('I.C.21.c.7 / I.C.19.a attention to sutures: Z48.02 after surgery, the injury code with D after a laceration', () => {
  it('suture removal after a cholecystectomy is Z48.02', () => {
    expect(codes('Surgery clinic.\nHere for suture removal after laparoscopic cholecystectomy; incisions healed.', outpatient)).toContain('Z48.02');
  });
  it('suture removal after a laceration repair is not Z48.02', () => {
    expect(codes('Urgent care.\nLaceration of the right forearm repaired 10 days ago; here for suture removal.', outpatient)).not.toContain('Z48.02');
  });
});

describe('I.C.21.c.3 / I.B.13 acquired absence takes the side stated after the level', () => {
  it('"below-knee amputation of the left leg" is Z89.512', () => {
    const out = codes('Primary care.\nHistory of below-knee amputation of the left leg in 2015, uses a prosthesis.\nA: essential hypertension.', outpatient);
    expect(out).toContain('Z89.512');
    expect(out).not.toContain('Z89.519');
  });
});

describe('ConText hypothetical: a consequence stated in general is counselling, not a finding (I.A.19)', () => {
  it('"Diabetes can cause kidney disease, blindness" never makes diabetic CKD', () => {
    const out = codes('Clinic.\nPatient education: Diabetes can cause kidney disease, blindness and nerve damage.\nA: type 2 diabetes mellitus without complications.', outpatient);
    expect(out).toContain('E11.9');
    expect(out.some((c) => c.startsWith('E11.2') || c.startsWith('N18'))).toBe(false);
  });
});

describe('I.C.21.c.4 tobacco history: "no longer smokes" is a former smoker (Z87.891), not a negated finding', () => {
  it('takes Z87.891 and no current dependence', () => {
    const out = codes('Primary care.\nSmoked 1 pack a day for 30 years, no longer smokes.\nA: hyperlipidemia.', outpatient);
    expect(out).toContain('Z87.891');
    expect(out.some((c) => c.startsWith('F17'))).toBe(false);
  });
});

describe('Review-of-systems templates: answers after the item and pertinent negatives (NegEx post-triggers)', () => {
  it('"fever - no; chills - no" and "chills: N" negate the item before the answer', () => {
    expect(codes('Clinic.\nROS: fever - no; chills - no; cough - yes; chest pain - denies.\nA: acute bronchitis.', outpatient)).toEqual(['J20.9']);
    expect(codes('Clinic.\nROS: fever: N, chills: N, headache: Y\nA: tension headache.', outpatient)).not.toContain('R68.83');
  });
  it('"Pertinent negatives: fever, chills, chest pain" negates the list', () => {
    expect(codes('Clinic.\nPertinent negatives: fever, chills, chest pain, dyspnea.\nA: hypothyroidism.', outpatient)).toEqual(['E03.9']);
  });
  it('a system label before "Denies" keeps the forward negation ("Cardiac: Denies chest pain, palpitations")', () => {
    expect(codes('Clinic.\nReview of Systems\nGeneral: Denies fever, chills\nCardiac: Denies chest pain, palpitations, edema\nA: hypothyroidism.', outpatient)).toEqual(['E03.9']);
  });
  it('prose "no" before a word still negates forward and a positive answer stays', () => {
    expect(codes('Clinic.\nPt with no fever, no cough but has sore throat.\nA: acute pharyngitis.', outpatient)).toContain('J02.9');
  });
  it('a checklist to "circle any that apply" is a blank form, not findings', () => {
    expect(codes('Clinic.\nSymptoms checklist: nausea, vomiting, diarrhea, abdominal pain (circle any that apply)\nA: hypothyroidism.', outpatient)).toEqual(['E03.9']);
  });
});

describe('I.C.21.c.3 acquired absence of an organ (Index: Absence, organ, acquired → Z90.-)', () => {
  it('a past total hysterectomy is Z90.710 and a left mastectomy Z90.12 beside the history of cancer', () => {
    expect(codes('Gyn.\nStatus post total abdominal hysterectomy for fibroids in 2015.\nA: vaginal atrophy.', outpatient)).toContain('Z90.710');
    const out = codes('Oncology.\nLeft breast cancer, s/p left mastectomy 2019, completed chemotherapy, no recurrence.\nA: personal history of breast cancer.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['Z90.12', 'Z85.3']));
  });
  it('a partial nephrectomy leaves the kidney, and a planned or this-admission operation is no status', () => {
    expect(codes('Urology.\nRight partial nephrectomy 2021 for renal cell carcinoma, no recurrence.\nA: history of kidney cancer.', outpatient)).not.toContain('Z90.5');
    expect(codes('Gyn.\nHysterectomy is planned for next month for fibroids.\nA: uterine leiomyoma.', outpatient)).not.toContain('Z90.710');
  });
});

describe('I.C.21.c.3 long-term drug therapy by the Index (Long-term drug therapy, by drug) beyond anticoagulants', () => {
  it('continued tacrolimus and mycophenolate in a transplant recipient are Z79.621 and Z79.624', () => {
    const out = codes('Transplant clinic.\nKidney transplant 2017. Continue tacrolimus 2 mg twice daily and mycophenolate.\nA: kidney transplant status; hypertension.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['Z94.0', 'Z79.621', 'Z79.624']));
  });
  it('a five-day prednisone burst is not long-term systemic steroid use', () => {
    expect(codes('ED.\nAsthma exacerbation. Prednisone 40 mg daily for 5 days.\nA: moderate persistent asthma with exacerbation.', outpatient)).not.toContain('Z79.52');
  });
});

describe('ConText historical vs current: "in remission" keeps a chronic disease current (I.C.21.c.4)', () => {
  it('"celiac disease, in remission on diet" is K90.0 and no personal-history code', () => {
    const out = codes('GI clinic.\nA: celiac disease, in remission on gluten-free diet.', outpatient);
    expect(out).toContain('K90.0');
    expect(out).not.toContain('Z87.19');
  });
});

describe('Look-alikes of device status (I.A.19): "ppm" after a rate is beats per minute, not a pacemaker', () => {
  it('"heart rate 250 beats per minute (ppm)" adds no Z95.0', () => {
    expect(codes('ED.\nTachypnea, heart rate higher than 250 beats per minute (ppm), O2 sat 97%.\nA: supraventricular tachycardia.', outpatient)).not.toContain('Z95.0');
  });
});
