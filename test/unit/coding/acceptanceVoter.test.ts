import { codeRelations, voterFeatures, voterProbability, voterWithholds, type VoterInput, type VoterModel } from '../../../src/engine/coding/acceptanceVoter';
import type { ConventionSource } from '../../../src/engine/coding/guidelines/conventions';
import { chooseThreshold, formatVoterWeightsFile, scoreRows, trainVoter, voterInputOf, voterLeaveOneBatchOut } from '../../../src/eval/acceptanceVoter';
import type { AcceptanceDump, AcceptanceRow } from '../../../src/eval/codeAcceptance';
import { trainLogistic } from '../../../src/eval/logisticTraining';

// Synthetic rows only (no note text): each stands for one reported code of an invented trap note.
const input = (over: Partial<VoterInput> = {}): VoterInput => ({
  code: 'L30.9', signals: { match: 'synonym', termTokens: 2, mentions: 1, section: 'assessment', unspecified: false, specificSibling: false },
  confidence: 0.8, principal: false, contexts: [{ negated: false, uncertain: false, hypothetical: false, historical: false, family: false }],
  sections: ['assessment'], guidelineActions: [], others: ['E11.9'], noteSections: ['hpi', 'assessment'], outpatient: true, assessed: ['E11.9'],
  excludes1Other: false, askedForByOther: false, manifestation: false, nonClinicalNote: false, ...over,
});

let seq = 0;
const row = (batch: string, label: AcceptanceRow['label'], over: Partial<AcceptanceRow> = {}): AcceptanceRow => ({
  batch, id: `${batch}-${seq++}`, family: 'specificity', setting: 'outpatient', code: 'L30.9', label, goldSameCategory: false, confidence: 0.8, role: 'secondary',
  signals: { match: 'synonym', termTokens: 2, mentions: 1, section: 'assessment', unspecified: false, specificSibling: false }, guideline: [],
  contexts: [{ negated: false, uncertain: false, hypothetical: false, historical: false, family: false }], sections: ['assessment'], evidence: [], lines: [],
  others: [], noteSections: ['hpi', 'assessment'], sentences: [], sentencesBefore: [], assessed: [], ...over,
});

/** A general pattern: a one-word unspecified code named only in the history of a note that has an assessment. */
const narrativeOnly: Partial<AcceptanceRow> = { sections: ['hpi'], signals: { match: 'synonym', termTokens: 1, mentions: 1, section: 'hpi', unspecified: true, specificSibling: false } };

function patternDump(batches: readonly string[]): AcceptanceDump {
  const rows: AcceptanceRow[] = [];
  for (const b of batches) {
    for (let i = 0; i < 30; i++) rows.push(row(b, 'gold'));
    for (let i = 0; i < 6; i++) rows.push(row(b, i % 2 ? 'mustNot' : 'other', narrativeOnly));
    rows.push(row(b, 'gold', narrativeOnly));
  }
  const notes = batches.map((b) => ({ batch: b, id: b, gold: rows.filter((r) => r.batch === b && r.label === 'gold').length + 2, tp: 0 }));
  return { rows, notes };
}

describe('the voter reads general signals of a code, never the code itself', () => {
  it('two codes of the same chapter and length with the same signals have the same features', () => {
    expect(voterFeatures(input({ code: 'L30.9' }))).toEqual(voterFeatures(input({ code: 'L20.9' })));
    expect(voterFeatures(input({ code: 'L30.9' }))).not.toEqual(voterFeatures(input({ code: 'J45.909' })));
  });
  it('places a code in, beside or outside the note\'s conclusions', () => {
    expect(voterFeatures(input())['place:conclusionOnly']).toBe(1);
    expect(voterFeatures(input({ sections: ['hpi', 'assessment'] }))['place:conclusionAndNarrative']).toBe(1);
    expect(voterFeatures(input({ sections: ['hpi'] }))['place:outsideConclusion']).toBe(1);
    expect(voterFeatures(input({ sections: ['hpi'], noteSections: ['hpi'] }))['place:noConclusion']).toBe(1);
  });
  it('reads the mention context, the Tabular relations and the statement provenance of the note', () => {
    const f = voterFeatures(input({ contexts: [{ negated: false, uncertain: false, hypothetical: false, historical: true, family: false }], excludes1Other: true, askedForByOther: true, nonClinicalNote: true, others: ['L30.8'] }));
    for (const k of ['context:historical', 'excludes1Other', 'askedForByOther', 'nonClinicalNote', 'sameCategoryOther']) expect(f[k]).toBe(1);
    expect(f['context:plain']).toBeUndefined();
  });
});

describe('I.A.12.a / I.A.13: the Tabular relations of a code to the note\'s other reported codes', () => {
  const conventions: ConventionSource = {
    excludes1Conflict: (a, b) => [a, b].sort().join() === ['E10.9', 'E11.9'].join(),
    codeFirst: (code) => (code === 'H36.811' ? ['E11'] : []),
    isManifestation: (code) => code === 'H36.811',
    asksFor: (code, other) => code === 'N18.4' && other === 'I12.9',
    sevenChr: () => [],
  };
  it('an Excludes1 partner, a code another code\'s code-first or use-additional note asks for, a manifestation', () => {
    const rel = codeRelations(conventions, ['E10.9', 'E11.9', 'H36.811', 'N18.4', 'I12.9']);
    expect(rel('E10.9')).toEqual({ excludes1Other: true, askedForByOther: false, manifestation: false });
    expect(rel('E11.9')).toEqual({ excludes1Other: true, askedForByOther: true, manifestation: false });
    expect(rel('I12.9').askedForByOther).toBe(true);
    expect(rel('H36.811').manifestation).toBe(true);
    expect(codeRelations(conventions, ['E10.9'])('E10.9').excludes1Other).toBe(false);
  });
});

describe('training: logistic regression and a recall-favouring threshold', () => {
  it('learns that narrative-only one-word unspecified codes are mostly not reported', () => {
    const dump = patternDump(['a', 'b']);
    const m = { ...trainLogistic(dump.rows.map((r) => ({ features: voterFeatures(voterInputOf(r)), keep: r.label === 'gold' })), { l2: 0.003, iterations: 300 }), threshold: 0.5, provenance: '' };
    const pNarrative = voterProbability(m, voterFeatures(voterInputOf(row('x', 'gold', narrativeOnly))));
    const pAssessed = voterProbability(m, voterFeatures(voterInputOf(row('x', 'gold'))));
    expect(pNarrative).toBeLessThan(0.5);
    expect(pAssessed).toBeGreaterThan(0.9);
  });
  it('a withheld gold code costs goldCost wrong codes: the threshold moves only where wrong codes outnumber it', () => {
    const scored = [{ p: 0.1, keep: false }, { p: 0.2, keep: false }, { p: 0.3, keep: true }, { p: 0.4, keep: false }, { p: 0.9, keep: true }];
    expect(chooseThreshold(scored, 1)).toBeCloseTo(0.25); // 2 wrong, then +1 wrong −1 gold does not gain more
    expect(chooseThreshold(scored, 3)).toBeCloseTo(0.25);
    expect(chooseThreshold([{ p: 0.1, keep: true }, { p: 0.2, keep: false }], 3)).toBe(0); // no threshold gains
  });
  it('a model with threshold 0 never withholds; under its threshold the verdict names the voter', () => {
    const model: VoterModel = { bias: -3, weights: {}, threshold: 0, provenance: '' };
    expect(voterWithholds(model, input())).toBeUndefined();
    expect(voterWithholds({ ...model, threshold: 0.5 }, input())?.detail).toMatch(/acceptance voter/);
    expect(voterWithholds({ ...model, bias: 3, threshold: 0.5 }, input())).toBeUndefined();
  });
});

describe('leave-one-batch-out: each examiner batch is scored by a voter that never saw it', () => {
  it('withholds the held-out batch\'s narrative-only codes with the threshold chosen on the other batches', () => {
    const dump = patternDump(['s4-heldout', 's5-heldout-d', 'eng-1', 'eng-2']);
    const folds = voterLeaveOneBatchOut(dump, ['s4-heldout', 's5-heldout-d', 'missing-batch'], { l2: 0.003, iterations: 120, goldCost: 3, innerFolds: 4 });
    expect(folds.map((f) => f.heldOut)).toEqual(['s4-heldout', 's5-heldout-d']);
    for (const f of folds) {
      expect(f.threshold).toBe(trainVoter(dump.rows.filter((r) => r.batch !== f.heldOut), { l2: 0.003, iterations: 120, goldCost: 3, innerFolds: 4 }).threshold);
      expect(f.before.fp - f.after.fp).toBe(6);
      expect(f.before.tp - f.after.tp).toBe(1);
      expect(f.after.mustNot).toBe(0);
      expect(f.after.precision).toBeGreaterThan(f.before.precision);
    }
  });
  it('scores instruction-only codes as the must-not codes of injection-family notes', () => {
    const dump: AcceptanceDump = { rows: [row('k', 'mustNot', { family: 'injection' }), row('k', 'mustNot'), row('k', 'gold')], notes: [{ batch: 'k', id: 'k', gold: 2, tp: 1 }] };
    expect(scoreRows(dump, 'k')).toMatchObject({ tp: 1, fp: 2, fn: 1, mustNot: 2, instructionOnly: 1 });
  });
  it('writes the weights as a module with the command that retrains them', () => {
    const text = formatVoterWeightsFile({ bias: 1, weights: { unspecified: -0.5 }, threshold: 0.2, provenance: 'test' });
    expect(text).toContain('--acceptance-voter');
    expect(text).toContain('"unspecified": -0.5');
    expect(text).toContain('export const ACCEPTANCE_VOTER: VoterModel');
  });
});
