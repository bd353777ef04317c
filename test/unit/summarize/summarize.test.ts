import { analyzeText } from '../../../src/engine/text';
import { summarize } from '../../../src/engine/summarize';

function expectFaithful(text: string, s: ReturnType<typeof summarize>): void {
  for (const section of s.sections) {
    expect(section.sources.length).toBeGreaterThan(0);
    for (const src of section.sources) expect(text.slice(src.start, src.end)).toBe(src.text);
    expect(section.text).toBe(section.sources.map((x) => x.text).join(' '));
  }
  expect(s.text).toBe(s.sections.map((x) => `${x.title}: ${x.text}`).join('\n'));
}

describe('extractive summary', () => {
  it('picks the key sentences of a sectioned visit note, verbatim', () => {
    const text = [
      'CHIEF COMPLAINT',
      'Worsening cough for two weeks.',
      '',
      'PHYSICAL EXAMINATION',
      'Lungs: scattered wheezes bilaterally.',
      '',
      'ASSESSMENT',
      'Acute bronchitis.',
      '',
      'PLAN',
      'Start albuterol inhaler. Return if fever develops.',
      '',
      'MEDICATIONS',
      'Lisinopril 10 mg daily.',
    ].join('\n');
    const s = summarize(analyzeText(text));
    expect(s.sections.map((x) => x.title)).toEqual(['Reason for visit', 'Findings', 'Assessment', 'Plan', 'Medications']);
    expect(s.sections[0].text).toBe('Worsening cough for two weeks.');
    expect(s.sections[2].text).toBe('Acute bronchitis.');
    expectFaithful(text, s);
  });

  it('summarises an unsectioned case report by cue words and diagnosis mentions', () => {
    const text =
      'A 54-year-old man presented with fever and flank pain. Physical examination revealed costovertebral angle tenderness. ' +
      'Urine culture grew Escherichia coli. He was diagnosed with acute pyelonephritis. He was treated with ceftriaxone and discharged on day five.';
    const a = analyzeText(text);
    const mention = text.indexOf('Escherichia coli');
    const s = summarize(a, { salient: [{ start: mention, end: mention + 16 }] });
    const byTitle = Object.fromEntries(s.sections.map((x) => [x.title, x.text]));
    expect(byTitle['Reason for visit']).toBe('A 54-year-old man presented with fever and flank pain.');
    expect(byTitle['Assessment']).toContain('diagnosed with acute pyelonephritis');
    expect(byTitle['Plan']).toContain('treated with ceftriaxone');
    expectFaithful(text, s);
  });

  it('never repeats a sentence, skips header-only lines and cuts over-long sentences at a word boundary', () => {
    const long = `Assessment notes ${'word '.repeat(200)}end.`;
    const text = `ASSESSMENT\n${long}\nPLAN\nFollow up in clinic.`;
    const s = summarize(analyzeText(text), { maxSentenceChars: 120 });
    const all = s.sections.flatMap((x) => x.sources.map((src) => src.start));
    expect(new Set(all).size).toBe(all.length);
    for (const section of s.sections) {
      for (const src of section.sources) {
        expect(src.text.length).toBeLessThanOrEqual(120);
        expect(src.text).not.toBe('ASSESSMENT');
      }
    }
    expectFaithful(text, s);
  });

  it('returns an empty summary for empty or content-free text', () => {
    expect(summarize(analyzeText(''))).toEqual({ text: '', sections: [] });
    expect(summarize(analyzeText(' \n\t ')).sections).toEqual([]);
  });
});
