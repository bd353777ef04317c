// Owns the tests of the place-phrase grammar added in session 15 (issue 9): a short code after a noun of a place of care
// is that place's acronym unless the vocabulary knows it (`deny.place-slot.facility-code`); a place is written whole,
// its direction word and landform or building noun included (`deny.place-slot.place-tail`); a clipped English word
// ("prev", "poss", "tech") or a verb of leaving before a head noun is no institution (places/clippedWords.ts). Every
// value is invented; each case names the general pattern it serves.
import { redact } from '../../../src/engine/phi';
import { denyFacilityCodes, denyPlaceTails } from '../../../src/engine/phi/deny/placeSlots';
import { defaultLexicon, flagWords } from '../../../src/engine/phi/lexicon';
import { NameContext } from '../../../src/engine/phi/nameContext';
import { clippedWord } from '../../../src/engine/phi/places/clippedWords';
import { tokenize } from '../../../src/engine/phi/tokens';
import { WordMarks } from '../../../src/engine/phi/wordMarks';

const lex = defaultLexicon();

/** The texts redacted end to end. */
function redacted(text: string): string[] {
  return redact(text).spans.map((s) => text.slice(s.start, s.end));
}

function facilityCodes(text: string): string[] {
  const words = tokenize(text);
  const c = new NameContext(text, words, lex, flagWords(words, lex));
  const found: string[] = [];
  denyFacilityCodes(c, new WordMarks(words, (start, end) => found.push(text.slice(start, end))));
  return found;
}

describe('clipped words: the first letters of an English word are that word, not an acronym', () => {
  test.each(['prev', 'poss', 'tech', 'ooz'])('"%s" begins an English word the vocabulary holds whole', (w) => {
    expect(clippedWord(lex, w)).toBe(true);
  });
  test.each(['aemh', 'dlmc', 'mgh', 'gsh', 'qmrc'])('the initials "%s" begin no English word', (w) => {
    expect(clippedWord(lex, w)).toBe(false);
  });
  test('a whole English word is a word, not a clip', () => {
    expect(clippedWord(lex, 'rehab')).toBe(false);
  });
});

describe('deny.place-slot.facility-code: a short code after a noun of a place of care names that place', () => {
  test.each([
    ['an acronym after "clinic" in a note written in capitals', 'TRACH UPDATED. TO TRACH CLINIC QMRC AFTER D/C.', ['QMRC']],
    ['an acronym after "clinic" in a mixed-case note', 'To trach clinic VLMH after d/c home.', ['VLMH']],
    ['an acronym after "rehab"', 'Accepted at rehab WKSB on Monday.', ['WKSB']],
  ])('%s', (_pattern, text, codes) => {
    expect(facilityCodes(text)).toEqual(codes);
  });
  test('clinical abbreviations, English words, clipped words and state codes after the noun stay', () => {
    expect(facilityCodes('Seen in clinic NP and hospital ER; clinic TODAY; clinic INFO; clinic NY.')).toEqual([]);
  });
  test('end to end: the acronym is redacted', () => {
    expect(redacted('Follow up at trach clinic QMRC after discharge.')).toContain('QMRC');
  });
});

describe('deny.place-slot.place-tail: a direction word or a landform noun closes the place it follows', () => {
  test('a direction word after a place in a place slot, in capitals and in lower case', () => {
    expect(redacted('SON BOB IN TOWANDALE EAST. PRIOR ADM 2019.').join(' ')).toMatch(/TOWANDALE EAST/);
    expect(redacted('wife jo in towandale east. prior adm 2019.').join(' ')).toMatch(/towandale east/);
  });
  test('a landform noun after a town in capitals', () => {
    expect(redacted('SON BOB IN QUILLAMOG FORK. PRIOR ADM 2019.').join(' ')).toMatch(/QUILLAMOG FORK/);
  });
  test('a direction word of another case, or one opening "west of", stays out', () => {
    const words = (t: string) => tokenize(t);
    const run = (text: string, placeWord: number) => {
      const w = words(text);
      const c = new NameContext(text, w, lex, flagWords(w, lex));
      const found: string[] = [];
      const marks = new WordMarks(w, (start, end) => found.push(text.slice(start, end)));
      marks.kind[placeWord] = 2;
      denyPlaceTails(c, marks);
      return found;
    };
    expect(run('Lives in Towandale west of the river.', 2)).toEqual([]);
    expect(run('Lives in Towandale east today.', 2)).toEqual([]);
    expect(run('Lives in Towandale East today.', 2)).toEqual(['East']);
  });
});

describe('facility heads: a verb of leaving or a clipped word before a head noun names no institution', () => {
  test.each([
    ['a verb of leaving before "hospital"', 'HE WANTED TO LEAVE HOSPITAL AND SIGN AMA.'],
    ['a clipped "previous" before "rehab"', 'was o2 dep at prev rehab site, cpap as well.'],
    ['a clipped "possible" before "rehab"', 'he will need pt, and poss rehab when ready for d/c.'],
    ['a clipped word after "by" and "to" in a capitals note', 'SHEATH REMOVED AT 3PM BY TECH. SKIN CONT TO OOZ. PT TOL WELL.'],
  ])('%s', (_pattern, text) => {
    expect(redacted(text).filter((s) => /[a-z]{3}/i.test(s))).toEqual([]);
  });
});

describe('ip.v4: a member of a slash series of values is no address', () => {
  test('a blood gas written with a dot for its last slash stays; a bare address and one with its port are redacted', () => {
    expect(redacted('abg on these settings: 80/48/7.45.34.7. continued')).toEqual([]);
    expect(redacted('Gateway 10.42.7.19 lost signal.')).toEqual(['10.42.7.19']);
  });
});

describe('facility heads: a clip inside a name is the name\'s', () => {
  test('a name word that begins an English word, after a particle, stays in the facility name', () => {
    expect(redacted('arrived from old rail yard canyon de oro hosp via medflight')).toContain('canyon de oro hosp');
  });
});
