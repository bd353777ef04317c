// Owns the learned PHI voter at redaction time: the committed model (data/phi/perceptron.bin.br) loaded once
// on first use, run over the redactor's tokens, and its confident tokens emitted as `learned.perceptron`
// beside the rules. It only adds spans; the rules keep everything they find.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPhiDataDir } from '../lexicon';
import { processSingleton } from '../../processStore';
import type { PhiSpan } from '../../types';
import type { Emit } from '../recognizer';
import { caseModeOf, type Word } from '../tokens';
import { PerceptronModel, spansAt } from './model';

export const LEARNED_RECOGNIZER = 'learned.perceptron';
export const MODEL_FILE = 'perceptron.bin.br';

/** The committed model, read once per process; null when the file is absent (a build without the model). */
export function defaultModel(): PerceptronModel | null {
  return processSingleton('phi.learnedModel', () => {
    const file = join(findPhiDataDir(), MODEL_FILE);
    return existsSync(file) ? PerceptronModel.deserialize(readFileSync(file)) : null;
  });
}

export function loadModel(file: string): PerceptronModel {
  return PerceptronModel.deserialize(readFileSync(file));
}

/**
 * Tags the note's tokens and emits every token whose margin reaches the model's CV-chosen threshold for its group. The model
 * classifies words only (never numbers, so never a bare year). Where a rule already proposed a span over the
 * token, the learned vote takes the rule's type: the rules know "Towson" is a town, the model only that it is PHI.
 */
export function detectLearned(
  text: string,
  words: readonly Word[],
  flags: Uint32Array,
  ruleSpans: readonly PhiSpan[],
  emit: Emit,
  model: PerceptronModel | null = defaultModel(),
): void {
  if (!model || words.length === 0) return;
  const decoded = model.decode(text, words, flags, caseModeOf(words));
  const spans = spansAt(decoded, words, model.meta.thresholds, model.meta.emit, model.meta.extend);
  if (spans.length === 0) return;
  const byStart = [...ruleSpans].sort((a, b) => a.start - b.start);
  let r = 0;
  for (const s of spans) {
    while (r < byStart.length && byStart[r].end <= s.start) r++;
    // Rule spans may nest; scan the few that start before this token ends.
    let type = s.type;
    for (let x = r; x < byStart.length && byStart[x].start < s.end; x++) {
      if (byStart[x].end > s.start) {
        type = byStart[x].type;
        break;
      }
    }
    emit(s.start, s.end, type, LEARNED_RECOGNIZER);
  }
}
