// Owns the shape tests the cue-driven name rules share: how far a name extends, what may follow a title or a
// relative noun, and which words are credentials ("RN", "MD", "R.N.") rather than a name.
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_PERSON_VERB } from '../lexicon';
import { AMBIGUOUS_TITLES, INITIAL_GAP_RE, INLINE_GAP_RE, LIST_JOINERS, MAX_NAME_WORDS, type NameContext } from '../nameContext';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, RELATIVE_CUES } from '../vocab';

/** Extends a name that starts at `i` over following initials, first names and surnames on the same line. */
export function extendName(c: NameContext, i: number, fromTitle = false): number {
  let k = i;
  while (k - i + 1 < MAX_NAME_WORDS) {
    const n = k + 1;
    const next = c.w(n);
    // A protected clinical term after the name is the next item ("PROVIDER STAVELLE GALILINI  XIIDRA"), not its last word.
    if (!next || !c.sameLine(n) || c.isFunction(n) || c.protectedTerm[n]) break;
    const gap = next.gapBefore;
    const prevInitial = c.isInitial(k);
    if (!(INLINE_GAP_RE.test(gap) || (prevInitial && INITIAL_GAP_RE.test(gap)))) break;
    if (c.w(k)!.end !== c.w(k)!.baseEnd) break; // "Smith's" ends the name
    const ok =
      c.isInitial(n) ||
      c.strongName(n) ||
      (c.isFirst(n) && c.capitalizedHere(n) && (c.strongFirst(k) || fromTitle)) ||
      (fromTitle && c.capitalizedHere(n) && !CLINICAL.has(next.lower) && !c.eponymPhrase[n]) ||
      // "MR. JOHN SMITH": after a title in an all-caps note, any listed name continues it.
      (fromTitle && c.mode === 'upper' && (c.isFirst(n) || c.isLast(n)) && !CLINICAL.has(next.lower) && !c.eponymPhrase[n]) ||
      (c.unknown(n) && (c.isFirst(k) || prevInitial || c.capitalizedHere(n))) ||
      (c.isLast(n) && !c.eponymPhrase[n] && (c.strongFirst(k) || prevInitial) && !c.isCommon(n)) ||
      (c.isLast(n) && c.strongFirst(k) && (c.mode !== 'mixed' || c.capitalizedHere(n))) ||
      // "V.G. Savage", "M. Hill": after an initial, a capitalised listed surname continues the name even if it is a word.
      (prevInitial && c.mode === 'mixed' && next.capitalized && c.isLast(n) && !c.eponymPhrase[n] && !c.protectedTerm[n]);
    if (!ok) break;
    k = n;
  }
  return k;
}

export function acceptAfterTitle(c: NameContext, j: number): boolean {
  const w = c.w(j);
  if (!w || !w.alpha || !c.sameLine(j)) return false;
  // A first name that is also a function word, capitalised between a title and a surname ("Dr. Per Sandberg", "Dr. May Chen").
  const title = c.w(j - 1)!;
  // "MR"/"MS" written without a period in capitals are as often mitral regurgitation or mental status.
  const ambiguous = AMBIGUOUS_TITLES.has(title.lower) && c.text.charAt(title.end) !== '.';
  // "mr I remained on same doses", "Ms. A was seen": a capital letter right after a title is the person's initial even where
  // it spells a pronoun or an article, unless the note is all capitals.
  if (c.mode !== 'upper' && w.lower.length === 1 && w.upper && !(ambiguous && title.upper)) return true;
  if (c.isFunction(j)) {
    // A listed surname that is also a function word, capitalised after an unambiguous title ("Ms. Said is 70").
    return c.mode === 'mixed' && w.capitalized && w.lower.length > 1 &&
      (capitalisedSurnameAfter(c, j) || (c.isLast(j) && !ambiguous && !c.eponymPhrase[j]));
  }
  if (c.isInitial(j) || w.lower.length === 1) return true;
  // A capitalised word after a title in mixed-case text is a name whatever lists it is in ("Mr. John Smith", "Dr. Art White").
  if (c.mode === 'mixed' && w.capitalized && !(ambiguous && title.upper)) return true;
  if (!c.isCommon(j)) return true;
  if (CLINICAL.has(w.lower) || (c.mode === 'mixed' && !c.capitalizedHere(j) && !c.lex.surnames.has(w.lower))) return false;
  // A lower-case "mr" in mixed-case text is a title typed quickly ("mr baker"); the capitals are the valve lesion. A
  // lower-case "ms" stays ambiguous: it is also morphine sulfate ("ms given for back pain").
  // "MR WOLF AWAITING PLACEMENT": a listed surname between the ambiguous title and a verb in -ing/-ed is a person; the
  // valve lesion is followed by its grade or a finding ("MR MILD", "MR SEEN ON ECHO"), never by a surname and a verb.
  if (ambiguous && c.isLast(j) && personVerbAfter(c, j)) return true;
  if (ambiguous && (title.upper || c.mode !== 'mixed' || title.lower !== 'mr')) return false;
  return c.isFirst(j) || c.isLast(j);
}

const PROGRESSIVE_OR_PAST_RE = /^[a-z]{3,}(?:ing|ed)$/;
/** Verbs that report a finding, not what a person does ("MR TRACE NOTED", "MR JET VISUALIZED"). */
const FINDING_VERBS: ReadonlySet<string> = new Set(['noted', 'seen', 'observed', 'visualized', 'visualised', 'demonstrated', 'identified', 'detected',
  'increased', 'decreased', 'improved', 'worsened', 'worsening', 'improving', 'unchanged', 'resolved', 'persisting', 'persisted', 'appreciated',
  'heard', 'documented', 'reported', 'estimated', 'measured', 'graded', 'present', 'increasing', 'decreasing', 'suspected', 'confirmed', 'noted']);

function personVerbAfter(c: NameContext, j: number): boolean {
  const n = c.w(j + 1);
  return n !== undefined && c.sameLine(j + 1) && /^[ \t\u00a0]$/.test(n.gapBefore) && n.alpha &&
    (c.is(j + 1, WORD_PERSON_VERB) || PROGRESSIVE_OR_PAST_RE.test(n.lower)) && !CLINICAL.has(n.lower) && !FINDING_VERBS.has(n.lower) &&
    !c.is(j, WORD_CLINICAL);
}

function capitalisedSurnameAfter(c: NameContext, j: number): boolean {
  const n = c.w(j + 1);
  return n !== undefined && c.sameLine(j + 1) && INLINE_GAP_RE.test(n.gapBefore) && n.capitalized && !c.isFunction(j + 1) &&
    (c.nameLike(j + 1) || c.isLast(j + 1));
}

export function acceptAfterRelative(c: NameContext, j: number): boolean {
  const w = c.w(j);
  if (!w || !w.alpha || c.isFunction(j) || !c.sameLine(j) || c.eponymPhrase[j]) return false;
  // "grandson Son in to visit": a relative noun capitalised mid-sentence after another is the relative's first name.
  if (RELATIVE_CUES.has(w.lower)) {
    const n = c.w(j + 1);
    return c.mode === 'mixed' && w.capitalized && c.isFirst(j) && !/[.\n:]/.test(w.gapBefore) &&
      (n === undefined || !c.sameLine(j + 1) || /[,;()]/.test(n.gapBefore) || (n.alpha && !n.capitalized && !n.upper));
  }
  // "Wife V.G. Savage", "husband, M. Hill": initials after a relative noun open a name when a capitalised word closes it.
  if (c.isInitial(j) && c.text.charAt(w.end) === '.') {
    let n = j + 1;
    while (n < c.words.length && n - j < 3 && c.isInitial(n) && c.sameLine(n)) n++;
    const last = c.w(n);
    return last !== undefined && c.sameLine(n) && last.alpha && last.lower.length > 1 && !c.isFunction(n) &&
      (c.mode === 'mixed' ? last.capitalized || last.upper : c.isLast(n) || c.unknown(n));
  }
  // "Son, Ed, was updated": a capitalised first name set off by commas, even if it is also an abbreviation.
  if (CLINICAL.has(w.lower)) {
    const n = c.w(j + 1);
    return c.mode === 'mixed' && w.capitalized && c.isFirst(j) && w.gapBefore.includes(',') && n !== undefined && n.gapBefore.startsWith(',');
  }
  if (c.isFirst(j) && !c.lex.common.has(w.lower)) return true;
  // Mixed-case text: a capitalised name that is also an adjective is a name mid-sentence ("son Young", "daughter Rose").
  if (c.isFirst(j) && c.mode === 'mixed' && w.capitalized && !w.gapBefore.includes('.')) return !VERBS_AFTER_RELATIVE.has(w.lower);
  if (c.isFirst(j) && (c.mode !== 'mixed' || c.capitalizedHere(j))) return !AMBIGUOUS_AFTER_RELATIVE.has(w.lower);
  if (c.strongName(j)) return true;
  if (!c.unknown(j)) return false;
  if (c.mode === 'mixed') return c.capitalizedHere(j);
  // All-caps/lower-case: an unknown word is a name only where the clause ends, a name follows ("DAUGHTER-KRISSY---301")
  // or a verb or function word goes on with the clause ("NEPHEW RASHAAD IS HCP", "son dmitri will call").
  const n = c.w(j + 1);
  return !n || /[,;:()\-\n]/.test(n.gapBefore) || c.nameLike(j + 1) || CREDENTIALS.has(n.lower) || LIST_JOINERS.has(n.lower) ||
    (CLAUSE_VERBS.has(n.lower) && c.sameLine(j + 1));
}

/** Everyday words that follow a relative noun far more often as words than as names ("son will", "wife may"). */
/** The verbs and particles among them: never a name after a relative noun, whatever the case ("Son Will call"). */
/** Verbs and auxiliaries that carry on a clause after its subject: the unknown word before them is a name. */
const CLAUSE_VERBS = new Set([
  'is', 'was', 'will', 'would', 'can', 'could', 'has', 'had', 'have', 'does', 'did', 'called', 'calls', 'visited', 'visits',
  'visiting', 'states', 'stated', 'says', 'said', 'wants', 'wishes', 'agrees', 'agreed', 'aware', 'updated', 'notified', 'present',
]);

export const VERBS_AFTER_RELATIVE = new Set(['will', 'may', 'said', 'see', 'sat', 'else', 'ok', 'so', 'an', 'in', 'is', 'do', 'lives', 'living', 'home', 'here', 'present']);
export const AMBIGUOUS_AFTER_RELATIVE = new Set([
  'will', 'may', 'said', 'see', 'see', 'young', 'love', 'long', 'major', 'sat', 'sun', 'else', 'ok', 'so', 'an', 'in', 'is', 'do',
  'lives', 'living', 'home', 'here', 'present', 'gray', 'grey', 'brown', 'white', 'black', 'green', 'young', 'little', 'small',
]);

export function isCredential(c: NameContext, i: number): boolean {
  const w = c.w(i)!;
  if (!c.is(i, WORD_CREDENTIAL) && w.lower !== 'r') return false;
  if (w.lower === 'r' && c.text.startsWith('.N.', w.end - (w.end - w.baseEnd))) return true;
  if (w.lower === 'r' && /^\.\s?n\b/i.test(c.text.slice(w.end, w.end + 4))) return true;
  // "Towson, MD 21204" is a state before a ZIP code, not a signature.
  if ((w.lower === 'md' || w.lower === 'ma' || w.lower === 'pa') && /^,?\s{1,2}\d{5}\b/.test(c.text.slice(w.end, w.end + 9))) return false;
  if (w.lower === 'pa' && /^\s*(?:pressures?|line|cath|catheter|systolic|diastolic|sats?|pressure|mean|wedge)\b/i.test(c.text.slice(w.end, w.end + 14))) return false;
  return CREDENTIALS.has(w.lower) && w.lower !== 'pt' && w.lower !== 'do' && w.lower !== 'ot';
}

export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let x = a; x <= b; x++) out.push(x);
  return out;
}

export const ABBREV_RE = /^[A-Z]{2,5}$/;
export const CLINICAL: ReadonlySet<string> = new Set(CLINICAL_ABBREVIATIONS);
