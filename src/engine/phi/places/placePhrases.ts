// Owns three place grammars that read what the other place units found: `location.institution-tail` (a named place
// goes on with the kind of place it is: "[Cedar House] family shelter", "[Lompoc Braves] JV", "[Two Rivers Otters] swim
// club", "[Kanawha Valley] General"), `location.landmark` (where a person without a home stays, named by a landmark:
// "under the route 9 overpass", "the riverbank camp by Old Mill bridge", "behind the Tamarack Street Safeway") and
// `location.person-of-town` (a town after a person and "of": "legal guardian Dagny Ngata of Friendship and …").
// Safe Harbor counts every geographic unit smaller than a state and every named institution as an identifier.
import { INLINE_GAP_RE, type NameContext } from '../nameContext';
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { COUNTRIES, EMPLOYER_HEADS, FUNCTION_WORDS, MONTHS, US_STATES } from '../vocab';
import { notAllowed } from '../deny/allowList';
import { listedTownWord } from './orgAfterCue';
import { HEAD_CLASSES } from './headClasses';
import { UNIT_FACILITY_HEAD } from '../unitWords';

export const INSTITUTION_TAIL = 'location.institution-tail';
export const LANDMARK = 'location.landmark';
export const PERSON_OF_TOWN = 'location.person-of-town';

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Kinds of place written after the place's own name: shelters, clubs and teams, schools by level, churches. */
const TAIL_HEADS: ReadonlySet<string> = new Set(words('shelter shelters mission club league squad jv varsity academy primary ' +
  'intermediate elementary preschool daycare fellowship chapel temple mosque synagogue ministries commons pavilion drop encampment camp ' +
  'general'));
/** A descriptor that may stand between the name and its kind: "family shelter", "swim club", "youth league". */
const TAIL_DESCRIPTORS: ReadonlySet<string> = new Set(words('family families women womens men mens youth swim soccer baseball softball ' +
  'football basketball hockey wrestling track running boys girls homeless emergency overnight winter day community rescue ' +
  'junior senior little'));

/** Organisation heads and industry words that continue a place's name after it in mixed text ("Processing", "Mining Co"). */
const ORGANISATION_TAILS: ReadonlySet<string> = new Set([...Object.values(HEAD_CLASSES).flat(), ...EMPLOYER_HEADS, ...words(
  'processing storage cold mining logging freight rail yard yards resort casino co inc llc ltd corp corporation company enterprises industries ' +
  'holdings partners associates packing packers growers orchards foods shelter mission camp lodge ranch farms farm dairy cooperative')]);

/** Words after "General" that make it an adjective of care, not a hospital written short ("general surgery"). */
const GENERAL_NOT_HOSPITAL: ReadonlySet<string> = new Set(words('surgery surgeon surgeons surgical medicine medical anesthesia anaesthesia ' +
  'appearance condition health practice practitioner pediatrics paediatrics internal ward wards population public hospital ' +
  'physical exam examination impression malaise weakness fatigue'));

/** "[Cedar House] family shelter": extends a place another unit found over the kind of place written after it. */
export function detectInstitutionTails(c: NameContext, marks: WordMarks): void {
  const { words: ws } = c;
  for (let i = 0; i < ws.length; i++) {
    if (!marks.isPlace(i) || (i + 1 < ws.length && marks.isPlace(i + 1))) continue;
    // i ends a place run: find its start for the extended span.
    let s = i;
    while (s > 0 && marks.isPlace(s - 1) && c.sameLine(s)) s--;
    let q = i + 1;
    // "[Mission Row Drop]-In", "[Minto Gravel & Ready]-Mix": a hyphenated word belongs to the name whole.
    if (q < ws.length && ws[q].gapBefore === '-' && ws[q].alpha && marks.free(q) && !c.protectedTerm[q]) {
      marks.add(s, q, 'LOCATION', INSTITUTION_TAIL, true);
      i = q;
      continue;
    }
    // "[Gallatin Poultry] Processing", "[Bitterroot Valley] Mining Co.", "[Red Cedar] Cold Storage": in mixed text, capitalised
    // organisational heads of any class after a place continue its name (the head classes of places/headClasses.ts). "Co"
    // right after a town is its county ("Resides in Rumford Co."), so it only follows an organisation head ("Mining Co.", "[Owl Creek Manufacturing] Co.").
    if (c.mode === 'mixed') {
      let t = q;
      while (t < ws.length && t - q < 3 && c.sameLine(t) && /^[ \t\u00a0]{1,2}$/.test(ws[t].gapBefore) && marks.free(t) && !c.protectedTerm[t] &&
        (ws[t].capitalized || ws[t].upper) && ORGANISATION_TAILS.has(ws[t].lower) &&
        !(t === q && ws[t].lower === 'co' && !ORGANISATION_TAILS.has(ws[i].lower) && (c.unit[i] & UNIT_FACILITY_HEAD) === 0)) t++;
      if (t > q) {
        marks.add(s, t - 1, 'LOCATION', INSTITUTION_TAIL, true);
        i = t - 1;
        continue;
      }
    }
    if (q < ws.length && c.sameLine(q) && INLINE_GAP_RE.test(ws[q].gapBefore) && TAIL_DESCRIPTORS.has(ws[q].lower) && marks.free(q)) q++;
    const head = ws[q];
    if (!head || !c.sameLine(q) || !INLINE_GAP_RE.test(head.gapBefore) || !TAIL_HEADS.has(head.lower) || !marks.free(q)) continue;
    // "General" is a hospital written short only at the end of its phrase ("[Iron Range] General, 4 West"), not "general surgery".
    if (head.lower === 'general' && GENERAL_NOT_HOSPITAL.has(ws[q + 1]?.lower ?? '') && c.sameLine(q + 1)) continue;
    // "Drop-In": the hyphenated kind of day shelter.
    let e = q;
    if (head.lower === 'drop') {
      if (ws[q + 1]?.lower !== 'in' || ws[q + 1].gapBefore !== '-') continue;
      e = q + 1;
    }
    marks.add(s, e, 'LOCATION', INSTITUTION_TAIL, true);
    i = e;
  }
}

/** Landmarks a person without a home is found at or sleeps by; street words name a landmark too ("Tamarack Street"). */
const LANDMARK_HEADS: ReadonlySet<string> = new Set(words('overpass underpass bridge viaduct trestle pavilion park camp encampment creek ' +
  'riverbank river levee tracks railyard depot terminal station library plaza mall lot garage tunnel woods ' +
  'street st avenue ave road rd boulevard blvd lane ln drive highway hwy route'));
/** Words that send a person to a landmark: "seen under …", "sleeps behind …", "camps near …", "found at …". */
const LANDMARK_CUES: ReadonlySet<string> = new Set(words('seen found sleeps sleeping slept camps camping camped stays staying stayed lives ' +
  'living located located tent tented parked'));
const SPATIAL_PREPS: ReadonlySet<string> = new Set(words('under underneath beneath behind near by beside at in along outside off'));
/** Words that chain a second landmark on: "the riverbank camp by Old Mill bridge". */
const CHAIN_PREPS: ReadonlySet<string> = new Set(words('by near behind beside under off on at'));
const MAX_LANDMARK_WORDS = 8;

/**
 * `location.landmark`: after a cue of where a person is ("seen", "sleeps", "camps") and a spatial preposition, "the" and
 * a run that holds a landmark or street word and closes the phrase is the place, in any case: "seen under the route 9
 * overpass,", "sleeps behind the Tamarack Street Safeway.". A bare landmark ("under the bridge") names no place: the run
 * needs a word before its head.
 */
export function detectLandmarks(c: NameContext, marks: WordMarks): void {
  const { words: ws } = c;
  for (let i = 0; i + 2 < ws.length; i++) {
    if (!LANDMARK_CUES.has(ws[i].lower)) continue;
    let t = i + 1;
    const prep = SPATIAL_PREPS.has(ws[t].lower) && c.sameLine(t) ? t : -1;
    if (prep >= 0) t++;
    if (ws[t]?.lower !== 'the' || !c.sameLine(t) || !marks.free(t)) continue;
    let e = t;
    let head = false;
    let modifier = false;
    for (let q = t + 1; q < ws.length && q - t <= MAX_LANDMARK_WORDS; q++) {
      const w = ws[q];
      if (!c.sameLine(q) || !/^(?:[ \t\u00a0]{1,2}|-)$/.test(w.gapBefore) || !(marks.free(q) || marks.isPlace(q) || marks.isName(q))) break;
      if (CHAIN_PREPS.has(w.lower) && head) {
        e = q;
        continue;
      }
      if (w.lower === 'the' && CHAIN_PREPS.has(ws[q - 1].lower)) continue;
      if (!(w.alpha || /^\d{1,4}$/.test(w.lower)) || (w.alpha && FUNCTION_WORDS.has(w.lower)) || c.protectedTerm[q] ||
        (c.is(q, WORD_CLINICAL) && !LANDMARK_HEADS.has(w.lower)) || MONTHS.has(w.lower)) break;
      if (LANDMARK_HEADS.has(w.lower) && q > t + 1) head = true;
      else modifier = true;
      e = q;
    }
    // Back off a dangling chain word, then require the phrase to close right after the run.
    while (e > t && CHAIN_PREPS.has(ws[e].lower)) e--;
    if (!head || !modifier || e <= t + 1) continue;
    if (!/^(?:[ \t\u00a0]*[.,;:()\n\r]|[ \t\u00a0]*$)/.test(c.text.slice(ws[e].end, ws[e].end + 3))) continue;
    // The preposition itself is part of the description of the spot ("under the route 9 overpass").
    marks.add(prep >= 0 ? prep : t, e, 'LOCATION', LANDMARK);
    i = townAfterLandmark(c, marks, e);
  }
}

/**
 * "seen under the route 9 overpass, Liberal pt known to team": the town a landmark is in, written after it and a comma —
 * one to three words, the first a listed town or a word in no allow-list, capitalised in mixed-case text, never clinical
 * (unless a capitalised listed town). Returns the last word taken, or the landmark's last word.
 */
function townAfterLandmark(c: NameContext, marks: WordMarks, e: number): number {
  const { words: ws } = c;
  const j = e + 1;
  if (j >= ws.length || !c.sameLine(j) || !/^,[ \t\u00a0]{1,2}$/.test(ws[j].gapBefore) || !marks.free(j)) return e;
  const ok = (q: number): boolean => {
    const w = ws[q];
    if (!w.alpha || w.lower.length < 3 || FUNCTION_WORDS.has(w.lower) || c.protectedTerm[q] || US_STATES.has(w.lower) || MONTHS.has(w.lower)) return false;
    if (c.mode === 'mixed' && !w.capitalized) return false;
    return !c.is(q, WORD_CLINICAL | WORD_TITLE | WORD_ROLE) || listedTownWord(c, q);
  };
  if (!ok(j) || !(c.isCity(j) || notAllowed(c, j))) return e;
  let k = j;
  while (k + 1 < ws.length && k + 1 - j < 3 && c.sameLine(k + 1) && /^[ \t\u00a0]$/.test(ws[k + 1].gapBefore) && marks.free(k + 1) && ok(k + 1) &&
    (c.isCity(k + 1) || notAllowed(c, k + 1)) && c.mode === 'mixed') k++;
  marks.add(j, k, 'LOCATION', LANDMARK);
  return k;
}

/** After the town: words that close the phrase "<person> of <Town>". */
const AFTER_TOWN_RE = /^(?:[ \t\u00a0]*[.,;:()\n\r]|[ \t\u00a0]*$|[ \t\u00a0]+(?:and|or|who|was|is|has|with|&)\b)/i;

/**
 * `location.person-of-town`: "<a person another unit named> of <Town>" — "Dagny Ngata of Friendship and …", "UNCLE
 * DAGNY KAHANANUI OF PARADISE AND …". The town is one to three words, closed by punctuation or a conjunction, and either a
 * listed town or (in mixed-case text) capitalised outside every allow-list; a department or clinical word ("Dr. Lee of
 * Cardiology") is never taken.
 */
export function detectPersonOfTown(c: NameContext, marks: WordMarks): void {
  const { words: ws } = c;
  for (let p = 1; p + 1 < ws.length; p++) {
    if (ws[p].lower !== 'of' || !marks.isName(p - 1) || !c.sameLine(p) || !c.sameLine(p + 1) || !/^[ \t\u00a0]{1,2}$/.test(ws[p].gapBefore)) continue;
    let e = p;
    let listed = false;
    let unknown = false;
    for (let q = p + 1; q < ws.length && q - p <= 3; q++) {
      const w = ws[q];
      if (!c.sameLine(q) || !/^[ \t\u00a0]{1,2}$/.test(w.gapBefore) || !w.alpha || !marks.free(q) || c.protectedTerm[q]) break;
      if (FUNCTION_WORDS.has(w.lower) || MONTHS.has(w.lower) || c.is(q, WORD_TITLE | WORD_CREDENTIAL | WORD_ROLE)) break;
      if (c.mode === 'mixed' && !w.capitalized) break;
      if (c.isCity(q)) listed = true;
      else if (c.is(q, WORD_CLINICAL)) break;
      else if (c.mode === 'mixed' && notAllowed(c, q)) unknown = true;
      e = q;
    }
    if (e === p || !(listed || unknown)) continue;
    let phrase = '';
    for (let x = p + 1; x <= e; x++) phrase += (x > p + 1 ? ' ' : '') + ws[x].lower;
    if (US_STATES.has(phrase) || COUNTRIES.has(phrase)) continue;
    if (!AFTER_TOWN_RE.test(c.text.slice(ws[e].end, ws[e].end + 6))) continue;
    marks.add(p + 1, e, 'LOCATION', PERSON_OF_TOWN);
    p = e;
  }
}

export const PRACTICE_LINE = 'location.practice-line';
/** Specialties a practice is named by ("Bright Arch Dental", "Clearwater Dermatology"): heads that stand for the practice. */
const PRACTICE_HEADS: ReadonlySet<string> = new Set(words('dental dentistry orthodontics endodontics periodontics dermatology optometry ' +
  'chiropractic podiatry audiology pediatrics eyecare vision'));
/** Words that make the run a department or a service, not a named practice ("Pediatric Dental", "Family Dentistry"). */
const DEPARTMENT_OPENERS: ReadonlySet<string> = new Set(words('family general community pediatric paediatric adult geriatric university ' +
  'hospital clinic department dept division service services cosmetic restorative surgical emergency urgent primary the'));
/** What may stand before the practice on its line: nothing, a dash after a title, a form's column gap, or "to"/"at"/"from". */
const BEFORE_PRACTICE_RE = /(?:^|\n)[ \t]*$|[—–-][ \t]*$|\S[ \t]{2,}$|\b(?:to|at|from|with)[ \t]+$/i;
/** What may follow it: the line's end, a dash or a full stop. */
const AFTER_PRACTICE_RE = /^(?:[ \t]*(?:\r?\n|$)|[ \t]+[—–-][ \t]|\.|,)/;

/**
 * `location.practice-line`: a practice named by two or three name words and its specialty, standing on its own — a
 * letterhead or signature line ("Bright Arch Dental" under or beside the examiner's NPI), a title's subject after a dash
 * ("Intake — Bright Arch Dental"), or the object of "to"/"at" closed by a dash or the line's end. The name words are
 * capitalised (or in capitals like the line), open with no department word, and the first is no clinical word.
 */
export function detectPracticeLines(c: NameContext, marks: WordMarks): void {
  const { words: ws } = c;
  for (let h = 2; h < ws.length; h++) {
    if (!PRACTICE_HEADS.has(ws[h].lower) || !marks.free(h) || !c.sameLine(h) || !/^[ \t\u00a0]$/.test(ws[h].gapBefore)) continue;
    const shaped = (q: number): boolean => (c.mode === 'mixed' ? ws[q].capitalized : ws[q].upper || c.mode === 'lower');
    if (!shaped(h)) continue;
    let s = h;
    while (s - 1 >= 0 && h - s < 3 && c.sameLine(s) && /^[ \t\u00a0]$/.test(ws[s].gapBefore) && ws[s - 1].alpha && shaped(s - 1) &&
      marks.free(s - 1) && !c.protectedTerm[s - 1] && !FUNCTION_WORDS.has(ws[s - 1].lower) && !c.is(s - 1, WORD_TITLE | WORD_CREDENTIAL | WORD_ROLE)) s--;
    if (h - s < 2 || DEPARTMENT_OPENERS.has(ws[s].lower) || c.is(s, WORD_CLINICAL)) continue;
    const lineStart = c.text.lastIndexOf('\n', ws[s].start - 1) + 1;
    if (!BEFORE_PRACTICE_RE.test(c.text.slice(lineStart, ws[s].start)) || !AFTER_PRACTICE_RE.test(c.text.slice(ws[h].end, ws[h].end + 4))) continue;
    marks.add(s, h, 'LOCATION', PRACTICE_LINE);
  }
}
