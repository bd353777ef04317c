// Owns the shared cue-word trigger index of the name and place grammar units: each unit declares, as data, the words at
// which it can fire ("per", "family", "by", rank titles, ward prepositions ...); one pass over a note's words lists the
// positions of every declared cue word, and a unit visits only its cue positions instead of walking every word of the
// note. A unit whose cue words are absent from a note does nothing there, so skipping it changes no result (as
// text/literalPrefilter.ts does for the provenance rules' regular expressions). Units that cannot name their cues keep
// their own walk.
import type { Word } from './tokens';

/** The declared cue words of every unit, each with a dense index: the vocabulary one pass over a note looks up. */
const vocabulary = new Map<string, number>();

/** A unit's cue words (lower case, as `Word.lower` spells them), compiled against the shared vocabulary. */
export interface CueSet {
  readonly name: string;
  readonly words: readonly string[];
  /** Vocabulary indexes of the words. */
  readonly ids: readonly number[];
}

/**
 * Declares the cue words of a unit (at module load, before any note is read). A word several units declare is looked up
 * once per note for all of them.
 */
export function defineCues(name: string, words: Iterable<string>): CueSet {
  const list = [...new Set(words)];
  const ids = list.map((w) => {
    if (w !== w.toLowerCase() || w.length === 0) throw new Error(`defineCues(${name}): cue words are lower case and non-empty, got "${w}"`);
    let id = vocabulary.get(w);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(w, id);
    }
    return id;
  });
  return { name, words: list, ids };
}

const NONE: readonly number[] = [];

/** Per note: ascending word positions of every declared cue word, built in one pass over the words. */
export class TriggerIndex {
  private readonly byId: (number[] | undefined)[];
  private readonly merged = new Map<CueSet, readonly number[]>();
  private readonly vocabularySize: number;

  constructor(words: readonly Word[]) {
    this.vocabularySize = vocabulary.size;
    this.byId = new Array<number[] | undefined>(this.vocabularySize);
    for (let i = 0; i < words.length; i++) {
      const id = vocabulary.get(words[i].lower);
      if (id === undefined) continue;
      const list = this.byId[id];
      if (list === undefined) this.byId[id] = [i];
      else list.push(i);
    }
  }

  /** Ascending positions of the words whose `lower` is one of the cue words (each position once). */
  positions(cues: CueSet): readonly number[] {
    const cached = this.merged.get(cues);
    if (cached !== undefined) return cached;
    let out: readonly number[] = NONE;
    let lists = 0;
    for (const id of cues.ids) {
      if (id >= this.vocabularySize) throw new Error(`TriggerIndex: cue set ${cues.name} was declared after the index was built`);
      const list = this.byId[id];
      if (list === undefined) continue;
      // One word cannot sit at two positions' lists, so a concatenation of distinct words only needs sorting.
      out = lists === 0 ? list : [...out, ...list];
      lists++;
    }
    if (lists > 1) (out as number[]).sort((a, b) => a - b);
    this.merged.set(cues, out);
    return out;
  }

  /** Whether any of the cue words occurs in the note. */
  any(cues: CueSet): boolean {
    return this.positions(cues).length > 0;
  }
}
