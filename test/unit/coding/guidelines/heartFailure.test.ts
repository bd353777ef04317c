import { codes } from './helpers';

const inpatient = { setting: 'inpatient' as const };

describe('heart failure: acute on chronic supersedes its subcategory (Index Failure, heart, <type>, acute on chronic; I.A.15)', () => {
  it('a chronic code named in the history does not stand beside the acute on chronic code of the same type', () => {
    const out = codes('Past history: chronic systolic heart failure.\nDischarge diagnosis: acute on chronic systolic heart failure.', inpatient);
    expect(out).toContain('I50.23');
    expect(out).not.toContain('I50.22');
  });

  it('holds for every I50 subcategory (diastolic I50.3-)', () => {
    const out = codes('Chronic diastolic heart failure.\nFinal diagnosis: acute on chronic diastolic heart failure.', inpatient);
    expect(out).toContain('I50.33');
    expect(out).not.toContain('I50.32');
  });

  it('an acute and a chronic code of one type stated together are the acute on chronic code', () => {
    const out = codes('Chronic systolic heart failure, ejection fraction 25%.\nThis admission: acute systolic heart failure.', inpatient);
    expect(out).toContain('I50.23');
    expect(out).not.toContain('I50.22');
    expect(out).not.toContain('I50.21');
  });
});

describe('pulmonary edema with heart failure is part of the heart failure (Index Edema, lung, with heart failure; J81 Excludes1)', () => {
  it('acute pulmonary edema stated with heart failure is not coded J81', () => {
    const out = codes('Discharge diagnosis: acute on chronic systolic heart failure with acute pulmonary edema.', inpatient);
    expect(out).toContain('I50.23');
    expect(out.filter((c) => c.startsWith('J81'))).toEqual([]);
  });

  it('pulmonary edema without heart failure is coded J81.0', () => {
    const out = codes('Echocardiogram normal; no heart failure.\nFinal diagnosis: acute pulmonary edema.', inpatient);
    expect(out).toContain('J81.0');
    expect(out.filter((c) => c.startsWith('I50'))).toEqual([]);
  });
});
