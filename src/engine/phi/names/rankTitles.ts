// Owns `name.rank-title`: a surname after a military or police rank or a Spanish/religious honorific written with its full
// stop ("Capt. Gao", "SGT. ADEYEMI", "Sr. halloran", "SR. DA CONCEIÇÃO"), in any case. Bare, those letters are clinical
// abbreviations ("SR 70s" sinus rhythm, "COL" colon, "MAJ" major), so the full stop is required, and a number before the
// title ("14 Sr.") or a clinical or protected word after it keeps the text.
import { WORD_FUNCTION, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { notAllowed } from '../deny/allowList';
import { UNIT_PARTICLE } from '../unitWords';
import type { WordMarks } from '../wordMarks';
import { defineCues } from '../triggerIndex';

export const RANK_TITLE_NAME = 'name.rank-title';

const RANK_TITLES: ReadonlySet<string> = new Set(['capt', 'cpt', 'sgt', 'sr', 'sra', 'srta', 'col', 'maj', 'cmdr', 'cdr', 'cpl', 'pvt',
  'lieut', 'supt', 'cmdt']);
const DOT_GAP_RE = /^\.[ \t\u00a0]{1,2}$/;
const SPACE_RE = /^[ \t\u00a0]$/;

function surnameWord(c: NameContext, k: number, marks: WordMarks): boolean {
  const w = c.w(k);
  if (w === undefined || !w.alpha || !marks.free(k) || c.protectedTerm[k] || c.is(k, WORD_FUNCTION | WORD_TITLE | WORD_ROLE)) return false;
  if (w.lower.length < 2 || c.lex.clinical.has(w.lower) || c.lex.indexClinical.has(w.lower)) return false;
  return true;
}

export const RANK_TITLE_CUES = defineCues(RANK_TITLE_NAME, RANK_TITLES);
export function detectRankTitles(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  let done = -1;
  for (const t of c.triggers.positions(RANK_TITLE_CUES)) {
    if (t <= done || t + 1 >= words.length || words[t].end !== words[t].baseEnd) continue;
    const a = t + 1;
    if (!c.sameLine(a) || !DOT_GAP_RE.test(words[a].gapBefore) || (t > 0 && words[t - 1].hasDigit)) continue;
    // "John Smith Sr. called": a generational suffix after a name, not a title before one.
    if (t > 0 && marks.isName(t - 1)) continue;
    let b = a;
    const particle = (c.unit[a] & UNIT_PARTICLE) !== 0;
    // A sentence may end on the letters ("intermittent SR. Remains on amiodarone"): the word after must be a name or no vocabulary.
    if (!particle && !(surnameWord(c, a, marks) && (notAllowed(c, a) || c.isLast(a) || c.isFirst(a)) && !c.isCommon(a))) continue;
    // A particle opens the surname ("SR. DA CONCEIÇÃO"); a second capitalised word in mixed case goes on with it.
    const n = c.w(a + 1);
    if (n !== undefined && c.sameLine(a + 1) && SPACE_RE.test(n.gapBefore) && surnameWord(c, a + 1, marks) &&
      (particle || (c.mode === 'mixed' && n.capitalized && words[a].capitalized && (c.isLast(a + 1) || c.isFirst(a))))) b = a + 1;
    if (particle && b === a) continue;
    marks.add(a, b, 'NAME', RANK_TITLE_NAME);
    done = b;
  }
}
