// Owns the tests of the shared cue-word trigger index (src/engine/phi/triggerIndex.ts) and of the cheap line tests the
// speed work added: positions per declared cue word, built in one pass; a unit that visits only its cue positions finds
// what its walk over every word found; the backwards line-prefix test agrees with the regular expression it replaced.
import { redact } from '../../../src/engine/phi';
import { foreignLines, isForeignBasicWord } from '../../../src/engine/phi/deny/foreignVocabulary';
import { opensLineOrSentence } from '../../../src/engine/phi/names/signoffInitials';
import { tokenize } from '../../../src/engine/phi/tokens';
import { defineCues, TriggerIndex } from '../../../src/engine/phi/triggerIndex';

const KIN = defineCues('test.kin', ['daughter', 'son', 'wife']);
const PER = defineCues('test.per', ['per']);
const ABSENT = defineCues('test.absent', ['zyzzyva']);

describe('TriggerIndex: positions of declared cue words', () => {
  const words = tokenize('Per daughter Ilse, son aware. PER WIFE: call son back per plan.');
  const index = new TriggerIndex(words);

  it('lists every position of a cue word in ascending order, whatever its case', () => {
    expect(index.positions(PER).map((i) => words[i].lower)).toEqual(['per', 'per', 'per']);
    const at = index.positions(PER);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('merges the positions of several cue words into one ascending list, each once', () => {
    const at = index.positions(KIN);
    expect(at.map((i) => words[i].lower)).toEqual(['daughter', 'son', 'wife', 'son']);
    expect(new Set(at).size).toBe(at.length);
    for (let k = 1; k < at.length; k++) expect(at[k]).toBeGreaterThan(at[k - 1]);
  });

  it('says a note without any of a unit\'s cue words cannot fire it', () => {
    expect(index.any(ABSENT)).toBe(false);
    expect(index.positions(ABSENT)).toEqual([]);
    expect(index.any(KIN)).toBe(true);
  });

  it('refuses cue words that are not lower case (they could never match Word.lower)', () => {
    expect(() => defineCues('test.bad', ['Per'])).toThrow(/lower case/);
  });

  it('refuses a cue set declared after the note\'s index was built', () => {
    const late = defineCues('test.late', ['latecomer']);
    expect(() => index.positions(late)).toThrow(/declared after/);
    expect(new TriggerIndex(tokenize('a latecomer')).any(late)).toBe(true);
  });
});

describe('units visiting only their cue positions find what their full walk found', () => {
  it('a caseless "per" slot (name.caseless-per) still names the person after each "per" of a note', () => {
    const text = 'PER DARIUSZWIK WILL HOLD HEPARIN. VSS. PER KOWALCZEQ OK TO DC FOLEY.';
    const r = redact(text, { learned: false });
    const names = r.spans.filter((s) => s.recognizers?.includes('name.caseless-per')).map((s) => text.slice(s.start, s.end));
    expect(names).toEqual(['DARIUSZWIK', 'KOWALCZEQ']);
  });

  it('a post-acute facility tail (facility.tail) is found at its first cue word ("transitional care")', () => {
    const text = 'dispo: back to blue heron transitional care when stable.';
    const r = redact(text, { learned: false });
    expect(r.spans.some((s) => s.recognizers?.includes('facility.tail') && text.slice(s.start, s.end) === 'blue heron transitional care')).toBe(true);
  });
});

describe('opensLineOrSentence: the sign-off line-start test read backwards', () => {
  const reference = (text: string, start: number): boolean =>
    /(?:^|[.!?;:][ \t\u00a0]{1,3})$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start).replace(/^[ \t\u00a0]+/, ''));
  const texts = [
    'JP RNC', '  JP RNC', 'Cont full support. TC rrt', 'Cont full support.    TC rrt', 'ok;\tab', 'ok:\u00a0ab', 'said ab',
    'line one\n   KD', 'line one\nword KD', 'end!  xy', 'a?b', 'x.\n\tyz', '\n\nAB', '', 'tail. \n  . JK',
  ];
  it('agrees with the regular expression it replaced at every word start of varied lines', () => {
    for (const text of texts) for (const w of tokenize(text)) expect([text, w.start, opensLineOrSentence(text, w.start)]).toEqual([text, w.start, reference(text, w.start)]);
  });
});

describe('foreign-language lines (deny/foreignVocabulary.ts) after the two-pass count', () => {
  it('still finds a French line with an elided article and leaves an English line with "d\'" alone', () => {
    expect(isForeignBasicWord("d'ajouter")).toBe(true);
    expect(isForeignBasicWord("o'brien")).toBe(false);
    const text = "Veuillez svp d'ajouter le diagnostic.\nSeen with Mr. O'Brien today.";
    expect(foreignLines(text, tokenize(text)).map((l) => text.slice(l.start, l.end))).toEqual(['Veuillez svp d\'ajouter le diagnostic.']);
  });
  it('counts neutral clinical words for neither side: a line of vocabulary and many English words is not foreign', () => {
    const text = 'Bitte die Abrechnung und noch more English words here today please thanks';
    expect(foreignLines(text, tokenize(text))).toEqual([]);
    expect(foreignLines(text, tokenize(text), (w) => w.lower !== 'bitte' && !isForeignBasicWord(w.lower)).length).toBe(1);
  });
});
