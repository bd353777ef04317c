#!/usr/bin/env node
// Owns the robustness sweep of the clinical engine over real notes: runs ClinicalEngine.process on
// every note of the given JSON Lines files and reports how many returned, threw, or came back with
// evidence or segment offsets out of range. Prints counts and error names only, never note text.
// usage: npm run build && node scripts/engine-robustness.js <file.jsonl>...
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ClinicalEngine } = require(path.resolve(__dirname, '../dist/src/engine'));

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node scripts/engine-robustness.js <file.jsonl>...');
  process.exit(2);
}
const engine = new ClinicalEngine();
let failedAny = false;
for (const file of files) {
  const stats = { notes: 0, returned: 0, threw: 0, badOffsets: 0, droppedCandidates: 0, withNonClinical: 0, instructionFlagged: 0 };
  const errors = new Map();
  const started = Date.now();
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const { text } = JSON.parse(line);
    stats.notes++;
    let r;
    try {
      r = engine.process(text);
    } catch (err) {
      stats.threw++;
      const key = `${err.name}${err.code ? ` ${err.code}` : ''}`;
      errors.set(key, [...(errors.get(key) ?? []), i + 1]);
      return;
    }
    stats.returned++;
    const ok = (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
    const evidenceOk = r.codes.every((c) => c.evidence.every((e) => ok(e) && text.slice(e.start, e.end) === e.text));
    if (!evidenceOk || !r.phi.every(ok) || !r.nonClinicalSegments.every(ok)) stats.badOffsets++;
    stats.droppedCandidates += r.droppedCandidates;
    if (r.nonClinicalSegments.length) stats.withNonClinical++;
    if (r.reviewReasons.includes('INSTRUCTION_IN_NOTE')) stats.instructionFlagged++;
  });
  console.log(`${file}: ${JSON.stringify({ ...stats, elapsedMs: Date.now() - started })}`);
  for (const [name, lines] of errors) console.log(`  ${name}: lines ${lines.slice(0, 20).join(', ')}${lines.length > 20 ? ' …' : ''}`);
  if (stats.threw || stats.badOffsets) failedAny = true;
}
process.exit(failedAny ? 1 : 0);
