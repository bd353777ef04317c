// Tests of training across earlier examiners' corpora: named sources and re-surrogated development copies as training
// inputs (recorded in the model header, copies grouped with their patient), the leave-one-corpus-out table, and the
// redactor's injected model through which a fold model is scored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redact } from '../../../src/engine/phi';
import { defaultLexicon } from '../../../src/engine/phi/lexicon';
import { groupedFolds, LEARNED_RECOGNIZER, PerceptronModel, prepareNote, seededRandom, trainPerceptron, type GoldNote } from '../../../src/engine/phi/learned';
import { formatLocoTable, runTrainPhi, type LocoRow } from '../../../src/cli/trainPhi';
import { EXAMINER_CORPORA } from '../../../src/cli/trainPhiCorpora';
import { DEFAULT_HOLDOUT11_SEED } from '../../../src/eval/synthetic/holdout11';
import { DEFAULT_HOLDOUT13_SEED } from '../../../src/eval/synthetic/holdout13';
import { DEFAULT_HOLDOUT_SEED } from '../../../src/eval/synthetic/holdout';
import type { PhiModeReport } from '../../../src/eval/phi';

/** Development-format gold notes (deid-<patient>-<note>): invented names in a few frames, spans known by construction. */
function devNotes(n: number, seed: number): GoldNote[] {
  const rand = seededRandom(seed);
  const people = ['Zorblat Quimmers', 'Vexna Trillow', 'Ormid Plaskett', 'Jurna Welkby'];
  const frames = ['Pt seen by ', 'Spoke with daughter ', 'Discussed with Dr. '];
  return Array.from({ length: n }, (_, i) => {
    const pre = frames[Math.floor(rand() * frames.length)];
    const value = people[Math.floor(rand() * people.length)];
    const text = `Vitals stable. ${pre}${value} today.\nContinue metoprolol.`;
    const start = text.indexOf(value);
    return { id: `deid-${i % 6}-${i}`, text, phi: [{ start, end: start + value.length, type: pre.includes('daughter') ? 'RelativeProxyName' : 'HCPName' }] };
  });
}

const writeJsonl = (dir: string, name: string, notes: readonly GoldNote[]): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, notes.map((n) => JSON.stringify(n)).join('\n') + '\n');
  return file;
};

describe('learned PHI training across corpora: sources and re-surrogated copies', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phi-loco-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('records every named source and the re-surrogation vocabularies and seed in the model header', async () => {
    const deid = writeJsonl(dir, 'dev.jsonl', devNotes(24, 1));
    const h8 = writeJsonl(dir, 'h8.jsonl', devNotes(8, 2).map((n, i) => ({ ...n, id: `h8-${i}` })));
    const out = path.join(dir, 'model.bin.br');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = await runTrainPhi(['--deid', deid, '--source', `h8=${h8}`, '--resurrogate', 's9', '--resurrogate-seed', '77', '--epochs', '1', '--augment', '0', '--threshold-folds', '2', '--buckets-log2', '12', '--out', out]);
    log.mockRestore();
    expect(code).toBe(0);
    const training = PerceptronModel.deserialize(fs.readFileSync(out)).meta.training as { inputs: { role: string }[]; resurrogate: unknown; notes: number };
    expect(training.inputs.map((i) => i.role)).toEqual(['deid', 'source h8']);
    expect(training.resurrogate).toEqual({ vocabularies: ['s9'], seed: 77 });
  });

  it('refuses an unknown corpus name and the re-surrogation evaluation seed (training seeds only)', async () => {
    const deid = writeJsonl(dir, 'dev2.jsonl', devNotes(12, 3));
    await expect(runTrainPhi(['--deid', deid, '--source', `h99=${deid}`, '--cv', '2'])).rejects.toThrow(/--source/);
    await expect(runTrainPhi(['--deid', deid, '--resurrogate', 's10', '--resurrogate-seed', '9119', '--cv', '2'])).rejects.toThrow(/evaluation seed/);
    await expect(runTrainPhi(['--deid', deid, '--resurrogate', 's99', '--cv', '2'])).rejects.toThrow(/unknown vocabulary/);
  });

  it('keeps a re-surrogated copy ("<note id>#<vocabulary>") in its patient\'s fold', () => {
    const ids = devNotes(30, 4).flatMap((n) => [n.id, `${n.id}#s9`, `${n.id}#s11`]);
    const folds = groupedFolds(ids, 3, 5);
    for (let i = 0; i < ids.length; i += 3) {
      expect(folds[i + 1]).toBe(folds[i]);
      expect(folds[i + 2]).toBe(folds[i]);
    }
  });

  it('names each examiner corpus with the evaluation seed the eval CLI scores it at', () => {
    expect(Object.keys(EXAMINER_CORPORA)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10', 'h11', 'h12', 'h13']);
    expect(EXAMINER_CORPORA.h1).toMatchObject({ flag: 'holdout', evalSeed: DEFAULT_HOLDOUT_SEED });
    expect(EXAMINER_CORPORA.h11).toMatchObject({ flag: 'holdout11', evalSeed: DEFAULT_HOLDOUT11_SEED });
    expect(EXAMINER_CORPORA.h13).toMatchObject({ flag: 'holdout13', evalSeed: DEFAULT_HOLDOUT13_SEED });
  });
});

describe('learned PHI training across corpora: leave-one-corpus-out', () => {
  const report = (recall: number, precision: number, leaks: number, prot?: number): PhiModeReport =>
    ({ recall, precision, leaks, ...(prot === undefined ? {} : { protectedTerms: { spans: 10, redacted: prot, redactedTerms: {} } }) }) as unknown as PhiModeReport;

  it('prints per corpus rules / committed / fold model, and the mean and worst-corpus recall of each', () => {
    const rows: LocoRow[] = [
      { corpus: 'h6', rules: report(0.9, 0.95, 40, 3), committed: report(0.92, 0.95, 30, 3), fold: report(0.96, 0.94, 10, 2) },
      { corpus: 'dev+s11', rules: report(0.8, 0.9, 50), committed: report(0.85, 0.9, 40), fold: report(0.9, 0.89, 20) },
    ];
    const table = formatLocoTable(rows);
    expect(table).toMatch(/^h6 .*0\.9000 0\.9500 {3}40 {4}3 \| 0\.9200 .*\| 0\.9600 0\.9400 {3}10 {4}2$/m);
    expect(table).toMatch(/^dev\+s11 .*0\.8000 0\.9000 {3}50 {4}— /m);
    expect(table).toContain('mean recall: rules 0.8500, ∪ committed 0.8850, ∪ fold 0.9300; worst: 0.8000 / 0.8500 / 0.9000');
    expect(table).toContain('mean precision: rules 0.9250, ∪ committed 0.9250, ∪ fold 0.9150');
  });
});

describe('redactor with an injected learned model (how a fold model is scored)', () => {
  const text = 'Pt seen by Xyzabc Qwerty today.';
  const learnedIn = (r: ReturnType<typeof redact>) => r.spans.some((s) => s.recognizers?.includes(LEARNED_RECOGNIZER));

  it('votes with the model it is given, and with none when given null', () => {
    expect(learnedIn(redact(text))).toBe(true);
    expect(learnedIn(redact(text, { learnedModel: null }))).toBe(false);
    // A model trained on a note with no PHI (every margin 0, below its threshold 1) emits nothing where the committed one finds the name.
    const lex = defaultLexicon();
    const notes = [prepareNote({ id: 'o-1', text, phi: [] }, lex)];
    const silent = PerceptronModel.fromWeights(trainPerceptron(notes, { epochs: 2, seed: 1, bucketsLog2: 12 }), 12, [1, 1], ['NAME', 'LOCATION'], {});
    expect(learnedIn(redact(text, { learnedModel: silent }))).toBe(false);
  });
});
