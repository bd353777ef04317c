#!/usr/bin/env node
// Rebuilds data/icd10kb from the official sources (../shared/data/icd10cm/source, or --source DIR) and
// data/icd10index (Neoplasm Table, Table of Drugs and Chemicals) into a temporary folder and checks every
// file equals the committed one, byte for byte. Exits non-zero otherwise.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'icd10kb-'));
try {
  execFileSync(process.execPath, [path.join(__dirname, 'build-icd10-kb.js'), ...process.argv.slice(2), '--out', out], { stdio: 'inherit' });
  const committed = path.resolve(__dirname, '..', 'data', 'icd10kb');
  const differ = fs.readdirSync(out).filter((f) => !fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(committed, f))));
  console.log(differ.length ? `differ from the committed knowledge base: ${differ.join(', ')}` : 'knowledge base rebuilt byte for byte');
  // The index tables (Neoplasm Table, Table of Drugs and Chemicals) are vendored by their own script.
  const indexOut = path.join(out, 'icd10index');
  execFileSync(process.execPath, [path.join(__dirname, 'vendor-icd10-index.js'), '--out', indexOut], { stdio: 'inherit' });
  const indexCommitted = path.resolve(__dirname, '..', 'data', 'icd10index');
  const indexDiffer = fs.readdirSync(indexOut).filter((f) => !fs.readFileSync(path.join(indexOut, f)).equals(fs.readFileSync(path.join(indexCommitted, f))));
  console.log(indexDiffer.length ? `differ from the committed index tables: ${indexDiffer.join(', ')}` : 'index tables rebuilt byte for byte');
  process.exitCode = differ.length || indexDiffer.length ? 1 : 0;
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
