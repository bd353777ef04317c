// Owns the ICD coding metrics of the evaluation harness: micro precision/recall/F1 over (note, code)
// pairs, exact (dots removed, upper case) and at the 3-character category level, plus how many gold
// codes the configured code set does not contain. Pure: the caller reads the records and codes them.
import type { CodeSet } from '../engine/icd10';

export interface IcdRecord {
  id: string;
  text: string;
  codes: string[];
}

export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface IcdReport {
  notes: number;
  goldCodes: number;
  predictedCodes: number;
  exact: PrfCounts;
  category: PrfCounts;
  /** Distinct gold codes (and their occurrences) absent from the code set. */
  goldNotInCodeSet: { distinct: number; occurrences: number; examples: string[] };
  /** Gold codes that exist but are headers (not billable) in the code set: an exact match is impossible. */
  goldNotBillable: { distinct: number; occurrences: number; examples: string[] };
  /**
   * False positives that are a billable descendant of a gold code which is a header in this code set
   * (gold "R51", predicted "R51.9"): right at the category level, impossible to match exactly.
   * Reported, not credited.
   */
  predictedChildOfGoldHeader: { occurrences: number; examples: string[] };
  /**
   * Exact P/R/F1 with the code-set version reconciled, reported beside (never instead of) `exact`: a gold code
   * that is a header in this code set (it was billable in the annotators' year and has since been split, e.g.
   * R51 → R51.0/R51.9) is matched by one predicted billable descendant. Every other pair is scored as in `exact`.
   */
  versionReconciled: PrfCounts;
  codeSetVersion: string;
  /** Per-code counts for the most frequent errors, to guide tuning. */
  topFalsePositives: Array<[string, number]>;
  topFalseNegatives: Array<[string, number]>;
  /**
   * With a path reader: the accepted codes by the way the coder found them (match kind / term source, e.g.
   * "synonym/synonym", "description/index", "partial/description"): proposals, true positives, precision,
   * and the share of all gold codes each path recovers. A weak path shows here before it costs precision.
   */
  byPath?: Record<string, { predicted: number; tp: number; precision: number; recallShare: number }>;
  /** With an explainer: missed gold codes (exact) by cause, and the most frequent codes of each cause. */
  missesByReason?: Record<string, { count: number; topCodes: Array<[string, number]> }>;
  /**
   * Missed gold codes (exact) and false positives by chapter letter, with the most frequent 3-character
   * categories of each: shows which part of the classification a recall or precision gap is in.
   */
  byChapter: Record<string, { missed: number; falsePositives: number; topMissedCategories: Array<[string, number]> }>;
  /** Total characters coded and wall time of codeFn, for throughput. */
  chars: number;
  elapsedMs: number;
}

/** Seed of the development split: fixed, so every run and every engineer sees the same halves. */
export const DEFAULT_SPLIT_SEED = 'codiesp-split-1';

export type SplitHalf = 'A' | 'B';

/**
 * Which half of a development set a record belongs to, by a seeded FNV-1a hash of its id: errors are
 * studied on half A only and half B is measured as the held-out estimate of unseen notes. A hash of
 * the id (not the position) keeps a note in its half when the file is reordered or extended.
 */
export function splitHalf(id: string, seed: string = DEFAULT_SPLIT_SEED): SplitHalf {
  return (seededHash(id, seed) & 1) === 0 ? 'A' : 'B';
}

/** Seed of the session-6 three-way split (tune / held back): fixed, like the halves, and independent of them. */
export const HELDBACK_SPLIT_SEED = 'codiesp-heldback-1';

export type IcdPart = 'tune' | 'heldback';

/**
 * Which part of a development set a record belongs to: the seeded FNV-1a hash of its id (with the same
 * avalanche as the halves), mod 3 == 0 is held back and never read, the rest is studied. A third held back
 * keeps the unseen estimate large enough (235 of the 750 CodiEsp cases) to resolve a 0.03 difference in F1.
 * Each CodiEsp case is one patient, so splitting by id is already grouped by patient.
 */
export function icdPart(id: string, seed: string = HELDBACK_SPLIT_SEED): IcdPart {
  return seededHash(id, seed) % 3 === 0 ? 'heldback' : 'tune';
}

/** FNV-1a of seed and id, then a final avalanche (murmur3 fmix32) so every bit depends on every character, not mostly the last. */
function seededHash(id: string, seed: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}\0${id}`) {
    const cp = ch.codePointAt(0)!;
    h = Math.imul(h ^ cp, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** The records of one part (`undefined`: all of them). */
export function selectPart<T extends { id: string }>(records: T[], part: IcdPart | undefined, seed: string = HELDBACK_SPLIT_SEED): T[] {
  return part ? records.filter((r) => icdPart(String(r.id), seed) === part) : records;
}

/** The records of one half (`undefined`: all of them). */
export function selectSplit<T extends { id: string }>(records: T[], half: SplitHalf | undefined, seed: string = DEFAULT_SPLIT_SEED): T[] {
  return half ? records.filter((r) => splitHalf(String(r.id), seed) === half) : records;
}

export function normalizeCode(code: string): string {
  return code.replace(/\./g, '').trim().toUpperCase();
}

export function prf(tp: number, fp: number, fn: number): PrfCounts {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision: round3(precision), recall: round3(recall), f1: round3(f1) };
}

/** Says why a gold code of the text just coded was missed (called after codeFn on the same text). */
export type MissExplainer = (text: string, missedGold: string) => string;

/** Says how a code accepted for the text just coded was found (called after codeFn on the same text). */
export type PathReader = (text: string, predictedCode: string) => string;

export function evaluateIcd(
  records: IcdRecord[],
  codeFn: (text: string) => string[],
  codeSet: CodeSet,
  now: () => number = () => performance.now(),
  explain?: MissExplainer,
  pathOf?: PathReader,
): IcdReport {
  const paths = new Map<string, { predicted: number; tp: number }>();
  const reasons = new Map<string, Map<string, number>>();
  const exact = { tp: 0, fp: 0, fn: 0 };
  const cat = { tp: 0, fp: 0, fn: 0 };
  const reconciled = { tp: 0, fp: 0, fn: 0 };
  const fpCount = new Map<string, number>();
  const fnCount = new Map<string, number>();
  const missing = new Map<string, number>();
  const header = new Map<string, number>();
  const childOfHeader = new Map<string, number>();
  let goldCodes = 0;
  let predictedCodes = 0;
  let chars = 0;
  let elapsedMs = 0;
  for (const r of records) {
    const gold = new Set(r.codes.map(normalizeCode));
    const t0 = now();
    const predicted = new Set(codeFn(r.text).map(normalizeCode));
    elapsedMs += now() - t0;
    chars += r.text.length;
    goldCodes += gold.size;
    predictedCodes += predicted.size;
    for (const g of gold) {
      const status = codeStatus(codeSet, g);
      if (status === 'absent') missing.set(g, (missing.get(g) ?? 0) + 1);
      else if (status === 'header') header.set(g, (header.get(g) ?? 0) + 1);
    }
    count(gold, predicted, exact, fpCount, fnCount);
    if (explain) {
      for (const g of gold) {
        if (predicted.has(g)) continue;
        const reason = explain(r.text, g);
        const byCode = reasons.get(reason) ?? new Map<string, number>();
        byCode.set(g, (byCode.get(g) ?? 0) + 1);
        reasons.set(reason, byCode);
      }
    }
    if (pathOf) {
      for (const p of predicted) {
        const path = pathOf(r.text, p);
        const acc = paths.get(path) ?? { predicted: 0, tp: 0 };
        acc.predicted++;
        if (gold.has(p)) acc.tp++;
        paths.set(path, acc);
      }
    }
    const reconciledGold = new Set(gold);
    for (const p of predicted) {
      if (gold.has(p)) continue;
      const parent = [...gold].find((g) => p.startsWith(g) && header.has(g));
      if (!parent) continue;
      childOfHeader.set(p, (childOfHeader.get(p) ?? 0) + 1);
      if (reconciledGold.delete(parent)) reconciledGold.add(p);
    }
    count(reconciledGold, predicted, reconciled);
    count(new Set([...gold].map((c) => c.slice(0, 3))), new Set([...predicted].map((c) => c.slice(0, 3))), cat);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40);
  const chapters = new Map<string, { missed: number; falsePositives: number; categories: Map<string, number> }>();
  const chapterOf = (code: string) => {
    let c = chapters.get(code[0]);
    if (!c) chapters.set(code[0], (c = { missed: 0, falsePositives: 0, categories: new Map() }));
    return c;
  };
  for (const [code, n] of fnCount) {
    const c = chapterOf(code);
    c.missed += n;
    c.categories.set(code.slice(0, 3), (c.categories.get(code.slice(0, 3)) ?? 0) + n);
  }
  for (const [code, n] of fpCount) chapterOf(code).falsePositives += n;
  return {
    notes: records.length,
    goldCodes,
    predictedCodes,
    exact: prf(exact.tp, exact.fp, exact.fn),
    category: prf(cat.tp, cat.fp, cat.fn),
    goldNotInCodeSet: {
      distinct: missing.size,
      occurrences: [...missing.values()].reduce((a, b) => a + b, 0),
      examples: top(missing).slice(0, 15).map(([c]) => c),
    },
    goldNotBillable: {
      distinct: header.size,
      occurrences: [...header.values()].reduce((a, b) => a + b, 0),
      examples: top(header).slice(0, 15).map(([c]) => c),
    },
    predictedChildOfGoldHeader: {
      occurrences: [...childOfHeader.values()].reduce((a, b) => a + b, 0),
      examples: top(childOfHeader).slice(0, 10).map(([c]) => c),
    },
    versionReconciled: prf(reconciled.tp, reconciled.fp, reconciled.fn),
    codeSetVersion: codeSet.version,
    ...(pathOf ? { byPath: Object.fromEntries([...paths].sort((a, b) => b[1].predicted - a[1].predicted).map(([path, a]) => [path, {
      predicted: a.predicted, tp: a.tp, precision: round3(a.tp / a.predicted), recallShare: round3(goldCodes ? a.tp / goldCodes : 0),
    }] as const)) } : {}),
    ...(explain ? { missesByReason: Object.fromEntries([...reasons].map(([reason, byCode]) => [reason, {
      count: [...byCode.values()].reduce((a, b) => a + b, 0),
      topCodes: top(byCode).slice(0, 10),
    }] as const).sort((a, b) => b[1].count - a[1].count)) } : {}),
    byChapter: Object.fromEntries([...chapters].sort((a, b) => b[1].missed - a[1].missed).map(([letter, c]) => [letter, {
      missed: c.missed, falsePositives: c.falsePositives, topMissedCategories: top(c.categories).slice(0, 5),
    }] as const)),
    topFalsePositives: top(fpCount),
    topFalseNegatives: top(fnCount),
    chars,
    elapsedMs: Math.round(elapsedMs),
  };
}

function count(
  gold: Set<string>,
  predicted: Set<string>,
  acc: { tp: number; fp: number; fn: number },
  fpCount?: Map<string, number>,
  fnCount?: Map<string, number>,
): void {
  for (const p of predicted) {
    if (gold.has(p)) acc.tp++;
    else {
      acc.fp++;
      fpCount?.set(p, (fpCount.get(p) ?? 0) + 1);
    }
  }
  for (const g of gold) {
    if (!predicted.has(g)) {
      acc.fn++;
      fnCount?.set(g, (fnCount.get(g) ?? 0) + 1);
    }
  }
}

function codeStatus(codeSet: CodeSet, code: string): 'billable' | 'header' | 'absent' {
  try {
    const entry = codeSet.find(code);
    return !entry ? 'absent' : entry.billable ? 'billable' : 'header';
  } catch {
    return 'absent';
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
