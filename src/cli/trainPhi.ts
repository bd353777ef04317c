// Owns `npm run train:phi`: trains the learned PHI token classifier from gold notes with a fixed seed, picks
// its decision threshold by patient-grouped cross-validation (never on the notes it is scored on), writes the
// model file reproducibly, and with --cv k reports grouped k-fold figures of the model, the rules and both.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { redactWith } from '../engine/phi';
import { defaultLexicon, type Lexicon } from '../engine/phi/lexicon';
import {
  CLASSES, classOfGold, DEFAULT_AUGMENT, DEFAULT_TRAIN, augmentNote, seededRandom, PerceptronModel, groupedFolds, prepareNote, spansAt, trainPerceptron, type Decoded, type GoldNote, type PreparedNote,
  type TrainOptions, type AugmentShares,
} from '../engine/phi/learned';
import { decodeTable } from '../engine/phi/learned/model';
import type { FeatureSet } from '../engine/phi/learned/features';
import type { PhiSpan } from '../engine/types';
import { evaluatePhi, evaluatePhiMode, type PhiGoldRecord, type PhiModeReport } from '../eval/phi';
import { readJsonl } from './bench';
import { DEFAULT_RESURROGATE_COPIES, DEFAULT_RESURROGATE_SEED, RESURROGATE_VOCABULARIES, resurrogateRecord, resurrogateRecords, withTypeAsKind } from '../eval/deidResurrogate';
import { EXAMINER_CORPORA, VOCABULARY_EVAL_SEEDS } from './trainPhiCorpora';

const USAGE = `Usage: npm run train:phi -- --deid dev.jsonl [--extra more.jsonl ...] [--epochs N] [--seed S] [--out data/phi/perceptron.bin.br]
       npm run train:phi -- --cv 5 --deid dev.jsonl [--extra more.jsonl ...]
  --deid             gold notes {id:"deid-<patient>-<note>", text, phi:[{start,end,type}]}: trained on, and grouped by patient for CV
  --extra            more gold notes in the same format (e.g. the synthetic corpus): training only, never scored
  --cv k             patient-grouped k-fold cross-validation: model alone, rules alone, rules ∪ model per fold
  --threshold-folds  grouped folds used to choose the decision threshold inside the training notes (default 4)
  --min-precision    the threshold is the lowest at which the model alone keeps this precision on held-out notes (default 0.95)
  --extend-precision the lower floor of the threshold at which a token next to an emitted one is emitted too (default 0.9)
  --min-precision-vocab  the same for words that are also everyday or clinical vocabulary (default 0.95)
  --augment          variants per gold note with invented names/places and changed case (default 2; 0 = none)
  --word-names P     share of name words replaced by a census name that is also an English word in variants, at most 0.5 (default ${DEFAULT_AUGMENT.wordName})
  --lower-names P    share of name spans written in lower case inside a variant (default ${DEFAULT_AUGMENT.lowerName})
  --emit             classes the shipped recognizer emits (default NAME,LOCATION: structured identifiers are the patterns' work)
  --style-holdout    synthetic evaluation corpus (eval seed): leave-one-style-out, training on --extra minus one style
                     and scoring rules alone vs rules ∪ model on that style (style = note index mod --styles, default 11)
  --source name=file an examiner's corpus dumped at a TRAINING seed (never its evaluation seed), named by its
                     corpus (h1 … h11, see src/cli/trainPhiCorpora.ts): trained on like --extra, left out as a whole by --loco
  --resurrogate s9,s10,s11  also train on the development notes re-surrogated with these vocabularies (one copy
                     each, at --resurrogate-seed): grouped with their development note's patient, never across a fold
  --resurrogate-seed a training seed for those copies (default 5101; never the evaluation seed ${DEFAULT_RESURROGATE_SEED})
  --loco             leave-one-corpus-out: for each --source and each --resurrogate vocabulary k, train without k and score
                     rules alone vs rules ∪ committed model vs rules ∪ fold model on k at its EVALUATION seed (vocabularies:
                     patient-grouped --loco-folds over the development notes, k's copies of a fold's patients never trained on)
  --loco-folds       patient folds for the vocabulary corpora (default 2)
  --loco-groups G    leave out G groups of synthetic corpora instead of one corpus at a time (corpus i of the --source
                     list in group i mod G): G trainings instead of one per corpus, every corpus still scored by a model
                     that never read it (stricter: it also never read the other corpora of its group)
  --loco-vocabularies  the vocabularies --loco scores (default: the --resurrogate ones; listed without --resurrogate,
                     a baseline: fold models trained on no re-surrogated copies)
  --identity-dropout P  training only: share of token visits whose affix features (the word's own letters) are left
                     out, so context, shape and list bits carry the decision to values never seen (default 0)
  --plant-protected P  share of variants that get official ICD-10-CM eponym conditions planted as O ("Graves disease")
                     at line starts (default 0)
  --features S       full (default: the word's spelling, affixes and list membership with its context) or context
                     (the slot only: shape class and allow-list membership of the word, never its letters or a name
                     list; neighbours ±3, punctuation, the line's first word and place, cue words)
  --buckets-log2     feature hash table size (default ${DEFAULT_TRAIN.bucketsLog2})
`;

const DEFAULT_OUT = path.join('data', 'phi', 'perceptron.bin.br');

interface Options extends TrainOptions {
  featureSet: FeatureSet;
  augment: number;
  shares: AugmentShares;
  emit: string[];
  minPrecision: number;
  minPrecisionVocab: number;
  extendPrecision: number;
  thresholdFolds: number;
}

interface Scored {
  note: GoldNote;
  prepared: PreparedNote;
  decoded: Decoded;
}

interface RuleSpans {
  keep: readonly PhiSpan[];
  all: readonly PhiSpan[];
}

function readGold(file: string): GoldNote[] {
  return readJsonl(file).map((r, i) => {
    if (typeof r.text !== 'string' || !Array.isArray(r.phi)) throw new Error(`${file}: line ${i + 1} is not {id, text, phi}`);
    return { id: String(r.id ?? `${path.basename(file)}-${i}`), text: r.text, phi: r.phi as GoldNote['phi'] };
  });
}

function trainModel(notes: readonly PreparedNote[], opts: Options, decision: Decision, training: Record<string, unknown> = {}): PerceptronModel {
  return PerceptronModel.fromWeights(trainPerceptron(notes, opts), opts.bucketsLog2, decision.seed, opts.emit, training, decision.extend, opts.featureSet);
}

function decodeWith(model: PerceptronModel, p: PreparedNote): Decoded {
  return decodeTable(model.weights, model.meta.bucketsLog2, p.table, p.mode, model.featureSet);
}

/** Out-of-fold decodings of `dev` (grouped folds), each fold tagged by a model trained on the others plus `extra`. */
function outOfFold(dev: readonly number[], notes: readonly GoldNote[], prepared: readonly PreparedNote[], augmented: readonly PreparedNote[][], extra: readonly PreparedNote[], k: number, opts: Options): Scored[] {
  const folds = groupedFolds(dev.map((i) => notes[i].id), k, opts.seed);
  const out: Scored[] = [];
  for (let f = 0; f < k; f++) {
    const train = [...dev.filter((_, j) => folds[j] !== f).flatMap((i) => [prepared[i], ...augmented[i]]), ...extra];
    const model = trainModel(train, opts, { seed: [0, 0], extend: [0, 0] });
    dev.forEach((i, j) => {
      if (folds[j] === f) out.push({ note: notes[i], prepared: prepared[i], decoded: decodeWith(model, prepared[i]) });
    });
  }
  return out;
}

function evaluate(scored: readonly Scored[], rules: (s: Scored) => RuleSpans | null, decision: Decision | null, emit: readonly string[]): PhiModeReport {
  const byText = new Map(scored.map((s) => [s.note.text, s]));
  return evaluatePhi(scored.map((s) => s.note), (text, o) => {
    const s = byText.get(text)!;
    const keepYears = o?.keepYears ?? true;
    const r = rules(s);
    const spans: { start: number; end: number }[] = r ? [...(keepYears ? r.keep : r.all)] : [];
    if (decision !== null) spans.push(...spansAt(s.decoded, s.prepared.words, decision.seed, emit, decision.extend));
    return { spans };
  }).withoutYears;
}

type Thresholds = [number, number];
/** Seed thresholds (emit) and the lower hysteresis thresholds (extend a span to its neighbour), per group. */
interface Decision {
  seed: Thresholds;
  extend: Thresholds;
}
const NEVER = Number.POSITIVE_INFINITY;

/** Threshold candidates of one group: 0 and the percentiles of its gold tokens' held-out margins, ascending. */
function candidatesOf(scored: readonly Scored[], g: number): number[] {
  const margins: number[] = [];
  for (const s of scored) {
    const d = s.decoded;
    for (let i = 0; i < d.margin.length; i++) if (s.prepared.gold[i] && d.group[i] === g && d.margin[i] !== -Infinity) margins.push(d.margin[i]);
  }
  margins.sort((a, b) => a - b);
  const candidates = new Set<number>([0]);
  for (let q = 0; q <= 100; q++) if (margins.length) candidates.add(margins[Math.min(margins.length - 1, Math.floor((q / 100) * margins.length))]);
  return [...candidates].sort((a, b) => a - b);
}

/**
 * Recall-leaning operating point on held-out decodings, per threshold group: the lowest seed threshold (most tokens
 * emitted) at which the model alone, emitting that group only, keeps its precision at or above the group's floor;
 * then, with those seeds, the lowest extension threshold at which the model alone (seeds and their extension
 * together) keeps precision at the lower extension floor. The extension is judged on the tokens it applies to
 * (neighbours of seeds on one line), not as if every token could be emitted from it: judged on every token, it
 * lands far above what neighbours of a confident name need, and a surname next to a found first name is left.
 * It is judged on the model alone, not on rules ∪ model, because the rules were written against these same notes
 * and would hide what the model adds on new ones. Candidates are quantiles of the group's gold-token margins.
 */
function chooseDecision(scored: readonly Scored[], rules: (s: Scored) => RuleSpans, floors: Thresholds, extendFloors: Thresholds, emit: readonly string[]): { decision: Decision; model: PhiModeReport; union: PhiModeReport } {
  const seed: Thresholds = [NEVER, NEVER];
  for (const g of [0, 1] as const) {
    for (const t of candidatesOf(scored, g)) {
      const only: Thresholds = g === 0 ? [t, NEVER] : [NEVER, t];
      const model = evaluate(scored, () => null, { seed: only, extend: only }, emit);
      if (process.env.PHI_TRAIN_CURVE) console.log(`  group ${g} seed ${t.toFixed(2)} model ${fmt(model)} (${model.redactedTokens} tokens)`);
      if (model.redactedTokens > 0 && model.precision >= floors[g]) {
        seed[g] = t;
        break;
      }
    }
  }
  const extend: Thresholds = [...seed];
  for (const g of [0, 1] as const) {
    if (seed[g] === NEVER) continue;
    for (const t of candidatesOf(scored, g)) {
      if (t >= seed[g]) break;
      const ext: Thresholds = g === 0 ? [t, extend[1]] : [extend[0], t];
      const model = evaluate(scored, () => null, { seed, extend: ext }, emit);
      if (process.env.PHI_TRAIN_CURVE) console.log(`  group ${g} extend ${t.toFixed(2)} model ${fmt(model)} (${model.redactedTokens} tokens)`);
      if (model.precision >= extendFloors[g]) {
        extend[g] = t;
        break;
      }
    }
  }
  const decision: Decision = { seed, extend };
  return { decision, model: evaluate(scored, () => null, decision, emit), union: evaluate(scored, rules, decision, emit) };
}

const fmtT = (d: Decision): string => `${d.seed.map((x) => x.toFixed(2)).join('/')} (extend ${d.extend.map((x) => x.toFixed(2)).join('/')})`;

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Recall over the gold types the model emits (names, places): what "model alone" should be judged on. */
function emittedRecall(r: PhiModeReport, emit: readonly string[]): number {
  let gold = 0, caught = 0;
  for (const [type, t] of Object.entries(r.perType)) {
    if (!emit.includes(CLASSES[classOfGold(type)])) continue;
    gold += t.goldTokens;
    caught += t.caughtTokens;
  }
  return gold === 0 ? 1 : caught / gold;
}

const fmt = (r: PhiModeReport): string => `recall ${r.recall.toFixed(4)} precision ${r.precision.toFixed(4)} leaks ${String(r.leaks).padStart(3)}`;

function rulesCache(lex: Lexicon): (s: Scored) => RuleSpans {
  const cache = new Map<string, RuleSpans>();
  return (s) => {
    let r = cache.get(s.note.id);
    if (!r) {
      r = {
        keep: redactWith(lex, s.note.text, { keepYears: true, learned: false }).spans,
        all: redactWith(lex, s.note.text, { keepYears: false, learned: false }).spans,
      };
      cache.set(s.note.id, r);
    }
    return r;
  };
}

export async function runTrainPhi(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      deid: { type: 'string' },
      extra: { type: 'string', multiple: true },
      epochs: { type: 'string' },
      augment: { type: 'string' },
      'word-names': { type: 'string' },
      'lower-names': { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      cv: { type: 'string' },
      'threshold-folds': { type: 'string' },
      'min-precision': { type: 'string' },
      'min-precision-vocab': { type: 'string' },
      'extend-precision': { type: 'string' },
      emit: { type: 'string' },
      'buckets-log2': { type: 'string' },
      'style-holdout': { type: 'string' },
      source: { type: 'string', multiple: true },
      resurrogate: { type: 'string' },
      'resurrogate-seed': { type: 'string' },
      loco: { type: 'boolean' },
      'loco-folds': { type: 'string' },
      'loco-vocabularies': { type: 'string' },
      'loco-groups': { type: 'string' },
      styles: { type: 'string' },
      'identity-dropout': { type: 'string' },
      'plant-protected': { type: 'string' },
      features: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.deid) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const opts: Options = {
    epochs: values.epochs ? Number(values.epochs) : DEFAULT_TRAIN.epochs,
    seed: values.seed ? Number(values.seed) : DEFAULT_TRAIN.seed,
    bucketsLog2: values['buckets-log2'] ? Number(values['buckets-log2']) : DEFAULT_TRAIN.bucketsLog2,
    augment: values.augment ? Number(values.augment) : 2,
    shares: {
      ...DEFAULT_AUGMENT,
      ...(values['word-names'] !== undefined ? { wordName: Number(values['word-names']) } : {}),
      ...(values['lower-names'] !== undefined ? { lowerName: Number(values['lower-names']) } : {}),
      ...(values['plant-protected'] !== undefined ? { protectedTerm: Number(values['plant-protected']) } : {}),
    },
    ...(values['identity-dropout'] !== undefined ? { identityDropout: Number(values['identity-dropout']) } : {}),
    emit: (values.emit ?? 'NAME,LOCATION').split(',').map((c) => c.trim().toUpperCase()),
    minPrecision: values['min-precision'] ? Number(values['min-precision']) : 0.95,
    extendPrecision: values['extend-precision'] ? Number(values['extend-precision']) : 0.9,
    minPrecisionVocab: values['min-precision-vocab'] ? Number(values['min-precision-vocab']) : 0.95,
    thresholdFolds: values['threshold-folds'] ? Number(values['threshold-folds']) : 4,
    featureSet: (values.features ?? 'full') as FeatureSet,
  };
  if (!(opts.epochs >= 1 && Number.isInteger(opts.seed) && opts.augment >= 0 && opts.shares.wordName >= 0 && opts.shares.lowerName >= 0 && opts.shares.lowerName <= 1 && (opts.shares.protectedTerm ?? 0) >= 0 && (opts.shares.protectedTerm ?? 0) <= 1 && (opts.identityDropout ?? 0) >= 0 && (opts.identityDropout ?? 0) < 1 && opts.shares.wordName + opts.shares.invented <= 1 && opts.shares.wordName <= 1 && opts.bucketsLog2 >= 10 && opts.bucketsLog2 <= 22 && opts.minPrecision > 0 && opts.minPrecision <= 1 && opts.minPrecisionVocab > 0 && opts.minPrecisionVocab <= 1 && opts.extendPrecision > 0 && opts.extendPrecision <= opts.minPrecision && opts.thresholdFolds >= 2 && (opts.featureSet === 'full' || opts.featureSet === 'context') && opts.emit.every((c) => c !== 'O' && (CLASSES as readonly string[]).includes(c)))) {
    console.error(USAGE);
    return 2;
  }
  const sources = (values.source ?? []).map((arg) => {
    const eq = arg.indexOf('=');
    const name = arg.slice(0, eq);
    if (eq <= 0 || !EXAMINER_CORPORA[name]) throw new Error(`--source ${arg}: expected name=file with name one of ${Object.keys(EXAMINER_CORPORA).join(', ')}`);
    return { name, file: arg.slice(eq + 1) };
  });
  const vocabularies = values.resurrogate ? values.resurrogate.split(',').map((v) => v.trim()) : [];
  for (const v of vocabularies) if (!RESURROGATE_VOCABULARIES[v]) throw new Error(`--resurrogate: unknown vocabulary "${v}" (expected ${Object.keys(RESURROGATE_VOCABULARIES).join(', ')})`);
  const resurrogateSeed = values['resurrogate-seed'] ? Number(values['resurrogate-seed']) : 5101;
  const evalSeeds = new Set([DEFAULT_RESURROGATE_SEED, ...Object.values(VOCABULARY_EVAL_SEEDS)]);
  if (vocabularies.length > 0 && (!Number.isInteger(resurrogateSeed) || evalSeeds.has(resurrogateSeed))) throw new Error(`--resurrogate-seed must be an integer other than the evaluation seeds ${[...evalSeeds].join(', ')}`);
  const lex = defaultLexicon();
  const devNotes = readGold(values.deid);
  const extraFiles = values.extra ?? [];
  const extraNotes = extraFiles.flatMap(readGold);
  const prepared = devNotes.map((n) => prepareNote(n, lex, opts.featureSet));
  // Variants belong to their note's patient: in CV they train only where the note itself trains.
  const rand = seededRandom(opts.seed ^ 0x5eed);
  const augmented = devNotes.map((n) => Array.from({ length: opts.augment }, () => prepareNote(augmentNote(n, rand, lex, opts.shares), lex, opts.featureSet)));
  // Re-surrogated copies are variants of their development note too (same patient, same fold), tagged "#<vocabulary>"
  // so leave-one-corpus-out can drop one vocabulary's copies. One copy per vocabulary at a training seed.
  if (vocabularies.length > 0) {
    const asRecords = withTypeAsKind(devNotes);
    devNotes.forEach((n, i) => {
      for (const v of vocabularies) {
        const r = resurrogateRecord(asRecords[i], resurrogateSeed, 0, RESURROGATE_VOCABULARIES[v]);
        augmented[i].push(prepareNote({ id: `${n.id}#${v}`, text: r.text, phi: r.phi.map(({ start, end, type }) => ({ start, end, type })) }, lex, opts.featureSet));
      }
    });
  }
  // The extra notes get variants too (their own random stream, so the development variants do not depend on them):
  // without them every extra note trains in its written case only, and the model meets its contexts ("seen by",
  // "evaluated by" + a name) in an all-capitals or all-lower note only through the few development notes.
  const extraRand = seededRandom(opts.seed ^ 0xe87a);
  const extraPrepared = extraNotes.flatMap((n) => [n, ...Array.from({ length: opts.augment }, () => augmentNote(n, extraRand, lex, opts.shares))]).map((n) => prepareNote(n, lex, opts.featureSet));
  // Named sources: each its own random stream (seeded by its name), so adding or leaving out one changes no other's variants.
  const sourceOf: string[] = extraPrepared.map(() => '');
  let sourceNotes = 0;
  for (const src of sources) {
    const srcRand = seededRandom(opts.seed ^ hashName(src.name));
    const notes = readGold(src.file);
    sourceNotes += notes.length;
    for (const n of notes) {
      for (const v of [n, ...Array.from({ length: opts.augment }, () => augmentNote(n, srcRand, lex, opts.shares))]) {
        extraPrepared.push(prepareNote(v, lex, opts.featureSet));
        sourceOf.push(src.name);
      }
    }
  }
  const tokens = [...prepared, ...augmented.flat().filter((p) => p.id.includes('#')), ...extraPrepared].reduce((n, p) => n + p.gold.length, 0);
  console.log(`options: features ${opts.featureSet}, identity dropout ${opts.identityDropout ?? 0}, protected planting ${opts.shares.protectedTerm ?? 0}`);
  console.log(`notes: ${devNotes.length} grouped (+ ${vocabularies.length} re-surrogated copies each) + ${extraNotes.length} extra + ${sourceNotes} from ${sources.length} named sources; ${tokens} tokens; epochs ${opts.epochs}, seed ${opts.seed}, 2^${opts.bucketsLog2} buckets × ${CLASSES.length} classes`);
  const rules = rulesCache(lex);
  const floors: Thresholds = [opts.minPrecision, opts.minPrecisionVocab];
  const extendFloors: Thresholds = [opts.extendPrecision, opts.minPrecisionVocab];
  const all = devNotes.map((_, i) => i);

  let oof: Scored[];
  if (values.cv) {
    const k = Number(values.cv);
    const folds = groupedFolds(devNotes.map((n) => n.id), k, opts.seed);
    const rows: { model: PhiModeReport; rules: PhiModeReport; union: PhiModeReport }[] = [];
    oof = [];
    console.log(`\npatient-grouped ${k}-fold CV (token figures, bare years excluded); threshold chosen per fold by ${opts.thresholdFolds}-fold grouped CV inside its training notes`);
    for (let f = 0; f < k; f++) {
      const trainIdx = all.filter((i) => folds[i] !== f);
      const testIdx = all.filter((i) => folds[i] === f);
      const { decision } = chooseDecision(outOfFold(trainIdx, devNotes, prepared, augmented, extraPrepared, opts.thresholdFolds, opts), rules, floors, extendFloors, opts.emit);
      const model = trainModel([...trainIdx.flatMap((i) => [prepared[i], ...augmented[i]]), ...extraPrepared], opts, decision);
      const scored = testIdx.map((i) => ({ note: devNotes[i], prepared: prepared[i], decoded: decodeWith(model, prepared[i]) }));
      oof.push(...scored);
      const row = {
        model: evaluate(scored, () => null, decision, opts.emit), rules: evaluate(scored, rules, null, opts.emit), union: evaluate(scored, rules, decision, opts.emit),
      };
      rows.push(row);
      const patients = new Set(testIdx.map((i) => devNotes[i].id.slice(0, devNotes[i].id.lastIndexOf('-')))).size;
      console.log(`fold ${f + 1}: ${testIdx.length} notes, ${patients} patients, thresholds ${fmtT(decision)}`);
      console.log(`  model alone   ${fmt(row.model)} (recall of ${opts.emit.join('+')} ${emittedRecall(row.model, opts.emit).toFixed(4)})\n  rules alone   ${fmt(row.rules)}\n  rules ∪ model ${fmt(row.union)}`);
    }
    for (const key of ['model', 'rules', 'union'] as const) {
      const mean = (g: (r: PhiModeReport) => number): number => rows.reduce((s, r) => s + g(r[key]), 0) / rows.length;
      const worstR = Math.min(...rows.map((r) => r[key].recall));
      const worstP = Math.min(...rows.map((r) => r[key].precision));
      console.log(`${key.padEnd(6)} mean recall ${mean((r) => r.recall).toFixed(4)} precision ${mean((r) => r.precision).toFixed(4)}; worst fold recall ${worstR.toFixed(4)}, worst fold precision ${worstP.toFixed(4)}`);
    }
  } else {
    oof = outOfFold(all, devNotes, prepared, augmented, extraPrepared, opts.thresholdFolds, opts);
  }

  // The shipped threshold comes from out-of-fold decodings of all grouped notes; the shipped weights from all notes.
  const { decision, model: alone, union } = chooseDecision(oof, rules, floors, extendFloors, opts.emit);
  const perType = Object.entries(alone.perType).map(([t, r]) => `${t} ${r.recall.toFixed(3)} (${r.goldTokens})`).join(', ');
  console.log(`model alone per type recall (out-of-fold): ${perType}`);
  if (values.loco) {
    const locoFolds = values['loco-folds'] ? Number(values['loco-folds']) : 2;
    const locoVocabularies = values['loco-vocabularies'] ? values['loco-vocabularies'].split(',').map((v) => v.trim()) : vocabularies;
    for (const v of locoVocabularies) if (!RESURROGATE_VOCABULARIES[v]) throw new Error(`--loco-vocabularies: unknown vocabulary "${v}"`);
    const names = sources.map((s) => s.name);
    const groupCount = values['loco-groups'] ? Number(values['loco-groups']) : Math.max(1, names.length);
    if (!(Number.isInteger(groupCount) && groupCount >= 1 && groupCount <= Math.max(1, names.length))) throw new Error(`--loco-groups expects 1 … ${names.length}`);
    const groups = Array.from({ length: names.length ? groupCount : 0 }, (_, g) => names.filter((_, i) => i % groupCount === g));
    leaveOneCorpusOut({ devNotes, prepared, augmented, extraPrepared, sourceOf, groups, vocabularies: locoVocabularies, locoFolds, decision, opts, lex });
  }
  if (values['style-holdout']) {
    styleHoldout(values['style-holdout'], Number(values.styles ?? 11), all.flatMap((i) => [prepared[i], ...augmented[i]]), extraPrepared, decision, rules, opts, lex);
  }
  console.log(`\nthresholds ${fmtT(decision)} (out-of-fold): model alone ${fmt(alone)} (recall of ${opts.emit.join('+')} ${emittedRecall(alone, opts.emit).toFixed(4)}); rules ∪ model ${fmt(union)}`);
  const out = values.out ?? (values.cv ? undefined : DEFAULT_OUT);
  if (!out) return 0;
  const model = trainModel([...all.flatMap((i) => [prepared[i], ...augmented[i]]), ...extraPrepared], opts, decision, {
    algorithm: 'averaged perceptron, greedy left-to-right, IO labels',
    epochs: opts.epochs, seed: opts.seed, augment: opts.augment,
    // Recorded only when used, so the default options keep rebuilding the committed file byte for byte.
    ...(opts.shares.wordName > 0 || opts.shares.lowerName > 0 || (opts.shares.protectedTerm ?? 0) > 0 ? { augmentShares: opts.shares } : {}),
    ...((opts.identityDropout ?? 0) > 0 ? { identityDropout: opts.identityDropout } : {}), emit: opts.emit, minPrecision: opts.minPrecision, minPrecisionVocab: opts.minPrecisionVocab, extendPrecision: opts.extendPrecision, thresholdFolds: opts.thresholdFolds,
    // Contents, not paths: the same files under other names give the same bytes.
    inputs: [
      ...[values.deid, ...extraFiles].map((f, i) => ({ role: i === 0 ? 'deid' : 'extra', sha256: sha256(f) })),
      ...sources.map((src) => ({ role: `source ${src.name}`, sha256: sha256(src.file) })),
    ],
    ...(vocabularies.length > 0 ? { resurrogate: { vocabularies, seed: resurrogateSeed } } : {}),
    notes: devNotes.length + extraNotes.length, tokens,
    outOfFold: { modelRecall: round4(alone.recall), modelPrecision: round4(alone.precision), unionRecall: round4(union.recall), unionPrecision: round4(union.precision) },
  });
  const bytes = model.serialize();
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${(bytes.length / 1024).toFixed(0)} KiB, sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
  return 0;
}

/**
 * Leave-one-style-out on the synthetic corpus: the estimate of how the model does on a note style it never saw.
 * The synthetic generator writes style (note index mod styles) in turn, in the training and evaluation corpora alike;
 * thresholds are the ones chosen on the development set's out-of-fold notes (the shipped ones).
 */
function styleHoldout(file: string, styles: number, grouped: readonly PreparedNote[], extra: readonly PreparedNote[], decision: Decision, rules: (s: Scored) => RuleSpans, opts: Options, lex: Lexicon): void {
  const styleOf = (id: string): number => Number(id.slice(id.lastIndexOf('-') + 1)) % styles;
  const evalNotes = readGold(file);
  console.log(`\nleave-one-style-out on ${path.basename(file)} (${evalNotes.length} notes, ${styles} styles)`);
  let sumRules = 0, sumUnion = 0;
  for (let st = 0; st < styles; st++) {
    const model = trainModel([...grouped, ...extra.filter((p) => styleOf(p.id) !== st)], opts, decision);
    const scored = evalNotes.filter((n) => styleOf(n.id) === st).map((note) => {
      const p = prepareNote(note, lex, opts.featureSet);
      return { note, prepared: p, decoded: decodeWith(model, p) };
    });
    const r = evaluate(scored, rules, null, opts.emit);
    const u = evaluate(scored, rules, decision, opts.emit);
    sumRules += r.recall;
    sumUnion += u.recall;
    console.log(`style ${String(st).padStart(2)}: rules alone ${fmt(r)} | rules ∪ model ${fmt(u)}`);
  }
  console.log(`mean recall over styles: rules alone ${(sumRules / styles).toFixed(4)}, rules ∪ model ${(sumUnion / styles).toFixed(4)}`);
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** 32-bit FNV-1a of a source name: its variants' random stream. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface LocoInput {
  devNotes: readonly GoldNote[];
  prepared: readonly PreparedNote[];
  augmented: readonly PreparedNote[][];
  extraPrepared: readonly PreparedNote[];
  sourceOf: readonly string[];
  /** Synthetic corpora left out together (one corpus each by default). */
  groups: readonly (readonly string[])[];
  vocabularies: readonly string[];
  locoFolds: number;
  decision: Decision;
  opts: Options;
  lex: Lexicon;
}

export interface LocoRow {
  corpus: string;
  rules: PhiModeReport;
  committed: PhiModeReport;
  fold: PhiModeReport;
}

/** The evaluation seed of vocabulary k (the lead's figure), never a training seed. */
export function vocabularyEvalSeed(k: string): number {
  return VOCABULARY_EVAL_SEEDS[k] ?? DEFAULT_RESURROGATE_SEED;
}

/** Token recall per gold type of the three columns, the types the learned voter is for first. */
export function formatPerType(row: LocoRow): string {
  const types = Object.keys(row.rules.perType).sort((a, b) => row.rules.perType[b].goldTokens - row.rules.perType[a].goldTokens);
  const r = (x: PhiModeReport, t: string): string => (x.perType[t] ? x.perType[t].recall.toFixed(3) : '—');
  return types.filter((t) => row.rules.perType[t].goldTokens >= 10).map((t) => `${t} ${r(row.rules, t)}/${r(row.committed, t)}/${r(row.fold, t)}`).join(', ');
}

const protectedOf = (r: PhiModeReport): string => (r.protectedTerms ? String(r.protectedTerms.redacted) : '—');
const cellOf = (r: PhiModeReport): string => `${r.recall.toFixed(4)} ${r.precision.toFixed(4)} ${String(r.leaks).padStart(4)} ${protectedOf(r).padStart(4)}`;

export function formatLocoTable(rows: readonly LocoRow[]): string {
  const head = 'R      P      leak prot';
  const lines = [`${'corpus'.padEnd(8)} | rules alone ${head.slice(12)} | rules ∪ committed model | rules ∪ fold model (k left out)`, `${''.padEnd(8)} | ${head} | ${head} | ${head}`];
  for (const r of rows) lines.push(`${r.corpus.padEnd(8)} | ${cellOf(r.rules)} | ${cellOf(r.committed)} | ${cellOf(r.fold)}`);
  const mean = (g: (x: LocoRow) => number): string => (rows.reduce((s, x) => s + g(x), 0) / Math.max(1, rows.length)).toFixed(4);
  const worst = (g: (x: LocoRow) => number): string => Math.min(...rows.map(g)).toFixed(4);
  lines.push(`mean recall: rules ${mean((x) => x.rules.recall)}, ∪ committed ${mean((x) => x.committed.recall)}, ∪ fold ${mean((x) => x.fold.recall)}; worst: ${worst((x) => x.rules.recall)} / ${worst((x) => x.committed.recall)} / ${worst((x) => x.fold.recall)}`);
  lines.push(`mean precision: rules ${mean((x) => x.rules.precision)}, ∪ committed ${mean((x) => x.committed.precision)}, ∪ fold ${mean((x) => x.fold.precision)}`);
  // Vocabulary corpora (the same notes, new values) and examiners' corpora (new authors) answer different questions.
  const vocab = rows.filter((x) => x.corpus.startsWith('dev+'));
  const synth = rows.filter((x) => !x.corpus.startsWith('dev+'));
  if (vocab.length > 0 && synth.length > 0) {
    for (const [name, part] of [['vocabularies', vocab], ['examiner corpora', synth]] as const) {
      const m = (g: (x: LocoRow) => number): string => (part.reduce((s, x) => s + g(x), 0) / part.length).toFixed(4);
      const prot = (g: (x: LocoRow) => PhiModeReport): number => part.reduce((s, x) => s + (g(x).protectedTerms?.redacted ?? 0), 0);
      lines.push(`${name}: mean recall ${m((x) => x.rules.recall)} / ${m((x) => x.committed.recall)} / ${m((x) => x.fold.recall)}, mean precision ${m((x) => x.rules.precision)} / ${m((x) => x.committed.precision)} / ${m((x) => x.fold.precision)}, protected terms redacted ${prot((x) => x.rules)} / ${prot((x) => x.committed)} / ${prot((x) => x.fold)}`);
    }
  }
  return lines.join('\n');
}

/**
 * Leave-one-corpus-out: the estimate of what the model adds on an author it never read. For each named source k (an
 * examiner's synthetic corpus), a model trained on everything but k's training dump scores k's corpus generated at its
 * evaluation seed; for each re-surrogation vocabulary k, the development patients are split in `locoFolds` groups and a
 * model trained on the other groups' notes and their copies in the other vocabularies (never k's) scores the group's
 * notes re-surrogated with k at the evaluation seed, as `eval --phi-resurrogate --resurrogate-vocabulary k` does. The
 * thresholds are the ones chosen on the development notes' out-of-fold margins (inside training, never on k).
 * Synthetic corpora are scored as `eval --phi-synthetic` scores them (all types, bare years kept); vocabulary corpora
 * as the re-surrogated figure (bare years excluded). "committed" is the model file in data/phi: honest on the synthetic
 * corpora (it never trained on them) but not on the vocabulary ones (it trained on every development note).
 */
function leaveOneCorpusOut(x: LocoInput): LocoRow[] {
  const { opts, lex } = x;
  const rows: LocoRow[] = [];
  const withModel = (model: PerceptronModel | null | undefined) => (text: string, o?: { keepYears?: boolean }) => redactWith(lex, text, { keepYears: o?.keepYears ?? true, learned: model !== null, learnedModel: model ?? undefined });
  const all = x.devNotes.map((_, i) => i);
  console.log(`\nleave-one-corpus-out (${x.groups.flat().length} synthetic corpora at their evaluation seeds in ${x.groups.length} left-out groups, ${x.vocabularies.length} vocabularies over ${x.locoFolds} patient folds); thresholds ${fmtT(x.decision)}`);
  for (const group of x.groups) {
    const train = [...all.flatMap((i) => [x.prepared[i], ...x.augmented[i]]), ...x.extraPrepared.filter((_, j) => !group.includes(x.sourceOf[j]))];
    const model = trainModel(train, opts, x.decision);
    for (const k of group) {
      const c = EXAMINER_CORPORA[k];
      const corpus = c.generate({ seed: c.evalSeed, notes: c.evalNotes });
      const score = (m: PerceptronModel | null | undefined): PhiModeReport => evaluatePhiMode(corpus, (t) => withModel(m)(t, { keepYears: true }));
      const row = { corpus: k, rules: score(null), committed: score(undefined), fold: score(model) };
      rows.push(row);
      console.log(`${k.padEnd(8)} | ${cellOf(row.rules)} | ${cellOf(row.committed)} | ${cellOf(row.fold)}   (${corpus.length} notes, seed ${c.evalSeed}; left out with ${group.join(',')})`);
    }
  }
  if (x.vocabularies.length > 0) {
    const folds = groupedFolds(x.devNotes.map((n) => n.id), x.locoFolds, opts.seed ^ 0x10c0);
    const asRecords = withTypeAsKind(x.devNotes);
    for (const k of x.vocabularies) {
      const modelOf = new Map<string, PerceptronModel>();
      const records: PhiGoldRecord[] = [];
      for (let f = 0; f < x.locoFolds; f++) {
        const train = [...all.filter((i) => folds[i] !== f).flatMap((i) => [x.prepared[i], ...x.augmented[i].filter((p) => !p.id.endsWith(`#${k}`))]), ...x.extraPrepared];
        const model = trainModel(train, opts, x.decision);
        const part = resurrogateRecords(asRecords.filter((_, i) => folds[i] === f), { seed: vocabularyEvalSeed(k), copies: DEFAULT_RESURROGATE_COPIES, vocabulary: RESURROGATE_VOCABULARIES[k] });
        for (const r of part) modelOf.set(r.text, model);
        records.push(...part);
      }
      const score = (m: (text: string) => PerceptronModel | null | undefined): PhiModeReport => evaluatePhi(records, (t, o) => withModel(m(t))(t, o)).withoutYears;
      const row = { corpus: `dev+${k}`, rules: score(() => null), committed: score(() => undefined), fold: score((t) => modelOf.get(t)) };
      rows.push(row);
      console.log(`${row.corpus.padEnd(8)} | ${cellOf(row.rules)} | ${cellOf(row.committed)} | ${cellOf(row.fold)}   (${records.length} notes, seed ${vocabularyEvalSeed(k)})`);
      console.log(`  per-type recall (rules / ∪ committed / ∪ fold): ${formatPerType(row)}`);
    }
  }
  console.log('\n' + formatLocoTable(rows));
  return rows;
}

if (require.main === module) {
  runTrainPhi(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
