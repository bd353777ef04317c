// Session 10 (review10): the trap gold codes cough one way everywhere (test/fixtures/icd-traps/README.md, "Cough
// (R05)"): integral to a confirmed diagnosis it is never gold (I.B.5) and mustNot carries an R05 code; coded as a
// symptom (an outpatient uncertain diagnosis, IV.H) its code follows the documented duration (Index: Cough, acute
// R05.1), never R05.9 beside a cough of days.
import path from 'node:path';
import { readTrapSuite } from '../../../src/eval/icdTraps';

const SUITE = path.join(__dirname, '../../fixtures/icd-traps');
const notes = readTrapSuite(SUITE);
const COUGH = /\bcough/i;
const NEGATED_COUGH = /\b(?:no|without|denies)\b[^.;\n]{0,30}\bcough|\bcough:\s*no\b/i;
/** A duration in days (under three weeks): "3 days of cough", "cough x 4 days", "since yesterday", "acute cough". */
const DAYS = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*-?\s*days?\b|\bx\s*\d+\s*d(?:ays?)?\b|\bsince (?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bacute cough\b/i;
const r05 = (codes: readonly string[] = []) => codes.filter((c) => c.startsWith('R05'));

describe('trap gold: cough (R05) follows one rule', () => {
  it('reads the suite', () => {
    expect(notes.filter((n) => COUGH.test(n.text)).length).toBeGreaterThan(30);
  });

  it('a cough integral to a confirmed diagnosis is never gold, and mustNot names its R05 code (I.B.5)', () => {
    const integral = notes.filter((n) => n.family === 'integral_symptoms' && COUGH.test(n.text) && !NEGATED_COUGH.test(n.text));
    expect(integral.length).toBeGreaterThan(10);
    expect(integral.filter((n) => r05(n.gold).length > 0).map((n) => n.id)).toEqual([]);
    expect(integral.filter((n) => r05(n.mustNot).length === 0).map((n) => n.id)).toEqual([]);
  });

  it('a cough coded as a symptom takes its duration\'s code: never R05.9 beside a cough of days', () => {
    const coded = notes.filter((n) => r05(n.gold).length > 0);
    expect(coded.length).toBeGreaterThan(5);
    expect(coded.filter((n) => n.gold.includes('R05.9') && DAYS.test(n.text)).map((n) => n.id)).toEqual([]);
  });
});
