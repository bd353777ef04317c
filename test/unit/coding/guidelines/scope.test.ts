// Context scope as the guidelines read it: a relative's diagnosis stays the relative's (I.C.21.c.4), a
// condition ruled out is never "uncertain at discharge" (II.H), conditional and possible findings are not
// coded (IV.H), and Excludes1 "without" codes never beside their "with" sibling (I.A.12.a). Notes invented.
import { loadCodeSet } from '../../../../src/engine/icd10';
import { CodeSetConventions } from '../../../../src/engine/coding/guidelines';
import { codes } from './helpers';

describe('I.C.21.c.4 a relative diagnosed with a condition is family history', () => {
  it.each([
    ['Indication: screening colonoscopy; father diagnosed with colon cancer at age 52.', ['C18.9']],
    ['Indication: routine screening; mother diagnosed with breast cancer at 48.', ['C50.919', 'C50.911', 'C50.912']],
  ])('%s', (note, never) => {
    const out = codes(note);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('the patient diagnosed with a condition is still the patient (experiencer scope ends at "patient")', () => {
    expect(codes('Mother had asthma. The patient was diagnosed with type 2 diabetes.')).toContain('E11.9');
  });
});

describe('II.H inpatient: a condition the note rules out is not coded as uncertain-at-discharge', () => {
  it('heart failure considered and then excluded', () => {
    const note = 'DISCHARGE SUMMARY\nHeart failure was considered: BNP 45 and echo normal - no heart failure.\nDischarge diagnosis: acute exacerbation of COPD.';
    const out = codes(note, { setting: 'inpatient' });
    expect(out).not.toContain('I50.9');
    expect(out).toContain('J44.1');
  });

  it('an uncertain diagnosis not ruled out is still coded inpatient', () => {
    const out = codes('DISCHARGE SUMMARY\nDischarge diagnosis: probable community-acquired pneumonia.', { setting: 'inpatient' });
    expect(out).toContain('J18.9');
  });
});

describe('IV.H / hypothetical: possibilities and things to report are not coded', () => {
  it.each([
    ['Assessment: acute upper respiratory infection. Return if symptoms last beyond 10 days, which could suggest sinusitis or pneumonia.', ['J32.9', 'J18.9', 'J01.90']],
    ['Dx: essential hypertension. Counseled to report a persistent dry cough.', ['R05.9']],
  ])('%s', (note, never) => {
    const out = codes(note);
    for (const c of never) expect(out).not.toContain(c);
  });
});

describe('I.A.12.a a category\'s "without" code is never beside its "with" code', () => {
  const conventions = new CodeSetConventions(loadCodeSet(2027));
  it.each([
    ['K25.9', 'K25.4', true],
    ['K21.9', 'K21.00', true],
    ['K25.9', 'K26.4', false],
  ])('%s with %s → %s', (a, b, conflict) => {
    expect(conventions.excludes1Conflict(a as string, b as string)).toBe(conflict);
    expect(conventions.excludes1Conflict(b as string, a as string)).toBe(conflict);
  });

  it('a bleeding gastric ulcer is K25.4 alone', () => {
    const out = codes('EGD: gastric antral ulcer with a visible vessel.\nFinal diagnosis: bleeding gastric ulcer.');
    expect(out).toContain('K25.4');
    expect(out).not.toContain('K25.9');
  });
});

describe('II.H applies to the diagnoses at discharge, not to an uncertain finding of a report', () => {
  it('"atelectasis versus infiltrate" on the film is not coded; the discharge diagnosis is', () => {
    const note = 'DISCHARGE SUMMARY\nHospital course: CXR showed a hazy right basilar opacity, atelectasis versus infiltrate.\nDischarge diagnosis: probable community-acquired pneumonia, right base.';
    const out = codes(note, { setting: 'inpatient' });
    expect(out).toContain('J18.9');
    expect(out).not.toContain('J98.11');
  });

  it('I.B.2 the Index subterm of the stated kind: meningitis, probably viral (inpatient) → A87.9', () => {
    const out = codes('DISCHARGE SUMMARY\nDischarge diagnosis: meningitis, probably viral.', { setting: 'inpatient' });
    expect(out).toContain('A87.9');
    expect(out).not.toContain('G03.9');
  });
});
