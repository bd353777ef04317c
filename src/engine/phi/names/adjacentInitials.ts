// Owns `name.adjacent-initials`: undotted capital initials written right after or right before a name another unit
// found ("Mangum GS, PharmD", "NAME: CRUCHUK AN", "LT Xanfors-Hille", "cc MF Davjian") and a single initial after a
// comma ("Notter, G."), the surname-first and initials-first forms of pharmacy, transfer and cc lines. The initials
// must close the name phrase (punctuation, a credential or the line end after them), so "Smith MD" and
// "Smith ORDERED" stay as they are.
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { UNIT_FACILITY_HEAD } from '../unitWords';
import type { WordMarks } from '../wordMarks';
import { ABBREVIATION_LETTERS } from './initials';

export const RECOGNIZER = 'name.adjacent-initials';
/** After the initials: punctuation, two spaces, a bracket or the end of the line closes the name phrase. */
// A full stop then a space ends a sentence after the initials ("Surgeon Quinielli EE. License …"); a number after them
// starts the next item of a header line ("pt Handly TN 81 year old").
const PHRASE_END_RE = /^(?:[ \t\u00a0]*(?:[,;:()\n]|$)|[ \t\u00a0]{2,}|\.[ \t\u00a0]*(?:\n|$)|\.[ \t\u00a0]|[ \t\u00a0]\d)/;
/** US state codes: "Springfield IL," is a town and its state (not PHI), never a surname and its initials. */
const STATE_CODES: ReadonlySet<string> = new Set(['al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'dc', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks',
  'ky', 'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd',
  'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'pr']);
/** Before initials that open a name: a line start, a label's colon or dash, a list separator, "from"/"by"/"cc". */
const LABEL_BEFORE_RE = /[:\-][ \t\u00a0]*$/;
const PHRASE_START_RE = /(?:^|\n|[:;,\-(]|\b(?:from|by|to|cc|and|with|per))[ \t\u00a0]*$/i;

function capitalLetters(c: NameContext, q: number, min: number, max: number): boolean {
  const w = c.w(q);
  if (w === undefined || !w.alpha || w.end !== w.baseEnd) return false;
  const n = w.baseEnd - w.start;
  // Two letters are as often initials as an abbreviation ("GS", "AN"): the position decides. Three must not be clinical ("ICU").
  return n >= min && n <= max && w.upper && !ABBREVIATION_LETTERS.has(w.lower) && !c.is(q, WORD_CREDENTIAL | WORD_TITLE) &&
    (n === 2 || !c.is(q, WORD_CLINICAL));
}

/** "Provider Markum DT DDS": a credential right after the initials closes the name phrase. */
function credentialAfter(c: NameContext, q: number): boolean {
  const w = c.w(q);
  return w !== undefined && c.sameLine(q) && /^[ \t\u00a0]$/.test(w.gapBefore) && c.is(q, WORD_CREDENTIAL);
}

export function detectAdjacentInitials(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i < words.length; i++) {
    // A one-word place the default-deny pass or a cue took is as often a surname ("reply from Pasley FS, RN"): two
    // capitals closing the phrase after it are initials unless they are a state code or the place is a facility's head.
    const place = !marks.isName(i) && marks.isPlace(i) && (i === 0 || !marks.isPlace(i - 1)) && (c.unit[i] & UNIT_FACILITY_HEAD) === 0;
    if (!marks.isName(i) && !place) continue;
    const next = i + 1;
    if (place && next < words.length && STATE_CODES.has(words[next].lower)) continue;
    // "Mangum GS, PharmD" / "NAME: CRUCHUK AN⏎": initials after the name, closing the phrase.
    if (next < words.length && marks.free(next) && c.sameLine(next) && /^[ \t\u00a0]$/.test(words[next].gapBefore) &&
      capitalLetters(c, next, 2, 3) && (c.mode !== 'upper' || !c.isCommon(next) || /^[ \t\u00a0]*(?:\n|$)/.test(text.slice(words[next].end, words[next].end + 2))) &&
      (PHRASE_END_RE.test(text.slice(words[next].end, words[next].end + 3)) || credentialAfter(c, next + 1))) {
      marks.add(next, next, 'NAME', RECOGNIZER);
    }
    // "Notter, G." / "GUNIA, H.": one initial with its full stop after a comma.
    if (next < words.length && marks.free(next) && c.sameLine(next) && /^,[ \t\u00a0]?$/.test(words[next].gapBefore) &&
      words[next].alpha && words[next].upper && words[next].baseEnd - words[next].start === 1 && text.charAt(words[next].end) === '.' &&
      words[next].lower !== 'l' && words[next].lower !== 'r') {
      marks.add(next, next, 'NAME', RECOGNIZER);
    }
    // "LT Xanfors-Hille", "cc MF Davjian": initials before a name in mixed case, opening the phrase. In capitals only
    // right after a label ("ACCEPTING MD: MN DAVOYE", "CONTACT - VC SKOHAUER"), where no sentence can start.
    const prev = i - 1;
    const opening = prev >= 0 ? text.slice(Math.max(0, words[prev].start - 8), words[prev].start) : '';
    // Between a label and a name already found, two capitals are the initials even where they also spell a word, a state
    // or a clinical abbreviation ("MN", "VC", "LT"): nothing else stands between "GIVEN TO:" and a surname.
    const shapeOk = c.mode === 'mixed' ? !words[i].upper && !c.isCommon(prev)
      : c.mode === 'upper' && LABEL_BEFORE_RE.test(opening) && !c.isFunction(prev);
    if (prev >= 0 && shapeOk && marks.free(prev) && c.sameLine(i) && /^[ \t\u00a0]$/.test(words[i].gapBefore) &&
      capitalLetters(c, prev, 2, 2) && PHRASE_START_RE.test(opening)) {
      marks.add(prev, prev, 'NAME', RECOGNIZER);
    }
  }
}
