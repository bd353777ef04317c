// Owns `location.head-class`: institutions named by the class of their head noun, not by a list of names. A run of
// capitalised name words closed by an organisational head of any class — residential and care ("Juniper Ridge Lodge",
// "Rio Verde Labor Camp"), military ("Fort Hale Barracks"), agricultural and industrial employers ("Owl Creek Orchards",
// "Gunflint Sawmill"), civic and religious ("Kettle Moraine Chapter", "Nightingale Ward"), commerce ("Prairie Star
// Cooperative") — names one place, whatever dictionary its words are in; a head preceded only by words that say what kind
// of place it is ("Labor Camp", "Nurses Station", "Cardiology Clinic", "Skull Base") is no place name. Prefix heads name
// the place after them ("Camp Lejeune", "Fort Hale"). A number or letter after the head designates one branch ("Camp 4",
// "Lodge No. 12", "Pod C") and stays in the span. Safe Harbor counts every named institution and every geographic unit
// smaller than a state as an identifier; the other facility units (facility.grammar, org-after-cue) run first.
import type { NameContext } from '../nameContext';
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_HEADER, WORD_MOVEMENT, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { clinicalByForm, clinicalCompound, notAllowed } from '../deny/allowList';
import { UNIT_FACILITY_HEAD } from '../unitWords';
import { FACILITY_GENERIC_WORDS, FUNCTION_WORDS, GENERIC_PLACE_WORDS, MONTHS, US_STATES } from '../vocab';

export const RECOGNIZER = 'location.head-class';

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Organisational head nouns by class: the class documents why the word closes a place name. */
export const HEAD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  residential: words('lodge manor residence residences village villas court cottage cottages camp camps farm farms ranch ranches shelter ' +
    'mission haven gardens estates terrace commons homestead hostel dormitory dorm apartments towers encampment'),
  military: words('battalion regiment brigade squadron platoon fleet base barracks garrison corps troop armory arsenal ' +
    'airfield outpost'),
  labour: words('orchards orchard vineyards vineyard nursery nurseries cannery packers packinghouse dairy sawmill mill mills mine mines ' +
    'quarry quarries refinery cooperative co-op coop feedlot hatchery greenhouses growers fisheries cattle timber plantation'),
  civic: words('chapter ward stake tribe nation reservation rancheria pueblo council congregation assembly tabernacle fellowship ' +
    'parish diocese seminary academy friary convent abbey monastery'),
  commerce: words('resort casino outfitters emporium depot'),
};
const HEADS: ReadonlySet<string> = new Set(Object.values(HEAD_CLASSES).flat());
/** Heads written before the place's own name: "Camp Lejeune", "Fort Hale", "Ft. Riley". */
const PREFIX_HEADS: ReadonlySet<string> = new Set(words('camp fort ft'));

/**
 * Words that say what kind of place it is, not which one: alone before a head they name no place ("Labor Camp", "Nurses
 * Station", "Boot Camp", "Air Force Base", "Superior Court", "Medical Ward"). Data, not code: the clinical exclusions.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([...FACILITY_GENERIC_WORDS, ...GENERIC_PLACE_WORDS, ...words(
  'nurse nurses nursing charge fire police bus train gas weigh boot air force army navy naval marine marines coast guard national reserve ' +
  'military infantry cavalry armored airborne artillery engineer engineers signal headquarters hq labor labour migrant farm farmworker ' +
  'worker workers foster youth seniors adult kids homeless night summer winter work space superior district drug juvenile municipal probate ' +
  'circuit supreme federal tribal town village dairy cattle fish sheep horse poultry tree fruit apple christmas organic family-run ' +
  'assisted independent transitional sober halfway group residential care respite retirement student graduate summer day overnight ' +
  'isolation observation step-down stepdown postpartum antepartum labor-and-delivery psych psychiatric medical surgical telemetry ' +
  'oncology cardiac stroke burn trauma neuro orthopedic ortho maternity pediatric paediatric neonatal geriatric hospice bariatric ' +
  'acute chronic open closed general main upper lower old new north south east west central inner outer big little grand great ' +
  'high low back front side top bottom middle far near my his her their our your a an the this that these those rescue gospel safe ' +
  'american national international royal world peace job newborn baby well special intermediate level permanent primary current ' +
  'previous prior temporary usual own private paper saw steel cotton textile lumber flour grist wind water coal copper gold silver ' +
  'uranium salt iron strip')]);

/** Words after a head that show it is part of a longer phrase, not the end of a name ("Farm Road", "Camp Counselor"). */
const AFTER_HEAD_STOPS: ReadonlySet<string> = new Set(words('road rd street st avenue ave lane ln drive dr boulevard blvd way highway hwy route ' +
  'court ct circle cir trail place pl counselor counselors director staff worker workers work'));

const NAME_GAP_RE = /^(?:[ \t\u00a0]{1,2}|-|[ \t\u00a0]*&[ \t\u00a0]*)$/;
const DOT_GAP_RE = /^\.[ \t\u00a0]?$/;
const MAX_NAME_WORDS = 4;
/** A branch designator after the head: "Camp 4", "Lodge No. 12", "Post #118", "Pod C". */
const DESIGNATOR_RE = /^[ \t](?:(?:No\.?|#)[ \t]?)?(?:\d{1,5}|[A-Z])(?![\p{L}\p{N}]|\.\p{L}|[.][ \t]\p{Lu}\p{Ll})/u;

/** Shaped like a name word here: capitalised or in capitals in mixed text; any word elsewhere (with a stronger test). */
function shaped(c: NameContext, q: number): boolean {
  const w = c.words[q];
  return c.mode === 'mixed' ? w.capitalized || w.upper : c.mode === 'upper' ? w.upper : true;
}

/** Whether word q may stand in a place's own name. */
function nameWord(c: NameContext, marks: WordMarks, q: number): boolean {
  const w = c.words[q];
  if (!w.alpha || c.protectedTerm[q] || !shaped(c, q) || MONTHS.has(w.lower) || US_STATES.has(w.lower)) return false;
  if (FUNCTION_WORDS.has(w.lower) && !KIND_WORDS.has(w.lower)) return false;
  if (c.is(q, WORD_TITLE | WORD_CREDENTIAL | WORD_ROLE) && !marks.isName(q) && !marks.isPlace(q)) return false;
  return marks.free(q) || marks.isName(q) || marks.isPlace(q);
}

/**
 * Whether word q says which place, not what kind: outside the kind words, and outside clinical vocabulary ("Skull Base",
 * "Tongue Base"), unless another unit took it for a name or a place. In caps-only and lower-case notes the word must
 * also be outside every allow-list or a listed town, because there its shape carries nothing.
 */
function distinctive(c: NameContext, marks: WordMarks, q: number): boolean {
  const lw = c.words[q].lower;
  if (marks.isName(q) || marks.isPlace(q)) return true;
  if (KIND_WORDS.has(lw) || HEADS.has(lw) || lw.length < 3) return false;
  if (c.is(q, WORD_CLINICAL) || c.lex.clinical.has(lw)) return false;
  if (c.mode !== 'mixed') return notAllowed(c, q) || c.isCity(q);
  return true;
}

export function detectHeadClassPlaces(c: NameContext, marks: WordMarks): void {
  // Capitals are the signal that a run is a name: in caps-only and lower-case notes "base", "camp" and "ward" after an
  // unknown abbreviation are shorthand ("snds clear lt base"), so the unit leaves those notes to the slot units.
  if (c.mode !== 'mixed') return;
  const { words } = c;
  for (let h = 1; h < words.length; h++) {
    const head = words[h];
    if (!HEADS.has(head.lower) || !marks.free(h) || !shaped(c, h) || !c.sameLine(h)) continue;
    // The head closes the name: a capitalised word right after it continues a longer name or a street ("Mission Viejo", "Farm Road").
    const next = words[h + 1];
    if (next && c.sameLine(h + 1) && /^[ \t\u00a0]{1,2}$/.test(next.gapBefore) &&
      (AFTER_HEAD_STOPS.has(next.lower) || (c.mode === 'mixed' && next.alpha && (next.capitalized || next.upper) && !FUNCTION_WORDS.has(next.lower)))) continue;
    let s = h;
    let named = false;
    while (s > 0 && h - s < MAX_NAME_WORDS) {
      const q = s - 1;
      const gap = words[s].gapBefore;
      const dotted = DOT_GAP_RE.test(gap) && (words[q].lower === 'st' || words[q].lower === 'mt' || words[q].lower.length === 1);
      if (!c.sameLine(s) || !(NAME_GAP_RE.test(gap) || dotted) || !nameWord(c, marks, q)) break;
      if (distinctive(c, marks, q)) named = true;
      s = q;
    }
    // Leading kind words ("the", "Old") are not the name; the run must keep a word that names the place.
    while (s < h && KIND_WORDS.has(words[s].lower) && !marks.isName(s) && !marks.isPlace(s)) s++;
    if (s === h || !named) continue;
    // A single everyday word that only opens a sentence carries no capital signal ("Apple orchard" is lower-case anyway;
    // "Sunday Camp" is not a name): it needs to be outside the dictionary or taken by another unit.
    const sentenceStart = s === 0 || /[.!?:\n]\s*$/.test(words[s].gapBefore) || words[s].gapBefore === '';
    if (sentenceStart && h - s === 1 && c.isCommon(s) && !marks.isName(s) && !marks.isPlace(s) && !notAllowed(c, s)) continue;
    let e = h;
    const designator = DESIGNATOR_RE.exec(c.text.slice(head.end, head.end + 10));
    if (designator) {
      const endChar = head.end + designator[0].length;
      while (e + 1 < words.length && words[e + 1].start < endChar) e++;
    }
    marks.add(s, e, 'LOCATION', RECOGNIZER, true);
    h = e;
  }
  detectPrefixHeads(c, marks);
}

/** "Camp Lejeune", "Fort Hale", "Ft. Riley": one to three name words after a prefix head, the first distinctive. */
function detectPrefixHeads(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let h = 0; h + 1 < words.length; h++) {
    if (!PREFIX_HEADS.has(words[h].lower) || !marks.free(h) || !(c.mode === 'mixed' ? words[h].capitalized || words[h].upper : true)) continue;
    const gap = words[h + 1].gapBefore;
    if (!c.sameLine(h + 1) || !/^\.?[ \t\u00a0]{1,2}$/.test(gap) || (gap.startsWith('.') && words[h].lower !== 'ft')) continue;
    if (!nameWord(c, marks, h + 1) || !distinctive(c, marks, h + 1) || !marks.free(h + 1)) continue;
    // Lower-case notes: "camp" before any word is a verb or a noun phrase ("camp fire"); only a listed town or a word in no
    // allow-list names the camp there, which distinctive() already asks.
    let e = h + 1;
    while (e + 1 < words.length && e - h < 3 && c.sameLine(e + 1) && /^[ \t\u00a0]$/.test(words[e + 1].gapBefore) && marks.free(e + 1) &&
      nameWord(c, marks, e + 1) && !KIND_WORDS.has(words[e + 1].lower) && c.mode === 'mixed') e++;
    marks.add(h, e, 'LOCATION', RECOGNIZER, true);
    h = e;
  }
}

export const TOWN_OF_PLACE = 'location.town-of-place';
/** Words that close "<place> in <Town>": punctuation aside, the sentence goes on with a time, a preposition or a verb. */
const AFTER_TOWN_WORDS: ReadonlySet<string> = new Set(words('from on since until till for and with where when while during after before at by ' +
  'to was is were has had who which between through'));
/** Words after a place and "in" that say where inside it or when, not which town ("in Room 4", "in January", "in Radiology"). */
const NOT_TOWN_WORDS: ReadonlySet<string> = new Set(words('room rm bed suite floor unit ward bay pod wing building bldg clinic department dept ' +
  'lobby office hall basement lot garage er ed icu or pacu triage radiology laboratory lab pharmacy surgery recovery hospice home person ' +
  'monday tuesday wednesday thursday friday saturday sunday today tonight spring summer fall autumn winter the a an his her their ' +
  'inc llc ltd corp co pc pa pllc md do rn np attn re fax phone tel ph cc patient name resident dob mrn date page'));
const TOWN_CLOSE_RE = /^(?:[ \t\u00a0]*(?:[.,;:()\n\r]|[—–]|$)|[ \t\u00a0]+(?:-[ \t]|\d))/;

/** Whether word q may be a word of a town's name in this note's case. */
function townWord(c: NameContext, marks: WordMarks, q: number, loose = false): boolean {
  const w = c.words[q];
  if (!w || !w.alpha || !marks.free(q) || c.protectedTerm[q] || w.lower.length < 2) return false;
  if (FUNCTION_WORDS.has(w.lower) || MONTHS.has(w.lower) || NOT_TOWN_WORDS.has(w.lower) || KIND_WORDS.has(w.lower) && !c.isCity(q)) return false;
  if (c.is(q, WORD_TITLE | WORD_CREDENTIAL | WORD_ROLE) && !c.isCity(q)) return false;
  if (c.mode === 'mixed') return (w.capitalized || w.upper) && (!c.is(q, WORD_CLINICAL) || c.isCity(q) || (loose && !clinicalByForm(w.lower)));
  return c.isCity(q);
}

/**
 * `location.town-of-place`: the town an institution another unit found is in, written after it — "hospitalized at St.
 * Kateri Hospital in Enterprise from 5/15", "Sunrise Residence, Progress (Resident: …)" — one to three words, any words in
 * mixed text when capitalised (a town is often an English word: Liberty, Temple, Normal), only listed towns in caps-only
 * and lower-case text, closed by punctuation, a line's end or the next phrase's first word.
 */
export function detectTownsOfPlaces(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!marks.isPlace(i) || marks.isPlace(i + 1)) continue;
    let t = i + 1;
    const inWord = words[t].lower === 'in' && c.sameLine(t) && /^[ \t\u00a0]{1,2}$/.test(words[t].gapBefore);
    const comma = /^,[ \t\u00a0]{1,2}$/.test(words[t].gapBefore) && c.sameLine(t);
    if (!inWord && !comma) continue;
    if (inWord) t++;
    // After a comma a clinical word may be a town only where the line or a label closes it (checked below).
    if (!c.sameLine(t) || (inWord && !/^[ \t\u00a0]{1,2}$/.test(words[t].gapBefore)) || !townWord(c, marks, t, comma)) continue;
    let e = t;
    while (e + 1 < words.length && e - t < 2 && c.sameLine(e + 1) && /^[ \t\u00a0]$/.test(words[e + 1].gapBefore) && townWord(c, marks, e + 1, comma)) e++;
    // Back off words that open the next phrase ("in Liberty County", "Progress Resident:"): the town is the shortest run closed well.
    let close = -1;
    let strongClose = false;
    for (let x = e; x >= t && close < 0; x--) {
      const after = c.text.slice(words[x].end, words[x].end + 3);
      const nextWord = words[x + 1];
      const nextClosesPhrase = nextWord !== undefined && c.sameLine(x + 1) && AFTER_TOWN_WORDS.has(nextWord.lower) && /^[ \t\u00a0]$/.test(nextWord.gapBefore);
      // A label after a comma-written town ("Sunrise Residence, Progress Resident: …"): a capitalised word and a colon.
      const labelNext = comma && nextWord !== undefined && c.sameLine(x + 1) && /^[ \t\u00a0]{1,2}$/.test(nextWord.gapBefore) && (nextWord.capitalized || nextWord.upper) &&
        c.text.charAt(nextWord.end) === ':';
      if (TOWN_CLOSE_RE.test(after) || nextClosesPhrase || labelNext) close = x;
      strongClose = labelNext || /^[ \t\u00a0]*(?:\r?\n|$)/.test(after);
    }
    if (close < 0) continue;
    // After a comma only a listed town, or in mixed text a capitalised word in no allow-list, is the town: ", Psychiatry" is not.
    // A comma-written town that closes a letterhead line or stands before the next label is the place's town whatever its
    // word ("Sunrise Residence, Progress Resident: …").
    if (comma) {
      let ok = true;
      for (let x = t; x <= close; x++) {
        const listedOrUnknown = c.isCity(x) || (c.mode === 'mixed' && notAllowed(c, x) && !c.is(x, WORD_CLINICAL));
        if (!listedOrUnknown && !(strongClose && c.mode === 'mixed')) ok = false;
      }
      if (!ok) continue;
    }
    let phrase = '';
    for (let x = t; x <= close; x++) phrase += (x > t ? ' ' : '') + words[x].lower;
    if (US_STATES.has(phrase)) continue;
    marks.add(t, close, 'LOCATION', TOWN_OF_PLACE);
    i = close;
  }
}

export const NAMED_DEPARTMENT = 'location.named-department';
/** Heads of a unit of care that a place's own name may precede ("Tamarind Cath Lab", "Mokcrest Dialysis Unit"). */
const DEPARTMENT_HEADS: ReadonlySet<string> = new Set(words('lab labs laboratory laboratories suite unit surgery imaging care home'));

/**
 * Whether word q closes an institution's name: a facility or head-class noun, a possessive saint's name ("St Rita's"), or a
 * hospital's code ("GH", "MGH": "ADM FROM GH CATH LAB" is that hospital's cath lab).
 */
function institutionEnd(c: NameContext, q: number): boolean {
  const w = c.words[q];
  return (c.unit[q] & UNIT_FACILITY_HEAD) !== 0 || HEADS.has(w.lower) || w.end !== w.baseEnd || (w.upper && w.lower.length <= 5);
}

/** Verbs, adverbs and nouns of a process before a unit ("HOSPITALIZATION", "REFERRED", "RECENTLY") are no place's name. */
const PROCESS_WORD_RE = /.{3}(?:ed|ing|ly|tion|sion|ment|ness)$/;

/**
 * A word of the unit's kind between the name and the head: clinical vocabulary (whole, by its form, or a clinical prefix
 * before a clinical word: "Postanesthesia") or a kind-of-place word ("Cath", "Dialysis", "Veterans").
 */
function kindOrClinical(c: NameContext, q: number): boolean {
  const w = c.words[q];
  return w.alpha && (KIND_WORDS.has(w.lower) || c.is(q, WORD_CLINICAL) || c.lex.clinical.has(w.lower) || clinicalByForm(w.lower) ||
    clinicalCompound(c.lex, w.lower)) && !FUNCTION_WORDS.has(w.lower);
}

/**
 * `location.named-department`: a unit of care named after its place — one to three name words, then words of the unit's
 * kind, then a department head ("Salix Endoscopy Suite", "Zubwyck Veterans Home", "SKOMERE DIALYSIS UNIT"), or a practice
 * named by two clinical words joined by "&" ("Lone Pine Heart & Rhythm", "Cedar Gap Bone & Joint"). A department of the
 * note's own hospital has only kind words ("the Cardiac Cath Lab", "Routine Wound Care" holds no name), so the name must
 * hold two words outside clinical and kind vocabulary, or one in no allow-list, a listed town, or a word another unit took.
 * In caps-only text only a word in no allow-list or a listed town counts; lower-case text is left to the slot units. After a
 * place another unit found, the unit is that place's department and stays.
 */
export function detectNamedDepartments(c: NameContext, marks: WordMarks): void {
  if (c.mode === 'lower') return;
  const { words } = c;
  for (let h = 2; h < words.length; h++) {
    const head = words[h];
    if (!marks.free(h) || !c.sameLine(h) || !(c.mode === 'mixed' ? head.capitalized || head.upper : head.upper)) continue;
    // "&" joins drugs and orders in caps-only text ("FFP & PROTAMINE"): a practice's pair of kind words is written capitalised.
    const pair = c.mode === 'mixed' && head.capitalized && words[h - 1].capitalized && /^[ \t\u00a0]*&[ \t\u00a0]*$/.test(head.gapBefore) &&
      kindOrClinical(c, h) && kindOrClinical(c, h - 1);
    if (!pair && !DEPARTMENT_HEADS.has(head.lower)) continue;
    // The head closes the name ("Cath Lab Staff" is a team, "Sleep Lab Report" a document).
    const next = words[h + 1];
    if (next && c.sameLine(h + 1) && /^[ \t\u00a0]{1,2}$/.test(next.gapBefore) && next.alpha && (next.capitalized || next.upper) && !FUNCTION_WORDS.has(next.lower)) continue;
    // Walk back over the kind words, then over the name words.
    let m = pair ? h - 1 : h;
    while (m - 1 >= 0 && h - m < 4 && c.sameLine(m) && /^(?:[ \t\u00a0]{1,2}|[ \t\u00a0]*&[ \t\u00a0]*)$/.test(words[m].gapBefore) && marks.free(m - 1) &&
      shaped(c, m - 1) && kindOrClinical(c, m - 1) && !distinctive(c, marks, m - 1)) m--;
    if (m === h) continue;
    let s = m;
    let strong = 0;
    let plain = 0;
    while (s - 1 >= 0 && m - s < 3 && c.sameLine(s) && /^[ \t\u00a0]{1,2}$/.test(words[s].gapBefore) && nameWord(c, marks, s - 1) && distinctive(c, marks, s - 1) &&
      !kindOrClinical(c, s - 1) && !c.is(s - 1, WORD_MOVEMENT | WORD_HEADER) && !PROCESS_WORD_RE.test(words[s - 1].lower) &&
      // After an institution another unit found, the unit is a department of it ("St Rita's Clinical Laboratory"); after a
      // town it is the town's practice ("[Lone Pine] Heart & Rhythm").
      !(marks.isPlace(s - 1) && institutionEnd(c, s - 1))) {
      const q = s - 1;
      if (notAllowed(c, q) || c.isCity(q) || marks.isName(q) || marks.isPlace(q)) strong++;
      else plain++;
      s--;
    }
    if (s === m || (strong === 0 && (plain < 2 || c.mode !== 'mixed'))) continue;
    marks.add(s, h, 'LOCATION', NAMED_DEPARTMENT, true);
  }
}
