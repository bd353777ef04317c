// Owns the allow-list test of the default-deny stance: a word is safe when it is English or clinical
// vocabulary (lexicon), a protected clinical term, clinical by its form (suffixes such as -ology, -itis, -penem),
// or an abbreviation of an allowed word ("Creat", "Amiod"). Listed first names and surnames are never safe.
import type { Lexicon } from '../lexicon';
import type { NameContext } from '../nameContext';
import { PROTECTED_WORDS } from '../protectedTerms';
import { CLINICAL_SUFFIXES, US_STATES } from '../vocab';
import { isForeignBasicWord } from './foreignVocabulary';
import { isMedicalCoinage } from './medicalMorphology';
import { misspellingOf, vocabularyByForm } from './wordForms';
import { isWorkflowWord } from './workflowVocabulary';

const CLINICAL_SUFFIX_RE = new RegExp(`(?:${CLINICAL_SUFFIXES.join('|')})$`);

/** Clinical by its form: a specialty, disease, procedure or drug-stem ending ("otolaryngology", "meropenem"). */
export function clinicalByForm(lower: string): boolean {
  return lower.length >= 6 && CLINICAL_SUFFIX_RE.test(lower);
}

/** Prefixes of clinical compounds: "Postanesthesia", "Neurotrauma", "Perioperative" are units of care, not names. */
const CLINICAL_PREFIXES: readonly string[] = ['post', 'pre', 'peri', 'intra', 'inter', 'neuro', 'cardio', 'cardiac', 'pulmo', 'gastro', 'hemato',
  'onco', 'psych', 'ortho', 'pedi', 'neo', 'sub', 'trans', 'non', 'anti', 'multi', 'tele'];

/** A clinical prefix before a clinical word ("post" + "anesthesia"): clinical vocabulary the lists do not hold whole. */
export function clinicalCompound(lex: Lexicon, lower: string): boolean {
  for (const p of CLINICAL_PREFIXES) {
    if (lower.length - p.length < 4 || !lower.startsWith(p)) continue;
    const rest = lower.slice(p.length);
    if (lex.clinical.has(rest) || lex.indexClinical.has(rest) || clinicalByForm(rest)) return true;
  }
  return false;
}

/** Capitals inside a word mark an abbreviation ("PAline", "IVs", "BiLevel") unless a surname prefix explains them. */
const INNER_CAPITAL_RE = /^\p{Lu}\p{Ll}*\p{Lu}/u;
const SURNAME_PREFIX_RE = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|St)\p{Lu}/u;
/** "C'd", "O's", "D/C'ing": one letter and an apostrophe is shorthand, not "O'Brien". */
const SHORTHAND_APOSTROPHE_RE = /^\p{L}['’]\p{Ll}/u;

/** Not in any allow-list, not a protected clinical term, and not shaped like clinical shorthand. */
export function notAllowed(c: NameContext, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.lower.length < 3 || c.isCommon(i) || c.protectedTerm[i] || US_STATES.has(w.lower) ||
    c.lex.indexClinical.has(w.lower)) return false;
  const raw = c.text.slice(w.start, w.baseEnd);
  if (SHORTHAND_APOSTROPHE_RE.test(raw)) return false;
  if (INNER_CAPITAL_RE.test(raw) && !SURNAME_PREFIX_RE.test(raw) && !w.upper) return camelCaseName(c.lex, raw);
  // A listed name is never safe; an unlisted word that begins an allowed word is a clinical abbreviation ("Creat", "Amiod").
  if (c.isFirst(i) || c.isLast(i)) return true;
  return !clinicalByForm(w.lower) && !isAllowedPrefix(c.lex, w.lower) && !roleNounOfVerb(c.lex, w.lower);
}

/**
 * "Examinee", "enrollee", "referee": a person's role formed with "-ee" from an English verb ("examine", "enroll", "refer")
 * is vocabulary the lists do not hold whole. The verb must be five letters or more, so no short name hides behind a short
 * stem ("Magee", "Renee" are no "mage", "ren" + ee).
 */
export function roleNounOfVerb(lex: Lexicon, lower: string): boolean {
  if (!lower.endsWith('ee') || lower.length < 7) return false;
  const stemE = lower.slice(0, -1);
  const stem = lower.slice(0, -2);
  return (stemE.length >= 5 && lex.common.has(stemE)) || (stem.length >= 5 && lex.common.has(stem));
}

/** Business names glue whole capitalised parts ("FedEx", "ProMedica", "WellStar"); shorthand does not ("PrEP", "IgG"). */
const CLEAN_CAMEL_RE = /^(?:\p{Lu}\p{Ll}+){2,3}$/u;

/**
 * "PrEP", "IgG", "BiPAP": a capital after lower-case letters inside a word, not in whole capitalised parts and with no
 * surname prefix ("McNeil"), is clinical shorthand, never a word of a place's or a person's name.
 */
export function shorthandCapitals(c: NameContext, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || w.upper) return false;
  const raw = c.text.slice(w.start, w.baseEnd);
  return INNER_CAPITAL_RE.test(raw) && !SURNAME_PREFIX_RE.test(raw) && !CLEAN_CAMEL_RE.test(raw);
}

/**
 * "LeeFarrington", "AdeleBerkebile": a first name and a surname typed without the space — a listed first name of three
 * letters or more, then a capitalised part in no allow-list. Brand names glue other parts ("PreviDent", "EpiPen")
 * or an English word ("MiraLax", "RoxyBond").
 */
const CAMEL_PARTS_RE = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;
export function camelCaseName(lex: Lexicon, raw: string): boolean {
  const m = CAMEL_PARTS_RE.exec(raw);
  if (!m) return false;
  const head = m[1].toLowerCase();
  const tail = m[2].toLowerCase();
  return lex.firstNames.has(head) && !lex.common.has(tail) && !lex.indexClinical.has(tail);
}

const sortedAllowLists = new WeakMap<Lexicon, string[]>();
/** Whether `word` begins some allow-listed word: binary search in the sorted allow-list, built once per lexicon. */
function isAllowedPrefix(lex: Lexicon, word: string): boolean {
  let sorted = sortedAllowLists.get(lex);
  if (!sorted) {
    sorted = [...lex.common, ...PROTECTED_WORDS].sort();
    sortedAllowLists.set(lex, sorted);
  }
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].startsWith(word);
}


/**
 * The classes of clinical shorthand a word in no allow-list still belongs to, in the order they are tried. Names are
 * built by none of them from an allowed word; a listed first name or surname is in no class (census names are never safe).
 */
export type ShorthandClass = 'no-vowel' | 'contraction' | 'slash-glued' | 'word-form' | 'misspelling' | 'compound' | 'vocabulary';

/** Names have vowels (y counts, and any non-ASCII letter might be one); "brth", "snds", "drng" are shorthand. */
export const HAS_VOWEL_RE = /[aeiouy]|[^\x00-\x7f]/;
/** "O'BRIEN", "d'angelo": one or two letters, an apostrophe, then a name; any other apostrophe is a contraction ("sxn'd"). */
const NAME_APOSTROPHE_RE = /^\p{L}{1,2}['’]\p{L}{3,}$/u;
/** Slash-glued shorthand: "d/c", "s/p", "w/", "abd/pelvis" — a slash with no space on either side of the word. */
const SLASH_RE = /\/$/;

/**
 * Why a word in no allow-list is still not PHI (undefined: it is PHI). Read as classes, not words: vowel-dropped
 * shorthand, contractions, slash-glued shorthand, word forms of allowed words, misspellings of long allowed words,
 * clinical compounds and coinages, and vocabulary the project holds outside the lexicon (workflow, foreign basics).
 */
export function safeByClass(c: NameContext, i: number): ShorthandClass | undefined {
  const w = c.w(i);
  if (w === undefined || c.isFirst(i) || c.isLast(i)) return undefined;
  const lower = w.lower;
  if (!HAS_VOWEL_RE.test(lower)) return 'no-vowel';
  const raw = c.text.slice(w.start, w.baseEnd);
  if (/['’]/.test(raw) && !NAME_APOSTROPHE_RE.test(raw)) return 'contraction';
  const next = c.w(i + 1);
  if (SLASH_RE.test(w.gapBefore) || (next !== undefined && next.gapBefore.startsWith('/') && w.end === next.start - next.gapBefore.length)) {
    return 'slash-glued';
  }
  const { common, indexClinical } = c.lex;
  const allowed = (x: string): boolean => common.has(x) || indexClinical.has(x) || clinicalByForm(x) || isMedicalCoinage(x);
  if (vocabularyByForm(allowed, lower)) return 'word-form';
  if (misspellingOf(common, lower) || misspellingOf(indexClinical, lower)) return 'misspelling';
  if (isMedicalCoinage(lower) || clinicalCompound(c.lex, lower)) return 'compound';
  if (isWorkflowWord(lower) || isForeignBasicWord(lower)) return 'vocabulary';
  return undefined;
}
