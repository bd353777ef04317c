// Session 6 (issue 16): the note layouts of the synthetic summary generator (src/eval/summarySynthetic) that the
// summarizer read wrongly, each test named by the layout it serves. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import type { Summary } from '../../../src/engine/summarize';
import { isTruncatedSpan } from '../../../src/engine/summarize/faithfulness';
import { isMedicationChange } from '../../../src/engine/summarize/medications';
import { generateSummaryNotes, LAYOUTS } from '../../../src/eval/summarySynthetic';
import { normalizedWords } from '../../../src/eval/summary';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();

describe('layout "# Problem" blocks: the bullets under a heading are its discussion', () => {
  it('each "#" heading is one problem; its status and plan bullets are not problems of their own', () => {
    const text = [
      'Progress Note',
      '',
      'Subjective: Feels better today, breathing easier, ate breakfast. No chest pain.',
      '',
      'Assessment and Plan:',
      '# Cellulitis of the left lower leg',
      '- Improving; spreading erythema and warmth below the left knee.',
      '- Elevate the leg and mark the border of redness.',
      '',
      '# COPD',
      '- Stable; FEV1 48% of predicted.',
      '- Stop tiotropium given side effects.',
      '',
      '# Atrial fibrillation',
      '- With rapid ventricular response; heart rate 118.',
      '- Start diltiazem 120 mg daily.',
      '',
      'Follow up with me in 10 days.',
    ].join('\n');
    const r = engine.process(text);
    const problems = statements(r.summary, 'problems');
    expect(problems.slice(0, 3)).toEqual(['Cellulitis of the left lower leg', 'COPD', 'Atrial fibrillation']);
    expect(problems).not.toContain('Elevate the leg and mark the border of redness.');
    const all = r.summary.sections.flatMap((s) => s.statements.map((st) => st.text)).join(' ');
    expect(all).toContain('Stop tiotropium');
    expect(all).toContain('diltiazem');
    expectQuoted(r.redactedText, r.summary);
  });

  it('a later sentence on a "#" line is the item\'s discussion, not a problem by the line\'s marker', () => {
    const text = [
      'Assessment/Plan:',
      '# Acute kidney injury, prerenal - IV fluids at 100 mL per hour. Low suspicion for obstruction at this time.',
      '# Hypokalemia - potassium chloride 40 mEq by mouth now.',
    ].join('\n');
    const problems = statements(engine.process(text).summary, 'problems');
    expect(problems).not.toContain('Low suspicion for obstruction at this time.');
    expect(problems.join(' ')).toContain('Hypokalemia');
  });
});

describe('layout "#" headings grouping problems by system', () => {
  it('a bullet labelled with a problem under a "# Cardiovascular" heading is a problem, not the heading\'s discussion', () => {
    const text = [
      'Assessment and Plan:',
      '# Cardiovascular',
      '- Atrial fibrillation: rate controlled, continue apixaban.',
      '- Heart failure with reduced ejection fraction: compensated, continue carvedilol.',
      '# Musculoskeletal',
      '- Low bone density: new diagnosis, start alendronate 70 mg weekly.',
      '',
      'Follow up in 4 weeks.',
    ].join('\n');
    const r = engine.process(text);
    const problems = r.summary.sections.find((x) => x.kind === 'problems')?.statements ?? [];
    const heads = problems.map((st) => st.text);
    expect(heads).toContain('Low bone density: new diagnosis, start alendronate 70 mg weekly.');
    expect(heads.some((h) => h.startsWith('Atrial fibrillation'))).toBe(true);
    expect(new Set(problems.map((st) => st.problem)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('layout "Problem N:" blocks', () => {
  it('"Problem 3: <problem>" starts its line once the marker is peeled, so a problem the coder does not code still heads', () => {
    const text = [
      'Assessment and Plan:',
      'Problem 1: Obstructive sleep apnea',
      '- Untreated; STOP-BANG score of 6.',
      '- Home sleep study ordered.',
      '',
      'Problem 2: Upper gastrointestinal bleed',
      '- Resolved; hemoglobin stable at 9.2 for 48 hours.',
      '- Hold pantoprazole until labs are rechecked.',
    ].join('\n');
    const problems = statements(engine.process(text).summary, 'problems');
    expect(problems).toContain('Obstructive sleep apnea');
    expect(problems).toContain('Upper gastrointestinal bleed');
  });
});

describe('layout numbered A/P: an indented line under a numbered item is its discussion', () => {
  it('"   Eight headache days a month." under "3. Migraine without aura, improving." is not a problem', () => {
    const text = [
      'ASSESSMENT AND PLAN:',
      '1. Essential hypertension, above goal.',
      '   Home readings average 152/94. Increase lisinopril from 10 mg to 20 mg daily.',
      '2. Migraine without aura, improving.',
      '   Eight headache days a month. Increase topiramate from 25 mg to 50 mg at bedtime.',
      '',
      'Return to clinic in 6 weeks.',
    ].join('\n');
    const r = engine.process(text);
    const problems = statements(r.summary, 'problems');
    expect(problems).not.toContain('Eight headache days a month.');
    expect(problems.join(' ')).toContain('Essential hypertension');
    expect(problems.join(' ')).toContain('Migraine without aura');
    expectQuoted(r.redactedText, r.summary);
  });

  it('"• Medical Reasoning:" bullets under a heading line of its own are that problem\'s discussion', () => {
    const text = [
      'ASSESSMENT AND PLAN',
      '',
      'Congestive heart failure.',
      '• Medical Reasoning: She has been compliant with her medication and dietary modifications.',
      '• Medical Treatment: We will increase her lisinopril to 40 mg daily.',
      '',
      'Depression.',
      '• Medical Reasoning: She is doing well with weekly therapy.',
    ].join('\n');
    const problems = engine.process(text).summary.sections.find((x) => x.kind === 'problems')?.statements ?? [];
    // Two problems: a bullet may be kept as a problem's status or plan, never as a problem of its own.
    expect(new Set(problems.map((st) => st.problem)).size).toBe(2);
    expect(problems.filter((st) => !st.text.startsWith('Medical')).map((st) => st.text)).toEqual(['Congestive heart failure.', 'Depression.']);
  });
});

describe('layout bulleted problem list under a heading line', () => {
  it('bullets that are problems themselves are not swallowed by the heading line above them', () => {
    const text = [
      'Assessment:',
      'Chronic issues reviewed today',
      '- Low bone density: new diagnosis, start alendronate 70 mg weekly.',
      '- Upper GI bleed: no further bleeding.',
      '- Hypothyroidism: stable.',
    ].join('\n');
    const problems = statements(engine.process(text).summary, 'problems').join(' ');
    for (const p of ['Low bone density', 'Upper GI bleed', 'Hypothyroidism']) expect(problems).toContain(p);
  });
});

describe('layout hospital course by system: each system line assesses that system\'s problem', () => {
  it('"Cardiovascular: Atrial fibrillation, ..." heads a problem; "Neuro: intact." states none', () => {
    const text = [
      'DISCHARGE SUMMARY',
      '',
      'HOSPITAL COURSE BY SYSTEM:',
      'Neuro: intact.',
      'Endo: Underactive thyroid, undertreated; TSH 9.4 mIU/L. Levothyroxine was increased to 75 mcg daily.',
      'Cardiovascular: Atrial fibrillation, rate controlled; CHA2DS2-VASc score of 4. Apixaban 5 mg twice daily was started.',
      'Renal/Electrolytes: Hypokalemia, mild; potassium 3.1 mmol/L. Repeat potassium in 3 days.',
      'Endocrine: Obesity, worsening; BMI 37.2. Nutrition referral placed. Underactive thyroid, overreplaced; TSH 0.1 on current dose.',
      '',
      'FOLLOW-UP: Primary care in 1 week.',
    ].join('\n');
    const r = engine.process(text);
    const problems = statements(r.summary, 'problems').join(' ');
    for (const p of ['Underactive thyroid', 'Atrial fibrillation', 'Hypokalemia']) expect(problems).toContain(p);
    expect(problems).not.toContain('Neuro: intact.');
    // A second problem of the same system line, uncoded, opens on its name and status.
    expect(problems).toContain('Underactive thyroid, overreplaced');
    expect(r.summary.defects?.some((d) => d.kind === 'NO_ASSESSMENT_FOUND') ?? false).toBe(false);
    expectQuoted(r.redactedText, r.summary);
  });
});

describe('layout consult letter with recommendations', () => {
  const letter = (history: string) => [
    'Dear Dr. Abernathy,',
    '',
    `Thank you for referring Mr. Quillan, whom I saw in consultation today. ${history}`,
    '',
    'My impression is as follows:',
    '1. Chronic kidney disease stage 3b, stable.',
    '2. Generalized anxiety disorder, uncontrolled.',
    '3. Gout, acute flare.',
    '',
    'Recommendations:',
    '1. I would recommend starting duloxetine 30 mg daily.',
    '2. Recommend starting colchicine 0.6 mg daily.',
    '',
    'I will see him back in 6 weeks.',
    '',
    'Thank you for allowing me to participate in his care.',
    '',
    'Sincerely,',
    'Dr. Okafor',
  ].join('\n');

  it('"My impression is as follows:" opens the impression: its numbered items are the problems', () => {
    const r = engine.process(letter('He has no new complaints.'));
    const problems = statements(r.summary, 'problems').join(' ');
    for (const p of ['Chronic kidney disease stage 3b', 'Generalized anxiety disorder', 'Gout']) expect(problems).toContain(p);
    expect(problems).not.toContain('Thank you');
    expectQuoted(r.redactedText, r.summary);
  });

  it('the lead-in line overrides a review of systems run into the history paragraph', () => {
    const r = engine.process(letter('Review of systems: no fevers or chills, no weight change, no dysuria.'));
    const problems = statements(r.summary, 'problems').join(' ');
    for (const p of ['Chronic kidney disease stage 3b', 'Generalized anxiety disorder', 'Gout']) expect(problems).toContain(p);
  });
});

describe('layout consult letter: a prose impression and its recommendations', () => {
  const text = [
    'Dear Dr. Pellinore,',
    '',
    'Thank you for asking me to see this 64-year-old woman about abnormal liver tests.',
    '',
    'My impression is that she has metabolic dysfunction-associated steatotic liver disease with moderate fibrosis. Her raised ferritin is most likely inflammatory from the fatty liver. Her low platelet count is probably related to the liver disease.',
    '',
    'Recommendations:',
    'Weight loss of 7 to 10 percent through diet and exercise is advised, and I have referred her to our nutrition program.',
    'Repeat elastography in 12 months.',
    '',
    'I will see her again in 3 months.',
  ].join('\n');

  it('each judgment on a finding in the impression paragraph is a problem of its own', () => {
    const r = engine.process(text);
    const problems = r.summary.sections.find((x) => x.kind === 'problems')?.statements ?? [];
    expect(problems.map((st) => st.text)).toEqual(expect.arrayContaining([
      'Her raised ferritin is most likely inflammatory from the fatty liver.',
      'Her low platelet count is probably related to the liver disease.',
    ]));
    expect(new Set(problems.map((st) => st.problem)).size).toBeGreaterThanOrEqual(3);
    expectQuoted(r.redactedText, r.summary);
  });

  it('a recommendation naming a condition as its goal is neither a problem nor a missing coded condition', () => {
    const r = engine.process(text);
    expect(statements(r.summary, 'problems').some((p) => p.startsWith('Weight loss'))).toBe(false);
    expect((r.summary.defects ?? []).some((d) => d.kind === 'CODED_CONDITION_NOT_SUMMARIZED' && d.code?.startsWith('R63'))).toBe(false);
  });
});

describe('layout table of problems with an impression (pipe table)', () => {
  const text = [
    'HIV CLINIC VISIT',
    '',
    'S: Here for routine care and a new rash on the palms for one week. No fevers.',
    'O: Palmar macular rash. Labs: RPR 1:64, LDL 168, ALT 62, AST 55.',
    '',
    'A/P (problem | status | plan):',
    'Secondary syphilis | new | start doxycycline 100 mg twice daily for 14 days; RPR at 3, 6 and 12 months; partner notification',
    'Hyperlipidemia | untreated, LDL 168 | start atorvastatin 20 mg daily; repeat lipids in 3 months',
    'Elevated transaminases | mild | likely fatty liver; right upper quadrant ultrasound; recheck with lipids',
    '',
    'Follow-up in 3 months.',
  ].join('\n');

  it('a long row is headed by its problem and status cells, a whole field each, and its plan cells are a candidate of their own', () => {
    const r = engine.process(text);
    const problems = statements(r.summary, 'problems');
    expect(problems).toContain('Secondary syphilis | new');
    expect(problems).toContain('Hyperlipidemia | untreated, LDL 168');
    expectQuoted(r.redactedText, r.summary);
    // The plan cells are no longer forced in with the problem: they compete for the budget as any plan does.
    expect(problems.some((p) => p.includes('partner notification'))).toBe(false);
  });

  it('a row whose later cell opens on a hedge is kept whole, so the hedge stays with the problem', () => {
    const problems = statements(engine.process(text).summary, 'problems');
    expect(problems).not.toContain('Elevated transaminases | mild');
    expect(problems.some((p) => p.startsWith('Elevated transaminases | mild | likely fatty liver'))).toBe(true);
  });

  it('the truncation rule: a span ending at a cell\'s pipe is whole on a table row, and mid-clause elsewhere', () => {
    const row = 'Secondary syphilis | new | start doxycycline';
    expect(isTruncatedSpan(row, { start: 0, end: 'Secondary syphilis | new'.length })).toBe(false);
    const prose = 'Secondary syphilis, new | see below.';
    expect(isTruncatedSpan(prose, { start: 0, end: 'Secondary syphilis,'.length })).toBe(true);
  });
});

describe('layout telehealth: labelled bullets of the assessment', () => {
  it('"- Upper GI bleed: no further bleeding. ..." is a problem; "- Labs: ..." and the visit time are not', () => {
    const text = [
      'TELEHEALTH VISIT (video)',
      'The patient consented to a virtual visit and was at home.',
      '',
      'Assessment/Plan:',
      '- Upper gastrointestinal bleed: no further bleeding. Restart naproxen 250 mg twice daily with food.',
      '- Low bone density: new diagnosis. Calcium and vitamin D supplementation advised.',
      '- Labs: basic metabolic panel before the next visit.',
      '',
      'Video follow-up in 10 days.',
      'Total time spent on this visit was 25 minutes.',
    ].join('\n');
    const r = engine.process(text);
    const problems = statements(r.summary, 'problems').join(' ');
    expect(problems).toContain('Upper gastrointestinal bleed');
    expect(problems).toContain('Low bone density');
    expect(problems).not.toContain('Labs:');
    expect(r.summary.text).not.toContain('Total time');
    expectQuoted(r.redactedText, r.summary);
  });
});

describe('layout prose assessment paragraphs', () => {
  it('a drug named only as the object of a change verb is a medication change ("We will hold donepezil for now.")', () => {
    expect(isMedicationChange('We will hold donepezil for now.', false)).toBe(true);
    expect(isMedicationChange('I have stopped her sertraline.', false)).toBe(true);
    // A change made only on a condition is not one made now.
    expect(isMedicationChange('Diabetes: continue metformin while creatinine is stable; stop if eGFR falls below 30.', false)).toBe(false);
    expect(isMedicationChange('Continue lisinopril; stop metformin.', false)).toBe(true);
    // Ordinary words after a change verb are no drug.
    expect(isMedicationChange('Stop the solvent.', false)).toBe(false);
    expect(isMedicationChange('Increase activity as tolerated.', false)).toBe(false);
  });

  it('"She is allergic to penicillin." is the allergy; "seen today for follow-up of ..." is the visit, not a follow-up item', () => {
    const text = [
      'Visit note',
      '',
      'Ms. Dunmore is a 44-year-old woman seen today for follow-up of multiple chronic problems. She feels well.',
      '',
      'She is allergic to penicillin.',
      '',
      'ASSESSMENT:',
      'Her mild cognitive impairment is progressing. We will hold donepezil for now.',
      '',
      'Her osteoarthritis of the right knee is stable. Continue naproxen.',
      '',
      'Follow up with me in 4 months.',
    ].join('\n');
    const r = engine.process(text);
    expect(statements(r.summary, 'allergies')).toEqual(['She is allergic to penicillin.']);
    const follow = statements(r.summary, 'follow_up');
    expect(follow).toContain('Follow up with me in 4 months.');
    expect(follow.some((f) => f.includes('seen today'))).toBe(false);
    expectQuoted(r.redactedText, r.summary);
  });
});

describe('layout discharge summary: medication reconciliation table', () => {
  it('a reconciliation row is summarised by its drug and action cells ("Lisinopril 10 mg | HOLD"), whole fields of the table', () => {
    const text = [
      'DISCHARGE SUMMARY',
      '',
      'Discharge diagnoses:',
      '1. Community-acquired pneumonia',
      '2. Acute kidney injury',
      '',
      'Medication reconciliation:',
      'Medication | Action | Instructions',
      'Lisinopril 10 mg | HOLD | until seen by primary care',
      'Ibuprofen | STOP | avoid NSAIDs',
      'Metformin 1000 mg | CONTINUE | twice daily',
      '',
      'Follow-up: PCP in 1 week.',
    ].join('\n');
    const r = engine.process(text);
    const meds = statements(r.summary, 'medications');
    expect(meds).toEqual(expect.arrayContaining(['Lisinopril 10 mg | HOLD', 'Ibuprofen | STOP']));
    expect(meds.some((m) => m.startsWith('Metformin'))).toBe(false);
    expectQuoted(r.redactedText, r.summary);
  });
});

describe('layout terse note with its problems on one line', () => {
  it('"All: sulfa drugs." is the allergy statement (the abbreviated label of terse notes)', () => {
    const text = [
      'CC: f/u hypertension',
      'HPI: Feels well. No chest pain.',
      'PMH: reviewed. All: sulfa drugs.',
      'A: 1) hypertension - uncontrolled 2) gout - quiescent',
      'P:',
      '- hypertension: Increase amlodipine to 10 mg daily.',
      'RTC 6 weeks.',
    ].join('\n');
    const r = engine.process(text);
    expect(statements(r.summary, 'allergies')).toEqual(['sulfa drugs.']);
    expectQuoted(r.redactedText, r.summary);
  });
});

describe('layout discharge summary: long-term drug and BMI codes are no problems to summarise', () => {
  it('a Z79 long-term drug code read from a continued drug is not reported as a coded condition missing from the summary', () => {
    const text = [
      'DISCHARGE SUMMARY',
      '',
      'Discharge diagnoses:',
      '1. Type 2 diabetes mellitus with hyperglycemia',
      '2. Atrial fibrillation',
      '',
      'Discharge medications:',
      'START: insulin glargine 10 units at bedtime',
      'CONTINUE: apixaban 5 mg twice daily long term',
      '',
      'Follow-up: Primary care in 1 week.',
    ].join('\n');
    const r = engine.process(text);
    const missing = (r.summary.defects ?? []).filter((d) => d.kind === 'CODED_CONDITION_NOT_SUMMARIZED').map((d) => d.code ?? '');
    expect(missing.filter((c) => /^Z(68|79)/.test(c))).toEqual([]);
    expect(statements(r.summary, 'problems').join(' ')).toContain('Atrial fibrillation');
  });
});

describe('the synthetic summary generator (all layouts)', () => {
  const notes = generateSummaryNotes({ seed: 11, notesPerLayout: 2 });

  it('is deterministic for a seed and writes every layout', () => {
    expect(generateSummaryNotes({ seed: 11, notesPerLayout: 2 })).toEqual(notes);
    expect(new Set(notes.map((n) => n.source))).toEqual(new Set(LAYOUTS));
    expect(generateSummaryNotes({ seed: 12, notesPerLayout: 2 })[0].text).not.toBe(notes[0].text);
  });

  it('names every gold problem, changed drug and follow-up interval in its note (gold by construction)', () => {
    for (const n of notes) {
      const words = normalizedWords(n.text ?? '').join(' ');
      for (const p of n.problems) expect([p.term, ...(p.synonyms ?? [])].some((t) => ` ${words} `.includes(` ${normalizedWords(t).join(' ')} `))).toBe(true);
      for (const m of n.medChanges ?? []) expect(words).toContain(normalizedWords(m.drug)[0]);
      expect(words).toContain(normalizedWords(n.followUp?.[0] ?? '').join(' '));
      expect(n.problems.length).toBeGreaterThanOrEqual(4);
    }
  });
});
