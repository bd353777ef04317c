// Section detection across note styles (synthetic fixtures).
import { analyzeText, sectionAt } from '../../../src/engine/text';
import type { SectionKind } from '../../../src/engine/types';

function kinds(text: string): SectionKind[] {
  return analyzeText(text).sections.map((s) => s.kind);
}

describe('sections', () => {
  it('detects upper-case headers on their own line (ACI-Bench style)', () => {
    const text = [
      'CHIEF COMPLAINT', '', 'Chest pain.', '', 'HISTORY OF PRESENT ILLNESS', '', 'Mr. Doe is 60.', '',
      'REVIEW OF SYSTEMS', '', 'Denies fever.', '', 'PHYSICAL EXAMINATION', '', 'Lungs clear.', '', 'RESULTS', '',
      'EKG normal.', '', 'VITALS', 'BP 120/80', '', 'ASSESSMENT AND PLAN', '', 'Chest pain, likely GERD.',
    ].join('\n');
    expect(kinds(text)).toEqual(['chief_complaint', 'hpi', 'ros', 'exam', 'results', 'vitals', 'assessment_plan']);
  });

  it('detects colon headers with inline bodies and abbreviations', () => {
    const text = 'HPI: 55M with SOB.\nPMH: CAD, S/P MI\nPSH: appendectomy\nMeds: ASA\nAllergies: NKDA\n' +
      'FH: mother with breast ca\nSH: no tobacco\nROS: negative\nA/P: HTN; DM2\nIMPRESSION: CHF';
    const a = analyzeText(text);
    expect(a.sections.map((s) => s.kind)).toEqual([
      'hpi', 'pmh', 'psh', 'medications', 'allergies', 'family_history', 'social_history', 'ros', 'assessment_plan',
      'impression',
    ]);
    const pmh = a.sections[1];
    expect(pmh.title).toBe('PMH:');
    expect(text.slice(pmh.bodyStart, pmh.end).trim()).toBe('CAD, S/P MI');
  });

  it('detects title-case and discharge-summary headers', () => {
    const text = 'Past Medical History:\nHTN\nFamily History:\nDM in father\nSocial History:\nQuit 2010\n' +
      'Hospital Course\nTreated with abx.\nDischarge Diagnoses\n1. Pneumonia\nAssessment and Plan\nHome.';
    expect(kinds(text)).toEqual(['pmh', 'family_history', 'social_history', 'hospital_course', 'diagnoses',
      'assessment_plan']);
  });

  it('detects nursing SOAP headers but not a stray "A:" in prose', () => {
    expect(kinds('S: c/o pain\nO: T 37.2\nA: pain\nP: morphine')).toEqual(['hpi', 'exam', 'assessment', 'plan']);
    expect(kinds('ratio was A: 3 and the patient says a: fine')).toEqual(['other']);
    expect(kinds('O: 58 YO F; PMH: CAD; IN NO DISTRESS; A: STABLE; P: MONITOR.')).toEqual([
      'exam', 'pmh', 'assessment', 'plan',
    ]);
  });

  it('detects a mid-line header after a sentence end (nursing notes)', () => {
    expect(kinds('Afebrile overnight. PMH: CAD; HTN. Social History: lives alone.')).toEqual([
      'other', 'pmh', 'social_history',
    ]);
  });

  it('does not take ordinary prose for a header', () => {
    expect(kinds('The patient has a history of present illness worth noting.\nHe has a plan.')).toEqual(['other']);
    expect(kinds('History of MI in 2010.')).toEqual(['other']);
  });

  it('tiles the whole text and supports lookups', () => {
    const text = 'Intro line.\nPMH: HTN\nFH: DM';
    const a = analyzeText(text);
    expect(a.sections[0]).toMatchObject({ start: 0, kind: 'other', title: '' });
    for (let k = 1; k < a.sections.length; k++) expect(a.sections[k].start).toBe(a.sections[k - 1].end);
    expect(a.sections[a.sections.length - 1].end).toBe(text.length);
    expect(sectionAt(a, text.indexOf('HTN')).kind).toBe('pmh');
    expect(sectionAt(a, text.indexOf('DM')).kind).toBe('family_history');
  });

  it('handles empty text', () => {
    const a = analyzeText('');
    expect(a.sections).toEqual([{ start: 0, end: 0, kind: 'other', title: '', bodyStart: 0 }]);
    expect(a.sentences).toEqual([]);
    expect(sectionAt(a, 0).kind).toBe('other');
  });
});
