// The recognizers' patterns are compiled once per process and shared by every registry (compiledPatterns.ts): one
// RegExp object per source and flags, and sharing it changes no result, whatever state (lastIndex) a scan of another
// registry or a direct use left on it. All values are invented.
import { RecognizerRegistry } from '../../../src/engine/phi/recognizers';
import { compiledPattern } from '../../../src/engine/phi/recognizers/compiledPatterns';
import { defaultLexicon, WORD_COMMON, WORD_FIRST, WORD_LAST } from '../../../src/engine/phi/lexicon';
import { tokenize } from '../../../src/engine/phi/tokens';

const lex = defaultLexicon();
const knowledge = {
  isCommonWord: (w: string): boolean => {
    const f = lex.wordFlags.get(w) ?? 0;
    return (f & WORD_COMMON) !== 0 && (f & (WORD_FIRST | WORD_LAST)) === 0;
  },
  isVocabulary: (w: string): boolean => ((lex.wordFlags.get(w) ?? 0) & WORD_COMMON) !== 0,
};

/** Every candidate span the registry emits for the text, as "recognizer type start-end". */
function spans(registry: RecognizerRegistry, text: string): string[] {
  const out: string[] = [];
  registry.run(text, tokenize(text), (s, e, t, r) => out.push(`${r} ${t} ${s}-${e}`), { keepYears: false, knowledge });
  return out;
}

const NOTES = [
  'Patient: Odalys Fenwick  DOB: 04/11/1957  MRN: 7734120\nSeen 03/02/2026 at 14 Larkspur Lane, Tewksbury. Call 555-201-7788 or o.fenwick@example.org.',
  'SSN 123-45-6789 on file. Follow-up on March 3rd, 2026 with Dr. Amadou Keita. Fax (617) 555-0199.',
  'Assessment: essential hypertension, well controlled. No identifiers in this line at all.',
];

describe('compiledPattern: one RegExp per source and flags for the process', () => {
  it('returns the same object for the same source and flags, another for other flags', () => {
    const a = compiledPattern(String.raw`\b\d{3}-\d{4}\b`, 'g');
    expect(compiledPattern(String.raw`\b\d{3}-\d{4}\b`, 'g')).toBe(a);
    expect(compiledPattern(String.raw`\b\d{3}-\d{4}\b`, 'y')).not.toBe(a);
    expect(compiledPattern(String.raw`\b\d{3}-\d{5}\b`, 'g')).not.toBe(a);
    expect(a.flags).toBe('g');
    expect(a.source).toBe(String.raw`\b\d{3}-\d{4}\b`);
  });

  it('two registries share their compiled patterns and find the same spans', () => {
    const first = new RecognizerRegistry();
    const before = NOTES.map((n) => spans(first, n));
    expect(before.flat().length).toBeGreaterThan(5);
    const second = new RecognizerRegistry();
    // Interleaved: each registry scans after the other left its state on the shared objects.
    for (let i = 0; i < NOTES.length; i++) {
      expect(spans(second, NOTES[i])).toEqual(before[i]);
      expect(spans(first, NOTES[i])).toEqual(before[i]);
    }
  });

  it('a registry with recognizers disabled shares the rest and only loses the disabled ones', () => {
    const all = new RecognizerRegistry();
    const noEmail = new RecognizerRegistry(undefined, undefined, { disabled: ['email'] });
    for (const note of NOTES) {
      const expected = spans(all, note).filter((s) => !s.startsWith('email '));
      expect(spans(noEmail, note)).toEqual(expected);
    }
    expect(spans(all, NOTES[0]).some((s) => s.startsWith('email '))).toBe(true);
  });

  it('a lastIndex left anywhere on the shared patterns does not change a later scan', () => {
    const registry = new RecognizerRegistry();
    const before = NOTES.map((n) => spans(registry, n));
    // What another registry's interrupted use could leave: every shared pattern positioned past the note's start.
    const shared = (registry as unknown as { patterns: { re: RegExp }[] }).patterns.map((p) => p.re);
    expect(shared.length).toBeGreaterThan(50);
    for (let i = 0; i < NOTES.length; i++) {
      for (const re of shared) re.lastIndex = 7;
      expect(spans(registry, NOTES[i])).toEqual(before[i]);
    }
  });
});
