// Owns the invented vocabulary of the synthetic summary notes: problems (with the words a faithful summary
// may use for them, statuses, supporting findings, organ system) and drugs (doses, frequencies). Written for
// this generator from general clinical knowledge; no note of any corpus was read to make it.

export type BodySystem = 'Neuro' | 'Cardiovascular' | 'Pulmonary' | 'Renal' | 'GI' | 'Endocrine' | 'Heme' | 'ID' | 'Psych' | 'MSK' | 'Skin' | 'GU';

export interface DrugDef {
  name: string;
  /** Doses with unit, lowest first: a change moves along this list. */
  doses: readonly string[];
  freq: string;
}

export interface ProblemDef {
  term: string;
  /** Other words a summary may name the same problem by (the note uses the term or one of these). */
  synonyms: readonly string[];
  system: BodySystem;
  statuses: readonly string[];
  /** A supporting finding or result, a sentence without its full stop. */
  evidence: readonly string[];
  /** Drugs for this problem the patient may already take (changed, held, stopped) or be started on. */
  drugs: readonly string[];
  /** A non-drug order (a test, a referral, advice), a sentence without its full stop. */
  orders: readonly string[];
  /** Tests that may be pending. */
  pendingTests: readonly string[];
}

export const DRUGS: Readonly<Record<string, DrugDef>> = {
  lisinopril: { name: 'lisinopril', doses: ['5 mg', '10 mg', '20 mg', '40 mg'], freq: 'daily' },
  amlodipine: { name: 'amlodipine', doses: ['2.5 mg', '5 mg', '10 mg'], freq: 'daily' },
  hydrochlorothiazide: { name: 'hydrochlorothiazide', doses: ['12.5 mg', '25 mg'], freq: 'daily' },
  chlorthalidone: { name: 'chlorthalidone', doses: ['12.5 mg', '25 mg'], freq: 'daily' },
  losartan: { name: 'losartan', doses: ['25 mg', '50 mg', '100 mg'], freq: 'daily' },
  metformin: { name: 'metformin', doses: ['500 mg', '1000 mg'], freq: 'twice daily' },
  empagliflozin: { name: 'empagliflozin', doses: ['10 mg', '25 mg'], freq: 'daily' },
  glipizide: { name: 'glipizide', doses: ['2.5 mg', '5 mg', '10 mg'], freq: 'daily' },
  semaglutide: { name: 'semaglutide', doses: ['0.25 mg', '0.5 mg', '1 mg'], freq: 'weekly' },
  atorvastatin: { name: 'atorvastatin', doses: ['10 mg', '20 mg', '40 mg', '80 mg'], freq: 'nightly' },
  rosuvastatin: { name: 'rosuvastatin', doses: ['5 mg', '10 mg', '20 mg'], freq: 'daily' },
  metoprolol: { name: 'metoprolol succinate', doses: ['25 mg', '50 mg', '100 mg'], freq: 'daily' },
  carvedilol: { name: 'carvedilol', doses: ['3.125 mg', '6.25 mg', '12.5 mg', '25 mg'], freq: 'twice daily' },
  furosemide: { name: 'furosemide', doses: ['20 mg', '40 mg', '80 mg'], freq: 'daily' },
  spironolactone: { name: 'spironolactone', doses: ['12.5 mg', '25 mg', '50 mg'], freq: 'daily' },
  apixaban: { name: 'apixaban', doses: ['2.5 mg', '5 mg'], freq: 'twice daily' },
  warfarin: { name: 'warfarin', doses: ['2 mg', '5 mg', '7.5 mg'], freq: 'daily' },
  diltiazem: { name: 'diltiazem', doses: ['120 mg', '180 mg', '240 mg'], freq: 'daily' },
  levothyroxine: { name: 'levothyroxine', doses: ['25 mcg', '50 mcg', '75 mcg', '100 mcg'], freq: 'daily' },
  sertraline: { name: 'sertraline', doses: ['25 mg', '50 mg', '100 mg', '150 mg'], freq: 'daily' },
  escitalopram: { name: 'escitalopram', doses: ['5 mg', '10 mg', '20 mg'], freq: 'daily' },
  bupropion: { name: 'bupropion', doses: ['150 mg', '300 mg'], freq: 'daily' },
  trazodone: { name: 'trazodone', doses: ['25 mg', '50 mg', '100 mg'], freq: 'at bedtime' },
  gabapentin: { name: 'gabapentin', doses: ['100 mg', '300 mg', '600 mg'], freq: 'three times daily' },
  duloxetine: { name: 'duloxetine', doses: ['30 mg', '60 mg'], freq: 'daily' },
  tiotropium: { name: 'tiotropium', doses: ['18 mcg'], freq: 'inhaled once daily' },
  albuterol: { name: 'albuterol', doses: ['90 mcg'], freq: 'two puffs every 4 hours as needed' },
  fluticasone: { name: 'fluticasone-salmeterol', doses: ['100/50 mcg', '250/50 mcg'], freq: 'one inhalation twice daily' },
  prednisone: { name: 'prednisone', doses: ['10 mg', '20 mg', '40 mg'], freq: 'daily' },
  omeprazole: { name: 'omeprazole', doses: ['20 mg', '40 mg'], freq: 'daily' },
  pantoprazole: { name: 'pantoprazole', doses: ['20 mg', '40 mg'], freq: 'daily' },
  allopurinol: { name: 'allopurinol', doses: ['100 mg', '200 mg', '300 mg'], freq: 'daily' },
  colchicine: { name: 'colchicine', doses: ['0.6 mg'], freq: 'daily' },
  tamsulosin: { name: 'tamsulosin', doses: ['0.4 mg', '0.8 mg'], freq: 'at bedtime' },
  ferrous: { name: 'ferrous sulfate', doses: ['325 mg'], freq: 'every other day' },
  nitrofurantoin: { name: 'nitrofurantoin', doses: ['100 mg'], freq: 'twice daily for 5 days' },
  doxycycline: { name: 'doxycycline', doses: ['100 mg'], freq: 'twice daily for 7 days' },
  cephalexin: { name: 'cephalexin', doses: ['500 mg'], freq: 'four times daily for 7 days' },
  naproxen: { name: 'naproxen', doses: ['250 mg', '500 mg'], freq: 'twice daily with food' },
  ibuprofen: { name: 'ibuprofen', doses: ['400 mg', '600 mg'], freq: 'every 8 hours as needed' },
  insulin: { name: 'insulin glargine', doses: ['10 units', '14 units', '18 units', '22 units'], freq: 'at bedtime' },
  donepezil: { name: 'donepezil', doses: ['5 mg', '10 mg'], freq: 'at bedtime' },
  alendronate: { name: 'alendronate', doses: ['70 mg'], freq: 'weekly' },
  topiramate: { name: 'topiramate', doses: ['25 mg', '50 mg'], freq: 'at bedtime' },
};

export const PROBLEMS: readonly ProblemDef[] = [
  { term: 'essential hypertension', synonyms: ['hypertension', 'HTN', 'high blood pressure'], system: 'Cardiovascular', statuses: ['uncontrolled', 'above goal', 'well controlled'],
    evidence: ['home readings average 152/94', 'blood pressure today 158/92'], drugs: ['lisinopril', 'amlodipine', 'chlorthalidone', 'losartan', 'hydrochlorothiazide'],
    orders: ['Low sodium diet reviewed', 'Check basic metabolic panel in 2 weeks'], pendingTests: ['basic metabolic panel'] },
  { term: 'type 2 diabetes mellitus', synonyms: ['type 2 diabetes', 'diabetes mellitus', 'diabetes', 'T2DM'], system: 'Endocrine', statuses: ['uncontrolled', 'not at goal', 'improving'],
    evidence: ['hemoglobin A1c 8.9%, up from 7.6%', 'fasting glucose readings 160 to 210'], drugs: ['metformin', 'empagliflozin', 'glipizide', 'semaglutide', 'insulin'],
    orders: ['Referred to diabetes education', 'Annual dilated eye exam ordered'], pendingTests: ['urine microalbumin'] },
  { term: 'hyperlipidemia', synonyms: ['dyslipidemia', 'high cholesterol'], system: 'Cardiovascular', statuses: ['not at goal', 'untreated', 'at goal'],
    evidence: ['LDL 168 mg/dL', 'LDL 131 mg/dL on current therapy'], drugs: ['atorvastatin', 'rosuvastatin'],
    orders: ['Repeat fasting lipid panel in 3 months'], pendingTests: ['lipid panel'] },
  { term: 'heart failure with reduced ejection fraction', synonyms: ['heart failure', 'HFrEF', 'systolic heart failure', 'congestive heart failure'], system: 'Cardiovascular', statuses: ['decompensated', 'improving', 'compensated'],
    evidence: ['ejection fraction 30% on echocardiogram', 'weight up 4 pounds with bilateral leg edema'], drugs: ['furosemide', 'carvedilol', 'spironolactone', 'empagliflozin'],
    orders: ['Daily weights with a 2 gram sodium diet', 'Fluid restriction to 1.5 liters daily'], pendingTests: ['echocardiogram'] },
  { term: 'atrial fibrillation', synonyms: ['AF', 'afib', 'paroxysmal atrial fibrillation'], system: 'Cardiovascular', statuses: ['rate controlled', 'with rapid ventricular response', 'stable'],
    evidence: ['heart rate 118 and irregularly irregular', 'CHA2DS2-VASc score of 4'], drugs: ['apixaban', 'metoprolol', 'diltiazem', 'warfarin'],
    orders: ['Holter monitor for 48 hours'], pendingTests: ['Holter monitor'] },
  { term: 'chronic obstructive pulmonary disease', synonyms: ['COPD', 'emphysema'], system: 'Pulmonary', statuses: ['with acute exacerbation', 'stable', 'improving'],
    evidence: ['diffuse expiratory wheezes', 'FEV1 48% of predicted'], drugs: ['tiotropium', 'fluticasone', 'prednisone', 'albuterol'],
    orders: ['Pulmonary rehabilitation referral placed', 'Spirometry in 3 months'], pendingTests: ['pulmonary function testing'] },
  { term: 'community-acquired pneumonia', synonyms: ['pneumonia', 'CAP'], system: 'Pulmonary', statuses: ['improving', 'resolving'],
    evidence: ['right lower lobe consolidation on chest X-ray', 'afebrile for 48 hours'], drugs: ['doxycycline'],
    orders: ['Incentive spirometry every hour while awake'], pendingTests: ['sputum culture', 'blood cultures'] },
  { term: 'asthma', synonyms: ['moderate persistent asthma', 'reactive airway disease'], system: 'Pulmonary', statuses: ['poorly controlled', 'well controlled'],
    evidence: ['night symptoms three times a week', 'rescue inhaler used daily'], drugs: ['fluticasone', 'albuterol', 'prednisone'],
    orders: ['Asthma action plan given'], pendingTests: ['spirometry'] },
  { term: 'chronic kidney disease stage 3b', synonyms: ['chronic kidney disease', 'CKD', 'CKD stage 3b'], system: 'Renal', statuses: ['stable', 'progressing'],
    evidence: ['creatinine 1.9 with eGFR 38', 'eGFR 35, down from 41'], drugs: ['losartan', 'empagliflozin'],
    orders: ['Avoid NSAIDs', 'Nephrology referral placed'], pendingTests: ['renal ultrasound'] },
  { term: 'acute kidney injury', synonyms: ['AKI', 'acute renal failure'], system: 'Renal', statuses: ['improving', 'resolving', 'new'],
    evidence: ['creatinine 2.4 from a baseline of 1.1', 'creatinine down to 1.5 today'], drugs: ['lisinopril', 'furosemide', 'ibuprofen', 'naproxen'],
    orders: ['IV fluids at 100 mL per hour', 'Repeat renal function panel in the morning'], pendingTests: ['urine electrolytes'] },
  { term: 'hypokalemia', synonyms: ['low potassium'], system: 'Renal', statuses: ['mild', 'resolved'],
    evidence: ['potassium 3.1 mmol/L'], drugs: ['hydrochlorothiazide', 'spironolactone'],
    orders: ['Repeat potassium in 3 days'], pendingTests: ['magnesium level'] },
  { term: 'gastroesophageal reflux disease', synonyms: ['GERD', 'acid reflux', 'reflux'], system: 'GI', statuses: ['uncontrolled', 'improved', 'stable'],
    evidence: ['nightly heartburn despite dietary changes'], drugs: ['omeprazole', 'pantoprazole'],
    orders: ['Elevate the head of the bed'], pendingTests: ['Helicobacter pylori stool antigen'] },
  { term: 'upper gastrointestinal bleed', synonyms: ['GI bleed', 'upper GI bleed', 'gastrointestinal hemorrhage'], system: 'GI', statuses: ['resolved', 'stable', 'no further bleeding'],
    evidence: ['hemoglobin stable at 9.2 for 48 hours', 'duodenal ulcer seen on endoscopy'], drugs: ['pantoprazole', 'apixaban', 'naproxen'],
    orders: ['Repeat endoscopy in 8 weeks'], pendingTests: ['biopsy pathology'] },
  { term: 'iron deficiency anemia', synonyms: ['anemia', 'iron deficiency'], system: 'Heme', statuses: ['new', 'improving', 'persistent'],
    evidence: ['hemoglobin 9.8 g/dL with ferritin 8', 'ferritin 12 ng/mL'], drugs: ['ferrous'],
    orders: ['Colonoscopy referral placed'], pendingTests: ['colonoscopy'] },
  { term: 'hypothyroidism', synonyms: ['primary hypothyroidism', 'underactive thyroid'], system: 'Endocrine', statuses: ['undertreated', 'stable', 'overreplaced'],
    evidence: ['TSH 9.4 mIU/L', 'TSH 0.1 on current dose'], drugs: ['levothyroxine'],
    orders: ['Take levothyroxine on an empty stomach'], pendingTests: ['repeat TSH'] },
  { term: 'major depressive disorder', synonyms: ['depression', 'major depression', 'MDD'], system: 'Psych', statuses: ['moderate', 'improving', 'partially responsive'],
    evidence: ['PHQ-9 score 16', 'PHQ-9 down to 9 from 15'], drugs: ['sertraline', 'escitalopram', 'bupropion'],
    orders: ['Referred to behavioral health for therapy'], pendingTests: [] },
  { term: 'generalized anxiety disorder', synonyms: ['anxiety', 'GAD'], system: 'Psych', statuses: ['uncontrolled', 'improving'],
    evidence: ['GAD-7 score 14'], drugs: ['escitalopram', 'sertraline', 'duloxetine'],
    orders: ['Cognitive behavioral therapy referral placed'], pendingTests: [] },
  { term: 'insomnia', synonyms: ['chronic insomnia', 'sleep disturbance'], system: 'Psych', statuses: ['persistent', 'improved'],
    evidence: ['sleep onset over an hour most nights'], drugs: ['trazodone'],
    orders: ['Sleep hygiene counseling given'], pendingTests: ['sleep study'] },
  { term: 'diabetic peripheral neuropathy', synonyms: ['peripheral neuropathy', 'neuropathy'], system: 'Neuro', statuses: ['worsening', 'stable'],
    evidence: ['decreased monofilament sensation in both feet'], drugs: ['gabapentin', 'duloxetine'],
    orders: ['Podiatry referral for foot care'], pendingTests: ['nerve conduction study'] },
  { term: 'migraine without aura', synonyms: ['migraine', 'migraine headaches'], system: 'Neuro', statuses: ['frequent', 'improving'],
    evidence: ['eight headache days a month'], drugs: ['topiramate', 'ibuprofen'],
    orders: ['Headache diary reviewed'], pendingTests: ['MRI brain'] },
  { term: 'mild cognitive impairment', synonyms: ['cognitive impairment', 'memory loss'], system: 'Neuro', statuses: ['progressing', 'stable'],
    evidence: ['MoCA 22 of 30'], drugs: ['donepezil'],
    orders: ['Neuropsychological testing referral placed'], pendingTests: ['vitamin B12 level'] },
  { term: 'osteoarthritis of the right knee', synonyms: ['osteoarthritis', 'knee osteoarthritis', 'right knee osteoarthritis'], system: 'MSK', statuses: ['worsening', 'stable'],
    evidence: ['medial joint line tenderness with crepitus'], drugs: ['naproxen', 'ibuprofen'],
    orders: ['Physical therapy referral placed', 'Corticosteroid injection offered'], pendingTests: ['knee X-ray'] },
  { term: 'gout', synonyms: ['gouty arthritis', 'acute gout flare'], system: 'MSK', statuses: ['acute flare', 'quiescent'],
    evidence: ['uric acid 9.1 mg/dL', 'swollen, red left first toe'], drugs: ['allopurinol', 'colchicine', 'prednisone'],
    orders: ['Limit alcohol and red meat'], pendingTests: ['uric acid level'] },
  { term: 'osteoporosis', synonyms: ['low bone density'], system: 'MSK', statuses: ['new diagnosis', 'stable'],
    evidence: ['DEXA T-score of -2.8 at the hip'], drugs: ['alendronate'],
    orders: ['Calcium and vitamin D supplementation advised'], pendingTests: ['vitamin D level'] },
  { term: 'urinary tract infection', synonyms: ['UTI', 'cystitis', 'acute cystitis'], system: 'GU', statuses: ['new', 'resolving'],
    evidence: ['dysuria with positive nitrites on urinalysis'], drugs: ['nitrofurantoin', 'cephalexin'],
    orders: ['Increase fluid intake'], pendingTests: ['urine culture'] },
  { term: 'benign prostatic hyperplasia', synonyms: ['BPH', 'prostatic hyperplasia'], system: 'GU', statuses: ['symptomatic', 'stable'],
    evidence: ['nocturia three times a night'], drugs: ['tamsulosin'],
    orders: ['Urology referral placed'], pendingTests: ['PSA'] },
  { term: 'cellulitis of the left lower leg', synonyms: ['cellulitis', 'left leg cellulitis'], system: 'Skin', statuses: ['improving', 'new'],
    evidence: ['spreading erythema and warmth below the left knee'], drugs: ['cephalexin', 'doxycycline'],
    orders: ['Elevate the leg and mark the border of redness'], pendingTests: ['wound culture'] },
  { term: 'obstructive sleep apnea', synonyms: ['sleep apnea', 'OSA'], system: 'Pulmonary', statuses: ['suspected', 'untreated'],
    evidence: ['STOP-BANG score of 6'], drugs: [],
    orders: ['Home sleep study ordered'], pendingTests: ['home sleep study'] },
  { term: 'obesity', synonyms: ['class 2 obesity', 'morbid obesity'], system: 'Endocrine', statuses: ['stable', 'worsening'],
    evidence: ['BMI 37.2'], drugs: ['semaglutide'],
    orders: ['Nutrition referral placed'], pendingTests: [] },
  { term: 'tobacco use disorder', synonyms: ['tobacco use', 'nicotine dependence', 'smoking'], system: 'Psych', statuses: ['ready to quit', 'precontemplative'],
    evidence: ['smokes one pack a day'], drugs: ['bupropion'],
    orders: ['Counseled on cessation for 5 minutes', 'Referred to the quit line'], pendingTests: ['low-dose CT lung cancer screening'] },
];

/** Contradiction bait: a family member's condition and a negated finding, neither a problem of the patient. */
export const FAMILY_HISTORY: readonly string[] = [
  'Mother had breast cancer at 62.', 'Father died of a myocardial infarction at 58.', 'Brother has type 1 diabetes.', 'Sister has lupus.', 'Father had colon cancer at 70.',
];
export const NEGATED_FINDINGS: readonly string[] = [
  'No evidence of malignancy on prior imaging.', 'No chest pain or syncope.', 'Denies melena or hematochezia.', 'No focal neurologic deficits.', 'No signs of deep vein thrombosis.',
];
export const ALLERGIES: readonly string[] = ['penicillin', 'sulfa drugs', 'codeine', 'latex', 'shellfish'];
export const SURNAMES: readonly string[] = ['Quillan', 'Marbury', 'Ostrander', 'Vell', 'Castellane', 'Dunmore', 'Pryce', 'Halvorsen', 'Ekwueme', 'Tamsin'];
export const CLINICIANS: readonly string[] = ['Dr. Ibarra', 'Dr. Lindqvist', 'Dr. Okafor', 'Dr. Prewitt', 'Dr. Sandoval'];
