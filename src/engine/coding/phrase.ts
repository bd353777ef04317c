// Owns turning a curated or index phrase into lexicon tokens (abbreviations replaced by their
// expansion, stop words dropped). Shared by the lexicon and the Neoplasm Table reader, which is why it
// lives apart from both.
import { abbreviationOf } from './curated';
import { STOP_WORDS, contentTokens, tokenize } from './normalize';

/** Tokens of a curated phrase: abbreviations replaced by their expansion (not added, as in notes). */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(phrase)) {
    const abbr = abbreviationOf(t.raw);
    if (abbr) out.push(...contentTokens(abbr.expansion));
    else if (!STOP_WORDS.has(t.raw) && !STOP_WORDS.has(t.norms[0])) out.push(t.norms[0]);
  }
  return [...new Set(out)];
}
