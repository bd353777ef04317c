// Session 9 (issue 10): substance use disorders by DSM-5 severity, with and without remission (I.C.5.b.1).
// Each test names the guideline it serves; every note is invented.
import { codes } from './guidelines/helpers';
import { patientSex } from '../../../src/engine/context';

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

describe('I.A experiencer: a spouse\'s, partner\'s or caregiver\'s condition is not the patient\'s, and no family history (Z80-Z84 are for blood relatives)', () => {
  it('"he has Parkinson\'s disease" after "her husband\'s" in a note about a woman codes no G20 and no Z82', () => {
    const out = codes('68F with trouble sleeping x 3 months. She brought her husband\'s medication list by mistake -- he has Parkinson\'s disease.\nExam: no tremor, normal gait.\nA: insomnia.', outpatient);
    expect(out.some((c) => c.startsWith('G20'))).toBe(false);
    expect(out.some((c) => /^Z8[0-4]/.test(c))).toBe(false);
    expect(out).toContain('G47.00');
  });
  it('a pronoun of the other sex keeps the husband\'s scope: "his tremor" in a note about a woman is not coded', () => {
    const out = codes('72F here for fatigue. She cares for her husband at home -- his tremor and falls are worse at night.\nA: fatigue. Labs ordered.', outpatient);
    expect(out).not.toContain('R25.1');
  });
  it('a pronoun of the patient\'s own sex ends it: "her husband is in rehab; she has a tremor" codes the patient\'s tremor', () => {
    const out = codes('70F. Her husband moved to rehab and she has a resting tremor of the right hand.\nA: tremor, neurology referral.', outpatient);
    expect(out).toContain('R25.1');
  });
  it('the wife\'s diabetes in a note about a man is not the patient\'s E11 and no Z83.3', () => {
    const out = codes('55M with low back pain after lifting. Wife\'s type 2 diabetes is why he came to clinic with her.\nA: lumbar strain.', outpatient);
    expect(out.some((c) => c.startsWith('E11') || c === 'Z83.3')).toBe(false);
  });
  it('a blood relative stays in the family context (not the patient\'s G20): "mother has Parkinson\'s disease"', () => {
    const out = codes('60F, insomnia. Family history: mother has Parkinson\'s disease.\nA: insomnia.', outpatient);
    expect(out.some((c) => c.startsWith('G20'))).toBe(false);
  });
});

describe('patient sex, read for the experiencer pronoun rule, comes from the note\'s own demographic statement', () => {
  it('reads "68F", "55 yo M" and "a 70-year-old woman"; undefined when the note does not say', () => {
    expect(patientSex('68F with insomnia.')).toBe('F');
    expect(patientSex('55 yo M, back pain.')).toBe('M');
    expect(patientSex('Seen today: a 70-year-old woman with cough.')).toBe('F');
    expect(patientSex('Follow-up visit. Cough improved.')).toBeUndefined();
  });
});
