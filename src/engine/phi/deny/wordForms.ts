// Owns the word-formation test of the default-deny allow-list: a word the lists do not hold whole is still vocabulary
// when English or clinical word formation builds it from an allowed word — an American spelling of a listed British
// one ("utilized" from "utilised", "colored" from "coloured"), an adverb of an allowed adjective ("superiorly",
// "suprapubically"), an inflection of an allowed stem ("mobilized", "lyses", "reapproximated"), or an anatomical prefix
// before an allowed word ("antecolic", "infraumbilical", "parapatellar"). Real operative notes are full of such words
// and no list holds them all; a person's name is built by none of these rules from an allowed word.

/** Anatomical and procedural prefixes of clinical compounds (beside allowList.ts's CLINICAL_PREFIXES). */
const ANATOMICAL_PREFIXES: readonly string[] = [
  'ante', 'antero', 'infra', 'infero', 'supra', 'supero', 'para', 'retro', 'postero', 'medio', 'latero', 'sub', 'trans',
  'intra', 'inter', 'peri', 'post', 'pre', 're', 'de', 'hyper', 'hypo', 'endo', 'extra', 'micro', 'macro', 'semi', 'mid',
];
/** Inflectional and derivational endings, each with the endings its stem may take back ("-ized" -> "-ize", "-ise"). */
const ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ically', ['ic', 'ical']], ['ally', ['al', '']], ['ily', ['y']], ['ly', ['', 'le']],
  ['izations', ['isation', 'ization']], ['ization', ['isation']], ['izing', ['ising', 'ize', 'ise']], ['ized', ['ised', 'ize', 'ise']],
  ['izes', ['ises', 'ize', 'ise']], ['ize', ['ise']], ['ors', ['ours']], ['or', ['our']], ['ored', ['oured', 'our']], ['oring', ['ouring', 'our']],
  ['ers', ['res']], ['er', ['re']], ['eled', ['elled']], ['eling', ['elling']], ['og', ['ogue']],
  ['ated', ['ate', 'a', 'ation']], ['ating', ['ate', 'ation']], ['ed', ['', 'e']], ['ing', ['', 'e']], ['es', ['', 'e', 'is']], ['s', ['']],
];
const MIN_STEM_LENGTH = 4;
/** Spelling variants keep the whole word, so a three-letter stem is enough ("col-ored", "lys-es" for "lysis"). */
const SHORT_STEM_ENDINGS = new Set(['ors', 'or', 'ored', 'oring', 'es']);

export type Allowed = (lower: string) => boolean;

/** The word is built from an allowed word by one ending rule (see the module comment). */
function byEnding(allowed: Allowed, lower: string): boolean {
  for (const [ending, back] of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (stem.length < (SHORT_STEM_ENDINGS.has(ending) ? 3 : MIN_STEM_LENGTH)) continue;
    for (const b of back) if (allowed(stem + b)) return true;
  }
  return false;
}

/** Vocabulary by word formation: an ending rule, a prefix before an allowed word, or both ("suprapubically"). */
export function vocabularyByForm(allowed: Allowed, lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return false;
  if (byEnding(allowed, lower)) return true;
  for (const p of ANATOMICAL_PREFIXES) {
    if (!lower.startsWith(p) || lower.length - p.length < MIN_STEM_LENGTH + 1) continue;
    const rest = lower.slice(p.length);
    // Combining vowels join a prefix to its word ("infero-temporal", "antero-lateral").
    if (allowed(rest) || byEnding(allowed, rest)) return true;
  }
  return false;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Shorter words are one edit from too many words ("lane" from "line") for the misspelling test to mean anything. */
const MIN_MISSPELLING_LENGTH = 6;

/** One deletion, insertion, substitution or transposition away from a word of `allowed` ("diaurese", "tachypnic"). */
export function misspellingOf(allowed: ReadonlySet<string>, lower: string): boolean {
  if (lower.length < MIN_MISSPELLING_LENGTH || !/^[a-z]+$/.test(lower)) return false;
  for (let i = 0; i < lower.length; i++) {
    if (allowed.has(lower.slice(0, i) + lower.slice(i + 1))) return true;
    if (i + 1 < lower.length && allowed.has(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
  }
  for (let i = 0; i <= lower.length; i++) {
    for (const ch of ALPHABET) {
      if (allowed.has(lower.slice(0, i) + ch + lower.slice(i))) return true;
      if (i < lower.length && ch !== lower[i] && allowed.has(lower.slice(0, i) + ch + lower.slice(i + 1))) return true;
    }
  }
  return false;
}

