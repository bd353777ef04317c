// Owns the places a person's name stands by the grammar of the text around it, whatever its words — names that
// are also English words ("Field, Dawn", "Sky Baker"), lower case, initials: a form box whose label is a person
// noun ("Athlete: BISHOP, KAVEH", "Sponsor: hope esfahani", "Student: A.C."), an alias in brackets between a
// given name and a surname ("Radu (aka Skip) Odhiambo"), a nickname the team knows the person by ('known to team
// as "Sarge"'), the defendant of a court caption ("State v. Hill, Sky"), a name followed by the person's role in
// brackets ("Field, Anahera (coach)", "M.A. (girlfriend)"), and, in mixed-case text, lower-case names where only a
// person stands ("d/w judge and dolly.", "per charge nurse sky pt resting", "bud cooper called.", "lives with
// uncle crystal tupou at ..."). Protected clinical terms and eponym phrases stay.
import {
  WORD_CLINICAL, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_RELATIVE, WORD_ROLE, WORD_TITLE,
} from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';
import { defineCues } from '../triggerIndex';

export const PERSON_SLOT_NAME = 'name.person-slot';
export const ALIAS_NAME = 'name.alias';
export const COURT_CAPTION_NAME = 'name.court-caption';
export const BRACKETED_ROLE_NAME = 'name.before-bracketed-role';
export const LOWER_ROLE_SLOT_NAME = 'name.lower-role-slot';
export const PATIENT_BEFORE_AGE_NAME = 'name.patient-before-age';

/** Recognizers here whose name is the text's own statement of who a person is: their words are that person elsewhere. */
export const CONFIDENT_SLOT_RECOGNIZERS: ReadonlySet<string> = new Set([PERSON_SLOT_NAME, PATIENT_BEFORE_AGE_NAME, ALIAS_NAME, COURT_CAPTION_NAME, BRACKETED_ROLE_NAME]);

/**
 * Label nouns of a form box that holds one person ("Athlete:", "Sponsor:", "Student name:"). Kinship and staff role
 * words count too (lexicon bits); these are the people a form is about or answers to outside the care team.
 */
const PERSON_LABEL_NOUNS: ReadonlySet<string> = new Set(('name patient pt client student athlete sponsor member resident defendant ' +
  'respondent petitioner plaintiff subject participant proband examinee claimant applicant employee requester requestor caller ' +
  'informant witness coach teacher caregiver caseworker visitor spouse partner donor recipient insured subscriber beneficiary ' +
  'decedent child minor infant parent guardian youth juvenile inmate detainee offender veteran enrollee individual person ' +
  'counselee camper player trainee volunteer tenant payee contact re regarding').split(' '));
/** Label words that make the box a thing's, not a person's ("Team name:", "Drug name:", "Facility name:"). */
const THING_LABEL_WORDS: ReadonlySet<string> = new Set(('team drug product device file facility school practice company employer ' +
  'pharmacy test study protocol plan program programme brand generic medication user host server account street town city ' +
  'county state country insurance payer organization organisation agency unit ward clinic hospital site sport event').split(' '));
/** Values of a person box that say no person is named. */
const NO_PERSON: ReadonlySet<string> = new Set(('none n a na unknown unk self same pending declined deferred refused nil tbd ' +
  'not applicable available yes no other see above below as student unemployed retired homeless').split(' '));
/** Kinship and role words written in brackets after a name ("(coach)", "(foster mom)", "(case manager)"). */
const BRACKET_ROLES: ReadonlySet<string> = new Set(('mom mum dad mother father grandma grandpa granny nana papa stepdad stepmom ' +
  'stepmother stepfather foster coach teacher sponsor manager worker guardian caregiver girlfriend boyfriend roommate landlord ' +
  'employer friend neighbor neighbour pastor interpreter translator advocate witness aunt auntie uncle brother sister son daughter ' +
  'wife husband partner spouse cousin niece nephew grandson granddaughter grandmother grandfather fiance fiancee fiancé fiancée ' +
  'godmother godfather self patient cg chw director counsellor counselor chaplain').split(' '));
/** Plaintiffs of a court caption ("State v.", "People v.", "Commonwealth v.", "United States v."). */
const CAPTION_PLAINTIFFS: ReadonlySet<string> = new Set(['state', 'people', 'commonwealth', 'states', 'government', 'city', 'county', 'matter']);
/** Groups and services that take a person's place in a sentence ("d/w team and family", "per pharmacy"). */
const COLLECTIVE: ReadonlySet<string> = new Set(('family team staff pt patient pts patients everyone all both pharmacy nursing hospice ' +
  'ortho neuro cards renal gi id ent uro psych onc heme surgery medicine peds ob gyn icu ccu er ed pacu or lab radiology rad ' +
  'attending resident fellow intern nurse rn md np pa sw cm pcp provider doctor physician surgeon case social work home health ' +
  'agency office clinic insurance mom dad parents wife husband son daughter').split(' '));
const DEPARTMENT_RE = /(?:ology|ologie|iatry|iatrics|surgery|medicine|nursing|therapy|care)$/;
/** Predicates a lower-case name opening a sentence takes ("bud cooper called.", "grace shields aware."). */
const PERSON_PREDICATES: ReadonlySet<string> = new Set(('called visited aware agrees agreed states stated reports reported ' +
  'arrived present updated notified declined refused phoned texted requests requested asked wants').split(' '));
/** Words that close a lower-case name after a cue: the clause goes on ("d/w mark re plan", "per rn sky pt resting"). */
const CLOSERS: ReadonlySet<string> = new Set(('re regarding about and at is was will to who on for by pt patient this today tonight ' +
  'with from in has had aware agrees called').split(' '));
/** Verbs a relative's name is the subject of ("stepdad Iris has a phone", "mom Dawn brought him"). */
const KIN_NAME_VERBS: ReadonlySet<string> = new Set(['has', 'had', 'is', 'was', 'will', 'brought', 'drove', 'called', 'says', 'said', 'reports', 'states', 'can', 'lives', 'works']);
/** Staff words a name follows in a handoff ("care handed to night shift Harmony", "tech Sky Hill aware"). */
const STAFF_SHIFT_WORDS: ReadonlySet<string> = new Set(['shift', 'tech', 'cna', 'lpn', 'pct', 'aide', 'sitter', 'rt', 'slp', 'ot', 'dietitian', 'pharmacist']);
const AMBIGUOUS_ROLES: ReadonlySet<string> = new Set(['pa', 'rt', 'ot', 'pt', 'md', 'np', 'ma', 'cm', 'sw', 'do', 'pca', 'slp', 'rn', 'doc', 'hcp', 'pcp', 'proxy']);
/** Words no rule here takes as a name part. */
const NEVER = WORD_CLINICAL | WORD_CREDENTIAL | WORD_FUNCTION | WORD_HEADER | WORD_TITLE;
const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'coach']);
const SPACE_RE = /^[ \t\u00a0]$/;
const SPACES_RE = /^[ \t\u00a0]+$/;

/** A word of a name: alphabetic, in a name list or in no list at all (not only vocabulary), free, not a protected term. */
function namePart(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  // An eponym's word is a surname too ("HILL, HAUNANI"): in these person slots only a protected clinical term stays.
  if (w === undefined || !w.alpha || c.protectedTerm[i] || (c.eponymPhrase[i] && !c.isLast(i) && !c.isFirst(i))) return false;
  // A word another unit already found is a name part ("State v. dagny marsh": "dagny" found, "marsh" not).
  if (marks.isName(i)) return true;
  if (!marks.free(i)) return false;
  if (w.lower.length === 1) return dotted(c, i) || (w.upper && c.mode !== 'upper');
  if (c.is(i, NEVER) && !(c.isFirst(i) || c.isLast(i))) return false;
  // A kinship or role word is who the person is, not their name ("Caller: son, L. Amorim").
  if (c.is(i, WORD_FUNCTION | WORD_CREDENTIAL | WORD_TITLE | WORD_HEADER | WORD_RELATIVE | WORD_ROLE) || BRACKET_ROLES.has(w.lower)) return false;
  // In mixed-case text a capitalised everyday word in a person's slot may be a given name no list holds ("Hill, Sky").
  return c.isFirst(i) || c.isLast(i) || c.unknown(i) || (c.mode === 'mixed' && (w.capitalized || w.upper) && !c.is(i, WORD_CLINICAL));
}

/** A word of the run that is a name by the lists: a listed given name or surname, or a word in no list. */
function listed(c: NameContext, i: number): boolean {
  return c.isFirst(i) || c.isLast(i) || c.unknown(i) || c.w(i)!.lower.length === 1;
}

function dotted(c: NameContext, i: number): boolean {
  const w = c.w(i)!;
  return w.lower.length === 1 && c.text.charAt(w.end) === '.';
}

/** The case a name is written in here: capitalised or capitals in mixed text, or every word lower case (a typed lower name). */
function caseFits(c: NameContext, a: number, b: number): boolean {
  if (c.mode !== 'mixed') return true;
  let lower = 0;
  let n = 0;
  for (let i = a; i <= b; i++) {
    const w = c.w(i)!;
    // The second part of a hyphenated given name keeps its lower case ("Ji-woo").
    if (!w.alpha || w.gapBefore === '-') continue;
    n++;
    if (!w.capitalized && !w.upper) lower++;
  }
  return lower === 0 || lower === n;
}

interface Run {
  a: number;
  b: number;
}

/**
 * Reads a name value starting at word j on one line: up to four name parts joined by one space, a hyphen or the dots of
 * initials, one comma after the first part ("Field, Dawn"), and an alias in brackets ("Radu (aka Skip) Odhiambo").
 * Returns the run, or undefined when word j starts no name.
 */
function readValue(c: NameContext, marks: WordMarks, j: number, maxParts = 4): Run | undefined {
  if (!namePart(c, marks, j)) return undefined;
  let b = j;
  let parts = 1;
  let commas = 0;
  for (;;) {
    const n = b + 1;
    const next = c.w(n);
    if (next === undefined || !c.sameLine(n) || c.w(b)!.end !== c.w(b)!.baseEnd) break;
    const gap = next.gapBefore;
    const joined = gap === '-' || (dotted(c, b) && /^\.[ \t\u00a0]?$/.test(gap));
    if (joined && (namePart(c, marks, n) || (gap === '-' && next.alpha && !c.protectedTerm[n] && !c.is(n, NEVER)))) {
      b = n;
      continue;
    }
    // After "Surname," the given name may be an everyday word no list holds ("nyetaadze, serenity", "COFFIN, UNIQUE").
    const givenAfterComma = next.alpha && next.lower.length > 1 && marks.free(n) && !c.protectedTerm[n] &&
      !c.is(n, NEVER | WORD_RELATIVE | WORD_ROLE) && !BRACKET_ROLES.has(next.lower) && !NO_PERSON.has(next.lower);
    if (/^,[ \t\u00a0]$/.test(gap) && commas === 0 && parts === 1 && (namePart(c, marks, n) || givenAfterComma) && !c.isInitial(n)) {
      commas++;
      parts++;
      b = n;
      continue;
    }
    // "Radu (aka Skip) Odhiambo": the bracketed alias and the surname after it belong to the name.
    if (/^[ \t\u00a0]\($/.test(gap) && isAka(c, n)) {
      const nick = akaEnd(c, n);
      const after = c.w(nick + 1);
      if (nick > 0 && after !== undefined && c.sameLine(nick + 1) && /^\)[ \t\u00a0]$/.test(after.gapBefore) && namePart(c, marks, nick + 1)) {
        b = nick + 1;
        parts++;
        continue;
      }
      break;
    }
    if (SPACE_RE.test(gap) && parts < maxParts && namePart(c, marks, n) && (!c.isCommon(n) || next.capitalized || next.upper || c.mode !== 'mixed' || !c.w(b)!.capitalized)) {
      b = n;
      parts++;
      continue;
    }
    break;
  }
  return { a: j, b };
}

/** Word i is "aka" / "a.k.a." / "AKA" (the alias marker). */
function isAka(c: NameContext, i: number): boolean {
  const w = c.w(i);
  if (w === undefined) return false;
  if (w.lower === 'aka') return true;
  return w.lower === 'a' && c.w(i + 1)?.lower === 'k' && c.w(i + 2)?.lower === 'a' && c.w(i + 1)!.gapBefore === '.' && c.w(i + 2)!.gapBefore === '.';
}

/** The last word of the alias after an "aka" at i: one or two words, or -1. */
function akaEnd(c: NameContext, i: number): number {
  const first = c.w(i)!.lower === 'aka' ? i + 1 : i + 3;
  const w = c.w(first);
  if (w === undefined || !c.sameLine(first) || !w.alpha || !/^\.?[ \t\u00a0]*["“'‘]?$/.test(w.gapBefore)) return -1;
  let k = first;
  const n = c.w(first + 1);
  if (n !== undefined && c.sameLine(first + 1) && SPACE_RE.test(n.gapBefore) && n.alpha && (n.capitalized || n.upper) === (w.capitalized || w.upper) &&
    !c.is(first + 1, WORD_FUNCTION) && !/^\)/.test(c.text.charAt(w.end))) k = first + 1;
  return k;
}

/** The words of run r are a name: the right case, and not one lone everyday word. */
function acceptable(c: NameContext, r: Run, strong = false): boolean {
  if (!caseFits(c, r.a, r.b)) return false;
  const alpha: number[] = [];
  for (let i = r.a; i <= r.b; i++) if (c.w(i)!.alpha) alpha.push(i);
  if (alpha.every((i) => NO_PERSON.has(c.w(i)!.lower))) return false;
  // One word alone must look like a name on its own: a listed given name or surname not only vocabulary, or no word at all.
  if (alpha.length === 1) {
    const i = alpha[0];
    return c.w(i)!.lower.length > 1 && (!c.isCommon(i) || c.isFirst(i)) && !c.lex.clinical.has(c.w(i)!.lower);
  }
  // Initials alone ("A.C.") are a person in a person's box; otherwise one word must be a name by the lists.
  if (!alpha.some((i) => listed(c, i))) return false;
  // Every word everyday vocabulary ("Member: Active Duty"): the surname-first comma, a listed given name, or a context that
  // holds only a person (a name before an age, a court caption) says it is a name.
  if (alpha.every((i) => c.isCommon(i) && c.w(i)!.lower.length > 1)) {
    const comma = [...Array(r.b - r.a).keys()].some((k) => /,/.test(c.w(r.a + k + 1)!.gapBefore));
    return strong || comma || alpha.some((i) => c.isFirst(i));
  }
  return true;
}

/** The label ending at word e (the word before the colon) is a person's box: its last noun is a person noun. */
function personLabelEndsAt(c: NameContext, e: number): boolean {
  const w = c.w(e);
  if (w === undefined || !w.alpha) return false;
  const noun = PERSON_LABEL_NOUNS.has(w.lower) || c.is(e, WORD_RELATIVE | WORD_ROLE);
  if (!noun) return false;
  // The label opens its line or a box: at most three words back to a line start, a column gap or a bar.
  let s = e;
  for (let k = 0; k < 3; k++) {
    const gap = c.w(s)!.gapBefore;
    if (s === 0 || !c.sameLine(s) || /(?:[ \u00a0]{2}|\t|\||;)/.test(gap) || /[.:][ \t\u00a0]*$/.test(gap)) break;
    if (THING_LABEL_WORDS.has(c.w(s - 1)!.lower)) return false;
    s--;
  }
  const open = c.w(s)!.gapBefore;
  if (!(s === 0 || !c.sameLine(s) || /(?:[ \u00a0]{2}|\t|\||;)/.test(open) || /[.:][ \t\u00a0]*$/.test(open))) return false;
  for (let k = s; k < e; k++) if (THING_LABEL_WORDS.has(c.w(k)!.lower)) return false;
  return true;
}

/** The run r closes where a value closes: line end, a column gap, a bracket, a bar, a comma, a stop. */
function closesValue(c: NameContext, r: Run): boolean {
  const next = c.w(r.b + 1);
  if (next === undefined || !c.sameLine(r.b + 1)) return true;
  return /(?:[ \u00a0]{2}|\t|[|,;(.)"”:])/.test(next.gapBefore) || c.is(r.b + 1, WORD_CREDENTIAL);
}

/**
 * "Athlete: BISHOP, KAVEH   Sport(s): ...", "Sponsor: hope esfahani, (505) ...", "Student: A.C.  student # ...": the value of a
 * box whose label is a person noun is that person's name, word names and lower case included, up to the box's end.
 */
export function detectPersonSlotFields(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let j = 1; j < words.length; j++) {
    const w = words[j];
    if (!/^[ \t\u00a0]*:[ \t\u00a0]*$/.test(w.gapBefore) || !w.gapBefore.includes(':') || !c.sameLine(j)) continue;
    if (!personLabelEndsAt(c, j - 1)) continue;
    let s = j;
    // A title may open the value ("Sponsor: Mr. Tupou").
    if (TITLES.has(w.lower) && c.w(j + 1) !== undefined && c.sameLine(j + 1) && /^\.?[ \t\u00a0]+$/.test(c.w(j + 1)!.gapBefore)) s = j + 1;
    const r = readValue(c, marks, s);
    if (r === undefined || !closesValue(c, r) || !acceptable(c, r)) continue;
    markRun(c, marks, r, PERSON_SLOT_NAME);
    j = r.b;
  }
}

/** Marks the name parts of a run (an alias inside it included) as one or more names. */
function markRun(c: NameContext, marks: WordMarks, r: Run, recognizer: string): void {
  let a = r.a;
  for (let i = r.a; i <= r.b; i++) {
    if (!isAka(c, i)) continue;
    // "Radu (aka Skip) Odhiambo": the given name, the alias and the surname, each its own span so the brackets stay.
    if (i - 1 >= a) marks.add(a, i - 1, 'NAME', recognizer);
    const e = akaEnd(c, i);
    const first = c.w(i)!.lower === 'aka' ? i + 1 : i + 3;
    if (e >= first && [...Array(e - first + 1).keys()].every((k) => marks.free(first + k))) marks.add(first, e, 'NAME', ALIAS_NAME);
    a = e + 1;
    i = e;
  }
  if (a <= r.b) marks.add(a, r.b, 'NAME', recognizer);
}

/**
 * "Kwabena (aka Peanut) Kahananui", "sunny (aka peanut) raghunathan": an alias in brackets between two name words makes
 * all three a person's; 'known to team as "Sarge"', 'known as "tink"': the quoted word after "known ... as" is a nickname.
 */
export function detectAliasNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 1; i < words.length; i++) {
    if (!isAka(c, i) || !/\($/.test(words[i].gapBefore) || !c.sameLine(i)) continue;
    const e = akaEnd(c, i);
    if (e < 0) continue;
    const first = words[i].lower === 'aka' ? i + 1 : i + 3;
    const after = c.w(e + 1);
    if (!/^\)/.test(text.slice(words[e].end).replace(/^["”'’]/, ''))) continue;
    let taken = false;
    // The given name before the bracket, and up to one more name word before it ("Patient Kwabena (aka ...").
    if (marks.free(i - 1) && namePart(c, marks, i - 1) && c.sameLine(i - 1) && /^[ \t\u00a0]\($/.test(words[i].gapBefore)) {
      marks.add(i - 1, i - 1, 'NAME', ALIAS_NAME);
      taken = true;
    } else if (marks.isName(i - 1)) taken = true;
    if (after !== undefined && c.sameLine(e + 1) && /^\)[ \t\u00a0]$/.test(after.gapBefore)) {
      const r = readValue(c, marks, e + 1, 2);
      if (r !== undefined && caseFits(c, r.a, r.b)) {
        marks.add(r.a, r.b, 'NAME', ALIAS_NAME);
        taken = true;
      } else if (marks.isName(e + 1)) taken = true;
    }
    const nickFree = [...Array(e - first + 1).keys()].every((k) => marks.free(first + k) && !c.protectedTerm[first + k] && !c.is(first + k, WORD_CLINICAL));
    if (taken && nickFree) marks.add(first, e, 'NAME', ALIAS_NAME);
  }
  // 'known to team as "Sarge"', 'known on the street as "Tink"', 'known as "bubba"'.
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i].lower !== 'known') continue;
    let k = i + 1;
    while (k < words.length && k - i <= 4 && words[k].lower !== 'as' && c.sameLine(k)) k++;
    const q = k + 1;
    const w = c.w(q);
    if (c.w(k)?.lower !== 'as' || w === undefined || !c.sameLine(q) || !/^[ \t\u00a0]*["“'‘]$/.test(w.gapBefore) || !w.alpha) continue;
    if (!/^["”'’]/.test(text.charAt(w.end)) || !marks.free(q) || c.protectedTerm[q] || c.is(q, WORD_CLINICAL | WORD_FUNCTION)) continue;
    marks.add(q, q, 'NAME', ALIAS_NAME);
  }
  // "legal name field, ioana", "(legal name S.L.)": a name after "legal name" with no colon.
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i].lower !== 'legal' || words[i + 1].lower !== 'name' || !SPACES_RE.test(words[i + 2].gapBefore) || !c.sameLine(i + 2)) continue;
    const r = readValue(c, marks, i + 2);
    if (r !== undefined && closesValue(c, r) && acceptable(c, r)) markRun(c, marks, r, PERSON_SLOT_NAME);
  }
}

/** "State v. Hill, Sky   Case No. ...", "People v. grant moody": the defendant of a court caption, whatever the words. */
export const COURT_CAPTION_CUES = defineCues(COURT_CAPTION_NAME, CAPTION_PLAINTIFFS);
export function detectCourtCaptions(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (const i of c.triggers.positions(COURT_CAPTION_CUES)) {
    if (i + 2 >= words.length || !(words[i].capitalized || words[i].upper)) continue;
    const v = words[i + 1];
    if (!/^[ \t\u00a0]$/.test(v.gapBefore) || !(v.lower === 'v' || v.lower === 'vs') || !/^\./.test(c.text.charAt(v.end)) || !c.sameLine(i + 2)) continue;
    if (!/^\.[ \t\u00a0]{1,2}$/.test(words[i + 2].gapBefore)) continue;
    const r = readValue(c, marks, i + 2);
    if (r === undefined || !closesValue(c, r) || !acceptable(c, r, true)) continue;
    markRun(c, marks, r, COURT_CAPTION_NAME);
  }
}

/**
 * "Consent for photography: Field, Anahera (coach)", "offered to ... M.A. (girlfriend)": a name right before a bracketed
 * kinship or role word is that person's, word names included, where a list item or a box value starts.
 */
export function detectNamesBeforeBracketedRole(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let p = 1; p < words.length; p++) {
    if (!/^\.?[ \t\u00a0]\($/.test(words[p].gapBefore) || !c.sameLine(p)) continue;
    // The bracket holds one to three words, the last a kinship or role word, then closes.
    let q = p;
    while (q + 1 < words.length && q - p < 2 && c.sameLine(q + 1) && /^[ \t\u00a0-]$/.test(words[q + 1].gapBefore)) q++;
    while (q > p && !/^\)/.test(text.slice(words[q].end, words[q].end + 1))) q--;
    if (!/^\)/.test(text.slice(words[q].end, words[q].end + 1))) continue;
    if (!(BRACKET_ROLES.has(words[q].lower) || c.is(q, WORD_RELATIVE | WORD_ROLE))) continue;
    // Walk back over the name: up to four parts, one comma, initials.
    let a = p - 1;
    if (!namePart(c, marks, a)) continue;
    let parts = 1;
    let commas = 0;
    while (a > 0 && c.sameLine(a)) {
      const gap = words[a].gapBefore;
      const prev = a - 1;
      if ((gap === '-' || (gap === '.' && dotted(c, prev))) && namePart(c, marks, prev)) {
        a = prev;
        continue;
      }
      if (/^,[ \t\u00a0]$/.test(gap) && commas === 0 && parts === 1 && namePart(c, marks, prev) && !c.isInitial(prev)) {
        commas++;
        parts++;
        a = prev;
        continue;
      }
      if (SPACE_RE.test(gap) && parts < 3 && namePart(c, marks, prev) && (words[prev].capitalized || words[prev].upper || c.mode !== 'mixed') &&
        !TITLES.has(words[prev].lower) && !c.is(prev, WORD_ROLE | WORD_RELATIVE) && !BRACKET_ROLES.has(words[prev].lower)) {
        parts++;
        a = prev;
        continue;
      }
      break;
    }
    const open = words[a].gapBefore;
    const prevWord = c.w(a - 1);
    const starts = a === 0 || !c.sameLine(a) || /[:,;|]\s*$/.test(open) ||
      (prevWord !== undefined && (prevWord.lower === 'and' || prevWord.lower === 'to' || prevWord.lower === 'with' || prevWord.lower === 'by' || prevWord.lower === 'from'));
    // After a title or a role word the name is that title's ("sent by Coach Baker (PE teacher)"): a title rule's business.
    if (!starts) continue;
    const r = { a, b: p - 1 };
    if (!acceptable(c, r)) continue;
    // A lone everyday word before a bracket needs a capital in mixed text ("Field (coach)"), never a lower word there.
    if (c.mode === 'mixed' && !words[a].capitalized && !words[a].upper && !dotted(c, a)) continue;
    marks.add(r.a, r.b, 'NAME', BRACKETED_ROLE_NAME);
  }
}

/** Word i can be a lower-case name part in mixed text: a listed name or an unknown word, no vocabulary of care. */
function lowerNamePart(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.capitalized || w.upper || w.lower.length < 3 || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i]) return false;
  // A listed name that is also a title ("judge", "bishop") is a name when written lower case in a person's place.
  const titleName = c.is(i, WORD_TITLE) && (c.isFirst(i) || c.isLast(i)) && w.lower.length > 3 && !c.is(i, WORD_CLINICAL | WORD_FUNCTION | WORD_CREDENTIAL);
  if ((c.is(i, NEVER | WORD_RELATIVE | WORD_ROLE) && !titleName) || COLLECTIVE.has(w.lower) || DEPARTMENT_RE.test(w.lower)) return false;
  // The clinical word list holds everyday words too ("marsh", "river"): a listed name among them may still be a name.
  return c.isFirst(i) || c.isLast(i) || (c.unknown(i) && !c.lex.clinical.has(w.lower));
}

function closedAfter(c: NameContext, k: number): boolean {
  const next = c.w(k + 1);
  if (next === undefined || !c.sameLine(k + 1)) return true;
  if (/[.,;:!?()]/.test(next.gapBefore)) return true;
  // "seen w/ fern rivers rn.": a credential after the name closes it.
  return SPACES_RE.test(next.gapBefore) && (CLOSERS.has(next.lower) || c.is(k + 1, WORD_CREDENTIAL) || next.lower === 'chw');
}

/** Ends with "d/w", "discussed with", "spoke w/" or "spoke with" at word i. */
function discussedWithEndsAt(c: NameContext, i: number): boolean {
  const w = c.w(i);
  const p = c.w(i - 1);
  if (w === undefined || p === undefined) return false;
  // "d/w ..." (the slash between) and "seen w/ ...", "spoke w/ ..." (the slash after).
  if (w.lower === 'w' && w.gapBefore === '/' && p.lower === 'd') return true;
  if (w.lower === 'w' && SPACE_RE.test(w.gapBefore) && c.text.charAt(w.end) === '/' && ['seen', 'spoke', 'talked', 'met', 'discussed'].includes(p.lower)) return true;
  return w.lower === 'with' && (p.lower === 'discussed' || p.lower === 'spoke' || p.lower === 'talked' || p.lower === 'conferred' || p.lower === 'seen' || p.lower === 'met');
}

/**
 * Mixed-case text with a person's name typed in lower case where only a person stands: "d/w judge and dolly.",
 * "per charge nurse sky pt resting", "bud cooper called." at a sentence start, "lives with uncle crystal tupou at ...".
 */
export function detectLowerNamesInRoleSlots(c: NameContext, marks: WordMarks): void {
  if (c.mode !== 'mixed') return;
  const { words } = c;
  for (let i = 0; i < words.length; i++) {
    // "d/w judge and dolly.": a list of one or two lower-case names after "discussed with", closed by the clause.
    if (discussedWithEndsAt(c, i)) {
      const items: Run[] = [];
      let j = i + 1;
      while (items.length < 3 && lowerNamePart(c, marks, j) && c.sameLine(j) && /^[ \t\u00a0/]+$/.test(words[j].gapBefore.replace(/^\//, ' '))) {
        let k = j;
        if (lowerNamePart(c, marks, k + 1) && c.sameLine(k + 1) && (SPACE_RE.test(words[k + 1].gapBefore) || words[k + 1].gapBefore === '-') &&
          !CLOSERS.has(words[k + 1].lower)) k++;
        items.push({ a: j, b: k });
        const nx = c.w(k + 1);
        if (nx !== undefined && c.sameLine(k + 1) && (nx.lower === 'and' || nx.lower === '&') && SPACES_RE.test(nx.gapBefore)) {
          j = k + 2;
          continue;
        }
        if (nx !== undefined && c.sameLine(k + 1) && /^,[ \t\u00a0]$/.test(nx.gapBefore)) {
          j = k + 1;
          continue;
        }
        break;
      }
      const last = items[items.length - 1];
      if (items.length > 0 && closedAfter(c, last.b)) for (const r of items) marks.add(r.a, r.b, 'NAME', LOWER_ROLE_SLOT_NAME);
      continue;
    }
    // "per charge nurse sky pt resting", "per rn dale pt resting": "per" + a staff role, then a lower-case name.
    if (words[i].lower === 'per') {
      let k = i + 1;
      while (k < words.length && k - i <= 2 && c.sameLine(k) && (c.is(k, WORD_ROLE) || ['charge', 'nurse', 'rn', 'lpn', 'cna', 'np', 'night', 'day', 'primary'].includes(words[k].lower))) k++;
      if (k === i + 1 || !c.is(k - 1, WORD_ROLE) && !['nurse', 'rn', 'lpn', 'cna', 'np'].includes(words[k - 1].lower)) continue;
      // "per MD verbal order", "per PA note": after a physician's abbreviation the next word is the order's kind.
      if (['md', 'pa', 'do', 'dr', 'doc', 'provider', 'attending', 'physician'].includes(words[k - 1].lower)) continue;
      if (!lowerNamePart(c, marks, k) || !SPACE_RE.test(words[k].gapBefore)) continue;
      let e = k;
      if (lowerNamePart(c, marks, k + 1) && SPACE_RE.test(words[k + 1].gapBefore) && !CLOSERS.has(words[k + 1].lower) && closedAfter(c, k + 1)) e = k + 1;
      if (closedAfter(c, e)) marks.add(k, e, 'NAME', LOWER_ROLE_SLOT_NAME);
      continue;
    }
    // "bud cooper called.": a lower-case given name and surname opening a sentence whose predicate only a person takes.
    const w = words[i];
    const opens = i === 0 || !c.sameLine(i) || /[.!?][ \t\u00a0]*$/.test(w.gapBefore);
    if (opens && lowerNamePart(c, marks, i) && (c.isFirst(i) || c.unknown(i))) {
      const n = c.w(i + 1);
      const hy = n !== undefined && n.gapBefore === '-' ? 1 : 0;
      const s = i + 1;
      if (n === undefined || !SPACE_RE.test(n.gapBefore) || !lowerNamePart(c, marks, s)) continue;
      let e = s;
      if (c.w(e + 1)?.gapBefore === '-' && lowerNamePart(c, marks, e + 1)) e++;
      void hy;
      const v = c.w(e + 1);
      if (v === undefined || !c.sameLine(e + 1) || !SPACE_RE.test(v.gapBefore) || !PERSON_PREDICATES.has(v.lower)) continue;
      marks.add(i, e, 'NAME', LOWER_ROLE_SLOT_NAME);
      continue;
    }
    // "lives with uncle crystal tupou at ...", "girlfriend river banks at ...": a kinship word, then a lower-case given name and surname.
    // Role abbreviations that are also clinical ones ("PA line", "RT eye red") are no cue here.
    const staff = (c.is(i, WORD_ROLE) || STAFF_SHIFT_WORDS.has(w.lower)) && !AMBIGUOUS_ROLES.has(w.lower) && !w.upper;
    const kin = c.is(i, WORD_RELATIVE) || BRACKET_ROLES.has(w.lower);
    if (kin || staff) {
      const g = i + 1;
      const gw = c.w(g);
      // "Mother (Scout) provides history", "mother (nyeko) signed consent": the relative's name in brackets after the word.
      if (gw !== undefined && c.sameLine(g) && /^[ \t\u00a0]\($/.test(gw.gapBefore) && /^\)/.test(c.text.charAt(gw.end)) && gw.alpha && gw.lower.length > 1 &&
        marks.free(g) && !c.protectedTerm[g] && !c.is(g, NEVER | WORD_RELATIVE | WORD_ROLE) && !BRACKET_ROLES.has(gw.lower) && !COLLECTIVE.has(gw.lower) &&
        (c.mode !== 'mixed' ? c.isFirst(g) || c.unknown(g) : gw.capitalized || c.unknown(g)) && !/^(?:deceased|alive|living|retired|dead|age|aged|adopted)$/.test(gw.lower)) {
        marks.add(g, g, 'NAME', LOWER_ROLE_SLOT_NAME);
        continue;
      }
      if (gw === undefined || !c.sameLine(g) || !SPACE_RE.test(gw.gapBefore)) continue;
      // "collateral from stepdad NGATA, IVY (620...", "lives with coach HILL, HAUNANI at": surname, comma, given name in capitals.
      if (gw.upper && gw.lower.length > 1) {
        const r = readValue(c, marks, g, 3);
        if (r !== undefined && r.b > g && /,/.test(c.w(g + 1)!.gapBefore) && caseFits(c, r.a, r.b) && closedAfter(c, r.b)) {
          markRun(c, marks, r, LOWER_ROLE_SLOT_NAME);
          continue;
        }
      }
      // "Care partner Scout Kotaayev updated.": after a kinship word a capitalised given name and surname, the surname listed
      // or in no list, closed by punctuation or a predicate.
      if (c.mode === 'mixed' && gw.capitalized) {
        const r = readValue(c, marks, g, 2);
        if (r !== undefined && r.b === g + 1 && words[g + 1].capitalized && SPACE_RE.test(words[g + 1].gapBefore) && (c.isLast(g + 1) || c.unknown(g + 1)) &&
          acceptable(c, r) && (closedAfter(c, r.b) || PERSON_PREDICATES.has(c.w(r.b + 1)?.lower ?? '') || KIN_NAME_VERBS.has(c.w(r.b + 1)?.lower ?? ''))) {
          markRun(c, marks, r, LOWER_ROLE_SLOT_NAME);
          continue;
        }
      }
      // "stepdad Iris has a phone", "and stepdad Crystal.": a capitalised listed given name after a kinship word, even a
      // word of the clinical list, when the clause closes or goes on after it.
      const nextLower = c.w(g + 1)?.lower ?? '';
      const goesOn = KIN_NAME_VERBS.has(nextLower) || (/ing$/.test(nextLower) && c.sameLine(g + 1) && SPACE_RE.test(c.w(g + 1)!.gapBefore));
      // A given name that is also a function word ("stepdaughter Will,") only where punctuation closes it.
      const functionName = c.is(g, WORD_FUNCTION) && /^[ \t\u00a0]*[,.;]/.test(c.text.slice(gw.end, gw.end + 2));
      if (gw.capitalized && c.isFirst(g) && marks.free(g) && !c.protectedTerm[g] && !c.eponymPhrase[g] && !c.is(g, WORD_TITLE) &&
        (!c.is(g, WORD_FUNCTION) || functionName) && (closedAfter(c, g) || goesOn)) {
        marks.add(g, g, 'NAME', LOWER_ROLE_SLOT_NAME);
        continue;
      }
      // "Caregiver Happy's CAGE questionnaire", "son Gift's statement": a capitalised word owned after a kinship or role word.
      if (c.mode === 'mixed' && gw.capitalized && gw.end !== gw.baseEnd && /^['’]s$/.test(c.text.slice(gw.baseEnd, gw.end)) && marks.free(g) &&
        !c.protectedTerm[g] && !c.eponymPhrase[g] && !c.is(g, NEVER | WORD_RELATIVE | WORD_ROLE) && !COLLECTIVE.has(gw.lower) && !DEPARTMENT_RE.test(gw.lower)) {
        marks.add(g, g, 'NAME', LOWER_ROLE_SLOT_NAME);
        continue;
      }
      const f = i + 2;
      if (!kin) continue;
      if (!lowerNamePart(c, marks, g) || !(c.isFirst(g) || c.isLast(g)) || !SPACE_RE.test(words[g].gapBefore) || !c.sameLine(g)) continue;
      if (!lowerNamePart(c, marks, f) || !SPACE_RE.test(words[f].gapBefore) || !(c.isLast(f) || c.unknown(f))) continue;
      if (!closedAfter(c, f)) continue;
      marks.add(g, f, 'NAME', LOWER_ROLE_SLOT_NAME);
    }
  }
}

/** Sentence-opening words that introduce the patient by name before an age ("Pt Sky Baker, 90 y/o", "Patient C.C., 64"). */
const PATIENT_WORDS: ReadonlySet<string> = new Set(['pt', 'patient', 'client', 'resident', 'athlete', 'student']);

/**
 * "Pt SZABÓ Bence, 84, pt ID ...", "Pt aino winter, 62", "Patient C.C., 64, MRN ...", "PATIENT LOVE, REED, 50": the patient
 * word at a line or sentence start, a name value, then a comma and the age.
 */
export function detectPatientBeforeAge(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (!PATIENT_WORDS.has(w.lower) || !(w.capitalized || w.upper) || !(i === 0 || !c.sameLine(i) || /[.!?:][ \t\u00a0]*$/.test(w.gapBefore))) continue;
    if (!SPACE_RE.test(words[i + 1].gapBefore) || !c.sameLine(i + 1)) continue;
    const r = readValue(c, marks, i + 1);
    if (r === undefined) continue;
    const after = text.slice(c.w(r.b)!.end, c.w(r.b)!.end + 8);
    if (!/^\.?,[ \t\u00a0]*\d{1,3}(?:[ \t\u00a0]*(?:y\/?o|yo|years?|yrs?)\b|[ \t\u00a0]*,|-year)/i.test(after)) continue;
    if (!acceptable(c, r, true)) continue;
    markRun(c, marks, r, PATIENT_BEFORE_AGE_NAME);
  }
}

export const COORDINATED_SUBJECT_NAME = 'name.coordinated-subject';
export const INVERTED_ENTRY_NAME = 'name.inverted-entry';

/** What two people joined by "and" at a sentence start do or are ("Kemi and Vani are aware", "Storm and Noémie at bedside"). */
const PAIR_PREDICATES: readonly (readonly string[])[] = [
  'are aware', 'were aware', 'at bedside', 'at the bedside', 'visited', 'are visiting', 'were visiting', 'present', 'are present', 'were present',
  'are here', 'were here', 'called', 'updated', 'were updated', 'agree', 'agreed', 'in room', 'at bs',
].map((p) => p.split(' '));

/** Word i can be a person's name in any case: listed or in no list, no vocabulary of care, a group or a kinship word. */
function personWord(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || w.lower.length < 2 || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i]) return false;
  if (c.is(i, NEVER | WORD_RELATIVE | WORD_ROLE) || COLLECTIVE.has(w.lower) || DEPARTMENT_RE.test(w.lower)) return false;
  if (c.lex.clinical.has(w.lower) && !(c.isFirst(i) || c.isLast(i))) return false;
  return c.isFirst(i) || c.isLast(i) || c.unknown(i);
}

function phraseAt(c: NameContext, k: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((p) => p.every((x, n) => c.w(k + n)?.lower === x && c.sameLine(k + n) && (n === 0 ? SPACES_RE.test(c.w(k)!.gapBefore) : SPACE_RE.test(c.w(k + n)!.gapBefore))));
}

/**
 * Two people joined by "and" opening a sentence whose predicate only people take: "Kemi and Vani are aware.", "Storm and
 * Noémie at bedside", "xirik and prince are aware". In mixed-case text both are capitalised or both lower case. And a list
 * whose last member is "their <kin> <Name>" ("Seen with XILO, NOÉMIE and their grandson SKORIK"): the members before are people.
 */
export function detectCoordinatedSubjects(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i + 3 < words.length; i++) {
    const w = words[i];
    const opens = i === 0 || !c.sameLine(i) || /[.!?;][ \t\u00a0]*$/.test(w.gapBefore) || /:[ \t\u00a0]*$/.test(w.gapBefore);
    if (!opens) continue;
    const j = words[i + 1];
    if (!(j.lower === 'and' || j.lower === '&') || !SPACES_RE.test(j.gapBefore) || !c.sameLine(i + 1) || !c.sameLine(i + 2) || !SPACE_RE.test(words[i + 2].gapBefore)) continue;
    if (!personWord(c, marks, i) || !personWord(c, marks, i + 2)) continue;
    const caps = (k: number): boolean => words[k].capitalized || words[k].upper;
    if (c.mode === 'mixed' && caps(i) !== caps(i + 2)) continue;
    // Two everyday words both in no given-name list are as often a phrase ("Rest and Ice"): one must be a given name or no word.
    if (![i, i + 2].some((k) => c.isFirst(k) || c.unknown(k))) continue;
    if (!phraseAt(c, i + 3, PAIR_PREDICATES)) continue;
    marks.add(i, i, 'NAME', COORDINATED_SUBJECT_NAME);
    marks.add(i + 2, i + 2, 'NAME', COORDINATED_SUBJECT_NAME);
  }
  // "SEEN WITH XILO, NOÉMIE AND THEIR GRANDSON SKORIK": members before "and their <kin>".
  for (let t = 2; t + 1 < words.length; t++) {
    if (words[t].lower !== 'their' || !c.is(t + 1, WORD_RELATIVE) || !c.sameLine(t + 1)) continue;
    const and = t - 1;
    if (words[and].lower !== 'and' || !c.sameLine(and)) continue;
    const members: number[] = [];
    let k = and - 1;
    while (k >= 0 && members.length < 4 && personWord(c, marks, k) && c.sameLine(k)) {
      members.push(k);
      const gap = words[k].gapBefore;
      if (/^,[ \t\u00a0]$/.test(gap)) {
        k--;
        continue;
      }
      break;
    }
    if (members.length < 2) continue;
    // The list opens after "with" or a colon: "seen with", "Present:".
    const first = members[members.length - 1];
    const before = c.w(first - 1);
    if (!(/:[ \t\u00a0]*$/.test(words[first].gapBefore) || before?.lower === 'with')) continue;
    if (c.mode === 'mixed' && !members.every((m) => words[m].capitalized || words[m].upper)) continue;
    for (const m of members) marks.add(m, m, 'NAME', COORDINATED_SUBJECT_NAME);
  }
}

/**
 * "Little, Noble - bed 4", "WELLS, PEKO - ROOM 12", "wise, olive - room 12": a surname, a comma and a given name opening a
 * line or sentence, then a dash and the entry, head a list entry about that person; so do "Covering for Post, Yeel W."
 * and "Pt Wells, Wren seen today" (a cue, then the inverted name with a middle initial or a person's predicate).
 */
export function detectInvertedEntries(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const g = words[i + 1];
    if (!/^,[ \t\u00a0]$/.test(g.gapBefore) || !c.sameLine(i + 1)) continue;
    // The surname may be a clinical word too ("Post, Yeel W."): capitalised and a listed surname in mixed-case text.
    const surname = personWord(c, marks, i) || marks.isName(i) ||
      (c.mode === 'mixed' && (w.capitalized || w.upper) && c.isLast(i) && marks.free(i) && !c.protectedTerm[i] && !c.is(i, WORD_FUNCTION | WORD_TITLE | WORD_RELATIVE | WORD_ROLE));
    if (!surname) continue;
    if (!personWord(c, marks, i + 1)) continue;
    const caps = (k: number): boolean => words[k].capitalized || words[k].upper;
    if (c.mode === 'mixed' && caps(i) !== caps(i + 1)) continue;
    const opens = i === 0 || !c.sameLine(i) || /[.!?;][ \t\u00a0]*$/.test(w.gapBefore);
    let e = i + 1;
    // A middle initial ("Yeel W.").
    const mi = c.w(i + 2);
    if (mi !== undefined && c.sameLine(i + 2) && SPACE_RE.test(mi.gapBefore) && mi.lower.length === 1 && mi.upper && text.charAt(mi.end) === '.') e = i + 2;
    const after = text.slice(words[e].end, words[e].end + 4);
    const entry = opens && /^\.?[ \t\u00a0]+[-–—][ \t\u00a0]/.test(after);
    const prev = c.w(i - 1);
    const prev2 = c.w(i - 2);
    const cue = prev !== undefined && c.sameLine(i) && SPACE_RE.test(w.gapBefore) &&
      ((prev.lower === 'for' && prev2?.lower === 'covering') || (prev.lower === 'by' && prev2?.lower === 'referred') || prev.lower === 'pt');
    const cueConfirmed = cue && (e > i + 1 || (c.w(e + 1) !== undefined && /^(?:seen|is|was|tonight|this|today|at)$/.test(c.w(e + 1)!.lower)));
    if (!entry && !cueConfirmed) continue;
    if (!marks.free(i)) marks.add(i + 1, e, 'NAME', INVERTED_ENTRY_NAME);
    else marks.add(i, e, 'NAME', INVERTED_ENTRY_NAME);
  }
}

export const CONSENT_SELF_NAME = 'name.consent-self';
export const NAME_BEFORE_CREDENTIAL = 'name.line-before-credential';

/** Verbs of a consent or attestation the signer's own name comes before ("I, Cash Sexton, authorize ..."). */
const CONSENT_VERBS: ReadonlySet<string> = new Set(['authorize', 'authorise', 'consent', 'hereby', 'give', 'understand', 'agree', 'certify',
  'request', 'acknowledge', 'attest', 'declare', 'voluntarily', 'am', 'the', 'do', 'have', 'being', 'grant', 'permit', 'allow', 'release']);
/** A credential written in capitals after a signer's name, listed or shaped like one ("FNP-C", "RHIT", "CSPI", "PharmD"). */
const CREDENTIAL_SHAPE_RE = /^(?:[A-Z]{2,5}(?:-[A-Z]{1,2})?|PharmD|PhD|PsyD|MSc|BSc)$/;

/**
 * "1. I, Cash Sexton, authorize Hope del Toro, MD ...", "I, HAZARD Story, consent ...": the name between "I," and a consent verb
 * is the signer's, whatever its words; and a name alone at a line start before a comma and a credential is a signer's
 * ("Pita Nightingale, FNP-C", "Will White, RHIT, Pt ID ...").
 */
export function detectConsentAndCredentialLines(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i];
    if (w.lower !== 'i' || !w.upper || !/^,[ \t\u00a0]$/.test(text.slice(w.end, w.end + 2)) || !c.sameLine(i + 1)) continue;
    const r = readValue(c, marks, i + 1, 4);
    if (r === undefined) continue;
    const after = c.w(r.b + 1);
    if (after === undefined || !/^,[ \t\u00a0]+$/.test(after.gapBefore) || !CONSENT_VERBS.has(after.lower) || !caseFits(c, r.a, r.b)) continue;
    markRun(c, marks, r, CONSENT_SELF_NAME);
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (!(i === 0 || !c.sameLine(i) || /(?:[.;:][ \t\u00a0]+|[ \t\u00a0]{2,}|\/[ \t\u00a0]*)$/.test(words[i].gapBefore))) continue;
    if (c.mode === 'mixed' && !(words[i].capitalized || words[i].upper)) continue;
    // The line's first word is a name by the lists, not a closing or a heading word ("Sincerely, Anahera Winter, DDS").
    if (!listed(c, i) && !marks.isName(i)) continue;
    const r = readValue(c, marks, i, 3);
    if (r === undefined || r.b === i && !c.isInitial(i)) continue;
    const cred = c.w(r.b + 1);
    if (cred === undefined || !c.sameLine(r.b + 1) || !/^,[ \t\u00a0]*$/.test(cred.gapBefore)) continue;
    // The credential: a listed one, or capitals shaped like one, then the line or the clause ends.
    let k = r.b + 1;
    let credText = text.slice(cred.start, cred.end);
    if (c.w(k + 1)?.gapBefore === '-' && c.w(k + 1)!.lower.length <= 2) {
      k++;
      credText = text.slice(cred.start, c.w(k)!.end);
    }
    // Text all in capitals writes every abbreviation so: there only a listed credential counts.
    if (!(c.is(r.b + 1, WORD_CREDENTIAL) || (c.mode === 'mixed' && CREDENTIAL_SHAPE_RE.test(credText)))) continue;
    if (!/^[ \t\u00a0]*(?:$|\r?\n|,|;|\.|\/|[ \t\u00a0]{2})/.test(text.slice(c.w(k)!.end, c.w(k)!.end + 3))) continue;
    if (!caseFits(c, r.a, r.b) || !acceptable(c, r, c.is(r.b + 1, WORD_CREDENTIAL))) continue;
    // Two everyday words before a capitals abbreviation are as often a heading and its acronym ("Heart Failure, CHF").
    const alpha = [...Array(r.b - r.a + 1).keys()].map((x) => r.a + x).filter((x) => c.w(x)!.alpha && c.w(x)!.lower.length > 1);
    if (!c.is(r.b + 1, WORD_CREDENTIAL) && !alpha.some((x) => c.isFirst(x) || c.unknown(x))) continue;
    if (alpha.some((x) => c.lex.clinical.has(c.w(x)!.lower) && !c.isFirst(x) && !c.isLast(x))) continue;
    markRun(c, marks, r, NAME_BEFORE_CREDENTIAL);
    i = r.b;
  }
}

export const FOUND_BY_NAME = 'name.found-by';
/** Verbs whose agent is the person who came upon or brought the patient ("found by Major at 10:50", "brought in by Rania"). */
const FINDER_PHRASES: readonly (readonly string[])[] = ['found by', 'discovered by', 'brought in by', 'witnessed by', 'dropped off by', 'picked up by'].map((p) => p.split(' '));

/**
 * "found by Major at 10:50", "FOUND BY SHREYA AT 2:30", "brought in by Rania.": the agent of a finding verb is a person
 * when it is one word (capitalised in mixed text; listed or in no list) closed by "at", a time or punctuation. A group or a
 * service ("found by EMS", "found by staff", "found by mother") stays: a kinship word names no one.
 */
/** Every finder phrase ends on "by": the agent stands right after it. */
export const FINDER_CUES = defineCues(FOUND_BY_NAME, new Set(FINDER_PHRASES.map((p) => p[p.length - 1])));
export function detectFinderNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (const by of c.triggers.positions(FINDER_CUES)) {
    const i = by + 1;
    if (i < 1 || i >= words.length) continue;
    const match = FINDER_PHRASES.find((p) => p.every((x, n) => c.w(i - p.length + n)?.lower === x && c.sameLine(i - p.length + n + 1)));
    if (match === undefined) continue;
    const g = i;
    const w = words[g];
    if (!SPACE_RE.test(w.gapBefore) || !w.alpha || w.lower.length < 2 || !marks.free(g) || c.protectedTerm[g] || c.eponymPhrase[g]) continue;
    if (c.is(g, NEVER | WORD_RELATIVE | WORD_ROLE) || COLLECTIVE.has(w.lower) || DEPARTMENT_RE.test(w.lower) || BRACKET_ROLES.has(w.lower)) continue;
    if (/^(?:ems|police|staff|security|paramedics|neighbors|neighbours|family|passerby|bystander|bystanders|roommate|coworker|coworkers|officer|officers)$/.test(w.lower)) continue;
    if (c.mode === 'mixed' ? !w.capitalized : !(c.isFirst(g) || c.isLast(g) || c.unknown(g))) continue;
    const next = c.w(g + 1);
    const closes = next === undefined || !c.sameLine(g + 1) || /[.,;:()]/.test(next.gapBefore) ||
      (SPACE_RE.test(next.gapBefore) && (next.lower === 'at' || next.lower === 'on' || next.lower === 'in' || next.lower === 'and' || /^\d/.test(next.lower)));
    if (!closes || /^\d/.test(text.charAt(w.start))) continue;
    marks.add(g, g, 'NAME', FOUND_BY_NAME);
  }
}

export const EMAIL_DISPLAY_NAME = 'name.email-display';

/**
 * "From: dawn sweet <dsweet@clinicmail.org>", "FROM: LARK BEGUELLO <LBEGUELLO@...>": the display name before an address in
 * angle brackets is its owner's, in any case and whatever the words; and "On Tue, Sky Porter wrote:" names the author of a
 * quoted message.
 */
export function detectEmailDisplayNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!/[ \t\u00a0]<$/.test(w.gapBefore) || !/^[^\s<>@]+@[^\s<>@]+\.[A-Za-z]{2,}>/.test(text.slice(w.start, w.start + 120))) continue;
    // Walk back over one to three name words on the same line, stopping at a label's colon or the line start.
    let a = i - 1;
    if (a < 0 || !c.sameLine(i) || !nameWordAnyCase(c, marks, a)) continue;
    let n = 1;
    while (n < 3 && a - 1 >= 0 && c.sameLine(a) && (SPACE_RE.test(words[a].gapBefore) || words[a].gapBefore === '-' || words[a].gapBefore === "'") && nameWordAnyCase(c, marks, a - 1)) {
      a--;
      n++;
    }
    const open = words[a].gapBefore;
    if (!(a === 0 || !c.sameLine(a) || /[:;,][ \t\u00a0]*$/.test(open) || /^[ \t\u00a0]*"$/.test(open))) continue;
    markRun(c, marks, { a, b: i - 1 }, EMAIL_DISPLAY_NAME);
  }
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i].lower !== 'wrote' || !/^:/.test(text.charAt(words[i].end)) || !SPACE_RE.test(words[i].gapBefore)) continue;
    let a = i - 1;
    if (!nameWordAnyCase(c, marks, a) || !c.sameLine(i)) continue;
    let n = 1;
    while (n < 3 && a - 1 >= 0 && c.sameLine(a) && (SPACE_RE.test(words[a].gapBefore) || words[a].gapBefore === '-') && nameWordAnyCase(c, marks, a - 1)) {
      a--;
      n++;
    }
    // "On Tue, <Name> wrote:" / "On 3/4/25 at 10:02, <Name> wrote:": a comma before the name, "On" opening the line.
    if (!/,[ \t\u00a0]$/.test(words[a].gapBefore)) continue;
    const lineStart = text.lastIndexOf('\n', words[a].start) + 1;
    if (!/(?:^|[.!?][ \t\u00a0]+)[ \t\u00a0>]*on\b[^.!?\n]*$/i.test(text.slice(lineStart, words[a].start))) continue;
    markRun(c, marks, { a, b: i - 1 }, EMAIL_DISPLAY_NAME);
  }
}

/** Any-case name word for a slot that holds only a person: alphabetic, no function, title or credential word. */
function nameWordAnyCase(c: NameContext, marks: WordMarks, i: number): boolean {
  const w = c.w(i);
  if (w === undefined || !w.alpha || c.protectedTerm[i]) return false;
  if (marks.isName(i)) return true;
  if (!marks.free(i) || c.is(i, WORD_FUNCTION | WORD_CREDENTIAL | WORD_TITLE | WORD_HEADER)) return false;
  return w.lower.length > 1 || c.text.charAt(w.end) === '.';
}
