// Owns the PHI evaluation metrics (token-level recall/precision, per-type recall, leaks) as defined in
// shared/eval/README.md. Pure: the caller reads the gold file and passes the redaction function.
import type { Span } from '../engine/types';

export interface PhiGoldRecord {
  id: string;
  text: string;
  phi: { start: number; end: number; type: string }[];
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

export function evaluatePhi(records: readonly PhiGoldRecord[], redactFn: PhiRedactFn): PhiReport {
  let chars = 0;
  for (const r of records) chars += r.text.length;
  return {
    records: records.length,
    chars,
    withoutYears: evaluateMode(records, (t) => redactFn(t, { keepYears: true }), (type) => type !== YEAR_TYPE),
    withYears: evaluateMode(records, (t) => redactFn(t, { keepYears: false }), () => true),
  };
}

function evaluateMode(
  records: readonly PhiGoldRecord[],
  run: (text: string) => { spans: readonly Span[] },
  counted: (type: string) => boolean,
): PhiModeReport {
  let goldTokens = 0, caughtTokens = 0, redactedTokens = 0, truePositiveTokens = 0, goldSpans = 0, leaks = 0;
  const perType: PhiModeReport['perType'] = {};
  for (const rec of records) {
    const n = rec.text.length;
    const redacted = new Uint8Array(n + 1);
    for (const s of run(rec.text).spans) redacted.fill(1, Math.max(0, s.start), Math.min(n, s.end));
    const goldAny = new Uint8Array(n + 1);
    const goldType: (string | undefined)[] = new Array(n);
    for (const g of rec.phi) {
      goldAny.fill(1, g.start, g.end);
      if (counted(g.type)) for (let x = g.start; x < g.end; x++) goldType[x] ??= g.type;
    }
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(rec.text); m !== null; m = TOKEN_RE.exec(rec.text)) {
      const a = m.index, b = a + m[0].length;
      let anyRed = false, allRed = true, anyGold = false, type: string | undefined;
      for (let x = a; x < b; x++) {
        if (redacted[x]) anyRed = true; else allRed = false;
        if (goldAny[x]) anyGold = true;
        type ??= goldType[x];
      }
      if (anyRed) {
        redactedTokens++;
        if (anyGold) truePositiveTokens++;
      }
      if (type !== undefined) {
        goldTokens++;
        const t = (perType[type] ??= { goldTokens: 0, caughtTokens: 0, recall: 0 });
        t.goldTokens++;
        if (allRed) {
          caughtTokens++;
          t.caughtTokens++;
        }
      }
    }
    for (const g of rec.phi) {
      if (!counted(g.type)) continue;
      goldSpans++;
      for (let x = g.start; x < g.end; x++) {
        if (!redacted[x] && /[\p{L}\p{N}]/u.test(rec.text[x])) {
          leaks++;
          break;
        }
      }
    }
  }
  for (const t of Object.values(perType)) t.recall = ratio(t.caughtTokens, t.goldTokens);
  return {
    goldTokens, caughtTokens, recall: ratio(caughtTokens, goldTokens), redactedTokens, truePositiveTokens,
    precision: ratio(truePositiveTokens, redactedTokens), perType, goldSpans, leaks,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}
