// Owns three place slots of the ICU notes' own grammar, in any case: a named ward or building by its floor number after
// any place preposition ("placed in Pemberton 7 prior to transfer", "SEEN IN RIDLEY 10 FOR", "sent to Kittredge Square 2",
// "ADMITTED TO WARREN EAST7"), a congregation named in apposition to someone's church or after a clergy member ("Bolt's
// church, Masjid al-Noor, called", "call his pastor at Holy Ghost Greek Orthodox."), and an employer after "work(s) at"
// closed by punctuation ("(work at Kettle Pond Seafood)", "works at Northeast Paper Co.").
import { WORD_FUNCTION, WORD_MOVEMENT, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { notAllowed } from '../deny/allowList';
import { COUNTRIES, US_STATES } from '../vocab';
import type { WordMarks } from '../wordMarks';
import { defineCues } from '../triggerIndex';

/** Marks the free stretches of a..b: a part another unit found keeps its own span. */
function addFree(marks: WordMarks, a: number, b: number, recognizer: string, whole = false): void {
  let x = a;
  while (x <= b) {
    if (!marks.free(x)) { x++; continue; }
    let y = x;
    while (y + 1 <= b && marks.free(y + 1)) y++;
    marks.add(x, y, 'LOCATION', recognizer, whole && y === b);
    x = y + 1;
  }
}

export const FLOOR_WARD_PLACE = 'location.floor-ward';
export const CONGREGATION_PLACE = 'location.congregation-apposition';
export const WORKPLACE_PLACE = 'location.workplace-after-work';
/** Workplaces and residences are named after "at" ("works at ...", "previously at ..."). */
export const AT_CUES = defineCues('location.after-at', ['at']);

const SPACE_RE = /^[ \t\u00a0]+$/;
const NOT_NAME = WORD_FUNCTION | WORD_TITLE | WORD_ROLE | WORD_RELATIVE;
const WARD_PREPS: ReadonlySet<string> = new Set(['in', 'to', 'on', 'at', 'from', 'into']);
/** Nouns a number follows as a count, grade or position, never a ward ("in Bed 3", "on Day 2", "in Lead 2", "Stage 4"). */
const COUNTED = new RegExp('^(?:floor|unit|bed|room|rm|ward|pod|bay|step|level|lead|day|week|month|year|hour|time|stage|grade|class|type|' +
  'zone|phase|trial|section|page|line|dose|cycle|round|set|group|score|scale|tier|category|position|pos|slot|cm|mm|mg|ml|units?|of|and|' +
  'or|the|icu|ccu|micu|sicu|csru|cvicu|nicu|picu|pacu|or|ed|er|ew|cath|lab|station|tower|building|bldg|wing|suite|area|block|row|' +
  'vent|peep|ps|cpap|fio2|x|times|q|sat|sats|rate)s?$');
/** What follows a ward's number: the clause goes on with a preposition or a clause word, or ends. No count or measure. */
const AFTER_NUMBER_RE = /^(?![.,:\/-]\d)(?:[ \t\u00a0]*(?:$|[.,;:)\]\n\r]|(?:for|prior|before|after|with|w\/|via|on|at|and|today|tomorrow|this|yesterday|tonight|when|where|until|from|to|\(|-{1,2}[ \t]|s\/p|pending|once|asap|if|vs)\b))/i;

/** A ward's name word: a listed or unknown word (not vocabulary), or, in a mixed-case note, a capitalised word. */
function wardWord(c: NameContext, k: number, marks: WordMarks): boolean {
  const w = c.w(k);
  if (w === undefined || !w.alpha || w.lower.length < 4 || !(marks.free(k) || marks.isPlace(k)) || c.protectedTerm[k] || c.is(k, NOT_NAME)) return false;
  if (COUNTED.test(w.lower) || US_STATES.has(w.lower) || COUNTRIES.has(w.lower)) return false;
  // In a mixed-case note a ward is written as a name; capitals there are an abbreviation ("on SIMV 12").
  if (c.mode === 'mixed' && !w.capitalized) return false;
  return true;
}

/**
 * "placed in Pemberton 7 prior to transfer", "SEEN IN RIDLEY 10 FOR", "TRANSFER TO KITTREDGE SQUARE 2", "on Dorrance Square
 * 5 (telemetry)": one to three name words between a place preposition and a one- or two-digit floor, at least one of them
 * no vocabulary (a listed name or an unknown word), then the clause goes on. Counted nouns ("in Bed 3", "Stage 4") stay.
 * Compact floors ("WARREN EAST7", "lowell west9") are the same slot with the floor joined to a compass word.
 */
export const FLOOR_WARD_CUES = defineCues(FLOOR_WARD_PLACE, WARD_PREPS);
export function detectFloorWards(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  let done = -1;
  for (const p of c.triggers.positions(FLOOR_WARD_CUES)) {
    if (p <= done || p + 2 >= words.length) continue;
    const a = p + 1;
    if (!c.sameLine(a) || !SPACE_RE.test(words[a].gapBefore)) continue;
    let b = a - 1;
    let unlisted = false;
    while (b + 1 < words.length && b + 1 - a < 3 && c.sameLine(b + 1) && (b + 1 === a || SPACE_RE.test(words[b + 1].gapBefore)) &&
      wardWord(c, b + 1, marks)) {
      b++;
      if (words[b].lower.length >= 5 && (notAllowed(c, b) || marks.isPlace(b))) unlisted = true;
    }
    if (b < a) continue;
    // After a movement verb ("TRANSFER TO SHELTERING PINES 2", "ADMITTED TO WARREN EAST7") everyday words name the ward
    // too, unless one of them is clinical vocabulary ("to cardiac surgery 2").
    if (!unlisted) {
      const moved = p > 0 && c.sameLine(p) && (c.is(p - 1, WORD_MOVEMENT) || /^(?:transfer|transferred|tx|xfer|sent|admitted|adm)$/.test(words[p - 1].lower));
      let clinical = false;
      for (let k = a; k <= b; k++) if (c.lex.clinical.has(words[k].lower) || c.lex.indexClinical.has(words[k].lower)) clinical = true;
      if (!moved || clinical || words[p].lower !== 'to') continue;
    }
    const num = words[b + 1];
    let end = b + 1;
    if (num !== undefined && c.sameLine(b + 1) && SPACE_RE.test(num.gapBefore) && /^\d{1,2}$/.test(text.slice(num.start, num.end))) {
      if (!AFTER_NUMBER_RE.test(text.slice(num.end, num.end + 12))) continue;
    } else {
      // "WARREN EAST7": the floor joined to a compass word that closes the name.
      const raw = text.slice(words[b].start, words[b].end);
      const compact = num !== undefined && c.sameLine(b + 1) && SPACE_RE.test(num.gapBefore) &&
        /^(?:east|west|north|south)\d{1,2}$/i.test(text.slice(num.start, num.end));
      if (!compact || /\d/.test(raw) || !AFTER_NUMBER_RE.test(text.slice(num.end, num.end + 12))) continue;
    }
    // The floor is part of the ward's name ("Pemberton 7"); a name another unit found keeps its span and gains the floor.
    addFree(marks, a, end, FLOOR_WARD_PLACE);
    done = end;
  }
}

const CONGREGATION_NOUNS: ReadonlySet<string> = new Set(['church', 'parish', 'congregation', 'temple', 'mosque', 'synagogue', 'masjid']);
const CLERGY: ReadonlySet<string> = new Set(['pastor', 'priest', 'rabbi', 'imam', 'minister', 'reverend', 'deacon', 'parish', 'clergy']);
/** Where a congregation's name ends: a comma, a full stop, a semicolon, a bracket or the line's end. */
const NAME_END_RE = /^[ \t\u00a0]*(?:$|[.,;:()\n\r])/;
const IN_NAME_GAP_RE = /^(?:[ \t\u00a0]+|-|[ \t\u00a0]*&[ \t\u00a0]*)$/;

/** The run of up to six words from a on the same line joined by spaces, hyphens or "&", ending where punctuation closes it. */
function closedRun(c: NameContext, a: number, marks: WordMarks, maxWords = 6): number {
  const { words, text } = c;
  let b = a;
  // A part another unit found ("[HOLY CROSS] ARMENIAN APOSTOLIC") stays inside the run.
  const ok = (k: number): boolean => words[k].alpha && (marks.isPlace(k) || (marks.free(k) && !c.protectedTerm[k]));
  if (!ok(a)) return -1;
  while (b - a + 1 < maxWords && !NAME_END_RE.test(text.slice(words[b].end, words[b].end + 3)) && b + 1 < words.length &&
    c.sameLine(b + 1) && IN_NAME_GAP_RE.test(words[b + 1].gapBefore) && ok(b + 1)) b++;
  return NAME_END_RE.test(text.slice(words[b].end, words[b].end + 3)) ? b : -1;
}

/**
 * "Haddadin's church, Holy Ghost Greek Orthodox, called re: visit": the name in apposition to someone's church, closed by
 * a comma. "call his pastor at Masjid al-Noor.": the congregation after a clergy member and "at"/"of", closed by punctuation,
 * with at least one word that is no vocabulary or a capital in a mixed-case note ("pastor at bedside" stays).
 */
export function detectCongregations(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let h = 1; h + 1 < words.length; h++) {
    const lower = words[h].lower;
    if (CONGREGATION_NOUNS.has(lower)) {
      // Apposition: "X's church, NAME," — the owner's possessive before the noun, a comma after it.
      const owner = words[h - 1];
      if (owner.end === owner.baseEnd || !/^[ \t\u00a0]*,[ \t\u00a0]*$/.test(words[h + 1].gapBefore) || !c.sameLine(h + 1)) continue;
      const b = closedRun(c, h + 1, marks);
      if (b < 0 || text.charAt(words[b].end) !== ',') continue;
      if (words[h + 1].lower === 'called' || c.is(h + 1, WORD_FUNCTION)) continue;
      addFree(marks, h + 1, b, CONGREGATION_PLACE);
      h = b;
    } else if (CLERGY.has(lower)) {
      const prep = words[h + 1];
      if (!(prep.lower === 'at' || prep.lower === 'of' || prep.lower === 'from') || !c.sameLine(h + 1) || !SPACE_RE.test(prep.gapBefore)) continue;
      const a = h + 2;
      if (a >= words.length || !c.sameLine(a) || !SPACE_RE.test(words[a].gapBefore) || c.is(a, WORD_FUNCTION)) continue;
      const b = closedRun(c, a, marks, 5);
      if (b < 0) continue;
      let named = false;
      for (let k = a; k <= b; k++) if (notAllowed(c, k) || (c.mode === 'mixed' && (words[k].capitalized || words[k].upper))) named = true;
      if (!named) continue;
      addFree(marks, a, b, CONGREGATION_PLACE);
      h = b;
    }
  }
}

/** Heads that make "work at <head>" a kind of place, not a named one ("works at home", "at a grocery store"). */
const GENERIC_WORKPLACE = new RegExp('^(?:home|night|nights|times|work|school|college|hospital|store|shop|factory|plant|mill|office|bank|' +
  'restaurant|farm|warehouse|company|firm|site|desk|station|daycare|church|job|least|all|present|baseline|times|same|once|first|last|' +
  'it|this|that|that|night|weekends?|day|days|local|nearby)$');

/**
 * "(work at Kettle Pond Seafood)", "works at Northeast Paper Co.", "WORKS AT GRANITE STATE FREIGHT,": the employer after
 * "work(s|ed|ing) at", one to four words closed by punctuation; a kind of workplace ("works at home", "at a store") stays.
 */
export function detectWorkplaces(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  let done = -1;
  for (const p of c.triggers.positions(AT_CUES)) {
    if (p <= done || p < 1 || p + 1 >= words.length || !/^(?:work|works|worked|working|employed|employee|employer|job)$/.test(words[p - 1].lower)) continue;
    const a = p + 1;
    if (!c.sameLine(a) || !SPACE_RE.test(words[a].gapBefore) || c.is(a, NOT_NAME) || !marks.free(a)) continue;
    const b = closedRun(c, a, marks, 4);
    if (b < 0) continue;
    let generic = true;
    for (let k = a; k <= b; k++) if (!GENERIC_WORKPLACE.test(words[k].lower) && !c.is(k, WORD_FUNCTION)) generic = false;
    if (generic || (a === b && GENERIC_WORKPLACE.test(words[a].lower))) continue;
    if (c.mode === 'mixed' && !(words[a].capitalized || words[a].upper)) continue;
    addFree(marks, a, b, WORKPLACE_PLACE, true);
    done = b;
  }
}

export const RESIDENCE_PLACE = 'location.residence-history';
/** Verbs and adverbs of where someone stays ("previously at", "staying at", "resides at"). */
const RESIDENCE_CUES = /^(?:previously|formerly|prior|staying|stays|stayed|living|lives|lived|resides|resided|residing|housed|sleeping|sleeps|boarding)$/;
/** Kinds of residence and the words that say which kind ("at home", "at a nursing home", "at the homeless shelter"). */
const GENERIC_RESIDENCE: ReadonlySet<string> = new Set(('home homes house apartment apt place residence facility shelter shelters motel hotel ' +
  'hostel nursing assisted living group halfway sober transitional skilled rehab snf ltc alf ltach homeless family local same ' +
  'different another other new old current baseline senior care street streets car outdoors night nights times present least ' +
  'work school camp mission hospital hospice jail prison college dorm').split(' '));
/** Where the residence's name ends: punctuation, a length of stay ("x2 mo"), a clause word. */
const RESIDENCE_END_RE = /^[ \t\u00a0]*(?:$|[.,;:()\n\r]|x\s?\d|(?:for|since|until|with|w\/|and|prior|before|after|when|where|until|per|\d)\b)/i;

/**
 * "previously at Lantern House x2 mo", "PREVIOUSLY AT BREAD & ROSES X2 MO.", "staying at open door shelter": the named place
 * after a residence cue and "at", one to four words closed by punctuation, a length of stay or a clause word. A kind of
 * residence ("lives at home", "previously at a nursing home", "staying at homeless shelter") stays: the name needs a word
 * in no allow-list, or two or more words of which only the last may be a kind of residence.
 */
export function detectResidenceHistory(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  let done = -1;
  for (const p of c.triggers.positions(AT_CUES)) {
    if (p <= done || p < 1 || p + 1 >= words.length || !RESIDENCE_CUES.test(words[p - 1].lower) || !c.sameLine(p + 1)) continue;
    const a = p + 1;
    if (!SPACE_RE.test(words[a].gapBefore) || c.is(a, NOT_NAME) || !words[a].alpha || !marks.free(a)) continue;
    let b = a;
    while (b - a < 3 && !RESIDENCE_END_RE.test(text.slice(words[b].end, words[b].end + 8)) && b + 1 < words.length && c.sameLine(b + 1) &&
      IN_NAME_GAP_RE.test(words[b + 1].gapBefore) && words[b + 1].alpha && marks.free(b + 1) && !c.is(b + 1, WORD_FUNCTION)) b++;
    if (!RESIDENCE_END_RE.test(text.slice(words[b].end, words[b].end + 8))) continue;
    let unlisted = false;
    let genericBeforeLast = false;
    for (let k = a; k <= b; k++) {
      if (c.protectedTerm[k]) { unlisted = false; genericBeforeLast = true; break; }
      if (notAllowed(c, k)) unlisted = true;
      if (k < b && GENERIC_RESIDENCE.has(words[k].lower)) genericBeforeLast = true;
    }
    const named = unlisted || (b > a && !genericBeforeLast);
    if (!named || (a === b && GENERIC_RESIDENCE.has(words[a].lower))) continue;
    if (c.mode === 'mixed' && !(words[a].capitalized || words[a].upper)) continue;
    addFree(marks, a, b, RESIDENCE_PLACE);
    done = b;
  }
}
