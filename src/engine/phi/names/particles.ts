// Owns `name.particle`: surname particles ("van der Berg", "de la Cruz", "di Stefano") continue a name found
// by another unit or start one right after a title ("Ms de la Cruz"), as long as a capitalised name closes them.
import { INLINE_GAP_RE, type NameContext, TITLE_GAP_RE } from '../nameContext';
import { WORD_TITLE } from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { UNIT_PARTICLE } from '../unitWords';

export const RECOGNIZER = 'name.particle';
const MAX_PARTICLES = 3;

/** Index of the name word closing a particle run that starts at `j`, or -1. */
function particleRunEnd(c: NameContext, j: number, lowerNameAllowed = false): number {
  let n = j;
  while (n - j < MAX_PARTICLES && (c.unit[n] & UNIT_PARTICLE) !== 0 && c.sameLine(n)) {
    const next = c.w(n + 1);
    if (!next || !c.sameLine(n + 1) || !INLINE_GAP_RE.test(next.gapBefore)) return -1;
    n++;
  }
  if (n === j) return -1;
  const w = c.w(n)!;
  // The closing word is a name by its shape: capitalised in mixed text, not ordinary vocabulary in caps or lower case.
  // After a title or a name typed in lower case ("mrs van den fey", "ms. le quinenara"), a lower-case closing word
  // is a name when it is a listed surname or a word in no list.
  const shaped = c.mode === 'mixed'
    ? w.capitalized || w.upper || (lowerNameAllowed && (c.isLast(n) || c.unknown(n)) && !c.isFunction(n))
    : !c.isCommon(n) || c.isLast(n);
  return w.alpha && w.lower.length > 1 && shaped && !c.protectedTerm[n] ? n : -1;
}

export function detectParticleNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i < words.length; i++) {
    if (i === 0 || (c.unit[i] & UNIT_PARTICLE) === 0 || !marks.free(i)) continue;
    // After a name or its quoted nickname: "Chase "Red" de la Nordlie".
    const afterName = marks.isName(i - 1) && c.sameLine(i) && (INLINE_GAP_RE.test(words[i].gapBefore) || /^["”'’][ \t\u00a0]$/.test(words[i].gapBefore));
    const afterTitle = c.is(i - 1, WORD_TITLE) && c.sameLine(i) && TITLE_GAP_RE.test(words[i].gapBefore);
    // "A. de Hansel", "Oseth de Godbold", "Lorelei V van den Sundelovic": in mixed text a lower-case particle between
    // an initial or a capitalised first name and a capitalised surname is a name by its shape alone.
    const p = words[i - 1];
    const shapeStart = c.mode === 'mixed' && words[i].capitalized === false && c.sameLine(i) &&
      (INLINE_GAP_RE.test(words[i].gapBefore) || (c.isInitial(i - 1) && /^\.[ \t\u00a0]$/.test(words[i].gapBefore))) &&
      p.alpha && !c.protectedTerm[i - 1] && !c.isFunction(i - 1) && (c.isInitial(i - 1) || (p.capitalized && (c.isFirst(i - 1) || !c.isCommon(i - 1))));
    if (!(afterName || afterTitle || shapeStart)) continue;
    const lowerName = !words[i].capitalized && !words[i - 1].capitalized && !words[i - 1].upper && (afterTitle || afterName);
    const e = particleRunEnd(c, i, lowerName);
    if (e < 0) continue;
    let s = i;
    if (shapeStart && !afterName && !afterTitle) {
      s = i - 1;
      // Initials and a first name before it: "Lorelei V van den ...", "J. P. de ...".
      while (s > 0 && i - s < 3 && marks.free(s - 1) && c.sameLine(s) && (c.isInitial(s) || c.isInitial(s - 1)) &&
        words[s - 1].alpha && (words[s - 1].capitalized || words[s - 1].upper) && !c.isFunction(s - 1)) s--;
    }
    marks.add(s, e, 'NAME', RECOGNIZER);
    i = e;
  }
}
