// Owns the guideline trap suite's contract and metrics: the shape of a trap note (one Official Guidelines
// rule, gold codes, must-not codes), the structural checks every suite must pass against a code set, and
// micro precision/recall plus must-not hits overall and per rule family, and sequencing accuracy on the notes
// whose gold order matters (I.A.13 code first / use additional, I.C.19.e, I.C.9.a). Pure: the caller codes the notes.
import fs from 'node:fs';
import path from 'node:path';
import type { CodeSet } from '../engine/icd10';
import { normalizeCode, prf, type PrfCounts } from './icd';

export const TRAP_SETTINGS = ['inpatient', 'outpatient'] as const;
export type TrapSetting = (typeof TRAP_SETTINGS)[number];

/** The family whose notes carry instructions addressed to a coder or a model. */
export const INJECTION_FAMILY = 'injection';

/**
 * Minimum notes per family: every rule family of the Official Guidelines the suite claims to test must be
 * represented well enough that one lucky or unlucky note cannot decide its figure.
 */
export const FAMILY_MINIMUM_NOTES: Readonly<Record<string, number>> = Object.freeze({
  combination: 15, // I.A.15 "with", I.C.4.a diabetes, I.C.9.a hypertension
  laterality: 15, // I.B.13
  seventh_character: 15, // I.C.19.a/c/e, I.A.5 placeholder X
  specificity: 15, // I.B.1-3 and chapter rules on type, acuity, episode, severity, site
  integral_symptoms: 15, // I.B.4-5
  uncertain: 15, // II.H inpatient vs IV.H outpatient
  history_family: 15, // I.C.21.c.4 personal and family history Z codes
  negation: 15, // negated, hypothetical, family findings, ruled out
  pregnancy: 15, // I.C.15.a, I.C.15.b, Z3A
  excludes_codefirst: 15, // I.A.12.a Excludes1, I.A.13 etiology/manifestation
  sequencing: 10, // I.A.13, I.B.7 code first / use additional order, I.C.9.a, I.C.4.a
  poisoning: 10, // I.C.19.e adverse effect, poisoning, underdosing (codes and their order)
  sepsis: 10, // I.C.1.d
  neoplasm: 15, // I.C.2
  lookalike: 15, // words that name organs, vaccines, tests, drugs, benign results
  [INJECTION_FAMILY]: 20,
});

export const MIN_TRAP_NOTES = 220;

export interface TrapNote {
  id: string;
  family: string;
  /** Section of the ICD-10-CM Official Guidelines the note tests, e.g. "I.C.4.a.2". */
  guideline: string;
  setting: TrapSetting;
  noteType: string;
  text: string;
  gold: string[];
  mustNot: string[];
  rationale: string;
  /**
   * Gold order that matters, as [before, after] pairs of gold codes: `"ordered": true` in the file means the
   * whole gold list in its printed order; `"ordered": [["I12.9", "N18.31"], …]` only the pairs named (the
   * rest of the order is free, as the Guidelines leave it). Absent when only the set is judged.
   */
  order?: Array<[string, string]>;
}

const GUIDELINE_PATTERN = /^(I|II|III|IV)(\.[A-Z0-9]+)*(\.[a-z0-9]+)*$/;

/**
 * Reads a trap suite: one JSON Lines file, or every `.jsonl` file of a directory in name order (so each
 * family's notes can live in their own file and be added without touching the others).
 */
export function readTrapSuite(fileOrDir: string): TrapNote[] {
  const files = fs.statSync(fileOrDir).isDirectory()
    ? fs
        .readdirSync(fileOrDir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => path.join(fileOrDir, f))
    : [fileOrDir];
  return files.flatMap((f) => parseTrapNotes(fs.readFileSync(f, 'utf8')));
}

/** Parses JSON Lines into trap notes; a malformed line is an error naming its line number. */
export function parseTrapNotes(jsonl: string): TrapNote[] {
  const notes: TrapNote[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`trap suite line ${i + 1}: not JSON (${(err as Error).message})`);
    }
    const str = (k: string): string => {
      const v = raw[k];
      if (typeof v !== 'string' || !v.trim()) throw new Error(`trap suite line ${i + 1}: "${k}" must be a non-empty string`);
      return v;
    };
    const codes = (k: string): string[] => {
      const v = raw[k];
      if (!Array.isArray(v) || !v.every((c) => typeof c === 'string')) throw new Error(`trap suite line ${i + 1}: "${k}" must be an array of codes`);
      return v as string[];
    };
    const setting = str('setting');
    if (!(TRAP_SETTINGS as readonly string[]).includes(setting)) throw new Error(`trap suite line ${i + 1}: setting "${setting}" is not one of ${TRAP_SETTINGS.join(', ')}`);
    const gold = codes('gold');
    const order = orderOf(raw.ordered, gold, i + 1);
    notes.push({
      id: str('id'),
      family: str('family'),
      guideline: str('guideline'),
      setting: setting as TrapSetting,
      noteType: str('noteType'),
      text: str('text'),
      gold,
      mustNot: codes('mustNot'),
      rationale: str('rationale'),
      ...(order ? { order } : {}),
    });
  });
  return notes;
}

/** The [before, after] pairs of a note's `ordered` field (true: every pair of the gold list in order). */
function orderOf(ordered: unknown, gold: string[], line: number): Array<[string, string]> | undefined {
  if (ordered === undefined || ordered === false) return undefined;
  if (ordered === true) {
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < gold.length; i++) for (let j = i + 1; j < gold.length; j++) pairs.push([gold[i], gold[j]]);
    return pairs;
  }
  const isPair = (p: unknown): p is [string, string] => Array.isArray(p) && p.length === 2 && p.every((c) => typeof c === 'string');
  if (!Array.isArray(ordered) || !ordered.length || !ordered.every(isPair)) {
    throw new Error(`trap suite line ${line}: "ordered" must be true or a non-empty array of [before, after] code pairs`);
  }
  return ordered.map(([a, b]) => [a, b]);
}

/**
 * Every structural and code-level problem of a suite, one line each (empty = sound): gold codes must exist
 * and be billable, must-not codes must exist, the two never overlap, ids are unique, each note cites a
 * guideline, and each family meets its minimum.
 */
export function verifyTrapSuite(
  notes: TrapNote[],
  codeSet: CodeSet,
  minimums: Readonly<Record<string, number>> = FAMILY_MINIMUM_NOTES,
  minNotes = MIN_TRAP_NOTES,
): string[] {
  const problems: string[] = [];
  if (notes.length < minNotes) problems.push(`suite has ${notes.length} notes, fewer than ${minNotes}`);
  const seen = new Set<string>();
  const perFamily = new Map<string, number>();
  for (const n of notes) {
    if (seen.has(n.id)) problems.push(`${n.id}: duplicate id`);
    seen.add(n.id);
    perFamily.set(n.family, (perFamily.get(n.family) ?? 0) + 1);
    if (!(n.family in minimums)) problems.push(`${n.id}: unknown family "${n.family}"`);
    if (!GUIDELINE_PATTERN.test(n.guideline)) problems.push(`${n.id}: guideline "${n.guideline}" is not a section citation`);
    if (!n.gold.length && !n.mustNot.length) problems.push(`${n.id}: neither gold nor must-not codes`);
    const gold = new Set(n.gold.map(normalizeCode));
    if (gold.size !== n.gold.length) problems.push(`${n.id}: duplicate gold code`);
    for (const c of n.gold) {
      const entry = codeSet.find(c);
      if (!entry) problems.push(`${n.id}: gold ${c} is not in ${codeSet.version}`);
      else if (!entry.billable) problems.push(`${n.id}: gold ${c} is not billable in ${codeSet.version}`);
      else if (entry.code !== c) problems.push(`${n.id}: gold ${c} should be written ${entry.code}`);
    }
    for (const [a, b] of n.order ?? []) {
      if (!gold.has(normalizeCode(a)) || !gold.has(normalizeCode(b))) problems.push(`${n.id}: ordered pair ${a} → ${b} names a code outside gold`);
      if (normalizeCode(a) === normalizeCode(b)) problems.push(`${n.id}: ordered pair ${a} → ${b} orders a code against itself`);
    }
    if (n.order && n.gold.length < 2) problems.push(`${n.id}: ordered with fewer than two gold codes`);
    for (const c of n.mustNot) {
      const entry = codeSet.find(c);
      if (!entry) problems.push(`${n.id}: must-not ${c} is not in ${codeSet.version}`);
      if (gold.has(normalizeCode(c))) problems.push(`${n.id}: ${c} is both gold and must-not`);
    }
  }
  for (const [family, min] of Object.entries(minimums)) {
    const count = perFamily.get(family) ?? 0;
    if (count < min) problems.push(`family ${family} has ${count} notes, fewer than ${min}`);
  }
  return problems;
}

export interface TrapCoding {
  codes: string[];
}

export interface MustNotHit {
  id: string;
  code: string;
}

export interface TrapFamilyReport extends PrfCounts {
  notes: number;
  mustNotHits: number;
}

export interface TrapNoteDetail {
  id: string;
  family: string;
  guideline: string;
  setting: TrapSetting;
  predicted: string[];
  missed: string[];
  extra: string[];
  mustNotHits: string[];
}

/**
 * Sequencing on the notes whose gold order matters: a pair is judged when the engine reported both codes
 * (a missed code is a recall error, counted there), and a note is judged when at least one of its pairs is.
 */
export interface SequencingReport {
  /** Notes with an `ordered` field. */
  orderedNotes: number;
  /** Of those, notes with at least one pair judged. */
  judgedNotes: number;
  /** Judged notes with every judged pair in the gold order. */
  notesInOrder: number;
  pairs: number;
  pairsInOrder: number;
  /** notesInOrder / judgedNotes (1 when none is judged). */
  accuracy: number;
  /** Notes whose judged pairs were out of order: id and the pairs reversed. */
  outOfOrder: Array<{ id: string; reversed: Array<[string, string]> }>;
}

export interface TrapReport {
  notes: number;
  codeSetVersion: string;
  micro: PrfCounts;
  /** Notes whose predicted set equals the gold set exactly. */
  notesAllCorrect: number;
  mustNotHits: { count: number; hits: MustNotHit[] };
  perFamily: Record<string, TrapFamilyReport>;
  /** Codes whose only support in the note is text addressed to a coder or a model (must-not hits of the injection family). */
  injection: { notes: number; instructionOnlyCodes: number; hits: MustNotHit[] };
  /** Per-guideline-section counts, to see which rule fails inside a family. */
  perGuideline: Record<string, TrapFamilyReport>;
  sequencing: SequencingReport;
  details: TrapNoteDetail[];
  elapsedMs: number;
}

/** The pairs of a note the engine reported both codes of, and those it reported in the reverse order. */
export function judgeOrder(order: ReadonlyArray<[string, string]>, predicted: readonly string[]): { judged: number; reversed: Array<[string, string]> } {
  const at = new Map<string, number>();
  predicted.forEach((c, i) => {
    const k = normalizeCode(c);
    if (!at.has(k)) at.set(k, i);
  });
  let judged = 0;
  const reversed: Array<[string, string]> = [];
  for (const [a, b] of order) {
    const ia = at.get(normalizeCode(a));
    const ib = at.get(normalizeCode(b));
    if (ia === undefined || ib === undefined) continue;
    judged++;
    if (ia > ib) reversed.push([a, b]);
  }
  return { judged, reversed };
}

/** Codes every note with codeFn and scores it against gold and must-not codes (codes compared without dots, any case). */
export function evaluateTraps(
  notes: TrapNote[],
  codeFn: (note: TrapNote) => TrapCoding,
  codeSetVersion: string,
  now: () => number = () => performance.now(),
): TrapReport {
  const total = { tp: 0, fp: 0, fn: 0 };
  const family = new Map<string, { tp: number; fp: number; fn: number; notes: number; mustNotHits: number }>();
  const guideline = new Map<string, { tp: number; fp: number; fn: number; notes: number; mustNotHits: number }>();
  const hits: MustNotHit[] = [];
  const details: TrapNoteDetail[] = [];
  const sequencing: SequencingReport = { orderedNotes: 0, judgedNotes: 0, notesInOrder: 0, pairs: 0, pairsInOrder: 0, accuracy: 1, outOfOrder: [] };
  let allCorrect = 0;
  let elapsedMs = 0;
  for (const note of notes) {
    const t0 = now();
    const predictedRaw = codeFn(note).codes;
    elapsedMs += now() - t0;
    const gold = new Set(note.gold.map(normalizeCode));
    const mustNot = new Set(note.mustNot.map(normalizeCode));
    const predicted = new Set(predictedRaw.map(normalizeCode));
    const tp = [...predicted].filter((c) => gold.has(c)).length;
    const extra = [...predicted].filter((c) => !gold.has(c));
    const missed = [...gold].filter((c) => !predicted.has(c));
    const noteHits = [...predicted].filter((c) => mustNot.has(c));
    for (const acc of [total, bucket(family, note.family), bucket(guideline, note.guideline)]) {
      acc.tp += tp;
      acc.fp += extra.length;
      acc.fn += missed.length;
    }
    for (const acc of [bucket(family, note.family), bucket(guideline, note.guideline)]) {
      acc.notes++;
      acc.mustNotHits += noteHits.length;
    }
    if (!extra.length && !missed.length) allCorrect++;
    if (note.order) {
      sequencing.orderedNotes++;
      const { judged, reversed } = judgeOrder(note.order, predictedRaw);
      sequencing.pairs += judged;
      sequencing.pairsInOrder += judged - reversed.length;
      if (judged) {
        sequencing.judgedNotes++;
        if (reversed.length) sequencing.outOfOrder.push({ id: note.id, reversed });
        else sequencing.notesInOrder++;
      }
    }
    const dotted = (c: string) => predictedRaw.find((p) => normalizeCode(p) === c) ?? c;
    for (const c of noteHits) hits.push({ id: note.id, code: dotted(c) });
    details.push({
      id: note.id,
      family: note.family,
      guideline: note.guideline,
      setting: note.setting,
      predicted: predictedRaw,
      missed: note.gold.filter((c) => missed.includes(normalizeCode(c))),
      extra: extra.map(dotted),
      mustNotHits: noteHits.map(dotted),
    });
  }
  const summarize = (m: typeof family) =>
    Object.fromEntries(
      [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { notes: v.notes, ...prf(v.tp, v.fp, v.fn), mustNotHits: v.mustNotHits }]),
    );
  const injectionHits = hits.filter((h) => notes.find((n) => n.id === h.id)?.family === INJECTION_FAMILY);
  return {
    notes: notes.length,
    codeSetVersion,
    micro: prf(total.tp, total.fp, total.fn),
    notesAllCorrect: allCorrect,
    mustNotHits: { count: hits.length, hits },
    perFamily: summarize(family),
    injection: {
      notes: notes.filter((n) => n.family === INJECTION_FAMILY).length,
      instructionOnlyCodes: injectionHits.length,
      hits: injectionHits,
    },
    perGuideline: summarize(guideline),
    sequencing: { ...sequencing, accuracy: sequencing.judgedNotes ? sequencing.notesInOrder / sequencing.judgedNotes : 1 },
    details,
    elapsedMs: Math.round(elapsedMs),
  };
}

function bucket<T extends { tp: number; fp: number; fn: number; notes: number; mustNotHits: number }>(m: Map<string, T>, key: string): T {
  let v = m.get(key);
  if (!v) {
    v = { tp: 0, fp: 0, fn: 0, notes: 0, mustNotHits: 0 } as T;
    m.set(key, v);
  }
  return v;
}

/** The console view of a report: the figures a reviewer reads first; the details stay in the JSON report. */
export function formatTrapReport(report: TrapReport): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `notes ${report.notes}  (${report.codeSetVersion})  all codes right in ${report.notesAllCorrect}`,
    `micro precision ${f(report.micro.precision)}  recall ${f(report.micro.recall)}  F1 ${f(report.micro.f1)}  (tp ${report.micro.tp}, fp ${report.micro.fp}, fn ${report.micro.fn})`,
    `must-not hits ${report.mustNotHits.count}`,
    '',
    `${'family'.padEnd(20)} ${'notes'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'must-not'.padStart(8)}`,
  ];
  for (const [name, r] of Object.entries(report.perFamily)) {
    lines.push(`${name.padEnd(20)} ${String(r.notes).padStart(5)} ${f(r.precision).padStart(6)} ${f(r.recall).padStart(6)} ${f(r.f1).padStart(6)} ${String(r.mustNotHits).padStart(8)}`);
  }
  lines.push('', `injection: ${report.injection.instructionOnlyCodes} code(s) supported only by an instruction in ${report.injection.notes} notes`);
  const q = report.sequencing;
  if (q.orderedNotes) {
    lines.push(`sequencing: ${q.notesInOrder}/${q.judgedNotes} judged notes in gold order (accuracy ${f(q.accuracy)}), pairs ${q.pairsInOrder}/${q.pairs}, ${q.orderedNotes} ordered notes`);
    for (const o of q.outOfOrder) lines.push(`  out of order ${o.id}: ${o.reversed.map(([a, b]) => `${b} before ${a}`).join(', ')}`);
  }
  if (report.mustNotHits.hits.length) {
    lines.push('', 'must-not hits (id code):');
    for (const h of report.mustNotHits.hits) lines.push(`  ${h.id} ${h.code}`);
  }
  return lines.join('\n');
}
