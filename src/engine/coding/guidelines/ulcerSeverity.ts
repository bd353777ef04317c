// Owns the severity of a non-pressure chronic ulcer (I.B.2 specificity; L97/L98.4 "use additional code" of a
// diabetic ulcer, I.C.4.a): an ulcer coded "with unspecified severity" takes the sibling whose severity the
// note states in the Tabular's own words anywhere ("Wound: L heel … limited to breakdown of skin" above
// "A: diabetic foot ulcer, left heel"), when the note has one ulcer. The severities come from the sibling
// titles (what follows the site the unspecified title shares), so nothing here names a code.
import { mentionContext } from '../../context';
import { isClinicalSpan } from '../../text';
import { dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

const CHRONIC_ULCER = /^(?:L97\.|L98\.4)/;
const UNSPECIFIED_SEVERITY = / with unspecified severity$/i;

export const ulcerSeverityRule: GuidelineRule = {
  name: 'non-pressure ulcer severity stated in the note',
  section: 'I.B.2',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const ulcers = [...drafts.values()].filter((d) => CHRONIC_ULCER.test(d.code));
    if (ulcers.length !== 1) return;
    const d = ulcers[0];
    const entry = ctx.codeSet.find(d.code);
    if (!entry || !UNSPECIFIED_SEVERITY.test(entry.longDescription)) return;
    const site = entry.longDescription.replace(UNSPECIFIED_SEVERITY, '');
    const lower = ctx.text.toLowerCase();
    for (const sibling of ctx.codeSet.billableDescendants(d.code.slice(0, d.code.length - 1))) {
      if (sibling.code === d.code || !sibling.longDescription.startsWith(`${site} `)) continue;
      const severity = sibling.longDescription.slice(site.length + 1).replace(/^with\s+/i, '').toLowerCase();
      if (/other specified|unspecified/.test(severity)) continue;
      const at = lower.indexOf(severity);
      if (at < 0) continue;
      const span = { start: at, end: at + severity.length };
      if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
      const c = mentionContext(ctx.analysis, span);
      if (c.negated || c.hypothetical || c.family || c.uncertain) continue;
      const t = ensureDraft(ctx, drafts, sibling.code, [d], { section: 'I.B.2', action: 'refined', detail: `ulcer severity stated ("${ctx.text.slice(span.start, span.end)}"): ${sibling.code}` });
      if (!t) return;
      t.evidence.push({ ...span, text: ctx.text.slice(span.start, span.end) });
      dropDraft(ctx, drafts, d.code, 'I.B.2', `severity stated: ${sibling.code}`, t);
      return;
    }
  },
};
