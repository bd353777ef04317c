// Checks for recognizer tests: whether redact() covers every letter and digit of a planted value, or leaves
// a protected term wholly outside its spans. A needle missing from its text is a fixture error, not a pass.
import { redact } from '../../src/engine/phi';

type Spans = readonly { start: number; end: number }[];

function locate(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in ${text}`);
  return at;
}

/** Whether `spans` cover every letter and digit of text[at, at + len) (its punctuation may stay). */
function coversRange(text: string, at: number, len: number, spans: Spans): boolean {
  for (let x = at; x < at + len; x++) {
    if (!/[\p{L}\p{N}]/u.test(text[x])) continue;
    if (!spans.some((s) => s.start <= x && x < s.end)) return false;
  }
  return true;
}

/** Whether any of `spans` overlaps [at, at + len). */
function overlapsRange(at: number, len: number, spans: Spans): boolean {
  return spans.some((s) => s.start < at + len && at < s.end);
}

/** Whether `spans` cover every letter and digit of the first `needle` in `text` (its punctuation may stay). */
export function coveredBy(text: string, needle: string, spans: Spans): boolean {
  return coversRange(text, locate(text, needle), needle.length, spans);
}

/** Whether any of `spans` overlaps the first `needle` in `text`. */
export function touchedBy(text: string, needle: string, spans: Spans): boolean {
  return overlapsRange(locate(text, needle), needle.length, spans);
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

/** Where a fixture's needle sits in its text: its start and how many characters it covers. */
export type NeedleLocator = (text: string, needle: string) => { at: number; len: number };

/** The first occurrence of the needle (a needle missing from its text is a fixture error). */
export const firstOccurrence: NeedleLocator = (text, needle) => ({ at: locate(text, needle), len: needle.length });

/** A recognizer case: values in `phi` covered, the span over the first carrying recognizer `by`, `keep` untouched. */
export interface RecognizerCase {
  pattern: string;
  text: string;
  phi: string[];
  /** Recognizer expected on the span covering the first PHI string. */
  by?: string;
  keep?: string[];
  /** With the learned voter (the case checks that a grammar does not spoil what it finds); the rules alone otherwise. */
  learned?: boolean;
}

/**
 * One test per case, titled by its pattern: redact its text once (rules alone unless the case says `learned`), every
 * `phi` value covered, the first one's span recorded as found by `by`, every `keep` word left outside every span.
 * `locateNeedle` reads a fixture's needle notation (first occurrence by default).
 */
export function testRecognizerCases(cases: readonly RecognizerCase[], locateNeedle: NeedleLocator = firstOccurrence): void {
  it.each(cases.map((c) => [c.pattern, c] as const))('%s', (_p, c) => {
    const r = redact(c.text, { learned: c.learned === true });
    for (const needle of c.phi) {
      const { at, len } = locateNeedle(c.text, needle);
      expect({ needle, caught: coversRange(c.text, at, len, r.spans) }).toEqual({ needle, caught: true });
    }
    if (c.by) {
      const { at } = locateNeedle(c.text, c.phi[0]);
      expect(r.spans.filter((s) => s.start <= at && at < s.end).flatMap((s) => s.recognizers ?? [])).toContain(c.by);
    }
    for (const word of c.keep ?? []) {
      const { at, len } = locateNeedle(c.text, word);
      expect({ word, redacted: overlapsRange(at, len, r.spans) }).toEqual({ word, redacted: false });
    }
  });
}
