// Tests of the learned PHI token classifier: reproducible training, patient-grouped folds, the committed
// model's behaviour on invented names it has never seen, and that clinical vocabulary is left alone.
import { redact } from '../../../src/engine/phi';
import { defaultLexicon, flagWords, WORD_MOVEMENT } from '../../../src/engine/phi/lexicon';
import { tokenTable } from '../../../src/engine/phi/learned/features';
import { caseModeOf } from '../../../src/engine/phi/tokens';
import {
  augmentNote, CLASSES, defaultModel, detectLearned, groupedFolds, LEARNED_RECOGNIZER, patientOf, PerceptronModel, prepareNote, seededRandom,
  spansAt, trainPerceptron, type Decoded, type GoldNote,
} from '../../../src/engine/phi/learned';
import { tokenize } from '../../../src/engine/phi/tokens';
import type { PhiType } from '../../../src/engine/types';

/** Synthetic gold notes: invented people and places in a few sentence frames, spans known by construction. */
function syntheticNotes(n: number, seed: number): GoldNote[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const people = ['Zorblat Quimmers', 'Vexna Trillow', 'Ormid Plaskett', 'Jurna Welkby', 'Tessaly Brunkard'];
  const places = ['Quillmont', 'Farrowdeep', 'Ostrelby'];
  const frames: [string, string][] = [
    ['Pt seen by ', ' today, plan unchanged.'],
    ['Spoke with daughter ', ' about discharge.'],
    ['Transferred from ', ' Hospital for cardiac cath.'],
  ];
  const notes: GoldNote[] = [];
  for (let i = 0; i < n; i++) {
    const [pre, post] = pick(frames);
    const value = pre.startsWith('Transferred') ? pick(places) : pick(people);
    const text = `Vitals stable, lungs clear. ${pre}${value}${post}\nContinue metoprolol and heparin drip.`;
    const start = text.indexOf(value);
    const type = pre.startsWith('Transferred') ? 'Location' : 'HCPName';
    notes.push({ id: `syn-${i % 7}-${i}`, text, phi: [{ start, end: start + value.length, type }] });
  }
  return notes;
}

function learnedSpans(text: string, model = defaultModel()): { text: string; type: PhiType }[] {
  const words = tokenize(text);
  const { flags } = flagWords(words, defaultLexicon());
  const out: { text: string; type: PhiType }[] = [];
  detectLearned(text, words, flags, [], (s, e, type, name) => {
    expect(name).toBe(LEARNED_RECOGNIZER);
    out.push({ text: text.slice(s, e), type });
  }, model);
  return out;
}

describe('learned PHI classifier: training', () => {
  const lex = defaultLexicon();
  const opts = { epochs: 3, seed: 7, bucketsLog2: 14 };

  it('is reproducible byte for byte: the same notes, options and seed give the same model file', () => {
    const notes = syntheticNotes(40, 1).map((n) => prepareNote(n, lex));
    const fileA = PerceptronModel.fromWeights(trainPerceptron(notes, opts), 14, [-1.5, 0], ['NAME', 'LOCATION'], { seed: 7 }).serialize();
    const fileB = PerceptronModel.fromWeights(trainPerceptron(notes, opts), 14, [-1.5, 0], ['NAME', 'LOCATION'], { seed: 7 }).serialize();
    expect(Buffer.compare(fileA, fileB)).toBe(0);
    // The seed matters (the note order is shuffled with it), so equality above is not vacuous.
    const fileC = PerceptronModel.fromWeights(trainPerceptron(notes, { ...opts, seed: 8 }), 14, [-1.5, 0], ['NAME', 'LOCATION'], { seed: 7 }).serialize();
    expect(Buffer.compare(fileA, fileC)).not.toBe(0);
  });

  it('round-trips through its file format with the same scores', () => {
    const notes = syntheticNotes(30, 2).map((n) => prepareNote(n, lex));
    const model = PerceptronModel.fromWeights(trainPerceptron(notes, opts), 14, [0, 1], ['NAME'], {});
    const loaded = PerceptronModel.deserialize(model.serialize());
    expect(loaded.meta).toEqual(model.meta);
    expect(Buffer.compare(Buffer.from(loaded.weights.buffer), Buffer.from(model.weights.buffer))).toBe(0);
  });

  it('augmentation keeps gold offsets on the (possibly invented) PHI words and changes only PHI words and case', () => {
    const rand = seededRandom(3);
    for (const note of syntheticNotes(20, 3)) {
      const aug = augmentNote(note, rand, lex);
      expect(aug.phi).toHaveLength(1);
      const phiText = aug.text.slice(aug.phi[0].start, aug.phi[0].end);
      expect(phiText).toMatch(/^[\p{L} ]+$/u);
      const rest = (aug.text.slice(0, aug.phi[0].start) + aug.text.slice(aug.phi[0].end)).toLowerCase();
      const orig = (note.text.slice(0, note.phi[0].start) + note.text.slice(note.phi[0].end)).toLowerCase();
      expect(rest).toBe(orig);
    }
  });
});

describe('learned PHI classifier: decision (thresholds, hysteresis)', () => {
  const NAME = CLASSES.indexOf('NAME');
  const decoded = (margins: number[]): Decoded => ({
    group: new Uint8Array(margins.length), best: new Uint8Array(margins.length).fill(NAME), margin: Float32Array.from(margins),
  });
  const texts = (text: string, d: Decoded, ext?: [number, number]): string[] =>
    spansAt(d, tokenize(text), [10, 10], ['NAME'], ext).map((s) => text.slice(s.start, s.end));

  it('emits confident tokens and carries a neighbour on the same line from the lower threshold', () => {
    const d = decoded([13, 5, -20]);
    expect(texts('ZORBLAT QUIMMERS today', d)).toEqual(['ZORBLAT']);
    expect(texts('ZORBLAT QUIMMERS today', d, [0, 0])).toEqual(['ZORBLAT', 'QUIMMERS']);
    expect(texts('ZORBLAT\nQUIMMERS today', d, [0, 0])).toEqual(['ZORBLAT']);
  });

  it('never emits a word followed by a dose, route or frequency (medication grammar)', () => {
    expect(texts('Zorvanex 40 mg', decoded([50, -1e9, -1e9]))).toEqual([]);
    expect(texts('Zorvanex BID', decoded([50, -1e9]))).toEqual([]);
  });
});

describe('learned PHI classifier: patient-grouped folds', () => {
  it('never puts one patient in two folds, fills every fold and is seeded', () => {
    const ids: string[] = [];
    for (let p = 1; p <= 23; p++) for (let n = 1; n <= 1 + (p % 6); n++) ids.push(`deid-${p}-${n}`);
    const folds = groupedFolds(ids, 5, 11);
    const foldOfPatient = new Map<string, number>();
    ids.forEach((id, i) => {
      const p = patientOf(id);
      if (foldOfPatient.has(p)) expect(folds[i]).toBe(foldOfPatient.get(p));
      foldOfPatient.set(p, folds[i]);
    });
    expect(new Set(folds).size).toBe(5);
    expect(groupedFolds(ids, 5, 11)).toEqual(folds);
    expect(patientOf('deid-12-3')).toBe('deid-12');
  });

  it('refuses more folds than patients', () => {
    expect(() => groupedFolds(['deid-1-1', 'deid-1-2', 'deid-2-1'], 3, 1)).toThrow(/patients/);
  });
});

describe('learned PHI classifier: the committed model', () => {
  it('loads from data/phi and declares what it emits', () => {
    const model = defaultModel();
    expect(model).not.toBeNull();
    expect(model!.meta.emit).toEqual(expect.arrayContaining(['NAME']));
    expect(model!.meta.thresholds.some(Number.isFinite)).toBe(true);
  });

  // Invented names in no list: the model must find them from context and shape, in any case.
  it.each([
    ['Pt seen by Xyzabc Qwerty today.', ['Xyzabc', 'Qwerty']],
    ['PT SEEN BY ZORBLAT QUIMMERS TODAY.', ['ZORBLAT', 'QUIMMERS']],
    ['Spoke with daughter Brennick about plan.', ['Brennick']],
    ['Seen by Dr. Vexnor this am, plan discussed.', ['Vexnor']],
  ])('finds the invented person name in %p', (text, names) => {
    const found = learnedSpans(text).map((s) => s.text);
    for (const name of names) expect(found).toContain(name);
  });

  // The class of regression a retrain can bring (issue 9): one invented name in one frame sits near any threshold,
  // so judge the rate over many invented names, spelled from the whole alphabet, in person frames in mixed and
  // upper case: at least half in every frame. A feature-version-4 model retrained on today's lexicon (sha d91d2971)
  // found 0.30-0.37 in the upper-case agent frames of the same kind of probe; the committed one 0.57 in the hardest
  // frame here (upper-case "PT SEEN BY … TODAY") and more elsewhere.
  it('finds most invented names after an agent or contact cue, in mixed and upper case', () => {
    const rand = seededRandom(4242);
    const vowels = 'aeiouy', consonants = 'bcdfghjklmnpqrstvwxz';
    const lex = defaultLexicon();
    const invent = (): string => {
      for (;;) {
        let w = '', vowel = rand() < 0.3;
        const len = 5 + Math.floor(rand() * 4);
        while (w.length < len) {
          const set = vowel ? vowels : consonants;
          w += set[Math.floor(rand() * set.length)];
          vowel = !vowel;
        }
        if (!lex.wordFlags.has(w)) return w[0].toUpperCase() + w.slice(1);
      }
    };
    const frames = ['Pt seen by # today.', 'Seen by #, plan discussed.', 'Evaluated by # on rounds.', 'Spoke with daughter # about plan.'];
    const rates: string[] = [];
    for (const frame of frames) {
      for (const upper of [false, true]) {
        let found = 0;
        const trials = 30;
        for (let k = 0; k < trials; k++) {
          const name = `${invent()} ${invent()}`;
          const text = upper ? frame.replace('#', name).toUpperCase() : frame.replace('#', name);
          const want = (upper ? name.toUpperCase() : name).split(' ');
          const spans = learnedSpans(text);
          if (want.every((w) => spans.some((s) => s.text === w && s.type === 'NAME'))) found++;
        }
        if (found / trials < 0.5) rates.push(`${frame} ${upper ? 'upper' : 'mixed'} ${(found / trials).toFixed(2)}`);
      }
    }
    expect(rates).toEqual([]);
  });

  it('calls an invented name after "seen by" a NAME, in mixed and upper case', () => {
    for (const text of ['Pt seen by Xyzabc Qwerty today.', 'PT SEEN BY ZORBLAT QUIMMERS TODAY.']) {
      expect(new Set(learnedSpans(text).map((s) => s.type))).toEqual(new Set(['NAME']));
    }
  });

  it.each([
    'Patient started on metoprolol 25 mg for Parkinson disease.',
    'Glasgow Coma Scale 15, Apgar 9 at five minutes, Babinski negative.',
    'CXR: bibasilar atelectasis. Plan: continue heparin, lasix 40 mg IV bid, recheck BMP in am.',
    'NEURO: ALERT AND ORIENTED X3, MAE, PERRLA. CV: NSR 80S, NO ECTOPY.',
    // Clinical terms named after places or people (protected: a cytology system, a screening test, a risk scale).
    'Pap: Bethesda category II. Denver developmental screen normal. Columbia suicide severity scale negative.',
    'TRANSFER TO GENERAL MEDICINE FLOOR; SEEN BY CARDIOLOGY TEAM AT BEDSIDE.',
    // Medication grammar: a capitalised word in no list followed by a dose, route or frequency is a drug brand.
    'Given Zorvanex 0.4 mg IV with good response.',
    'MEDICATIONS:\n- Qelbrix BID\n- Travumab 40 units SC nightly',
  ])('leaves clinical vocabulary alone: %p', (text) => {
    expect(learnedSpans(text)).toEqual([]);
  });

  it('votes in redact() under its own recognizer name', () => {
    const r = redact('Pt seen by Xyzabc Qwerty today.');
    const span = r.spans.find((s) => s.recognizers?.includes(LEARNED_RECOGNIZER));
    expect(span).toBeDefined();
    expect(r.text).not.toContain('Xyzabc');
  });
});

describe('learned PHI classifier: features', () => {
  const lex = defaultLexicon();
  const table = (text: string) => {
    const words = tokenize(text);
    const { flags } = flagWords(words, lex);
    return { words, t: tokenTable(text, words, flags, caseModeOf(words)) };
  };

  // A movement verb's place reading holds for "seen at X", not for "seen by X", which names the agent (the same
  // reading as the place rules): otherwise every person after "seen by" is voted a place.
  it('reads a movement verb before "by" as no movement cue, and before a place preposition as one', () => {
    const by = table('Pt seen by Xyzabc today.');
    const at = table('Pt seen at Xyzabc today.');
    expect(by.t.cue[1] & WORD_MOVEMENT).toBe(0);
    expect(at.t.cue[1] & WORD_MOVEMENT).toBe(WORD_MOVEMENT);
  });

  // Protected terms (brand drugs) are never emitted; as unknown words they would teach that names spelled like them
  // ("Zosyn" → "Zorblat") are not PHI.
  it('does not classify protected brand drugs, and classifies an invented word of the same shape', () => {
    const { words, t } = table('Started Zosyn and Xarelto, seen by Zorblat.');
    const scored = (w: string): number => t.scored[words.findIndex((x) => x.lower === w.toLowerCase())];
    expect(scored('Zosyn')).toBe(0);
    expect(scored('Xarelto')).toBe(0);
    expect(scored('Zorblat')).toBe(1);
  });
});
