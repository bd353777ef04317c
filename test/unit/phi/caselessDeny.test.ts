// Owns the tests of `deny.caseless-word` (deny/unknownWord.ts step 3, issue 9): in a caps-only or lower-case note, where
// case carries no information, a word in no allow-list and in no shorthand class is PHI wherever it stands when it is a
// long census name, has letters outside ASCII, or is spelt like a name (deny/nameShape.ts); the shorthand classes
// (allowList.ts `safeByClass`) keep nursing shorthand. Every value is invented; each case names the general pattern.
import { redact } from '../../../src/engine/phi';
import { safeByClass } from '../../../src/engine/phi/deny/allowList';
import { lexiconNameShape, nameShapeScore, trainNameShape } from '../../../src/engine/phi/deny/nameShape';
import { denyCaselessWords } from '../../../src/engine/phi/deny/unknownWord';
import { defaultLexicon, flagWords } from '../../../src/engine/phi/lexicon';
import { NameContext } from '../../../src/engine/phi/nameContext';
import { tokenize } from '../../../src/engine/phi/tokens';
import { WordMarks } from '../../../src/engine/phi/wordMarks';

/** Runs the caseless default-deny unit alone on a note with nothing found yet; returns "text:TYPE:recognizer" per span. */
function runUnit(text: string): string[] {
  const words = tokenize(text);
  const lex = defaultLexicon();
  const c = new NameContext(text, words, lex, flagWords(words, lex));
  const found: string[] = [];
  denyCaselessWords(c, new WordMarks(words, (start, end, type, recognizer) => found.push(`${text.slice(start, end)}:${type}:${recognizer}`)));
  return found;
}

function classOf(text: string, word: string): string | undefined {
  const words = tokenize(text);
  const lex = defaultLexicon();
  const c = new NameContext(text, words, lex, flagWords(words, lex));
  const i = words.findIndex((w) => text.slice(w.start, w.baseEnd) === word);
  return safeByClass(c, i);
}

describe('deny.caseless-word: unknown words where case says nothing', () => {
  test('a long census surname in a caps-only note is a person in no slot at all', () => {
    expect(runUnit('CHEST TUBE TO SUCTION. WEATHERSPOON CALLED RE PLAN. NO ECTOPY.')).toEqual(['WEATHERSPOON:NAME:deny.caseless-word']);
  });
  test('a hyphen-joined pair of unknown words is taken whole (ward or double surname built from names)', () => {
    expect(runUnit('PT TRANSFERRED TO KOWALCZYK-BELSIKE 7 THIS AM. AFEBRILE.')).toEqual(['KOWALCZYK-BELSIKE:NAME:deny.caseless-word']);
  });
  test('a word with letters outside ASCII in a lower-case note is a name: English shorthand has none', () => {
    expect(runUnit('family meeting w/ súilleabháin re goals of care. no ectopy.')).toEqual(['súilleabháin:NAME:deny.caseless-word']);
  });
  test('after a place preposition the word is typed as a place', () => {
    expect(runUnit('PT ARRIVED FROM KOWALCZYKOWO BY AMBULANCE. AFEBRILE.')).toEqual(['KOWALCZYKOWO:LOCATION:deny.caseless-word']);
  });
  test('nursing shorthand and vocabulary spelt like English are kept (word forms, truncations, misspellings)', () => {
    expect(runUnit('lungs coarse, sx for thick tan, pt overbreathing vent, dopplerable pulses, hemodyn stable, resp lbored.')).toEqual([]);
  });
  test('short census surnames that are clinical shorthand are kept ("mech", "sero", "bolus")', () => {
    expect(runUnit('pt resting, lungs clear, mech vent, bolus given, sero drainage from jp.')).toEqual([]);
  });
  test('a product or an eponym before the object it names, or a drug before its dose, is kept', () => {
    expect(runUnit('PT ON KOWALCZYKOWO CUSHION, TURNED Q2H. QUORVANEX 20 MG GIVEN. NO ECTOPY.')).toEqual([]);
  });
  test('in a mixed-case note the capitalisation test still decides: an unknown lower-case word alone is left', () => {
    expect(runUnit('Lungs coarse. Family meeting with weatherspoon today, plan unchanged.')).toEqual([]);
  });
  test('end to end: the surname is redacted, the clinical words around it are not', () => {
    const text = 'NEURO: ALERT. WEATHERSPOON CALLED RE PLAN. RESP: LS COARSE, SX FOR THICK TAN. NO ECTOPY.';
    const red = redact(text).spans.map((s) => text.slice(s.start, s.end)).join(' ');
    expect(red).toContain('WEATHERSPOON');
    expect(red).not.toMatch(/COARSE|ECTOPY|THICK/);
  });
});

describe('safeByClass: the shorthand classes of a word in no allow-list', () => {
  test('vowel-dropped shorthand', () => {
    expect(classOf('bilat brth snds coarse', 'brth')).toBe('no-vowel');
  });
  test('a contraction, but not an O\'-surname', () => {
    expect(classOf('extubate tom\'row if stable', 'tom\'row')).toBe('contraction');
    expect(classOf('seen by o\'quorvane today', 'o\'quorvane')).toBeUndefined();
  });
  test('a word glued to a slash', () => {
    expect(classOf('abd/quorvane soft', 'quorvane')).toBe('slash-glued');
  });
  test('a word form of an allowed word and a misspelling of a long allowed word', () => {
    expect(classOf('wound reapproximated with staples', 'reapproximated')).toBe('word-form');
    expect(classOf('resp lbored overnight', 'lbored')).toBe('misspelling');
  });
  test('a listed name is in no class, even one edit from an allowed word', () => {
    expect(classOf('family meeting with weatherspoon', 'weatherspoon')).toBeUndefined();
  });
});

describe('nameShape: letter n-grams learned from the name and vocabulary lists', () => {
  test('a toy model scores name-like spellings above vocabulary-like ones', () => {
    const m = trainNameShape(['okonkwo', 'adebayo', 'oyelowo', 'nkemdirim'], ['extubation', 'intubation', 'ventilation', 'sedation']);
    expect(nameShapeScore(m, 'okeke')).toBeGreaterThan(0);
    expect(nameShapeScore(m, 'reintubation')).toBeLessThan(0);
  });
  test('the lexicon model reads an unseen West-African-style name as a name and clinical coinages as vocabulary', () => {
    const m = lexiconNameShape(defaultLexicon());
    expect(nameShapeScore(m, 'nkechi')).toBeGreaterThan(0.5);
    expect(nameShapeScore(m, 'overbreathing')).toBeLessThan(0);
    expect(nameShapeScore(m, 'dopplerable')).toBeLessThan(0);
  });
});
