// Owns the lexicon terms derived from the ICD-10-CM Neoplasm Table (data/icd10index, vendored by
// scripts/vendor-icd10-index.js): every site of the table × its behaviour columns, so "adenocarcinoma
// of the colon", "liver metastases" or "benign tumour of the parotid" code by site as the Index does;
// and the table's primary → secondary pairs a guideline rule uses to move a site named as a
// metastasis to its secondary code (I.C.2.b).
import { findDataDir } from '../dataDir';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadedSourceOf, type CodeEntry, type CodeSet } from '../icd10';
import { processSingleton } from '../processStore';
import { phraseTokens } from './phrase';

/** Behaviour columns of the table, in file order, with the words a note uses for each. */
const COLUMNS = [
  'malignant neoplasm', // malignant primary
  'secondary malignant neoplasm', // malignant secondary
  'malignant neoplasm in situ', // carcinoma in situ
  'benign neoplasm', // benign
  'neoplasm uncertain behavior', // uncertain behaviour
  'neoplasm', // unspecified behaviour ("tumour of the kidney")
] as const;

export interface IndexTerm {
  readonly code: string;
  readonly phrase: string;
}

/** Site levels that are not anatomy a note would name, or that need a qualifier the table cannot give. */
const SKIP_LEVEL = /\b(overlapping|specified (type|site)|NEC|mastectomy site|contiguous sites|ill-defined)\b/i;

/** data/icd10index, found by walking up from this module (works from src/ under jest and from dist/). */
export function defaultIndexDir(): string | undefined {
  return findDataDir('icd10index', 'neoplasm.tsv.br', __dirname);
}

/** Codes of one site by behaviour. */
export interface SiteBehaviours {
  readonly malignant?: string;
  readonly benign?: string;
}

/** Shared by every caller in the process (built once, processStore.ts), so read-only to all of them. */
export interface NeoplasmIndex {
  readonly terms: readonly IndexTerm[];
  /** "Tumour of the kidney" (an unspecified-behaviour term's phrase) + "carcinoma" said elsewhere → the site's malignant code. */
  readonly bySitePhrase: ReadonlyMap<string, SiteBehaviours>;
}

/** The Neoplasm Table row whose subsites are the lymph node regions ("lymph … > gland > inguinal"). */
const LYMPH_GLAND_LEVELS = ['lymph, lymphatic channel NEC', 'gland'];

/**
 * The lymph node regions the Neoplasm Table names under "lymph gland" (cervical, inguinal, mediastinal,
 * submaxillary, …), each as the words a note writes (a row's comma forms are separate regions: "axilla,
 * axillary"). The classification's own list of regional node groups, for reading a named region's node
 * enlargement as localized (Index: Lymphadenopathy, localized R59.0).
 */
export function lymphNodeRegions(dir = defaultIndexDir()): string[] {
  if (!dir) return [];
  const text = zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'neoplasm.tsv.br'))).toString('utf8');
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const levels = line.split('\t')[0].split(' > ');
    if (levels.length !== LYMPH_GLAND_LEVELS.length + 1 || levels[0] !== LYMPH_GLAND_LEVELS[0] || levels[1] !== LYMPH_GLAND_LEVELS[1]) continue;
    if (SKIP_LEVEL.test(levels[2])) continue;
    const parts = levels[2].split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
    // "epigastric, inferior" is one region printed head first; "axilla, axillary" two forms of one.
    const forms = parts.length > 1 && parts.every((p) => p.slice(0, 4) === parts[0].slice(0, 4)) ? parts : [parts.slice(1).concat(parts[0]).join(' ')];
    for (const f of forms) if (!/\bsites?\b|NEC/i.test(f)) out.add(f.replace(/'s\b/g, ''));
  }
  return [...out];
}

/** Terms "site words + behaviour words" → billable code, for every row of the Neoplasm Table. */
export function neoplasmTerms(codeSet: CodeSet, dir = defaultIndexDir()): readonly IndexTerm[] {
  return neoplasmIndex(codeSet, dir).terms;
}

/**
 * The Table read against a code set, per loaded code set's tables (loadedSourceOf; the code set itself for
 * one built otherwise) and directory: a pure function of those, read only by its callers, and asked for by
 * the guideline rules on every note that says "mets", so built once per process (processStore.ts).
 */
const builtIndexes = processSingleton('coding.neoplasmIndexes', () => new WeakMap<object, Map<string, NeoplasmIndex>>());

export function neoplasmIndex(codeSet: CodeSet, dir = defaultIndexDir()): NeoplasmIndex {
  const owner = loadedSourceOf(codeSet) ?? codeSet;
  let byDir = builtIndexes.get(owner);
  if (!byDir) builtIndexes.set(owner, (byDir = new Map()));
  let index = byDir.get(dir ?? '');
  if (!index) byDir.set(dir ?? '', (index = buildNeoplasmIndex(codeSet, dir)));
  return index;
}

function buildNeoplasmIndex(codeSet: CodeSet, dir: string | undefined): NeoplasmIndex {
  const bySitePhrase = new Map<string, SiteBehaviours>();
  if (!dir) return { terms: [], bySitePhrase };
  const text = zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'neoplasm.tsv.br'))).toString('utf8');
  const out: IndexTerm[] = [];
  const resolved = new Map<string, string | undefined>();
  const resolve = (raw: string, side?: 'right' | 'left') => {
    const key = `${raw}|${side ?? ''}`;
    if (!resolved.has(key)) resolved.set(key, resolveCode(codeSet, raw, side));
    return resolved.get(key);
  };
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const [site, ...cells] = line.split('\t');
    const levels = site.split(' > ');
    if (levels.some((l) => SKIP_LEVEL.test(l))) continue;
    const behaviours = (side?: 'right' | 'left'): SiteBehaviours => ({
      malignant: cells[0] ? (side && resolve(cells[0], side)) || resolve(cells[0]) : undefined,
      benign: cells[3] ? (side && resolve(cells[3], side)) || resolve(cells[3]) : undefined,
    });
    for (const variant of siteVariants(levels)) {
      if (cells[5]) {
        for (const side of [undefined, 'right', 'left'] as const) {
          const phrase = side ? `${COLUMNS[5]} ${side} ${variant}` : `${COLUMNS[5]} ${variant}`;
          bySitePhrase.set(phrase, behaviours(side));
          const key = siteKey(phraseTokens(phrase));
          if (!bySitePhrase.has(key)) bySitePhrase.set(key, behaviours(side));
        }
      }
      cells.forEach((cell, col) => {
        if (!cell) return;
        const code = resolve(cell);
        if (!code) return;
        out.push({ code, phrase: `${COLUMNS[col]} ${variant}` });
        for (const side of ['right', 'left'] as const) {
          const sided = resolve(cell, side);
          if (sided && sided !== code) out.push({ code: sided, phrase: `${COLUMNS[col]} ${side} ${variant}` });
        }
      });
    }
  }
  return { terms: out, bySitePhrase };
}

/** Order-insensitive key of a term's tokens (marked so it never equals a phrase). */
export function siteKey(tokens: string[]): string {
  return `#${[...tokens].sort().join(' ')}`;
}

/** "intestine, intestinal > large" → ["intestine large", "intestinal large"] (at most a few). */
function siteVariants(levels: string[]): string[] {
  let variants = [''];
  for (const level of levels) {
    let forms = level.split(/,\s*/).map((f) => f.replace(/\([^)]*\)/g, ' ').trim()).filter(Boolean);
    // "abdomen, abdominal" lists forms of one word; "calyx, renal" is an inverted phrase (renal calyx).
    if (forms.length > 1 && !forms.every((f) => f.slice(0, 4) === forms[0].slice(0, 4))) forms = [forms.join(' ')];
    const next: string[] = [];
    for (const v of variants) for (const f of forms) next.push(`${v} ${f}`.trim());
    variants = next.slice(0, 8);
  }
  return variants;
}

/**
 * A table cell → a billable code. "C50.9-" needs more characters: take the descendant that is
 * unspecified in every other respect (and of the stated side, when one is asked for).
 */
function resolveCode(codeSet: CodeSet, raw: string, side?: 'right' | 'left'): string | undefined {
  const base = raw.replace(/[-.]+$/, '');
  let entry: CodeEntry | undefined;
  try {
    entry = codeSet.find(base);
  } catch {
    return undefined;
  }
  if (!entry) return undefined;
  if (entry.billable) return side ? undefined : entry.code;
  let best: CodeEntry | undefined;
  let bestScore = -Infinity;
  for (const d of codeSet.billableDescendants(entry.code)) {
    const desc = d.longDescription.toLowerCase();
    const hasRight = /\bright\b/.test(desc);
    const hasLeft = /\bleft\b/.test(desc);
    let score = (desc.match(/\bunspecified\b/g) ?? []).length - (/\bmale\b/.test(desc) ? 1 : 0);
    if (side) score += (side === 'right' ? hasRight && !hasLeft : hasLeft && !hasRight) ? 10 : -10;
    else if (hasRight || hasLeft) score -= 5;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best && (!side || bestScore > 0) ? best.code : undefined;
}

/** Per code set and Table directory (the two things the map is read from): an index of another directory is another map. */
const secondaryCache = new WeakMap<CodeSet, Map<string, ReadonlyMap<string, string>>>();

/**
 * Primary-site code → the secondary code of the same Table row ("C41.9" bone → "C79.51"), first row
 * wins. Codes are the unspecified-side codes the table cells resolve to; a sided primary maps through
 * its subcategory (C34.11 → the row of C34.1-).
 */
export function secondaryOfPrimary(codeSet: CodeSet, dir = defaultIndexDir()): ReadonlyMap<string, string> {
  let byDir = secondaryCache.get(codeSet);
  if (!byDir) secondaryCache.set(codeSet, (byDir = new Map()));
  const cached = byDir.get(dir ?? '');
  if (cached) return cached;
  const map = new Map<string, string>();
  if (dir) {
    const text = zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'neoplasm.tsv.br'))).toString('utf8');
    for (const line of text.split('\n').slice(1)) {
      const cells = line.split('\t').slice(1);
      if (!cells[0] || !cells[1]) continue;
      const primary = cells[0].replace(/[-.]+$/, '');
      const secondary = resolveCode(codeSet, cells[1]);
      if (secondary && !map.has(primary)) map.set(primary, secondary);
    }
  }
  byDir.set(dir ?? '', map);
  return map;
}

/** The secondary code for a primary-site code: its own Table row, else the row of its subcategory or category. */
export function secondaryFor(codeSet: CodeSet, primary: string): string | undefined {
  const map = secondaryOfPrimary(codeSet);
  for (let code = primary; code.length >= 3; code = code.slice(0, -1).replace(/\.$/, '')) {
    const found = map.get(code);
    if (found) return found;
  }
  return undefined;
}
