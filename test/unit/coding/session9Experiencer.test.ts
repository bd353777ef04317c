// Session 9 (issue 10): substance use disorders by DSM-5 severity, with and without remission (I.C.5.b.1).
// Each test names the guideline it serves; every note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };

describe('I.C.5.b.1: a DSM-5 "use disorder, moderate/severe" is dependence, uncomplicated unless an induced disorder is stated', () => {
  it('"Opioid use disorder, moderate" is F11.20, not F11.29 (no opioid-induced disorder named)', () => {
    const out = codes('Clinic. 45M. Opioid use disorder, moderate.', outpatient);
    expect(out).toContain('F11.20');
    expect(out).not.toContain('F11.29');
  });
  it('"Cannabis use disorder, severe" is F12.20', () => {
    expect(codes('Clinic. 45M. Cannabis use disorder, severe, smokes daily.', outpatient)).toContain('F12.20');
  });
  it('a stated withdrawal keeps its combination code (F11.23)', () => {
    const out = codes('Clinic. 45M. Opioid use disorder, severe, with withdrawal symptoms today.', outpatient);
    expect(out).toContain('F11.23');
    expect(out).not.toContain('F11.20');
  });
});

describe('I.C.5.b.1: "in remission" is the Tabular\'s dependence/abuse "in remission" code at the stated severity', () => {
  it('"Opioid use disorder, moderate, in sustained remission" is F11.21', () => {
    const out = codes('Clinic. 45M. Opioid use disorder, moderate, in sustained remission, on buprenorphine.', outpatient);
    expect(out).toContain('F11.21');
    expect(out).not.toContain('F11.29');
    expect(out).not.toContain('F11.20');
  });
  it('"Cannabis use disorder, severe, in sustained remission" is F12.21', () => {
    expect(codes('Clinic. 45M. Cannabis use disorder, severe, in sustained remission.', outpatient)).toContain('F12.21');
  });
  it('"mild ... in sustained remission" is abuse in remission (F10.11)', () => {
    expect(codes('Clinic. 45M. Alcohol use disorder, mild, in sustained remission.', outpatient)).toContain('F10.11');
  });
});
