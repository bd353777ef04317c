// The noun-phrase head rule (I.A.19, I.B.4): a condition word that modifies a head noun naming a person,
// a place, a service, a preventive measure, a measurement or a criterion is not a condition of the patient;
// a condition listed as a criterion is a definition. Notes are invented.
import { inCriteriaList, nonDiseaseHeadOf } from '../../../src/engine/context/nounPhraseHead';
import { mentionContext } from '../../../src/engine/context';
import { analyzeText } from '../../../src/engine/text';
import { codes } from '../coding/guidelines/helpers';

function span(text: string, mention: string): { start: number; end: number } {
  const at = text.indexOf(mention);
  if (at < 0) throw new Error(`"${mention}" not in "${text}"`);
  return { start: at, end: at + mention.length };
}

describe('head-noun classes', () => {
  it.each([
    ['Referred to the diabetes educator for carb counting.', 'diabetes', 'person'],
    ['Message left for the heart failure nurse.', 'heart failure', 'person'],
    ['Transferred to the stroke unit bed for telemetry.', 'stroke', 'place'],
    ['Seen at the walk-in flu clinic.', 'flu', 'place'],
    ['Enrolled in the diabetes prevention program.', 'diabetes', 'prevention'],
    ['Attended asthma education class.', 'asthma', 'service'],
    ['DVT prophylaxis: enoxaparin 40 mg daily.', 'DVT', 'prevention'],
    ['Echo: stroke volume 70 mL.', 'stroke', 'measurement'],
    ['Sepsis criteria were reviewed.', 'Sepsis', 'criterion'],
    ['PHQ-9 depression screen scored 3.', 'depression', 'criterion'],
  ])('%s', (text, mention, cls) => {
    expect(nonDiseaseHeadOf(text, span(text, mention))).toBe(cls);
  });

  it.each([
    // Punctuation ends the noun phrase: the condition is the patient's.
    ['Type 2 diabetes, nurse to call with results.', 'diabetes'],
    ['Heart failure; clinic follow-up in 2 weeks.', 'Heart failure'],
    // A symptom graded on its own scale is still documented.
    ['Low back pain score 6/10 today.', 'pain'],
    // Heads that state the person has the condition.
    ['Breast cancer survivor, here for a rash.', 'Breast cancer'],
    ['Stroke risk factors: hypertension and smoking.', 'Stroke'],
    ['Diabetes well controlled on diet.', 'Diabetes'],
    // Criteria the patient meets assert the condition.
    ['Met SIRS criteria on admission, noninfectious.', 'SIRS'],
    // A coordinated noun is its own finding; a kind of care names the service itself.
    ['Dialysis for renal failure and volume overload.', 'renal failure'],
    ['Transferred to the palliative care unit.', 'palliative care'],
  ])('no head: %s', (text, mention) => {
    expect(nonDiseaseHeadOf(text, span(text, mention))).toBeUndefined();
  });

  it('reads a condition in a criteria line as a definition, not a finding', () => {
    const text = 'Eligibility criteria: heart failure, COPD or diabetes.\nAssessment: hypertension.';
    expect(inCriteriaList(text, span(text, 'COPD'))).toBe(true);
    expect(inCriteriaList(text, span(text, 'hypertension'))).toBe(false);
    // A case report's diagnostic criteria list the patient's own findings.
    const report = 'Graded according to the following criteria: conjunctival edema, eyelid swelling.';
    expect(inCriteriaList(report, span(report, 'conjunctival edema'))).toBe(false);
  });

  it('makes the mention hypothetical in the context analysis', () => {
    const text = 'Referred to the diabetes educator.';
    expect(mentionContext(analyzeText(text), span(text, 'diabetes')).hypothetical).toBe(true);
  });
});

describe('the coder does not code a condition that only names a head noun', () => {
  it.each([
    ['Primary care visit.\nPrediabetes, A1c 6.0. Referral to the diabetes educator.\nAssessment: prediabetes.', ['E11.9']],
    ['Hospital course: placed in a stroke unit bed because of census. Cellulitis of the right forearm treated with cefazolin.\nFinal diagnosis: cellulitis of right upper limb.', ['I63.9']],
    ['Heart failure clinic nurse called about her knee. Assessment: primary osteoarthritis, left knee.', ['I50.9']],
  ])('%s', (note, never) => {
    const out = codes(note);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('still codes the condition the note states elsewhere', () => {
    const out = codes('Seen in the heart failure clinic.\nAssessment: chronic systolic heart failure, stable.');
    expect(out).toContain('I50.22');
  });
});
