// Owns the seeded synthetic summary corpus and its evaluation (`npm run eval -- --summary-synthetic`): long
// multi-problem notes in every layout of ./layouts, gold problems, medication changes and follow-up known by
// construction, scored by the same matcher as the gold splits and reported per layout. The notes are invented.
import type { ClinicalEngine } from '../../engine';
import { Rng } from '../synthetic/prng';
import { evaluateSummaries, type SummaryAggregate, type SummaryGoldRecord, type SummaryNoteResult } from '../summary';
import { buildCase, goldOf } from './cases';
import { LAYOUTS, WRITERS, type Layout } from './layouts';

export { LAYOUTS, type Layout } from './layouts';

export const DEFAULT_SUMMARY_SYNTHETIC_SEED = 6016;
export const DEFAULT_SUMMARY_SYNTHETIC_NOTES_PER_LAYOUT = 12;

export interface SummarySyntheticOptions {
  seed?: number;
  notesPerLayout?: number;
  layouts?: readonly Layout[];
}

/** Gold records with their text; `source` is the layout so the report's per-source figures are per layout. */
export function generateSummaryNotes(options: SummarySyntheticOptions = {}): SummaryGoldRecord[] {
  const seed = options.seed ?? DEFAULT_SUMMARY_SYNTHETIC_SEED;
  const per = options.notesPerLayout ?? DEFAULT_SUMMARY_SYNTHETIC_NOTES_PER_LAYOUT;
  const out: SummaryGoldRecord[] = [];
  for (const layout of options.layouts ?? LAYOUTS) {
    for (let i = 0; i < per; i++) {
      // One stream per note, so adding a layout or a note never changes the others.
      const rng = new Rng(seed * 1_000_003 + LAYOUTS.indexOf(layout) * 10_007 + i);
      const c = buildCase(rng);
      const text = WRITERS[layout](c, rng) + '\n';
      out.push({ id: `synth-${layout}-${i}`, source: layout, text, ...goldOf(c) });
    }
  }
  return out;
}

export interface SummarySyntheticReport {
  seed: number;
  notesPerLayout: number;
  all: SummaryAggregate;
  byLayout: Record<string, SummaryAggregate>;
  notes: SummaryNoteResult[];
}

export function evaluateSummarySynthetic(engine: ClinicalEngine, options: SummarySyntheticOptions = {}): SummarySyntheticReport {
  const records = generateSummaryNotes(options);
  const report = evaluateSummaries(records, new Map(), engine);
  return {
    seed: options.seed ?? DEFAULT_SUMMARY_SYNTHETIC_SEED,
    notesPerLayout: options.notesPerLayout ?? DEFAULT_SUMMARY_SYNTHETIC_NOTES_PER_LAYOUT,
    all: report.all,
    byLayout: report.bySource,
    notes: report.notes,
  };
}
