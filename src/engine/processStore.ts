// Owns the process-wide home of the engine's immutable loaded data (code sets, knowledge bases, coding
// lexicons, PHI word lists and model, the Table of Drugs). Each is a pure function of vendored files and is
// only read once built, so one copy per process is enough. A plain module-level cache gives that when the
// engine's modules are evaluated once per process; a host that evaluates them many times in one process
// (a Jest worker gives every test file its own module registry) may hand every evaluation the same store
// under STORE_KEY on globalThis, and the data is then loaded once per process instead of once per evaluation.
// Only a store the test host branded is adopted, and never under NODE_ENV=production: anything else found
// under that global (a dependency's object, a planted Map pre-filled with a forged code set) is ignored.

/** The global a host sets to share one store between evaluations of these modules (test/helpers/unitEnvironment.js). */
export const STORE_KEY = Symbol.for('chartcoder.engine.processStore');
/** Set to true on the store by the test host that made it; a store without it is not adopted. */
export const HOST_BRAND = Symbol.for('chartcoder.engine.processStore.testHost');

type Store = Map<string, unknown>;

/** The host's store if this process may adopt it: branded by the test host, outside production. */
export function adoptableHostStore(host: unknown, nodeEnv: string | undefined): Store | undefined {
  if (nodeEnv === 'production') return undefined;
  if (typeof host !== 'object' || host === null) return undefined;
  // Not `instanceof Map`: the host's Map comes from another realm.
  const candidate = host as Store & { [HOST_BRAND]?: unknown };
  if (candidate[HOST_BRAND] !== true) return undefined;
  return typeof candidate.get === 'function' && typeof candidate.has === 'function' && typeof candidate.set === 'function' ? candidate : undefined;
}

const store: Store = adoptableHostStore((globalThis as { [STORE_KEY]?: unknown })[STORE_KEY], process.env.NODE_ENV) ?? new Map();

/**
 * The process's single value named `name`, made by `init` on first use. Only for data that no caller
 * mutates after it is built: with a host store, other evaluations of this module (other test files) see it.
 */
export function processSingleton<T>(name: string, init: () => T): T {
  if (store.has(name)) return store.get(name) as T;
  const value = init();
  store.set(name, value);
  return value;
}
