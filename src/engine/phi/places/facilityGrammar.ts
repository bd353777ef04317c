// Owns `facility.grammar`: organisation names found by their grammar, not by a list — a run of name words
// closed by a facility head noun ("Lakeshore Family Practice", "Hollins Pharmacy", "Westbrook Elementary School",
// "Tessaract Tool Inc", "Sunny Acres Nursing Home"), with an "of <Town>" tail ("First Baptist Church of Millbrook").
import { hospitalDayCount } from './cueRules';
import { INLINE_GAP_RE, type NameContext } from '../nameContext';
import { notAllowed } from '../deny/allowList';
import { WORD_CLINICAL, WORD_TITLE } from '../lexicon';
import type { WordMarks } from '../wordMarks';
import { UNIT_FACILITY_HEAD } from '../unitWords';
import {
  CONTACT_CUES, EMPLOYER_HEADS, FACILITY_GENERIC_WORDS, FUNCTION_WORDS, HOME_INSTITUTION_WORDS, HOUSE_INSTITUTION_WORDS, LIVING_INSTITUTION_WORDS, PERSON_VERBS,
} from '../vocab';

export const RECOGNIZER = 'facility.grammar';
const EMPLOYER_HEAD_SET: ReadonlySet<string> = new Set(EMPLOYER_HEADS);
/** Words before "system" or "network" that make it an organisation of care ("Ardon Health System"). */
export const SYSTEM_OWNER_WORDS: ReadonlySet<string> = new Set(['health', 'healthcare', 'hospital', 'hospitals', 'medical', 'care', 'clinic', 'clinics']);
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'at', 'on', 'de', 'del', 'la']);
/** Legal-form suffixes written after a comma: ", P.A.", ", PC", ", LLC", ", Inc." stay inside the organisation's name. */
const LEGAL_SUFFIX_RE = /^,[ \t\u00a0]?(?:P\.?\s?A\.?|P\.?\s?C\.?|L\.?L\.?C\.?|L\.?L\.?P\.?|Inc\.?|Ltd\.?|Corp\.?|S\.?C\.?|P\.?L\.?L\.?C\.?)(?![\p{L}])/u;
/** A store or branch number after the head: " #2855", " No. 12", " Store 4410". */
const STORE_NUMBER_RE = /^[ \t]?(?:#|[Nn]o\.?[ \t]?|[Ss]tore[ \t]#?)[ \t]?\d{1,6}(?![\p{L}\p{N}])/u;
/** "(HGH)": an acronym in brackets right after a place names the same place. */
const ACRONYM_RE = /^[ \t\u00a0]?\(([A-Z]{2,6})\)/;
const DEPARTMENT_WORDS = new Set(['service', 'services', 'department', 'dept', 'unit', 'ward', 'division', 'section', 'team', 'consult', 'consultation', 'fellow', 'resident', 'residents', 'staff', 'rotation', 'program', 'programme', 'floor', 'wing', 'bay']);
const MAX_RUN_WORDS = 5;
const FACILITY_CUE_RE = /\b(?:followed|seen|treated|transferred|admitted|discharged|referred|health|services?|works?|worked|employed|attends?|attended|resides?|lives)[ \t]+(?:at|through|from|to|by|with)[ \t]+$/i;
/** Gap inside an organisation name: spaces, a hyphen, an ampersand ("Smith & Jones Associates"), a dot ("St."). */
const NAME_GAP_RE = /^(?:[ \t\u00a0]{1,2}|-|[ \t\u00a0]*&[ \t\u00a0]*)$/;
/** A full stop inside a name only after "St" or an initial ("St. Luke's Family Practice"). */
const DOT_GAP_RE = /^\.[ \t\u00a0]?$/;
/** Heads that name an organisation on their own grammar; generic heads (care, health) need a distinctive unknown word. */
const WEAK_HEADS = new Set(['care', 'health', 'healthcare', 'medical', 'surgery', 'therapy', 'therapies', 'services', 'facility', 'medicine', 'residence', 'residences', 'center', 'centre', 'ctr', 'hospital', 'hospitals', 'clinic', 'clinics', 'group', 'company', 'rehab', 'rehabilitation', 'agency', 'dental', 'orthodontics', 'dermatology', 'cardiology', 'neurology', 'oncology', 'orthopedics', 'orthopaedics', 'radiology', 'urology', 'gastroenterology', 'obgyn', 'gynecology', 'obstetrics', 'pediatrics', 'physicians', 'imaging']);

/** Verbs of schooling and residence that announce a facility's name and are never part of it. */
const SLOT_VERBS: ReadonlySet<string> = new Set(['attends', 'attended', 'attending', 'lives', 'lived', 'resides', 'resided', 'enrolled', 'volunteers', 'volunteered']);

function shapedLikeName(c: NameContext, q: number): boolean {
  const w = c.w(q)!;
  if (c.mode === 'mixed') return w.capitalized || w.upper;
  return true;
}

export function detectFacilities(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    const head = words[i];
    if (((c.unit[i] & UNIT_FACILITY_HEAD) === 0 && !camelHead(c, i)) || !shapedLikeName(c, i) || c.is(i, WORD_CLINICAL) && head.upper && head.lower.length <= 3) continue;
    if (hospitalDayCount(c, i)) continue;
    if ((head.lower === 'home' || head.lower === 'homes') && !HOME_INSTITUTION_WORDS.has(words[i - 1].lower) && !namedHome(c, marks, i)) continue;
    if (head.lower === 'living' && !LIVING_INSTITUTION_WORDS.has(words[i - 1].lower)) continue;
    if (head.lower === 'house' && !HOUSE_INSTITUTION_WORDS.has(words[i - 1].lower)) continue;
    // "Ardon Health System", "Mercy Hospital Network": a system or network of health care, not the "Bethesda system".
    if ((head.lower === 'system' || head.lower === 'network') && !SYSTEM_OWNER_WORDS.has(words[i - 1].lower)) continue;
    // "Torrain Middle" is a middle school written short; "Right Middle Lobe" goes on to the organ, so "middle" ends the name.
    if (head.lower === 'middle' && words[i + 1] && c.sameLine(i + 1) && /^[ \t]{1,2}$/.test(words[i + 1].gapBefore) && words[i + 1].alpha) continue;
    // Business heads ("Steel", "Foods", "Diner") are everyday words in caps-only notes: only capitalisation makes them names.
    // A work cue earlier on the line ("WORKS AS A WELDER AT TREERINI HARDWARE") says a business is named.
    if (c.mode !== 'mixed' && EMPLOYER_HEAD_SET.has(head.lower) && !workCueBefore(c, i)) continue;
    // Walk back over the name words of the organisation.
    let s = i;
    let distinctive = false;
    let commonDistinct = 0;
    // A frame word within the run ("BLACK HAWK REGIONAL FORENSIC CENTER") lets clinical words stand in it.
    let framePassed = false;
    for (let q = i - 1; q >= 0 && i - q <= 3 && c.sameLine(q + 1); q--) if (FRAME_WORDS.has(words[q].lower)) framePassed = true;
    while (s > 0 && i - s < MAX_RUN_WORDS) {
      const q = s - 1;
      const w = words[q];
      const gap = words[s].gapBefore;
      const dotOk = DOT_GAP_RE.test(gap) && (w.lower === 'st' || w.lower.length === 1);
      // Clinical words end the name, except the frame words of an institution's name and the name words before them
      // ("COPPER VALE CRITICAL ACCESS HOSPITAL"); framedName decides whether such a run is a name.
      const framed = FRAME_WORDS.has(w.lower) || framePassed;
      if (!c.sameLine(s) || !(NAME_GAP_RE.test(gap) || dotOk) || !w.alpha || c.protectedTerm[q] ||
        (c.is(q, WORD_CLINICAL) && !FACILITY_GENERIC_WORDS.has(w.lower) && !framed)) break;
      if (FRAME_WORDS.has(w.lower)) framePassed = true;
      // Two spaces and a change of case part the columns of a form ("LABORATORY REQUISITION  Tamarind Community College").
      if (/^[ \t\u00a0]{2}$/.test(gap) && w.upper !== words[s].upper) break;
      // "Our Lady of Mercy Hospital": "of" between two capitalised name words stays inside the name.
      // "Our Lady of the Lake Hospital", "Torilner Nursing and Rehabilitation Center": connectors between capitalised words.
      const capAt = (x: number): boolean => x >= 0 && (words[x].capitalized || words[x].upper);
      const innerOf = CONNECTORS.has(w.lower) && c.mode === 'mixed' && (capAt(s) || CONNECTORS.has(words[s].lower)) &&
        (capAt(q - 1) || (q > 1 && CONNECTORS.has(words[q - 1].lower) && capAt(q - 2)));
      if (!innerOf && (!shapedLikeName(c, q) || (FUNCTION_WORDS.has(w.lower) && !FACILITY_GENERIC_WORDS.has(w.lower)))) break;
      if (c.is(q, WORD_TITLE)) break;
      // "Attends Lincoln Elementary": the verb of the slot opens the sentence; it is never a word of the school's name.
      if (SLOT_VERBS.has(w.lower)) break;
      // A surname another unit took as a person often names the practice ("[Pelz] Family Practice"): the whole run is the place.
      if (marks.isName(q)) distinctive = true;
      // A word another unit already took for a place makes the run a named place ("[Grace Lutheran] Church").
      if (marks.isPlace(q)) distinctive = true;
      if (!FACILITY_GENERIC_WORDS.has(w.lower) && (c.unit[q] & UNIT_FACILITY_HEAD) === 0) {
        if (notAllowed(c, q) || c.isCity(q)) distinctive = true;
        else if (!c.is(q, WORD_CLINICAL)) commonDistinct++;
      }
      s = q;
    }
    // Drop leading generic words ("the", "our") from the span.
    while (s < i && (FUNCTION_WORDS.has(words[s].lower) || words[s].lower === 'the')) s++;
    // "... Church of Millbrook", "University of Pinevale": the town after "of" is part of the name.
    let e = i;
    const of = words[i + 1];
    if (of && of.lower === 'of' && c.sameLine(i + 1) && INLINE_GAP_RE.test(of.gapBefore)) {
      let t = i + 2;
      while (t < words.length && t - i - 2 < 3 && c.sameLine(t) && INLINE_GAP_RE.test(words[t].gapBefore) && words[t].alpha &&
        shapedLikeName(c, t) && !FUNCTION_WORDS.has(words[t].lower) && !c.protectedTerm[t] &&
        (c.mode === 'mixed' || !c.isCommon(t) || c.isCity(t))) t++;
      if (t > i + 2) {
        e = t - 1;
        for (let x = i + 2; x <= e; x++) if ((notAllowed(c, x) || c.isCity(x)) && !FACILITY_GENERIC_WORDS.has(words[x].lower)) distinctive = true;
      }
    }
    // A care cue before the run ("previously followed at", "home health through", "transferred from") says an organisation
    // is named, so a run of everyday words before a head noun is its name even in capitals ("FLAKE CARDIOLOGY GROUP").
    // Only a run with a word outside clinical vocabulary names one ("Mountain View Family Medicine", not "the Heart
    // Failure Clinic", a department).
    // In capitals the walk back can run over the cue itself ("HEALTH THROUGH MOUNTAIN VIEW …"): the name starts after it.
    let cueAt = -1;
    for (let q = s; q < i && cueAt < 0; q++) if (FACILITY_CUE_RE.test(c.text.slice(Math.max(0, words[q].start - 40), words[q].start))) cueAt = q;
    if (cueAt > s) s = cueAt;
    let nonClinical = false;
    for (let q = s; q < i && !nonClinical; q++) {
      const lw = words[q].lower;
      nonClinical = words[q].alpha && !FACILITY_GENERIC_WORDS.has(lw) && !FUNCTION_WORDS.has(lw) && (c.unit[q] & UNIT_FACILITY_HEAD) === 0 && !c.lex.clinical.has(lw);
    }
    const cued = nonClinical && cueAt >= 0;
    if (cued && s < i) distinctive = true;
    // Sentence-initial common words ("Discharged Home") carry no capitalisation signal.
    const sentenceStart = s === 0 || /[.!?:\n]\s*$/.test(words[s].gapBefore) || words[s].gapBefore === '';
    const mixedCommonRun = c.mode === 'mixed' && commonDistinct >= 1 && !sentenceStart && !WEAK_HEADS.has(head.lower);
    // A letterhead: the run opens its line and the head closes it (or a column gap or a dash follows), with a specialty or
    // kind-of-place word between the name and the head ("Arrowhead Occupational Medicine   PRE-PLACEMENT").
    const letterhead = c.mode === 'mixed' && commonDistinct >= 1 && i - s >= 2 && (s === 0 || !c.sameLine(s)) &&
      /^(?:[ \t]*(?:\r?\n|$)|[ \t]{2,}|[ \t]*[—–-][ \t])/.test(c.text.slice(words[i].end, words[i].end + 4)) &&
      (FACILITY_GENERIC_WORDS.has(words[i - 1].lower) || c.lex.clinical.has(words[i - 1].lower));
    // Lower-case and all-caps notes: one or two everyday words before a compound head ("silver lake home health", "COTTONWOOD
    // SENIOR CENTER", "fox hollow adult day services") name the place; a describing word ("the nearby senior center") does not.
    const caselessCompoundRun = c.mode !== 'mixed' && compoundNamed(c, s, i);
    // "Arrowhead Community Hospital", "OWL CREEK CRITICAL ACCESS HOSPITAL": words before the frame of an institution's
    // proper name ("Community", "General", "Regional", "Critical Access") are its name, even when each is English.
    const framedRun = framedName(c, s, i);
    if (s === i && e === i) continue;
    // "Maxillofacial Surgery Service", "Neurology Department": a department of the hospital, not an organisation.
    if (DEPARTMENT_WORDS.has(words[e + 1]?.lower ?? '') && c.sameLine(e + 1)) continue;
    if (!(distinctive || mixedCommonRun || caselessCompoundRun || framedRun || letterhead)) continue;
    // Caps-only and lower-case notes carry no shape: only a strong head ("PHARMACY", "SCHOOL", "INC") names an organisation.
    if (c.mode !== 'mixed' && WEAK_HEADS.has(head.lower) && !(cued && s < i) && !caselessCompoundRun && !framedRun) continue;
    // ", P.A." after the head: the legal form is part of the name.
    const legal = LEGAL_SUFFIX_RE.exec(c.text.slice(words[e].end, words[e].end + 12));
    let last = e;
    if (legal) {
      const endChar = words[e].end + legal[0].length;
      while (last + 1 < words.length && words[last + 1].start < endChar) last++;
    }
    // "Swain Pharmacy #2855", "Dollar Mart Store No. 12": a chain's store number names one branch.
    const store = STORE_NUMBER_RE.exec(c.text.slice(words[last].end, words[last].end + 14));
    if (store) {
      const endChar = words[last].end + store[0].length;
      while (last + 1 < words.length && words[last + 1].start < endChar) last++;
    }
    marks.add(s, last, 'LOCATION', RECOGNIZER);
    i = last;
  }
  detectTheXAtY(c, marks);
  detectAcronyms(c, marks);
}

/** Last parts of a business name written as one word ("Red Cedar WorkCare", "Lakeside UrgentCare"); not "Med", which ends device brands ("SynchroMed"). */
const CAMEL_HEAD_RE = /^\p{Lu}\p{Ll}+(?:Care|Health|Clinic|Partners|Pharmacy)$/u;

/** A one-word business name ending in a facility head ("WorkCare", "UrgentMed"): a head in its own right. */
function camelHead(c: NameContext, i: number): boolean {
  const w = c.words[i];
  return c.mode === 'mixed' && w.alpha && CAMEL_HEAD_RE.test(c.text.slice(w.start, w.baseEnd));
}

/**
 * "San Rafael Home", "Saint Olaf's Home", "[Our Lady of the Lakes] Home": in mixed text a capitalised "Home" after a
 * place, a person's or saint's name another unit found, or a possessive name, is the institution's head.
 */
function namedHome(c: NameContext, marks: WordMarks, i: number): boolean {
  const { words } = c;
  const h = words[i];
  const p = words[i - 1];
  if (c.mode !== 'mixed' || !h.capitalized || !p.capitalized || !c.sameLine(i) || !/^[ \t\u00a0]$/.test(h.gapBefore)) return false;
  // "went Home", "Discharged Home": a verb or a sentence start before it.
  if (i < 2 || !c.sameLine(i - 1) || /[.!?:]\s*$/.test(p.gapBefore)) return false;
  return marks.isPlace(i - 1) || marks.isName(i - 1) || c.isCity(i - 1) || (p.end !== p.baseEnd && notAllowed(c, i - 1));
}

/** Heads of senior-living and residence names written "The <head> at <place>" ("The Lodge at Cedar Hollow"). */
const RESIDENCE_HEADS: ReadonlySet<string> = new Set(['lodge', 'manor', 'village', 'villas', 'residence', 'residences', 'gardens', 'terrace',
  'commons', 'pointe', 'reserve', 'inn', 'meadows', 'willows', 'oaks', 'pines', 'glen', 'landing', 'springs', 'heights', 'house', 'cottages',
  'estates', 'suites', 'towers', 'courtyard', 'crossing', 'arbors', 'grove', 'park', 'ridge', 'club', 'harbor', 'harbour', 'bridge', 'haven']);
const MAX_AT_WORDS = 3;

/**
 * `facility.grammar`, "The X at Y": a senior-living or residence name of the shape "The Lodge at Kettle Moraine", "THE
 * WILLOWS AT HARBOR POINT" — the article, one or two head words, "at" and one to three name words, all taken whatever
 * the lists say of each word. Mixed text needs a capitalised "The" or a residence head; other cases a residence head.
 */
function detectTheXAtY(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  const shaped = (q: number): boolean => c.mode === 'mixed' ? words[q].capitalized : c.mode === 'upper' ? words[q].upper : true;
  const nameOk = (q: number): boolean => q < words.length && c.sameLine(q) && /^[ \t\u00a0]{1,2}$/.test(words[q].gapBefore) && words[q].alpha &&
    shaped(q) && !FUNCTION_WORDS.has(words[q].lower) && !c.is(q, WORD_CLINICAL | WORD_TITLE) && !c.protectedTerm[q] && !MONTH_OR_DAY.has(words[q].lower);
  for (let t = 0; t + 3 < words.length; t++) {
    if (words[t].lower !== 'the') continue;
    let at = t + 1;
    while (at < words.length && at - t <= 2 && words[at].lower !== 'at' && nameOk(at)) at++;
    if (at === t + 1 || at >= words.length || words[at].lower !== 'at' || !c.sameLine(at) || at - t > 3) continue;
    const residenceHead = RESIDENCE_HEADS.has(words[at - 1].lower);
    if (!residenceHead && !(c.mode === 'mixed' && words[t].capitalized && t > 0 && c.sameLine(t) && !/[.!?:\n]\s*$/.test(words[t].gapBefore))) continue;
    let e = at;
    while (e + 1 < words.length && e - at < MAX_AT_WORDS && nameOk(e + 1)) e++;
    if (e === at) continue;
    let free = true;
    for (let q = t + 1; q <= e; q++) if (!marks.free(q) && !marks.isPlace(q) && !marks.isName(q)) free = false;
    if (!free) continue;
    marks.add(words[t].capitalized || words[t].upper ? t : t + 1, e, 'LOCATION', RECOGNIZER);
    t = e;
  }
}
const MONTH_OR_DAY: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Words that describe which place of a kind is meant without naming it ("her usual senior center", "a nearby food pantry"). */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set(['usual', 'nearby', 'nearest', 'closest', 'current', 'previous', 'prior', 'former', 'regular',
  'another', 'different', 'assigned', 'preferred', 'old', 'free', 'daily', 'weekly', 'skilled', 'certified', 'licensed', 'contracted', 'agency', 'any',
  'some', 'several', 'both', 'new', 'same', 'local', 'area', 'designated', 'approved', 'appropriate', 'available', 'possible', 'outpatient', 'intensive',
  'hospital', 'hospital-based', 'home-based', 'community-based', 'state', 'county', 'city', 'public', 'private', 'nonprofit', 'medicaid', 'medicare']);

const CASELESS_COMPOUND_HEADS: ReadonlySet<string> = new Set(['center', 'centre', 'services', 'group', 'associates', 'academy', 'daycare',
  'pantry', 'authority', 'house', 'dentistry', 'optometry', 'school', 'clinic', 'practice', 'pharmacy', 'agency', 'program', 'system']);
/** "home health", "behavioral health": an agency of that kind. */
const HEALTH_ORGANISATION_WORDS: ReadonlySet<string> = new Set(['home', 'behavioral', 'behavioural', 'mental', 'community']);

/**
 * One or two name words, then at least one generic word of the kind of place, then the head ("silver lake | home | health",
 * "redstone | senior | center"): the name words are not describing words, verbs of contact or clinical words.
 */
function compoundNamed(c: NameContext, s: number, i: number): boolean {
  const { words } = c;
  let q = s;
  while (q < i && !FACILITY_GENERIC_WORDS.has(words[q].lower) && (c.unit[q] & UNIT_FACILITY_HEAD) === 0) q++;
  // Heads that are organisations, not kinds of care ("supportive medical care", "CAREFUL SKIN CARE" are plans).
  const head = words[i].lower;
  if (!CASELESS_COMPOUND_HEADS.has(head) && !(head === 'health' && HEALTH_ORGANISATION_WORDS.has(words[i - 1].lower))) return false;
  const nameWords = q - s;
  if (nameWords < 1 || nameWords > 2 || q === i) return false;
  for (let x = q; x < i; x++) if (!FACILITY_GENERIC_WORDS.has(words[x].lower)) return false;
  for (let x = s; x < q; x++) {
    const lw = words[x].lower;
    if (DESCRIBING_WORDS.has(lw) || CONTACT_CUES.has(lw) || PERSON_VERBS.has(lw) || c.is(x, WORD_CLINICAL | WORD_TITLE) || /(?:ed|ing|ly)$/.test(lw) ||
      lw.length < 3) return false;
  }
  return true;
}

/** Words of the frame of an institution's proper name, between its own name and its head noun. */
const FRAME_WORDS: ReadonlySet<string> = new Set(['community', 'general', 'regional', 'memorial', 'county', 'critical', 'access', 'district',
  'area', 'university', 'baptist', 'methodist', 'presbyterian', 'lutheran', 'adventist', 'catholic', 'episcopal', 'osteopathic', 'veterans',
  'unified', 'consolidated', 'independent']);
/** Heads that close a framed institution name. */
const FRAME_HEADS: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'center', 'centre', 'clinic', 'clinics', 'system', 'health', 'healthcare',
  'school', 'schools', 'college', 'district', 'church', 'medicine', 'practice', 'pediatrics', 'physicians', 'associates']);

/**
 * `facility.grammar`, framed names: one to three name words (not clinical, not describing, not generic), then one or
 * more frame words, then a head: "Arrowhead Community Hospital", "Bitterroot Valley Unified School District".
 */
function framedName(c: NameContext, s: number, i: number): boolean {
  const { words } = c;
  if (!FRAME_HEADS.has(words[i].lower)) return false;
  let f = i - 1;
  let frames = 0;
  while (f >= s && (FRAME_WORDS.has(words[f].lower) || (frames > 0 && FACILITY_GENERIC_WORDS.has(words[f].lower) && !DESCRIBING_WORDS.has(words[f].lower)) ||
    // One word of the institution's kind right before the head: "Regional [Forensic] Center", "Community [Mental Health] Center".
    (f === i - 1 && (FACILITY_GENERIC_WORDS.has(words[f].lower) || c.is(f, WORD_CLINICAL) || c.lex.clinical.has(words[f].lower) ||
      (f - 1 >= s && FRAME_WORDS.has(words[f - 1].lower)))))) {
    if (FRAME_WORDS.has(words[f].lower)) frames++;
    f--;
  }
  if (frames === 0 || f < s || f - s >= 3) return false;
  // Clinical words may name a place before a frame ("Copper Vale Critical Access Hospital"), but not every word of it.
  let nonClinical = false;
  for (let q = s; q <= f; q++) {
    const lw = words[q].lower;
    if (!words[q].alpha || lw.length < 3 || DESCRIBING_WORDS.has(lw) || GENERIC_NAME_WORDS.has(lw) || FACILITY_GENERIC_WORDS.has(lw) ||
      c.is(q, WORD_TITLE) || c.protectedTerm[q] || CONTACT_CUES.has(lw) || PERSON_VERBS.has(lw)) return false;
    if (c.mode === 'mixed' && !words[q].capitalized && !words[q].upper) return false;
    if (!c.is(q, WORD_CLINICAL) && !c.lex.clinical.has(lw)) nonClinical = true;
  }
  return nonClinical;
}
/** Words before a frame that say which kind, not which one ("the Old Community Hospital" is rare; "Outside", "Local" are kinds). */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(['outside', 'local', 'nearby', 'area', 'rural', 'urban', 'small', 'large', 'big', 'main',
  'old', 'new', 'transferring', 'referring', 'receiving', 'sending', 'accepting', 'admitting', 'closest', 'nearest', 'tertiary', 'academic',
  'teaching', 'private', 'public', 'state', 'federal', 'military', 'army', 'navy', 'this', 'that', 'our', 'your', 'their', 'his', 'her', 'same', 'other']);

/** Words that announce an employer a few words later on the same line. */
const WORK_CUES = new Set(['works', 'worked', 'working', 'employed', 'employer', 'job']);
const WORK_CUE_WINDOW_WORDS = 8;

function workCueBefore(c: NameContext, i: number): boolean {
  for (let q = i - 1; q >= 0 && i - q <= WORK_CUE_WINDOW_WORDS; q--) {
    if (WORK_CUES.has(c.words[q].lower)) return true;
    if (!c.sameLine(q)) return false;
  }
  return false;
}

/**
 * `facility.acronym`: "Holmeelli General Hospital (HGH)": the bracketed acronym after a place found by any unit is the
 * same place; propagation then takes its later uses ("HGH imaging").
 */
export function detectAcronyms(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!w.upper || !marks.free(i) || !marks.isPlace(i - 1) || w.gapBefore.indexOf('(') < 0) continue;
    const m = ACRONYM_RE.exec(c.text.slice(words[i - 1].end, w.end + 1));
    if (!m || c.text.slice(w.start, w.baseEnd) !== m[1]) continue;
    // A clinical abbreviation in brackets ("(ICU)") names the place only when its letters are the place's initials ("Saint Mary's (SM)").
    if (c.is(i, WORD_CLINICAL) && !initialsOfPlace(c, marks, i - 1, m[1])) continue;
    marks.add(i, i, 'LOCATION', 'facility.acronym');
  }
}

/** Whether `acronym` is the initials of the place ending at word `last` (its own words and a leading "St"/"Saint"). */
function initialsOfPlace(c: NameContext, marks: WordMarks, last: number, acronym: string): boolean {
  let s = last;
  while (s > 0 && last - s < 6 && (marks.isPlace(s - 1) || ['st', 'saint', 'of', 'the'].includes(c.words[s - 1].lower)) && c.sameLine(s)) s--;
  let initials = '';
  for (let x = s; x <= last; x++) if (c.words[x].lower !== 'of' && c.words[x].lower !== 'the') initials += c.words[x].lower.charAt(0);
  const a = acronym.toLowerCase();
  return initials.startsWith(a) || initials === a;
}
