// Owns `deny.unknown-word`, the default-deny pass (Philter's stance): a word in no allow-list (English words,
// the code set's clinical words, drugs, abbreviations, protected clinical terms) that stands where PHI stands
// is redacted — next to a name already found, in a list with names, or capitalised mid-sentence in mixed-case
// text. Name lists are not allow-lists: a census surname is as unsafe as a word never seen.
import { INITIAL_GAP_RE, INLINE_GAP_RE, type NameContext } from '../nameContext';
import { WORD_CLINICAL, WORD_CONTACT, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_ROLE, WORD_TITLE, type Lexicon } from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { PROTECTED_WORDS } from '../protectedTerms';
import { US_STATES } from '../vocab';

export const RECOGNIZER = 'deny.unknown-word';
/** Gaps that keep a name together: space, hyphen, an initial's full stop, a comma before a surname list. */
const LIST_GAP_RE = /^[ \t\u00a0]*,[ \t\u00a0]*$/;
const PLACE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'of', 'toward', 'towards']);
const SENTENCE_END_RE = /[.!?:;\n\r•*#>\-–—(\[]\s*$/;
const MAX_PASSES = 2;

/** Capitals inside a word mark an abbreviation ("PAline", "IVs", "BiLevel") unless a surname prefix explains them. */
const INNER_CAPITAL_RE = /^\p{Lu}\p{Ll}*\p{Lu}/u;
const SURNAME_PREFIX_RE = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|St)\p{Lu}/u;
/** "C'd", "O's", "D/C'ing": one letter and an apostrophe is shorthand, not "O'Brien". */
const SHORTHAND_APOSTROPHE_RE = /^\p{L}['’]\p{Ll}/u;

/** Not in any allow-list, not a protected clinical term, and not shaped like clinical shorthand. */
function notAllowed(c: NameContext, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.lower.length < 3 || c.isCommon(i) || c.protectedTerm[i] || US_STATES.has(w.lower)) return false;
  const raw = c.text.slice(w.start, w.baseEnd);
  if (SHORTHAND_APOSTROPHE_RE.test(raw) || (INNER_CAPITAL_RE.test(raw) && !SURNAME_PREFIX_RE.test(raw) && !w.upper)) return false;
  // A listed name is never safe; an unlisted word that begins an allowed word is a clinical abbreviation ("Creat", "Amiod").
  if (c.isFirst(i) || c.isLast(i)) return true;
  return !isAllowedPrefix(c.lex, w.lower);
}

const sortedAllowLists = new WeakMap<Lexicon, string[]>();
/** Whether `word` begins some allow-listed word: binary search in the sorted allow-list, built once per lexicon. */
function isAllowedPrefix(lex: Lexicon, word: string): boolean {
  let sorted = sortedAllowLists.get(lex);
  if (!sorted) {
    sorted = [...lex.common, ...PROTECTED_WORDS].sort();
    sortedAllowLists.set(lex, sorted);
  }
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].startsWith(word);
}

/** Shaped like a name where case carries information; in caps-only or lower-case notes only the list decides. */
function nameShaped(c: NameContext, i: number): boolean {
  const w = c.w(i)!;
  if (c.mode === 'mixed') return w.capitalized || (w.upper && w.lower.length > 3 && !c.is(i, WORD_CLINICAL));
  // Short all-caps tokens are abbreviations far more often than names.
  return w.lower.length >= 4 && !c.is(i, WORD_CLINICAL);
}

function joined(c: NameContext, left: number, right: number, allowList: boolean): boolean {
  const r = c.w(right);
  if (!r || !c.sameLine(right)) return false;
  const gap = r.gapBefore;
  if (INLINE_GAP_RE.test(gap) || (c.isInitial(left) && INITIAL_GAP_RE.test(gap))) return c.w(left)!.end === c.w(left)!.baseEnd;
  return allowList && c.mode === 'mixed' && LIST_GAP_RE.test(gap);
}

export function denyUnknownWords(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  const n = words.length;
  // 1. Next to a found name: extend it, both directions, until a word in the allow-list.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let grew = false;
    for (let i = 0; i < n; i++) {
      if (!marks.free(i) || !notAllowed(c, i) || !nameShaped(c, i)) continue;
      const leftName = i > 0 && marks.isName(i - 1) && joined(c, i - 1, i, true);
      const rightName = i + 1 < n && marks.isName(i + 1) && joined(c, i, i + 1, false);
      if (!leftName && !rightName) continue;
      marks.add(i, i, 'NAME', RECOGNIZER);
      grew = true;
    }
    if (!grew) break;
  }
  if (c.mode !== 'mixed') return;
  // 2. Capitalised mid-sentence and in no allow-list, where a person or a place stands: a pair of such words
  // ("Leopold Marchetti called"), or one after a person cue ("spoke with Okonjo") or a place word ("from Dunmore").
  for (let i = 0; i < n; i++) {
    if (!marks.free(i) || !notAllowed(c, i) || !words[i].capitalized) continue;
    const w = words[i];
    const sentenceStart = i === 0 || SENTENCE_END_RE.test(w.gapBefore) || !c.sameLine(i);
    let e = i;
    while (e + 1 < n && marks.free(e + 1) && c.sameLine(e + 1) && INLINE_GAP_RE.test(words[e + 1].gapBefore) &&
      words[e].end === words[e].baseEnd && words[e + 1].capitalized && notAllowed(c, e + 1)) e++;
    // A capitalised listed first name right before opens the pair even if it is also a word ("Mary Thistlewood").
    let s0 = i;
    if (!sentenceStart && i > 0 && marks.free(i - 1) && words[i - 1].capitalized && c.isFirst(i - 1) && !c.protectedTerm[i - 1] &&
      INLINE_GAP_RE.test(w.gapBefore) && !c.is(i - 1, WORD_TITLE | WORD_ROLE | WORD_CONTACT)) s0 = i - 1;
    const prev = s0 > 0 && !(s0 === i && sentenceStart) ? words[s0 - 1] : undefined;
    const place = prev !== undefined && s0 === i && (PLACE_PREPS.has(prev.lower) || c.is(s0 - 1, WORD_MOVEMENT));
    const personCue = prev !== undefined && c.is(s0 - 1, WORD_CONTACT | WORD_TITLE | WORD_ROLE) && !PLACE_PREPS.has(prev.lower);
    const personAfter = e + 1 < n && c.is(e + 1, WORD_PERSON_VERB) && c.sameLine(e + 1);
    if (e === s0 && !place && !personCue && !personAfter) continue;
    marks.add(s0, e, place && !personCue ? 'LOCATION' : 'NAME', RECOGNIZER);
    i = e;
  }
}
