// Unit: the lexicon cache's file handling: a corrupt, truncated or foreign cache file is never read, and the key
// follows what the term list depends on. That a cached lexicon equals one built from the sources (and that an
// unwritable directory only costs speed) needs the whole lexicon built: lexiconCache.corpus.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lexiconCacheKey, readCompactLexicon, writeCompactLexicon, type CompactLexicon } from '../../../src/engine/coding/lexiconCache';

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
  let dir: string;
  const saved = process.env.CHARTCODER_CACHE_DIR;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-lexcache-'));
    process.env.CHARTCODER_CACHE_DIR = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CHARTCODER_CACHE_DIR;
    else process.env.CHARTCODER_CACHE_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads back every column it wrote, and ignores a corrupt, truncated or foreign file', () => {
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

  it('a new build replaces the stale files of its scope, term lists of the old format included', () => {
    const old = path.join(dir, `lexicon-t-${lexiconCacheKey(['old'])}.json`);
    fs.writeFileSync(old, '{}');
    writeCompactLexicon('t', lexiconCacheKey(['new']), tiny(), dir);
    expect(fs.readdirSync(dir)).toEqual([`lexicon-t-${lexiconCacheKey(['new'])}.bin`]);
  });

  it('the key depends on what the term list depends on', () => {
    expect(lexiconCacheKey(['ICD-10-CM FY2027'])).toBe(lexiconCacheKey(['ICD-10-CM FY2027']));
    expect(lexiconCacheKey(['ICD-10-CM FY2027'])).not.toBe(lexiconCacheKey(['ICD-10-CM FY2026']));
  });
});
