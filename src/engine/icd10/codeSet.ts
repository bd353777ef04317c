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
  /** Rows in tabular order: [dotless code, billable, long description, short description]. */
  rows: Array<[string, boolean, string, string]>;
  chapters: Chapter[];
  blocks: Block[];
  /** [category, block range, chapter number, description]. */
  categories: Array<[string, string, number, string]>;
}

interface Row {
  entry: CodeEntry;
  dotless: string;
  order: number;
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
  rows: Row[];
  byCode: Map<string, Row>;
  chaptersByNumber: Map<number, Chapter>;
  categoryBlock: Map<string, { range: string; chapter: number }>;
}

/**
 * The entries and maps built from a code set's data (frozen entries, read only), per data object and once per
 * process (processStore.ts): the loader hands every evaluation of this module the same parsed tables, so a
 * Jest worker's test files share one index while each still has its own CodeSet class and errors.
 */
const indexes = processSingleton('icd10.codeSetIndexes', () => new WeakMap<CodeSetData, CodeSetIndex>());

function indexOf(data: CodeSetData): CodeSetIndex {
  const rows: Row[] = [];
  const byCode = new Map<string, Row>();
  data.rows.forEach(([dotless, billable, long, short], order) => {
    const row: Row = {
      dotless,
      order,
      entry: Object.freeze({ code: toDotted(dotless), billable, longDescription: long, shortDescription: short || long }),
    };
    rows.push(row);
    byCode.set(dotless, row);
  });
  const chaptersByNumber = new Map<number, Chapter>();
  for (const c of data.chapters) chaptersByNumber.set(c.chapter, c);
  const categoryBlock = new Map<string, { range: string; chapter: number }>();
  for (const [category, range, chapter] of data.categories) categoryBlock.set(category, { range, chapter });
  return { rows, byCode, chaptersByNumber, categoryBlock };
}

export class CodeSet {
  readonly fiscalYear: number;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  private readonly byCode: Map<string, Row>;
  private readonly rows: Row[];
  private readonly blocks: Block[];
  private readonly chaptersByNumber: Map<number, Chapter>;
  private readonly categoryBlock: Map<string, { range: string; chapter: number }>;
  private searchIndex?: Map<string, number[]>;

  /** `data` is read, never changed: code sets built from the same data object share one index of it. */
  constructor(data: CodeSetData) {
    this.fiscalYear = data.fiscalYear;
    this.version = `ICD-10-CM FY${data.fiscalYear}`;
    this.effectiveFrom = data.effectiveFrom;
    this.effectiveTo = data.effectiveTo;
    let index = indexes.get(data);
    if (!index) indexes.set(data, (index = indexOf(data)));
    ({ rows: this.rows, byCode: this.byCode, chaptersByNumber: this.chaptersByNumber, categoryBlock: this.categoryBlock } = index);
    this.blocks = data.blocks;
  }

  get size(): number {
    return this.rows.length;
  }

  get billableCount(): number {
    return this.rows.reduce((n, r) => n + (r.entry.billable ? 1 : 0), 0);
  }

  /** The entry for a dotted or dotless code (any case); undefined if absent. Throws InvalidCodeError if malformed. */
  find(code: string): CodeEntry | undefined {
    return this.byCode.get(toDotless(code))?.entry;
  }

  /** Like find, but an absent code is an UnknownCodeError. */
  get(code: string): CodeEntry {
    const entry = this.find(code);
    if (!entry) throw new UnknownCodeError(`${toDotted(code)} is not in ${this.version}`, { code: toDotted(code), codeSet: this.version });
    return entry;
  }

  has(code: string): boolean {
    return this.find(code) !== undefined;
  }

  isBillable(code: string): boolean {
    return this.find(code)?.billable === true;
  }

  /** Nearest existing ancestor (codes are hierarchical by prefix). */
  parent(code: string): CodeEntry | undefined {
    const dotless = toDotless(code);
    for (let len = dotless.length - 1; len >= 3; len--) {
      const row = this.byCode.get(dotless.slice(0, len));
      if (row) return row.entry;
    }
    return undefined;
  }

  /** Ancestors from the category down to the direct parent. */
  ancestors(code: string): CodeEntry[] {
    const dotless = toDotless(code);
    const out: CodeEntry[] = [];
    for (let len = 3; len < dotless.length; len++) {
      const row = this.byCode.get(dotless.slice(0, len));
      if (row) out.push(row.entry);
    }
    return out;
  }

  /** The three-character category entry. */
  category(code: string): CodeEntry {
    return this.get(toDotless(code).slice(0, 3));
  }

  /** Direct children in tabular order. */
  children(code: string): CodeEntry[] {
    const row = this.byCode.get(toDotless(code));
    if (!row) return [];
    const out: CodeEntry[] = [];
    for (let i = row.order + 1; i < this.rows.length && this.rows[i].dotless.startsWith(row.dotless); i++) {
      const candidate = this.rows[i];
      const parent = this.parent(candidate.dotless);
      if (parent && toDotless(parent.code) === row.dotless) out.push(candidate.entry);
    }
    return out;
  }

  /** All billable codes at or below a code, in tabular order (the code itself if it is a leaf). */
  billableDescendants(code: string): CodeEntry[] {
    const row = this.byCode.get(toDotless(code));
    if (!row) return [];
    const out: CodeEntry[] = [];
    for (let i = row.order; i < this.rows.length && this.rows[i].dotless.startsWith(row.dotless); i++) {
      if (this.rows[i].entry.billable) out.push(this.rows[i].entry);
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
    const row = this.byCode.get(dotless);
    for (let i = (row?.order ?? 0) - 1; i >= 0; i--) {
      const category = this.rows[i].dotless.slice(0, 3);
      const known = this.categoryBlock.get(category);
      const block = known ? this.blocks.find((b) => b.range === known.range) : this.blocks.find((b) => inRange(category, b.range));
      if (block) return block;
    }
    return undefined;
  }

  /** Every entry, headers included, in tabular order. */
  *entries(): IterableIterator<CodeEntry> {
    for (const r of this.rows) yield r.entry;
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
      const hits = this.rows.filter((r) => r.dotless.startsWith(prefix)).slice(0, limit);
      if (hits.length) return hits.map((r) => ({ entry: r.entry, score: r.dotless === prefix ? 1 : 0.9 }));
    }
    const terms = [...new Set(searchTokens(q))];
    if (!terms.length) return [];
    const index = this.buildSearchIndex();
    const counts = new Map<number, number>();
    for (const term of terms) {
      for (const order of index.get(term) ?? []) counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    const hits: { row: Row; score: number }[] = [];
    for (const [order, n] of counts) hits.push({ row: this.rows[order], score: n / terms.length });
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.row.entry.billable) - Number(a.row.entry.billable) ||
        a.row.entry.longDescription.length - b.row.entry.longDescription.length ||
        a.row.order - b.row.order,
    );
    return hits.slice(0, Math.max(0, limit)).map((h) => ({ entry: h.row.entry, score: Math.round(h.score * 1000) / 1000 }));
  }

  private buildSearchIndex(): Map<string, number[]> {
    if (this.searchIndex) return this.searchIndex;
    const index = new Map<string, number[]>();
    for (const row of this.rows) {
      const tokens = new Set(searchTokens(`${row.entry.longDescription} ${row.entry.shortDescription}`));
      for (const t of tokens) {
        let list = index.get(t);
        if (!list) index.set(t, (list = []));
        list.push(row.order);
      }
    }
    this.searchIndex = index;
    return index;
  }
}

/** "E08-E13" contains "E11"; also single-category ranges such as "QA0". */
function inRange(category: string, range: string): boolean {
  const [lo, hi = lo] = range.split('-');
  return category >= lo.slice(0, 3) && category <= hi.slice(0, 3);
}
