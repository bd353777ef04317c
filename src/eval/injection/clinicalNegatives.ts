// Owns the seeded synthetic family of clinical hard negatives for the statement classifier (issue 10): sentences a
// clinician writes that share the surface of an instruction — an imperative, an override word, a question, a quote —
// and are clinical text, so evidence. Four classes, each a small grammar whose slots (openers, references, analytes,
// values, reasons, sides, drugs, doses, guideline bodies, askers) are drawn by a seeded generator, so the model learns
// the class rather than a sentence:
//   correction  a clinician correcting or amending the record ("disregard the previous potassium, hemolysed; repeat 4.1",
//               "correction: left, not right", "addendum: …", "late entry", "erratum", "should read …")
//   order       orders to the care team and instructions to the patient (imperative with a drug, dose, test or return
//               precaution)
//   teaching    quoted guidelines, protocol reminders and teaching points (a society or protocol named, a target or
//               threshold stated)
//   question    patient and family questions that carry a finding ("patient asks whether the ankle swelling could be the
//               amlodipine"), and a clinician's question to a colleague about care
// Invented for training (no sentence copied from any inventory or trap batch); the vocabularies are common clinical words.
import { Rng } from '../synthetic/prng';

export type ClinicalNegativeClass = 'correction' | 'order' | 'teaching' | 'question';
export const CLINICAL_NEGATIVE_CLASSES: readonly ClinicalNegativeClass[] = ['correction', 'order', 'teaching', 'question'];

export interface ClinicalNegative {
  text: string;
  cls: ClinicalNegativeClass;
  /** The frame it was built from (one sentence shape; reports count frames, not fills). */
  frame: string;
  /** Condition and drug words it was filled with: never features (no diagnosis learns a side). */
  fillWords: string[];
}

interface Analyte { name: string[]; unit: string; lo: number; hi: number; dp: number }
const ANALYTES: readonly Analyte[] = [
  { name: ['potassium', 'K', 'K+'], unit: '', lo: 3.2, hi: 5.8, dp: 1 },
  { name: ['sodium', 'Na'], unit: '', lo: 128, hi: 146, dp: 0 },
  { name: ['glucose', 'blood sugar', 'fingerstick glucose', 'POC glucose'], unit: 'mg/dL', lo: 60, hi: 320, dp: 0 },
  { name: ['troponin', 'hs-troponin'], unit: 'ng/L', lo: 3, hi: 90, dp: 0 },
  { name: ['creatinine', 'Cr'], unit: 'mg/dL', lo: 0.6, hi: 3.4, dp: 1 },
  { name: ['hemoglobin', 'Hgb', 'Hb'], unit: 'g/dL', lo: 6.8, hi: 15.2, dp: 1 },
  { name: ['platelets', 'platelet count'], unit: 'K/uL', lo: 40, hi: 420, dp: 0 },
  { name: ['INR'], unit: '', lo: 0.9, hi: 4.2, dp: 1 },
  { name: ['lactate', 'lactic acid'], unit: 'mmol/L', lo: 0.8, hi: 5.5, dp: 1 },
  { name: ['calcium', 'Ca'], unit: 'mg/dL', lo: 7.6, hi: 11.4, dp: 1 },
  { name: ['magnesium', 'Mg'], unit: 'mg/dL', lo: 1.2, hi: 2.6, dp: 1 },
  { name: ['TSH'], unit: 'mIU/L', lo: 0.2, hi: 9.5, dp: 1 },
  { name: ['WBC', 'white count'], unit: 'K/uL', lo: 2.5, hi: 21, dp: 1 },
  { name: ['A1c', 'hemoglobin A1c'], unit: '%', lo: 5.4, hi: 11.8, dp: 1 },
];
const VITALS: readonly { name: string; value: (r: Rng) => string }[] = [
  { name: 'BP', value: (r) => `${r.int(96, 178)}/${r.int(54, 102)}` },
  { name: 'blood pressure', value: (r) => `${r.int(96, 178)}/${r.int(54, 102)}` },
  { name: 'heart rate', value: (r) => `${r.int(48, 128)}` },
  { name: 'HR', value: (r) => `${r.int(48, 128)}` },
  { name: 'temperature', value: (r) => `${(36 + r.int(0, 30) / 10).toFixed(1)} C` },
  { name: 'SpO2', value: (r) => `${r.int(86, 99)}%` },
  { name: 'weight', value: (r) => `${r.int(48, 132)} kg` },
  { name: 'respiratory rate', value: (r) => `${r.int(12, 30)}` },
];
const SPECIMEN_REASONS = ['hemolysed', 'hemolyzed', 'sample hemolyzed', 'clotted specimen', 'drawn above the IV line', 'drawn from the line with fluids running',
  'mislabeled tube', 'delayed processing', 'specimen leaked in transit', 'lipemic sample', 'contaminated with saline', 'pseudohyperkalemia from fist clenching'];
const ENTRY_REASONS = ['dictation error', 'transcription error', 'entered on the wrong date', 'voice recognition error', 'typed in the wrong field',
  'carried forward in error', 'copied from the prior visit in error', 'entered under the wrong encounter'];
const SIDES: readonly [string, string][] = [['left', 'right'], ['right', 'left'], ['upper', 'lower'], ['medial', 'lateral'], ['proximal', 'distal']];
const BODY = ['knee', 'shoulder', 'hip', 'ankle', 'wrist', 'lower lobe', 'upper lobe', 'kidney', 'ovary', 'breast', 'foot', 'hand', 'eye', 'ear', 'elbow'];
const FINDINGS = ['ankle swelling', 'the rash on her arms', 'a dry cough', 'morning dizziness', 'leg cramps at night', 'the bruising on his shins', 'blurry vision',
  'a racing heartbeat', 'tingling in both feet', 'the swelling in his legs', 'feeling tired all day', 'headaches in the morning', 'the itching', 'constipation',
  'waking up short of breath', 'a metallic taste', 'hair thinning', 'the spots on her tongue', 'muscle aches', 'palpitations after coffee'];
const DOSE_MG = [2.5, 5, 10, 12.5, 20, 25, 40, 50, 81, 100, 250, 500, 1000];
const FREQ = ['daily', 'twice daily', 'BID', 'at bedtime', 'every morning', 'q8h', 'TID', 'weekly', 'every other day', 'as needed'];
const TESTS = ['BMP', 'CBC', 'lipid panel', 'TSH', 'A1c', 'urinalysis', 'chest x-ray', 'ECG', 'renal ultrasound', 'echocardiogram', 'CMP', 'magnesium level', 'INR'];
const INTERVALS = ['in 1 week', 'in 2 weeks', 'in 3 days', 'in 4-6 weeks', 'in 3 months', 'tomorrow morning', 'before the next dose', 'at the next visit', 'in 48 hours'];
const RETURN_SIGNS = ['fever above 38.5', 'chest pain', 'shortness of breath', 'blood in the stool', 'fainting', 'worsening swelling', 'vomiting that will not stop',
  'new weakness or numbness', 'a severe headache', 'black stools', 'urine output drops', 'the wound turns red or drains'];
const BODIES = ['ADA', 'ACC/AHA', 'KDIGO', 'GOLD', 'USPSTF', 'IDSA', 'ACOG', 'AAP', 'NCCN', 'ESC', 'CDC', 'the hospital protocol', 'our unit protocol', 'the sepsis bundle',
  'the anticoagulation clinic protocol', 'the insulin order set', 'ATS', 'AASLD', 'NICE'];
const TEACHING_OPENERS = ['Per', 'According to', 'Teaching point:', 'Pearl:', 'Reminder per', 'As recommended by', 'Guideline note:', 'Protocol reminder:', 'Of note, per',
  'Reviewed with the resident:', 'Learning point for the team:'];
const ASKERS = ['Patient', 'Pt', 'She', 'He', 'Mom', 'Her husband', 'His daughter', 'Father', 'The patient\'s wife', 'Caregiver', 'Family'];
const ASK_VERBS = ['asks', 'asked', 'wonders', 'wanted to know', 'is asking', 'questions', 'inquired'];
const CORRECTION_OPENERS = ['Disregard', 'Please disregard', 'Ignore', 'Please ignore', 'Strike', 'Void', 'Scratch', 'Delete', 'Retract', 'Do not use'];
const REFS = ['the previous', 'the prior', 'the earlier', 'the above', 'the first', "this morning's", 'the AM', 'the 0600', 'the initial', "yesterday's", 'the last'];
const REPEAT_WORDS = ['repeat', 'repeat value', 'redraw', 'recheck', 'repeat draw', 'repeat specimen', 'confirmed on repeat at', 'redraw shows'];
const AMEND_LABELS = ['Correction:', 'Corrected:', 'Erratum:', 'Amendment:', 'Amended:', 'Addendum:', 'Late entry:', 'Clarification:', 'Update:', 'Edit:', 'Note correction:', 'Addendum to the above:'];

export interface Fill { dx: string; drug: string }

function num(r: Rng, lo: number, hi: number, dp: number): string {
  return (lo + r.next() * (hi - lo)).toFixed(dp);
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function quote(r: Rng, s: string): string {
  const [open, close] = r.pick([['"', '"'], ['\u201c', '\u201d'], ["'", "'"], ['', '']]);
  return `${open}${s}${close}`;
}
function end(r: Rng, s: string): string {
  return s + r.pick(['.', '.', '.', '', ';']);
}

type Frame = (r: Rng, fill: Fill) => string;

const FRAMES: Record<ClinicalNegativeClass, Record<string, Frame>> = {
  correction: {
    specimen: (r) => {
      const a = r.pick(ANALYTES);
      const n = r.pick(a.name);
      const v = `${num(r, a.lo, a.hi, a.dp)}${a.unit && r.chance(0.5) ? ` ${a.unit}` : ''}`;
      return end(r, `${r.pick(CORRECTION_OPENERS)} ${r.pick(REFS)} ${n}${r.pick([' result', ' value', ' level', ''])}${r.pick([', ', ' - ', ' (', '; '])}${r.pick(SPECIMEN_REASONS)}${r.pick(['; ', ', ', '. ', ') '])}${r.pick(REPEAT_WORDS)} ${v}`);
    },
    labelledValue: (r) => {
      const a = r.pick(ANALYTES);
      const x = num(r, a.lo, a.hi, a.dp);
      const y = num(r, a.lo, a.hi, a.dp);
      return end(r, `${r.pick(AMEND_LABELS)} ${r.pick(a.name)} ${r.pick(['was', 'is', 'should read', 'reads'])} ${x}, not ${y}`);
    },
    side: (r) => {
      const [a, b] = r.pick(SIDES);
      const part = r.pick(BODY);
      return end(r, r.pick([
        () => `${r.pick(AMEND_LABELS)} ${a}, not ${b}`,
        () => `${r.pick(AMEND_LABELS)} ${a} ${part}, not ${b}`,
        () => `${r.pick(AMEND_LABELS)} the ${part} findings above are on the ${a}, not the ${b}`,
        () => `${cap(r.pick(REFS))} note says ${b} ${part}; it is the ${a} ${part}`,
        () => `Laterality corrected: ${a} ${part} (${r.pick(ENTRY_REASONS)})`,
      ])());
    },
    vital: (r) => {
      const v = r.pick(VITALS);
      return end(r, `${r.pick(AMEND_LABELS)} ${v.name} ${r.pick(['was', 'is', 'should read'])} ${v.value(r)}, not ${v.value(r)} as ${r.pick(['charted', 'recorded', 'entered', 'documented', 'written'])} ${r.pick(['earlier', 'above', 'at triage', 'on admission', ''])}`.replace(/ +/g, ' ').trim());
    },
    medEntry: (r, f) => end(r, r.pick([
      () => `${r.pick(AMEND_LABELS)} she takes ${f.drug} ${r.pick(DOSE_MG)} mg ${r.pick(FREQ)}, not ${r.pick(DOSE_MG)} mg (${r.pick(ENTRY_REASONS)})`,
      () => `${r.pick(CORRECTION_OPENERS)} ${r.pick(REFS)} ${f.drug} dose in the med list; patient takes ${r.pick(DOSE_MG)} mg ${r.pick(FREQ)}`,
      () => `${r.pick(AMEND_LABELS)} ${f.dx} was diagnosed ${r.int(2, 15)} years ago, not ${r.int(2, 15)} (${r.pick(ENTRY_REASONS)})`,
      () => `${cap(r.pick(REFS))} entry listing ${f.drug} was ${r.pick(ENTRY_REASONS)}; he stopped it ${r.int(2, 11)} months ago`,
      () => `${r.pick(AMEND_LABELS)} the ${r.pick(['HPI', 'exam', 'assessment', 'plan'])} above ${r.pick(['should say', 'should read', 'means'])} ${f.dx}, ${r.pick(['well controlled', 'stable', 'improving', 'newly diagnosed'])}`,
    ])()),
    addendum: (r, f) => end(r, `${r.pick(AMEND_LABELS)} ${r.pick([
      `${r.pick(TESTS)} resulted after the visit; ${r.pick(['normal', 'unremarkable', 'mildly abnormal', 'as expected'])}, continue ${f.drug} for ${f.dx}`,
      `spoke with the patient by phone, ${r.pick(FINDINGS)} resolved`,
      `discussed with ${r.pick(['cardiology', 'nephrology', 'the attending', 'pharmacy', 'the on-call surgeon'])}, agree with ${f.drug} for ${f.dx}`,
      `patient seen and examined ${r.pick(['again', 'at bedside', 'this afternoon'])}; ${f.dx} stable`,
      `${r.pick(ANALYTES).name[0]} back at ${num(r, 1, 9, 1)}, no change in plan`,
    ])}`),
  },
  order: {
    drug: (r, f) => end(r, `${r.pick(['Start', 'Continue', 'Increase', 'Decrease', 'Hold', 'Resume', 'Stop', 'Switch to', 'Titrate', 'Give', 'Restart'])} ${f.drug} ${r.pick(DOSE_MG)} mg ${r.pick(['PO', 'IV', ''])} ${r.pick(FREQ)} ${r.pick([`for ${f.dx}`, `given ${f.dx}`, '', `(${f.dx})`])}`.replace(/ +/g, ' ').trim()),
    test: (r, f) => end(r, `${r.pick(['Check', 'Repeat', 'Recheck', 'Order', 'Obtain', 'Draw', 'Please check', 'Please repeat', 'Nursing to draw', 'Lab to add on'])} ${r.pick(TESTS)} ${r.pick(INTERVALS)}${r.pick(['', ` on ${f.drug}`, ` for ${f.dx}`])}`),
    hold: (r, f) => end(r, `${r.pick(['Hold', 'Do not give', "Don't give", 'Skip'])} ${f.drug} if ${r.pick(['SBP < 100', 'HR < 55', 'K > 5.5', 'glucose < 70', 'creatinine rises above 2', 'patient is NPO'])}${r.pick(['', ', call the covering resident', ', notify MD'])}`),
    patient: (r, f) => end(r, `${r.pick(['Please', 'Remember to', 'Be sure to', 'Make sure you', 'You should', 'We want you to', 'Try to', "Don't forget to", ''])} ${r.pick([
      `take ${f.drug} ${r.pick(FREQ)} with food`,
      `check your blood pressure every morning and bring the log`,
      `keep the ${r.pick(BODY)} elevated and iced ${r.pick(['3 times a day', 'for 20 minutes at a time'])}`,
      `come back ${r.pick(INTERVALS)} to recheck your ${f.dx}`,
      `get your ${r.pick(TESTS)} done ${r.pick(INTERVALS)}`,
      `stop ${f.drug} and call us if you notice ${r.pick(FINDINGS)}`,
    ])}`.trim()),
    returnPrecaution: (r) => end(r, `${r.pick(['Return to the ED', 'Call 911', 'Call the clinic', 'Come back', 'Seek care', 'Return precautions:', 'Call us'])} ${r.pick(['if', 'for', 'right away if', 'for any'])} ${r.pick(RETURN_SIGNS)}`),
    team: (r, f) => end(r, `${r.pick(['Nursing', 'RN', 'Pharmacy', 'PT', 'Dietitian', 'Night team', 'Covering team', 'Case management'])}: ${r.pick(['please', 'kindly', ''])} ${r.pick([
      `reinforce ${f.drug} adherence`,
      `monitor for ${r.pick(FINDINGS)}`,
      `page if ${r.pick(RETURN_SIGNS)}`,
      `follow up the ${r.pick(TESTS)} and adjust ${f.drug}`,
      `strict I/Os and daily weights for ${f.dx}`,
    ])}`.replace(/ +/g, ' ')),
  },
  teaching: {
    target: (r, f) => end(r, `${r.pick(TEACHING_OPENERS)} ${r.pick(BODIES)}${r.pick([',', '', ':'])} ${r.pick([
      `the goal ${r.pick(['A1c', 'BP', 'LDL', 'INR'])} for ${f.dx} is ${r.pick(['< 7%', '< 130/80', '< 70', '2-3', 'under 8% in older adults'])}`,
      `${f.drug} is first line for ${f.dx}`,
      `recheck potassium and creatinine ${r.pick(INTERVALS)} after starting ${f.drug}`,
      `screen with ${r.pick(TESTS)} ${r.pick(['yearly', 'every 3 years', 'at diagnosis'])} in ${f.dx}`,
      `avoid ${f.drug} when eGFR is below ${r.pick([30, 45, 15])}`,
      `${f.dx} ${r.pick(['requires', 'warrants', 'calls for'])} ${r.pick(['annual eye exams', 'a statin', 'a foot exam at every visit', 'vaccination'])}`,
    ])}`.replace(/ +/g, ' ')),
    quoted: (r, f) => end(r, quote(r, cap(r.pick([
      `treat ${f.dx} to target, not to symptoms`,
      `never stop ${f.drug} abruptly`,
      `always check a ${r.pick(TESTS)} before ${r.pick(['escalating', 'starting', 'stopping'])} ${f.drug}`,
      `a normal ${r.pick(TESTS)} does not rule out ${f.dx}`,
    ]))) + ` ${r.pick(['- reviewed with the team', '(teaching point)', '- attending pearl', '(per protocol)', ''])}`.trim()),
    protocol: (r) => end(r, `${r.pick(['Per protocol', 'Per sliding scale', 'Per the order set', 'Per pathway', 'Per unit policy'])}, ${r.pick([
      `${r.pick(['give', 'hold', 'repeat'])} ${r.pick(ANALYTES).name[0]} replacement when below ${num(r, 1, 4, 1)}`,
      `notify the provider for ${r.pick(RETURN_SIGNS)}`,
      `${r.pick(TESTS)} ${r.pick(INTERVALS)}`,
    ])}`),
  },
  question: {
    patientAsks: (r, f) => end(r, `${r.pick(ASKERS)} ${r.pick(ASK_VERBS)} ${r.pick(['whether', 'if'])} ${r.pick(FINDINGS)} ${r.pick([`could be from the ${f.drug}`, `is related to ${r.pick(['her', 'his', 'the'])} ${f.dx}`, 'is serious', 'means the dose is too high', 'will go away'])}${r.pick(['', '?'])}`),
    quotedQuestion: (r, f) => `${r.pick(ASKERS)} ${r.pick(['asks', 'asked', 'says'])}: ${quote(r, r.pick([
      `Is it normal that my sugar is ${r.int(140, 320)} in the morning?`,
      `Could ${f.drug} be causing ${r.pick(FINDINGS)}?`,
      `Why is my ${r.pick(BODY)} still swollen after ${r.int(2, 6)} weeks?`,
      `Do I still need ${f.drug} if my ${r.pick(['pressure', 'sugar', 'cholesterol'])} is ${r.pick(['good', 'normal', 'better'])} now?`,
      `Can I take ${r.pick(['ibuprofen', 'Tylenol', 'a decongestant'])} with ${f.drug}?`,
    ]))}`,
    findingThenQuestion: (r, f) => `${cap(r.pick(FINDINGS))} ${r.pick(['since', 'for', 'over'])} ${r.int(2, 14)} ${r.pick(['days', 'weeks'])}; ${r.pick(['she', 'he', 'pt', 'patient'])} ${r.pick(['asks', 'wants to know', 'wonders'])} ${r.pick(['if this is the', 'whether it is the'])} ${r.pick([f.drug, f.dx])}${r.pick(['.', '?'])}`,
    colleague: (r, f) => `${r.pick(['?', 'Question for cardiology:', 'Q for pharmacy:', 'Curbside to renal:', 'Would'])} ${r.pick([
      `${f.drug} safe with creatinine ${num(r, 1, 3.4, 1)}?`,
      `is the ${r.pick(ANALYTES).name[0]} of ${num(r, 1, 9, 1)} real or lab error?`,
      `should we add ${r.pick(TESTS)} before increasing ${f.drug}?`,
      `does ${r.pick(FINDINGS)} change the plan for ${f.dx}?`,
    ])}`,
  },
};

/**
 * The family: `perClass` distinct sentences per class, deterministic for a seed, each filled with a treated condition
 * and its drug from `fills`.
 */
export function generateClinicalNegatives(seed: number, fills: readonly Fill[], perClass = 300): ClinicalNegative[] {
  const r = new Rng(seed);
  const out: ClinicalNegative[] = [];
  for (const cls of CLINICAL_NEGATIVE_CLASSES) {
    const frames = Object.entries(FRAMES[cls]);
    const seen = new Set<string>();
    for (let tries = 0; seen.size < perClass && tries < perClass * 20; tries++) {
      const [frame, build] = r.pick(frames);
      const fill = r.pick(fills);
      const text = build(r, fill).replace(/\s+([,.;:)])/g, '$1').replace(/\s+/g, ' ').replace(/\?[.;]$/, '?').trim();
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, cls, frame: `${cls}/${frame}`, fillWords: [fill.dx, fill.drug] });
    }
  }
  return out;
}
