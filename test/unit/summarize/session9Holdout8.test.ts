// Session 9, second wave (issue 16): layout and grammar families by which a note states its assessed problems that the
// summarizer did not read, each test named by the family it serves. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { ASSESSED_BLOCK_LEAD } from '../../../src/engine/summarize/cues';
import { isMedicationChange } from '../../../src/engine/summarize/medications';
import { buildUnits } from '../../../src/engine/summarize/units';
import { analyzeText } from '../../../src/engine/text';
import { quotedSummary, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const run = (text: string) => quotedSummary(engine, text);
const mentions = (texts: string[], term: RegExp) => texts.some((t) => term.test(t));

describe('layout: a lead-in line naming its block as the problems addressed ("Chronic conditions addressed today:")', () => {
  const text = [
    'ANNUAL PREVENTIVE VISIT - Family Nurse Practitioner',
    'Patient: 69-year-old woman, here alone.',
    '',
    'Screening: Timed Up and Go 9 seconds; PHQ-2 score 1; Mini-Cog 5/5; advance directive on file.',
    'Vitals: BP 150/90, repeat 148/88; BMI 31.2.',
    'Labs: A1c 8.4%, LDL 118, TSH 6.9.',
    '',
    'Chronic conditions addressed today, in addition to the preventive services:',
    'Type 2 diabetes - A1c 8.4%, above her goal of 7.5%. Increase metformin to 1000 mg twice daily.',
    'Essential hypertension - above goal on repeat. Start amlodipine 5 mg daily; home readings for 2 weeks.',
    'Hypothyroidism - TSH 6.9 on levothyroxine 50 mcg. Increase levothyroxine to 75 mcg daily.',
    'Osteoporosis - T-score -2.7 at the hip last year. Continue alendronate weekly.',
    '',
    'Prevention plan (given in writing):',
    '- Colon cancer screening: stool test kit given.',
    '- Vaccines: influenza vaccine given today.',
    '',
    'Follow-up: return in 3 months.',
  ].join('\n');
  it('reads each dash-labelled line under the lead-in as an assessed problem, and the prevention items after the blank line as none', () => {
    const s = run(text);
    const problems = statements(s, 'problems');
    for (const term of [/Type 2 diabetes/, /hypertension/i, /Hypothyroidism/, /Osteoporosis/]) expect(mentions(problems, term)).toBe(true);
    expect(mentions(problems, /stool test|influenza vaccine/)).toBe(false);
  });
  it('takes lead-ins in other words for the same family, and not "Problems not addressed today:"', () => {
    for (const lead of ['Problems reviewed at this visit:', 'Issues addressed:', 'Medical update given:', 'Answers to your questions:']) expect(ASSESSED_BLOCK_LEAD.test(lead)).toBe(true);
    for (const lead of ['Problems not addressed today:', 'Prevention plan (given in writing):', 'Medications reviewed:']) expect(ASSESSED_BLOCK_LEAD.test(lead)).toBe(false);
  });
});

describe('layout: a family-meeting "Medical update given:" list whose bullets each state one problem as their subject', () => {
  const text = [
    'PALLIATIVE CARE - FAMILY MEETING',
    'Patient: 79-year-old man, hospital day 4, admitted with a urinary tract infection; background of metastatic prostate cancer.',
    'Present: his wife (health care proxy), his daughter, the hospitalist and the palliative care physician.',
    '',
    'Medical update given:',
    '- Urinary tract infection is improving on ceftriaxone.',
    '- Prostate cancer has progressed with new bone metastases on the scan.',
    '- Hypercalcemia is mild and treated with fluids.',
    '- Chronic kidney disease is stable.',
    '',
    'What the family said: they want him home and comfortable.',
    '',
    'Decisions reached:',
    '1. Code status changed to DNR/DNI.',
    '2. Home hospice referral placed today.',
    '',
    'Follow-up: palliative care will see him again in 2 days.',
  ].join('\n');
  it('reads every bullet of the update as an assessed problem', () => {
    const problems = statements(run(text), 'problems');
    for (const term of [/Urinary tract infection/, /Prostate cancer/, /Hypercalcemia/, /Chronic kidney disease/]) expect(mentions(problems, term)).toBe(true);
  });
});

describe('layout: an e-consult written as question and answer, its problems numbered under "Answer and recommendations:"', () => {
  const text = [
    'INFECTIOUS DISEASES E-CONSULT (chart review; patient not seen)',
    'Question: "Please advise on a positive QuantiFERON before a biologic, and on recurrent cellulitis."',
    '',
    'Chart reviewed: QuantiFERON positive; chest X-ray clear; three episodes of leg cellulitis this year; psoriasis on methotrexate.',
    '',
    'Answer and recommendations:',
    '1. Latent tuberculosis infection: no symptoms and a clear chest X-ray. Start rifampin 600 mg daily for 4 months.',
    '2. Recurrent cellulitis of the left leg: tinea pedis is the likely portal. Start topical terbinafine twice daily.',
    '3. Plaque psoriasis: the biologic may start after one month of treatment.',
    '',
    'Time spent: 20 minutes of chart review and written advice.',
  ].join('\n');
  it('reads each numbered answer as an assessed problem', () => {
    const problems = statements(run(text), 'problems');
    for (const term of [/tuberculosis/i, /cellulitis/i, /psoriasis/i]) expect(mentions(problems, term)).toBe(true);
  });
  it('never quotes the billing time attestation ("Time spent: 20 minutes ...") as a statement', () => {
    const all = run(text).sections.flatMap((x) => x.statements.map((st) => st.text));
    expect(mentions(all, /^Time spent/)).toBe(false);
  });
});

describe('layout: a fixed-width assessment table with a rule line and plan cells wrapped onto indented lines', () => {
  const pad = (s: string, n: number) => s.padEnd(n, ' ');
  const row = (no: string, problem: string, status: string, plan: string) => `${pad(no, 4)}${pad(problem, 28)}${pad(status, 12)}${plan}`;
  const wrap = (plan: string) => `${' '.repeat(44)}${plan}`;
  const text = [
    'INTERNAL MEDICINE - FOLLOW-UP VISIT',
    'Seventy-year-old man seen for breathlessness and leg swelling over 3 weeks. No chest pain.',
    'Exam: BP 148/86, crackles at both bases, 2+ ankle edema.',
    '',
    'ASSESSMENT AND PLAN',
    '',
    row('No', 'Problem', 'Status', 'Plan'),
    row('--', '-'.repeat(26), '-'.repeat(10), '-'.repeat(30)),
    row('1', 'Heart failure', 'new', 'Start furosemide 40 mg daily; echocardiogram'),
    wrap('this week; daily weights'),
    row('2', 'Gout', 'chronic', 'Colchicine 0.6 mg daily;'),
    wrap('rheumatology referral'),
    row('3', 'Hyperlipidemia', 'untreated', 'Start rosuvastatin 10 mg daily'),
    wrap('(myalgia on simvastatin)'),
    row('4', 'Hypothyroidism', 'stable', 'Continue levothyroxine 100 mcg'),
    '',
    'Follow-up: return in 2 weeks.',
  ].join('\n');
  it('keeps the first row apart from the rule line and each wrapped cell with its row', () => {
    const units = buildUnits(analyzeText(text)).map((u) => text.slice(u.start, u.end));
    expect(units.some((u) => u.startsWith('1   Heart failure') && u.endsWith('daily weights'))).toBe(true);
    expect(units.some((u) => u.startsWith('2   Gout') && u.endsWith('rheumatology referral'))).toBe(true);
    expect(units.some((u) => u.startsWith('3   Hyperlipidemia') && u.endsWith('(myalgia on simvastatin)'))).toBe(true);
    expect(units.some((u) => /^[-\s]+$/.test(u))).toBe(false);
  });
  it('summarizes every row as a problem and never the header row', () => {
    const problems = statements(run(text), 'problems');
    for (const term of [/Heart failure/, /Gout/, /Hyperlipidemia/, /Hypothyroidism/]) expect(mentions(problems, term)).toBe(true);
    expect(mentions(problems, /^No\s+Problem\s+Status\s+Plan$/)).toBe(false);
  });
});

describe('grammar: sentences that name a drug change without making one', () => {
  it('a sentence stating that no change was made ("No antipsychotic started.") is not a change', () => {
    expect(isMedicationChange('No antipsychotic started.', false)).toBe(false);
    expect(isMedicationChange('No new medicines added today.', false)).toBe(false);
    expect(isMedicationChange('Start senna 8.6 mg nightly.', false)).toBe(true);
  });
  it('an earlier change named as the time of a finding ("since quetiapine was added") is history, not a change', () => {
    expect(isMedicationChange('Weight up 4 kg since quetiapine was added.', false)).toBe(false);
    expect(isMedicationChange('Rash on the trunk after amoxicillin was started.', false)).toBe(false);
    // A change made now in the same sentence still counts.
    expect(isMedicationChange('Weight up 4 kg since quetiapine was added; stop quetiapine.', false)).toBe(true);
  });
});

describe('layout: titles in capitals naming the visit or a part of the record, not a problem', () => {
  const text = [
    'CANCER SURVIVORSHIP VISIT',
    'Patient: 60-year-old man, 3 years after treatment for colon cancer.',
    '',
    'Diagnosis: adenocarcinoma of the sigmoid colon, stage IIIA.',
    'Surgery: sigmoid colectomy.',
    '',
    "TODAY'S VISIT",
    'Concerns: numbness in the feet; fatigue.',
    '',
    'ASSESSMENT AND [LOCATION] PLAN',
    '- Colon cancer, no evidence of recurrence.',
    '  CEA every 6 months; colonoscopy next year.',
    '- Chemotherapy-induced peripheral neuropathy.',
    '  Start duloxetine 30 mg daily.',
    '- Fatigue, mild.',
    '  Exercise program referral.',
    '',
    'Follow-up: clinic in 6 months.',
  ].join('\n');
  it('never quotes "TODAY\'S VISIT" or a title carrying a redaction placeholder, and reads the assessment under the latter', () => {
    const s = run(text);
    const all = s.sections.flatMap((x) => x.statements.map((st) => st.text));
    expect(mentions(all, /^TODAY'S VISIT$|^ASSESSMENT AND/)).toBe(false);
    const problems = statements(s, 'problems');
    for (const term of [/Colon cancer/, /neuropathy/, /Fatigue/]) expect(mentions(problems, term)).toBe(true);
  });
});
