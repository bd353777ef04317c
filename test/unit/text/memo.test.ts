import { memoOf } from '../../../src/engine/text/memo';
import { analyzeText } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';

describe('per-note memos live on the note object (not in a WeakMap that outlives young collections)', () => {
  it('returns one memo per owner, invisible to equality, keys and serialisation', () => {
    const a = analyzeText('Assessment: asthma. Denies fever.');
    const b = analyzeText('Assessment: asthma. Denies fever.');
    const key = Symbol('k');
    memoOf(a).set(key, 1);
    expect(memoOf(a).get(key)).toBe(1);
    expect(memoOf(b).get(key)).toBeUndefined();
    expect(a).toEqual(b);
    expect(Object.keys(a)).toEqual(['text', 'sections', 'sentences', 'provenance']);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect({ ...a }).toEqual({ text: a.text, sections: a.sections, sentences: a.sentences, provenance: a.provenance });
  });

  it('works for frozen owners through a fallback map', () => {
    const frozen = Object.freeze({ id: 1 });
    memoOf(frozen).set('x' as unknown as object, 2);
    expect(memoOf(frozen).get('x' as unknown as object)).toBe(2);
  });

  it('the context cache it holds gives the same answers on a fresh and a reused analysis', () => {
    const text = 'Assessment: asthma. Denies fever or chills.';
    const a = analyzeText(text);
    const fever = { start: text.indexOf('fever'), end: text.indexOf('fever') + 5 };
    const chills = { start: text.indexOf('chills'), end: text.indexOf('chills') + 6 };
    expect(mentionContext(a, fever).negated).toBe(true);
    expect(mentionContext(a, chills).negated).toBe(true);
    expect(mentionContext(analyzeText(text), chills)).toEqual(mentionContext(a, chills));
  });
});
