// Owns `facility.general-short`: a hospital written short with "General" as its head ("Mill Creek General", "from
// Lighthouse Point General transfer", "RECORD — HIGH DESERT GENERAL"): one to four capitalised words that are no
// header or function words, not all clinical, closed by "General" that no colon, facility head or capitalised word follows,
// and no title before it ("Attorney General", "Surgeon General").
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';

export const GENERAL_SHORT = 'facility.general-short';
const MAX_NAME_WORDS = 4;
const NOT_NAME = WORD_CREDENTIAL | WORD_FUNCTION | WORD_HEADER | WORD_ROLE | WORD_TITLE;
/** Offices named "<title> General": no hospital. */
const OFFICE_TITLES: ReadonlySet<string> = new Set(['attorney', 'surgeon', 'inspector', 'consul', 'postmaster', 'solicitor', 'secretary',
  'governor', 'adjutant', 'comptroller', 'auditor', 'registrar', 'director', 'major', 'brigadier', 'lieutenant', 'vicar', 'superior', 'accountant']);

export function detectGeneralShort(c: NameContext, marks: WordMarks): void {
  // Without capitals "general" is an adjective as often as a name ("pt general condition"): only cased text is read.
  if (c.mode === 'lower') return;
  const { words, text } = c;
  for (let i = 1; i < words.length; i++) {
    const head = words[i];
    if (head.lower !== 'general' || head.end !== head.baseEnd || !(head.capitalized || head.upper)) continue;
    // "General:" is an exam heading; "General Surgery", "General Hospital" go on to another head the grammar reads.
    if (/^[ \t\u00a0]*[:\-]/.test(text.slice(head.end, head.end + 2))) continue;
    const nx = c.w(i + 1);
    if (nx !== undefined && c.sameLine(i + 1) && /^[ \t\u00a0]$/.test(nx.gapBefore) && (nx.capitalized || nx.upper)) continue;
    let s = i;
    while (s - 1 >= 0 && i - (s - 1) <= MAX_NAME_WORDS && c.sameLine(s) && /^[ \t\u00a0]$/.test(words[s].gapBefore) && nameWord(c, marks, s - 1)) s--;
    if (s === i || OFFICE_TITLES.has(words[i - 1].lower)) continue;
    // A clinical word may stand in a place's name ("Blue Ridge"), but a run of clinical words only is a heading ("Physical Exam General").
    let named = false;
    for (let q = s; q < i; q++) named ||= !clinical(c, q);
    if (!named) continue;
    marks.add(s, i, 'LOCATION', GENERAL_SHORT);
  }
}

function nameWord(c: NameContext, marks: WordMarks, q: number): boolean {
  const w = c.w(q)!;
  if (!w.alpha || w.end !== w.baseEnd || !marks.free(q) || c.protectedTerm[q] || c.is(q, NOT_NAME)) return false;
  return c.mode === 'mixed' ? w.capitalized || w.upper : true;
}

function clinical(c: NameContext, q: number): boolean {
  const l = c.words[q].lower;
  return c.is(q, WORD_CLINICAL) || c.lex.clinical.has(l) || c.lex.indexClinical.has(l);
}
