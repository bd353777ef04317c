// Tests of the context-only feature set of the learned PHI classifier: a token is described by its slot (neighbours,
// punctuation, line, cue words, its shape class and allow-list membership), never by its letters or a name list, so
// a value from a vocabulary no model has seen gets the features a seen one gets in the same slot.
import { defaultLexicon, flagWords } from '../../../src/engine/phi/lexicon';
import { CONTEXT_FEATURE_VERSION, FEATURE_VERSION, MAX_STATIC_FEATURES, contextFeatures, staticFeatures, tokenTable } from '../../../src/engine/phi/learned/features';
import { decodeTable } from '../../../src/engine/phi/learned/model';
import { PerceptronModel, prepareNote, seededRandom, spansAt, trainPerceptron, type GoldNote } from '../../../src/engine/phi/learned';
import { caseModeOf, tokenize } from '../../../src/engine/phi/tokens';

const lex = defaultLexicon();

/** Sorted feature hashes of the word `target` in text under the context ('context') or full ('full') templates. */
function featuresOfWord(text: string, target: string, set: 'context' | 'full'): number[] {
  const words = tokenize(text);
  const { flags } = flagWords(words, lex);
  const mode = caseModeOf(words);
  const t = tokenTable(text, words, flags, mode);
  const i = words.findIndex((w) => w.lower === target.toLowerCase());
  expect(t.scored[i]).toBe(1);
  const out = new Uint32Array(MAX_STATIC_FEATURES);
  const k = set === 'context' ? contextFeatures(t, i, mode, out) : staticFeatures(t, i, mode, out);
  expect(k).toBeGreaterThan(10);
  expect(k).toBeLessThanOrEqual(MAX_STATIC_FEATURES);
  return [...out.subarray(0, k)].sort((a, b) => a - b);
}

describe('learned PHI classifier: context-only features (the slot, not the word)', () => {
  // Pattern: a name from a new vocabulary is a word never seen; only its slot carries over.
  it('gives two unknown capitalised words of one shape and length the same features in the same slot', () => {
    const a = featuresOfWord('Pt seen by Zorblat today, plan unchanged.', 'Zorblat', 'context');
    const b = featuresOfWord('Pt seen by Quimmer today, plan unchanged.', 'Quimmer', 'context');
    expect(a).toEqual(b);
    // The full templates spell the word (affixes, skeleton), so there they differ.
    expect(featuresOfWord('Pt seen by Zorblat today, plan unchanged.', 'Zorblat', 'full')).not.toEqual(featuresOfWord('Pt seen by Quimmer today, plan unchanged.', 'Quimmer', 'full'));
  });

  // Pattern: name-list membership memorises the training vocabularies; a census surname and an invented word are one slot.
  // (Same length: the chunk's shape, "Xxxxxxxxx", is a shape template and spells the length out.)
  it('does not read name or place lists: a census surname and an invented word in one slot share every feature', () => {
    const words = tokenize('Pt seen by Hendricks today.');
    const { flags } = flagWords(words, lex);
    expect(flags[3]).not.toBe(0); // "Hendricks" is in a name list, so the equality below is not vacuous
    expect(featuresOfWord('Pt seen by Hendricks today.', 'Hendricks', 'context')).toEqual(featuresOfWord('Pt seen by Zorbaltes today.', 'Zorbaltes', 'context'));
  });

  // Pattern: the slot is what the features describe, so another slot gives other features.
  it('changes with the slot: the words around, the punctuation and the line', () => {
    const byName = featuresOfWord('Pt seen by Zorblat today.', 'Zorblat', 'context');
    expect(featuresOfWord('Pain in Zorblat today.', 'Zorblat', 'context')).not.toEqual(byName);
    expect(featuresOfWord('Pt seen by: Zorblat today.', 'Zorblat', 'context')).not.toEqual(byName);
    expect(featuresOfWord('Attending: Zorblat', 'Zorblat', 'context')).not.toEqual(featuresOfWord('Diagnosis: Zorblat', 'Zorblat', 'context'));
  });

  // Pattern: casing relative to the note — a capitalised word in a mixed-case note is not one in an all-capitals note.
  it('reads the token casing against the note case mode', () => {
    expect(featuresOfWord('PT SEEN BY ZORBLAT TODAY.', 'zorblat', 'context')).not.toEqual(featuresOfWord('Pt seen by ZORBLAT today.', 'zorblat', 'context'));
  });
});

/** Notes whose names are drawn from one pool: the model must place a name from another pool by its slot alone. */
function slotNotes(pool: readonly string[], n: number, seed: number): GoldNote[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const frames: [string, string][] = [['Pt seen by Dr. ', ' today, plan unchanged.'], ['Spoke with daughter ', ' about discharge.'], ['Case discussed with ', ' MD.']];
  const notes: GoldNote[] = [];
  for (let i = 0; i < n; i++) {
    const [pre, post] = pick(frames);
    const value = pick(pool);
    const text = `Vitals stable, lungs clear. ${pre}${value}${post}\nContinue metoprolol and heparin drip.`;
    const start = text.indexOf(value);
    notes.push({ id: `slot-${i % 5}-${i}`, text, phi: [{ start, end: start + value.length, type: 'HCPName' }] });
  }
  return notes;
}

describe('learned PHI classifier: a context-only model', () => {
  const opts = { epochs: 4, seed: 11, bucketsLog2: 14 };

  it('finds a name of a vocabulary it never trained on, in a slot it trained on', () => {
    const train = slotNotes(['Vexna', 'Ormid', 'Jurna', 'Tessaly'], 60, 3).map((n) => prepareNote(n, lex, 'context'));
    const model = PerceptronModel.fromWeights(trainPerceptron(train, opts), 14, [0, 0], ['NAME'], {}, [0, 0], 'context');
    const text = 'Vitals stable, lungs clear. Spoke with daughter Pellowyn about discharge.\nContinue metoprolol and heparin drip.';
    const words = tokenize(text);
    const { flags } = flagWords(words, lex);
    const spans = spansAt(model.decode(text, words, flags, caseModeOf(words)), words, model.meta.thresholds, model.meta.emit);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Pellowyn']);
  });

  it('records its feature set in the file and decodes with it after a round trip; a full model file is as before', () => {
    const notes = slotNotes(['Vexna', 'Ormid'], 30, 4);
    const train = notes.map((n) => prepareNote(n, lex, 'context'));
    const model = PerceptronModel.fromWeights(trainPerceptron(train, opts), 14, [0, 0], ['NAME'], {}, [0, 0], 'context');
    const loaded = PerceptronModel.deserialize(model.serialize());
    expect(loaded.meta.featureSet).toBe('context');
    expect(loaded.meta.featureVersion).toBe(CONTEXT_FEATURE_VERSION);
    const p = train[0];
    expect(Array.from(loaded.decode(notes[0].text, p.words, p.table.flags, p.mode).margin)).toEqual(
      Array.from(decodeTable(model.weights, 14, p.table, p.mode, 'context').margin),
    );
    const full = PerceptronModel.fromWeights(trainPerceptron(slotNotes(['Vexna'], 10, 5).map((n) => prepareNote(n, lex)), opts), 14, [0, 0], ['NAME'], {});
    expect('featureSet' in full.meta).toBe(false);
    expect(full.meta.featureVersion).toBe(FEATURE_VERSION);
  });

  it('refuses a model file whose feature version is not the one of its feature set', () => {
    const train = slotNotes(['Vexna'], 10, 6).map((n) => prepareNote(n, lex, 'context'));
    const model = PerceptronModel.fromWeights(trainPerceptron(train, opts), 14, [0, 0], ['NAME'], {}, [0, 0], 'context');
    expect(() => new PerceptronModel({ ...model.meta, featureVersion: FEATURE_VERSION + 100 }, model.weights)).toThrow(/context feature version/);
  });
});
