// Owns the cue-driven place recognizers: institution heads ("Calvert Hospital"), saints ("St. Mary's"),
// institution phrases ("Holy Cross"), universities, institution codes ("GH EW"), employers, movement and
// residence cues ("transferred to", "lives in"), known towns and multi-word towns, wards with their floor.
// Each rule reports under its own recognizer name (facility.*, location.*).
import type { Emit } from '../recognizer';
import type { Lexicon } from '../lexicon';
import { WORD_CITY, WORD_HEAD, WORD_MAJOR_CITY, WORD_MOVEMENT } from '../lexicon';
import { UNIT_PLACE_START } from '../unitWords';
import { PROTECTED_BY_PHRASE } from '../protectedTerms';
import { INLINE_GAP_RE, type NameContext, STREET_OR_DIGIT_RE } from '../nameContext';
import { clinicalByForm, clinicalCompound, shorthandCapitals } from '../deny/allowList';
import { propagate } from '../propagate';
import { ABBREV_RE, CLINICAL } from '../names/nameShapes';
import { clippedWord, DEPARTURE_VERBS } from './clippedWords';
import {
  COUNTRIES, EMPLOYER_CUES, FACILITY_GENERIC_WORDS, FUNCTION_WORDS, GENERIC_PLACE_WORDS, HEADS_BEFORE_CENTER, INSTITUTION_HEADS, INSTITUTION_NAME_WORDS,
  INSTITUTION_PHRASES, MOVEMENT_CUES, NAMED_HEADS, SAINT_NAMES, UNIT_AFTER_PLACE, US_STATE_CODES, US_STATES,
} from '../vocab';

const PLAIN_PLACE_PREPS = new Set(['to', 'from', 'at', 'in', 'of', 'near', 'into']);
// Not "by": after a movement verb it names the agent ("seen by Dr. X", "brought by EMS"), not a place.
const MOVEMENT_PREPS = new Set(['to', 'from', 'at', 'into', 'in', 'near', 'via']);
/** Words after a place-looking abbreviation that show it is a clinical service, not an institution. */
const SERVICE_WORDS = new Set(['service', 'services', 'team', 'fellow', 'consult', 'surgeon', 'resident', 'attending', 'md', 'physician', 'doctor', 'staff', 'diet', 'officer', 'call', 'lab', 'unit']);
const CENTER_WORDS = new Set(['center', 'centre', 'ctr']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'our', 'your', 'my', 'to', 'from', 'at', 'in', 'of']);
/** Every list and cue class a word can be in: a word with none of them is unknown to the lexicon. */
const LISTED_BITS = 0xffff;
const AREA_WORDS = new Set(['area', 'county', 'vicinity', 'region', 'township']);
const WARD_FOLLOWERS = new Set(['rn', 'rns', 'nurse', 'nurses', 'team', 'staff', 'unit', 'floor', 'this', 'today', 'tomorrow', 'tonight', 'bed', 'tele', 'telemetry', 'when', 'once']);
const INSTITUTION_CUE_PREPS = new Set(['to', 'from', 'at', 'into']);
/** The postal state codes as written in an address, in capitals ("Dover, DE"). */
const STATE_CODES: ReadonlySet<string> = new Set([...US_STATE_CODES].map((code) => code.toUpperCase()));
/** Generic nouns that close a facility name after its head ("... Health System", "... Nursing Home"). */
const HEAD_TAILS = new Set(['system', 'systems', 'network', 'home', 'hospital', 'hosp', 'clinic', 'center', 'centre', 'campus']);
const INSTITUTION_PHRASE_SET: ReadonlySet<string> = new Set(INSTITUTION_PHRASES);
const PHRASE_STARTS: ReadonlySet<string> = new Set(INSTITUTION_PHRASES.map((p) => p.split(' ')[0]));
const UNIT_AFTER_CODE = new Set(['er', 'ew', 'ed', 'micu', 'ccu', 'icu', 'sicu', 'cath', 'for', 'via', 'with', 'w', 'on', 'at', 'in', 'from', 'and', 'by']);

function isHeadAt(c: NameContext, i: number): boolean {
  if (!c.is(i, WORD_HEAD)) return false;
  const l = c.w(i)!.lower;
  if (hospitalDayCount(c, i)) return false;
  if (INSTITUTION_HEADS.has(l) || NAMED_HEADS.has(l)) return true;
  return HEADS_BEFORE_CENTER.has(l) && CENTER_WORDS.has(c.w(i + 1)?.lower ?? '');
}

/**
 * "44yo M hospital day 2", "HOSP DAY #5": the hospital course's day count (HD#), never a facility's name, so the words
 * before it ("M", "YO F") are no facility name either.
 */
export function hospitalDayCount(c: NameContext, i: number): boolean {
  const w = c.w(i);
  return w !== undefined && /^hosp(?:ital)?$/.test(w.lower) && c.w(i + 1)?.lower === 'day' && c.sameLine(i + 1) &&
    /^[ \t\u00a0]*#?[ \t\u00a0]?\d/.test(c.text.slice(c.w(i + 1)!.end, c.w(i + 1)!.end + 4));
}

/** What the place rules share while they run over one note: taken words and the places found so far. */
interface PlaceState {
  readonly taken: Uint8Array;
  readonly isFound: Uint8Array;
  readonly found: number[];
  mark(a: number, b: number, recognizer: string, whole?: boolean): void;
  markWhole(a: number, b: number, recognizer: string): void;
}

/** A rule looks at word i: -1 when it does not apply, else the index of the last word it consumed. */
interface PlaceRule {
  name: string;
  /** A town read from a list or its shape: yields to a protected clinical term ("San Francisco Syncope Rule"). */
  town?: boolean;
  at(c: NameContext, st: PlaceState, i: number): number;
}

/** Words before a clipped word that show it opens the phrase before a head ("at prev rehab", "and poss rehab"). */
const CLIP_OPENERS: ReadonlySet<string> = new Set([...PLAIN_PLACE_PREPS, ...DETERMINERS, 'and', 'or', 'for', 'with', 'need', 'needs', 'w']);

const head: PlaceRule = {
  name: 'facility.head',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // Institution heads: "CALVERT HOSPITAL", "sacred heart hospital", "Laurel Regional", "Keeley House".
    if (isHeadAt(c, i) && i > 0) {
      let head = i;
      let s = i;
      while (s - 1 >= 0 && head - s < 3 && c.sameLine(s) && INLINE_GAP_RE.test(words[s].gapBefore)) {
        const q = s - 1;
        if (st.taken[q] && !st.isFound[q]) break;
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
        // "wanted to LEAVE HOSPITAL", "was at prev rehab": a verb of leaving or a clipped word before a bare head names no place.
        // A clip opens the phrase only: inside a name ("canyon de oro hosp") its letters are the name's.
        const opens = q === 0 || !c.sameLine(q) || CLIP_OPENERS.has(words[q - 1].lower);
        if (DEPARTURE_VERBS.has(words[q].lower) || (c.mode !== 'mixed' && opens && clippedWord(c.lex, words[q].lower))) break;
        s = q;
      }
      // "Invacare hospital bed": a lower-case head inside a protected product's name (protectedTerms.ts) heads no facility.
      // "anti-Lutheran": a protected head hyphen-joined to the word before it is an antibody's name, not a hospital's.
      if (c.protectedTerm[head] !== 0 && ((c.mode === 'mixed' && !words[head].capitalized && !words[head].upper) || words[head].gapBefore === '-')) return i;
      const hw = words[head].lower;
      const named = NAMED_HEADS.has(hw);
      if (s < head && SERVICE_WORDS.has(c.w(i + 1)?.lower ?? '')) return i; // "HOUSE STAFF", "House Diet"
      if (s < head && c.mode !== 'mixed') {
        let strong = false;
        for (let x = s; x < head; x++) if (!c.isCommon(x)) strong = true;
        const strongHead = hw.startsWith('hosp');
        const afterPrep = s > 0 && PLAIN_PLACE_PREPS.has(words[s - 1].lower);
        if (!strong && !(strongHead && head - s >= 2) && !(strongHead && words[head - 1].lower === 'general') &&
          !((strongHead || named) && afterPrep)) return i;
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
        st.mark(s, headEnd, 'facility.head');
        return headEnd;
      }
      return i;
    }
    return -1;
  },
};

/** Particles inside a saint's name ("Martin de Porres", "John of God" is a phrase of its own). */
const SAINT_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'le', 'da', 'di', 'van', 'von']);

const saint: PlaceRule = {
  name: 'facility.saint',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // Saints: "St. Mary's", "ST. AGNES", "St A." (the possessive is part of the name).
    if ((w.lower === 'st' || w.lower === 'saint') && words[i + 1] && c.sameLine(i + 1)) {
      const nx = words[i + 1];
      const dotted = c.text.charAt(w.end) === '.';
      const prevIsNum = i > 0 && STREET_OR_DIGIT_RE.test(words[i - 1].lower);
      const afterCue = i > 0 && (w.gapBefore.includes('@') || PLAIN_PLACE_PREPS.has(words[i - 1].lower) || c.is(i - 1, WORD_MOVEMENT));
      if (!prevIsNum && nx.alpha && (SAINT_NAMES.has(nx.lower) || ((dotted || afterCue) && (c.nameLike(i + 1) || c.isInitial(i + 1) ||
        (afterCue && nx.lower.length === 1 && nx.upper && c.text.charAt(nx.end) === '.'))))) {
        // A saint with more than one name closes on its possessive: "St. Francis Cabrini's", "St. Martin de Porres's".
        let end = i + 1;
        for (let k = i + 2; k <= i + 4 && words[k] && c.sameLine(k) && /^[ \t\u00a0]$/.test(words[k].gapBefore) && words[k - 1].end === words[k - 1].baseEnd; k++) {
          const q = words[k];
          if (!q.alpha || !(q.capitalized || q.upper || SAINT_PARTICLES.has(q.lower))) break;
          if (q.end !== q.baseEnd && !SAINT_PARTICLES.has(q.lower)) {
            end = k;
            break;
          }
        }
        st.markWhole(i, end, 'facility.saint');
        return end;
      }
    }
    return -1;
  },
};

const phrase: PlaceRule = {
  name: 'facility.phrase',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // Institution and region names made of ordinary words: "Holy Cross", "Sacred Heart", "the Eastern Shore".
    if (PHRASE_STARTS.has(w.lower)) {
      const n1 = words[i + 1];
      if (n1 && c.sameLine(i + 1) && INLINE_GAP_RE.test(n1.gapBefore)) {
        const two = w.lower + ' ' + n1.lower;
        const n2 = words[i + 2];
        if (INSTITUTION_PHRASE_SET.has(two)) {
          st.markWhole(i, i + 1, 'facility.phrase');
          return i + 1;
        }
        if (n2 && c.sameLine(i + 2) && INLINE_GAP_RE.test(n2.gapBefore) && INSTITUTION_PHRASE_SET.has(two + ' ' + n2.lower)) {
          st.markWhole(i, i + 2, 'facility.phrase');
          return i + 2;
        }
      }
    }
    return -1;
  },
};

const university: PlaceRule = {
  name: 'facility.university',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // "U Maryland", "University of Maryland", "Univ. of Iowa": the university (and its hospital) is a place.
    if ((w.lower === 'u' || w.lower === 'univ' || w.lower === 'university') && words[i + 1] && c.sameLine(i + 1)) {
      let j = i + 1;
      if (words[j].lower === 'of') j++;
      const t = words[j];
      if (t && c.sameLine(j) && t.alpha && INLINE_GAP_RE.test(words[i + 1].gapBefore) && INLINE_GAP_RE.test(t.gapBefore) &&
        (US_STATES.has(t.lower) || (c.isCity(j) && !c.eponymPhrase[j] && !c.lex.eponyms.has(t.lower))) &&
        (c.mode !== 'mixed' || t.capitalized || t.upper) && (w.lower !== 'u' || w.upper) &&
        // A university's name inside a protected clinical term ("University of Texas wound classification") names a classification.
        !(c.protectedTerm[j] && c.protectedTerm[j + 1])) {
        st.mark(i, j, 'facility.university');
        return j;
      }
    }
    return -1;
  },
};

const codeBeforeUnit: PlaceRule = {
  name: 'facility.code-before-unit',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // An institution code before a hospital unit: "GH EW", "BCH ER" (a clinical abbreviation or word never is one).
    if (!st.taken[i] && w.upper && w.alpha && w.lower.length >= 2 && w.lower.length <= 4 && !c.isCommon(i) && !c.isFirst(i) &&
      words[i + 1] && c.sameLine(i + 1) && INLINE_GAP_RE.test(words[i + 1].gapBefore) && UNIT_AFTER_PLACE.has(words[i + 1].lower)) {
      st.mark(i, i, 'facility.code-before-unit');
      return i;
    }
    return -1;
  },
};

const employer: PlaceRule = {
  name: 'facility.employer',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // Employers: "CEO of IBM", "works at Acme Tool".
    if (EMPLOYER_CUES.has(w.lower) && words[i + 1] && c.sameLine(i + 1)) {
      let j = i + 1;
      if (['of', 'at', 'for', 'by', 'from', 'with'].includes(words[j].lower)) j++;
      let e = j - 1;
      while (e + 1 < words.length && e - j < 2 && c.sameLine(e + 1) && INLINE_GAP_RE.test(words[e + 1].gapBefore) &&
        words[e + 1].alpha && !c.isFunction(e + 1) && !CLINICAL.has(words[e + 1].lower) &&
        (c.mode !== 'mixed' || words[e + 1].capitalized || words[e + 1].upper)) e++;
      if (e >= j && j > i + 1) {
        st.mark(j, e, 'facility.employer');
        return e;
      }
    }
    return -1;
  },
};

const movementCue: PlaceRule = {
  name: 'location.movement-cue',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // Movement and residence: "transferred to GH", "TRANS TO QUARTERMAIN 2", "lives in catonsville".
    if (c.is(i, WORD_MOVEMENT)) {
      let j = i + 1;
      if (words[j] && MOVEMENT_PREPS.has(words[j].lower)) j++;
      if (words[j] && words[j].lower === 'the') j++;
      if (words[j] && j - i <= 3 && c.sameLine(j) && !st.taken[j] && (placeAfterCue(c, j, true) || transferCode(c, i, j))) {
        const e = Math.max(extendPlace(c, j), namedRunBeforeUnit(c, j));
        st.mark(j, e, 'location.movement-cue');
        return e;
      }
    }
    return -1;
  },
};

/** Verbs that move a patient between institutions: the slot after them and to/into/from holds a hospital's code. */
const TRANSFER_VERBS: ReadonlySet<string> = new Set(('transfer transfered transferred transfering transferring trans tx\'d txd transported ' +
  'admitted admit adm sent referred came medflight medflighted flown accepted').split(' '));
/**
 * Places inside one hospital, services and settings a patient is moved to: in the transfer slot these are no institution
 * ("transferred to MICU", "sent to CT", "referred to GI", "came to EW", "adm from OR"). Data, not code.
 */
const DESTINATIONS_IN_HOSPITAL: ReadonlySet<string> = new Set(('icu micu sicu ccu cvicu csru nicu picu tsicu ticu nsicu nicu neuro ' +
  'pacu pcu imcu sdu tcu cdu ccru or ors ed er ew eu ew ir vir ct cta mri mra mr us xr cxr kub pet nm eeg ekg ecg echo tee ep gi ' +
  'id ent gu ob gyn obgyn ld ldr nursery cath lab labs bed beds pt ot slp st rt hd cvvh crrt ltac ltach snf alf nh icf rehab ' +
  'home floor ward unit room tele obs ams pcp ms med surg onc bmt heme psych ortho uro cards pulm renal derm endo path ' +
  'pre post op pre-op post-op holding stat prn iv po pr sl sq im via ' +
  // Generic or nationwide: an outside hospital, the VA system, the blood bank, the lines a sample is sent from.
  'osh osf va vamc bb tlc picc cvl aline art ij sc fem ett ogt ngt').split(' '));
const TRANSFER_CODE_CLOSE = new Set(['for', 'via', 'with', 'w', 'on', 'at', 'in', 'from', 'and', 'by', 'to', 'cath', 'er', 'ew', 'ed', 'micu', 'ccu', 'icu', 'sicu']);

/**
 * `location.movement-cue` for an institution's code that is also an abbreviation ("TRANSFERRED TO LE FOR FURTHER
 * MANAGEMENT", "sent to RX, pt also", "came into NG on 5/8"): after a verb of transfer and its preposition, two to four
 * capitals that close the clause (punctuation, a date, "for"/"on"/a hospital unit) name the sending or receiving
 * hospital unless they are a place inside one hospital or a service. In caps-only notes the capitals say nothing, so
 * there the word must be a clinical abbreviation (the lists know it), never an English word ("SENT TO BED").
 */
function transferCode(c: NameContext, cue: number, j: number): boolean {
  const w = c.w(j)!;
  const prep = c.w(cue + 1);
  if (!TRANSFER_VERBS.has(c.w(cue)!.lower) || !prep || !['to', 'into', 'from', 'at'].includes(prep.lower) || j !== cue + 2) return false;
  const raw = c.text.slice(w.start, w.baseEnd);
  if (!/^[A-Z]{2,4}$/.test(raw) || c.mode === 'lower' || c.protectedTerm[j] || FUNCTION_WORDS.has(w.lower) ||
    DESTINATIONS_IN_HOSPITAL.has(w.lower) || US_STATES.has(w.lower)) return false;
  if (c.mode === 'upper' && !c.lex.clinical.has(w.lower)) return false;
  const nx = c.w(j + 1);
  return !nx || !c.sameLine(j + 1) || /[.,;:()]/.test(nx.gapBefore) || TRANSFER_CODE_CLOSE.has(nx.lower) ||
    (INLINE_GAP_RE.test(nx.gapBefore) && /^\d{1,2}\/\d{1,2}/.test(c.text.slice(nx.start, nx.start + 5)));
}

const majorCity: PlaceRule = {
  name: 'location.major-city',
  town: true,
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // A major city is a place even where the census also has it as a surname ("BALTIMORE", "Boston").
    if (!st.taken[i] && c.is(i, WORD_MAJOR_CITY) && !c.isFirst(i) && !US_STATES.has(w.lower) &&
      (!c.isCommon(i) || (c.mode === 'mixed' && w.capitalized && i > 0 && PLAIN_PLACE_PREPS.has(words[i - 1].lower))) &&
      (c.mode !== 'mixed' || w.capitalized || w.upper)) {
      const e = extendPlace(c, i);
      st.mark(i, e, 'location.major-city');
      return e;
    }
    return -1;
  },
};

const townState: PlaceRule = {
  name: 'location.town-state',
  town: true,
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // A town before a state or "area"/"county": "towson maryland's", "Annapolis, MD", "the Edgemere area".
    if (!st.taken[i] && w.alpha && w.lower.length >= 4 && c.isCity(i) && !c.isCommon(i) && (c.mode !== 'mixed' || w.capitalized || w.upper)) {
      const e = extendPlace(c, i);
      const n = words[e + 1];
      if (n && c.sameLine(e + 1) && /^,?[ \t\u00a0]{0,2}$/.test(n.gapBefore) &&
        (US_STATES.has(n.lower) || AREA_WORDS.has(n.lower) || (STATE_CODES.has(c.text.slice(n.start, n.baseEnd)) && n.gapBefore.includes(',')))) {
        st.mark(i, e, 'location.town-state');
        return e;
      }
    }
    return -1;
  },
};

const multiwordTown: PlaceRule = {
  name: 'location.multiword-town',
  town: true,
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // A multi-word town written capitalised in mixed-case text: "San Diego", "Bel Air".
    if (!st.taken[i] && c.mode === 'mixed' && w.capitalized) {
      const e = extendPlace(c, i);
      if (e > i && words.slice(i, e + 1).every((x) => x.capitalized)) {
        st.mark(i, e, 'location.multiword-town');
        return e;
      }
    }
    return -1;
  },
};

const area: PlaceRule = {
  name: 'location.area',
  town: true,
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // "in the Pinecrest area": a capitalised unknown word before "area"/"county" after a place word.
    if (!st.taken[i] && w.alpha && i > 0 && PLAIN_PLACE_PREPS.has(words[i - 1].lower) && c.unknown(i) && (c.mode !== 'mixed' || w.capitalized) &&
      AREA_WORDS.has(words[i + 1]?.lower ?? '') && c.sameLine(i + 1)) {
      st.mark(i, i, 'location.area');
      return i;
    }
    return -1;
  },
};

const ward: PlaceRule = {
  name: 'location.ward',
  town: true,
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // A ward or building and its floor before a staff or time word: "Per Quartermain 3 RN", "plan: QUARTERMAIN 2 this am".
    if (!st.taken[i] && w.alpha && w.lower.length >= 5 && c.unknown(i) && (c.mode !== 'mixed' || w.capitalized || w.upper)) {
      const n = words[i + 1];
      const n2 = words[i + 2];
      if (n && /^\d$/.test(n.lower) && INLINE_GAP_RE.test(n.gapBefore) && c.sameLine(i + 1) && n2 && c.sameLine(i + 2) &&
        WARD_FOLLOWERS.has(n2.lower)) {
        st.mark(i, i, 'location.ward');
        return i;
      }
    }
    return -1;
  },
};

const dc: PlaceRule = {
  name: 'location.dc',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // "in DC", "Washington, D.C.".
    if (!st.taken[i] && w.lower === 'dc' && c.text.slice(w.start, w.baseEnd) === 'DC' && i > 0 &&
      (['in', 'from', 'near'].includes(words[i - 1].lower) || words[i - 1].lower === 'washington')) {
      st.mark(words[i - 1].lower === 'washington' ? i - 1 : i, i, 'location.dc');
      return i;
    }
    return -1;
  },
};

const nameAfterCue: PlaceRule = {
  name: 'facility.name-after-cue',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // A hospital's own name after a place cue: "transferred from Harbor", "accepted at Mercy".
    if (!st.taken[i] && INSTITUTION_NAME_WORDS.has(w.lower) && i > 0 && c.sameLine(i) &&
      (INSTITUTION_CUE_PREPS.has(words[i - 1].lower) || w.gapBefore.includes('@') || c.is(i - 1, WORD_MOVEMENT)) &&
      !SERVICE_WORDS.has(words[i + 1]?.lower ?? '')) {
      st.mark(i, i, 'facility.name-after-cue');
      return i;
    }
    return -1;
  },
};

const knownTown: PlaceRule = {
  name: 'location.known-town',
  town: true,
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // A town name that is no word and no person's name is a place wherever it stands ("Baltimore", "Towson").
    if (!st.taken[i] && w.alpha && w.lower.length >= 4 && lexCity(c, i) && !c.isCommon(i) && !c.isFirst(i) && !c.isLast(i) &&
      !US_STATES.has(w.lower) && !COUNTRIES.has(w.lower) && (c.mode !== 'mixed' || c.capitalizedHere(i)) &&
      // "MoCA 22 of 30": capitals inside a word are an instrument's or a drug's shorthand, never how a town is written.
      !shorthandCapitals(c, i)) {
      const e = extendPlace(c, i);
      st.mark(i, e, 'location.known-town');
      return e;
    }
    return -1;
  },
};

const TUBES_BEFORE_SETTING = new Set(['ogt', 'ngt', 'og', 'ng', 'tube', 'drain', 'drains', 'foley', 'ct', 'cts', 'jp', 'jps', 'peg', 'gt', 'ostomy', 'ileostomy', 'colostomy', 'hemovac', 'pleurevac', 'salem', 'sump']);

const codeAfterPrep: PlaceRule = {
  name: 'facility.code-after-prep',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // An institution code after to/at/from, closing the clause or before a unit: "AT GH,", "TO GH EW".
    // A tube or drain goes "to" a suction or drainage setting, never to a hospital ("OGT TO LWSX", "NGT to CLWS").
    if (w.lower === 'to' && i > 0 && TUBES_BEFORE_SETTING.has(words[i - 1].lower)) return -1;
    if (['to', 'at', 'from', 'into', 'by'].includes(w.lower) && words[i + 1] && c.sameLine(i + 1) && !st.taken[i + 1]) {
      const j = i + 1;
      const raw = c.text.slice(words[j].start, words[j].baseEnd);
      const nx = words[j + 1];
      const closes = !nx || /[.,;:()\n]/.test(nx.gapBefore) || UNIT_AFTER_CODE.has(nx.lower);
      const code = (c.mode !== 'lower' && ABBREV_RE.test(raw) && raw.length <= 4) ||
        // "at gh." in a note that writes the code in lower case: two or three letters that are in no list at all.
        (/^[a-z]{2,3}$/.test(raw) && w.lower !== 'by' && !c.is(j, LISTED_BITS));
      // "by TECH.", "CON'T TO OOZ.": a clipped word is that word, not an institution's acronym (clippedWords.ts).
      if (code && !c.isCommon(j) && !c.isFirst(j) && closes && !clippedWord(c.lex, words[j].lower)) {
        st.mark(j, j, 'facility.code-after-prep');
        return j;
      }
    }
    return -1;
  },
};

const prepTown: PlaceRule = {
  name: 'location.prep-town',
  at(c, st, i) {
    const { words } = c;
    const w = words[i];
    // Prepositions alone: "in Hagerstown", "of Towson", "from Seattle" (known towns only).
    if (PLAIN_PLACE_PREPS.has(w.lower)) {
      const j = i + 1;
      if (words[j] && c.sameLine(j) && !st.taken[j] && placeAfterCue(c, j, false)) {
        const e = extendPlace(c, j);
        st.mark(j, e, 'location.prep-town');
        return e;
      }
    }
    return -1;
  },
};

/** The place rules in order; the first that applies at a word wins. */
export const PLACE_RULES: readonly PlaceRule[] = [
  head, saint, phrase, university, codeBeforeUnit, employer, movementCue, majorCity, townState, multiwordTown, area, ward, dc,
  nameAfterCue, knownTown, codeAfterPrep, prepTown,
];

const PLACE_START_BITS = WORD_HEAD | WORD_MOVEMENT | WORD_MAJOR_CITY | WORD_CITY;

export function detectPlaces(c: NameContext, taken: Uint8Array, emit: Emit): void {
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
  const st: PlaceState = { taken, isFound, found, mark, markWhole: (a, b, recognizer) => mark(a, b, recognizer, true) };
  const cityPhraseStarts = phraseStartsOf(c.lex);
  for (let i = 0; i < words.length; i++) {
    // Every rule starts from a cue word, a listed or unlisted town/head word, or the first word of a multi-word town:
    // one bit test skips the ordinary words, so the rules are tried only where one can apply.
    const isProtected = c.protectedTerm[i] !== 0;
    // A word of a listed clinical phrase starts no place at all: "St. Louis encephalitis" is not a saint's hospital.
    if (c.protectedTerm[i] === PROTECTED_BY_PHRASE) continue;
    if (!c.is(i, PLACE_START_BITS) && (c.unit[i] & UNIT_PLACE_START) === 0 && c.isCommon(i) &&
      !(c.mode === 'mixed' && words[i].capitalized && cityPhraseStarts.has(words[i].lower))) continue;
    for (const rule of PLACE_RULES) {
      if (isProtected && rule.town) continue;
      const end = rule.at(c, st, i);
      if (end >= 0) {
        i = end;
        break;
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
  // "the PrEP clinic", "the IgG lab": clinical shorthand before a head names a service of this hospital.
  if (shorthandCapitals(c, q)) return false;
  if (c.mode === 'mixed' && (w.capitalized || w.upper) && !GENERIC_PLACE_WORDS.has(l)) return true;
  if (c.mode === 'mixed' && (w.capitalized || w.upper) && GENERIC_PLACE_WORDS.has(l)) return l === 'heart';
  if (c.mode === 'mixed' && !(headCapitalized && !CLINICAL.has(l) && (!GENERIC_PLACE_WORDS.has(l) || l === 'heart'))) return false;
  if (GENERIC_PLACE_WORDS.has(l) && l !== 'heart') return false;
  if (CLINICAL.has(l) && l !== 'heart') return false;
  return true;
}

function placeAfterCue(c: NameContext, j: number, strongCue: boolean): boolean {
  // "presented to the Maxillofacial Surgery Department": a specialty run closed by a department word is a unit of care.
  return placeAfterCueShape(c, j, strongCue) && !departmentRun(c, j);
}

function placeAfterCueShape(c: NameContext, j: number, strongCue: boolean): boolean {
  const w = c.w(j)!;
  const raw = c.text.slice(w.start, w.baseEnd);
  // A ward or building with its floor: "quartermain2", "QUARTERMAIN7".
  if (strongCue && /^\p{L}{4,}\d{1,2}$/u.test(raw) && !c.lex.common.has(raw.replace(/\d+$/, '').toLowerCase())) return true;
  if (!w.alpha || c.isFunction(j) || US_STATES.has(w.lower) || w.lower.length < 2 || c.protectedTerm[j]) return false;
  // A country is above the Safe Harbor limit; a specialty or drug is clinical by its form ("referred to Otolaryngology").
  if (COUNTRIES.has(w.lower) || (!c.isCity(j) && (clinicalByForm(w.lower) || clinicalCompound(c.lex, w.lower)))) return false;
  const nx1 = c.w(j + 1);
  // A multi-word town after a cue: "in San Diego", "TO BEL AIR".
  if (nx1 && c.sameLine(j + 1) && INLINE_GAP_RE.test(nx1.gapBefore) && c.lex.cities.has(w.lower + ' ' + nx1.lower) &&
    (c.mode !== 'mixed' || (w.capitalized && nx1.capitalized))) return true;
  // Capitalised words closed by a hospital unit after a movement verb: "sent to Warren Grant EW", "to Mercy General ER",
  // even when each is an English word; a run of generic words ("Cardiac Surgery ICU") is a unit of this hospital.
  if (strongCue) {
    let distinctive = false;
    for (let n = j; n <= j + 2; n++) {
      const x = c.w(n);
      const nn = c.w(n + 1);
      if (!x || !nn || !x.alpha || !c.sameLine(n + 1) || !INLINE_GAP_RE.test(nn.gapBefore) || c.isFunction(n)) break;
      if (c.mode === 'mixed' && !x.capitalized && !x.upper) break;
      if (!GENERIC_PLACE_WORDS.has(x.lower) && !FACILITY_GENERIC_WORDS.has(x.lower) && !CLINICAL.has(x.lower)) distinctive = true;
      if (UNIT_AFTER_PLACE.has(nn.lower) && n > j && distinctive) return true;
    }
  }
  const notCommon = !c.isCommon(j);
  if (!notCommon) return false;
  if (lexCity(c, j) && (c.mode !== 'mixed' || c.capitalizedHere(j))) return true;
  // A ward or building with its floor after a place word: "from quartermain 5".
  if (nx1 && /^\d$/.test(nx1.lower) && INLINE_GAP_RE.test(nx1.gapBefore) && c.sameLine(j + 1) && w.lower.length >= 4 &&
    (c.unknown(j) || (c.isLast(j) && !c.isFirst(j)))) return true;
  if (!strongCue) return false;
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

const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(['department', 'dept', 'service', 'services', 'division', 'section', 'unit', 'ward']);

/** Whether the words from j are a specialty's department: up to three words, one of them clinical, then a department word. */
function departmentRun(c: NameContext, j: number): boolean {
  let clinical = false;
  for (let n = j; n <= j + 3; n++) {
    const x = c.w(n);
    if (!x || !x.alpha || (n > j && (!c.sameLine(n) || !INLINE_GAP_RE.test(x.gapBefore)))) return false;
    if (n > j && DEPARTMENT_WORDS.has(x.lower)) return clinical;
    if (CLINICAL.has(x.lower) || c.lex.clinical.has(x.lower) || FACILITY_GENERIC_WORDS.has(x.lower)) clinical = true;
  }
  return false;
}

/** The last word of a capitalised run closed by a hospital unit ("Holloway Bridge ER" → Bridge), or j. */
function namedRunBeforeUnit(c: NameContext, j: number): number {
  for (let n = j; n <= j + 2; n++) {
    const x = c.w(n);
    const nn = c.w(n + 1);
    if (!x || !nn || !x.alpha || !c.sameLine(n + 1) || !INLINE_GAP_RE.test(nn.gapBefore) || c.isFunction(n)) break;
    if (c.mode === 'mixed' && !x.capitalized && !x.upper) break;
    if (UNIT_AFTER_PLACE.has(nn.lower)) return n;
  }
  return j;
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
    if (!w || !w.alpha || !c.sameLine(n) || !INLINE_GAP_RE.test(w.gapBefore) || c.protectedTerm[n]) break;
    phrase += ' ' + w.lower;
    if (c.lex.cities.has(phrase)) e = n;
  }
  return e;
}
