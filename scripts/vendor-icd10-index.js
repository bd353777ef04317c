#!/usr/bin/env node
// Owns the vendoring of the ICD-10-CM Neoplasm Table and Table of Drugs and Chemicals into
// data/icd10index: verifies the source checksums, flattens each hierarchy into one row per path
// (cross-references resolved, the nonessential modifiers dropped) and writes brotli-compressed TSVs
// plus their provenance note. Deterministic: the same sources give the same bytes.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const crypto = require('node:crypto');

const SOURCE_DIR = process.argv.includes('--source')
  ? process.argv[process.argv.indexOf('--source') + 1]
  : findShared();
const OUT_DIR = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]
  : path.resolve(__dirname, '../data/icd10index');

/** ../shared/data/icd10cm, found by walking up from the repository (main checkout or a worktree). */
function findShared() {
  let dir = path.resolve(__dirname, '..');
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'shared', 'data', 'icd10cm');
    if (fs.existsSync(path.join(candidate, 'SHA256SUMS'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('shared/data/icd10cm not found: pass --source DIR');
}
const NEOPLASM = 'icd10cm-neoplasm-April-1-2026-XML.xml';
const DRUG = 'icd10cm-drug-April-1-2026-XML.xml';

function sha256(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

function checkedRead(name) {
  const sums = new Map();
  for (const line of fs.readFileSync(path.join(SOURCE_DIR, 'SHA256SUMS'), 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (m) sums.set(m[2], m[1]);
  }
  const buf = fs.readFileSync(path.join(SOURCE_DIR, name));
  const expected = sums.get(name);
  if (!expected) throw new Error(`${name} is not listed in SHA256SUMS`);
  if (expected !== sha256(buf)) throw new Error(`${name}: sha256 does not match SHA256SUMS`);
  return buf;
}

function decode(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Rows: { path: string[] (titles from level 1 down), cells: string[6], see?: string }. With
 * `mainIsRow` a main term is itself a row (the Drug Table's substances); the Neoplasm Table has one
 * main term ("Neoplasm, neoplastic") whose sites are the levels below it.
 */
function parseTable(xml, mainIsRow = false) {
  const rows = [];
  const stack = [];
  let inMain = false;
  const re = /<(\/?)(term|title|cell|see|seeAlso|nemod|mainTerm)([^>]*)>/g;
  let m;
  let textStart = 0;
  let titleParts = null;
  while ((m = re.exec(xml))) {
    const [, close, name, attrs] = m;
    if (name === 'mainTerm' && !mainIsRow) {
      inMain = !close;
      continue;
    }
    if (name === 'mainTerm') inMain = true;
    if (!inMain) continue;
    if ((name === 'term' || name === 'mainTerm') && !close) {
      const row = { title: '', cells: ['', '', '', '', '', ''], see: '', path: [] };
      stack.push(row);
      rows.push(row);
    } else if ((name === 'term' || name === 'mainTerm') && close) {
      const top = stack.pop();
      top.path = [...stack.map((s) => s.title), top.title];
    } else if (name === 'title' && !close) {
      titleParts = [];
      textStart = re.lastIndex;
    } else if (name === 'nemod' && !close && titleParts) {
      titleParts.push(xml.slice(textStart, m.index));
    } else if (name === 'nemod' && close && titleParts) {
      textStart = re.lastIndex; // nonessential modifier text dropped
    } else if (name === 'title' && close && titleParts) {
      titleParts.push(xml.slice(textStart, m.index));
      if (stack.length) stack[stack.length - 1].title = decode(titleParts.join(' ')).replace(/\s+/g, ' ').trim();
      titleParts = null;
    } else if (name === 'cell' && !close && stack.length) {
      const col = Number(/col="(\d)"/.exec(attrs)[1]);
      const end = xml.indexOf('</cell>', re.lastIndex);
      stack[stack.length - 1].cells[col - 2] = xml.slice(re.lastIndex, end).trim();
    } else if (name === 'see' && !close && stack.length) {
      const end = xml.indexOf('</see>', re.lastIndex);
      stack[stack.length - 1].see = decode(xml.slice(re.lastIndex, end)).replace(/\s+/g, ' ').trim();
    }
  }
  return rows;
}

function main() {
  const buf = checkedRead(NEOPLASM);
  const terms = parseTable(buf.toString('utf8'));
  const byPath = new Map(terms.map((t) => [t.path.join(' > ').toLowerCase(), t]));
  const out = [];
  for (const t of terms) {
    let cells = t.cells;
    if (t.see && cells.every((c) => !c)) {
      // "see Neoplasm, intestine, large": follow the cross-reference (its levels are comma-joined).
      const parts = t.see.replace(/^Neoplasm,\s*/i, '').split(/,\s*/);
      let target;
      for (let n = parts.length; n >= 1 && !target; n--) {
        // A level title may itself contain commas ("intestine, intestinal"): try the known paths.
        for (const [p, row] of byPath) {
          if (row.cells.some(Boolean) && p.split(' > ').map((x) => x.split(/,\s*/)[0]).join(', ') === parts.slice(0, n).join(', ').toLowerCase()) {
            target = row;
            break;
          }
        }
      }
      if (target) cells = target.cells;
    }
    if (cells.every((c) => !c || c === '-')) continue;
    out.push([t.path.join(' > '), ...cells.map((c) => (c === '-' ? '' : c))].join('\t'));
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const drug = vendorDrugTable();
  const body = `site\tmalignant_primary\tmalignant_secondary\tin_situ\tbenign\tuncertain\tunspecified\n${out.join('\n')}\n`;
  const compressed = zlib.brotliCompressSync(Buffer.from(body, 'utf8'), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  fs.writeFileSync(path.join(OUT_DIR, 'neoplasm.tsv.br'), compressed);
  const provenance = `# ICD-10-CM index tables — provenance

Public domain (U.S. CDC NCHS / CMS). Vendored by \`scripts/vendor-icd10-index.js\`, which verifies the
source file against the published SHA256SUMS in \`../shared/data/icd10cm/\` before converting it.

| file | source file | source sha256 | rows | sha256 of this file |
|---|---|---|---|---|
| \`neoplasm.tsv.br\` | \`${NEOPLASM}\` (ICD-10-CM Neoplasm Table, April 1, 2026 update) | \`${sha256(buf)}\` | ${out.length} | \`${sha256(compressed)}\` |
| \`drug.tsv.br\` | \`${DRUG}\` (ICD-10-CM Table of Drugs and Chemicals, April 1, 2026 update) | \`${drug.sourceSha256}\` | ${drug.rows} | \`${sha256(drug.compressed)}\` |

Format (brotli-compressed UTF-8 TSV, header row first): \`site\` is the path of index levels below
"Neoplasm, neoplastic" joined by \` > \` (each level keeps its comma-separated forms, e.g. "intestine,
intestinal > large"; nonessential modifiers in parentheses are dropped), then the six columns of the
table: malignant primary, malignant secondary, carcinoma in situ, benign, uncertain behavior,
unspecified behavior. An empty cell is "-" in the source. A code ending in "-" needs more characters
(the coder picks a billable descendant). "see" cross-references are resolved to the target's cells.

\`drug.tsv.br\` (same encoding): \`substance\` is the path of index levels from the main term joined by
\` > \` (nonessential modifiers dropped, "NEC" kept), then the six columns of the table: poisoning
accidental (unintentional), intentional self-harm, assault, undetermined, adverse effect, underdosing.
A cell is the code without its 7th character (placeholder X included where the table prints it);
"--" in the source (no such code) is empty. "see" cross-references with no cells of their own are
resolved to the row they name (main term, then subterm).
`;
  fs.writeFileSync(path.join(OUT_DIR, 'PROVENANCE.md'), provenance);
  console.log(`neoplasm.tsv.br: ${out.length} rows, ${compressed.length} bytes`);
  console.log(`drug.tsv.br: ${drug.rows} rows, ${drug.compressed.length} bytes`);
}

/** The Table of Drugs and Chemicals (Guideline I.C.19.e): one row per substance path with its six codes. */
function vendorDrugTable() {
  const buf = checkedRead(DRUG);
  const terms = parseTable(buf.toString('utf8'), true);
  const byPath = new Map();
  for (const t of terms) if (t.cells.some((c) => c && c !== '--')) byPath.set(t.path.map((p) => p.toLowerCase()).join(' > '), t);
  const out = [];
  for (const t of terms) {
    let cells = t.cells;
    if (t.see && cells.every((c) => !c || c === '--')) {
      // "see Carbon, monoxide": levels are comma-joined; the main term may itself hold a comma.
      const target = byPath.get(t.see.toLowerCase().split(/,\s*/).join(' > ')) ?? byPath.get(t.see.toLowerCase());
      if (target) cells = target.cells;
    }
    if (cells.every((c) => !c || c === '--')) continue;
    out.push([t.path.join(' > '), ...cells.map((c) => (c === '--' ? '' : c))].join('\t'));
  }
  const body = `substance\tpoisoning_accidental\tpoisoning_intentional\tpoisoning_assault\tpoisoning_undetermined\tadverse_effect\tunderdosing\n${out.join('\n')}\n`;
  const compressed = zlib.brotliCompressSync(Buffer.from(body, 'utf8'), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  fs.writeFileSync(path.join(OUT_DIR, 'drug.tsv.br'), compressed);
  return { rows: out.length, compressed, sourceSha256: sha256(buf) };
}

main();
