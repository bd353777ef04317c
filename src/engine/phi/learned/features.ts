// Owns the feature templates of the learned PHI token classifier: word shape, affixes, casing, length,
// list membership, neighbours ±2, punctuation and line position, cue words before and after. Features are
// hashed (FNV-1a + murmur finaliser) into a fixed number of buckets so the model needs no vocabulary file;
// training and inference share this one function, so a model is only valid with the FEATURE_VERSION it was
// trained with.
import {
  WORD_CITY, WORD_CLINICAL, WORD_COMMON, WORD_CONTACT, WORD_CREDENTIAL, WORD_FIRST, WORD_FUNCTION, WORD_HEAD, WORD_HEADER,
  WORD_LAST, WORD_MAJOR_CITY, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE,
} from '../lexicon';
import type { CaseMode, Word } from '../tokens';
import { isProtectedWord } from '../unitWords';

/** Bump when any template below changes: a model file records the version it was trained with. */
export const FEATURE_VERSION = 5;

/**
 * Which templates a model reads. 'full' (the committed model): the word's own spelling (affixes, consonant/vowel
 * skeleton, identity of vocabulary words) and its name-list membership beside its context. 'context': the slot only
 * (see contextFeatures): a name or town in a new vocabulary is by construction a word no model has seen, so only
 * what surrounds it can carry over.
 */
export type FeatureSet = 'full' | 'context';
/** Version of the 'context' templates (a model file records it as its featureVersion with featureSet 'context'). */
export const CONTEXT_FEATURE_VERSION = 1;

export const featureVersionOf = (set: FeatureSet): number => (set === 'context' ? CONTEXT_FEATURE_VERSION : FEATURE_VERSION);

/** Upper bound of static features per token (the templates below emit at most this many). */
export const MAX_STATIC_FEATURES = 96;
/** Features that depend on the labels already decided to the left (greedy decoding). */
export const HISTORY_FEATURES = 4;

const LIST_BITS = [
  WORD_FIRST, WORD_LAST, WORD_COMMON, WORD_CITY, WORD_TITLE, WORD_ROLE, WORD_RELATIVE, WORD_CREDENTIAL, WORD_CONTACT,
  WORD_PERSON_VERB, WORD_MOVEMENT, WORD_HEAD, WORD_HEADER, WORD_FUNCTION, WORD_CLINICAL, WORD_MAJOR_CITY,
];
/** Words whose identity is a feature: the allow-listed vocabulary and cue words. A word outside it (most names in
 * a new note) is described by its shape, affixes and context only, so the model cannot memorise training names. */
const VOCAB_BITS = WORD_COMMON | WORD_TITLE | WORD_ROLE | WORD_RELATIVE | WORD_CREDENTIAL | WORD_CONTACT | WORD_PERSON_VERB |
  WORD_MOVEMENT | WORD_HEAD | WORD_HEADER | WORD_FUNCTION | WORD_CLINICAL;
const CUE_BITS = WORD_TITLE | WORD_ROLE | WORD_RELATIVE | WORD_CREDENTIAL | WORD_CONTACT | WORD_PERSON_VERB | WORD_MOVEMENT | WORD_HEAD | WORD_HEADER;
const CUE_LIST = [WORD_TITLE, WORD_ROLE, WORD_RELATIVE, WORD_CREDENTIAL, WORD_CONTACT, WORD_PERSON_VERB, WORD_MOVEMENT, WORD_HEAD, WORD_HEADER];
const NAME_LIST_BITS = WORD_FIRST | WORD_LAST | WORD_CITY | WORD_MAJOR_CITY;
/** The allow-lists a context-only model may read of the token itself: vocabulary, never a name or place list. */
const ALLOW_LIST = [WORD_COMMON, WORD_CLINICAL, WORD_FUNCTION, WORD_TITLE, WORD_ROLE, WORD_RELATIVE, WORD_CREDENTIAL, WORD_CONTACT,
  WORD_PERSON_VERB, WORD_MOVEMENT, WORD_HEAD, WORD_HEADER];
const ALLOW_BITS = ALLOW_LIST.reduce((a, b) => a | b, 0);

// Module-scope copies of globals used per character: a global lookup is slow inside a vm context (Jest runs
// modules in one), a module constant is not.
const imul = Math.imul;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** murmur3 fmix32 of a template id combined with a value hash: integer-only, no string concatenation. */
function mix(a: number, b: number): number {
  let h = imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Per-token values computed once and read by the token itself and by its neighbours. */
export interface TokenTable {
  n: number;
  /** Identity of a vocabulary word, else 'unknown' combined with the short shape. */
  repr: Uint32Array;
  shape: Uint32Array;
  shortShape: Uint32Array;
  /** 0 digit-bearing, 1 all upper, 2 capitalised, 3 lower, 4 other. */
  casing: Uint8Array;
  flags: Uint32Array;
  pre: Uint32Array; // 4 per token
  suf: Uint32Array; // 4 per token
  /** Punctuation class before the token (0 none/space; 1 line break; else hash of the trimmed gap). */
  gapHash: Uint32Array;
  lineStart: Uint8Array;
  len: Uint8Array;
  /** Shape of the whitespace-delimited chunk around the token ("7/22" → d/dd) and the token's place in it. */
  chunkShape: Uint32Array;
  chunkPos: Uint8Array;
  /** 1 where the model classifies the token (see isScored). */
  scored: Uint8Array;
  /** Consonant/vowel skeleton of a classified token (see cvHash). */
  cv: Uint32Array;
  /** Cue classes of each token as context for others (see cueOf). */
  cue: Uint32Array;
  /** Identity-or-shape (as repr) of the first word of the token's line: the header or label a line starts with. */
  lineHead: Uint32Array;
  /** Place of the token on its line (0 first word, 1, 2, 3 = later), and 1 when a colon came before it on the line. */
  linePos: Uint8Array;
}

const SHAPE_MAX = 12;
const CHUNK_SHAPE_MAX = 16;

/** Shape class of one UTF-16 unit: X upper, x lower, d digit, else the character itself. */
function shapeCode(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c > 127) {
    const ch = text[at];
    return ch.toLowerCase() !== ch ? 88 : 120;
  }
  return c;
}

/** FNV of the shape of text[from, to) (at most max units) without building the shape string. */
function shapeHash(text: string, from: number, to: number, max: number, collapse: boolean): number {
  let h = FNV_OFFSET;
  let last = -1;
  const end = to < from + max ? to : from + max;
  for (let i = from; i < end; i++) {
    const s = shapeCode(text, i);
    if (collapse && s === last) continue;
    h = imul(h ^ s, FNV_PRIME);
    last = s;
  }
  return h >>> 0;
}

function casingOf(w: Word): number {
  if (w.hasDigit) return 0;
  if (w.upper) return 1;
  if (w.capitalized) return 2;
  return w.lower === w.lower.toLowerCase() ? 3 : 4;
}

/**
 * Which tokens the model classifies: words that could be a name or a place. Numbers and dates are the pattern
 * recognizers' work; function words, and everyday or clinical words in no name or place list, are left to the
 * rules (institution grammar: "Sacred Heart"); single letters stay (initials). In mixed-case text an everyday word
 * that a name list also holds ("pain", "blood" are census surnames) is a name candidate only when capitalised.
 * Four tokens in five are skipped, which is what keeps the model inside the redaction speed budget.
 */
function isCandidate(w: Word, f: number, mode: CaseMode): boolean {
  if (w.hasDigit) return false;
  if (w.lower.length < 2) return true;
  if ((f & WORD_FUNCTION) !== 0) return false;
  if ((f & WORD_COMMON) === 0) return !protectedAlone(w, f);
  if ((f & NAME_LIST_BITS) === 0) return false;
  return mode !== 'mixed' || w.capitalized || w.upper;
}

/**
 * A protected clinical term in no census name list (brand drugs, named scores: "Zosyn", "Xarelto", "Epworth"):
 * vocabulary, as the redactor treats it (it never emits one, protectedTerms.ts), so not a name candidate and its
 * identity is a feature. As unknown words they would teach the spelling features that capitalised words beginning
 * "X", "Z", "Q" are not PHI, and an invented name spelled so ("Xyzabc", "ZORBLAT") would lose to its affixes.
 */
function protectedAlone(w: Word, f: number): boolean {
  return (f & (WORD_FIRST | WORD_LAST)) === 0 && isProtectedWord(w.lower);
}

/** 0 no punctuation; 1 a line break; else a hash of the first three non-space characters. */
function gapClass(gap: string): number {
  let h = FNV_OFFSET;
  let seen = 0;
  for (let x = 0; x < gap.length; x++) {
    const c = gap.charCodeAt(x);
    if (c === 10 || c === 13) return 1;
    if (isSpace(c) || seen >= 3) continue;
    h = imul(h ^ c, FNV_PRIME);
    seen++;
  }
  return seen === 0 ? 0 : (h >>> 0) | 2;
}

/** Per-token values for the classified tokens and their neighbours within ±3 (the only ones features read). */
export function tokenTable(text: string, words: readonly Word[], flags: Uint32Array, mode: CaseMode): TokenTable {
  const n = words.length;
  // One zeroed buffer for every column (views at fixed offsets): one backing store per note instead of fourteen.
  const buffer = new ArrayBuffer(n * (16 * 4 + 6));
  let at = 0;
  const u32 = (len: number) => {
    const v = new Uint32Array(buffer, at, len);
    at += len * 4;
    return v;
  };
  const u8 = () => {
    const v = new Uint8Array(buffer, at, n);
    at += n;
    return v;
  };
  // 32-bit columns first, so every view starts 4-byte aligned.
  const repr = u32(n), shape = u32(n), shortShape = u32(n), pre = u32(n * 4), suf = u32(n * 4), gapHash = u32(n);
  const chunkShape = u32(n), cv = u32(n), cue = u32(n), lineHead = u32(n);
  const casing = u8(), lineStart = u8(), len = u8(), chunkPos = u8(), scored = u8(), linePos = u8();
  const t: TokenTable = { n, repr, shape, shortShape, casing, flags, pre, suf, gapHash, lineStart, len, chunkShape, chunkPos, scored, cv, cue, lineHead, linePos };
  let lastScored = -3;
  for (let i = 0; i < n; i++) {
    if (isCandidate(words[i], flags[i], mode)) {
      t.scored[i] = 1;
      lastScored = i;
    }
  }
  if (lastScored < 0) return t;
  // Line columns: every token's line head and place on the line (one pass; the head's repr computed on the spot).
  let head = 7, place = 0, colon = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (i === 0 || gapClass(w.gapBefore) === 1) {
      head = (flags[i] & VOCAB_BITS) !== 0 ? fnv(w.lower) : mix(99, shapeHash(text, w.start, w.baseEnd, SHAPE_MAX, true));
      place = 0;
      colon = 0;
    } else if (w.gapBefore.includes(':')) colon = 1;
    t.lineHead[i] = head;
    t.linePos[i] = (place < 3 ? place : 3) * 2 + colon;
    place++;
  }
  let chunkStart = -1, chunkEnd = -1, chunkHash = 0;
  let nextScored = -1;
  lastScored = -3;
  for (let i = 0; i < n; i++) {
    if (t.scored[i]) lastScored = i;
    if (nextScored < i) {
      nextScored = i;
      while (nextScored < n && !t.scored[nextScored]) nextScored++;
    }
    // Features read a token's own values (scored) or a neighbour's within three places; others are never read.
    if (i - lastScored > 3 && nextScored - i > 3) continue;
    const w = words[i];
    t.shape[i] = shapeHash(text, w.start, w.baseEnd, SHAPE_MAX, false);
    t.shortShape[i] = shapeHash(text, w.start, w.baseEnd, SHAPE_MAX, true);
    t.casing[i] = casingOf(w);
    const lower = w.lower;
    t.len[i] = lower.length < 255 ? lower.length : 255;
    t.repr[i] = (flags[i] & VOCAB_BITS) !== 0 || protectedAlone(w, flags[i]) ? fnv(lower) : mix(99, t.shortShape[i]);
    t.cue[i] = cueOf(words, flags, i);
    t.gapHash[i] = i === 0 ? 1 : gapClass(w.gapBefore);
    t.lineStart[i] = t.gapHash[i] === 1 ? 1 : 0;
    // The token after a scored one needs its gap (punctuation after the scored token), nothing more.
    if (!t.scored[i]) continue;
    // FNV is incremental: the prefix hash of length k is the state after k characters.
    let h = FNV_OFFSET;
    for (let k = 0; k < 4; k++) {
      if (k < lower.length) h = imul(h ^ lower.charCodeAt(k), FNV_PRIME);
      t.pre[i * 4 + k] = k < lower.length ? h >>> 0 : 0;
    }
    h = FNV_OFFSET;
    for (let k = 0; k < 4; k++) {
      const at = lower.length - 1 - k;
      if (at >= 0) h = imul(h ^ lower.charCodeAt(at), FNV_PRIME);
      t.suf[i * 4 + k] = at >= 0 ? h >>> 0 : 0;
    }
    if (w.start >= chunkEnd) {
      chunkStart = w.start;
      while (chunkStart > 0 && !isSpace(text.charCodeAt(chunkStart - 1))) chunkStart--;
      chunkEnd = w.end;
      while (chunkEnd < text.length && !isSpace(text.charCodeAt(chunkEnd))) chunkEnd++;
      chunkHash = shapeHash(text, chunkStart, chunkEnd, CHUNK_SHAPE_MAX, false);
    }
    t.cv[i] = cvHash(lower);
    t.chunkShape[i] = chunkHash;
    t.chunkPos[i] = (w.start === chunkStart ? 1 : 0) + (w.end === chunkEnd ? 2 : 0);
  }
  return t;
}

/**
 * A word's cue classes as context: its list bits, except that a movement verb followed by "by" is not a movement
 * cue. "By" after it names the agent ("seen by Dr. X", "evaluated by Quinlet Varrow", "brought by EMS"), not the
 * place of "seen at", "transferred to" (the same reading as the place rules, places/cueRules.ts). Without this,
 * the verb's movement bit two words back votes LOCATION for every person after "seen by", splits the evidence
 * between NAME and LOCATION near the threshold, and any change of training data flips the outcome.
 */
function cueOf(words: readonly Word[], flags: Uint32Array, i: number): number {
  const f = flags[i] & CUE_BITS;
  if ((f & WORD_MOVEMENT) === 0 || i + 1 >= words.length || words[i + 1].lower !== 'by') return f;
  return f & ~WORD_MOVEMENT;
}

const CV_MAX = 8;

/**
 * The word's consonant/vowel skeleton with runs collapsed ("zorblat" → cvcvc, "gbmc" → c, "cabg" → cvc) and the
 * longest consonant run (capped at 4): whether a word is pronounceable, as names are and acronyms mostly are not.
 * It is the only evidence about the word itself that case does not erase: in an all-capitals note an invented name
 * and an abbreviation have the same shape, and affixes of a name never seen are unknown to the model.
 */
function cvHash(lower: string): number {
  let h = FNV_OFFSET;
  let last = -1, run = 0, maxRun = 0, n = 0;
  for (let x = 0; x < lower.length; x++) {
    const c = lower.charCodeAt(x);
    if (c < 97 || c > 122) continue;
    const v = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 ? 1 : 0;
    run = v ? 0 : run + 1;
    if (run > maxRun) maxRun = run;
    if (v === last || n >= CV_MAX) continue;
    h = imul(h ^ (v + 1), FNV_PRIME);
    last = v;
    n++;
  }
  return mix(h >>> 0, maxRun < 4 ? maxRun : 4);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

const lenBucket = (l: number): number => (l <= 4 ? l : l <= 6 ? 5 : l <= 9 ? 6 : 7);

/**
 * Writes the static feature hashes of token i into out (from 0) and returns how many. Neighbours outside the
 * note read as a boundary value so "first word of the note" is itself a feature.
 */
export function staticFeatures(t: TokenTable, i: number, mode: CaseMode, out: Uint32Array): number {
  let k = 0;
  const f = t.flags[i];
  const cas = t.casing[i];
  const modeId = mode === 'upper' ? 1 : mode === 'lower' ? 2 : 3;
  out[k++] = mix(1, 0);
  out[k++] = mix(2, t.repr[i]);
  out[k++] = mix(3, t.shape[i]);
  out[k++] = mix(4, t.shortShape[i]);
  out[k++] = mix(5, cas * 4 + modeId);
  out[k++] = mix(6, lenBucket(t.len[i]) * 8 + (cas === 0 ? 1 : 0));
  if (cas !== 0) {
    for (let a = 0; a < 4; a++) {
      const p = t.pre[i * 4 + a];
      if (p !== 0) out[k++] = mix(10 + a, p);
      const s = t.suf[i * 4 + a];
      if (s !== 0) out[k++] = mix(14 + a, s);
    }
  }
  for (let b = 0; b < LIST_BITS.length; b++) if (f & LIST_BITS[b]) out[k++] = mix(20, b);
  const oov = cas !== 0 && (f & (WORD_COMMON | NAME_LIST_BITS)) === 0;
  const nameOnly = (f & (WORD_FIRST | WORD_LAST)) !== 0 && (f & WORD_COMMON) === 0;
  out[k++] = mix(21, (oov ? 1 : 0) + (nameOnly ? 2 : 0) + ((f & WORD_COMMON) ? 4 : 0) + cas * 8 + modeId * 64);
  out[k++] = mix(mix(22, t.cv[i]), cas * 4 + modeId);
  out[k++] = mix(24, t.chunkShape[i]);
  out[k++] = mix(mix(25, t.chunkShape[i]), t.chunkPos[i]);

  // Neighbours ±2: identity-or-shape, short shape, cue class.
  for (let d = -2; d <= 2; d++) {
    if (d === 0) continue;
    const j = i + d;
    const inside = j >= 0 && j < t.n;
    const dd = d + 2;
    out[k++] = mix(30 + dd, inside ? t.repr[j] : 7);
    out[k++] = mix(35 + dd, inside ? t.shortShape[j] : 7);
    out[k++] = mix(40 + dd, inside ? t.cue[j] | (t.casing[j] << 24) : 7);
  }
  // Conjunctions: the word before with this token's casing; this casing with the word after.
  out[k++] = mix(mix(45, i > 0 ? t.repr[i - 1] : 7), cas * 4 + modeId);
  out[k++] = mix(mix(46, i + 1 < t.n ? t.repr[i + 1] : 7), cas * 4 + modeId);
  out[k++] = mix(mix(47, i > 0 ? t.repr[i - 1] : 7), oov ? 1 : 0);

  // Punctuation before and after, line start and end.
  out[k++] = mix(50, t.gapHash[i]);
  const gapAfter = i + 1 < t.n ? t.gapHash[i + 1] : 1;
  out[k++] = mix(51, gapAfter);
  out[k++] = mix(52, t.lineStart[i] * 2 + (gapAfter === 1 ? 1 : 0));
  out[k++] = mix(mix(53, t.gapHash[i]), gapAfter);

  // Cue words in the three words before, by class and distance; credentials and institution heads after.
  for (let d = 1; d <= 3; d++) {
    const j = i - d;
    if (j < 0) break;
    const cf = t.cue[j];
    if (cf === 0) continue;
    for (let c = 0; c < CUE_LIST.length; c++) if (cf & CUE_LIST[c]) out[k++] = mix(60, c * 4 + d);
  }
  for (let d = 1; d <= 2; d++) {
    const j = i + d;
    if (j >= t.n) break;
    const cf = t.flags[j] & (WORD_CREDENTIAL | WORD_HEAD | WORD_PERSON_VERB);
    if (cf) out[k++] = mix(61, cf * 4 + d);
  }
  return k;
}

/**
 * The 'context' templates: what the slot says, never what the word is. Of the token itself only its shape class
 * (casing against the note's case mode, collapsed shape, length bucket, digits) and its membership of the
 * allow-lists (everyday, clinical, function, cue words) — never its letters, affixes, skeleton or a name or place
 * list, which a model trained on some vocabularies memorises and a new vocabulary never matches. Around it:
 * neighbours ±3 by identity (vocabulary words only; an unknown neighbour by its shape) and class, the punctuation
 * on each side, the chunk's shape, the line's first word and the token's place on the line, cue words before and
 * after. Returns how many features it wrote into out.
 */
export function contextFeatures(t: TokenTable, i: number, mode: CaseMode, out: Uint32Array): number {
  let k = 0;
  const f = t.flags[i];
  const cas = t.casing[i];
  const modeId = mode === 'upper' ? 1 : mode === 'lower' ? 2 : 3;
  const own = f & ALLOW_BITS;
  const known = own !== 0 ? 1 : 0;
  out[k++] = mix(101, 0);
  out[k++] = mix(102, t.shortShape[i]);
  out[k++] = mix(103, cas * 4 + modeId);
  out[k++] = mix(104, lenBucket(t.len[i]) * 8 + cas);
  for (let b = 0; b < ALLOW_LIST.length; b++) if (f & ALLOW_LIST[b]) out[k++] = mix(105, b);
  out[k++] = mix(106, known + cas * 2 + modeId * 16);
  out[k++] = mix(mix(107, t.chunkShape[i]), t.chunkPos[i]);
  for (let d = -3; d <= 3; d++) {
    if (d === 0) continue;
    const j = i + d;
    const inside = j >= 0 && j < t.n;
    const dd = d + 3;
    out[k++] = mix(110 + dd, inside ? t.repr[j] : 7);
    out[k++] = mix(117 + dd, inside ? t.shortShape[j] : 7);
    out[k++] = mix(124 + dd, inside ? t.cue[j] | (t.casing[j] << 24) : 7);
  }
  // Conjunctions of a neighbour with this token's class: "Dr." + capitalised unknown is not "Dr." + clinical word.
  const self = cas * 8 + modeId * 2 + known;
  out[k++] = mix(mix(131, i > 0 ? t.repr[i - 1] : 7), self);
  out[k++] = mix(mix(132, i + 1 < t.n ? t.repr[i + 1] : 7), self);
  out[k++] = mix(mix(133, i > 1 ? t.repr[i - 2] : 7), mix(i > 0 ? t.repr[i - 1] : 7, self));
  out[k++] = mix(mix(134, i > 0 ? t.shortShape[i - 1] : 7), mix(i + 1 < t.n ? t.shortShape[i + 1] : 7, self));
  // Punctuation before and after, line start and end.
  const gapAfter = i + 1 < t.n ? t.gapHash[i + 1] : 1;
  out[k++] = mix(140, t.gapHash[i]);
  out[k++] = mix(141, gapAfter);
  out[k++] = mix(mix(142, t.gapHash[i]), gapAfter * 8 + t.lineStart[i]);
  // The line: its first word (a header or label), the token's place on it, both with the token's class.
  out[k++] = mix(mix(145, t.lineHead[i]), t.linePos[i]);
  out[k++] = mix(mix(146, t.lineHead[i]), self);
  out[k++] = mix(147, t.linePos[i] * 64 + self);
  // Cue words in the three words before, by class and distance; credentials, institution heads, person verbs after.
  for (let d = 1; d <= 3; d++) {
    const j = i - d;
    if (j < 0) break;
    const cf = t.cue[j];
    if (cf === 0) continue;
    for (let c = 0; c < CUE_LIST.length; c++) if (cf & CUE_LIST[c]) out[k++] = mix(150, c * 4 + d);
  }
  for (let d = 1; d <= 3; d++) {
    const j = i + d;
    if (j >= t.n) break;
    const cf = t.flags[j] & (WORD_CREDENTIAL | WORD_HEAD | WORD_PERSON_VERB);
    if (cf) out[k++] = mix(151, cf * 4 + d);
  }
  return k;
}

/** The static features of token i under a feature set (see FeatureSet). */
export function featuresOf(set: FeatureSet, t: TokenTable, i: number, mode: CaseMode, out: Uint32Array): number {
  return set === 'context' ? contextFeatures(t, i, mode, out) : staticFeatures(t, i, mode, out);
}

/** Where staticFeatures writes the affix features of a token (after the six fixed templates). */
export const AFFIX_FEATURE_START = 6;

/**
 * How many affix features (1–4 letter prefixes and suffixes) staticFeatures wrote for token i, from
 * AFFIX_FEATURE_START: the features that spell the word itself. Training may drop them (identity dropout) so the
 * model decides from context, shape and list membership, which carry to values it never saw; inference never does.
 */
export function affixFeatureCount(t: TokenTable, i: number): number {
  if (t.casing[i] === 0) return 0;
  let k = 0;
  for (let a = 0; a < 4; a++) {
    if (t.pre[i * 4 + a] !== 0) k++;
    if (t.suf[i * 4 + a] !== 0) k++;
  }
  return k;
}

/** Features of the labels decided for the two tokens before (greedy left to right). */
export function historyFeatures(t: TokenTable, i: number, prev: number, prev2: number, out: Uint32Array, at: number): number {
  out[at] = mix(70, prev);
  out[at + 1] = mix(71, prev * 16 + prev2);
  out[at + 2] = mix(mix(72, prev), t.shortShape[i]);
  out[at + 3] = mix(73, prev * 8 + t.casing[i]);
  return at + HISTORY_FEATURES;
}
