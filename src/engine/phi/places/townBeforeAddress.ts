// Owns `location.town-before-address`: a town written before its street address, the reverse of the postal order —
// "at my niece's place in Normal, 7885 Sycamore Road", "lives in opportunity, 9276 paradise valley dr". After "in",
// a run of one to three words closed by a comma and a house number is the town, in any case, even when each word is
// English: the address after it says a place stands there.
import { FUNCTION_WORDS, MONTHS } from '../vocab';
import { WORD_CLINICAL } from '../lexicon';
import type { NameContext } from '../nameContext';
import { MARK_OTHER, type WordMarks } from '../wordMarks';

export const TOWN_BEFORE_ADDRESS = 'location.town-before-address';
const MAX_TOWN_WORDS = 3;
/** USPS street suffixes (Publication 28), common and abbreviated. */
const STREET_SUFFIXES: ReadonlySet<string> = new Set(('street st avenue ave av road rd drive dr lane ln boulevard blvd way court trail trl ' +
  'place pl circle cir parkway pkwy highway hwy terrace ter pike loop path crossing xing cove').split(' '));

export function detectTownsBeforeAddresses(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i].lower !== 'in') continue;
    let e = i;
    while (e + 1 < words.length && e - i < MAX_TOWN_WORDS && c.sameLine(e + 1) && /^[ \t\u00a0]$/.test(words[e + 1].gapBefore) && town(c, marks, e + 1)) e++;
    if (e === i) continue;
    const nx = words[e + 1];
    // A comma, then a house number opening the street address.
    if (!nx || !c.sameLine(e + 1) || !/^,[ \t\u00a0]{1,2}$/.test(nx.gapBefore) || !/^\d{1,6}[a-z]?$/.test(nx.lower)) continue;
    // The street: an address another recognizer found there, or a street suffix within four words ("paradise valley dr").
    let street = marks.kind[e + 1] === MARK_OTHER;
    for (let q = e + 2; !street && q < words.length && q <= e + 5 && c.sameLine(q); q++) street = words[q].alpha && STREET_SUFFIXES.has(words[q].lower);
    if (!street) continue;
    marks.add(i + 1, e, 'LOCATION', TOWN_BEFORE_ADDRESS);
    i = e;
  }
}

function town(c: NameContext, marks: WordMarks, q: number): boolean {
  const w = c.w(q)!;
  return w.alpha && marks.free(q) && !c.protectedTerm[q] && !FUNCTION_WORDS.has(w.lower) && !MONTHS.has(w.lower) && !c.is(q, WORD_CLINICAL);
}
