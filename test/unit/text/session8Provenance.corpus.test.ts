// Session 8 (issue 10 §3), the statement classifier's method, estimated by leave-one-inventory-out: each test trains
// the perceptron over every studied inventory and trap file, seconds of CPU, so it runs in the `corpus` Jest project
// (`npm test`, `npm run test:corpus`), not in `npm run test:unit`. Moved verbatim from session8Provenance.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { STATEMENT_MODEL } from '../../../src/engine/text/statementWeights';
import { buildExamples, lineScore, trainLogistic } from '../../../src/eval/injection/trainStatement';

const TRAPS = path.join('test', 'fixtures', 'icd-traps');

describe('session 8 method: leave-one-inventory-out and a reproducible model', () => {
  const examples = buildExamples();

  it('trains without the held-out inventory and still flags most of its carrier lines while sparing clinical lines', () => {
    const heldOut = 'holdout2';
    // The shipped learner (logistic regression since session 12) at the shipped threshold.
    const weights = trainLogistic(examples.filter((e) => e.group !== heldOut && e.group !== 'fold2'));
    const carriers = examples.filter((e) => e.kind === 'carrier' && e.group === heldOut);
    const clinical = examples.filter((e) => e.label < 0 && (e.group === heldOut || e.group === 'fold2'));
    const flagged = carriers.filter((e) => lineScore(e.text, weights) > STATEMENT_MODEL.threshold).length;
    const marked = clinical.filter((e) => lineScore(e.text, weights) > STATEMENT_MODEL.threshold).length;
    expect(flagged / carriers.length).toBeGreaterThan(0.6);
    expect(marked / clinical.length).toBeLessThan(0.01);
  });

  it('never trains on the injection-family trap notes (they carry instructions on purpose)', () => {
    const notes = fs.readdirSync(TRAPS).filter((f) => f.endsWith('.jsonl')).flatMap((f) => fs.readFileSync(path.join(TRAPS, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { family: string; text: string }));
    const linesOf = (family: (f: string) => boolean) => new Set(notes.filter((n) => family(n.family)).flatMap((n) => n.text.split('\n').map((l) => l.trim())));
    const elsewhere = linesOf((f) => f !== 'injection');
    const injectionOnly = [...linesOf((f) => f === 'injection')].filter((l) => l && !elsewhere.has(l));
    expect(injectionOnly.length).toBeGreaterThan(0);
    const trained = new Set(examples.filter((e) => e.kind === 'trap').map((e) => e.text));
    expect(injectionOnly.filter((l) => trained.has(l))).toEqual([]);
  });

  it('ships the weights the committed training script produces', () => {
    expect(trainLogistic(examples)).toEqual(STATEMENT_MODEL.weights);
  });
});
