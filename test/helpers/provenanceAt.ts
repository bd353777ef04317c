// Owns the lookup the provenance tests share: where a phrase of a note falls in the segmentation, so a test can
// assert that a planted instruction is non-clinical and the clinical text around it stays evidence.
import { analyzeText, spanProvenance, type SegmentKind, type SpanProvenance } from '../../src/engine/text';

/** Provenance of `phrase` (first occurrence) inside `text`: its segment kind and whether all of it is that kind. */
export function provenanceAt(text: string, phrase: string): { kind: SegmentKind; span: SpanProvenance } {
  const start = text.indexOf(phrase);
  // A phrase missing from its note is a fixture error, not a pass.
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  const { provenance } = analyzeText(text);
  const seg = provenance.segments.find((s) => s.start <= start && start < s.end)!;
  return { kind: seg.kind, span: spanProvenance(text, provenance, { start, end: start + phrase.length }) };
}
