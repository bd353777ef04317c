// Owns `name.initials`: initials written before a name found by another unit join it ("J. R. Tolliver",
// "A.B. Marsh", "K WHITCOMB"), so no letter of a person's name is left in the note.
import { type NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';

export const RECOGNIZER = 'name.initials';
const MAX_INITIALS = 3;
/** "J. ", "J.", "J " before the next initial or the surname. */
const INITIAL_GAP_RE = /^\.?[ \t\u00a0]{0,2}$/;

function initialLetter(c: NameContext, q: number): boolean {
  const w = c.w(q);
  // An upper-case letter; a lower-case one only with its full stop ("j. smith" in a lower-case note).
  return w !== undefined && w.alpha && w.baseEnd - w.start === 1 && (w.upper || (c.mode === 'lower' && c.text.charAt(w.end) === '.'));
}

export function detectInitials(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    if (!marks.isName(i) || marks.isName(i - 1) || !c.sameLine(i)) continue;
    let s = i;
    while (s > 0 && i - s < MAX_INITIALS && marks.free(s - 1) && initialLetter(c, s - 1) && INITIAL_GAP_RE.test(words[s].gapBefore) &&
      c.sameLine(s)) s--;
    if (s === i) continue;
    // A lone capital letter without a full stop is as often a grade or a side ("Grade A Smith"): take it only with a stop.
    if (i - s === 1 && c.text.charAt(words[s].end) !== '.') continue;
    // "L." and "R." before a word are usually laterality ("R. mainstem"), unless a second initial confirms a name.
    if (i - s === 1 && (words[s].lower === 'l' || words[s].lower === 'r')) continue;
    marks.add(s, i - 1, 'NAME', RECOGNIZER);
  }
}
