// Unit: the process store adopts a store found under its global key only when the test host branded it and never
// under NODE_ENV=production, so no object planted under that global (a forged code set pre-filled in a Map) can
// become the engine's data in a service.
import { HOST_BRAND, STORE_KEY, adoptableHostStore } from '../../../src/engine/processStore';

type Global = { [STORE_KEY]?: unknown };

/** A fresh evaluation of processStore.ts with `host` under the global key and NODE_ENV `nodeEnv` while it loads. */
function loadWith(host: unknown, nodeEnv: string | undefined): typeof import('../../../src/engine/processStore') {
  const g = globalThis as Global;
  const savedHost = g[STORE_KEY];
  const savedEnv = process.env.NODE_ENV;
  g[STORE_KEY] = host;
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  try {
    let mod: typeof import('../../../src/engine/processStore') | undefined;
    jest.isolateModules(() => { mod = require('../../../src/engine/processStore'); });
    return mod!;
  } finally {
    g[STORE_KEY] = savedHost;
    if (savedEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = savedEnv;
  }
}

function branded(): Map<string, unknown> {
  return Object.assign(new Map<string, unknown>(), { [HOST_BRAND]: true });
}

describe('processStore host adoption', () => {
  it('adopts the store the test host branded: a value made once is seen by another evaluation', () => {
    const host = branded();
    const made = { codes: 1 };
    expect(loadWith(host, 'test').processSingleton('x', () => made)).toBe(made);
    expect(host.get('x')).toBe(made);
    expect(loadWith(host, 'test').processSingleton('x', () => ({ codes: 2 }))).toBe(made);
  });

  it('ignores an unbranded object under the key: its pre-filled values are never returned', () => {
    const planted = new Map<string, unknown>([['x', 'forged']]);
    expect(loadWith(planted, 'test').processSingleton('x', () => 'built')).toBe('built');
    expect(planted.get('x')).toBe('forged');
    expect(planted.size).toBe(1);
  });

  it('never adopts under NODE_ENV=production, even a branded store', () => {
    const host = branded();
    host.set('x', 'from host');
    expect(loadWith(host, 'production').processSingleton('x', () => 'built')).toBe('built');
    expect(loadWith(host, undefined).processSingleton('x', () => 'built')).toBe('from host');
  });

  it('requires a brand of exactly true and a map-like object', () => {
    expect(adoptableHostStore(branded(), 'test')).toBeDefined();
    expect(adoptableHostStore(Object.assign(new Map(), { [HOST_BRAND]: 'yes' }), 'test')).toBeUndefined();
    expect(adoptableHostStore({ [HOST_BRAND]: true, get: () => 1 }, 'test')).toBeUndefined();
    expect(adoptableHostStore(undefined, 'test')).toBeUndefined();
    expect(adoptableHostStore(true, 'test')).toBeUndefined();
  });

  it('the unit environment brands the store it shares between test files', () => {
    expect(adoptableHostStore((globalThis as Global)[STORE_KEY], process.env.NODE_ENV)).toBeDefined();
  });
});
