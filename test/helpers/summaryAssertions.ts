// Owns the assertions the summarizer's unit tests share: every statement quotes the note exactly at its offsets and
// is never cut mid-sentence, and the statement texts of one section kind.
import type { ClinicalEngine } from '../../src/engine';
import type { Summary } from '../../src/engine/summarize';
import { isTruncatedSpan } from '../../src/engine/summarize/faithfulness';

/** The texts of the statements in the section of `kind` (none when the summary has no such section). */
export function statements(s: Summary, kind: string): string[] {
  return (s.sections.find((x) => x.kind === kind)?.statements ?? []).map((st) => st.text);
}

/** Every statement is the note's text at its first source's offsets, and that span is not truncated. */
export function expectQuoted(text: string, s: Summary): void {
  for (const st of s.sections.flatMap((x) => x.statements)) {
    expect(text.slice(st.sources[0].start, st.sources[0].end)).toBe(st.text);
    expect(isTruncatedSpan(text, st.sources[0])).toBe(false);
  }
}

/** The engine's summary of `text`, after checking that every statement quotes the redacted note exactly. */
export function quotedSummary(engine: ClinicalEngine, text: string): Summary {
  const r = engine.process(text);
  expectQuoted(r.redactedText, r.summary);
  return r.summary;
}
