// Owns the tests of the leaked-span records of the PHI evaluation (src/eval/phi.ts): each leak carries its shape, the
// part left visible and five words of context either side with redacted characters masked, so a miss is read in one
// line without the note. Every value is invented.
import { evaluatePhi, evaluatePhiMode, leakContext } from '../../../src/eval/phi';

const text = 'one two three four five six Orla Vantreece seven eight nine ten eleven twelve';
const start = text.indexOf('Orla');
const end = start + 'Orla Vantreece'.length;
const record = { id: 'n1', text, phi: [{ start, end, type: 'NAME' }] };
/** A redactor that caught the given name only: the leak is one caught in part. */
const givenOnly = () => ({ spans: [{ start, end: start + 4 }] });

describe('PHI evaluation: leaked spans carry shape, visible part and context', () => {
  test('a span caught in part shows which tokens stayed, with five words either side', () => {
    const report = evaluatePhiMode([record], givenOnly, undefined, { collectLeaks: true });
    expect(report.leakedSpans).toEqual([{
      id: 'n1', type: 'NAME', kind: undefined, text: 'Orla Vantreece', shape: 'Xxxx Xxxxxxxxx', visible: '#### Vantreece',
      context: 'two three four five six «#### Vantreece» seven eight nine ten eleven',
    }]);
  });
  test('the context stops at the line', () => {
    const t = 'Header line\nSeen by Orla today\nNext line';
    const s = t.indexOf('Orla');
    expect(leakContext(t, new Uint8Array(t.length + 1), s, s + 4)).toBe('Seen by «Orla» today');
  });
  test('leaks are listed only when asked, and evaluatePhi passes the option to the bare-years-excluded pass', () => {
    expect(evaluatePhiMode([record], givenOnly).leakedSpans).toBeUndefined();
    const both = evaluatePhi([record], givenOnly, { collectLeaks: true });
    expect(both.withoutYears.leakedSpans).toHaveLength(1);
    expect(both.withYears.leakedSpans).toBeUndefined();
  });
});
