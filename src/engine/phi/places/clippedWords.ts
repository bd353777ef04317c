// Owns the clipped-word test of the place rules: clinicians clip ordinary words to their first letters ("prev",
// "poss", "tech", "ooz", "approx"), and a clipped word is still that word, not a hospital's code or a facility's name.
// An institution's short code is an acronym (initials: "GH", "AEMH", "DLMC"), and the letters of an acronym begin no
// English word; the letters of a clip do. Also the verbs of leaving and entering, which stand before a bare head noun
// ("wanted to leave hospital") and name no place.
import type { Lexicon } from '../lexicon';

const MIN_CLIP_LETTERS = 3;
const MAX_CLIP_LETTERS = 5;
const VOWEL_RE = /[aeiouy]/;

const prefixCache = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Every beginning of three to five letters of an English word at least one letter longer, built once per lexicon. */
function clipPrefixes(lex: Lexicon): ReadonlySet<string> {
  let set = prefixCache.get(lex);
  if (set === undefined) {
    const out = new Set<string>();
    for (const w of lex.common) {
      if (!/^[a-z]+$/.test(w)) continue;
      for (let n = MIN_CLIP_LETTERS; n <= MAX_CLIP_LETTERS && n < w.length; n++) out.add(w.slice(0, n));
    }
    set = out;
    prefixCache.set(lex, set);
  }
  return set;
}

/**
 * A word of three to five letters with a vowel that the English vocabulary does not hold whole but that begins one of
 * its words ("prev" of previous, "poss" of possible, "tech" of technician, "ooz" of ooze): a clipped word.
 */
export function clippedWord(lex: Lexicon, lower: string): boolean {
  if (lower.length < MIN_CLIP_LETTERS || lower.length > MAX_CLIP_LETTERS || !VOWEL_RE.test(lower) || lex.common.has(lower)) return false;
  return clipPrefixes(lex).has(lower);
}

/** Verbs of leaving, entering and visiting: "to leave hospital", "entered rehab" say where from or to, never which place. */
export const DEPARTURE_VERBS: ReadonlySet<string> = new Set([
  'leave', 'leaves', 'leaving', 'left', 'enter', 'enters', 'entering', 'entered', 'exit', 'exits', 'exiting', 'exited',
  'visit', 'visits', 'visiting', 'visited', 'attend', 'attends', 'attending', 'attended', 'need', 'needs', 'needing', 'needed',
]);
