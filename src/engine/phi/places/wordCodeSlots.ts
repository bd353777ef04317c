// Owns the hospital-code slots whose code is spelt like a word (issue 9): a two- to four-letter code that is also a state
// abbreviation or a function word ("TRANSFERRED FROM MI ON 11/4", "SINCE ARRIVAL TO AN)", "ADMITTED TO IN,") or that
// stands after an emergency ward and "at" ("SENT TO ED AT IR."). The code is known by its slot: a movement, a place
// preposition and the clause's end, where grammar leaves no room for the word's own sense ("to in." is no English).
// Pronouns, services ("to OR for CABG", "to IR for embolization") and the generic places ("at OSH", "at home") stay.
import { WORD_FUNCTION, WORD_MOVEMENT } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';
import { US_STATE_CODES } from '../vocab';

export const WORD_CODE_AFTER_MOVEMENT_PLACE = 'location.word-code-after-movement';
export const CODE_AFTER_WARD_AT_PLACE = 'location.code-after-ward-at';

const SPACE_RE = /^[ \t\u00a0]+$/;
/** USPS two-letter state and territory codes (USPS Publication 28, appendix B): hospital codes often share them. */
const STATE_CODES: ReadonlySet<string> = new Set([...US_STATE_CODES, 'pr', 'gu', 'vi']);
/** After a code that ends a movement clause: punctuation, the line's end, a date or time, or a clause word. */
const CLAUSE_END_RE = /^[ \t\u00a0]*(?:$|[.,;:)\]\r\n]|-{1,2}[ \t]|(?:on|at|for|after|via|with|w\/)\b|\d)/i;
/** Pronouns, services and settings that follow a movement preposition as themselves ("BROUGHT TO US", "to OR for", "to VA"). */
const NOT_CODES: ReadonlySet<string> = new Set(('it me us him her them you one or ir ed er ew no so up the this that what ' +
  'all any pt md rn np pa ct us mr am pm va unit home bed room ward floor').split(' '));
/** Movement words before the preposition (within three words): "TRANSFERRED FROM", "SINCE ARRIVAL TO", "ADM TO". */
const MOVEMENT_RE = /^(?:trans|xfer|tx|trx|adm|arriv|came|come|brought|sent|referred|readmit|discharged|d\/c)/;
/** Returning and going back take rhythms and ventilator modes ("RETURNED TO SIMV"), not places. */
const RETURN_RE = /^(?:return|back|went|go)/;
/** Wards a hospital's code follows with "at": "SENT TO ED AT IR.", "in the er at mi,". */
const WARDS: ReadonlySet<string> = new Set('ed er ew icu micu sicu ccu csru nicu picu pacu'.split(' '));
/** Times, settings and generic places that follow "at" as themselves: "ED AT MN" (midnight), "at HS", "at OSH". */
const AT_NOT_CODES: ReadonlySet<string> = new Set(('mn hs noc noon am pm nite night osh home nh snf ltc rehab this that the ' +
  'time once rest risk ease least most bay bed bs').split(' '));

function codeWord(c: NameContext, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.lower.length < 2 || w.lower.length > 4 || w.end !== w.baseEnd) return false;
  const raw = c.text.slice(w.start, w.end);
  return /^[A-Za-z]+$/.test(raw) && (/^[A-Z]+$/.test(raw) || c.mode === 'lower');
}

function movementBefore(c: NameContext, p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 3); k--) {
    if (!c.sameLine(k + 1)) return false;
    const lower = c.words[k].lower;
    if (RETURN_RE.test(lower)) return false;
    if (c.is(k, WORD_MOVEMENT) || MOVEMENT_RE.test(lower)) return true;
  }
  return false;
}

/**
 * A state abbreviation or a function word as a hospital's code after a movement and a place preposition, closing the
 * clause ("PT TRANSFERRED FROM MI ON 11/4", "SINCE ARRIVAL TO AN)"), and any short code after a ward and "at"
 * ("SENT TO ED AT IR."): a department inside a department makes no sense, so the letters name the hospital.
 */
export function detectWordLikeHospitalCodes(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 2; i < words.length; i++) {
    if (!marks.free(i) || c.protectedTerm[i] || !codeWord(c, i) || !c.sameLine(i) || !SPACE_RE.test(words[i].gapBefore)) continue;
    const prep = words[i - 1].lower;
    if (!c.sameLine(i - 1) || !CLAUSE_END_RE.test(text.slice(words[i].end, words[i].end + 8))) continue;
    const lower = words[i].lower;
    if (prep === 'at' && WARDS.has(words[i - 2].lower) && !AT_NOT_CODES.has(lower) && (!c.isCommon(i) || STATE_CODES.has(lower) || NOT_CODES.has(lower))) {
      if (NOT_CODES.has(lower) && !/^(?:ir|or)$/.test(lower)) continue;
      marks.add(i, i, 'LOCATION', CODE_AFTER_WARD_AT_PLACE);
      continue;
    }
    if (!(prep === 'to' || prep === 'from' || prep === 'into') || NOT_CODES.has(lower)) continue;
    // Function words only of two letters ("TO IN.", "TO AN)"): longer ones are words a movement takes ("to unit").
    if (!(STATE_CODES.has(lower) || (lower.length === 2 && c.is(i, WORD_FUNCTION)))) continue;
    if (!movementBefore(c, i - 1)) continue;
    marks.add(i, i, 'LOCATION', WORD_CODE_AFTER_MOVEMENT_PLACE);
  }
}
