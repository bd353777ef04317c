import { ClinicalEngine } from '../../../src/engine/engine';
import { afterTeachingTrigger, bodySystemsOf, integralToAssessed, sameBodySystem, teachingOnly, type AcceptanceInput } from '../../../src/engine/coding/acceptance';
import { leaveOneBatchOut, scoreBatch, type AcceptanceDump, type AcceptanceRow, type AcceptanceRule } from '../../../src/eval/codeAcceptance';

// Synthetic notes (invented), each written for one general pattern of the Official Guidelines.
const engine = new ClinicalEngine();
const coded = (text: string, setting: 'inpatient' | 'outpatient' = 'outpatient') => engine.process(text, { setting }).codes.map((c) => c.code);

const input = (over: Partial<AcceptanceInput>): AcceptanceInput => ({
  code: 'L30.9', sections: ['other'], secondary: true, sentencesBefore: ['Itchy red patches, '], chronic: false, outpatient: true, ...over,
});

describe('I.B.1: a condition named only in teaching given to the patient is not documented as present', () => {
  it('warning signs, red flags, precautions and "call 911" open teaching; a plain clinical sentence does not', () => {
    for (const before of ['Know the warning signs of a heart attack: ', 'Signs and symptoms to report: wheezing at rest, ', 'Return precautions: ', 'ED precautions given for ', 'Call 911 for '])
      expect(afterTeachingTrigger(before)).toBe(true);
    for (const before of ['Admitted with ', 'Assessment: ', 'Presents with 3 days of ', 'Signed the consent for ', 'Did not seek care for her ', 'Has signs and symptoms of ', 'Red flags present: '])
      expect(afterTeachingTrigger(before)).toBe(false);
  });
  it('withholds a code only when every mention follows a trigger', () => {
    expect(teachingOnly(input({ sentencesBefore: ['Warning signs of a stroke: ', 'Call 911 for '] }))?.section).toBe('I.B.1');
    expect(teachingOnly(input({ sentencesBefore: ['Warning signs of a stroke: ', 'Presents with '] }))).toBeUndefined();
    expect(teachingOnly(input({ sentencesBefore: [] }))).toBeUndefined();
  });
  it('stroke warning signs in a rate-control visit are not coded; the assessed atrial fibrillation is', () => {
    const out = coded('Cardiology follow-up\nPersistent atrial fibrillation, rate controlled on metoprolol, on apixaban.\nAssessment: persistent atrial fibrillation.\nEducation: reviewed the warning signs of a stroke: sudden facial droop, arm weakness, slurred speech; call 911 if these occur.');
    expect(out).toContain('I48.19');
    expect(out.filter((c) => /^(R47|R29|I63)/.test(c))).toEqual([]);
  });
  it('symptoms to watch for in an asthma action plan are not coded beside the assessed asthma', () => {
    const out = coded('Pulmonary clinic\nMild persistent asthma, well controlled on low-dose inhaled steroid.\nAssessment: mild persistent asthma, uncomplicated.\nAsthma action plan reviewed; symptoms to watch for: wheezing at rest, chest pain, confusion.');
    expect(out).toContain('J45.30');
    expect(out).not.toContain('R07.9');
    expect(out).not.toContain('R41.0');
  });
});

describe('IV.D / I.B.5 / IV.J: an outpatient narrative-only condition in the body system of an assessed diagnosis is not coded beside it', () => {
  it('body systems split the eye and ear, neoplasm and blood chapters and give the symptom blocks their systems', () => {
    expect(bodySystemsOf('H66.002')).toEqual(['ear']);
    expect(bodySystemsOf('H40.11')).toEqual(['eye']);
    expect(bodySystemsOf('D50.9')).toEqual(['blood']);
    expect(bodySystemsOf('R10.9')).toEqual(['K']);
    expect(bodySystemsOf('Z79.4')).toEqual([]);
    expect(sameBodySystem('H92.10', 'H66.002')).toBe(true);
    expect(sameBodySystem('H92.10', 'H40.11')).toBe(false);
  });
  it('withholds the loose narrative name and keeps the exemptions the guidelines make', () => {
    expect(integralToAssessed(input({}), ['L20.9'])?.section).toBe('IV.D');
    expect(integralToAssessed(input({}), ['J45.30'])).toBeUndefined(); // another body system
    expect(integralToAssessed(input({ secondary: false }), ['L20.9'])).toBeUndefined(); // the first-listed diagnosis
    expect(integralToAssessed(input({ sections: ['assessment'] }), ['L20.9'])).toBeUndefined(); // the assessment states it
    expect(integralToAssessed(input({ outpatient: false }), ['L20.9'])).toBeUndefined(); // Section III: inpatient codes the stay's conditions
    expect(integralToAssessed(input({ chronic: true, code: 'E78.5' }), ['E11.9'])).toBeUndefined(); // IV.I chronic conditions
    expect(integralToAssessed(input({ code: 'C78.7' }), ['C50.412'])).toBeUndefined(); // I.C.2 every site is coded
    expect(integralToAssessed(input({ code: 'R10.9' }), ['K21.9'])).toBeUndefined(); // symptoms: I.B.5 rule in guidelines/
    expect(integralToAssessed(input({ sections: [] }), ['L20.9'])).toBeUndefined(); // added by a guideline ("code also")
  });
  it('"dermatitis since infancy" in the history beside assessed atopic dermatitis: only L20.9', () => {
    const out = coded('Skin clinic\nItchy red scaly patches in both elbow creases, dermatitis since infancy, worse in winter.\nAssessment: atopic dermatitis, flare. Triamcinolone cream.');
    expect(out).toContain('L20.9');
    expect(out).not.toContain('L30.9');
  });
  it('"kidney disease" in the history beside assessed CKD stage 5: only N18.5', () => {
    const out = coded('Nephrology clinic\nKidney disease followed here, eGFR 13, fistula maturing.\nAssessment: chronic kidney disease stage 5, not on dialysis yet.');
    expect(out).toContain('N18.5');
    expect(out).not.toContain('N28.9');
  });
  it('inpatient (Section III): the pyelonephritis the admission narrates is still coded beside the discharge diagnoses', () => {
    expect(coded('Discharge summary\nAdmitted with fever and flank pain; acute pyelonephritis on CT.\nDischarge diagnoses: acute kidney injury; E. coli urinary tract infection.', 'inpatient')).toContain('N10');
  });
  it('IV.I: a chronic condition under treatment named in the history is still coded beside an assessed one of its chapter', () => {
    const out = coded('Primary care\nHyperlipidemia on atorvastatin, LDL 92.\nAssessment: type 2 diabetes mellitus without complications, A1c 7.1. Continue metformin.');
    expect(out).toEqual(expect.arrayContaining(['E11.9', 'E78.5']));
  });
  it('a model proposing the withheld code is rejected by the verifier (the same rule holds for Bedrock)', () => {
    const text = 'Skin clinic\nItchy red scaly patches in both elbow creases, dermatitis since infancy, worse in winter.\nAssessment: atopic dermatitis, flare. Triamcinolone cream.';
    const analysis = engine.analyze(engine.redact(text).text);
    const at = analysis.text.indexOf('dermatitis since');
    const result = engine.validate(analysis, [{ code: 'L30.9', confidence: 0.9, role: 'secondary', source: 'model', evidence: [{ text: 'dermatitis', start: at, end: at + 10 }] }], { setting: 'outpatient' });
    expect(result.accepted.map((c) => c.code)).not.toContain('L30.9');
  });
});

describe('leave-one-batch-out validation of acceptance rules (src/eval/codeAcceptance.ts)', () => {
  const row = (batch: string, code: string, label: AcceptanceRow['label'], confidence: number): AcceptanceRow => ({
    batch, id: `${batch}-${code}`, family: 'specificity', setting: 'outpatient', code, label, goldSameCategory: false, confidence, role: 'secondary',
    signals: { match: 'synonym', termTokens: 2, mentions: 1, section: 'other', unspecified: false, specificSibling: false },
    guideline: [], contexts: [], sections: ['other'], evidence: [], lines: [], others: [], noteSections: [], sentences: [], sentencesBefore: [], assessed: [],
  });
  // Low-confidence codes are wrong in batches a and b, right in c: a rule fitted without c is kept and hurts c.
  const dump: AcceptanceDump = {
    rows: [
      row('a', 'A1', 'gold', 0.9), row('a', 'A2', 'other', 0.3), row('a', 'A3', 'mustNot', 0.3),
      row('b', 'B1', 'gold', 0.9), row('b', 'B2', 'other', 0.3),
      row('c', 'C1', 'gold', 0.9), row('c', 'C2', 'gold', 0.3),
    ],
    notes: [{ batch: 'a', id: 'a', gold: 1, tp: 1 }, { batch: 'b', id: 'b', gold: 2, tp: 1 }, { batch: 'c', id: 'c', gold: 2, tp: 2 }],
  };
  const low: AcceptanceRule = { name: 'low', reason: 'test', withholds: (r) => r.confidence < 0.5 };
  it('scores a batch with the withheld rows taken out', () => {
    expect(scoreBatch(dump, 'a', [])).toMatchObject({ tp: 1, fp: 2, fn: 0, mustNot: 1 });
    expect(scoreBatch(dump, 'a', [low])).toMatchObject({ tp: 1, fp: 0, fn: 0, mustNot: 0, precision: 1 });
  });
  it('fits each fold on the other batches only and scores the held-out one', () => {
    const folds = leaveOneBatchOut(dump, [low], ['a', 'b', 'c'], 0);
    const c = folds.find((f) => f.heldOut === 'c')!;
    expect(c.kept).toEqual(['low']);
    expect(c.after.recall).toBeLessThan(c.before.recall);
    const a = folds.find((f) => f.heldOut === 'a')!;
    expect(a.kept).toEqual([]); // without a, the rule removes as many right codes (c) as wrong ones (b)
    expect(a.after.precision).toBe(a.before.precision);
  });
});
