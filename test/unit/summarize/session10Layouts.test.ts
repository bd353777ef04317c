// Session 10 (issue 16): problems found from what a line says, not from the heading it stands under, and a budget spent
// by priority. Each test is named by the general layout or rule it serves. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { isMedicationChange } from '../../../src/engine/summarize/medications';
import { generateSummaryNotes, S10_LAYOUTS, S10_UNSEEN_LAYOUTS } from '../../../src/eval/summarySynthetic';
import { quotedSummary, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const run = (text: string) => quotedSummary(engine, text);

describe('layout-free problem lines: a line pairing a condition with a status or a plan act assesses it wherever it stands', () => {
  const telephone = [
    'TELEPHONE ENCOUNTER',
    'Outgoing call; 15 minutes. Identity verified with name and date of birth.',
    '',
    'Reason for call: lab results.',
    '',
    'He brought a log related to his gout. He is worried about his pneumonia. No chest pain or syncope. Allergies on file: latex. Current medications: allopurinol 100 mg daily, losartan 50 mg daily.',
    '',
    'Re pneumonia: improving, afebrile for 48 hours. Incentive spirometry every hour while awake.',
    'Discussed his gout, which is quiescent; uric acid 9.1 mg/dL. Advised: limit alcohol and red meat.',
    'Re chronic kidney disease stage 3b: progressing, eGFR 35, down from 41. Avoid NSAIDs.',
    '',
    'He verbalized understanding and agrees with the plan. Return to clinic in 10 days.',
  ].join('\n');

  it('telephone note without an assessment heading: the "Re X:" and "Discussed his X, which is ..." lines are the problems, not the history lines naming them', () => {
    const problems = statements(run(telephone), 'problems');
    expect(problems).toContain('Re pneumonia: improving, afebrile for 48 hours.');
    expect(problems).toContain('Discussed his gout, which is quiescent; uric acid 9.1 mg/dL.');
    expect(problems).toContain('Re chronic kidney disease stage 3b: progressing, eGFR 35, down from 41.');
    expect(problems).not.toContain('He brought a log related to his gout.');
  });

  it('an inline "Current medications:" label does not make the discussion and the next visit after it a medication list', () => {
    expect(statements(run(telephone), 'follow_up')).toContain('Return to clinic in 10 days.');
  });

  it('medication review by drug: the indication with its status in a drug row states the problem when no assessment names it', () => {
    const review = [
      'Comprehensive Medication Review',
      '',
      'Ms. Ostrander (77) takes 9 medications. Uses blister packs. Denies melena or hematochezia.',
      'Allergies: latex.',
      '',
      'Assessment: polypharmacy; medications reviewed one by one below.',
      '',
      'Medication-by-medication review:',
      '1. spironolactone 50 mg daily - for heart failure with reduced ejection fraction, decompensated - ejection fraction 30% on echocardiogram. Action: stop.',
      '2. chlorthalidone 25 mg daily - for essential hypertension, above goal - home readings average 152/94. Action: stop.',
      '3. metformin 500 mg twice daily - for type 2 diabetes. Action: continue.',
      '',
      'Follow-up: Return to clinic in 4 months.',
    ].join('\n');
    const problems = statements(run(review), 'problems').join(' | ');
    expect(problems).toMatch(/heart failure with reduced ejection fraction, decompensated/);
    expect(problems).toMatch(/essential hypertension, above goal/);
  });

  const soap = [
    'SOAP NOTE',
    '',
    'S: Ms. Pryce, 66, routine visit. She brought a log related to her migraine without aura. Denies melena or hematochezia.',
    'Meds: ferrous sulfate 325 mg every other day. Allergies: codeine.',
    '',
    'O: BP 128/76; pulse 72. Lungs clear bilaterally.',
    '',
    'A: See plan, by item.',
    '',
    'P:',
    '- Restart ibuprofen 600 mg every 8 hours as needed for her migraine without aura, which is improving (eight headache days a month).',
    '- Stop ferrous sulfate given side effects for her iron deficiency anemia, which is persistent (ferritin 12 ng/mL). Colonoscopy referral placed.',
    '- Return to clinic in 6 weeks.',
  ].join('\n');

  it('SOAP with problems only in plan items: the item naming the condition with its status is the problem (the same words as the history\'s mention)', () => {
    const problems = statements(run(soap), 'problems').join(' | ');
    expect(problems).toMatch(/migraine without aura, which is improving/);
    expect(problems).toMatch(/iron deficiency anemia, which is persistent/);
  });

  it('a pointer to the plan naming no condition ("See plan, by item.") is not a problem', () => {
    expect(statements(run(soap), 'problems')).not.toContain('See plan, by item.');
  });

  it('in a note with an assessment, a history sentence is not pulled in as the line assessing a coded condition', () => {
    const note = [
      'CONSULTATION',
      '',
      'History: Mr. Banfield was diagnosed 5 months ago with liver metastases and has stopped chemotherapy by his own choice. He reports constant pain.',
      '',
      'Impression and plan:',
      '1. Cancer-related pain, poorly controlled. Start extended-release oxycodone 10 mg every 12 hours.',
      '2. Metastatic pancreatic adenocarcinoma, progressing off chemotherapy. Hospice referral made.',
      '',
      'Palliative care will follow up by telephone in 2 days.',
    ].join('\n');
    expect(statements(run(note), 'problems').some((s) => s.startsWith('Mr.') || s.includes('was diagnosed 5 months ago'))).toBe(false);
  });
});

describe('budget by priority: a plan sentence that is a follow-up fact ranks with the follow-up items, above a plain plan sentence', () => {
  const note = [
    'CLINIC VISIT',
    '',
    'HPI: Follow-up of chronic problems. She feels well and walks daily with her husband. No chest pain, dyspnea or palpitations.',
    'She checks her blood pressure at home most mornings and brings a written log; readings run in the 140s over 90s. She takes',
    'her medicines from a weekly pill box filled by her daughter and misses a dose perhaps once a month. She has gained two',
    'kilograms since the winter and feels more tired in the afternoons. Her sleep is unchanged and her appetite is good.',
    '',
    'Assessment and plan:',
    'Hypertension: above goal.',
    'Continue walking thirty minutes a day with her husband after dinner.',
    'Increase losartan from 50 mg to 100 mg daily, taken in the morning with water.',
    'Check BMP in 2 weeks.',
    'Diabetes: type 2, uncontrolled with A1c 8.4%.',
    'Add semaglutide 0.25 mg weekly by subcutaneous injection, to be titrated after four weeks.',
    'Hypothyroidism: undertreated with TSH 7.9.',
    'Increase levothyroxine from 75 mcg to 88 mcg daily on an empty stomach.',
    '',
    'Follow up in 3 months.',
  ].join('\n');

  it('keeps every problem, the next visit, the "Check ... in 2 weeks" plan sentence and a change; not the plain plan sentence', () => {
    const s = run(note);
    const all = s.sections.flatMap((x) => x.statements.map((st) => st.text));
    expect(statements(s, 'problems').filter((p) => /:/.test(p))).toHaveLength(3);
    expect(statements(s, 'follow_up')).toContain('Follow up in 3 months.');
    expect(all).toContain('Check BMP in 2 weeks.');
    expect(all.filter((t) => /^(Increase|Add) /.test(t)).length).toBeGreaterThanOrEqual(1);
    expect(all).not.toContain('Continue walking thirty minutes a day with her husband after dinner.');
  });
});

describe('hospitalist day note: housekeeping lines and kept drugs', () => {
  const note = [
    'Hospital Medicine Progress Note - Hospital Day 3',
    '',
    'Overnight events: No acute events overnight.',
    '',
    'Assessment and Plan:',
    'Gout, acute flare: Swollen, red left first toe. Prednisone unchanged.',
    'Insomnia, improved: Sleep onset over an hour most nights. No change to trazodone.',
    'Systolic heart failure, decompensated: Weight up 4 pounds with bilateral leg edema. Hold empagliflozin for now.',
    '',
    'FEN: regular diet, replete lytes prn.',
    'DVT ppx: SCDs.',
    'Code status: Full code.',
    'Dispo: possible discharge tomorrow; return to clinic in 4 weeks.',
  ].join('\n');

  it('a housekeeping line naming the condition it prevents ("DVT ppx: SCDs.") is not a problem', () => {
    expect(statements(run(note), 'problems')).not.toContain('DVT ppx: SCDs.');
  });

  it('a drug kept as it is ("No change to trazodone.", "Prednisone unchanged.") is no medication change; a hold is', () => {
    expect(isMedicationChange('No change to trazodone.', false)).toBe(false);
    expect(isMedicationChange('Prednisone unchanged.', false)).toBe(false);
    expect(isMedicationChange('No change to trazodone; start melatonin 3 mg at bedtime.', false)).toBe(true);
    const meds = statements(run(note), 'medications');
    expect(meds).toContain('Hold empagliflozin for now.');
    expect(meds).not.toContain('No change to trazodone.');
  });
});

describe('an inline "Exam:" label does not make the problems addressed after it findings', () => {
  it('transitional-care paragraphs after "Exam: vitals" are read as the visit\'s discussion, with the next visit', () => {
    const note = [
      'TRANSITIONAL CARE MANAGEMENT VISIT',
      '',
      'Discharged 5 days ago from the medical ward; interactive contact made within 2 business days.',
      'Allergies reviewed: shellfish.',
      'Exam: BP 150/71; pulse 101; respirations 18; O2 sat 91%.',
      '',
      'Issues reviewed at this visit',
      'Regarding his benign prostatic hyperplasia: since discharge this is stable; nocturia three times a night. We will titrate tamsulosin up to 0.8 mg at bedtime.',
      '',
      'Regarding his diabetic peripheral neuropathy: since discharge this is stable. Increase gabapentin from 100 mg to 300 mg three times daily.',
      '',
      'Next steps: Next appointment in 6 weeks. PSA sent; result pending.',
    ].join('\n');
    const s = run(note);
    expect(statements(s, 'problems').join(' | ')).toMatch(/benign prostatic hyperplasia: since discharge this is stable/);
    expect(statements(s, 'follow_up').join(' | ')).toMatch(/Next appointment in 6 weeks/);
  });
});

describe('generator: --s10-layouts and --s10-unseen', () => {
  const layouts = [...S10_LAYOUTS, ...S10_UNSEEN_LAYOUTS];
  const notes = generateSummaryNotes({ seed: 10016, notesPerLayout: 2, layouts });

  it('writes eight layouts, two notes each, seeded (the same seed gives the same notes)', () => {
    expect(layouts).toHaveLength(8);
    expect(new Set(notes.map((n) => n.source))).toEqual(new Set(layouts));
    expect(generateSummaryNotes({ seed: 10016, notesPerLayout: 2, layouts }).map((n) => n.text)).toEqual(notes.map((n) => n.text));
    expect(generateSummaryNotes({ seed: 10017, notesPerLayout: 2, layouts }).map((n) => n.text)).not.toEqual(notes.map((n) => n.text));
  });

  it('gold by construction: every gold problem is named in its note by its term or a synonym, every changed drug and the return interval are in it', () => {
    for (const n of notes) {
      const text = n.text!.toLowerCase();
      for (const p of n.problems) expect([p.term, ...(p.synonyms ?? [])].some((w) => text.includes(w.toLowerCase()))).toBe(true);
      for (const m of n.medChanges ?? []) expect(text).toContain(m.drug.toLowerCase());
      expect(text).toContain(n.followUp![0].toLowerCase());
    }
  });

  it('each layout writes its problems outside an assessment list in its own way (telephone lines, drug rows, plan items, a markdown table, addenda)', () => {
    const of = (layout: string) => notes.find((n) => n.source === layout)!.text!;
    expect(of('telephone_encounter')).toMatch(/TELEPHONE ENCOUNTER/);
    expect(of('polypharmacy_review')).toMatch(/(indication: |for )/);
    expect(of('soap_plan_only')).toMatch(/^A: /m);
    expect(of('markdown_problem_table')).toMatch(/^\|(-{3}\|)+$/m);
    expect(of('addendum_heavy')).toMatch(/addendum|late entry/i);
  });
});
