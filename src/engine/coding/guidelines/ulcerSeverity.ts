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

/**
 * The depth of a wound in a wound-care nurse's words, for the Tabular severities they mean (depth by tissue layer, as
 * NPIAP staging and the Tabular's severity axis describe it): "partial thickness", "skin breakdown only" is a loss
 * limited to the skin; "full thickness" or exposed subcutaneous fat is the fat layer exposed.
 */
const WOUND_CARE_WORDS: ReadonlyArray<readonly [title: string, words: RegExp]> = [
  ['limited to breakdown of skin', /\b(?:skin breakdown only|partial[- ]thickness(?: skin loss| wound| ulcer)?|(?:limited|confined) to (?:the )?(?:skin|epidermis|dermis)|epidermis and dermis only)\b/i],
  ['fat layer exposed', /\b(?:full[- ]thickness(?: skin loss| wound| ulcer)?|(?:subcutaneous )?fat (?:layer )?(?:is )?(?:exposed|visible)|exposed (?:subcutaneous )?(?:fat|adipose)|subcutaneous (?:tissue|fat) (?:is )?(?:exposed|visible))\b/i],
];

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
      let at = lower.indexOf(severity);
      let length = severity.length;
      if (at < 0) {
        const said = WOUND_CARE_WORDS.find(([title]) => title === severity)?.[1].exec(ctx.text);
        if (!said) continue;
        at = said.index;
        length = said[0].length;
      }
      const span = { start: at, end: at + length };
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
