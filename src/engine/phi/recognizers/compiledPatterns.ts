// Owns the process's one RegExp object per recognizer pattern (source and flags). V8 compiles a regular expression's
// matcher lazily and shares it between RegExp objects of the same source and flags through its compilation cache,
// which every full garbage collection empties: a registry built again after one (an engine with other deployment
// options; each Jest test file's own module registry) compiled its whole table again on its first notes. Measured in
// one process, a registry built and run over five short notes after a full collection: 537 CPU-ms with new objects,
// 21 with these; without a collection between, 12 and 13. A RegExp's only state is `lastIndex`, which every scan of
// the recognizers sets before it executes (eachMatch; `test` without the g or y flag ignores it), and the scans are
// synchronous, so one object per source and flags serves every registry. The pool grows only with distinct sources.
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
