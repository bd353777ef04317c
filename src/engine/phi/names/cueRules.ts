// Owns the cue-driven name recognizers, each a named rule over the token stream: form headers, titles, roles,
// relatives, credentials after a name, contact verbs, person verbs, initials, first-name/surname pairs,
// bracketed relations, "<Surname> family" and names before a phone label. Rules run in passes (data below);
// the first rule that takes a word wins, and a name found by any of them continues over a list of names.
import {
  WORD_CONTACT, WORD_CREDENTIAL, WORD_FIRST, WORD_HEADER, WORD_LAST, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE,
} from '../lexicon';
import {
  CUE_GAP_RE, INITIAL_GAP_RE, INLINE_GAP_RE, LIST_GAP_RE, LIST_JOINERS, MAX_NAME_WORDS, type NameContext, NURSE_ROLES,
  PHONE_LABELS, TITLE_GAP_RE,
} from '../nameContext';
import { UNIT_PARTICLE } from '../unitWords';
import { ABBREVIATION_LETTERS } from './initials';
import { FUNCTION_WORDS, PERSON_TITLES, RELATIVE_CUES, TITLES_NOT_AFTER_NUMBER, US_STATES } from '../vocab';
import {
  acceptAfterRelative, acceptAfterTitle, AMBIGUOUS_AFTER_RELATIVE, CLINICAL, extendName, isCredential,
} from './nameShapes';

export interface NameSpan {
  i: number;
  k: number;
  fromTitle: boolean;
  recognizer: string;
}

/** Collects names by word index; every name found continues over a list of names after it ("Drs Ferullo and Saeed"). */
export class NameSink {
  readonly taken: Uint8Array;
  readonly spans: NameSpan[] = [];

  constructor(private readonly c: NameContext) {
    this.taken = new Uint8Array(c.words.length);
  }

  add(i: number, k: number, fromTitle: boolean, recognizer: string): void {
    const { c, taken } = this;
    for (let x = i; x <= k; x++) taken[x] = 1;
    this.spans.push({ i, k, fromTitle, recognizer });
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
        // After a plural title ("Doctors McTrussell, Shill, and El-Wright") a capitalised member of the list is a name.
        (c.strongName(n) || (fromTitle && c.unknown(n)) || (fromTitle && c.mode === 'mixed' && cand.capitalized && !c.protectedTerm[n] &&
          (!CLINICAL.has(cand.lower) || c.w(n + 1)?.gapBefore === '-') && (c.isLast(n) || c.isFirst(n) || !c.isCommon(n) || c.w(n + 1)?.gapBefore === '-')) || (c.dottedInitial(n) && cand.lower !== 'l' && cand.lower !== 'r' && c.nameLike(n + 1) && (c.mode !== 'mixed' || c.capitalizedHere(n + 1) || c.isLast(n + 1))) ||
          (c.isFirst(n) && !AMBIGUOUS_AFTER_RELATIVE.has(cand.lower) && (c.capitalizedHere(n) || c.mode === 'upper')));
      if (!ok) break;
      const e = extendName(c, n);
      for (let x = n; x <= e; x++) taken[x] = 1;
      this.spans.push({ i: n, k: e, fromTitle, recognizer: 'name.list' });
      last = e;
    }
  }
}

/** A rule looks at word i: -1 when it does not apply, else the index of the last word it consumed. */
export interface NameRule {
  name: string;
  at(c: NameContext, sink: NameSink, i: number): number;
}

const HEADER_GAP_RE = /^(?:[ \t\u00a0]*|,[ \t\u00a0]*|\.[ \t\u00a0]*|-)$/;

/** Form headers: "Patient: Jane Doe", "Name: DOE, JANE", "Pt name: ...". */
const formHeader: NameRule = {
  name: 'name.form-header',
  at(c, sink, i) {
    const next = c.w(i + 1);
    if (!c.is(i, WORD_HEADER) || !next || !c.sameLine(i + 1) || !/^\s*:\s*$/.test(next.gapBefore)) return -1;
    let k = i;
    for (let n = i + 1; n < c.words.length && n - i <= MAX_NAME_WORDS && c.sameLine(n); n++) {
      const cand = c.words[n];
      if (n > i + 1 && !HEADER_GAP_RE.test(cand.gapBefore)) break;
      // A particle joined to the surname by a hyphen stays inside the name even where it spells an abbreviation ("al-Mucci").
      const particleJoined = (c.unit[n] & UNIT_PARTICLE) !== 0 && c.w(n + 1)?.gapBefore === '-' && c.sameLine(n + 1);
      if (!cand.alpha || c.isFunction(n) && !c.isInitial(n) || (CLINICAL.has(cand.lower) && !particleJoined)) break;
      if (!(c.nameLike(n) || c.isFirst(n) || c.isLast(n) || c.isInitial(n) || c.capitalizedHere(n) || c.mode === 'upper')) break;
      k = n;
    }
    if (k === i) return -1;
    sink.add(i + 1, k, false, this.name);
    return k;
  },
};

/** Titles: "Dr. Vasquez", "MR. EDWIN PRZYBYLO", "dr.ayoub", "Fr Okonjo" (not "16 Fr Foley"). */
const title: NameRule = {
  name: 'name.title',
  at(c, sink, i) {
    const w = c.w(i)!;
    const next = c.w(i + 1);
    if (!c.is(i, WORD_TITLE) || !next || !TITLE_GAP_RE.test(next.gapBefore) || !acceptAfterTitle(c, i + 1)) return -1;
    if (TITLES_NOT_AFTER_NUMBER.has(w.lower) && i > 0 && c.words[i - 1].hasDigit) return -1;
    const k = extendName(c, i + 1, true);
    sink.add(i + 1, k, true, this.name);
    return k;
  },
};

/** Roles: "NP Carol", "caseworker Leona Labowich", "per md Saeed". */
const role: NameRule = {
  name: 'name.role',
  at(c, sink, i) {
    const w = c.w(i)!;
    const next = c.w(i + 1);
    if (!c.is(i, WORD_ROLE) || !next || !TITLE_GAP_RE.test(next.gapBefore) || !c.sameLine(i + 1) || c.isFunction(i + 1)) return -1;
    const j = i + 1;
    if (!(c.strongFirst(j) || (NURSE_ROLES.has(w.lower) && c.isFirst(j) && !AMBIGUOUS_AFTER_RELATIVE.has(next.lower) && (c.mode !== 'mixed' || c.capitalizedHere(j))) ||
      (c.nameLike(j) && (c.mode !== 'mixed' || c.capitalizedHere(j))) || c.isInitial(j))) return -1;
    const k = extendName(c, j);
    sink.add(j, k, true, this.name);
    return k;
  },
};

/** Relatives: "daughter Veronica", "SISTER,CARROLL ANNE", "son: Vladimir Erickson", "wife(?) Joellen". */
const relative: NameRule = {
  name: 'name.relative',
  at(c, sink, i) {
    const words = c.words;
    if (!c.is(i, WORD_RELATIVE) || !words[i + 1] || !c.sameLine(i + 1)) return -1;
    let j = i + 1;
    if (!CUE_GAP_RE.test(words[j].gapBefore)) return -1;
    if (words[j].lower === 'is' || words[j].lower === 'named') j++;
    if (words[j] && (words[j].lower === 'name' && words[j + 1]?.lower === 'is')) j += 2;
    if (words[j]?.lower === 'in' && words[j + 1]?.lower === 'law' && words[j].gapBefore === '-') j += 2;
    // "daughter-in-law", "grand son": a second relative noun is skipped, unless it is the relative's name ("grandson Son in to visit").
    if (RELATIVE_CUES.has(words[j]?.lower ?? '') && !acceptAfterRelative(c, j)) j++;
    if (!words[j] || !CUE_GAP_RE.test(words[j].gapBefore) || !acceptAfterRelative(c, j)) return -1;
    const k = extendName(c, j);
    sink.add(j, k, false, this.name);
    return k;
  },
};

/** Signatures and credentials: "Marie Munroe, RN", "Q. LANDER RRT", "Stord-Painter MD". */
const credential: NameRule = {
  name: 'name.credential',
  at(c, sink, i) {
    const words = c.words;
    const w = words[i];
    if (!isCredential(c, i) || i === 0 || !c.sameLine(i) || !/^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(w.gapBefore)) return -1;
    let s = i - 1;
    const p = s;
    // A signature line: a listed first name and surname alone on their line before the credential ("CORI NIX R.N."),
    // even where both are also words; only a date or a time may follow.
    const eol = c.text.indexOf('\n', w.end);
    const restOfLine = c.text.slice(w.end, eol < 0 ? c.text.length : eol);
    const signatureLine = p >= 1 && (p - 1 === 0 || !c.sameLine(p - 1)) && c.sameLine(p) && c.isFirst(p - 1) && c.isLast(p) &&
      !c.protectedTerm[p - 1] && !c.protectedTerm[p] && !CLINICAL.has(words[p - 1].lower) && !CLINICAL.has(words[p].lower) &&
      INLINE_GAP_RE.test(words[p].gapBefore) && /^(?:\.?[Nn]\.?)?[ \t.,]*[\d\/:.\- \t]*$/.test(restOfLine);
    const ok = signatureLine ||
      !c.isFunction(p) && words[p].alpha &&
      (c.strongName(p) || (c.unknown(p) && (c.isFirst(p - 1) || c.isInitial(p - 1) || c.capitalizedHere(p) || c.mode === 'upper')) ||
        (c.isLast(p) && (c.strongFirst(p - 1) || c.isInitial(p - 1)) && c.sameLine(p)) ||
        (words[p].gapBefore === '-' && c.nameLike(p - 1)));
    if (!ok) return -1;
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
    sink.add(s, p, false, this.name);
    return i;
  },
};

/** Contact verbs and prepositions: "spoke with Helen", "page Suzette", "Reported to D. Phyl". */
const contact: NameRule = {
  name: 'name.contact',
  at(c, sink, i) {
    const words = c.words;
    if (!c.is(i, WORD_CONTACT) || !words[i + 1] || !c.sameLine(i + 1) || !INLINE_GAP_RE.test(words[i + 1].gapBefore)) return -1;
    const j = i + 1;
    const pairNext = words[j + 1] !== undefined && c.sameLine(j + 1) &&
      (INLINE_GAP_RE.test(words[j + 1].gapBefore) || (c.isInitial(j) && INITIAL_GAP_RE.test(words[j + 1].gapBefore))) &&
      (c.nameLike(j + 1) || c.isLast(j + 1)) && !c.isFunction(j + 1);
    // "NOTIFIED BRELENKO, GUY", "paged Adloini, Vera re HR": surname first, a comma, a listed first name, then the clause goes on.
    const after = words[j + 1];
    if (!sink.taken[j] && c.nameLike(j) && after !== undefined && c.sameLine(j + 1) && /^,[ \t\u00a0]?$/.test(after.gapBefore) &&
      c.isFirst(j + 1) && !c.isFunction(j + 1) && !CLINICAL.has(after.lower) && (c.mode !== 'mixed' || (c.capitalizedHere(j) && c.capitalizedHere(j + 1)))) {
      const tail = words[j + 2];
      if (!tail || !c.sameLine(j + 2) || /[.,;:)]/.test(tail.gapBefore) || c.isInitial(j + 2) || tail.lower === 're' || tail.lower === 'regarding' || tail.lower === 'about') {
        const k = c.isInitial(j + 2) && c.sameLine(j + 2) ? j + 2 : j + 1;
        sink.add(j, k, false, this.name);
        return k;
      }
    }
    if (sink.taken[j] || !(c.strongFirst(j) || (c.isInitial(j) && pairNext) ||
      (c.isFirst(j) && !c.isFunction(j) && !AMBIGUOUS_AFTER_RELATIVE.has(words[j].lower) && pairNext && c.nameLike(j + 1)))) return -1;
    const k = extendName(c, j);
    sink.add(j, k, false, this.name);
    return k;
  },
};

/** A name followed by a person verb: "bill called", "George visited". */
const personVerb: NameRule = {
  name: 'name.person-verb',
  at(c, sink, i) {
    const words = c.words;
    const w = words[i];
    const nx = words[i + 1];
    if (!(nx && c.is(i + 1, WORD_PERSON_VERB) && c.sameLine(i + 1) && INLINE_GAP_RE.test(nx.gapBefore.replace(',', '')) &&
      !RELATIVE_CUES.has(w.lower) && !CLINICAL.has(w.lower) &&
      ((c.isFirst(i) && !c.isFunction(i) && !AMBIGUOUS_AFTER_RELATIVE.has(w.lower) && !c.eponymPhrase[i] &&
        (c.mode !== 'mixed' || c.capitalizedHere(i) || !c.isCommon(i))) || (c.strongName(i) && c.capitalizedHere(i))))) return -1;
    const prev = words[i - 1];
    if (!(!prev || !c.sameLine(i) || /[:;,.\-(]/.test(w.gapBefore) || LIST_JOINERS.has(prev.lower) || RELATIVE_CUES.has(prev.lower) ||
      c.is(i - 1, WORD_ROLE))) return -1;
    sink.add(i, i, false, this.name);
    return i;
  },
};

/**
 * An initial and a surname anywhere: "W. MAROTTA AWARE", "(d. renna and j. o'brien)". Not after "/" or "."
 * ("u/o.", "a.m."), not L./R. (laterality), and the surname must look like one.
 */
const initialSurname: NameRule = {
  name: 'name.initials',
  at(c, sink, i) {
    const w = c.words[i];
    if (!c.isInitial(i) || /[\/.=]$/.test(w.gapBefore) || (i > 0 && w.gapBefore === '') || !c.sameLine(i)) return -1;
    // Two or three dotted initials before the surname ("B.C. FALUELLI", "D.B. Rush"): the chain confirms a person,
    // so the surname may be a listed word; laterality ("L.", "R.") cannot chain.
    let j = i;
    while (j - i < 2 && c.text.charAt(c.words[j].end) === '.' && c.words[j + 1] !== undefined && c.words[j + 1].gapBefore === '.' &&
      c.words[j + 1].alpha && c.words[j + 1].baseEnd - c.words[j + 1].start === 1 && c.sameLine(j + 1)) j++;
    let letters = '';
    for (let q = i; q <= j; q++) letters += c.words[q].lower;
    const chained = j > i && c.dottedInitial(j) && !ABBREVIATION_LETTERS.has(letters);
    const n = j + 1;
    const surnameOk = chained
      ? c.nameLike(n) || ((c.isLast(n) || c.capitalizedHere(n)) && (c.mode !== 'mixed' || c.capitalizedHere(n)) && !c.isFunction(n) &&
        !CLINICAL.has(c.words[n].lower))
      : !c.isCommon(n) && c.nameLike(n) && (c.isLast(n) || c.capitalizedHere(n));
    if (!((chained || (j === i && c.dottedInitial(i))) && c.sameLine(n) && surnameOk && !c.eponymPhrase[n] && !c.protectedTerm[n] &&
      (chained || (w.lower !== 'l' && w.lower !== 'r')))) return -1;
    const k = extendName(c, j);
    sink.add(i, k, false, this.name);
    return k;
  },
};

/** First name + surname pair anywhere: "Gerry Masci arrived", "Carole Hayes". */
const firstLast: NameRule = {
  name: 'name.first-last',
  at(c, sink, i) {
    const next = c.w(i + 1);
    if (!(c.strongFirst(i) && next && c.sameLine(i + 1) && INLINE_GAP_RE.test(next.gapBefore) &&
      !c.isFunction(i + 1) && (c.strongName(i + 1) || (c.unknown(i + 1) && (c.mode !== 'mixed' || c.capitalizedHere(i + 1)))))) return -1;
    const k = extendName(c, i);
    sink.add(i, k, false, this.name);
    return k;
  },
};

/** An uncommon first name alone ("Suzette", "Thelma") is a name in any case. */
const firstName: NameRule = {
  name: 'name.first-name',
  at(c, sink, i) {
    const w = c.words[i];
    const prev = c.words[i - 1];
    if (!c.strongFirst(i) || w.lower.length <= 2 || US_STATES.has(w.lower) || (prev && (prev.lower === 'st' || prev.lower === 'saint'))) return -1;
    const k = extendName(c, i);
    sink.add(i, k, false, this.name);
    return k;
  },
};

/** Care roles written in brackets after a person, like a relation: "Ama Osei (cg)", "bea (hha)", "Tomas (sitter)". */
const BRACKETED_CARE_ROLES: ReadonlySet<string> = new Set(['cg', 'caregiver', 'hha', 'pca', 'aide', 'sitter', 'interpreter', 'doula', 'nanny',
  'babysitter', 'roommate', 'landlord', 'pastor', 'chaplain', 'sponsor', 'advocate', 'poa', 'hcp', 'dpoa']);

/** A name typed in lower case inside mixed-case text: a word in no vocabulary, or a listed name that is no everyday word. */
function typedLower(c: NameContext, i: number): boolean {
  const w = c.words[i];
  return !w.capitalized && !w.upper && (c.unknown(i) || c.strongName(i));
}

/** Names before a bracketed relation: "Hank Przybylo (son)", "seen w/ vrona ilowaczyk (sister)". */
const bracketedRelative: NameRule = {
  name: 'name.bracketed-relative',
  at(c, sink, i) {
    const words = c.words;
    const w = words[i];
    const nx = words[i + 1];
    if (!(nx && (c.is(i + 1, WORD_RELATIVE) || (BRACKETED_CARE_ROLES.has(nx.lower) && c.text.charAt(nx.end) === ')' && !c.lex.clinical.has(w.lower) && !c.lex.indexClinical.has(w.lower))) && /^[ \t\u00a0]*\([ \t\u00a0]*$/.test(nx.gapBefore) && c.sameLine(i + 1) && w.alpha &&
      !c.isFunction(i) && (c.nameLike(i) || c.isFirst(i) || c.isLast(i)) && (c.mode !== 'mixed' || c.capitalizedHere(i) || typedLower(c, i)))) return -1;
    let s0 = i;
    while (s0 - 1 >= 0 && i - s0 < 2 && c.sameLine(s0) && INLINE_GAP_RE.test(words[s0].gapBefore) && words[s0 - 1].alpha &&
      !c.isFunction(s0 - 1) && (c.nameLike(s0 - 1) || c.isFirst(s0 - 1) || c.isInitial(s0 - 1)) &&
      (c.mode !== 'mixed' || c.capitalizedHere(s0 - 1) || c.isInitial(s0 - 1) || (typedLower(c, i) && typedLower(c, s0 - 1)) ||
        // "seen w/ chase ruodeström (sister)": a listed first name before a lower-case name typed in lower case too.
        (typedLower(c, i) && !c.words[s0 - 1].capitalized && c.isFirst(s0 - 1) && !c.is(s0 - 1, WORD_RELATIVE)))) s0--;
    sink.add(s0, i, false, this.name);
    return i;
  },
};

/** Verbs of keeping a family informed, and the article: before "<X> family" they leave X no room to be an adjective. */
const FAMILY_UPDATE_CUES: ReadonlySet<string> = new Set(['keep', 'kept', 'update', 'updated', 'updating', 'inform', 'informed',
  'notify', 'notified', 'call', 'called', 'the']);
const INFLECTIONS: readonly string[] = ['s', 'es', 'd', 'ed', 'ing', 'ly'];
/** Words that say what kind of family it is ("the young family", "the whole family"), surnames as they may be. */
const FAMILY_KIND_WORDS: ReadonlySet<string> = new Set(['young', 'whole', 'entire', 'extended', 'immediate', 'large', 'small', 'big',
  'close', 'same', 'other', 'host', 'foster', 'adoptive', 'nuclear', 'new', 'own', 'loving', 'supportive', 'good', 'best', 'poor', 'rich',
  'older', 'elder', 'grieving', 'military', 'blended', 'single', 'birth', 'biological', 'first', 'second', 'patient', 'pt', 'pts']);

/**
 * A surname before "family": "keep the ROMERO FAMILY aware". The surname may be in no list at all ("KEEP WANJIRU FAMILY
 * AWARE": a word no lexicon knows is no adjective of a family), or a listed surname that is also a word when a verb of
 * informing or the article leaves it no other reading ("KEEP BANKS FAMILY AWARE", "updated the Bell family").
 */
const surnameFamily: NameRule = {
  name: 'name.family',
  at(c, sink, i) {
    const nx = c.words[i + 1];
    const w = c.words[i];
    if (!(nx && nx.lower === 'family' && c.sameLine(i + 1) && INLINE_GAP_RE.test(nx.gapBefore) && w.alpha && w.lower.length > 1 &&
      !c.eponymPhrase[i] && !c.protectedTerm[i] && (c.mode !== 'mixed' || c.capitalizedHere(i)))) return -1;
    const prev = c.words[i - 1];
    const informed = prev !== undefined && c.sameLine(i) && INLINE_GAP_RE.test(w.gapBefore) && FAMILY_UPDATE_CUES.has(prev.lower);
    const listed = c.isLast(i) && !c.isCommon(i);
    // An inflected word ("Recognizes family") is a verb whose stem the lists hold, not a surname no list has.
    const unlisted = !c.isCommon(i) && !c.isFirst(i) && !c.isCity(i) && !INFLECTIONS.some((x) => w.lower.endsWith(x) &&
      c.lex.common.has(w.lower.slice(0, -x.length))) &&
      // A capital at a sentence's start says nothing of a name: there the slot needs its verb of informing.
      (informed || c.mode !== 'mixed' || !(i === 0 || !c.sameLine(i) || /[.!?:;"]/.test(w.gapBefore)));
    const wordSurname = informed && c.isLast(i) && c.isCommon(i) && !FAMILY_KIND_WORDS.has(w.lower) && !c.isFunction(i) &&
      !CLINICAL.has(w.lower) && !c.lex.clinical.has(w.lower);
    if (!(listed || unlisted || wordSurname)) return -1;
    sink.add(i, i, false, this.name);
    return i;
  },
};

/** Two capitalised name-like words before a phone label: "Jorunn Pexley cell# ...". */
const beforePhone: NameRule = {
  name: 'name.before-phone',
  at(c, sink, i) {
    const w = c.words[i];
    const nx = c.words[i + 1];
    if (!(c.mode === 'mixed' && w.capitalized && nx && nx.capitalized && c.sameLine(i + 1) && INLINE_GAP_RE.test(nx.gapBefore) &&
      (c.nameLike(i) || c.isFirst(i)) && c.nameLike(i + 1) && PHONE_LABELS.has(c.words[i + 2]?.lower ?? ''))) return -1;
    sink.add(i, i + 1, false, this.name);
    return i + 1;
  },
};

/** What a clinician has that another clinician consults or covers: "Day's team", "Young's service", "Ferris's office". */
const PERSON_POSSESSIONS = new Set(['team', 'service', 'office', 'group', 'practice', 'nurse', 'nurses', 'staff', 'recommendations', 'recs', 'partner', 'partners', 'resident', 'fellow', 'intern', 'covering', 'attending']);

/**
 * A surname in the possessive before a clinician's team or office ("Day's team was consulted", "Ms Said's brother"
 * is left to the title rule): the owner of a team is a person, even when the surname is also a word.
 */
const possessiveTeam: NameRule = {
  name: 'name.possessive-team',
  at(c, sink, i) {
    const w = c.words[i];
    const nx = c.words[i + 1];
    if (w.end === w.baseEnd || !nx || !c.sameLine(i + 1) || !PERSON_POSSESSIONS.has(nx.lower) || !/^[ \t\u00a0]$/.test(nx.gapBefore)) return -1;
    if (!/^['’]s?$/.test(c.text.slice(w.baseEnd, w.end))) return -1;
    if (!w.alpha || w.lower.length < 2 || c.protectedTerm[i] || c.eponymPhrase[i] || CLINICAL.has(w.lower)) return -1;
    if (!(c.isLast(i) || c.unknown(i)) || (c.mode === 'mixed' && !c.capitalizedHere(i))) return -1;
    sink.add(i, i, false, this.name);
    return i;
  },
};

/** Identity labels an EHR banner prints after the patient's name, complete in one word ("DOB", "MRN", "born"). */
const BANNER_LABELS = new Set(['dob', 'birthdate', 'born', 'mrn', 'empi', 'csn', 'fin', 'ssn', 'acct']);
/** First words of two-word identity labels, with the second words that complete them ("Date of Birth", "Med Rec #", "Patient ID"). */
const BANNER_LABEL_PAIRS = new Map<string, ReadonlySet<string>>([
  ['d', new Set(['o'])], ['date', new Set(['of'])], ['mr', new Set(['n'])], ['med', new Set(['rec', 'record'])],
  ['medical', new Set(['record', 'rec'])], ['unit', new Set(['no', 'number'])], ['patient', new Set(['id', 'no', 'number'])],
  ['hosp', new Set(['no', 'number'])], ['chart', new Set(['no', 'number'])],
]);
const BANNER_NAME_GAP_RE = /^(?:[ 	 ]?|,[ 	 ]?|\.[ 	 ]?|-|'|[ 	 ]?")$/;
const BANNER_LABEL_GAP_RE = /^(?:[ 	 ]{2,}|	|[ 	 ]*[|,;][ 	 ]*|[ 	 ])$/;

/**
 * EHR banners and note headers: a line that opens with a person's name and goes on with the patient's identity
 * labels ("Stake, Rob  Date of Birth: 30/11/23", "rose a. stone  born 12/22/1975", "JD MRN 1234"). The words
 * before the label are a name by their position, whatever lists they are in, as long as none is clinical or
 * a header word and each is shaped like a name part (an initial, a listed name or a word in no list).
 */
const banner: NameRule = {
  name: 'name.banner',
  at(c, sink, i) {
    if (i > 0 && c.sameLine(i)) return -1;
    let k = i - 1;
    for (let n = i; n < c.words.length && n - i < MAX_NAME_WORDS + 1 && (n === i || c.sameLine(n)); n++) {
      const w = c.words[n];
      if (n > i && !BANNER_NAME_GAP_RE.test(w.gapBefore)) break;
      const dotted = w.baseEnd - w.start <= 2 && c.text.charAt(w.end) === '.';
      if (!w.alpha || (CLINICAL.has(w.lower) && !dotted) || c.is(n, WORD_HEADER) || c.protectedTerm[n]) break;
      if (n > i && (BANNER_LABELS.has(w.lower) || BANNER_LABEL_PAIRS.has(w.lower))) break;
      const initials = dotted || (w.baseEnd - w.start <= 3 && w.upper);
      const particle = (c.unit[n] & UNIT_PARTICLE) !== 0;
      if (!(initials || particle || c.isInitial(n) || c.isFirst(n) || c.isLast(n) || c.unknown(n))) return -1;
      if (c.isFunction(n) && !initials && !particle) return -1;
      k = n;
    }
    if (k < i) return -1;
    const label = c.w(k + 1);
    if (!label || !c.sameLine(k + 1) || !BANNER_LABEL_GAP_RE.test(label.gapBefore)) return -1;
    const second = c.w(k + 2);
    const after = c.text.charAt(label.end);
    const labelled = BANNER_LABELS.has(label.lower)
      ? /[:#.\s]/.test(after) && second !== undefined && c.sameLine(k + 2) && (second.hasDigit || after === ':' || after === '#')
      : after === '#' || (second !== undefined && c.sameLine(k + 2) && (BANNER_LABEL_PAIRS.get(label.lower)?.has(second.lower) ?? false));
    if (!labelled) return -1;
    sink.add(i, k, false, this.name);
    return k;
  },
};

export interface NamePass {
  /** Only words carrying one of these lexicon bits are tried (0: every word). */
  cueBits: number;
  /** A cheap test every rule of the pass implies; words failing it are skipped without trying the rules. */
  mayStart?: (c: NameContext, i: number) => boolean;
  /** Skip words an earlier pass already took. */
  skipTaken: boolean;
  rules: readonly NameRule[];
}

/** The passes in order: cues that announce a name, then signatures, then names by their own shape. */
export const NAME_PASSES: readonly NamePass[] = [
  { cueBits: WORD_HEADER | WORD_TITLE | WORD_ROLE | WORD_RELATIVE, skipTaken: false, rules: [formHeader, title, role, relative] },
  { cueBits: 0, skipTaken: true, mayStart: (c, i) => c.is(i, WORD_CREDENTIAL) || c.words[i].lower === 'r', rules: [credential] },
  {
    cueBits: 0, skipTaken: true,
    // Each rule starts from a contact word, a listed name, a word in no list or a one-letter initial.
    mayStart: (c, i) => c.is(i, WORD_CONTACT | WORD_FIRST | WORD_LAST) || !c.isCommon(i) || c.words[i].baseEnd - c.words[i].start === 1,
    rules: [contact, personVerb, initialSurname, firstLast, firstName, bracketedRelative, surnameFamily, beforePhone],
  },
  { cueBits: 0, skipTaken: true, mayStart: (c, i) => i === 0 || !c.sameLine(i), rules: [banner] },
  { cueBits: 0, skipTaken: true, mayStart: (c, i) => c.words[i].end !== c.words[i].baseEnd, rules: [possessiveTeam] },
];

/** Runs the passes; linear in tokens (each rule looks a bounded number of words around i). */
export function detectCuedNames(c: NameContext): NameSink {
  const sink = new NameSink(c);
  const n = c.words.length;
  for (const pass of NAME_PASSES) {
    for (let i = 0; i < n; i++) {
      if (pass.cueBits !== 0 && !c.is(i, pass.cueBits)) continue;
      if (pass.skipTaken && sink.taken[i]) continue;
      if (pass.mayStart && !pass.mayStart(c, i)) continue;
      for (const rule of pass.rules) {
        const end = rule.at(c, sink, i);
        if (end >= 0) {
          i = end;
          break;
        }
      }
    }
  }
  return sink;
}
