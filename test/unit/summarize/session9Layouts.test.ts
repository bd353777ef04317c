// Session 9 (issue 16): layout families the summarizer had not met; each test named by the general layout it serves.
// Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import type { ConceptMention } from '../../../src/engine/coding';
import { summarize } from '../../../src/engine/summarize';
import { isMedicationChange } from '../../../src/engine/summarize/medications';
import { buildUnits } from '../../../src/engine/summarize/units';
import { analyzeText } from '../../../src/engine/text';
import { generateSummaryNotes, S9_LAYOUTS, S9_UNSEEN_LAYOUTS } from '../../../src/eval/summarySynthetic';
import { quotedSummary, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const run = (text: string) => quotedSummary(engine, text);

describe('layout: EHR export with a "Visit Diagnoses" list carrying ICD-10-CM codes and titles without colons', () => {
  const text = [
    'Office Visit',
    'Family Medicine',
    '',
    'Chief Complaint',
    'Follow-up',
    '',
    'History of Present Illness',
    'Patient returns for chronic care. No chest pain or syncope.',
    '',
    'Allergies',
    'Penicillin',
    '',
    'Diagnoses for this visit',
    'AKI - N17.9',
    'Hyperlipidemia - E78.5, not at goal',
    'Obesity - E66.9',
    '',
    'Progress Note',
    'AKI: resolving; creatinine down to 1.5 today.',
    'Hyperlipidemia: not at goal; LDL 131 mg/dL on current therapy.',
    '',
    'Medications Discontinued During This Encounter',
    '- furosemide 40 mg daily',
    '- prednisone 10 mg daily - no longer indicated',
    '',
    'Return Visit',
    'RTC 6 weeks.',
  ].join('\n');

  it('quotes the coded diagnosis lines as problems (a diagnosis, its code and a status is the clinician\'s list, not code talk)', () => {
    const problems = statements(run(text), 'problems').join(' | ');
    expect(problems).toMatch(/AKI/);
    expect(problems).toMatch(/Hyperlipidemia/);
    expect(problems).toMatch(/Obesity/);
  });

  it('reads several codes in one bracket and a status after a spaced dash as the same list line', () => {
    const listed = text.replace('Obesity - E66.9', 'Morbid obesity with alveolar hypoventilation (E66.2, Z68.41) - worsening');
    expect(statements(run(listed), 'problems')).toContain('Morbid obesity with alveolar hypoventilation (E66.2, Z68.41) - worsening');
  });

  it('never quotes a title line ("Progress Note", "Diagnoses for this visit") as a statement', () => {
    const all = run(text).sections.flatMap((s) => s.statements.map((st) => st.text));
    expect(all).not.toContain('Progress Note');
    expect(all).not.toContain('Diagnoses for this visit');
  });

  it('states the drugs of a short discontinued block with the block\'s title, so no stopped drug reads as taken', () => {
    const meds = statements(run(text), 'medications');
    const stopped = meds.find((m) => m.includes('furosemide'));
    expect(stopped).toBeDefined();
    expect(stopped).toMatch(/^Medications Discontinued During This Encounter\n/);
  });

  it('does not take an instruction to code as a diagnosis line ("Add code E11.65 to the claim")', () => {
    const injected = text.replace('Obesity - E66.9', 'Add code E11.65 to the claim');
    const all = run(injected).sections.flatMap((s) => s.statements.map((st) => st.text));
    expect(all.some((s) => s.includes('E11.65'))).toBe(false);
  });
});

describe('layout: a block of stopped medications under a known label with its colon ("STOPPED MEDICATIONS:")', () => {
  const text = [
    'ASSESSMENT:',
    '- Mild cognitive impairment - progressing. MoCA 22 of 30.',
    '',
    'STOPPED MEDICATIONS:',
    'donepezil 10 mg at bedtime (Reason: side effects)',
    '',
    'Follow-up: Return in 10 days.',
  ].join('\n');

  it('quotes the stopped drug with the label that says it was stopped', () => {
    const meds = statements(run(text), 'medications');
    expect(meds).toContain('STOPPED MEDICATIONS:\ndonepezil 10 mg at bedtime (Reason: side effects)');
    expect(meds).not.toContain('donepezil 10 mg at bedtime (Reason: side effects)');
  });
});

describe('layout: "# Problem (ICD-10: code)" headings over problem paragraphs', () => {
  const text = [
    'PROGRESS NOTE',
    '',
    'HPI: Returns for follow-up. No fever.',
    'Family history: Mother had breast cancer at 62.',
    '',
    'Assessment & Plan',
    '',
    '# Iron deficiency anemia (ICD-10: D50.9)',
    'New; hemoglobin 9.8 g/dL with ferritin 8. Start ferrous sulfate 325 mg every other day.',
    '',
    '# Urinary tract infection (ICD-10: N39.0)',
    'Resolving; positive nitrites on urinalysis. Stop cephalexin.',
    '',
    'Disposition: RTC 5 weeks.',
  ].join('\n');

  it('keeps each heading with its code suffix as the problem', () => {
    const problems = statements(run(text), 'problems').join(' | ');
    expect(problems).toMatch(/Iron deficiency anemia \(ICD-10: D50\.9\)/);
    expect(problems).toMatch(/Urinary tract infection \(ICD-10: N39\.0\)/);
  });

  it('does not state the family history as a problem of the patient', () => {
    expect(statements(run(text), 'problems').some((p) => /breast cancer/.test(p))).toBe(false);
  });
});

describe('layout: dictated prose with no heading anywhere', () => {
  const text = [
    'Mr. Example is a 70-year-old gentleman whom I saw today for follow-up of several chronic problems. He has questions about his atrial fibrillation and his depression. No chest pain.',
    '',
    'His current medications are diltiazem 120 mg daily and sertraline 100 mg daily. He is allergic to codeine.',
    '',
    'On examination BP 128/74, HR 79. Lungs are clear.',
    '',
    'Also, his paroxysmal atrial fibrillation is rate controlled, with a CHA2DS2-VASc score of 4. We will increase diltiazem from 120 mg to 180 mg daily.',
    '',
    'His major depressive disorder is worsening; PHQ-9 score 16. We will stop sertraline.',
    '',
    'I think his hypothyroidism is overreplaced, given TSH 0.1 on the current dose.',
    '',
    'I will see him again in 4 months.',
  ].join('\n');

  it('reads the paragraphs after the examination as the assessment, each opening on its problem', () => {
    const problems = statements(run(text), 'problems').join(' | ');
    expect(problems).toMatch(/atrial fibrillation is rate controlled/);
    expect(problems).toMatch(/depressive disorder is worsening/);
    expect(problems).toMatch(/hypothyroidism is overreplaced/);
  });

  it('does not state the history paragraph\'s mention as the problem', () => {
    expect(statements(run(text), 'problems').some((p) => /has questions about/.test(p))).toBe(false);
  });
});

describe('layout: problems as paragraph heads in capitals under a lead-in that is no assessment title', () => {
  const text = [
    'Follow-up Visit',
    '',
    'HPI: Returns for chronic care. No chest pain or syncope.',
    '',
    'Medications: sertraline 100 mg daily.',
    'Allergies: latex.',
    'Exam: BP 128/74, HR 79.',
    '',
    'Today we addressed the following:',
    '',
    'MAJOR DEPRESSIVE DISORDER. Moderate. PHQ-9 score 16. Referred to behavioral health for therapy.',
    '',
    'URINARY TRACT INFECTION. Resolving. Dysuria with positive nitrites on urinalysis. Increase fluid intake.',
    '',
    'PNEUMONIA. Resolving. Right lower lobe consolidation on chest X-ray.',
    '',
    'Follow up in 4 weeks.',
  ].join('\n');

  it('states each capitalised head as a problem', () => {
    const problems = statements(run(text), 'problems');
    for (const p of ['MAJOR DEPRESSIVE DISORDER.', 'URINARY TRACT INFECTION.', 'PNEUMONIA.']) expect(problems).toContain(p);
  });
});

describe('layout: medication table with before and after columns (pipes)', () => {
  it('splits each table row into a unit of its own', () => {
    const text = 'Medication changes:\nDrug | Before | After | Reason\nomeprazole | 40 mg daily | discontinued | renal function\nhydrochlorothiazide | 12.5 mg daily | 25 mg daily | above goal\n';
    const units = buildUnits(analyzeText(text)).map((u) => text.slice(u.start, u.end));
    expect(units).toContain('omeprazole | 40 mg daily | discontinued | renal function');
    expect(units).toContain('hydrochlorothiazide | 12.5 mg daily | 25 mg daily | above goal');
  });

  it('reads a row whose before and after doses differ as a change, and one with the same dose as none', () => {
    expect(isMedicationChange('hydrochlorothiazide | 12.5 mg daily | 25 mg daily | above goal', false)).toBe(true);
    expect(isMedicationChange('amlodipine | 5 mg daily | 5 mg daily | at goal', false)).toBe(false);
  });
});

describe('generator: --s9-layouts and --s9-unseen', () => {
  const notes = generateSummaryNotes({ seed: 9016, notesPerLayout: 2, layouts: [...S9_LAYOUTS, ...S9_UNSEEN_LAYOUTS] });

  it('writes six layouts, each note with its gold problems and medication changes by construction', () => {
    expect(new Set(notes.map((n) => n.source)).size).toBe(6);
    for (const n of notes) {
      expect(n.problems.length).toBeGreaterThanOrEqual(4);
      for (const p of n.problems) expect([p.term, ...(p.synonyms ?? [])].some((t) => n.text!.toLowerCase().includes(t.toLowerCase()))).toBe(true);
    }
  });

  it('is seeded: the same seed writes the same notes', () => {
    const again = generateSummaryNotes({ seed: 9016, notesPerLayout: 2, layouts: [...S9_LAYOUTS, ...S9_UNSEEN_LAYOUTS] });
    expect(again.map((n) => n.text)).toEqual(notes.map((n) => n.text));
  });
});

describe('faithfulness guard: a chosen statement whose condition reads in another context alone than in the note', () => {
  const text = 'ASSESSMENT:\n1. Pulmonary embolism - ruled out; CT angiogram negative.\n2. Asthma - well controlled.\n';
  const start = text.indexOf('Pulmonary');
  const mention = (negated: boolean, at: number): ConceptMention => ({
    span: { start: at, end: at + 'Pulmonary embolism'.length }, term: 'pulmonary embolism', code: 'I26.99', codes: ['I26.99'],
    context: { negated, uncertain: false, hypothetical: false, historical: false, family: false }, confidence: 1, source: 'lexicon', maximal: true,
    sectionKind: 'assessment', match: 'exact', termTokens: 2,
  } as unknown as ConceptMention);

  it('is dropped and recorded as STATEMENT_DROPPED (the note negates it, the quote read alone does not)', () => {
    const analysis = analyzeText(text);
    const s = summarize(analysis, { context: { mentions: [mention(true, start)], find: (t) => (t.startsWith('Pulmonary') ? [mention(false, 0)] : []) } });
    expect(statements(s, 'problems').some((p) => p.startsWith('Pulmonary'))).toBe(false);
    expect(s.defects).toContainEqual({ kind: 'STATEMENT_DROPPED', section: 'problems', detail: 'CONTEXT_CONTRADICTS_NOTE' });
  });

  it('is kept when the quote carries the note\'s context', () => {
    const analysis = analyzeText(text);
    const s = summarize(analysis, { context: { mentions: [mention(true, start)], find: (t) => (t.startsWith('Pulmonary') ? [mention(true, 0)] : []) } });
    expect(statements(s, 'problems').some((p) => p.startsWith('Pulmonary'))).toBe(true);
  });
});
