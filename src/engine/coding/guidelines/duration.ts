// Owns acuity read from a stated duration (I.B.2, level of detail): a condition whose Tabular codes split
// by acuity (Index "Cough, acute R05.1 / subacute R05.2 / chronic R05.3") is coded to the acuity its
// documented duration defines when the provider writes the duration ("cough x 3 days") rather than the word.
// The thresholds are the clinical definitions the classification's acuity terms follow, kept as data.
import type { Span } from '../../types';
import { billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

interface AcuityByDuration {
  /** The unspecified code refined. */
  unspecified: string;
  /** Words the condition is written with (the mention's head word). */
  head: string;
  /** Upper bounds in days (exclusive) of each acuity band, shortest first, with its code; the last has no bound. */
  bands: ReadonlyArray<{ belowDays: number; code: string; word: string }>;
}

/**
 * Cough: acute under 3 weeks, subacute 3 to 8 weeks, chronic over 8 weeks (ACCP/CHEST cough guideline,
 * the definitions behind R05.1-R05.3 added in FY2022).
 */
const ACUITY_BY_DURATION: readonly AcuityByDuration[] = [
  {
    unspecified: 'R05.9', head: 'cough', bands: [
      { belowDays: 21, code: 'R05.1', word: 'acute' },
      { belowDays: 57, code: 'R05.2', word: 'subacute' },
      { belowDays: Number.POSITIVE_INFINITY, code: 'R05.3', word: 'chronic' },
    ],
  },
];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, couple: 2,
};
const DAYS_PER_UNIT: Readonly<Record<string, number>> = { d: 1, day: 1, wk: 7, w: 7, week: 7, mo: 30, month: 30, yr: 365, y: 365, year: 365 };
const AMOUNT = String.raw`(\d{1,3}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|a|an)`;
const UNIT = String.raw`(days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?)`;
/** Duration after the symptom: "cough x 3 days", "cough for four days", "cough and fever for 2 weeks". */
function after(head: string): RegExp {
  return new RegExp(String.raw`\b${head}\b(?:\s+(?:and|&)\s+\w+(?:\s+\w+)?|,\s*\w+)?\s*(?:x|×|for|of|over|lasting|ongoing for|present for)\s*(?:the\s+)?(?:past\s+|last\s+)?${AMOUNT}\b[\s-]*${UNIT}\b`, 'gi');
}
/** Duration before the symptom: "3 days of cough", "2-week history of productive cough". */
function before(head: string): RegExp {
  return new RegExp(String.raw`\b${AMOUNT}\b[\s-]*${UNIT}(?:[\s-]+long)?\s+(?:history\s+of\s+|of\s+)(?:\w+\s+){0,3}?${head}\b`, 'gi');
}

function days(amount: string, unit: string): number | undefined {
  const a = amount.toLowerCase().replace(/^a (?:few|couple of)$/, (m) => (m.endsWith('few') ? 'few' : 'couple'));
  const n = /^\d/.test(a) ? Number(a) : NUMBER_WORDS[a];
  const u = unit.toLowerCase().replace(/s$/, '');
  const per = DAYS_PER_UNIT[u];
  return n !== undefined && per !== undefined ? n * per : undefined;
}

export const durationAcuityRule: GuidelineRule = {
  name: 'acuity from a stated duration',
  section: 'I.B.2',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const entry of ACUITY_BY_DURATION) {
      const d = drafts.get(entry.unspecified);
      if (!d) continue;
      const found = statedDuration(ctx, d, entry.head);
      if (!found) continue;
      const band = entry.bands.find((b) => found.days < b.belowDays)!;
      if (!billable(ctx, band.code)) continue;
      const t = ensureDraft(ctx, drafts, band.code, [d], { section: 'I.B.2', action: 'refined', detail: `${entry.head} for ${found.days} days is ${band.word}: ${band.code}` });
      if (!t) continue;
      if (!t.evidence.some((e) => e.start === found.span.start && e.end === found.span.end)) t.evidence.push({ ...found.span, text: ctx.text.slice(found.span.start, found.span.end) });
      dropDraft(ctx, drafts, d.code, 'I.B.2', `duration stated: ${band.code}`, t);
    }
  },
};

/** The duration written beside one of the draft's mentions (in the same sentence), in days. */
function statedDuration(ctx: GuidelineContext, d: Draft, head: string): { days: number; span: Span } | undefined {
  for (const re of [after(head), before(head)]) {
    for (const m of ctx.text.matchAll(re)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (!d.evidence.some((e) => e.start < span.end && span.start < e.end)) continue;
      const n = days(m[1], m[2]);
      // The evidence is the duration itself: the whole phrase may hold another symptom ("cough and fever for 3 days").
      const at = m[0].search(new RegExp(String.raw`\b${AMOUNT}\b[\s-]*${UNIT}\b`, 'i'));
      const stated = at >= 0 ? { start: span.start + at, end: span.start + m[0].length } : span;
      if (n !== undefined && n > 0) return { days: n, span: stated };
    }
  }
  return undefined;
}
