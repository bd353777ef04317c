// Owns the on-disk cache of the coding lexicon's term list. Building it from the code set, the Index and the
// curated list costs over a second of CPU per process; the list is a pure function of the vendored data and
// of this engine's source, so it is stored once under the package's node_modules/.cache (or
// CHARTCODER_CACHE_DIR), keyed by a hash of both, and re-read in a fraction of that. Any doubt (missing,
// unreadable, other key) means rebuild: the cache can make start-up fast, never the lexicon different.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultIcd10DataDir, defaultKnowledgeDir } from '../icd10';
import { defaultIndexDir } from './neoplasms';

/** Bumped when the row layout below changes. */
const FORMAT = 1;

/** One lexicon term before indexing: [code, phrase, tokens joined by spaces, source initial, penalty, contiguous, manifestation]. */
export type TermRow = [code: string, phrase: string, tokens: string, source: 'd' | 's' | 'i', penalty: number, contiguous: 0 | 1, manifestation: string | 0];

export interface CachedTerms {
  rows: TermRow[];
  skippedSynonyms: string[];
  /** Neoplasm Table sites: [phrase, malignant code or 0, benign code or 0]. */
  neoplasmSites: Array<[phrase: string, malignant: string | 0, benign: string | 0]>;
}

/** Source files whose change can change the term list: the coding and code-set modules (.ts under Jest, .js built). */
const SOURCE_DIRS = [__dirname, path.resolve(__dirname, '../icd10')];

export function lexiconCacheKey(parts: readonly string[]): string {
  const h = crypto.createHash('sha256');
  h.update(`format ${FORMAT}\0`);
  for (const p of parts) h.update(p).update('\0');
  for (const dir of [defaultIcd10DataDir(), defaultKnowledgeDir()]) h.update(readOrEmpty(path.join(dir, 'manifest.json')));
  const neoplasmDir = defaultIndexDir();
  if (neoplasmDir) h.update(readOrEmpty(path.join(neoplasmDir, 'neoplasm.tsv.br')));
  for (const dir of SOURCE_DIRS) {
    for (const f of safeList(dir).filter((n) => /\.(ts|js)$/.test(n) && !n.endsWith('.d.ts')).sort()) h.update(f).update(readOrEmpty(path.join(dir, f)));
  }
  return h.digest('hex').slice(0, 32);
}

export function cacheDir(): string | undefined {
  const configured = process.env.CHARTCODER_CACHE_DIR;
  if (configured) return configured;
  const root = packageRoot();
  return root ? path.join(root, 'node_modules', '.cache', 'chartcoder') : undefined;
}

export function readCachedTerms(scope: string, key: string, dir = cacheDir()): CachedTerms | undefined {
  if (!dir) return undefined;
  try {
    // Plain JSON: reading 8 MB costs less CPU than inflating 1.4 MB.
    const parsed = JSON.parse(fs.readFileSync(path.join(dir, fileName(scope, key)), 'utf8')) as { key?: string } & CachedTerms;
    return parsed.key === key && Array.isArray(parsed.rows) && Array.isArray(parsed.skippedSynonyms) && Array.isArray(parsed.neoplasmSites) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Writes atomically (temporary file, then rename) so concurrent processes never read half a file. */
export function writeCachedTerms(scope: string, key: string, terms: CachedTerms, dir = cacheDir()): void {
  if (!dir) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, fileName(scope, key));
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ key, ...terms }));
    fs.renameSync(tmp, file);
    // Other keys of the same scope (fiscal year) are stale builds of this package: keep the directory from growing.
    const stale = new RegExp(`^lexicon-${scope}-[0-9a-f]+\\.json$`);
    for (const f of safeList(dir)) if (stale.test(f) && f !== path.basename(file)) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // A read-only install runs without the cache: slower start, same lexicon.
  }
}

/** `scope` names what one file serves (a fiscal year): letters, digits and dashes only. */
function fileName(scope: string, key: string): string {
  if (!/^[a-z0-9-]{1,40}$/.test(scope)) throw new Error('lexicon cache scope must be lower-case letters, digits or dashes');
  return `lexicon-${scope}-${key}.json`;
}

function packageRoot(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'node_modules'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function readOrEmpty(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
