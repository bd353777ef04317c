// Owns the explanation of each missed gold code in the ICD evaluation: why the engine did not report it
// (not a billable code of the set, no mention in the note, a mention the context analysis negated or
// found uncertain, a mention a more specific one covered, a guideline rule, the validator, the
// confidence threshold). Counting misses by cause shows which part of the engine a recall gap is in.
import type { CodeSet } from '../engine/icd10';
import type { CodingResult, ConceptMention } from '../engine/coding';
import { normalizeCode } from './icd';

/** What the explanation reads for one note: its coding result and the codes the validator rejected. */
export interface CodedNote {
  coding: CodingResult;
  rejected: Array<{ code: string; reason: string }>;
}

/** Context flags in the order a miss is attributed to them (the first that holds). */
const CONTEXT_ORDER = ['negated', 'uncertain', 'hypothetical', 'family', 'historical'] as const;

/** The cause of a missed gold code, e.g. "no-mention", "mention-negated", "guideline I.B.5". */
export function missReason(gold: string, codeSet: CodeSet, note: CodedNote): string {
  const code = normalizeCode(gold);
  let entry;
  try {
    entry = codeSet.find(code);
  } catch {
    entry = undefined;
  }
  if (!entry) return 'not-in-code-set';
  if (!entry.billable) return 'header-in-code-set';
  const same = (c: string) => normalizeCode(c) === code;
  const rejected = note.rejected.find((r) => same(r.code));
  if (rejected) return `validator ${rejected.reason}`;
  const dropped = note.coding.dropped.find((d) => same(d.code));
  if (dropped) return `guideline ${dropped.section}`;
  const mentions = note.coding.mentions.filter((m) => same(m.code) || m.codes.some(same));
  if (!mentions.length) return 'no-mention';
  const maximal = mentions.filter((m) => m.maximal);
  if (!maximal.length) return 'mention-covered';
  // Some maximal mention is affirmed: the code was built, then merged into a sibling or held below the threshold.
  if (maximal.some((m) => !flagOf(m))) return 'mention-below-threshold-or-merged';
  return `mention-${flagOf(maximal[0])}`;
}

function flagOf(m: ConceptMention): string | undefined {
  return CONTEXT_ORDER.find((f) => m.context[f]);
}
