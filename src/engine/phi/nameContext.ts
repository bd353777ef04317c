// Owns the per-note view every name and place recognizer reads: tokens with their list membership and cue
// bits, the note's case mode, and which words are protected clinical terms (eponyms, scales, brand drugs).
import {
  flagWords, WORD_CITY, WORD_COMMON, WORD_CREDENTIAL, WORD_FIRST, WORD_FUNCTION, WORD_LAST, WORD_MAJOR_CITY, WORD_PERSON_VERB, WORD_ROLE,
  WORD_TITLE,
  type Lexicon, type NoteWords,
} from './lexicon';
import { markProtected } from './protectedTerms';
import { caseModeOf, type CaseMode, type Word } from './tokens';
import { TriggerIndex } from './triggerIndex';
import { unitBitsOf } from './unitWords';
import {
  ALLIED_CREDENTIALS, CARE_TEAM_ROLE_CUES, CREDENTIALS, EPONYM_HEAD_NOUNS, FUNCTION_WORDS, HISTORY_VERBS, PERSON_TITLES,
} from './vocab';

export const MAX_NAME_WORDS = 4;
/** Roles usually followed by a first name alone ("NP Carol"), unlike PA/MD which also precede measurements. */
export const NURSE_ROLES = new Set(['np', 'nps', 'nurse', 'caseworker', 'casemanager', 'sw', 'chaplain', 'interpreter', 'therapist']);
export const LIST_JOINERS = new Set(['and', '&', 'or']);
export const PHONE_LABELS = new Set(['cell', 'cellphone', 'home', 'work', 'phone', 'tel', 'telephone', 'mobile', 'pager', 'beeper', 'hm', 'wk']);
export const INLINE_GAP_RE = /^(?:[ \t\u00a0]*|-)$/;
export const INITIAL_GAP_RE = /^\.?[ \t\u00a0]*$/;
export const TITLE_GAP_RE = /^\.?[ \t\u00a0]*$/;
/** "MS" (mental status) and "MR" (mitral regurgitation) are also clinical abbreviations. */
export const AMBIGUOUS_TITLES = new Set(['ms', 'mr']);
export const CUE_GAP_RE = /^[ \t\u00a0]*(?:[,:;(\-–—>\/]+|\(\?\))?[ \t\u00a0,:\-–—>(]*$/;
export const LIST_GAP_RE = /^[ \t\u00a0]*[,\/&][ \t\u00a0]*$/;
export const STREET_OR_DIGIT_RE = /^\d/;

const F_FIRST = WORD_FIRST;
const F_LAST = WORD_LAST;
const F_COMMON = WORD_COMMON;
const F_CITY = WORD_CITY;

/** Rule-only cue bits: care-team roles, allied credentials and history verbs (vocab.ts), as WORD_* bits plus common. */
const RULE_CUE_BITS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (set: ReadonlySet<string>, bits: number): void => {
    for (const w of set) m.set(w, (m.get(w) ?? 0) | bits);
  };
  add(CARE_TEAM_ROLE_CUES, WORD_ROLE | F_COMMON);
  add(ALLIED_CREDENTIALS, WORD_CREDENTIAL | F_COMMON);
  add(HISTORY_VERBS, WORD_PERSON_VERB);
  return m;
})();

export class NameContext {
  readonly mode: CaseMode;
  /** Words shielded from name rules without a title: eponym phrases ("Wilson's disease"). */
  readonly eponymPhrase: Uint8Array;
  /** Protected clinical terms ("Bethesda system", "Keppra", "Ebola"): no recognizer without a title takes them. */
  readonly protectedTerm: Uint8Array;
  /** Per-word UNIT_* classes (particle, facility head, town cue...) for the grammar units. */
  readonly unit: Uint8Array;

  /** Per-word list membership and cue classes (lexicon WORD_* bits), looked up once per note. */
  private readonly flags: Uint32Array;
  private triggerIndex: TriggerIndex | undefined;

  constructor(
    readonly text: string,
    readonly words: readonly Word[],
    readonly lex: Lexicon,
    noteWords: NoteWords = flagWords(words, lex),
  ) {
    this.mode = caseModeOf(words);
    this.unit = unitBitsOf(words);
    this.protectedTerm = markProtected(words, noteWords.flags, this.unit, this.mode, lex);
    // A protected clinical term reads as common vocabulary to every rule: never a listed name or town.
    let flags = noteWords.flags;
    for (let i = 0; i < words.length; i++) {
      // Cue words the rules read but the learned model's feature lists do not hold (its committed weights stay valid).
      const extra = words[i].alpha ? RULE_CUE_BITS.get(words[i].lower) : undefined;
      if (extra !== undefined) {
        if (flags === noteWords.flags) flags = flags.slice();
        flags[i] |= extra;
      }
      if (!this.protectedTerm[i]) continue;
      if (flags === noteWords.flags) flags = flags.slice();
      flags[i] = (flags[i] & ~(F_FIRST | F_LAST | F_CITY | WORD_MAJOR_CITY)) | F_COMMON;
    }
    this.flags = flags;
    this.eponymPhrase = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const f = this.flags[i];
      // Only name-list words can be mistaken for people, so only they need the eponym checks.
      if ((f & (F_FIRST | F_LAST)) === 0) continue;
      const next = words[i + 1];
      this.eponymPhrase[i] = Number(
        lex.eponyms.has(w.lower) ||
        (next !== undefined && EPONYM_HEAD_NOUNS.has(next.lower) && (w.end !== w.baseEnd || (f & F_LAST) !== 0) &&
          !PERSON_TITLES.has(words[i - 1]?.lower ?? '')));
    }
  }

  /** Positions of the grammar units' declared cue words (triggerIndex.ts), built on first use in one pass. */
  get triggers(): TriggerIndex {
    return (this.triggerIndex ??= new TriggerIndex(this.words));
  }
  w(i: number): Word | undefined {
    return this.words[i];
  }
  /** Whether word i carries any of the lexicon bits in `bits` (false outside the note). */
  is(i: number, bits: number): boolean {
    return ((this.flags[i] ?? 0) & bits) !== 0;
  }
  isFirst(i: number): boolean {
    return ((this.flags[i] ?? 0) & F_FIRST) !== 0;
  }
  isLast(i: number): boolean {
    return ((this.flags[i] ?? 0) & F_LAST) !== 0;
  }
  isCommon(i: number): boolean {
    return i < 0 || i >= this.words.length || (this.flags[i] & F_COMMON) !== 0;
  }
  isCity(i: number): boolean {
    return ((this.flags[i] ?? 0) & F_CITY) !== 0;
  }
  isFunction(i: number): boolean {
    const w = this.words[i];
    if (w === undefined) return true;
    if (this.dottedInitial(i)) return false;
    return (this.flags[i] & (WORD_FUNCTION | WORD_CREDENTIAL | WORD_TITLE)) !== 0;
  }
  /** "Q. Lander", "DAN A. FORMAN-LYONS": a single letter, a period, then a name-like word. */
  dottedInitial(i: number): boolean {
    const w = this.words[i];
    if (!w || !w.alpha || w.baseEnd - w.start !== 1 || this.text.charAt(w.end) !== '.') return false;
    const n = this.words[i + 1];
    return n !== undefined && /^\.[ \t\u00a0]?$/.test(n.gapBefore) && n.alpha && n.lower.length > 1 &&
      !FUNCTION_WORDS.has(n.lower) && !CREDENTIALS.has(n.lower);
  }
  isInitial(i: number): boolean {
    const w = this.words[i];
    if (!w || !w.alpha || w.baseEnd - w.start !== 1) return false;
    const after = this.text.charAt(w.end);
    return after === '.' || (this.mode !== 'upper' && w.upper && this.words[i + 1] !== undefined && this.nameLike(i + 1));
  }
  /** Name-list word that is not also everyday or clinical vocabulary. */
  strongName(i: number): boolean {
    return (this.isFirst(i) || this.isLast(i)) && !this.isCommon(i) && !this.eponymPhrase[i];
  }
  strongFirst(i: number): boolean {
    return this.isFirst(i) && !this.isCommon(i) && !this.eponymPhrase[i];
  }
  /** A word in no list at all: a rare surname, or a typo, or a drug brand. Only taken next to a cue. */
  unknown(i: number): boolean {
    const w = this.words[i];
    return w !== undefined && w.alpha && !this.isCommon(i) && !this.isFirst(i) && !this.isLast(i) && w.lower.length > 1;
  }
  nameLike(i: number): boolean {
    return this.strongName(i) || this.unknown(i);
  }
  /** Capitalised in mixed-case text, where that carries information. */
  capitalizedHere(i: number): boolean {
    const w = this.words[i];
    return this.mode === 'mixed' && w !== undefined && (w.capitalized || w.upper) && w.lower.length > 1;
  }
  sameLine(i: number): boolean {
    const w = this.words[i];
    return w !== undefined && !w.gapBefore.includes('\n') && !w.gapBefore.includes('\r');
  }
}
