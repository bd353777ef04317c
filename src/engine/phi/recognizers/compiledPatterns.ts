// Owns the process's one RegExp object per recognizer pattern (source and flags). V8 compiles a regular expression's
// matcher per RegExp object, lazily, on its first executions: a registry built again (an engine with other options,
// each Jest test file's own module registry) compiled every pattern again on the note's first scans, about 38 CPU-ms
// for the unanchored table over five short notes against under 1 ms with matchers already compiled (same sources,
// fresh objects, measured in one process). A RegExp's only state is `lastIndex`, which every scan of the recognizers
// sets before it executes (eachMatch; `test` without the g or y flag ignores it), and the scans are synchronous, so
// one object per source and flags serves every registry. The pool grows only with distinct pattern sources.
import { processSingleton } from '../../processStore';

const pool = processSingleton('phi.compiledPatterns', () => new Map<string, RegExp>());

/** The process's RegExp of `source` and `flags`, compiled on first use; callers set `lastIndex` before each scan. */
export function compiledPattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = pool.get(key);
  if (re === undefined) {
    re = new RegExp(source, flags);
    pool.set(key, re);
  }
  return re;
}
