// Owns propagation: a word found as PHI once is PHI at every other occurrence in the same note
// ("Dr. Nicholson" ... "Nicholson aware"), except where it is common vocabulary or a protected clinical term.
import type { PhiType } from '../types';
import type { Emit } from './recognizer';
import type { NameContext } from './nameContext';

/** Marks every other occurrence of a detected PHI word in the same note, unless it is a common word. */
export function propagate(c: NameContext, idx: readonly number[], type: PhiType, emit: Emit, taken?: Uint8Array): void {
  const keys = new Set<string>();
  for (const i of idx) {
    const w = c.w(i)!;
    if (w.lower.length < 2 || c.isCommon(i) || !w.alpha) continue;
    if (type === 'NAME' && (c.isFirst(i) && !c.isLast(i)) && c.lex.common.has(w.lower)) continue;
    keys.add(w.lower);
  }
  if (keys.size === 0) return;
  c.words.forEach((w, i) => {
    if (!keys.has(w.lower) || (taken && taken[i]) || c.protectedTerm[i]) return;
    // Carry a leading initial along: "W. MAROTTA" once "MAROTTA" is known.
    const start = type === 'NAME' && i > 0 && c.dottedInitial(i - 1) ? c.w(i - 1)!.start : w.start;
    emit(start, w.baseEnd, type, `${type.toLowerCase()}.propagated`);
  });
}
