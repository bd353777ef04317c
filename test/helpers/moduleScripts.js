// Owns compiling the modules Jest loads once per worker instead of once per test file (installed by
// test/helpers/unitEnvironment.js).
const vm = require('node:vm');

// Jest compiles every module again for each test file with vm.compileFunction, which V8's compilation cache
// does not serve: each file would parse the same sources and compile their functions to bytecode afresh. A
// vm.Script is not bound to a context: the same Script runs in every test file's own context (its own globals
// and module objects), so each module is compiled once per worker and later files only run it. The cache is
// keyed by file name and wrapper parameters and holds the exact code: a changed transform output compiles
// again. The wrapper opens on a line of its own, taken back by lineOffset, so every line and column of the
// module (and its source map) stays where Jest expects it.
// A dynamic import() inside a module asks the Script's importModuleDynamically; a reused Script was made by an
// earlier test file's runtime, so it asks the latest one given (one test file runs at a time in a worker).
// Without --experimental-vm-modules every runtime's answer is the same error.
/**
 * vm.compileFunction's contract (a function of `params` over `code`, made in options.parsingContext), served from
 * one vm.Script per module and parameter list; any other use goes to `fallback`.
 */
function compileFunctionOnce(fallback, scripts = new Map()) {
  let latestImportModuleDynamically;
  const importModuleDynamically = (...args) => latestImportModuleDynamically(...args);
  return function compileFunction(code, params = [], options = {}) {
    const plain = options.parsingContext && !options.contextExtensions?.length && !options.cachedData && !options.produceCachedData;
    if (!plain) return fallback.call(vm, code, params, options);
    latestImportModuleDynamically = options.importModuleDynamically;
    const key = `${options.filename}\0${params.join(',')}`;
    let compiled = scripts.get(key);
    if (compiled === undefined || compiled.code !== code || compiled.dynamic !== Boolean(options.importModuleDynamically)) {
      const script = new vm.Script(`(function (${params.join(', ')}) {\n${code}\n})`, {
        filename: options.filename,
        lineOffset: -1,
        importModuleDynamically: options.importModuleDynamically ? importModuleDynamically : undefined,
      });
      compiled = { code, script, dynamic: Boolean(options.importModuleDynamically) };
      scripts.set(key, compiled);
    }
    return compiled.script.runInContext(options.parsingContext);
  };
}

module.exports = { compileFunctionOnce };
