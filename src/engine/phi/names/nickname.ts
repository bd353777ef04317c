// Owns `name.nickname`: a word in quotes or brackets right after or before a name is a nickname
// (Robert "Bobby" Smith, Elizabeth (Liz) Carter), and the name continues after it.
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';

export const RECOGNIZER = 'name.nickname';
// A quoted nickname may sit in brackets too: Zofia ("Red").
const OPEN_QUOTE_RE = /^[ \t\u00a0]*\(?["“'‘(][ \t\u00a0]*$/;
const CLOSE_QUOTE_RE = /^[ \t\u00a0]*["”'’)]\)?[ \t\u00a0]*$/;
/** A quoted word closing a name before a comma, bracket or line end: Khaled Bui "Peaches", 48 y.o. */
const NAME_CLOSE_AFTER_RE = /^[ \t\u00a0]*["”]\)?[ \t\u00a0]*(?:[,;)][ \t\u00a0]*|\r?\n[ \t\u00a0]*)$/;

export function detectNicknames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i];
    if (w.gapBefore.length === 0 || !marks.isName(i - 1) || !marks.free(i) || !w.alpha || w.lower.length < 2) continue;
    const closesQuote = CLOSE_QUOTE_RE.test(words[i + 1].gapBefore);
    if (!OPEN_QUOTE_RE.test(w.gapBefore) || !(closesQuote || NAME_CLOSE_AFTER_RE.test(words[i + 1].gapBefore))) continue;
    if (!c.sameLine(i) || (closesQuote && !c.sameLine(i + 1)) || c.protectedTerm[i]) continue;
    const nameBefore = marks.isName(i - 1);
    const after = words[i + 1];
    const nameAfter = closesQuote && marks.isName(i + 1) ||
      (closesQuote && nameBefore && after.alpha && !c.protectedTerm[i + 1] && (c.mode === 'mixed' ? after.capitalized || after.upper : !c.isCommon(i + 1)));
    // A nickname is capitalised in mixed text ("Bobby"); in caps-only notes the quotes alone mark it.
    // In quotes right after a name and closing it ("Bui "Peaches", 48 y.o."), a capitalised word is what the person goes by.
    const closesName = nameBefore && /["“]/.test(w.gapBefore) && (w.capitalized || w.upper) && NAME_CLOSE_AFTER_RE.test(words[i + 1].gapBefore);
    if (!(nameBefore && (nameAfter || c.isFirst(i) || closesName)) || (c.mode === 'mixed' && !w.capitalized && !w.upper)) continue;
    const end = !marks.isName(i + 1) && nameAfter ? i + 1 : i;
    marks.add(i, i, 'NAME', RECOGNIZER);
    if (end > i) marks.add(end, end, 'NAME', RECOGNIZER);
    i = end;
  }
}
