import { loadCodeSet } from '../../../src/engine/icd10';
import { analyzeText } from '../../../src/engine/text';
import { Coder, descriptionVariants } from '../../../src/engine/coding';

const phrases = (description: string) => descriptionVariants(description).map((v) => v.phrase.replace(/\s+/g, ' ').trim());

describe('descriptionVariants: a "with" clause is part of the condition (I.A.15), never dropped with a default', () => {
  it('a "without X" default ends where a "with Y" clause begins: Y stays a word the note must state', () => {
    expect(phrases('Acute hepatitis B without delta-agent with hepatic coma')).toEqual(['acute hepatitis b with hepatic coma']);
    expect(phrases('Calculus of gallbladder without cholecystitis with obstruction')).toEqual(['calculus of gallbladder with obstruction']);
    // Defaults alone are still dropped.
    expect(phrases('Acute hepatitis B without delta-agent and without hepatic coma')).toEqual(['acute hepatitis b']);
  });

  it('an alternative after "of" keeps the "with" clause that qualifies both alternatives', () => {
    expect(phrases('Calculus of gallbladder and bile duct with acute cholecystitis with obstruction')).toEqual(expect.arrayContaining([
      'calculus of gallbladder with acute cholecystitis with obstruction',
    ]));
    expect(phrases('Calculus of gallbladder and bile duct with acute cholecystitis with obstruction')).not.toContain('calculus of gallbladder');
    // With no "with" clause the alternative still ends the phrase ("neoplasm of liver").
    expect(phrases('Benign neoplasm of liver and bile duct')).toEqual(expect.arrayContaining(['benign neoplasm of liver']));
  });
});

describe('the bare condition reaches the code without the complication', () => {
  const coder = new Coder(loadCodeSet(2027));
  const codes = (text: string) => coder.code(text, analyzeText(text)).map((c) => c.code);

  it('acute hepatitis B is B16.9, not B16.2 (with hepatic coma)', () => {
    expect(codes('Assessment: acute hepatitis B.')).toContain('B16.9');
    expect(codes('Assessment: acute hepatitis B.')).not.toContain('B16.2');
  });

  it('calculus of gallbladder is K80.20, not K80.63 (with cholecystitis and obstruction)', () => {
    expect(codes('Assessment: calculus of gallbladder.')).toContain('K80.20');
    expect(codes('Assessment: calculus of gallbladder.')).not.toContain('K80.63');
  });
});
