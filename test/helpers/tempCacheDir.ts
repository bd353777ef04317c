// A fresh CHARTCODER_CACHE_DIR for each test of a describe block (the lexicon cache tests), the variable put back
// and the directory removed after each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Registers the beforeEach/afterEach. `dir()` is the current test's directory; `restoreEnv()` puts the process's
 * own CHARTCODER_CACHE_DIR back early, for a test that wants the process's cache.
 */
export function useTempCacheDir(prefix = 'cc-lexcache-'): { dir: () => string; restoreEnv: () => void } {
  let dir = '';
  const saved = process.env.CHARTCODER_CACHE_DIR;
  const restoreEnv = () => {
    if (saved === undefined) delete process.env.CHARTCODER_CACHE_DIR;
    else process.env.CHARTCODER_CACHE_DIR = saved;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    process.env.CHARTCODER_CACHE_DIR = dir;
  });
  afterEach(() => {
    restoreEnv();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir: () => dir, restoreEnv };
}
