#!/usr/bin/env node
// Owns the build of the ICD-10-CM coding knowledge base (data/icd10kb) from the official FY2023 Tabular
// List and Index to Diseases and Injuries XML, reconciled with each vendored fiscal year's code table
// (data/icd10cm). Offline and deterministic: the same inputs give the same bytes (no clock, sorted keys,
// fixed brotli parameters). Run: node scripts/build-icd10-kb.js [--source DIR]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const { parseCsvLine } = require('./csv');

/** Resolved when the build runs (requiring this module for its parsers needs no source folder). */
function sourceDir() {
  return process.argv.includes('--source') ? process.argv[process.argv.indexOf('--source') + 1] : findSharedSource();
}

/** The shared source folder, found by walking up from the repository (main checkout or a worktree). */
function findSharedSource() {
  let dir = path.resolve(__dirname, '..');
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'shared', 'data', 'icd10cm', 'source');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('shared/data/icd10cm/source not found: pass --source DIR');
}
const CODES_DIR = path.resolve(__dirname, '../data/icd10cm');
const OUT_DIR = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]
  : path.resolve(__dirname, '../data/icd10kb');

/** Source files and their sha256 as published in the source folder's PROVENANCE.md. */
const SOURCES = {
  tabular: { file: 'icd10cm_tabular_2023.xml.gz', sha256: 'be531442ea3c833a9334209aa5ccf474c4ea181149c24f9c3add76763f19e668' },
  index: { file: 'icd10cm_index_2023.xml.gz', sha256: '7b6edf5b423de25159f108ca598094262b2f68fbbbfdfe6f07f209e7a5d6bc53' },
  /** Third-party flattening of the FY2025 Index (no manifestation codes): only for codes the FY2023 Index never names. */
  index2025: { file: 'ICD10CM_2025_Index.csv', sha256: 'ed46c243bb91ca24ef9da6ad50cf8f204f2c97f2d69632f34ff0f8081a0609ed' },
};
const KB_FORMAT = 1;

/** Tabular note elements kept, and their short key in the output. */
const NOTE_KINDS = {
  inclusionTerm: 'inc', includes: 'incl', excludes1: 'ex1', excludes2: 'ex2', codeFirst: 'cf',
  useAdditionalCode: 'ua', codeAlso: 'ca', notes: 'n',
};

function sha256(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

function readSource(src) {
  const buf = fs.readFileSync(path.join(sourceDir(), src.file));
  const actual = sha256(buf);
  if (actual !== src.sha256) throw new Error(`${src.file}: sha256 ${actual} does not match ${src.sha256}`);
  return (src.file.endsWith('.gz') ? zlib.gunzipSync(buf) : buf).toString('utf8');
}

/** FY2025 Index flattening → rows shaped like parseIndex's (tree rebuilt from row order and Level). */
function parseIndexCsv(text) {
  const rows = [];
  const open = [];
  const lines = text.split(/\r?\n/).filter(Boolean);
  const header = parseCsvLine(lines[0]);
  const col = (name) => header.indexOf(name);
  const [cLevel, cTerm, cSee, cSeeAlso, cNemod, cCode] = ['Level', 'Term', 'See', 'SeeAlso', 'NonEssModif', 'Code'].map(col);
  for (const line of lines.slice(1)) {
    const f = parseCsvLine(line);
    const level = Number(f[cLevel]);
    open.length = level;
    const nemod = [...(f[cNemod] ?? '').matchAll(/\(([^()]*)\)/g)].map((g) => g[1].trim());
    rows.push({ parent: level > 0 ? open[level - 1] : -1, level, title: f[cTerm].replace(/\s+/g, ' ').trim(), nemod, code: f[cCode].trim(), manif: '', see: f[cSee].trim(), seeAlso: f[cSeeAlso].trim() });
    open[level] = rows.length - 1;
  }
  return rows;
}

/**
 * The FY2023 Index plus, from the FY2025 flattening, every term whose code the FY2023 Index never
 * names (codes added in FY2024–FY2025), with the chain of its ancestor terms. Returns the merged rows
 * and how many terms were supplemented.
 */
function mergeIndex(index2023, index2025) {
  const named = new Set();
  for (const r of index2023) for (const c of [r.code, r.manif]) if (c) named.add(dotless(c).replace(/-$/, ''));
  const merged = [...index2023];
  const copied = new Map(); // 2025 row index → merged row index
  const copy = (i) => {
    if (copied.has(i)) return copied.get(i);
    const r = index2025[i];
    const parent = r.parent >= 0 ? copy(r.parent) : -1;
    // Ancestors are copied for their titles only; their codes are already in the FY2023 Index.
    merged.push({ ...r, parent, code: '', see: '', seeAlso: '' });
    copied.set(i, merged.length - 1);
    return merged.length - 1;
  };
  let supplemented = 0;
  index2025.forEach((r, i) => {
    if (!r.code || named.has(dotless(r.code).replace(/-$/, ''))) return;
    const at = copy(i);
    merged[at].code = r.code;
    supplemented++;
  });
  return { rows: merged, supplemented };
}

function decode(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Minimal event parser for the regular, attribute-light CMS XML: calls open(name, attrs), text(s),
 * close(name) in document order. No DTD, CDATA or comments occur in these files.
 */
function parseXml(xml, handler) {
  const re = /<(\/?)([A-Za-z][\w.]*)([^>]*?)(\/?)>|<\?[^>]*\?>|([^<]+)/g;
  let m;
  while ((m = re.exec(xml))) {
    if (m[5] !== undefined) { handler.text(decode(m[5])); continue; }
    if (!m[2]) continue;
    if (m[1]) { handler.close(m[2]); continue; }
    const attrs = {};
    for (const a of m[3].matchAll(/([\w-]+)="([^"]*)"/g)) attrs[a[1]] = decode(a[2]);
    handler.open(m[2], attrs);
    if (m[4]) handler.close(m[2]);
  }
}

const dotless = (code) => code.replace('.', '').toUpperCase();
const CODE = '[A-Z]\\d[0-9A-Z](?:\\.[0-9A-Z]{0,4})?';

/**
 * Code references in a note's parentheses: "(K50.-)", "(I10-I16)", "(E08-E13 with .42)",
 * "(B27.0-B27.9 with fifth character 1)". Returns [refs, unparsed pieces].
 * A ref is [from, to?, constraint?] with codes dotless and without the trailing dash; a constraint is
 * "sub:42" (characters after the category) or "pos:4=1" (dotless index 4 must be "1").
 */
function parseRefs(note) {
  const refs = [];
  const unparsed = [];
  for (const group of note.matchAll(/\(([^()]*)\)/g)) {
    if (!new RegExp(CODE).test(group[1])) continue;
    for (const rawPiece of group[1].split(/,|;|\band\b/)) {
      // Printed variants of the same forms: "D29.2.-" (a dash after a full code), "S00.- to S09.-", "J96." .
      const piece = rawPiece.trim().replace(/\.-/g, '-').replace(/(\w)\.(?=\s|$)/g, '$1').replace(/-?\s+to\s+/, '-');
      if (!piece) continue;
      const m = new RegExp(`^(${CODE})-?(?:\\s*-\\s*(${CODE})-?)?(?:\\s+with\\s+(.*))?$`).exec(piece);
      if (!m) {
        if (new RegExp(CODE).test(piece)) unparsed.push(piece);
        continue;
      }
      const ref = [dotless(m[1]).replace(/-$/, '')];
      if (m[2]) ref.push(dotless(m[2]).replace(/-$/, ''));
      if (m[3]) {
        const w = m[3].trim();
        let c;
        const ordinal = { fourth: 3, '4th': 3, fifth: 4, '5th': 4, sixth: 5, six: 5, '6th': 5 };
        if ((c = /^\.([0-9A-Z]{1,4})-?$/.exec(w))) c = `sub:${c[1]}`;
        else if ((c = /^\.(\d)(\d)-\.(\d)(\d)$/.exec(w)) && c[1] === c[3]) {
          // ".51-.52": consecutive subcategories of each category in the range.
          c = `sub:${Array.from({ length: Number(c[4]) - Number(c[2]) + 1 }, (_, i) => `${c[1]}${Number(c[2]) + i}`).join('|')}`;
        }
        else if ((c = /^final characters -?([0-9A-Z]{1,3})$/.exec(w))) c = `end:${c[1]}`;
        else if ((c = /^(fourth|fifth|sixth|4th|5th|6th|six)(?: or (fourth|fifth|sixth|six))? characters? ([0-9A-Z](?:-[0-9A-Z])?(?: or [0-9A-Z])*)$/.exec(w))) {
          // "fifth or sixth character 1-4 or 6": either position holds one of the characters.
          const positions = [c[1], c[2]].filter(Boolean).map((o) => ordinal[o]).join(',');
          const chars = c[3].split(/\s+or\s+/).flatMap((x) => {
            const r = /^(\d)-(\d)$/.exec(x);
            return r ? Array.from({ length: Number(r[2]) - Number(r[1]) + 1 }, (_, i) => String(Number(r[1]) + i)) : [x];
          }).join('');
          c = `pos:${positions}=${chars}`;
        }
        if (!c) { unparsed.push(piece); continue; }
        if (ref.length === 1) ref.push(ref[0]);
        ref.push(c);
      }
      refs.push(ref);
    }
  }
  return [refs, unparsed];
}

/** Tabular List → { chapters, sections, codes (dotless → notes), sevenChr, codesFy2023 }. */
function parseTabular(xml) {
  const chapters = [];
  const sections = [];
  const codes = new Map();
  const sevenChr = new Map();
  const stack = []; // open element names
  const owners = []; // { kind: 'chapter'|'section'|'diag', key, notes }
  let text = '';
  let noteKind = null;
  let sevenDef = null;
  let extChar = null;
  const unparsedRefs = [];
  const ownerOf = () => owners[owners.length - 1];
  parseXml(xml, {
    open(name, attrs) {
      stack.push(name);
      text = '';
      if (name === 'chapter') owners.push({ kind: 'chapter', notes: {} });
      else if (name === 'section') owners.push({ kind: 'section', key: attrs.id, notes: {} });
      else if (name === 'diag') owners.push({ kind: 'diag', notes: {} });
      else if (NOTE_KINDS[name] && owners.length) noteKind = NOTE_KINDS[name];
      else if (name === 'sevenChrDef') sevenDef = {};
      else if (name === 'extension' && sevenDef) extChar = attrs.char;
    },
    text(s) { text += s; },
    close(name) {
      stack.pop();
      const owner = ownerOf();
      const parent = stack[stack.length - 1];
      if (name === 'name' && owner && (parent === 'diag' || parent === 'chapter') && !owner.key) owner.key = text.trim();
      else if (name === 'desc' && owner && (parent === 'diag' || parent === 'chapter' || parent === 'section') && owner.desc === undefined) {
        owner.desc = text.trim();
      } else if (name === 'note' && noteKind && owner) {
        const note = text.replace(/\s+/g, ' ').trim();
        if (note) {
          const [refs, unparsed] = parseRefs(note);
          for (const u of unparsed) unparsedRefs.push(`${owner.key}: ${u}`);
          (owner.notes[noteKind] ??= []).push(noteKind === 'inc' || noteKind === 'n' || noteKind === 'incl' ? note : refs.length ? [note, refs] : [note]);
        }
      } else if (NOTE_KINDS[name]) noteKind = null;
      else if (name === 'extension' && sevenDef) { sevenDef[extChar] = text.replace(/\s+/g, ' ').trim(); extChar = null; }
      else if (name === 'sevenChrDef') { sevenChr.set(dotless(owner.key), sevenDef); sevenDef = null; }
      else if (name === 'chapter' || name === 'section' || name === 'diag') {
        owners.pop();
        const hasNotes = Object.keys(owner.notes).length > 0;
        if (name === 'chapter') {
          const r = /\(([A-Z]\d[0-9A-Z])-([A-Z]\d[0-9A-Z])\)\s*$/.exec(owner.desc);
          if (!r) throw new Error(`chapter ${owner.key}: no range in ${JSON.stringify(owner.desc)}`);
          chapters.push({ chapter: Number(owner.key), from: r[1], to: r[2], notes: owner.notes });
        } else if (name === 'section') {
          const [from, to = from] = owner.key.split('-');
          sections.push({ range: owner.key, from, to, notes: owner.notes });
        } else {
          codes.set(dotless(owner.key), hasNotes ? owner.notes : null);
        }
      }
    },
  });
  return { chapters, sections, codes, sevenChr, unparsedRefs };
}

/**
 * Index → flat rows in document order: [parent row index (-1 for a main term), title, nonessential
 * modifiers, code, manifestation, see, seeAlso, level]. Titles are kept as printed; the "(…)" groups
 * of <nemod> are split into single modifiers.
 */
function parseIndex(xml) {
  const rows = [];
  const open = []; // row indices of open mainTerm/term
  let text = '';
  let titleParts = null;
  let nemodText = null;
  parseXml(xml, {
    open(name, attrs) {
      text = '';
      if (name === 'mainTerm' || name === 'term') {
        const parent = open.length ? open[open.length - 1] : -1;
        rows.push({ parent, title: '', nemod: [], code: '', manif: '', see: '', seeAlso: '', level: name === 'mainTerm' ? 0 : Number(attrs.level) });
        open.push(rows.length - 1);
      } else if (name === 'title' && open.length) titleParts = [];
      else if (name === 'nemod' && titleParts) nemodText = '';
    },
    text(s) {
      if (nemodText !== null) nemodText += s;
      else if (titleParts) titleParts.push(s);
      else text += s;
    },
    close(name) {
      const row = open.length ? rows[open[open.length - 1]] : null;
      if (name === 'mainTerm' || name === 'term') open.pop();
      else if (name === 'nemod' && nemodText !== null) {
        for (const g of nemodText.matchAll(/\(([^()]*)\)/g)) row.nemod.push(g[1].trim());
        if (!/\(/.test(nemodText) && nemodText.trim()) row.nemod.push(nemodText.trim());
        nemodText = null;
      } else if (name === 'title' && titleParts) {
        row.title = titleParts.join('').replace(/\s+/g, ' ').trim();
        titleParts = null;
      } else if (row && (name === 'code' || name === 'subcat' || name === 'seecat')) {
        if (!row.code) row.code = text.trim();
      } else if (row && name === 'manif') row.manif = text.trim();
      else if (row && name === 'see') row.see = text.replace(/\s+/g, ' ').trim();
      else if (row && name === 'seeAlso') row.seeAlso = text.replace(/\s+/g, ' ').trim();
      text = '';
    },
  });
  return rows;
}

/** A fiscal year's code table from data/icd10cm: dotless code → billable. */
function readCodeTable(fiscalYear) {
  const manifest = JSON.parse(fs.readFileSync(path.join(CODES_DIR, 'manifest.json'), 'utf8'));
  const year = manifest.years.find((y) => y.fiscalYear === fiscalYear);
  const buf = fs.readFileSync(path.join(CODES_DIR, year.file));
  if (sha256(buf) !== year.sha256) throw new Error(`${year.file}: sha256 does not match data/icd10cm/manifest.json`);
  const table = new Map();
  for (const line of zlib.brotliDecompressSync(buf).toString('utf8').split('\n')) {
    if (!line) continue;
    const [code, flag] = line.split('\t');
    table.set(code, flag === '1');
  }
  return { table, sha256: year.sha256, file: year.file };
}

/** Nearest existing ancestor prefix of a dotless code (the code itself if present). */
function nearestIn(map, code) {
  for (let n = code.length; n >= 3; n--) if (map.has(code.slice(0, n))) return code.slice(0, n);
  return undefined;
}

/**
 * An Index target in a year's code set: the code itself ("I11.-" → category I11), or, when the code
 * no longer exists, its unique billable descendant. Returns [dotted target, how] or [undefined, why].
 */
function reconcileTarget(target, table, sortedCodes, sevenChr) {
  const bare = dotless(target).replace(/-$/, '');
  if (!/^[A-Z]\d[0-9A-Z][0-9A-Z]{0,4}$/.test(bare)) return [undefined, 'malformed'];
  if (table.get(bare) === true) return [toDotted(bare), 'kept'];
  const billable = [];
  for (let i = firstWithPrefix(sortedCodes, bare); i < sortedCodes.length && sortedCodes[i].startsWith(bare); i++) {
    if (table.get(sortedCodes[i])) billable.push(sortedCodes[i]);
  }
  if (table.has(bare)) {
    // A header: printed with "-" it asks for more characters; printed without, it was a leaf in FY2023
    // and has been expanded since (resolved when only one leaf remains, else kept as "needs more").
    if (billable.length === 1) return [toDotted(billable[0]), target.endsWith('-') ? 'kept' : 'descendant'];
    const takesSeventh = bare.length < 7 && nearestIn(sevenChr, bare) !== undefined;
    return [`${toDotted(bare)}${bare.length === 3 ? '.' : ''}-`, target.endsWith('-') || takesSeventh ? 'kept' : 'expanded'];
  }
  if (billable.length === 1) return [toDotted(billable[0]), 'descendant'];
  return [undefined, billable.length ? 'ambiguous' : 'deleted'];
}

/** Index of the first code >= prefix in a sorted list (binary search). */
function firstWithPrefix(sorted, prefix) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < prefix) lo = mid + 1; else hi = mid; }
  return lo;
}

function toDotted(code) {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** JSON with object keys sorted, so output bytes never depend on insertion order. */
function stableStringify(value) {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => value[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function brotli(text) {
  return zlib.brotliCompressSync(Buffer.from(text, 'utf8'), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length },
  });
}

function buildYear(fiscalYear, tab, index) {
  const { table, sha256: tableSha, file: tableFile } = readCodeTable(fiscalYear);
  const sortedCodes = [...table.keys()].sort();
  const report = { fiscalYear, droppedCodeNotes: [], addedCodes: new Map(), newCategories: [], targets: { kept: 0, descendant: [], expanded: [], ambiguous: [], deleted: [], malformed: [] }, deadRefs: new Map() };

  // Notes of FY2023 codes still in the set (as a header or a leaf); a deleted code's notes are dropped.
  const notes = {};
  for (const [code, n] of tab.codes) {
    if (!n) continue;
    if (table.has(code)) notes[code] = n;
    else report.droppedCodeNotes.push(code);
  }
  const sevenChr = {};
  for (const [code, def] of tab.sevenChr) if (table.has(code)) sevenChr[code] = def;

  // Codes added since FY2023 inherit the notes of their nearest FY2023 ancestor (the loader walks up).
  for (const code of sortedCodes) {
    if (tab.codes.has(code)) continue;
    // A 7th-character code is the FY2023 base code plus its extension, not an addition.
    if (code.length === 7 && tab.codes.has(code.slice(0, 6).replace(/X+$/, '')) && nearestIn(tab.sevenChr, code.slice(0, 6))) continue;
    if (code.length === 7 && tab.codes.has(code.slice(0, 6))) continue;
    const ancestor = nearestIn(tab.codes, code);
    if (!ancestor) report.newCategories.push(code);
    else report.addedCodes.set(ancestor, (report.addedCodes.get(ancestor) ?? 0) + 1);
  }
  // Excludes references that name no code of this year (kept: a prefix that matches nothing is inert).
  for (const n of Object.values(notes)) {
    for (const kind of ['ex1', 'ex2', 'cf', 'ua', 'ca']) {
      for (const [, refs = []] of n[kind] ?? []) {
        for (const r of refs) {
          const probe = r[0];
          const at = firstWithPrefix(sortedCodes, probe);
          if (r.length === 1 && !(at < sortedCodes.length && sortedCodes[at].startsWith(probe))) report.deadRefs.set(probe, (report.deadRefs.get(probe) ?? 0) + 1);
        }
      }
    }
  }

  // Index rows with targets reconciled to this year.
  const rows = [];
  for (const r of index) {
    let code = '';
    let manif = '';
    if (r.code) {
      const [t, how] = reconcileTarget(r.code, table, sortedCodes, tab.sevenChr);
      if (how === 'kept') report.targets.kept++;
      else report.targets[how].push(`${r.code}${t ? ` → ${t}` : ''}`);
      code = t ?? '';
    }
    if (r.manif) {
      const [t, how] = reconcileTarget(r.manif, table, sortedCodes, tab.sevenChr);
      if (how !== 'kept') report.targets[how].push(`[${r.manif}]${t ? ` → ${t}` : ''}`);
      manif = t ?? '';
    }
    // [parent, level, title, nemod, code, manif, see, seeAlso]; empty trailing fields are trimmed.
    const row = [r.parent, r.level, r.title, r.nemod, code, manif, r.see, r.seeAlso];
    while (row.length > 3 && (row[row.length - 1] === '' || (Array.isArray(row[row.length - 1]) && !row[row.length - 1].length))) row.pop();
    rows.push(row);
  }

  const kb = {
    format: KB_FORMAT,
    fiscalYear,
    sources: { tabular: SOURCES.tabular, index: SOURCES.index, index2025: SOURCES.index2025, codeTable: { file: tableFile, sha256: tableSha } },
    chapters: tab.chapters,
    sections: tab.sections,
    notes,
    sevenChr,
    index: rows,
  };
  return { kb, report };
}

function reportMarkdown(report, tab) {
  const t = report.targets;
  const lines = [
    `# ICD-10-CM knowledge base FY${report.fiscalYear}: reconciliation report`,
    '',
    'Generated by `scripts/build-icd10-kb.js` (do not edit). The Tabular List and Index are FY2023; the code',
    `set is FY${report.fiscalYear} (data/icd10cm). What follows is everything that could not be carried over unchanged.`,
    '',
    '## Counts',
    '',
    '| item | count |',
    '|---|---|',
    `| FY2023 tabular codes with notes | ${[...tab.codes.values()].filter(Boolean).length} |`,
    `| … dropped because the code is deleted in FY${report.fiscalYear} | ${report.droppedCodeNotes.length} |`,
    `| FY${report.fiscalYear} codes added since FY2023 (inherit their nearest FY2023 ancestor's notes) | ${[...report.addedCodes.values()].reduce((a, b) => a + b, 0)} |`,
    `| … in categories new since FY2023 (no ancestor notes: not reconciled) | ${report.newCategories.length} |`,
    `| Index terms added from the FY2025 flattening (codes the FY2023 Index never names) | ${tab.indexSupplemented} |`,
    `| Index targets kept as printed | ${t.kept} |`,
    `| Index targets deleted, resolved to their unique billable descendant | ${t.descendant.length} |`,
    `| Index targets that were FY2023 leaves and are headers now (kept as "needs more characters") | ${t.expanded.length} |`,
    `| Index targets deleted, several billable descendants (dropped) | ${t.ambiguous.length} |`,
    `| Index targets deleted with no descendant (dropped) | ${t.deleted.length} |`,
    `| Index targets malformed (dropped) | ${t.malformed.length} |`,
    `| Note code references matching no FY${report.fiscalYear} code (kept, inert) | ${report.deadRefs.size} |`,
    `| Note code references not parsed (text kept, no reference) | ${tab.unparsedRefs.length} |`,
    '',
  ];
  const section = (title, items) => {
    lines.push(`## ${title} (${items.length})`, '');
    lines.push(items.length ? items.join(', ') : '(none)', '');
  };
  section(`Codes whose FY2023 notes were dropped (deleted by FY${report.fiscalYear})`, report.droppedCodeNotes.map(toDotted));
  section('Added codes in categories new since FY2023 (no notes known)', report.newCategories.map(toDotted));
  section('Index targets expanded since FY2023 (kept as headers needing more characters)', [...new Set(t.expanded)]);
  section('Index targets dropped: several billable descendants', [...new Set(t.ambiguous)]);
  section('Index targets dropped: deleted, no descendant', [...new Set(t.deleted)]);
  section('Index targets dropped: malformed', [...new Set(t.malformed)]);
  section('Index targets resolved to their unique billable descendant', [...new Set(t.descendant)]);
  section('Note code references matching no code of this year', [...report.deadRefs.keys()].map(toDotted));
  section('Note code references not parsed', tab.unparsedRefs);
  lines.push('## Added codes by the FY2023 ancestor whose notes they inherit', '');
  lines.push([...report.addedCodes].map(([a, n]) => `${toDotted(a)} (${n})`).join(', '), '');
  return lines.join('\n');
}

function main() {
  const tab = parseTabular(readSource(SOURCES.tabular));
  const { rows: index, supplemented } = mergeIndex(parseIndex(readSource(SOURCES.index)), parseIndexCsv(readSource(SOURCES.index2025)));
  tab.indexSupplemented = supplemented;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const codesManifest = JSON.parse(fs.readFileSync(path.join(CODES_DIR, 'manifest.json'), 'utf8'));
  const manifest = { format: KB_FORMAT, defaultFiscalYear: codesManifest.defaultFiscalYear, years: [] };
  for (const { fiscalYear } of codesManifest.years) {
    const { kb, report } = buildYear(fiscalYear, tab, index);
    const file = `kb_fy${fiscalYear}.json.br`;
    const json = stableStringify(kb);
    const buf = brotli(json);
    fs.writeFileSync(path.join(OUT_DIR, file), buf);
    fs.writeFileSync(path.join(OUT_DIR, `reconciliation-fy${fiscalYear}.md`), reportMarkdown(report, tab));
    manifest.years.push({
      fiscalYear, file, sha256: sha256(buf), jsonBytes: json.length,
      codesWithNotes: Object.keys(kb.notes).length, sevenChrDefs: Object.keys(kb.sevenChr).length, indexRows: kb.index.length,
    });
    process.stdout.write(`FY${fiscalYear}: ${file} ${buf.length} B (json ${json.length} B), ${Object.keys(kb.notes).length} codes with notes, ${kb.index.length} index rows\n`);
  }
  fs.writeFileSync(path.join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

if (require.main === module) main();
module.exports = { parseRefs, parseTabular, parseIndex, parseIndexCsv, mergeIndex, reconcileTarget };
