// Owns the word lists the PHI detector looks words up in: census name lists, common English and
// clinical vocabulary (vendored, gzip, under data/phi) merged with the hand lists in vocab.ts.
import { findDataDir } from '../dataDir';
import { processSingleton } from '../processStore';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Word } from './tokens';
import {
  CLINICAL_ABBREVIATIONS, CONTACT_CUES, LANGUAGES_AND_NATIONALITIES, CREDENTIALS, EMPLOYER_CUES, EPONYMS, FUNCTION_WORDS, HEADER_CUES, HEADS_BEFORE_CENTER, INSTITUTION_HEADS,
  MONTHS, MOVEMENT_CUES, NAMED_HEADS, PERSON_TITLES, PERSON_VERBS, RELATIVE_CUES, ROLE_CUES,
} from './vocab';

export interface Lexicon {
  /** Census first names (1990), lower case. */
  firstNames: ReadonlySet<string>;
  /** Census surnames (1990), lower case. */
  surnames: ReadonlySet<string>;
  /** Words that are ordinary English or clinical vocabulary: never a name or a place without a strong cue. */
  common: ReadonlySet<string>;
  /** Eponyms: protected even where a name list would claim them. */
  eponyms: ReadonlySet<string>;
  /** US city and town names, lower case, possibly several words ("san diego"). */
  cities: ReadonlySet<string>;
  /** Clinical vocabulary alone (the clinical word list and abbreviations), for telling a department from an organisation. */
  clinical: ReadonlySet<string>;
  /** Clinical words only the ICD-10-CM Index holds, in lower case (data/phi/clinical-index-words.txt.gz): allowed, never PHI alone. */
  indexClinical: ReadonlySet<string>;
  /** Every single word above with its list membership as WORD_* / TRIG_* bits: one hash lookup per token. */
  wordFlags: ReadonlyMap<string, number>;
}

export const WORD_FIRST = 1 << 0;
export const WORD_LAST = 1 << 1;
export const WORD_COMMON = 1 << 2;
export const WORD_CITY = 1 << 3;
// Cue classes: each rule of the detector asks one bit instead of one Set per word.
export const WORD_TITLE = 1 << 4;
export const WORD_ROLE = 1 << 5;
export const WORD_RELATIVE = 1 << 6;
export const WORD_CREDENTIAL = 1 << 7;
export const WORD_CONTACT = 1 << 8;
export const WORD_PERSON_VERB = 1 << 9;
export const WORD_MOVEMENT = 1 << 10;
export const WORD_HEAD = 1 << 11;
export const WORD_HEADER = 1 << 12;
export const WORD_FUNCTION = 1 << 13;
export const WORD_CLINICAL = 1 << 14;
/** A major US city (many ZIP codes): a place even where the census also has the word as a surname. */
export const WORD_MAJOR_CITY = 1 << 15;
/** Keyword triggers of the structured-identifier patterns (patterns.ts runs a pattern only when its bit is in the note). */
export const TRIG_MONTH = 1 << 16;
export const TRIG_SSN = 1 << 17;
export const TRIG_MRN = 1 << 18;
export const TRIG_ACCOUNT = 1 << 19;
export const TRIG_VEHICLE = 1 << 20;
export const TRIG_LICENSE = 1 << 21;
export const TRIG_DEVICE = 1 << 22;
export const TRIG_ID = 1 << 23;
export const TRIG_STREET = 1 << 24;
export const TRIG_ZIP_LABEL = 1 << 25;
export const TRIG_BOX = 1 << 26;
export const TRIG_AGE_WORD = 1 << 27;
// Computed from the token itself, not looked up.
export const TRIG_ORDINAL = 1 << 28;
export const TRIG_AGE90 = 1 << 29;
export const TRIG_LONG_ALNUM = 1 << 30;
export const TRIG_ZIP5 = 2 ** 31;
const TRIGGER_BITS = 0xffff0000;

const list = (s: string): string[] => s.trim().split(/\s+/);
/** The words (as tokens, lower case) that each keyword-triggered pattern in patterns.ts starts from. */
const PATTERN_TRIGGERS: readonly [number, readonly string[]][] = [
  [TRIG_MONTH, [...MONTHS.keys(), 'sept', 'june', 'july']],
  [TRIG_SSN, list('ssn ss social')],
  [TRIG_MRN, list('mrn mr medical med unit chart')],
  [TRIG_ACCOUNT, list('acct account member subscriber policy group claim medicaid medicare insurance plan health beneficiary hicn mbi')],
  [TRIG_VEHICLE, list('license licence plate tag vin')],
  [TRIG_LICENSE, list('license licence lic npi dea certificate cert upin')],
  [TRIG_DEVICE, list('serial s sn device udi pacemaker implant')],
  [TRIG_ID, list('ref reference case confirmation ticket accession requisition specimen id identifier employee badge hospital policy')],
  [TRIG_STREET, list('street st avenue ave road rd boulevard blvd lane ln parkway pkwy highway hwy terrace ter pike drive court ct way place circle cir apt apartment unit suite ste')],
  [TRIG_ZIP_LABEL, list('zip zipcode postal')],
  [TRIG_BOX, list('box')],
  [TRIG_AGE_WORD, list('age aged')],
];

const DATA_FILES = {
  firstNames: 'first-names.txt.gz',
  surnames: 'surnames.txt.gz',
  english: 'english-words.txt.gz',
  clinical: 'clinical-words.txt.gz',
  clinicalIndex: 'clinical-index-words.txt.gz',
  cities: 'us-cities.txt.gz',
  majorCities: 'us-major-cities.txt.gz',
} as const;

/** Walks up from this module so the lists are found both from src/ (ts) and dist/src/ (compiled). */
export function findPhiDataDir(from: string = __dirname): string {
  const dir = findDataDir('phi', DATA_FILES.surnames, from);
  if (!dir) throw new Error(`PHI word lists not found above ${from} (expected data/phi/${DATA_FILES.surnames})`);
  return dir;
}

function readList(dir: string, file: string): string[] {
  return gunzipSync(readFileSync(join(dir, file))).toString('utf8').split('\n').filter((w) => w.length > 0);
}

/**
 * Frequent first names that are also everyday words are kept as names ("bill", "will" would otherwise be
 * lost); those here are too ambiguous to count as names without a cue, so they join the common words.
 */
const AMBIGUOUS_NAMES = `
  will may june april august an in is so sat sun do ok my no see see else said long young love
`.trim().split(/\s+/);

export function loadLexicon(dir: string = findPhiDataDir()): Lexicon {
  const firstNames = new Set(readList(dir, DATA_FILES.firstNames));
  const surnames = new Set(readList(dir, DATA_FILES.surnames));
  const eponyms = new Set(EPONYMS);
  const common = new Set<string>();
  for (const w of readList(dir, DATA_FILES.english)) common.add(w);
  const clinical = new Set<string>(readList(dir, DATA_FILES.clinical));
  // Words the ICD-10-CM Index writes in lower case and no Tabular description holds ("osteopenia"): an allow-list of
  // their own, outside `common` and the word flags, which are features of the committed learned model.
  const indexClinical = new Set<string>(readList(dir, DATA_FILES.clinicalIndex));
  for (const w of CLINICAL_ABBREVIATIONS) clinical.add(w);
  for (const w of clinical) common.add(w);
  for (const w of FUNCTION_WORDS) common.add(w);
  for (const w of eponyms) common.add(w);
  for (const w of MONTHS.keys()) common.add(w);
  for (const w of AMBIGUOUS_NAMES) common.add(w);
  for (const w of LANGUAGES_AND_NATIONALITIES) common.add(w);
  // Cue words themselves ("son", "proxy", "RN") are never the name they announce.
  for (const set of [RELATIVE_CUES, ROLE_CUES, CREDENTIALS, EMPLOYER_CUES]) for (const w of set) common.add(w);
  const cities = new Set(readList(dir, DATA_FILES.cities));
  const wordFlags = new Map<string, number>();
  const add = (set: ReadonlySet<string>, bit: number): void => {
    for (const w of set) wordFlags.set(w, (wordFlags.get(w) ?? 0) | bit);
  };
  add(firstNames, WORD_FIRST);
  add(surnames, WORD_LAST);
  add(common, WORD_COMMON);
  add(cities, WORD_CITY);
  add(new Set(readList(dir, DATA_FILES.majorCities).filter((c) => !c.includes(' '))), WORD_MAJOR_CITY);
  add(PERSON_TITLES, WORD_TITLE);
  add(ROLE_CUES, WORD_ROLE);
  add(RELATIVE_CUES, WORD_RELATIVE);
  add(CREDENTIALS, WORD_CREDENTIAL);
  add(CONTACT_CUES, WORD_CONTACT);
  add(PERSON_VERBS, WORD_PERSON_VERB);
  add(MOVEMENT_CUES, WORD_MOVEMENT);
  add(INSTITUTION_HEADS, WORD_HEAD);
  add(NAMED_HEADS, WORD_HEAD);
  add(HEADS_BEFORE_CENTER, WORD_HEAD);
  add(HEADER_CUES, WORD_HEADER);
  add(FUNCTION_WORDS, WORD_FUNCTION);
  add(new Set(CLINICAL_ABBREVIATIONS), WORD_CLINICAL);
  for (const [bit, list] of PATTERN_TRIGGERS) add(new Set(list), bit);
  return { firstNames, surnames, common, clinical, indexClinical, eponyms, cities, wordFlags };
}

export interface NoteWords {
  /** Per token: WORD_* and TRIG_* bits (name-list bits only for letter-only tokens). */
  flags: Uint32Array;
  /** OR of every token's bits: which keyword-triggered patterns can match anywhere in the note. */
  mask: number;
}

const LEADING_LETTERS_RE = /^[a-z]{2,}/;
const ORDINAL_RE = /^\d{1,2}(?:st|nd|rd|th)$/;
const ALL_DIGITS_RE = /^\d+$/;

/** One pass over the tokens: list membership and pattern triggers, one hash lookup per letter-only token. */
export function flagWords(words: readonly Word[], lex: Lexicon): NoteWords {
  const flags = new Uint32Array(words.length);
  const table = lex.wordFlags;
  let mask = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const f = w.alpha ? table.get(w.lower) ?? 0 : digitTokenTriggers(w.lower, lex);
    flags[i] = f;
    mask |= f;
  }
  return { flags, mask: mask >>> 0 };
}

function digitTokenTriggers(key: string, lex: Lexicon): number {
  let f = 0;
  const lead = LEADING_LETTERS_RE.exec(key);
  // "MRN12345", "jan3": the keyword is glued to the value.
  if (lead) f |= (lex.wordFlags.get(lead[0]) ?? 0) & TRIGGER_BITS;
  if (ORDINAL_RE.test(key)) f |= TRIG_ORDINAL;
  const n = parseInt(key, 10);
  if (n >= 90 && n <= 129) f |= TRIG_AGE90;
  if (key.length >= 9 && !ALL_DIGITS_RE.test(key)) f |= TRIG_LONG_ALNUM;
  if (key.length === 5 && ALL_DIGITS_RE.test(key)) f |= TRIG_ZIP5;
  return f >>> 0;
}

/** The vendored lists, read once per process on first use (about 1 MB compressed). */
export function defaultLexicon(): Lexicon {
  return processSingleton('phi.lexicon', loadLexicon);
}
