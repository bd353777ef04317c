// Session 11 (issue 16): short multi-problem clinic notes, where one sentence per problem already fills a third of the
// note. The generator's own checks first; the summarizer's rules below it. Every note here is invented.
import { generateSummaryNotes, S11_UNSEEN_LAYOUTS } from '../../../src/eval/summarySynthetic';
import { wordCount } from '../../../src/eval/summary';

describe('the session-11 unseen generator: short clinic notes with 2-4 problems, gold by construction', () => {
  const notes = generateSummaryNotes({ seed: 11016, notesPerLayout: 10, layouts: S11_UNSEEN_LAYOUTS });

  it('writes 10 notes per layout, each of 2-4 problems and under 300 words', () => {
    expect(notes).toHaveLength(50);
    for (const n of notes) {
      expect(n.problems.length).toBeGreaterThanOrEqual(2);
      expect(n.problems.length).toBeLessThanOrEqual(4);
      expect(wordCount(n.text!)).toBeLessThan(300);
    }
  });

  it('every gold problem is named in its note, by its term or a synonym', () => {
    for (const n of notes) {
      const text = n.text!.toLowerCase();
      for (const p of n.problems) expect([p.term, ...(p.synonyms ?? [])].some((t) => text.includes(t.toLowerCase()))).toBe(true);
    }
  });
});
