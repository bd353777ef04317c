// Guideline I.B.9 (multiple coding for a single condition): an unspecified code whose condition a reported
// combination code names in its "with" clause is not reported beside it, unless the combination's Tabular
// note asks for the other code ("use additional code").
import { codeSet, codes } from './helpers';
import { combinationNamesRule, coordinatedHeadCovers, unspecifiedCondition, withClauseNames } from '../../../../src/engine/coding/guidelines/combinationNames';
import type { Draft, GuidelineContext } from '../../../../src/engine/coding/guidelines';

function draft(code: string): Draft {
  return { code, evidence: [{ start: 0, end: 1, text: 'x' }], mentions: [], guideline: [], confidence: 0.8, first: 0, priority: 0 } as unknown as Draft;
}

function run(list: string[], asksFor: (a: string, b: string) => boolean = () => false): string[] {
  const drafts = new Map(list.map((c) => [c, draft(c)]));
  const ctx = { codeSet, conventions: { asksFor, noteOrder: () => 0 }, dropped: [] } as unknown as GuidelineContext;
  combinationNamesRule.apply(ctx, drafts);
  return [...drafts.keys()];
}

describe('I.B.9 the condition an unspecified title names, and a "with" clause that names it', () => {
  it('reads the first two condition words of an unspecified title', () => {
    expect(unspecifiedCondition(codeSet.get('K56.609').longDescription)).toHaveLength(2);
    expect(unspecifiedCondition('Essential (primary) hypertension')).toBeUndefined();
  });

  it('finds the words adjacent and in order after "with", never before it', () => {
    const obstruction = unspecifiedCondition(codeSet.get('K56.609').longDescription)!;
    expect(withClauseNames(codeSet.get('K50.012').longDescription, obstruction)).toBe(true);
    expect(withClauseNames(codeSet.get('K50.00').longDescription, obstruction)).toBe(false);
  });
});

describe('I.B.9 a combination code that names the condition in its "with" clause reports it alone', () => {
  it('drops unspecified intestinal obstruction beside Crohn disease of small intestine with intestinal obstruction', () => {
    expect(run(['K50.012', 'K56.609'])).toEqual(['K50.012']);
  });

  it('keeps the unspecified code when the combination has no such "with" clause', () => {
    expect(run(['K50.00', 'K56.609']).sort()).toEqual(['K50.00', 'K56.609']);
  });

  it('keeps the code the combination\'s "use additional code" note asks for (I.A.13)', () => {
    expect(run(['I11.0', 'I50.9'], (a, b) => a === 'I11.0' && b.startsWith('I50')).sort()).toEqual(['I11.0', 'I50.9']);
  });

  it('reports both when the conventions carry no Tabular notes to rule out a link', () => {
    const drafts = new Map(['K50.012', 'K56.609'].map((c) => [c, draft(c)]));
    combinationNamesRule.apply({ codeSet, conventions: {}, dropped: [] } as unknown as GuidelineContext, drafts);
    expect([...drafts.keys()].sort()).toEqual(['K50.012', 'K56.609']);
  });

  it('keeps unspecified chronic kidney disease beside I12.9, whose "use additional code" note names the N18 stage (I.A.13)', () => {
    expect(codes('Assessment: hypertension and chronic kidney disease.')).toEqual(expect.arrayContaining(['I12.9', 'N18.9']));
  });

  it('the engine keeps I11.0 with the heart failure type it asks for', () => {
    expect(codes('Assessment: hypertensive heart disease with chronic diastolic heart failure.')).toEqual(expect.arrayContaining(['I11.0', 'I50.32']));
  });
});

describe('I.B.9 a combination whose head coordinates two parts replaces the codes of each part in its category', () => {
  it('reads a coordinated head as covering each part alone, never a code with the same head', () => {
    const both = codeSet.get('K80.62').longDescription;
    expect(coordinatedHeadCovers(both, codeSet.get('K80.00').longDescription)).toBe(true);
    expect(coordinatedHeadCovers(both, codeSet.get('K80.50').longDescription)).toBe(true);
    expect(coordinatedHeadCovers(codeSet.get('E11.3412').longDescription, codeSet.get('E11.3291').longDescription)).toBe(false);
  });

  it('drops calculus of gallbladder and calculus of bile duct beside calculus of gallbladder and bile duct', () => {
    expect(run(['K80.00', 'K80.50', 'K80.62'])).toEqual(['K80.62']);
  });

  it('drops Crohn disease of small intestine beside Crohn disease of both small and large intestine', () => {
    expect(run(['K50.00', 'K50.80'])).toEqual(['K50.80']);
  });

  it('keeps two codes of one category whose heads coordinate nothing', () => {
    expect(run(['E11.3412', 'E11.3291']).sort()).toEqual(['E11.3291', 'E11.3412']);
  });

  it('the engine reports one code for stones of gallbladder and duct with acute cholecystitis', () => {
    const out = codes('Preoperative diagnosis: acute cholecystitis; choledocholithiasis.\nPostoperative diagnosis: calculus of gallbladder and bile duct with acute cholecystitis, without obstruction.');
    expect(out).toContain('K80.62');
    expect(out).not.toContain('K80.00');
    expect(out).not.toContain('K80.50');
  });
});
