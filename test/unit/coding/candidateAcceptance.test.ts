import { loadCodeSet } from '../../../src/engine/icd10';
import { analyzeText } from '../../../src/engine/text';
import { Coder } from '../../../src/engine/coding';
import { validateCodes } from '../../../src/engine/validate';
import { candidateFeatures, contextDropReason, modelAccepts, thresholdFor, type CandidateModel, type PoolCandidate } from '../../../src/engine/coding/candidateAcceptance';
import { chooseF1Threshold, mustNotFloor, reachable, scoreNotes, trainCandidateModel, type PoolDump, type PoolRow } from '../../../src/eval/candidateAcceptance';
import { trainLogistic } from '../../../src/eval/logisticTraining';

// Synthetic candidates only (no note text).
const candidate = (over: Partial<PoolCandidate> = {}): PoolCandidate => ({
  code: 'L30.9', source: 'scored', signals: { match: 'synonym', termTokens: 2, mentions: 1, section: 'assessment', unspecified: false, specificSibling: false },
  confidence: 0.8, contexts: [{ negated: false, uncertain: false, hypothetical: false, historical: false, family: false }], sections: ['assessment'],
  guidelineActions: [], noteSections: ['hpi', 'assessment'], outpatient: false, poolSize: 3, confidenceRank: 1, sameCategoryOther: false, longerSibling: false,
  excludes1Other: false, manifestation: false, nonClinicalNote: false, ...over,
});

describe('the candidate-acceptance model reads general signals of a candidate, never the code itself', () => {
  it('two codes of the same chapter and length with the same signals have the same features', () => {
    expect(candidateFeatures(candidate({ code: 'L30.9' }))).toEqual(candidateFeatures(candidate({ code: 'L20.9' })));
    expect(candidateFeatures(candidate({ code: 'L30.9' }))).not.toEqual(candidateFeatures(candidate({ code: 'J45.909' })));
  });
  it('reads where a candidate came from: scored, covered by a more specific mention, removed by a guideline or the specificity choice', () => {
    for (const source of ['scored', 'covered', 'guideline', 'specificity'] as const) expect(candidateFeatures(candidate({ source }))[`source:${source}`]).toBe(1);
  });
  it('reads why a dropped candidate was dropped, with the setting (an uncertain diagnosis is coded inpatient, II.H, not outpatient, IV.H)', () => {
    const f = candidateFeatures(candidate({ source: 'context', dropReason: 'uncertain', outpatient: true }));
    expect(f['dropReason:uncertain']).toBe(1);
    expect(f['dropReasonSetting:uncertain:outpatient']).toBe(1);
    expect(candidateFeatures(candidate({ source: 'context', dropReason: 'uncertain' }))['dropReasonSetting:uncertain:inpatient']).toBe(1);
    expect(Object.keys(candidateFeatures(candidate())).some((k) => k.startsWith('dropReason'))).toBe(false);
  });
  it('the context drop reasons the model may weigh: uncertain, hypothetical, a past episode; negation, family and another person stay hard', () => {
    const plain = { negated: false, uncertain: false, hypothetical: false, historical: false, family: false };
    expect(contextDropReason({ ...plain, uncertain: true })).toBe('uncertain');
    expect(contextDropReason({ ...plain, hypothetical: true })).toBe('hypothetical');
    expect(contextDropReason({ ...plain, historical: true })).toBe('historical');
    expect(contextDropReason({ ...plain, uncertain: true, negated: true })).toBeUndefined();
    expect(contextDropReason({ ...plain, historical: true, family: true })).toBeUndefined();
    expect(contextDropReason({ ...plain, uncertain: true, other: true })).toBeUndefined();
    expect(contextDropReason(plain)).toBeUndefined();
  });
  it('a setting-aware model applies the threshold of the candidate\'s setting', () => {
    const model: CandidateModel = { bias: 0, weights: {}, threshold: 0.6, thresholdBySetting: { inpatient: 0.4, outpatient: 0.6 }, sources: ['context'], provenance: 'test' };
    // P = 0.5 with no weights: over the inpatient threshold, under the outpatient one.
    expect(modelAccepts(model, candidate({ source: 'context', outpatient: false }))).toBe(true);
    expect(modelAccepts(model, candidate({ source: 'context', outpatient: true }))).toBe(false);
    expect(thresholdFor({ ...model, thresholdBySetting: undefined }, 'inpatient')).toBe(0.6);
  });
  it('places a candidate in, beside or outside the note\'s conclusions', () => {
    expect(candidateFeatures(candidate())['place:conclusionOnly']).toBe(1);
    expect(candidateFeatures(candidate({ sections: ['hpi'] }))['place:outsideConclusion']).toBe(1);
    expect(candidateFeatures(candidate({ sections: ['hpi'], noteSections: ['hpi'] }))['place:noConclusion']).toBe(1);
  });
  it('the model decides only the pool sources it was trained for; the coder keeps its own decision for the rest', () => {
    const model: CandidateModel = { bias: 0, weights: { 'source:covered': 3 }, threshold: 0.9, sources: ['covered'], provenance: 'test' };
    expect(modelAccepts(model, candidate({ source: 'covered' }))).toBe(true);
    expect(modelAccepts(model, candidate({ source: 'scored' }))).toBeUndefined();
    expect(modelAccepts({ ...model, threshold: 0.99 }, candidate({ source: 'covered' }))).toBe(false);
  });
});

describe('training: logistic regression and an F1 threshold chosen out of fold', () => {
  it('learns a separable general signal (a candidate named only outside the conclusions is rarely coded)', () => {
    const ex = [
      ...Array.from({ length: 40 }, () => ({ features: candidateFeatures(candidate()), keep: true })),
      ...Array.from({ length: 40 }, () => ({ features: candidateFeatures(candidate({ sections: ['hpi'], signals: { match: 'partial', termTokens: 1, mentions: 1, section: 'hpi', unspecified: true, specificSibling: false } })), keep: false })),
    ];
    const m = trainLogistic(ex, { l2: 0.003, iterations: 200 });
    expect(m.weights['place:conclusionOnly']).toBeGreaterThan(0);
    expect(m.weights['place:outsideConclusion']).toBeLessThan(0);
  });
  it('the F1 threshold counts the gold codes no candidate reaches and the engine\'s fixed codes', () => {
    const scored = [{ p: 0.9, gold: true }, { p: 0.6, gold: true }, { p: 0.4, gold: false }, { p: 0.2, gold: false }];
    // 2 of 4 gold codes reachable: accepting both gold rows (F1 = 4/6) beats accepting three (F1 = 4/7).
    expect(chooseF1Threshold(scored, 4)).toBeCloseTo(0.5);
    // With many wrong codes already reported the best cut is the same; with none missing the top two are still best.
    expect(chooseF1Threshold(scored, 2, { tp: 0, fp: 5 })).toBeCloseTo(0.5);
  });

  it('holding must-not: the threshold floor admits no more must-not codes than the engine alone reported', () => {
    expect(mustNotFloor([0.9, 0.5, 0.3], 1)).toBeCloseTo(0.5);
    expect(mustNotFloor([0.9, 0.5, 0.3], 0)).toBeCloseTo(0.9);
    expect(mustNotFloor([0.9], 3)).toBe(0);
    // The floor wins over a lower F1-best cut.
    expect(chooseF1Threshold([{ p: 0.9, gold: true }, { p: 0.6, gold: true }, { p: 0.4, gold: false }], 2, undefined, 0.7)).toBeGreaterThanOrEqual(0.7);
  });

  const row = (id: string, code: string, over: Partial<PoolRow>): PoolRow => ({ set: 'codiesp', batch: 'tune', id, code, features: {}, source: 'scored', aboveThreshold: true, proposed: true, reported: true, ...over });
  it('a candidate the coder withheld after the threshold, or the validator refused, cannot be accepted by the model', () => {
    expect(reachable(row('a', 'I10', { aboveThreshold: true, proposed: false, reported: false }))).toBe(false);
    expect(reachable(row('a', 'I10', { proposed: true, reported: false }))).toBe(false);
    expect(reachable(row('a', 'I10', { source: 'covered', aboveThreshold: false, proposed: false, reported: false }))).toBe(true);
    expect(reachable(row('a', 'I10', { source: 'covered', aboveThreshold: false, proposed: false, reported: false }), ['scored'])).toBe(false);
  });
  it('scores exact and 3-character P/R/F1 and must-not hits per note, engine alone or with an acceptance', () => {
    const dump: PoolDump = {
      notes: [{ set: 'traps', batch: 'b', id: 'n1', gold: ['I10', 'E11.9'], mustNot: ['E11.65'] }],
      rows: [
        { ...row('n1', 'I10', {}), set: 'traps', batch: 'b' },
        { ...row('n1', 'E11.65', { source: 'covered', aboveThreshold: false, proposed: false, reported: false }), set: 'traps', batch: 'b' },
      ],
    };
    const alone = scoreNotes(dump, dump.notes);
    expect([alone.exact.tp, alone.exact.fp, alone.exact.fn, alone.mustNot]).toEqual([1, 0, 1, 0]);
    const all = scoreNotes(dump, dump.notes, () => true);
    expect([all.exact.tp, all.exact.fp, all.category.tp, all.mustNot]).toEqual([1, 1, 2, 1]);
  });
  it('a trained model carries its sources, its threshold and its provenance', () => {
    const f = candidateFeatures(candidate());
    const g = candidateFeatures(candidate({ sections: ['hpi'], source: 'covered' }));
    const notes = Array.from({ length: 30 }, (_, i) => ({ set: 'codiesp', batch: 'tune', id: `n${i}`, gold: ['I10'], mustNot: [] }));
    const rows = notes.flatMap((n) => [row(n.id, 'I10', { features: f }), row(n.id, 'J45.909', { features: g, source: 'covered', aboveThreshold: false, proposed: false, reported: false })]);
    const m = trainCandidateModel({ notes, rows }, notes, { sources: ['scored', 'covered'], l2: 0.003, iterations: 100, innerFolds: 3, trapWeight: 1, holdMustNot: true }, 'unit test');
    expect(m.sources).toEqual(['scored', 'covered']);
    expect(m.provenance).toBe('unit test');
    expect(m.threshold).toBeGreaterThan(0);
    expect(modelAccepts(m, candidate())).toBe(true);
    expect(modelAccepts(m, candidate({ sections: ['hpi'], source: 'covered' }))).toBe(false);
  });
  it('setting-aware training chooses one threshold per setting inside its folds when the settings disagree', () => {
    // Inpatient: the context candidate is gold (II.H, a past episode in a case history); outpatient: it never is.
    const inp = candidateFeatures(candidate({ source: 'context', dropReason: 'uncertain', outpatient: false }));
    const out = candidateFeatures(candidate({ source: 'context', dropReason: 'uncertain', outpatient: true }));
    const notes = Array.from({ length: 60 }, (_, i) => ({ set: 'codiesp', batch: 'tune', id: `n${i}`, gold: i % 2 ? [] : ['J18.9'], mustNot: [] }));
    const rows = notes.map((n, i) => row(n.id, 'J18.9', { features: i % 2 ? out : inp, source: 'context', aboveThreshold: false, proposed: false, reported: false }));
    const m = trainCandidateModel({ notes, rows }, notes, { sources: ['context'], l2: 0.003, iterations: 100, innerFolds: 3, trapWeight: 1, holdMustNot: true, settingThresholds: true });
    expect(m.thresholdBySetting?.inpatient).toBeDefined();
    expect(modelAccepts(m, candidate({ source: 'context', dropReason: 'uncertain', outpatient: false }))).toBe(true);
    expect(modelAccepts(m, candidate({ source: 'context', dropReason: 'uncertain', outpatient: true }))).toBe(false);
  });
});

describe('the coder with a candidate model and a pool sink', () => {
  const codeSet = loadCodeSet(2027);
  const text = 'Assessment: essential hypertension. Type 2 diabetes mellitus with diabetic nephropathy.';
  it('without a model, the pool sink sees every reported candidate and the reported codes do not change', () => {
    const pools: PoolCandidate[][] = [];
    const plain = new Coder(codeSet).code(text, analyzeText(text)).map((c) => c.code);
    const pooled = new Coder(codeSet, { onPool: (p) => pools.push(p) }).code(text, analyzeText(text)).map((c) => c.code);
    expect(pooled).toEqual(plain);
    expect(pools).toHaveLength(1);
    expect(pools[0].filter((c) => c.source === 'scored').map((c) => c.code)).toEqual(expect.arrayContaining(plain));
  });
  it('the pool holds a code its mention\'s uncertainty kept out, with the reason, and never a negated or a relative\'s condition', () => {
    const pools: PoolCandidate[][] = [];
    const note = 'Assessment: essential hypertension. Possible pneumonia. No asthma. Mother has rheumatoid arthritis.';
    const reported = new Coder(codeSet, { onPool: (p) => pools.push(p) }).code(note, analyzeText(note), { setting: 'outpatient' }).map((c) => c.code);
    const context = pools[0].filter((c) => c.source === 'context');
    expect(context.map((c) => [c.code.slice(0, 3), c.dropReason])).toContainEqual(['J18', 'uncertain']);
    expect(context.some((c) => c.code.startsWith('J45') || c.code.startsWith('M06') || c.code.startsWith('M05'))).toBe(false);
    expect(reported.some((c) => c.startsWith('J18'))).toBe(false);
  });
  it('a context drop the model overturns is reported by the engine with its reason; the validator honours it for the engine\'s proposal only', () => {
    const note = 'Assessment: essential hypertension. Possible pneumonia. No asthma.';
    const takeContext: CandidateModel = { bias: 20, weights: {}, threshold: 0.5, sources: ['context'], provenance: 'test' };
    const coder = new Coder(codeSet, { candidateModel: takeContext });
    const analysis = analyzeText(note);
    const codes = coder.code(note, analysis, { setting: 'outpatient' });
    const pneumonia = codes.find((c) => c.code.startsWith('J18'));
    expect(pneumonia?.overturned).toBe('uncertain');
    // Negation stays hard: no model brings back the denied asthma.
    expect(codes.some((c) => c.code.startsWith('J45'))).toBe(false);
    const proposal = (source: 'engine' | 'model') => ({ code: pneumonia!.code, confidence: 0.6, role: 'secondary' as const, source, evidence: pneumonia!.evidence.map((e) => ({ ...e })) });
    const asEngine = validateCodes(note, analysis, [proposal('engine')], { codeSet, coder }, { setting: 'outpatient' });
    expect(asEngine.accepted.map((a) => a.code)).toEqual([pneumonia!.code]);
    const asModel = validateCodes(note, analysis, [proposal('model')], { codeSet, coder }, { setting: 'outpatient' });
    expect(asModel.accepted).toEqual([]);
  });
  it('a model that rejects every candidate leaves nothing to report; the validator still runs on what it accepts', () => {
    const none: CandidateModel = { bias: -20, weights: {}, threshold: 0.5, sources: ['scored', 'covered', 'guideline', 'specificity'], provenance: 'test' };
    expect(new Coder(codeSet, { candidateModel: none }).code(text, analyzeText(text))).toEqual([]);
  });
});
