// Session 8 (issue 16): section grammar the analyser's titles miss, arrow rows, follow-up lines and the choice of
// medication changes under the budget; each test named by the note structure or rule it serves. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { isTruncatedSpan } from '../../../src/engine/summarize/faithfulness';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const summarise = (text: string) => engine.process(text).summary;
/** Offsets are into the text the engine analysed (names redacted), so quotes are checked against it. */
const quotedIn = (text: string) => engine.process(text).redactedText;

describe('layout: an assessment header the analyser does not know ("Geriatric assessment and plan:") over numbered items', () => {
  const text = [
    'GERIATRICS CONSULT',
    '',
    'HPI: Mrs. Dunmore, 81, comes in with her daughter about falls and her medicines. She reports no new complaints.',
    'Allergies: sulfa drugs.',
    'Exam: BP 118/70, HR 72. Gait slow but steady.',
    '',
    'Geriatric assessment and plan:',
    '1. Orthostatic hypotension: new. Systolic drop of 24 on standing.',
    '2. Insomnia: persistent. Sleep onset over an hour most nights.',
    '3. Osteoporosis: stable. DEXA T-score -2.7 at the hip.',
    '',
    'Medication review (deprescribing):',
    '- STOP zolpidem (fall risk)',
    '- REDUCE doxazosin 4 mg -> 2 mg nightly (orthostasis)',
    '- KEEP alendronate 70 mg weekly (osteoporosis)',
    '',
    'Follow-up: F/u 3 months. Bone density repeat pending.',
  ].join('\n');

  it('states each numbered item under it as a problem, whatever section the analyser filed the lines under (the exam)', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const problems = statements(s, 'problems');
    for (const p of ['Orthostatic hypotension: new.', 'Insomnia: persistent.', 'Osteoporosis: stable.']) expect(problems).toContain(p);
  });

  it('reads the lines under a medication-review header as this encounter\'s changes, and a kept drug as none', () => {
    const s = summarise(text);
    const meds = statements(s, 'medications');
    expect(meds.some((m) => /zolpidem/.test(m))).toBe(true);
    expect(meds.some((m) => /KEEP alendronate/.test(m))).toBe(false);
  });

  it('takes a bare interval governed by a follow-up label ("F/u 3 months.") as the next visit', () => {
    expect(statements(summarise(text), 'follow_up')).toContain('F/u 3 months.');
  });
});

describe('layout: "Dx 1:" items with indented sub-labels ("  Findings:", "  Rx:") the analyser reads as sections', () => {
  const text = [
    'Outpatient encounter',
    '',
    'Chief complaint: follow-up of gout.',
    '',
    'History: Mr. Aldane, 66, is seen alone. No new complaints.',
    '',
    'Medications: allopurinol 100 mg daily',
    'Allergies: latex',
    '',
    'Diagnoses and plan:',
    'Dx 1: Gout - quiescent',
    '  Findings: no tophi, uric acid 7.9.',
    '  Rx: Increase allopurinol to 200 mg daily.',
    '',
    'Dx 2: Chronic kidney disease stage 3a - stable',
    '  Findings: eGFR 52, unchanged.',
    '  Orders: Nephrology referral placed.',
    '',
    'Dx 3: Hypertension - above goal',
    '  Findings: BP 152/88 today.',
    '  Rx: Start amlodipine 5 mg daily.',
    '',
    'Follow-up: F/u 6 weeks.',
  ].join('\n');

  it('heads a problem at every "Dx N:" item and keeps an indented sub-label\'s line with its item, not a problem of its own', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const problems = statements(s, 'problems');
    for (const p of ['Gout - quiescent', 'Chronic kidney disease stage 3a - stable', 'Hypertension - above goal']) expect(problems).toContain(p);
    expect(problems.some((p) => /^(no tophi|eGFR 52|BP 152)/.test(p))).toBe(false);
  });
});

describe('layout: an "Issues:" list whose items carry a mid-line "Plan:" label (transplant clinic)', () => {
  const text = [
    'TRANSPLANT CLINIC',
    'Kidney transplant recipient, 4 years post transplant.',
    '',
    'Interval: Mr. Rossiter, 58, feels well. No fevers.',
    'Immunosuppression: tacrolimus 2 mg twice daily (trough 6.1), mycophenolate 500 mg twice daily, unchanged.',
    'Allergies: codeine.',
    'Exam: BP 131/79, HR 70. Graft site nontender.',
    '',
    'Issues:',
    '- Hypertension (above goal): home readings 140s. Plan: Increase amlodipine to 10 mg daily.',
    '- Anemia (improving): hemoglobin 11.2. Plan: Stop ferrous sulfate.',
    '- Gout (quiescent): no flares. Plan: continue allopurinol.',
    '',
    'Labs: tacrolimus trough and CMP twice weekly.',
    'Return: Return to clinic in 2 months. Awaiting BK virus PCR.',
  ].join('\n');

  it('states each item as a problem, never the "Issues:" header joined to its first item', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const problems = statements(s, 'problems');
    expect(problems.some((p) => p.startsWith('Issues:'))).toBe(false);
    for (const p of ['Hypertension (above goal)', 'Anemia (improving)', 'Gout (quiescent)']) expect(problems.some((x) => x.startsWith(p))).toBe(true);
  });

  it('reads a line opened by a follow-up label as the follow-up wherever the analyser filed it (under "Labs:")', () => {
    const follow = statements(summarise(text), 'follow_up');
    expect(follow.some((f) => /Return to clinic in 2 months/.test(f))).toBe(true);
  });
});

describe('layout: "->" plans, each problem a row of arrow-separated fields (problem -> status -> plan)', () => {
  const text = [
    'Clinic note',
    '',
    'S: Ms. Farrow, 59, is seen alone. She has no new complaints today and is walking daily. She denies chest pain, fever or bleeding.',
    'She reports her sleep is better and her mood is stable. She checks her blood pressure at home twice weekly.',
    'O: BP 150/90, HR 70, SpO2 97% RA, wt 84 kg. Exam unremarkable apart from mild ankle edema.',
    'Meds: lisinopril 10 mg daily, metformin 500 mg twice daily. Allergies: penicillin.',
    '',
    'A/P:',
    'Hypertension -> uncontrolled -> increase lisinopril to 20 mg daily, low sodium diet reviewed',
    'Type 2 diabetes -> improving -> annual dilated eye exam ordered',
    'Obesity -> stable -> nutrition referral placed',
    'F/u -> 6 weeks.',
  ].join('\n');

  it('heads each problem with its leading fields, a whole statement as a pipe row\'s cells are (not a truncation)', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const problems = statements(s, 'problems');
    expect(problems.some((p) => p.startsWith('Hypertension -> uncontrolled'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Obesity -> stable'))).toBe(true);
    expect(statements(s, 'follow_up')).toContain('F/u -> 6 weeks.');
  });

  it('the fields of an arrow row end complete at an arrow; a dose arrow inside one field ("10 mg -> 20 mg") makes no row', () => {
    const row = 'Hypertension -> uncontrolled -> increase lisinopril to 20 mg daily\n';
    expect(isTruncatedSpan(row, { start: 0, end: 'Hypertension -> uncontrolled'.length })).toBe(false);
    const dose = 'Lisinopril 10 mg -> 20 mg -> 40 mg over a month\n';
    expect(isTruncatedSpan(dose, { start: 0, end: 'Lisinopril 10 mg -> 20 mg'.length })).toBe(true);
  });
});

describe('budget: one compact statement carrying several changes is kept when the problems crowd the budget', () => {
  // Eight short numbered problems take most of a 25% budget; the changes compete for the rest.
  const filler = 'He walks daily, sleeps well and has no new concerns at home; his wife helps with his pill box each week. ';
  const text = [
    'PROGRESS NOTE',
    '',
    `HPI: Mr. Quenby, 74, returns after his stroke. ${filler.repeat(8)}`,
    'Allergies: no known drug allergies.',
    '',
    'Assessment and plan:',
    '1. Ischemic stroke, cardioembolic, from paroxysmal atrial fibrillation.',
    'Stop aspirin and stop clopidogrel; start apixaban 5 mg twice daily.',
    '2. Hyperlipidemia, LDL 98, not at goal.',
    'Increase atorvastatin from 40 mg to 80 mg daily.',
    '3. Hypertension, not at goal.',
    'Increase amlodipine from 5 mg to 10 mg daily.',
    '4. Post-stroke depression, moderate.',
    '5. Aphasia, improving.',
    '6. Type 2 diabetes, controlled.',
    '7. Mild cognitive impairment after stroke.',
    '8. Left carotid stenosis 40%, asymptomatic.',
    '',
    'Follow-up: stroke clinic in 3 months.',
  ].join('\n');

  it('keeps the statement naming three changes (aspirin, clopidogrel, apixaban), within 30% of the note', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const meds = statements(s, 'medications').join(' ');
    for (const drug of ['aspirin', 'clopidogrel', 'apixaban']) expect(meds).toContain(drug);
    const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
    const summaryWords = s.sections.flatMap((x) => x.statements).reduce((n, st) => n + words(st.text), 0);
    expect(summaryWords / words(text)).toBeLessThanOrEqual(0.3);
  });
});

describe('policy: a one-sentence assessment of ";" clauses is never quoted in part', () => {
  const clause = (p: string, drug: string) => `his ${p} is not at goal despite good adherence, so I am increasing ${drug} and we reviewed diet and exercise at length`;
  const text = [
    'Office visit',
    'HPI: Known hypertension, hyperlipidemia and gout. He feels well.',
    'Allergies: none known.',
    `A/P: ${[clause('hypertension', 'lisinopril to 40 mg'), clause('hyperlipidemia', 'atorvastatin to 80 mg'), clause('gout', 'allopurinol to 300 mg'), clause('weight', 'his walking')].join('; ')}.`,
    'Follow-up: see me in 3 months.',
  ].join('\n');

  it('quotes no clause ending at a semicolon, and states the problems from a shorter sentence naming them', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    for (const st of s.sections.flatMap((x) => x.statements)) expect(st.text.trimEnd().endsWith(';')).toBe(false);
    expect(statements(s, 'problems').some((p) => p.startsWith('Known hypertension'))).toBe(true);
  });
});

describe('follow-up: the clinician\'s own future plan ("I will see her in 6 weeks ...") filed by the analyser under results', () => {
  const text = [
    'Sleep Medicine Consultation',
    '',
    'Results: Ferritin 40 ng/mL. Epworth Sleepiness Scale 15. Oxygen saturation 95% awake.',
    '',
    'First, she has obstructive sleep apnea, likely moderate; a home sleep study is ordered.',
    '',
    'Second, she has chronic insomnia disorder. I recommend stopping zolpidem; she should taper by 5 mg every week.',
    '',
    'I will see her in 6 weeks with the sleep study results.',
  ].join('\n');

  it('is this encounter\'s next visit, not a result', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    expect(statements(s, 'follow_up')).toContain('I will see her in 6 weeks with the sleep study results.');
  });
});

describe('layout: heart-failure titration visit (a "GDMT titration today:" block, then an "Orders:" paragraph)', () => {
  const text = [
    'HEART FAILURE CLINIC - TITRATION VISIT',
    '',
    `Interval history: Mr. Oakes, 70, returns with his wife. ${'He walks a block before resting, sleeps on one pillow and weighs himself every morning before breakfast. '.repeat(5)}No orthopnea.`,
    '',
    'Current meds: carvedilol 6.25 mg twice daily, spironolactone 12.5 mg daily, lisinopril 10 mg daily.',
    'Allergies: codeine.',
    'Vitals: BP 112/70, HR 64, wt 81 kg. Trace edema.',
    '',
    'Assessment:',
    'Heart failure with reduced ejection fraction - compensated; ejection fraction 30%.',
    'Chronic kidney disease stage 3a - stable; creatinine 1.4.',
    '',
    'GDMT titration today:',
    'Carvedilol 6.25 mg -> 12.5 mg twice daily; stop lisinopril; start sacubitril-valsartan 24/26 mg twice daily.',
    '',
    'Orders: Echocardiogram in 3 months. BMP in 1 week.',
    '',
    'Plan: Next appointment in 4 weeks.',
  ].join('\n');

  it('reads the titration block as this encounter\'s changes and an "Orders:" paragraph as no problem', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const problems = statements(s, 'problems');
    expect(problems.some((p) => p.startsWith('Orders:'))).toBe(false);
    expect(problems.some((p) => p.startsWith('Heart failure with reduced ejection fraction'))).toBe(true);
    expect(statements(s, 'medications').some((m) => /sacubitril-valsartan/.test(m))).toBe(true);
  });
});
