// Owns Guideline I.B.9 (multiple coding for a single condition) read from the code titles: "assign only the
// combination code when that code fully identifies the diagnostic conditions involved". An unspecified code
// whose condition the "with" clause of another reported code's title names ("Unspecified intestinal
// obstruction" beside "Crohn's disease of small intestine with intestinal obstruction") is that combination's
// own part, unless a Tabular note links the two ("use additional code": I11.0 and the I50 type, I12.9 and N18.9).
// Likewise, within one category, a code whose head coordinates two parts ("Calculus of gallbladder and bile duct
// with …") replaces the codes of each part alone.
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

/**
 * The condition a title names before its qualifying clauses ("with …", "without …", ", unspecified"): its
 * head, as content words ("Calculus of gallbladder and bile duct with acute cholecystitis" → calculus,
 * gallbladder, bile, duct). Parenthesised nonessential words are left out.
 */
export function titleHead(title: string): string[] {
  const head = title.replace(/\([^)]*\)/g, ' ').split(/\bwith(?:out)?\b|,/i)[0];
  return contentTokens(head).filter((w) => !QUALIFIERS.has(w));
}

/**
 * A head that coordinates two conditions or sites ("Calculus of gallbladder and bile duct", "Crohn's disease
 * of both small and large intestine", "Combined systolic and diastolic heart failure") fully identifies each
 * part whose head is made of its words alone ("Calculus of gallbladder", "Calculus of bile duct"): the
 * combination code of one category is reported, not its parts (I.B.9).
 */
export function coordinatedHeadCovers(combinationTitle: string, partTitle: string): boolean {
  const head = combinationTitle.replace(/\([^)]*\)/g, ' ').split(/\bwith(?:out)?\b|,/i)[0];
  if (!/\band\b/i.test(head)) return false;
  const whole = new Set(titleHead(combinationTitle));
  const part = titleHead(partTitle);
  return part.length > 0 && part.length < whole.size && part.every((w) => whole.has(w));
}

/** A Tabular note between the two codes (use additional, code also, code first, either way) wants both reported. */
function linkedByNote(ctx: GuidelineContext, combination: string, code: string): boolean {
  return ctx.conventions.asksFor?.(combination, code) === true || (ctx.conventions.noteOrder?.(combination, code) ?? 0) !== 0;
}

export const combinationNamesRule: GuidelineRule = {
  name: 'combination code names the condition',
  section: 'I.B.9',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    // Without the Tabular's instructional notes no link between two codes can be ruled out: report both.
    if (!ctx.conventions.asksFor || !ctx.conventions.noteOrder) return;
    for (const d of [...drafts.values()]) {
      if (!drafts.has(d.code)) continue;
      const condition = unspecifiedCondition(ctx.codeSet.find(d.code)?.longDescription ?? '');
      if (!condition) continue;
      const combination = [...drafts.values()].find(
        (c) => c !== d && c.code.slice(0, 3) !== d.code.slice(0, 3) && withClauseNames(ctx.codeSet.find(c.code)?.longDescription ?? '', condition) && !linkedByNote(ctx, c.code, d.code),
      );
      if (combination) dropDraft(ctx, drafts, d.code, 'I.B.9', `the combination ${combination.code} names "${condition.join(' ')}" in its "with" clause`, combination);
    }
    // Within one category, the code whose head coordinates both parts ("of gallbladder and bile duct")
    // replaces the codes of each part alone.
    for (const d of [...drafts.values()]) {
      if (!drafts.has(d.code)) continue;
      const title = ctx.codeSet.find(d.code)?.longDescription ?? '';
      const combination = [...drafts.values()].find(
        (c) => c !== d && c.code.slice(0, 3) === d.code.slice(0, 3) && coordinatedHeadCovers(ctx.codeSet.find(c.code)?.longDescription ?? '', title) && !linkedByNote(ctx, c.code, d.code),
      );
      if (combination) dropDraft(ctx, drafts, d.code, 'I.B.9', `the combination ${combination.code} names both parts of its head`, combination);
    }
  },
};
