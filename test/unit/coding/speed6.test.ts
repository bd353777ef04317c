// Per-word work the scanner and the ConText tokenizer skip (speed6): a word's readings are decided once per
// word, never once per occurrence, and must come out the same as if every occurrence were read afresh.
import { Coder } from '../../../src/engine/coding';
import { noteTokens, scan } from '../../../src/engine/coding/matcher';
import { loadCodeSet } from '../../../src/engine/icd10';
import { analyzeText } from '../../../src/engine/text';
import { tokenize as contextTokens } from '../../../src/engine/context';

function normsOf(text: string): string[][] {
  return noteTokens(text).map((t) => [...t.norms]);
}

describe('note tokens: readings that depend on the word alone are remembered per word', () => {
  it('reads a synonym (the Index word for a flare) at every occurrence, not only the first', () => {
    const once = normsOf('COPD flare.');
    const twice = normsOf('COPD flare. Asthma flare. Another flare today.');
    expect(once[1]).toEqual(expect.arrayContaining(['exacerbation']));
    const flares = noteTokens('COPD flare. Asthma flare. Another flare today.').filter((t) => t.raw === 'flare');
    expect(flares).toHaveLength(3);
    for (const f of flares) expect(f.norms).toEqual(once[1]);
    expect(twice.length).toBe(7);
  });

  it('still reads a procedure word by its neighbours after seeing it without a cue (postprocedural, Index subterm)', () => {
    const tokens = noteTokens('Thyroidectomy was uneventful. Hypoparathyroidism following thyroidectomy.');
    const [first, second] = tokens.filter((t) => t.raw === 'thyroidectomy');
    expect(first.norms).not.toContain('postprocedural');
    expect(second.norms).toContain('postprocedural');
  });

  it('keeps an upper-case-only abbreviation’s rule per occurrence (curated abbreviations: "CAD" expands, "cad" does not)', () => {
    const tokens = noteTokens('History of CAD. The word cad here. CAD again.').filter((t) => t.raw === 'cad');
    expect(tokens.map((t) => t.norms.includes('coronary'))).toEqual([true, false, true]);
  });

  it('gives a plain word the same tokens in a second note as in the first', () => {
    const a = noteTokens('Chronic kidney disease stage 3 with anemia.');
    const b = noteTokens('Chronic kidney disease stage 3 with anemia.');
    expect(b.map((t) => [t.raw, t.norms, t.word])).toEqual(a.map((t) => [t.raw, t.norms, t.word]));
  });
});

describe('ConText tokens: the typographic apostrophe is normalised only where a word holds one', () => {
  it('reads "doesn’t" and "doesn\'t" as the same word and leaves other words as lower case', () => {
    const curly = contextTokens('Patient DOESN’T have fever');
    const straight = contextTokens("Patient doesn't have fever");
    expect(curly.map((t) => t.norm)).toEqual(['patient', "doesn't", 'have', 'fever']);
    expect(straight.map((t) => t.norm)).toEqual(curly.map((t) => t.norm));
    expect(curly[1]).toMatchObject({ start: 8, end: 15, word: true });
  });
});

describe('scan: an anchor with many terms is bucketed when a note first holds it', () => {
  const coder = new Coder(loadCodeSet(2027));

  it('finds the multi-word terms of a frequent anchor ("pain") in the first note and again in the next', () => {
    const codesIn = (text: string) => {
      const a = analyzeText(text);
      return scan(noteTokens(text), a.sentences, coder.lexicon).filter((m) => m.term.tokens.length > 1).map((m) => m.term.code);
    };
    const first = codesIn('Chest pain since this morning. Low back pain.');
    expect(first).toEqual(expect.arrayContaining(['R07.9', 'M54.50']));
    expect(codesIn('Chest pain since this morning. Low back pain.')).toEqual(first);
  });
});
