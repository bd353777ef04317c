// Owns the tests of session 11's protected-span step (issue 9): one step after every voter drops a name or place lying
// inside a protected clinical phrase whichever recognizer proposed it (deny/protectedSpans.ts), the clinical-service
// words folded into it, the anatomical and prosthetic head nouns of deny/eponymHeads.ts, and the person slots that
// outrank the eponym reading. Every value is invented; each case names the general pattern it serves.
import { redact } from '../../../src/engine/phi';
import { dropProtectedSpans } from '../../../src/engine/phi/deny/protectedSpans';
import { defaultLexicon, flagWords } from '../../../src/engine/phi/lexicon';
import { NameContext } from '../../../src/engine/phi/nameContext';
import { tokenize } from '../../../src/engine/phi/tokens';
import type { PhiSpan } from '../../../src/engine/types';
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

function contextOf(text: string): NameContext {
  const words = tokenize(text);
  const lex = defaultLexicon();
  return new NameContext(text, words, lex, flagWords(words, lex));
}

function span(text: string, needle: string, type: PhiSpan['type'], recognizer: string): PhiSpan {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, type, recognizers: [recognizer] };
}

describe('session 11 protected spans: one step after every voter', () => {
  test('a place voter that never reads the protected mark loses its span inside an eponym + clinical head phrase', () => {
    const text = 'Gleason score 7 on the left lobe.';
    const candidates = [span(text, 'Gleason', 'LOCATION', 'location.major-city')];
    dropProtectedSpans(contextOf(text), candidates);
    expect(candidates).toEqual([]);
  });
  test('a name voter\'s span inside a named test is dropped too, and a date beside it is never touched', () => {
    const text = 'Finkelstein test positive on 3/14/2026.';
    const candidates = [span(text, 'Finkelstein', 'NAME', 'name.first-last'), span(text, '3/14/2026', 'DATE', 'date.numeric')];
    dropProtectedSpans(contextOf(text), candidates);
    expect(candidates.map((s) => s.type)).toEqual(['DATE']);
  });
  test('a person slot outranks the eponym reading: a title right before the span keeps it', () => {
    const text = 'Dr. Gleason score review booked.';
    const candidates = [span(text, 'Gleason', 'NAME', 'name.title')];
    dropProtectedSpans(contextOf(text), candidates);
    expect(candidates).toHaveLength(1);
  });
  test('a span holding a word outside the protected phrase stays whole', () => {
    const text = 'Spoke with Ilse Vandermark re Braden scale.';
    const candidates = [span(text, 'Ilse Vandermark', 'NAME', 'name.first-last')];
    dropProtectedSpans(contextOf(text), candidates);
    expect(candidates).toHaveLength(1);
  });
  test('the clinical service words are dropped by the same step (a dose unit after its number)', () => {
    const text = 'Gonal-f 300 IU nightly.';
    const candidates = [span(text, 'IU', 'LOCATION', 'learned.perceptron')];
    dropProtectedSpans(contextOf(text), candidates);
    expect(candidates).toEqual([]);
  });
});

testUntouchedPatterns('session 11 protected spans kept:', {
  'anatomical eponym head after a describer\'s name, not possessive (Terminologia Anatomica eponyms: tubercles, glands, ducts, corpuscles)': [
    ['Breast exam: Montgomery tubercles prominent bilaterally.', 'Montgomery'],
    ['Cowper glands not palpable.', 'Cowper'],
    ['Skene ducts without discharge.', 'Skene'],
    ['Light touch via Meissner corpuscles intact.', 'Meissner'],
  ],
  'maker\'s name, a founder\'s full name included, before a prosthetic or orthotic component head (ISO 8549)': [
    ['Fitted with an Otto Bock prosthesis in 2019.', 'Otto Bock'],
    ['New Ossur liner issued today.', 'Ossur'],
  ],
});

testCoveredPatterns('session 11 protected spans still redacted:', {
  'a title before an eponym surname: the person slot outranks the eponym guess': [
    ['Dr. Parkinson saw the patient this morning.', 'Parkinson'],
    ['Seen by Dr. Graves for Graves disease follow-up.', 'Dr. Graves'.slice(4)],
  ],
  'a possessive before an anatomical head is the person\'s own body part': [
    ['Mary\'s glands are swollen per her mother.', 'Mary'],
  ],
  'a place after a movement verb is not an anatomical eponym': [
    ['Moved to Montgomery last year with her son.', 'Montgomery'],
  ],
});

describe('session 11 protected spans: institution slots', () => {
  test('a facility grammar\'s span before a run-on sentence with a clinical head stays (the institution outranks the eponym guess)', () => {
    const text = 'Pt is ready to go to Mercy Grove Vital signs stable.';
    const candidates = [span(text, 'Mercy Grove', 'LOCATION', 'facility.phrase')];
    dropProtectedSpans(contextOf(text), candidates);
    expect(candidates).toHaveLength(1);
  });
});
