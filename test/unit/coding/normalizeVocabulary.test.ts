// Unit: the tokenizer's process-wide tables (normalize.ts normCache and word table) outlive every note of every
// tenant, so they keep vocabulary only: words of the vendored English and clinical word lists, words whose canonical
// form is a lexicon's (addVocabulary), and words met while building from vendored data (learningVocabulary). A note's
// other words (a name the redactor missed) are normalised the same way for the call and never kept. The names below
// are invented.
import { addVocabulary, learningVocabulary, normalizeWord, tokenize } from '../../../src/engine/coding/normalize';
import { processSingleton } from '../../../src/engine/processStore';

// The same objects normalize.ts keeps (one store per process: processStore.ts).
const normCache = processSingleton('coding.normCache', () => new Map<string, string[]>());
const wordTable = processSingleton('coding.wordTable', () => ({ slots: new Int32Array(0), entryRaw: [] as string[], entryNorms: [] as string[][] }));

const kept = (word: string): boolean => normCache.has(word) || wordTable.entryRaw.includes(word);
const plain = (text: string) => tokenize(text).map((t) => [t.start, t.end, t.raw, [...t.norms], t.clause]);

describe('tokenizer tables keep vocabulary only', () => {
  it('a word of a note that is not vocabulary is normalised but never kept', () => {
    const tokens = tokenize('Mr Quorvendale reports Quorvendales pain');
    expect(tokens.map((t) => t.norms[0])).toEqual(['mr', 'quorvendale', 'report', 'quorvendale', 'pain']);
    expect(tokens[1].word).toBeUndefined();
    expect(kept('quorvendale')).toBe(false);
    expect(kept('quorvendales')).toBe(false);
    expect(normalizeWord('quorvendales')).toBe('quorvendale');
    expect(kept('quorvendales')).toBe(false);
  });

  it('a word whose canonical form is registered vocabulary is kept, with the same tokens as before', () => {
    const before = plain('Zemblars of the knee');
    expect(kept('zemblars')).toBe(false);
    addVocabulary(['zemblar']);
    expect(plain('Zemblars of the knee')).toEqual(before);
    expect(kept('zemblars')).toBe(true);
    expect(tokenize('zemblars')[0].word).toBeDefined();
  });

  it('ordinary English and clinical words of the vendored word lists are vocabulary (kept)', () => {
    tokenize('She reports dizziness yesterday');
    expect(kept('yesterday')).toBe(true);
    expect(kept('reports')).toBe(true);
  });

  it('words met while building from vendored data are kept', () => {
    learningVocabulary(() => tokenize('Vrintholite deposition'));
    expect(kept('vrintholite')).toBe(true);
    tokenize('Vrintholix deposition');
    expect(kept('vrintholix')).toBe(false);
  });

  it('a learningVocabulary build that throws leaves learning off', () => {
    expect(() => learningVocabulary(() => { throw new Error('bad vendored file'); })).toThrow('bad vendored file');
    tokenize('Plexandrum');
    expect(kept('plexandrum')).toBe(false);
  });
});
