// Owns the text-analysis API used by the coder and the context module: sections (tiling the
// text), sentences (sorted, each inside one section) and provenance (which text is clinical), with
// offset lookups.
import { lastStartingAtOrBefore } from './lookup';
import type { Section, Sentence } from '../types';
import { detectProvenance, provenanceFromNonClinical, type Provenance, type TextSegment } from './provenance';
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

/**
 * An analysis without its text, as tuples: what a job stores once after redaction so that its
 * summarizing, coding and validating stages (possibly on other workers, after a redelivery) restore
 * it instead of analysing the note again. Holds offsets, kinds and section headers of the redacted text.
 */
export interface StoredAnalysis {
  v: 1;
  /** [start, end, kind, title, bodyStart] */
  sections: Array<[number, number, Section['kind'], string, number]>;
  /** [start, end, sectionIndex] */
  sentences: Array<[number, number, number]>;
  /** [start, end, kind, rule] of the non-clinical segments; the clinical ones are the gaps. */
  nonClinical: Array<[number, number, TextSegment['kind'], string]>;
}

export function storeAnalysis(analysis: TextAnalysis): StoredAnalysis {
  return {
    v: 1,
    sections: analysis.sections.map((s) => [s.start, s.end, s.kind, s.title, s.bodyStart]),
    sentences: analysis.sentences.map((s) => [s.start, s.end, s.sectionIndex]),
    nonClinical: analysis.provenance.nonClinical.map((s) => [s.start, s.end, s.kind, s.rule ?? '']),
  };
}

/** The analysis `storeAnalysis` kept, for the same text; undefined when the stored form is not one we know. */
export function restoreAnalysis(text: string, stored: unknown): TextAnalysis | undefined {
  const s = stored as StoredAnalysis | undefined;
  if (!s || s.v !== 1 || !Array.isArray(s.sections) || !Array.isArray(s.sentences) || !Array.isArray(s.nonClinical)) return undefined;
  const last = s.sections[s.sections.length - 1];
  // Sections tile the text: a stored analysis of another text cannot be reused.
  if (!last || last[1] !== text.length) return undefined;
  const sections: Section[] = s.sections.map(([start, end, kind, title, bodyStart]) => ({ start, end, kind, title, bodyStart }));
  const sentences: Sentence[] = s.sentences.map(([start, end, sectionIndex]) => ({ start, end, sectionIndex }));
  const nonClinical: TextSegment[] = s.nonClinical.map(([start, end, kind, rule]) => ({ start, end, kind, rule }));
  return { text, sections, sentences, provenance: provenanceFromNonClinical(nonClinical, text.length) };
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
