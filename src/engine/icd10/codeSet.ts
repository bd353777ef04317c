// Owns the in-memory ICD-10-CM code set of one fiscal year: lookup, billable/header status,
// hierarchy (chapter, block, category, parent chain) and text search over descriptions.
import { UnknownCodeError } from '../../errors';
import { toDotless, toDotted } from './codeFormat';
import { processSingleton } from '../processStore';

export interface CodeEntry {
  /** Dotted, upper case: "E11.22". */
  code: string;
  shortDescription: string;
  longDescription: string;
  /** Valid for HIPAA transactions (a leaf); headers are not billable. */
  billable: boolean;
}

export interface Chapter { chapter: number; description: string }
export interface Block { range: string; chapter: number; description: string }

export interface CodeHierarchy {
  chapter: Chapter;
  block: Block;
  category: CodeEntry;
  /** Ancestors from the category down to the direct parent (excludes the code itself). */
  ancestors: CodeEntry[];
}

export interface SearchHit {
  entry: CodeEntry;
  score: number;
}

export interface CodeSetData {
  fiscalYear: number;
  effectiveFrom: string;
  effectiveTo: string;
  /** The rows in tabular order (tabularRows): descriptions are cut from the table text when first asked for. */
  rows: TabularRows;
  chapters: Chapter[];
  blocks: Block[];
  /** [category, block range, chapter number, description]. */
  categories: Array<[string, string, number, string]>;
}

/**
 * The vendored table's rows, "dotless code TAB billable flag TAB long description TAB short description" per
 * line: the codes and flags are read at load, each description only when its entry is first built (a process
 * reads a few thousand of the 98,000 entries, and start-up pays for what it reads).
 */
export interface TabularRows {
  readonly length: number;
  /** Dotless upper-case codes in tabular order. */
  readonly dotless: readonly string[];
  /** 1 for a billable code. */
  readonly billable: Uint8Array;
  /** [long, short] of row `order`. */
  descriptions(order: number): [long: string, short: string];
}

/** Reads the table's codes and flags in one pass over its text; a description is cut out when asked for. */
export function tabularRows(table: string): TabularRows {
  const dotless: string[] = [];
  const flags: number[] = [];
  /** Start of each row's long description in `table`. */
  const descriptionStarts: number[] = [];
  let start = 0;
  while (start < table.length) {
    let end = table.indexOf('\n', start);
    if (end < 0) end = table.length;
    if (end > start) {
      const tab = table.indexOf('\t', start);
      dotless.push(table.slice(start, tab));
      flags.push(table.charCodeAt(tab + 1) === 49 /* "1" */ && table.charCodeAt(tab + 2) === 9 ? 1 : 0);
      descriptionStarts.push(table.indexOf('\t', tab + 1) + 1);
    }
    start = end + 1;
  }
  return {
    length: dotless.length,
    dotless,
    billable: Uint8Array.from(flags),
    descriptions(order: number): [string, string] {
      const from = descriptionStarts[order];
      let end = table.indexOf('\n', from);
      if (end < 0) end = table.length;
      const fields = table.slice(from, end).split('\t');
      return [fields[0], fields[1] ?? ''];
    },
  };
}

const SEARCH_STOP_WORDS = new Set(['and', 'or', 'of', 'the', 'in', 'with', 'without', 'to', 'for', 'due', 'by', 'a', 'an', 'on', 'other', 'unspecified', 'nos']);

/** Light stemming for search: lower case, then a fixed-length prefix so "diabetic" meets "diabetes". */
export function searchStem(token: string): string {
  const t = token.toLowerCase();
  return t.length > 6 ? t.slice(0, 6) : t;
}

function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z0-9]+/g)) {
    if (!SEARCH_STOP_WORDS.has(m[0])) out.push(searchStem(m[0]));
  }
  return out;
}

interface CodeSetIndex {
  rows: TabularRows;
  /** Dotless code → its row (tabular order). */
  byCode: Map<string, number>;
  /** Each row's entry, built when first read (frozen: shared by every code set of the same data). */
  entries: Array<CodeEntry | undefined>;
  /**
   * A looked-up code as the caller wrote it ("E11.9", "e119") → its row, or -1 when well formed but absent:
   * the coder and the guideline rules ask for the same few thousand codes over and over, so the normalisation
   * and format check run once per spelling. Malformed codes are never kept (they throw every time).
   */
  lookups: Map<string, number>;
  chaptersByNumber: Map<number, Chapter>;
  categoryBlock: Map<string, { range: string; chapter: number }>;
  /** Description word → rows holding it (search), built on the first search: a function of the rows alone. */
  search?: Map<string, number[]>;
}

/** Spellings remembered per index before the memo starts over (codes are short: a few MB at most). */
const MAX_REMEMBERED_LOOKUPS = 100_000;
/** Longest spelling remembered: a dotted code with its 7th character ("S72.001A") and a blank or two. */
const MAX_REMEMBERED_SPELLING_CHARS = 12;

/**
 * The entries and maps built from a code set's data (frozen entries, read only), per data object and once per
 * process (processStore.ts): the loader hands every evaluation of this module the same parsed tables, so a
 * Jest worker's test files share one index while each still has its own CodeSet class and errors.
 */
const indexes = processSingleton('icd10.codeSetIndexes', () => new WeakMap<CodeSetData, CodeSetIndex>());

function indexOf(data: CodeSetData): CodeSetIndex {
  const rows = data.rows;
  const byCode = new Map<string, number>();
  for (let order = 0; order < rows.length; order++) byCode.set(rows.dotless[order], order);
  const chaptersByNumber = new Map<number, Chapter>();
  for (const c of data.chapters) chaptersByNumber.set(c.chapter, c);
  const categoryBlock = new Map<string, { range: string; chapter: number }>();
  for (const [category, range, chapter] of data.categories) categoryBlock.set(category, { range, chapter });
  return { rows, byCode, entries: new Array(rows.length), lookups: new Map(), chaptersByNumber, categoryBlock };
}

function entryAt(index: CodeSetIndex, order: number): CodeEntry {
  let entry = index.entries[order];
  if (!entry) {
    const dotless = index.rows.dotless[order];
    const [long, short] = index.rows.descriptions(order);
    entry = index.entries[order] = Object.freeze({
      code: dotless.length > 3 ? `${dotless.slice(0, 3)}.${dotless.slice(3)}` : dotless,
      billable: index.rows.billable[order] === 1,
      longDescription: long,
      shortDescription: short || long,
    });
  }
  return entry;
}

export class CodeSet {
  readonly fiscalYear: number;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  private readonly index: CodeSetIndex;
  private readonly byCode: Map<string, number>;
  private readonly dotless: readonly string[];
  private readonly blocks: Block[];
  private readonly chaptersByNumber: Map<number, Chapter>;
  private readonly categoryBlock: Map<string, { range: string; chapter: number }>;

  /** `data` is read, never changed: code sets built from the same data object share one index of it. */
  constructor(data: CodeSetData) {
    this.fiscalYear = data.fiscalYear;
    this.version = `ICD-10-CM FY${data.fiscalYear}`;
    this.effectiveFrom = data.effectiveFrom;
    this.effectiveTo = data.effectiveTo;
    let index = indexes.get(data);
    if (!index) indexes.set(data, (index = indexOf(data)));
    this.index = index;
    ({ byCode: this.byCode, chaptersByNumber: this.chaptersByNumber, categoryBlock: this.categoryBlock } = index);
    this.dotless = index.rows.dotless;
    this.blocks = data.blocks;
  }

  get size(): number {
    return this.dotless.length;
  }

  get billableCount(): number {
    return this.index.rows.billable.reduce((n, b) => n + b, 0);
  }

  /** The entry for a dotted or dotless code (any case); undefined if absent. Throws InvalidCodeError if malformed. */
  find(code: string): CodeEntry | undefined {
    const order = this.orderOf(code);
    return order < 0 ? undefined : entryAt(this.index, order);
  }

  /** The row of a dotted or dotless code (any case), -1 if absent; throws InvalidCodeError if malformed. */
  private orderOf(code: string): number {
    const lookups = this.index.lookups;
    let order = lookups.get(code);
    if (order === undefined) {
      order = this.byCode.get(toDotless(code)) ?? -1;
      // Only code-sized spellings are kept: a model's answer padded with blanks is still well formed.
      if (code.length > MAX_REMEMBERED_SPELLING_CHARS) return order;
      if (lookups.size >= MAX_REMEMBERED_LOOKUPS) lookups.clear();
      lookups.set(code, order);
    }
    return order;
  }

  /** Like find, but an absent code is an UnknownCodeError. */
  get(code: string): CodeEntry {
    const entry = this.find(code);
    if (!entry) throw new UnknownCodeError(`${toDotted(code)} is not in ${this.version}`, { code: toDotted(code), codeSet: this.version });
    return entry;
  }

  has(code: string): boolean {
    return this.orderOf(code) >= 0;
  }

  isBillable(code: string): boolean {
    const order = this.orderOf(code);
    return order >= 0 && this.index.rows.billable[order] === 1;
  }

  /** Nearest existing ancestor (codes are hierarchical by prefix). */
  parent(code: string): CodeEntry | undefined {
    const dotless = toDotless(code);
    for (let len = dotless.length - 1; len >= 3; len--) {
      const order = this.byCode.get(dotless.slice(0, len));
      if (order !== undefined) return entryAt(this.index, order);
    }
    return undefined;
  }

  /** Ancestors from the category down to the direct parent. */
  ancestors(code: string): CodeEntry[] {
    const dotless = toDotless(code);
    const out: CodeEntry[] = [];
    for (let len = 3; len < dotless.length; len++) {
      const order = this.byCode.get(dotless.slice(0, len));
      if (order !== undefined) out.push(entryAt(this.index, order));
    }
    return out;
  }

  /** The three-character category entry. */
  category(code: string): CodeEntry {
    return this.get(toDotless(code).slice(0, 3));
  }

  /** Direct children in tabular order. */
  children(code: string): CodeEntry[] {
    const dotless = toDotless(code);
    const at = this.byCode.get(dotless);
    if (at === undefined) return [];
    const out: CodeEntry[] = [];
    for (let i = at + 1; i < this.dotless.length && this.dotless[i].startsWith(dotless); i++) {
      const parent = this.parent(this.dotless[i]);
      if (parent && toDotless(parent.code) === dotless) out.push(entryAt(this.index, i));
    }
    return out;
  }

  /** All billable codes at or below a code, in tabular order (the code itself if it is a leaf). */
  billableDescendants(code: string): CodeEntry[] {
    const dotless = toDotless(code);
    const at = this.byCode.get(dotless);
    if (at === undefined) return [];
    const out: CodeEntry[] = [];
    for (let i = at; i < this.dotless.length && this.dotless[i].startsWith(dotless); i++) {
      if (this.index.rows.billable[i] === 1) out.push(entryAt(this.index, i));
    }
    return out;
  }

  /** Chapter, block, category and ancestor chain of a code in the set. */
  hierarchy(code: string): CodeHierarchy {
    const entry = this.get(code);
    const dotless = toDotless(entry.code);
    const categoryCode = dotless.slice(0, 3);
    const known = this.categoryBlock.get(categoryCode);
    const block = known
      ? this.blocks.find((b) => b.range === known.range)
      : (this.blocks.find((b) => inRange(categoryCode, b.range)) ?? this.precedingBlock(dotless));
    if (!block) throw new UnknownCodeError(`${entry.code} has no block in ${this.version}`, { code: entry.code });
    const chapter = this.chaptersByNumber.get(known?.chapter ?? block.chapter);
    if (!chapter) throw new UnknownCodeError(`${entry.code} has no chapter in ${this.version}`, { code: entry.code });
    return { chapter, block, category: this.get(categoryCode), ancestors: this.ancestors(dotless) };
  }

  /**
   * Categories added after the block table was written (J4B, K6A, QA1 in FY2025–FY2027) sit in
   * tabular order right after a sibling of their block: they inherit the block of the nearest
   * preceding category that has one.
   */
  private precedingBlock(dotless: string): Block | undefined {
    const at = this.byCode.get(dotless);
    for (let i = (at ?? 0) - 1; i >= 0; i--) {
      const category = this.dotless[i].slice(0, 3);
      const known = this.categoryBlock.get(category);
      const block = known ? this.blocks.find((b) => b.range === known.range) : this.blocks.find((b) => inRange(category, b.range));
      if (block) return block;
    }
    return undefined;
  }

  /** Every entry, headers included, in tabular order. */
  *entries(): IterableIterator<CodeEntry> {
    for (let i = 0; i < this.dotless.length; i++) yield entryAt(this.index, i);
  }

  /**
   * Text search over long and short descriptions (and code prefixes). Scores are the fraction of
   * query terms found, with billable codes and shorter descriptions first among equals.
   */
  search(query: string, limit = 20): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const codeLike = /^[A-Za-z][0-9A-Za-z]{1,2}\.?[0-9A-Za-z]{0,4}$/.test(q) && /\d/.test(q);
    if (codeLike) {
      const prefix = q.toUpperCase().replace('.', '');
      const hits: number[] = [];
      for (let i = 0; i < this.dotless.length; i++) if (this.dotless[i].startsWith(prefix)) hits.push(i);
      const shown = hits.slice(0, limit);
      if (shown.length) return shown.map((i) => ({ entry: entryAt(this.index, i), score: this.dotless[i] === prefix ? 1 : 0.9 }));
    }
    const terms = [...new Set(searchTokens(q))];
    if (!terms.length) return [];
    const index = this.buildSearchIndex();
    const counts = new Map<number, number>();
    for (const term of terms) {
      for (const order of index.get(term) ?? []) counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    const hits: { order: number; entry: CodeEntry; score: number }[] = [];
    for (const [order, n] of counts) hits.push({ order, entry: entryAt(this.index, order), score: n / terms.length });
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.entry.billable) - Number(a.entry.billable) ||
        a.entry.longDescription.length - b.entry.longDescription.length ||
        a.order - b.order,
    );
    return hits.slice(0, Math.max(0, limit)).map((h) => ({ entry: h.entry, score: Math.round(h.score * 1000) / 1000 }));
  }

  private buildSearchIndex(): Map<string, number[]> {
    if (this.index.search) return this.index.search;
    const index = new Map<string, number[]>();
    for (let order = 0; order < this.dotless.length; order++) {
      const entry = entryAt(this.index, order);
      const tokens = new Set(searchTokens(`${entry.longDescription} ${entry.shortDescription}`));
      for (const t of tokens) {
        let list = index.get(t);
        if (!list) index.set(t, (list = []));
        list.push(order);
      }
    }
    this.index.search = index;
    return index;
  }
}

/** "E08-E13" contains "E11"; also single-category ranges such as "QA0". */
function inRange(category: string, range: string): boolean {
  const [lo, hi = lo] = range.split('-');
  return category >= lo.slice(0, 3) && category <= hi.slice(0, 3);
}
