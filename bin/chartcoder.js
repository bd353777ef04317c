#!/usr/bin/env node
// Entry point for `npx chartcoder`: runs the compiled CLI (built by `npm ci` through the prepare script).
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`chartcoder: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1; },
);
