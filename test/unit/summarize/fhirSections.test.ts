import { summarySections } from '../../../src/fhir/bundle';
import { summarize } from '../../../src/engine/summarize';
import { analyzeText } from '../../../src/engine/text';

describe('FHIR Composition sections from the structured summary', () => {
  it('carries the same sections as the API, each with its LOINC (C-CDA) section code and its quoted sources', () => {
    const text = 'ALLERGIES: Penicillin.\nASSESSMENT:\n1. Gout, flaring.\nPLAN: Start colchicine 0.6 mg twice daily. Follow up in 2 weeks.\n';
    const summary = summarize(analyzeText(text));
    // FHIR JSON is untyped here; read it as plain records.
    const sections = summarySections(summary) as Array<{ title: string; code: { coding: Array<Record<string, string>> } }>;
    expect(sections.map((s) => s.title)).toEqual(summary.sections.map((s) => s.title));
    const problems = sections.find((s) => s.title === 'Problems')!;
    expect(problems.code.coding[0]).toEqual({ system: 'http://loinc.org', code: '11450-4', display: 'Problem list - Reported' });
    expect(sections.find((s) => s.title === 'Allergies')!.code.coding[0].code).toBe('48765-2');
  });
});
