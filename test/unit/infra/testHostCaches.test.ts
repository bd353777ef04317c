// The unit and corpus projects' test host keeps per worker what every test file used to redo: each module
// compiled once (test/helpers/moduleScripts.js) and each module source read once (test/helpers/sharedSources.js).
// A reused compilation must behave as a fresh one in the test file's own context, and a changed module must be
// compiled or read again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileFunctionOnce } = require('../../helpers/moduleScripts.js') as {
  compileFunctionOnce: (fallback: typeof vm.compileFunction, scripts?: Map<string, { code: string; script: vm.Script }>) => typeof vm.compileFunction;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shareSources } = require('../../helpers/sharedSources.js') as {
  shareSources: (cacheFS: Map<string, string>, shared?: Map<string, unknown>) => Map<string, string>;
};

describe('modules compiled once per worker, run in each test file\'s own context', () => {
  const params = ['module', 'exports', 'marker'];
  const code = 'module.exports = { marker, realmArray: Array, global: globalThis.contextName, line: () => new Error("x").stack };';
  const filename = '/virtual/module.js';

  function compileWith(compile: typeof vm.compileFunction, source: string, contextName: string) {
    const parsingContext = vm.createContext({ contextName });
    const fn = compile(source, params, { filename, parsingContext });
    const module = { exports: {} as Record<string, unknown> };
    fn(module, module.exports, contextName);
    return { exports: module.exports, parsingContext };
  }

  it('compiles a module once and runs it in every context, each with its own globals', () => {
    const fallback = jest.fn(vm.compileFunction);
    const scripts = new Map<string, { code: string; script: vm.Script }>();
    const compile = compileFunctionOnce(fallback, scripts);
    const a = compileWith(compile, code, 'first file');
    const script = [...scripts.values()][0]?.script;
    const b = compileWith(compile, code, 'second file');
    expect(scripts.size).toBe(1);
    expect(script).toBeInstanceOf(vm.Script);
    expect([...scripts.values()][0]?.script).toBe(script);
    expect(fallback).not.toHaveBeenCalled();
    expect(a.exports.global).toBe('first file');
    expect(b.exports.global).toBe('second file');
    expect(a.exports.marker).toBe('first file');
    // Each function belongs to its own context's realm.
    expect(a.exports.realmArray).toBe(vm.runInContext('Array', a.parsingContext));
    expect(b.exports.realmArray).toBe(vm.runInContext('Array', b.parsingContext));
    expect(a.exports.realmArray).not.toBe(b.exports.realmArray);
  });

  it('keeps every line where the module wrote it (the wrapper\'s line is taken back)', () => {
    const compile = compileFunctionOnce(vm.compileFunction);
    const multiLine = `\n\n${code}`;
    const { exports } = compileWith(compile, multiLine, 'file');
    const stack = (exports.line as () => string)();
    expect(stack).toContain(`${filename}:3:`);
    // Reference: vm.compileFunction itself reports the same line.
    const reference = compileWith(vm.compileFunction, multiLine, 'file');
    expect((reference.exports.line as () => string)()).toContain(`${filename}:3:`);
  });

  it('compiles again when the same file brings other code (a changed module)', () => {
    const scripts = new Map<string, { code: string; script: vm.Script }>();
    const compile = compileFunctionOnce(vm.compileFunction, scripts);
    compileWith(compile, code, 'file');
    const changed = code.replace('marker,', 'marker: "changed",');
    const { exports } = compileWith(compile, changed, 'file');
    expect(exports.marker).toBe('changed');
    expect(scripts.get(`${filename}\0${params.join(',')}`)?.code).toBe(changed);
  });

  it('leaves calls it cannot serve (no context, context extensions) to vm.compileFunction', () => {
    const fallback = jest.fn(vm.compileFunction);
    const compile = compileFunctionOnce(fallback);
    compile('return 1', [], { filename });
    compile('return 1', [], { filename, parsingContext: vm.createContext({}), contextExtensions: [{ a: 1 }] });
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('answers a dynamic import in a reused module as vm.compileFunction does', async () => {
    const source = 'module.exports = () => import("anything");';
    const run = (compile: typeof vm.compileFunction) => {
      const parsingContext = vm.createContext({});
      const fn = compile(source, ['module'], { filename, parsingContext, importModuleDynamically: (async () => ({})) as never });
      const module = { exports: undefined as unknown as () => Promise<unknown> };
      fn(module);
      return module.exports().then(() => 'resolved', (error: Error) => error.message);
    };
    const compile = compileFunctionOnce(vm.compileFunction);
    await run(compile);
    const reused = await run(compile);
    // Node without --experimental-vm-modules (how the unit project runs) refuses the import either way.
    expect(reused).toBe(await run(vm.compileFunction));
    expect(reused).toMatch(/experimental-vm-modules/);
  });
});

describe('module sources read once per worker while the file is unchanged', () => {
  let dir: string;
  let file: string;
  const longAgo = new Date('2026-01-01T00:00:00Z');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-sources-'));
    file = path.join(dir, 'module.js');
    fs.writeFileSync(file, 'module.exports = 1;');
    fs.utimesSync(file, longAgo, longAgo);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives a later test file the source an earlier one read', () => {
    const shared = new Map();
    const first = shareSources(new Map(), shared);
    expect(first.get(file)).toBeUndefined();
    first.set(file, 'module.exports = 1;');
    const second = shareSources(new Map(), shared);
    expect(second.get(file)).toBe('module.exports = 1;');
    expect(second.has(file)).toBe(true);
  });

  it('reads a file again once its size or modification time changed', () => {
    const shared = new Map();
    shareSources(new Map(), shared).set(file, 'module.exports = 1;');
    fs.writeFileSync(file, 'module.exports = 22;');
    fs.utimesSync(file, longAgo, new Date('2026-02-01T00:00:00Z'));
    expect(shareSources(new Map(), shared).get(file)).toBeUndefined();
    expect(shared.has(file)).toBe(false);
    // Same size, another time: still read again.
    shareSources(new Map(), shared).set(file, 'module.exports = 22;');
    fs.writeFileSync(file, 'module.exports = 33;');
    fs.utimesSync(file, longAgo, new Date('2026-03-01T00:00:00Z'));
    expect(shareSources(new Map(), shared).get(file)).toBeUndefined();
  });

  it('does not share a file written in the last seconds (it may have changed after it was read)', () => {
    const shared = new Map();
    fs.utimesSync(file, new Date(), new Date());
    shareSources(new Map(), shared).set(file, 'module.exports = 1;');
    expect(shared.size).toBe(0);
  });

  it('keeps a test file\'s own entries (its own source) first and out of the shared map', () => {
    const shared = new Map();
    const own = shareSources(new Map([[file, 'own text']]), shared);
    expect(own.get(file)).toBe('own text');
    expect(shared.size).toBe(0);
    expect(shareSources(new Map(), shared).get(file)).toBeUndefined();
  });
});
