// Unit: the lexicon cache's file handling: a corrupt, truncated or foreign cache file is never read, a file anyone
// but this OS user could have written is never trusted, and the key follows what the term list depends on. That a cached lexicon equals one built from the sources (and that an
// unwritable directory only costs speed) needs the whole lexicon built: lexiconCache.corpus.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compactLexiconFile, lexiconCacheKey, readCompactLexicon, untrustedReason, writeCompactLexicon, type CompactLexicon } from '../../../src/engine/coding/lexiconCache';
import { lexiconCacheName } from '../../../src/engine/coding/lexicon';
import { loadCodeSet, loadKnowledge, readManifest } from '../../../src/engine/icd10';
import { useTempCacheDir } from '../../helpers/tempCacheDir';
import { defaultLexiconCacheFile } from '../../helpers/unitGlobalSetup';

/** Two terms, "type 2 diabetes" (E11.9) and "diabetic nephropathy" (E11.21 with N08 as its manifestation), in the cache's columns. */
function tiny(): CompactLexicon {
  const i = (xs: number[]) => Int32Array.from(xs);
  return {
    words: ['type', '2', 'diabetes', 'diabetic', 'nephropathy'], codes: ['E11.9', 'E11.21', 'N08'],
    phrases: 'type 2 diabetesdiabetic nephropathy', skippedSynonyms: ['Z99.99'], neoplasmSites: [['liver', 'C22.9', 0]],
    code: i([0, 1]), manifestation: i([-1, 2]), penalty: i([0, 1]), flags: i([0, 6]), anchorAt: i([1, 4]),
    phraseEnd: i([15, 35]), tokenEnd: i([3, 5]), tokenIds: i([0, 1, 2, 3, 4]),
  };
}

describe('lexicon cache', () => {
  const cache = useTempCacheDir();

  it('reads back every column it wrote, and ignores a corrupt, truncated or foreign file', () => {
    const dir = cache.dir();
    const key = lexiconCacheKey(['x']);
    const file = path.join(dir, `lexicon-t-${key}.bin`);
    fs.writeFileSync(file, 'not a lexicon');
    expect(readCompactLexicon('t', key, dir)).toBeUndefined();
    writeCompactLexicon('t', key, tiny(), dir);
    const back = readCompactLexicon('t', key, dir)!;
    const plain = (lx: CompactLexicon) => Object.fromEntries(Object.entries(lx).map(([k, v]) => [k, v instanceof Int32Array ? [...v] : v]));
    expect(plain(back)).toEqual(plain(tiny()));
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 4));
    expect(readCompactLexicon('t', key, dir)).toBeUndefined();
    fs.writeFileSync(file, bytes);
    const other = lexiconCacheKey(['y']);
    fs.renameSync(file, path.join(dir, `lexicon-t-${other}.bin`));
    expect(readCompactLexicon('t', other, dir)).toBeUndefined();
  });

  it('writes the file 0600 in a directory it makes 0700, leaving no temporary file', () => {
    const dir = cache.dir();
    const sub = path.join(dir, 'made');
    const key = lexiconCacheKey(['x']);
    writeCompactLexicon('t', key, tiny(), sub);
    expect(fs.statSync(sub).mode & 0o777).toBe(0o700);
    expect(fs.readdirSync(sub)).toEqual([`lexicon-t-${key}.bin`]);
    expect(fs.statSync(path.join(sub, `lexicon-t-${key}.bin`)).mode & 0o777).toBe(0o600);
  });

  it('refuses a file whose content hash does not match (a flipped bit in the columns)', () => {
    const dir = cache.dir();
    const key = lexiconCacheKey(['x']);
    writeCompactLexicon('t', key, tiny(), dir);
    const file = path.join(dir, `lexicon-t-${key}.bin`);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 40] ^= 1; // inside tokenIds: same length and header, different lexicon
    fs.writeFileSync(file, bytes);
    expect(readCompactLexicon('t', key, dir)).toBeUndefined();
  });

  it('refuses a cache file that is a symlink, even to a valid cache file', () => {
    const dir = cache.dir();
    const key = lexiconCacheKey(['x']);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-lexcache-src-'));
    try {
      writeCompactLexicon('t', key, tiny(), elsewhere);
      expect(readCompactLexicon('t', key, elsewhere)).toBeDefined();
      fs.symlinkSync(path.join(elsewhere, `lexicon-t-${key}.bin`), path.join(dir, `lexicon-t-${key}.bin`));
      expect(readCompactLexicon('t', key, dir)).toBeUndefined();
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('refuses a cache directory that is a symlink, and writes nothing through it', () => {
    const dir = cache.dir();
    const key = lexiconCacheKey(['x']);
    const real = path.join(dir, 'real');
    writeCompactLexicon('t', key, tiny(), real);
    const link = path.join(dir, 'link');
    fs.symlinkSync(real, link);
    expect(readCompactLexicon('t', key, link)).toBeUndefined();
    fs.rmSync(path.join(real, `lexicon-t-${key}.bin`));
    writeCompactLexicon('t', key, tiny(), link);
    expect(fs.readdirSync(real)).toEqual([]);
  });

  it('refuses a group- or world-writable file or directory (anyone could have replaced it)', () => {
    const dir = cache.dir();
    const key = lexiconCacheKey(['x']);
    const file = path.join(dir, `lexicon-t-${key}.bin`);
    writeCompactLexicon('t', key, tiny(), dir);
    expect(readCompactLexicon('t', key, dir)).toBeDefined();
    for (const mode of [0o620, 0o602]) {
      fs.chmodSync(file, mode);
      expect(readCompactLexicon('t', key, dir)).toBeUndefined();
    }
    fs.chmodSync(file, 0o600);
    fs.chmodSync(dir, 0o777);
    expect(readCompactLexicon('t', key, dir)).toBeUndefined();
    fs.rmSync(file);
    writeCompactLexicon('t', key, tiny(), dir); // no file written into a directory the reader refuses
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.chmodSync(dir, 0o700);
  });

  it('refuses a file owned by another OS user', () => {
    const dir = cache.dir();
    const key = lexiconCacheKey(['x']);
    writeCompactLexicon('t', key, tiny(), dir);
    const me = process.getuid!();
    expect(readCompactLexicon('t', key, dir, me)).toBeDefined();
    // The file (and directory) are this user's: read as if the process were another user, they are foreign.
    expect(readCompactLexicon('t', key, dir, me + 1)).toBeUndefined();
    const st = fs.statSync(path.join(dir, `lexicon-t-${key}.bin`));
    expect(untrustedReason(st, 'file', me + 1)).toBe('owned by another user');
    expect(untrustedReason(st, 'file', me)).toBeUndefined();
  });

  it('a new build replaces the stale files of its scope, term lists of the old format included', () => {
    const dir = cache.dir();
    const old = path.join(dir, `lexicon-t-${lexiconCacheKey(['old'])}.json`);
    fs.writeFileSync(old, '{}');
    writeCompactLexicon('t', lexiconCacheKey(['new']), tiny(), dir);
    expect(fs.readdirSync(dir)).toEqual([`lexicon-t-${lexiconCacheKey(['new'])}.bin`]);
  });

  it('names one file per scope and key: the one a write creates', () => {
    const dir = cache.dir();
    const key = lexiconCacheKey(['x']);
    writeCompactLexicon('t', key, tiny(), dir);
    expect(fs.readdirSync(dir).map((f) => path.join(dir, f))).toEqual([compactLexiconFile('t', key, dir)]);
  });

  it('the test warm-up asks for the file buildLexicon reads for the default code set and knowledge base', () => {
    // Spelled apart, the warm-up's name went stale once (.json beside the cache's .bin): it found no file and built
    // the coder again before every test run. Both now take the name from the cache; this holds their key and scope together.
    const fiscalYear = readManifest().defaultFiscalYear;
    const { scope, key } = lexiconCacheName(loadCodeSet(fiscalYear), loadKnowledge(fiscalYear));
    expect(defaultLexiconCacheFile()).toBe(compactLexiconFile(scope, key));
    expect(path.dirname(defaultLexiconCacheFile()!)).toBe(cache.dir());
  });

  it('the key depends on what the term list depends on', () => {
    expect(lexiconCacheKey(['ICD-10-CM FY2027'])).toBe(lexiconCacheKey(['ICD-10-CM FY2027']));
    expect(lexiconCacheKey(['ICD-10-CM FY2027'])).not.toBe(lexiconCacheKey(['ICD-10-CM FY2026']));
  });
});
