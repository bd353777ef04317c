// Owns naming the path by which the coder found an accepted code, for the per-path precision of the ICD
// evaluation: the candidate's match kind (synonym, description, edited, abbreviation, partial) and the
// sources of the lexicon terms behind its mentions (curated synonym, tabular description, Index or
// inclusion term; "mapped" when the term names another code, e.g. a history code mapped from a condition).
import type { CodeCandidate, Lexicon } from '../engine/coding';

/** "match/source[+source]" plus "/guideline" when a guideline rule changed or added the code. */
export function matchPath(candidate: CodeCandidate, lexicon: Lexicon): string {
  const terms = lexicon.byCode.get(candidate.code) ?? [];
  const sources = new Set<string>();
  for (const m of candidate.mentions) sources.add(terms.find((t) => t.phrase === m.term)?.source ?? 'mapped');
  const source = sources.size ? [...sources].sort().join('+') : 'none';
  return `${candidate.signals.match}/${source}${candidate.guideline.length ? '/guideline' : ''}`;
}
