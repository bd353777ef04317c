// Owns the site of a carcinoma in situ (Guidelines I.C.2, Neoplasm Table "Ca in situ" column): a note
// that says "ductal carcinoma in situ" in one clause and "left breast" in another, or "CIN III of the
// cervix", is coded at the stated site (D00–D09), never D09.9 (site unspecified); in the breast the Index
// splits by morphology ("Carcinoma in situ, breast, lobular D05.0-; intraductal D05.1-") and the
// Tabular by side, both read from the note.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { CodeSet } from '../../icd10';
import { sentenceAt, sentenceIndexAt } from '../../text';
import { defaultIndexDir } from '../neoplasms';
import { billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** In situ codes with no site, or a site without its side or morphology. */
const UNSITED = /^(?:D09\.9|D05\.[0189]0|D05\.9[0-2])$/;
/** Index morphology subterms under "Carcinoma in situ, breast". */
const LOBULAR = /\blobular\b|\bLCIS\b/i;
const DUCTAL = /\b(?:intra-?ductal|ductal)\b|\bDCIS\b/i;

/** Table rows named by a word notes also use for a tumour's look ("cystic carcinoma"): the note must name the organ too. */
const MORPHOLOGY_ADJECTIVE: Record<string, string[]> = { cystic: ['duct'] };

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
      // "abdomen, abdominal" lists spellings of one level (the same stem), "calyx, renal" one site in two
      // words; parentheses hold nonessential words.
      const parts = levels[0].replace(/\([^)]*\)/g, ' ').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
      const spellings = parts.filter((p, i) => i === 0 || p.slice(0, 3) === parts[0].slice(0, 3));
      const heads = spellings.length === parts.length ? parts : [parts.join(' ')];
      const part = levels[1]?.replace(/\([^)]*\)/g, ' ').trim().toLowerCase();
      const words = heads.map((h) => [...h.split(/\s+/), ...(MORPHOLOGY_ADJECTIVE[h] ?? []), ...(part ? part.split(/[\s,]+/).filter((w) => w && w !== 'and') : [])]);
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

/** A pathology or procedure label line that names the specimen's site ("Specimen: right breast, …"). */
const SITE_LABEL = /^\s*(?:specimens?|site|source|location|procedure|tissue|part)\b[^:\n]{0,30}:/i;

/** A short line saying where the specimen came from ("Right breast core biopsy at 10 o'clock."). */
const SPECIMEN_TAKEN = /\b(?:biops(?:y|ies)|excision(?:al)?|resection|specimen|core|FNA|aspirat\w*|cone|LEEP|conization)\b/i;
const SPECIMEN_LINE_MAX_WORDS = 15;

/** Lines naming the specimen within two sentences of an offset (a case history's other sentences name other organs). */
function neighbourhood(ctx: GuidelineContext, offset: number): string {
  const i = sentenceIndexAt(ctx.analysis, offset);
  if (i < 0) return '';
  const all = ctx.analysis.sentences;
  const out: string[] = [];
  for (let k = Math.max(0, i - 2); k <= Math.min(all.length - 1, i + 2); k++) {
    const text = ctx.text.slice(all[k].start, all[k].end);
    if (k !== i && (SITE_LABEL.test(text) || (SPECIMEN_TAKEN.test(text) && text.split(/\s+/).length <= SPECIMEN_LINE_MAX_WORDS))) out.push(text);
  }
  return out.join(' ');
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
      // The evidence's own sentence names the site, else the sentences around it (a pathology "Specimen:" line).
      let text = sentence;
      let cell = siteCell(ctx.codeSet, sentence);
      if (!cell && d.code === 'D09.9') {
        text = d.evidence.map((e) => neighbourhood(ctx, e.start)).join(' ');
        cell = siteCell(ctx.codeSet, text);
      }
      if (!cell && d.code.startsWith('D05')) cell = 'D05.-';
      if (!cell) continue;
      // Morphology from the evidence itself first ("lobular carcinoma in situ"); the side the code already
      // has, else the evidence's, its sentence's, the site's sentences', then the note's (one side only).
      const own = ctx.codeSet.find(d.code)?.longDescription ?? '';
      const evidence = d.evidence.map((e) => e.text).join(' ');
      const target = resolveCell(ctx.codeSet, cell, `${evidence} ${sentence} ${text}`, [own, evidence, sentence, text, ctx.text]);
      if (!target || target === d.code || !billable(ctx, target)) continue;
      // Never trade a stated side for the unspecified one.
      if (/\bunspecified\b/.test(ctx.codeSet.find(target)?.longDescription ?? '') && /\b(?:right|left)\b/.test(own)) continue;
      const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.C.2', action: 'refined', detail: `carcinoma in situ at the site stated: ${d.code} → ${target}` });
      if (!t) continue;
      t.confidence = Math.max(t.confidence, d.confidence);
      dropDraft(ctx, drafts, d.code, 'I.B.2', `site stated: ${target}`, t);
    }
  },
};
