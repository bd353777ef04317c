// Owns `name.particle`: surname particles ("van der Berg", "de la Cruz", "di Stefano") continue a name found
// by another unit or start one right after a title ("Ms de la Cruz"), as long as a capitalised name closes them.
import { INLINE_GAP_RE, type NameContext, TITLE_GAP_RE } from '../nameContext';
import { WORD_TITLE } from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { UNIT_PARTICLE } from '../unitWords';

export const RECOGNIZER = 'name.particle';
const MAX_PARTICLES = 3;

/** Index of the name word closing a particle run that starts at `j`, or -1. */
function particleRunEnd(c: NameContext, j: number): number {
  let n = j;
  while (n - j < MAX_PARTICLES && (c.unit[n] & UNIT_PARTICLE) !== 0 && c.sameLine(n)) {
    const next = c.w(n + 1);
    if (!next || !c.sameLine(n + 1) || !INLINE_GAP_RE.test(next.gapBefore)) return -1;
    n++;
  }
  if (n === j) return -1;
  const w = c.w(n)!;
  // The closing word is a name by its shape: capitalised in mixed text, not ordinary vocabulary in caps or lower case.
  const shaped = c.mode === 'mixed' ? w.capitalized || w.upper : !c.isCommon(n) || c.isLast(n);
  return w.alpha && w.lower.length > 1 && shaped && !c.protectedTerm[n] ? n : -1;
}

export function detectParticleNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i < words.length; i++) {
    if (i === 0 || (c.unit[i] & UNIT_PARTICLE) === 0 || !marks.free(i)) continue;
    const afterName = marks.isName(i - 1) && c.sameLine(i) && INLINE_GAP_RE.test(words[i].gapBefore);
    const afterTitle = c.is(i - 1, WORD_TITLE) && c.sameLine(i) && TITLE_GAP_RE.test(words[i].gapBefore);
    if (!(afterName || afterTitle)) continue;
    const e = particleRunEnd(c, i);
    if (e < 0) continue;
    marks.add(i, e, 'NAME', RECOGNIZER);
    i = e;
  }
}
