// Owns the unit and corpus projects' Jest runtime: jest-runtime's own, with the module sources it reads shared
// by the test files of a worker (test/helpers/sharedSources.js). This module is loaded once per worker (Node's
// own module cache), so the shared sources outlive the test files.
const Runtime = require('jest-runtime').default;
const { shareSources } = require('./sharedSources');

class UnitRuntime extends Runtime {
  constructor(config, environment, resolver, transformer, cacheFS, ...rest) {
    super(config, environment, resolver, transformer, shareSources(cacheFS), ...rest);
  }
}

module.exports = UnitRuntime;
