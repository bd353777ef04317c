// Owns the hand-curated part of the coding lexicon: clinical abbreviations, index-style synonyms that
// the tabular descriptions never spell out, "use the unspecified code" defaults, history/family
// fall-backs and the chronic conditions that stay current when written as "history of".
// Each entry here is a coding decision: keep it to what the official Index and Tabular (see
// official.ts) do not already give, with the reason on its line.

/**
 * Single-token abbreviations expanded in place while scanning. `upper: true` means the abbreviation
 * is only trusted when written in capitals (so "pe" in running text, or "ra" meaning room air in
 * lower case, is not read as a diagnosis); `notBefore` lists next tokens that reveal another sense.
 */
export interface Abbreviation {
  expansion: string;
  upper?: boolean;
  notBefore?: string[];
  notAfter?: string[];
}

const MORPHOLOGY_WORDS = ['carcinoma', 'adenocarcinoma', 'cancer', 'tumor', 'tumour', 'neoplasm', 'melanoma', 'sarcoma', 'disease', 'malignancy'];

export const ABBREVIATIONS: Record<string, Abbreviation> = {
  htn: { expansion: 'hypertension' },
  dm: { expansion: 'diabetes', upper: true },
  dm2: { expansion: 'type 2 diabetes' },
  t2dm: { expansion: 'type 2 diabetes' },
  niddm: { expansion: 'type 2 diabetes' },
  dm1: { expansion: 'type 1 diabetes' },
  t1dm: { expansion: 'type 1 diabetes' },
  iddm: { expansion: 'type 1 diabetes' },
  chf: { expansion: 'congestive heart failure' },
  hfref: { expansion: 'systolic heart failure' },
  hfpef: { expansion: 'diastolic heart failure' },
  copd: { expansion: 'chronic obstructive pulmonary disease' },
  cad: { expansion: 'coronary artery disease', upper: true },
  afib: { expansion: 'atrial fibrillation' },
  af: { expansion: 'atrial fibrillation', upper: true },
  gerd: { expansion: 'gastroesophageal reflux disease' },
  uti: { expansion: 'urinary tract infection' },
  utis: { expansion: 'urinary tract infection' },
  ckd: { expansion: 'chronic kidney disease' },
  // Chronic / acute renal failure (the Index's "Failure, renal, chronic N18.9" / "acute N17.9"); capitals only,
  // as "crf"/"arf" in running lower-case text are rarely these.
  crf: { expansion: 'chronic renal failure', upper: true },
  arf: { expansion: 'acute renal failure', upper: true },
  // Upper gastrointestinal bleeding ("UGIB secondary to esophageal varices": the Index's "Varix, esophagus, bleeding").
  ugib: { expansion: 'upper gastrointestinal hemorrhage' },
  // KDIGO GFR categories G3a/G3b are the CKD stages 3a/3b the Tabular names (N18.31/N18.32, I.B.2 specificity);
  // G1, G2, G4 and G5 are left out: written alone they read as gravida ("G4P3").
  g3a: { expansion: 'stage 3a' },
  g3b: { expansion: 'stage 3b' },
  esrd: { expansion: 'end stage renal disease' },
  // The leukemias by their standard initials (Index: Leukemia, lymphocytic, chronic C91.1-; myeloid, chronic C92.1-; capitals only).
  cll: { expansion: 'chronic lymphocytic leukemia', upper: true },
  cml: { expansion: 'chronic myeloid leukemia', upper: true },
  aki: { expansion: 'acute kidney failure' },
  mi: { expansion: 'myocardial infarction', upper: true },
  ami: { expansion: 'acute myocardial infarction', upper: true },
  stemi: { expansion: 'st elevation myocardial infarction' },
  nstemi: { expansion: 'non st elevation myocardial infarction' },
  // "CVA tenderness": the costovertebral angle of the kidney examination, not a stroke.
  cva: { expansion: 'stroke', upper: true, notBefore: ['tenderness', 'tender', 'ttp'] },
  tia: { expansion: 'transient cerebral ischemic attack', upper: true },
  // The middle cerebral artery, the vessel whose territory a stroke is most often named by ("left MCA infarct");
  // capitals only. ACA/PCA are left out: in notes they are also other things (patient-controlled analgesia).
  mca: { expansion: 'middle cerebral artery', upper: true },
  pe: { expansion: 'pulmonary embolism', upper: true, notBefore: ['exam', 'examination'] },
  dvt: { expansion: 'deep vein thrombosis' },
  osa: { expansion: 'obstructive sleep apnea' },
  bph: { expansion: 'benign prostatic hyperplasia' },
  oa: { expansion: 'osteoarthritis', upper: true },
  ra: { expansion: 'rheumatoid arthritis', upper: true, notAfter: ['on', 'room'] },
  hld: { expansion: 'hyperlipidemia' },
  hlp: { expansion: 'hyperlipidemia' },
  pvd: { expansion: 'peripheral vascular disease' },
  pad: { expansion: 'peripheral vascular disease', upper: true },
  hiv: { expansion: 'human immunodeficiency virus disease', upper: true },
  aids: { expansion: 'human immunodeficiency virus disease', upper: true },
  hcv: { expansion: 'hepatitis c' },
  cmv: { expansion: 'cytomegalovirus', upper: true },
  hbv: { expansion: 'hepatitis b' },
  uri: { expansion: 'acute upper respiratory infection', upper: true },
  ibs: { expansion: 'irritable bowel syndrome', upper: true },
  ptsd: { expansion: 'post traumatic stress disorder' },
  adhd: { expansion: 'attention deficit hyperactivity disorder' },
  mdd: { expansion: 'major depressive disorder' },
  gad: { expansion: 'generalized anxiety disorder', upper: true },
  ards: { expansion: 'acute respiratory distress syndrome' },
  sle: { expansion: 'systemic lupus erythematosus', upper: true },
  ms: { expansion: 'multiple sclerosis', upper: true, notAfter: ['mg'] },
  ild: { expansion: 'interstitial lung disease', upper: true },
  nafld: { expansion: 'nonalcoholic fatty liver disease' },
  sob: { expansion: 'shortness of breath', upper: true },
  // The abdominal quadrants clinicians abbreviate: the Tabular splits abdominal pain and tenderness by quadrant
  // (R10.11 right upper … R10.32 left lower, R10.81-/R10.82-), so "LLQ pain" is coded at its quadrant (I.B.2).
  ruq: { expansion: 'right upper quadrant' },
  luq: { expansion: 'left upper quadrant' },
  rlq: { expansion: 'right lower quadrant' },
  llq: { expansion: 'left lower quadrant' },
  tb: { expansion: 'tuberculosis', upper: true },
  cancer: { expansion: 'malignant neoplasm' },
  cancers: { expansion: 'malignant neoplasm' },
  carcinoma: { expansion: 'malignant neoplasm' },
  carcinomas: { expansion: 'malignant neoplasm' },
  adenocarcinoma: { expansion: 'malignant neoplasm' },
  malignancy: { expansion: 'malignant neoplasm' },
  metastasis: { expansion: 'secondary malignant neoplasm' },
  metastases: { expansion: 'secondary malignant neoplasm' },
  // "metastatic carcinoma of the colon" names the primary site; "metastatic lesions in the liver" a secondary one.
  metastatic: { expansion: 'secondary malignant neoplasm', notBefore: MORPHOLOGY_WORDS },
  // Morphology words the Index sends to "Neoplasm, by site" with their behaviour.
  sarcoma: { expansion: 'malignant neoplasm' },
  leiomyosarcoma: { expansion: 'malignant neoplasm' },
  liposarcoma: { expansion: 'malignant neoplasm' },
  fibrosarcoma: { expansion: 'malignant neoplasm' },
  angiosarcoma: { expansion: 'malignant neoplasm' },
  rhabdomyosarcoma: { expansion: 'malignant neoplasm' },
  chondrosarcoma: { expansion: 'malignant neoplasm' },
  adenocarcinomas: { expansion: 'malignant neoplasm' },
  adenoma: { expansion: 'benign neoplasm' },
  adenomas: { expansion: 'benign neoplasm' },
  cystadenoma: { expansion: 'benign neoplasm' },
  fibroadenoma: { expansion: 'benign neoplasm' },
  papilloma: { expansion: 'benign neoplasm' },
  leiomyoma: { expansion: 'benign neoplasm' },
  fibroma: { expansion: 'benign neoplasm' },
  hypertensive: { expansion: 'hypertension' },
};

const ABBREVIATION_MAP = new Map(Object.entries(ABBREVIATIONS));

/**
 * The abbreviation a lower-cased word stands for. A Map, not a property read: a note saying
 * "constructor" or "toString" must not find Object.prototype members.
 */
export function abbreviationOf(word: string): Abbreviation | undefined {
  return ABBREVIATION_MAP.get(word);
}

/**
 * Phrases → code that the official sources do not give as such. Matched like descriptions
 * (order-insensitive, same sentence). Phrases the Alphabetic Index now yields for the same code were
 * removed (212 phrases; CodiEsp dev exact F1 0.484 → 0.483, i.e. unchanged within noise). Each line
 * says why it stays: no Index or tabular term has these words; or it repeats tabular wording, kept so
 * the synonym outranks overlapping terms (removing those cost 67 false positives on dev); or it is a
 * deliberate default chosen over the one the Index or a description would give.
 */
export const SYNONYMS: Array<[code: string, phrases: string[]]> = [
  ['I10', ['hypertension', 'essential hypertension', 'arterial hypertension']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['E11.9', ['type 2 diabetes', 'diabetes', 'non insulin dependent diabetes']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['E10.9', ['type 1 diabetes', 'insulin dependent diabetes', 'juvenile diabetes']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['E11.65', ['type 2 diabetes hyperglycemia', 'uncontrolled type 2 diabetes', 'poorly controlled type 2 diabetes']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['E11.22', ['diabetic nephropathy chronic kidney disease', 'type 2 diabetes chronic kidney disease']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['E11.42', ['diabetic peripheral neuropathy']], // no Index or tabular term has these words
  ['I50.9', ['heart failure', 'cardiac failure', 'cardiac insufficiency', 'heart insufficiency']], // 2 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I50.20', ['systolic heart failure', 'heart failure reduced ejection fraction']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I50.30', ['diastolic heart failure']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I25.10', ['coronary heart disease', 'coronary atherosclerosis']], // chosen over the Index/description default I25.9 for "coronary heart disease"
  ['I48.91', ['atrial fibrillation']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I48.92', ['atrial flutter']], // = tabular wording; as a synonym it outranks overlapping terms
  // Index "Neoplasia, intraepithelial, cervix (CIN), grade I N87.0 / II N87.1 / III D06.9": pathology writes the
  // acronym with its grade ("CIN III", "CIN 2"); the grade is required, so "CIN" (also contrast nephropathy) alone is nothing.
  ['D06.9', ['cin iii', 'cin 3']], // the Index's CIN is a nonessential modifier, never a term by itself
  ['N87.1', ['cin ii', 'cin 2']], // the Index's CIN is a nonessential modifier, never a term by itself
  ['N87.0', ['cin i', 'cin 1']], // the Index's CIN is a nonessential modifier, never a term by itself
  ['K21.9', ['gastro esophageal reflux', 'reflux disease']], // no Index or tabular term has these words
  ['N39.0', ['urinary tract infection', 'urinary infection']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N18.9', ['chronic kidney disease', 'chronic kidney failure', 'chronic kidney insufficiency']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N18.30', ['chronic kidney disease stage 3']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N18.31', ['chronic kidney disease stage 3a']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N18.32', ['chronic kidney disease stage 3b']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N18.6', ['end stage renal disease', 'end stage kidney disease']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N17.9', ['acute kidney failure', 'acute kidney injury', 'acute kidney insufficiency', 'acute renal failure']], // 2 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N19', ['kidney failure', 'kidney insufficiency']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I21.9', ['acute myocardial infarction', 'heart attack']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I21.3', ['st elevation myocardial infarction']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I21.4', ['non st elevation myocardial infarction']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I63.9', ['stroke', 'ischemic stroke', 'brain infarction']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I61.9', ['hemorrhagic stroke']], // no Index or tabular term has these words
  ['I26.99', ['pulmonary thromboembolism', 'pulmonary embolus']], // no Index or tabular term has these words
  ['I82.90', ['thrombophlebitis']], // chosen over the Index/description default I80.9 for "thrombophlebitis"
  ['G47.33', ['obstructive sleep apnea']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N40.0', ['benign prostatic hyperplasia', 'benign prostatic hypertrophy', 'prostatic hypertrophy']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M19.90', ['osteoarthritis', 'osteoarthrosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M17.9', ['knee osteoarthritis', 'gonarthrosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M16.9', ['hip osteoarthritis', 'coxarthrosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M06.9', ['rheumatoid arthritis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E78.5', ['hyperlipidemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E03.9', ['hypothyroidism']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E05.90', ['hyperthyroidism']], // no Index or tabular term has these words
  ['E66.9', ['obesity']], // = tabular wording; as a synonym it outranks overlapping terms
  ['J44.9', ['chronic obstructive pulmonary disease', 'chronic obstructive lung disease', 'chronic bronchitis emphysema']], // 1 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['J43.9', ['emphysema', 'pulmonary emphysema']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['J45.909', ['asthma', 'bronchial asthma']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['J18.9', ['pneumonia', 'pneumonitis infectious']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['J96.00', ['acute respiratory failure']], // = tabular wording; as a synonym it outranks overlapping terms
  ['J96.90', ['respiratory failure', 'respiratory insufficiency']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['A41.9', ['sepsis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R65.21', ['septic shock']], // no Index or tabular term has these words
  ['B20', ['human immunodeficiency virus disease', 'human immunodeficiency virus infection', 'aids']], // 1 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['B19.20', ['hepatitis c virus infection']], // no Index or tabular term has these words
  ['B19.10', ['hepatitis b virus infection']], // no Index or tabular term has these words
  // Index: Hepatitis (bare) K75.9; descriptions naming hepatitis A are skipped (see lexicon).
  ['K74.60', ['liver cirrhosis', 'hepatic cirrhosis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K76.0', ['fatty liver', 'hepatic steatosis', 'liver steatosis']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['F17.200', ['smoker', 'smoking', 'tobacco use', 'current smoker', 'tobacco dependence', 'nicotine dependence']], // 5 of 6 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['F17.210', ['cigarette smoker', 'cigarette smoking', 'smokes cigarettes']], // no Index or tabular term has these words
  // Index "History, personal (of), fall, falling Z91.81" and "…, anaphylaxis Z87.892": history codes outside Z80-Z87's
  // "Personal history of" titles that the history mapper reads (the Index's Z phrases are kept out of the lexicon).
  ['Z91.81', ['history of falling', 'history of falls', 'history of fall']], // Index History, personal, fall, falling
  ['Z87.892', ['history of anaphylaxis', 'history of anaphylactic reaction', 'history of anaphylactic shock']], // Index History, personal, anaphylaxis / anaphylactic shock
  ['Z87.891', ['former smoker', 'ex smoker', 'exsmoker', 'quit smoking', 'smoking history', 'no longer smokes', 'no longer smoking', 'stopped smoking', 'quit tobacco', 'former tobacco use', 'former tobacco user']], // no Index or tabular term has these words
  // Index: Alcoholism (chronic) F10.20; abuse is F10.10.
  ['F10.10', ['alcohol abuse']], // = tabular wording; as a synonym it outranks overlapping terms
  ['F10.20', ['alcohol dependence', 'alcoholism', 'enolism', 'chronic alcoholism']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['F32.A', ['depression', 'depressive syndrome']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['F41.9', ['anxiety disorder']], // = tabular wording; as a synonym it outranks overlapping terms
  ['F41.1', ['generalized anxiety disorder']], // = tabular wording; as a synonym it outranks overlapping terms
  ['F43.10', ['post traumatic stress disorder']], // = tabular wording; as a synonym it outranks overlapping terms
  ['F20.9', ['schizophrenia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['F31.9', ['bipolar disorder']], // = tabular wording; as a synonym it outranks overlapping terms
  ['G20.A1', ['parkinson disease', 'parkinsonism']], // chosen over the Index/description default G20.C for "parkinsonism"
  ['G30.9', ['alzheimer disease']], // = tabular wording; as a synonym it outranks overlapping terms
  ['G40.909', ['epilepsy']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R56.9', ['seizure', 'convulsion', 'convulsive crisis', 'seizures']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['G35.D', ['multiple sclerosis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['G43.909', ['migraine']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R51.9', ['headache', 'cephalalgia', 'cephalea', 'headaches']], // 2 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M54.50', ['low back pain', 'lumbar pain', 'lumbago', 'lumbalgia']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M54.2', ['neck pain', 'cervicalgia']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M54.9', ['dorsalgia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['M79.10', ['myalgia', 'muscular pain']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M25.50', ['joint pain', 'arthralgia', 'arthralgias']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R10.9', ['abdominal pain', 'abdominalgia', 'stomach pain', 'belly pain']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R10.10', ['upper abdominal pain']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R10.13', ['epigastralgia', 'epigastric pain', 'epigastric discomfort']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R10.30', ['lower abdominal pain']], // = tabular wording; as a synonym it outranks overlapping terms
  // Index: Pain, abdominal, generalized R10.84; by quadrant R10.1-/R10.3-.
  ['R10.84', ['generalized abdominal pain', 'diffuse abdominal pain']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R10.11', ['right upper quadrant pain']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R10.12', ['left upper quadrant pain']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R10.31', ['right lower quadrant pain', 'right iliac fossa pain']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R10.32', ['left lower quadrant pain', 'left iliac fossa pain']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R07.9', ['chest pain', 'thoracic pain', 'chest discomfort']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R52', ['pain']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R50.9', ['fever', 'febrile syndrome', 'fever syndrome', 'pyrexia', 'hyperthermia', 'febricula']], // 4 of 6 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R11.10', ['vomiting', 'emesis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R11.0', ['nausea']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R11.2', ['nausea vomiting']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R19.7', ['diarrhea', 'diarrhoea']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['K59.00', ['constipation']], // = tabular wording; as a synonym it outranks overlapping terms
  // Index: Enteritis / Gastroenteritis (noninfectious) K52.9 (bare "colitis" in case reports is mostly a specific colitis named elsewhere).
  ['R06.02', ['shortness of breath', 'breathlessness']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R06.00', ['dyspnea', 'dyspnoea']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R05.9', ['cough']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R53.83', ['fatigue', 'tiredness']], // no Index or tabular term has these words
  ['R53.1', ['weakness', 'asthenia', 'muscle weakness generalized']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R53.81', ['malaise', 'general malaise', 'generalized malaise']], // no Index or tabular term has these words
  ['R63.4', ['weight loss', 'abnormal weight loss', 'loss of weight', 'weight decrease']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R63.0', ['anorexia', 'hyporexia', 'loss of appetite', 'decreased appetite']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R60.9', ['edema', 'oedema', 'swelling legs']], // chosen over the Index/description default M79.89 for "swelling legs"
  ['R60.0', ['localized edema', 'leg edema', 'lower limb edema', 'peripheral edema', 'ankle edema', 'lower extremity edema', 'limb edema', 'foot edema', 'pretibial edema', 'malleolar edema']], // 9 of 10 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R60.1', ['generalized edema', 'anasarca']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R59.9', ['lymphadenopathy', 'enlarged lymph nodes', 'lymph node enlargement', 'adenomegaly']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  // Index: Lymphadenopathy (enlarged nodes) R59.9; localized (a stated site) R59.0; generalized R59.1.
  ['R59.0', ['localized lymphadenopathy', 'cervical lymphadenopathy', 'axillary lymphadenopathy', 'inguinal lymphadenopathy',
    'mediastinal lymphadenopathy', 'retroperitoneal lymphadenopathy', 'hilar lymphadenopathy', 'supraclavicular lymphadenopathy',
    'paraaortic lymphadenopathy', 'para aortic lymphadenopathy', 'iliac lymphadenopathy', 'mesenteric lymphadenopathy',
    'submandibular lymphadenopathy', 'pelvic lymphadenopathy', 'locoregional lymphadenopathy', 'regional lymphadenopathy']], // no Index or tabular term has these words
  ['R59.1', ['generalized lymphadenopathy']], // no Index or tabular term has these words
  ['R61', ['hyperhidrosis', 'sweating', 'night sweats', 'diaphoresis']], // no Index or tabular term has these words
  ['R42', ['dizziness', 'vertigo', 'giddiness', 'dizzy']], // no Index or tabular term has these words
  ['R55', ['syncope', 'fainting', 'syncopal episode']], // no Index or tabular term has these words
  ['R00.0', ['tachycardia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R00.1', ['bradycardia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I49.9', ['arrhythmia', 'cardiac arrhythmia']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I95.9', ['hypotension', 'low blood pressure']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R57.9', ['shock']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R31.9', ['hematuria']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R31.0', ['gross hematuria', 'macroscopic hematuria', 'macrohematuria']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R31.29', ['microscopic hematuria', 'microhematuria']], // no Index or tabular term has these words
  ['R80.9', ['proteinuria']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R17', ['jaundice', 'icterus']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R18.8', ['ascites']], // no Index or tabular term has these words
  ['R16.0', ['hepatomegaly']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R16.1', ['splenomegaly']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R16.2', ['hepatosplenomegaly']], // no Index or tabular term has these words
  ['R13.10', ['dysphagia', 'odynophagia']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R20.2', ['paresthesia', 'paraesthesia', 'tingling']], // no Index or tabular term has these words
  ['R20.0', ['numbness']], // no Index or tabular term has these words
  ['R20.1', ['hypoesthesia', 'hypoaesthesia']], // no Index or tabular term has these words
  ['R21', ['rash', 'skin rash', 'exanthema']], // no Index or tabular term has these words
  ['L29.9', ['pruritus', 'itching']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R23.1', ['pallor', 'pale skin', 'paleness', 'mucocutaneous pallor', 'cutaneous pallor']], // 4 of 5 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R41.0', ['disorientation', 'confusion', 'confusional syndrome']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R40.20', ['coma']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R04.0', ['epistaxis', 'nosebleed']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R04.2', ['hemoptysis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K92.0', ['hematemesis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K92.1', ['melena', 'melaena', 'hematochezia']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['K92.2', ['gastrointestinal hemorrhage', 'gastrointestinal bleeding', 'digestive hemorrhage']], // 1 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R58', ['hemorrhage', 'bleeding']], // = tabular wording; as a synonym it outranks overlapping terms
  ['D64.9', ['anemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['D50.9', ['iron deficiency anemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['D69.6', ['thrombocytopenia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['D72.829', ['elevated white blood cell count']], // = tabular wording; as a synonym it outranks overlapping terms
  ['D72.819', ['decreased white blood cell count']], // = tabular wording; as a synonym it outranks overlapping terms
  ['D70.9', ['neutropenia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E87.6', ['hypokalemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E87.5', ['hyperkalemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E83.52', ['hypercalcemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E83.51', ['hypocalcemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R73.9', ['hyperglycemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E16.2', ['hypoglycemia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E86.0', ['dehydration']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E55.9', ['vitamin d deficiency']], // = tabular wording; as a synonym it outranks overlapping terms
  ['E46', ['malnutrition', 'protein calorie malnutrition']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I96', ['gangrene', 'necrosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['J90', ['pleural effusion']], // = tabular wording; as a synonym it outranks overlapping terms
  ['J93.9', ['pneumothorax']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I71.00', ['aortic dissection']], // no Index or tabular term has these words
  ['I71.9', ['aortic aneurysm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I73.9', ['peripheral vascular disease', 'peripheral arterial disease', 'peripheral artery disease']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I35.0', ['aortic valve stenosis']], // no Index or tabular term has these words
  ['I42.9', ['cardiomyopathy']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I51.9', ['heart disease']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I44.2', ['complete atrioventricular block']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N20.0', ['kidney calculus', 'kidney lithiasis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N20.1', ['ureteral calculus', 'ureterolithiasis', 'ureteral stone', 'ureteral lithiasis']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N20.9', ['urinary calculus', 'urinary lithiasis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  // Index "Amyloidosis, wild-type transthyretin-related (ATTR) E85.82": notes write the protein's adjective ("amyloid"),
  // not "-related amyloidosis". As a synonym it outranks "Cardiomyopathy, amyloid E85.4 [I43]"'s etiology.
  ['E85.82', ['wild type transthyretin amyloid', 'wild type transthyretin amyloidosis', 'wild type attr amyloidosis', 'wild type attr amyloid']], // the Index's words with the adjective form
  ['K80.20', ['gallstones', 'gallbladder stone', 'gallbladder lithiasis']], // no Index or tabular term has these words
  // Index "Stone(s) — see also Calculus" and "Calculus, bile duct (common) (hepatic) K80.50": a stone of the bile duct is its calculus.
  ['K80.50', ['bile duct stone', 'common bile duct stone', 'choledochal stone']], // the "see also" is not followed by the Index reader
  ['K81.0', ['acute cholecystitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K81.9', ['cholecystitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K85.90', ['acute pancreatitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K35.80', ['acute appendicitis', 'appendicitis']], // chosen over the Index/description default K37 for "appendicitis"
  ['K56.609', ['intestinal obstruction', 'bowel obstruction']], // no Index or tabular term has these words
  ['K65.9', ['peritonitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K83.1', ['bile duct obstruction', 'biliary obstruction', 'common bile duct obstruction', 'cholestasis']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['K29.70', ['gastritis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K27.9', ['peptic ulcer disease']], // no Index or tabular term has these words
  ['K58.9', ['irritable bowel syndrome']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K50.90', ['crohn disease']], // = tabular wording; as a synonym it outranks overlapping terms
  // Index "Crohn's disease — see Enteritis, regional": the eponym is the regional enteritis, so Crohn's named by the
  // inflamed segment is "Ileitis, regional — see Enteritis, regional, small intestine" K50.0- / "…, large intestine" K50.1-.
  ['K50.00', ['crohn ileitis', 'crohn jejunitis', 'crohn jejunoileitis', 'crohn enteritis']], // the eponym stands for the Index's "regional"
  ['K50.10', ['crohn colitis', 'crohn proctitis', 'crohn proctocolitis']], // the eponym stands for the Index's "regional"
  // Index "Infarct, cerebral I63.9" named by the artery whose territory it is ("middle cerebral artery infarct"):
  // the printed term's words must stand together, and the artery's words stand between them.
  ['I63.9', ['cerebral artery infarct', 'cerebral artery infarction', 'cerebral artery stroke', 'cerebral artery territory infarct']], // no Index or tabular term has these words
  ['K51.90', ['ulcerative colitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N13.30', ['hydronephrosis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N28.9', ['kidney disease', 'kidney disorder']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N28.1', ['kidney cyst', 'simple kidney cyst', 'cortical kidney cyst']], // no Index or tabular term has these words
  ['N28.89', ['kidney mass']], // no Index or tabular term has these words
  ['N10', ['acute pyelonephritis', 'pyelonephritis']], // chosen over the Index/description default N12 for "pyelonephritis"
  ['N30.90', ['cystitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N45.3', ['orchiepididymitis', 'epididymo orchitis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N50.9', ['testicular disorder']], // no Index or tabular term has these words
  ['N97.9', ['infertility female', 'female infertility']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N46.9', ['male infertility']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N94.6', ['dysmenorrhea']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N92.6', ['irregular menstruation']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N91.2', ['amenorrhea']], // = tabular wording; as a synonym it outranks overlapping terms
  ['L03.90', ['cellulitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['L02.91', ['abscess', 'cutaneous abscess']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['L98.9', ['skin lesion', 'skin disorder']], // no Index or tabular term has these words
  ['L90.5', ['scar', 'scarring', 'cicatrix']], // no Index or tabular term has these words
  ['L53.9', ['erythema', 'erythematous lesion']], // no Index or tabular term has these words
  ['L08.9', ['skin infection']], // no Index or tabular term has these words
  ['A15.0', ['pulmonary tuberculosis', 'lung tuberculosis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['A41.9', ['bacteremia sepsis']], // 0 of 1 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R78.81', ['bacteremia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['B37.9', ['candidiasis', 'candidiasis infection']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['B25.9', ['cytomegalovirus disease']], // no Index or tabular term has these words
  ['N23', ['renal colic']], // = tabular wording; as a synonym it outranks overlapping terms
  ['B27.90', ['infectious mononucleosis']], // = tabular wording; as a synonym it outranks overlapping terms
  // Index: Infection, infected, infective B99.9 (a named organism or site is a longer term and wins).
  // "Infectious disease(s)" is left out: in notes it mostly names the consulting service.
  ['B99.9', ['infection', 'infectious process']], // no Index or tabular term has these words
  ['A49.9', ['bacterial infection']], // = tabular wording; as a synonym it outranks overlapping terms
  ['B34.9', ['viral infection', 'virus infection']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['E80.7', ['hyperbilirubinemia']], // no Index or tabular term has these words
  ['R74.8', ['elevated liver enzymes']], // no Index or tabular term has these words
  ['R74.01', ['elevated liver transaminase', 'transaminase elevation', 'hypertransaminasemia', 'elevated transaminases']], // no Index or tabular term has these words
  ['E83.110', ['hemochromatosis']], // chosen over the Index/description default E83.119 for "hemochromatosis"
  ['M10.9', ['gout']], // = tabular wording; as a synonym it outranks overlapping terms
  ['M32.9', ['systemic lupus erythematosus', 'lupus']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['M35.00', ['sjogren syndrome']], // = tabular wording; as a synonym it outranks overlapping terms
  ['J84.9', ['interstitial lung disease']], // = tabular wording; as a synonym it outranks overlapping terms
  ['J98.4', ['lung lesion', 'lung nodule']], // no Index or tabular term has these words
  ['R91.1', ['pulmonary nodule', 'solitary pulmonary nodule']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['J06.9', ['acute upper respiratory infection']], // = tabular wording; as a synonym it outranks overlapping terms
  ['J20.9', ['acute bronchitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['J40', ['bronchitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['J32.9', ['chronic sinusitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['H10.9', ['conjunctivitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['H54.7', ['vision loss', 'visual loss', 'loss of vision', 'decreased visual acuity']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['H53.2', ['diplopia']], // = tabular wording; as a synonym it outranks overlapping terms
  // Index: Loss, vision, one eye / both eyes (laterality from the note; "unqualified" is the default).
  ['H54.61', ['vision loss right eye', 'visual loss right eye', 'loss of vision right eye', 'decreased visual acuity right eye', 'right eye blindness']], // no Index or tabular term has these words
  ['H54.62', ['vision loss left eye', 'visual loss left eye', 'loss of vision left eye', 'decreased visual acuity left eye', 'left eye blindness']], // no Index or tabular term has these words
  ['H54.3', ['vision loss both eyes', 'visual loss both eyes', 'bilateral vision loss', 'bilateral visual loss', 'bilateral blindness']], // no Index or tabular term has these words
  ['H53.8', ['blurred vision', 'blurry vision', 'blurring of vision', 'visual blurring']], // no Index or tabular term has these words
  ['H35.81', ['macular edema', 'retinal edema']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['H02.849', ['eyelid edema', 'palpebral edema']], // no Index or tabular term has these words
  ['H05.20', ['exophthalmos', 'proptosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['H57.11', ['right ocular pain', 'right eye pain']], // = tabular wording; as a synonym it outranks overlapping terms
  ['H57.12', ['left ocular pain', 'left eye pain']], // = tabular wording; as a synonym it outranks overlapping terms
  ['H02.409', ['palpebral ptosis', 'eyelid ptosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['H02.401', ['right palpebral ptosis', 'right eyelid ptosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['H02.402', ['left palpebral ptosis', 'left eyelid ptosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['L65.9', ['alopecia', 'hair loss']], // no Index or tabular term has these words
  ['H91.90', ['hearing loss', 'hypoacusis', 'deafness']], // no Index or tabular term has these words
  ['G47.00', ['insomnia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['G62.9', ['polyneuropathy']], // = tabular wording; as a synonym it outranks overlapping terms
  ['G51.0', ['bell palsy', 'facial nerve palsy']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['G93.40', ['encephalopathy']], // = tabular wording; as a synonym it outranks overlapping terms
  ['G03.9', ['meningitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['G83.9', ['paralysis']], // no Index or tabular term has these words
  ['G82.20', ['paraplegia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R29.818', ['facial weakness']], // chosen over the Index/description default R29.810 for "facial weakness"
  ['R47.01', ['aphasia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R26.9', ['gait disturbance', 'gait abnormality', 'abnormal gait']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R27.0', ['ataxia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R25.1', ['tremor']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R35.0', ['frequency of micturition', 'urinary frequency', 'pollakiuria']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R30.0', ['dysuria']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R33.9', ['urinary retention', 'retention of urine']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  // Index: Incontinence (bare) R32.
  // Index: Incontinence, feces / anal sphincter / rectal R15.9. The Index's symptom subterms are not loaded
  // (official.ts), and without these the bare "incontinence" below would code a fecal incontinence as urinary.
  ['R15.9', ['fecal incontinence', 'incontinence of feces', 'anal incontinence', 'rectal incontinence', 'bowel incontinence']],
  ['R32', ['urinary incontinence', 'incontinence', 'incontinence of urine']], // chosen over the Index/description default N39.42 for "incontinence"
  ['N32.89', ['bladder lesion']], // no Index or tabular term has these words
  ['R34', ['anuria', 'oliguria', 'oligoanuria']], // no Index or tabular term has these words (oligoanuria: both at once)
  ['R09.02', ['hypoxemia', 'hypoxia']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R06.03', ['respiratory distress']], // no Index or tabular term has these words
  ['R06.2', ['wheezing']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R22.2', ['trunk mass']], // no Index or tabular term has these words
  ['R19.00', ['abdominal mass', 'intra abdominal mass', 'pelvic mass']], // no Index or tabular term has these words
  ['N63.0', ['breast mass', 'breast lump']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['E04.9', ['goiter']], // no Index or tabular term has these words
  ['R14.0', ['abdominal distension', 'bloating', 'abdominal bloating']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R12', ['heartburn', 'pyrosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R09.1', ['pleurisy']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R07.1', ['chest pain on breathing', 'pleuritic chest pain', 'pleuritic pain']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['T14.90XA', ['injury', 'trauma', 'traumatism']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['T14.8XXA', ['wound', 'contusion', 'abrasion', 'bruise']], // no Index or tabular term has these words
  ['T78.40XA', ['allergy']], // = tabular wording; as a synonym it outranks overlapping terms
  ['T78.3XXA', ['angioedema', 'angioneurotic edema']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['L50.9', ['urticaria', 'hives']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['Q89.9', ['congenital malformation']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C80.1', ['malignant neoplasm', 'malignant tumor', 'malignancy']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C79.9', ['secondary malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['D36.9', ['benign neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C34.90', ['lung cancer', 'lung malignant neoplasm', 'bronchogenic malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C50.919', ['breast malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C18.9', ['colon malignant neoplasm', 'colorectal malignant neoplasm']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['C64.9', ['kidney malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C67.9', ['bladder malignant neoplasm', 'urothelial malignant neoplasm bladder']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['C61', ['prostate malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C25.9', ['pancreas malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C16.9', ['stomach malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C56.9', ['ovary malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C53.9', ['cervix malignant neoplasm', 'cervical malignant neoplasm uterus']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['C54.1', ['endometrial malignant neoplasm', 'endometrium malignant neoplasm']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C73', ['thyroid malignant neoplasm', 'papillary thyroid malignant neoplasm']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['C71.9', ['brain malignant neoplasm', 'glioma malignant']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['C43.9', ['malignant melanoma']], // no Index or tabular term has these words
  ['C44.91', ['basal cell malignant neoplasm']], // chosen over the Index/description default C08.9 for "basal cell malignant neoplasm"
  ['C44.92', ['squamous cell malignant neoplasm skin']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C85.90', ['non hodgkin lymphoma']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C81.90', ['hodgkin lymphoma']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C83.30', ['diffuse large b cell lymphoma']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C90.00', ['myeloma']], // no Index or tabular term has these words
  ['C92.00', ['acute myeloid leukemia']], // no Index or tabular term has these words
  ['C91.00', ['acute lymphocytic leukemia']], // no Index or tabular term has these words
  ['C91.10', ['chronic lymphocytic leukemia']], // no Index or tabular term has these words
  ['C49.9', ['sarcoma', 'soft tissue sarcoma']], // chosen over the Index/description default C80.1 for "sarcoma"
  ['C41.9', ['osteosarcoma', 'bone sarcoma']], // chosen over the Index/description default C40.90 for "bone sarcoma"
  ['C79.51', ['bone secondary malignant neoplasm', 'bone metastasis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C78.7', ['liver secondary malignant neoplasm', 'liver metastasis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C78.00', ['lung secondary malignant neoplasm', 'lung metastasis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C79.31', ['brain secondary malignant neoplasm', 'brain metastasis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C77.9', ['lymph node secondary malignant neoplasm', 'lymph node metastasis', 'nodal metastasis']], // 1 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['C78.6', ['peritoneum secondary malignant neoplasm', 'peritoneal carcinomatosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['C79.71', ['adrenal secondary malignant neoplasm', 'adrenal metastasis']],  // Index main terms the tabular titles word differently (case-report wording).
  ['B00.9', ['herpes simplex virus infection', 'herpetic infection']], // no Index or tabular term has these words
  ['R91.8', ['lung mass', 'lung nodule', 'ground glass opacity']], // no Index or tabular term has these words
  ['K44.9', ['hiatus hernia', 'diaphragmatic hernia']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I46.9', ['cardiopulmonary arrest']], // no Index or tabular term has these words
  ['R45.1', ['agitation', 'psychomotor agitation', 'restlessness']], // no Index or tabular term has these words
  ['R25.2', ['cramp', 'muscle cramp']], // no Index or tabular term has these words
  ['B59', ['pneumocystosis', 'pneumocystis jirovecii pneumonia']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['D68.9', ['coagulopathy']], // no Index or tabular term has these words
  ['D72.810', ['lymphocytopenia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R47.1', ['dysarthria']], // no Index or tabular term has these words
  ['B67.90', ['echinococcosis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R39.15', ['urinary urgency']], // no Index or tabular term has these words
  ['F79', ['intellectual disability']], // = tabular wording; as a synonym it outranks overlapping terms
  ['T30.0', ['burn', 'burns']], // no Index or tabular term has these words
  ['Z51.5', ['palliative care']], // no Index or tabular term has these words
  ['R20.8', ['dysesthesia', 'dysaesthesia']], // no Index or tabular term has these words
  ['M25.60', ['joint stiffness']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R22.1', ['neck mass', 'neck swelling', 'neck lump']], // no Index or tabular term has these words
  ['N28.82', ['megaureter', 'megaloureter']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['Z88.0', ['penicillin allergy', 'allergy to penicillin']], // no Index or tabular term has these words
  ['B96.20', ['e coli']], // no Index or tabular term has these words
  ['B95.61', ['staphylococcus aureus']], // no Index or tabular term has these words
  ['B96.5', ['pseudomonas aeruginosa']], // no Index or tabular term has these words
  ['I70.90', ['atherosclerosis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['A48.1', ['legionnaires disease', 'legionella pneumonia']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['H02.409', ['blepharoptosis', 'palpebral ptosis', 'eyelid ptosis']], // 1 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['K90.9', ['malabsorption', 'intestinal malabsorption']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['H20.9', ['iridocyclitis', 'anterior uveitis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['K04.7', ['periapical abscess']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K01.0', ['embedded tooth', 'included tooth']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['Q64.4', ['urachal cyst', 'urachal remnant', 'persistent urachus']], // no Index or tabular term has these words
  ['A74.9', ['chlamydial infection', 'chlamydia infection']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['K72.90', ['liver failure', 'hepatic failure', 'liver insufficiency']], // 1 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R41.3', ['amnesia', 'memory loss']], // no Index or tabular term has these words
  ['R01.1', ['heart murmur', 'cardiac murmur']], // = tabular wording; as a synonym it outranks overlapping terms
  ['D69.2', ['purpura']], // no Index or tabular term has these words
  ['R40.0', ['drowsiness', 'somnolence']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R40.20', ['loss of consciousness', 'unconsciousness']], // no Index or tabular term has these words
  ['K55.9', ['mesenteric ischemia']], // no Index or tabular term has these words
  ['K65.1', ['peritoneal abscess', 'intraabdominal abscess']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['A63.0', ['condylomata acuminata', 'genital warts', 'anogenital warts']], // 2 of 3 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['G93.2', ['benign intracranial hypertension', 'idiopathic intracranial hypertension']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['R82.2', ['choluria']], // no Index or tabular term has these words
  ['R29.2', ['hyperreflexia', 'hyporeflexia', 'areflexia', 'abnormal reflex']], // 3 of 4 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N21.0', ['bladder calculus', 'bladder lithiasis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['Q63.0', ['duplex kidney', 'duplicated kidney']], // no Index or tabular term has these words
  ['K59.39', ['megacolon']], // no Index or tabular term has these words
  ['K76.89', ['liver cyst']], // no Index or tabular term has these words
  ['R27.8', ['dysmetria']], // no Index or tabular term has these words
  ['L30.9', ['eczema']], // no Index or tabular term has these words
  ['B35.9', ['tinea']], // no Index or tabular term has these words
  ['D68.59', ['thrombophilia']], // no Index or tabular term has these words
  ['M30.0', ['polyarteritis nodosa']], // = tabular wording; as a synonym it outranks overlapping terms
  ['N15.1', ['perinephric abscess']], // = tabular wording; as a synonym it outranks overlapping terms
  ['K68.12', ['psoas abscess']], // no Index or tabular term has these words
  ['J86.9', ['pleural empyema']], // no Index or tabular term has these words
  ['J94.8', ['hydrothorax']], // no Index or tabular term has these words
  ['J94.0', ['chylothorax']], // no Index or tabular term has these words
  ['J81.0', ['acute pulmonary edema']], // = tabular wording; as a synonym it outranks overlapping terms
  ['I35.1', ['aortic insufficiency']], // no Index or tabular term has these words
  ['I51.7', ['left ventricular hypertrophy', 'cardiomegaly']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I65.29', ['carotid stenosis', 'carotid artery stenosis']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['I73.00', ['raynaud syndrome']], // = tabular wording; as a synonym it outranks overlapping terms
  ['R49.0', ['hoarseness']], // no Index or tabular term has these words
  ['R07.89', ['chest tightness']], // no Index or tabular term has these words
  ['R23.3', ['petechiae', 'petechia']], // no Index or tabular term has these words
  ['R68.2', ['xerostomia']], // no Index or tabular term has these words
  ['G82.50', ['tetraparesis']], // no Index or tabular term has these words
  ['K66.8', ['pneumoperitoneum']], // no Index or tabular term has these words
  ['J98.2', ['pneumomediastinum']], // no Index or tabular term has these words
  ['B37.7', ['candidemia']], // no Index or tabular term has these words
  ['M85.80', ['osteopenia']], // no Index or tabular term has these words
  ['D73.89', ['spleen lesion']], // no Index or tabular term has these words
  ['F34.1', ['dysthymia', 'dysthymic disorder']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['G31.84', ['mild cognitive impairment']], // no Index or tabular term has these words
  ['R97.20', ['elevated psa', 'elevated prostate specific antigen']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['K11.20', ['sialoadenitis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['F84.0', ['autism', 'autistic disorder']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['N46.01', ['azoospermia']], // no Index or tabular term has these words
  ['E22.2', ['siadh']], // no Index or tabular term has these words
  ['E27.40', ['adrenal insufficiency']], // no Index or tabular term has these words
  ['N62', ['gynecomastia']], // no Index or tabular term has these words
  ['D22.9', ['melanocytic nevus', 'nevus']], // no Index or tabular term has these words
  ['N50.3', ['epididymal cyst', 'epididymis cyst']], // 1 of 2 in no Index or tabular term; the rest = tabular wording (synonym rank)
  ['K12.0', ['aphthae']], // no Index or tabular term has these words
  ['N64.4', ['mastodynia']], // = tabular wording; as a synonym it outranks overlapping terms
  ['M00.9', ['pyogenic arthritis']], // = tabular wording; as a synonym it outranks overlapping terms
  ['C92.10', ['chronic myeloid leukemia', 'chronic myelogenous leukemia']], // no Index or tabular term has these words
  ['M67.40', ['ganglion cyst', 'synovial ganglion', 'tendon ganglion']], // no Index or tabular term has these words
  ['N12', ['tubulointerstitial nephritis']], // no Index or tabular term has these words
  ['B37.0', ['thrush']], // no Index or tabular term has these words
  ['B37.81', ['esophagus candidiasis']], // no Index or tabular term has these words
  ['B95.62', ['methicillin resistant staphylococcus aureus', 'mrsa']], // no Index or tabular term has these words
  ['B95.3', ['streptococcus pneumoniae', 'pneumococcus']], // no Index or tabular term has these words
  ['B96.4', ['proteus mirabilis']], // no Index or tabular term has these words
  ['H49.00', ['oculomotor nerve palsy', 'third nerve palsy']], // no Index or tabular term has these words
];

/**
 * Categories whose "history of" in a note means a current chronic condition (coded as such), not a
 * resolved one: the Official Guidelines code chronic diseases under treatment as current.
 */
export const CHRONIC_CATEGORIES = new Set([
  'I10', 'I11', 'I12', 'I13', 'I15', 'E10', 'E11', 'E13', 'E78', 'E03', 'E05', 'E66', 'J44', 'J45', 'J43', 'I48', 'I50',
  'I25', 'N18', 'K21', 'G47', 'F32', 'F33', 'F41', 'F20', 'F31', 'F10', 'F17', 'M81', 'M05', 'M06', 'M15', 'M16',
  'M17', 'M19', 'M10', 'M32', 'G20', 'G30', 'G35', 'G40', 'F03', 'N40', 'B20', 'B18', 'I73', 'K58', 'K50', 'K51',
  'K74', 'K70', 'I42', 'I35', 'I34', 'E55', 'D50', 'D64', 'E04', 'G43', 'G62', 'J84', 'I49',
]);

/**
 * History codes for resolved conditions whose description-level match is not enough. Keys are code
 * prefixes of the condition (longest prefix wins); Z85 cancer sites are found from descriptions.
 */
export const PERSONAL_HISTORY_FALLBACK: Array<[prefix: string, historyCode: string]> = [
  ['C', 'Z85.9'], ['D0', 'Z86.00'], ['D1', 'Z86.018'], ['D2', 'Z86.018'], ['D3', 'Z86.018'],
  ['I21', 'I25.2'], ['I22', 'I25.2'], ['I63', 'Z86.73'], ['G45', 'Z86.73'], ['I61', 'Z86.79'],
  ['I26', 'Z86.711'], ['I82', 'Z86.718'], ['A15', 'Z86.11'], ['K25', 'Z87.11'], ['K26', 'Z87.11'], ['K27', 'Z87.11'],
  ['N20', 'Z87.442'], ['N39.0', 'Z87.440'], ['J18', 'Z87.01'], ['S', 'Z87.828'], ['T14', 'Z87.828'],
  ['F17', 'Z87.891'], ['O', 'Z87.59'], ['A41', 'Z86.19'], ['G03', 'Z86.61'],
  // The circulatory chapter's residual history code ("Personal history of other diseases of the circulatory
  // system") for the arrhythmias an ablation cures. Not the whole chapter: in case reports a "history of"
  // aneurysm, valve or heart disease is mostly still present (7 wrong, 0 right on CodiEsp dev).
  ['I47', 'Z86.79'], ['I48', 'Z86.79'],
  // Otitis (H60, H65-H66): Index "History, personal, disease, sense organs NEC Z86.69" (the resolved otitis of a
  // recheck, I.C.21.c.8). Not the whole ear block: cerumen "removed" today is the current condition.
  ['H60', 'Z86.69'], ['H65', 'Z86.69'], ['H66', 'Z86.69'],
  // Acute pancreatitis (K85) is an episode that resolves: Index "History, personal, disease, digestive system NEC
  // Z87.19" (I.C.21.c.4). Not chronic pancreatitis (K86.1), which a "history of" leaves current.
  ['K85', 'Z87.19'],
];

/** Family-history codes by condition prefix when no "Family history of …" description matches. */
export const FAMILY_HISTORY_FALLBACK: Array<[prefix: string, familyCode: string]> = [
  ['C', 'Z80.9'], ['I2', 'Z82.49'], ['I1', 'Z82.49'], ['I5', 'Z82.49'], ['I6', 'Z82.3'], ['E10', 'Z83.3'], ['E11', 'Z83.3'],
  ['E78', 'Z83.42'], ['J44', 'Z82.5'], ['J45', 'Z82.5'], ['N18', 'Z84.1'], ['G30', 'Z82.0'], ['G40', 'Z82.0'],
  ['F', 'Z81.8'], ['M', 'Z82.69'], ['Q', 'Z82.79'], ['D5', 'Z83.2'], ['D6', 'Z83.2'],
];

/**
 * Note-level combinations the classification presumes ("with" means "linked" for diabetes and CKD,
 * hypertension and CKD or heart failure): [codes present by prefix] → replace one with a combination.
 */
export interface CombinationRule {
  /** Prefix of the code being replaced. */
  replace: string;
  /** Prefix of a companion code that must also be present (kept). */
  requires: string;
  /** The combination code, or a function of the companion code. */
  to: (companion: string) => string;
}

export const COMBINATIONS: CombinationRule[] = [
  { replace: 'E11.9', requires: 'N18.', to: () => 'E11.22' },
  { replace: 'E10.9', requires: 'N18.', to: () => 'E10.22' },
  { replace: 'I10', requires: 'N18.', to: (ckd) => (ckd === 'N18.5' || ckd === 'N18.6' ? 'I12.0' : 'I12.9') },
  { replace: 'I10', requires: 'I50.', to: () => 'I11.0' },
];
