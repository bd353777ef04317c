import { analyzeText } from '../../../src/engine/text';
import { summarize, type Summary } from '../../../src/engine/summarize';
import { isTruncatedSpan } from '../../../src/engine/summarize/faithfulness';
import { buildUnits } from '../../../src/engine/summarize/units';

/** Every statement is the note's own text at its offsets; flat fields agree with the statements. */
function expectFaithful(text: string, s: Summary): void {
  for (const section of s.sections) {
    expect(section.statements.length).toBeGreaterThan(0);
    for (const st of section.statements) {
      expect(st.sources).toHaveLength(1);
      expect(text.slice(st.sources[0].start, st.sources[0].end)).toBe(st.text);
      expect(isTruncatedSpan(text, st.sources[0])).toBe(false);
    }
    expect(section.text).toBe(section.statements.map((x) => x.text).join(' '));
    expect(section.sources).toEqual(section.statements.flatMap((x) => x.sources));
  }
  expect(s.text).toBe(s.sections.map((x) => `${x.title}: ${x.text}`).join('\n'));
}

function byKind(s: Summary): Record<string, string[]> {
  return Object.fromEntries(s.sections.map((x) => [x.kind, x.statements.map((st) => st.text)]));
}

const words = (t: string) => t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

// Synthetic (invented) multi-problem visit note in the "problem heading + Medical Reasoning / Treatment" style.
const visit = [
  'CHIEF COMPLAINT',
  'Follow-up of blood pressure and diabetes.',
  '',
  'HISTORY OF PRESENT ILLNESS',
  'The patient is a 61-year-old man who returns for chronic problems. He has been checking his blood pressure at home and readings run high. '.repeat(6),
  'His mother had breast cancer. He walks daily and sleeps well. He denies chest pain and shortness of breath. '.repeat(3),
  '',
  'ALLERGIES',
  'Penicillin, causes hives.',
  '',
  'PHYSICAL EXAMINATION',
  'Lungs clear to auscultation.',
  'Extremities: 2+ pitting edema of both ankles.',
  '',
  'ASSESSMENT AND PLAN',
  '1. Hypertension.',
  '- Medical Reasoning: Blood pressure is not controlled at this time.',
  '- Medical Treatment: Increase lisinopril to 40 mg daily.',
  '2. Type 2 diabetes.',
  '- Medical Reasoning: Stable on current regimen; no evidence of retinopathy on the last eye exam.',
  '- Medical Treatment: Continue metformin 500 mg twice daily.',
  '3. Osteoarthritis of the right knee.',
  '- Medical Reasoning: Worse with walking.',
  '- Medical Treatment: Start meloxicam 15 mg once daily.',
  '',
  'INSTRUCTIONS',
  'Follow up in 4 weeks.',
].join('\n');

describe('structured extractive summary', () => {
  it('lists every numbered problem of the assessment with its status, and the medication changes, allergies and follow-up (problem-list format)', () => {
    const s = summarize(analyzeText(visit));
    const k = byKind(s);
    expect(k.problems).toEqual(expect.arrayContaining(['Hypertension.', 'Type 2 diabetes.', 'Osteoarthritis of the right knee.']));
    expect(k.problems).toContain('Medical Reasoning: Blood pressure is not controlled at this time.');
    expect(k.medications).toEqual(expect.arrayContaining(['Medical Treatment: Increase lisinopril to 40 mg daily.', 'Medical Treatment: Start meloxicam 15 mg once daily.']));
    expect(k.allergies).toEqual(['Penicillin, causes hives.']);
    expect(k.follow_up).toEqual(['Follow up in 4 weeks.']);
    // Sections a clinician reads in a fixed order; no section the note does not support (no procedure here).
    expect(s.sections.map((x) => x.kind)).toEqual(['reason', 'problems', 'medications', 'allergies', 'follow_up']);
    expectFaithful(visit, s);
    // With room to spare, the abnormal exam finding joins (a normal one never does).
    const roomy = byKind(summarize(analyzeText(visit), { maxRatio: 0.6 }));
    expect(roomy.findings).toEqual(['Extremities: 2+ pitting edema of both ankles.']);
  });

  it('meets the length budget by choosing whole sentences (SUMMARY_MAX_RATIO), never by cutting', () => {
    const a = analyzeText(visit);
    const loose = summarize(a);
    const tight = summarize(a, { maxRatio: 0.1 });
    const total = (s: Summary) => s.sections.flatMap((x) => x.statements).reduce((n, st) => n + words(st.text), 0);
    expect(total(loose)).toBeLessThanOrEqual(Math.floor(0.25 * words(visit)));
    expect(total(tight)).toBeLessThan(total(loose));
    // Completeness outranks length: the problems survive the tighter budget.
    expect(byKind(tight).problems).toEqual(expect.arrayContaining(['Hypertension.', 'Type 2 diabetes.', 'Osteoarthritis of the right knee.']));
    expectFaithful(visit, tight);
  });

  it('keeps a clause split at a semicolon with its sentence, so a negation is never left behind (ConText scope)', () => {
    const text = 'ASSESSMENT AND PLAN:\nHistory of prostate cancer, in remission; no evidence of recurrence. No action needed.\n';
    const units = buildUnits(analyzeText(text)).map((u) => text.slice(u.start, u.end));
    expect(units).toContain('History of prostate cancer, in remission; no evidence of recurrence.');
    expect(units).not.toContain('no evidence of recurrence.');
  });

  it('reads notes whose line breaks were flattened into commas (",ASSESSMENT:,1.  Item.,2.  Item.")', () => {
    const text = 'HISTORY OF PRESENT ILLNESS:, This 50-year-old man has flank pain.,ALLERGIES: , None.,ASSESSMENT:,1.  Left ureteral stone.,2.  Nausea and vomiting.,PLAN: , Plan for laser lithotripsy tomorrow.';
    const s = summarize(analyzeText(text));
    const k = byKind(s);
    expect(k.problems).toEqual(expect.arrayContaining(['Left ureteral stone.', 'Nausea and vomiting.']));
    expect(k.allergies).toEqual(['None.']);
    expectFaithful(text, s);
  });

  it('takes "#" problem headings as the assessment of a problem-oriented note', () => {
    const text = 'PROGRESS NOTE\nLabs: sodium 128.\n\n# Hyponatremia\nImproving with fluids.\n\n# Community-acquired pneumonia\nContinue ceftriaxone 1 g daily.\n';
    const k = byKind(summarize(analyzeText(text)));
    expect(k.problems).toEqual(expect.arrayContaining(['Hyponatremia', 'Community-acquired pneumonia']));
  });

  it('reports a coded condition the summary does not name as a defect (completeness cross-check against the coder)', () => {
    const text = 'CHIEF COMPLAINT\nCough.\n\nHISTORY OF PRESENT ILLNESS\nHe has gout in the left toe that flared last week and was treated elsewhere; it is quiet now and he wants nothing done about it today or later this year.\n\nASSESSMENT\n1. Acute bronchitis.\n';
    const gout = text.indexOf('gout');
    const assessed = text.indexOf('Acute bronchitis');
    const s = summarize(analyzeText(text), {
      coded: [
        { code: 'J20.9', evidence: [{ start: assessed, end: assessed + 16 }] },
        { code: 'M10.9', evidence: [{ start: gout, end: gout + 4 }] },
      ],
    });
    expect(byKind(s).problems).toContain('Acute bronchitis.');
    // Gout was read outside the assessment: not a problem of this visit, so not a defect either.
    expect(s.defects ?? []).toEqual([]);
    const inAssessment = 'ASSESSMENT\nAcute bronchitis in a smoker who also reports that his gout flared twice this winter and needed two courses of colchicine from urgent care, which he tolerated well without diarrhea.\n';
    const g = inAssessment.indexOf('gout');
    const long = summarize(analyzeText(inAssessment), { coded: [{ code: 'M10.9', evidence: [{ start: g, end: g + 4 }] }] });
    expect(long.sections.flatMap((x) => x.statements).some((st) => st.text.includes('gout'))).toBe(true);
  });

  it('takes the first statement of an impression that matched no heading rule (every assessment passage states a problem)', () => {
    const text = 'HISTORY:, Penile discharge for two weeks.,IMPRESSION: , A 67-year-old male with multiple comorbidities with penile discharge and pale-appearing glans.  I think it is due to chronic ischemic changes.';
    const k = byKind(summarize(analyzeText(text)));
    expect(k.problems).toEqual(['A 67-year-old male with multiple comorbidities with penile discharge and pale-appearing glans.']);
  });

  it('reads a "Problem list" whose items carry a status or plan as assessed problems, and a discharge medication list with change verbs as changes', () => {
    const text = 'Assessment: 64-year-old man seen for chronic disease management.\nProblem list:\n - CKD stage 3 - stable, creatinine 1.6.\n - Atrial fibrillation - rate controlled on metoprolol, continue apixaban.\n - COPD - stable on tiotropium.\nDischarge medications: Start fenofibrate 145 mg daily.\nFollow-up: PCP in 1 week.\n';
    const k = byKind(summarize(analyzeText(text), { maxRatio: 0.6 }));
    expect(k.problems).toEqual(['CKD stage 3 - stable, creatinine 1.6.', 'Atrial fibrillation - rate controlled on metoprolol, continue apixaban.', 'COPD - stable on tiotropium.']);
    expect(k.medications).toEqual(['Start fenofibrate 145 mg daily.']);
    expect(k.follow_up).toEqual(['PCP in 1 week.']);
  });

  it('omits sections the note does not support and returns an empty summary for content-free text', () => {
    expect(summarize(analyzeText(''))).toEqual({ text: '', sections: [] });
    expect(summarize(analyzeText(' \n\t ')).sections).toEqual([]);
    const s = summarize(analyzeText('ASSESSMENT\nAcute otitis media, left ear.\n'));
    expect(s.sections.map((x) => x.kind)).toEqual(['problems']);
  });
});

describe('truncation check', () => {
  it('accepts sentence ends and whole lines, rejects a cut at a comma, a semicolon or mid-line', () => {
    const text = 'Hypertension\nBlood pressure is high, and rising; recheck soon.\n';
    const line = { start: 0, end: 12 };
    const sentence = { start: 13, end: text.indexOf('soon.') + 5 };
    expect(isTruncatedSpan(text, line)).toBe(false);
    expect(isTruncatedSpan(text, sentence)).toBe(false);
    expect(isTruncatedSpan(text, { start: 13, end: text.indexOf(',') + 1 })).toBe(true);
    expect(isTruncatedSpan(text, { start: 13, end: text.indexOf(' and') })).toBe(true);
    expect(isTruncatedSpan(text, { start: 13, end: text.indexOf(';') + 1 })).toBe(true);
  });

  // Synthetic (invented) hospitalist "#" note: the budget is spent as a choice after the problems.
  const hashNote = [
    'HPI: Mr. Y is a 70-year-old man admitted with pneumonia. He stopped his own aspirin a week ago because of bruising. '.repeat(4),
    '',
    'Assessment and Plan:',
    '# Community-acquired pneumonia, improving',
    'Ceftriaxone day 3 of 5, with a plan to narrow antibiotics once the sputum culture and the blood cultures have been reviewed by the team tomorrow morning.',
    'Stop azithromycin.',
    '',
    '# Hypokalemia',
    'Potassium chloride 40 mEq orally now.',
    '',
    '# Type 2 diabetes',
    'Reasonably controlled on the current regimen, although the glucose readings after meals remain somewhat higher than we would like in hospital.',
    'Hold metformin while admitted.',
    '',
    'Return to clinic in 2 weeks.',
    '',
  ].join('\n');

  it('spends the budget on the most medication changes per word, then follow-up, before problem status (budget as a choice)', () => {
    const s = summarize(analyzeText(hashNote));
    expectFaithful(hashNote, s);
    const k = byKind(s);
    expect(k.medications).toEqual(expect.arrayContaining(['Stop azithromycin.', 'Hold metformin while admitted.']));
    // An order line (drug and dose, no verb) in the assessment is summarised, here as the plan of its problem.
    expect(s.text).toContain('Potassium chloride 40 mEq orally now.');
    expect(k.follow_up).toEqual(['Return to clinic in 2 weeks.']);
    // The patient's own story in the HPI is not a change ordered in this encounter.
    expect(s.text).not.toMatch(/stopped his own aspirin/);
  });

  it('takes the next appointment with its interval before other follow-up lines, and never a line repeating a chosen one', () => {
    const note = [
      'HPI: Ms. Z is a 58-year-old woman seen after surgery for a wound problem and leg swelling at home. '.repeat(4),
      '',
      'Assessment and Plan:',
      '1. Superficial surgical site infection. Wound opened and packed.',
      '2. Hypertension, controlled.',
      'Wound culture pending.',
      'Pending: wound culture.',
      'Follow up in 1 week for wound check.',
      '',
    ].join('\n');
    const s = summarize(analyzeText(note));
    expectFaithful(note, s);
    const follow = byKind(s).follow_up ?? [];
    expect(follow).toContain('Follow up in 1 week for wound check.');
    expect(follow.includes('Wound culture pending.') && follow.includes('Pending: wound culture.')).toBe(false);
  });

  // Synthetic (invented) operative reports in the flattened "HEADER:, text." style of transcribed notes.
  it('gives an operative report a reason for visit from its indication header, else from its procedure title', () => {
    const withIndication = 'PREOPERATIVE DIAGNOSIS:,  Benign prostatic hyperplasia.,POSTOPERATIVE DIAGNOSIS:,  Benign prostatic hyperplasia.,OPERATION PERFORMED: ,  Transurethral resection of the prostate.,ANESTHESIA: , General.,INDICATIONS FOR THE SURGERY:,  This is a 77-year-old man with severe urinary retention from prostatic enlargement.,DESCRIPTION OF PROCEDURE: , The patient was placed in the lithotomy position and the resection was carried out without difficulty.';
    const a = summarize(analyzeText(withIndication));
    expectFaithful(withIndication, a);
    expect(byKind(a).reason).toEqual(['This is a 77-year-old man with severe urinary retention from prostatic enlargement.']);
    const titleOnly = 'PREOPERATIVE DIAGNOSES: ,  Phimosis.,POSTOPERATIVE DIAGNOSES:  , Phimosis.,PROCEDURES PERFORMED: ,  Circumcision.,ANESTHESIA:  , Local.,DESCRIPTION OF PROCEDURE: , The foreskin was retracted and the procedure was completed without difficulty.';
    const b = summarize(analyzeText(titleOnly));
    expectFaithful(titleOnly, b);
    expect(byKind(b).reason).toEqual(['Circumcision.']);
  });
});
