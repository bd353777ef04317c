// Owns the protected clinical terms of the PHI detector: words that look like a person's or a place's name
// but name a disease, sign, scale, test, virus or brand drug ("Bethesda system", "Wells score", "Keppra").
// Data in vocab.ts; one rule: a protected word, or a capitalised run right before a clinical head noun.
import { WORD_FIRST, WORD_TITLE, type Lexicon } from './lexicon';
import type { CaseMode, Word } from './tokens';
import { UNIT_CLINICAL_HEAD, UNIT_PROTECTED } from './unitWords';
import { BRAND_DRUGS, FUNCTION_WORDS, PROTECTED_TERMS } from './vocab';

export const PROTECTED_WORDS: ReadonlySet<string> = new Set([...PROTECTED_TERMS, ...BRAND_DRUGS]);
/** Longest run of words a head noun protects: "Columbia Suicide Severity Rating Scale". */
const MAX_RUN_WORDS = 4;
const RUN_GAP_RE = /^[ \t\u00a0\-]{0,2}$/;

/** 1 for every word of the note that is a protected clinical term. Linear in tokens. */
export function markProtected(
  words: readonly Word[], flags: Uint32Array, unit: Uint8Array, mode: CaseMode, lex: Lexicon,
): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const bits = unit[i];
    if (bits === 0) continue;
    if ((bits & UNIT_PROTECTED) !== 0 && !((flags[i - 1] ?? 0) & WORD_TITLE)) out[i] = 1;
    if ((bits & UNIT_CLINICAL_HEAD) === 0 || i === 0) continue;
    // Walk back over the capitalised run before the head noun ("Denver Developmental Screening Test").
    let s = i;
    while (s > 0 && i - s < MAX_RUN_WORDS) {
      const q = words[s - 1];
      if (!RUN_GAP_RE.test(words[s].gapBefore) || !q.alpha || FUNCTION_WORDS.has(q.lower)) break;
      const shaped = mode === 'mixed' ? q.capitalized || q.upper : true;
      if (!shaped || (unit[s - 1] & UNIT_CLINICAL_HEAD) !== 0) break;
      s--;
      // In all-caps and lower-case notes only the word right before the head noun is read ("WELLS SCORE").
      if (mode !== 'mixed') break;
    }
    if (s === i) continue;
    // A title before the run makes it a person ("Dr. Wells score"): not protected.
    if (s > 0 && (flags[s - 1] & WORD_TITLE) !== 0) continue;
    // "Mary Smith test results": a first name then a surname is a person, whatever follows.
    let person = false;
    for (let x = s; x + 1 < i; x++) {
      if ((flags[x] & WORD_FIRST) !== 0 && (unit[x] & UNIT_PROTECTED) === 0 && !lex.common.has(words[x + 1].lower)) person = true;
    }
    if (person) continue;
    for (let x = s; x < i; x++) out[x] = 1;
  }
  return out;
}
