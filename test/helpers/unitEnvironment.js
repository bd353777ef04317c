// Owns the unit project's Jest environment: Node's, plus one store of the engine's immutable loaded data
// (src/engine/processStore.ts) per worker process. Jest evaluates every module again for each test file, so
// without it each of the ~60 files that build an engine or a coder reloads the code set, the knowledge base,
// the coding lexicon and the PHI lists (about a CPU-second each, and the garbage they leave). This module is
// loaded once per worker (Node's own module cache), so the store outlives the test files.
// With CHARTCODER_TEST_CPU_LOG=<file> it appends each test file's worker CPU-seconds (from loading its modules to
// its teardown; child processes not included) to that file, to find the files worth making cheaper:
//   CHARTCODER_TEST_CPU_LOG=/tmp/cpu.tsv npm run test:unit && sort -rn /tmp/cpu.tsv | head
const fs = require('node:fs');
const vm = require('node:vm');
const { TestEnvironment } = require('jest-environment-node');
const { compileFunctionOnce } = require('./moduleScripts');

// Jest compiles every module again for each test file; compileFunctionOnce compiles each once per worker
// (test/helpers/moduleScripts.js).
vm.compileFunction = compileFunctionOnce(vm.compileFunction);

const STORE_KEY = Symbol.for('chartcoder.engine.processStore');
// The brand processStore.ts requires before it adopts a store found under STORE_KEY (HOST_BRAND there).
const HOST_BRAND = Symbol.for('chartcoder.engine.processStore.testHost');
const workerStore = new Map();
workerStore[HOST_BRAND] = true;

class UnitEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global[STORE_KEY] = workerStore;
    this.cpuAtStart = process.cpuUsage();
    this.testPath = context.testPath;
  }

  async teardown() {
    await super.teardown();
    const log = process.env.CHARTCODER_TEST_CPU_LOG;
    if (!log) return;
    const { user, system } = process.cpuUsage(this.cpuAtStart);
    fs.appendFileSync(log, `${((user + system) / 1e6).toFixed(3)}\t${this.testPath}\n`);
  }
}

module.exports = UnitEnvironment;
