// Owns the small operations every guideline rule performs on the drafts: add a code built from
// others, drop one with its reason, merge evidence, and read the words around a mention.
import { sentenceAt } from '../../text';
import type { Span } from '../../types';
import type { NoteToken } from '../normalize';
import type { Draft, GuidelineContext, GuidelineNote } from './types';

/** A billable code of the configured set (a rule never emits anything else). */
export function billable(ctx: GuidelineContext, code: string): boolean {
  try {
    return ctx.codeSet.find(code)?.billable === true;
  } catch {
    return false;
  }
}

/** Adds the evidence and mentions of `from` to `to` (no duplicates). */
export function mergeEvidence(to: Draft, from: Draft): void {
  if (to === from) return;
  for (const e of from.evidence) if (!to.evidence.some((x) => x.start === e.start && x.end === e.end)) to.evidence.push(e);
  for (const m of from.mentions) if (!to.mentions.some((x) => x.span.start === m.span.start && x.span.end === m.span.end)) to.mentions.push(m);
  to.first = Math.min(to.first, from.first);
  to.priority = Math.min(to.priority, from.priority);
}

/**
 * The draft for `code`, created from `sources` when absent (evidence of all, the weakest confidence:
 * a combination is only as sure as its least sure part). Returns undefined for a code not billable.
 */
export function ensureDraft(ctx: GuidelineContext, drafts: Map<string, Draft>, code: string, sources: Draft[], note: GuidelineNote): Draft | undefined {
  if (!billable(ctx, code) || !sources.length) return undefined;
  let d = drafts.get(code);
  if (!d) {
    const base = sources[0];
    d = { ...base, code, evidence: [], mentions: [], guideline: [], sequence: undefined, confidence: Math.min(...sources.map((s) => s.confidence)) };
    d.first = Number.POSITIVE_INFINITY;
    d.priority = Number.POSITIVE_INFINITY;
    drafts.set(code, d);
  }
  for (const s of sources) mergeEvidence(d, s);
  addNote(d, note);
  return d;
}

/** Removes a code, recording why (on the code that replaces or explains it, and in the dropped list). */
export function dropDraft(ctx: GuidelineContext, drafts: Map<string, Draft>, code: string, section: string, detail: string, keeper?: Draft): void {
  if (!drafts.has(code)) return;
  drafts.delete(code);
  ctx.dropped.push({ code, section, detail });
  if (keeper) addNote(keeper, { section, action: 'dropped', detail: `${code} not reported: ${detail}` });
}

export function addNote(d: Draft, note: GuidelineNote): void {
  if (!d.guideline.some((n) => n.section === note.section && n.detail === note.detail)) d.guideline.push(note);
}

/** Lower-cased text of the sentences holding a draft's mentions. */
export function sentencesOf(ctx: GuidelineContext, d: Draft): string[] {
  const out: string[] = [];
  for (const e of d.evidence) {
    const s = sentenceAt(ctx.analysis, e.start);
    const text = s ? ctx.text.slice(s.start, s.end) : e.text;
    if (!out.includes(text)) out.push(text);
  }
  return out.map((s) => s.toLowerCase());
}

/** Index of the first token at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly NoteToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range [from, to) of the words within `words` of a span, never leaving its sentence. */
export function windowAround(ctx: GuidelineContext, span: Span, words: number): [number, number] {
  const s = sentenceAt(ctx.analysis, span.start);
  const lo = s ? s.start : span.start;
  const hi = s ? Math.max(s.end, span.end) : span.end;
  const first = tokenIndexAt(ctx.tokens, span.start);
  let last = tokenIndexAt(ctx.tokens, span.end);
  let from = first;
  while (from > 0 && first - from < words && ctx.tokens[from - 1].start >= lo) from--;
  const stop = last + words;
  while (last < ctx.tokens.length && last < stop && ctx.tokens[last].end <= hi) last++;
  return [from, last];
}
