// Owns the learned PHI token classifier as data: its classes, hashed weight table and decision threshold,
// greedy left-to-right decoding of a note into per-token labels and margins, and the byte format of the
// committed model file (brotli over a small JSON header and int16-quantised weights).
import { endianness } from 'node:os';
import { brotliCompressSync, brotliDecompressSync, constants as zc } from 'node:zlib';
import type { PhiType } from '../../types';
import type { CaseMode, Word } from '../tokens';
import { WORD_COMMON } from '../lexicon';
import { HISTORY_FEATURES, MAX_STATIC_FEATURES, featureVersionOf, featuresOf, historyFeatures, tokenTable, type FeatureSet, type TokenTable } from './features';

/**
 * Token labels (IO tagging, not BIO: adjacent tokens of one type become one span in redact's resolve, so a
 * begin/inside split adds nothing to what is redacted). Index 0 must be O. NAME and LOCATION are what the model
 * is for; ID collects every other identifier written in words (month names, spelled ages, ...), which the
 * pattern recognizers own. Few classes keep inference fast (weights per feature = classes).
 */
export const CLASSES = ['O', 'NAME', 'LOCATION', 'ID'] as const satisfies readonly ('O' | PhiType)[];
/** History label of a token the model does not classify (numbers, function words). */
export const SKIPPED = CLASSES.length;
export const N_CLASSES = CLASSES.length;
const MAGIC = 'CCPHIPERC1';
/** Margin of a token the model does not classify; a module constant (a global lookup is slow in a vm context). */
const UNSCORED = Number.NEGATIVE_INFINITY;

export interface ModelMeta {
  format: 1;
  featureVersion: number;
  /** The templates the weights were trained on; absent means 'full' (every model file before the context set). */
  featureSet?: FeatureSet;
  bucketsLog2: number;
  classes: string[];
  /**
   * Emit a token when (best PHI class score − O score) ≥ thresholds[group]: group 0 words in no vocabulary list,
   * group 1 everyday or clinical words that are also in a name or place list ("General", "Rich"), which need more
   * confidence. Chosen by patient-grouped cross-validation.
   */
  thresholds: [number, number];
  /**
   * Hysteresis: a token next to an emitted one (same line) is emitted from this lower margin, per group, so a
   * confident first name carries an unsure surname ("ZORBLAT QUIMMERS"). Chosen like thresholds, at a lower
   * precision floor; never above thresholds.
   */
  extend: [number, number];
  /** The classes the recognizer emits; the others (structured identifiers) are left to the pattern recognizers. */
  emit: string[];
  /** Stored weight = round(weight × scale) as int16. */
  scale: number;
  /** Provenance and training figures (no timestamps or paths: the file is reproducible byte for byte). */
  training: Record<string, unknown>;
}

export interface Decoded {
  /** Threshold group per token (see ModelMeta.thresholds). */
  group: Uint8Array;
  /** Best PHI class per token (index into CLASSES, never 0). */
  best: Uint8Array;
  /** best class score − O score. */
  margin: Float32Array;
}

/** Scores every class of one token: weights[(bucket × N_CLASSES) + class] summed over the features. */
export function scoreInto(weights: Float32Array | Float64Array, feats: Uint32Array, nFeats: number, mask: number, scores: Float64Array): void {
  scores.fill(0);
  for (let f = 0; f < nFeats; f++) {
    const base = (feats[f] & mask) * N_CLASSES;
    for (let c = 0; c < N_CLASSES; c++) scores[c] += weights[base + c];
  }
}

export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < N_CLASSES; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

const featBuf = new Uint32Array(MAX_STATIC_FEATURES + HISTORY_FEATURES);
if (N_CLASSES !== 4) throw new Error('decodeTable is unrolled for four classes');

/** Greedy decoding: each token sees the argmax labels of the two before it, as in training. */
export function decodeTable(weights: Float32Array, bucketsLog2: number, t: TokenTable, mode: CaseMode, set: FeatureSet = 'full'): Decoded {
  const mask = (1 << bucketsLog2) - 1;
  const best = new Uint8Array(t.n);
  const group = new Uint8Array(t.n);
  const margin = new Float32Array(t.n);
  let prev = 0, prev2 = 0;
  for (let i = 0; i < t.n; i++) {
    if (!t.scored[i]) {
      best[i] = 1;
      margin[i] = UNSCORED;
      prev2 = prev;
      prev = SKIPPED;
      continue;
    }
    group[i] = t.flags[i] & WORD_COMMON ? 1 : 0;
    let k = featuresOf(set, t, i, mode, featBuf);
    k = historyFeatures(t, i, prev, prev2, featBuf, k);
    // Four classes unrolled into locals: this loop is the model's whole cost at redaction time.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let f = 0; f < k; f++) {
      const base = (featBuf[f] & mask) << 2;
      s0 += weights[base];
      s1 += weights[base + 1];
      s2 += weights[base + 2];
      s3 += weights[base + 3];
    }
    let b = 1, top = s1;
    if (s2 > top) (b = 2), (top = s2);
    if (s3 > top) (b = 3), (top = s3);
    best[i] = b;
    margin[i] = top - s0;
    prev2 = prev;
    prev = margin[i] > 0 ? b : 0;
  }
  return { group, best, margin };
}

export class PerceptronModel {
  constructor(readonly meta: ModelMeta, readonly weights: Float32Array) {
    const want = featureVersionOf(meta.featureSet ?? 'full');
    if (meta.featureVersion !== want) throw new Error(`PHI model was trained with ${meta.featureSet ?? 'full'} feature version ${meta.featureVersion}, code has ${want}: retrain (npm run train:phi)`);
    if (weights.length !== (1 << meta.bucketsLog2) * N_CLASSES) throw new Error('PHI model: weight table size does not match its header');
    if (meta.classes.join(',') !== CLASSES.join(',')) throw new Error('PHI model: classes differ from the code');
    if (!meta.emit.every((c) => c !== 'O' && (CLASSES as readonly string[]).includes(c))) throw new Error('PHI model: unknown class to emit');
  }

  decode(text: string, words: readonly Word[], flags: Uint32Array, mode: CaseMode): Decoded {
    return decodeTable(this.weights, this.meta.bucketsLog2, tokenTable(text, words, flags, mode), mode, this.featureSet);
  }

  get featureSet(): FeatureSet {
    return this.meta.featureSet ?? 'full';
  }

  /** The model file: deterministic for the same weights and header (fixed brotli parameters, no timestamps). */
  serialize(): Buffer {
    const scale = this.meta.scale;
    const q = new Int16Array(this.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.max(-32767, Math.min(32767, Math.round(this.weights[i] * scale)));
    const header = Buffer.from(JSON.stringify(this.meta), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length, 0);
    // Little-endian int16 regardless of the machine, so the file is the same everywhere.
    const body = Buffer.alloc(q.length * 2);
    for (let i = 0; i < q.length; i++) body.writeInt16LE(q[i], i * 2);
    const raw = Buffer.concat([Buffer.from(MAGIC, 'ascii'), len, header, body]);
    return brotliCompressSync(raw, {
      params: { [zc.BROTLI_PARAM_QUALITY]: 9, [zc.BROTLI_PARAM_LGWIN]: 22, [zc.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
  }

  static deserialize(file: Buffer): PerceptronModel {
    const raw = brotliDecompressSync(file);
    if (raw.subarray(0, MAGIC.length).toString('ascii') !== MAGIC) throw new Error('PHI model: not a perceptron model file');
    const hlen = raw.readUInt32LE(MAGIC.length);
    const hstart = MAGIC.length + 4;
    const meta = JSON.parse(raw.subarray(hstart, hstart + hlen).toString('utf8')) as ModelMeta;
    // JSON writes an infinite threshold (a group the model never emits) as null.
    meta.thresholds = meta.thresholds.map((t) => t ?? Number.POSITIVE_INFINITY) as [number, number];
    meta.extend = meta.extend.map((t) => t ?? Number.POSITIVE_INFINITY) as [number, number];
    const bodyStart = hstart + hlen;
    const n = (raw.length - bodyStart) / 2;
    const weights = new Float32Array(n);
    const inv = 1 / meta.scale;
    if (endianness() === 'LE') {
      // One aligned copy, then a typed view: far faster than n readInt16LE calls (load stays well under 100 ms).
      const q = new Int16Array(raw.buffer.slice(raw.byteOffset + bodyStart, raw.byteOffset + bodyStart + n * 2));
      for (let i = 0; i < n; i++) weights[i] = q[i] * inv;
    } else {
      for (let i = 0; i < n; i++) weights[i] = raw.readInt16LE(bodyStart + i * 2) * inv;
    }
    return new PerceptronModel(meta, weights);
  }

  /** Quantises float weights: the largest magnitude maps to int16's range. */
  static fromWeights(
    weights: Float32Array, bucketsLog2: number, thresholds: [number, number], emit: readonly string[], training: Record<string, unknown>,
    extend: [number, number] = thresholds, featureSet: FeatureSet = 'full',
  ): PerceptronModel {
    let max = 0;
    for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
    const scale = max === 0 ? 1 : Math.fround(32767 / max);
    // featureSet is written only for the context set, so a 'full' model's header (and file) is what it always was.
    const meta: ModelMeta = { format: 1, featureVersion: featureVersionOf(featureSet), ...(featureSet === 'full' ? {} : { featureSet }), bucketsLog2, classes: [...CLASSES], thresholds,
      extend: [Math.min(extend[0], thresholds[0]), Math.min(extend[1], thresholds[1])], emit: [...emit], scale, training };
    // Round-trip through the quantisation so the in-memory model scores exactly as the loaded file will.
    const q = new Float32Array(weights.length);
    const inv = 1 / scale;
    for (let i = 0; i < q.length; i++) q[i] = Math.max(-32767, Math.min(32767, Math.round(weights[i] * scale))) * inv;
    return new PerceptronModel(meta, q);
  }
}

export interface LearnedSpan {
  start: number;
  end: number;
  type: PhiType;
}

/**
 * Tokens of an emitted class whose margin reaches its group's threshold, or the lower `extend` threshold next to
 * an emitted token on the same line, as spans (a possessive's "'s" left readable); never a word in medication
 * grammar: the model has no drug list, and brand names look like names.
 */
export function spansAt(
  d: Decoded, words: readonly Word[], thresholds: readonly [number, number], emit: readonly string[] = CLASSES,
  extend: readonly [number, number] = thresholds,
): LearnedSpan[] {
  let allowed = 0;
  for (let c = 1; c < N_CLASSES; c++) if (emit.includes(CLASSES[c])) allowed |= 1 << c;
  const n = words.length;
  const eligible = (i: number): boolean => d.margin[i] !== UNSCORED && (allowed & (1 << d.best[i])) !== 0 && !followedByDose(words, i);
  const on = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    if (d.margin[i] >= thresholds[d.group[i]] && eligible(i)) {
      on[i] = 1;
      any = true;
    }
  }
  if (!any) return [];
  const carries = (i: number, from: number): boolean =>
    on[from] === 1 && on[i] === 0 && d.margin[i] >= extend[d.group[i]] && ADJACENT_GAP_RE.test(words[Math.max(i, from)].gapBefore) && eligible(i);
  for (let i = 1; i < n; i++) if (carries(i, i - 1)) on[i] = 1;
  for (let i = n - 2; i >= 0; i--) if (carries(i, i + 1)) on[i] = 1;
  const out: LearnedSpan[] = [];
  for (let i = 0; i < n; i++) if (on[i]) out.push({ start: words[i].start, end: words[i].baseEnd, type: CLASSES[d.best[i]] as PhiType });
  return out;
}

/** Neighbours in one name or place: a space, a comma, an initial's full stop or a hyphen, on one line. */
const ADJACENT_GAP_RE = /^[ \t.,'-]{1,3}$/;

/** Dose units, routes and frequencies: a word they follow on its line (numbers between) is a drug, not PHI. */
const DOSE_WORDS: ReadonlySet<string> = new Set(
  `mg mcg g gm ml cc units unit iu meq mmol tab tabs tablet tablets cap caps capsule puff puffs drop drops patch
   po iv im sq sc subq sl pr prn bid tid qid qd qhs qam qpm daily nightly`.split(/\s+/),
);

/** Medication grammar ("Narcan 0.4 mg", "Eliquis 5 mg PO", "- Narcan BID"): never emitted, whatever the score. */
function followedByDose(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
    const w = words[j];
    if (w.gapBefore.includes('\n')) return false;
    if (DOSE_WORDS.has(w.lower)) return true;
    if (!w.hasDigit) return false;
  }
  return false;
}
