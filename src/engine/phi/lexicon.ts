// Owns the word lists the PHI detector looks words up in: census name lists, common English and
// clinical vocabulary (vendored, gzip, under data/phi) merged with the hand lists in vocab.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, EPONYMS, FUNCTION_WORDS, MONTHS, RELATIVE_CUES, ROLE_CUES } from './vocab';

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
  /** Every single word above with its list membership as WORD_* bits: one hash lookup per token. */
  wordFlags: ReadonlyMap<string, number>;
}

export const WORD_FIRST = 1;
export const WORD_LAST = 2;
export const WORD_COMMON = 4;
export const WORD_CITY = 8;

const DATA_FILES = {
  firstNames: 'first-names.txt.gz',
  surnames: 'surnames.txt.gz',
  english: 'english-words.txt.gz',
  clinical: 'clinical-words.txt.gz',
  cities: 'us-cities.txt.gz',
} as const;

/** Walks up from this module so the lists are found both from src/ (ts) and dist/src/ (compiled). */
export function findPhiDataDir(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'data', 'phi');
    if (existsSync(join(candidate, DATA_FILES.surnames))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`PHI word lists not found above ${from} (expected data/phi/${DATA_FILES.surnames})`);
    dir = parent;
  }
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
  for (const w of readList(dir, DATA_FILES.clinical)) common.add(w);
  for (const w of CLINICAL_ABBREVIATIONS) common.add(w);
  for (const w of FUNCTION_WORDS) common.add(w);
  for (const w of eponyms) common.add(w);
  for (const w of MONTHS.keys()) common.add(w);
  for (const w of AMBIGUOUS_NAMES) common.add(w);
  // Cue words themselves ("son", "proxy", "RN") are never the name they announce.
  for (const set of [RELATIVE_CUES, ROLE_CUES, CREDENTIALS]) for (const w of set) common.add(w);
  const cities = new Set(readList(dir, DATA_FILES.cities));
  const wordFlags = new Map<string, number>();
  const add = (set: ReadonlySet<string>, bit: number): void => {
    for (const w of set) wordFlags.set(w, (wordFlags.get(w) ?? 0) | bit);
  };
  add(firstNames, WORD_FIRST);
  add(surnames, WORD_LAST);
  add(common, WORD_COMMON);
  add(cities, WORD_CITY);
  return { firstNames, surnames, common, eponyms, cities, wordFlags };
}

let cached: Lexicon | undefined;

/** The vendored lists, read once per process on first use (about 1 MB compressed). */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
