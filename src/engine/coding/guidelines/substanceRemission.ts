// Owns remission of a substance use disorder (Guideline I.C.5.b.1: "in remission" codes are assigned on the
// provider's documentation): an uncomplicated abuse, dependence or use code (F10–F19 ending in 0) whose own
// statement goes on to say the disorder is in (early, sustained) remission is coded to the Tabular's "in
// remission" sibling ("Alcohol dependence: last drink 5 months ago, attends AA; early remission" → F10.21).
// The sibling is read from the code set (its title says "in remission"), never from a hand list.
import { billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** An uncomplicated substance disorder code: F10.10, F10.20, F11.90, F17.210 (nicotine's 5th character names the product). */
const UNCOMPLICATED = /^F1[0-9]\.(?:[129]0|2[0-9]0)$/;
/** "in remission", "early remission", "in sustained full remission"; the negated forms are excluded below. */
const REMISSION = /\b(?:in\s+)?(?:(?:early|sustained|full|partial|complete|continued)\s+){0,2}remission\b/gi;
const NOT_REMISSION = /\b(?:not|never|not yet|nor|no longer)\s+(?:in\s+)?(?:\w+\s+)?$/i;
/** What may stand between the disorder and its remission: the same statement, up to one line, no other disorder named. */
const MAX_GAP_CHARS = 120;
const OTHER_DISORDER = /\b(?:abuse|dependence|use disorder|addiction|disorder)\b|\n/i;

export const substanceRemissionRule: GuidelineRule = {
  name: 'substance use disorder in remission',
  section: 'I.C.5.b.1',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const d of [...drafts.values()]) {
      if (!UNCOMPLICATED.test(d.code)) continue;
      const sibling = `${d.code.slice(0, -1)}1`;
      if (!billable(ctx, sibling) || !/\bin remission\b/i.test(ctx.codeSet.find(sibling)?.longDescription ?? '')) continue;
      const at = remissionAfter(ctx.text, d);
      if (!at) continue;
      const t = ensureDraft(ctx, drafts, sibling, [d], { section: 'I.C.5.b.1', action: 'refined', detail: `remission stated: ${sibling}` });
      if (!t) continue;
      if (!t.evidence.some((e) => e.start === at.start && e.end === at.end)) t.evidence.push({ ...at, text: ctx.text.slice(at.start, at.end) });
      dropDraft(ctx, drafts, d.code, 'I.C.5.b.1', `in remission: ${sibling}`, t);
    }
  },
};

/** The remission phrase that follows one of the draft's mentions within its statement, or undefined. */
function remissionAfter(text: string, d: Draft): { start: number; end: number } | undefined {
  for (const e of d.evidence) {
    const tail = text.slice(e.end, e.end + MAX_GAP_CHARS);
    for (const m of tail.matchAll(REMISSION)) {
      const gap = tail.slice(0, m.index);
      if (OTHER_DISORDER.test(gap) || NOT_REMISSION.test(gap)) break;
      return { start: e.end + m.index!, end: e.end + m.index! + m[0].length };
    }
  }
  return undefined;
}
