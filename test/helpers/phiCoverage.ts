// Checks for recognizer tests: whether redact() covers every letter and digit of a planted value, or leaves
// a protected term wholly outside its spans. A needle missing from its text is a fixture error, not a pass.
import { redact } from '../../src/engine/phi';

type Spans = readonly { start: number; end: number }[];

function locate(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in ${text}`);
  return at;
}

/** Whether `spans` cover every letter and digit of the first `needle` in `text` (its punctuation may stay). */
export function coveredBy(text: string, needle: string, spans: Spans): boolean {
  const at = locate(text, needle);
  for (let x = at; x < at + needle.length; x++) {
    if (!/[\p{L}\p{N}]/u.test(text[x])) continue;
    if (!spans.some((s) => s.start <= x && x < s.end)) return false;
  }
  return true;
}

/** Whether any of `spans` overlaps the first `needle` in `text`. */
export function touchedBy(text: string, needle: string, spans: Spans): boolean {
  const at = locate(text, needle);
  return spans.some((s) => s.start < at + needle.length && at < s.end);
}

export function covered(text: string, needle: string): boolean {
  return coveredBy(text, needle, redact(text).spans);
}

export function untouched(text: string, needle: string): boolean {
  return !touchedBy(text, needle, redact(text).spans);
}

/** Named pattern → its cases, each a text and the value planted in it. */
export type PatternCases = Record<string, ReadonlyArray<readonly [text: string, needle: string]>>;

/** One test per pattern (`<title> <pattern>`): every planted value covered by `check` (redact() by default). */
export function testCoveredPatterns(title: string, table: PatternCases, check: (text: string, needle: string) => boolean = covered): void {
  for (const [pattern, cases] of Object.entries(table)) {
    test(`${title} ${pattern}`, () => {
      for (const [text, needle] of cases) expect({ text, needle, covered: check(text, needle) }).toEqual({ text, needle, covered: true });
    });
  }
}

/** One test per pattern (`<title> <pattern>`): every look-alike left wholly outside the spans of `check`. */
export function testUntouchedPatterns(title: string, table: PatternCases, check: (text: string, needle: string) => boolean = untouched): void {
  for (const [pattern, cases] of Object.entries(table)) {
    test(`${title} ${pattern}`, () => {
      for (const [text, needle] of cases) expect({ text, needle, untouched: check(text, needle) }).toEqual({ text, needle, untouched: true });
    });
  }
}

/** A named pattern and one text: the values in `phi` must be covered, those in `keep` left wholly outside every span. */
export interface PhiAndKeepCase {
  pattern: string;
  text: string;
  phi: string[];
  keep: string[];
}

/** One test per case, titled by its pattern, redacting its text once with the default pipeline. */
export function testPhiAndKeepCases(cases: readonly PhiAndKeepCase[]): void {
  it.each(cases.map((c) => [c.pattern, c] as const))('%s', (_p, c) => {
    const r = redact(c.text);
    for (const needle of c.phi) expect({ needle, caught: coveredBy(c.text, needle, r.spans) }).toEqual({ needle, caught: true });
    for (const needle of c.keep) expect({ needle, touched: touchedBy(c.text, needle, r.spans) }).toEqual({ needle, touched: false });
  });
}
