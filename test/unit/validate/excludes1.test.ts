import { loadCodeSet } from '../../../src/engine/icd10';
import { analyzeText } from '../../../src/engine/text';
import { Coder, type ConventionSource } from '../../../src/engine/coding';
import { validateCodes, type ProposedCode } from '../../../src/engine/validate';
import { excludes1Winner } from '../../../src/engine/coding/guidelines/conventions';

const codeSet = loadCodeSet(2027);

/** A proposal from a source the engine's own drafts did not already judge (so the validator's pair rule decides). */
function proposal(code: string, confidence: number, ...quotes: string[]): ProposedCode {
  return { code, evidence: quotes.map((text) => ({ text })), confidence, source: 'engine' };
}

/** Conventions where N39.0's Excludes1 note names cystitis (N30.-): the Tabular sends cystitis to N30 (I.A.12.a). */
const directed: ConventionSource = {
  excludes1Conflict: (a, b) => [a, b].sort().join() === 'N30.00,N39.0',
  excludes1Keep: (a, b) => (a === 'N30.00' && b === 'N39.0' ? -1 : a === 'N39.0' && b === 'N30.00' ? 1 : 0),
  codeFirst: () => [],
  isManifestation: () => false,
  sevenChr: () => [],
};

describe('I.A.12.a Excludes1: the validator applies the conventions module\'s direction rule (one rule, one place)', () => {
  it('keeps the code the Excludes1 note sends the condition to, even against a more confident proposal', () => {
    const coder = new Coder(codeSet, { conventions: directed });
    const text = 'Assessment: acute cystitis; urinary tract infection. No hematuria.';
    const r = validateCodes(text, analyzeText(text), [proposal('N39.0', 0.95, 'urinary tract infection'), proposal('N30.00', 0.7, 'acute cystitis')], { codeSet, coder });
    expect(r.accepted.map((c) => c.code)).toEqual(['N30.00']);
    expect(r.rejected).toContainEqual(expect.objectContaining({ code: 'N39.0', reason: 'EXCLUDES1' }));
  });

  it('gives the same answer as the guideline runner\'s rule for the same pair (excludes1Winner)', () => {
    expect(excludes1Winner(directed, codeSet, { code: 'N39.0', strength: 0.95 }, { code: 'N30.00', strength: 0.7 })).toBe('b');
    // No direction from the notes: the better supported code stays.
    const undirected: ConventionSource = { ...directed, excludes1Keep: () => 0 };
    expect(excludes1Winner(undirected, codeSet, { code: 'N39.0', strength: 0.95 }, { code: 'N30.00', strength: 0.7 })).toBe('a');
    // A symptom code loses to a diagnosis whatever its support (I.B.4–5).
    expect(excludes1Winner(undirected, codeSet, { code: 'R06.2', strength: 5 }, { code: 'J45.909', strength: 1 })).toBe('b');
  });
});
