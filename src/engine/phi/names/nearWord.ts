// Owns the spelling-tolerant side of the allow-list for the slot rules: a word one edit (a letter dropped, added,
// changed or two swapped) from an English or clinical word of five letters or more is that word misspelt ("notifed",
// "visisted", "duaghter", "protocal"), not a name — nursing notes are typed fast, and a default-deny rule must not take
// their typos for people or places.
import type { Lexicon } from '../lexicon';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MIN_LENGTH = 5;

function known(lex: Lexicon, w: string): boolean {
  return w.length >= MIN_LENGTH && (lex.common.has(w) || lex.indexClinical.has(w)) && !lex.firstNames.has(w) && !lex.surnames.has(w);
}

/** Whether `lower` is one edit away from a known word of five letters or more (and is not itself that word). */
export function nearKnownWord(lex: Lexicon, lower: string): boolean {
  if (lower.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(lower)) return false;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    if (known(lex, lower.slice(0, i) + lower.slice(i + 1))) return true;
    if (i + 1 < n && known(lex, lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
  }
  for (let i = 0; i <= n; i++) {
    for (const ch of LETTERS) {
      if (known(lex, lower.slice(0, i) + ch + lower.slice(i))) return true;
      if (i < n && ch !== lower[i] && known(lex, lower.slice(0, i) + ch + lower.slice(i + 1))) return true;
    }
  }
  return false;
}
