// Owns the re-surrogated deid measurement: every gold PHI span of a labelled note is replaced, seeded, by a
// fresh value of the same type and shape from this module's own vocabulary, and the gold offsets are
// recomputed, so the redactor is scored on the development notes' style without the development notes'
// surrogate names, places and dates. The notes are read at run time from a path; nothing derived from them
// is written to the repository.
import type { PhiGoldRecord, PhiModeReport, PhiReport } from '../phi';
import { Rng } from '../synthetic/prng';
import { MONTHS_ABBREV, MONTHS_FULL, VOCABULARY_9, type ResurrogateVocabulary } from './vocabulary';
import { VOCABULARY_10 } from './vocabulary10';
import { VOCABULARY_11 } from './vocabulary11';
import { VOCABULARY_12 } from './vocabulary12';
import { VOCABULARY_13 } from './vocabulary13';
import { VOCABULARY_14 } from './vocabulary14';
import { VOCABULARY_15 } from './vocabulary15';

export const DEFAULT_RESURROGATE_SEED = 9119;
export const DEFAULT_RESURROGATE_COPIES = 3;

/** The gold types of the deid corpus; a span of any other type is re-surrogated character by character. */
export const RESURROGATE_TYPES = [
  'HCPName', 'PTName', 'RelativeProxyName', 'PTNameInitial', 'Date', 'DateYear', 'Location', 'Phone', 'Age', 'Other',
] as const;

const NAME_TYPES = new Set(['HCPName', 'PTName', 'RelativeProxyName']);
const MAX_REDRAWS = 8;

type GoldSpan = PhiGoldRecord['phi'][number];

/** The vocabularies by name: s9 (default, tuned on in session 9), s10 (the session-10 examiner's) and s11 (the session-11 examiner's, unseen). */
export const RESURROGATE_VOCABULARIES: Readonly<Record<string, ResurrogateVocabulary>> = { s9: VOCABULARY_9, s10: VOCABULARY_10, s11: VOCABULARY_11, s12: VOCABULARY_12, s13: VOCABULARY_13, s14: VOCABULARY_14, s15: VOCABULARY_15 };
export const DEFAULT_RESURROGATE_VOCABULARY = 's9';

export function resurrogateVocabulary(name: string): ResurrogateVocabulary {
  const v = RESURROGATE_VOCABULARIES[name];
  if (!v) throw new RangeError(`unknown re-surrogation vocabulary "${name}" (expected ${Object.keys(RESURROGATE_VOCABULARIES).join(' or ')})`);
  return v;
}

export interface ResurrogateOptions {
  seed?: number;
  copies?: number;
  /** Which vocabulary the names and places are drawn from; default s9 so earlier figures reproduce. */
  vocabulary?: ResurrogateVocabulary;
}

/** K re-surrogated copies of every record, ids suffixed "#rK"; each copy draws from its own seeded stream. */
export function resurrogateRecords(records: readonly PhiGoldRecord[], options: ResurrogateOptions = {}): PhiGoldRecord[] {
  const seed = options.seed ?? DEFAULT_RESURROGATE_SEED;
  const copies = options.copies ?? DEFAULT_RESURROGATE_COPIES;
  if (!Number.isSafeInteger(copies) || copies < 1) throw new RangeError(`copies must be a positive integer, got ${copies}`);
  const out: PhiGoldRecord[] = [];
  const vocabulary = options.vocabulary ?? VOCABULARY_9;
  for (let copy = 0; copy < copies; copy++) for (const r of records) out.push(resurrogateRecord(r, seed, copy, vocabulary));
  return out;
}

/**
 * One re-surrogated copy of a record. The stream depends on (seed, copy, note id) only, so a note's copy is
 * the same whatever other notes the file holds. Within a note the same original word maps to the same new
 * word (a person named twice stays one person); dates are drawn afresh for every span.
 */
export function resurrogateRecord(record: PhiGoldRecord, seed: number, copy: number, vocabulary: ResurrogateVocabulary = VOCABULARY_9): PhiGoldRecord {
  const rng = new Rng(fnv1a(`${seed}|${copy}|${record.id}`));
  const state: NoteState = { rng, vocab: pools(vocabulary), names: new Map(), places: new Map(), letters: new Map() };
  const spans = mergeOverlaps(record.phi);
  let text = '';
  let cursor = 0;
  const phi: GoldSpan[] = [];
  spans.forEach((g, i) => {
    text += record.text.slice(cursor, g.start);
    const original = record.text.slice(g.start, g.end);
    const context: SpanContext = {
      before: record.text.slice(Math.max(0, g.start - 24), g.start),
      after: record.text.slice(g.end, g.end + 24),
      prevName: i > 0 && NAME_TYPES.has(spans[i - 1].type) ? joint(record.text.slice(spans[i - 1].end, g.start)) : undefined,
      nextName: i + 1 < spans.length && NAME_TYPES.has(spans[i + 1].type) ? joint(record.text.slice(g.end, spans[i + 1].start)) : undefined,
    };
    const replacement = surrogateFor(g.type, original, context, state);
    const start = text.length;
    text += replacement;
    phi.push({ ...g, start, end: text.length });
    cursor = g.end;
  });
  text += record.text.slice(cursor);
  return { ...record, id: `${record.id}#r${copy}`, text, phi };
}

/** Overlapping gold spans (rare) are merged into the first one's type, so each character is replaced once. */
function mergeOverlaps(spans: readonly GoldSpan[]): GoldSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GoldSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** A vocabulary with the sub-pools the drawing functions use, derived once. */
interface Pools extends ResurrogateVocabulary {
  apostropheSurnames: readonly string[];
  macSurnames: readonly string[];
  placePool: readonly string[];
}

const POOLS = new WeakMap<ResurrogateVocabulary, Pools>();

function pools(v: ResurrogateVocabulary): Pools {
  let p = POOLS.get(v);
  if (!p) {
    p = {
      ...v,
      apostropheSurnames: v.particleSurnames.filter((s) => /^[OD]'/.test(s)),
      macSurnames: v.particleSurnames.filter((s) => /^Ma?c/.test(s)),
      placePool: [...v.towns, ...v.hospitalStems, ...(v.otherPlaces ?? [])],
    } as Pools;
    POOLS.set(v, p);
  }
  return p;
}

interface NoteState {
  rng: Rng;
  vocab: Pools;
  /** lower-cased original name word → new name word in its natural casing. */
  names: Map<string, string>;
  places: Map<string, string>;
  /** lower-cased original abbreviation → new letters. */
  letters: Map<string, string>;
}

interface SpanContext {
  before: string;
  after: string;
  /** How a name span of any person type just before this one is joined to it ("Mary Smith", "Smith, Mary"). */
  prevName?: Joint;
  nextName?: Joint;
}

type Joint = 'space' | 'comma';

function joint(between: string): Joint | undefined {
  return /^\s+$/.test(between) ? 'space' : /^\s*,\s*$/.test(between) ? 'comma' : undefined;
}

/** A fresh value of the span's type in the original's shape; never the original itself when another can be drawn. */
function surrogateFor(type: string, original: string, context: SpanContext, state: NoteState): string {
  for (let attempt = 0; ; attempt++) {
    const value = draw(type, original, context, state);
    if (value.toLowerCase() !== original.toLowerCase() || attempt >= MAX_REDRAWS) return value;
    // A consistent map could hand back the original: forget it and draw again.
    state.names.delete(original.toLowerCase());
    state.places.delete(original.toLowerCase());
    state.letters.delete(original.toLowerCase());
  }
}

function draw(type: string, original: string, context: SpanContext, state: NoteState): string {
  if (NAME_TYPES.has(type)) return personName(original, context, state);
  switch (type) {
    case 'PTNameInitial': return replaceLetters(original, state.rng);
    case 'Date': return dateLike(original, false, state.rng, state.vocab.yearRange);
    case 'DateYear': return dateLike(original, true, state.rng, state.vocab.yearRange);
    case 'Location': return place(original, context, state);
    case 'Phone': return phone(original, state.rng, state.vocab.areaCodes);
    case 'Age': return age(original, state.rng);
    default: return replaceAlphanumerics(original, state.rng);
  }
}

// ---------------------------------------------------------------- casing

type CaseShape = 'upper' | 'lower' | 'title' | 'natural';

function caseShape(word: string): CaseShape {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'natural';
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  if (letters === letters.toLowerCase()) return 'lower';
  if (letters.length === 1) return 'upper';
  if (letters[0] === letters[0].toUpperCase() && letters.slice(1) === letters.slice(1).toLowerCase()) return 'title';
  return 'natural';
}

/** Renders a vocabulary word in the original's casing; mixed-case originals ("O'rourke") keep the word's own. */
function inCase(shape: CaseShape, word: string): string {
  switch (shape) {
    case 'upper': return word.toUpperCase();
    case 'lower': return word.toLowerCase();
    case 'title': return /^\p{L}+$/u.test(word) ? word[0].toUpperCase() + word.slice(1).toLowerCase() : word;
    default: return word;
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function randomLetter(rng: Rng, not?: string): string {
  for (;;) {
    const c = rng.pick(UPPER.split(''));
    if (c !== not?.toUpperCase()) return c;
  }
}

function randomDigits(rng: Rng, length: number, nonZeroFirst: boolean, firstMin = 1): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String(i === 0 && nonZeroFirst ? rng.int(firstMin, 9) : rng.int(0, 9));
  return s;
}

/** Every letter by a random letter of the same case, every digit by a random digit (a run's leading digit stays non-zero). */
function replaceAlphanumerics(original: string, rng: Rng): string {
  return original.replace(/\p{L}|\d+/gu, (m) =>
    /\d/.test(m) ? randomDigits(rng, m.length, m[0] !== '0') : inCase(m === m.toLowerCase() ? 'lower' : 'upper', randomLetter(rng, m)),
  );
}

function replaceLetters(original: string, rng: Rng): string {
  return original.replace(/\p{L}/gu, (m) => inCase(m === m.toLowerCase() ? 'lower' : 'upper', randomLetter(rng, m)));
}

// ---------------------------------------------------------------- names

const NAME_WORD_RE = /\p{L}+(?:['’]\p{L}+)*/gu;
const TITLE_BEFORE_RE = /\b(?:dr|doctor|mr|mrs|ms|miss|mx|prof|nurse|rn|np|pa)\.?\s*$/i;

function personName(original: string, context: SpanContext, state: NoteState): string {
  const words = [...original.matchAll(NAME_WORD_RE)];
  // "Smith, Mary" within one span: the words before the comma are the surname.
  const comma = original.indexOf(',');
  let out = '';
  let cursor = 0;
  words.forEach((m, i) => {
    const word = m[0];
    const start = m.index ?? 0;
    out += original.slice(cursor, start);
    cursor = start + word.length;
    if (word.length === 1) {
      out += inCase(word === word.toLowerCase() ? 'lower' : 'upper', randomLetter(state.rng, word));
      return;
    }
    const hyphenated = original[start - 1] === '-' || original[cursor] === '-';
    let role: 'given' | 'surname';
    if (words.length > 1 && comma >= 0) role = hyphenated || start < comma ? 'surname' : 'given';
    else if (words.length > 1) role = hyphenated || i === words.length - 1 ? 'surname' : 'given';
    // "Mary Smith" and "Smith, Mary": the word order says which part is which.
    else if (context.prevName === 'space' || context.nextName === 'comma' || TITLE_BEFORE_RE.test(context.before)) role = 'surname';
    else if (context.nextName === 'space' || context.prevName === 'comma') role = 'given';
    else role = state.rng.chance(0.5) ? 'given' : 'surname';
    // A possessive inside the span ("Smith's") keeps its ending on the new name.
    const possessive = /^(\p{L}{2,})(['’]s)$/u.exec(word);
    out += possessive && !/^[od]['’]/iu.test(word) ? nameWord(possessive[1], role, state) + possessive[2] : nameWord(word, role, state);
  });
  return out + original.slice(cursor);
}

function nameWord(word: string, role: 'given' | 'surname', state: NoteState): string {
  const key = word.toLowerCase();
  let natural = state.names.get(key);
  if (natural === undefined) {
    // O'/D' and Mc/Mac originals keep their prefix family; other particles draw from the whole particle list.
    const apostrophe = /^[od]['’]\p{L}/iu.test(word);
    const mac = /^Ma?c\p{Lu}\p{Ll}/u.test(word);
    const v = state.vocab;
    const pool = apostrophe ? v.apostropheSurnames : mac ? v.macSurnames : role === 'given' ? v.givenNames : v.surnames;
    do natural = state.rng.pick(pool); while (natural.toLowerCase() === key);
    state.names.set(key, natural);
  }
  return inCase(caseShape(word), natural);
}

// ---------------------------------------------------------------- places

/** Words that carry a place's kind rather than its identity: kept, like the original's punctuation. */
const PLACE_GENERIC = new Set(
  ('hospital hosp medical med center centre ctr clinic general memorial rehab rehabilitation nursing home health healthcare ' +
    'university univ u saint st county regional community unit ward house manor care of the and hospice institute ' +
    'street avenue ave road rd lane ln drive dr blvd boulevard way court ct place pl north south east west n s e w ' +
    'city heights village hills park school college pharmacy church mall rest assisted living va vna family practice ' +
    'associates group floor icu ccu micu sicu nicu er ed or pacu rm room bed suite apt box po')
    .split(' '),
);
const STREET_SUFFIX_RE = /^\s*(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|blvd|boulevard|way|court|ct|place|pl)\b/i;
const FACILITY_AFTER_RE = /^[\s-]*(?:hospital|hosp|medical|center|centre|clinic|general|memorial|rehab|nursing|health|hospice|institute|manor|house)\b/i;
const UNIT_BEFORE_RE = /\b(?:unit|ward|floor|room|rm|bed|pod)\s*$/i;
const PLACE_TOKEN_RE = /\p{L}+(?:['’]\p{L}+)*|\d+/gu;

function place(original: string, context: SpanContext, state: NoteState): string {
  const tokens = [...original.matchAll(PLACE_TOKEN_RE)];
  let out = '';
  let cursor = 0;
  tokens.forEach((m) => {
    const token = m[0];
    const start = m.index ?? 0;
    out += original.slice(cursor, start);
    cursor = start + token.length;
    const rest = original.slice(cursor) + context.after;
    if (/^\d+$/.test(token)) {
      out += randomDigits(state.rng, token.length, token[0] !== '0');
      return;
    }
    const possessive = /^(.+)['’]s$/iu.exec(token);
    if (possessive) {
      out += mapped(state.places, token, () => state.rng.pick(state.vocab.givenNames), caseShape(possessive[1])) + token.slice(possessive[1].length);
      return;
    }
    if (PLACE_GENERIC.has(token.toLowerCase())) {
      out += token;
      return;
    }
    if ((token.length <= 3 && caseShape(token) !== 'title') || !/[aeiouy]/i.test(token)) {
      // An abbreviation ("GH", "GBMC"): the same number of letters.
      out += mapped(state.letters, token, () => Array.from(token, () => randomLetter(state.rng)).join(''), caseShape(token) === 'lower' ? 'lower' : 'upper');
      return;
    }
    const v = state.vocab;
    const pool = STREET_SUFFIX_RE.test(rest) && /\d\s*$/.test(context.before + original.slice(0, start))
      ? v.streetStems
      : FACILITY_AFTER_RE.test(rest) ? v.hospitalStems
        : /^\d/.test(rest) || UNIT_BEFORE_RE.test(context.before + original.slice(0, start)) ? v.unitStems
          : v.placePool;
    out += mapped(state.places, token, () => state.rng.pick(pool), caseShape(token));
  });
  return out + original.slice(cursor);
}


function mapped(map: Map<string, string>, original: string, fresh: () => string, shape: CaseShape): string {
  const key = original.toLowerCase();
  let value = map.get(key);
  if (value === undefined) {
    do value = fresh(); while (value.toLowerCase() === key);
    map.set(key, value);
  }
  return inCase(shape === 'natural' ? 'title' : shape, value);
}

// ---------------------------------------------------------------- dates

interface Piece {
  kind: 'num' | 'alpha' | 'other';
  text: string;
  role?: 'month' | 'day' | 'year' | 'monthName' | 'ordinal';
  /** Index of the numeric group (one written date) this piece belongs to. */
  group?: number;
}

const MONTH_KEYS = MONTHS_FULL.map((m) => m.toLowerCase());

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return MONTH_KEYS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
}

/**
 * A date in the original's written form with a new value: numeric fields keep their order (month-first,
 * day-first, year-first, inferred from the values), zero padding and separators; month names keep full or
 * abbreviated form and casing; ordinals keep their suffix's case; 2- and 4-digit years stay 2 and 4 digits.
 */
function dateLike(original: string, yearOnly: boolean, rng: Rng, yearRange: readonly [number, number]): string {
  const pieces: Piece[] = [...original.matchAll(/\d+|\p{L}+|[^\p{L}\d]+/gu)].map((m) => ({
    kind: /^\d/.test(m[0]) ? 'num' : /^\p{L}/u.test(m[0]) ? 'alpha' : 'other',
    text: m[0],
  }));
  const hasMonthName = pieces.some((p) => p.kind === 'alpha' && monthIndex(p.text) >= 0);
  let groups = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.kind === 'alpha') {
      if (i > 0 && pieces[i - 1].kind === 'num' && /^(?:st|nd|rd|th)$/i.test(p.text)) p.role = 'ordinal';
      else if (monthIndex(p.text) >= 0) p.role = 'monthName';
      continue;
    }
    if (p.kind !== 'num' || p.role) continue;
    // A numeric group: numbers joined by single / - . separators.
    const members = [i];
    for (let j = i; j + 2 < pieces.length && /^[/.-]$/.test(pieces[j + 1].text) && pieces[j + 2].kind === 'num'; j += 2) members.push(j + 2);
    for (let k = 0; k < members.length; k += members.length > 3 ? 2 : 3) {
      const chunk = members.slice(k, members.length > 3 ? k + 2 : k + 3);
      const roles = fieldRoles(chunk.map((x) => pieces[x].text), {
        yearOnly, hasMonthName, ordinal: /^(?:st|nd|rd|th)$/i.test(pieces[chunk[chunk.length - 1] + 1]?.text ?? ''),
      });
      chunk.forEach((x, n) => {
        pieces[x].role = roles[n];
        pieces[x].group = groups;
      });
      groups++;
    }
  }
  const draws = Array.from({ length: Math.max(1, groups) }, () => ({ month: rng.int(1, 12), day: rng.int(1, 28), year2: rng.int(0, 99), year4: rng.int(yearRange[0], yearRange[1]) }));
  let out = '';
  let lastDay = 0;
  for (const p of pieces) {
    const d = draws[p.group ?? 0];
    switch (p.role) {
      case 'month': out += number(d.month, p.text); break;
      case 'day': lastDay = d.day; out += number(d.day, p.text); break;
      case 'year': {
        const decade = /^\d{4}$/.test(p.text) && p.text.endsWith('0') && yearOnly ? 10 : 1;
        out += p.text.length >= 4 ? String(Math.floor(d.year4 / decade) * decade) : String(Math.floor(d.year2 / decade) * decade).padStart(2, '0');
        break;
      }
      case 'ordinal': out += inCase(p.text === p.text.toUpperCase() ? 'upper' : 'lower', ordinalSuffix(lastDay)); break;
      case 'monthName': out += monthName(d.month, p.text); break;
      default: out += p.kind === 'num' ? randomDigits(rng, p.text.length, p.text[0] !== '0') : p.text;
    }
  }
  return out;
}

function fieldRoles(fields: string[], o: { yearOnly: boolean; hasMonthName: boolean; ordinal: boolean }): Piece['role'][] {
  const v = fields.map(Number);
  if (fields.length === 1) {
    if (o.ordinal) return ['day'];
    if (o.yearOnly || fields[0].length >= 3) return ['year'];
    return v[0] >= 1 && v[0] <= 31 ? ['day'] : ['year'];
  }
  if (fields.length === 2) {
    if (fields[0].length >= 3) return ['year', 'month'];
    if (fields[1].length >= 3) return ['month', 'year'];
    if (v[0] > 12 && v[1] <= 12) return ['day', 'month'];
    if (v[1] > 31 || v[1] === 0) return ['month', 'year'];
    return ['month', 'day'];
  }
  if (fields[0].length >= 3) return ['year', 'month', 'day'];
  if (v[0] > 12) return ['day', 'month', 'year'];
  return ['month', 'day', 'year'];
}

/** A field keeps the original's zero padding ("03" → "07"); unpadded fields are written naturally. */
function number(value: number, original: string): string {
  return original.length === 2 && original.startsWith('0') ? String(value).padStart(2, '0') : String(value);
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function monthName(month: number, original: string): string {
  const bare = original.replace(/\.$/, '');
  const full = MONTH_KEYS.includes(bare.toLowerCase()) && bare.length > 3;
  let word = full ? MONTHS_FULL[month - 1] : MONTHS_ABBREV[month - 1];
  if (!full && bare.length === 4 && month === 9) word = 'Sept';
  const shape = caseShape(bare);
  return inCase(shape === 'natural' ? 'title' : shape, word) + original.slice(bare.length);
}

// ---------------------------------------------------------------- phones and ages

/**
 * New digits in the same punctuation; each digit run starts 2–9 as area codes and exchanges do. With a list
 * of area codes, a phone's first three-digit run (its area code) is drawn from the list.
 */
function phone(original: string, rng: Rng, areaCodes?: readonly string[]): string {
  let first = true;
  return original.replace(/\d+/g, (m) => {
    const areaCode = first && m.length === 3 && areaCodes?.length && /\d[\s.)/-]*\d{3}[\s.-]*\d{4}/.test(original);
    first = false;
    return areaCode ? rng.pick(areaCodes) : randomDigits(rng, m.length, true, 2);
  });
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * An age in the original's spelling: digits stay digits, words stay words (hyphen or space, "and" kept).
 * An age over 89 stays over 89 (Safe Harbor's class); a younger one stays in its decade's range.
 */
function age(original: string, rng: Rng): string {
  const digits = /\d+/.exec(original);
  if (digits) {
    const old = Number(digits[0]);
    const value = old >= 90 ? rng.int(90, 104) : rng.int(Math.max(1, old - 9), old + 9);
    return original.replace(/\d+/, String(value));
  }
  const words = /\p{L}[\p{L}\s-]*\p{L}/u.exec(original);
  if (!words) return replaceAlphanumerics(original, rng);
  const hyphen = words[0].includes('-') ? '-' : ' ';
  const value = rng.int(90, 104);
  let spelled: string;
  if (value < 100) spelled = value % 10 === 0 ? 'ninety' : `ninety${hyphen}${ONES[value % 10]}`;
  else spelled = `one hundred${value % 100 === 0 ? '' : /\band\b/i.test(words[0]) ? ` and ${ONES[value % 100]}` : ` ${ONES[value % 100]}`}`;
  const shape = caseShape(words[0]);
  const cased = shape === 'title' ? spelled[0].toUpperCase() + spelled.slice(1) : inCase(shape, spelled);
  return original.slice(0, words.index) + cased + original.slice(words.index + words[0].length);
}

// ---------------------------------------------------------------- report

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Gold spans labelled with their type as kind, so the PHI report gives recall and leaks per type. */
export function withTypeAsKind(records: readonly PhiGoldRecord[]): PhiGoldRecord[] {
  return records.map((r) => ({ ...r, phi: r.phi.map((g) => ({ ...g, kind: g.type })) }));
}

/** The original and re-surrogated figures side by side: recall, precision, leaks, then per type. */
export function formatResurrogateReport(original: PhiReport, resurrogated: PhiReport, title: string): string {
  const f = (x: number) => x.toFixed(4);
  const leaks = (m: PhiModeReport) => `${m.leaks}/${m.goldSpans} (${((100 * m.leaks) / Math.max(1, m.goldSpans)).toFixed(1)} per 100)`;
  const row = (label: string, a: string, b: string) => `${label.padEnd(40)} ${a.padEnd(26)} ${b}`;
  const lines = [
    `== ${title}`,
    row('', `original (${original.records} notes)`, `re-surrogated (${resurrogated.records} notes)`),
    row('token recall, bare years excluded', f(original.withoutYears.recall), f(resurrogated.withoutYears.recall)),
    row('token precision, bare years excluded', f(original.withoutYears.precision), f(resurrogated.withoutYears.precision)),
    row('leaked spans, bare years excluded', leaks(original.withoutYears), leaks(resurrogated.withoutYears)),
    row('token recall, with years', f(original.withYears.recall), f(resurrogated.withYears.recall)),
    row('token precision, with years', f(original.withYears.precision), f(resurrogated.withYears.precision)),
    row('leaked spans, with years', leaks(original.withYears), leaks(resurrogated.withYears)),
    'per type (with years): recall (caught/gold tokens), leaked/spans',
  ];
  const types = [...new Set([...Object.keys(original.withYears.perKind ?? {}), ...Object.keys(resurrogated.withYears.perKind ?? {})])].sort();
  for (const t of types) {
    const cell = (m: PhiModeReport) => {
      const k = m.perKind?.[t];
      return k ? `${f(k.recall)} (${k.caughtTokens}/${k.goldTokens}) ${k.leaks}/${k.goldSpans}` : '—';
    };
    lines.push(row(`  ${t}`, cell(original.withYears), cell(resurrogated.withYears)));
  }
  return lines.join('\n');
}
