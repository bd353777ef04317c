// Guideline I.C.18.b (no sign of chapter 18 once a related definitive diagnosis is established), read from
// the classification's own structure: a sign's block names the body system it involves, a disease's chapter
// names its system; I.B.5 "unless otherwise instructed by the classification" (use additional code for
// symptoms, code first); I.B.6 (a sign the provider assesses as its own problem, or of another system, stays).
// Notes invented.
import { codes, sections } from './helpers';

describe('I.C.18.b a sign of the body system of the concluded disease is not coded', () => {
  it.each([
    // digestive signs (R10-R19) beside a digestive disease
    ['Dysphagia to solids and liquids for a year, regurgitation of food.\nAssessment: achalasia of the esophagus.', 'K22.0', ['R13.10', 'R13.19']],
    // circulatory and respiratory signs (R00-R09) beside a valve disease and an airway disease
    ['Shortness of breath on exertion for months.\nAssessment: severe nonrheumatic aortic stenosis.', 'I35.0', ['R06.02', 'R06.00']],
    ['Wheezing with exercise twice a month, none at night.\nAssessment: mild intermittent asthma, uncomplicated.', 'J45.20', ['R06.2']],
    // nervous-system signs (R25-R29) beside a nervous-system disease
    ['Resting tremor of the right hand and a shuffling gait for a year.\nAssessment: Parkinson disease without dyskinesia.', 'G20.A1', ['R25.1', 'R26.89']],
  ])('%s', (note, disease, never) => {
    const out = codes(note);
    expect(out).toContain(disease);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('cites I.C.18.b on the disease that explains the sign', () => {
    expect(sections('Dysphagia to solids and liquids for a year.\nAssessment: achalasia of the esophagus.', 'K22.0')).toContain('I.C.18.b');
  });
});

describe('I.B.5 general signs routinely presenting a disease', () => {
  it.each([
    ['Thunderclap headache and vomiting.\nFinal diagnosis: nontraumatic subarachnoid hemorrhage.', 'I60.9', ['R51.9', 'R11.10']],
    ['Months of poor intake and unintended weight loss of 12 kg.\nDiagnosis: severe protein-calorie malnutrition.', 'E43', ['R63.4']],
    ['Tingling around the mouth and in the fingertips since thyroid surgery, calcium 7.6.\nAssessment: postprocedural hypoparathyroidism.', 'E89.2', ['R20.2']],
  ])('%s', (note, disease, never) => {
    const out = codes(note);
    expect(out).toContain(disease);
    for (const c of never) expect(out).not.toContain(c);
  });
});

describe('I.B.6 and "unless otherwise instructed": signs that stay', () => {
  it('a sign the provider assesses as its own problem is coded beside a disease of its system', () => {
    const out = codes('Racing heartbeat twice a week for a month.\nAssessment: 1. Essential hypertension, controlled. 2. Palpitations, cause not yet determined; ambulatory monitor ordered.');
    expect(out).toEqual(expect.arrayContaining(['I10', 'R00.2']));
  });

  // Session 8: the provider documents it (I.B.6, IV.J); a narrative-only sign beside a concluded diagnosis is not
  // coded (I.C.18, IV.D: symptom codes when no definitive diagnosis is established).
  it('a sign of another body system the provider documents is coded', () => {
    const out = codes('Three nosebleeds from the left nostril this month, stopping with pressure.\nAssessment: primary osteoarthritis of the right knee; recurrent nosebleeds, ENT referral.');
    expect(out).toEqual(expect.arrayContaining(['M17.11', 'R04.0']));
  });

  it('N40.1 says "use additional code for associated symptoms": the urinary signs are coded', () => {
    const out = codes('Daytime urinary frequency, urinary urgency and a weak urinary stream for two years.\nAssessment: benign prostatic hyperplasia with lower urinary tract symptoms.');
    expect(out).toEqual(expect.arrayContaining(['N40.1', 'R35.0', 'R39.15']));
  });
});

describe('I.A.15 / I.B.9 a combination code that names the sign reports it', () => {
  it('diverticulosis with bleeding is not coded again as rectal hemorrhage (the colon is the large intestine)', () => {
    const out = codes('Painless bright red blood per rectum.\nFinal diagnosis: diverticulosis of the sigmoid colon with bleeding.');
    expect(out).toContain('K57.31');
    expect(out).not.toContain('K62.5');
  });

  it('a joint sign goes with a complication of the same joint\'s prosthesis and with a site-less arthropathy combination', () => {
    const knee = codes('Pain in the right knee on standing.\nAssessment: aseptic loosening of the right knee prosthesis.');
    expect(knee).toContain('T84.032A');
    expect(knee).not.toContain('M25.561');
    const charcot = codes('Left ankle swollen and warm.\nAssessment: Charcot neuroarthropathy of the left ankle in type 1 diabetes.');
    expect(charcot).toContain('E10.610');
    expect(charcot.filter((c) => c.startsWith('M25.4'))).toEqual([]);
  });
});
