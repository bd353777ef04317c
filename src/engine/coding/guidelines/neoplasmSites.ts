// Owns the site of a carcinoma in situ (Guidelines I.C.2, Neoplasm Table "Ca in situ" column): a note
// that says "ductal carcinoma in situ" in one clause and "left breast" in another, or "CIN III of the
// cervix", is coded at the stated site (D00–D09), never D09.9 (site unspecified); in the breast the Index
// splits by morphology ("Carcinoma in situ, breast, lobular D05.0-; intraductal D05.1-") and the
// Tabular by side, both read from the note.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { CodeSet } from '../../icd10';
import { sentenceAt } from '../../text';
import { defaultIndexDir } from '../neoplasms';
import { billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** In situ codes with no site, or a site without its side or morphology. */
const UNSITED = /^(?:D09\.9|D05\.[0189]0|D05\.9[0-2])$/;
/** Index morphology subterms under "Carcinoma in situ, breast". */
const LOBULAR = /\blobular\b|\bLCIS\b/i;
const DUCTAL = /\b(?:intra-?ductal|ductal)\b|\bDCIS\b/i;

interface InSituSite {
  /** Alternatives of the site's words (every word of one alternative must occur). */
  words: string[][];
  depth: number;
  cell: string;
}

const siteCache = new WeakMap<CodeSet, InSituSite[]>();

/** Rows of the Neoplasm Table with an in-situ cell, at most two levels deep (organ and part). */
function inSituSites(codeSet: CodeSet): InSituSite[] {
  let sites = siteCache.get(codeSet);
  if (sites) return sites;
  sites = [];
  const dir = defaultIndexDir();
  if (dir) {
    const text = zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'neoplasm.tsv.br'))).toString('utf8');
    for (const line of text.split('\n').slice(1)) {
      const [site, , , inSitu] = line.split('\t');
      if (!site || !inSitu) continue;
      const levels = site.split(' > ');
      if (levels.length > 2 || /\b(?:NEC|overlapping|specified|ill-defined|unspecified)\b/i.test(site)) continue;
      // "abdomen, abdominal" lists spellings of one level; parentheses hold nonessential words.
      const heads = levels[0].replace(/\([^)]*\)/g, ' ').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
      const part = levels[1]?.replace(/\([^)]*\)/g, ' ').trim().toLowerCase();
      const words = heads.map((h) => [...h.split(/\s+/), ...(part ? part.split(/[\s,]+/).filter((w) => w && w !== 'and') : [])]);
      sites.push({ words, depth: levels.length, cell: inSitu });
    }
  }
  siteCache.set(codeSet, sites);
  return sites;
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z]+/).filter(Boolean));
}

/** The one in-situ cell of the most specific sites a text names; undefined when none or two disagree. */
function siteCell(codeSet: CodeSet, text: string): string | undefined {
  const words = wordsOf(text);
  const hits = inSituSites(codeSet).filter((s) => s.words.some((alt) => alt.every((w) => words.has(w))));
  if (!hits.length) return undefined;
  const deepest = Math.max(...hits.map((h) => h.depth));
  const cells = new Set(hits.filter((h) => h.depth === deepest).map((h) => h.cell));
  return cells.size === 1 ? [...cells][0] : undefined;
}

/** A billable code for a Table cell ("D06.9", "D05.-"), with the note's morphology and side. */
function resolveCell(codeSet: CodeSet, cell: string, morphology: string, sides: readonly string[]): string | undefined {
  let prefix = cell.replace(/[-.]+$/, '');
  if (prefix === 'D05') prefix = LOBULAR.test(morphology) ? 'D05.0' : DUCTAL.test(morphology) ? 'D05.1' : 'D05.9';
  const leaves = codeSet.billableDescendants(prefix);
  if (!leaves.length) return undefined;
  if (leaves.length === 1) return leaves[0].code;
  const want = sideOf(sides) ?? 'unspecified';
  return leaves.find((e) => new RegExp(`\\b${want}\\b`, 'i').test(e.longDescription))?.code;
}

/** The one side the first text naming any side states (the sentence, then the note); undefined when none or both. */
function sideOf(texts: readonly string[]): 'right' | 'left' | undefined {
  for (const text of texts) {
    const right = /\bright\b/i.test(text);
    const left = /\bleft\b/i.test(text);
    if (right !== left) return right ? 'right' : 'left';
    if (right && left) return undefined;
  }
  return undefined;
}

function sentenceOf(ctx: GuidelineContext, offset: number): string {
  const s = sentenceAt(ctx.analysis, offset);
  return s && s.end > s.start ? ctx.text.slice(s.start, s.end) : '';
}

export const inSituSiteRule: GuidelineRule = {
  name: 'carcinoma in situ by site',
  section: 'I.C.2',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    let any = false;
    for (const k of drafts.keys()) if (UNSITED.test(k)) any = true;
    if (!any) return;
    for (const d of [...drafts.values()]) {
      if (!UNSITED.test(d.code)) continue;
      const sentence = d.evidence.map((e) => sentenceOf(ctx, e.start)).join(' ');
      // The evidence's own sentence names the site, else the note does (a pathology "Specimen:" line).
      let text = sentence;
      let cell = siteCell(ctx.codeSet, sentence);
      if (!cell && d.code === 'D09.9') {
        text = ctx.text;
        cell = siteCell(ctx.codeSet, ctx.text);
      }
      if (!cell && d.code.startsWith('D05')) cell = 'D05.-';
      if (!cell) continue;
      // Morphology from the evidence itself first ("lobular carcinoma in situ"), side from where the site is stated.
      const target = resolveCell(ctx.codeSet, cell, `${d.evidence.map((e) => e.text).join(' ')} ${text}`, [sentence, ctx.text]);
      if (!target || target === d.code || !billable(ctx, target)) continue;
      const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.C.2', action: 'refined', detail: `carcinoma in situ at the site stated: ${d.code} → ${target}` });
      if (!t) continue;
      t.confidence = Math.max(t.confidence, d.confidence);
      dropDraft(ctx, drafts, d.code, 'I.B.2', `site stated: ${target}`, t);
    }
  },
};
