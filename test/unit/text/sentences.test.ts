// Sentence splitting edge cases: abbreviations, numbers, lists, semicolons, whitespace, Unicode, size.
import { analyzeText, sentenceAt } from '../../../src/engine/text';

function sentences(text: string): string[] {
  const a = analyzeText(text);
  return a.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('keeps abbreviations, titles, decimals and times inside a sentence', () => {
    expect(sentences('Mr. Smith was seen by Dr. Jones at St. Mary\'s vs. home. Next visit.')).toEqual([
      'Mr. Smith was seen by Dr. Jones at St. Mary\'s vs. home.', 'Next visit.',
    ]);
    expect(sentences('Take 2.5 mg p.o. b.i.d. at 10:30, e.g. with food, i.e. breakfast. Done.')).toEqual([
      'Take 2.5 mg p.o. b.i.d. at 10:30, e.g. with food, i.e. breakfast.', 'Done.',
    ]);
    expect(sentences('Aspirin 81 mg. daily. See No. 5 in q.d. dosing. Stop.')).toEqual([
      'Aspirin 81 mg. daily.', 'See No. 5 in q.d. dosing.', 'Stop.',
    ]);
  });

  it('splits on ! and ? but not on a leading "?" cue', () => {
    expect(sentences('Is he febrile? No! ? pneumonia on CXR.')).toEqual(['Is he febrile?', 'No!', '? pneumonia on CXR.']);
  });

  it('makes each bullet or numbered list item its own sentence', () => {
    const text = 'Problems\n- HTN\n- DM2\n• CKD\n1. CAD\n2) COPD\n(3) gout\na) asthma';
    expect(sentences(text)).toEqual(['Problems', '- HTN', '- DM2', '• CKD', '1. CAD', '2) COPD', '(3) gout', 'a) asthma']);
  });

  it('splits semicolon-separated nursing notes', () => {
    expect(sentences('PMH: CAD; HTN; DM')).toEqual(['PMH:', 'CAD;', 'HTN;', 'DM']);
  });

  it('joins wrapped prose lines and splits independent lines', () => {
    expect(sentences('He has had chest pain for\nthree days and\ndenies fever.\nLungs clear\nHeart RRR')).toEqual([
      'He has had chest pain for\nthree days and\ndenies fever.', 'Lungs clear', 'Heart RRR',
    ]);
  });

  it('handles CRLF, tabs, NBSP and Unicode', () => {
    const text = 'Café\u00a0au\u00a0lait spots.\r\nNo fever.\r\n\tDenies pain —\u00a0résumé.\u2028Naïve patient.';
    expect(sentences(text)).toEqual(['Café\u00a0au\u00a0lait spots.', 'No fever.', 'Denies pain —\u00a0résumé.',
      'Naïve patient.']);
  });

  it('keeps header lines as their own sentence and sentences inside one section', () => {
    const text = 'HPI: Cough. PMH: HTN.\nASSESSMENT AND PLAN\nCough.';
    const a = analyzeText(text);
    expect(sentences(text)).toEqual(['HPI:', 'Cough.', 'PMH:', 'HTN.', 'ASSESSMENT AND PLAN', 'Cough.']);
    for (const s of a.sentences) {
      const sec = a.sections[s.sectionIndex];
      expect(s.start).toBeGreaterThanOrEqual(sec.start);
      expect(s.end).toBeLessThanOrEqual(sec.end);
    }
  });

  it('looks up the sentence at an offset, empty between sentences', () => {
    const text = 'No fever.   Cough.';
    const a = analyzeText(text);
    expect(text.slice(sentenceAt(a, 3).start, sentenceAt(a, 3).end)).toBe('No fever.');
    expect(sentenceAt(a, 10)).toMatchObject({ start: 10, end: 10 });
  });

  // 1 MB of text and a 1 MB line without a boundary: test/unit/engine/largeNotes.corpus.test.ts (corpus project).
});
