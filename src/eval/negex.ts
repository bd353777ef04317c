// Owns the NegEx gold evaluation: scores mentionContext().negated against the NegEx annotation
// TSVs (Chapman et al.; "Report No./Concept/Sentence/Negation" and the 6-column rsAnnotations form).
// Pure: takes the file text, returns the figures; reading the file is the CLI's job.
import { mentionContext } from '../engine/context';
import { analyzeText } from '../engine/text';
import type { Span } from '../engine/types';

export interface NegexError {
  line: number;
  concept: string;
  sentence: string;
  gold: 'Affirmed' | 'Negated';
  predicted: 'Affirmed' | 'Negated';
  /** False when the concept could not be found in the sentence (predicted Affirmed). */
  located: boolean;
}

export interface NegexResult {
  accuracy: number;
  total: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** Rows whose concept was not found in the sentence. */
  unlocated: number;
  errors: NegexError[];
}

/** Spreadsheet-style field: surrounding quotes removed, doubled quotes undone. */
function unquote(field: string): string {
  const f = field.trim();
  if (f.length >= 2 && f.startsWith('"') && f.endsWith('"')) return f.slice(1, -1).replace(/""/g, '"');
  return f;
}

/**
 * Finds the concept in the sentence, case-insensitively with any whitespace between words.
 * The gold marks the annotated occurrence in upper case, so an all-caps occurrence wins when the
 * concept occurs more than once.
 */
export function locateConcept(sentence: string, concept: string): Span | null {
  const words = concept.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gi');
  // Several all-caps occurrences ("ALLERGIES: He has no known ALLERGIES.") usually mean a header
  // followed by the annotated mention, so the last one wins.
  let first: Span | null = null;
  let upper: Span | null = null;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (/[a-z]/i.test(m[0]) && m[0] === m[0].toUpperCase()) upper = span;
    first ??= span;
    if (m[0].length === 0) re.lastIndex++;
  }
  return upper ?? first;
}

export function evaluateNegex(tsvText: string): NegexResult {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let unlocated = 0;
  const errors: NegexError[] = [];
  const lines = tsvText.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const cols = lines[n].split('\t');
    if (cols.length < 4) continue;
    const label = unquote(cols[3]).toLowerCase();
    if (label !== 'affirmed' && label !== 'negated') continue; // header or malformed row
    const concept = unquote(cols[1]);
    const sentence = unquote(cols[2]);
    const gold = label === 'negated';
    const span = locateConcept(sentence, concept);
    let predicted = false;
    if (span) predicted = mentionContext(analyzeText(sentence), span).negated;
    else unlocated++;
    if (gold && predicted) tp++;
    else if (!gold && predicted) fp++;
    else if (gold && !predicted) fn++;
    else tn++;
    if (gold !== predicted) {
      errors.push({
        line: n + 1, concept, sentence,
        gold: gold ? 'Negated' : 'Affirmed', predicted: predicted ? 'Negated' : 'Affirmed', located: span !== null,
      });
    }
  }
  const total = tp + fp + fn + tn;
  return {
    accuracy: total ? (tp + tn) / total : 0,
    total, tp, fp, fn, tn,
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    unlocated,
    errors,
  };
}
