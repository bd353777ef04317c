// Unit: the lexicon term cache's file handling: a corrupt or foreign cache file is never read, and the key
// follows what the term list depends on. That a cached lexicon equals one built from the sources (and that an
// unwritable directory only costs speed) needs the whole lexicon built: lexiconCache.corpus.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lexiconCacheKey, readCachedTerms, writeCachedTerms } from '../../../src/engine/coding/lexiconCache';

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

  it('ignores a corrupt file and a file written for another key', () => {
    const key = lexiconCacheKey(['x']);
    fs.writeFileSync(path.join(dir, `lexicon-t-${key}.json`), '{"key": "' + key + '", "rows": [tru');
    expect(readCachedTerms('t', key, dir)).toBeUndefined();
    writeCachedTerms('t', key, { rows: [['E11.9', 'diabetes', 'diabetes', 'd', 0, 0, 0]], skippedSynonyms: [], neoplasmSites: [] }, dir);
    expect(readCachedTerms('t', key, dir)?.rows).toHaveLength(1);
    const other = lexiconCacheKey(['y']);
    fs.renameSync(path.join(dir, `lexicon-t-${key}.json`), path.join(dir, `lexicon-t-${other}.json`));
    expect(readCachedTerms('t', other, dir)).toBeUndefined();
  });

  it('the key depends on what the term list depends on', () => {
    expect(lexiconCacheKey(['ICD-10-CM FY2027'])).toBe(lexiconCacheKey(['ICD-10-CM FY2027']));
    expect(lexiconCacheKey(['ICD-10-CM FY2027'])).not.toBe(lexiconCacheKey(['ICD-10-CM FY2026']));
  });
});
