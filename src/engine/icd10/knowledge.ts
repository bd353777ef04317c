// Owns loading the ICD-10-CM coding knowledge base (data/icd10kb, built by scripts/build-icd10-kb.js
// from the official Tabular List and Index) and answering the conventions a coder looks up: Excludes1 /
// Excludes2, code first / use additional / code also, inclusion terms, 7th-character definitions with
// the placeholder-X rule, and the Index's terms. One Knowledge per fiscal year per process.
//
// API (every code argument dotted or dotless, any case):
//   loadKnowledge(fiscalYear?)      → Knowledge (cached; defaults to data/icd10kb/manifest.json's year)
//   k.excludes1(code)               → CodeRef[] of the code and everything above it (category … section, chapter)
//   k.excludes1Conflict(a, b)       → true when either code's Excludes1 notes name the other (never report both)
//   k.excludes2(code)               → CodeRef[] (both may be reported together)
//   k.codeFirst(code)               → CodeRef[] ("code first underlying disease" on a manifestation code)
//   k.useAdditional(code)           → CodeRef[]
//   k.codeAlso(code)                → CodeRef[]
//   k.inclusionTerms(code)          → string[] printed under the code itself (not inherited)
//   k.inclusionEntries()            → iterable of [dotted code, inclusion terms] for every code that has them
//   k.includes(code), k.notes(code) → string[] of the code and its ancestors
//   k.sevenChr(code)                → { chars, placeholder, baseLength } | undefined for codes taking a 7th character
//   k.indexTerms()                  → iterable of IndexTerm (every Index main term and subterm, document order)
// A note line without a code reference in parentheses ("underlying disease, such as:") is returned as a
// CodeRef whose `ranges` is empty, so callers see the instruction text without a false match.
// A malformed code has no notes: lookups return empty / false / undefined and never throw.
// Codes added after FY2023 have no notes of their own: the lookups walk up to the nearest ancestor
// that has them, which is how the build reconciles FY2023 notes with the configured year.
import { findDataDir } from '../dataDir';
import { processSingleton } from '../processStore';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { ConfigError } from '../../errors';
import { isWellFormedCode, toDotless, toDotted } from './codeFormat';

/** One referenced code or range: dotless `from`…`to` as prefixes, plus an optional character constraint. */
export interface CodeRange {
  from: string;
  to: string;
  /**
   * "sub:42": characters after the category start with 42 ("E08-E13 with .42"); "pos:4,5=5": dotless
   * index 4 or 5 is "5" ("T36-T50 with fifth or sixth character 5"); "end:23": the code ends in 23.
   */
  constraint?: string;
}

export interface CodeRef {
  /** The note line as printed. */
  note: string;
  /** Codes and ranges parsed from the note's parentheses (empty when it names none). */
  ranges: CodeRange[];
  /** Where the note is printed: a code ("E11"), a block ("E08-E13") or a chapter ("chapter 4"). */
  source: string;
}

export interface SevenChr {
  /** 7th character → meaning ("A" → "initial encounter for closed fracture"). */
  chars: Record<string, string>;
  /** True when the code is shorter than six characters, so X fills up to the 6th before the 7th. */
  placeholder: boolean;
  /** Dotless length of the code before placeholders and the 7th character. */
  baseLength: number;
}

export interface IndexTerm {
  /** Main term then each subterm title, as printed ("Hypertension, hypertensive", "with", "heart failure"). */
  path: string[];
  /** Dotted code, or a header ending in "-" when the Index requires more characters; absent for see-only terms. */
  code?: string;
  /** The bracketed manifestation code printed after `code` ("E11.36 [H28]"), reported second. */
  manifestation?: string;
  /** Nonessential modifiers of this term (the parenthesised words that do not change the code). */
  nonessential: string[];
  see?: string;
  seeAlso?: string;
}

export interface Knowledge {
  readonly fiscalYear: number;
  /** Milliseconds spent reading, checking and parsing the file (for benchmarks). */
  readonly loadMs: number;
  excludes1(code: string): CodeRef[];
  excludes1Conflict(a: string, b: string): boolean;
  excludes2(code: string): CodeRef[];
  codeFirst(code: string): CodeRef[];
  useAdditional(code: string): CodeRef[];
  codeAlso(code: string): CodeRef[];
  inclusionTerms(code: string): string[];
  inclusionEntries(): Iterable<[code: string, terms: string[]]>;
  includes(code: string): string[];
  notes(code: string): string[];
  sevenChr(code: string): SevenChr | undefined;
  indexTerms(): Iterable<IndexTerm>;
}

/** Dotless form of a code, accepting the Index's trailing "-" ("I11.-": more characters required). */
function bareCode(code: string): string {
  return toDotless(code.trim().replace(/\.?-$/, ''));
}

/**
 * tryBare's answer per spelling (null: malformed): the guideline rules and the validator ask the notes of the same
 * codes for every pair they compare. Code-sized spellings only, and started over past a bound.
 */
const bareBySpelling = new Map<string, string | null>();
const MAX_REMEMBERED_SPELLINGS = 50_000;
const MAX_REMEMBERED_SPELLING_CHARS = 12;

/** bareCode, or undefined for a malformed code: a lookup never throws on a bad candidate (it has no notes). */
function tryBare(code: string): string | undefined {
  if (typeof code !== 'string') return undefined;
  let bare = bareBySpelling.get(code);
  if (bare === undefined) {
    bare = isWellFormedCode(code.trim().replace(/\.?-$/, '')) ? bareCode(code) : null;
    if (code.length <= MAX_REMEMBERED_SPELLING_CHARS) {
      if (bareBySpelling.size >= MAX_REMEMBERED_SPELLINGS) bareBySpelling.clear();
      bareBySpelling.set(code, bare);
    }
  }
  return bare ?? undefined;
}

/** Placeholder-X rule: pads a code to six characters with X and appends the 7th character. */
export function withSeventhCharacter(code: string, char: string): string {
  let bare = bareCode(code);
  while (bare.length < 6) bare += 'X';
  return toDotted(bare + char);
}

type RawRef = [string, string?, string?];
type RawNote = [string, RawRef[]?];
interface RawNotes {
  inc?: string[];
  incl?: string[];
  n?: string[];
  ex1?: RawNote[];
  ex2?: RawNote[];
  cf?: RawNote[];
  ua?: RawNote[];
  ca?: RawNote[];
}
interface RawKb {
  format: number;
  fiscalYear: number;
  chapters: Array<{ chapter: number; from: string; to: string; notes: RawNotes }>;
  sections: Array<{ range: string; from: string; to: string; notes: RawNotes }>;
  notes: Record<string, RawNotes>;
  sevenChr: Record<string, Record<string, string>>;
  /** [parent, level, title, nemod?, code?, manif?, see?, seeAlso?] */
  index: Array<[number, number, string, string[]?, string?, string?, string?, string?]>;
}
interface KbManifest {
  format: number;
  defaultFiscalYear: number;
  years: Array<{ fiscalYear: number; file: string; sha256: string }>;
}

const SUPPORTED_FORMAT = 1;
const cache = processSingleton('icd10.knowledge', () => new Map<string, Knowledge>());

/** data/icd10kb, found by walking up from this module (works from src/ under jest and from dist/). */
export function defaultKnowledgeDir(): string {
  const dir = findDataDir('icd10kb', 'manifest.json', __dirname);
  if (dir) return dir;
  throw new ConfigError('ICD-10-CM knowledge base not found: expected data/icd10kb/manifest.json (run scripts/build-icd10-kb.js)');
}

export function loadKnowledge(fiscalYear?: number, dataDir = defaultKnowledgeDir()): Knowledge {
  const started = performance.now();
  const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as KbManifest;
  const fy = fiscalYear ?? manifest.defaultFiscalYear;
  const key = `${dataDir}#${fy}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (manifest.format !== SUPPORTED_FORMAT) throw new ConfigError(`data/icd10kb format ${manifest.format} is not supported (expected ${SUPPORTED_FORMAT})`);
  const year = manifest.years.find((y) => y.fiscalYear === fy);
  if (!year) throw new ConfigError(`No ICD-10-CM knowledge base for FY${fy}; available: ${manifest.years.map((y) => y.fiscalYear).join(', ')}`);
  const buf = fs.readFileSync(path.join(dataDir, year.file));
  if (crypto.createHash('sha256').update(buf).digest('hex') !== year.sha256) {
    throw new ConfigError(`data/icd10kb/${year.file} is corrupt: sha256 does not match manifest.json`);
  }
  const raw = JSON.parse(zlib.brotliDecompressSync(buf).toString('utf8')) as RawKb;
  const knowledge = new KnowledgeBase(raw, performance.now() - started);
  cache.set(key, knowledge);
  return knowledge;
}

type RefKind = 'ex1' | 'ex2' | 'cf' | 'ua' | 'ca';
type TextKind = 'inc' | 'incl' | 'n';

class KnowledgeBase implements Knowledge {
  readonly fiscalYear: number;
  private readonly refCache = new Map<string, CodeRef[]>();

  constructor(private readonly raw: RawKb, readonly loadMs: number) {
    this.fiscalYear = raw.fiscalYear;
  }

  excludes1(code: string): CodeRef[] {
    return this.refs(code, 'ex1');
  }

  excludes1Conflict(a: string, b: string): boolean {
    const da = tryBare(a);
    const db = tryBare(b);
    if (!da || !db || da === db) return false;
    return this.names(da, db) || this.names(db, da);
  }

  excludes2(code: string): CodeRef[] {
    return this.refs(code, 'ex2');
  }

  codeFirst(code: string): CodeRef[] {
    return this.refs(code, 'cf');
  }

  useAdditional(code: string): CodeRef[] {
    return this.refs(code, 'ua');
  }

  codeAlso(code: string): CodeRef[] {
    return this.refs(code, 'ca');
  }

  inclusionTerms(code: string): string[] {
    const bare = tryBare(code);
    return bare ? [...(this.raw.notes[bare]?.inc ?? [])] : [];
  }

  *inclusionEntries(): Iterable<[code: string, terms: string[]]> {
    for (const [code, notes] of Object.entries(this.raw.notes)) if (notes.inc) yield [toDotted(code), [...notes.inc]];
  }

  includes(code: string): string[] {
    return this.texts(code, 'incl');
  }

  notes(code: string): string[] {
    return this.texts(code, 'n');
  }

  sevenChr(code: string): SevenChr | undefined {
    let bare = tryBare(code);
    if (!bare) return undefined;
    // A complete 7-character code: the definition is looked up on its base, placeholders removed.
    if (bare.length === 7) bare = bare.slice(0, 6);
    const base = bare.replace(/X+$/, '');
    for (let n = base.length; n >= 3; n--) {
      const chars = this.raw.sevenChr[base.slice(0, n)];
      if (chars) return { chars: { ...chars }, placeholder: base.length < 6, baseLength: base.length };
    }
    return undefined;
  }

  indexTerms(): Iterable<IndexTerm> {
    let terms = this.indexTermList?.deref();
    if (!terms) this.indexTermList = new WeakRef((terms = this.buildIndexTerms()));
    return terms;
  }

  /**
   * The Index terms, shared while anyone still reads them: the lexicon build and four guideline rules each walk
   * the whole Index once, all during a process's first note, and rebuilding 81,000 paths for each cost a tenth
   * of a CPU-second of start-up. Weakly held, so the 10 MB go once those indexes are built: a WeakRef read in a
   * synchronous job keeps its target to the job's end, and a later walk after a collection rebuilds the same
   * terms. Frozen, since every reader shares them.
   */
  private indexTermList?: WeakRef<readonly IndexTerm[]>;

  private buildIndexTerms(): readonly IndexTerm[] {
    const rows = this.raw.index;
    const terms: IndexTerm[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const [parent, , title, nemod = [], code, manif, see, seeAlso] = rows[i];
      const path = Object.freeze(parent >= 0 ? [...terms[parent].path, title] : [title]) as string[];
      const term: IndexTerm = { path, nonessential: Object.freeze(nemod) as string[] };
      if (code) term.code = code;
      if (manif) term.manifestation = manif;
      if (see) term.see = see;
      if (seeAlso) term.seeAlso = seeAlso;
      terms[i] = Object.freeze(term);
    }
    return Object.freeze(terms);
  }

  /** True when an Excludes1 note at or above `code` names `other`. */
  private names(code: string, other: string): boolean {
    for (const ref of this.refs(code, 'ex1')) {
      for (const range of ref.ranges) {
        // A note naming the code's own family ("E11" under E11.9) is not a pair of distinct conditions.
        if (inRange(code, range)) continue;
        if (inRange(other, range)) return true;
      }
    }
    return false;
  }

  /** Notes of a kind from the code, each ancestor up to its category, then its block and chapter. */
  private refs(code: string, kind: RefKind): CodeRef[] {
    const bare = tryBare(code);
    if (!bare) return [];
    const key = `${kind}:${bare}`;
    const cached = this.refCache.get(key);
    if (cached) return [...cached];
    const out: CodeRef[] = [];
    const add = (notes: RawNotes | undefined, source: string) => {
      for (const [note, refs = []] of notes?.[kind] ?? []) {
        out.push({ note, source, ranges: refs.map(([from, to = from, constraint]) => (constraint ? { from, to, constraint } : { from, to })) });
      }
    };
    for (let n = Math.min(bare.length, 7); n >= 3; n--) add(this.raw.notes[bare.slice(0, n)], toDotted(bare.slice(0, n)));
    const category = bare.slice(0, 3);
    const section = this.raw.sections.find((s) => s.from <= category && category <= s.to);
    if (section) add(section.notes, section.range);
    const chapter = this.raw.chapters.find((c) => c.from <= category && category <= c.to);
    if (chapter) add(chapter.notes, `chapter ${chapter.chapter}`);
    this.refCache.set(key, out);
    return [...out];
  }

  private texts(code: string, kind: TextKind): string[] {
    const bare = tryBare(code);
    const out: string[] = [];
    if (!bare) return out;
    for (let n = Math.min(bare.length, 7); n >= 3; n--) out.push(...(this.raw.notes[bare.slice(0, n)]?.[kind] ?? []));
    return out;
  }
}

/** Whether a dotless code falls in a referenced code or range (prefix semantics, as the Tabular prints them). */
export function inRange(code: string, range: CodeRange): boolean {
  const bare = tryBare(code);
  if (!bare) return false;
  if (range.from === range.to) {
    if (!bare.startsWith(range.from)) return false;
  } else if (bare.slice(0, range.from.length) < range.from || bare.slice(0, range.to.length) > range.to) {
    return false;
  }
  if (!range.constraint) return true;
  const sub = /^sub:([\w|]+)$/.exec(range.constraint);
  if (sub) return sub[1].split('|').some((s) => bare.slice(3).startsWith(s));
  const end = /^end:(\w+)$/.exec(range.constraint);
  if (end) return bare.replace(/X+$/, '').endsWith(end[1]);
  // "pos:4,5=1234": the character at one of the (dotless, 0-based) positions is one of those listed.
  const pos = /^pos:([\d,]+)=(\w+)$/.exec(range.constraint);
  return pos ? pos[1].split(',').some((i) => bare[Number(i)] !== undefined && pos[2].includes(bare[Number(i)])) : false;
}
