// Owns the single tokenisation pass of the PHI detector: words with their offsets, case and the
// gap of text before them, so every context rule reads neighbours by index instead of re-scanning.

export interface Word {
  start: number;
  /** End of the whole word including a possessive ("Smith's" ends after the s). */
  end: number;
  /** End of the word without a possessive: PHI spans stop here so "'s" stays readable. */
  baseEnd: number;
  /** Lower-case base (possessive removed). */
  lower: string;
  /** Letters only (hyphens and apostrophes allowed), no digit. */
  alpha: boolean;
  hasDigit: boolean;
  /** Every letter upper case ("GH", "SMITH"). */
  upper: boolean;
  /** First letter upper, some later letter lower ("Smith", "McDonald"). */
  capitalized: boolean;
  /** Text between the previous word and this one. */
  gapBefore: string;
}

// Words are letters/digits joined by apostrophes ("O'Rourke", "Parkinson's"), as the pattern
// /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?/u reads them, scanned by character codes: ASCII by ranges, other
// characters by a per-code table filled on first sight, so the pass allocates only the words themselves.
// Hyphens split words ("DAUGHTER-KRISSY", "Forman-Lyons"); rules that join them read the one-character gap.
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;
const HAS_DIGIT_RE = /\p{N}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const HAS_UPPER_RE = /\p{Lu}/u;

/** Per BMP code: 0 not looked up yet, 1 not a letter or digit, 2 a letter or digit. */
const bmpWordChar = new Uint8Array(0x10000);

/** Code units taken by the letter or digit at i (2 for an astral one), 0 when there is none. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = bmpWordChar[c];
  if (k === 0) bmpWordChar[c] = k = c < 0xdc00 || c > 0xdfff ? (WORD_CHAR_RE.test(String.fromCharCode(c)) ? 2 : 1) : 1;
  return k === 2 ? 1 : 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Words are built by a constructor, not an object literal: V8 tracks literal allocation sites and, seeing a
 * note's words all alive at a young-generation collection (they live for the whole redaction), starts
 * allocating them straight in the old generation, where every note's words then wait for a full collection.
 */
class ScannedWord implements Word {
  // Declared (not initialised) fields, assigned in the order the Word interface lists them.
  declare start: number;
  declare end: number;
  declare baseEnd: number;
  declare lower: string;
  declare alpha: boolean;
  declare hasDigit: boolean;
  declare upper: boolean;
  declare capitalized: boolean;
  declare gapBefore: string;
  constructor(start: number, end: number, baseEnd: number, lower: string, hasDigit: boolean, upper: boolean, capitalized: boolean, gapBefore: string) {
    this.start = start;
    this.end = end;
    this.baseEnd = baseEnd;
    this.lower = lower;
    this.alpha = !hasDigit;
    this.hasDigit = hasDigit;
    this.upper = upper;
    this.capitalized = capitalized;
    this.gapBefore = gapBefore;
  }
}

export function tokenize(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let step = wordCharLength(text, i);
    if (!step) {
      i++;
      continue;
    }
    const start = i;
    i += step;
    for (;;) {
      while (i < n && (step = wordCharLength(text, i)) !== 0) i += step;
      if (i < n && isApostrophe(text.charCodeAt(i))) {
        const next = i + 1 < n ? wordCharLength(text, i + 1) : 0;
        i += 1 + next;
        if (next) continue;
      }
      break;
    }
    const len = i - start;
    // Possessive by character codes (' or ’, optionally followed by s).
    let baseLen = len;
    const lastCode = text.charCodeAt(i - 1);
    if (isApostrophe(lastCode)) {
      if (len >= 2) baseLen = len - 1;
    } else if ((lastCode === 115 || lastCode === 83) && len >= 4 && isApostrophe(text.charCodeAt(i - 2))) {
      baseLen = len - 2;
    }
    const baseEnd = start + baseLen;
    let hasDigit = false;
    let hasLower = false;
    let hasUpper = false;
    let ascii = true;
    for (let x = start; x < baseEnd; x++) {
      const ch = text.charCodeAt(x);
      if (ch >= 97 && ch <= 122) hasLower = true;
      else if (ch >= 65 && ch <= 90) hasUpper = true;
      else if (ch >= 48 && ch <= 57) hasDigit = true;
      else if (ch > 127) ascii = false;
    }
    const base = text.slice(start, baseEnd);
    if (!ascii) {
      hasDigit = HAS_DIGIT_RE.test(base);
      hasLower = HAS_LOWER_RE.test(base);
      hasUpper = HAS_UPPER_RE.test(base);
    }
    const first = text.charCodeAt(start);
    const firstUpper = first >= 65 && first <= 90 ? true : first < 128 ? false : HAS_UPPER_RE.test(text.charAt(start));
    out.push(new ScannedWord(
      start,
      i,
      baseEnd,
      hasUpper || !ascii ? base.toLowerCase() : base,
      hasDigit,
      !hasLower && hasUpper,
      firstUpper && hasLower,
      start === prevEnd ? '' : text.slice(prevEnd, start),
    ));
    prevEnd = i;
  }
  return out;
}

export type CaseMode = 'upper' | 'lower' | 'mixed';

/** Nursing notes are often all upper or all lower case; capitalisation is a name cue only in mixed text. */
export function caseModeOf(words: readonly Word[]): CaseMode {
  let upper = 0;
  let lower = 0;
  let cap = 0;
  for (const w of words) {
    if (!w.alpha) continue;
    if (w.upper) upper++;
    else if (w.capitalized) cap++;
    else lower++;
  }
  const n = upper + lower + cap;
  if (n === 0) return 'mixed';
  if (upper / n > 0.6) return 'upper';
  if ((cap + upper) / n < 0.04) return 'lower';
  return 'mixed';
}

/** Index of the first word that ends after `offset` (words are sorted by start), or words.length. */
export function firstWordEndingAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
