// Owns sharing the module sources Jest reads between the test files of a worker (test/helpers/unitRuntime.js
// wires it in). Jest gives every test file a fresh map of file contents (its cacheFS), so each file read every
// module of the engine again (some 600 files and 5 MB, decoded from UTF-8) only to find the transformed code
// already in the transformer's per-worker cache. A source is served again only while its file keeps the size
// and modification time it had when it was read; anything else is read afresh, as before.
const fs = require('node:fs');

/** A file modified this recently may still be being written: its source is not shared. */
const RECENT_WRITE_MS = 5000;
/** Per worker: file name → { source, size, mtimeMs } as read by an earlier test file. */
const sharedSources = new Map();

function statOf(filename) {
  try {
    const stat = fs.statSync(filename);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lets one test file's map of file contents (Jest's cacheFS, also held by its transformer) fall back to the
 * sources earlier test files of this worker read, while the file on disk is unchanged, and record what it reads.
 * The map's own entries (the test file's source, put there by the runner) come first and are never shared.
 */
function shareSources(cacheFS, shared = sharedSources) {
  const ownGet = cacheFS.get.bind(cacheFS);
  const ownSet = cacheFS.set.bind(cacheFS);
  const ownHas = cacheFS.has.bind(cacheFS);
  cacheFS.get = (filename) => {
    const own = ownGet(filename);
    if (own !== undefined) return own;
    const entry = shared.get(filename);
    if (entry === undefined) return undefined;
    const stat = statOf(filename);
    if (!stat || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) {
      shared.delete(filename);
      return undefined;
    }
    ownSet(filename, entry.source);
    return entry.source;
  };
  cacheFS.has = (filename) => ownHas(filename) || cacheFS.get(filename) !== undefined;
  cacheFS.set = (filename, source) => {
    ownSet(filename, source);
    // The stat comes after the read: a file written in the last seconds may have changed between the two, so
    // it is not shared (read afresh by each test file, as before).
    const stat = typeof source === 'string' ? statOf(filename) : undefined;
    if (stat && Date.now() - stat.mtimeMs > RECENT_WRITE_MS) shared.set(filename, { source, size: stat.size, mtimeMs: stat.mtimeMs });
    return cacheFS;
  };
  return cacheFS;
}

module.exports = { shareSources };
