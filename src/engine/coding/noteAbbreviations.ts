// Owns abbreviations a note defines for itself ("chronic kidney disease (CKD)"): a capitalised short
// form in brackets right after words whose initials spell it (the Schwartz–Hearst reading of a
// definition) stands, wherever the note uses it again, for those words, so "CKD stage 4" later in the
// note is read as "chronic kidney disease stage 4". Only the note's own definition is trusted: the same
// letters mean other things elsewhere ("MS" multiple sclerosis / mitral stenosis).
import { abbreviationOf } from './curated';
import { STOP_WORDS, contentTokens, type NoteToken } from './normalize';

/** A defined short form: 2–6 characters, capital first, capitals or digits after (CKD, ARDS, HIV1). */
const SHORT_FORM = /^[A-Z][A-Z0-9]{1,5}$/;

/** Long forms longer than this many words are not definitions of a short form (sentence fragments). */
const MAX_LONG_FORM_WORDS = 8;

/**
 * Adds, at every later use of a short form the note defined, the content words of its long form as
 * extra forms at that position (marked as expanded, like a curated abbreviation). Mutates `tokens`'
 * entries by replacement of their `norms` arrays (shared arrays are never mutated).
 */
export function expandNoteAbbreviations(text: string, tokens: NoteToken[]): void {
  const defined = new Map<string, { at: number; words: string[] }>();
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i];
    const surface = text.slice(tok.start, tok.end);
    if (!SHORT_FORM.test(surface) || text[tok.start - 1] !== '(' || text[tok.end] !== ')') continue;
    if (defined.has(surface) || abbreviationOf(tok.raw)) continue;
    const long = longFormBefore(text, tokens, i, surface);
    if (long) defined.set(surface, { at: i, words: long });
  }
  if (!defined.size) return;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const def = defined.get(text.slice(tok.start, tok.end));
    if (!def || i <= def.at) continue;
    const added = def.words.filter((n) => !tok.norms.includes(n));
    if (!added.length) continue;
    tok.norms = [...tok.norms, ...added];
    tok.word = undefined;
    tok.expanded = new Set([...(tok.expanded ?? []), ...added]);
  }
}

/**
 * The words directly before the bracket whose initials spell the short form's letters in order (stop
 * words between them skipped, digits ignored), all in one clause; undefined when they do not.
 */
function longFormBefore(text: string, tokens: readonly NoteToken[], i: number, surface: string): string[] | undefined {
  const letters = surface.toLowerCase().replace(/[0-9]/g, '');
  let k = letters.length - 1;
  let j = i - 1;
  const clause = tokens[j]?.clause;
  let first = -1;
  while (k >= 0 && j >= 0 && i - j <= MAX_LONG_FORM_WORDS) {
    const t = tokens[j];
    if (t.clause !== clause) return undefined;
    if (STOP_WORDS.has(t.raw) && t.raw[0] !== letters[k]) {
      j--;
      continue;
    }
    if (t.raw[0] !== letters[k]) return undefined;
    first = j;
    k--;
    j--;
  }
  if (k >= 0 || first < 0) return undefined;
  const words = contentTokens(text.slice(tokens[first].start, tokens[i - 1].end));
  return words.length ? words : undefined;
}
