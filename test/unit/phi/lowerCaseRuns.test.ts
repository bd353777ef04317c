// Owns the tests of `deny.lower-case-run` (deny/lowerCaseRuns.ts, issue 9): in a note that uses capitals, two or more
// lower-case words in a row in no allow-list are a person's name typed without capitals; shorthand without vowels and
// misspellings of allowed words are not. Every value is invented; each case names the general pattern it serves.
import { redact } from '../../../src/engine/phi';
import { denyLowerCaseRuns } from '../../../src/engine/phi/deny/lowerCaseRuns';
import { misspellingOf } from '../../../src/engine/phi/deny/wordForms';
import { defaultLexicon, flagWords } from '../../../src/engine/phi/lexicon';
import { NameContext } from '../../../src/engine/phi/nameContext';
import { tokenize } from '../../../src/engine/phi/tokens';
import { WordMarks } from '../../../src/engine/phi/wordMarks';

/** Runs the unit alone on a note with nothing found yet; returns the texts it marked. */
function runUnit(text: string): string[] {
  const words = tokenize(text);
  const lex = defaultLexicon();
  const c = new NameContext(text, words, lex, flagWords(words, lex));
  const found: string[] = [];
  denyLowerCaseRuns(c, new WordMarks(words, (start, end) => found.push(text.slice(start, end))));
  return found;
}

function redactedWords(text: string): string[] {
  return redact(text).spans.map((s) => text.slice(s.start, s.end));
}

describe('deny.lower-case-run: unknown lower-case runs in a mixed-case note are names', () => {
  test('a two-word lower-case run of unknown words is a name whatever the slot', () => {
    expect(runUnit('Films reviewed today. Seen with quorvane belsike in the Clinic, plan unchanged.')).toEqual(['quorvane belsike']);
  });
  test('end to end: the run is redacted, the clinical words around it are not', () => {
    const text = 'Dental progress: provider quorvane belsike DDS placed a sealant on #30. Next visit in 6 months.';
    const red = redactedWords(text).join(' ');
    expect(red).toContain('quorvane');
    expect(red).toContain('belsike');
    expect(red).not.toContain('sealant');
  });
  test('one unknown lower-case word alone is a typo or shorthand as often as a name: not taken by this unit', () => {
    expect(runUnit('Pt tolerated the quorvane well. Plan: Continue.')).toEqual([]);
  });
  test('nursing shorthand without vowels is not a name ("brth snds", "serosang drng" style)', () => {
    expect(runUnit('Bilat brth snds coarse. Chest tube with mod amts thn drng overnight.')).toEqual([]);
  });
  test('misspellings one edit from allowed words are not a name', () => {
    expect(runUnit('Plan to contniue agressively with Lasix. Pt tolerated it.')).toEqual([]);
  });
  test('a contraction or a hyphenated compound is not a word of a name ("extubate tom\'row", "gtt peri-extubation")', () => {
    expect(runUnit('Plan to extubate tom\'row if stable. Nitro gtt peri-extubation per MD.')).toEqual([]);
  });
  test('operative vocabulary built from allowed words is not a name ("utilized superiorly", "infraumbilical trocar")', () => {
    expect(runUnit('The harmonic scalpel was utilized superiorly and laterally. The Trocar was placed.')).toEqual([]);
  });
  test('in an all-lower-case note case says nothing, so the unit stays out', () => {
    expect(runUnit('seen with quorvane belsike in clinic, plan unchanged.')).toEqual([]);
  });
});

describe('misspellingOf: one edit from an allowed word', () => {
  const allowed = new Set(['aggressively', 'tolerated', 'patient']);
  test.each([['agressively'], ['tolerrated'], ['pateint'], ['patiemt']])('%s is a misspelling', (w) => {
    expect(misspellingOf(allowed, w)).toBe(true);
  });
  test('a word two edits away, or too short to judge, is not', () => {
    expect(misspellingOf(allowed, 'paitnet')).toBe(false);
    expect(misspellingOf(new Set(['line']), 'lane')).toBe(false);
  });
});
