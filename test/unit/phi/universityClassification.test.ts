// Owns the check that facility.university leaves a university's name inside a protected clinical term alone: the
// "University of Texas wound classification" (diabetic foot ulcers) is a classification named after an institution,
// like an eponym, while "University of Texas hospital" is a place the patient was in (Safe Harbor: smaller than a state).
import { redact } from '../../../src/engine/phi';

describe('facility.university and protected clinical terms', () => {
  it('a classification named after a university stays', () => {
    const text = 'Wound: left heel ulcer, University of Texas wound classification grade 2A.';
    expect(redact(text).spans).toEqual([]);
  });

  it('the university as a place is still redacted in the same note', () => {
    const text = 'Left heel ulcer, University of Texas wound classification grade 2A. Transferred from University of Texas hospital yesterday.';
    const got = redact(text).spans.map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(['University of Texas hospital']);
  });
});
