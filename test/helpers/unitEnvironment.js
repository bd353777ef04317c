// Owns the unit project's Jest environment: Node's, plus one store of the engine's immutable loaded data
// (src/engine/processStore.ts) per worker process. Jest evaluates every module again for each test file, so
// without it each of the ~60 files that build an engine or a coder reloads the code set, the knowledge base,
// the coding lexicon and the PHI lists (about a CPU-second each, and the garbage they leave). This module is
// loaded once per worker (Node's own module cache), so the store outlives the test files.
const { TestEnvironment } = require('jest-environment-node');

const STORE_KEY = Symbol.for('chartcoder.engine.processStore');
const workerStore = new Map();

class UnitEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global[STORE_KEY] = workerStore;
  }
}

module.exports = UnitEnvironment;
