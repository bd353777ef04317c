#!/usr/bin/env node
// Owns the vendoring of the official ICD-10-CM tables into data/icd10cm: verifies the source checksums,
// writes one brotli-compressed table per fiscal year plus the shared hierarchy, and the manifest the
// loader reads. Adding a fiscal year is a data-only change: add it to YEARS below (or run with
// --year N --from PATH --effective-from YYYY-MM-DD --effective-to YYYY-MM-DD) and re-run.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const { parseCsvLine } = require('./csv');

const SOURCE_DIR = process.argv.includes('--source')
  ? process.argv[process.argv.indexOf('--source') + 1]
  : path.resolve(__dirname, '../../shared/data/icd10cm');
const OUT_DIR = path.resolve(__dirname, '../data/icd10cm');

const YEARS = [
  { fiscalYear: 2026, file: 'icd10cm_2026.tsv', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30' },
  { fiscalYear: 2027, file: 'icd10cm_2027.tsv', effectiveFrom: '2026-10-01', effectiveTo: '2027-09-30' },
];
const HIERARCHY = {
  chapters: 'icd10cm-chapters-April-1-2026.csv',
  sections: 'icd10cm-sections-April-1-2026.csv',
  categories: 'icd10cm-categories-April-1-2026.csv',
};

function sha256(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

function checkedRead(name, sums) {
  const buf = fs.readFileSync(path.join(SOURCE_DIR, name));
  const expected = sums.get(name);
  const actual = sha256(buf);
  if (!expected) throw new Error(`${name} is not listed in SHA256SUMS`);
  if (expected !== actual) throw new Error(`${name}: sha256 ${actual} does not match SHA256SUMS ${expected}`);
  return buf;
}

function csvRows(buf) {
  const lines = buf.toString('utf8').split(/\r?\n/).filter((l) => l.length > 0);
  return lines.slice(1).map(parseCsvLine);
}

function brotli(text) {
  return zlib.brotliCompressSync(Buffer.from(text, 'utf8'), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length },
  });
}

function main() {
  const sums = new Map(
    fs.readFileSync(path.join(SOURCE_DIR, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean)
      .map((l) => { const [h, n] = l.trim().split(/\s+/); return [n, h]; }),
  );
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const manifest = { source: 'CMS / CDC NCHS ICD-10-CM (public domain)', years: [], hierarchy: null };

  for (const y of YEARS) {
    const buf = checkedRead(y.file, sums);
    const lines = buf.toString('utf8').split('\n').filter(Boolean);
    const header = lines.shift();
    if (header !== 'code\tbillable\tshort_description\tlong_description') throw new Error(`${y.file}: unexpected header`);
    let billable = 0;
    // Compact form: code, billable flag, long description, and the short one only where it differs.
    const rows = lines.map((line) => {
      const [code, flag, short, long] = line.split('\t');
      if (!/^[A-Z][0-9A-Z]{2,6}$/.test(code) || (flag !== '0' && flag !== '1')) throw new Error(`${y.file}: bad row ${code}`);
      if (flag === '1') billable++;
      return [code, flag, long, short === long ? '' : short].join('\t');
    });
    const out = brotli(rows.join('\n') + '\n');
    const outName = `icd10cm_fy${y.fiscalYear}.tsv.br`;
    fs.writeFileSync(path.join(OUT_DIR, outName), out);
    manifest.years.push({
      fiscalYear: y.fiscalYear, effectiveFrom: y.effectiveFrom, effectiveTo: y.effectiveTo, file: outName,
      sourceFile: y.file, sourceSha256: sha256(buf), sha256: sha256(out), rows: rows.length, billable,
    });
    console.log(`FY${y.fiscalYear}: ${rows.length} rows, ${billable} billable → ${outName} (${out.length} bytes)`);
  }

  const chapters = csvRows(checkedRead(HIERARCHY.chapters, sums)).map(([n, d]) => ({ chapter: Number(n), description: d }));
  const sections = csvRows(checkedRead(HIERARCHY.sections, sums)).map(([range, ch, d]) => ({ range, chapter: Number(ch), description: d }));
  const categories = csvRows(checkedRead(HIERARCHY.categories, sums)).map(([code, d, range, ch]) => [code, range, Number(ch), d]);
  const hierarchyJson = JSON.stringify({ chapters, sections, categories });
  const hOut = brotli(hierarchyJson);
  fs.writeFileSync(path.join(OUT_DIR, 'hierarchy.json.br'), hOut);
  manifest.hierarchy = {
    file: 'hierarchy.json.br', release: 'April 1, 2026 update', sha256: sha256(hOut),
    sources: Object.values(HIERARCHY).map((f) => ({ file: f, sha256: sums.get(f) })),
    chapters: chapters.length, sections: sections.length, categories: categories.length,
  };
  manifest.defaultFiscalYear = 2027;
  fs.writeFileSync(path.join(OUT_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`hierarchy: ${chapters.length} chapters, ${sections.length} sections, ${categories.length} categories`);
}

main();
