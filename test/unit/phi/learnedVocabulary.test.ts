// Tests of the training options that aim the learned PHI voter at values it never saw (session 13): identity dropout
// (the word's own letters left out of training updates, so context decides), official protected terms planted as O
// in training variants, and leave-one-vocabulary-out scored at each vocabulary's evaluation seed.
import { defaultLexicon } from '../../../src/engine/phi/lexicon';
import { AFFIX_FEATURE_START, affixFeatureCount } from '../../../src/engine/phi/learned/features';
import { augmentNote, prepareNote, seededRandom, trainPerceptron, DEFAULT_AUGMENT, type GoldNote } from '../../../src/engine/phi/learned';
import { plantProtectedTerms } from '../../../src/engine/phi/learned/train';
import { icdEponyms } from '../../../src/engine/phi/eponymList';
import { formatPerType, runTrainPhi, vocabularyEvalSeed, type LocoRow } from '../../../src/cli/trainPhi';
import { EXAMINER_CORPORA, VOCABULARY_EVAL_SEEDS } from '../../../src/cli/trainPhiCorpora';
import { DEFAULT_HOLDOUT12_SEED } from '../../../src/eval/synthetic/holdout12';
import { RESURROGATE_VOCABULARIES } from '../../../src/eval/deidResurrogate';
import type { PhiModeReport } from '../../../src/eval/phi';

const lex = defaultLexicon();

function notes(n: number, seed: number): GoldNote[] {
  const rand = seededRandom(seed);
  const people = ['Zorblat Quimmers', 'Vexna Trillow', 'Ormid Plaskett'];
  return Array.from({ length: n }, (_, i) => {
    const value = people[Math.floor(rand() * people.length)];
    const text = `Vitals stable.\nPt seen by ${value} today.\nContinue metoprolol.`;
    const start = text.indexOf(value);
    return { id: `deid-${i % 4}-${i}`, text, phi: [{ start, end: start + value.length, type: 'HCPName' }] };
  });
}

describe('identity dropout: the word-spelling (affix) features left out of training updates', () => {
  it('counts the affix features staticFeatures wrote for a word (prefixes and suffixes of 1-4 letters), none for a number', () => {
    const p = prepareNote({ id: 'a', text: 'Seen by Zorblat on 7/22.', phi: [] }, lex);
    const z = p.words.findIndex((w) => w.lower === 'zorblat');
    expect(p.table.scored[z]).toBe(1);
    expect(affixFeatureCount(p.table, z)).toBe(8);
    expect(p.featStart[z + 1] - p.featStart[z]).toBeGreaterThan(AFFIX_FEATURE_START + 8);
    const two = prepareNote({ id: 'b', text: 'Seen by Xu today.', phi: [] }, lex);
    const xu = two.words.findIndex((w) => w.lower === 'xu');
    expect(affixFeatureCount(two.table, xu)).toBe(4); // "x", "xu" as prefix and as suffix
  });

  it('leaves the default training unchanged at 0 and changes the weights, deterministically, above 0', () => {
    // Varied invented names and capitalised O words, so training makes many updates (dropout acts on updates).
    const rand = seededRandom(8);
    const word = (): string => Array.from({ length: 5 + Math.floor(rand() * 4) }, (_, k) => (k % 2 ? 'aeiou' : 'bdfgklmnprstvz')[Math.floor(rand() * (k % 2 ? 5 : 14))]).join('');
    const cap = (w: string): string => w[0].toUpperCase() + w.slice(1);
    const prepared = Array.from({ length: 30 }, (_, i) => {
      const name = `${cap(word())} ${cap(word())}`;
      const text = `Started ${cap(word())} 5 mg.\nPt seen by ${name} today.\n${cap(word())} ${cap(word())} continued.`;
      const start = text.indexOf(name);
      return prepareNote({ id: `deid-${i % 5}-${i}`, text, phi: [{ start, end: start + name.length, type: 'HCPName' }] }, lex);
    });
    const opts = { epochs: 3, seed: 3, bucketsLog2: 12 };
    const base = trainPerceptron(prepared, opts);
    expect(trainPerceptron(prepared, { ...opts, identityDropout: 0 })).toEqual(base);
    const a = trainPerceptron(prepared, { ...opts, identityDropout: 0.5 });
    expect(trainPerceptron(prepared, { ...opts, identityDropout: 0.5 })).toEqual(a);
    expect(a).not.toEqual(base);
  });

  it('is a training option of train:phi validated below 1', async () => {
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(runTrainPhi(['--deid', 'unused.jsonl', '--identity-dropout', '1', '--cv', '2'])).resolves.toBe(2);
    await expect(runTrainPhi(['--deid', 'unused.jsonl', '--plant-protected', '1.5', '--cv', '2'])).resolves.toBe(2);
    err.mockRestore();
  });
});

describe('protected terms planted as O: official ICD-10-CM eponym conditions at line starts', () => {
  it('writes an Index eponym and a clinical head at a line start, unlabelled, and shifts the gold spans after it', () => {
    const note = notes(1, 9)[0];
    const phi = note.phi.map((g) => ({ ...g }));
    const value = note.text.slice(phi[0].start, phi[0].end);
    const text = plantProtectedTerms(note.text, phi, seededRandom(11));
    expect(text.length).toBeGreaterThan(note.text.length);
    expect(text.slice(phi[0].start, phi[0].end)).toBe(value);
    expect(phi).toHaveLength(1);
    const eponyms = icdEponyms();
    const added = text.split(/[\s.:']+/).filter((w) => /^[A-Z]/.test(w) && eponyms.has(w.toLowerCase()));
    expect(added.length).toBeGreaterThan(0);
  });

  it('never plants inside a gold span: a note whose only line start is inside one is left as it is', () => {
    const text = 'Quimmers\nZorblat';
    const phi = [{ start: 0, end: text.length, type: 'PTName' }];
    expect(plantProtectedTerms(text, phi, seededRandom(1))).toBe(text);
  });

  it('is off by default: augmentNote gives the committed variants unless the share is set', () => {
    const note = notes(1, 4)[0];
    const a = augmentNote(note, seededRandom(2), lex);
    expect(augmentNote(note, seededRandom(2), lex, { ...DEFAULT_AUGMENT, protectedTerm: 0 })).toEqual(a);
    const planted = augmentNote(note, seededRandom(2), lex, { ...DEFAULT_AUGMENT, protectedTerm: 1 });
    expect(planted.text.length).toBeGreaterThan(note.text.length);
    for (const g of planted.phi) expect(planted.text.slice(g.start, g.end).toLowerCase()).not.toMatch(/disease|syndrome|palsy/);
  });
});

describe('leave-one-vocabulary-out: each vocabulary at its own evaluation seed', () => {
  it('knows every re-surrogation vocabulary and its evaluation seed (the lead\'s figures), and #12 as a named source', () => {
    expect(Object.keys(VOCABULARY_EVAL_SEEDS).sort()).toEqual(Object.keys(RESURROGATE_VOCABULARIES).sort());
    expect(vocabularyEvalSeed('s9')).toBe(9119);
    expect(vocabularyEvalSeed('s12')).toBe(1212);
    expect(EXAMINER_CORPORA.h12).toMatchObject({ flag: 'holdout12', evalSeed: DEFAULT_HOLDOUT12_SEED });
  });

  it('refuses a vocabulary evaluation seed as the training copies\' seed', async () => {
    await expect(runTrainPhi(['--deid', 'unused.jsonl', '--resurrogate', 's9', '--resurrogate-seed', '1212', '--cv', '2'])).rejects.toThrow(/evaluation seed/);
  });

  it('prints per-type recall of the three columns for the types with enough gold tokens', () => {
    const rep = (loc: number, name: number): PhiModeReport => ({
      perType: { Location: { goldTokens: 40, caughtTokens: loc, recall: loc / 40 }, HCPName: { goldTokens: 20, caughtTokens: name, recall: name / 20 }, Other: { goldTokens: 2, caughtTokens: 1, recall: 0.5 } },
    }) as unknown as PhiModeReport;
    const row: LocoRow = { corpus: 'dev+s12', rules: rep(30, 18), committed: rep(34, 19), fold: rep(36, 20) };
    expect(formatPerType(row)).toBe('Location 0.750/0.850/0.900, HCPName 0.900/0.950/1.000');
  });
});
