// Words that name a disease without asserting it (I.A.19 / I.B.4: only a condition the provider documents
// is coded): a vaccine, a test, a measurement, a diet or a service named after a disease; laboratory
// results written after a colon; a course that ended (I.C.21.c.4). Notes are invented.
import { mentionContext } from '../../../src/engine/context';
import { analyzeText } from '../../../src/engine/text';
import type { MentionContext } from '../../../src/engine/types';
import { codes } from '../coding/guidelines/helpers';

function ctx(text: string, mention: string): MentionContext {
  const at = text.toLowerCase().indexOf(mention.toLowerCase());
  if (at < 0) throw new Error(`"${mention}" not in "${text}"`);
  return mentionContext(analyzeText(text), { start: at, end: at + mention.length });
}

describe('a disease word that names a vaccine, test, measurement, diet or service is not asserted', () => {
  it.each([
    ['Administered: hepatitis A vaccine IM right deltoid.', 'hepatitis A'],
    ['Second doses of measles-mumps-rubella (MMR) and varicella vaccines given.', 'measles'],
    ['Tdap (tetanus, diphtheria, pertussis) 0.5 mL IM.', 'diphtheria'],
    ['Offered opt-out HIV screening. HIV antibody test today.', 'HIV antibody'],
    ['LV stroke volume 72 mL, stroke volume index normal.', 'stroke'],
    ['Neuro: NIH stroke scale 0.', 'stroke'],
    ['Reviewed a diabetic diet handout.', 'diabetic'],
    ['Referred to: Diabetes & Endocrinology Associates.', 'Diabetes'],
    ['Lakeside Heart Failure Clinic, follow-up letter.', 'Heart Failure'],
  ])('%s', (text, mention) => {
    expect(ctx(text, mention).hypothetical).toBe(true);
  });

  it.each([
    ['HIV antibody positive, confirmed by Western blot.', 'HIV'],
    ['Type 2 diabetes, diet controlled.', 'diabetes'],
    ['Diabetes, seen in clinic today for follow-up.', 'Diabetes'],
    ['Trigger finger of the right index finger.', 'Trigger finger'],
  ])('still asserted: %s', (text, mention) => {
    expect(ctx(text, mention).hypothetical).toBe(false);
  });
});

describe('a laboratory result after the test name negates it', () => {
  it.each([
    ['HIV-1/2 antigen/antibody: nonreactive.', 'HIV'],
    ['RPR for syphilis nonreactive.', 'syphilis'],
    ['Urine NAAT for chlamydia and gonorrhea: both not detected.', 'chlamydia'],
    ['Stroke and TIA are not considerations given the history.', 'Stroke'],
  ])('%s', (text, mention) => {
    expect(ctx(text, mention).negated).toBe(true);
  });

  it('"Interpretation: negative for X" still negates forward', () => {
    expect(ctx('INTERPRETATION: NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY.', 'MALIGNANCY').negated).toBe(true);
  });
});

describe('I.C.21.c.4 a course that ended is history', () => {
  it.each([
    ['Ischemic stroke in 2020 with full recovery and no residual deficits.', 'Ischemic stroke'],
    ['Prostate adenocarcinoma treated definitively in 2015, no treatment since.', 'Prostate adenocarcinoma'],
    ['Sigmoid colon cancer, resected in 2016 and completed adjuvant chemotherapy.', 'colon cancer'],
  ])('%s', (text, mention) => {
    expect(ctx(text, mention).historical).toBe(true);
  });

  it('a resection alone is not history: adjuvant treatment may be under way (I.C.2.d)', () => {
    expect(ctx('Left breast cancer, ER positive, resected 2024; now on adjuvant tamoxifen.', 'breast cancer').historical).toBe(false);
  });
});

describe('coded outcomes', () => {
  it.each([
    ['Nurse visit: influenza vaccine and Tdap (tetanus, diphtheria, pertussis) given IM.', ['A36.9', 'A35', 'J11.1']],
    ['Screening: HIV-1/2 antigen/antibody test: nonreactive. RPR nonreactive.', ['B20', 'A53.9']],
    ['Echo: LV stroke volume 72 mL. Conclusion: normal echocardiogram.', ['I63.9']],
    ['Assessment: prediabetes. Reviewed a diabetic diet handout.', ['E11.9']],
    ['Ischemic stroke in 2020 with full recovery and no residual deficits. Assessment: essential hypertension.', ['I63.9']],
  ])('%s', (note, never) => {
    const out = codes(note);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('a stroke with no recovery words stays a current stroke', () => {
    expect(codes('Assessment: acute ischemic stroke of the left MCA territory.').some((c) => c.startsWith('I63'))).toBe(true);
  });
});

describe('recurrence words: history for what precedes, negation for what follows', () => {
  it('melanoma excised with no recurrence is history', () => {
    const text = 'PMH: melanoma of the back excised 2016 with clear margins, no recurrence.';
    expect(ctx(text, 'melanoma').historical).toBe(true);
  });
  it('"no recurrence of chest pain" negates the chest pain', () => {
    expect(ctx('Since the stent, no recurrence of chest pain.', 'chest pain').negated).toBe(true);
  });
});

describe('a short abbreviation labelling a measurement is not the disease it abbreviates', () => {
  it.each([
    ['Afebrile, SpO2 95% RA.', 'RA'],
    ['O2 sat 98% on RA at rest.', 'RA'],
    ['RA 8, PA 42/20, wedge 18.', 'RA'],
    ['PA 42/20 mmHg.', 'PA'],
  ])('%s', (text, mention) => {
    expect(ctx(text, mention).hypothetical).toBe(true);
  });

  it.each([
    ['PMH: RA on methotrexate.', 'RA'],
    ['Assessment: DM 2, HTN.', 'DM'],
    ['CHF 2/2 HTN.', 'CHF'],
  ])('still the disease: %s', (text, mention) => {
    expect(ctx(text, mention).hypothetical).toBe(false);
  });
});
