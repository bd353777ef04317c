// Owns the tests of the protected-term grammar where case says nothing (issue 9): in caps-only and lower-case notes the
// mixed-case brand rule reads no capital, so a brand is protected by its medication position (an infusion word, a strength,
// a dose form, a treatment's status ending the clause) and carried to its other mentions; a microbiology medium after
// "culture on" is protected in any case; the caseless default deny (`deny.caseless-word`) respects both, and reads the
// charting abbreviation "dsg" (dressing) as a product's head. Every name is invented; each case names its pattern.
import { redact } from '../../../src/engine/phi';
import { defaultLexicon, flagWords } from '../../../src/engine/phi/lexicon';
import { NameContext } from '../../../src/engine/phi/nameContext';
import { tokenize } from '../../../src/engine/phi/tokens';

const redactedWords = (text: string): string[] => redact(text).spans.map((s) => text.slice(s.start, s.end));

/** Whether the protected-term grammar marks the word (first token whose text is `word`). */
function isProtected(text: string, word: string): boolean {
  const words = tokenize(text);
  const lex = defaultLexicon();
  const c = new NameContext(text, words, lex, flagWords(words, lex));
  const i = words.findIndex((w) => text.slice(w.start, w.baseEnd) === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return c.protectedTerm[i] !== 0;
}

describe('caseless brand positions: a drug by its position where case says nothing', () => {
  test('control: the invented brand in no medication position is taken by the caseless deny (a name-shaped unknown word)', () => {
    expect(redactedWords('chest tube to suction. velmarza called re plan. no ectopy.')).toContain('velmarza');
  });
  test('before an infusion word ("gtt", "drip") in a lower-case note', () => {
    const text = 'cont on heparin. velmarza gtt titrated down overnight. no ectopy.';
    expect(isProtected(text, 'velmarza')).toBe(true);
    expect(redactedWords(text)).not.toContain('velmarza');
  });
  test('before a treatment status that ends its clause in a caps-only note ("HELD.")', () => {
    const text = 'A/P: LOPRESSOR 5 IV X3, VELMARZA HELD. CXR PENDING.';
    expect(isProtected(text, 'VELMARZA')).toBe(true);
    expect(redactedWords(text)).not.toContain('VELMARZA');
  });
  test('before a strength with its unit', () => {
    expect(isProtected('started velmarza 20 mg daily. no ectopy.', 'velmarza')).toBe(true);
  });
  test('a drug found by position is that drug at its other mentions in the note', () => {
    const text = 'velmarza drip weaned.\ndiscussed prognosis; velmarza for comfort.';
    expect(redactedWords(text)).not.toContain('velmarza');
  });
  test('a status that does not end the clause, and a title before the word, leave it a person', () => {
    expect(isProtected('velmarza held the baby at the bedside.', 'velmarza')).toBe(false);
    expect(isProtected('dr. velmarza gtt order reviewed.', 'velmarza')).toBe(false);
  });
  test('a census name before an infusion word is not made a drug (only words in no list)', () => {
    expect(isProtected('WEATHERSPOON DRIP RATE ASKED.', 'WEATHERSPOON')).toBe(false);
  });
});

describe('culture media: a hyphen-joined medium after "culture on", in any case', () => {
  test('an eponymous medium with letters outside ASCII in caps-only and lower-case notes', () => {
    for (const text of ['SPUTUM AFB SMEAR NEG, CULTURE ON BØRRESEN-KVALHEIM PENDING.', 'sputum afb smear neg, culture on børresen-kvalheim pending.']) {
      expect(redactedWords(text)).toEqual([]);
    }
  });
  test('control: the same pair in a person slot is still taken', () => {
    expect(redactedWords('family meeting w/ børresen-kvalheim re goals of care.').join(' ')).toMatch(/børresen/);
  });
});

describe('caseless deny: the charting abbreviation of a product head', () => {
  test('"dsg" (dressing) after an unknown word makes it a product, not a person', () => {
    expect(redactedWords('heparin gtt, ptt 68; velmarza dsg changed. no ectopy.')).not.toContain('velmarza');
  });
});

describe('official hyphen-joined eponyms are case-blind: a lower-case note writes no capital', () => {
  test('a compound the ICD-10-CM Index writes whole is protected in a lower-case note as in a caps-only one', () => {
    for (const text of ['pt w/ beckwith-wiedemann noted overnight. no ectopy.', 'PT W/ BECKWITH-WIEDEMANN NOTED OVERNIGHT. NO ECTOPY.']) {
      const first = text.includes('W/ B') ? 'BECKWITH' : 'beckwith';
      expect(isProtected(text, first)).toBe(true);
      expect(redactedWords(text)).toEqual([]);
    }
  });
  test('an unlisted hyphen-joined pair in a lower-case note is not protected (a double surname stays the name rules\')', () => {
    expect(isProtected('family meeting w/ kowalczyk-belsike re plan.', 'kowalczyk')).toBe(false);
  });
});

describe('caseless deny: a device charted "in place"', () => {
  test('an unknown word before "in place" is a device, not a person; the same word elsewhere is still taken', () => {
    expect(redactedWords('73 yo w/ chf, velmarza in place. no ectopy.')).not.toContain('velmarza');
    expect(redactedWords('chest tube to suction. velmarza called re plan.')).toContain('velmarza');
  });
});
