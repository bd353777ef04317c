/**
 * Jest: TypeScript through swc with decorator metadata (type-graphql needs it), in three projects.
 * `unit` starts no server and injects time; `corpus` holds the property tests over thousands of generated
 * notes (`*.property.test.ts`, no server either); `integration` (test/integration and the spawned-process
 * tests in test/e2e) shares one DynamoDB Local JVM and one fauxqs server per run, started by its
 * globalSetup, which Jest runs only when a test of that project is selected.
 */
const path = require('node:path');

const rootDir = __dirname;
const shared = {
  rootDir,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // jose ships ES modules only; Jest on Node 20 cannot require(esm), so swc compiles it to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      // The lexicon's disk cache is warmed once before the workers start (test/helpers/unitGlobalSetup.ts).
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.property\\.test\\.ts$', '\\.corpus\\.test\\.ts$'],
      // One copy of the engine's loaded data and compiled modules per worker instead of one per test file
      // (test/helpers/unitEnvironment.js), and one read of each module's source (test/helpers/unitRuntime.js).
      testEnvironment: path.join(rootDir, 'test/helpers/unitEnvironment.js'),
      runtime: path.join(rootDir, 'test/helpers/unitRuntime.js'),
      globalSetup: path.join(rootDir, 'test/helpers/unitGlobalSetup.ts'),
    },
    {
      // Corpus-scale tests: property tests over thousands of generated notes through the whole engine or the
      // redactor, and `*.corpus.test.ts`, by one rule: a file whose subject is a corpus (a generated or fixture set
      // of a hundred notes or more, checked note by note or run through the engine or redactor: the held-out PHI
      // and injection corpora, the synthetic PHI corpus, the Safe Harbor format matrix, the held-out trap batches,
      // the whole trap suite's gold read note by note, the held-out summary gold sets), a whole vocabulary (every
      // entry of the official Index, a lexicon built from its sources) or a megabyte note. No server either, but
      // seconds of CPU each, so `npm run test:unit` leaves them to `npm test` (and `npm run test:corpus`); a unit
      // file keeps its few notes written for the rule it tests.
      ...shared,
      displayName: 'corpus',
      testMatch: ['<rootDir>/test/unit/**/*.property.test.ts', '<rootDir>/test/unit/**/*.corpus.test.ts'],
      testEnvironment: path.join(rootDir, 'test/helpers/unitEnvironment.js'),
      runtime: path.join(rootDir, 'test/helpers/unitRuntime.js'),
      globalSetup: path.join(rootDir, 'test/helpers/unitGlobalSetup.ts'),
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: path.join(rootDir, 'test/helpers/globalSetup.ts'),
      globalTeardown: path.join(rootDir, 'test/helpers/globalTeardown.ts'),
    },
  ],
};
