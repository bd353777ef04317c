// Session 8b (issue 16): a summary statement never reads a condition with another context than the note does. The
// indication of a past curative procedure ("status post <procedure> for X", "seen N days after <procedure> for
// recurrent X") is history wherever the note writes it (I.C.21.c.4), so the sentence quoted alone and the same sentence
// inside the note agree, and the coder does not report X as current. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { analyzeText } from '../../../src/engine/text';
import { statementContradictions, type MentionFinder } from '../../../src/engine/summarize/faithfulness';
import { expectQuoted } from '../../helpers/summaryAssertions';
import { scoreNote, wordCount, type SummaryGoldRecord } from '../../../src/eval/summary';
import type { Summary, SummarySection } from '../../../src/engine/summarize';

const engine = new ClinicalEngine();
const find: MentionFinder = (text, analysis) => engine.coder.mentionsOf(text, analysis);

const postOpNote = [
  'GENERAL SURGERY POSTOPERATIVE VISIT',
  '',
  'Mr. Tallow, 49, is seen 10 days after laparoscopic cholecystectomy for recurrent acute cholecystitis. He eats without pain.',
  'Medications: lisinopril 10 mg daily.',
  'Allergies: none known.',
  'Exam: incisions clean and dry.',
  '',
  'Assessment / Plan',
  '1. Status post laparoscopic cholecystectomy for acute cholecystitis, recovering as expected. Stop oxycodone.',
  '2. Hypertension, controlled. Continue lisinopril.',
  '',
  'Follow up in 4 weeks.',
].join('\n');

const mentionsNamed = (text: string, words: RegExp) => {
  const analysis = analyzeText(text);
  return find(text, analysis).filter((m) => words.test(text.slice(m.span.start, m.span.end)));
};

describe('rule: the indication of a past curative procedure is history (I.C.21.c.4), wherever the note names it', () => {
  it('"seen N days after <procedure> for recurrent X": the recurrence is why it was operated, so X is not current', () => {
    const text = postOpNote;
    const hpi = mentionsNamed(text, /cholecystitis/i).filter((m) => m.span.start < text.indexOf('Assessment'));
    expect(hpi.length).toBeGreaterThan(0);
    for (const m of hpi) expect(m.context.historical).toBe(true);
  });

  it('"Status post <procedure> for X" inside a numbered assessment item reads X as history, as the sentence alone does', () => {
    const text = postOpNote;
    const inPlan = mentionsNamed(text, /cholecystitis/i).filter((m) => m.span.start > text.indexOf('Assessment'));
    expect(inPlan.length).toBeGreaterThan(0);
    for (const m of inPlan) expect(m.context.historical).toBe(true);
    const alone = 'Status post laparoscopic cholecystectomy for acute cholecystitis, recovering as expected.';
    for (const m of mentionsNamed(alone, /cholecystitis/i)) expect(m.context.historical).toBe(true);
  });

  it('the coder does not report the operated condition as current; the assessed chronic condition stays', () => {
    const codes = engine.process(postOpNote).codes.map((c) => c.code);
    expect(codes.some((c) => c.startsWith('K81') || c.startsWith('K80'))).toBe(false);
    expect(codes).toContain('I10');
  });

  it('no summary statement contradicts the note (statement context = note context in its sources), all quoted exactly', () => {
    const result = engine.process(postOpNote);
    const text = result.redactedText;
    expectQuoted(text, result.summary);
    const noteMentions = find(text, analyzeText(text));
    const all = result.summary.sections.flatMap((s) => s.statements);
    expect(all.some((st) => /Status post laparoscopic cholecystectomy/.test(st.text))).toBe(true);
    for (const st of all) expect(statementContradictions(st.text, st.sources, noteMentions, find)).toEqual([]);
  });

  it('control: recurrence stated outside the procedure\'s object (the condition outlived it) keeps it current', () => {
    const text = 'CT today shows diverticulitis again, recurrent 2 years after sigmoid colectomy for diverticulitis.';
    const ms = mentionsNamed(text, /diverticulitis/i);
    expect(ms.length).toBeGreaterThan(0);
    expect(ms.some((m) => !m.context.historical)).toBe(true);
    expect(engine.process(text).codes.map((c) => c.code.slice(0, 3))).toContain('K57');
  });
});

describe('measurement (issue 16 item 4): the summary eval counts coverage, medication changes, truncations, contradictions and length', () => {
  const note = [
    'ASSESSMENT:',
    '1. Community-acquired pneumonia, improving. Continue azithromycin.',
    '2. No evidence of pulmonary embolism.',
    'PLAN: Stop lisinopril; follow up in 2 weeks with repeat chest x-ray.',
  ].join('\n');
  const span = (quote: string, upTo = quote) => {
    const start = note.indexOf(upTo);
    return { start, end: start + quote.length, text: note.slice(start, start + quote.length) };
  };
  const section = (kind: SummarySection['kind'], statements: { text: string; source: ReturnType<typeof span> }[]): SummarySection => ({
    kind,
    title: kind,
    text: statements.map((s) => s.text).join(' '),
    sources: statements.map((s) => s.source),
    statements: statements.map((s) => ({ text: s.text, sources: [s.source] })),
  });
  // A summary as a careless model might write it: one faithful problem, one negated finding stated as present, one
  // plan clause cut at its semicolon.
  const summary: Summary = {
    text: '',
    sections: [
      section('problems', [
        { text: 'Community-acquired pneumonia, improving.', source: span('Community-acquired pneumonia, improving.') },
        { text: 'Pulmonary embolism.', source: span('No evidence of pulmonary embolism.') },
      ]),
      section('medications', [{ text: 'PLAN: Stop lisinopril;', source: span('PLAN: Stop lisinopril;') }]),
    ],
  };
  const gold: SummaryGoldRecord = {
    id: 'invented-measure-1',
    source: 'synthetic',
    text: note,
    problems: [{ term: 'pneumonia' }, { term: 'hypertension' }],
    medChanges: [{ drug: 'lisinopril', change: 'stop' }],
    followUp: ['2 weeks'],
  };

  it('scores one note: a missed gold problem, a covered change, the truncated clause, the contradiction, the coded condition left out', () => {
    const r = scoreNote(gold, note, note, summary, find, ['J18', 'I10']);
    expect([r.problems, r.problemsCovered, r.missedProblems]).toEqual([2, 1, ['hypertension']]);
    expect([r.medChanges, r.medChangesCovered]).toEqual([1, 1]);
    expect([r.followUps, r.followUpsCovered]).toEqual([1, 0]);
    expect(r.truncated).toBe(1);
    expect(r.contradictions).toBe(1);
    expect(r.codedMissing).toBe(1);
    expect(r.lengthRatio).toBeCloseTo((wordCount('Community-acquired pneumonia, improving.') + wordCount('Pulmonary embolism.') + wordCount('PLAN: Stop lisinopril;')) / wordCount(note), 6);
  });
});

describe('layout: an allergies section written one substance per line (dictated notes: "ALLERGIES", a blank line, one drug a line)', () => {
  const text = [
    'CHIEF COMPLAINT',
    '',
    'Low back pain.',
    '',
    'CURRENT MEDICATIONS',
    '',
    'Ibuprofen as needed.',
    '',
    'ALLERGIES',
    '',
    'Codeine.',
    'Sulfa drugs.',
    'Latex.',
    '',
    'VITALS',
    '',
    'Blood pressure: 122/78.',
    '',
    'ASSESSMENT AND PLAN',
    '',
    '1. Lumbar strain. Start physical therapy twice weekly. Continue ibuprofen as needed.',
    '2. Elevated blood pressure reading without hypertension. Recheck at next visit.',
    '',
    'Follow up in 6 weeks.',
  ].join('\n');

  it('states every line of the list, not only the first (the first alone reads as the only allergy)', () => {
    const result = engine.process(text);
    expectQuoted(result.redactedText, result.summary);
    const allergies = result.summary.sections.find((s) => s.kind === 'allergies')?.statements.map((s) => s.text) ?? [];
    expect(allergies).toEqual(['Codeine.', 'Sulfa drugs.', 'Latex.']);
  });

  it('control: a long allergy paragraph is not taken line by line (only a short one-per-line list is)', () => {
    const long = text.replace('Codeine.\nSulfa drugs.\nLatex.', 'Codeine causes severe nausea and vomiting with any dose.\nSulfa drugs.');
    const allergies = engine.process(long).summary.sections.find((s) => s.kind === 'allergies')?.statements.map((s) => s.text) ?? [];
    expect(allergies).not.toContain('Sulfa drugs.');
  });
});
