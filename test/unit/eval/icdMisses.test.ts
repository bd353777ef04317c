// Tests the attribution of missed gold codes to a cause, so a recall gap points at the part of the engine it is in.
import { loadCodeSet } from '../../../src/engine/icd10';
import type { ConceptMention } from '../../../src/engine/coding';
import { evaluateIcd } from '../../../src/eval/icd';
import { missReason, type CodedNote } from '../../../src/eval/icdMisses';

const codeSet = loadCodeSet(2027);
const affirmed = { negated: false, uncertain: false, hypothetical: false, historical: false, family: false };

function mention(code: string, context: Partial<typeof affirmed> = {}, maximal = true): ConceptMention {
  return {
    span: { start: 0, end: 5 }, term: 'term', code, codes: [code], context: { ...affirmed, ...context }, confidence: 0.9,
    source: 'description', maximal, sectionKind: 'other', match: 'description', termTokens: 1,
  };
}

function note(mentions: ConceptMention[], extra: Partial<CodedNote['coding']> = {}, rejected: CodedNote['rejected'] = []): CodedNote {
  return { coding: { candidates: [], mentions, droppedCandidates: 0, dropped: [], ...extra }, rejected };
}

describe('missReason', () => {
  it('separates codes the code set cannot report from codes the engine did not find', () => {
    expect(missReason('ZZZ.99', codeSet, note([]))).toBe('not-in-code-set');
    expect(missReason('R51', codeSet, note([]))).toBe('header-in-code-set');
    expect(missReason('I10', codeSet, note([]))).toBe('no-mention');
  });

  it('names the context flag of the mention, the covering mention, or the threshold', () => {
    expect(missReason('I10', codeSet, note([mention('I10', { negated: true })]))).toBe('mention-negated');
    expect(missReason('I10', codeSet, note([mention('I10', { uncertain: true })]))).toBe('mention-uncertain');
    expect(missReason('I10', codeSet, note([mention('I10', {}, false)]))).toBe('mention-covered');
    expect(missReason('I10', codeSet, note([mention('I10', { negated: true }), mention('I10')]))).toBe('mention-below-threshold-or-merged');
  });

  it('a guideline rule or the validator that removed the code is named with its section or reason', () => {
    expect(missReason('R50.9', codeSet, note([mention('R50.9')], { dropped: [{ code: 'R50.9', section: 'I.B.5', detail: 'integral' }] }))).toBe('guideline I.B.5');
    expect(missReason('I10', codeSet, note([mention('I10')], {}, [{ code: 'I10', reason: 'NEGATED' }]))).toBe('validator NEGATED');
  });

  it('evaluateIcd counts misses by cause only when given an explainer, without changing the figures', () => {
    const records = [{ id: 'a', text: 'x', codes: ['I10', 'R51', 'E11.9'] }];
    const plain = evaluateIcd(records, () => ['I10'], codeSet);
    const explained = evaluateIcd(records, () => ['I10'], codeSet, undefined, (_text, gold) => (gold === 'R51' ? 'header-in-code-set' : 'no-mention'));
    expect(plain.missesByReason).toBeUndefined();
    expect(explained.exact).toEqual(plain.exact);
    expect(explained.missesByReason).toEqual({
      'header-in-code-set': { count: 1, topCodes: [['R51', 1]] },
      'no-mention': { count: 1, topCodes: [['E119', 1]] },
    });
  });
});
