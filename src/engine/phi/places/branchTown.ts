// Owns `location.branch-town`: a company's branch named by its town ("Supplier: Lincare branch Climax, 524-665-3593",
// "APRIA BRANCH PLAIN,"): after a capitalised company word and "branch", one or two capitalised words closed by a
// comma, a bracket or the line's end are the town, even when each is an English word.
import { WORD_CLINICAL, WORD_FUNCTION, WORD_HEADER } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';

export const BRANCH_TOWN = 'location.branch-town';
const MAX_TOWN_WORDS = 2;
const NOT_TOWN = WORD_CLINICAL | WORD_FUNCTION | WORD_HEADER;
/** Words after "branch" that say which kind of branch, not where ("branch office", "branch manager"). */
const BRANCH_KINDS: ReadonlySet<string> = new Set(['office', 'manager', 'location', 'number', 'no', 'phone', 'fax', 'address', 'hours', 'staff', 'of', 'retinal', 'vein', 'artery']);

export function detectBranchTowns(c: NameContext, marks: WordMarks): void {
  if (c.mode === 'lower') return;
  const { words, text } = c;
  for (let i = 1; i + 1 < words.length; i++) {
    const b = words[i];
    const company = words[i - 1];
    if (b.lower !== 'branch' || !c.sameLine(i) || !/^[ \t\u00a0]$/.test(b.gapBefore) || !(company.capitalized || company.upper) || c.is(i - 1, NOT_TOWN)) continue;
    let e = i;
    while (e + 1 < words.length && e - i < MAX_TOWN_WORDS && c.sameLine(e + 1) && /^[ \t\u00a0]$/.test(words[e + 1].gapBefore) && townWord(c, marks, e + 1)) e++;
    if (e === i || BRANCH_KINDS.has(words[i + 1].lower)) continue;
    if (!/^(?:[ \t\u00a0]*[,;(\/)]|[ \t\u00a0]*(?:\r?\n|$))/.test(text.slice(words[e].end, words[e].end + 3))) continue;
    marks.add(i + 1, e, 'LOCATION', BRANCH_TOWN);
    i = e;
  }
}

function townWord(c: NameContext, marks: WordMarks, q: number): boolean {
  const w = c.w(q)!;
  return w.alpha && marks.free(q) && !c.protectedTerm[q] && !c.is(q, NOT_TOWN) && (w.capitalized || w.upper);
}
