// Owns the interface through which the guideline rules read the Tabular List's instructional notes
// (Excludes1, code first / use additional, 7th characters), and a fall-back that derives what it can
// from the code set alone until the coding knowledge base is wired in.
import { processSingleton } from '../../processStore';
import { inRange, loadedSourceOf, type CodeEntry, type CodeRange, type CodeRef, type CodeSet, type Knowledge } from '../../icd10';

/** One valid 7th character of a code stem, with the words the Tabular gives it. */
export interface SeventhCharacter {
  char: string;
  code: string;
  description: string;
}

/** The conventions the guideline rules need; the knowledge base implements it from the Tabular XML. */
export interface ConventionSource {
  /** True when a and b must never be reported together (Excludes1, I.A.12.a). Symmetric. */
  excludes1Conflict(a: string, b: string): boolean;
  /**
   * Codes or code prefixes a code's "code first" note names (I.A.13): the etiology that must be
   * sequenced before this manifestation. Empty when none is known.
   */
  codeFirst(code: string): string[];
  /** True for a manifestation code that may never be first-listed (I.A.13, "in diseases classified elsewhere"). */
  isManifestation(code: string): boolean;
  /**
   * The order the Tabular's instructional notes set between two codes reported together (I.A.13, I.B.7):
   * -1 when `a` goes first (a's "use additional code" note names b, or b's "code first" note names a),
   * 1 when `b` goes first, 0 when no note speaks (or the notes contradict each other). "Code also"
   * notes set no order (I.A.17). Absent when the source has no notes to read.
   */
  noteOrder?(a: string, b: string): -1 | 0 | 1;
  /**
   * Of an Excludes1 pair, the code the Tabular sends the documented condition to (I.A.12.a): an Excludes1 note at
   * `a` naming `b` says that condition is classified at `b` ("N39.0 Excludes1 urinary tract infection of specified
   * site: cystitis (N30.-)"), so -1 keeps a, 1 keeps b. 0 when notes on both sides name each other, neither names
   * the other, or the note names the other only as an NOS wording ("chronic bronchitis NOS (J42)").
   */
  excludes1Keep?(a: string, b: string): -1 | 0 | 1;
  /**
   * True when a "use additional code" or "code also" note at or above `code` asks for `other` (I.A.13, I.A.17): its
   * codes or ranges name it, or, for a note that names no code ("code also to identify the infection"), every content
   * word of the note is in `other`'s title or its block's ("Other acute lower respiratory infections").
   */
  asksFor?(code: string, other: string): boolean;
  /**
   * True when one "use additional code" / "code also" note of `code` names a range holding both `wanted` and
   * `present`: the note asks for one code of that range ("code also any identified hypertensive disease
   * (I10-I15)"), and `present` already answers it.
   */
  answeredBy?(code: string, wanted: string, present: string): boolean;
  /** The valid 7th characters of a 6-character stem (placeholder X included), empty if none. */
  sevenChr(stem: string): SeventhCharacter[];
  /**
   * The Index subterms directly under an entry whose code is `code`, each with its own code ("Pain, chest
   * R07.9" → "wall (anterior) R07.89", "musculoskeletal R07.89", "on breathing R07.1"). Empty when unknown.
   */
  indexSubterms?(code: string): ReadonlyArray<IndexSubterm>;
  /**
   * The Index's "with" entries below an entry whose code is `code` (I.A.15), at any depth: "Calculus, bile duct K80.50,
   * with, cholangitis, acute, with obstruction K80.33" → segments ["cholangitis", "acute", "obstruction"], code K80.33.
   * Empty when unknown.
   */
  indexWithEntries?(code: string): ReadonlyArray<IndexWithEntry>;
  /** Nonessential modifiers the Index prints after a main term ("Angina (attack) (pectoris) …" → attack, pectoris), lower case. */
  mainTermNonessential?(head: string): ReadonlySet<string>;
}

/**
 * One Index "with" entry below a coded entry: the conditions its subterms name, each a segment as printed (a leading
 * "with" removed, nonessential modifiers left out), and the combination code. `between`: subterms without a code of
 * their own between the coded entry and its "with" ("Arteriosclerosis, coronary I25.10, native vessel, with …").
 */
export interface IndexWithEntry {
  segments: readonly string[];
  between: readonly string[];
  code: string;
}

/** One Index subterm under a coded entry: its words as printed (nonessential modifiers removed) and its code. */
export interface IndexSubterm {
  words: string;
  code: string;
  /** The parent entry's nonessential modifiers ("Pharyngitis (acute) … (viral) J02.9"): words that leave its code. */
  parentNonessential?: readonly string[];
  /** The subterm has no code of its own but a "see" to another entry that has one ("Hypothyroidism, autoimmune — see Thyroiditis, autoimmune" E06.3). */
  via?: 'see';
}

/**
 * What the code set alone can tell: manifestation codes by their title, 7th characters by which full
 * codes exist, and the Excludes1 pairs that are visible in the titles themselves — type 1 against
 * type 2 diabetes (E10/E11 Excludes1 each other) and a subcategory's "without complications" code
 * against its "with" siblings (the Tabular's "with"/"without" pairs are mutually exclusive).
 */
export class CodeSetConventions implements ConventionSource {
  private readonly seventh = new Map<string, SeventhCharacter[]>();
  private readonly manifestation = new Map<string, boolean>();

  constructor(private readonly codeSet: CodeSet) {}

  excludes1Conflict(a: string, b: string): boolean {
    if (a === b) return false;
    const ca = a.slice(0, 3);
    const cb = b.slice(0, 3);
    if ((ca === 'E10' && cb === 'E11') || (ca === 'E11' && cb === 'E10')) return true;
    if (ca !== cb) return false;
    const ea = this.codeSet.find(a);
    const eb = this.codeSet.find(b);
    if (!ea || !eb) return false;
    // Siblings of one subcategory, or a category's four-character "without" code ("K25.9 Gastric ulcer …
    // without hemorrhage or perforation") against any "with" code of its category (K25.4).
    return (a.slice(0, 5) === b.slice(0, 5) && (withoutPair(ea, eb) || withoutPair(eb, ea)))
      || (a.length === 5 && withoutPair(ea, eb)) || (b.length === 5 && withoutPair(eb, ea));
  }

  codeFirst(): string[] {
    return [];
  }

  isManifestation(code: string): boolean {
    let known = this.manifestation.get(code);
    if (known === undefined) {
      const e = this.codeSet.find(code);
      known = !!e && /\bin (other )?diseases classified elsewhere\b/i.test(e.longDescription);
      this.manifestation.set(code, known);
    }
    return known;
  }

  sevenChr(stem: string): SeventhCharacter[] {
    const key = stem.replace('.', '').toUpperCase();
    let list = this.seventh.get(key);
    if (list) return list;
    list = [];
    if (key.length === 6) {
      // "S72.92X" is no row of the set (the placeholder is not a level): read below the last real level.
      const anchor = key.replace(/X+$/, '');
      for (const e of this.codeSet.billableDescendants(anchor.length >= 3 ? anchor : key)) {
        if (!e.code.replace('.', '').startsWith(key)) continue;
        const dotless = e.code.replace('.', '');
        if (dotless.length === 7) list.push({ char: dotless[6], code: e.code, description: e.longDescription });
      }
    }
    this.seventh.set(key, list);
    return list;
  }
}

/** Words of a note that are not the note's own wording ("code also to identify the infection" → infection), singular. */
const NOTE_WORDS = new Set(['code', 'codes', 'additional', 'also', 'use', 'identify', 'to', 'the', 'any', 'associated', 'if', 'applicable', 'such', 'as', 'of', 'for', 'and', 'or', 'with', 'a', 'an', 'where', 'that', 'this', 'in', 'other', 'underlying', 'condition', 'conditions', 'cause', 'first']);
function noteWords(text: string, dropNoteWords = true): string[] {
  return text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && (!dropNoteWords || !NOTE_WORDS.has(w))).map((w) => w.replace(/(ies)$/, 'y').replace(/([^s])s$/, '$1'));
}

/**
 * "X without complications" against "X with …" in one subcategory, and "… without Y" against
 * "… with Y" (E11.51 "without gangrene" and E11.52 "with gangrene").
 */
function withoutPair(plain: CodeEntry, other: CodeEntry): boolean {
  const absent = /\bwithout ([a-z ]+?)(?:,|$| and\b| or\b)/i.exec(plain.longDescription)?.[1];
  if (absent && !/complications?$/i.test(absent) && new RegExp(`\\bwith ${absent}\\b`, 'i').test(other.longDescription)) return true;
  return /\bwithout complications?\b|\buncomplicated\b/i.test(plain.longDescription) && !/\bwithout complications?\b|\buncomplicated\b/i.test(other.longDescription)
    && /\bwith\b|\bcomplicated\b|exacerbation|status asthmaticus/i.test(other.longDescription);
}

/**
 * The Tabular List's own notes, from the coding knowledge base (icd10/knowledge.ts, built from the official
 * XML and reconciled with the configured year): Excludes1 pairs and "code first" notes as printed, on top of
 * what the code set shows (with/without pairs, manifestation titles, the 7th characters that exist).
 */
/**
 * Index subterms per knowledge base and per loaded code set's tables (loadedSourceOf): a pure function of
 * both, which are read only, so built once per process (processStore.ts) instead of once per engine.
 */
const sharedSubterms = processSingleton('coding.indexSubterms', () => new WeakMap<Knowledge, WeakMap<object, Map<string, IndexSubterm[]>>>());

/** Bound on remembered Excludes1 answers (pairs of codes); cleared when full. */
const MAX_CACHED_PAIRS = 200_000;

export class KnowledgeConventions implements ConventionSource {
  private readonly fallback: CodeSetConventions;
  private readonly codeFirstCache = new Map<string, string[]>();
  private readonly excludes1Cache = new Map<string, boolean>();
  private readonly rangeCache = new Map<string, CodeRange[]>();
  private categoriesCache?: string[];
  private subterms?: Map<string, IndexSubterm[]>;
  private withEntries?: Map<string, IndexWithEntry[]>;
  private mainNonessential?: Map<string, Set<string>>;

  constructor(private readonly knowledge: Knowledge, private readonly codeSet: CodeSet) {
    this.fallback = new CodeSetConventions(codeSet);
  }

  excludes1Conflict(a: string, b: string): boolean {
    if (a === b) return false;
    // Every pair of a note's codes is asked once per note, and the same pairs recur across notes.
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    let hit = this.excludes1Cache.get(key);
    if (hit === undefined) {
      hit = this.knowledge.excludes1Conflict(a, b) || this.fallback.excludes1Conflict(a, b);
      if (this.excludes1Cache.size >= MAX_CACHED_PAIRS) this.excludes1Cache.clear();
      this.excludes1Cache.set(key, hit);
    }
    return hit;
  }

  /** The categories a "code first" note names (ranges expanded over the code set's categories). */
  codeFirst(code: string): string[] {
    let out = this.codeFirstCache.get(code);
    if (!out) {
      const ranges = this.knowledge.codeFirst(code).flatMap((r) => r.ranges);
      out = ranges.length ? this.categories().filter((c) => ranges.some((r) => inRange(c, { from: r.from, to: r.to }))) : [];
      this.codeFirstCache.set(code, out);
    }
    return out;
  }

  isManifestation(code: string): boolean {
    return this.fallback.isManifestation(code);
  }

  noteOrder(a: string, b: string): -1 | 0 | 1 {
    if (a === b) return 0;
    const aFirst = this.names(a, 'ua', b) || this.names(b, 'cf', a);
    const bFirst = this.names(b, 'ua', a) || this.names(a, 'cf', b);
    return aFirst === bFirst ? 0 : aFirst ? -1 : 1;
  }

  excludes1Keep(a: string, b: string): -1 | 0 | 1 {
    const fromA = this.naming(a, b);
    const fromB = this.naming(b, a);
    // Notes on both sides (F17 and Z87.891, J42 and J44 name each other): the Tabular points both ways, no direction.
    if (fromA.length === fromB.length || (fromA.length && fromB.length)) return 0;
    const [notes, holder] = fromA.length ? [fromA, -1 as const] : [fromB, 1 as const];
    // Named only as an NOS form ("neuritis NOS (M79.2)", "fracture of hip NOS (S72.00-)"): the note speaks of the
    // unqualified wording, which says nothing of which of two documented conditions is the better description.
    if (notes.every((r) => /\bNOS\b/.test(r.note))) return 0;
    return holder === -1 ? 1 : -1;
  }

  asksFor(code: string, other: string): boolean {
    if (code.slice(0, 3) === other.slice(0, 3)) return false;
    const refs = [...this.knowledge.useAdditional(code), ...this.knowledge.codeAlso(code)];
    for (const r of refs) {
      if (r.ranges.some((x) => !inRange(code, x) && inRange(other, x))) return true;
      if (r.ranges.length) continue;
      const words = noteWords(r.note);
      if (!words.length) continue;
      const entry = this.codeSet.find(other);
      if (!entry) continue;
      let block = '';
      try {
        block = this.codeSet.hierarchy(other).block?.description ?? '';
      } catch {
        block = '';
      }
      const titles = new Set(noteWords(`${entry.longDescription} ${block}`, false));
      if (words.every((w) => titles.has(w))) return true;
    }
    return false;
  }

  answeredBy(code: string, wanted: string, present: string): boolean {
    const refs = [...this.knowledge.useAdditional(code), ...this.knowledge.codeAlso(code)];
    // A note for the infectious agent asks for each organism named (several may be), so one does not answer it.
    return refs.some((r) => !/\b(?:organism|agent|bacteri|vir(?:us|al))/i.test(r.note) && r.ranges.some((x) => !inRange(code, x) && inRange(wanted, x) && inRange(present, x)));
  }

  /** The Excludes1 notes at or above `code` that name `other` (not its own family). */
  private naming(code: string, other: string): CodeRef[] {
    return this.knowledge.excludes1(code).filter((r) => r.ranges.some((x) => !inRange(code, x) && inRange(other, x)));
  }

  /** True when a "use additional" (ua) or "code first" (cf) note at or above `code` names `other` (its ranges and character constraints). */
  private names(code: string, kind: 'ua' | 'cf', other: string): boolean {
    const key = `${kind}:${code}`;
    let ranges = this.rangeCache.get(key);
    if (!ranges) {
      const refs = kind === 'ua' ? this.knowledge.useAdditional(code) : this.knowledge.codeFirst(code);
      // A note naming the code's own family (a block note "use additional code" read at one of its own codes) orders nothing.
      ranges = refs.flatMap((r) => r.ranges).filter((r) => !inRange(code, r));
      if (this.rangeCache.size >= MAX_CACHED_PAIRS) this.rangeCache.clear();
      this.rangeCache.set(key, ranges);
    }
    return ranges.some((r) => inRange(other, r));
  }

  sevenChr(stem: string): SeventhCharacter[] {
    return this.fallback.sevenChr(stem);
  }

  indexSubterms(code: string): ReadonlyArray<IndexSubterm> {
    if (!this.subterms) this.subterms = this.loadSubterms();
    return this.subterms.get(code) ?? [];
  }

  indexWithEntries(code: string): ReadonlyArray<IndexWithEntry> {
    if (!this.withEntries) this.withEntries = this.buildWithEntries();
    return this.withEntries.get(code) ?? [];
  }

  mainTermNonessential(head: string): ReadonlySet<string> {
    if (!this.mainNonessential) {
      this.mainNonessential = new Map();
      for (const t of this.knowledge.indexTerms()) {
        if (t.path.length !== 1 || !t.nonessential.length) continue;
        const key = t.path[0].split(',')[0].trim().toLowerCase();
        const set = this.mainNonessential.get(key) ?? new Set<string>();
        for (const m of t.nonessential) for (const w of m.toLowerCase().split(/[^a-z]+/)) if (w) set.add(w);
        this.mainNonessential.set(key, set);
      }
    }
    return this.mainNonessential.get(head.toLowerCase()) ?? new Set();
  }

  /**
   * Coded entry → its "with" entries: every billable code printed below a "with" subterm, keyed by the nearest coded
   * entry above each "with" on its path (so "Calculus, bile duct, with, cholangitis K80.30, with, obstruction K80.31"
   * is under K80.50 with two segments and under K80.30 with one).
   */
  private buildWithEntries(): Map<string, IndexWithEntry[]> {
    const out = new Map<string, IndexWithEntry[]>();
    const codeAt: Array<string | undefined> = [];
    for (const t of this.knowledge.indexTerms()) {
      const depth = t.path.length - 1;
      const code = t.code && !t.code.endsWith('-') ? t.code : undefined;
      codeAt[depth] = code;
      codeAt.length = depth + 1;
      if (!code || !this.codeSet.isBillable(code)) continue;
      for (let i = 1; i <= depth; i++) {
        if (!/^with\b/i.test(t.path[i])) continue;
        let base = i - 1;
        while (base >= 0 && !codeAt[base]) base--;
        if (base < 0) continue;
        const baseCode = codeAt[base]!;
        if (baseCode === code || !this.codeSet.isBillable(baseCode)) continue;
        const segments = t.path.slice(i).map((p) => p.replace(/^with\b\s*/i, '').trim()).filter(Boolean);
        if (!segments.length) continue;
        const list = out.get(baseCode) ?? [];
        list.push({ segments, between: t.path.slice(base + 1, i), code });
        out.set(baseCode, list);
      }
    }
    return out;
  }

  private loadSubterms(): Map<string, IndexSubterm[]> {
    const source = loadedSourceOf(this.codeSet);
    // A code set built some other way has no identity to share under.
    if (!source) return this.buildSubterms();
    let byTables = sharedSubterms.get(this.knowledge);
    if (!byTables) sharedSubterms.set(this.knowledge, (byTables = new WeakMap()));
    let built = byTables.get(source);
    if (!built) byTables.set(source, (built = this.buildSubterms()));
    return built;
  }

  /** Parent entry code → its subterms' codes, built once from the Index (billable codes of the set only). */
  private buildSubterms(): Map<string, IndexSubterm[]> {
    const out = new Map<string, IndexSubterm[]>();
    const codeAt: Array<string | undefined> = [];
    const nonessentialAt: Array<readonly string[]> = [];
    // Entries whose code needs more characters ("Sprain, ankle S93.40-"): their subterms keep the header
    // ("talofibular ligament", see "specified ligament NEC S93.49-"), keyed by the header itself, so a rule
    // completes the subterm's code with the draft's own side and 7th character.
    const terms = [...this.knowledge.indexTerms()];
    const codeOfPath = new Map<string, string>();
    for (const t of terms) if (t.code) codeOfPath.set(t.path.join(', ').toLowerCase(), t.code);
    const headerAt: Array<string | undefined> = [];
    for (const t of terms) {
      const depth = t.path.length - 1;
      headerAt[depth] = t.code?.endsWith('-') ? t.code : undefined;
      headerAt.length = depth + 1;
      const header = depth > 0 ? headerAt[depth - 1] : undefined;
      if (!header) continue;
      // A "see" to a sibling of the same entry ("see Sprain, ankle, specified ligament NEC") gives its code.
      const code = t.code ?? (t.see ? codeOfPath.get(t.see.toLowerCase()) : undefined);
      if (!code || !code.endsWith('-') || code === header) continue;
      const list = out.get(header) ?? [];
      list.push({ words: t.path[depth], code, parentNonessential: [] });
      out.set(header, list);
    }
    for (const t of terms) {
      const depth = t.path.length - 1;
      const code = t.code && !t.code.endsWith('-') ? t.code : undefined;
      codeAt[depth] = code;
      codeAt.length = depth + 1;
      nonessentialAt[depth] = t.nonessential;
      nonessentialAt.length = depth + 1;
      const parent = depth > 0 ? codeAt[depth - 1] : undefined;
      // A subterm that only sends the coder to another entry ("autoimmune — see Thyroiditis, autoimmune") names
      // that entry's code as the parent's condition in this form.
      const seen = !code && !t.code && t.see ? codeOfPath.get(t.see.toLowerCase()) : undefined;
      const target = code ?? (seen && !seen.endsWith('-') ? seen : undefined);
      if (!parent || !target || target === parent || !this.codeSet.isBillable(target)) continue;
      const list = out.get(parent) ?? [];
      list.push({ words: t.path[depth], code: target, parentNonessential: nonessentialAt[depth - 1], ...(code ? {} : { via: 'see' as const }) });
      out.set(parent, list);
    }
    return out;
  }

  private categories(): string[] {
    if (!this.categoriesCache) {
      this.categoriesCache = [];
      for (const e of this.codeSet.entries()) if (!e.code.includes('.') && e.code.length === 3) this.categoriesCache.push(e.code);
    }
    return this.categoriesCache;
  }
}

/** Above the unspecified axes any title names, so a symptom code is always the vaguer of a pair. */
const SYMPTOM_VAGUENESS = 10;

/**
 * How vague a code is when an Excludes1 pair forces a choice (I.A.12.a): one for each axis its title leaves
 * unspecified ("Chronic or unspecified peptic ulcer, site unspecified, with hemorrhage" leaves two, "Chronic or
 * unspecified gastric ulcer with hemorrhage" one, so the gastric ulcer is the more specific description), and a
 * symptom code (chapter 18) more than any diagnosis's titles reach, since it loses to any diagnosis, even an
 * unspecified one (I.B.4–5).
 */
export function vagueness(code: string, description: string): number {
  const unspecified = description.match(/\bunspecified\b/gi)?.length ?? 0;
  return unspecified + (code.startsWith('R') ? SYMPTOM_VAGUENESS : 0);
}

/** One side of an Excludes1 pair: its code and how well the note supports it (any monotone score of the caller's). */
export interface Excludes1Party {
  code: string;
  strength: number;
}

/**
 * Which code of an Excludes1 pair is reported (I.A.12.a) — the one rule every caller uses (the guideline runner's
 * drafts and the validator's proposals from a model). In order: a "with Y" code over its "without Y" / uncomplicated
 * sibling (it was only built because the note states Y); the specific code over an unspecified or symptom code
 * (I.B.4–5); the code the Excludes1 note itself sends the condition to (the direction rule, `excludes1Keep`); and only
 * then the better supported one (a tie keeps `a`).
 */
export function excludes1Winner(conventions: ConventionSource, codeSet: CodeSet, a: Excludes1Party, b: Excludes1Party): 'a' | 'b' {
  const da = codeSet.find(a.code)?.longDescription ?? '';
  const db = codeSet.find(b.code)?.longDescription ?? '';
  const byWith = withOver(da, db);
  if (byWith !== undefined) return byWith ? 'a' : 'b';
  const va = vagueness(a.code, da);
  const vb = vagueness(b.code, db);
  if (va !== vb) return va < vb ? 'a' : 'b';
  const sent = conventions.excludes1Keep?.(a.code, b.code) ?? 0;
  if (sent !== 0) return sent < 0 ? 'a' : 'b';
  return a.strength >= b.strength ? 'a' : 'b';
}

/** True when title a says "with Y" where b says "without Y" (or b is the uncomplicated code); false for the reverse; undefined otherwise. */
function withOver(da: string, db: string): boolean | undefined {
  const without = (d: string) => /\bwithout ([a-z ]+?)(?:,|$| and\b| or\b)/i.exec(d)?.[1];
  const wa = without(da);
  const wb = without(db);
  if (wb && new RegExp(`\\bwith ${wb}\\b`, 'i').test(da)) return true;
  if (wa && new RegExp(`\\bwith ${wa}\\b`, 'i').test(db)) return false;
  // "Moderate persistent asthma, uncomplicated" against "… with (acute) exacerbation": the complicated code
  // was only built because the note states its complication.
  const plain = (d: string) => /\b(uncomplicated|without complications?)\b/i.test(d);
  const complicated = (d: string) => /\bwith\b/i.test(d) && !plain(d);
  if (plain(db) && complicated(da)) return true;
  if (plain(da) && complicated(db)) return false;
  return undefined;
}
