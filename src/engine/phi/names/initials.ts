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

export const SANDWICH = 'name.middle-initial';

/**
 * `name.middle-initial`: "First M. Last" — a listed first name, one initial with its full stop, and a name-shaped
 * word ("GILBERT J. MCTRUSSELL", "Violet T. El-Nanni") is a person in any case, whatever lists the surname is in.
 */
export function detectMiddleInitialNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 2 < words.length; i++) {
    const first = words[i];
    const mid = words[i + 1];
    const last = words[i + 2];
    if (!c.isFirst(i) || !first.alpha || first.lower.length < 2 || c.protectedTerm[i]) continue;
    if (!initialLetter(c, i + 1) || c.text.charAt(mid.end) !== '.' || !/^[ \t\u00a0]$/.test(mid.gapBefore)) continue;
    if (!/^\.[ \t\u00a0]$/.test(last.gapBefore) || !last.alpha || last.lower.length < 2 || c.protectedTerm[i + 2] || c.isFunction(i + 2)) continue;
    if (!c.sameLine(i + 1) || !c.sameLine(i + 2)) continue;
    // Same shape on all three words: "Gilbert J. Smith", "GILBERT J. SMITH", "gilbert j. smith" in a lower-case note.
    const shaped = (w: typeof first): boolean => (c.mode === 'lower' ? true : w.capitalized || w.upper);
    if (!shaped(first) || !shaped(last)) continue;
    if (!marks.free(i) && !marks.free(i + 2) && marks.isName(i) && marks.isName(i + 2)) continue;
    marks.add(i, i + 2, 'NAME', SANDWICH);
    i += 2;
  }
}
