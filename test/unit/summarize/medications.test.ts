import { isMedicationChange } from '../../../src/engine/summarize/medications';

describe('medication change recognition', () => {
  it('takes a change verb with a drug named by the Table of Drugs, a dose, an INN stem or a brand after the verb', () => {
    expect(isMedicationChange('I advised the patient to discontinue the use of ibuprofen.', false)).toBe(true); // Table of Drugs
    expect(isMedicationChange('Increase amlodipine to 10 mg daily.', false)).toBe(true); // dose
    expect(isMedicationChange('We will add empagliflozin for his kidneys.', false)).toBe(true); // INN stem -gliflozin
    expect(isMedicationChange('Based on the recent culture, we will place him on Keflex nighttime prophylaxis.', false)).toBe(true); // brand after "place him on"
  });

  it('does not take a drug merely continued, or a change of something that is not a drug', () => {
    expect(isMedicationChange('Continue metformin 500 mg twice daily.', false)).toBe(false);
    expect(isMedicationChange('He will continue lisinopril 20 mg once daily.', false)).toBe(false);
    expect(isMedicationChange('We will start a walking program and stop late meals.', false)).toBe(false);
  });

  it('reads a drug with its dose in an order list as an order even without a verb (plan / discharge lists)', () => {
    expect(isMedicationChange('IV Protonix 40 mg q.12h.', true)).toBe(true);
    expect(isMedicationChange('IV Protonix 40 mg q.12h.', false)).toBe(false);
  });
});
