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

// Letters/digits joined by apostrophes: "O'Rourke", "Parkinson's".
// Hyphens split words ("DAUGHTER-KRISSY", "Forman-Lyons"); rules that join them read the one-character gap.
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?/gu;
const HAS_DIGIT_RE = /\p{N}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const HAS_UPPER_RE = /\p{Lu}/u;

export function tokenize(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const len = raw.length;
    // Possessive by character codes (' or ’, optionally followed by s): the hot path allocates nothing extra.
    let baseLen = len;
    const lastCode = raw.charCodeAt(len - 1);
    if (lastCode === 39 || lastCode === 0x2019) {
      if (len >= 2) baseLen = len - 1;
    } else if ((lastCode === 115 || lastCode === 83) && len >= 4) {
      const q = raw.charCodeAt(len - 2);
      if (q === 39 || q === 0x2019) baseLen = len - 2;
    }
    const base = baseLen === len ? raw : raw.slice(0, baseLen);
    let hasDigit = false;
    let hasLower = false;
    let hasUpper = false;
    let ascii = true;
    for (let x = 0; x < baseLen; x++) {
      const ch = base.charCodeAt(x);
      if (ch >= 97 && ch <= 122) hasLower = true;
      else if (ch >= 65 && ch <= 90) hasUpper = true;
      else if (ch >= 48 && ch <= 57) hasDigit = true;
      else if (ch > 127) ascii = false;
    }
    if (!ascii) {
      hasDigit = HAS_DIGIT_RE.test(base);
      hasLower = HAS_LOWER_RE.test(base);
      hasUpper = HAS_UPPER_RE.test(base);
    }
    const first = base.charCodeAt(0);
    const firstUpper = first >= 65 && first <= 90 ? true : first < 128 ? false : HAS_UPPER_RE.test(base.charAt(0));
    out.push({
      start,
      end: start + len,
      baseEnd: start + baseLen,
      lower: hasUpper || !ascii ? base.toLowerCase() : base,
      alpha: !hasDigit,
      hasDigit,
      upper: !hasLower && hasUpper,
      capitalized: firstUpper && hasLower,
      gapBefore: start === prevEnd ? '' : text.slice(prevEnd, start),
    });
    prevEnd = start + len;
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
