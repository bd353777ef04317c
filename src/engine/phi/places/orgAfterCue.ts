// Owns `location.org-after-cue`: an organisation or place named by the slot it fills, not by its words. After a verb
// or noun of care, residence, work, schooling or worship and its preposition ("discharged to", "hospitalized at",
// "works for", "employed by", "hospice through", "attends", "was at"), a capitalised run in mixed-case text is the
// name of a place even when every word is English ("Heritage Oaks", "Regions", "Kindred", "Golden Years Retirement
// Community") — the default-deny idea applied to the slot: a capitalised word where a place stands is not safe because
// a dictionary holds it. Departments, clinical words, drugs, states, countries and times are what such slots also
// hold, so they end or veto the run.
import { INLINE_GAP_RE, type NameContext } from '../nameContext';
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { COUNTRIES, FACILITY_GENERIC_WORDS, FUNCTION_WORDS, MONTHS, NAMED_HEADS, US_STATES } from '../vocab';
import { clinicalByForm, clinicalCompound, notAllowed, shorthandCapitals } from '../deny/allowList';

export const RECOGNIZER = 'location.org-after-cue';

/**
 * Cue words and the prepositions after which they name a place. Verbs of care and residence take a place after "at",
 * "from", "to", "into"; work and schooling verbs also "for", "with" and "by"; "home health" and hospice "through"/"by".
 */
const PLACE_PREPS = ['at', 'from', 'to', 'into', 'in'];
/** Every preposition some cue takes: the unit reads only the words after one of these. */
const SLOT_PREPS: ReadonlySet<string> = new Set(['at', 'from', 'to', 'into', 'in', 'for', 'by', 'through', 'of', 'on', 'with', 'near', 'aboard']);
// Not "with": "worked with asbestos", "works with children".
const WORK_PREPS = ['at', 'for', 'by', 'from'];
// Not "with": after a treatment it names the drug or the device ("chemotherapy with Cisplatin").
const SERVICE_PREPS = ['at', 'through', 'by', 'from'];
const CUES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  // Care: the place a patient was treated, admitted, sent or brought from.
  ...words('admitted readmitted hospitalized hospitalised transferred transfered discharged treated delivered boarded ' +
    'brought presented detoxed incarcerated jailed housed sheltered institutionalized').map((w) => [w, PLACE_PREPS] as const),
  // Not "in": "seen in Figure 1", "followed in clinic".
  ...words('seen followed evaluated managed').map((w) => [w, ['at', 'from']] as const),
  // Residence and movement: a care home, an apartment complex or a town.
  ...words('lives lived living resides resided residing stays stayed staying moved moving relocated relocating returned')
    .map((w) => [w, ['at', 'in', 'to', 'from', 'into']] as const),
  // Services named by what they give: "rehab at", "hospice through", "dialysis at", "labs drawn at".
  ...words('rehab rehabilitation hospice dialysis detox infusion infusions chemo chemotherapy radiation therapy ' +
    'colonoscopy mammogram imaging labs drawn appointment appt appts visit visits stay procedure surgery respite')
    .map((w) => [w, SERVICE_PREPS] as const),
  // Work: the employer after a work verb or an occupation word.
  // Losing work names the employer too: "laid off from", "fired from", "let go by".
  ...words('laid fired terminated furloughed dismissed let').map((w) => [w, ['from', 'by', 'at']] as const),
  ...words('works worked working work employed employee employer job retired volunteers volunteered volunteering volunteer ' +
    'drives drove cashier clerk manager mechanic teacher teaches taught nurse aide machinist welder driver cook server ' +
    'janitor custodian supervisor foreman technician tech secretary receptionist accountant engineer laborer labourer')
    .map((w) => [w, WORK_PREPS] as const),
  // Military service and farm labour name the unit, base, ship, camp or ranch a person is at: "stationed at Fort Hale",
  // "deployed with Task Force Saber", "serving aboard the Harlan County", "picks at Rio Verde Orchards".
  ...words('stationed deployed deploying redeployed assigned posted based serving serves served enlisted garrisoned billeted')
    .map((w) => [w, ['at', 'to', 'with', 'in', 'aboard', 'on']] as const),
  ...words('picks picked picking harvests harvested harvesting pruning packs packing herding milking')
    .map((w) => [w, ['at', 'for', 'on']] as const),
  // Travel: "flying in from Needles", "drove up from Sweet Home".
  ...words('flying flew fly flown driving drove drive driven').map((w) => [w, ['from', 'to']] as const),
  // Going somewhere regularly: "goes to Sunrise Adult Day", "went to Walgreens".
  ...words('goes go went going gone attend').map((w) => [w, ['to', 'at']] as const),
  // Services named by the agency that gives them: "home health by Amedisys", "nursing care through Interim".
  ...words('health care services nursing aides aide').map((w) => [w, ['through', 'by', 'from', 'via']] as const),
  // Schooling and worship: the school, college or congregation.
  ...words('attends attended attending enrolled studies studied studying student graduated grade grader freshman ' +
    'sophomore junior senior worships worshipped member parishioner congregant deacon pastor minister active counselor ' +
    'counsellor camper iep')
    .map((w) => [w, ['at', 'from', 'in', 'of', 'through']] as const),
  // Teams and clubs: "plays for the Wapiti Wolverines", "practice with Lompoc Braves JV", "swims for Two Rivers".
  ...words('plays played playing practice practices practiced practicing competes competed swims swam runs wrestles ' +
    'wrestled coaches coached skates dances trains')
    .map((w) => [w, ['for', 'on', 'with']] as const),
  // Where a person grew up, was born or is calling from: "grew up in Fond du Lac", "by speakerphone from Comfort",
  // "has a sister in Tucson", "visiting from Liberal", "Emergency contact in Temple:", "at my father's place in Commerce".
  ...words('grew raised born calling called calls phoned phoning speakerphone visiting visited arrived arriving immigrated ' +
    'emigrated traveled travelled traveling travelling neighbor neighbour sister brother daughter son cousin aunt uncle ' +
    'niece nephew relatives contact contacts guardian friend friends parents mother father grandmother grandfather wife husband ' +
    'partner spouse girlfriend boyfriend place apartment trailer')
    .map((w) => [w, ['in', 'from', 'near']] as const),
  // Records and prescriptions named by their source: "records from Mission Row Drop-In", "verified with Harmony Drug",
  // "dispensed by Harmony Drug", "hospitalization at Iron Range General", "prior pregnancy at St. Martin's".
  // Not "confirmed by": a test confirms a finding ("Confirmed by Sanger sequencing").
  ...words('records notes chart films picked').map((w) => [w, ['from']] as const),
  ...words('verified').map((w) => [w, ['with']] as const),
  ...words('dispensed filled supplied').map((w) => [w, ['by', 'at', 'from', 'through']] as const),
  ...words('hospitalization hospitalisation admission pregnancy delivery birth').map((w) => [w, ['at']] as const),
  // Not "referral to": referrals name programmes and services as often as practices ("referral to Meals on Wheels").
  // A resident of a care home or a town: "resident of Brookdale Harmony until 2021".
  ...words('resident residents').map((w) => [w, ['of', 'at']] as const),
  // Where a person sleeps or is found some nights: "sleeps in a van, sometimes at Mission Row Drop-In".
  ...words('sleeps slept sleeping sometimes usually often occasionally mostly nightly').map((w) => [w, ['at']] as const),
]);
/** Verbs of schooling whose direct object is the school or daycare: "Attends Little Acorns Daycare", "attended Pine Hollow". */
const DIRECT_CUES: ReadonlySet<string> = new Set(words('attends attended'));
const ATTENDED_NOT_PLACES: ReadonlySet<string> = new Set(words('group groups therapy therapies class classes program programme meeting ' +
  'meetings session sessions anonymous watchers services service mass rehab rehabilitation counseling counselling support clinic ' +
  'appointments visits lectures lecture course courses training workshop rounds'));
/** "was at Presbyterian", "is currently at Kindred": a person's whereabouts after a form of "be". */
const BE_WORDS: ReadonlySet<string> = new Set(words('was is been were are remains remained'));
/** Adverbs that may stand between a cue and its preposition ("transferred directly from", "seen previously at"). */
const ADVERBS: ReadonlySet<string> = new Set(words('previously currently recently formerly directly initially originally then now still ' +
  'last first again briefly temporarily permanently most there here part full in up down over back out off go nearby close locally'));
/** Verbs that take a direct object before the preposition ("attends school at", "works nights at"). */
const OBJECT_WORDS: ReadonlySet<string> = new Set(words('nights days weekends evenings shifts shift school church services class classes mass ' +
  'full-time part-time fulltime parttime'));
/** Capitalised words these slots also hold that name no place: times, states of the patient, generic destinations. */
const NOT_PLACES: ReadonlySet<string> = new Set(words('home baseline bedtime night nights noon midnight morning evening rest risk ' +
  'times time least once first last this that all present end work school church er ed icu or pacu floor unit ward bedside ' +
  'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight weekend discharge admission ' +
  'dr doctor nurse mr mrs ms miss patient pt family daughter son wife husband mother father staff hospital clinic facility ' +
  'medicare medicaid tricare insurance self room bed rehab snf ltac ltach alf nh jail prison shelter hospice triage figure table'));
const AREA_NOUNS: ReadonlySet<string> = new Set(['county', 'co', 'parish', 'township', 'twp', 'borough']);
/** Days, whole and short: "seen at Bellhaven General on Monday" ends the name before the date. */
const WEEKDAYS: ReadonlySet<string> = new Set(words('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs ' +
  'fri sat sun'));
/** Units of one hospital: a run of English words before one is a department, not an organisation. */
const DEPARTMENT_ENDS: ReadonlySet<string> = new Set(words('unit units ward floor department dept service services team bay pod wing suite ' +
  'lab laboratory program division section'));
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'at', 'and', 'the', 'on', 'for', '&']);
const MAX_RUN_WORDS = 5;
/** Gaps inside one name: a space, a hyphen, an ampersand or the full stop of "St."/"Mt.". */
const RUN_GAP_RE = /^(?:[ \t\u00a0]{1,2}|-|[ \t\u00a0]*&[ \t\u00a0]*)$/;
const DOT_GAP_RE = /^\.[ \t\u00a0]?$/;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Whether word q can be part of a place's proper name in this slot. */
function runWord(c: NameContext, q: number): boolean {
  const w = c.w(q)!;
  if (!(w.alpha || /^\d{1,3}(?:st|nd|rd|th)$/i.test(w.lower)) || c.protectedTerm[q] || shorthandCapitals(c, q)) return false;
  // Eponyms name devices, positions and signs in these slots ("placed into the Foley", "in Trendelenburg").
  if (c.lex.eponyms.has(w.lower) || clinicalCompound(c.lex, w.lower)) return false;
  // "St. Agnes", "Mt. Zion": the saint's or mount's abbreviation opens a name whatever the lists say of it.
  if ((w.lower === 'st' || w.lower === 'mt' || w.lower === 'ft') && w.capitalized && c.text.charAt(w.end) === '.') return true;
  if (!(w.capitalized || (w.upper && w.lower.length >= 2))) return false;
  if (c.is(q, WORD_TITLE | WORD_CREDENTIAL | WORD_ROLE) || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) return false;
  // Clinical vocabulary is a department or a finding ("transferred to Medicine", "seen at Cardiology"), unless it is one of
  // the generic words organisations are named with ("Heritage Oaks Rehab", "Mercy Behavioral").
  // A listed town that is also a word of care ("neighbor in Comfort", "grew up in Normal") stays a town when capitalised.
  if (c.is(q, WORD_CLINICAL) && !FACILITY_GENERIC_WORDS.has(w.lower) && !listedTownWord(c, q)) return false;
  // Acronyms in capitals: a hospital's code ("UCLA") but not a unit or a test ("ICU", "CT").
  if (w.upper && (w.lower.length > 6 || c.lex.clinical.has(w.lower))) return false;
  return true;
}

/** Index of the preposition's cue word when word p (a preposition) follows one, else -1. */
function cueBefore(c: NameContext, p: number): number {
  const prep = c.w(p)!.lower;
  // "sister-in-law", "drop-in": a hyphen makes the preposition part of a compound, not a slot.
  if (!/^[ \t\u00a0,]{1,3}$/.test(c.w(p)!.gapBefore)) return -1;
  let q = p - 1;
  // One adverb or object may stand between ("works nights at", "seen previously at").
  for (let hops = 0; q >= 0 && hops < 2 && c.sameLine(q + 1); hops++) {
    const lw = c.w(q)!.lower;
    const preps = CUES.get(lw);
    if (preps && preps.includes(prep)) return q;
    if (BE_WORDS.has(lw) && (prep === 'at' || prep === 'in') && hops === 0) return q;
    if (!ADVERBS.has(lw) && !OBJECT_WORDS.has(lw)) return -1;
    q--;
  }
  return -1;
}

export function detectOrgsAfterCue(c: NameContext, marks: WordMarks): void {
  // Capitals carry the signal; caps-only and lower-case notes need the slot closed by punctuation (see caselessSlots).
  if (c.mode !== 'mixed') {
    detectCaselessSlots(c, marks);
    return;
  }
  const { words } = c;
  for (let p = 0; p + 1 < words.length; p++) {
    const direct = DIRECT_CUES.has(words[p].lower);
    if (!(SLOT_PREPS.has(words[p].lower) || direct) || !c.sameLine(p) || !c.sameLine(p + 1) || !/^[ \t\u00a0]{1,2}$/.test(words[p + 1].gapBefore)) continue;
    if (!direct && cueBefore(c, p) < 0) continue;
    let s = p + 1;
    // "The Lodge at Cedar Hollow": a capitalised article opens the name; a lower-case one stays outside it.
    if (words[s].lower === 'the' && s + 1 < words.length && c.sameLine(s + 1)) s += words[s].capitalized ? 0 : 1;
    // A place or a name another unit took in the slot may be only part of the organisation ("[Kessler Tool] & Die").
    if (!(marks.free(s) || marks.isPlace(s) || marks.isName(s))) continue;
    const e = runEnd(c, marks, s);
    if (e < s) continue;
    if (!namesAPlace(c, s, e)) continue;
    // A direct object of "attends" is also a meeting, a class or a programme ("Attends Group Therapy", "Attends Weight Watchers").
    if (direct && words.slice(s, e + 1).some((w) => ATTENDED_NOT_PLACES.has(w.lower))) continue;
    marks.add(s, e, 'LOCATION', RECOGNIZER, true);
    p = e;
  }
}

/** Last word of the capitalised run starting at s (connectors inside it between capitalised words), or s - 1. */
function runEnd(c: NameContext, marks: WordMarks, s: number): number {
  const { words } = c;
  const first = words[s];
  if (!(first.lower === 'the' && first.capitalized) && !runWord(c, s)) return s - 1;
  let e = s;
  for (let q = s + 1; q < words.length && q - s < MAX_RUN_WORDS; q++) {
    const w = words[q];
    if (!c.sameLine(q)) break;
    const gap = w.gapBefore;
    const dotted = DOT_GAP_RE.test(gap) && (words[q - 1].lower === 'st' || words[q - 1].lower === 'mt');
    if (!RUN_GAP_RE.test(gap) && !dotted) break;
    if (CONNECTORS.has(w.lower) && !w.capitalized) {
      // A connector stays inside only between two capitalised name words ("Our Lady of Mercy", "The Lodge at Cedar Hollow").
      const n = q + 1;
      if (n < words.length && c.sameLine(n) && RUN_GAP_RE.test(words[n].gapBefore) && runWord(c, n) && marks.free(n)) continue;
      break;
    }
    if (!runWord(c, q) || !(marks.free(q) || marks.isPlace(q) || marks.isName(q))) break;
    e = q;
  }
  // A trailing connector never ends the name; an administrative noun stays outside it, as the area unit leaves it
  // ("Resides in [Boulton] Co.", "[Eischen] County").
  while (e > s && (CONNECTORS.has(words[e].lower) || AREA_NOUNS.has(words[e].lower))) e--;
  return e;
}

/** The run names a place: not only stop words, generic kind-of-place words, a state or a country. */
function namesAPlace(c: NameContext, s: number, e: number): boolean {
  const { words } = c;
  let phrase = '';
  let distinct = 0;
  for (let q = s; q <= e; q++) {
    const lw = words[q].lower;
    phrase += (q > s ? ' ' : '') + lw;
    // A hospital named by its founding church or as a memorial ("was at Presbyterian", "transferred from Memorial").
    if (NAMED_HEADS.has(lw) && s === e && lw !== 'rehab') {
      distinct++;
      continue;
    }
    if (FUNCTION_WORDS.has(lw) || CONNECTORS.has(lw) || NOT_PLACES.has(lw) || FACILITY_GENERIC_WORDS.has(lw) || US_STATES.has(lw)) continue;
    // Words of the code set's index or clinical by their form name a unit of care ("the Medical Intensive Care Unit").
    if ((c.lex.indexClinical.has(lw) || c.lex.clinical.has(lw) || clinicalByForm(lw)) && !c.isCity(q) && !c.isLast(q)) continue;
    distinct++;
  }
  if (distinct === 0) return false;
  // A lone acronym is a unit or a test as often as a hospital's code ("remains in the LDR"): the cue rules read codes.
  if (s === e && words[s].upper) return false;
  // A run closed by a unit of a hospital is a department ("the Medical Intensive Care Unit", "the Maxillofacial Surgery
  // Department"); a named one ("Kessler Sleep Lab") is the facility grammar's, by its distinctive word.
  if (DEPARTMENT_ENDS.has(words[e].lower)) return false;
  if (US_STATES.has(phrase) || COUNTRIES.has(phrase)) return false;
  // A state or a country before a generic word is a department of that level ("State Hospital" stays a place though).
  return true;
}

/** Caseless slot runs stop here: words a sentence goes on with after a place ("staying at X with family"). */
const CASELESS_STOPS: ReadonlySet<string> = new Set(words('with and or but since until for on in at by from to who which that when where while ' +
  'since per as after before during about because since x'));
const MAX_CASELESS_WORDS = 4;
/** Heads of a practice or a hospital written after its name and words of care ("URGENT CARE", "FAMILY MEDICINE", "DENTAL"). */
const CARE_HEADS: ReadonlySet<string> = new Set(words('care center centre clinic clinics dental dentistry medicine general hospital ' +
  'pharmacy drug drugs cboc orthodontics pediatrics'));
/** Kind-of-place words that open a name: "Camp Wapiti", "Fort Lee", "Temple Beth El", "Lake Ridge". */
const OPENING_HEADS: ReadonlySet<string> = new Set(words('camp fort temple congregation lake mount mt saint st'));
/** Verbs of residence and movement after which a listed town alone is the place in caseless text. */
const RESIDENCE_SLOT_CUES: ReadonlySet<string> = new Set(words('lives lived living resides resided residing moved moving relocated ' +
  'relocating visiting grew raised born'));
/** What closes a caseless slot: punctuation, the line's end, or a word of time that starts the next phrase ("until 2019"). */
const CASELESS_CLOSE_RE = /^(?:[ \t\u00a0]*[.,;:()\n\r]|[ \t\u00a0]*$|[ \t\u00a0]+(?:until|since|till)\b|[ \t\u00a0]+[—–-][ \t\u00a0])/i;
/** Kind-of-place heads that close a named place in caseless text ("lighthouse family shelter", "bethel assembly"). */
const CASELESS_HEADS: ReadonlySet<string> = new Set(words('shelter mission assembly fellowship church chapel temple tabernacle academy ' +
  'elementary intermediate primary preschool daycare camp club plastics logistics storage foods dairy farms mills industries ' +
  'manufacturing motors trucking freight terrace gardens manor commons lodge village estates apartments'));

/**
 * `location.org-after-cue` in caps-only and lower-case notes ("LAID OFF FROM REDLINE LOGISTICS.", "staying at lighthouse
 * family shelter."): capitals say nothing, so the run after the cue must close the phrase (punctuation, a bracket or the
 * line's end) within four words, hold no clinical, function, time or generic word, and be either two words or more or
 * one word in no allow-list or a listed town. One everyday word ("works at home.", "went to bed.") is never taken.
 */
function detectCaselessSlots(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let p = 0; p + 1 < words.length; p++) {
    const direct = DIRECT_CUES.has(words[p].lower);
    if (!(SLOT_PREPS.has(words[p].lower) || direct) || !c.sameLine(p) || !c.sameLine(p + 1) || !/^[ \t\u00a0]{1,2}$/.test(words[p + 1].gapBefore)) continue;
    const cue = direct ? p : cueBefore(c, p);
    // "# is in green chart": a form of "be" places things as often as people, so caseless text needs a verb of its own.
    if (cue < 0 || BE_WORDS.has(words[cue].lower)) continue;
    let s = p + 1;
    if (words[s].lower === 'the' && s + 1 < words.length && c.sameLine(s + 1)) s++;
    let e = s - 1;
    let distinct = false;
    // A generic word ("family") may stand inside the name only before a kind-of-place head ("lighthouse family shelter").
    let generic = -1;
    // A person's name opens many schools and churches ("[lincoln] intermediate"): taken only before a kind-of-place head.
    let named = false;
    for (let q = s; q < words.length && q - s < MAX_CASELESS_WORDS; q++) {
      const w = words[q];
      if (!c.sameLine(q) || (q > s && !RUN_GAP_RE.test(w.gapBefore))) break;
      if (q > s && CASELESS_HEADS.has(w.lower) && marks.free(q)) {
        e = q;
        break;
      }
      if (q > s && NOT_PLACES.has(w.lower) && generic < 0) generic = q;
      else if (marks.isName(q) && !c.protectedTerm[q]) named = true;
      else if (!caselessWord(c, marks, q)) break;
      // A listed town counts only when it is no English word too ("daughter in early shift" is a time, not Early, TX).
      if (notAllowed(c, q) || (c.isCity(q) && !c.isCommon(q)) || marks.isPlace(q)) distinct = true;
      e = q;
    }
    if (generic >= 0 && (generic === e || !CASELESS_HEADS.has(words[e].lower))) e = generic - 1;
    // "FROM IRON RANGE URGENT CARE (", "TO BRIGHT ARCH DENTAL —": two name words, then words of care closed by a practice's
    // head; the name words alone decide that a practice, not a department ("URGENT CARE"), is named.
    let careHead = false;
    if (e >= s + 1 && !named && (generic < 0 || generic === e + 1) && !CASELESS_HEADS.has(words[e].lower)) {
      for (let q = e + 1; q < words.length && q - e <= 3; q++) {
        const w = words[q];
        if (!c.sameLine(q) || !RUN_GAP_RE.test(w.gapBefore) || !w.alpha || !marks.free(q) || c.protectedTerm[q]) break;
        if (CARE_HEADS.has(w.lower)) {
          e = q;
          careHead = true;
          break;
        }
        if (FUNCTION_WORDS.has(w.lower) || (NOT_PLACES.has(w.lower) && w.lower !== 'family')) break;
      }
    }
    if (e < s || (named && !CASELESS_HEADS.has(words[e].lower))) continue;
    // "COUNSELOR AT CAMP WAPITI.": a kind-of-place word opening the name makes the run a place.
    if (OPENING_HEADS.has(words[s].lower) && e > s) distinct = true;
    // "resides in comfort.": after a verb of residence or movement a listed town closing the phrase is the town; it may
    // go on with its company ("visiting from comfort with family").
    // So is a word no list holds there ("he lives nearby in verdanby and ..."): no English or clinical word, no name.
    const townSlot = e === s && RESIDENCE_SLOT_CUES.has(words[cue].lower) && (c.isCity(s) ||
      (!c.isCommon(s) && !c.isFirst(s) && !c.isLast(s) && !marks.isName(s) && words[s].lower.length >= 4));
    if (townSlot) distinct = true;
    // The phrase must close right after the run: "staying at lighthouse family shelter." but not "works at the bank on Main".
    const after = c.text.slice(words[e].end, words[e].end + 8);
    if (!CASELESS_CLOSE_RE.test(after) && !(townSlot && /^[ \t\u00a0]+(?:with|and)\b/i.test(after))) continue;
    // Everyday words after a cue are often no place ("returned to previous setting", "daughter in early shift"): the run
    // needs a word in no allow-list, a listed town, a place another unit found, or a kind-of-place head at its end.
    if (!distinct && !careHead && !CASELESS_HEADS.has(words[e].lower)) continue;
    if (!namesAPlace(c, s, e)) continue;
    if (direct && words.slice(s, e + 1).some((w) => ATTENDED_NOT_PLACES.has(w.lower))) continue;
    marks.add(s, e, 'LOCATION', RECOGNIZER, true);
    p = e;
  }
}

function caselessWord(c: NameContext, marks: WordMarks, q: number): boolean {
  const w = c.w(q)!;
  if (!w.alpha || w.lower.length < 2 || c.protectedTerm[q] || !(marks.free(q) || marks.isPlace(q))) return false;
  if (FUNCTION_WORDS.has(w.lower) || CASELESS_STOPS.has(w.lower) || NOT_PLACES.has(w.lower) || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) return false;
  if (c.is(q, WORD_TITLE | WORD_CREDENTIAL | WORD_ROLE) || c.lex.eponyms.has(w.lower) || clinicalCompound(c.lex, w.lower)) return false;
  if (c.is(q, WORD_CLINICAL) && !FACILITY_GENERIC_WORDS.has(w.lower) && !c.isCity(q)) return false;
  return !US_STATES.has(w.lower) && !COUNTRIES.has(w.lower);
}

/** A capitalised word of mixed-case text that is a listed town and no word of the code set's index ("Comfort", "Normal"). */
export function listedTownWord(c: NameContext, q: number): boolean {
  const w = c.w(q)!;
  return c.mode === 'mixed' && w.capitalized && c.isCity(q) && !c.lex.indexClinical.has(w.lower);
}
