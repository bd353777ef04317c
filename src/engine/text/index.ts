// Owns the text-analysis API used by the coder and the context module: sections (tiling the
// text), sentences (sorted, each inside one section) and provenance (which text is clinical), with
// offset lookups.
import { lastStartingAtOrBefore } from './lookup';
import type { Section, Sentence } from '../types';
import { detectProvenance, type Provenance } from './provenance';
import { detectSections } from './sections';
import { splitSentences } from './sentences';

export { detectSections, findHeaders } from './sections';
export { splitSentences } from './sentences';
export {
  detectProvenance, isClinicalSpan, nonClinicalKinds, spanProvenance, NON_CLINICAL_KINDS, SENTENCE_RULES, SPAN_RULES,
  STEERING_KINDS,
} from './provenance';
export type { NonClinicalKind, Provenance, SegmentKind, SpanProvenance, TextSegment } from './provenance';

export interface TextAnalysis {
  text: string;
  sections: Section[];
  sentences: Sentence[];
  /** Clinical vs non-clinical segments: only clinical text may be evidence for a code. */
  provenance: Provenance;
}

export function analyzeText(text: string): TextAnalysis {
  const sections = detectSections(text);
  const sentences = splitSentences(text, sections);
  return { text, sections, sentences, provenance: detectProvenance(text, sections, sentences) };
}


/** The section containing offset (offsets outside the text clamp to the first/last section). */
export function sectionAt(analysis: TextAnalysis, offset: number): Section {
  const k = lastStartingAtOrBefore(analysis.sections, offset);
  return analysis.sections[Math.max(0, k)];
}

export function sectionIndexAt(analysis: TextAnalysis, offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(analysis.sections, offset));
}

/**
 * The sentence containing offset. Between sentences (whitespace) there is none: an empty sentence
 * at offset is returned, so callers never mistake a neighbour's context for the offset's own.
 */
export function sentenceAt(analysis: TextAnalysis, offset: number): Sentence {
  const k = lastStartingAtOrBefore(analysis.sentences, offset);
  if (k >= 0 && offset < analysis.sentences[k].end) return analysis.sentences[k];
  return { start: offset, end: offset, sectionIndex: sectionIndexAt(analysis, offset) };
}

/** Index of the sentence containing offset, or -1 when offset falls between sentences. */
export function sentenceIndexAt(analysis: TextAnalysis, offset: number): number {
  const k = lastStartingAtOrBefore(analysis.sentences, offset);
  return k >= 0 && offset < analysis.sentences[k].end ? k : -1;
}
