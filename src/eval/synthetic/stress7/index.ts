// Owns the stress7 corpus: short notes built around the shapes that leaked most on every earlier held-out set —
// given names alone and names that are English words, lower case and "family, given", names inside e-mail
// local parts and signatures, a patient named once in a header and then by parts elsewhere (document-level
// consistency), towns that are common words after place cues, city/state pairs, counties, schools, churches,
// employers, pharmacies with store numbers, care homes, camps and shelters, dates in loose forms, ages over 89
// in words, phone extensions and labelled IDs — beside eponyms, devices and brands that must stay. Gold spans by
// construction, by the main corpus's conventions ("County" and a weekday stay outside the span, an age's "-year-old"
// too). `half` 0 draws the tuning half of every list and seed, `half` 1 the scoring half.
import { Rng } from '../prng';
import { f, NoteBuilder, phi, term, type CaseMode, type Frag, type SyntheticNote } from '../segments';
import {
  CAMPS_SHELTERS, CARE_HOMES, CHURCH_FORMS, EMPLOYERS, halfOf, inventedGiven, inventedSurname, PHARMACY_CHAINS,
  PROTECTED_TERMS, SCHOOL_KINDS, SCHOOL_STEMS, WORD_GIVEN, WORD_SURNAME, WORD_TOWNS,
} from './vocab';

export const DEFAULT_STRESS7_SEED = 7007;
export const DEFAULT_STRESS7_NOTES = 400;

class Pools {
  readonly given: readonly string[];
  readonly surname: readonly string[];
  readonly towns: readonly (readonly [string, string])[];
  readonly schools: readonly string[];
  readonly churches: readonly string[];
  readonly employers: readonly string[];
  readonly pharmacies: readonly string[];
  readonly homes: readonly string[];
  readonly camps: readonly string[];
  constructor(half: 0 | 1) {
    this.given = halfOf(WORD_GIVEN, half);
    this.surname = halfOf(WORD_SURNAME, half);
    this.towns = halfOf(WORD_TOWNS, half);
    this.schools = halfOf(SCHOOL_STEMS, half);
    this.churches = halfOf(CHURCH_FORMS, half);
    this.employers = halfOf(EMPLOYERS, half);
    this.pharmacies = halfOf(PHARMACY_CHAINS, half);
    this.homes = halfOf(CARE_HOMES, half);
    this.camps = halfOf(CAMPS_SHELTERS, half);
  }
}

interface Person { given: string; surname: string }

function person(rng: Rng, pl: Pools): Person {
  const given = rng.chance(0.55) ? rng.pick(pl.given) : inventedGiven(rng);
  const surname = rng.chance(0.5) ? rng.pick(pl.surname) : inventedSurname(rng);
  return { given, surname };
}

const N = (text: string, kind: string) => phi(text, 'NAME', `s7.name.${kind}`);
const L = (text: string, kind: string) => phi(text, 'LOCATION', `s7.place.${kind}`);
const D = (text: string, kind: string) => phi(text, 'DATE', `s7.date.${kind}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Monday', 'Tuesday', 'Friday'];
const ORD = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS: Record<number, string> = { 9: 'ninety', 10: 'one hundred' };

type Template = (rng: Rng, pl: Pools, pt: Person) => Frag;

/** Templates by the general shape each exercises (the kind names the shape). */
const TEMPLATES: readonly (readonly [number, Template])[] = [
  // Given name alone after kinship, contact verbs, or as a sentence subject.
  [5, (rng, pl) => { const p = person(rng, pl); return rng.weighted<() => Frag>([
    [2, () => f`${rng.pick(['Her', 'His', 'Pt\'s'])} ${rng.pick(['daughter', 'son', 'granddaughter', 'neighbor', 'wife', 'stepson'])} ${N(p.given, 'given-kin')} ${rng.pick(['brought her in', 'is staying with him', 'drives to appointments', 'has POA'])}.`],
    [2, () => f`${rng.pick(['Spoke with', 'Called', 'Updated', 'Met with', 'Reached'])} ${N(p.given, 'given-verb')} ${rng.pick(['by phone', 'at bedside', 'this afternoon', 're: transport'])}.`],
    [2, () => f`${N(p.given, 'given-subject')} ${rng.pick(['was seen today', 'called back', 'reports she is sleeping better', 'missed the 2 pm dose', 'is tearful today'])}.`],
    [1, () => f`Mother (${N(p.given, 'given-paren')}) ${rng.pick(['provides history', 'at bedside', 'signed consent'])}.`],
  ])(); }],
  // Document-level consistency: the patient named in full once, then by a part (any case, possessive, e-mail).
  [5, (rng, _pl, pt) => rng.weighted<() => Frag>([
    [2, () => f`${N(pt.given, 'propagated')} ${rng.pick(['ambulated in hall', 'tolerated diet', 'denies pain', 'asked about discharge'])}.`],
    [2, () => f`${rng.pick(['Reviewed', 'Discussed'])} ${N(pt.given, 'propagated')}'s ${rng.pick(['labs', 'meds', 'sleep log', 'glucose readings'])} with her.`],
    [1, () => f`${N(pt.given.toLowerCase(), 'propagated-lower')} ${rng.pick(['ate 75%', 'resting', 'voiding qs'])}.`],
    [1, () => f`Mr/Ms ${N(pt.surname, 'propagated')} ${rng.pick(['agrees with plan', 'declined flu vaccine'])}.`],
    [1, () => f`Portal message from ${phi(`${pt.given}.${pt.surname}`.toLowerCase().replace(/[^a-z.]/g, '') + rng.pick(['@gmail.com', '@yahoo.com', '@outlook.com']), 'EMAIL', 's7.email.name')}.`],
  ])()],
  // Names that are words, with surnames, in lower case and "family, given".
  [4, (rng, pl) => { const p = person(rng, pl); return rng.weighted<() => Frag>([
    [2, () => f`${rng.pick(['Visitor:', 'Caller:', 'Contact:', 'Interpreter:'])} ${N(`${p.surname}, ${p.given}`, 'family-given')}\n`],
    [2, () => f`seen w/ ${N(`${p.given.toLowerCase()} ${p.surname.toLowerCase()}`, 'lower')} ${rng.pick(['(sister)', '(cg)', 'rn'])}.`],
    [2, () => f`${rng.pick(['Ms.', 'Mr.', 'Mrs'])} ${N(p.surname, 'title-word')} ${rng.pick(['declined', 'agreed', 'asked about cost'])}.`],
    [1, () => f`Care partner ${N(`${p.given} ${p.surname}`, 'word-full')} ${rng.pick(['present', 'updated'])}.`],
  ])(); }],
  // Signatures and e-mail local parts.
  [3, (rng, pl) => { const p = person(rng, pl); return rng.weighted<() => Frag>([
    [1, () => f`\n-- \n${N(`${p.given} ${p.surname}`, 'signature')}, ${rng.pick(['LCSW', 'RN', 'MSW', 'CHW'])}\n`],
    [1, () => f`\nThanks,\n${N(p.given, 'signature-given')}\n`],
    [1, () => f`Reply to ${phi(`${p.given[0]}${p.surname}`.toLowerCase().replace(/[^a-z]/g, '') + '@' + rng.pick(['mercyhealth.org', 'valleyclinic.net']), 'EMAIL', 's7.email.initial')}.`],
  ])(); }],
  // Towns named by common words after place cues, city/state pairs, counties.
  [5, (rng, pl) => { const [town, st] = rng.pick(pl.towns); return rng.weighted<() => Frag>([
    [2, () => f`${rng.pick(['Lives in', 'Moved from', 'Grew up in', 'Resides in', 'Relocated to', 'Visiting from'])} ${L(town, 'town-cue')}${rng.chance(0.5) ? '' : ' with family'}.`],
    [2, () => f`Address: ${phi(`${rng.int(10, 9899)} ${rng.pick(['County Rd 12', 'Elm St', 'Ridge Ave'])}`, 'ADDRESS', 's7.place.street')}, ${L(town, 'city-state')}, ${st} ${phi(rng.digits(5), 'ADDRESS', 's7.place.zip')}\n`],
    [1, () => f`Transferred from ${L(town, 'county')} County ${rng.pick(['jail', 'EMS', 'hospital'])}.`],
    [1, () => f`${L(town, 'city-state')}, ${st} resident.`],
  ])(); }],
  // Organisations by their grammar: schools, churches, employers, pharmacies with store numbers, homes, camps.
  [5, (rng, pl) => rng.weighted<() => Frag>([
    [2, () => f`${rng.pick(['Attends', 'In 3rd grade at', 'Enrolled at', 'IEP through'])} ${L(`${rng.pick(pl.schools)} ${rng.pick(SCHOOL_KINDS)}`, 'school')}.`],
    [1, () => f`${rng.pick(['Active at', 'Pastor from', 'Volunteers at'])} ${L(rng.pick(pl.churches), 'church')}.`],
    [2, () => f`${rng.pick(['Works at', 'Employed by', 'Forklift driver at', 'Laid off from'])} ${L(rng.pick(pl.employers), 'employer')}.`],
    [2, () => f`Rx sent to ${L(`${rng.pick(pl.pharmacies)} ${rng.pick(['#', 'store ', 'Store #', '# '])}${rng.int(100, 19999)}`, 'pharmacy')}.`],
    [1, () => f`${rng.pick(['Resides at', 'Discharged to', 'Admitted from'])} ${L(rng.pick(pl.homes), 'care-home')}.`],
    [1, () => f`${rng.pick(['Staying at', 'Counselor at', 'Picked up from'])} ${L(rng.pick(pl.camps), 'camp-shelter')}.`],
  ])()],
  // Dates in loose forms.
  [5, (rng) => { const m = rng.int(1, 12); const d = rng.int(1, 28); return rng.weighted<() => Frag>([
    [1, () => f`Next dose due on the ${D(ORD(d), 'ordinal')}.`],
    [1, () => f`Last seen ${D(`${m}/${d}`, 'md')} for same.`],
    [1, () => f`Symptoms since ${D(`${MONTHS[m - 1]} '${rng.int(19, 26)}`, 'mon-apos-year')}.`],
    [1, () => f`Collected ${D(`20${rng.int(19, 26)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`, 'iso-time')}.`],
    [1, () => f`Out of town the week of ${D(`${m}/${d}`, 'week-of')}.`],
    [1, () => f`Admitted ${D(`${m}/${d}`, 'range')}${rng.pick(['–', '-', ' to '])}${D(`${m}/${Math.min(d + rng.int(1, 3), 28)}`, 'range')}.`],
    [1, () => f`Follow-up ${rng.pick(DAYS)} ${D(`${m}/${d}`, 'dayname')} at 10.`],
  ])(); }],
  // Ages over 89 in words, phone extensions, IDs after any label ending in #, No., ID, number.
  [4, (rng) => rng.weighted<() => Frag>([
    [1, () => { const n = rng.int(90, 104); const w = n >= 100 ? `one hundred${n > 100 ? ` ${UNITS[n - 100]}` : ''}` : `${TENS[9]}${n > 90 ? `-${UNITS[n - 90]}` : ''}`; return f`${rng.pick(['A ', 'Pt is a ', 'Frail '])}${phi(w, 'AGE', 's7.age.words')}${rng.pick(['-year-old', ' year old', ' years old'])} ${rng.pick(['woman', 'man', 'resident'])} seen.`; }],
    [1, () => f`Call back at ${phi(`(${rng.int(201, 989)}) ${rng.int(201, 989)}-${rng.digits(4)} ${rng.pick(['x', 'ext.', 'ext', 'x.'])} ${rng.digits(rng.int(2, 5))}`, 'PHONE', 's7.phone.ext')}.`],
    [2, () => f`${rng.pick(['Claim #', 'Ref No.', 'Badge ID', 'Case number', 'Auth #', 'Voucher No.', 'Tracking number', 'Permit ID'])} ${phi(`${rng.letters(rng.int(0, 2))}${rng.digits(rng.int(5, 9))}`, 'ID', 's7.id.label')} on file.`],
  ])()],
];

/** Sentences that must stay: eponyms, devices and brands shaped like people, addressees that are not people. */
const DISTRACTORS: readonly ((rng: Rng) => Frag)[] = [
  (rng) => { const [a, t, b] = rng.pick(PROTECTED_TERMS); return f`${a}${term(t)}${b}`; },
  (rng) => f`${rng.pick(['MODEL', 'Claude', 'assistant'])}: summarize the note below.`,
  () => f`Will recheck in the morning; hope to wean O2.`,
  () => f`Page sent to covering team.`,
  () => f`Rose slowly from bed, steady.`,
];

export function generateStress7Corpus(options: { seed?: number; notes?: number; half?: 0 | 1 } = {}): SyntheticNote[] {
  const half = options.half ?? 1;
  const seed = (options.seed ?? DEFAULT_STRESS7_SEED) + half;
  const count = options.notes ?? DEFAULT_STRESS7_NOTES;
  const rng = new Rng(seed);
  const pools = new Pools(half);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const mode = rng.weighted<CaseMode>([[85, 'asis'], [10, 'lower'], [5, 'upper']]);
    const b = new NoteBuilder(mode);
    const pt = person(rng, pools);
    b.add(rng.weighted<Frag>([
      [2, f`Patient: ${N(`${pt.surname.toUpperCase()}, ${pt.given}`, 'header')}\n`],
      [1, f`Name: ${N(`${pt.given} ${pt.surname}`, 'header')}\n`],
      [1, f`RE: ${N(`${pt.surname}, ${pt.given}`, 'header')}\n`],
    ]));
    const sentences = rng.int(4, 7);
    for (let s = 0; s < sentences; s++) {
      b.add(rng.chance(0.25) ? rng.pick(DISTRACTORS)(rng) : rng.weighted(TEMPLATES)(rng, pools, pt), rng.pick([' ', ' ', '\n']));
    }
    out.push(b.build(`stress7-${half}-${seed}-${String(i).padStart(4, '0')}`, `stress7_${mode}`));
  }
  return out;
}
