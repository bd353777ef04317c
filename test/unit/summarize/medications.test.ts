import { drugsNamed, isMedicationChange } from '../../../src/engine/summarize/medications';

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

  it('reads the charting abbreviations of discontinue (d/c, dc\'d) and "X in place of Y" as changes', () => {
    expect(isMedicationChange('D/C metformin given the eGFR.', false)).toBe(true);
    expect(isMedicationChange("Lasix dc'd yesterday.", false)).toBe(true);
    expect(isMedicationChange('Tamsulosin 0.4 mg at bedtime in place of oxybutynin.', false)).toBe(true);
  });

  it('does not read "hold off on" a drug as a change: it defers a start', () => {
    expect(isMedicationChange('We will hold off on sertraline at this time.', false)).toBe(false);
    expect(isMedicationChange('Hold lisinopril while creatinine is rising.', false)).toBe(true);
  });

  it('names the drugs of a statement, so the budget can prefer statements naming drugs not yet summarised', () => {
    const drugs = drugsNamed('Add clopidogrel 75 mg daily with aspirin 81 mg for 21 days.');
    expect(drugs.has('clopidogrel')).toBe(true);
    expect(drugs.has('aspirin')).toBe(true);
    expect(drugsNamed('Recheck blood pressure in four weeks.').size).toBe(0);
  });
});

describe('medication changes as dictated visit notes word them (ACI-Bench style)', () => {
  it('reads a brand after a determiner, a prescription or sample "of/for" a drug, and stop/discontinue verbs before a brand', () => {
    expect(isMedicationChange('I am going to put her in a straight leg brace and I will prescribe some Mobic.', false)).toBe(true);
    expect(isMedicationChange('Medical Treatment: Prescriptions provided for Naprosyn and Flexeril.', false)).toBe(true);
    expect(isMedicationChange('Samples of Nasonex two sprays in each nostril given for three weeks.', false)).toBe(true);
    expect(isMedicationChange('The patient will discontinue Ditropan.', false)).toBe(true);
  });

  it('knows the INN stems of oxicams, azole antifungals, setrons and tricyclics', () => {
    expect(isMedicationChange('In the meantime, I will prescribe meloxicam to reduce swelling.', false)).toBe(true);
    expect(isMedicationChange('Start ondansetron before meals.', false)).toBe(true);
    expect(isMedicationChange('We will try amitriptyline at bedtime for prevention.', false)).toBe(true);
  });

  it('still takes no brace, diet or capitalised non-drug as a medication change', () => {
    expect(isMedicationChange('I am going to put her in a straight leg brace.', false)).toBe(false);
    expect(isMedicationChange('We will stop the walking program for now.', false)).toBe(false);
  });
});
