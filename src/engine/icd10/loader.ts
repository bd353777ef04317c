// Owns loading the vendored, compressed ICD-10-CM tables from data/icd10cm (manifest-driven, so a
// new fiscal year is a data-only change) and caching one CodeSet per fiscal year per process.
import { findDataDir } from '../dataDir';
import { processSingleton } from '../processStore';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { ConfigError } from '../../errors';
import { CodeSet, tabularRows, type Block, type Chapter, type CodeSetData } from './codeSet';

export interface ManifestYear {
  fiscalYear: number;
  effectiveFrom: string;
  effectiveTo: string;
  file: string;
  sha256: string;
  rows: number;
  billable: number;
}

export interface Icd10Manifest {
  defaultFiscalYear: number;
  years: ManifestYear[];
  hierarchy: { file: string; sha256: string };
}

const cache = new Map<string, CodeSet>();
/**
 * The parsed tables per data dir and year, once per process (processStore.ts: also across a Jest worker's
 * test files). Each evaluation of this module builds its own CodeSet from them, so the errors a code set
 * throws are always this evaluation's classes (instanceof holds).
 */
const parsedTables = processSingleton('icd10.codeSetData', () => new Map<string, CodeSetData>());
const sourceOf = new WeakMap<CodeSet, CodeSetData>();

/**
 * The parsed tables a code set from loadCodeSet was built from: one object per data dir and year in the
 * process, so data derived from a loaded code set (the coding lexicon) can be kept once per process under it.
 * Undefined for a code set built any other way.
 */
export function loadedSourceOf(codeSet: CodeSet): object | undefined {
  return sourceOf.get(codeSet);
}

/** A cache of values derived from a code set (codeSetCache): get and set by code set. */
export interface CodeSetCache<T> {
  get(codeSet: CodeSet): T | undefined;
  set(codeSet: CodeSet, value: T): void;
}

/**
 * A cache by code set for a value that is a pure function of its tables (and the knowledge base of its fiscal
 * year), read only once built: an index a guideline rule draws from the Index. For a code set from loadCodeSet it
 * is kept under the loaded tables (loadedSourceOf), once per process (processStore.ts: also across a Jest worker's
 * test files, whose engines each build their own CodeSet); any other code set keeps its own. `name` is unique.
 */
export function codeSetCache<T>(name: string): CodeSetCache<T> {
  const shared = processSingleton(`icd10.codeSetCache.${name}`, () => new WeakMap<object, T>());
  const own = new WeakMap<CodeSet, T>();
  return {
    get: (codeSet) => {
      const source = loadedSourceOf(codeSet);
      return source ? shared.get(source) : own.get(codeSet);
    },
    set: (codeSet, value) => {
      const source = loadedSourceOf(codeSet);
      if (source) shared.set(source, value);
      else own.set(codeSet, value);
    },
  };
}

/** data/icd10cm, found by walking up from this module (works from src/ under jest and from dist/). */
export function defaultIcd10DataDir(): string {
  const dir = findDataDir('icd10cm', 'manifest.json', __dirname);
  if (!dir) throw new ConfigError('ICD-10-CM data not found: expected data/icd10cm/manifest.json in the project');
  return dir;
}

export function readManifest(dataDir = defaultIcd10DataDir()): Icd10Manifest {
  return JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as Icd10Manifest;
}

export function availableFiscalYears(dataDir = defaultIcd10DataDir()): number[] {
  return readManifest(dataDir).years.map((y) => y.fiscalYear).sort();
}

/** The fiscal year whose code set was in force on a date (ICD-10-CM years start on 1 October). */
export function fiscalYearForDate(date: Date, dataDir = defaultIcd10DataDir()): number {
  const day = date.toISOString().slice(0, 10);
  const year = readManifest(dataDir).years.find((y) => y.effectiveFrom <= day && day <= y.effectiveTo);
  if (!year) throw new ConfigError(`No vendored ICD-10-CM fiscal year covers ${day}`);
  return year.fiscalYear;
}

function readVerified(dataDir: string, file: string, sha256: string): Buffer {
  const buf = fs.readFileSync(path.join(dataDir, file));
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== sha256) throw new ConfigError(`data/icd10cm/${file} is corrupt: sha256 does not match manifest.json`);
  return zlib.brotliDecompressSync(buf);
}

/** Loads (once per process) the code set of a fiscal year; defaults to the manifest's default year. */
export function loadCodeSet(fiscalYear?: number, dataDir = defaultIcd10DataDir()): CodeSet {
  const manifest = readManifest(dataDir);
  const fy = fiscalYear ?? manifest.defaultFiscalYear;
  const key = `${dataDir}#${fy}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const data = parsedTables.get(key) ?? parseTables(dataDir, manifest, fy);
  parsedTables.set(key, data);
  const codeSet = new CodeSet(data);
  sourceOf.set(codeSet, data);
  cache.set(key, codeSet);
  return codeSet;
}

function parseTables(dataDir: string, manifest: Icd10Manifest, fy: number): CodeSetData {
  const year = manifest.years.find((y) => y.fiscalYear === fy);
  if (!year) {
    throw new ConfigError(`ICD-10-CM fiscal year ${fy} is not vendored; available: ${manifest.years.map((y) => y.fiscalYear).join(', ')}`);
  }
  const rows = tabularRows(readVerified(dataDir, year.file, year.sha256).toString('utf8'));
  const hierarchy = JSON.parse(readVerified(dataDir, manifest.hierarchy.file, manifest.hierarchy.sha256).toString('utf8')) as {
    chapters: Chapter[];
    sections: Block[];
    categories: CodeSetData['categories'];
  };
  return {
    fiscalYear: fy,
    effectiveFrom: year.effectiveFrom,
    effectiveTo: year.effectiveTo,
    rows,
    chapters: hierarchy.chapters,
    blocks: hierarchy.sections,
    categories: hierarchy.categories,
  };
}
