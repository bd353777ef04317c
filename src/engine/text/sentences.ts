// Owns sentence splitting for clinical text: one linear pass per section body that knows about
// abbreviations, decimals, list items, wrapped lines, semicolon-separated nursing notes and Unicode
// whitespace. Sentences never cross a section boundary and are trimmed of whitespace.
import type { Section, Sentence } from '../types';

/** Tokens that end in "." but do not end a sentence, whatever follows. */
const NEVER_FINAL = new Set([
  'dr', 'drs', 'mr', 'mrs', 'ms', 'st', 'prof', 'e.g', 'i.e', 'vs', 'cf', 'viz', 'al', 'approx', 'fig', 'figs',
  'no', 'nos', 'ref', 'resp', 'pt', 'pts', 'appt', 'dept', 'apt', 'ave', 'mt', 'ft', 'ext',
]);
/** Of NEVER_FINAL, those that do end a sentence when a capitalised word follows ("... no. The"). */
const FINAL_BEFORE_CAPITAL = new Set(['no', 'nos', 'pt', 'pts', 'al', 'resp', 'ext', 'ref', 'ft']);
const MAX_ABBREV_CHARS = 12;

export function isHorizontalSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f ||
    c === 0x205f || c === 0xfeff || c === 0x1680
  );
}
export function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 12 || c === 11;
}
function isWs(c: number): boolean {
  return isHorizontalSpace(c) || isNewline(c);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
/** Closing marks that stay with the sentence they end: `.)`, `."`, `.”`. */
function isCloser(c: number): boolean {
  return c === 41 || c === 93 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 125;
}
const BULLETS = new Set([45, 42, 43, 62, 0x2022, 0x25e6, 0x25aa, 0x2023, 0xb7, 0x2013, 0x2014, 0x25cb, 0x25cf,
  0x25a0, 0x2043, 0x2219, 0x27a2, 0x2794, 0x25ba]);

/** "- item", "• item", "1. item", "2) item", "(3) item", "a) item", "#4 item" at position j. */
export function isListItemStart(text: string, j: number, end: number): boolean {
  const c = text.charCodeAt(j);
  if (BULLETS.has(c)) return j + 1 >= end || isWs(text.charCodeAt(j + 1));
  let k = j;
  if (c === 40 || c === 35) k++; // "(" or "#"
  const digitsStart = k;
  while (k < end && k - digitsStart < 3 && isDigit(text.charCodeAt(k))) k++;
  if (k > digitsStart) {
    if (c === 35) return k < end && isWs(text.charCodeAt(k)); // "#4 CAD"
    const p = text.charCodeAt(k);
    return (p === 46 || p === 41) && (k + 1 >= end || isWs(text.charCodeAt(k + 1)));
  }
  if (c !== 40 && isAsciiLetter(c) && text.charCodeAt(j + 1) === 41) {
    return j + 2 >= end || isWs(text.charCodeAt(j + 2));
  }
  return false;
}

/** Decides whether the "." at i ends the sentence that started at sStart. */
function periodEnds(text: string, i: number, sStart: number, end: number): boolean {
  let e = i + 1;
  while (e < end && isCloser(text.charCodeAt(e))) e++;
  if (e >= end) return true;
  const after = text.charCodeAt(e);
  if (!isWs(after)) return false; // 2.5, p.o., e.g., U.S.
  // List marker "1." / "a." opening the sentence.
  let allDigits = true;
  for (let q = sStart; q < i; q++) if (!isDigit(text.charCodeAt(q))) { allDigits = false; break; }
  if ((allDigits && i - sStart <= 3 && i > sStart) || (i - sStart === 1 && isAsciiLetter(text.charCodeAt(sStart)))) {
    return false;
  }
  let k = e;
  while (k < end && isHorizontalSpace(text.charCodeAt(k))) k++;
  if (k >= end || isNewline(text.charCodeAt(k))) return true;
  // The token before the period, letters and inner dots only ("b.i.d", "e.g", "Dr").
  let t = i;
  while (t > sStart && i - t < MAX_ABBREV_CHARS) {
    const p = text.charCodeAt(t - 1);
    if (isAsciiLetter(p) || (p === 46 && t - 1 > sStart)) t--;
    else break;
  }
  const tok = text.slice(t, i).toLowerCase();
  const next = text.charCodeAt(k);
  if (isLower(next)) return false; // "5 mg. daily", "pt. was"
  if (NEVER_FINAL.has(tok)) {
    if (isDigit(next)) return false; // "No. 5"
    return FINAL_BEFORE_CAPITAL.has(tok);
  }
  return true;
}

function splitRange(text: string, a: number, b: number, sectionIndex: number, out: Sentence[]): void {
  let sStart = -1;
  let sEnd = -1;
  const flush = (): void => {
    if (sStart >= 0) out.push({ start: sStart, end: sEnd, sectionIndex });
    sStart = -1;
  };
  let i = a;
  while (i < b) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      let j = i;
      let breaks = 0;
      while (j < b) {
        const d = text.charCodeAt(j);
        if (isNewline(d)) {
          if (!(d === 10 && j > a && text.charCodeAt(j - 1) === 13)) breaks++;
          j++;
        } else if (isHorizontalSpace(d)) j++;
        else break;
      }
      if (sStart >= 0 && breakEnds(text, sEnd, j, b, breaks)) flush();
      i = j;
      continue;
    }
    if (isHorizontalSpace(c) || c < 32) {
      i++;
      continue;
    }
    if (sStart < 0) sStart = i;
    sEnd = i + 1;
    if (c === 46) {
      if (periodEnds(text, i, sStart, b)) {
        let e = i + 1;
        while (e < b && isCloser(text.charCodeAt(e))) e++;
        sEnd = e;
        flush();
        i = e;
        continue;
      }
    } else if (c === 33 || c === 63) {
      // "? pneumonia" is an uncertainty cue, not an end; "pain?? Denies" ends at the last mark.
      const prev = i > sStart ? text.charCodeAt(i - 1) : 32;
      const next = i + 1 < b ? text.charCodeAt(i + 1) : 32;
      if (!isWs(prev) && prev !== 63 && prev !== 33 && next !== 63 && next !== 33 && (isWs(next) || isCloser(next))) {
        let e = i + 1;
        while (e < b && isCloser(text.charCodeAt(e))) e++;
        sEnd = e;
        flush();
        i = e;
        continue;
      }
    } else if (c === 59) {
      // Nursing notes separate items with ";" ("PMH: CAD; HTN; DM"): each is its own sentence.
      flush();
    }
    i++;
  }
  flush();
}

/** A line break ends a sentence unless the next line visibly continues wrapped prose. */
function breakEnds(text: string, prevEnd: number, next: number, end: number, breaks: number): boolean {
  if (next >= end || breaks >= 2) return true;
  const prev = text.charCodeAt(prevEnd - 1);
  if (prev === 46 || prev === 33 || prev === 63 || prev === 59 || prev === 58) return true;
  if (isListItemStart(text, next, end)) return true;
  if (isLower(text.charCodeAt(next))) return false;
  return !(prev === 44 || prev === 45 || prev === 40 || prev === 47 || prev === 38);
}

/** Sentences of every section, in text order; a header is a sentence of its own. */
export function splitSentences(text: string, sections: readonly Section[]): Sentence[] {
  const out: Sentence[] = [];
  for (let s = 0; s < sections.length; s++) {
    const sec = sections[s];
    if (sec.title) out.push({ start: sec.start, end: sec.start + sec.title.length, sectionIndex: s });
    splitRange(text, sec.bodyStart, sec.end, s, out);
  }
  return out;
}
