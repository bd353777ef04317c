// Owns the extractive clinical summary: key sentences per topic (reason for visit, findings,
// assessment, plan, medications), each copied verbatim from the note with its source span, so no
// summary statement can say anything the note does not.
import type { EvidenceSpan, SectionKind, Span } from '../types';
import type { TextAnalysis } from '../text';

export interface SummarySection {
  title: string;
  /** Verbatim sentences joined by a space. */
  text: string;
  /** One per sentence, offsets into the analysed text. */
  sources: EvidenceSpan[];
}

export interface Summary {
  /** "Title: text" per section, one per line. */
  text: string;
  sections: SummarySection[];
}

export interface SummarizeOptions {
  /** Spans of diagnosis mentions (from the coder); sentences holding them are preferred. */
  salient?: Span[];
  maxSentencesPerSection?: number;
  maxSentenceChars?: number;
}

interface Topic {
  title: string;
  kinds: readonly SectionKind[];
  /** For notes without recognised sections: what a sentence must say to belong here. */
  cue?: RegExp;
}

const TOPICS: readonly Topic[] = [
  { title: 'Reason for visit', kinds: ['chief_complaint', 'hpi'] },
  { title: 'Findings', kinds: ['exam', 'results', 'vitals', 'ros', 'hospital_course'] },
  { title: 'Assessment', kinds: ['assessment', 'impression', 'diagnoses', 'assessment_plan'], cue: /\b(diagnos[ie]s|diagnosed|consistent with|compatible with|impression|assessment)\b/i },
  { title: 'Plan', kinds: ['plan', 'assessment_plan', 'discharge', 'procedures'], cue: /\b(treat(?:ed|ment)|start(?:ed)?|prescribed|initiated|plan|follow[- ]?up|discharged|surgery|underwent|referred|continue)\b/i },
  { title: 'Medications', kinds: ['medications'] },
];

const DEFAULT_MAX_SENTENCES = 3;
const DEFAULT_MAX_SENTENCE_CHARS = 300;
/** A sentence with fewer letters than this is a fragment (a header, a bullet mark, "O:"). */
const MIN_LETTERS = 8;

export function summarize(analysis: TextAnalysis, options: SummarizeOptions = {}): Summary {
  const maxSentences = options.maxSentencesPerSection ?? DEFAULT_MAX_SENTENCES;
  const maxChars = options.maxSentenceChars ?? DEFAULT_MAX_SENTENCE_CHARS;
  const salient = [...(options.salient ?? [])].sort((a, b) => a.start - b.start);
  const { text } = analysis;

  const candidates = analysis.sentences
    .map((s, index) => ({ index, span: trimSpan(text, s, maxChars), kind: analysis.sections[s.sectionIndex]?.kind ?? 'other' }))
    .filter((c) => letters(text, c.span.start, c.span.end) >= MIN_LETTERS && !isHeaderOnly(analysis, c.span));

  const hasSalient = (span: Span): boolean => overlapsAny(span, salient);
  const used = new Set<number>();
  const sectioned = analysis.sections.some((s) => s.kind !== 'other');
  const sections: SummarySection[] = [];

  for (const topic of TOPICS) {
    let chosen = candidates.filter((c) => topic.kinds.includes(c.kind) && !used.has(c.index));
    if (topic.title === 'Reason for visit') {
      chosen = chosen.length ? chosen.slice(0, 1) : candidates.filter((c) => !used.has(c.index)).slice(0, 1);
    } else if (!chosen.length && !sectioned) {
      // Unsectioned narrative (case reports): pick by cue words, or by diagnosis mentions for findings.
      chosen = candidates.filter((c) => !used.has(c.index) && (topic.cue ? topic.cue.test(text.slice(c.span.start, c.span.end)) : topic.title === 'Findings' && hasSalient(c.span)));
    }
    if (topic.title === 'Findings' || !sectioned) {
      // Prefer sentences that carry diagnosis mentions, keeping note order.
      const withMentions = chosen.filter((c) => hasSalient(c.span));
      if (withMentions.length) chosen = withMentions;
    }
    chosen = chosen.slice(0, maxSentences);
    if (!chosen.length) continue;
    for (const c of chosen) used.add(c.index);
    const sources = chosen.map((c) => ({ start: c.span.start, end: c.span.end, text: text.slice(c.span.start, c.span.end) }));
    sections.push({ title: topic.title, text: sources.map((s) => s.text).join(' '), sources });
  }
  return { text: sections.map((s) => `${s.title}: ${s.text}`).join('\n'), sections };
}

const LETTER = /^\p{L}$/u;
/** Per BMP code: 0 not looked up yet, 1 not a letter, 2 a letter (filled on first sight). */
const bmpLetter = new Uint8Array(0x10000);

/**
 * Counts letters (code points of \p{L}) in text[start, end), stopping once `enough` are seen (sentences are
 * only compared to a small floor). By character codes: no slice, no match objects.
 */
function letters(text: string, start: number, end: number, enough = MIN_LETTERS): number {
  let n = 0;
  for (let i = start; i < end && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    let k = bmpLetter[c];
    if (k === 0) bmpLetter[c] = k = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    if (k === 2) n++;
  }
  return n;
}

/** Trims whitespace and bullet marks, and cuts an over-long sentence at a word boundary (still verbatim). */
function trimSpan(text: string, span: Span, maxChars: number): Span {
  let { start, end } = span;
  while (start < end && /[\s•·*\-–—]/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end - start > maxChars) {
    let cut = start + maxChars;
    while (cut > start + maxChars / 2 && !/\s/u.test(text[cut])) cut--;
    end = cut;
    while (end > start && /[\s,;:]/u.test(text[end - 1])) end--;
  }
  return { start, end };
}

function isHeaderOnly(analysis: TextAnalysis, span: Span): boolean {
  return analysis.sections.some((s) => s.title && span.start >= s.start && span.end <= s.bodyStart);
}

function overlapsAny(span: Span, sorted: Span[]): boolean {
  for (const s of sorted) {
    if (s.start >= span.end) return false;
    if (s.end > span.start) return true;
  }
  return false;
}
