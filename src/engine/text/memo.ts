// Owns per-note memos: results that several stages derive from one short-lived object (a text analysis,
// a guideline context) are kept on that object, so they die with it. A module-level WeakMap keyed by the
// object would hold them longer: V8's young-generation collector keeps a WeakMap's values alive even when
// their key has died (only a full collection clears the entry), so every note's cached tokens and results
// were promoted to the old generation and waited for a full collection.

const MEMO = Symbol('chartcoder.memo');

/** For owners that cannot take a property (frozen objects): the old WeakMap, correct if slower to collect. */
const fallback = new WeakMap<object, Map<object | symbol, unknown>>();

/** The memo of an object: a map from a caller's key (a module symbol, a coder) to its value. */
export function memoOf(owner: object): Map<object | symbol, unknown> {
  const own = (owner as { [MEMO]?: Map<object | symbol, unknown> })[MEMO];
  if (own) return own;
  const memo = new Map<object | symbol, unknown>();
  if (Object.isExtensible(owner)) {
    // Not enumerable: the owner still compares, serialises and spreads as before.
    Object.defineProperty(owner, MEMO, { value: memo, enumerable: false, writable: false, configurable: false });
    return memo;
  }
  let found = fallback.get(owner);
  if (!found) fallback.set(owner, (found = memo));
  return found;
}
