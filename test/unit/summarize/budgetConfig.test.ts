import { loadConfig } from '../../../src/config';

describe('summary length budget configuration (README config table)', () => {
  it('defaults to a quarter of the note, short notes budgeted as 120 words', () => {
    expect(loadConfig({}, '/tmp').summary).toEqual({ maxRatio: 0.25, shortNoteWords: 120 });
  });

  it('reads SUMMARY_MAX_RATIO and SUMMARY_SHORT_NOTE_WORDS and fails fast on a value out of range', () => {
    expect(loadConfig({ SUMMARY_MAX_RATIO: '0.3', SUMMARY_SHORT_NOTE_WORDS: '200' }, '/tmp').summary).toEqual({ maxRatio: 0.3, shortNoteWords: 200 });
    expect(() => loadConfig({ SUMMARY_MAX_RATIO: '0' }, '/tmp')).toThrow(/SUMMARY_MAX_RATIO/);
    expect(() => loadConfig({ SUMMARY_MAX_RATIO: '1.5' }, '/tmp')).toThrow(/SUMMARY_MAX_RATIO/);
    expect(() => loadConfig({ SUMMARY_SHORT_NOTE_WORDS: 'many' }, '/tmp')).toThrow(/SUMMARY_SHORT_NOTE_WORDS/);
  });
});
