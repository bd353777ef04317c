/**
 * Proposed shape for the root jest.config.js (kept here because that file is not this layer's):
 * unit tests run without servers; the local DynamoDB/fauxqs pair starts only when at least one
 * integration test is selected (jest runs a project's globalSetup only then). Add an e2e project
 * (test/e2e) alongside when those tests exist, or they will match no project.
 */
const path = require('node:path');
const base = require('../../jest.config.js');

const shared = base;
const rootDir = path.resolve(__dirname, '../..');

module.exports = {
  rootDir,
  projects: [
    { ...shared, rootDir, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...shared,
      rootDir,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
      globalTeardown: '<rootDir>/test/helpers/globalTeardown.ts',
    },
  ],
};
