// Owns the learned statement classifier: a linear model (averaged perceptron, trained by
// src/eval/injection/trainStatement.ts) over features of one line or clause that say what kind of speech act
// it is rather than which phrase it uses — who is addressed (you, a coder, a model), payment, coding and
// record vocabulary, code-shaped tokens, imperative mood with or without a clinical object (a drug, a dose,
// a test), structure (brackets, tags, pipes, braces, arrows, emoji, quoted chains), the sentence's language
// against the note's, and clinical shape (findings, doses, patient as subject). clinicalStatement.ts asks it
// about what the named rules and the default-deny test left clinical.
import { normalizeForTests } from './normalize';
import { STATEMENT_MODEL } from './statementWeights';
import { PHI_TYPES } from '../types';
import { LANGUAGE_VOCABULARY, MODEL_LANGUAGES, vocabularyPattern } from './provenanceLanguages';
import { dominantLanguage, MIN_OTHER_SCRIPT_LETTERS, MIN_OTHER_SCRIPT_SHARE, NON_LATIN_LETTER, STATEMENT_MODEL_FUNCTION_WORDS } from './language';

const PHI_PLACEHOLDER = new RegExp(String.raw`\[(?:${PHI_TYPES.join('|')})\]`, 'g');

export interface StatementModel {
  /** Whether the model also reads word unigrams (besides the word-class features). */
  unigrams?: boolean;
  /** Whether it also reads word bigrams. */
  bigrams?: boolean;
  /** Whether it also reads character bigrams and trigrams of runs in scripts other than Latin (words without spaces). */
  chars?: boolean;
  /** Feature → weight (averaged perceptron; absent features weigh 0). */
  weights: Record<string, number>;
  /** Score above which a clause is not a clinical statement (chosen by leave-one-inventory-out). */
  threshold: number;
}

/** Lexical groups: each fires as a feature when a token of it occurs (and again when two do). */
const GROUPS: Record<string, readonly string[]> = {
  addressee: ['you', 'your', 'yours', "you're", 'u', 'ur', 'yourself'],
  reader: ['ai', 'a.i.', 'model', 'bot', 'assistant', 'llm', 'system', 'algorithm', 'engine', 'pipeline', 'reader', 'automated', 'machine', 'nlp',
    'summarizer', 'summariser', 'gpt', 'agent', 'tool', 'directive', 'prompt', 'output', 'emit', 'developer', 'role', 'content', 'extractor', 'robot'],
  coding: ['code', 'codes', 'coded', 'coding', 'coder', 'coders', 'icd', 'icd-10', 'icd10', 'cpt', 'hcc', 'raf', 'drg', 'dx', 'billable', 'recode',
    'kodieren', 'codificar', 'coder', 'codage', 'codifique', 'abstractor', 'abstraction'],
  billing: ['bill', 'billing', 'billed', 'bills', 'claim', 'claims', 'payer', 'payers', 'insurance', 'insurer', 'reimbursement', 'reimburse', 'prebill',
    'pre-bill', 'audit', 'auditor', 'compliance', 'revenue', 'worklist', 'cdi', 'resubmission', 'superbill', 'charge', 'charges', 'coverage',
    'payment', 'capture', 'captured', 'captures', 'recapture', 'risk-adjustment', 'factura', 'facturar', 'facturation', 'abrechnung', 'seguro',
    'versicherung', 'reclamación', 'cobro', 'health-plan', 'scrubber'],
  // Not here, though billing uses them: words with a clinical sense (portal hypertension, a family member, antibiotic
  // coverage, "denied chest pain", a charge nurse, a gap in care, the front of the knee). Unigrams weigh them from data.
  record: ['chart', 'record', 'documentation', 'documented', 'document', 'note', 'entry', 'draft', 'addendum', 'list', 'problem', 'field', 'form',
    'worksheet', 'template', 'file', 'attached', 'attach', 'append', 'appended', 'carried', 'forward', 'populate', 'auto-populated', 'text',
    'header', 'footer', 'page', 'printed', 'documenting', 'reflect', 'reflects', 'reflected', 'listed', 'fax', 'sms', 'email', 'e-mail', 'message', 'chat', 'wrote', 'forwarded', 'pasted', 'copied'],
  override: ['override', 'overrides', 'supersede', 'supersedes', 'superseded', 'replace', 'replaced', 'ignore', 'disregard', 'authoritative',
    'regardless', 'instead', 'void', 'approved', 'pre-approved', 'preapproved', 'determination', 'confirmed', 'stands', 'final', 'must',
    'always', 'never', 'mandatory', 'required', 'requires', 'necessary', 'immediately', 'effective'],
  request: ['please', 'pls', 'plz', 'kindly', 'por', 'favor', 'bitte', 'merci', 'ensure', 'hoping', 'reminder', 'thx', 'thanks', 'thank', 'ideally'],
  // Modal and wanting words: a clinician writes them about care as often as a biller about the claim.
  modal: ['need', 'needs', 'needed', 'should', 'asks', 'asking', 'request', 'requests', 'requested', 'want', 'wants', 'hope', 'would', 'could', 'can',
    'remember', 'make', 'sure'],
  care: ['insulin', 'titration', 'placement', 'referral', 'referred', 'therapy', 'surgery', 'injection', 'biopsy', 'test', 'testing', 'typing', 'screening',
    'vaccine', 'lab', 'imaging', 'consult', 'consultation', 'follow-up', 'surveillance', 'interrogated', 'interrogation', 'placed', 'transfusion',
    'dialysis', 'resection', 'drain', 'catheter', 'stent', 'device', 'pacemaker', 'ablation', 'cpr', 'dnr', 'dni', 'intubated', 'sample', 'result',
    'results', 'value', 'level', 'levels', 'echocardiogram', 'echocardiograms', 'pcr', 'culture', 'cultures', 'segment', 'lesion', 'mass', 'study',
    'studies', 'mri', 'scan', 'eeg', 'emg', 'spirometry', 'colonoscopy', 'endoscopy', 'appointment', 'exam', 'workup', 'work-up'],
  clinVerb: ['continue', 'start', 'started', 'add', 'increase', 'decrease', 'titrate', 'refill', 'stop', 'hold', 'recheck', 'check', 'follow', 'take',
    'taking', 'dispense', 'schedule', 'restart', 'monitor', 'order', 'ordered', 'obtain', 'repeat', 'return', 'call', 'reinforce', 'review', 'reviewed',
    'send', 'see', 'refer', 'referral', 'taper', 'discontinue', 'resume', 'counsel', 'counseled', 'educated', 'advised', 'encourage', 'tome', 'prendre'],
  drug: ['mg', 'mcg', 'units', 'unit', 'tablet', 'tablets', 'tab', 'tabs', 'daily', 'bid', 'tid', 'qid', 'qhs', 'prn', 'supply', 'refills', 'dose',
    'doses', 'po', 'iv', 'im', 'sc', 'inhaler', 'puffs', 'morning', 'nightly', 'twice', 'once', 'regimen', 'medication', 'medicine', 'medications',
    'pharmacy', 'pharmacist', 'prescription', 'rx', 'day', 'week', 'weeks', 'month', 'months', 'days'],
  finding: ['exam', 'history', 'symptoms', 'pain', 'labs', 'bp', 'hr', 'vitals', 'reports', 'denies', 'noted', 'shows', 'normal', 'tenderness', 'fever',
    'cough', 'swelling', 'stable', 'improved', 'worse', 'positive', 'negative', 'ct', 'mri', 'x-ray', 'xray', 'ultrasound', 'echo', 'ekg', 'ecg', 'a1c', 'creatinine', 'egfr', 'temp', 'spo2', 'rr',
    'presents', 'presented', 'complains', 'onset', 'since', 'ago', 'years', 'year-old', 'y/o', 'yo', 'male', 'female', 'man', 'woman', 'examined',
    'auscultation', 'lungs', 'heart', 'abdomen', 'soft', 'clear', 'rate', 'rhythm', 'today', 'visit', 'follow-up', 'hpi', 'ros'],
  subject: ['he', 'she', 'her', 'his', 'him', 'they', 'patient', 'pt', 'mom', 'dad', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'niece'],
  reporter: ['nurse', 'np', 'pa', 'md', 'dr', 'physician', 'clinician', 'provider', 'doctor', 'doc', 'cardiology', 'nursing', 'ma', 'team', 'colleague'],
  foreignRequest: ['agregue', 'añada', 'incluya', 'ajouter', 'ajoutez', 'ergänzen', 'hinzufügen', 'zusätzlich', 'veuillez', 'acrescente', 'adicione'],
};

const TOKEN_GROUPS = new Map<string, string[]>();
for (const [group, tokens] of Object.entries(GROUPS)) {
  for (const t of tokens) {
    const list = TOKEN_GROUPS.get(t) ?? [];
    if (!list.includes(group)) list.push(group);
    TOKEN_GROUPS.set(t, list);
  }
}

/**
 * The coding, billing, record and request words of the languages a request is pasted in (provenanceLanguages.ts) join
 * the English groups: one-word entries by token, phrases and the Tagalog "paki-" prefix by pattern.
 */
const FOREIGN_GROUPS: Record<string, 'coding' | 'billing' | 'record' | 'request'> = { coding: 'coding', billing: 'billing', record: 'record', foreignRequest: 'request' };
const FOREIGN_PHRASES: { group: string; pattern: RegExp }[] = [];
for (const [group, key] of Object.entries(FOREIGN_GROUPS)) {
  for (const lang of MODEL_LANGUAGES) {
    for (const w of LANGUAGE_VOCABULARY[lang][key]) {
      if (/\s/.test(w) || w === 'paki') continue;
      const list = TOKEN_GROUPS.get(w) ?? [];
      if (!list.includes(group)) list.push(group);
      TOKEN_GROUPS.set(w, list);
    }
  }
  FOREIGN_PHRASES.push({ group, pattern: vocabularyPattern((v) => v[key].filter((w) => /\s/.test(w) || w === 'paki'), 'giu', MODEL_LANGUAGES) });
}

/**
 * Who a clause is addressed to, whatever its grammar: the process that documents, codes, bills or pays (the claim,
 * the record, the chart, the coder, a model or system, the payer, the auditor, "whoever codes this"), or care (the
 * patient, a nurse, pharmacy, the lab, the family). A clinician orders care; a request to the process is about the
 * claim even when it names a diagnosis and asks politely, conditionally or in the passive.
 */
const PROCESS_NOUN = String.raw`(?:claims?|bills?|records?|chart|(?:final |problem |diagnosis |diagnoses |dx )?(?:list|set)|documentation|coders?|coding(?: team)?|billers?|billing(?: team| office)?|payers?|insurers?|insurance|health plan|auditors?|abstractors?|reviewers?|cdi|risk team|documentation team|system|model|extraction|extractor|assistant|algorithm|engine|pipeline|bot)`;
const CARE_NOUN = String.raw`(?:patient|pt|nurses?|nursing|rn|pharmacy|pharmacist|lab|laboratory|radiology|family|caregiver|mother|father|wife|husband|he|she|they|you)`;
const MODAL_VERB = String.raw`(?:needs?|needed|should|must|would|will|requires?|required|wants?|expects?|has to|have to|ought to|asks?|asked|is asking|prefers?|would like|would love)`;
/** The process as the subject of a wish or need: "the payer needs to see", "the claim should show". */
const PROCESS_SUBJECT = new RegExp(String.raw`(?:^|[^\p{L}])(?:the |this |our |your |a |any )?(?:[\p{L}-]+ )?${PROCESS_NOUN} ${MODAL_VERB}\b`, 'iu');
/** The process as what a clause benefits or acts on: "help the claim", "for the auditor", "make sure the record reflects". */
const PROCESS_OBJECT = new RegExp(String.raw`\b(?:help|helps|benefit|sake|for|to|on|onto|make sure|ensure) (?:of )?(?:the |this |our |your |a |any )?(?:[\p{L}-]+ )?${PROCESS_NOUN}(?:'s)?\b|\b(?:the |this |our )${PROCESS_NOUN} (?:reflects?|shows?|lists?|captures?|includes?|carries|says)\b|\bwhoever (?:codes|bills|processes|reviews|reads|abstracts|submits)\b|\b(?:appears?|shows? up|lands?) (?:in|on) (?:the |this |our |your )?(?:[\p{L}-]+ )?(?:list|claim|chart|record|encounter)\b|\b(?:on|to|onto) the encounter\b|\b(?:in|to|into) your (?:results?|response|answer|output|list|summary)\b`, 'iu');
/** Care as the subject of an order or wish: "patient should", "nursing to", "pharmacy please". */
const CARE_SUBJECT = new RegExp(String.raw`(?:^|[^\p{L}])(?:the )?${CARE_NOUN}(?: (?:${MODAL_VERB}|to|please|may|can))\b`, 'iu');
/** A conditional or appreciative frame: "it would help if", "if possible", "would be grateful if". */
const CONDITIONAL_ACT = /\b(?:it (?:would|will|might) (?:help|be (?:great|helpful|nice|good|useful|ideal|appreciated|best))|if (?:possible|you can|we can|we could|feasible)|(?:would|will) be (?:grateful|appreciated|helpful)|would appreciate|grateful if|(?:ideally|hopefully)\b)/i;
/** A passive that writes onto the record or the claim: "should be coded as", "to be captured", "gets listed". */
/** A wish for a diagnosis to appear written: "we would like X reflected", "want X captured", "need X listed". */
const WISHED_RECORDED = /\b(?:like|likes|want|wants|need|needs|see|seeing|have|get)\b[^.;!?]{1,60}?\b(?:reflected|listed|captured|coded|billed|documented|included|picked up|reported|added|abstracted)\b/i;
const CODING_PASSIVE = /\b(?:be|been|being|get|gets|got|is|are)\s+(?:coded|recoded|upcoded|billed|captured|abstracted|sequenced)\b/i;
/**
 * Resuscitation, not coding: a person as the subject of "be coded" ("does not want her to be coded") or a code-status
 * word in the clause. "AI" is left out of the process nouns for the same reason (aortic insufficiency).
 */
const CODE_STATUS = /\b(?:him|her|them|me|he|she|they|patient|pt|mom|dad|mother|father)\s+(?:(?:not|never)\s+)?(?:to\s+)?(?:be|being|get|gets|got)\s+coded\b|\b(?:dnr|dni|full code|code status|resuscitat\w*|no cpr|comfort care)\b/i;
/** A hospital emergency call ("code blue", "code stroke", "rapid response"): "code" in its resuscitation sense. */
const EMERGENCY_CODE = /\bcode (?:blue|red|white|pink|orange|grey|gray|stroke|stemi|sepsis|trauma|status)\b|\b(?:rapid response|full code|no code|slow code)\b/i;
const PASSIVE_RECORD = /\b(?:be|been|being|get|gets|got|is|are)\s+(?:coded|recoded|billed|captured|listed|added|documented|reported|included|picked up|entered|submitted|charted|reflected|recorded|sequenced|abstracted)\b/i;

/**
 * A test that a lower-case word is letters only and ends in one of the suffixes after at least `minPrefix`
 * letters: a set lookup per suffix length instead of a backtracking alternation (it runs on every word).
 */
function suffixTest(minPrefix: number, suffixes: string): { test(word: string): boolean } {
  const set = new Set(suffixes.split('|'));
  const lengths = [...new Set([...set].map((x) => x.length))].sort((a, b) => a - b);
  return {
    test(word: string): boolean {
      if (!/^[a-z]+$/.test(word)) return false;
      for (const n of lengths) if (word.length - n >= minPrefix && set.has(word.slice(word.length - n))) return true;
      return false;
    },
  };
}

/** Generic drug names by their INN stems (-pril, -sartan, -olol, -statin, -formin, -mab, -cillin …): a medication is care. */
const DRUG_STEM = suffixTest(3, 'pril|sartan|olol|statin|formin|gliptin|gliflozin|glutide|dipine|mab|nib|cillin|mycin|cycline|floxacin|azole|prazole|tidine|pam|lam|oxetine|aline|triptan|parin|xaban|gatran|sone|olone|asone|terol|tropium|lukast|thiazide|semide|tamsulosin|osin|zosin|profen|fenac|coxib|done|codone|morphone|pentin|gabalin|tiapine|peridol|azepine|triptyline|lamide|sulfan|platin|taxel|rubicin|vir|navir|ovir|conazole|thromycin|oxacin|amide|lol');

const MEDICAL_SHAPE = suffixTest(0, 'itis|osis|oses|emia|aemia|opathy|ectomy|otomy|ostomy|plasty|oscopy|graphy|gram|algia|oma|omas|penia|uria|cardia|pnea|pnoea|trophy|plasia|ectasis|iasis|lysis|megaly|rrhea|rrhoea|rrhage|sclerosis|stenosis|thrombosis|infarction|fibrillation|insufficiency|failure|disease|syndrome|disorder|cancer|carcinoma|tumor|tumour|fracture|infection|pneumonia|diabetes|hypertension|asthma|ulcer|edema|oedema|effusion|nodule|apnea|apnoea|anemia|anaemia|stage|grade');

const ICD_SHAPED = /\b[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?\b/;
const ICD_DOTTED = /\b[A-TV-Z][0-9][0-9A-Z]\.[0-9A-Z]{1,4}\b/;
const EMOJI = /\p{Extended_Pictographic}/u;
const ARROW = /->|<-|=>|[\u2190-\u21ff\u27a1\u279c\u2794]/;
const TAG = /<\/?[a-z!?][^<>]{0,80}>|<<|>>/i;
const BRACE = /[{}]/;
const BRACKET = /\[|\]/;
const PIPE = /\|/;
const QUOTE = /["\u201c\u201d\u00ab\u00bb]/;
const KEY_VALUE = /^\s*["']?[A-Za-z][\w-]*["']?\s*[:=]\s*\S/;
const SNAKE_KEY = /\b[a-z]+_[a-z0-9_]+\b/;
const DECORATION = /[~=*#_\u2014\u2013-]{3,}/;
const QUOTED_LINE = /^\s*>/;
const LEADING_LABEL = /^\s*[A-Za-z][\w /&()-]{0,30}:\s/;
/** A question in any script's form: "?", the full-width "？", the Arabic "؟", the Greek question mark. */
const ANY_QUESTION = /[?\uff1f\u061f\u037e]/;
/** A Greek line ending in ";" asks (Greek writes the question mark as a semicolon). */
const GREEK_QUESTION = /\p{Script=Greek}[^;]*;\s*$/u;
/** A run of letters in a script other than Latin (the text character n-grams read). */
const OTHER_SCRIPT_RUN = /[\p{L}\p{M}]+/gu;
const NUMBER_UNIT = /\b\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|mmhg|%|bpm|kg|lb|units?|mm|cm)\b/i;

const OTHER_SCRIPT_LETTER = new RegExp(NON_LATIN_LETTER.source, 'u');

/** Character bigrams and trigrams ("c:…") of the runs of a lower-cased text that hold letters of a script other than Latin. */
export function otherScriptGrams(lower: string): string[] {
  const out: string[] = [];
  for (const run of lower.match(OTHER_SCRIPT_RUN) ?? []) {
    if (!OTHER_SCRIPT_LETTER.test(run)) continue;
    const cs = [...run];
    for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= cs.length; i++) out.push(`c:${cs.slice(i, i + n).join('')}`);
  }
  return out;
}

/** The feature names of one clause (binary features; the model sums their weights). */
export function statementFeatures(raw: string, options: { unigrams?: boolean; bigrams?: boolean; chars?: boolean; skipWords?: ReadonlySet<string>; vocabulary?: ReadonlySet<string> } = {}): string[] {
  // A redaction placeholder ("[NAME]", "[DATE]") stands for the words it replaced: not a bracketed tag.
  const text = normalizeForTests(raw).replace(PHI_PLACEHOLDER, (m) => (m === '[NAME]' ? 'Someone' : '0'));
  const lower = text.toLowerCase();
  const tokens = lower.match(/[\p{L}\p{N}][\p{L}\p{N}'’./-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  const f = new Set<string>(['bias']);
  const counts = new Map<string, number>();
  for (const t of tokens) {
    for (const g of TOKEN_GROUPS.get(t) ?? TOKEN_GROUPS.get(t.replace(/[.'’]+$/, '')) ?? []) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  for (const { group, pattern } of FOREIGN_PHRASES) {
    const n = (lower.match(pattern) ?? []).length;
    if (n) counts.set(group, (counts.get(group) ?? 0) + n);
  }
  // Word unigrams (letters only: codes and numbers are read by their shape), from the vocabulary of the
  // carrier templates only when training: clinical words (a ventricle, a drug) never get a weight of their own,
  // so they cannot excuse a request in the note, and the words of the condition a line was filled with are skipped,
  // so no diagnosis name learns to look planted. At inference a word without a weight adds nothing.
  if (options.unigrams) {
    for (const t of tokens) if (/^[\p{L}][\p{L}'’-]{2,}$/u.test(t) && !options.skipWords?.has(t) && (!options.vocabulary || options.vocabulary.has(t))) f.add(`w:${t}`);
  }
  if (options.bigrams) {
    const kept = tokens.map((t) => (options.skipWords?.has(t) ? '_' : /^[\p{L}][\p{L}'’-]*$/u.test(t) ? t : '#'));
    for (let i = 1; i < kept.length; i++) if (kept[i - 1] !== '_' && kept[i] !== '_') f.add(`b:${kept[i - 1]} ${kept[i]}`);
  }
  // Script: a clause mostly in a script other than Latin, whichever script (a request pasted in the language of
  // whoever wrote it); with a code-shaped token or a question beside it, it is written for the coder, not the patient.
  const otherLetters = (text.match(NON_LATIN_LETTER) ?? []).length;
  const allLetters = (text.match(/\p{L}/gu) ?? []).length;
  const otherScript = otherLetters >= MIN_OTHER_SCRIPT_LETTERS && otherLetters / Math.max(1, allLetters) >= MIN_OTHER_SCRIPT_SHARE;
  // Character bigrams and trigrams of the other script's runs (from the carrier templates' vocabulary when training, as
  // the word unigrams): scripts written without spaces have no words to weigh.
  if (options.chars && otherLetters) for (const g of otherScriptGrams(lower)) if (!options.vocabulary || options.vocabulary.has(g)) f.add(g);
  if (tokens.some((t) => DRUG_STEM.test(t))) f.add('g:drugname');
  // Medical word shapes (-itis, -emia, -ectomy, -opathy, "failure", "infarction" …): the diagnosis a carrier names
  // has them too, so the model learns how much they weigh against the act around them.
  const medical = tokens.filter((t) => t.length >= 5 && MEDICAL_SHAPE.test(t)).length;
  if (medical) f.add('g:medical');
  for (const [g, n] of counts) {
    f.add(`g:${g}`);
    if (n >= 2) f.add(`g2:${g}`);
  }
  const has = (g: string) => counts.has(g);
  const words = tokens.length;
  f.add(`len:${words <= 2 ? 'xs' : words <= 5 ? 's' : words <= 12 ? 'm' : 'l'}`);
  // Mood: the first word, after a list marker or a "Label:" opening.
  const opening = lower.replace(/^\s*(?:[-*\u2022>+]+|\(?\d{1,3}[.)])\s*/, '').replace(LEADING_LABEL, '');
  const first = (opening.match(/[\p{L}]+/u) ?? [''])[0];
  const firstGroups = TOKEN_GROUPS.get(first) ?? [];
  for (const g of firstGroups) f.add(`first:${g}`);
  if (LEADING_LABEL.test(lower)) f.add('shape:label');
  const labelWord = (lower.match(LEADING_LABEL)?.[0] ?? '').match(/[\p{L}]+/gu) ?? [];
  for (const w of labelWord) for (const g of TOKEN_GROUPS.get(w) ?? []) f.add(`label:${g}`);
  // Codes written as codes; a clinician names the condition, a claim names the code.
  if (ICD_DOTTED.test(text)) f.add('code:dotted');
  else if (ICD_SHAPED.test(text)) f.add('code:shaped');
  if (NUMBER_UNIT.test(text)) f.add('shape:dose');
  if (EMOJI.test(text)) f.add('struct:emoji');
  if (ARROW.test(text)) f.add('struct:arrow');
  if (TAG.test(text)) f.add('struct:tag');
  if (BRACE.test(text)) f.add('struct:brace');
  if (BRACKET.test(text)) f.add('struct:bracket');
  if (PIPE.test(text)) f.add('struct:pipe');
  if (QUOTE.test(text)) f.add('struct:quote');
  if (KEY_VALUE.test(text) && SNAKE_KEY.test(text)) f.add('struct:snake-key');
  if (DECORATION.test(text)) f.add('struct:decoration');
  if (QUOTED_LINE.test(text)) f.add('struct:quoted-line');
  if (/\?\s*$/.test(text) || /\?/.test(text)) f.add('shape:question');
  const question = ANY_QUESTION.test(text) || GREEK_QUESTION.test(text);
  if (question) f.add('shape:any-question');
  const codeShaped = ICD_SHAPED.test(text);
  if (otherScript) {
    f.add('script:other');
    if (codeShaped) f.add('x:other-script-code');
    if (question) f.add('x:other-script-question');
    // Latin-script words of three or more letters inside the other script: a term left for a reader of English.
    if (/(?<![\p{L}])[A-Za-z]{3,}(?![\p{L}])/u.test(text)) f.add('x:other-script-latin-word');
  }
  if (/!/.test(text)) f.add('shape:exclaim');
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  if (letters.length >= 8 && upper / letters.length > 0.6) f.add('shape:shouting');
  if (/[^\x00-\x7f]/.test(raw) && raw !== text) f.add('shape:disguised');
  const language = dominantLanguage(lower, { minWords: 2, table: STATEMENT_MODEL_FUNCTION_WORDS });
  if (language !== 'en') f.add('lang:foreign');
  // Conjunctions: a request or an address about coding or billing is the speech act itself; a clinical
  // verb with a drug, dose or test is an order.
  const act = has('request') || has('override') || has('addressee') || has('reader');
  const payment = has('coding') || has('billing') || f.has('code:dotted') || f.has('code:shaped');
  if (act && payment) f.add('x:act-payment');
  if (has('record') && payment) f.add('x:record-payment');
  if (has('addressee') && has('reader')) f.add('x:you-reader');
  if ((has('clinVerb') || firstGroups.includes('clinVerb')) && (has('drug') || f.has('shape:dose'))) f.add('x:order-object');
  if (firstGroups.includes('clinVerb') && !has('drug') && !has('finding') && !f.has('shape:dose')) f.add('x:verb-no-object');
  const care = has('drug') || has('finding') || has('clinVerb') || has('care') || medical > 0 || f.has('shape:dose');
  if (has('request') && !care) f.add('x:request-no-care');
  if (has('modal') && !care) f.add('x:modal-no-care');
  if (medical >= 2) f.add('g2:medical');
  if (language !== 'en' && (has('request') || has('foreignRequest'))) f.add('x:foreign-request');
  if (language !== 'en' && (has('drug') || has('clinVerb'))) f.add('x:foreign-care');
  if (!care && !has('subject')) f.add('x:no-clinical-word');
  // Addressee and speech act: a request is a request by whom it addresses, in any grammar.
  // A passive of a coding verb ("should be coded as", "gets billed") is addressed to the coding process itself.
  const codeStatus = CODE_STATUS.test(lower);
  if (codeStatus || EMERGENCY_CODE.test(lower)) f.add('x:code-status');
  const toProcess = PROCESS_SUBJECT.test(lower) || PROCESS_OBJECT.test(lower) || (!codeStatus && CODING_PASSIVE.test(lower));
  const toCare = CARE_SUBJECT.test(lower);
  const conditional = CONDITIONAL_ACT.test(lower);
  const passive = !codeStatus && (PASSIVE_RECORD.test(lower) || WISHED_RECORDED.test(lower));
  if (toProcess) f.add('addr:process');
  if (toCare) f.add('addr:care');
  if (conditional) f.add('act:conditional');
  if (passive) f.add('act:passive-record');
  const asks = act || has('modal') || conditional || passive || has('foreignRequest');
  if (asks && toProcess) f.add('x:ask-process');
  if (asks && toCare && !toProcess) f.add('x:ask-care');
  if (toProcess && !care) f.add('x:process-no-care');
  if (passive && !care) f.add('x:passive-no-care');
  if (has('foreignRequest') && (has('billing') || has('coding') || has('record'))) f.add('x:foreign-ask-payment');
  // A code-shaped token beside a request, a wish or a question: the clause asks about the code, whatever its words.
  if (codeShaped && (question || has('modal') || has('request') || has('addressee') || conditional || has('override'))) f.add('x:code-ask');
  // A question about a process (the claim, the record, a coder) with no care in it.
  if (question && toProcess) f.add('x:question-process');
  if (question && !care) f.add('x:question-no-care');
  return [...f];
}

/** The model the engine consults; evaluation swaps it (leave-one-out rounds, rules alone) and restores it. */
let active: StatementModel | undefined = STATEMENT_MODEL;

/** Sets the model the engine consults (undefined: none, the rules alone); returns the one it replaces. */
export function useStatementModel(model: StatementModel | undefined): StatementModel | undefined {
  const previous = active;
  active = model;
  return previous;
}

/** The linear score of a clause under a model (positive leans non-clinical). */
export function statementScore(clause: string, model: StatementModel = STATEMENT_MODEL): number {
  let weights = WEIGHT_MAPS.get(model);
  if (!weights) WEIGHT_MAPS.set(model, (weights = new Map(Object.entries(model.weights))));
  let s = 0;
  for (const feature of statementFeatures(clause, model)) s += weights.get(feature) ?? 0;
  return s;
}

/** Each model's weights as a Map (an object with hundreds of string keys is slow to probe on every clause). */
const WEIGHT_MAPS = new WeakMap<StatementModel, Map<string, number>>();

/** The score of a clause under the model in use (-Infinity when none is): how strongly it reads as a request. */
export function learnedScore(clause: string, model: StatementModel | undefined = active): number {
  return model === undefined ? -Infinity : statementScore(clause, model);
}

/** True when the model in use reads the clause as something other than a clinician's statement. */
export function learnedNonClinical(clause: string, model: StatementModel | undefined = active): boolean {
  return model !== undefined && statementScore(clause, model) > model.threshold;
}
