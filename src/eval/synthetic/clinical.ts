// Owns the clinical prose around the planted PHI: problems, complaints, exam findings, labs, vitals,
// generic medications and plans. Content only (no identifiers), so the notes read like notes and
// the detector meets the numbers, abbreviations and capitalised terms real notes are full of.
import type { Rng } from './prng';

export const PROBLEMS = [
  'community-acquired pneumonia', 'acute on chronic systolic heart failure', 'COPD exacerbation', 'urinary tract infection',
  'cellulitis of the left lower extremity', 'NSTEMI', 'diabetic ketoacidosis', 'acute kidney injury', 'atrial fibrillation with RVR',
  'upper GI bleed', 'sepsis secondary to pyelonephritis', 'hip fracture s/p fall', 'small bowel obstruction', 'acute pancreatitis',
  'hypertensive urgency', 'syncope', 'altered mental status', 'C. diff colitis', 'hyponatremia', 'asthma exacerbation',
  'type 2 diabetes mellitus with hyperglycemia', 'chronic kidney disease stage 3b', 'major depressive disorder, recurrent',
  'osteoarthritis of the right knee', 'essential hypertension', 'hyperlipidemia', 'GERD', 'obstructive sleep apnea',
  'iron deficiency anemia', 'pulmonary embolism', 'DVT of the right femoral vein', 'acute cholecystitis', 'diverticulitis',
];

export const COMPLAINTS = [
  'shortness of breath', 'chest pain', 'abdominal pain', 'fever and chills', 'productive cough', 'dizziness', 'fall at home',
  'weakness', 'nausea and vomiting', 'headache', 'back pain', 'palpitations', 'confusion', 'leg swelling', 'dysuria', 'rash',
];

export const GENERIC_MEDS = [
  'metoprolol tartrate 25 mg PO BID', 'lisinopril 10 mg daily', 'atorvastatin 40 mg nightly', 'metformin 1000 mg BID',
  'aspirin 81 mg daily', 'amlodipine 5 mg daily', 'pantoprazole 40 mg daily', 'albuterol 2 puffs q4h PRN', 'sertraline 50 mg daily',
  'levothyroxine 75 mcg daily', 'gabapentin 300 mg TID', 'ceftriaxone 1 g IV q24h', 'vancomycin per pharmacy', 'heparin 5000 units SC q8h',
  'insulin lispro sliding scale', 'tamsulosin 0.4 mg qHS', 'hydrochlorothiazide 25 mg daily', 'prednisone 40 mg daily x5 days',
  'ondansetron 4 mg IV PRN', 'acetaminophen 650 mg q6h PRN', 'docusate 100 mg BID', 'senna 2 tabs qHS',
];

export const EXAM_LINES = [
  'General: alert, NAD', 'HEENT: PERRL, EOMI, MMM', 'Neck: supple, no JVD', 'CV: RRR, no m/r/g', 'Lungs: CTAB, no wheezes',
  'Lungs: crackles at bilateral bases', 'Abd: soft, NT/ND, +BS', 'Ext: 2+ pitting edema to mid-shin', 'Neuro: A&Ox3, CN II-XII grossly intact',
  'Skin: warm, dry, no rashes', 'Psych: appropriate mood and affect', 'MSK: tenderness over L greater trochanter',
];

export const PLAN_LINES = [
  'Continue IV antibiotics, narrow per cultures.', 'Diurese with IV furosemide, strict I/O, daily weights.', 'Trend troponin, repeat EKG in AM.',
  'PT/OT evaluation.', 'Advance diet as tolerated.', 'Hold anticoagulation pending GI evaluation.', 'Follow up BMP in AM.',
  'Wean O2 to keep SpO2 > 92%.', 'Start DVT prophylaxis.', 'Glucose checks AC/HS.', 'Discussed code status; patient remains full code.',
  'Social work consult for discharge planning.', 'Pain control with scheduled acetaminophen.', 'Return precautions reviewed.',
];

export function vitals(rng: Rng): string {
  const sep = rng.pick([', ', '; ', ' ', '  ']);
  return [
    `T ${rng.pick(['36.', '37.', '38.'])}${rng.int(0, 9)}${rng.pick(['', 'C'])}`, `HR ${rng.int(52, 128)}`, `BP ${rng.int(92, 186)}/${rng.int(48, 104)}`,
    `RR ${rng.int(12, 28)}`, `SpO2 ${rng.int(86, 100)}% ${rng.pick(['RA', 'on 2L NC', 'on 4L', 'room air'])}`,
  ].join(sep);
}

export function labs(rng: Rng): string {
  return rng.pick([
    `Na ${rng.int(126, 146)}, K ${rng.int(3, 5)}.${rng.int(0, 9)}, Cr ${rng.int(0, 3)}.${rng.int(1, 9)}, BUN ${rng.int(8, 60)}, Glu ${rng.int(70, 420)}`,
    `WBC ${rng.int(3, 24)}.${rng.int(0, 9)}, Hgb ${rng.int(6, 15)}.${rng.int(0, 9)}, Plt ${rng.int(40, 450)}`,
    `Trop ${rng.pick(['<0.01', '0.04', '0.32', '1.2'])}, BNP ${rng.int(40, 3200)}, lactate ${rng.int(0, 5)}.${rng.int(0, 9)}`,
    `INR ${rng.int(1, 4)}.${rng.int(0, 9)}, PTT ${rng.int(24, 90)}, A1c ${rng.int(5, 13)}.${rng.int(0, 9)}%`,
  ]);
}

export function pick(rng: Rng, list: readonly string[], k: number): string[] {
  return rng.sample(list, k);
}
