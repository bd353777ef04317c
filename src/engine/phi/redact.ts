// Owns the redaction pipeline: run the detectors, resolve overlapping candidates into sorted,
// non-overlapping typed spans, and build the placeholder text with its offset map.
import type { PhiSpan, PhiType, RedactionMode } from '../types';
import { closeOverVoters } from './closure';
import { detectNamesAndPlaces, vetoProtected } from './context';
import { propagateFieldNames } from './names/documentNames';
import { detectStoreNumbers } from './places/storeNumbers';
import { defaultPhiDetector, knowledgeOf, type PhiDetector } from './detector';
import { defaultLexicon, flagWords, type Lexicon } from './lexicon';
import { OffsetMap } from './offsetMap';
import { detectLearned } from './learned/recognizer';
import type { PerceptronModel } from './learned/model';
import { foreignLines, isForeignBasicWord } from './deny/foreignVocabulary';
import { isMedicalCoinage } from './deny/medicalMorphology';
import { dropProtectedSpans } from './deny/protectedSpans';
import { denyUnreadNumbers } from './deny/unreadNumber';
import { isWorkflowWord } from './deny/workflowVocabulary';
import { render, type RenderOptions } from './render';
import type { Emit } from './recognizer';
import { emitDenied, subtractAllowed } from './recognizers/lists';
import { firstWordEndingAfter, tokenize, type Word } from './tokens';

export interface Redaction {
  text: string;
  /** In original offsets, sorted, non-overlapping. */
  spans: PhiSpan[];
  map: OffsetMap;
  /** How the spans were replaced: TAG placeholders, SURROGATE values or MASK characters. */
  mode: RedactionMode;
}

export interface RedactOptions extends RenderOptions {
  /** Default true: a bare year is not PHI under Safe Harbor (45 CFR 164.514(b)(2)(i)(C)). */
  keepYears?: boolean;
  /** Default true: the learned token classifier votes beside the rules (false: rules alone, for evaluation). */
  learned?: boolean;
  /** The learned voter's weights (default: the committed model); training's leave-one-corpus-out scores its fold models through this. */
  learnedModel?: PerceptronModel | null;
  /** The deployment's recognizers and allow/deny lists (default: every recognizer, no lists). */
  detector?: PhiDetector;
  /**
   * Default true: a digit-bearing token no recognizer claimed and no clinical-quantity rule reads is redacted
   * (deny.unread-number, Safe Harbor's "any other unique identifying number"); false for evaluation A/B only.
   */
  denyUnreadNumbers?: boolean;
}

/** When candidates of different types overlap, the merged span takes the type ranked first here. */
const TYPE_PRIORITY: readonly PhiType[] = [
  'EMAIL', 'URL', 'IP', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'DEVICE', 'VEHICLE', 'PHONE', 'ID', 'DATE', 'AGE',
  'ADDRESS', 'NAME', 'LOCATION',
];
const RANK = new Map(TYPE_PRIORITY.map((t, i) => [t, i]));

/** Same-type neighbours separated only by this are one placeholder: "J. Smith" → "[NAME]". */
const JOINABLE_GAP_RE = /^[ \t\u00a0.\-]{0,2}$/;

export function redactWith(lexicon: Lexicon, text: string, options: RedactOptions = {}): Redaction {
  const keepYears = options.keepYears ?? true;
  const detector = options.detector ?? defaultPhiDetector();
  const candidates: PhiSpan[] = [];
  const emit: Emit = (start, end, type, recognizer) => {
    if (end > start) candidates.push({ start, end, type, recognizers: [recognizer] });
  };
  const words = tokenize(text);
  const noteWords = flagWords(words, lexicon);
  detector.registry.run(text, words, emit, { keepYears, knowledge: knowledgeOf(lexicon) });
  const nameContext = detectNamesAndPlaces(text, words, lexicon, emit, noteWords);
  // Protected clinical terms (eponymous scales, brand drugs) are never PHI, whichever voter proposes them.
  const unprotected = vetoProtected(words, nameContext.protectedTerm, emit);
  if (options.learned !== false) detectLearned(text, words, noteWords.flags, candidates, vetoIndexClinical(words, lexicon, unprotected), options.learnedModel);
  if (detector.lists) emitDenied(detector.lists, text, words, emit);
  // Particles, initials and head nouns join the names and places whichever voter found them.
  closeOverVoters(nameContext, candidates, unprotected);
  // A name a labelled field gave is that person at its other uses in the note, whichever voter missed them; it vetoes
  // firmly protected words itself and outweighs a drug read from a verb's position alone ("start Aigerim tomorrow").
  propagateFieldNames(nameContext, candidates, emit);
  detectStoreNumbers(text, candidates.slice(), unprotected);
  // Last of the voters' steps: a name or place lying inside a protected clinical term or a service word is dropped, whoever proposed it.
  dropProtectedSpans(nameContext, candidates);
  dropForeignVocabulary(text, words, lexicon, candidates);
  dropMarkupTagNames(text, candidates);
  // Last: what every voter left, default-deny reads digit by digit (a clinical quantity is safe, anything else an identifier).
  if (options.denyUnreadNumbers !== false) {
    const known = (lower: string) => lexicon.clinical.has(lower) || lexicon.indexClinical.has(lower) || lexicon.common.has(lower);
    denyUnreadNumbers({ text, words, protectedTerm: nameContext.protectedTerm, known }, candidates);
  }
  const spans = resolve(detector.lists ? subtractAllowed(detector.lists, text, words, candidates) : candidates, text);
  const rendered = render(text, spans, options);
  return { text: rendered.text, spans, map: rendered.map, mode: options.mode ?? 'TAG' };
}

export function redact(text: string, options?: RedactOptions): Redaction {
  if (typeof text !== 'string') throw new TypeError('redact: text must be a string');
  if (text.length === 0) return { text: '', spans: [], map: new OffsetMap([], 0), mode: options?.mode ?? 'TAG' };
  return redactWith(defaultLexicon(), text, options);
}

/**
 * A binomial name with its genus abbreviated ("E. coli", "H. pylori", "S. aureus"): one capital and a full stop before
 * a lower-case species word of the code set's vocabulary. A person's initial stands before a capitalised surname,
 * so the learned voter's guess that the capital is a name (after "Final diagnoses:") is dropped.
 */
function abbreviatedGenus(words: readonly Word[], at: number, end: number, lexicon: Lexicon): boolean {
  const initial = words[at];
  const next = words[at + 1];
  if (!initial || !next || initial.end - initial.start !== 1 || !initial.upper || next.start < end) return false;
  return /^\.\s?$/.test(next.gapBefore) && next.alpha && !next.capitalized && !next.upper && lexicon.clinical.has(next.lower);
}

/**
 * Wraps the learned voter's emitter: a span made only of clinical words the ICD-10-CM Index holds ("Osteopenia"),
 * clinical coinages by their suffix ("Odynophagia") and capitalised coding-workflow words ("CDI PREBILL"), or
 * the abbreviated genus of a binomial name ("E. coli"), is dropped. The model never saw that list as a feature, so the veto keeps its committed weights valid.
 */
function vetoIndexClinical(words: readonly Word[], lexicon: Lexicon, emit: Emit): Emit {
  return (start, end, type, recognizer) => {
    const lo = firstWordEndingAfter(words, start);
    let allIndex = lo < words.length && words[lo].start < end;
    for (let i = lo; allIndex && i < words.length && words[i].start < end; i++) {
      const lower = words[i].lower;
      if (!lexicon.indexClinical.has(lower) && !isMedicalCoinage(lower) && !(words[i].upper && isWorkflowWord(lower))) allIndex = false;
    }
    if (!allIndex && !abbreviatedGenus(words, lo, end, lexicon)) emit(start, end, type, recognizer);
  };
}

/**
 * On a line written in Spanish, German or French (foreignLines), a name or place span made only of that language's
 * basic vocabulary, name particles, clinical words and codes is the request's own words ("la factura de hoy",
 * "kodieren (Abrechnung)"), not a person: dropped whichever voter proposed it. A span holding any other word
 * ("Maria de la Cruz") stays whole.
 */
function dropForeignVocabulary(text: string, words: readonly Word[], lexicon: Lexicon, candidates: PhiSpan[]): void {
  const lines = foreignLines(text, words, (w) => lexicon.clinical.has(w.lower) || lexicon.indexClinical.has(w.lower) || isMedicalCoinage(w.lower));
  if (lines.length === 0) return;
  const inForeignLine = (start: number) => lines.some((l) => l.start <= start && start < l.end);
  const vocabulary = (w: Word) =>
    !w.alpha || (w.lower.length > 1 && isForeignBasicWord(w.lower)) || lexicon.indexClinical.has(w.lower) || lexicon.clinical.has(w.lower) || isMedicalCoinage(w.lower);
  for (let c = candidates.length - 1; c >= 0; c--) {
    const s = candidates[c];
    if ((s.type !== 'NAME' && s.type !== 'LOCATION') || !inForeignLine(s.start)) continue;
    const lo = firstWordEndingAfter(words, s.start);
    let all = lo < words.length && words[lo].start < s.end;
    for (let i = lo; all && i < words.length && words[i].start < s.end; i++) if (!vocabulary(words[i])) all = false;
    if (all) candidates.splice(c, 1);
  }
}

/**
 * A lower-case word opening an HTML/XML tag with attributes ("<meta name=…>") or closing one ("</meta>") is markup,
 * not a given name; a bare "<grace>" keeps its redaction.
 */
const TAG_ATTRIBUTE_AFTER_RE = /^(?:[ \t\r\n]+[a-z][\w:-]*=["'\w]|[ \t]*\/>)/;
function dropMarkupTagNames(text: string, candidates: PhiSpan[]): void {
  for (let c = candidates.length - 1; c >= 0; c--) {
    const s = candidates[c];
    if (s.type !== 'NAME') continue;
    const before = text.slice(Math.max(0, s.start - 2), s.start);
    if (!/(?:<\/?|<)$/.test(before) || before.endsWith('<<')) continue;
    const closing = before.endsWith('</');
    const tagShaped = closing ? /^>/.test(text.charAt(s.end)) : TAG_ATTRIBUTE_AFTER_RE.test(text.slice(s.end, s.end + 40));
    if (/^[a-z][a-z0-9-]*$/.test(text.slice(s.start, s.end)) && tagShaped) candidates.splice(c, 1);
  }
}

function resolve(candidates: PhiSpan[], text: string): PhiSpan[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhiSpan[] = [];
  for (const c of candidates) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end > last.end) last.end = c.end;
      if ((RANK.get(c.type) ?? 99) < (RANK.get(last.type) ?? 99)) last.type = c.type;
      mergeRecognizers(last, c);
      continue;
    }
    if (last && last.type === c.type && JOINABLE_GAP_RE.test(text.slice(last.end, c.start))) {
      last.end = c.end;
      mergeRecognizers(last, c);
      continue;
    }
    out.push({ ...c, recognizers: [...(c.recognizers ?? [])] });
  }
  return out;
}

function mergeRecognizers(into: PhiSpan, from: PhiSpan): void {
  for (const r of from.recognizers ?? []) if (!into.recognizers!.includes(r)) into.recognizers!.push(r);
}
