import 'reflect-metadata';
import { toSummaryView } from '../../../schema/summary';
import type { Summary } from '../../../src/engine/summarize';

describe('summary as the API shows it', () => {
  it('passes a structured summary through with its kinds, statements and defects', () => {
    const stored: Summary = {
      text: 'Problems: Hypertension.',
      sections: [{ kind: 'problems', title: 'Problems', text: 'Hypertension.', sources: [{ start: 0, end: 13, text: 'Hypertension.' }], statements: [{ text: 'Hypertension.', sources: [{ start: 0, end: 13, text: 'Hypertension.' }], problem: 0 }] }],
      defects: [{ kind: 'CODED_CONDITION_NOT_SUMMARIZED', code: 'E11.9' }],
    };
    const view = toSummaryView(stored);
    expect(view.sections[0]).toMatchObject({ kind: 'problems', title: 'Problems', statements: [{ text: 'Hypertension.', problem: 0 }] });
    expect(view.defects).toEqual([{ kind: 'CODED_CONDITION_NOT_SUMMARIZED', code: 'E11.9' }]);
  });

  it('reads a summary stored before sections had kinds and statements: one statement per source, no defects (flat clients unchanged)', () => {
    const old = { text: 'Assessment: Gout.', sections: [{ title: 'Assessment', text: 'Gout.', sources: [{ start: 5, end: 10, text: 'Gout.' }] }] } as unknown as Summary;
    const view = toSummaryView(old);
    expect(view.text).toBe('Assessment: Gout.');
    expect(view.sections[0]).toEqual({ title: 'Assessment', text: 'Gout.', statements: [{ text: 'Gout.', sources: [{ start: 5, end: 10, text: 'Gout.' }] }] });
    expect(view.defects).toEqual([]);
  });
});
