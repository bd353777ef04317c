// Owns propagation: a word found as PHI once is PHI at every other occurrence in the same note
// ("Dr. Nicholson" ... "Nicholson aware"), except where it is common vocabulary or a protected clinical term.
import type { PhiType } from '../types';
import type { Emit } from './recognizer';
import type { NameContext } from './nameContext';
import type { WordMarks } from './wordMarks';
import { PROTECTED_POSSESSIVE_OWNER } from './protectedTerms';

/** Marks every other occurrence of a detected PHI word in the same note, unless it is a common word. */
export function propagate(c: NameContext, idx: readonly number[], type: PhiType, emit: Emit, taken?: Uint8Array): void {
  const keys = new Set<string>();
  // A name that is also a word ("Hope", "Bishop", "Young") is the person wherever the note capitalises it mid-sentence;
  // at a sentence start or in lower case it is as often the word ("Rose from chair", "hope to go home").
  const wordKeys = new Set<string>();
  for (const i of idx) {
    const w = c.w(i)!;
    if (w.lower.length < 2 || !w.alpha) continue;
    if (c.isCommon(i) || (type === 'NAME' && (c.isFirst(i) && !c.isLast(i)) && c.lex.common.has(w.lower))) {
      if (type === 'NAME' && c.mode === 'mixed' && w.lower.length > 2 && !c.protectedTerm[i] && (c.isFirst(i) || c.isLast(i))) wordKeys.add(w.lower);
      continue;
    }
    keys.add(w.lower);
  }
  if (keys.size === 0 && wordKeys.size === 0) return;
  c.words.forEach((w, i) => {
    if ((taken && taken[i]) || (c.protectedTerm[i] && c.protectedTerm[i] !== PROTECTED_POSSESSIVE_OWNER)) return;
    if (!keys.has(w.lower) && !(wordKeys.has(w.lower) && capitalisedMidSentence(c, i))) return;
    // Carry a leading initial along: "W. MAROTTA" once "MAROTTA" is known.
    const start = type === 'NAME' && i > 0 && c.dottedInitial(i - 1) ? c.w(i - 1)!.start : w.start;
    emit(start, w.baseEnd, type, `${type.toLowerCase()}.propagated`);
  });
}

/**
 * Words marked as a name or a place since `before` (a copy of `marks.kind`) are PHI wherever else they occur
 * in the note: propagates each new find to its other uses, skipping words already marked.
 */
export function propagateNewFinds(c: NameContext, before: Uint8Array, marks: WordMarks, emit: Emit): void {
  const names: number[] = [];
  const places: number[] = [];
  for (let i = 0; i < before.length; i++) {
    if (before[i] === marks.kind[i]) continue;
    if (marks.isName(i)) names.push(i);
    else if (marks.isPlace(i)) places.push(i);
  }
  if (names.length === 0 && places.length === 0) return;
  const taken = new Uint8Array(marks.kind.length);
  for (let i = 0; i < taken.length; i++) taken[i] = marks.kind[i] === 0 ? 0 : 1;
  if (names.length) propagate(c, names, 'NAME', emit, taken);
  if (places.length) propagate(c, places, 'LOCATION', emit, taken);
}

/** Capitalised (not all capitals) after another word of the same sentence, and not the first word of an eponym or a facility. */
function capitalisedMidSentence(c: NameContext, i: number): boolean {
  const w = c.w(i)!;
  if (!w.capitalized || w.upper || i === 0 || !c.sameLine(i) || c.eponymPhrase[i]) return false;
  if (/[.!?:;•*\-–—>"“(\[]\s*$/.test(w.gapBefore) || w.gapBefore.trim().length > 1) return false;
  const prev = c.w(i - 1)!;
  // After a capitalised word the pair may be a title or a heading ("Young Adult Clinic"); after lower case it is prose.
  const prevOpens = i - 1 === 0 || !c.sameLine(i - 1) || /[.!?]\s*$/.test(prev.gapBefore);
  if ((prev.capitalized && !(prevOpens && c.isCommon(i - 1) && !c.isFirst(i - 1) && !c.isLast(i - 1))) || prev.upper || prev.hasDigit) return false;
  const next = c.w(i + 1);
  return !(next && c.sameLine(i + 1) && (next.capitalized || next.upper) && /^[ \t\u00a0]$/.test(next.gapBefore));
}
