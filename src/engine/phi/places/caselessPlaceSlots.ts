// Owns the place slots of terse nursing text, by grammar rather than by the place's own words: a hospital's short code
// before a unit noun ("CAME TO IN EW", "ADM FROM NP CATH LAB", "SEEN BY HTSL NURSE"), a short code ending a movement
// clause ("ARRIVED TO EH AT 0330", "tx to IX.", "SINCE ARRIVAL TO SV)"), a university by "U" and its name ("per U
// Amberlea scale"), a saint's facility by its possessive ("transfer to St. Art's"), a named ward by its number
// ("TRANSFER TO LARKSPUR 2"), and unlisted words after a movement verb and its preposition ("go to Brackenholt
// Rushmere", "meeting at evershaw"). Service abbreviations that follow those verbs ("TO MICU", "to OR", "d/c to SNF")
// and protected clinical terms stay.
import { WORD_FUNCTION, WORD_MOVEMENT, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { clinicalByForm, clinicalCompound, notAllowed } from '../deny/allowList';
import { icdEponyms } from '../eponymList';
import { PROTECTED_WORDS } from '../protectedTerms';
import { COUNTRIES, TOWN_SUFFIX_WORDS, US_STATES } from '../vocab';
import type { WordMarks } from '../wordMarks';
import { defineCues } from '../triggerIndex';
import { clippedWord } from './clippedWords';

export const CODE_BEFORE_UNIT_PLACE = 'location.code-before-unit';
export const CODE_AFTER_MOVEMENT_PLACE = 'location.code-after-movement';
export const UNIVERSITY_PLACE = 'location.university-short';
export const SAINT_POSSESSIVE_PLACE = 'facility.saint-possessive';
export const NUMBERED_WARD_PLACE = 'location.numbered-ward';
export const UNLISTED_AFTER_MOVEMENT_PLACE = 'location.unlisted-after-movement';

/** Hospital units and staff a facility's code can stand before ("IN EW", "GO MICU", "NP CATH LAB", "HTSL NURSE"). */
const UNIT_NOUNS: ReadonlySet<string> = new Set(('ew er ed micu sicu ccu icu csru cvicu tsicu nicu picu pacu cath hospital hosp ' +
  'rehab nurse nursing clinic emergency er\'s ew\'s').split(' '));
/**
 * Services, settings and abbreviations a movement verb takes that are no facility ("to MICU", "to OR", "d/c to SNF",
 * "back to NH", "to CT", "sent to ED", "to EP lab", "to PT"): never a code here.
 */
const SERVICES: ReadonlySet<string> = new Set(('icu ccu micu sicu nicu picu csru cvicu tsicu nsicu msicu pacu sdu pcu imc tcu hcu ' +
  'acu nimu or ed er ew ir ct cta mri mr mra cxr us ekg ecg echo tee lab labs cath ep gi hd cvvh pt ot st slp rt md rn np pa ' +
  'nh snf ltac ltach ltc alf ecf rehab home floor unit bed room ward va vna ems ob l r lt rle lle rue lue bil bilat rx dr ' +
  'id ent uro onc heme neuro psych cards ortho gyn peds surg tsurg csurg vs ns bs ivf abx rr bp hr o2 nc fm ni rm dc dcd ' +
  'sr nsr vt vf af svt afib aflutter osh bb tlc cv cvl psv simv imv cpap bipap ac prvc aprv ps work home nsg ' +
  'am pm hs noc qd bid tid prn po iv im sc sq npo ac pc gt ng og ngt ogt ett trach vent peg ua ue le ax tx rx sx hx').split(' '));
/** Departments and units that stand before a unit noun themselves ("TO ED NURSE", "CV CATH", "FROM THE OR RECOVERY"). */
const DEPARTMENTS: ReadonlySet<string> = new Set(('icu ccu micu sicu nicu picu csru cvicu tsicu nsicu msicu pacu sdu pcu or ed er ew ir ct ' +
  'mr mri cath ep gi cv ob id ent uro onc heme neuro psych cards ortho gyn peds surg lab us echo rehab home floor unit va dr md rn ' +
  'pt ot st rt sw cm icn').split(' '));
/** Movement nouns that take a place like the verbs do ("SINCE ARRIVAL TO SV", "ADMISSION TO EH"). */
const MOVEMENT_NOUNS: ReadonlySet<string> = new Set(['arrival', 'admission', 'transfer', 'tx', 'xfer', 'xfered', 'xferred', 'trx',
  'txr', 'transfered', 'readmitted', 'readmission', 'adm', 'admitted', 'care']);
const PLACE_PREPS: ReadonlySet<string> = new Set(['to', 'at', 'from', 'in', 'by', '@', 'into']);
/** Emergency wards belong to a hospital, never to a department: "-> IR EW", "TO EP ER" name a hospital by its code. */
const EMERGENCY_NOUNS: ReadonlySet<string> = new Set(['ew', 'er', 'ed', 'emergency', 'ew\'s', 'er\'s']);
/** Staff and settings that stand before a ward noun as themselves ("MD ER", "home ER"), not as a hospital's code. */
const NOT_CODES: ReadonlySet<string> = new Set('md rn dr pt ot st rt sw cm np pa icn home floor unit lab va'.split(' '));
/** An arrow before a code is a movement ("found unresponsive-> IR EW"). */
const ARROW_GAP_RE = /(?:->|→|=>)[ \t\u00a0]*$/;
/** What may follow a code that ends a movement clause: punctuation, a time or date, or a clause word. */
const CODE_END_RE = /^[ \t\u00a0]*(?:$|[.,;:)\]\n\r!?]|-{1,2}|(?:at|on|by|for|w\/?|with|and|via|today|yesterday|tonight|this|where|when|after|s\/p|\d)\b)/i;
const SPACE_RE = /^[ \t\u00a0]+$/;
/** Words that open a noun phrase before a unit noun ("FROM THE EW", "THIS NURSE"): grammar, never a code. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'a', 'an', 'her', 'his', 'their', 'our', 'my', 'your', 'its', 'each',
  'any', 'same', 'one', 'no', 'our', 'another', 'other']);

/**
 * A word protected only by the guess that a capitalised word before "scale", "signs" or "score" is an eponym ("per U
 * Amberlea scale", "go to Brackenholt Rushmere Vital signs"): it is in no eponym list, no protected list and no English
 * or clinical vocabulary. A place cue before such a word outranks the guess; a listed eponym ("Glasgow", "Braden") never.
 */
export function eponymGuessOnly(c: NameContext, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !c.protectedTerm[i] || !w.alpha || w.lower.length < 4) return false;
  const lower = w.lower;
  // Only the head-noun guess: a scale, score or sign closes the run this word opens (other protections are lists).
  let k = i + 1;
  while (k < c.words.length && k - i <= 3 && c.sameLine(k) && SPACE_RE.test(c.words[k].gapBefore) && !GUESS_HEADS.has(c.words[k].lower) &&
    (c.words[k].capitalized || c.words[k].upper)) k++;
  if (k >= c.words.length || k - i > 3 || !c.sameLine(k) || !SPACE_RE.test(c.words[k].gapBefore) || !GUESS_HEADS.has(c.words[k].lower)) return false;
  return !c.lex.eponyms.has(lower) && !icdEponyms().has(lower) && !PROTECTED_WORDS.has(lower) && !c.lex.common.has(lower) &&
    !c.lex.clinical.has(lower) && !c.lex.indexClinical.has(lower) && !clinicalByForm(lower) && !clinicalCompound(c.lex, lower);
}

/** Head nouns after which a capitalised unknown word is guessed an eponym ("X scale", "X Vital signs", "X score"). */
const GUESS_HEADS: ReadonlySet<string> = new Set(['scale', 'scales', 'score', 'scores', 'sign', 'signs']);

/** In no allow-list, or protected only by an eponym guess (see eponymGuessOnly). */
function unlistedOrGuessed(c: NameContext, i: number): boolean {
  return c.protectedTerm[i] ? eponymGuessOnly(c, i) : notAllowed(c, i);
}

/** A facility's short code: two to four letters, written in capitals (or in a lower-case note, as the note is). */
function codeShape(c: NameContext, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.lower.length < 2 || w.lower.length > 4 || w.end !== w.baseEnd) return false;
  const raw = c.text.slice(w.start, w.end);
  if (!/^[A-Za-z]+$/.test(raw)) return false;
  // "AT PREV REHAB", "poss rehab": a clipped word is that word, not an acronym (clippedWords.ts).
  return (w.upper || c.mode === 'lower') && !clippedWord(c.lex, w.lower);
}

/** The word before i (skipping "the") is a place preposition on the same line; returns its index or -1. */
function prepBefore(c: NameContext, i: number): number {
  let p = i - 1;
  if (p >= 0 && c.words[p].lower === 'the' && c.sameLine(p + 1)) p--;
  if (p < 0 || !c.sameLine(p + 1)) return -1;
  return PLACE_PREPS.has(c.words[p].lower) ? p : -1;
}

function movementBefore(c: NameContext, p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 3); k--) {
    if (!c.sameLine(k + 1)) return false;
    const w = c.words[k];
    // Returning and going back take rhythms and ventilator modes far more often than places ("RETURNED TO SIMV", "back into VT").
    if (/^(?:return|back|went|go)/.test(w.lower)) return false;
    if (c.is(k, WORD_MOVEMENT) || MOVEMENT_NOUNS.has(w.lower) || /^(?:trans|xfer|tx|adm|arriv|present|came|come|brought)/.test(w.lower)) return true;
  }
  return false;
}

export function detectFacilityCodes(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 1; i < words.length; i++) {
    if (!marks.free(i) || !codeShape(c, i) || c.protectedTerm[i] || DETERMINERS.has(words[i].lower) || US_STATES.has(words[i].lower)) continue;
    // "OSH WGH 5/20", "osh mvmc 3/9": a code after "outside hospital" and before a date or the clause's end names that hospital.
    if (i > 0 && words[i - 1].lower === 'osh' && c.sameLine(i) && SPACE_RE.test(words[i].gapBefore) && !SERVICES.has(words[i].lower) &&
      /^[ \t\u00a0]*(?:\d{1,2}[\/-]\d|[.,;:)]|$)/.test(text.slice(words[i].end, words[i].end + 6))) {
      marks.add(i, i, 'LOCATION', CODE_AFTER_MOVEMENT_PLACE);
      continue;
    }
    const next = words[i + 1];
    const beforeEmergency = next !== undefined && c.sameLine(i + 1) && SPACE_RE.test(next.gapBefore) && EMERGENCY_NOUNS.has(next.lower) &&
      !UNIT_NOUNS.has(words[i].lower) && !NOT_CODES.has(words[i].lower) && DEPARTMENTS.has(words[i].lower);
    // "-> IR EW", "TO EP ER": a department's letters before an emergency ward name the hospital, after a movement cue.
    if (beforeEmergency && (prepBefore(c, i) >= 0 || ARROW_GAP_RE.test(words[i].gapBefore))) {
      marks.add(i, i, 'LOCATION', CODE_BEFORE_UNIT_PLACE);
      continue;
    }
    const p = prepBefore(c, i);
    if (p < 0) continue;
    const service = SERVICES.has(words[i].lower);
    // A department before a unit noun is the department ("ED NURSE", "CV CATH"); other services' letters may be a hospital's code.
    if (service && (DEPARTMENTS.has(words[i].lower) || !(next !== undefined && UNIT_NOUNS.has(next.lower)))) continue;
    // "CAME TO IN EW", "FROM NP CATH LAB": a code right before a hospital unit noun names the hospital.
    if (next !== undefined && c.sameLine(i + 1) && SPACE_RE.test(next.gapBefore) && UNIT_NOUNS.has(next.lower) &&
      (words[p].lower !== 'by' || notAllowed(c, i) || !c.isCommon(i))) {
      marks.add(i, i, 'LOCATION', CODE_BEFORE_UNIT_PLACE);
      continue;
    }
    // "ARRIVED TO EH AT 0330", "tx to IX.": a code closing a movement clause; function words ("TO IT") are grammar.
    if (words[p].lower === 'by' || words[p].lower === 'in' || c.is(i, WORD_FUNCTION | WORD_TITLE | WORD_ROLE | WORD_RELATIVE)) continue;
    // Longer codes that are words ("TO SEND", "to WORK") or unit names by their ending ("VICU", "CTIC") are no facility.
    const lower = words[i].lower;
    if (lower.length >= 3 && ((c.isCommon(i) && !c.isFirst(i) && !c.isLast(i)) || /(?:icu|cu|ic|u)$/.test(lower))) continue;
    if (!movementBefore(c, p)) continue;
    if (!CODE_END_RE.test(text.slice(words[i].end, words[i].end + 12))) continue;
    marks.add(i, i, 'LOCATION', CODE_AFTER_MOVEMENT_PLACE);
  }
}

/** "per U Amberlea scale", "U Kestrelby consult": "U" (university) before a word in no allow-list, not a unit after a number. */
export function detectUniversityShort(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let u = 0; u + 1 < words.length; u++) {
    const w = words[u];
    if (w.lower !== 'u' || text.charAt(w.start) !== 'U' || !marks.free(u) || !marks.free(u + 1)) continue;
    if (u > 0 && (words[u - 1].hasDigit || /\d[ \t\u00a0]*$/.test(text.slice(Math.max(0, w.start - 3), w.start)))) continue;
    if (!SPACE_RE.test(words[u + 1].gapBefore) || !c.sameLine(u + 1)) continue;
    const n = words[u + 1];
    if (!n.alpha || !(n.capitalized || n.upper) || !unlistedOrGuessed(c, u + 1)) continue;
    marks.add(u, u + 1, 'LOCATION', UNIVERSITY_PLACE);
  }
}

/** "?transfer to St. Art's", "FROM ST. BRIDGET'S": a saint's possessive after a place preposition is a hospital. */
export const SAINT_POSSESSIVE_CUES = defineCues(SAINT_POSSESSIVE_PLACE, ['st']);
export function detectSaintPossessives(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (const s of c.triggers.positions(SAINT_POSSESSIVE_CUES)) {
    if (s < 1 || s + 1 >= words.length || !PLACE_PREPS.has(words[s - 1].lower) || !c.sameLine(s + 1)) continue;
    const n = words[s + 1];
    if (!/^\.?[ \t\u00a0]+$/.test(n.gapBefore) || !n.alpha || n.end === n.baseEnd || !marks.free(s + 1) || c.protectedTerm[s + 1]) continue;
    // "St. John's wort" is a herb: a clinical word right after the possessive keeps it.
    const after = words[s + 2];
    if (after !== undefined && c.sameLine(s + 2) && SPACE_RE.test(after.gapBefore) && /^(?:wort|disease|dance|fire)$/.test(after.lower)) continue;
    if (!(n.capitalized || n.upper)) continue;
    marks.add(s, s + 1, 'LOCATION', SAINT_POSSESSIVE_PLACE, true);
  }
}

/** "TRANSFER TO LARKSPUR 2", "transfer to Tidewater 2": a movement verb, "to", a word and a ward number is a named ward. */
export const NUMBERED_WARD_CUES = defineCues(NUMBERED_WARD_PLACE, ['to']);
/** Unit words that name the floor itself, never a ward's own name ("to step down 2", "to floor 2", "to med surg 4"). */
const WARD_NOUN_RE = /^(?:floor|unit|bed|room|ward|step|down|level|days?|weeks?|hours?|times|mg|ml|units?|of|and|or|the|med|surg|tele|telemetry|west|east|north|south|pod|wing|side|tower|building|bldg|stepdown)$/;
/** Particles inside a ward's name ("Canyon de Oro 5"): only between two name words. */
const WARD_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'le', 'los', 'las', 'du', 'des', 'van', 'von']);
export function detectNumberedWards(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  const nameWord = (k: number, first: boolean): boolean => {
    const w = words[k];
    if (w === undefined || !w.alpha || !marks.free(k) || !c.sameLine(k) || c.protectedTerm[k] || c.is(k, WORD_FUNCTION)) return false;
    if (w.lower.length < (first ? 4 : 3) || SERVICES.has(w.lower) || WARD_NOUN_RE.test(w.lower)) return false;
    if (!first && (c.lex.clinical.has(w.lower) || clinicalCompound(c.lex, w.lower))) return false;
    return c.mode !== 'mixed' || w.capitalized || w.upper;
  };
  // The cue is the "to" before the ward's name: up to three words (a particle may join two), then the ward's number.
  for (const to of c.triggers.positions(NUMBERED_WARD_CUES)) {
    const i = to + 1;
    if (i < 2 || i + 1 >= words.length || !c.is(i - 2, WORD_MOVEMENT) || !nameWord(i, true)) continue;
    let k = i;
    while (k + 1 < words.length && k - i < 3 && c.sameLine(k + 1) && SPACE_RE.test(words[k + 1].gapBefore)) {
      if (nameWord(k + 1, false)) { k++; continue; }
      if (WARD_PARTICLES.has(words[k + 1].lower) && nameWord(k + 2, false) && SPACE_RE.test(words[k + 2].gapBefore)) { k += 2; continue; }
      break;
    }
    const num = words[k + 1];
    if (num === undefined || !c.sameLine(k + 1) || !/^\d{1,2}$/.test(text.slice(num.start, num.end)) || !SPACE_RE.test(num.gapBefore)) continue;
    marks.add(i, k, 'LOCATION', NUMBERED_WARD_PLACE);
  }
}

/** "go to Brackenholt Rushmere", "meeting at evershaw", "vacationing in Pinecrest Larkspur": unlisted words after a place cue. */
export function detectUnlistedAfterMovement(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let p = 1; p + 1 < words.length; p++) {
    const prep = words[p].lower;
    if (!(prep === 'to' || prep === 'at' || prep === 'in' || prep === 'from' || prep === 'of')) continue;
    const i = p + 1;
    if (!c.sameLine(i) || !SPACE_RE.test(words[i].gapBefore) || !marks.free(i)) continue;
    // The preposition right after the verb ("go to X", "lives in X"): a clause further on may be about anything.
    const verb = words[p - 1].lower;
    const cue = (prep !== 'in' && prep !== 'of' && (c.is(p - 1, WORD_MOVEMENT) || /^(?:go|going|goes|tx|txd|xfer)$/.test(verb))) ||
      /^(?:meeting|lives|living|lived|resides|residing|vacationing|vacation|overview|from)$/.test(verb) && prep !== 'from';
    if (!cue) continue;
    const ok = (k: number): boolean => {
      const w = words[k];
      return w !== undefined && w.alpha && marks.free(k) && w.lower.length >= 4 && unlistedOrGuessed(c, k) &&
        !COUNTRIES.has(w.lower) && !US_STATES.has(w.lower) && !clinicalCompound(c.lex, w.lower) &&
        !c.is(k, WORD_FUNCTION | WORD_TITLE | WORD_ROLE | WORD_RELATIVE) && (c.mode !== 'mixed' || w.capitalized || w.upper);
    };
    if (!ok(i)) continue;
    let k = i;
    while (k + 1 < words.length && k - i < 2 && c.sameLine(k + 1) && SPACE_RE.test(words[k + 1].gapBefore) && ok(k + 1)) k++;
    marks.add(i, k, 'LOCATION', UNLISTED_AFTER_MOVEMENT_PLACE);
    p = k;
  }
}

export const TOWN_OF_RESIDENCE_PLACE = 'location.town-of-residence';
/**
 * Generic words that end US place names (the feature classes of the USGS names gazetteer: "Elk Crossing", "Cedar Flats",
 * "Rock Bend", "Pine Hollow"); after a residence cue the word before one names a town.
 */
const PLACE_GENERICS: ReadonlySet<string> = new Set([...TOWN_SUFFIX_WORDS, ...('flats flat bend gap hollow holler branch draw bluff bluffs ' +
  'prairie plains cove basin butte mesa vista corners wells bayou slough fork forks gulch canyon hollow pass point prairie ' +
  'meadows lakes bottom bottoms knob mesa crossroads').split(' ')]);
/** Where a town named by a word ends: punctuation, a street address, a date, a clause word. */
const TOWN_END_RE = /^[ \t\u00a0]*(?:$|[.,;:)\n\r]|(?:at|with|w\/|and|adm|admitted|to|since|for|on|\d)\b)/i;
/** People a town of origin is said of ("woman from Liberty", "WIFE FROM DERBY"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set(('man woman male female pt patient gentleman lady boy girl wife husband son daughter ' +
  'dtr family mother father sister brother friend niece nephew yo').split(' '));

/**
 * "lives alone in Sandwich;", "LIVES W/ DTR IN HARMONY AT 12 ...", "79 y/o woman from Liberty adm", "WIFE FROM DERBY TO COME IN": a
 * listed town (even one that is an English word) or an unlisted word in the residence or origin slot of a person, up to
 * two words, closed by punctuation or a clause word.
 */
export function detectTownsOfResidence(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let p = 1; p + 1 < words.length; p++) {
    const prep = words[p].lower;
    let slot = false;
    if (prep === 'in') {
      for (let k = p - 1; k >= Math.max(0, p - 4) && c.sameLine(k + 1); k--) {
        if (/^(?:lives|living|lived|resides|residing|resident)$/.test(words[k].lower)) { slot = true; break; }
        if (c.is(k, WORD_FUNCTION) && !/^(?:alone|with|w)$/.test(words[k].lower) && words[k].lower !== 'her' && words[k].lower !== 'his') break;
      }
    } else if (prep === 'from') {
      slot = PERSON_NOUNS.has(words[p - 1].lower) && c.sameLine(p);
    }
    if (!slot) continue;
    const i = p + 1;
    if (!c.sameLine(i) || !SPACE_RE.test(words[i].gapBefore)) continue;
    const townWord = (k: number): boolean => {
      const w = words[k];
      return w !== undefined && w.alpha && marks.free(k) && !c.protectedTerm[k] && w.lower.length >= 3 && (c.isCity(k) || notAllowed(c, k)) &&
        !c.is(k, WORD_FUNCTION | WORD_TITLE | WORD_ROLE | WORD_RELATIVE) && !SERVICES.has(w.lower) && !US_STATES.has(w.lower) &&
        !COUNTRIES.has(w.lower) && (c.mode !== 'mixed' || w.capitalized || w.upper);
    };
    // "lives nearby in elwha crossing", "lives in Cinnabar Flats": a word before a place-name generic is a town even when
    // the word is English; the generic joins the town.
    const generic = (k: number): boolean => k < words.length && c.sameLine(k) && SPACE_RE.test(words[k].gapBefore) && marks.free(k) &&
      PLACE_GENERICS.has(words[k].lower) && (c.mode !== 'mixed' || words[k].capitalized || words[k].upper);
    const head = (k: number): boolean => {
      const w = words[k];
      return w !== undefined && w.alpha && marks.free(k) && !c.protectedTerm[k] && w.lower.length >= 3 && !c.lex.clinical.has(w.lower) &&
        !c.is(k, WORD_FUNCTION | WORD_TITLE | WORD_ROLE | WORD_RELATIVE) && !SERVICES.has(w.lower) && !US_STATES.has(w.lower) &&
        (c.mode !== 'mixed' || w.capitalized || w.upper);
    };
    if (!townWord(i) && !(head(i) && generic(i + 1))) continue;
    let k = i;
    if (generic(k + 1)) k++;
    else if (k + 1 < words.length && c.sameLine(k + 1) && SPACE_RE.test(words[k + 1].gapBefore) && townWord(k + 1) && c.isCity(k + 1)) k++;
    if (!TOWN_END_RE.test(text.slice(words[k].end, words[k].end + 12))) continue;
    marks.add(i, k, 'LOCATION', TOWN_OF_RESIDENCE_PLACE);
    p = k;
  }
}
