// Owns the per-word record of what the name and place recognizers have already found, so later units
// (particles, nicknames, facility grammar, the default-deny pass) read neighbours in O(1) and stay linear.
import type { PhiType } from '../types';
import type { Emit } from './recognizer';
import type { Word } from './tokens';

export const MARK_NONE = 0;
export const MARK_NAME = 1;
export const MARK_PLACE = 2;
/** Any other PHI (dates, phones...): a neighbour that is PHI but not a name. */
export const MARK_OTHER = 3;

export class WordMarks {
  readonly kind: Uint8Array;

  constructor(readonly words: readonly Word[], private readonly emitOut: Emit) {
    this.kind = new Uint8Array(words.length);
  }

  /** Records the words fully inside [start, end) in one sweep; spans arrive in any order. */
  static fromSpans(words: readonly Word[], spans: readonly { start: number; end: number; type: PhiType }[], emit: Emit): WordMarks {
    const marks = new WordMarks(words, emit);
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let s = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      while (s < sorted.length && sorted[s].end <= w.start) s++;
      // Spans may overlap: look at the few that start before this word.
      for (let x = s; x < sorted.length && sorted[x].start <= w.start; x++) {
        const sp = sorted[x];
        if (sp.end >= w.baseEnd) {
          const k = sp.type === 'NAME' ? MARK_NAME : sp.type === 'LOCATION' ? MARK_PLACE : MARK_OTHER;
          if (marks.kind[i] === MARK_NONE || k === MARK_NAME) marks.kind[i] = k;
        }
      }
    }
    return marks;
  }

  isName(i: number): boolean {
    return this.kind[i] === MARK_NAME;
  }
  isPlace(i: number): boolean {
    return this.kind[i] === MARK_PLACE;
  }
  free(i: number): boolean {
    return i >= 0 && i < this.words.length && this.kind[i] === MARK_NONE;
  }

  /** Marks words a..b and reports them as one span; `whole` keeps a closing possessive inside ("St. Mary's"). */
  add(a: number, b: number, type: 'NAME' | 'LOCATION', recognizer: string, whole = false): void {
    const k = type === 'NAME' ? MARK_NAME : MARK_PLACE;
    for (let x = a; x <= b; x++) this.kind[x] = k;
    this.emitOut(this.words[a].start, whole ? this.words[b].end : this.words[b].baseEnd, type, recognizer);
  }
}
