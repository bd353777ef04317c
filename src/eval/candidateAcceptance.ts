// Owns the data, training and unseen-case checks of the learned candidate-acceptance model
// (src/engine/coding/candidateAcceptance.ts): a dump of every candidate the coder scored (reported or not) on CodiEsp
// cases and trap notes, an L2 logistic regression over their general features (label: the code is gold for its
// case), the acceptance threshold chosen for F1 on out-of-fold scores inside the training data only, case-grouped
// 5-fold cross-validation on the CodiEsp tune part, one score of the held-back part, and leave-one-batch-out on the
// trap batches (must-not counted). Pure apart from the dump reader/writer; the CLI runs the engine.
import fs from 'node:fs';
import path from 'node:path';
import type { ClinicalEngine } from '../engine';
import { acceptProbability, candidateFeatures, thresholdFor, type CandidateModel, type PoolCandidate, type PoolSource } from '../engine/coding/candidateAcceptance';
import { VOTER_EXAMINER_BATCHES } from './acceptanceVoter';
import { normalizeCode, prf, type PrfCounts } from './icd';
import { trainLogistic } from './logisticTraining';

/** The examiner trap batches A-L: one author each, written without seeing the engine's output on them. */
export const EXAMINER_TRAP_BATCHES: readonly string[] = [...VOTER_EXAMINER_BATCHES, 's12-heldout-l'];

/** One scored candidate of one note. `code` is kept to score the row, never read as a feature. */
export interface PoolRow {
  /** 'codiesp' or 'traps'. */
  set: string;
  /** CodiEsp: its part (tune / heldback); traps: the batch file. */
  batch: string;
  id: string;
  code: string;
  features: Record<string, number>;
  source: string;
  /** Scored by the coder with calibrated confidence ≥ its fixed threshold. */
  aboveThreshold: boolean;
  /** The coder proposed it (after its acceptance rules). */
  proposed: boolean;
  /** The validator accepted it: the engine alone reports it. */
  reported: boolean;
}

export interface PoolNote {
  set: string;
  batch: string;
  id: string;
  gold: string[];
  mustNot: string[];
}

export interface PoolDump {
  notes: PoolNote[];
  rows: PoolRow[];
}

/**
 * Whether a row can reach the report when the model accepts it: a candidate over the fixed threshold that the coder
 * did not propose was withheld by a rule that runs after the model (acceptance.ts, I.B.14), and one the validator
 * refused stays refused. Candidates below the threshold are assumed to pass the validator (checked end to end).
 */
export function reachable(r: PoolRow, sources: readonly PoolSource[] = ALL_SOURCES): boolean {
  if (!sources.includes(r.source as PoolSource)) return false;
  if (r.aboveThreshold && !r.proposed) return false;
  if (r.proposed && !r.reported) return false;
  return true;
}

/** Codes one note through the engine's own steps (redact, analyze, propose, validate) and records its pool. */
export function poolOfNote(engine: ClinicalEngine, sink: { pool: PoolCandidate[] }, note: PoolNote & { text: string }, options: { setting?: string; noteType?: string } = {}, minConfidence = 0.4): PoolRow[] {
  sink.pool = [];
  const redaction = engine.redact(note.text);
  const analysis = engine.analyze(redaction.text);
  // The trap notes' setting and note type ride along in the process options (as the trap suite's --setting-from-note).
  const candidates = engine.propose(analysis, options as Parameters<ClinicalEngine['propose']>[1]);
  const validation = engine.validate(analysis, candidates.map((c) => ({ code: c.code, confidence: c.confidence, role: c.role, source: 'engine' as const, evidence: c.evidence.map((e) => ({ ...e })) })), options as Parameters<ClinicalEngine['validate']>[2]);
  const proposed = new Set(candidates.map((c) => normalizeCode(c.code)));
  const reported = new Set(validation.accepted.map((a) => normalizeCode(a.code)));
  return sink.pool.map((c) => ({
    set: note.set,
    batch: note.batch,
    id: note.id,
    code: c.code,
    features: candidateFeatures(c),
    source: c.source,
    aboveThreshold: c.source === 'scored' && c.confidence >= minConfidence,
    proposed: proposed.has(normalizeCode(c.code)),
    reported: reported.has(normalizeCode(c.code)),
  }));
}

export function writePoolDump(file: string, dump: PoolDump): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, [...dump.notes.map((note) => JSON.stringify({ note })), ...dump.rows.map((row) => JSON.stringify({ row }))].join('\n') + '\n');
}

export function readPoolDump(...files: string[]): PoolDump {
  const dump: PoolDump = { notes: [], rows: [] };
  for (const file of files) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const x = JSON.parse(line) as { note?: PoolNote; row?: PoolRow };
      if (x.note) dump.notes.push(x.note);
      if (x.row) dump.rows.push(x.row);
    }
  }
  return dump;
}

const ALL_SOURCES: readonly PoolSource[] = ['scored', 'covered', 'guideline', 'specificity', 'context'];

type Setting = 'inpatient' | 'outpatient';
const SETTINGS: readonly Setting[] = ['inpatient', 'outpatient'];
/** The coding setting a row was coded under (the feature every row carries). */
export const rowSetting = (r: { features: Record<string, number> }): Setting => (r.features['setting:inpatient'] ? 'inpatient' : 'outpatient');

export interface CandidateTraining {
  /** Pool sources the model may accept from (the rest keep the engine's own decision). */
  sources: readonly PoolSource[];
  l2: number;
  iterations: number;
  /** Case-grouped inner folds the threshold is chosen on. */
  innerFolds: number;
  /** Weight of a trap row relative to a CodiEsp row in training. */
  trapWeight: number;
  /** Raise the threshold until the training trap notes' must-not codes (out of fold) do not exceed the engine's. */
  holdMustNot: boolean;
  /** Choose one threshold per coding setting (inpatient / outpatient) instead of one for all. */
  settingThresholds?: boolean;
}

export const DEFAULT_CANDIDATE_TRAINING: CandidateTraining = { sources: ALL_SOURCES, l2: 0.003, iterations: 200, innerFolds: 3, trapWeight: 1, holdMustNot: true, settingThresholds: false };

const noteKey = (r: { set: string; batch: string; id: string }) => `${r.set}\0${r.batch}\0${r.id}`;

/** FNV-1a of a string: the case-grouped fold of a note. */
function foldOf(key: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return (h >>> 0) % folds;
}

const goldOf = (notes: readonly PoolNote[]) => new Map(notes.map((n) => [noteKey(n), new Set(n.gold.map(normalizeCode))]));

function examples(rows: readonly PoolRow[], gold: Map<string, Set<string>>, trapWeight: number, sources: readonly PoolSource[]): Array<{ features: Record<string, number>; keep: boolean }> {
  const out: Array<{ features: Record<string, number>; keep: boolean }> = [];
  for (const r of rows) {
    if (!reachable(r, sources)) continue;
    const e = { features: r.features, keep: gold.get(noteKey(r))?.has(normalizeCode(r.code)) === true };
    // Integer weights by repetition keep the trainer unchanged.
    const copies = r.set === 'traps' ? trapWeight : 1;
    for (let i = 0; i < copies; i++) out.push(e);
  }
  return out;
}

/**
 * The threshold maximising micro F1 of the accepted scored rows plus `base` (the codes the engine reports outside the
 * model's sources) against `totalGold` gold codes (ties: the higher threshold).
 */
export function chooseF1Threshold(scored: ReadonlyArray<{ p: number; gold: boolean }>, totalGold: number, base: { tp: number; fp: number } = { tp: 0, fp: 0 }, minThreshold = 0): number {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let tp = base.tp;
  let best = Math.max(minThreshold, sorted[0]?.p ?? 1);
  let bestF1 = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].gold) tp++;
    const next = sorted[i + 1]?.p ?? 0;
    if (next === sorted[i].p) continue;
    if ((sorted[i].p + next) / 2 < minThreshold) break;
    const f1 = (2 * tp) / (i + 1 + base.tp + base.fp + totalGold);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = (sorted[i].p + next) / 2;
    }
  }
  return best;
}

/**
 * The lowest threshold at which the model's accepted must-not codes (out of fold) are no more than the engine alone
 * reports: must-not codes the model accepts are counted in place of the engine's (a threshold that accepts none of them
 * holds the figure by construction).
 */
export function mustNotFloor(mustNotScores: readonly number[], engineMustNot: number): number {
  const sorted = [...mustNotScores].sort((a, b) => b - a);
  // Accepting the top k must-not rows is allowed while k ≤ engineMustNot.
  if (sorted.length <= engineMustNot) return 0;
  return sorted[engineMustNot] + 1e-9;
}

/** Trains on the notes given; the threshold comes from case-grouped out-of-fold scores of those notes only. */
export function trainCandidateModel(dump: PoolDump, notes: readonly PoolNote[], options: CandidateTraining = DEFAULT_CANDIDATE_TRAINING, provenance = ''): CandidateModel {
  const keys = new Set(notes.map(noteKey));
  const rows = dump.rows.filter((r) => keys.has(noteKey(r)));
  const gold = goldOf(notes);
  // Per setting (one group 'all' unless setting thresholds are asked for): out-of-fold CodiEsp scores, the engine's
  // codes outside the model's sources, the gold count, the trap notes' must-not scores and the allowance.
  const groupOf = (r: PoolRow): string => (options.settingThresholds ? rowSetting(r) : 'all');
  const noteGroup = new Map<string, string>();
  for (const r of rows) if (!noteGroup.has(noteKey(r))) noteGroup.set(noteKey(r), groupOf(r));
  const groups = options.settingThresholds ? SETTINGS : ['all'];
  const acc = new Map(groups.map((g) => [g, { scored: [] as Array<{ p: number; gold: boolean }>, base: { tp: 0, fp: 0 }, totalGold: 0, trapScored: [] as number[], trapEngineMustNot: 0 }]));
  const mustNot = new Map(notes.map((n) => [noteKey(n), new Set(n.mustNot.map(normalizeCode))]));
  for (let k = 0; k < options.innerFolds; k++) {
    const inFold = (r: { set: string; batch: string; id: string }) => foldOf(`inner\0${noteKey(r)}`, options.innerFolds) === k;
    const m = { ...trainLogistic(examples(rows.filter((r) => !inFold(r)), gold, options.trapWeight, options.sources), options), threshold: 0, sources: options.sources, provenance: '' };
    // The F1 threshold is chosen on CodiEsp cases (whole records coded as a coder would); trap notes test single rules.
    for (const n of notes) if (inFold(n) && n.set === 'codiesp') acc.get(noteGroup.get(noteKey(n)) ?? groups[groups.length - 1])!.totalGold += n.gold.length;
    for (const r of rows) {
      if (!inFold(r)) continue;
      const a = acc.get(groupOf(r))!;
      if (r.set === 'traps') {
        const isMustNot = mustNot.get(noteKey(r))?.has(normalizeCode(r.code)) === true;
        // A must-not code the engine reports outside the model's sources stays reported: it uses up no allowance.
        if (isMustNot && r.reported && options.sources.includes(r.source as PoolSource)) a.trapEngineMustNot++;
        if (isMustNot && reachable(r, options.sources)) a.trapScored.push(acceptProbability(m, r.features));
        continue;
      }
      if (r.set !== 'codiesp') continue;
      const isGold = gold.get(noteKey(r))!.has(normalizeCode(r.code));
      if (reachable(r, options.sources)) a.scored.push({ p: acceptProbability(m, r.features), gold: isGold });
      else if (!options.sources.includes(r.source as PoolSource) && r.reported) a.base[isGold ? 'tp' : 'fp']++;
    }
  }
  const thresholdOf = (g: string) => {
    const a = acc.get(g)!;
    return Math.round(chooseF1Threshold(a.scored, a.totalGold, a.base, options.holdMustNot ? mustNotFloor(a.trapScored, a.trapEngineMustNot) : 0) * 1e4) / 1e4;
  };
  const weights = trainLogistic(examples(rows, gold, options.trapWeight, options.sources), options);
  if (!options.settingThresholds) return { ...weights, threshold: thresholdOf('all'), sources: options.sources, provenance };
  const bySetting = { inpatient: thresholdOf('inpatient'), outpatient: thresholdOf('outpatient') };
  return { ...weights, threshold: Math.max(bySetting.inpatient, bySetting.outpatient), thresholdBySetting: bySetting, sources: options.sources, provenance };
}

export interface SetFigure {
  exact: PrfCounts;
  category: PrfCounts;
  mustNot: number;
  notes: number;
}

/** P/R/F1 (exact and 3-character) and must-not hits of the notes given, with the engine alone or with `accept`. */
export function scoreNotes(dump: PoolDump, notes: readonly PoolNote[], accept?: (r: PoolRow) => boolean): SetFigure {
  const byNote = new Map<string, PoolRow[]>();
  for (const r of dump.rows) {
    const list = byNote.get(noteKey(r));
    if (list) list.push(r);
    else byNote.set(noteKey(r), [r]);
  }
  const exact = { tp: 0, fp: 0, fn: 0 };
  const cat = { tp: 0, fp: 0, fn: 0 };
  let mustNot = 0;
  for (const n of notes) {
    const rows = byNote.get(noteKey(n)) ?? [];
    const predicted = new Set(rows.filter((r) => (accept ? accept(r) : r.reported)).map((r) => normalizeCode(r.code)));
    const gold = new Set(n.gold.map(normalizeCode));
    const mn = new Set(n.mustNot.map(normalizeCode));
    tally(gold, predicted, exact);
    tally(new Set([...gold].map((c) => c.slice(0, 3))), new Set([...predicted].map((c) => c.slice(0, 3))), cat);
    mustNot += [...predicted].filter((p) => mn.has(p)).length;
  }
  return { exact: prf(exact.tp, exact.fp, exact.fn), category: prf(cat.tp, cat.fp, cat.fn), mustNot, notes: notes.length };
}

function tally(gold: Set<string>, predicted: Set<string>, acc: { tp: number; fp: number; fn: number }): void {
  for (const p of predicted) if (gold.has(p)) acc.tp++; else acc.fp++;
  for (const g of gold) if (!predicted.has(g)) acc.fn++;
}

export interface CandidateFold {
  name: string;
  threshold: number;
  before: SetFigure;
  after: SetFigure;
}

/** The engine's decision with the model: the model decides the rows of its sources, the engine the rest. */
const acceptWith = (m: CandidateModel) => (r: PoolRow) => (m.sources.includes(r.source as PoolSource) ? reachable(r, m.sources) && acceptProbability(m, r.features) >= thresholdFor(m, rowSetting(r)) : r.reported);

/** Case-grouped k-fold cross-validation on the CodiEsp tune cases (trap notes join every training fold when asked). */
export function tuneCrossValidation(dump: PoolDump, folds = 5, withTraps = true, options: CandidateTraining = DEFAULT_CANDIDATE_TRAINING): CandidateFold[] {
  const tune = dump.notes.filter((n) => n.set === 'codiesp' && n.batch === 'tune');
  const traps = withTraps ? dump.notes.filter((n) => n.set === 'traps') : [];
  const out: CandidateFold[] = [];
  for (let k = 0; k < folds; k++) {
    const test = tune.filter((n) => foldOf(`outer\0${noteKey(n)}`, folds) === k);
    const train = [...tune.filter((n) => foldOf(`outer\0${noteKey(n)}`, folds) !== k), ...traps];
    const m = trainCandidateModel(dump, train, options);
    out.push({ name: `tune fold ${k + 1}`, threshold: m.threshold, before: scoreNotes(dump, test), after: scoreNotes(dump, test, acceptWith(m)) });
  }
  return out;
}

/** The model trained on every tune case (and trap batch) scores the held-back CodiEsp part once. */
export function heldbackCheck(dump: PoolDump, withTraps = true, options: CandidateTraining = DEFAULT_CANDIDATE_TRAINING): CandidateFold {
  const train = dump.notes.filter((n) => (n.set === 'codiesp' && n.batch === 'tune') || (withTraps && n.set === 'traps'));
  const test = dump.notes.filter((n) => n.set === 'codiesp' && n.batch === 'heldback');
  const m = trainCandidateModel(dump, train, options);
  return { name: 'heldback', threshold: m.threshold, before: scoreNotes(dump, test), after: scoreNotes(dump, test, acceptWith(m)) };
}

/** Leave-one-batch-out on the examiner trap batches: trained on CodiEsp tune plus every other trap file. */
export function trapLeaveOneBatchOut(dump: PoolDump, batches?: readonly string[], options: CandidateTraining = DEFAULT_CANDIDATE_TRAINING): CandidateFold[] {
  const all = [...new Set(dump.notes.filter((n) => n.set === 'traps').map((n) => n.batch))].sort();
  return (batches ?? EXAMINER_TRAP_BATCHES).filter((b) => all.includes(b)).map((held) => {
    const train = dump.notes.filter((n) => (n.set === 'codiesp' && n.batch === 'tune') || (n.set === 'traps' && n.batch !== held));
    const test = dump.notes.filter((n) => n.set === 'traps' && n.batch === held);
    const m = trainCandidateModel(dump, train, options);
    return { name: held, threshold: m.threshold, before: scoreNotes(dump, test), after: scoreNotes(dump, test, acceptWith(m)) };
  });
}

export function formatCandidateFolds(title: string, folds: readonly CandidateFold[]): string {
  const f = (x: number) => x.toFixed(3);
  const fig = (x: SetFigure) => `${f(x.exact.precision)} ${f(x.exact.recall)} ${f(x.exact.f1)} ${f(x.category.f1)} ${String(x.mustNot).padStart(4)}`;
  const lines = [`== ${title}`, 'fold               thresh | engine P     R     F1    F1-3  mustNot | + model P    R     F1    F1-3  mustNot'];
  for (const r of folds) lines.push(`${r.name.padEnd(18)} ${r.threshold.toFixed(3)}  | ${fig(r.before)}    | ${fig(r.after)}`);
  const mean = (w: 'before' | 'after', k: 'precision' | 'recall' | 'f1', lvl: 'exact' | 'category' = 'exact') => folds.reduce((s, r) => s + r[w][lvl][k], 0) / (folds.length || 1);
  const sum = (w: 'before' | 'after') => folds.reduce((s, r) => s + r[w].mustNot, 0);
  lines.push(`${'mean / total'.padEnd(26)}| ${f(mean('before', 'precision'))} ${f(mean('before', 'recall'))} ${f(mean('before', 'f1'))} ${f(mean('before', 'f1', 'category'))} ${String(sum('before')).padStart(4)}    | ${f(mean('after', 'precision'))} ${f(mean('after', 'recall'))} ${f(mean('after', 'f1'))} ${f(mean('after', 'f1', 'category'))} ${String(sum('after')).padStart(4)}`);
  return lines.join('\n');
}
