// Owns the tests of `deny.place-slot` (deny/placeSlots.ts, issue 9): in a note that uses case, a capitalised word
// mid-sentence after "from", "near" or "in" is a place even when it is an English word; clinical vocabulary, months,
// languages, countries, states, departments and plural acronyms are not. Every value is invented; each case names the
// general pattern it serves.
import { redact } from '../../../src/engine/phi';
import { denyPlaceSlots } from '../../../src/engine/phi/deny/placeSlots';
import { defaultLexicon, flagWords } from '../../../src/engine/phi/lexicon';
import { NameContext } from '../../../src/engine/phi/nameContext';
import { tokenize } from '../../../src/engine/phi/tokens';
import { WordMarks } from '../../../src/engine/phi/wordMarks';

function runUnit(text: string): string[] {
  const words = tokenize(text);
  const lex = defaultLexicon();
  const c = new NameContext(text, words, lex, flagWords(words, lex));
  const found: string[] = [];
  denyPlaceSlots(c, new WordMarks(words, (start, end) => found.push(text.slice(start, end))));
  return found;
}

describe('deny.place-slot: an allow-listed capitalised word after a place preposition is a place', () => {
  test('a town named by an ordinary word after "from" and "near"', () => {
    expect(runUnit('Family flying in from Paradise tomorrow.')).toEqual(['Paradise']);
    expect(runUnit('MVC on the highway near Magnet, restrained driver.')).toEqual(['Magnet']);
  });
  test('a town of several ordinary words after "in", up to three', () => {
    expect(runUnit('Lives with her neighbour in Owl Creek Falls now.')).toEqual(['Owl Creek Falls']);
  });
  test('end to end: the town is redacted', () => {
    const text = 'Pt drove in from Paradise this morning for the visit.';
    expect(redact(text).spans.map((s) => text.slice(s.start, s.end)).join(' ')).toContain('Paradise');
  });
});

describe('deny.place-slot: what is known to be safe stays', () => {
  test('months, languages, countries and states', () => {
    expect(runUnit('Seen in March; speaks only in Spanish; returned from Mexico; moved from New York.')).toEqual([]);
  });
  test('clinical vocabulary and drugs', () => {
    expect(runUnit('Improvement in Lasix response; drainage from Foley noted.')).toEqual([]);
  });
  test('a department alone is where in the hospital, not which place', () => {
    expect(runUnit('Awaiting the inhaler from Pharmacy this evening.')).toEqual([]);
  });
  test('plural acronyms are not title case ("MAPs", "COs")', () => {
    expect(runUnit('Noted an increase in MAPs and a rise in COs overnight.')).toEqual([]);
  });
  test('a capitalised preposition opens a sentence, not a slot; caseless notes are left to their own units', () => {
    expect(runUnit('In Paradise the clinic is closed.')).toEqual([]);
    expect(runUnit('FAMILY FLYING IN FROM PARADISE TOMORROW.')).toEqual([]);
  });
});

describe('deny.place-slot and deny.span-growth: words of the protected-term lists stay, even when also census names', () => {
  test('a protected device or drug name after a place preposition ("in Humphrey 24-2", "from Xalatan")', () => {
    expect(runUnit('Defect seen in Humphrey 24-2 testing; switched from Xalatan drops.')).toEqual([]);
  });
});
