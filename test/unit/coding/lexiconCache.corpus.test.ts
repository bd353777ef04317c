// Corpus-scale half of the lexicon cache tests (the unit half is lexiconCache.test.ts): the cache can only make
// start-up faster, never the lexicon different. A lexicon read from the cache equals one built from the sources,
// and an unwritable cache directory only costs speed. Each needs the whole lexicon built from its sources (the
// official Index walk, seconds of CPU), so they run in the `corpus` project (npm test, npm run test:corpus).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCodeSet } from '../../../src/engine/icd10';
import { Coder } from '../../../src/engine/coding';
import { buildLexicon, type Lexicon } from '../../../src/engine/coding/lexicon';
import { useTempCacheDir } from '../../helpers/tempCacheDir';

const codeSet = loadCodeSet(2027);

function fingerprint(lx: Lexicon): string {
  return JSON.stringify([lx.terms.map((t) => [t.code, t.phrase, t.tokens, t.anchor, t.source, t.penalty, [...t.ids], t.contiguous, t.manifestation]), [...lx.neoplasmSites], lx.skippedSynonyms]);
}

/**
 * The lexicon built from the sources with a cache directory that cannot be created (seconds of CPU): nothing
 * is read and the write fails, so it is the sources' lexicon, and it is what "an unwritable directory only
 * costs speed" checks. Built once, compared by every test (two builds from the sources in this file, not three).
 */
let fromSources: { fingerprint: string; created: boolean } | undefined;
function unwritableBuild(): { fingerprint: string; created: boolean } {
  if (fromSources) return fromSources;
  const saved = process.env.CHARTCODER_CACHE_DIR;
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-lexcache-ro-'));
  try {
    const file = path.join(parent, 'not-a-dir');
    fs.writeFileSync(file, '');
    const unwritable = path.join(file, 'sub');
    process.env.CHARTCODER_CACHE_DIR = unwritable;
    fromSources = { fingerprint: fingerprint(buildLexicon(codeSet)), created: fs.existsSync(unwritable) };
    return fromSources;
  } finally {
    if (saved === undefined) delete process.env.CHARTCODER_CACHE_DIR;
    else process.env.CHARTCODER_CACHE_DIR = saved;
    fs.rmSync(parent, { recursive: true, force: true });
  }
}
const builtFromSources = (): string => unwritableBuild().fingerprint;

describe('lexicon cache against the sources', () => {
  const cache = useTempCacheDir();

  it('a lexicon read back from the cache equals the one built from the sources', () => {
    const dir = cache.dir();
    const built = builtFromSources();
    const first = buildLexicon(codeSet); // builds and writes the cache
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('lexicon-'))).toHaveLength(1);
    const cached = buildLexicon(codeSet); // reads it
    expect(fingerprint(first)).toBe(built);
    expect(fingerprint(cached)).toBe(built);
  });

  it('an unwritable cache directory only costs speed', () => {
    // Built without a readable or writable cache: no error, nothing created, and the lexicon the engine's
    // coder uses (read from the process's cache directory, or built and written there).
    const { fingerprint: unwritable, created } = unwritableBuild();
    expect(created).toBe(false);
    cache.restoreEnv();
    expect(fingerprint(new Coder(codeSet).lexicon)).toBe(unwritable);
  });
});
