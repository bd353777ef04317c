// Owns Guideline I.B.9 (multiple coding for a single condition) read from the code titles: "assign only the
// combination code when that code fully identifies the diagnostic conditions involved". An unspecified code
// whose condition the "with" clause of another reported code's title names ("Unspecified intestinal
// obstruction" beside "Crohn's disease of small intestine with intestinal obstruction") is that combination's
// own part, unless the combination's Tabular note asks for it ("use additional code": I11.0 and the I50 type).
import { contentTokens } from '../normalize';
import { dropDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Title words that qualify, never name, a condition. */
const QUALIFIERS = new Set(['unspecified', 'specified', 'other', 'nos', 'not', 'elsewhere', 'classified']);

/** The condition an unspecified title names: its first two words that are no qualifier ("intestinal obstruction"). */
export function unspecifiedCondition(title: string): string[] | undefined {
  if (!/\bunspecified\b/i.test(title)) return undefined;
  const words = contentTokens(title.split(',')[0]).filter((w) => !QUALIFIERS.has(w));
  return words.length >= 2 ? words.slice(0, 2) : undefined;
}

/** The title's "with" clause names the condition: its words, in order and adjacent. */
export function withClauseNames(title: string, condition: readonly string[]): boolean {
  const at = title.search(/\bwith\b/i);
  if (at < 0) return false;
  const words = contentTokens(title.slice(at));
  for (let i = 0; i + condition.length <= words.length; i++) if (condition.every((w, k) => words[i + k] === w)) return true;
  return false;
}

export const combinationNamesRule: GuidelineRule = {
  name: 'combination code names the condition',
  section: 'I.B.9',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const d of [...drafts.values()]) {
      if (!drafts.has(d.code)) continue;
      const condition = unspecifiedCondition(ctx.codeSet.find(d.code)?.longDescription ?? '');
      if (!condition) continue;
      const combination = [...drafts.values()].find(
        (c) => c !== d && c.code.slice(0, 3) !== d.code.slice(0, 3) && withClauseNames(ctx.codeSet.find(c.code)?.longDescription ?? '', condition) && !ctx.conventions.asksFor?.(c.code, d.code),
      );
      if (combination) dropDraft(ctx, drafts, d.code, 'I.B.9', `the combination ${combination.code} names "${condition.join(' ')}" in its "with" clause`, combination);
    }
  },
};
