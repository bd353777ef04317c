// Owns the learned spelling test of the caseless default deny: whether a word no list holds is spelt like a personal or
// place name ("oyelaran", "tuimavave", "haddadin") or like English and clinical vocabulary ("extubation", "overbreathing",
// "diuresed"). A naive Bayes model over letter n-grams (two to four letters, word boundaries marked), trained once per
// lexicon from the project's own word lists only — census first names and surnames against the English, ICD-10-CM and
// Index vocabulary (data/phi/PROVENANCE.md) — never from a note. Where case says nothing this spelling is the one sign
// left, and it needs no form known in advance: a name never seen is still spelt like names.
import type { Lexicon } from '../lexicon';

const BUCKET_BITS = 18;
const BUCKETS = 1 << BUCKET_BITS;
const MIN_GRAM = 2;
const MAX_GRAM = 4;

interface NameShapeModel {
  /** Per hashed n-gram: log P(gram | name) - log P(gram | vocabulary), Laplace-smoothed. */
  readonly logRatio: Float32Array;
}

/** FNV-1a over the n-gram's code units, folded to the bucket range. */
function gramHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}

function forEachGram(lower: string, f: (bucket: number) => void): void {
  const s = `^${lower}$`;
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) for (let i = 0; i + n <= s.length; i++) f(gramHash(s, i, i + n));
}

/** Trains the model from two word lists; exported for tests with small lists. */
export function trainNameShape(names: Iterable<string>, vocabulary: Iterable<string>): NameShapeModel {
  const pos = new Float64Array(BUCKETS);
  const neg = new Float64Array(BUCKETS);
  let posTotal = 0;
  let negTotal = 0;
  for (const w of names) forEachGram(w, (b) => { pos[b]++; posTotal++; });
  for (const w of vocabulary) forEachGram(w, (b) => { neg[b]++; negTotal++; });
  const logRatio = new Float32Array(BUCKETS);
  const posDen = Math.log(posTotal + BUCKETS);
  const negDen = Math.log(negTotal + BUCKETS);
  for (let b = 0; b < BUCKETS; b++) logRatio[b] = Math.log(pos[b] + 1) - posDen - (Math.log(neg[b] + 1) - negDen);
  return { logRatio };
}

/** Mean log-likelihood ratio per n-gram: above 0 the word is spelt more like a name than like vocabulary. */
export function nameShapeScore(model: NameShapeModel, lower: string): number {
  let sum = 0;
  let count = 0;
  forEachGram(lower, (b) => { sum += model.logRatio[b]; count++; });
  return count === 0 ? 0 : sum / count;
}

const models = new WeakMap<Lexicon, NameShapeModel>();

/** The lexicon's model, trained on first use: listed names that are not vocabulary against the vocabulary lists. */
export function lexiconNameShape(lex: Lexicon): NameShapeModel {
  let m = models.get(lex);
  if (!m) {
    const names = new Set<string>();
    for (const set of [lex.firstNames, lex.surnames]) for (const w of set) if (!lex.common.has(w) && /^[a-z]+$/.test(w)) names.add(w);
    const vocabulary = [...lex.common, ...lex.indexClinical].filter((w) => /^[a-z]+$/.test(w));
    m = trainNameShape(names, vocabulary);
    models.set(lex, m);
  }
  return m;
}
