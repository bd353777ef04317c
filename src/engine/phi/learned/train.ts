// Owns the training of the learned PHI token classifier: gold spans to token labels, a seeded averaged
// perceptron over the hashed features (greedy left-to-right, the previous predicted labels as features), and
// patient-grouped fold assignment for cross-validation. Deterministic: the same notes, options and seed give
// the same weights bit for bit.
import { mulberry32 } from '../../random';
import type { PhiType } from '../../types';
import {
  flagWords, WORD_CLINICAL, WORD_COMMON, WORD_CONTACT, WORD_CREDENTIAL, WORD_FIRST, WORD_FUNCTION, WORD_HEAD, WORD_HEADER, WORD_LAST,
  WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE, type Lexicon,
} from '../lexicon';
import { caseModeOf, tokenize, type CaseMode, type Word } from '../tokens';
import { AFFIX_FEATURE_START, HISTORY_FEATURES, MAX_STATIC_FEATURES, affixFeatureCount, featuresOf, historyFeatures, tokenTable, type FeatureSet, type TokenTable } from './features';
import { icdEponyms } from '../eponymList';
import { icdClinicalHeads } from '../deny/clinicalHeads';
import { argmax, CLASSES, N_CLASSES, scoreInto, SKIPPED } from './model';

export interface GoldNote {
  id: string;
  text: string;
  phi: { start: number; end: number; type: string }[];
}

/** Development-set (PhysioNet deid) and synthetic-corpus labels collapsed to the engine's PhiType. */
const GOLD_TO_PHI: Record<string, PhiType> = {
  HCPName: 'NAME', PTName: 'NAME', PTNameInitial: 'NAME', RelativeProxyName: 'NAME', Location: 'LOCATION',
  ADDRESS: 'LOCATION',
};

/** Gold type → class index; PhiType names are accepted as they are (the synthetic corpus writes them). */
export function classOfGold(type: string): number {
  const phi = GOLD_TO_PHI[type] ?? type;
  const c = (CLASSES as readonly string[]).indexOf(phi);
  if (c > 0) return c;
  // Every other identifier (dates, phones, ages, SSN, MRN, ...) is the patterns' work; as ID it still teaches
  // the model that the token is PHI and not a name.
  return CLASSES.indexOf('ID');
}

export interface PreparedNote {
  id: string;
  words: Word[];
  table: TokenTable;
  mode: CaseMode;
  /** Gold class per token (0 = O). */
  gold: Uint8Array;
  /** Static feature hashes of every token, token i at featStart[i] .. featStart[i + 1]. */
  feats: Uint32Array;
  featStart: Uint32Array;
  /** The templates feats were computed with. */
  featureSet: FeatureSet;
}

export function prepareNote(note: GoldNote, lex: Lexicon, set: FeatureSet = 'full'): PreparedNote {
  const words = tokenize(note.text);
  const { flags } = flagWords(words, lex);
  const mode = caseModeOf(words);
  const table = tokenTable(note.text, words, flags, mode);
  const charClass = new Uint8Array(note.text.length);
  for (const g of note.phi) charClass.fill(classOfGold(g.type), g.start, g.end);
  const gold = new Uint8Array(words.length);
  const all = new Uint32Array(words.length * MAX_STATIC_FEATURES);
  const featStart = new Uint32Array(words.length + 1);
  let total = 0;
  const buf = new Uint32Array(MAX_STATIC_FEATURES);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    for (let x = w.start; x < w.baseEnd; x++) {
      if (charClass[x]) {
        gold[i] = charClass[x];
        break;
      }
    }
    const k = table.scored[i] ? featuresOf(set, table, i, mode, buf) : 0;
    all.set(buf.subarray(0, k), total);
    total += k;
    featStart[i + 1] = total;
  }
  return { id: note.id, words, table, mode, gold, feats: all.slice(0, total), featStart, featureSet: set };
}

/** The only randomness in training: the project's seeded generator. */
export const seededRandom = mulberry32;

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  bucketsLog2: number;
  /**
   * Identity dropout: the probability, per scored token and visit, that its affix features (the letters of the word
   * itself) are left out of the update, so the weights must carry the decision on context, shape and list bits, which
   * hold for values never seen in training. 0 (default) keeps the committed model's training exactly.
   */
  identityDropout?: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 8, seed: 20261206, bucketsLog2: 16 };

/**
 * Averaged perceptron (Collins 2002) with the lazy-average trick: w holds the current weights, u the
 * update-time-weighted sum, and the average is w − u/c. Notes are visited in a seeded shuffled order each epoch.
 */
export function trainPerceptron(notes: readonly PreparedNote[], opts: TrainOptions = DEFAULT_TRAIN): Float32Array {
  const size = (1 << opts.bucketsLog2) * N_CLASSES;
  const mask = (1 << opts.bucketsLog2) - 1;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const feats = new Uint32Array(MAX_STATIC_FEATURES + HISTORY_FEATURES);
  const scores = new Float64Array(N_CLASSES);
  const rand = seededRandom(opts.seed);
  const dropout = opts.identityDropout ?? 0;
  // Its own stream, so the note order (and the default training) does not depend on whether dropout is on.
  const dropRand = dropout > 0 ? seededRandom(opts.seed ^ 0xd3097) : null;
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const note of shuffled(notes, rand)) {
      let prev = 0, prev2 = 0;
      for (let i = 0; i < note.gold.length; i++) {
        if (!note.table.scored[i]) {
          prev2 = prev;
          prev = SKIPPED;
          continue;
        }
        const a = note.featStart[i];
        let ns = note.featStart[i + 1] - a;
        // A context-only note has no affix features to drop.
        const drop = dropRand !== null && dropRand() < dropout && note.featureSet === 'full' ? affixFeatureCount(note.table, i) : 0;
        if (drop === 0) feats.set(note.feats.subarray(a, a + ns));
        else {
          feats.set(note.feats.subarray(a, a + AFFIX_FEATURE_START));
          feats.set(note.feats.subarray(a + AFFIX_FEATURE_START + drop, a + ns), AFFIX_FEATURE_START);
          ns -= drop;
        }
        const k = historyFeatures(note.table, i, prev, prev2, feats, ns);
        scoreInto(w, feats, k, mask, scores);
        const pred = argmax(scores);
        const gold = note.gold[i];
        if (pred !== gold) {
          for (let f = 0; f < k; f++) {
            const base = (feats[f] & mask) * N_CLASSES;
            w[base + gold] += 1;
            u[base + gold] += c;
            w[base + pred] -= 1;
            u[base + pred] -= c;
          }
        }
        c++;
        prev2 = prev;
        prev = pred;
      }
    }
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) avg[i] = w[i] - u[i] / c;
  return avg;
}

/** deid ids are `deid-<patient>-<note>`: the patient is everything before the last dash. */
export function patientOf(id: string): string {
  const cut = id.lastIndexOf('-');
  return cut > 0 ? id.slice(0, cut) : id;
}

/**
 * Fold per record such that every note of a patient lands in the same fold. Patients are shuffled with the
 * seed, then placed largest first into the fold with the fewest notes so far (folds of similar size).
 */
export function groupedFolds(ids: readonly string[], k: number, seed: number): number[] {
  if (k < 2) throw new Error('groupedFolds: k must be at least 2');
  const count = new Map<string, number>();
  for (const id of ids) count.set(patientOf(id), (count.get(patientOf(id)) ?? 0) + 1);
  if (count.size < k) throw new Error(`groupedFolds: ${count.size} patients cannot fill ${k} folds`);
  const patients = shuffled([...count.keys()].sort(), seededRandom(seed));
  // Stable sort keeps the seeded order among patients with the same number of notes.
  patients.sort((a, b) => count.get(b)! - count.get(a)!);
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const p of patients) {
    let best = 0;
    for (let f = 1; f < k; f++) if (load[f] < load[best]) best = f;
    foldOf.set(p, best);
    load[best] += count.get(p)!;
  }
  return ids.map((id) => foldOf.get(patientOf(id))!);
}

const SYLLABLES = [
  'ba', 'be', 'bo', 'da', 'de', 'dru', 'fa', 'fen', 'ga', 'gor', 'ha', 'hel', 'ka', 'kel', 'ki', 'la', 'len', 'lo', 'ma', 'mar',
  'mi', 'na', 'nel', 'no', 'pa', 'per', 'qui', 'ra', 'ren', 'ri', 'sa', 'sel', 'so', 'ta', 'ter', 'to', 'va', 'ven', 'wa', 'wil',
  'ya', 'zo', 'zan', 'ck', 'ski', 'son', 'stein', 'ez', 'berg', 'ton',
];
const AUGMENTED_CLASSES = new Set(['NAME', 'LOCATION']);

const VOWELS = 'aeiouy';
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

/**
 * An invented word of about `len` letters that is in no vocabulary list: half of them from name-like syllables,
 * half from consonants and vowels of the whole alphabet in turn (pronounceable, as names are). Syllables alone give
 * every invented name one of a few dozen beginnings and endings, so the affix features learn that spelling and a
 * new name spelled otherwise ("Xyzabc", "Zorblat") is judged by affixes learned from drug brands and acronyms;
 * the whole alphabet leaves context and the word's form to decide.
 */
function inventWord(len: number, rand: () => number, lex: Lexicon): string {
  const target = Math.max(2, len);
  for (;;) {
    let w = '';
    if (rand() < 0.5) {
      while (w.length < target) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    } else {
      let vowel = rand() < 0.3;
      while (w.length < target) {
        const set = vowel ? VOWELS : CONSONANTS;
        w += set[Math.floor(rand() * set.length)];
        vowel = !vowel;
      }
    }
    if (!lex.wordFlags.has(w)) return w;
  }
}

function likeCase(word: string, model: string): string {
  if (model.toUpperCase() === model) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** Cue and clinical words are never planted as names: the model must keep reading them as the cues they are. */
const NOT_PLANTED = WORD_FUNCTION | WORD_CLINICAL | WORD_TITLE | WORD_ROLE | WORD_RELATIVE | WORD_CREDENTIAL | WORD_CONTACT |
  WORD_HEAD | WORD_HEADER | WORD_MOVEMENT | WORD_PERSON_VERB;

export interface WordNames {
  /** Census given names that are also everyday English words ("will", "art", "grace", "bill"). */
  given: readonly string[];
  /** Census surnames that are also everyday English words ("porter", "baker", "rivers"). */
  family: readonly string[];
}

const wordNamesCache = new WeakMap<Lexicon, WordNames>();

/**
 * Names that are also English words, from the vendored census and SCOWL lists (in their file order, so training
 * stays reproducible). These are the names that leak on new notes ("Will ambulated", "Art tolerated diet"): the
 * development set's surrogate names are rarely words, so without planting them the model learns that a word in the
 * English list is not a name whatever its context.
 */
export function wordNamesOf(lex: Lexicon): WordNames {
  let cached = wordNamesCache.get(lex);
  if (!cached) {
    const given: string[] = [], family: string[] = [];
    for (const [w, f] of lex.wordFlags) {
      if (w.length < 3 || !/^[a-z]+$/.test(w) || (f & WORD_COMMON) === 0 || (f & NOT_PLANTED) !== 0) continue;
      if (f & WORD_FIRST) given.push(w);
      else if (f & WORD_LAST) family.push(w);
    }
    cached = { given, family };
    wordNamesCache.set(lex, cached);
  }
  return cached;
}

/** Shares of name words replaced by a name that is also a word and by an invented word; share of name spans lower-cased. */
export interface AugmentShares {
  wordName: number;
  invented: number;
  lowerName: number;
  /** Probability that a variant gets official protected clinical terms planted as O (see plantProtectedTerms); 0 = never. */
  protectedTerm?: number;
}
/**
 * Off by default (the committed model's variants: half the name words invented, none a word-name, no lower-case span).
 * Session 8 trained with word-names 0.2 / 0.1 / 0 and lower-case names 0.25: name-context recall rose (0.927 → 0.935)
 * but CV mean precision, held-out #7 recall and protected terms on #6 got worse, so the shipped model does not use them
 * (figures in data/phi/PROVENANCE.md). With these defaults the random stream is the one the committed model was built with.
 */
export const DEFAULT_AUGMENT: AugmentShares = { wordName: 0, invented: 0.5, lowerName: 0 };

/**
 * A training variant of a gold note: each place word is replaced, with probability 1/2, by an invented word of
 * similar length and the same case; each name word, in the given shares, by a census name that is also an English word
 * (given names first in the span, surnames after: "Will", "Grace Porter") or by an invented word (so the model learns names from
 * their context and shape, not from the surrogate names of the development set); a name span is then, sometimes,
 * written in lower case inside its note ("seen by will porter", as typed in messages and nursing notes). The whole
 * note is then kept as written, upper-cased or lower-cased (so it learns not to depend on case, as nursing notes
 * often are one case throughout).
 */
export function augmentNote(note: GoldNote, rand: () => number, lex: Lexicon, shares: AugmentShares = DEFAULT_AUGMENT): GoldNote {
  const spans = [...note.phi].sort((a, b) => a.start - b.start);
  const wordNames = wordNamesOf(lex);
  const parts: string[] = [];
  const phi: GoldNote['phi'] = [];
  let pos = 0;
  let shift = 0;
  for (const s of spans) {
    if (s.start < pos) continue; // overlapping gold: keep the first
    parts.push(note.text.slice(pos, s.start));
    let body = note.text.slice(s.start, s.end);
    const cls = CLASSES[classOfGold(s.type)];
    if (cls === 'NAME') {
      let nth = 0;
      body = body.replace(/\p{L}+/gu, (m) => {
        if (m.length < 2) return m;
        const list = nth++ === 0 ? wordNames.given : wordNames.family;
        const r = rand();
        if (r < shares.wordName && list.length > 0) return likeCase(list[Math.floor(rand() * list.length)], m);
        return r < shares.wordName + shares.invented ? likeCase(inventWord(m.length, rand, lex), m) : m;
      });
      if (shares.lowerName > 0 && rand() < shares.lowerName) {
        const lower = body.toLowerCase();
        if (lower.length === body.length) body = lower;
      }
    } else if (AUGMENTED_CLASSES.has(cls)) {
      body = body.replace(/\p{L}+/gu, (m) => (m.length >= 2 && rand() < 0.5 ? likeCase(inventWord(m.length, rand, lex), m) : m));
    }
    parts.push(body);
    const start = s.start + shift;
    shift += body.length - (s.end - s.start);
    phi.push({ start, end: start + body.length, type: s.type });
    pos = s.end;
  }
  parts.push(note.text.slice(pos));
  let text = parts.join('');
  if ((shares.protectedTerm ?? 0) > 0 && rand() < shares.protectedTerm!) text = plantProtectedTerms(text, phi, rand);
  const r = rand();
  const cased = r < 1 / 3 ? text : r < 2 / 3 ? text.toUpperCase() : text.toLowerCase();
  if (cased.length === text.length) text = cased; // case mapping can change length outside ASCII: keep offsets valid
  return { id: note.id, text, phi };
}

/** Clinical frames a condition is written in (history, assessment, problem list): the words before the term. */
const PLANT_FRAMES = ['', 'History of ', 'h/o ', 'Hx of ', 'Known ', 'r/o ', 'Assessment: ', 'Dx: ', 'No evidence of ', 'PMH: '];

let plantPool: { eponyms: string[]; heads: string[] } | undefined;

/** The official ICD-10-CM eponyms (single words, multi-eponyms whole) and the head nouns the Index writes after them. */
function protectedPool(): { eponyms: string[]; heads: string[] } {
  if (!plantPool) plantPool = { eponyms: [...icdEponyms()].sort(), heads: [...icdClinicalHeads()].sort() };
  return plantPool;
}

const titleCase = (w: string): string => w.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/**
 * Protected terms as O: one to three conditions named after a person from the official ICD-10-CM eponym list and the
 * head nouns the Index writes after them ("Graves disease", "Bell's palsy", "h/o Klippel-Feil syndrome"), each written
 * at the start of a line that holds no gold span, in a clinical frame, with no gold label. Eponyms are census names as
 * often as not; without them as O the model learns that a capitalised census name before a clinical word is a person
 * (the protected terms leave-one-corpus-out found redacted). Gold spans after an insertion are shifted in place.
 */
export function plantProtectedTerms(text: string, phi: GoldNote['phi'], rand: () => number): string {
  const { eponyms, heads } = protectedPool();
  if (eponyms.length === 0 || heads.length === 0) return text;
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const free = starts.filter((at) => !phi.some((g) => g.start <= at && at < g.end));
  if (free.length === 0) return text;
  const count = 1 + Math.floor(rand() * 3);
  const picks = new Set<number>();
  for (let n = 0; n < count; n++) picks.add(free[Math.floor(rand() * free.length)]);
  let out = text;
  // Right to left, so earlier insertion points keep their offsets.
  for (const at of [...picks].sort((a, b) => b - a)) {
    const eponym = titleCase(eponyms[Math.floor(rand() * eponyms.length)]);
    const possessive = rand() < 0.3 && !eponym.includes('-') ? "'s" : '';
    const frame = PLANT_FRAMES[Math.floor(rand() * PLANT_FRAMES.length)];
    const phrase = `${frame}${eponym}${possessive} ${heads[Math.floor(rand() * heads.length)]}.${rand() < 0.5 ? '\n' : ' '}`;
    out = out.slice(0, at) + phrase + out.slice(at);
    for (const g of phi) {
      if (g.start >= at) {
        g.start += phrase.length;
        g.end += phrase.length;
      }
    }
  }
  return out;
}
