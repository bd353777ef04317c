// Owns the fracture pattern (I.B.2 specificity, I.C.19.c.1): an "unspecified fracture" of a bone part whose
// category splits by pattern (transverse, oblique, spiral, comminuted, segmental) is refined to the pattern
// the note states of that fracture anywhere ("Preoperative diagnosis: open fracture of the right tibial shaft.
// Postoperative diagnosis: displaced transverse midshaft fracture"), displaced unless the note says otherwise
// (I.C.19.c.1: a fracture not indicated as displaced or nondisplaced is coded displaced). The target is the
// sibling whose Tabular title is the draft's with "Unspecified fracture" replaced: side, part and 7th
// character stay as they were.
import { mentionContext } from '../../context';
import { isClinicalSpan } from '../../text';
import { dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

const PATTERN = /\b(transverse|oblique|spiral|comminuted|segmental)\b/gi;
const NONDISPLACED = /\b(?:non-?displaced|undisplaced|not displaced|without displacement|hairline)\b/i;
const FRACTURE_WORD = /\b(?:fractures?|fx)\b/i;
const UNSPECIFIED_FRACTURE = /^Unspecified fracture of /;

export const fracturePatternRule: GuidelineRule = {
  name: 'fracture pattern and displacement',
  section: 'I.C.19.c.1',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const fractures = [...drafts.values()].filter((d) => /^S\d\d/.test(d.code));
    // Only one fracture in the note: every pattern word the note says is that fracture's.
    if (fractures.length !== 1) return;
    const d = fractures[0];
    const entry = ctx.codeSet.find(d.code);
    if (!entry || !UNSPECIFIED_FRACTURE.test(entry.longDescription)) return;
    const stated = statedPattern(ctx);
    if (!stated) return;
    const rest = entry.longDescription.replace(UNSPECIFIED_FRACTURE, '');
    const want = `${stated.nondisplaced ? 'Nondisplaced' : 'Displaced'} ${stated.pattern} fracture of ${rest}`.toLowerCase();
    const target = ctx.codeSet.billableDescendants(d.code.slice(0, 3)).find((e) => e.longDescription.toLowerCase() === want);
    if (!target) return;
    const t = ensureDraft(ctx, drafts, target.code, [d], { section: 'I.C.19.c.1', action: 'refined', detail: `${stated.pattern} fracture stated${stated.nondisplaced ? ', nondisplaced' : ', displaced by default'}: ${target.code}` });
    if (!t) return;
    if (!t.evidence.some((e) => e.start === stated.span.start)) t.evidence.push({ ...stated.span, text: ctx.text.slice(stated.span.start, stated.span.end) });
    dropDraft(ctx, drafts, d.code, 'I.B.2', `pattern stated: ${target.code}`, t);
  },
};

/** The one pattern the note's affirmed fracture sentences state (none when two differ). */
function statedPattern(ctx: GuidelineContext): { pattern: string; nondisplaced: boolean; span: { start: number; end: number } } | undefined {
  let found: { pattern: string; nondisplaced: boolean; span: { start: number; end: number } } | undefined;
  for (const s of ctx.analysis.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    if (!FRACTURE_WORD.test(sentence)) continue;
    for (const m of sentence.matchAll(PATTERN)) {
      const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
      if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
      const c = mentionContext(ctx.analysis, span);
      if (c.negated || c.hypothetical || c.family || c.uncertain) continue;
      const pattern = m[1].toLowerCase();
      if (found && found.pattern !== pattern) return undefined;
      found = { pattern, nondisplaced: NONDISPLACED.test(sentence), span };
    }
  }
  return found;
}
