// Guidelines I.C.21.c.2 (encounter for immunization, Z23), I.C.21.c.5 (screening of an asymptomatic
// patient, Z11–Z13 from the Index's "Screening" entries) and I.B.4 (a vaccine's or a negative test's
// disease is not a diagnosis of the patient). Invented notes.
import { codes, sections } from './helpers';

describe('I.C.21.c.2 an immunization given at the visit is Z23, and the vaccine names no disease', () => {
  it.each([
    ['Nurse visit.\nInfluenza vaccine 0.5 mL IM given in the left deltoid. No reaction.', ['J11.1', 'J10.1']],
    ['Travel clinic. Dose 2 of hepatitis A vaccine administered IM; series complete.', ['B15.9', 'K75.9']],
    ['Immunization visit\nEligible for pneumococcal vaccine.\nPCV20 0.5 mL IM given.', ['J13', 'J18.9']],
    ['Vaccines only. Tdap (tetanus, diphtheria, pertussis) 0.5 mL IM administered.', ['A35', 'A36.9', 'A37.90']],
    ['Second doses of measles-mumps-rubella (MMR) and varicella vaccines given subcutaneously.', ['B05.9', 'B26.9', 'B01.9']],
  ])('%s', (note, never) => {
    const out = codes(note);
    expect(out).toContain('Z23');
    for (const c of never) expect(out).not.toContain(c);
  });

  it('cites I.C.21.c.2 on Z23', () => {
    expect(sections('Shingles vaccine (Shingrix) dose 1 given IM today.', 'Z23')).toContain('I.C.21.c.2');
  });

  it('gives no Z23 for a past, declined or planned vaccination', () => {
    expect(codes('She received the BCG vaccine in childhood. Pulmonary tuberculosis confirmed on culture.')).not.toContain('Z23');
    expect(codes('Influenza vaccine declined today. Type 2 diabetes mellitus.')).not.toContain('Z23');
    expect(codes('Hepatitis B vaccination series recommended; he will return for dose 1. Hypertension.')).not.toContain('Z23');
  });
});

describe('I.C.21.c.5 a screening test of an asymptomatic patient is the Index\'s screening code', () => {
  it.each([
    ['Routine opt-out HIV screening per guidelines: HIV-1/2 Ag/Ab test nonreactive.', ['Z11.4'], ['B20', 'Z21']],
    ['One-time universal hepatitis C screening: HCV antibody negative.', ['Z11.59'], ['B19.20', 'B18.2']],
    ['Annual tuberculosis screening for employment. PPD 0 mm, negative.', ['Z11.1'], ['A15.9', 'A15.0']],
    ['SCREENING MAMMOGRAM\nNo suspicious mass. BI-RADS 1.', ['Z12.31'], ['C50.919']],
    ['Here for colorectal cancer screening colonoscopy, no symptoms. Normal colon to the cecum.', ['Z12.11'], ['C18.9']],
    ['45-year-old without symptoms seen for diabetes screening per USPSTF. A1c 5.2%.', ['Z13.1'], ['E11.9']],
    ['Asymptomatic, here for cholesterol screening. Lipid panel normal.', ['Z13.220'], ['E78.5']],
    ['Universal one-time screening: HIV nonreactive; hepatitis C antibody nonreactive.', ['Z11.4', 'Z11.59'], ['B20', 'B19.20']],
  ])('%s', (note, want, never) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });

  it('codes what a screening found beside the screening code', () => {
    const out = codes('Colonoscopy - average-risk screening, no symptoms.\nFinal diagnosis: hyperplastic polyp of the sigmoid colon.');
    expect(out).toEqual(expect.arrayContaining(['Z12.11', 'K63.5']));
  });

  it('gives no screening code for a work-up, an overdue screening or one that is only recommended', () => {
    expect(codes('Fever and weight loss for a month. Work-up: HIV screening test reactive, confirmed by Western blot: HIV disease.').some((c) => c.startsWith('Z11'))).toBe(false);
    expect(codes('Colon cancer screening is overdue; will schedule. Hypertension.')).not.toContain('Z12.11');
    expect(codes('Hypertension, controlled. Recommend screening mammogram next month.')).not.toContain('Z12.31');
  });

  it('cites I.C.21.c.5', () => {
    expect(sections('Routine STI screening, asymptomatic. Chlamydia and gonorrhea NAAT not detected.', 'Z11.3')).toContain('I.C.21.c.5');
  });
});

describe('I.B.4 a disease named as the label of a negative test is not coded', () => {
  it('drops a test-named disease whose result was negative, keeps one stated as present', () => {
    expect(codes('Cough for 3 weeks. Influenza PCR negative. Assessment: acute bronchitis.')).not.toContain('J11.1');
    expect(codes('Assessment: influenza A, confirmed by PCR.')).toEqual(expect.arrayContaining([expect.stringMatching(/^J1[01]/)]));
  });
});

describe('I.B.4 a disease word in an organisation\'s name or a measurement\'s name is not a diagnosis', () => {
  it.each([
    ['Referred to Diabetes & Endocrinology Associates for a thyroid nodule. Patient has no diabetes.', ['E11.9', 'E10.9']],
    ['Echocardiogram: LV stroke volume 72 mL, normal. Indication: shortness of breath.', ['I63.9']],
    ['Neuro exam normal, NIH stroke scale 0. Assessment: orthostatic hypotension.', ['I63.9']],
  ])('%s', (note, never) => {
    const out = codes(note);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('still codes the disease when the note states it', () => {
    expect(codes('Assessment: acute ischemic stroke of the left MCA territory; NIH stroke scale 8.').some((c) => c.startsWith('I63'))).toBe(true);
  });
});
