// Owns the token normalisation shared by the lexicon builder and the note scanner: both sides of a
// match must go through exactly the same steps, or a description and a note never meet.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findDataDir } from '../dataDir';
import { processSingleton } from '../processStore';

/** A note token with its offsets into the scanned text and the normalised forms it stands for. */
export interface NoteToken {
  start: number;
  end: number;
  /** Lower-cased surface form. */
  raw: string;
  /** Canonical forms at this position (an abbreviation expands to several). Shared between tokens: replace, never mutate. */
  norms: string[];
  /** Forms added by abbreviation expansion (not the word itself). */
  expanded?: Set<string>;
  /** Clause number: increases at every comma, semicolon, colon, bracket or line break before the token. */
  clause: number;
  /** Index of the word in the tokenizer's word table while `norms` are still that word's own (scanner cache key). */
  word?: number;
}

/**
 * Function words and coding boilerplate that carry no clinical meaning in a description.
 * "with"/"without" are handled structurally by the lexicon builder before this filter applies.
 */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'than',
  'unspecified', 'nos', 'nec', 'specified', 'mellitus', 'site', 'is', 'was', 'be', 'his', 'her', 'their', 'this',
  'that', 'which', 'who', 'has', 'had', 'have', 'not', 'no', 'without', 'due', 'also', 'patient', 'pt',
]);

/**
 * Single-word equivalences applied before stemming on both sides. Adjective ⇄ noun pairs that the
 * tabular list uses interchangeably, and British spellings (the eval notes are machine-translated).
 */
const CANONICAL: Record<string, string> = {
  diabetic: 'diabetes', hypertensive: 'hypertension', renal: 'kidney', kidneys: 'kidney', nephritic: 'nephritis',
  cardiac: 'heart', hepatic: 'liver', pulmonary: 'lung', lungs: 'lung', gastric: 'stomach', cerebral: 'brain',
  tumour: 'neoplasm', tumor: 'neoplasm', tumours: 'neoplasm', tumors: 'neoplasm', neoplasia: 'neoplasm', neoplasms: 'neoplasm',
  anaemia: 'anemia', anaemic: 'anemia', anemic: 'anemia', oedema: 'edema', haemorrhage: 'hemorrhage', bleeding: 'hemorrhage',
  haematuria: 'hematuria', leukaemia: 'leukemia', oesophagus: 'esophagus', oesophageal: 'esophagus', esophageal: 'esophagus',
  faecal: 'fecal', paediatric: 'pediatric', ischaemic: 'ischemic', ischaemia: 'ischemia', haematoma: 'hematoma',
  febrile: 'fever', feverish: 'fever', pyrexia: 'fever', vomit: 'vomiting', vomits: 'vomiting', vomited: 'vomiting',
  painful: 'pain', pains: 'pain', ache: 'pain', aches: 'pain', obese: 'obesity', swollen: 'swelling',
  metastases: 'metastasis', metastatic: 'metastasis', lymphadenopathy: 'lymphadenopathy', adenopathy: 'lymphadenopathy',
  adenopathies: 'lymphadenopathy', lymphadenopathies: 'lymphadenopathy', adenopathic: 'lymphadenopathy', lymphadenopathic: 'lymphadenopathy', colonic: 'colon', rectal: 'rectum',
  vesical: 'bladder', urinary: 'urinary', prostatic: 'prostate', thyroidal: 'thyroid', ovarian: 'ovary',
  uterine: 'uterus', testicular: 'testis', testicle: 'testis', testicles: 'testis', pancreatic: 'pancreas',
  splenic: 'spleen', adrenal: 'adrenal', cutaneous: 'skin', dermal: 'skin', ocular: 'eye', optic: 'optic',
  femoral: 'femur', tibial: 'tibia', humeral: 'humerus', radial: 'radius', ulnar: 'ulna', fibular: 'fibula', midshaft: 'shaft',
  clavicular: 'clavicle', scapular: 'scapula', patellar: 'patella', calcaneal: 'calcaneus', lower: 'low', vertebral: 'vertebra', vertebrae: 'vertebra', spinal: 'spine',
  bilaterally: 'bilateral', intestinal: 'intestine', bowel: 'intestine', duodenal: 'duodenum', biliary: 'bile',
  breasts: 'breast', mammary: 'breast', pleural: 'pleura', pericardial: 'pericardium', peritoneal: 'peritoneum',
  arterial: 'artery', venous: 'vein', cervical: 'cervical', labial: 'lip', lingual: 'tongue', nasal: 'nose',
  laryngeal: 'larynx', pharyngeal: 'pharynx', tracheal: 'trachea', bronchial: 'bronchus', gingival: 'gum',
  hepatomegaly: 'hepatomegaly', ii: 'ii', i: 'i', infectious: 'infection', infected: 'infection', infections: 'infection',
  mediastinal: 'mediastinum', retroperitoneal: 'retroperitoneum', ileal: 'ileum', jejunal: 'jejunum', cecal: 'cecum',
  appendiceal: 'appendix', ureteral: 'ureter', urethral: 'urethra', penile: 'penis', vulvar: 'vulva', vaginal: 'vagina',
  endometrial: 'endometrium', cerebellar: 'cerebellum', meningeal: 'meninges', orbital: 'orbit', conjunctival: 'conjunctiva',
  retinal: 'retina', choroidal: 'choroid', scrotal: 'scrotum', palatal: 'palate', tonsillar: 'tonsil', thymic: 'thymus',
  osseous: 'bone', sacral: 'sacrum', pelvic: 'pelvis', axillary: 'axilla', thoracic: 'thorax', mandibular: 'mandible',
  maxillary: 'maxilla', nasopharyngeal: 'nasopharynx', oropharyngeal: 'oropharynx', hypopharyngeal: 'hypopharynx',
  abdominal: 'abdomen', hepatocellular: 'hepatocellular', bronchogenic: 'bronchus', gallbladder: 'gallbladder',
  // A joint replacement is the prosthesis the Tabular names ("loosening of … hip prosthetic joint").
  arthroplasty: 'prosthesis', arthroplasties: 'prosthesis', prostheses: 'prosthesis', prosthetic: 'prosthesis',
  feet: 'foot', teeth: 'tooth', children: 'child', women: 'woman', men: 'man',
  // Word forms of machine-translated Spanish case reports ("neoformación", "tumoración", "tumoral",
  // "neoplásico", "úlcus", "litiásico", "anemización"): each is the noun the classification uses.
  neoformation: 'neoplasm', neoformations: 'neoplasm', tumoration: 'neoplasm', tumorations: 'neoplasm',
  tumoral: 'neoplasm', neoplasic: 'neoplasm', ulcus: 'ulcer', lithiasic: 'lithiasis', anemization: 'anemia',
  hypertransaminemia: 'hypertransaminasemia',
  // More site adjectives to the organ noun, as renal/kidney above ("upper palpebral edema" is edema of the eyelid;
  // "jugal"/"buccal mucosa" is the cheek's, as Spanish "yugal" translates).
  palpebral: 'eyelid', corneal: 'cornea', anal: 'anus', gluteal: 'buttock', facial: 'face',
  articular: 'joint', jugal: 'cheek', buccal: 'cheek', sternal: 'sternum', costal: 'rib',
  // Spanish "laterocervical" (the side of the neck) is the cervical region of the Neoplasm Table's lymph gland sites.
  laterocervical: 'cervical',
  // Spellings of the same word ("polaquiuria" is the Spanish form of pollakiuria; "distention" the US variant).
  polaquiuria: 'pollakiuria', polachiuria: 'pollakiuria', polakiuria: 'pollakiuria', distention: 'distension',
  // The Index names the organism of an infection by its adjective ("Esophagitis, candidal" B37.81, "Hepatitis,
  // cytomegaloviral" B25.1, "Cervicitis, chlamydial" A56.09, "Meningitis, cryptococcal" B45.1); case reports write
  // the organism's name ("Candida esophagitis", "cytomegalovirus hepatitis", "Cryptococcus meningitis"). Both forms
  // are the organism. "Herpetic"/"herpesviral" stay apart: "herpes" alone does not tell simplex from zoster.
  candidal: 'candida', cytomegaloviral: 'cytomegalovirus', chlamydial: 'chlamydia', cryptococcal: 'cryptococcus',
  gonococcal: 'gonococcus', meningococcal: 'meningococcus', pneumococcal: 'pneumococcus', enterococcal: 'enterococcus',
  staphylococcal: 'staphylococcus', streptococcal: 'streptococcus', clostridial: 'clostridium', mycoplasmal: 'mycoplasma',
  listerial: 'listeria', amoebic: 'amebic', amoebiasis: 'amebiasis',
};

/**
 * "Hemiscrotum", "hemithorax", "hemiabdomen": half of an organ or region is still that organ for coding
 * ("pain in the right hemiscrotum" is scrotal pain, N50.82). Only anatomical nouns: "hemiplegia",
 * "hemisphere" or "hemianopia" are words of their own.
 */
const HEMI_SITES = new Set(['scrotum', 'thorax', 'abdomen', 'mandible', 'face', 'pelvis', 'tongue', 'larynx', 'diaphragm', 'body', 'colon', 'liver', 'thyroid']);

function withoutHemi(word: string): string {
  if (!word.startsWith('hemi') || word.length < 8) return word;
  const rest = word.slice(4);
  return HEMI_SITES.has(rest) ? rest : word;
}

/**
 * Clinicians' words for an acute worsening that the Tabular and Index write "exacerbation" or "acute"
 * ("COPD flare" is J44.1 "… with (acute) exacerbation", "asthma flare-up" J45.901, "decompensated chronic
 * heart failure" I50.23 "acute on chronic"). Keys are normalised words; the note scanner adds the values
 * as extra forms of the word (the word itself stays), and the validator reads a model's quote the same way.
 */
export const WORSENING_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  flare: ['exacerbation', 'acute'],
  flareup: ['exacerbation', 'acute'],
  worsening: ['exacerbation'],
  decompensated: ['exacerbation', 'acute'],
  decompensation: ['exacerbation', 'acute'],
});

/**
 * Organs the Tabular names by the larger part they belong to: the colon is the large intestine of
 * "Diverticulosis of large intestine with bleeding" (K57.31) and of the Index's "Diverticulosis, large
 * intestine"; the note writes "sigmoid colon". Added forms, as for the worsening words.
 */
export const ANATOMICAL_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  colon: ['large', 'intestine'],
  // The Tabular's limb segments (M79.66- "Pain in lower leg", L97.2- is the calf's own): the calf and the shin
  // are the lower leg of "Pain, limb, lower, lower leg" and in the lower limb (R22.4- "left lower limb").
  // "Leg" alone stays the whole limb (M79.60-).
  calf: ['low', 'leg', 'limb'],
  shin: ['low', 'leg', 'limb'],
  // The Tabular names the tympanic membrane "ear drum" in otitis media with rupture (H66.01-, H66.11-) and
  // "tympanic membrane" elsewhere (H72): the note's anatomical name meets both.
  tympanic: ['ear', 'drum'],
});

/**
 * Greek compounds of a site and a symptom that the Index prints as the symptom of the site: "gonalgia" is
 * "Pain, joint, knee" (M25.56-), "coxalgia" the hip's, "omalgia" the shoulder's; "rectorrhagia" is
 * "Hemorrhage, rectum" (K62.5). The site and the symptom are added as forms of the word, so the side
 * written beside it still reaches the sided code (I.B.13).
 */
export const COMPOUND_FORMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  gonalgia: ['knee', 'pain'],
  coxalgia: ['hip', 'pain'],
  omalgia: ['shoulder', 'pain'],
  rectorrhagia: ['rectum', 'hemorrhage'],
  proctorrhagia: ['rectum', 'hemorrhage'],
});

/**
 * Words the Index prints by another noun: an allograft (a "renal allograft") is the transplant of "Rejection,
 * transplant, kidney" (T86.11) and "Complication, transplant"; added forms, as above.
 */
export const TERM_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  allograft: ['transplant'],
});

/** The canonical forms a normalised word also stands for (none for most words). */
export function synonymForms(norm: string): readonly string[] {
  if (Object.prototype.hasOwnProperty.call(WORSENING_SYNONYMS, norm)) return WORSENING_SYNONYMS[norm];
  if (Object.prototype.hasOwnProperty.call(COMPOUND_FORMS, norm)) return COMPOUND_FORMS[norm];
  if (Object.prototype.hasOwnProperty.call(TERM_SYNONYMS, norm)) return TERM_SYNONYMS[norm];
  return Object.prototype.hasOwnProperty.call(ANATOMICAL_SYNONYMS, norm) ? ANATOMICAL_SYNONYMS[norm] : NO_FORMS;
}
const NO_FORMS: readonly string[] = Object.freeze([]);

/**
 * British and older spellings to the American ones the classification uses, by spelling pattern rather
 * than word by word (the notes are machine-translated and mix both): "hyperkalaemia", "leucocytosis",
 * "oesophagitis", "diarrhoea", "generalised" meet "hyperkalemia", "leukocytosis", "esophagitis",
 * "diarrhea", "generalized". Applied to both sides of a match, so a rare word changed needlessly still
 * meets itself.
 */
const SPELLINGS: Array<[RegExp, string]> = [
  [/ae(?=m)/g, 'e'], // anaemia, haematoma, ischaemia, leukaemia
  [/^oe(?=[dst])/, 'e'], // oedema, oesophagus, oestrogen
  [/(rrh|pn)oe/g, '$1e'], // diarrhoea, amenorrhoea, dyspnoea, apnoea
  [/([pfc])ae(?=[cd])/g, '$1e'], // paediatric, faeces, caecum
  [/foet/g, 'fet'], [/coel/g, 'cel'], [/aetiol/g, 'etiol'], [/anaes/g, 'anes'], [/leuc(?=[aeoi])/g, 'leuk'],
  [/(?<=[a-z]{3}[^aeiou])is(?=(ed|ation|ations|ing)$)/, 'iz'], // generalised, localised, hospitalisation
];

export function americanSpelling(lower: string): string {
  if (!/ae|oe|leuc|is(ed|ation|ations|ing)$/.test(lower)) return lower;
  let out = lower;
  for (const [re, to] of SPELLINGS) out = out.replace(re, to);
  return out;
}

/**
 * Second-declension plurals (-us → -i) a clinical note uses: a consonant cluster the Latin singular has
 * before "-us" (embol-, thromb-, calcul-, nev-, foc-, bronch-, alveol-, glomerul-, villi, bacill-, cocc-).
 * Other words ending in -i (prefixes split off by a hyphen: "anti", "multi", "semi"; names) are left alone.
 */
const LATIN_I_PLURAL = /(?:bol|omb|cul|nev|naev|oc|ch|eol|rul|ill|cc|gl|tul)i$/;

/** Words the plural rules below must leave alone. */
const STEM_KEEP = new Set(['alias', 'bias', 'overdoses', 'glucoses', 'doses', 'poses', 'nodoses']);

/** Light suffix stripping: plural forms only, so "diseases" meets "disease" without conflating meanings. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  // Latin/Greek plurals of -ia/-oma/-ema/-ula/-ina nouns ("paresthesias", "hematomas", "edemas", "fistulas")
  // and of -osis nouns ("stenoses", "thromboses"); the -as/-es guards below would otherwise keep them whole.
  if (word.length > 5 && /(ia|oma|ema|ula|ina)s$/.test(word) && !STEM_KEEP.has(word)) return word.slice(0, -1);
  if (word.length > 6 && word.endsWith('oses') && !STEM_KEEP.has(word)) return `${word.slice(0, -2)}is`;
  // Greek -ectasis/-iasis plurals ("bronchiectases", "telangiectases"), -omata ("condylomata") and
  // second-declension -i of -us nouns ("emboli", "thrombi", "nevi", "foci"): the singular is the Index's
  // main term. Latin -ae is left alone: it is also the genitive of species names ("Klebsiella
  // pneumoniae", "Haemophilus influenzae"), which must not read as the disease.
  if (word.length > 8 && /(ectas|ias)es$/.test(word)) return `${word.slice(0, -2)}is`;
  if (word.length > 6 && word.endsWith('omata')) return word.slice(0, -2);
  if (LATIN_I_PLURAL.test(word)) return `${word.slice(0, -1)}us`;
  if (word.endsWith('s') && !/(ss|us|is|as|os|ys)$/.test(word)) return word.slice(0, -1);
  return word;
}

// Words repeat endlessly across notes and descriptions; memoise (bounded so odd input cannot grow it without limit).
// The cached value is the one-element norms array tokens share, so a token costs no extra allocation.
// Pure functions of a word, so one table per process (processStore.ts: also across a Jest worker's test files).
// The process-wide tables outlive every note of every tenant, so they keep only vocabulary: words of the vendored
// data (the vendored English and clinical word lists, data/phi/PROVENANCE.md; the stop words), words whose canonical
// form is a word of a lexicon (addVocabulary), and words met while building from vendored data (learningVocabulary).
// Any other word of a note (a name the redactor missed, a typo) is computed for the call that meets it and dropped
// with it.
const normCache = processSingleton('coding.normCache', () => new Map<string, string[]>());
const NORM_CACHE_MAX = 200_000;
/** Vendored lists of ordinary English and clinical words (data/phi, PROVENANCE.md there), one lower-case word a line. */
const VOCABULARY_LISTS = ['english-words.txt.gz', 'clinical-words.txt.gz'];
let vocabularyWords: Set<string> | undefined;

/** Words of the vendored data: the word lists and stop words as written, every lexicon's words in canonical form. Read on first use. */
function vocabulary(): Set<string> {
  return (vocabularyWords ??= processSingleton('coding.vocabulary', () => {
    const words = new Set<string>(STOP_WORDS);
    const dir = findDataDir('phi', VOCABULARY_LISTS[0], __dirname);
    for (const file of dir ? VOCABULARY_LISTS : []) {
      for (const w of gunzipSync(fs.readFileSync(path.join(dir!, file))).toString('utf8').split('\n')) if (w) words.add(w.toLowerCase());
    }
    return words;
  }));
}
/** Depth of learningVocabulary calls under way: inside one, every word met is vendored data's. */
let learning = 0;

/** Registers words of vendored data (canonical forms) as vocabulary the process-wide tables may keep. */
export function addVocabulary(words: Iterable<string>): void {
  const known = vocabulary();
  for (const w of words) known.add(w);
}

/** Runs `build`, which reads only vendored data, with every word it meets kept in the process-wide tables. */
export function learningVocabulary<T>(build: () => T): T {
  learning++;
  try {
    return build();
  } finally {
    learning--;
  }
}

/** Whether a word (lower-cased) and its canonical form may be kept for the life of the process. */
function isVocabulary(lower: string, norm: string): boolean {
  if (learning > 0) return true;
  const known = vocabulary();
  return known.has(lower) || known.has(norm);
}

/** `local`: the caller's own memo for words the process-wide table does not keep, dropped with the caller. */
function normsOf(lower: string, local?: Map<string, string[]>): string[] {
  let norms = normCache.get(lower) ?? local?.get(lower);
  if (norms === undefined) {
    const word = withoutHemi(americanSpelling(lower));
    norms = Object.freeze([stem(Object.prototype.hasOwnProperty.call(CANONICAL, word) ? CANONICAL[word] : word)]) as string[];
    if (!isVocabulary(lower, norms[0])) local?.set(lower, norms);
    else if (normCache.size < NORM_CACHE_MAX) normCache.set(lower, norms);
  }
  return norms;
}

/** Canonical form of one lower-cased word (canonical table first, then stemming). */
export function normalizeWord(lower: string): string {
  return normsOf(lower)[0];
}

function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // , ; : ( ) [ ] \n
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 10) return true;
    // A period before the next item of a numbered problem list on the same line ("… colchicine. 2. Syncope"):
    // each numbered problem is its own clause, so one problem's site or side never qualifies the next.
    if (c === 46 && LIST_ITEM_AHEAD.test(text.slice(to, to + 4))) return true;
  }
  return false;
}

const LIST_ITEM_AHEAD = /^\d{1,2}[.)]\s/;

/**
 * "Closed fracture of the ankle, right side", "foreign body, left cornea": a diagnosis line names the
 * side after a comma. A comma (alone) before a side word does not end the clause, so the side stays
 * with the condition it qualifies (I.B.13).
 */
function sideAfterComma(text: string, from: number, start: number, end: number): boolean {
  if (end - start > 11) return false;
  const word = text.slice(start, end).toLowerCase();
  // The stage of a staged condition is written the same way ("pressure ulcer of left heel, stage 3",
  // "chronic kidney disease, stage 4"): the stage word and its value stay with the condition (I.B.2).
  const staged = (word === 'stage' || word === 'grade') && STAGE_AFTER.test(text.slice(end, end + 6));
  if (word !== 'right' && word !== 'left' && word !== 'bilateral' && word !== 'unstageable' && !staged) return false;
  for (let k = from; k < start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 44 && c !== 32 && c !== 9) return false;
  }
  return true;
}

const STAGE_AFTER = /^ {1,2}(\d{1,2}[a-d]?|i{1,3}|iv|v)\b/i;

/** The char code of "(" or ")" when it is the only non-space character in [from, to); else -1. */
function onlyBracket(text: string, from: number, to: number): number {
  let found = -1;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9) continue;
    if ((c !== 40 && c !== 41) || found >= 0) return -1;
    found = c;
  }
  return found;
}

const ROMAN = new Map([['i', '1'], ['ii', '2'], ['iii', '3'], ['iv', '4'], ['v', '5']]);
/** Words after which a roman numeral is a number ("type II", "stage IV", "grade III"). */
const NUMBERED = new Set(['type', 'stage', 'grade', 'class', 'degree']);
/** Abbreviations of a staged condition whose stage may follow with no "stage" word. */
const STAGED_ABBREVIATION = new Set(['ckd']);
/** A value after one of those words: "2", "3a", "iv" already mapped to "4". */
const STAGE_VALUE = /^\d{1,2}[a-d]?$/;

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{N}\p{M}]/u;

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Length in code units of the word character at i (0 when none); astral letters take two. */
function wordCharAt(text: string, i: number, part: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordChar(c) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return (part ? WORD_PART : WORD_START).test(ch) ? ch.length : 0;
}

/**
 * Every token has every field from its construction, in one order: one hidden class, so the scanner's
 * reads stay monomorphic and no token grows a property store when `word` or `expanded` is set.
 */
class ScannedToken implements NoteToken {
  declare start: number;
  declare end: number;
  declare raw: string;
  declare norms: string[];
  declare expanded: Set<string> | undefined;
  declare clause: number;
  declare word: number | undefined;
  constructor(start: number, end: number, raw: string, norms: string[], clause: number, word: number | undefined) {
    this.start = start;
    this.end = end;
    this.raw = raw;
    this.norms = norms;
    this.expanded = undefined;
    this.clause = clause;
    this.word = word;
  }
}

/**
 * Splits text into word tokens with offsets (UTF-16 indices): a word is a letter or digit followed by
 * letters, digits and combining marks (so decomposed accents stay inside their word). One pass over
 * char codes; only non-ASCII characters consult the Unicode classes. Expansion of abbreviations is
 * the caller's.
 */
export function tokenize(text: string): NoteToken[] {
  try {
    return scan(text);
  } finally {
    if (callWords.size) callWords.clear();
  }
}

/** Norms of the words one tokenize call met that are not vocabulary: that call's memo, emptied when it returns. */
const callWords = new Map<string, string[]>();

function scan(text: string): NoteToken[] {
  const out: NoteToken[] = [];
  let prev = '';
  let clause = 0;
  /** Clauses numbered so far (a clause resumed after an aside keeps its number). */
  let clauses = 0;
  /** The clause an open parenthesis interrupted, while its aside is short and unbroken; -1 otherwise. */
  let beforeAside = -1;
  let lastEnd = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = wordCharAt(text, i, false);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    let ascii = first === 1 && text.charCodeAt(i) < 128;
    let hash = FNV_OFFSET;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (i > start && !isAsciiWordChar(c)) break;
        hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c | 32 : c), FNV_PRIME);
        i++;
      } else {
        const len = wordCharAt(text, i, i > start);
        if (!len) break;
        ascii = false;
        i += len;
      }
    }
    if (hasClauseBreak(text, lastEnd, start) && !sideAfterComma(text, lastEnd, start, i)) {
      // "anterior (subcoracoid) dislocation": the aside is its own clause, the words around it one clause.
      const gap = onlyBracket(text, lastEnd, start);
      if (gap === 41 && beforeAside >= 0) {
        clause = beforeAside;
        beforeAside = -1;
      } else {
        beforeAside = gap === 40 ? clause : -1;
        clause = ++clauses;
      }
    }
    lastEnd = i;
    // Known ASCII words come from the word table: no slice, no lower-casing, shared strings.
    const entry = ascii ? wordEntry(text, start, i, hash) : -1;
    let raw: string;
    let norms: string[] | undefined;
    let word: number | undefined;
    if (entry >= 0) {
      raw = entryRaw[entry];
      norms = entryNorms[entry];
      word = entry;
    } else {
      const word = text.slice(start, i);
      raw = ascii ? word.toLowerCase() : word.normalize('NFC').toLowerCase();
    }
    // "Crohn's" → "crohn": drop the possessive "s" rather than keep a stray token.
    if (raw === 's' && start > 0 && (text[start - 1] === "'" || text[start - 1] === '\u2019')) continue;
    // "CKD 3a", "CKD IV": a problem list writes the stage straight after the abbreviation (KDIGO's own
    // shorthand); it is the stage as "CKD stage 3a" states it (I.B.2 specificity). "CKD 2/2 diabetes" is "secondary to".
    const last = out.length ? out[out.length - 1] : undefined;
    let stagedAfterAbbreviation = false;
    if (STAGED_ABBREVIATION.has(prev) && last && /^[ \t]{1,2}$/.test(text.slice(last.end, start)) && text.charCodeAt(i) !== 47) {
      const value = ROMAN.get(raw) ?? raw;
      if (STAGE_VALUE.test(value) && !/^0/.test(value) && Number.parseInt(value, 10) <= 5) {
        raw = value;
        // The value stands for both words of "stage 3a", as an expanded abbreviation stands for its words.
        norms = [`stage_${value}`, 'stage'];
        word = undefined;
        stagedAfterAbbreviation = true;
      }
    } else if (NUMBERED.has(prev)) {
      const roman = ROMAN.get(raw);
      if (roman) {
        raw = roman;
        norms = undefined;
        word = undefined;
      }
      // A number qualifies the word before it ("stage 2", "type 1"): it is indexed bound to that word
      // so "type 2 diabetes with CKD stage 3a" cannot lend the "2" of "type 2" to "CKD stage 2".
      if (STAGE_VALUE.test(raw)) {
        norms = [`${prev}_${raw}`];
        word = undefined;
      }
    }
    // "Non-hemorrhagic stroke", "non-displaced fracture": the prefix negates the word it is hyphened to,
    // which is then a word of its own ("nonhemorrhagic", as the Tabular writes "Nondisplaced",
    // "Nontraumatic"), never the bare stem a term would read as stated.
    const before = out.length ? out[out.length - 1] : undefined;
    if (before && before.raw === 'non' && before.end === start - 1 && text.charCodeAt(before.end) === 45 && /^[a-z]/.test(raw)) {
      const merged = `non${raw}`;
      out[out.length - 1] = new ScannedToken(before.start, i, merged, normsOf(merged, callWords), before.clause, undefined);
      prev = merged;
      continue;
    }
    out.push(new ScannedToken(start, i, raw, norms ?? normsOf(raw, callWords), clause, word));
    if (stagedAfterAbbreviation) out[out.length - 1].expanded = new Set(norms);
    prev = raw;
  }
  return out;
}

/*
 * Word table: one entry per distinct lower-cased ASCII word, found by an FNV-1a hash computed while
 * the tokenizer reads the word, so a known word costs no substring, no lower-casing and no string
 * hashing. Open addressing over a fixed table; bounded (past the bound new words take the slow path), and
 * holding vocabulary only (see normCache: a note's other words take the slow path too).
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const TABLE_BITS = 18;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Bound of the word table (and size of the scanner's per-lexicon id cache). */
export const MAX_WORDS = 150_000;
/** Slot s holds [hash, entry + 1] at 2s, 2s + 1 (0 = empty): one cache line per probe. */
// One table per process (processStore.ts), so a word's entry number is the same in every evaluation of this module.
const wordTable = processSingleton('coding.wordTable', () => ({ slots: new Int32Array(2 << TABLE_BITS), entryRaw: [] as string[], entryNorms: [] as string[][] }));
const slots = wordTable.slots;
const entryRaw = wordTable.entryRaw;
const entryNorms = wordTable.entryNorms;

function wordEntry(text: string, start: number, end: number, hash: number): number {
  const len = end - start;
  let slot = hash & TABLE_MASK;
  for (let e = slots[2 * slot + 1] - 1; e >= 0; e = slots[2 * slot + 1] - 1) {
    if (slots[2 * slot] === hash && entryRaw[e].length === len && sameLowerAscii(text, start, entryRaw[e])) return e;
    slot = (slot + 1) & TABLE_MASK;
  }
  if (entryRaw.length >= MAX_WORDS) return -1;
  const raw = text.slice(start, end).toLowerCase();
  const norms = normsOf(raw, callWords);
  // Not vocabulary: the caller takes the slow path, which finds these norms in the call's memo.
  if (!isVocabulary(raw, norms[0])) return -1;
  const e = entryRaw.length;
  entryRaw.push(raw);
  entryNorms.push(norms);
  slots[2 * slot] = hash;
  slots[2 * slot + 1] = e + 1;
  return e;
}

function sameLowerAscii(text: string, start: number, lower: string): boolean {
  for (let j = 0; j < lower.length; j++) {
    const c = text.charCodeAt(start + j);
    if ((c >= 65 && c <= 90 ? c | 32 : c) !== lower.charCodeAt(j)) return false;
  }
  return true;
}

/** Normalised content tokens of a phrase (stop words removed), in order. */
export function contentTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(phrase)) {
    if (!STOP_WORDS.has(t.raw) && !STOP_WORDS.has(t.norms[0])) out.push(t.norms[0]);
  }
  return out;
}
