// Owns the acceptance analysis of the guideline trap suite: for every code the engine reports on a trap note, the
// signals its confidence was computed from, what the guideline rules did, where its evidence sits, and whether it
// was gold, a must-not or neither; then the false positives grouped by the mechanism that produced them, and a
// leave-one-batch-out check of acceptance rules (a rule fitted on every examiner batch but one, scored on that one).
// Pure but for the engine call: the caller hands it the notes, each tagged with the file (batch) it came from.
import fs from 'node:fs';
import path from 'node:path';
import type { ClinicalEngine } from '../engine';
import type { CodeSignals } from '../engine/coding';
import { CONCLUSION_SECTIONS } from '../engine/coding/acceptance';
import { codeRelations } from '../engine/coding/acceptanceVoter';
import type { CodeRole, MentionContext, SectionKind } from '../engine/types';
import { normalizeCode, prf } from './icd';
import type { TrapNote } from './icdTraps';

/**
 * The batches each examiner wrote without seeing the engine's output on them (one per session): the only notes
 * whose figures predict unseen ones. Everything else in the suite was written by engineers tuning the engine.
 */
export const EXAMINER_BATCHES = [
  's4-heldout', 's5-heldout-d', 's6-heldout-e', 's7-heldout-f', 's7-heldout-g', 's8-heldout-h',
  's9-heldout-i', 's10-heldout-j', 's11-heldout-k', 's12-heldout-l',
] as const;

export type CodeLabel = 'gold' | 'mustNot' | 'other';

/** One reported code of one trap note with everything acceptance could read. */
export interface AcceptanceRow {
  batch: string;
  id: string;
  family: string;
  setting: string;
  code: string;
  label: CodeLabel;
  /** A gold code of the same category was expected (the code is a wrong sibling rather than a wrong condition). */
  goldSameCategory: boolean;
  confidence: number;
  role: CodeRole;
  signals: CodeSignals;
  guideline: string[];
  contexts: MentionContext[];
  /** Section kinds of every mention behind the code. */
  sections: SectionKind[];
  evidence: string[];
  /** The line of the note each quote sits on (trimmed to 160 characters). */
  lines: string[];
  /** Codes reported on the same note (for rules that read the rest of the note's coding). */
  others: string[];
  /** Kinds of the note's sections (does it have an assessment the code is missing from?). */
  noteSections: SectionKind[];
  /** The sentence of each quote (trimmed to 200 characters). */
  sentences: string[];
  /** Per mention: its sentence's text before it (what the teaching test reads). */
  sentencesBefore: string[];
  /** The note's other non-Z codes supported by its conclusion sections (assessment, impression, diagnoses). */
  assessed: string[];
  /** An Excludes1 note pairs it with another reported code (I.A.12.a). Absent in dumps written before session 12. */
  excludes1Other?: boolean;
  /** Another reported code's "use additional" / "code also" note asks for it (I.A.13, I.A.17). */
  askedForByOther?: boolean;
  /** A manifestation code ("in diseases classified elsewhere", I.A.13). */
  manifestation?: boolean;
  /** The note holds text the provenance analysis marked non-clinical (instructions, billing, templates, pasted text). */
  nonClinicalNote?: boolean;
}

/** One note's gold count, for recall. */
export interface AcceptanceNote {
  batch: string;
  id: string;
  gold: number;
  tp: number;
}

export interface AcceptanceDump {
  rows: AcceptanceRow[];
  notes: AcceptanceNote[];
}

/** Codes one trap note is coded with, and its rows: the engine path of `process` without the summary. */
export function codeTrapNote(engine: ClinicalEngine, note: TrapNote & { batch: string }, withSetting: boolean): { codes: string[]; rows: AcceptanceRow[] } {
  const options = withSetting ? { setting: note.setting, noteType: note.noteType } : {};
  const redaction = engine.redact(note.text);
  const analysis = engine.analyze(redaction.text);
  const candidates = engine.propose(analysis, options);
  const validation = engine.validate(analysis, candidates.map((c) => ({ code: c.code, confidence: c.confidence, role: c.role, source: 'engine' as const, evidence: c.evidence.map((e) => ({ ...e })) })), options);
  const byCode = new Map(candidates.map((c) => [normalizeCode(c.code), c]));
  const gold = new Set(note.gold.map(normalizeCode));
  const mustNot = new Set(note.mustNot.map(normalizeCode));
  const codes = validation.accepted.map((a) => a.code);
  const text = analysis.text;
  const relations = codeRelations(engine.coder.conventions, codes);
  const lineOf = (start: number): string => {
    const from = text.lastIndexOf('\n', start - 1) + 1;
    const to = text.indexOf('\n', start);
    return text.slice(from, to < 0 ? text.length : to).trim().slice(0, 160);
  };
  const rows = validation.accepted.flatMap((a): AcceptanceRow[] => {
    const c = byCode.get(normalizeCode(a.code));
    if (!c) return [];
    const n = normalizeCode(a.code);
    return [{
      batch: note.batch,
      id: note.id,
      family: note.family,
      setting: String(withSetting ? note.setting : engine.settingFor({}, text)),
      code: a.code,
      label: gold.has(n) ? 'gold' : mustNot.has(n) ? 'mustNot' : 'other',
      goldSameCategory: !gold.has(n) && [...gold].some((g) => g.slice(0, 3) === n.slice(0, 3)),
      confidence: a.confidence,
      role: a.role,
      signals: c.signals,
      guideline: c.guideline.map((g) => `${g.section}:${g.action}`),
      contexts: c.mentions.map((m) => m.context),
      sections: c.mentions.map((m) => sectionKindAt(analysis, m.span.start)),
      evidence: c.evidence.map((e) => e.text),
      lines: c.evidence.map((e) => lineOf(e.start)),
      others: codes.filter((x) => x !== a.code),
      noteSections: [...new Set(analysis.sections.map((x) => x.kind))],
      sentencesBefore: c.mentions.map((m) => { const st = analysis.sentences.find((x) => x.start <= m.span.start && m.span.start < x.end); return st ? text.slice(st.start, m.span.start) : ''; }),
      assessed: candidates.filter((o) => o.code !== a.code && !o.code.startsWith('Z') && o.mentions.some((m) => CONCLUSION_SECTIONS.has(sectionKindAt(analysis, m.span.start)))).map((o) => o.code),
      sentences: c.evidence.map((e) => { const st = analysis.sentences.find((x) => x.start <= e.start && e.start < x.end); return st ? text.slice(st.start, st.end).trim().slice(0, 200) : ''; }),
      ...relations(a.code),
      nonClinicalNote: analysis.provenance.nonClinical.length > 0,
    }];
  });
  return { codes, rows };
}

function sectionKindAt(analysis: ReturnType<ClinicalEngine['analyze']>, offset: number): SectionKind {
  const s = analysis.sections.find((x) => x.start <= offset && offset < x.end);
  return s?.kind ?? 'other';
}

/** The mechanism keys a row belongs to (one per axis): how the false positives are grouped. */
export function mechanismsOf(r: AcceptanceRow): Record<string, string> {
  const s = r.signals;
  return {
    match: s.match,
    section: s.section,
    terms: s.termTokens <= 1 ? '1 word' : s.termTokens === 2 ? '2 words' : '3+ words',
    mentions: s.mentions > 1 ? 'repeated' : 'once',
    chapter: r.code[0],
    unspecified: s.unspecified ? 'unspecified' : 'specified',
    guideline: r.guideline.length ? r.guideline.map((g) => g.split(':')[1]).sort().join('+') : 'none',
    role: r.role,
    setting: r.setting,
    // The ConText attributes any mention carried (an uncertain mention coded as confirmed in an inpatient note, …).
    context: [...new Set(r.contexts.flatMap((c) => Object.entries(c).filter(([, v]) => v).map(([k]) => k)))].sort().join('+') || 'plain',
    confidence: r.confidence < 0.5 ? '<0.5' : r.confidence < 0.6 ? '0.5-0.6' : r.confidence < 0.7 ? '0.6-0.7' : r.confidence < 0.8 ? '0.7-0.8' : '≥0.8',
  };
}

export interface GroupFigure {
  axis: string;
  value: string;
  emitted: number;
  gold: number;
  mustNot: number;
  precision: number;
}

/** Precision of the reported codes per mechanism value (examiner batches only when `batches` is given). */
export function groupByMechanism(rows: AcceptanceRow[]): GroupFigure[] {
  const groups = new Map<string, { gold: number; mustNot: number; emitted: number }>();
  for (const r of rows) {
    for (const [axis, value] of Object.entries(mechanismsOf(r))) {
      const key = `${axis}\u0000${value}`;
      const g = groups.get(key) ?? { gold: 0, mustNot: 0, emitted: 0 };
      g.emitted++;
      if (r.label === 'gold') g.gold++;
      if (r.label === 'mustNot') g.mustNot++;
      groups.set(key, g);
    }
  }
  return [...groups].map(([key, g]) => {
    const [axis, value] = key.split('\u0000');
    return { axis, value, ...g, precision: g.emitted ? g.gold / g.emitted : 0 };
  }).sort((a, b) => a.axis.localeCompare(b.axis) || a.precision - b.precision);
}

/** A candidate acceptance rule: rows it would withhold. */
export interface AcceptanceRule {
  name: string;
  /** The guideline or general pattern the rule serves. */
  reason: string;
  withholds: (r: AcceptanceRow) => boolean;
  /** The engine applies this rule (src/engine/coding/acceptance.ts): on a dump of today's engine it withholds nothing. */
  inEngine?: boolean;
}

export interface BatchFigure {
  batch: string;
  tp: number;
  fp: number;
  fn: number;
  mustNot: number;
  precision: number;
  recall: number;
}

/** P/R and must-not hits of a batch with the rows the rules withhold taken out (removing a code changes only that code). */
export function scoreBatch(dump: AcceptanceDump, batch: string, rules: readonly AcceptanceRule[]): BatchFigure {
  const rows = dump.rows.filter((r) => r.batch === batch && !rules.some((rule) => rule.withholds(r)));
  const gold = dump.notes.filter((n) => n.batch === batch).reduce((s, n) => s + n.gold, 0);
  const tp = rows.filter((r) => r.label === 'gold').length;
  const fp = rows.length - tp;
  const { precision, recall } = prf(tp, fp, gold - tp);
  return { batch, tp, fp, fn: gold - tp, mustNot: rows.filter((r) => r.label === 'mustNot').length, precision, recall };
}

function pooled(dump: AcceptanceDump, batches: readonly string[], rules: readonly AcceptanceRule[]): BatchFigure {
  const figs = batches.map((b) => scoreBatch(dump, b, rules));
  const tp = figs.reduce((s, f) => s + f.tp, 0);
  const fp = figs.reduce((s, f) => s + f.fp, 0);
  const fn = figs.reduce((s, f) => s + f.fn, 0);
  const { precision, recall } = prf(tp, fp, fn);
  return { batch: batches.join('+'), tp, fp, fn, mustNot: figs.reduce((s, f) => s + f.mustNot, 0), precision, recall };
}

export interface FoldReport {
  heldOut: string;
  kept: string[];
  before: BatchFigure;
  after: BatchFigure;
}

/**
 * Leave-one-batch-out: on each fold the rules are chosen greedily on every other batch of the suite (a rule is kept
 * when, pooled over them, it withholds more wrong codes than right ones and keeps recall ≥ `minRecall`), then the
 * held-out batch is scored with and without them.
 */
export function leaveOneBatchOut(dump: AcceptanceDump, rules: readonly AcceptanceRule[], batches: readonly string[] = EXAMINER_BATCHES, minRecall = 0.8): FoldReport[] {
  // A dump of an older engine lacks the batches written after it.
  const present = new Set(dump.notes.map((n) => n.batch));
  return batches.filter((b) => present.has(b)).map((heldOut) => {
    const train = [...new Set(dump.notes.map((n) => n.batch))].filter((b) => b !== heldOut);
    const kept: AcceptanceRule[] = [];
    for (const rule of rules) {
      const base = pooled(dump, train, kept);
      const next = pooled(dump, train, [...kept, rule]);
      const removedWrong = base.fp - next.fp;
      const removedRight = base.tp - next.tp;
      if (removedWrong > removedRight && next.recall >= minRecall) kept.push(rule);
    }
    return { heldOut, kept: kept.map((r) => r.name), before: scoreBatch(dump, heldOut, []), after: scoreBatch(dump, heldOut, kept) };
  });
}

export function formatFolds(folds: FoldReport[]): string {
  const f = (x: number) => x.toFixed(3);
  const lines = ['held-out batch   | before P  R     mustNot | after P  R      mustNot | rules kept on the other batches'];
  for (const r of folds) {
    lines.push(`${r.heldOut.padEnd(16)} | ${f(r.before.precision)} ${f(r.before.recall)} ${String(r.before.mustNot).padStart(3)}     | ${f(r.after.precision)} ${f(r.after.recall)} ${String(r.after.mustNot).padStart(3)}     | ${r.kept.join(', ') || '—'}`);
  }
  const mean = (k: 'precision' | 'recall', w: 'before' | 'after') => folds.reduce((s, r) => s + r[w][k], 0) / folds.length;
  lines.push(`mean             | ${f(mean('precision', 'before'))} ${f(mean('recall', 'before'))}         | ${f(mean('precision', 'after'))} ${f(mean('recall', 'after'))}`);
  return lines.join('\n');
}

/** Every trap note of a suite file or directory, tagged with its file's name (its batch). */
export function readTrapBatches(fileOrDir: string, read: (file: string) => TrapNote[]): Array<TrapNote & { batch: string }> {
  const files = fs.statSync(fileOrDir).isDirectory()
    ? fs.readdirSync(fileOrDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(fileOrDir, f))
    : [fileOrDir];
  return files.flatMap((file) => read(file).map((n) => ({ ...n, batch: path.basename(file, '.jsonl') })));
}

/** Writes a dump as JSON Lines: one `{note}` line per note, then one `{row}` line per reported code. */
export function writeDump(file: string, dump: AcceptanceDump): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, [...dump.notes.map((note) => JSON.stringify({ note })), ...dump.rows.map((row) => JSON.stringify({ row }))].join('\n') + '\n');
}

export function readDump(file: string): AcceptanceDump {
  const dump: AcceptanceDump = { rows: [], notes: [] };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const v = JSON.parse(line) as { note?: AcceptanceNote; row?: AcceptanceRow };
    if (v.note) dump.notes.push(v.note);
    if (v.row) dump.rows.push(v.row);
  }
  return dump;
}

/** The analysis printed by `--icd-traps-signals` / `--acceptance-from`: grouped false positives and the folds. */
export function formatAcceptance(dump: AcceptanceDump, rules: readonly AcceptanceRule[]): string {
  const examiner = new Set<string>(EXAMINER_BATCHES);
  const rows = dump.rows.filter((r) => examiner.has(r.batch));
  const out: string[] = [`examiner batches: ${rows.length} reported codes, ${rows.filter((r) => r.label === 'gold').length} gold, ${rows.filter((r) => r.label === 'mustNot').length} must-not`];
  out.push('axis         value                 emitted  gold  mustNot  precision');
  for (const g of groupByMechanism(rows)) out.push(`${g.axis.padEnd(12)} ${g.value.slice(0, 20).padEnd(21)} ${String(g.emitted).padStart(7)} ${String(g.gold).padStart(5)} ${String(g.mustNot).padStart(8)}  ${g.precision.toFixed(3)}`);
  out.push('', 'rule                          examiner withheld: gold / wrong (must-not) | rest of suite: gold / wrong (must-not)');
  for (const rule of rules) {
    const hit = (rs: AcceptanceRow[]) => { const h = rs.filter(rule.withholds); return `${h.filter((r) => r.label === 'gold').length} / ${h.filter((r) => r.label !== 'gold').length} (${h.filter((r) => r.label === 'mustNot').length})`; };
    out.push(`${rule.name.padEnd(30)} ${hit(rows).padEnd(40)} | ${hit(dump.rows.filter((r) => !examiner.has(r.batch)))}`);
  }
  out.push('', formatFolds(leaveOneBatchOut(dump, rules)));
  // On a dump of an older engine (one that met a batch for the first time), what the engine's rules would have done.
  const engineRules = rules.filter((r) => r.inEngine);
  out.push('', `the engine's rules (${engineRules.map((r) => r.name).join(', ')}) per examiner batch: P R must-not before → after`);
  for (const b of EXAMINER_BATCHES) {
    const [x, y] = [scoreBatch(dump, b, []), scoreBatch(dump, b, engineRules)];
    if (x.tp + x.fp) out.push(`${b.padEnd(16)} ${x.precision.toFixed(3)} ${x.recall.toFixed(3)} ${x.mustNot} → ${y.precision.toFixed(3)} ${y.recall.toFixed(3)} ${y.mustNot}`);
  }
  return out.join('\n');
}
