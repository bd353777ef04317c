// The rule runner on hand-built drafts: I.A.12.a (Excludes1 pair → one kept, flagged for review) and
// I.A.13 (a manifestation is never first; its etiology goes before it), with a convention source
// standing in for the Tabular knowledge base.
import { applyGuidelines, CodeSetConventions, type ConventionSource, type Draft, type GuidelineContext } from '../../../../src/engine/coding/guidelines';
import { excludes1Rule, codeFirstRule } from '../../../../src/engine/coding/guidelines/sequencing';
import { noteTokens } from '../../../../src/engine/coding';
import { analyzeText } from '../../../../src/engine/text';
import { codeSet } from './helpers';

function draft(code: string, start: number, text: string, mentions = 1): Draft {
  const evidence = Array.from({ length: mentions }, (_, i) => ({ start: start + i, end: start + i + text.length, text }));
  return { code, confidence: 0.8, first: start, priority: 0, evidence, mentions: [], match: 'description', termTokens: 2, section: 'assessment', guideline: [] };
}

function context(text: string, conventions: ConventionSource): GuidelineContext {
  return { text, analysis: analyzeText(text), tokens: noteTokens(text), codeSet, conventions, setting: 'outpatient', mentionSpans: [], covered: [], dropped: [] };
}

describe('I.A.12.a Excludes1 pairs are never reported together', () => {
  it('keeps the better supported code, records the dropped one and flags the choice for review', () => {
    const text = 'Asthma, uncomplicated. Asthma exacerbation. Asthma exacerbation again.';
    const drafts = new Map([['J45.909', draft('J45.909', 0, 'Asthma')], ['J45.901', draft('J45.901', 23, 'Asthma exacerbation', 2)]]);
    const ctx = context(text, new CodeSetConventions(codeSet));
    applyGuidelines(ctx, drafts, [excludes1Rule]);
    expect([...drafts.keys()]).toEqual(['J45.901']);
    expect(drafts.get('J45.901')!.guideline).toEqual([expect.objectContaining({ section: 'I.A.12.a', action: 'review' })]);
    expect(ctx.dropped).toEqual([expect.objectContaining({ code: 'J45.909', section: 'I.A.12.a' })]);
  });

  it('uses whatever Excludes1 pairs the convention source knows (the knowledge base plugs in here)', () => {
    const tabular: ConventionSource = { excludes1Conflict: (a, b) => [a, b].sort().join() === 'I10,I15.0', codeFirst: () => [], isManifestation: () => false, sevenChr: () => [] };
    const drafts = new Map([['I10', draft('I10', 0, 'HTN', 2)], ['I15.0', draft('I15.0', 10, 'renovascular hypertension')]]);
    applyGuidelines(context('HTN. Renovascular hypertension.', tabular), drafts, [excludes1Rule]);
    expect([...drafts.keys()]).toEqual(['I10']);
  });
});

describe('I.A.13 code first: etiology before manifestation', () => {
  it('sequences the manifestation after its etiology, or flags it when the etiology is missing', () => {
    const conventions: ConventionSource = { excludes1Conflict: () => false, codeFirst: (c) => (c === 'G63' ? ['E11.', 'E10.'] : []), isManifestation: (c) => c === 'G63', sevenChr: () => [] };
    const drafts = new Map([['G63', draft('G63', 0, 'polyneuropathy')], ['E11.9', draft('E11.9', 20, 'type 2 diabetes')]]);
    applyGuidelines(context('Polyneuropathy. Type 2 diabetes.', conventions), drafts, [codeFirstRule]);
    expect(drafts.get('G63')!.sequence).toBeGreaterThan(drafts.get('E11.9')!.sequence!);
    expect(drafts.get('G63')!.guideline[0]).toEqual(expect.objectContaining({ section: 'I.A.13', action: 'sequenced' }));

    const alone = new Map([['G63', draft('G63', 0, 'polyneuropathy')]]);
    applyGuidelines(context('Polyneuropathy.', conventions), alone, [codeFirstRule]);
    expect(alone.get('G63')!.guideline[0]).toEqual(expect.objectContaining({ section: 'I.A.13', action: 'review' }));
  });
});
