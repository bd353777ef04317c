#!/usr/bin/env node
// Owns the engine's output fingerprint for speed work: every note of a JSONL file through `ClinicalEngine.process`
// (TAG mode, timings dropped) written one JSON line per note, so an optimisation is checked byte-identical with `cmp`.
// Usage: node scripts/engine-dump.js <notes.jsonl> <out.jsonl> [--limit N]   (after `tsc -p tsconfig.build.json`)
const fs = require('node:fs');
const path = require('node:path');
const { ClinicalEngine } = require(path.resolve(__dirname, '../dist/src/engine'));

const [input, output, flag, limitArg] = process.argv.slice(2);
if (!input || !output) {
  console.error('Usage: node scripts/engine-dump.js <notes.jsonl> <out.jsonl> [--limit N]');
  process.exit(2);
}
const limit = flag === '--limit' ? Number(limitArg) : Infinity;
const rows = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).map((l) => JSON.parse(l));
const engine = new ClinicalEngine();
const out = fs.openSync(output, 'w');
for (const row of rows) {
  const { timingsMs, ...result } = engine.process(String(row.text ?? ''));
  void timingsMs;
  fs.writeSync(out, JSON.stringify({ id: row.id ?? null, ...result }) + '\n');
}
fs.closeSync(out);
console.error(`${rows.length} notes → ${output}`);
