// Owns dictionary- and context-based detection of person names and places (hospitals, towns) over the
// token stream. Case is only a hint: nursing notes are often all upper or all lower case, so every rule
// works from word lists plus cues (titles, credentials, relatives, movement verbs) first.
import type { PhiType } from '../types';
import type { Emit } from './recognizer';
import {
  flagWords, WORD_CITY, WORD_CLINICAL, WORD_COMMON, WORD_CONTACT, WORD_CREDENTIAL, WORD_FIRST, WORD_FUNCTION, WORD_HEAD, WORD_HEADER,
  WORD_LAST, WORD_MAJOR_CITY, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE, type Lexicon, type NoteWords,
} from './lexicon';
import {
  AMBIGUOUS_TITLES, CUE_GAP_RE, INITIAL_GAP_RE, INLINE_GAP_RE, LIST_GAP_RE, LIST_JOINERS, MAX_NAME_WORDS, NameContext, NURSE_ROLES,
  PHONE_LABELS, STREET_OR_DIGIT_RE, TITLE_GAP_RE,
} from './nameContext';
import type { Word } from './tokens';
import { denyUnknownWords } from './deny/unknownWord';
import { detectInitials } from './names/initials';
import { detectNicknames } from './names/nickname';
import { detectParticleNames } from './names/particles';
import { detectFacilities } from './places/facilityGrammar';
import { detectTowns } from './places/townCue';
import { WordMarks } from './wordMarks';
import {
  CONTACT_CUES,
  CREDENTIALS,
  EPONYM_HEAD_NOUNS,
  FUNCTION_WORDS,
  CLINICAL_ABBREVIATIONS,
  GENERIC_PLACE_WORDS,
  HEADS_BEFORE_CENTER,
  INSTITUTION_HEADS,
  MOVEMENT_CUES,
  NAMED_HEADS,
  PERSON_TITLES,
  PERSON_VERBS,
  RELATIVE_CUES,
  ROLE_CUES,
  SAINT_NAMES,
  US_STATES,
  INSTITUTION_PHRASES,
  INSTITUTION_NAME_WORDS,
  UNIT_AFTER_PLACE,
  EMPLOYER_CUES,
  TITLES_NOT_AFTER_NUMBER,
  COUNTRIES,
} from './vocab';
import { clinicalByForm } from './deny/allowList';



/** Extends a name that starts at `i` over following initials, first names and surnames on the same line. */
function extendName(c: NameContext, i: number, fromTitle = false): number {
  let k = i;
  while (k - i + 1 < MAX_NAME_WORDS) {
    const n = k + 1;
    const next = c.w(n);
    if (!next || !c.sameLine(n) || c.isFunction(n)) break;
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
      (c.isLast(n) && c.strongFirst(k) && (c.mode !== 'mixed' || c.capitalizedHere(n)));
    if (!ok) break;
    k = n;
  }
  return k;
}

function acceptAfterTitle(c: NameContext, j: number): boolean {
  const w = c.w(j);
  if (!w || !w.alpha || c.isFunction(j) || !c.sameLine(j)) return false;
  if (c.isInitial(j) || w.lower.length === 1) return true;
  const title = c.w(j - 1)!;
  // "MR"/"MS" written without a period in capitals are as often mitral regurgitation or mental status.
  const ambiguous = AMBIGUOUS_TITLES.has(title.lower) && c.text.charAt(title.end) !== '.';
  // A capitalised word after a title in mixed-case text is a name whatever lists it is in ("Mr. John Smith", "Dr. Art White").
  if (c.mode === 'mixed' && w.capitalized && !(ambiguous && title.upper)) return true;
  if (!c.isCommon(j)) return true;
  if (CLINICAL.has(w.lower) || (c.mode === 'mixed' && !c.capitalizedHere(j) && !c.lex.surnames.has(w.lower))) return false;
  if (ambiguous) return false;
  return c.isFirst(j) || c.isLast(j);
}

function acceptAfterRelative(c: NameContext, j: number): boolean {
  const w = c.w(j);
  if (!w || !w.alpha || c.isFunction(j) || !c.sameLine(j) || c.eponymPhrase[j]) return false;
  if (RELATIVE_CUES.has(w.lower)) return false;
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
  // All-caps/lower-case: an unknown word is a name only where the clause ends or a name follows ("DAUGHTER-KRISSY---301").
  const n = c.w(j + 1);
  return !n || /[,;:()\-\n]/.test(n.gapBefore) || c.nameLike(j + 1) || CREDENTIALS.has(n.lower) || LIST_JOINERS.has(n.lower);
}

/** Everyday words that follow a relative noun far more often as words than as names ("son will", "wife may"). */
/** The verbs and particles among them: never a name after a relative noun, whatever the case ("Son Will call"). */
const VERBS_AFTER_RELATIVE = new Set(['will', 'may', 'said', 'see', 'sat', 'else', 'ok', 'so', 'an', 'in', 'is', 'do', 'lives', 'living', 'home', 'here', 'present']);
const AMBIGUOUS_AFTER_RELATIVE = new Set([
  'will', 'may', 'said', 'see', 'see', 'young', 'love', 'long', 'major', 'sat', 'sun', 'else', 'ok', 'so', 'an', 'in', 'is', 'do',
  'lives', 'living', 'home', 'here', 'present', 'gray', 'grey', 'brown', 'white', 'black', 'green', 'young', 'little', 'small',
]);

export function detectNamesAndPlaces(text: string, words: readonly Word[], lex: Lexicon, emitOut: Emit, noteWords?: NoteWords): void {
  const c = new NameContext(text, words, lex, noteWords);
  // The cue rules below report into `found` too, so the grammar units and the default-deny pass read their results.
  const found: { start: number; end: number; type: PhiType }[] = [];
  const emit: Emit = (start, end, type, recognizer) => {
    found.push({ start, end, type });
    emitOut(start, end, type, recognizer);
  };
  const nameSpans: { i: number; k: number; fromTitle: boolean; recognizer: string }[] = [];
  const taken = new Uint8Array(words.length);

  const addName = (i: number, k: number, fromTitle: boolean, recognizer: string): void => {
    for (let x = i; x <= k; x++) taken[x] = 1;
    nameSpans.push({ i, k, fromTitle, recognizer });
    // Lists after a name: "Drs Ferullo and Saeed", "Sons Smokey, Morris and Roger".
    let last = k;
    for (;;) {
      let n = last + 1;
      const nw = c.w(n);
      if (!nw || !c.sameLine(n)) break;
      if (LIST_JOINERS.has(nw.lower) && INLINE_GAP_RE.test(nw.gapBefore.replace(',', ''))) n++;
      else if (!LIST_GAP_RE.test(nw.gapBefore)) break;
      const cand = c.w(n);
      if (!cand || !c.sameLine(n)) break;
      if (PERSON_TITLES.has(cand.lower)) break; // the title rule takes it from here
      const ok =
        !c.isFunction(n) &&
        cand.alpha &&
        (c.strongName(n) || (fromTitle && c.unknown(n)) || (c.dottedInitial(n) && cand.lower !== 'l' && cand.lower !== 'r' && c.nameLike(n + 1) && (c.mode !== 'mixed' || c.capitalizedHere(n + 1) || c.isLast(n + 1))) ||
          (c.isFirst(n) && !AMBIGUOUS_AFTER_RELATIVE.has(cand.lower) && (c.capitalizedHere(n) || c.mode === 'upper')));
      if (!ok) break;
      const e = extendName(c, n);
      for (let x = n; x <= e; x++) taken[x] = 1;
      nameSpans.push({ i: n, k: e, fromTitle, recognizer: 'name.list' });
      last = e;
    }
  };

  const CUE_BITS = WORD_HEADER | WORD_TITLE | WORD_ROLE | WORD_RELATIVE;
  for (let i = 0; i < words.length; i++) {
    if (!c.is(i, CUE_BITS)) continue;
    const w = words[i];
    const next = words[i + 1];
    // Form headers: "Patient: Jane Doe", "Name: DOE, JANE", "Pt name: ...".
    if (c.is(i, WORD_HEADER) && next && c.sameLine(i + 1) && /^\s*:\s*$/.test(next.gapBefore)) {
      let k = i;
      for (let n = i + 1; n < words.length && n - i <= MAX_NAME_WORDS && c.sameLine(n); n++) {
        const cand = words[n];
        if (n > i + 1 && !/^(?:[ \t\u00a0]*|,[ \t\u00a0]*|\.[ \t\u00a0]*|-)$/.test(cand.gapBefore)) break;
        if (!cand.alpha || c.isFunction(n) && !c.isInitial(n) || CLINICAL.has(cand.lower)) break;
        if (!(c.nameLike(n) || c.isFirst(n) || c.isLast(n) || c.isInitial(n) || c.capitalizedHere(n) || c.mode === 'upper')) break;
        k = n;
      }
      if (k > i) {
        addName(i + 1, k, false, 'name.form-header');
        i = k;
        continue;
      }
    }
    // Titles: "Dr. Vasquez", "MR. EDWIN PRZYBYLO", "dr.ayoub".
    if (c.is(i, WORD_TITLE) && next && TITLE_GAP_RE.test(next.gapBefore) && acceptAfterTitle(c, i + 1) &&
      !(TITLES_NOT_AFTER_NUMBER.has(w.lower) && i > 0 && words[i - 1].hasDigit)) {
      const k = extendName(c, i + 1, true);
      addName(i + 1, k, true, 'name.title');
      i = k;
      continue;
    }
    // Roles: "NP Carol", "caseworker Leona Labowich", "per md Saeed".
    if (c.is(i, WORD_ROLE) && next && TITLE_GAP_RE.test(next.gapBefore) && c.sameLine(i + 1) && !c.isFunction(i + 1)) {
      const j = i + 1;
      if (c.strongFirst(j) || (NURSE_ROLES.has(w.lower) && c.isFirst(j) && !AMBIGUOUS_AFTER_RELATIVE.has(next.lower) && (c.mode !== 'mixed' || c.capitalizedHere(j))) ||
        (c.nameLike(j) && (c.mode !== 'mixed' || c.capitalizedHere(j))) || c.isInitial(j)) {
        const k = extendName(c, j);
        addName(j, k, true, 'name.role');
        i = k;
        continue;
      }
    }
    // Relatives: "daughter Veronica", "SISTER,CARROLL ANNE", "son: Vladimir Erickson", "wife(?) Joellen".
    if (c.is(i, WORD_RELATIVE) && next && c.sameLine(i + 1)) {
      let j = i + 1;
      if (CUE_GAP_RE.test(words[j].gapBefore)) {
        if (words[j].lower === 'is' || words[j].lower === 'named') j++;
        if (words[j] && (words[j].lower === 'name' && words[j + 1]?.lower === 'is')) j += 2;
        if (words[j]?.lower === 'in' && words[j + 1]?.lower === 'law' && words[j].gapBefore === '-') j += 2;
        if (RELATIVE_CUES.has(words[j]?.lower ?? '')) j++;
        if (words[j] && CUE_GAP_RE.test(words[j].gapBefore) && acceptAfterRelative(c, j)) {
          const k = extendName(c, j);
          addName(j, k, false, 'name.relative');
          i = k;
          continue;
        }
      }
    }
  }

  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const w = words[i];
    // Signatures and credentials: "Marie Munroe, RN", "Q. LANDER RRT", "Stord-Painter MD".
    if (isCredential(c, i) && i > 0 && c.sameLine(i) && /^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(w.gapBefore)) {
      let s = i - 1;
      const p = s;
      const ok =
        !c.isFunction(p) && words[p].alpha &&
        (c.strongName(p) || (c.unknown(p) && (c.isFirst(p - 1) || c.isInitial(p - 1) || c.capitalizedHere(p) || c.mode === 'upper')) ||
          (c.isLast(p) && (c.strongFirst(p - 1) || c.isInitial(p - 1)) && c.sameLine(p)) ||
          (words[p].gapBefore === '-' && c.nameLike(p - 1)));
      if (ok) {
        while (s - 1 >= 0 && p - s + 1 < MAX_NAME_WORDS && c.sameLine(s)) {
          const q = s - 1;
          const gap = words[s].gapBefore;
          const qInitial = c.isInitial(q);
          if (!(INLINE_GAP_RE.test(gap) || (qInitial && INITIAL_GAP_RE.test(gap)))) break;
          if (c.isFunction(q) || !words[q].alpha) break;
          if (qInitial || c.strongName(q) ||
            (c.isFirst(q) && !FUNCTION_WORDS.has(words[q].lower) && !AMBIGUOUS_AFTER_RELATIVE.has(words[q].lower) && !c.eponymPhrase[q] &&
              (c.mode !== 'mixed' || c.capitalizedHere(q))) ||
            (c.unknown(q) && s === p && c.strongName(p) && (c.mode === 'upper' || c.capitalizedHere(q))) ||
            (words[s].gapBefore === '-' && c.nameLike(q))) s = q;
          else break;
        }
        addName(s, p, false, 'name.credential');
        continue;
      }
    }
  }

  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const w = words[i];
    // Contact verbs and prepositions: "spoke with Helen", "page Suzette", "Reported to D. Phyl".
    if (c.is(i, WORD_CONTACT) && words[i + 1] && c.sameLine(i + 1) && INLINE_GAP_RE.test(words[i + 1].gapBefore)) {
      const j = i + 1;
      const pairNext = words[j + 1] !== undefined && c.sameLine(j + 1) &&
        (INLINE_GAP_RE.test(words[j + 1].gapBefore) || (c.isInitial(j) && INITIAL_GAP_RE.test(words[j + 1].gapBefore))) &&
        (c.nameLike(j + 1) || c.isLast(j + 1)) && !c.isFunction(j + 1);
      if (!taken[j] && (c.strongFirst(j) || (c.isInitial(j) && pairNext) ||
        (c.isFirst(j) && !c.isFunction(j) && !AMBIGUOUS_AFTER_RELATIVE.has(words[j].lower) && pairNext && c.nameLike(j + 1)))) {
        const k = extendName(c, j);
        addName(j, k, false, 'name.contact');
        i = k;
        continue;
      }
    }
    // A name followed by a person verb: "bill called", "George visited".
    const nx = words[i + 1];
    if (nx && c.is(i + 1, WORD_PERSON_VERB) && c.sameLine(i + 1) && INLINE_GAP_RE.test(nx.gapBefore.replace(',', '')) &&
      !RELATIVE_CUES.has(w.lower) && !CLINICAL.has(w.lower) &&
      ((c.isFirst(i) && !c.isFunction(i) && !AMBIGUOUS_AFTER_RELATIVE.has(w.lower) && !c.eponymPhrase[i] &&
        (c.mode !== 'mixed' || c.capitalizedHere(i) || !c.isCommon(i))) || (c.strongName(i) && c.capitalizedHere(i)))) {
      const prev = words[i - 1];
      if (!prev || !c.sameLine(i) || /[:;,.\-(]/.test(w.gapBefore) || LIST_JOINERS.has(prev.lower) || RELATIVE_CUES.has(prev.lower) ||
        c.is(i - 1, WORD_ROLE)) {
        addName(i, i, false, 'name.person-verb');
        continue;
      }
    }
    // An initial and a surname anywhere: "W. MAROTTA AWARE", "(d. renna and j. o'brien)".
    // Not after "/" or "." ("u/o.", "a.m."), not L./R. (laterality), and the surname must look like one.
    if (c.dottedInitial(i) && c.sameLine(i + 1) && !c.isCommon(i + 1) && c.nameLike(i + 1) && !c.eponymPhrase[i + 1] &&
      !/[\/.=]$/.test(w.gapBefore) && !(i > 0 && w.gapBefore === '' ) && w.lower !== 'l' && w.lower !== 'r' &&
      (c.isLast(i + 1) || c.capitalizedHere(i + 1))) {
      const k = extendName(c, i);
      addName(i, k, false, 'name.initials');
      i = k;
      continue;
    }
    // First name + surname pair anywhere: "Gerry Masci arrived", "Carole Hayes".
    if (c.strongFirst(i) && words[i + 1] && c.sameLine(i + 1) && INLINE_GAP_RE.test(words[i + 1].gapBefore) &&
      !c.isFunction(i + 1) && (c.strongName(i + 1) || (c.unknown(i + 1) && (c.mode !== 'mixed' || c.capitalizedHere(i + 1))))) {
      const k = extendName(c, i);
      addName(i, k, false, 'name.first-last');
      i = k;
      continue;
    }
    // An uncommon first name alone ("Suzette", "Thelma") is a name in any case.
    if (c.strongFirst(i) && w.lower.length > 2 && !US_STATES.has(w.lower) && !(i > 0 && (words[i - 1].lower === 'st' || words[i - 1].lower === 'saint'))) {
      const k = extendName(c, i);
      addName(i, k, false, 'name.first-name');
      i = k;
      continue;
    }
    // Names before a bracketed relation: "Hank Przybylo (son)".
    if (nx && c.is(i + 1, WORD_RELATIVE) && /^[ \t\u00a0]*\([ \t\u00a0]*$/.test(nx.gapBefore) && c.sameLine(i + 1) && w.alpha &&
      !c.isFunction(i) && (c.nameLike(i) || c.isFirst(i) || c.isLast(i)) && (c.mode !== 'mixed' || c.capitalizedHere(i))) {
      let s0 = i;
      while (s0 - 1 >= 0 && i - s0 < 2 && c.sameLine(s0) && INLINE_GAP_RE.test(words[s0].gapBefore) && words[s0 - 1].alpha &&
        !c.isFunction(s0 - 1) && (c.nameLike(s0 - 1) || c.isFirst(s0 - 1) || c.isInitial(s0 - 1)) &&
        (c.mode !== 'mixed' || c.capitalizedHere(s0 - 1) || c.isInitial(s0 - 1))) s0--;
      addName(s0, i, false, 'name.bracketed-relative');
      continue;
    }
    // A surname before "family": "keep the ROMERO FAMILY aware".
    if (nx && nx.lower === 'family' && c.sameLine(i + 1) && INLINE_GAP_RE.test(nx.gapBefore) && c.isLast(i) && !c.isCommon(i) &&
      !c.eponymPhrase[i] && (c.mode !== 'mixed' || c.capitalizedHere(i))) {
      addName(i, i, false, 'name.family');
      continue;
    }
    // Two capitalised name-like words before a phone label: "Jorunn Pexley cell# ...".
    if (c.mode === 'mixed' && w.capitalized && nx && nx.capitalized && c.sameLine(i + 1) && INLINE_GAP_RE.test(nx.gapBefore) &&
      (c.nameLike(i) || c.isFirst(i)) && c.nameLike(i + 1) && PHONE_LABELS.has(words[i + 2]?.lower ?? '')) {
      addName(i, i + 1, false, 'name.before-phone');
      i++;
      continue;
    }
  }

  for (const s of nameSpans) emit(words[s.i].start, words[s.k].baseEnd, 'NAME', s.recognizer);

  detectPlaces(c, taken, emit);

  // Whatever was found once is PHI everywhere in the note ("Dr. Nicholson" ... "Nicholson aware").
  propagate(c, nameSpans.flatMap((s) => range(s.i, s.k)), 'NAME', emit);

  runGrammarUnits(c, WordMarks.fromSpans(words, found, emitOut), emitOut);
}

/**
 * The name and place units that read what the cue rules found, in order: each only takes words still free.
 * The default-deny pass runs last, so every grammar unit has had its chance to type a word first.
 */
const GRAMMAR_UNITS: readonly { name: string; run: (c: NameContext, marks: WordMarks) => void }[] = [
  { name: 'name.particle', run: detectParticleNames },
  { name: 'name.nickname', run: detectNicknames },
  { name: 'facility.grammar', run: detectFacilities },
  { name: 'location.town-cue', run: detectTowns },
  { name: 'deny.unknown-word', run: denyUnknownWords },
  { name: 'name.initials', run: detectInitials },
];

function runGrammarUnits(c: NameContext, marks: WordMarks, emit: Emit): void {
  const before = marks.kind.slice();
  for (const unit of GRAMMAR_UNITS) unit.run(c, marks);
  // Words these units found are PHI everywhere in the note, like the cue rules' ("Marchetti called" ... "Marchetti aware").
  const names: number[] = [];
  const places: number[] = [];
  for (let i = 0; i < before.length; i++) {
    if (before[i] === marks.kind[i]) continue;
    if (marks.isName(i)) names.push(i);
    else if (marks.isPlace(i)) places.push(i);
  }
  const taken = new Uint8Array(marks.kind.length);
  for (let i = 0; i < taken.length; i++) taken[i] = marks.kind[i] === 0 ? 0 : 1;
  if (names.length) propagate(c, names, 'NAME', emit, taken);
  if (places.length) propagate(c, places, 'LOCATION', emit, taken);
}

function isCredential(c: NameContext, i: number): boolean {
  const w = c.w(i)!;
  if (!c.is(i, WORD_CREDENTIAL) && w.lower !== 'r') return false;
  if (w.lower === 'r' && c.text.startsWith('.N.', w.end - (w.end - w.baseEnd))) return true;
  if (w.lower === 'r' && /^\.\s?n\b/i.test(c.text.slice(w.end, w.end + 4))) return true;
  // "Towson, MD 21204" is a state before a ZIP code, not a signature.
  if (w.lower === 'md' && /^,?\s{1,2}\d{5}\b/.test(c.text.slice(w.end, w.end + 9))) return false;
  if (w.lower === 'pa' && /^\s*(?:pressures?|line|cath|catheter|systolic|diastolic|sats?|pressure|mean|wedge)\b/i.test(c.text.slice(w.end, w.end + 14))) return false;
  return CREDENTIALS.has(w.lower) && w.lower !== 'pt' && w.lower !== 'do' && w.lower !== 'ot';
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let x = a; x <= b; x++) out.push(x);
  return out;
}

const ABBREV_RE = /^[A-Z]{2,5}$/;
const CLINICAL: ReadonlySet<string> = new Set(CLINICAL_ABBREVIATIONS);

const PLAIN_PLACE_PREPS = new Set(['to', 'from', 'at', 'in', 'of', 'near', 'into']);
const MOVEMENT_PREPS = new Set(['to', 'from', 'at', 'into', 'in', 'by', 'near', 'via']);
/** Words after a place-looking abbreviation that show it is a clinical service, not an institution. */
const SERVICE_WORDS = new Set(['service', 'services', 'team', 'fellow', 'consult', 'surgeon', 'resident', 'attending', 'md', 'physician', 'doctor', 'staff', 'diet', 'officer', 'call', 'lab', 'unit']);
const CENTER_WORDS = new Set(['center', 'centre', 'ctr']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'our', 'your', 'my', 'to', 'from', 'at', 'in', 'of']);
/** Every list and cue class a word can be in: a word with none of them is unknown to the lexicon. */
const LISTED_BITS = 0xffff;
const AREA_WORDS = new Set(['area', 'county', 'vicinity', 'region', 'township']);
const WARD_FOLLOWERS = new Set(['rn', 'rns', 'nurse', 'nurses', 'team', 'staff', 'unit', 'floor', 'this', 'today', 'tomorrow', 'tonight', 'bed', 'tele', 'telemetry', 'when', 'once']);
const INSTITUTION_CUE_PREPS = new Set(['to', 'from', 'at', 'into']);
const STATE_CODES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '));
/** Generic nouns that close a facility name after its head ("... Health System", "... Nursing Home"). */
const HEAD_TAILS = new Set(['system', 'systems', 'network', 'home', 'hospital', 'hosp', 'clinic', 'center', 'centre', 'campus']);
const INSTITUTION_PHRASE_SET: ReadonlySet<string> = new Set(INSTITUTION_PHRASES);
const PHRASE_STARTS: ReadonlySet<string> = new Set(INSTITUTION_PHRASES.map((p) => p.split(' ')[0]));
const UNIT_AFTER_CODE = new Set(['er', 'ew', 'ed', 'micu', 'ccu', 'icu', 'sicu', 'cath', 'for', 'via', 'with', 'w', 'on', 'at', 'in', 'from', 'and', 'by']);

function isHeadAt(c: NameContext, i: number): boolean {
  if (!c.is(i, WORD_HEAD)) return false;
  const l = c.w(i)!.lower;
  if (INSTITUTION_HEADS.has(l) || NAMED_HEADS.has(l)) return true;
  return HEADS_BEFORE_CENTER.has(l) && CENTER_WORDS.has(c.w(i + 1)?.lower ?? '');
}

function detectPlaces(c: NameContext, taken: Uint8Array, emit: Emit): void {
  const { words } = c;
  const found: number[] = [];
  const isFound = new Uint8Array(words.length);
  const mark = (a: number, b: number, recognizer: string, whole = false): void => {
    for (let x = a; x <= b; x++) {
      taken[x] = 1;
      isFound[x] = 1;
      found.push(x);
    }
    emit(words[a].start, whole ? words[b].end : words[b].baseEnd, 'LOCATION', recognizer);
  };
  const markWhole = (a: number, b: number, recognizer: string): void => mark(a, b, recognizer, true);

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Institution heads: "CALVERT HOSPITAL", "sacred heart hospital", "Laurel Regional", "Keeley House".
    if (isHeadAt(c, i) && i > 0) {
      let head = i;
      let s = i;
      while (s - 1 >= 0 && head - s < 3 && c.sameLine(s) && INLINE_GAP_RE.test(words[s].gapBefore)) {
        const q = s - 1;
        if (taken[q] && !isFound[q]) break;
        if (isHeadAt(c, q) && s === head && !NAMED_HEADS.has(words[q].lower)) {
          head = q;
          s = q;
          continue;
        }
        // "admitted from MD Hospital": a capitalised code right after a place cue names the hospital even if it is an abbreviation.
        if (s === head && words[q].upper && words[q].lower.length <= 4 && words[head].lower.startsWith('hosp') && q > 0 &&
          (PLAIN_PLACE_PREPS.has(words[q - 1].lower) || c.is(q - 1, WORD_MOVEMENT)) && !GENERIC_PLACE_WORDS.has(words[q].lower) &&
          !DETERMINERS.has(words[q].lower) && (CLINICAL.has(words[q].lower) || !c.isCommon(q))) {
          s = q;
          break;
        }
        if (!placeNameWordOk(c, q, c.capitalizedHere(head) && (NAMED_HEADS.has(words[head].lower) || words[head].lower.startsWith('hosp')))) break;
        s = q;
      }
      const hw = words[head].lower;
      const named = NAMED_HEADS.has(hw);
      if (s < head && SERVICE_WORDS.has(c.w(i + 1)?.lower ?? '')) continue; // "HOUSE STAFF", "House Diet"
      if (s < head && c.mode !== 'mixed') {
        let strong = false;
        for (let x = s; x < head; x++) if (!c.isCommon(x)) strong = true;
        const strongHead = hw.startsWith('hosp');
        const afterPrep = s > 0 && PLAIN_PLACE_PREPS.has(words[s - 1].lower);
        if (!strong && !(strongHead && head - s >= 2) && !(strongHead && words[head - 1].lower === 'general') &&
          !((strongHead || named) && afterPrep)) continue;
      }
      // The whole facility name is PHI, generic nouns included ("Lakeview Family Clinic", "Shady Pines Nursing Home").
      let headEnd = i;
      while (headEnd - i < 3) {
        const n = c.w(headEnd + 1);
        if (!n || !c.sameLine(headEnd + 1) || !INLINE_GAP_RE.test(n.gapBefore) || c.w(headEnd)!.end !== c.w(headEnd)!.baseEnd) break;
        if (!(isHeadAt(c, headEnd + 1) || CENTER_WORDS.has(n.lower) || HEAD_TAILS.has(n.lower))) break;
        headEnd++;
      }
      if (s < head) {
        mark(s, headEnd, 'facility.head');
        i = headEnd;
      }
      continue;
    }
    // Saints: "St. Mary's", "ST. AGNES", "St A." (the possessive is part of the name).
    if ((w.lower === 'st' || w.lower === 'saint') && words[i + 1] && c.sameLine(i + 1)) {
      const nx = words[i + 1];
      const dotted = c.text.charAt(w.end) === '.';
      const prevIsNum = i > 0 && STREET_OR_DIGIT_RE.test(words[i - 1].lower);
      const afterCue = i > 0 && (w.gapBefore.includes('@') || PLAIN_PLACE_PREPS.has(words[i - 1].lower) || c.is(i - 1, WORD_MOVEMENT));
      if (!prevIsNum && nx.alpha && (SAINT_NAMES.has(nx.lower) || ((dotted || afterCue) && (c.nameLike(i + 1) || c.isInitial(i + 1) ||
        (afterCue && nx.lower.length === 1 && nx.upper && c.text.charAt(nx.end) === '.'))))) {
        markWhole(i, i + 1, 'facility.saint');
        i++;
        continue;
      }
    }
    // Institution and region names made of ordinary words: "Holy Cross", "Sacred Heart", "the Eastern Shore".
    if (PHRASE_STARTS.has(w.lower)) {
      const n1 = words[i + 1];
      if (n1 && c.sameLine(i + 1) && INLINE_GAP_RE.test(n1.gapBefore)) {
        const two = w.lower + ' ' + n1.lower;
        const n2 = words[i + 2];
        if (INSTITUTION_PHRASE_SET.has(two)) {
          markWhole(i, i + 1, 'facility.phrase');
          i++;
          continue;
        }
        if (n2 && c.sameLine(i + 2) && INLINE_GAP_RE.test(n2.gapBefore) && INSTITUTION_PHRASE_SET.has(two + ' ' + n2.lower)) {
          markWhole(i, i + 2, 'facility.phrase');
          i += 2;
          continue;
        }
      }
    }
    // "U Maryland", "University of Maryland", "Univ. of Iowa": the university (and its hospital) is a place.
    if ((w.lower === 'u' || w.lower === 'univ' || w.lower === 'university') && words[i + 1] && c.sameLine(i + 1)) {
      let j = i + 1;
      if (words[j].lower === 'of') j++;
      const t = words[j];
      if (t && c.sameLine(j) && t.alpha && INLINE_GAP_RE.test(words[i + 1].gapBefore) && INLINE_GAP_RE.test(t.gapBefore) &&
        (US_STATES.has(t.lower) || (c.isCity(j) && !c.eponymPhrase[j] && !c.lex.eponyms.has(t.lower))) &&
        (c.mode !== 'mixed' || t.capitalized || t.upper) && (w.lower !== 'u' || w.upper)) {
        mark(i, j, 'facility.university');
        i = j;
        continue;
      }
    }
    // An institution code before a hospital unit: "GH EW", "BCH ER" (a clinical abbreviation or word never is one).
    if (!taken[i] && w.upper && w.alpha && w.lower.length >= 2 && w.lower.length <= 4 && !c.isCommon(i) && !c.isFirst(i) &&
      words[i + 1] && c.sameLine(i + 1) && INLINE_GAP_RE.test(words[i + 1].gapBefore) && UNIT_AFTER_PLACE.has(words[i + 1].lower)) {
      mark(i, i, 'facility.code-before-unit');
      continue;
    }
    // Employers: "CEO of IBM", "works at Acme Tool".
    if (EMPLOYER_CUES.has(w.lower) && words[i + 1] && c.sameLine(i + 1)) {
      let j = i + 1;
      if (['of', 'at', 'for', 'by', 'from', 'with'].includes(words[j].lower)) j++;
      let e = j - 1;
      while (e + 1 < words.length && e - j < 2 && c.sameLine(e + 1) && INLINE_GAP_RE.test(words[e + 1].gapBefore) &&
        words[e + 1].alpha && !c.isFunction(e + 1) && !CLINICAL.has(words[e + 1].lower) &&
        (c.mode !== 'mixed' || words[e + 1].capitalized || words[e + 1].upper)) e++;
      if (e >= j && j > i + 1) {
        mark(j, e, 'facility.employer');
        i = e;
        continue;
      }
    }
    // Movement and residence: "transferred to GH", "TRANS TO QUARTERMAIN 2", "lives in catonsville".
    if (c.is(i, WORD_MOVEMENT)) {
      let j = i + 1;
      if (words[j] && MOVEMENT_PREPS.has(words[j].lower)) j++;
      if (words[j] && words[j].lower === 'the') j++;
      if (words[j] && j - i <= 3 && c.sameLine(j) && !taken[j] && placeAfterCue(c, j, true)) {
        const e = extendPlace(c, j);
        mark(j, e, 'location.movement-cue');
        i = e;
        continue;
      }
    }
    // A major city is a place even where the census also has it as a surname ("BALTIMORE", "Boston").
    if (!taken[i] && c.is(i, WORD_MAJOR_CITY) && !c.isFirst(i) && !US_STATES.has(w.lower) &&
      (!c.isCommon(i) || (c.mode === 'mixed' && w.capitalized && i > 0 && PLAIN_PLACE_PREPS.has(words[i - 1].lower))) &&
      (c.mode !== 'mixed' || w.capitalized || w.upper)) {
      const e = extendPlace(c, i);
      mark(i, e, 'location.major-city');
      i = e;
      continue;
    }
    // A town before a state or "area"/"county": "towson maryland's", "Annapolis, MD", "the Edgemere area".
    if (!taken[i] && w.alpha && w.lower.length >= 4 && c.isCity(i) && !c.isCommon(i) && (c.mode !== 'mixed' || w.capitalized || w.upper)) {
      const e = extendPlace(c, i);
      const n = words[e + 1];
      if (n && c.sameLine(e + 1) && /^,?[ \t\u00a0]{0,2}$/.test(n.gapBefore) &&
        (US_STATES.has(n.lower) || AREA_WORDS.has(n.lower) || (STATE_CODES.has(c.text.slice(n.start, n.baseEnd)) && n.gapBefore.includes(',')))) {
        mark(i, e, 'location.town-state');
        i = e;
        continue;
      }
    }
    // A multi-word town written capitalised in mixed-case text: "San Diego", "Bel Air".
    if (!taken[i] && c.mode === 'mixed' && w.capitalized) {
      const e = extendPlace(c, i);
      if (e > i && words.slice(i, e + 1).every((x) => x.capitalized)) {
        mark(i, e, 'location.multiword-town');
        i = e;
        continue;
      }
    }
    // "in the Pinecrest area": a capitalised unknown word before "area"/"county" after a place word.
    if (!taken[i] && w.alpha && i > 0 && PLAIN_PLACE_PREPS.has(words[i - 1].lower) && c.unknown(i) && (c.mode !== 'mixed' || w.capitalized) &&
      AREA_WORDS.has(words[i + 1]?.lower ?? '') && c.sameLine(i + 1)) {
      mark(i, i, 'location.area');
      continue;
    }
    // A ward or building and its floor before a staff or time word: "Per Quartermain 3 RN", "plan: QUARTERMAIN 2 this am".
    if (!taken[i] && w.alpha && w.lower.length >= 5 && c.unknown(i) && (c.mode !== 'mixed' || w.capitalized || w.upper)) {
      const n = words[i + 1];
      const n2 = words[i + 2];
      if (n && /^\d$/.test(n.lower) && INLINE_GAP_RE.test(n.gapBefore) && c.sameLine(i + 1) && n2 && c.sameLine(i + 2) &&
        WARD_FOLLOWERS.has(n2.lower)) {
        mark(i, i, 'location.ward');
        continue;
      }
    }
    // "in DC", "Washington, D.C.".
    if (!taken[i] && w.lower === 'dc' && c.text.slice(w.start, w.baseEnd) === 'DC' && i > 0 &&
      (['in', 'from', 'near'].includes(words[i - 1].lower) || words[i - 1].lower === 'washington')) {
      mark(words[i - 1].lower === 'washington' ? i - 1 : i, i, 'location.dc');
      continue;
    }
    // A hospital's own name after a place cue: "transferred from Harbor", "accepted at Mercy".
    if (!taken[i] && INSTITUTION_NAME_WORDS.has(w.lower) && i > 0 && c.sameLine(i) &&
      (INSTITUTION_CUE_PREPS.has(words[i - 1].lower) || w.gapBefore.includes('@') || c.is(i - 1, WORD_MOVEMENT)) &&
      !SERVICE_WORDS.has(words[i + 1]?.lower ?? '')) {
      mark(i, i, 'facility.name-after-cue');
      continue;
    }
    // A town name that is no word and no person's name is a place wherever it stands ("Baltimore", "Towson").
    if (!taken[i] && w.alpha && w.lower.length >= 4 && lexCity(c, i) && !c.isCommon(i) && !c.isFirst(i) && !c.isLast(i) &&
      !US_STATES.has(w.lower) && (c.mode !== 'mixed' || c.capitalizedHere(i))) {
      const e = extendPlace(c, i);
      mark(i, e, 'location.known-town');
      i = e;
      continue;
    }
    // An institution code after to/at/from, closing the clause or before a unit: "AT GH,", "TO GH EW".
    if (['to', 'at', 'from', 'into', 'by'].includes(w.lower) && words[i + 1] && c.sameLine(i + 1) && !taken[i + 1]) {
      const j = i + 1;
      const raw = c.text.slice(words[j].start, words[j].baseEnd);
      const nx = words[j + 1];
      const closes = !nx || /[.,;:()\n]/.test(nx.gapBefore) || UNIT_AFTER_CODE.has(nx.lower);
      const code = (c.mode !== 'lower' && ABBREV_RE.test(raw) && raw.length <= 4) ||
        // "at gh." in a note that writes the code in lower case: two or three letters that are in no list at all.
        (/^[a-z]{2,3}$/.test(raw) && w.lower !== 'by' && !c.is(j, LISTED_BITS));
      if (code && !c.isCommon(j) && !c.isFirst(j) && closes) {
        mark(j, j, 'facility.code-after-prep');
        i = j;
        continue;
      }
    }
    // Prepositions alone: "in Hagerstown", "of Towson", "from Seattle" (known towns only).
    if (PLAIN_PLACE_PREPS.has(w.lower)) {
      const j = i + 1;
      if (words[j] && c.sameLine(j) && !taken[j] && placeAfterCue(c, j, false)) {
        const e = extendPlace(c, j);
        mark(j, e, 'location.prep-town');
        i = e;
        continue;
      }
    }
  }
  propagate(c, found, 'LOCATION', emit, taken);
}

/** A word that may be part of an institution's proper name, read right to left from its head. */
function placeNameWordOk(c: NameContext, q: number, headCapitalized: boolean): boolean {
  const w = c.w(q)!;
  const l = w.lower;
  // "Lakeview Family Clinic": a capitalised "Family" inside a facility name is part of it.
  const familyInName = l === 'family' && c.mode === 'mixed' && w.capitalized;
  if (!w.alpha || (FUNCTION_WORDS.has(l) && !familyInName) || MOVEMENT_CUES.has(l) || INSTITUTION_HEADS.has(l)) return false;
  if (c.mode === 'mixed' && (w.capitalized || w.upper) && !GENERIC_PLACE_WORDS.has(l)) return true;
  if (c.mode === 'mixed' && (w.capitalized || w.upper) && GENERIC_PLACE_WORDS.has(l)) return l === 'heart';
  if (c.mode === 'mixed' && !(headCapitalized && !CLINICAL.has(l) && (!GENERIC_PLACE_WORDS.has(l) || l === 'heart'))) return false;
  if (GENERIC_PLACE_WORDS.has(l) && l !== 'heart') return false;
  if (CLINICAL.has(l) && l !== 'heart') return false;
  return true;
}

function placeAfterCue(c: NameContext, j: number, strongCue: boolean): boolean {
  const w = c.w(j)!;
  const raw = c.text.slice(w.start, w.baseEnd);
  // A ward or building with its floor: "quartermain2", "QUARTERMAIN7".
  if (strongCue && /^\p{L}{4,}\d{1,2}$/u.test(raw) && !c.lex.common.has(raw.replace(/\d+$/, '').toLowerCase())) return true;
  if (!w.alpha || c.isFunction(j) || US_STATES.has(w.lower) || w.lower.length < 2) return false;
  // A country is above the Safe Harbor limit; a specialty or drug is clinical by its form ("referred to Otolaryngology").
  if (COUNTRIES.has(w.lower) || (!c.isCity(j) && clinicalByForm(w.lower))) return false;
  const nx1 = c.w(j + 1);
  // A multi-word town after a cue: "in San Diego", "TO BEL AIR".
  if (nx1 && c.sameLine(j + 1) && INLINE_GAP_RE.test(nx1.gapBefore) && c.lex.cities.has(w.lower + ' ' + nx1.lower) &&
    (c.mode !== 'mixed' || (w.capitalized && nx1.capitalized))) return true;
  const notCommon = !c.isCommon(j);
  if (!notCommon) return false;
  if (lexCity(c, j) && (c.mode !== 'mixed' || c.capitalizedHere(j))) return true;
  // A ward or building with its floor after a place word: "from quartermain 5".
  if (nx1 && /^\d$/.test(nx1.lower) && INLINE_GAP_RE.test(nx1.gapBefore) && c.sameLine(j + 1) && w.lower.length >= 4 &&
    (c.unknown(j) || (c.isLast(j) && !c.isFirst(j)))) return true;
  if (!strongCue) return false;
  // Capitalised words closed by a hospital unit: "sent to Warren Grant EW".
  for (let n = j; n <= j + 2; n++) {
    const x = c.w(n);
    const nn = c.w(n + 1);
    if (!x || !nn || !x.alpha || !c.sameLine(n + 1) || !INLINE_GAP_RE.test(nn.gapBefore) || c.isFunction(n)) break;
    if (c.mode === 'mixed' && !x.capitalized && !x.upper) break;
    if (UNIT_AFTER_PLACE.has(nn.lower) && n > j) return true;
  }
  // Short institution codes after a movement verb ("REFERRED TO GH", "seen by GBMC").
  const nx0 = c.w(j + 1);
  if (nx0 && SERVICE_WORDS.has(nx0.lower) && INLINE_GAP_RE.test(nx0.gapBefore)) return false;
  if ((ABBREV_RE.test(raw) || (c.mode === 'lower' && /^[a-z]{2,4}$/.test(raw))) && w.lower.length <= 5) return true;
  // A ward or building followed by a floor number: "Quartermain 2".
  const nx = c.w(j + 1);
  if (nx && /^\d{1,2}$/.test(nx.lower) && INLINE_GAP_RE.test(nx.gapBefore)) return true;
  const clauseEnd = !nx || /[.,;:()\n]/.test(nx.gapBefore);
  return (c.mode !== 'mixed' ? c.isLast(j) || (c.unknown(j) && clauseEnd) : c.capitalizedHere(j)) && !c.isFirst(j);
}

function lexCity(c: NameContext, j: number): boolean {
  return c.isCity(j);
}

/** First words of multi-word town names ("san" of "san diego"), per lexicon: most words start none. */
const cityPhraseStarts = new WeakMap<Lexicon, Set<string>>();
function phraseStartsOf(lex: Lexicon): Set<string> {
  let set = cityPhraseStarts.get(lex);
  if (!set) {
    set = new Set<string>();
    for (const city of lex.cities) {
      const sp = city.indexOf(' ');
      if (sp > 0) set.add(city.slice(0, sp));
    }
    cityPhraseStarts.set(lex, set);
  }
  return set;
}

function extendPlace(c: NameContext, j: number): number {
  let e = j;
  const first = c.w(j);
  if (!first || !phraseStartsOf(c.lex).has(first.lower)) return e;
  // Multi-word towns: "San Diego", "Bel Air", "Daytona Beach".
  let phrase = first.lower;
  for (let n = j + 1; n <= j + 2; n++) {
    const w = c.w(n);
    if (!w || !w.alpha || !c.sameLine(n) || !INLINE_GAP_RE.test(w.gapBefore)) break;
    phrase += ' ' + w.lower;
    if (c.lex.cities.has(phrase)) e = n;
  }
  return e;
}

/** Marks every other occurrence of a detected PHI word in the same note, unless it is a common word. */
function propagate(c: NameContext, idx: readonly number[], type: PhiType, emit: Emit, taken?: Uint8Array): void {
  const keys = new Set<string>();
  for (const i of idx) {
    const w = c.w(i)!;
    if (w.lower.length < 2 || c.isCommon(i) || !w.alpha) continue;
    if (type === 'NAME' && (c.isFirst(i) && !c.isLast(i)) && c.lex.common.has(w.lower)) continue;
    keys.add(w.lower);
  }
  if (keys.size === 0) return;
  c.words.forEach((w, i) => {
    if (!keys.has(w.lower) || (taken && taken[i]) || c.protectedTerm[i]) return;
    // Carry a leading initial along: "W. MAROTTA" once "MAROTTA" is known.
    const start = type === 'NAME' && i > 0 && c.dottedInitial(i - 1) ? c.w(i - 1)!.start : w.start;
    emit(start, w.baseEnd, type, `${type.toLowerCase()}.propagated`);
  });
}
