// Owns the tests of `deny.span-growth` (deny/spanGrowth.ts, issue 9): a name or a place a voter caught in part grows over
// the unknown capitalised word beside it, over a surname particle inside it and, for a place, over the capitalised word
// that opens it mid-sentence; it stops at punctuation, line ends, cue words and clinical vocabulary. Every value is
// invented; each case names the general pattern it serves.
import { growSpans } from '../../../src/engine/phi/deny/spanGrowth';
import { defaultLexicon, flagWords } from '../../../src/engine/phi/lexicon';
import { NameContext } from '../../../src/engine/phi/nameContext';
import { tokenize } from '../../../src/engine/phi/tokens';
import { WordMarks } from '../../../src/engine/phi/wordMarks';
import type { PhiType } from '../../../src/engine/types';

/** Marks `found` (exact substrings with their type) as a voter would, runs one growth sweep, returns what grew. */
function grow(text: string, found: [string, PhiType][]): string[] {
  const words = tokenize(text);
  const lex = defaultLexicon();
  const c = new NameContext(text, words, lex, flagWords(words, lex));
  const spans = found.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type }));
  const grown: string[] = [];
  growSpans(c, WordMarks.fromSpans(words, spans, (start, end) => grown.push(text.slice(start, end))));
  return grown;
}

describe('deny.span-growth: an unknown capitalised word beside a found name or place is more of it', () => {
  test('surnames in no list after a found given name join it, the whole run', () => {
    expect(grow('Subject: RE: labs - Ana Vordrelhaes Quintossa follow-up', [['Ana', 'NAME']])).toEqual(['Vordrelhaes', 'Quintossa']);
  });
  test('a word before a found surname joins it as a name', () => {
    expect(grow('Discussed with Quellorin Smith today.', [['Smith', 'NAME']])).toEqual(['Quellorin']);
  });
  test('a place grows as a place', () => {
    expect(grow('He lives in Kestrel Tornquay now.', [['Kestrel', 'LOCATION']])).toEqual(['Tornquay']);
  });
  test('punctuation or a line end closes the span', () => {
    expect(grow('Seen by Ana, Vordrelhaes agreed.', [['Ana', 'NAME']])).toEqual([]);
    expect(grow('Seen by Ana\nVordrelhaes agreed.', [['Ana', 'NAME']])).toEqual([]);
  });
  test('clinical vocabulary and cue words never join a name', () => {
    expect(grow('Plan per Smith Lasix 40 mg.', [['Smith', 'NAME']])).toEqual([]);
    expect(grow('Plan per Smith Cardiology today.', [['Smith', 'NAME']])).toEqual([]);
  });
  test('a date or a number beside a word makes it nothing', () => {
    expect(grow('On 03/04 Vordrelhaes noted.', [['03/04', 'DATE']])).toEqual([]);
  });
});

describe('deny.span-growth: a surname particle between two parts of a found name is part of it', () => {
  test('Portuguese "do" between given name and surname', () => {
    expect(grow('Wife Maria do Carmo called.', [['Maria', 'NAME'], ['Carmo', 'NAME']])).toEqual(['do']);
  });
  test('two particles ("de la") between two parts', () => {
    expect(grow('Wife Ana de la Cruz called.', [['Ana', 'NAME'], ['Cruz', 'NAME']])).toEqual(['de la']);
  });
  test('a particle with a name on one side only is left to the particle rules', () => {
    expect(grow('Maria do not call.', [['Maria', 'NAME']])).toEqual([]);
  });
});

describe('deny.span-growth: a capitalised word opening a found place mid-sentence is part of it', () => {
  test('town names made of ordinary words ("Owl [Creek]")', () => {
    expect(grow('She moved from Owl Creek last year.', [['Creek', 'LOCATION']])).toEqual(['Owl']);
  });
  test('not the first word of a sentence or a field', () => {
    expect(grow('Notes follow. Owl Creek clinic.', [['Creek', 'LOCATION']])).toEqual([]);
    expect(grow('Home: Owl Creek.', [['Creek', 'LOCATION']])).toEqual([]);
  });
  test('not a month, a state or clinical vocabulary', () => {
    expect(grow('Seen in March Creek and in Cardiology Creek.', [['Creek', 'LOCATION']])).toEqual([]);
  });
  test('not in a note without case information', () => {
    expect(grow('SHE MOVED FROM OWL CREEK LAST YEAR.', [['CREEK', 'LOCATION']])).toEqual([]);
  });
});

describe('deny.span-growth: a place never grows into a country or a state, which Safe Harbor keeps', () => {
  test('"United [Kingdom]" after an address', () => {
    expect(grow('Flat 9, 52 Orwen Crescent, Tolbury, United Kingdom Tel 01632 960000', [['Kingdom', 'LOCATION']])).toEqual([]);
  });
});

describe('deny.span-growth: a capitalised word before an all-caps token is a product and its model, not a place', () => {
  test('"via Reveal LINQ" stays even when a voter took the model for a place', () => {
    expect(grow('Remote transmission via Reveal LINQ today.', [['LINQ', 'LOCATION']])).toEqual([]);
  });
});
