// Session 8d (issue 16): notes typed in a markdown editor; each test named by the note layout it serves.
// Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { buildUnits, labelKind } from '../../../src/engine/summarize/units';
import { analyzeText } from '../../../src/engine/text';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const summarise = (text: string) => engine.process(text).summary;
/** Offsets are into the text the engine analysed (names redacted), so quotes are checked against it. */
const quotedIn = (text: string) => engine.process(text).redactedText;

describe('layout: problem headings in markdown bold ("**#N Problem - status.**") under a bold "**Problem-based A&P**" header', () => {
  const text = [
    'Hospital Medicine Progress Note',
    'Subjective: Feels better. Eating well. No chest pain.',
    'Objective: BP 126/70, HR 78. Lungs clear.',
    'Family history: brother with colon cancer.',
    '',
    '**Problem-based A&P**',
    '',
    '**#1 Community-acquired pneumonia - improving.**',
    'Afebrile for two days. Switch IV ceftriaxone to oral cefuroxime 500 mg twice daily.',
    '',
    '**#2 Hyponatremia - resolving.**',
    'Sodium 133 from 127. Fluid restriction continues.',
    '',
    '**#3 Type 2 diabetes mellitus.**',
    'Glucose 140s. Stop sliding scale insulin; resume metformin 1000 mg twice daily.',
    '',
    '**Disposition:** home tomorrow. Primary care follow-up within 7 days.',
  ].join('\n');

  it('states every bold heading as a problem, quoted without its asterisks', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const problems = statements(s, 'problems');
    for (const p of ['Community-acquired pneumonia - improving.', 'Hyponatremia - resolving.', 'Type 2 diabetes mellitus.']) expect(problems).toContain(p);
    expect(problems.some((p) => p.includes('*'))).toBe(false);
  });

  it('reads the A&P under the bold header as an assessment, not as the family history above it', () => {
    const s = summarise(text);
    expect(statements(s, 'problems').some((p) => /colon cancer/i.test(p))).toBe(false);
    expect(statements(s, 'medications').some((m) => /cefuroxime|metformin/i.test(m))).toBe(true);
  });

  it('keeps the "#N" number in the marker, so the unit starts at the problem name', () => {
    const analysis = analyzeText(text);
    const heads = buildUnits(analysis).filter((u) => u.marker === 'hash').map((u) => analysis.text.slice(u.start, u.end));
    expect(heads).toEqual(['Community-acquired pneumonia - improving.', 'Hyponatremia - resolving.', 'Type 2 diabetes mellitus.']);
  });
});

describe('analyser header vocabulary: "Problem-based A&P" on a line of its own ends the family history above it', () => {
  it('files the problems under it as the patient\'s, so the coder codes them and the summary contradicts nothing', () => {
    const text = [
      'Family history: mother with type 2 diabetes.',
      '',
      'Problem-based A&P',
      '1. Community-acquired pneumonia - improving. Continue cefuroxime.',
      '2. Essential hypertension - controlled. Continue amlodipine.',
    ].join('\n');
    const analysis = analyzeText(text);
    expect(analysis.sections.map((sec) => sec.kind)).toContain('assessment_plan');
    const codes = engine.process(text).codes.map((c) => c.code);
    expect(codes).toContain('I10');
    expect(codes.some((c) => c.startsWith('J18'))).toBe(true);
  });
});

describe('layout: a nursing consult ("Assessment findings:" then "Impressions and recommendations:") after a family history', () => {
  const text = [
    'WOUND CARE NURSING CONSULT',
    'Family history: not contributory (brother with psoriasis).',
    '',
    'Assessment findings:',
    'Left heel: full-thickness wound 2.0 x 1.5 cm, 70% granulation, scant serous drainage. No tunneling.',
    '',
    'Impressions and recommendations:',
    '1. Stage 3 pressure injury of the left heel. Stop hydrocolloid dressing; start calcium alginate daily.',
    '2. Type 2 diabetes with hyperglycemia impairing healing. Dietitian consult.',
  ].join('\n');

  it('ends the family history at the consult\'s own headers, so its problems are the patient\'s', () => {
    const kinds = analyzeText(text).sections.map((sec) => sec.kind);
    expect(kinds).toEqual(expect.arrayContaining(['family_history', 'exam', 'assessment_plan']));
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    expect(statements(s, 'problems').some((p) => /^Stage 3 pressure injury/.test(p))).toBe(true);
    expect(statements(s, 'problems').some((p) => /psoriasis/.test(p))).toBe(false);
  });
});

describe('header grammar: an organisation prefix before a known header ("Problem-based A&P", "Problem-oriented assessment")', () => {
  it('gives the header its kind', () => {
    expect(labelKind('Problem-based A&P')).toBe('assessment_plan');
    expect(labelKind('Problem-oriented assessment and plan')).toBe(labelKind('Assessment and plan'));
    expect(labelKind('Problem-based')).toBeUndefined();
  });
});

describe('provenance: a decorated banner line is still not quoted', () => {
  it('drops a "*** ... ***" banner but quotes a bold heading', () => {
    const text = [
      'Assessment and Plan:',
      '*** Electronically generated document ***',
      '**Essential hypertension - controlled.**',
      'Continue lisinopril 10 mg daily.',
    ].join('\n');
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const all = s.sections.flatMap((sec) => sec.statements.map((st) => st.text));
    expect(all.some((t) => /Electronically generated/.test(t))).toBe(false);
    expect(statements(s, 'problems')).toContain('Essential hypertension - controlled.');
  });
});
