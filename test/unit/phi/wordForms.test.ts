// Owns the tests of the word-formation shield of default deny (deny/wordForms.ts, issue 9): American spellings, adverbs,
// inflections and anatomical prefixes built from allowed words are vocabulary; invented names are built by none of them.
import { vocabularyByForm } from '../../../src/engine/phi/deny/wordForms';

const ALLOWED = new Set(['utilised', 'coloured', 'superior', 'suprapubic', 'mobilise', 'diagnosis', 'approximate', 'colic', 'umbilical', 'patellar', 'temporal', 'cannula', 'centre']);
const allowed = (w: string): boolean => ALLOWED.has(w);

describe('vocabularyByForm: words built from allowed words', () => {
  test.each([
    ['utilized', 'American spelling of a British -ise form'],
    ['colored', 'American -or spelling of a British -our form'],
    ['center', 'American -er spelling of a British -re form'],
    ['superiorly', 'adverb of an allowed adjective'],
    ['suprapubically', 'anatomical prefix and an -ically adverb'],
    ['mobilized', 'inflection of an allowed -ise verb, American spelling'],
    ['diagnoses', 'plural of a Greek -is noun'],
    ['reapproximated', 're- prefix before an inflected allowed verb'],
    ['antecolic', 'anatomical prefix before an allowed word'],
    ['infraumbilical', 'anatomical prefix before an allowed word'],
    ['parapatellar', 'anatomical prefix before an allowed word'],
    ['inferotemporal', 'combining-vowel prefix before an allowed word'],
    ['cannulated', 'verb formed on an allowed noun'],
  ])('%s is vocabulary (%s)', (word) => {
    expect(vocabularyByForm(allowed, word)).toBe(true);
  });
  test.each([['lindett'], ['raduini'], ['morilby'], ['quorvane'], ['belsike']])('the invented name %s is built by no rule', (word) => {
    expect(vocabularyByForm(allowed, word)).toBe(false);
  });
  test('a short stem never carries an ending ("ted" is no inflection of a three-letter word)', () => {
    expect(vocabularyByForm((w) => w === 'col', 'colly')).toBe(false);
  });
});
