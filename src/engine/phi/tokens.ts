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
const POSSESSIVE_RE = /['’]s?$/i;
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
    const end = start + raw.length;
    let base = raw;
    const pm = POSSESSIVE_RE.exec(raw);
    if (pm && raw.length - pm[0].length >= 1 && !(pm[0].length === 2 && raw.length <= 3)) {
      base = raw.slice(0, raw.length - pm[0].length);
    }
    const hasDigit = HAS_DIGIT_RE.test(base);
    const hasLower = HAS_LOWER_RE.test(base);
    const first = base.charAt(0);
    out.push({
      start,
      end,
      baseEnd: start + base.length,
      lower: base.toLowerCase(),
      alpha: !hasDigit,
      hasDigit,
      upper: !hasLower && HAS_UPPER_RE.test(base),
      capitalized: first !== first.toLowerCase() && hasLower,
      gapBefore: text.slice(prevEnd, start),
    });
    prevEnd = end;
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
