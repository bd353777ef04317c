// Owns the closure pass: after every voter (cue rules, grammar units, the learned classifier, the deny list) has
// proposed its spans, the words that belong to a name or a place found by any of them join it — surname
// particles ("de la [Cruz]"), initials ("[Smith], [Anne] R"), quoted nicknames, first names that are also words
// ("Will [Hale]"), a facility's head nouns ("[Lakeshore] Drug", "[Orvow] Foods") and connectors ("[Our Lady] of
// [Lourdes]", "The [Willows] at [Harbor]"). The grammar units run before the learned voter and cannot see what it
// finds, so without this pass a name the model caught keeps its particle or initial in the output.
import type { PhiSpan, PhiType } from '../types';
import { WORD_CLINICAL, WORD_CONTACT, WORD_CREDENTIAL, WORD_FUNCTION, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from './lexicon';
import type { NameContext } from './nameContext';
import { detectAdjacentInitials } from './names/adjacentInitials';
import { ABBREVIATION_LETTERS, detectInitials } from './names/initials';
import { detectNicknames } from './names/nickname';
import { detectParticleNames } from './names/particles';
import { clinicalCompound } from './deny/allowList';
import { growSpans } from './deny/spanGrowth';
import { denyFacilityCodes, denyPlaceSlots, denyPlaceTails } from './deny/placeSlots';
import { detectAcronyms } from './places/facilityGrammar';
import { detectInstitutionTails, detectPersonOfTown } from './places/placePhrases';
import { propagate, propagateNewFinds } from './propagate';
import type { Emit } from './recognizer';
import { UNIT_FACILITY_HEAD, UNIT_PARTICLE } from './unitWords';
import { FACILITY_GENERIC_WORDS, TOWN_PREFIX_WORDS, TOWN_SUFFIX_WORDS, US_STATES } from './vocab';
import { WordMarks } from './wordMarks';

export const PARTICLE_CLOSURE = 'name.particle-closure';
export const INITIAL_CLOSURE = 'name.initial-closure';
export const FIRST_NAME_CLOSURE = 'name.first-closure';
export const FACILITY_CLOSURE = 'facility.closure';
export const SANDWICH_CLOSURE = 'closure.sandwich';
export const PATIENT_INITIALS = 'name.patient-initials';
export const RELATIVE_FIRST_NAME = 'name.relative-first';
export const TITLED_SURNAME = 'name.title-surname-word';
export const RECORD_LABEL_INITIALS = 'name.initials-before-record';
export const TIMED_INITIALS = 'name.initials-after-time';
export const DATE_RANGE_TAIL = 'date.range-tail';
export const TOWN_AFTER_ADDRESS = 'location.town-after-address';
export const SIGNATURE_LINE = 'signature.name-line';
export const ACRONYM_USE = 'facility.acronym-use';

const SPACE_GAP_RE = /^[ \t\u00a0]{1,2}$/;
/** "al-[Sayed]", "el-[Amin]": an Arabic article joined by a hyphen is part of the surname. */
const HYPHEN_GAP_RE = /^-$/;
/** After a trailing initial: punctuation, a line end or the end of the note, never a word in the same phrase. */
const AFTER_INITIAL_RE = /^(?:[.,;:)\]]|[ \t\u00a0]*(?:\r?\n|$))/;
/** Business heads beside the facility heads of vocab.ts: "[Hollins] Drug", "[Chamois] Auto Body", "[Seleberg] Poultry". */
// The second line ends an institution's name only after a place another voter found ("[Oymere] Health System",
// "[Yelbrook] Dialysis Unit", "[Cobb] Sleep Lab", "[Torrain] Middle" for a middle school): alone they are departments.
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(['drug', 'body', 'poultry', 'hardware', 'lumber', 'supply', 'supplies',
  'system', 'systems', 'network', 'unit', 'lab', 'middle',
  // Housing and retirement communities: "[Golden] Years Retirement Community", "[Evergreen] Estates", "[Bayview] Towers".
  'community', 'estates', 'apartments', 'towers', 'commons', 'gardens', 'terrace',
  // A school district after its schools' name: "[Bitterroot Valley Unified School] District".
  'district']);
/** Words between a place's name and its head noun: "[Linderberg] Community Hospital", "[Streets] Urgent Care". */
const ORGANISATION_TAIL_WORDS: ReadonlySet<string> = new Set([...FACILITY_GENERIC_WORDS, 'auto', 'women\'s', 'womens']);
/** Connectors inside one organisation's name when both sides are already places or names. */
const PLACE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'at', 'on']);
const MAX_PASSES = 3;
/** Heads that name an organisation in any case, so that caps-only words before them are its name. */
const STRONG_CASELESS_HEADS: ReadonlySet<string> = new Set(['facility', 'hospital', 'center', 'centre', 'school', 'academy', 'college', 'university',
  'church', 'prison', 'jail', 'penitentiary', 'inc', 'llc', 'company', 'corporation', 'pharmacy', 'manor', 'lodge', 'village', 'community']);
/** A legal form after an organisation's name: ", Inc.", " LLC", ", Co.", ", P.C.". */
const LEGAL_TAIL_RE = /^\.?,?[ \t\u00a0]?(?:Inc|INC|inc|LLC|llc|L\.L\.C|Ltd|LTD|Corp|CORP|Co|CO|co|P\.C|P\.A|PLLC|LLP)\b\.?/;
/** The words LEGAL_TAIL_RE reads, in lower case, to skip the pattern where none follows. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'llc', 'l', 'ltd', 'corp', 'co', 'p', 'pllc', 'llp']);
/** Between the words of one organisation's name: spaces, or an ampersand ("[Pemberton] & Sons Plumbing"). */
const ORGANISATION_GAP_RE = /^(?:[ \t\u00a0]{1,2}|[ \t\u00a0]*&[ \t\u00a0]*)$/;
/** Letters that are also words or signs after a name: the article, the pronoun, sides (L/R), "x" (times), "w"/"c"/"s" (with, without). */
const AMBIGUOUS_LETTERS: ReadonlySet<string> = new Set(['a', 'i', 'l', 'r', 'x', 'o', 'w', 'c', 's']);
/** Two-letter words that cannot be initials after "pt" even before a number ("pt is 84", "pt in 2 days"). */
const NOT_INITIALS: ReadonlySet<string> = new Set(['is', 'in', 'on', 'at', 'to', 'up', 'an', 'as', 'be', 'by', 'of', 'or', 'no', 'so', 'we', 'us', 'he', 'me', 'my', 'it', 'am', 'do', 'go', 'ok', 'was', 'has', 'had', 'now', 'not', 'for', 'and', 'the', 'may', 'can', 'did', 'got', 'age', 'all', 'out', 'off']);
/** Dotted label and credential abbreviations beside names ("D.O.B.", "M.D.", "R.N."), beyond the initials unit's list. */
const DOTTED_LABELS: ReadonlySet<string> = new Set(['dob', 'md', 'rn', 'do', 'np', 'pa', 'am', 'pm', 'mr', 'ssn', 'mrn', 'aka', 'ie', 'eg']);
/** Prepositions and joiners never inside one place's name ("[Ostwick] to [Pembury]"). */
const PLACE_SANDWICH_STOP: ReadonlySet<string> = new Set(['in', 'to', 'from', 'at', 'near', 'via', 'and', 'or', 'the', 'of', 'by', 'with', 'for', 'then', 'than']);
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a';
/** Nursing shorthand "pt RH 54F", "PT GK 68-YEAR-OLD MAN": the age right after tells the letters are the patient's initials. */
const AGE_AFTER_INITIALS_RE = new RegExp(String.raw`^[ \t\u00a0]+(?:aged?[ \t\u00a0]+\d{1,3}\b|\d{1,3}(?:[ \t\u00a0]?(?:[mf]\b|y\/o\b|y\.o\.|-?y-?o\b|y(?:o|rs?)?[mf]?\b|-?years?\b|-?yr\b)|[ \t\u00a0](?:years?|yrs?|gentleman|lady|woman|man|male|female|boy|girl)\b)|` +
  // Spelled out: "ninety-six years old", "ONE HUNDRED AND THREE YEAR OLD".
  String.raw`(?:${NUMBER_WORDS})(?:[ \t\u00a0-](?:${NUMBER_WORDS}|and)){0,4}[ \t\u00a0-](?:years?|yrs?|y\/o|yo)\b)`, 'i');
/** Modal verbs that are also first names: between a relative and a person verb ("wife May called") only a name fits. */
const MODAL_FIRST_NAMES: ReadonlySet<string> = new Set(['may', 'will']);
/** Person nouns after which shorthand initials stand ("pt RH", "patient J.D."). */
const PATIENT_NOUNS: ReadonlySet<string> = new Set(['pt', 'pts', 'patient', 'resident', 'client']);
/** Town-name prefixes written before the rest of a place a voter found ("VAN [BUREN POINT]", "Port [Ondingridge]"). */
const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  ...TOWN_PREFIX_WORDS, 'st', 'saint', 'ste', 'san', 'santa', 'los', 'las', 'el', 'la', 'le', 'de', 'du', 'des', 'del', 'van', 'new', 'fort', 'mount', 'upper', 'lower', 'great',
]);
/** Titles after which a capitalised surname-list word is the person even when it is also a word ("Dr. Day", "Mrs. Hill"). */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mister', 'prof']);
/** Titles that are also findings in caps-only notes ("MS CHANGES", "MR MILD"). */
const AMBIGUOUS_UPPER_TITLES: ReadonlySet<string> = new Set(['ms', 'mr']);
/** Words of a record-number label: "AV Chart #: …", "DM PATIENT ID: …", "DG Medical Record Number: …". */
const RECORD_LABEL_WORDS: ReadonlySet<string> = new Set(['chart', 'mrn', 'mr', 'unit', 'no', 'number', 'patient', 'id', 'medical', 'record', 'rec', 'med', 'empi', 'hosp', 'hospital', 'acct', 'account', 'pt', 'reg', 'registration']);
/** Label abbreviations of other numbers that open a line themselves ("ACC NO.", "DEA Reg. No.", "CSN"): never initials. */
const OTHER_LABEL_WORDS: ReadonlySet<string> = new Set(['acc', 'accn', 'dea', 'npi', 'csn', 'fin', 'enc', 'spec', 'exam', 'case', 'lab', 'req', 'ord', 'mbr', 'grp', 'pol', 'ssn', 'dl', 'lic', 'vin', 'udi', 'sn', 'ref', 'auth', 'inv', 'ins', 'rx', 'acct', 'dob']);
/** Label words that only say "number": the letters before them are the number's own name. */
const BARE_NUMBER_WORDS: ReadonlySet<string> = new Set(['no', 'number', 'id']);
const RECORD_TYPES: ReadonlySet<PhiType> = new Set(['MRN', 'ID', 'ACCOUNT']);
/** A nursing entry's clock time at the start of a line: "1112 ", "11:28 am ", "3:32 PM ". */
const LINE_TIME_RE = /(?:^|\n)[ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d(?:[ \t]?(?:[ap]\.?m\.?|[AP]\.?M\.?))?[ \t]+$/;
/** A range connector after a date and the month-day after it: "[DATE] - 4/2", "[DATE] to 8-9", "[DATE]-10-19". */
const DATE_TAIL_RE = /^(?:[ \t]?[-–—][ \t]?|[ \t](?:to|through|thru|until|till)[ \t])(0?[1-9]|1[0-2])[-/](0?[1-9]|[12]\d|3[01])(?![0-9A-Za-z%]|[-/.]\d|[ \t]?(?:mg|ml|l|cc|units?|days?|weeks?|hours?|hrs?|times|x)\b)/i;
/** Nouns after which a person's name is written: "labeled with the patient's name baker, hortencia r". */
const NAME_NOUNS: ReadonlySet<string> = new Set(['name', 'named', 'names']);
/** Town-name suffixes: the shared list and a few more written after a town's name ("Porter Corners", "Eagle Point"). */
const TOWN_SUFFIXES: ReadonlySet<string> = new Set([...TOWN_SUFFIX_WORDS, 'corners', 'point', 'forks', 'shores', 'bluffs', 'bluff']);
/** What a nursing entry says a person did, right after their initials: "1557 LB skin intact", "2310 WL c/o pain". */
const NURSING_ACTIONS: ReadonlySet<string> = new Set(['skin', 'c', 'voided', 'resting', 'ambulated', 'ambulating', 'denies', 'denied', 'tolerated',
  'tolerating', 'refused', 'ate', 'slept', 'sleeping', 'awake', 'alert', 'medicated', 'oob', 'turned', 'repositioned', 'complains', 'complained',
  'reports', 'states', 'stated', 'requested', 'requests', 'up', 'found', 'noted', 'assisted', 'walked', 'showered', 'bathed']);
/** Verbs that follow the patient's name at the opening of a history ("Smith, John is a 54-year-old …"). */
const HPI_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'presents', 'presented', 'has', 'had']);
/** Titles that open a list of people ("Drs. A, B and C"). */
const PLURAL_TITLES: ReadonlySet<string> = new Set(['drs', 'doctors', 'doctor\'s', 'physicians', 'surgeons']);
/** Nursing abbreviations of relatives beside the shared cue list: "par" (partner), "ptnr", "gd" (granddaughter). */
const RELATIVE_ABBREVIATIONS: ReadonlySet<string> = new Set(['par', 'ptnr', 'prtnr', 'gd', 'gdtr', 'gson', 'sil', 'dil', 'niece', 'nephew']);
/** Cue words are context, never part of the name they introduce ("son [Mark]", "Dr [Hale]"). */
const CUE_BITS = WORD_TITLE | WORD_ROLE | WORD_RELATIVE | WORD_CREDENTIAL | WORD_CONTACT | WORD_PERSON_VERB;

/**
 * Adds the closure spans of `candidates` through `emit`. Runs until no unit adds a word (at most a few passes: a
 * particle joined in the first pass lets an initial before it join in the second).
 */
export function closeOverVoters(c: NameContext, candidates: readonly PhiSpan[], emit: Emit): void {
  // One record of the words every voter took, updated in place by each unit (marks.add), so passes cost one sweep each.
  const marks = WordMarks.fromSpans(c.words, candidates, emit);
  const before = marks.kind.slice();
  // Types beyond name and place (ADDRESS, MRN) come only from the voters, so they are read once.
  const types = typesOf(c, candidates);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const start = marks.kind.slice();
    particlesBeforeNames(c, marks);
    detectParticleNames(c, marks);
    initialsBesideNames(c, marks);
    detectInitials(c, marks);
    detectAdjacentInitials(c, marks);
    detectNicknames(c, marks);
    firstNamesBeforeNames(c, marks);
    surnamesAfterFirstNames(c, marks);
    surnamesBeforeFirstNames(c, marks);
    relativesFirstNames(c, marks);
    patientInitials(c, marks);
    sandwiched(c, marks);
    growSpans(c, marks);
    denyPlaceSlots(c, marks);
    denyFacilityCodes(c, marks);
    denyPlaceTails(c, marks);
    titledSurnameWords(c, marks);
    listedParticleNames(c, marks);
    listMembers(c, marks);
    initialsBeforeRecordLabels(c, marks, types);
    timedInitials(c, marks);
    facilityTails(c, marks);
    detectInstitutionTails(c, marks);
    detectPersonOfTown(c, marks);
    placePrefixes(c, marks, emit);
    townSuffixes(c, marks);
    namesBeforeTownSuffixes(c, marks);
    legalSuffixes(c, marks);
    ampersandTails(c, marks);
    fromToPlaces(c, marks);
    signatureLines(c, marks);
    acronymUses(c, marks);
    townsAfterAddresses(c, marks, types);
    placeConnectors(c, marks);
    detectAcronyms(c, marks);
    let changed = false;
    for (let i = 0; i < start.length && !changed; i++) changed = start[i] !== marks.kind[i];
    if (!changed) break;
  }
  placePossessives(c, marks, emit);
  dateRangeTails(c, candidates, emit);
  zipsAfterTowns(c, marks, types, emit);
  // What closure added is PHI at its other uses in the note too ("SM" after "[Saint Mary's] (SM)").
  propagateNewFinds(c, before, marks, emit);
}

/** "di [Selauzzi]", "De La [Paskicombe]", "al-[Horsch]", "VAN DEN [RACEY]": a particle run right before a name. */
function particlesBeforeNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i < words.length; i++) {
    if (i === 0) continue;
    // "dos [Orvaley], [Earnest]": a word a place rule took by its ending, written surname-first before a first name, is a surname.
    const surnameFirst = marks.isPlace(i) && words[i + 1] !== undefined && marks.isName(i + 1) && c.sameLine(i + 1) &&
      /^,[ \t\u00a0]{1,2}$/.test(words[i + 1].gapBefore);
    if (!marks.isName(i) && !surnameFirst) continue;
    let s = i;
    while (s > 0 && i - s < 3 && marks.free(s - 1) && (c.unit[s - 1] & UNIT_PARTICLE) !== 0 && c.sameLine(s) &&
      (SPACE_GAP_RE.test(words[s].gapBefore) || HYPHEN_GAP_RE.test(words[s].gapBefore)) && !c.protectedTerm[s - 1]) s--;
    if (s === i) continue;
    // "St" is a particle of surnames ("St John") but far more often the start of a place: leave it to the place rules.
    if (words[s].lower === 'st' && s === i - 1) continue;
    marks.add(s, surnameFirst ? i : i - 1, 'NAME', PARTICLE_CLOSURE);
  }
}

function isLetter(c: NameContext, q: number): boolean {
  const w = c.w(q);
  return w !== undefined && w.alpha && w.baseEnd - w.start === 1 && w.end === w.baseEnd;
}

/**
 * Initials written beside a name: between two name words ("[Della] I [Hall]", "[FENON] O [MACFINNIE]"), after a name at
 * the end of its phrase ("[Marelson], [Wade] K / …", "[Hartle], [Wenric] R [phone]") or dotted before one
 * ("P.[v.]", "o.m. [pembleton]"). A lone "A" or "I" after a name is an article or a pronoun unless punctuation or
 * another name closes it.
 */
function initialsBesideNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 1; i < words.length; i++) {
    if (!marks.free(i) || !isLetter(c, i) || c.protectedTerm[i]) continue;
    const w = words[i];
    const dotted = text.charAt(w.end) === '.';
    // A lower-case letter counts beside a name written in lower case ("[frieda] n", "[crystal] h [o'torski]").
    const lowerAround = (q: number): boolean => q >= 0 && q < words.length && marks.isName(q) && !words[q].capitalized && !words[q].upper;
    const shaped = w.upper || c.mode === 'lower' || dotted || lowerAround(i - 1) || lowerAround(i + 1);
    if (!shaped) continue;
    const leftName = marks.isName(i - 1) && c.sameLine(i) && (SPACE_GAP_RE.test(w.gapBefore) || /^\.[ \t\u00a0]?$/.test(w.gapBefore));
    const next = words[i + 1];
    const nextJoined = next !== undefined && c.sameLine(i + 1) && /^\.?[ \t\u00a0]{0,2}$/.test(next.gapBefore);
    const rightName = nextJoined && marks.isName(i + 1);
    if (leftName && rightName && !(dotted && next !== undefined && next.gapBefore === '.')) {
      marks.add(i, i, 'NAME', INITIAL_CLOSURE);
      continue;
    }
    // "[Smith] M.D.", "[Smith]  D.O.B. …", "[Lamb] R.N.": a dotted letter group after a name is a credential or a label.
    const dottedGroup = (dotted && next !== undefined && isLetter(c, i + 1) && next.gapBefore === '.') || (w.gapBefore === '.' && isLetter(c, i - 1));
    if (leftName && dottedGroup) continue;
    if (leftName) {
      const closes = AFTER_INITIAL_RE.test(text.slice(w.end, w.end + 3)) || (next !== undefined && !marks.free(i + 1) && nextJoined);
      // "[Smith] a second time", "[SMITH] I THINK", "[Smith] R knee": articles, pronouns, sides and times signs need punctuation
      // or a line end after them to be initials; any other capital letter right after a name is its initial.
      // After "Last, First" the letter closing the phrase is the middle initial whatever the letter ("[Rickel], [Aubrey] O and").
      const lowerName = !words[i - 1].capitalized && !words[i - 1].upper;
      const surnameFirst = i > 2 && marks.isName(i - 2) && /^,[ \t\u00a0]{1,2}$/.test(words[i - 1].gapBefore) &&
        (w.upper || c.mode !== 'mixed' || (lowerName && !w.upper));
      // After "Last, First" in mixed text a capital A or I cannot be an article or a pronoun mid-sentence.
      const ambiguous = AMBIGUOUS_LETTERS.has(w.lower) && !(surnameFirst && ((w.lower !== 'a' && w.lower !== 'i') || (c.mode === 'mixed' && w.upper)));
      // Caps-only notes carry no shape ("NP CAROL M ADE AWARE" is a split word): there only punctuation closes an initial.
      if (closes || (!ambiguous && (w.upper || (surnameFirst && lowerName)) && (c.mode === 'mixed' || surnameFirst))) marks.add(i, i, 'NAME', INITIAL_CLOSURE);
      continue;
    }
    // Dotted letters right before a name, any case: "o.m. [de la pembleton]", "P.[v.]".
    if (rightName && dotted) {
      let s = i;
      while (s > 0 && i - s < 2 && marks.free(s - 1) && isLetter(c, s - 1) && text.charAt(words[s - 1].end) === '.' &&
        /^\.?$/.test(words[s].gapBefore)) s--;
      if (s === i && (w.lower === 'l' || w.lower === 'r') && !(next !== undefined && next.gapBefore === '.' && isLetter(c, i + 1))) continue;
      // "12:12 a.m. [M.B.]", "p.o. [Smith]": known dotted abbreviations stay.
      let letters = '';
      for (let x = s; x <= i; x++) letters += words[x].lower;
      if (ABBREVIATION_LETTERS.has(letters) || DOTTED_LABELS.has(letters)) continue;
      marks.add(s, i, 'NAME', INITIAL_CLOSURE);
    }
  }
}

/**
 * "Mother May [Widmer]", "Will [Hale], DO", "ART [BOND]", "[Hartle], Wenric R": a listed first name beside a surname
 * found by any voter is the person's first name even when it is also an English word. Cue words ("son", "Dr")
 * never join, and in mixed case the first name must be capitalised.
 */
function firstNamesBeforeNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  // A name written in lower case in mixed text is lower case throughout ("hope [brielow]", "mother mercy [wessman]").
  const lowerWord = (q: number): boolean => words[q] !== undefined && !words[q].capitalized && !words[q].upper;
  const shaped = (q: number): boolean => c.mode !== 'mixed' || words[q].capitalized || words[q].upper || (lowerWord(q) && lowerNameAfter(q));
  const lowerNameAfter = (q: number): boolean => {
    let n = q + 1;
    if (isLetter(c, n)) n++;
    return marks.isName(n) && lowerWord(n) && !c.is(q, WORD_FUNCTION);
  };
  // "Pt: will [haskin]": at the start of a field a modal that is also a first name, before a lower-case name, is the first name.
  const fieldModal = (q: number): boolean => MODAL_FIRST_NAMES.has(words[q].lower) && lowerWord(q) && /:[ \t\u00a0]*$/.test(words[q].gapBefore) &&
    marks.isName(q + 1) && lowerWord(q + 1);
  const usable = (q: number): boolean => marks.free(q) && c.isFirst(q) && words[q].alpha && words[q].lower.length > 1 &&
    !c.is(q, CUE_BITS) && !c.protectedTerm[q] && !c.eponymPhrase[q] && (shaped(q) || fieldModal(q));
  for (let i = 0; i + 1 < words.length; i++) {
    // A found name right after, or one letter later ("May [Widmer]", "Glen V [De Warnick]").
    if (!marks.isName(i + 1) && !(i + 2 < words.length && marks.isName(i + 2) && isLetter(c, i + 1))) continue;
    if (!usable(i) || !c.sameLine(i + 1)) continue;
    // Lower-case modal verbs and function words ("pt may [leave]") are first names only when capitalised.
    if (c.mode === 'lower' && c.is(i, WORD_FUNCTION)) continue;
    let n = i + 1;
    if (isLetter(c, n) && marks.free(n) && (words[n].upper || c.mode === 'lower' || (lowerWord(i) && lowerWord(n))) && SPACE_GAP_RE.test(words[n].gapBefore) &&
      c.sameLine(n + 1) && /^\.?[ \t\u00a0]{1,2}$/.test(words[n + 1]?.gapBefore ?? '')) n++;
    if (n >= words.length || !marks.isName(n) || !(SPACE_GAP_RE.test(words[n].gapBefore) || /^\.[ \t\u00a0]$/.test(words[n].gapBefore))) continue;
    marks.add(i, n - 1, 'NAME', FIRST_NAME_CLOSURE);
  }
  // Surname first: "[Weppler], Amber [J]", "[Clayborn], Zina A on …".
  for (let i = 1; i < words.length; i++) {
    // "([divito], precious)": after a surname written in lower case, the first name is lower case too.
    const lowerAfterLower = c.mode === 'mixed' && lowerWord(i) && i > 0 && lowerWord(i - 1) && marks.free(i) && c.isFirst(i) && !c.is(i, CUE_BITS | WORD_FUNCTION);
    if (!marks.isName(i - 1) || !(usable(i) || lowerAfterLower) || !c.sameLine(i) || !/^,[ \t\u00a0]{1,2}$/.test(words[i].gapBefore)) continue;
    const next = words[i + 1];
    // "[Coxon], Deb is a 54 y/o lady": a history opening with the patient's "Last, First" and its verb.
    const opening = next !== undefined && HPI_VERBS.has(next.lower) && (i < 2 || !c.sameLine(i - 1));
    const closes = opening || AFTER_INITIAL_RE.test(text.slice(words[i].end, words[i].end + 3)) ||
      (next !== undefined && c.sameLine(i + 1) && (isLetter(c, i + 1) || !marks.free(i + 1)));
    if (closes) marks.add(i, i, 'NAME', FIRST_NAME_CLOSURE);
  }
}

/**
 * "[Galleyton] Drug", "[Seleberg] Poultry", "[Chamois] Auto Body", "[Linderberg] Community Hospital": words naming the kind
 * of organisation right after a place found by any voter belong to its name. Caps-only notes carry no shape, so there
 * the run must end in a facility or business head noun.
 */
function facilityTails(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    // "[Our Lady of] [Lourdes] Hospital": a saint's name after "of" inside a place is the place's, though a voter took it for a person.
    const namedPlace = marks.isName(i) && i > 1 && words[i - 1].lower === 'of' && marks.isPlace(i - 1) && c.mode === 'mixed';
    if (!marks.isPlace(i) && !namedPlace) continue;
    let e = i;
    let lastHead = -1;
    while (e + 1 < words.length && e - i < 3 && marks.free(e + 1) && c.sameLine(e + 1) && ORGANISATION_GAP_RE.test(words[e + 1].gapBefore)) {
      const q = e + 1;
      const w = words[q];
      const head = (c.unit[q] & UNIT_FACILITY_HEAD) !== 0 || ORGANISATION_HEADS.has(w.lower);
      // Mixed text: any capitalised word that is not clinical may stand between the name and its head ("[Golden] Years
      // Retirement Community", "[Kessler] Tool & Die Works"); the head noun at the end decides.
      // Only while the name still lacks its head: after one ("[Simkin Hospital] Core Lab") they name a department.
      const capitalisedInside = (c.mode === 'mixed' ? w.capitalized : c.mode === 'upper' ? w.upper : true) && !c.is(q, WORD_CLINICAL | WORD_TITLE) &&
        !PLACE_SANDWICH_STOP.has(w.lower) && (c.mode === 'mixed' || !c.is(q, WORD_FUNCTION)) &&
        (c.unit[i] & UNIT_FACILITY_HEAD) === 0 && words[i].end === words[i].baseEnd;
      if (!(head || capitalisedInside || (ORGANISATION_TAIL_WORDS.has(w.lower) && !c.is(q, WORD_FUNCTION))) || !w.alpha || c.protectedTerm[q] || (c.mode === 'mixed' && !w.capitalized && !w.upper)) break;
      e = q;
      if (head) lastHead = q;
    }
    // The run ends at a head noun: "[Boston] Medical" alone is not taken, "[Boston] Medical Group" is; a legal form after
    // a comma closes it like a head ("[Black Hawk] Cold Storage, Inc.").
    const legal = e > i && c.mode === 'mixed' && LEGAL_TAIL_RE.test(c.text.slice(words[e].end, words[e].end + 8));
    if (lastHead < 0 && legal) lastHead = e;
    // A clinical prefix written apart from its word ("[Post] Anesthesia Care Unit") makes the run a unit of care.
    if (lastHead < 0 || clinicalCompound(c.lex, words[i].lower + words[i + 1].lower)) continue;
    // Caps-only and lower-case notes: words between the name and the head only before a strong head ("[REDSTONE] CORRECTIONAL
    // FACILITY"), not a kind of care ("[DAYTON] HOME CARE" is the tail list's), and never a state or a possessive ("this
    // towson maryland's facility" is a phrase about a place).
    if (c.mode !== 'mixed') {
      let inside = false;
      let broken = words[i].end !== words[i].baseEnd;
      for (let q = i + 1; q < lastHead; q++) {
        if (!ORGANISATION_TAIL_WORDS.has(words[q].lower)) inside = true;
        if (US_STATES.has(words[q].lower) || words[q].end !== words[q].baseEnd) broken = true;
      }
      if (inside && (broken || !STRONG_CASELESS_HEADS.has(words[lastHead].lower))) continue;
    }
    marks.add(i + 1, lastHead, 'LOCATION', FACILITY_CLOSURE);
    i = lastHead;
  }
}

/**
 * "[Our Lady] of [Lourdes] Hospital", "The [Willows] at [Harbor]": a connector between two parts of a name already found
 * is inside the name, and a capitalised "The" right before such a name too.
 */
function placeConnectors(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i + 1 < words.length; i++) {
    if (!PLACE_CONNECTORS.has(words[i].lower) || !marks.free(i) || !c.sameLine(i) || !c.sameLine(i + 1)) continue;
    if (!SPACE_GAP_RE.test(words[i].gapBefore) || !SPACE_GAP_RE.test(words[i + 1].gapBefore)) continue;
    // "[Our Lady] of the [Lake] Hospital": "of the" is one connector.
    const ofThe = words[i].lower === 'of' && words[i + 1].lower === 'the' && marks.free(i + 1) && c.sameLine(i + 2) && /^[ \t\u00a0]{1,2}$/.test(words[i + 2]?.gapBefore ?? '');
    const r = ofThe ? i + 2 : i + 1;
    if (!marks.isPlace(i - 1) || r >= words.length || marks.free(r) || marks.kind[r] > 2) continue;
    // "of" joins a place to a name or a place; "at"/"on" only two places ("The Willows at Harbor").
    if (words[i].lower !== 'of' && !marks.isPlace(r)) continue;
    marks.add(i, r, 'LOCATION', FACILITY_CLOSURE);
    let s = i - 1;
    while (s > 0 && marks.isPlace(s - 1) && c.sameLine(s)) s--;
    const the = s - 1;
    if (the >= 0 && marks.free(the) && words[the].lower === 'the' && c.sameLine(s) && SPACE_GAP_RE.test(words[s].gapBefore) &&
      (words[the].capitalized || words[the].upper)) marks.add(the, the, 'LOCATION', FACILITY_CLOSURE);
  }
}

/**
 * A single word or letter between two parts of one name or one place on the same line takes their type: "[Cathryn] R
 * [Day]", "[Lake Drumdale] Women's [Health]", "[Enon Valley] Auto [Body]", "[Nicki] \"Junior\" [Primarard]". Function
 * words ("and", "to"), cue words and protected terms never join: "[Smith] and [Jones]" are two people.
 */
function sandwiched(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  // "[FENENBURG SPRINGS] NURSING AND REHABILITATION [CENTER]": up to three generic organisation words between two parts of one place.
  for (let i = 1; i + 2 < words.length; i++) {
    if (!marks.isPlace(i - 1) || !marks.free(i)) continue;
    let e = i;
    while (e < words.length && e - i < 3 && marks.free(e) && FACILITY_GENERIC_WORDS.has(words[e].lower) && c.sameLine(e) &&
      /^[ \t\u00a0]{1,2}$/.test(words[e].gapBefore) && !c.protectedTerm[e]) e++;
    if (e - i < 2 || e >= words.length || !marks.isPlace(e) || !c.sameLine(e) || !/^[ \t\u00a0]{1,2}$/.test(words[e].gapBefore)) continue;
    if (words[i].lower === 'and' || words[e - 1].lower === 'and' || (c.mode === 'mixed' && !words[i].capitalized && !words[i].upper)) continue;
    marks.add(i, e - 1, 'LOCATION', SANDWICH_CLOSURE);
    i = e;
  }
  for (let i = 1; i + 1 < words.length; i++) {
    const kind = marks.kind[i - 1];
    if ((kind !== 1 && kind !== 2) || marks.kind[i + 1] !== kind || marks.kind[i] !== 0) continue;
    if (!c.sameLine(i) || !c.sameLine(i + 1) || c.protectedTerm[i]) continue;
    const w = words[i];
    if (!w.alpha || (w.end !== w.baseEnd && kind === 1)) continue;
    const letter = w.baseEnd - w.start === 1;
    // Inside a place, the generic words of organisation names ("Family", "Women's") join; prepositions never do.
    const genericPlaceWord = kind === 2 && FACILITY_GENERIC_WORDS.has(w.lower) && !PLACE_SANDWICH_STOP.has(w.lower);
    // A letter between two parts of a name is an initial even where it is also shorthand ("h" for hour, "x" for times).
    const nameLetter = letter && kind === 1 && w.lower !== 'a' && w.lower !== 'i';
    if (!genericPlaceWord && !nameLetter && c.is(i, WORD_FUNCTION | CUE_BITS)) continue;
    const gapIn = w.gapBefore;
    const gapOut = words[i + 1].gapBefore;
    const quoted = /^[ \t\u00a0]*["“(]$/.test(gapIn) && /^["”)][ \t\u00a0]*$/.test(gapOut);
    const plain = /^[ \t\u00a0]{1,2}$/.test(gapIn) && /^\.?[ \t\u00a0]{1,2}$/.test(gapOut);
    if (!(quoted || plain)) continue;
    // In mixed text a word inside a name is capitalised; a letter may take the name's own case ("crystal h o'torski").
    if (!letter && c.mode === 'mixed' && !w.capitalized && !w.upper && !quoted) continue;
    marks.add(i, i, kind === 1 ? 'NAME' : 'LOCATION', SANDWICH_CLOSURE);
  }
}

/**
 * "Mother [Mindi] Day", "Legal name - [Elba] Day", "[candance a.] young": a listed surname right after a first name a
 * voter found is the person's surname even when it is also a word. In mixed text it must be capitalised unless the
 * first name is written in lower case too.
 */
function surnamesAfterFirstNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  const lowerPairShape = (p: number, i: number): boolean => !words[p].capitalized && !words[p].upper && !words[i].capitalized && !words[i].upper;
  for (let i = 1; i < words.length; i++) {
    if (!marks.free(i) || !marks.isName(i - 1) || !c.sameLine(i) || c.protectedTerm[i] || c.eponymPhrase[i]) continue;
    const w = words[i];
    const p = i - 1;
    // A possessive closes the name: the word after "frank's" is what he owns ("frank's flight"), not his surname.
    if (/^['’]s$/i.test(c.text.slice(words[p].baseEnd, words[p].end))) continue;
    // A surname in no list counts only after a first name written in lower case, in lower case too ("[hope] brielow").
    const lowerPair = c.mode === 'mixed' && !words[p].capitalized && !words[p].upper && !w.capitalized && !w.upper && c.unknown(i);
    if (!c.isLast(i) && !lowerPair) continue;
    // After a nickname in quotes: "[Letitia \"bobby\"] fox".
    const afterQuote = /^["”)][ \t\u00a0]{1,2}$/.test(w.gapBefore) && marks.isName(p);
    if (afterQuote) {
      const shapedQ = c.mode !== 'mixed' || w.capitalized || w.upper || (!words[p].capitalized && !words[p].upper);
      const wordOk = !c.is(i, CUE_BITS | WORD_FUNCTION) || (c.mode === 'mixed' && w.capitalized && !c.is(i, CUE_BITS));
      if (shapedQ && w.alpha && wordOk) marks.add(i, i, 'NAME', FIRST_NAME_CLOSURE);
      continue;
    }
    if (!w.alpha || w.lower.length < 2 || c.is(i, CUE_BITS) || (c.mode !== 'mixed' && c.is(i, WORD_FUNCTION))) continue;
    // The name before: a listed first name, or an initial after one ("[Melisa L] Day", "[candance a.] young").
    // An unlisted first name counts only by its capital in mixed text ("[Mindara] Day"), never a lower-case unknown word.
    // A lower-case name at the start of a field ("Re: [onda] strong") is written in lower case throughout.
    const fieldStart = p === 0 || !c.sameLine(p) || /:[ \t\u00a0]*$/.test(words[p].gapBefore);
    const firstBefore = words[p].lower.length > 1
      ? c.isFirst(p) || (!c.isCommon(p) && c.mode === 'mixed' && ((words[p].capitalized && w.capitalized) || (lowerPairShape(p, i) && fieldStart)))
      // An initial after a first name or after a cue word ("PAGED [R.] SHARP", "[Melisa L] Day").
      : isLetter(c, p) && ((marks.isName(p - 1) && c.isFirst(p - 1)) || (c.text.charAt(words[p].end) === '.' && (c.is(p - 1, CUE_BITS) ||
        // Dotted initials opening a field or chained ("Assistant: [c.d.] rivers", "[B.] Player / …").
        fieldStart || (isLetter(c, p - 1) && marks.isName(p - 1) && words[p].gapBefore === '.'))));
    if (!firstBefore || !(/^[ \t\u00a0]{1,2}$/.test(w.gapBefore) || (isLetter(c, p) && /^\.[ \t\u00a0]{1,2}$/.test(w.gapBefore)))) continue;
    // "[Smith] Day 3": a count after the word makes it the word.
    if (/^[ \t\u00a0]*\d{1,2}(?![\d\-.)\/])/.test(c.text.slice(w.end, w.end + 6))) continue;
    // The first name must not itself continue into another surname already ("[Mary Smith] Day" is not three words).
    if (p > 0 && marks.isName(p - 1) && !isLetter(c, p) && !c.isFirst(p - 1)) continue;
    const lowerName = !words[p].upper && !words[p].capitalized;
    const shaped = c.mode !== 'mixed' || w.capitalized || w.upper || lowerName;
    if (!shaped || (c.mode === 'mixed' && lowerName && (w.capitalized || w.upper) === false && c.is(i, WORD_FUNCTION))) continue;
    marks.add(i, i, 'NAME', FIRST_NAME_CLOSURE);
  }
}

/**
 * "Wacker, [Patience] A", "cc Pol, [Rosalinda]", "Caller: mother, frost, [kristan]": a surname written before the
 * comma of "Last, First" when the first name a voter found closes the phrase (an initial, a line end, punctuation).
 */
function surnamesBeforeFirstNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const n = i + 1;
    if (!marks.free(i) || !marks.isName(n) || !words[n].alpha || !/^,[ \t\u00a0]{1,2}$/.test(words[n].gapBefore) || !c.sameLine(n)) continue;
    const w = words[i];
    if (!w.alpha || w.lower.length < 2 || c.protectedTerm[i] || c.is(i, WORD_FUNCTION | CUE_BITS)) continue;
    if (!(c.isLast(i) || !c.isCommon(i))) continue;
    // The phrase starts here: a line start, a label, or a cue ("cc", "Caller: mother,").
    const startsField = !c.sameLine(i) || /[:\-–;(]\s*$/.test(w.gapBefore) || i === 0 ||
      (/^,?[ \t\u00a0]+$/.test(w.gapBefore) && (c.is(i - 1, CUE_BITS) || NAME_NOUNS.has(words[i - 1].lower))) || words[i - 1].lower === 'cc';
    let e = n;
    if (isLetter(c, e + 1) && c.sameLine(e + 1) && /^[ \t\u00a0]$/.test(words[e + 1].gapBefore)) e++;
    const nameCue = i > 0 && NAME_NOUNS.has(words[i - 1].lower);
    const closes = e > n || nameCue || AFTER_INITIAL_RE.test(text.slice(words[e].end, words[e].end + 3)) ||
      /^[ \t\u00a0]{2,}/.test(text.slice(words[e].end, words[e].end + 2));
    const shaped = c.mode !== 'mixed' || w.capitalized || w.upper || (!words[n].capitalized && !words[n].upper);
    if (!(startsField && closes && shaped)) continue;
    marks.add(i, i, 'NAME', FIRST_NAME_CLOSURE);
    if (e > n && marks.free(e)) marks.add(e, e, 'NAME', INITIAL_CLOSURE);
  }
}

/**
 * Nursing shorthand "sister mark called", "hus may called, updated", "son-in-law holly updated at …": a relative cue,
 * a listed first name in any case, then a person verb is a relative by name even when the name is also a word.
 */
function relativesFirstNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 1; i + 1 < words.length; i++) {
    // The person verb after the name: "called", "visited", or the phrases "in to visit" and "at bedside".
    const n = words[i + 1].lower;
    const visitPhrase = (n === 'in' && words[i + 2]?.lower === 'to' && words[i + 3]?.lower === 'visit') ||
      (n === 'at' && words[i + 2]?.lower === 'bedside');
    if (!c.is(i + 1, WORD_PERSON_VERB) && !visitPhrase) continue;
    // A listed first name, or a word in no list ("nephew Ivo in to visit", "par Wenine called").
    if (!c.isFirst(i) && !c.unknown(i)) continue;
    // "DAUGHTER-IN-LAW WILL CALLED": the hyphenated relative splits into words; its last word is "law".
    const inLaw = words[i - 1].lower === 'law' && words[i - 1].gapBefore === '-' && i > 1 && words[i - 2].lower === 'in';
    const relative = c.is(i - 1, WORD_RELATIVE) || inLaw || RELATIVE_ABBREVIATIONS.has(words[i - 1].lower);
    // "2:25 PM Ebbina at bedside": the entry's time stamp stands where the relative would.
    const timed = visitPhrase && !c.isCommon(i) && LINE_TIME_RE.test(text.slice(Math.max(0, words[i].start - 16), words[i].start));
    if (!marks.free(i) || !(relative || timed)) continue;
    if (!c.sameLine(i) || !c.sameLine(i + 1) || !/^[ \t\u00a0]{1,2}$/.test(words[i].gapBefore) || !/^[ \t\u00a0]{1,2}$/.test(words[i + 1].gapBefore)) continue;
    if (c.protectedTerm[i] || c.is(i, CUE_BITS) || words[i].lower.length < 2) continue;
    // "husband in visiting": a preposition is never the name; a modal before a past-tense person verb is ("hus may called").
    if (c.is(i, WORD_FUNCTION) && !MODAL_FIRST_NAMES.has(words[i].lower)) continue;
    marks.add(i, i, 'NAME', RELATIVE_FIRST_NAME);
  }
}

/**
 * "pt RH 54F", "PT GK 68-YEAR-OLD MAN", "pt oc [AGE] years old": letters after a patient noun and before an age are
 * the patient's initials, even when they spell an abbreviation ("PT HR 84 YO F": 84 is an age, not a heart rate).
 */
function patientInitials(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 1; i < words.length; i++) {
    if (words[i].lower.length > 3 || !marks.free(i) || !PATIENT_NOUNS.has(words[i - 1].lower) || !c.sameLine(i) || !/^[ \t\u00a0]{1,2}$/.test(words[i].gapBefore)) continue;
    // Dotted ("J.D.") or plain ("JD"), two or three letters.
    let e = i;
    let letters = 0;
    if (isLetter(c, i)) {
      while (e < words.length && e - i < 3 && isLetter(c, e) && text.charAt(words[e].end) === '.' && (e === i || words[e].gapBefore === '.')) e++;
      letters = e - i;
      e--;
    } else if (words[i].alpha && words[i].lower.length <= 3 && words[i].end === words[i].baseEnd) {
      letters = words[i].lower.length;
    }
    if (letters < 2 || c.protectedTerm[i] || NOT_INITIALS.has(words[i].lower)) continue;
    if (letters === 3 && !isLetter(c, i) && c.isCommon(i)) continue;
    const after = text.slice(words[e].end + (isLetter(c, e) ? 1 : 0), words[e].end + 48);
    if (!AGE_AFTER_INITIALS_RE.test(after)) continue;
    marks.add(i, e, 'NAME', PATIENT_INITIALS);
  }
}

/**
 * "VAN [BUREN POINT]", "St [Ignatius]'s", "PORT [ONDINGRIDGE]": a town prefix or a saint's title right before a place a
 * voter found belongs to it. In mixed text the prefix must be capitalised ("the west [Boston]" is not a town).
 */
function placePrefixes(c: NameContext, marks: WordMarks, emit: Emit): void {
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    if (!marks.isPlace(i) || !PLACE_PREFIXES.has(words[i - 1].lower) || !marks.free(i - 1) || !c.sameLine(i)) continue;
    const p = words[i - 1];
    if (!PLACE_PREFIXES.has(p.lower) || c.protectedTerm[i - 1] || !/^\.?[ \t\u00a0]{1,2}$/.test(words[i].gapBefore)) continue;
    if (c.mode === 'mixed' && !p.capitalized && !p.upper) continue;
    marks.add(i - 1, i - 1, 'LOCATION', FACILITY_CLOSURE);
    // "St Ignatius's": a saint's possessive is part of the place's name.
    if ((p.lower === 'st' || p.lower === 'saint' || p.lower === 'ste') && words[i].end !== words[i].baseEnd) emit(words[i].start, words[i].end, 'LOCATION', FACILITY_CLOSURE);
  }
}

/** Per word: the type of the span covering it (the highest-ranked when spans overlap), or undefined. */
function typesOf(c: NameContext, spans: readonly { start: number; end: number; type: PhiType }[]): (PhiType | undefined)[] {
  const out: (PhiType | undefined)[] = new Array(c.words.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  for (let i = 0; i < c.words.length; i++) {
    const w = c.words[i];
    while (s < sorted.length && sorted[s].end <= w.start) s++;
    for (let x = s; x < sorted.length && sorted[x].start <= w.start; x++) {
      if (sorted[x].end >= w.baseEnd && (out[i] === undefined || sorted[x].type !== 'LOCATION')) out[i] = sorted[x].type;
    }
  }
  return out;
}

/**
 * "PCP Dr. Day at …", "Mr. Day is a …", "Assigned: Dr. Day": after a personal title a capitalised surname-list word is the
 * person even when it is also a word. Mixed text only (caps-only notes give no capital), never before a number ("Dr. Day 3").
 */
function titledSurnameWords(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  if (c.mode === 'lower') return;
  for (let i = 1; i < words.length; i++) {
    if (!c.isLast(i) || !marks.free(i) || !SURNAME_TITLES.has(words[i - 1].lower) || !c.sameLine(i) || !/^\.?[ \t\u00a0]{1,2}$/.test(words[i].gapBefore)) continue;
    const w = words[i];
    // Caps-only notes: "MS" and "MR" are also mental status and mitral regurgitation, and a clinical word after a title is the finding.
    if (c.mode === 'upper' && (AMBIGUOUS_UPPER_TITLES.has(words[i - 1].lower) || c.is(i, WORD_CLINICAL | WORD_FUNCTION) || !w.upper)) continue;
    if (!(w.capitalized || (c.mode === 'upper' && w.upper)) || !c.isLast(i) || c.protectedTerm[i] || c.eponymPhrase[i] || c.is(i, CUE_BITS)) continue;
    if (/^[ \t\u00a0]*\d/.test(text.slice(w.end, w.end + 3))) continue;
    marks.add(i, i, 'NAME', TITLED_SURNAME);
  }
}

/**
 * "Drs. [Pellam], [Orvitz] & dos Havodale", "Doctors [A], [B], and al-Wylelholt": a particle surname continuing a list of
 * names is a name too, whatever a voter typed its last word.
 */
function listedParticleNames(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 2; i < words.length; i++) {
    if ((c.unit[i] & UNIT_PARTICLE) === 0 || !marks.free(i) || !c.sameLine(i)) continue;
    const joiner = words[i - 1];
    const afterJoiner = (joiner.lower === 'and' || joiner.lower === 'or') && marks.isName(i - 2) && /^,?[ \t\u00a0]{1,2}$/.test(joiner.gapBefore);
    const afterAmp = marks.isName(i - 1) && /^[ \t\u00a0]*[&,][ \t\u00a0]*$/.test(words[i].gapBefore);
    if (!(afterJoiner || afterAmp)) continue;
    let e = i;
    while (e + 1 < words.length && e - i < 2 && (c.unit[e + 1] & UNIT_PARTICLE) !== 0 && c.sameLine(e + 1) && /^[ \t\u00a0-]{1}$/.test(words[e + 1].gapBefore)) e++;
    const n = e + 1;
    if (n >= words.length || !c.sameLine(n) || !/^[ \t\u00a0]{1,2}$|^-$/.test(words[n].gapBefore)) continue;
    const w = words[n];
    const shaped = marks.isName(n) || marks.isPlace(n) || (w.alpha && w.lower.length > 1 && !c.protectedTerm[n] &&
      (c.mode === 'mixed' ? w.capitalized || w.upper : !c.isCommon(n)));
    if (!shaped) continue;
    marks.add(i, n, 'NAME', PARTICLE_CLOSURE);
  }
}

/**
 * "AV Chart #: [MRN]", "DM PATIENT ID: [MRN]": letters at the start of a line, right before the label of the record number
 * on the patient line, are the patient's initials even when they spell an abbreviation.
 */
function initialsBeforeRecordLabels(c: NameContext, marks: WordMarks, types: readonly (PhiType | undefined)[]): void {
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    // Plain ("AV") or dotted ("N.O.", "R.H.") letters.
    let e = i;
    while (isLetter(c, e) && text.charAt(words[e].end) === '.' && e - i < 2 && isLetter(c, e + 1) && words[e + 1].gapBefore === '.') e++;
    const dottedRun = e > i;
    if (!dottedRun && (w.lower.length < 2 || w.lower.length > 3 || !w.alpha)) continue;
    if (!(w.upper || c.mode === 'lower') || !marks.free(i) || c.protectedTerm[i]) continue;
    if (i > 0 && c.sameLine(i)) continue;
    let j = e + 1;
    while (j < words.length && j - i <= 4 && c.sameLine(j) && RECORD_LABEL_WORDS.has(words[j].lower) && marks.free(j)) j++;
    if (j === e + 1 || j >= words.length || !c.sameLine(j) || !RECORD_TYPES.has(types[j] as PhiType)) continue;
    if (!dottedRun && (RECORD_LABEL_WORDS.has(w.lower) || OTHER_LABEL_WORDS.has(w.lower))) continue;
    // "NHS No. 943 476 5919", "CHI number ...": before a bare number word the letters name the number's scheme, not a person.
    if (!dottedRun && words.slice(e + 1, j).every((x) => BARE_NUMBER_WORDS.has(x.lower))) continue;
    marks.add(i, e, 'NAME', RECORD_LABEL_INITIALS);
  }
}

/** "1112 M.A. VOIDED 300CC", "11:28 am C.D. c/o pain": dotted initials right after the clock time that opens a nursing entry. */
function timedInitials(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 1; i + 1 < words.length; i++) {
    // Plain letters too when a nursing action follows: "2310 WL C/O PAIN", "1557 LB SKIN INTACT".
    const w0 = words[i];
    if (!isLetter(c, i) && w0.alpha && (w0.lower.length === 2 || w0.lower.length === 3) && (w0.upper || c.mode === 'lower') && marks.free(i) &&
      NURSING_ACTIONS.has(words[i + 1].lower) && c.sameLine(i + 1) && !c.protectedTerm[i] && !NOT_INITIALS.has(w0.lower) &&
      !PATIENT_NOUNS.has(w0.lower) && !c.is(i, CUE_BITS) && c.sameLine(i) &&
      LINE_TIME_RE.test(text.slice(Math.max(0, w0.start - 16), w0.start))) {
      marks.add(i, i, 'NAME', TIMED_INITIALS);
      continue;
    }
    if (!isLetter(c, i) || text.charAt(words[i].end) !== '.' || !c.sameLine(i) || (i > 0 && isLetter(c, i - 1) && words[i].gapBefore === '.')) continue;
    let e = i;
    let letters = words[i].lower;
    while (e + 1 < words.length && e - i < 2 && isLetter(c, e + 1) && words[e + 1].gapBefore === '.' && text.charAt(words[e + 1].end) === '.') {
      e++;
      letters += words[e].lower;
    }
    if (e === i || ABBREVIATION_LETTERS.has(letters) || !LINE_TIME_RE.test(text.slice(Math.max(0, words[i].start - 16), words[i].start))) continue;
    if (!(words[i].upper || c.mode === 'lower')) continue;
    let free = false;
    for (let x = i; x <= e; x++) free ||= marks.free(x);
    if (!free) continue;
    marks.add(i, e, 'NAME', TIMED_INITIALS);
    i = e;
  }
}

/** "Saint Just's Hospital", "LAKE DRUMDALE WOMEN'S HEALTH": a possessive inside a place's name is part of it. */
function placePossessives(c: NameContext, marks: WordMarks, emit: Emit): void {
  const { words } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (w.end === w.baseEnd || !marks.isPlace(i) || !marks.isPlace(i + 1) || !c.sameLine(i + 1) || !/^[ \t\u00a0]{1,2}$/.test(words[i + 1].gapBefore)) continue;
    emit(w.start, words[i + 1].baseEnd, 'LOCATION', FACILITY_CLOSURE);
  }
}

/**
 * "[street], GOOSE CREEK (fax …)", "[street], Drain (fax …)": the words after a street address and its comma, up to the next
 * punctuation, are the town — whatever they are in a word list.
 */
function townsAfterAddresses(c: NameContext, marks: WordMarks, types: readonly (PhiType | undefined)[]): void {
  const { words, text } = c;
  for (let i = 1; i < words.length; i++) {
    if (types[i - 1] !== 'ADDRESS' || !marks.free(i) || !c.sameLine(i) || !/^,[ \t\u00a0]{1,2}$/.test(words[i].gapBefore)) continue;
    let e = i;
    const shaped = (q: number): boolean => words[q].alpha && !c.protectedTerm[q] && (c.mode === 'mixed' ? words[q].capitalized || words[q].upper : true) &&
      !c.is(q, WORD_FUNCTION | CUE_BITS);
    if (!shaped(i)) continue;
    while (e + 1 < words.length && e - i < 3 && marks.free(e + 1) && c.sameLine(e + 1) && /^[ \t\u00a0]$/.test(words[e + 1].gapBefore) && shaped(e + 1)) e++;
    // The town ends the phrase: punctuation, a bracket, a line end, a ZIP or state code next.
    const after = text.slice(words[e].end, words[e].end + 4);
    if (!/^(?:[ \t\u00a0]*[(,.;]|[ \t\u00a0]*(?:\r?\n|$)|[ \t\u00a0]\d{5}|[ \t\u00a0][A-Z]{2}\b)/.test(after)) continue;
    marks.add(i, e, 'LOCATION', TOWN_AFTER_ADDRESS);
    i = e;
  }
}

/** "Admitted [DATE] - 4/2 for pneumonia", "[DATE] to 8-9", "[DATE]-10-19": the month-day closing a range that opens with a date. */
function dateRangeTails(c: NameContext, spans: readonly { start: number; end: number; type: PhiType }[], emit: Emit): void {
  const { text } = c;
  const covered = (at: number): boolean => spans.some((s) => s.start <= at && at < s.end);
  for (const d of spans) {
    if (d.type !== 'DATE') continue;
    const m = DATE_TAIL_RE.exec(text.slice(d.end, d.end + 24));
    if (!m) continue;
    const start = d.end + m[0].length - m[1].length - m[2].length - 1;
    if (covered(start)) continue;
    emit(start, d.end + m[0].length, 'DATE', DATE_RANGE_TAIL);
  }
}

/** "[PORTER] CORNERS", "[willow] city", "[Cedar] Falls": a town-name suffix right after a place a voter found is part of it. */
function townSuffixes(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    // A name-list word after "in"/"near" with a town suffix is a town, not a person ("lives in [Jackson] Heights").
    const namedTown = marks.isName(i) && c.mode === 'mixed' && words[i].capitalized && i > 0 && (words[i - 1].lower === 'in' || words[i - 1].lower === 'near') &&
      c.sameLine(i) && words[i + 1].capitalized;
    if (!(marks.isPlace(i) || namedTown) || !TOWN_SUFFIXES.has(words[i + 1].lower) || !marks.free(i + 1) || !c.sameLine(i + 1)) continue;
    if (!/^[ \t\u00a0]{1}$/.test(words[i + 1].gapBefore) || c.protectedTerm[i + 1]) continue;
    // In mixed text the suffix carries the place's capital ("Cedar Falls"), or its lower case when the place is written so.
    const w = words[i + 1];
    const lowerPlace = !words[i].capitalized && !words[i].upper;
    if (c.mode === 'mixed' && !(w.capitalized || w.upper || (lowerPlace && !w.capitalized && !w.upper))) continue;
    if (namedTown) marks.add(i, i + 1, 'LOCATION', FACILITY_CLOSURE);
    else marks.add(i + 1, i + 1, 'LOCATION', FACILITY_CLOSURE);
  }
}

/**
 * "Owl [Creek Family Medicine]", "BLACK [HAWK FALLS]": the word before a place that opens with a town-name suffix word is
 * the first word of the name ("Creek", "Falls", "Ridge" never open one), written in the same case as the place.
 */
function namesBeforeTownSuffixes(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i < words.length; i++) {
    if (!TOWN_SUFFIXES.has(words[i].lower) || !marks.isPlace(i) || marks.isPlace(i - 1) || !marks.free(i - 1) || !c.sameLine(i)) continue;
    if (!/^[ \t\u00a0]$/.test(words[i].gapBefore)) continue;
    const w = words[i - 1];
    if (!w.alpha || w.lower.length < 2 || c.is(i - 1, WORD_CLINICAL | WORD_FUNCTION | WORD_TITLE | WORD_ROLE | WORD_CREDENTIAL) || c.protectedTerm[i - 1] ||
      PLACE_SANDWICH_STOP.has(w.lower)) continue;
    const sameCase = c.mode === 'mixed' ? w.capitalized && words[i].capitalized : w.upper === words[i].upper;
    if (!sameCase) continue;
    marks.add(i - 1, i - 1, 'LOCATION', FACILITY_CLOSURE);
  }
}

/** "[Kessler Tool] & Die", "[PEMBERTON] & SONS": a word joined by an ampersand to an organisation is part of its name. */
function ampersandTails(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i + 1].gapBefore.indexOf('&') < 0 || !marks.isPlace(i) || !marks.free(i + 1) || !c.sameLine(i + 1) ||
      !/^[ \t\u00a0]?&[ \t\u00a0]?$/.test(words[i + 1].gapBefore)) continue;
    const w = words[i + 1];
    if (!w.alpha || c.is(i + 1, WORD_FUNCTION | WORD_TITLE) || c.protectedTerm[i + 1]) continue;
    if (c.mode === 'mixed' && !w.capitalized && !w.upper) continue;
    marks.add(i + 1, i + 1, 'LOCATION', FACILITY_CLOSURE);
  }
}

/**
 * "moved from [Hope] to Liberty", "DROVE FROM [PARAGOULD] TO JONESBORO": after "from" and a place, the word after "to" is
 * the other end of the move, whatever the lists say of it (a month, a day or a clinical word is not).
 */
function fromToPlaces(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i + 1].lower !== 'to' || !marks.isPlace(i) || !marks.free(i + 2) || !c.sameLine(i + 1) || !c.sameLine(i + 2)) continue;
    let s = i;
    while (s > 0 && marks.isPlace(s - 1) && c.sameLine(s)) s--;
    if (s === 0 || words[s - 1].lower !== 'from' || !c.sameLine(s)) continue;
    const w = words[i + 2];
    if (!w.alpha || w.lower.length < 3 || c.is(i + 2, WORD_FUNCTION | WORD_TITLE | WORD_CLINICAL) || c.protectedTerm[i + 2] || MONTH_OR_DAY_WORDS.has(w.lower)) continue;
    if (c.mode === 'mixed' && !w.capitalized) continue;
    let e = i + 2;
    const n = words[e + 1];
    if (n && c.sameLine(e + 1) && /^[ \t\u00a0]$/.test(n.gapBefore) && n.alpha && (c.mode === 'mixed' ? n.capitalized : TOWN_SUFFIXES.has(n.lower)) &&
      !c.is(e + 1, WORD_FUNCTION | WORD_CLINICAL | WORD_TITLE)) e++;
    marks.add(i + 2, e, 'LOCATION', FACILITY_CLOSURE);
  }
}
const MONTH_OR_DAY_WORDS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'tonight']);

/** "[Red Cedar Mining Co]., Inc.", "[Gunflint Sawmill], Inc.": the legal form after an organisation belongs to its name. */
function legalSuffixes(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!marks.isPlace(i) || marks.isPlace(i + 1) || !marks.free(i + 1) || !LEGAL_FORMS.has(words[i + 1].lower)) continue;
    const m = LEGAL_TAIL_RE.exec(text.slice(words[i].baseEnd, words[i].baseEnd + 10));
    if (!m) continue;
    const endChar = words[i].baseEnd + m[0].length;
    let e = i;
    while (e + 1 < words.length && words[e + 1].start < endChar) e++;
    if (e === i) continue;
    // ", Co." after a county ("[Wahkiakum] Co.") is the administrative noun, which stays readable.
    if (/^,?[ \t\u00a0]?(?:Co|CO|co)\b/.test(m[0]) && !/,/.test(m[0])) continue;
    marks.add(i + 1, e, 'LOCATION', FACILITY_CLOSURE);
    i = e;
  }
}

/**
 * "[LUDON] FLOOD, RN", "Triage RN: WILL [HOLMUMAN] RN", "Fenine M. [Bumpers], PT, DPT pager …": a signature line holds a name
 * and credentials only, so once any voter found part of the name, every word from the line start (or its label) to the
 * credential is the name — whatever word lists say about "Flood" or "Will".
 */
function signatureLines(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let k = 1; k < words.length; k++) {
    // A credential word ("RN", "PharmD") or a dotted one ("M.D.", "R.N."), after a comma or a space.
    const dottedCredential = isLetter(c, k) && text.charAt(words[k].end) === '.' && isLetter(c, k + 1) && words[k + 1]?.gapBefore === '.' &&
      DOTTED_LABELS.has(words[k].lower + words[k + 1].lower);
    if (!(c.is(k, WORD_CREDENTIAL) || dottedCredential) || !c.sameLine(k) || !/^,?[ \t\u00a0]{1,2}$/.test(words[k].gapBefore)) continue;
    // The credential ends the line or leads to more credentials, a pager or a phone.
    const after = text.slice(words[dottedCredential ? k + 1 : k].end + (dottedCredential ? 1 : 0), words[k].end + 14);
    if (!/^(?:[ \t\u00a0]*(?:\r?\n|$)|,|[ \t\u00a0]+(?:pager|ph|tel|\(|\d)|[ \t\u00a0]{2})/i.test(after)) continue;
    let s = k;
    let named = false;
    while (s > 0 && k - s < 4 && c.sameLine(s) && (s === k || /^\.?[ \t\u00a0]{1,2}$/.test(words[s].gapBefore) || words[s].gapBefore === '-')) {
      const q = s - 1;
      const w = words[q];
      if (!w.alpha || c.protectedTerm[q] || (c.is(q, CUE_BITS) && !marks.isName(q)) || (!marks.free(q) && !marks.isName(q))) break;
      if (marks.isName(q)) named = true;
      s = q;
      if (!c.sameLine(q) || /[:;]\s*$/.test(w.gapBefore)) break;
    }
    if (s === k) continue;
    // The run must open its line or follow a label ("Triage RN: …"), so a sentence never ends up inside it.
    const afterLabel = /:[ \t\u00a0]*$/.test(words[s].gapBefore);
    const opens = s === 0 || !c.sameLine(s) || afterLabel;
    if (!opens) continue;
    // With no word found by a voter, only a person label vouches for the run ("Reading radiologist: Will Gold M.D.").
    if (!named) {
      const label = s > 0 && afterLabel && c.sameLine(s) ? s - 1 : -1;
      let shapedRun = c.mode === 'mixed';
      for (let x = s; x < k && shapedRun; x++) shapedRun = words[x].capitalized || words[x].upper;
      // Role nouns not in the cue lists end like one ("radiologist", "pathologist", "physician", "technician").
      const roleNoun = label >= 0 && words[label].lower.length > 5 && /(?:ist|ician)$/.test(words[label].lower);
      if (label < 0 || !(c.is(label, WORD_ROLE | WORD_TITLE | WORD_CONTACT | WORD_CREDENTIAL) || roleNoun) || !shapedRun || k - s < 2) continue;
    }
    let free = false;
    for (let x = s; x < k; x++) free ||= marks.free(x);
    if (free) marks.add(s, k - 1, 'NAME', SIGNATURE_LINE);
  }
}

/**
 * "Transferred from Saint Mary's Hospital (SM) …; SM imaging pushed to PACS": the bracketed acronym of a place names the
 * place at its other uses in the note, written the same way, even when it is also an ordinary abbreviation.
 */
function acronymUses(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  if (c.mode === 'upper') return;
  const acronyms = new Set<string>();
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    if (!w.upper || !marks.isPlace(i) || !marks.isPlace(i - 1) || !/\($/.test(w.gapBefore) || text.charAt(w.end) !== ')') continue;
    acronyms.add(text.slice(w.start, w.baseEnd));
  }
  if (acronyms.size === 0) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (marks.free(i) && w.upper && acronyms.has(text.slice(w.start, w.baseEnd))) marks.add(i, i, 'LOCATION', ACRONYM_USE);
  }
}

/**
 * "Case reviewed with Drs [Pellam], Hick and [Orvitz]", "Assistant: Drs. [Pellam] and Day": a capitalised word between the
 * joiners of a list of names, or closing a list a plural title opened, is one more person.
 */
function listMembers(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  const joiner = (q: number): boolean => q >= 0 && q < words.length && (words[q].lower === 'and' || words[q].lower === 'or');
  for (let i = 2; i < words.length; i++) {
    const w = words[i];
    if (!marks.free(i) || !w.alpha || w.lower.length < 2 || !c.sameLine(i) || c.protectedTerm[i] || c.is(i, CUE_BITS)) continue;
    // Caps-only and lower-case notes give no capital: there only a word in no list, between two names, joins.
    if (c.mode === 'mixed' ? !w.capitalized : !c.unknown(i)) continue;
    const leftList = (marks.isName(i - 1) && /^[ \t\u00a0]*[,&][ \t\u00a0]*$/.test(w.gapBefore)) ||
      (joiner(i - 1) && marks.isName(i - 2) && /^,?[ \t\u00a0]+$/.test(words[i - 1].gapBefore) && /^[ \t\u00a0]+$/.test(w.gapBefore));
    if (!leftList) continue;
    const n = words[i + 1];
    const rightList = n !== undefined && c.sameLine(i + 1) && ((marks.isName(i + 1) && /^[ \t\u00a0]*[,&][ \t\u00a0]*$/.test(n.gapBefore)) ||
      (joiner(i + 1) && marks.isName(i + 2) && c.sameLine(i + 2)));
    let titled = false;
    for (let q = i - 1; q >= 0 && q >= i - 10 && !titled; q--) {
      titled = PLURAL_TITLES.has(words[q].lower);
      if (!c.sameLine(q)) break;
    }
    if (rightList || (titled && c.mode === 'mixed')) marks.add(i, i, 'NAME', SANDWICH_CLOSURE);
  }
}

/** "[street], [Lake City] 09311": five digits (or ZIP+4) right after a town that follows a street address are its ZIP code. */
function zipsAfterTowns(c: NameContext, marks: WordMarks, types: readonly (PhiType | undefined)[], emit: Emit): void {
  const { words, text } = c;
  for (let i = 1; i + 1 < words.length; i++) {
    const z = words[i + 1];
    if (!marks.isPlace(i) || !z.hasDigit || z.lower.length !== 5 || !/^\d{5}$/.test(z.lower) || !marks.free(i + 1) || !c.sameLine(i + 1)) continue;
    if (!/^,?[ \t\u00a0]{1,2}$/.test(z.gapBefore)) continue;
    // Walk back over the town to the street address before its comma.
    let s = i;
    while (s > 0 && marks.isPlace(s - 1) && c.sameLine(s)) s--;
    if (s === 0 || types[s - 1] !== 'ADDRESS' || !/^,[ \t\u00a0]{1,2}$/.test(words[s].gapBefore)) continue;
    const plus4 = /^-\d{4}\b/.exec(text.slice(z.end, z.end + 6));
    emit(z.start, z.end + (plus4 ? plus4[0].length : 0), 'ADDRESS', TOWN_AFTER_ADDRESS);
  }
}
