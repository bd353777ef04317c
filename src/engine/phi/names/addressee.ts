// Owns `name.addressee`: the name line of a mailing block — a short line right above a street-address line, as
// letters, statements and explanations of benefits print them ("WhitneySeidman⏎4123 simoni st#38,albert,pa …",
// "gabriel mckinzy⏎9355 krob way#37, …") — whatever its case or spacing, when a word on it is in no allow-list.
import { WORD_CLINICAL, WORD_HEADER, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';
import { notAllowed } from '../deny/allowList';

export const RECOGNIZER = 'name.addressee';
const MAX_NAME_WORDS = 4;
const MAX_LINE_CHARS = 40;
/** A street line: a house number, a word, and a USPS suffix or a state and ZIP later on the line. */
const STREET_LINE_RE = /^[ \t\u00a0]*[1-9]\d{0,5}[A-Za-z]?[ \t]+[A-Za-z][^\n]*$/;
const SUFFIX_OR_ZIP_RE = /\b(?:st|ave|rd|dr|ln|blvd|way|ct|cir|pl|ter|pkwy|hwy|street|avenue|road|drive|lane|boulevard|court|circle|place|terrace|parkway|highway|trail|trl)\b|\b[A-Za-z]{2}[ \t,^]{1,3}\d{5}\b/i;
/** Only letters, spaces, hyphens, apostrophes, full stops and carets on a name line: no digit, colon or other label. */
const NAME_LINE_RE = /^[ \t\u00a0]*[\p{L}][\p{L} \t\u00a0.'’^-]*$/u;

export function detectAddressees(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let a = 0; a < words.length; a++) {
    if (a > 0 && c.sameLine(a)) continue;
    let b = a;
    while (b + 1 < words.length && c.sameLine(b + 1)) b++;
    // Cheap tests first: a short line of words, then a next line that opens with a house number.
    const after = words[b + 1];
    if (b - a + 1 > MAX_NAME_WORDS || words[b].end - words[a].start > MAX_LINE_CHARS || after === undefined || !after.hasDigit ||
      after.gapBefore.split('\n').length !== 2) {
      a = b;
      continue;
    }
    const lineStart = text.lastIndexOf('\n', words[a].start - 1) + 1;
    let lineEnd = text.indexOf('\n', words[b].end);
    if (lineEnd < 0) lineEnd = text.length;
    const next = nextLine(text, lineEnd);
    if (next === undefined || lineEnd - lineStart > MAX_LINE_CHARS || !NAME_LINE_RE.test(text.slice(lineStart, lineEnd)) || !STREET_LINE_RE.test(next) ||
      !SUFFIX_OR_ZIP_RE.test(next)) {
      a = b;
      continue;
    }
    let unknown = false;
    let blocked = false;
    for (let q = a; q <= b; q++) {
      if (!words[q].alpha || c.protectedTerm[q] || (c.is(q, WORD_CLINICAL | WORD_HEADER | WORD_TITLE) && !c.isFirst(q) && !c.isLast(q))) blocked = true;
      if (notAllowed(c, q) || runTogetherName(c, q)) unknown = true;
    }
    if (!blocked && unknown) {
      let free = true;
      for (let q = a; q <= b; q++) if (!marks.free(q)) free = false;
      if (free) marks.add(a, b, 'NAME', RECOGNIZER);
    }
    a = b;
  }
}

function nextLine(text: string, lineEnd: number): string | undefined {
  if (lineEnd >= text.length) return undefined;
  const end = text.indexOf('\n', lineEnd + 1);
  return text.slice(lineEnd + 1, end < 0 ? text.length : end);
}

/** "WhitneySeidman", "LISHARPE", "normanpatridge": a first name and a surname written as one token (a long unknown word). */
function runTogetherName(c: NameContext, q: number): boolean {
  const w = c.w(q)!;
  return w.alpha && w.lower.length >= 8 && !c.isCommon(q);
}
