// Owns the on-disk cache of the coding lexicon, stored assembled: token ids, anchors and term fields as one
// Int32Array beside the words, codes and phrases, so start-up neither rebuilds the term list (over a second of
// CPU) nor re-splits and re-indexes 138k term rows (a third of a second and most of start-up's garbage). The
// lexicon is a pure function of the vendored data and of this engine's source, so the file lives under the
// package's node_modules/.cache (or CHARTCODER_CACHE_DIR), named by a hash of both, and can never be stale.
// Any doubt (missing, unreadable, truncated, other key, content hash off) means rebuild: the cache can make
// start-up fast, never the lexicon different. The file is code-set data the coder trusts, so only a file this OS
// user wrote is read: a symlink, a file or directory owned by someone else or writable by group/world (anyone
// who could have swapped it) is ignored and rebuilt. It is written 0600 (in a directory made 0700), atomically.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultIcd10DataDir, defaultKnowledgeDir } from '../icd10';
import { defaultIndexDir } from './neoplasms';

/** Bumped when the layout below changes. */
const FORMAT = 3;

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

/**
 * The assembled lexicon in columns. Term r: code codes[code[r]], manifestation codes[manifestation[r]] (or -1),
 * penalty, flags (bits 0-1 the source: 0 description, 1 synonym, 2 index; bit 2 contiguous), phrase
 * phrases[phraseEnd[r - 1] .. phraseEnd[r]), tokens tokenIds[tokenEnd[r - 1] .. tokenEnd[r]) in the term's
 * order, anchor tokenIds[anchorAt[r]].
 */
export interface CompactLexicon {
  words: string[];
  codes: string[];
  phrases: string;
  skippedSynonyms: string[];
  neoplasmSites: CachedTerms['neoplasmSites'];
  code: Int32Array;
  manifestation: Int32Array;
  penalty: Int32Array;
  flags: Int32Array;
  anchorAt: Int32Array;
  phraseEnd: Int32Array;
  tokenEnd: Int32Array;
  tokenIds: Int32Array;
}

/** Per-term columns, in file order. */
const COLUMNS = ['code', 'manifestation', 'penalty', 'flags', 'anchorAt', 'phraseEnd', 'tokenEnd'] as const;
const MAGIC = 0x584c4343; // "CCLX"

/** Bytes of the SHA-256 of everything before it, at the end of the file. */
const DIGEST_BYTES = 32;

/**
 * Why a cache file or directory cannot be trusted, or undefined if it can: it must be what it claims (a real
 * directory or regular file, never a symlink: `st` is from lstat or from fstat of a file opened without following
 * links), owned by the reading user, and writable by nobody else. `uid` undefined (Windows) skips the owner checks.
 */
export function untrustedReason(st: fs.Stats, kind: 'file' | 'dir', uid: number | undefined): string | undefined {
  if (st.isSymbolicLink()) return 'symlink';
  if (kind === 'file' ? !st.isFile() : !st.isDirectory()) return `not a ${kind}`;
  if (uid !== undefined && st.uid !== uid) return 'owned by another user';
  if (uid !== undefined && (st.mode & 0o022) !== 0) return 'writable by group or others';
  return undefined;
}

/** The reading process's OS user, undefined where there is none (Windows). */
function processUid(): number | undefined {
  return typeof process.getuid === 'function' ? process.getuid() : undefined;
}

/** `uid` is the user the file must belong to (the process's own; a test names another to stand for a foreign file). */
export function readCompactLexicon(scope: string, key: string, dir = cacheDir(), uid = processUid()): CompactLexicon | undefined {
  if (!dir) return undefined;
  let fd: number | undefined;
  try {
    if (untrustedReason(fs.lstatSync(dir), 'dir', uid)) return undefined;
    // O_NOFOLLOW: a symlink planted under the file's name fails the open instead of being followed.
    fd = fs.openSync(path.join(dir, fileName(scope, key)), fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    if (untrustedReason(fs.fstatSync(fd), 'file', uid)) return undefined;
    const buf = fs.readFileSync(fd);
    if (buf.length < 8 + DIGEST_BYTES || buf.readUInt32LE(0) !== MAGIC) return undefined;
    const body = buf.length - DIGEST_BYTES;
    if (!crypto.createHash('sha256').update(buf.subarray(0, body)).digest().equals(buf.subarray(body))) return undefined;
    const headerBytes = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + headerBytes)) as {
      key?: string; terms: number; tokens: number; words: string[]; codes: string[]; phrases: string;
      skippedSynonyms: string[]; neoplasmSites: CachedTerms['neoplasmSites'];
    };
    if (header.key !== key) return undefined;
    const at = align4(8 + headerBytes);
    const ints = header.terms * COLUMNS.length + header.tokens;
    if (body !== at + ints * 4) return undefined;
    // A fresh read buffer starts at offset 0 of its own memory; copy only if it ever does not.
    const data = (buf.byteOffset + at) % 4 === 0 ? new Int32Array(buf.buffer, buf.byteOffset + at, ints) : new Int32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + ints * 4));
    const cols = {} as Record<(typeof COLUMNS)[number], Int32Array>;
    COLUMNS.forEach((c, i) => { cols[c] = data.subarray(i * header.terms, (i + 1) * header.terms); });
    return {
      words: header.words, codes: header.codes, phrases: header.phrases, skippedSynonyms: header.skippedSynonyms,
      neoplasmSites: header.neoplasmSites, ...cols, tokenIds: data.subarray(COLUMNS.length * header.terms),
    };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Writes atomically (temporary file, then rename) so concurrent processes never read half a file; the file is
 * 0600, in a directory made 0700 (or an existing one only its owner can write). Any other directory gets no cache.
 */
export function writeCompactLexicon(scope: string, key: string, lx: CompactLexicon, dir = cacheDir()): void {
  if (!dir) return;
  let tmp: string | undefined;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // A directory that already existed is never chmod-ed (CHARTCODER_CACHE_DIR may name a shared one such as
    // /tmp): one the reader would refuse gets no file either.
    if (untrustedReason(fs.lstatSync(dir), 'dir', processUid())) return;
    const file = path.join(dir, fileName(scope, key));
    tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const terms = lx.code.length;
    const header = Buffer.from(JSON.stringify({
      key, terms, tokens: lx.tokenIds.length, words: lx.words, codes: lx.codes, phrases: lx.phrases,
      skippedSynonyms: lx.skippedSynonyms, neoplasmSites: lx.neoplasmSites,
    }), 'utf8');
    const at = align4(8 + header.length);
    const body = at + (terms * COLUMNS.length + lx.tokenIds.length) * 4;
    const out = Buffer.alloc(body + DIGEST_BYTES);
    out.writeUInt32LE(MAGIC, 0);
    out.writeUInt32LE(header.length, 4);
    header.copy(out, 8);
    let o = at;
    for (const col of [...COLUMNS.map((c) => lx[c]), lx.tokenIds]) {
      for (let i = 0; i < col.length; i++, o += 4) out.writeInt32LE(col[i], o);
    }
    crypto.createHash('sha256').update(out.subarray(0, body)).digest().copy(out, body);
    // 'wx': a new file only (never through a name someone planted), with mode 0600 from its creation.
    fs.writeFileSync(tmp, out, { flag: 'wx', mode: 0o600 });
    fs.renameSync(tmp, file);
    tmp = undefined;
    // Other keys of the same scope (fiscal year), and the term-list files of format 1, are stale builds of this package: keep the directory from growing.
    const stale = new RegExp(`^lexicon-${scope}-[0-9a-f]+\\.(json|bin)$`);
    for (const f of safeList(dir)) if (stale.test(f) && f !== path.basename(file)) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // A read-only install runs without the cache: slower start, same lexicon.
    if (tmp) fs.rm(tmp, { force: true }, () => undefined);
  }
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * The file that holds (or would hold) the lexicon for `scope` and `key` in `dir`, undefined without a cache
 * directory: what a caller that only asks whether the cache is warm checks (test/helpers/unitGlobalSetup.ts).
 */
export function compactLexiconFile(scope: string, key: string, dir = cacheDir()): string | undefined {
  return dir ? path.join(dir, fileName(scope, key)) : undefined;
}

/** `scope` names what one file serves (a fiscal year): letters, digits and dashes only. */
function fileName(scope: string, key: string): string {
  if (!/^[a-z0-9-]{1,40}$/.test(scope)) throw new Error('lexicon cache scope must be lower-case letters, digits or dashes');
  return `lexicon-${scope}-${key}.bin`;
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
