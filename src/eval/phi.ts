// Owns the PHI evaluation metrics (token-level recall/precision, per-type recall, leaks) as defined in
// shared/eval/README.md, with breakdowns by note style and fine kind and a count of protected clinical
// terms redacted when the gold carries them (the synthetic corpus does). Pure: the caller reads or
// generates the gold and passes the redaction function.
import type { Span } from '../engine/types';

export interface PhiGoldRecord {
  id: string;
  text: string;
  phi: { start: number; end: number; type: string; kind?: string }[];
  /** Note style, for the per-style breakdown. */
  style?: string;
  /** Clinical terms that must not be redacted (eponyms, scales, brands). */
  protected?: { start: number; end: number; term: string }[];
}

export interface PhiGroupTally {
  goldTokens: number;
  caughtTokens: number;
  recall: number;
  goldSpans: number;
  leaks: number;
}

export interface PhiStyleTally extends PhiGroupTally {
  redactedTokens: number;
  truePositiveTokens: number;
  precision: number;
}

export interface PhiProtectedReport {
  spans: number;
  /** Protected spans with any letter/digit inside a redacted span. */
  redacted: number;
  /** Term → times redacted. */
  redactedTerms: Record<string, number>;
}

export interface PhiLeak {
  id: string;
  type: string;
  kind?: string;
  /** The gold span's text and the part left visible, for debugging (synthetic data only reaches here). */
  text: string;
  /** The span's shape: letters as X/x, digits as 9, other characters kept ("Xxxx Xx."). */
  shape: string;
  /** The span with what was redacted as "#" (a leak caught in part shows which tokens stayed). */
  visible: string;
  /** Up to five words either side, the span between «», redacted characters as "#". */
  context: string;
}

/** Words either side of a leaked span in its report line: enough to tell the slot it stands in. */
const LEAK_CONTEXT_WORDS = 5;
/** Characters read either side at most, so a table row without line breaks costs no more than a sentence. */
const LEAK_CONTEXT_CHARS = 200;

function shapeOf(text: string): string {
  return text.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, '9');
}

function masked(text: string, redacted: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let x = start; x < end; x++) out += redacted[x] && /[\p{L}\p{N}]/u.test(text[x]) ? '#' : text[x];
  return out;
}

/** The leaked span in its line with LEAK_CONTEXT_WORDS words either side, redacted characters masked. */
export function leakContext(text: string, redacted: Uint8Array, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(Math.max(lineStart, start - LEAK_CONTEXT_CHARS), start).match(new RegExp(`(?:\\S+\\s*){0,${LEAK_CONTEXT_WORDS}}$`))?.[0] ?? '';
  const after = text.slice(end, Math.min(lineEnd, end + LEAK_CONTEXT_CHARS)).match(new RegExp(`^(?:\\s*\\S+){0,${LEAK_CONTEXT_WORDS}}`))?.[0] ?? '';
  const a = start - before.length;
  const b = end + after.length;
  const one = (x: number, y: number): string => masked(text, redacted, x, y).replace(/\s+/g, ' ');
  return `${one(a, start)}«${one(start, end)}»${one(end, b)}`.trim();
}

export type PhiRedactFn = (text: string, options?: { keepYears?: boolean }) => { spans: readonly Span[] };

export interface PhiModeReport {
  /** Gold tokens counted (a token is a maximal run of letters/digits overlapping a gold span). */
  goldTokens: number;
  caughtTokens: number;
  recall: number;
  /** Tokens with any character redacted. */
  redactedTokens: number;
  /** Redacted tokens that overlap a gold PHI span of any type. */
  truePositiveTokens: number;
  precision: number;
  /** Per gold type: tokens and recall. */
  perType: Record<string, { goldTokens: number; caughtTokens: number; recall: number }>;
  goldSpans: number;
  /** Gold spans with any letter/digit left unredacted. */
  leaks: number;
  /** Present when records carry a style. */
  perStyle?: Record<string, PhiStyleTally>;
  /** Present when gold spans carry a kind; recall and leaks per fine format. */
  perKind?: Record<string, PhiGroupTally>;
  /** Present when records carry protected terms. */
  protectedTerms?: PhiProtectedReport;
  /** Leaked gold spans (only collected when asked: they contain PHI on real data). */
  leakedSpans?: PhiLeak[];
}

export interface PhiModeOptions {
  /** Keep a list of leaked spans (synthetic data only). */
  collectLeaks?: boolean;
}

export interface PhiReport {
  records: number;
  chars: number;
  /** keepYears=true; DateYear gold spans excluded from recall (Safe Harbor keeps a bare year). */
  withoutYears: PhiModeReport;
  /** keepYears=false; every gold span counts. */
  withYears: PhiModeReport;
}

const YEAR_TYPE = 'DateYear';
const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/** `options.collectLeaks` lists the leaked spans of the bare-years-excluded pass (only for text whose every value is invented). */
export function evaluatePhi(records: readonly PhiGoldRecord[], redactFn: PhiRedactFn, options: PhiModeOptions = {}): PhiReport {
  let chars = 0;
  for (const r of records) chars += r.text.length;
  return {
    records: records.length,
    chars,
    withoutYears: evaluatePhiMode(records, (t) => redactFn(t, { keepYears: true }), (type) => type !== YEAR_TYPE, options),
    withYears: evaluatePhiMode(records, (t) => redactFn(t, { keepYears: false }), () => true),
  };
}

/**
 * One pass at a fixed keepYears setting. Exported for corpora whose gold has no bare-year spans
 * (the synthetic corpus), where the with-years pass would add nothing.
 */
export function evaluatePhiMode(
  records: readonly PhiGoldRecord[],
  run: (text: string) => { spans: readonly Span[] },
  counted: (type: string) => boolean = (type) => type !== YEAR_TYPE,
  options: PhiModeOptions = {},
): PhiModeReport {
  let goldTokens = 0, caughtTokens = 0, redactedTokens = 0, truePositiveTokens = 0, goldSpans = 0, leaks = 0;
  const perType: PhiModeReport['perType'] = {};
  const perStyle: Record<string, PhiStyleTally> = {};
  const perKind: Record<string, PhiGroupTally> = {};
  const prot: PhiProtectedReport = { spans: 0, redacted: 0, redactedTerms: {} };
  const leakedSpans: PhiLeak[] = [];
  let anyKind = false, anyStyle = false, anyProtected = false;
  const group = <T extends PhiGroupTally>(table: Record<string, T>, key: string, init: () => T): T => (table[key] ??= init());
  const newGroup = (): PhiGroupTally => ({ goldTokens: 0, caughtTokens: 0, recall: 0, goldSpans: 0, leaks: 0 });
  const newStyle = (): PhiStyleTally => ({ ...newGroup(), redactedTokens: 0, truePositiveTokens: 0, precision: 0 });
  for (const rec of records) {
    const n = rec.text.length;
    const redacted = new Uint8Array(n + 1);
    for (const s of run(rec.text).spans) redacted.fill(1, Math.max(0, s.start), Math.min(n, s.end));
    const goldAny = new Uint8Array(n + 1);
    const goldType: (string | undefined)[] = new Array(n);
    const goldKind: (string | undefined)[] = new Array(n);
    for (const g of rec.phi) {
      goldAny.fill(1, g.start, g.end);
      if (!counted(g.type)) continue;
      for (let x = g.start; x < g.end; x++) {
        goldType[x] ??= g.type;
        if (g.kind !== undefined) goldKind[x] ??= g.kind;
      }
      if (g.kind !== undefined) anyKind = true;
    }
    const style = rec.style !== undefined ? group(perStyle, rec.style, newStyle) : undefined;
    if (style) anyStyle = true;
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(rec.text); m !== null; m = TOKEN_RE.exec(rec.text)) {
      const a = m.index, b = a + m[0].length;
      let anyRed = false, allRed = true, anyGold = false, type: string | undefined, kind: string | undefined;
      for (let x = a; x < b; x++) {
        if (redacted[x]) anyRed = true; else allRed = false;
        if (goldAny[x]) anyGold = true;
        type ??= goldType[x];
        kind ??= goldKind[x];
      }
      if (anyRed) {
        redactedTokens++;
        if (anyGold) truePositiveTokens++;
        if (style) {
          style.redactedTokens++;
          if (anyGold) style.truePositiveTokens++;
        }
      }
      if (type !== undefined) {
        goldTokens++;
        const t = (perType[type] ??= { goldTokens: 0, caughtTokens: 0, recall: 0 });
        const k = kind !== undefined ? group(perKind, kind, newGroup) : undefined;
        t.goldTokens++;
        if (style) style.goldTokens++;
        if (k) k.goldTokens++;
        if (allRed) {
          caughtTokens++;
          t.caughtTokens++;
          if (style) style.caughtTokens++;
          if (k) k.caughtTokens++;
        }
      }
    }
    for (const g of rec.phi) {
      if (!counted(g.type)) continue;
      goldSpans++;
      const k = g.kind !== undefined ? group(perKind, g.kind, newGroup) : undefined;
      if (style) style.goldSpans++;
      if (k) k.goldSpans++;
      if (anyUnredacted(rec.text, redacted, g.start, g.end)) {
        leaks++;
        if (style) style.leaks++;
        if (k) k.leaks++;
        if (options.collectLeaks) {
          const text = rec.text.slice(g.start, g.end);
          leakedSpans.push({
            id: rec.id, type: g.type, kind: g.kind, text, shape: shapeOf(text), visible: masked(rec.text, redacted, g.start, g.end),
            context: leakContext(rec.text, redacted, g.start, g.end),
          });
        }
      }
    }
    for (const p of rec.protected ?? []) {
      anyProtected = true;
      prot.spans++;
      let hit = false;
      for (let x = p.start; x < p.end && !hit; x++) hit = redacted[x] === 1 && /[\p{L}\p{N}]/u.test(rec.text[x]);
      if (hit) {
        prot.redacted++;
        prot.redactedTerms[p.term] = (prot.redactedTerms[p.term] ?? 0) + 1;
      }
    }
  }
  for (const t of Object.values(perType)) t.recall = ratio(t.caughtTokens, t.goldTokens);
  for (const t of Object.values(perKind)) t.recall = ratio(t.caughtTokens, t.goldTokens);
  for (const t of Object.values(perStyle)) {
    t.recall = ratio(t.caughtTokens, t.goldTokens);
    t.precision = ratio(t.truePositiveTokens, t.redactedTokens);
  }
  return {
    goldTokens, caughtTokens, recall: ratio(caughtTokens, goldTokens), redactedTokens, truePositiveTokens,
    precision: ratio(truePositiveTokens, redactedTokens), perType, goldSpans, leaks,
    ...(anyStyle ? { perStyle } : {}),
    ...(anyKind ? { perKind } : {}),
    ...(anyProtected ? { protectedTerms: prot } : {}),
    ...(options.collectLeaks ? { leakedSpans } : {}),
  };
}

function anyUnredacted(text: string, redacted: Uint8Array, start: number, end: number): boolean {
  for (let x = start; x < end; x++) if (!redacted[x] && /[\p{L}\p{N}]/u.test(text[x])) return true;
  return false;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}
