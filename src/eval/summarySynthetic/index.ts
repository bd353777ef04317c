// Owns the seeded synthetic summary corpus and its evaluation (`npm run eval -- --summary-synthetic`): long
// multi-problem notes in every layout of ./layouts, gold problems, medication changes and follow-up known by
// construction, scored by the same matcher as the gold splits and reported per layout. The notes are invented.
import type { ClinicalEngine } from '../../engine';
import { Rng } from '../synthetic/prng';
import { evaluateSummaries, type SummaryAggregate, type SummaryGoldRecord, type SummaryNoteResult } from '../summary';
import { buildCase, goldOf } from './cases';
import { LAYOUTS, WRITERS, type Layout } from './layouts';
import { S7_LAYOUTS, S7_WRITERS, type S7Layout } from './layoutsS7';
import { S8_LAYOUTS, S8_WRITERS, type S8Layout } from './layoutsS8';
import { S9_LAYOUTS, S9_UNSEEN_LAYOUTS, S9_UNSEEN_WRITERS, S9_WRITERS, type S9Layout, type S9UnseenLayout } from './layoutsS9';
import { S10_LAYOUTS, S10_UNSEEN_LAYOUTS, S10_UNSEEN_WRITERS, S10_WRITERS, type S10Layout, type S10UnseenLayout } from './layoutsS10';
import { S11_UNSEEN_LAYOUTS, S11_UNSEEN_WRITERS, shortCase, type S11UnseenLayout } from './layoutsS11';

export { LAYOUTS, type Layout } from './layouts';
export { S7_LAYOUTS, type S7Layout } from './layoutsS7';
export { S8_LAYOUTS, type S8Layout } from './layoutsS8';
export { S9_LAYOUTS, S9_UNSEEN_LAYOUTS, type S9Layout, type S9UnseenLayout } from './layoutsS9';
export { S10_LAYOUTS, S10_UNSEEN_LAYOUTS, type S10Layout, type S10UnseenLayout } from './layoutsS10';
export { S11_UNSEEN_LAYOUTS, type S11UnseenLayout } from './layoutsS11';

/** Every layout in the order streams are numbered: a new set appends, so no older note changes. */
type AnyLayout = Layout | S7Layout | S8Layout | S9Layout | S9UnseenLayout | S10Layout | S10UnseenLayout | S11UnseenLayout;
const ALL_LAYOUTS: readonly AnyLayout[] = [...LAYOUTS, ...S7_LAYOUTS, ...S8_LAYOUTS, ...S9_LAYOUTS, ...S9_UNSEEN_LAYOUTS, ...S10_LAYOUTS, ...S10_UNSEEN_LAYOUTS, ...S11_UNSEEN_LAYOUTS];
const ALL_WRITERS = { ...WRITERS, ...S7_WRITERS, ...S8_WRITERS, ...S9_WRITERS, ...S9_UNSEEN_WRITERS, ...S10_WRITERS, ...S10_UNSEEN_WRITERS, ...S11_UNSEEN_WRITERS };
const SHORT_LAYOUTS: ReadonlySet<AnyLayout> = new Set(S11_UNSEEN_LAYOUTS);
/** The session-7 layouts are scored apart, under their own seed (written before the summarizer was changed for them). */
export const S7_SUMMARY_SYNTHETIC_SEED = 7016;
/** The session-8 layouts (heart-failure titration, deprescribing, transplant, post-op day, "Dx 1:", "->" plans), their own seed. */
export const S8_SUMMARY_SYNTHETIC_SEED = 8016;
/** The session-9 layouts (EHR "Visit Diagnoses" with codes, prose without headings, PRESCRIPTIONS blocks, problem heads in caps or bold), their own seed. */
export const S9_SUMMARY_SYNTHETIC_SEED = 9016;
/** The session-10 layouts (hospitalist day note, SOAP with problems only in the plan, transitional care, polypharmacy review, telephone; and the unseen three), their own seed. */
export const S10_SUMMARY_SYNTHETIC_SEED = 10016;

/** The session-11 unseen layouts (short 2-4 problem clinic notes), their own seed. */
export const S11_SUMMARY_SYNTHETIC_SEED = 11016;

export const DEFAULT_SUMMARY_SYNTHETIC_SEED = 6016;
export const DEFAULT_SUMMARY_SYNTHETIC_NOTES_PER_LAYOUT = 12;

export interface SummarySyntheticOptions {
  seed?: number;
  notesPerLayout?: number;
  layouts?: readonly AnyLayout[];
}

/** Gold records with their text; `source` is the layout so the report's per-source figures are per layout. */
export function generateSummaryNotes(options: SummarySyntheticOptions = {}): SummaryGoldRecord[] {
  const seed = options.seed ?? DEFAULT_SUMMARY_SYNTHETIC_SEED;
  const per = options.notesPerLayout ?? DEFAULT_SUMMARY_SYNTHETIC_NOTES_PER_LAYOUT;
  const out: SummaryGoldRecord[] = [];
  for (const layout of options.layouts ?? LAYOUTS) {
    for (let i = 0; i < per; i++) {
      // One stream per note, so adding a layout or a note never changes the others.
      const rng = new Rng(seed * 1_000_003 + ALL_LAYOUTS.indexOf(layout) * 10_007 + i);
      const full = buildCase(rng);
      const c = SHORT_LAYOUTS.has(layout) ? shortCase(full, rng) : full;
      const text = ALL_WRITERS[layout](c, rng) + '\n';
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
