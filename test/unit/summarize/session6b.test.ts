// Session 6b (issue 16): summary holdout4's misses, each test named by the plan wording or note layout it serves.
// Every note and sentence here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { isMedicationChange } from '../../../src/engine/summarize/medications';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();

describe('plan wording: a change timed by another change of the same plan is a step of a sequence, not a condition', () => {
  it('"switch to X when Y starts" / "stop X once Y is started" are changes; "when tolerated" / "if ..." stay conditional', () => {
    expect(isMedicationChange('Continue ticagrelor for now, switch to clopidogrel when apixaban starts.', false)).toBe(true);
    expect(isMedicationChange('Continue aspirin for now; stop it once warfarin is started.', false)).toBe(true);
    expect(isMedicationChange('Continue metoprolol; increase when tolerated.', false)).toBe(false);
    expect(isMedicationChange('Continue metformin while creatinine is stable; stop if eGFR falls below 30.', false)).toBe(false);
    expect(isMedicationChange('Continue lisinopril; stop once he is started.', false)).toBe(false);
  });
});

describe('plan wording: an offer the patient accepted is a prescription', () => {
  it('"Offered X; she accepted." is a change, an offer declined or merely discussed is not', () => {
    expect(isMedicationChange('Offered nicotine patch 14 mg; she accepted.', false)).toBe(true);
    expect(isMedicationChange('Offered varenicline 0.5 mg, he agreed to try it.', false)).toBe(true);
    expect(isMedicationChange('Offered nicotine patch 14 mg; she declined.', false)).toBe(false);
    expect(isMedicationChange('Offered sertraline 25 mg.', false)).toBe(false);
  });
});

describe('layout: numbered cardiology impression whose antiplatelet switch waits on the anticoagulant start', () => {
  it('the switch reaches the medication changes, quoted whole', () => {
    const text = [
      'CARDIOLOGY CLINIC FOLLOW-UP',
      'Mr. Test Patient, 68, seen after a stent to the right coronary artery. Walking daily, no angina.',
      'Takes aspirin 81 mg, prasugrel 10 mg daily, metoprolol 25 mg, atorvastatin 80 mg.',
      '',
      'Impression:',
      '(1) Coronary artery disease after stent - stable. Continue prasugrel for now, switch to clopidogrel when rivaroxaban starts.',
      '(2) Paroxysmal atrial fibrillation, new on monitor. Start rivaroxaban 20 mg daily with supper.',
      '',
      'Return in 6 weeks.',
    ].join('\n');
    const r = engine.process(text);
    const s = r.summary;
    expectQuoted(r.redactedText, s);
    expect(statements(s, 'medications').some((t) => /switch to clopidogrel/.test(t))).toBe(true);
  });
});

describe('layout: "A/P by problem" with each problem a label line of its own and its plan as bullets under it', () => {
  it('every label heads its problem together with its first bullet, quoted whole; bullets are not problems of their own', () => {
    const text = [
      'S: Here for diabetes and gout follow-up. Feet burn at night. Two gout flares since spring.',
      'O: BP 134/82, BMI 36. Monofilament reduced at both feet. A1c 9.1.',
      '',
      'A/P by problem',
      'Type 2 diabetes mellitus, uncontrolled:',
      '- A1c up to 9.1. Start semaglutide 0.25 mg weekly.',
      'Diabetic peripheral neuropathy:',
      '- Painful, progressing. Increase gabapentin to 300 mg at bedtime.',
      'Gout, recurrent:',
      '- Two flares this year. Start allopurinol 100 mg daily.',
      '',
      'Return in 4 weeks.',
    ].join('\n');
    const r = engine.process(text);
    expectQuoted(r.redactedText, r.summary);
    const problems = statements(r.summary, 'problems');
    for (const label of ['Type 2 diabetes mellitus, uncontrolled:', 'Diabetic peripheral neuropathy:', 'Gout, recurrent:']) {
      expect(problems.filter((p) => p.startsWith(label))).toHaveLength(1);
    }
    expect(problems.some((p) => p.startsWith('- '))).toBe(false);
  });

  it('a label naming a part of the plan ("Labs:") over bullets heads nothing', () => {
    const text = [
      'Assessment and plan:',
      '1. Hypertension, not at goal. Increase lisinopril to 20 mg daily.',
      'Labs:',
      '- BMP in 2 weeks.',
    ].join('\n');
    const r = engine.process(text);
    expectQuoted(r.redactedText, r.summary);
    expect(statements(r.summary, 'problems').some((p) => p.startsWith('Labs:'))).toBe(false);
  });
});

describe('plan wording: a sentence opening on its condition is not a change made now', () => {
  it('"If suspicious, hold the hormone therapy." and "Should the rash recur, stop lamotrigine." are not changes', () => {
    expect(isMedicationChange('If suspicious, hold the hormone therapy.', false)).toBe(false);
    expect(isMedicationChange('Should the rash recur, stop lamotrigine 25 mg.', false)).toBe(false);
    expect(isMedicationChange('Hold the hormone therapy until the biopsy is back.', false)).toBe(true);
  });
});

describe('layout: an assessment written one problem a line as "label - plan" without list markers', () => {
  it('a line whose label is a condition and whose plan starts a drug still heads its problem', () => {
    const text = [
      'Assessment and plan',
      'Vasomotor symptoms of menopause, bothersome - start estradiol 0.05 mg patch twice weekly.',
      'Genitourinary syndrome of menopause - start vaginal estradiol cream 0.5 g twice weekly.',
      'Osteopenia - FRAX below treatment threshold; add vitamin D3 1000 units daily.',
      '',
      'Follow-up in 3 months.',
    ].join('\n');
    const r = engine.process(text);
    expectQuoted(r.redactedText, r.summary);
    const problems = statements(r.summary, 'problems');
    expect(problems.some((p) => p.startsWith('Genitourinary syndrome of menopause - '))).toBe(true);
    expect(problems.some((p) => p.startsWith('Osteopenia - '))).toBe(true);
  });
});

describe('layout: a long multi-problem note whose assessment fills the length budget, with an "Allergies:" line in its history', () => {
  it('the stated allergy is still in the summary, quoted whole', () => {
    const problems = [
      'Type 2 diabetes mellitus, uncontrolled - A1c 9.6 on metformin alone; start empagliflozin 10 mg daily and recheck A1c in 3 months.',
      'Essential hypertension, above goal at 152/94 on two agents - increase amlodipine to 10 mg daily and check home readings.',
      'Chronic kidney disease stage 3a, stable - eGFR 52, urine albumin 40; keep the empagliflozin for renal protection too.',
      'Hyperlipidemia, LDL 131 off therapy - start atorvastatin 40 mg nightly and repeat lipids in 8 weeks.',
      'Osteoarthritis of both knees, worse with standing - physical therapy referral and topical diclofenac gel four times daily.',
      'Obstructive sleep apnea, not using CPAP - mask refit with the sleep clinic and a compliance download next month.',
      'Gastroesophageal reflux disease, nightly symptoms despite omeprazole - raise the head of the bed and stop late meals.',
      'Major depressive disorder, recurrent, moderate, PHQ-9 of 14 - increase sertraline to 100 mg daily and see therapy weekly.',
      'Tobacco use disorder, one pack a day for 30 years - start a nicotine patch 21 mg daily and refer to the quit line.',
    ];
    const text = [
      'FOLLOW-UP VISIT',
      'Patient here for chronic problems. Feels tired. Walks little.',
      'Allergies: morphine (hallucinations).',
      '',
      'Assessment and plan',
      ...problems.map((p, i) => `${i + 1}. ${p}`),
      '',
      'Return in 3 months.',
    ].join('\n');
    const r = engine.process(text);
    expectQuoted(r.redactedText, r.summary);
    expect(statements(r.summary, 'allergies')).toEqual(['morphine (hallucinations).']);
  });
});
