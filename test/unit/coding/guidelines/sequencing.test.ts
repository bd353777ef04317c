// Guidelines I.A.13 and I.B.7: the reporting order follows the Tabular's "code first" and "use additional code"
// notes between the codes reported together (read from the coding knowledge base, data/icd10kb), whatever
// order the note mentions them in; "code also" sets no order (I.A.17). Notes are synthetic.
import { KnowledgeConventions } from '../../../../src/engine/coding';
import { reportingOrder, type Draft } from '../../../../src/engine/coding/guidelines';
import { loadKnowledge } from '../../../../src/engine/icd10';
import { codeSet, codes } from './helpers';

const conventions = new KnowledgeConventions(loadKnowledge(2027), codeSet);

function draft(code: string, first: number, over: Partial<Draft> = {}): Draft {
  return { code, confidence: 0.9, first, priority: 1, evidence: [], mentions: [], match: 'synonym', termTokens: 2, section: 'assessment', guideline: [], ...over };
}
const order = (...drafts: Draft[]) => reportingOrder(drafts, conventions).map((d) => d.code);

describe('noteOrder: the order one instructional note sets between two codes', () => {
  it.each([
    ['I12.9', 'N18.4', -1, 'I12.9 "use additional code to identify the stage of CKD" and N18 "code first hypertensive CKD"'],
    ['N18.31', 'E11.22', 1, 'N18 "code first diabetic CKD (E11.22)"'],
    ['G30.1', 'F02.80', -1, 'F02 "code first the underlying physiological condition, such as Alzheimer\'s (G30.-)"'],
    ['B96.20', 'N39.0', 1, 'N39.0 "use additional code (B95-B97) to identify infectious agent"'],
    ['L89.153', 'I96', 1, 'L89 "code first any associated gangrene (I96)"'],
    ['G62.0', 'T45.1X5A', -1, 'G62.0 "use additional code for adverse effect (T36-T50 with fifth or sixth character 5)"'],
    ['E03.2', 'T46.2X1A', 1, 'E03.2 "code first poisoning due to drug or toxin (T36-T65, 5th or 6th character 1-4 or 6)"'],
    ['J44.0', 'J20.9', 0, 'J44.0 "code also to identify the infection": no order (I.A.17)'],
    ['I10', 'E78.5', 0, 'no note between them'],
  ])('%s vs %s → %d (%s)', (a, b, want) => {
    expect(conventions.noteOrder(a, b)).toBe(want);
    expect(conventions.noteOrder(b, a)).toBe(-want || 0);
  });

  it('only the character a constraint names: an adverse-effect note does not name the poisoning code of the same drug', () => {
    // G62.0 asks for T36-T50 with 5th or 6th character 5, not for T45.1X1A (accidental poisoning).
    expect(conventions.noteOrder('G62.0', 'T45.1X1A')).toBe(0);
  });
});

describe('excludes1Keep: the code an Excludes1 note sends the condition to (I.A.12.a)', () => {
  it.each([
    ['N39.0', 'N30.00', 1, 'N39.0 Excludes1 urinary tract infection of specified site: cystitis (N30.-)'],
    ['R52', 'R10.9', 1, 'R52 Excludes1 localized pain: abdomen pain (R10.-)'],
    ['G62.9', 'M79.2', 0, 'G60-G65 Excludes1 neuritis NOS (M79.2): an NOS wording sets no direction'],
    ['S72.92XK', 'S72.002K', 0, 'S72.9 Excludes1 fracture of hip NOS (S72.00-): an NOS wording sets no direction'],
    ['Z87.891', 'F17.210', 0, 'F17 and Z87.891 name each other: no direction'],
    ['J44.9', 'J42', 0, 'J42 and J44 name each other: no direction'],
    ['I10', 'E78.5', 0, 'no Excludes1 between them'],
  ])('%s vs %s → %d (%s)', (a, b, want) => {
    expect(conventions.excludes1Keep(a, b)).toBe(want);
    expect(conventions.excludes1Keep(b, a)).toBe(-want || 0);
  });

  it('the engine keeps the specified-site code of an Excludes1 pair (acute cystitis over urinary tract infection)', () => {
    const got = codes('Assessment: acute cystitis without hematuria; lower urinary tract infection.');
    expect(got).toContain('N30.00');
    expect(got).not.toContain('N39.0');
  });
});

describe('asksFor and the use additional / code also rule (I.A.13, I.A.17)', () => {
  it.each([
    ['I12.9', 'N18.4', true, 'I12.9 "use additional code to identify the stage of chronic kidney disease (N18.1-N18.4, N18.9)"'],
    ['J44.0', 'J20.9', true, 'J44.0 "code also to identify the infection": no code named, the block title says infections'],
    ['J44.0', 'I10', false, 'the infection note does not ask for hypertension'],
    ['I10', 'Z72.0', true, 'I10-I16 "use additional code to identify tobacco use (Z72.0)"'],
    ['E11.9', 'E11.65', false, 'never its own category'],
  ])('%s asks for %s: %s (%s)', (a, b, want) => {
    expect(conventions.asksFor(a, b)).toBe(want);
  });

  it('reports the condition a code also asks for when the code\'s own phrase states it', () => {
    expect(codes('Assessment: COPD with acute bronchitis.')).toEqual(['J44.0', 'J20.9']);
  });

  it('never adds a second code to a request a reported code of the category already answers', () => {
    const got = codes('Assessment: hypertensive heart disease with acute on chronic systolic heart failure.', { setting: 'inpatient' });
    expect(got.filter((c) => c.startsWith('I50'))).toEqual(['I50.23']);
  });
});

describe('reportingOrder (I.A.13, I.B.7)', () => {
  it('moves the stage after the hypertensive CKD code even when the note and the sections put it first', () => {
    expect(order(draft('E11.22', 0), draft('N18.31', 10), draft('I12.9', 50), draft('M1A.9XX0', 80))).toEqual(['E11.22', 'I12.9', 'N18.31', 'M1A.9XX0']);
  });

  it('keeps the base order where no note speaks, and a guideline sequence before the section order', () => {
    expect(order(draft('E78.5', 5), draft('I10', 1))).toEqual(['I10', 'E78.5']);
    expect(order(draft('R40.0', 0), draft('T42.6X1A', 30, { sequence: 0 }))).toEqual(['T42.6X1A', 'R40.0']);
  });

  it('orders chains through codes between them (I96 → L89.153; I13.0 → I50.22 and N18.32)', () => {
    expect(order(draft('L89.153', 0), draft('I96', 40))).toEqual(['I96', 'L89.153']);
    expect(order(draft('N18.32', 0), draft('I50.22', 10), draft('I13.0', 20))).toEqual(['I13.0', 'N18.32', 'I50.22']);
  });

  it('records the note that moved a code ahead of another', () => {
    const moved = reportingOrder([draft('B96.20', 0), draft('N39.0', 20)], conventions);
    expect(moved.map((d) => d.code)).toEqual(['N39.0', 'B96.20']);
    expect(moved[0].guideline).toEqual([expect.objectContaining({ section: 'I.A.13', action: 'sequenced' })]);
  });
});

describe('the engine reports codes in the order the notes require (synthetic notes)', () => {
  it('hypertensive heart disease before the heart failure type the note names first (I.C.9.a.1)', () => {
    const got = codes('Assessment: chronic diastolic congestive heart failure due to hypertensive heart disease.', { setting: 'inpatient' });
    expect(got.indexOf('I11.0')).toBeGreaterThanOrEqual(0);
    expect(got.indexOf('I11.0')).toBeLessThan(got.indexOf('I50.32'));
  });

  it('the infection before its organism even when the organism is named first (B95-B97 notes)', () => {
    const got = codes('Urine culture grew Escherichia coli. Assessment: urinary tract infection due to E. coli.');
    expect(got.slice(0, 2)).toEqual(['N39.0', 'B96.20']);
  });
});
