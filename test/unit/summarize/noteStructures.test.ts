// How clinicians lay out an assessment in note styles the first summarizer missed: consult letters assessing in prose,
// one problem per line with its plan on the same line, a diagnosis list re-listed by the plan, a working diagnosis
// superseded by the final one, a discussion paragraph with no header. Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { analyzeText } from '../../../src/engine/text';
import { summarize, type Summary } from '../../../src/engine/summarize';
import { buildUnits } from '../../../src/engine/summarize/units';
import { expectQuoted } from '../../helpers/summaryAssertions';

function byKind(s: Summary): Record<string, string[]> {
  return Object.fromEntries(s.sections.map((x) => [x.kind, x.statements.map((st) => st.text)]));
}

/** Problem headings: the first statement of each problem. */
function heads(s: Summary): string[] {
  const section = s.sections.find((x) => x.kind === 'problems');
  return (section?.statements ?? []).filter((st, i, all) => all.findIndex((x) => x.problem === st.problem) === i).map((st) => st.text);
}

const history = 'She has had more fatigue over the winter and walks less than before. She lives alone and manages her own medicines. '.repeat(4);

describe('assessments written in prose (letters and narrative notes)', () => {
  it('a consult letter: "My impression is as follows." then ordinal sentences, each a problem; the lead-in names none', () => {
    const text = [
      'Dear Dr. Quillfeather,',
      '',
      `Thank you for asking me to see this 70-year-old man about chest tightness. ${history}`,
      '',
      'On examination his blood pressure was 150/90. His ECG shows a new left bundle branch block.',
      '',
      'My impression is as follows. First, his symptoms are typical of stable angina pectoris. I have arranged a stress test. Second, he has a new left bundle branch block, to be reassessed after the stress test. Third, the orthostatic hypotension is most likely due to tamsulosin; I have stopped it.',
      '',
      'I will see him again in six weeks.',
      '',
      'Yours sincerely,',
    ].join('\n');
    const s = summarize(analyzeText(text));
    expect(heads(s)).toEqual([
      'First, his symptoms are typical of stable angina pectoris.',
      'Second, he has a new left bundle branch block, to be reassessed after the stress test.',
      'Third, the orthostatic hypotension is most likely due to tamsulosin; I have stopped it.',
    ]);
    expectQuoted(text, s);
    // With room after the problems, the next visit the letter promises and the test it arranged are its follow-up.
    expect(byKind(summarize(analyzeText(text), { maxRatio: 0.5 })).follow_up).toEqual(['I have arranged a stress test.', 'I will see him again in six weeks.']);
  });

  it('a consult letter: the impression sentence is its problem, the recommendations are actions and the closing allergy line an allergy', () => {
    const text = `Dear Dr. Pell,\n\n${history}\n\nMy impression is that she has fatty liver disease with moderate fibrosis.\n\nRecommendations:\n1. Stop glipizide.\n2. Repeat elastography in 12 months.\n\nI will see her again in 3 months with the results.\n\nShe has no known drug allergies.\n\nYours sincerely,\nDr. Treece\n`;
    const k = byKind(summarize(analyzeText(text)));
    expect(k.problems).toEqual(['My impression is that she has fatty liver disease with moderate fibrosis.']);
    expect(k.medications).toEqual(['Stop glipizide.']);
    expect(k.allergies).toEqual(['She has no known drug allergies.']);
  });

  it('a discussion paragraph with no header after the findings is the assessment; each sentence whose subject is a condition is a problem', () => {
    const engine = new ClinicalEngine();
    const text = [
      'PULMONARY CLINIC',
      '',
      `${history}`,
      '',
      'Exam: Prolonged expiration, scattered wheezes.',
      'Data: FEV1 38% predicted. Epworth score 15.',
      '',
      'His COPD is severe and worsening, so I have changed tiotropium to triple inhaled therapy. Obstructive sleep apnea is suspected from his symptoms; a home sleep study is scheduled.',
      '',
      'I will see him in 8 weeks.',
    ].join('\n');
    const r = engine.process(text);
    const h = heads(r.summary);
    expect(h).toEqual(expect.arrayContaining([
      'His COPD is severe and worsening, so I have changed tiotropium to triple inhaled therapy.',
      'Obstructive sleep apnea is suspected from his symptoms; a home sleep study is scheduled.',
    ]));
    // The lines right under the "Exam:" and "Data:" headers are findings, not problems.
    expect(h.some((x) => /wheezes|FEV1/.test(x))).toBe(false);
  });
});

describe('problem lists laid out by line and by section', () => {
  it('one problem per line with its plan on the same line: the verbless phrase opening the line is the problem', () => {
    const text = `Interval history: ${history}\n\nAssessment and plan:\nMild cognitive impairment, new. Stop oxybutynin.\nRight rotator cuff tendinopathy. Home exercise program and physical therapy referral.\nLong-term proton pump inhibitor use without a clear indication. Taper omeprazole to every other day, then stop.\n`;
    const s = summarize(analyzeText(text));
    expect(heads(s)).toEqual([
      'Mild cognitive impairment, new.',
      'Right rotator cuff tendinopathy.',
      'Long-term proton pump inhibitor use without a clear indication.',
    ]);
    expectQuoted(text, s);
  });

  it('"Assessment and plan by problem:" is an assessment header (a known header with how it is organised)', () => {
    const engine = new ClinicalEngine();
    const text = `Subjective: ${history}\nObjective: T 37.2, HR 84.\nLabs: WBC 11.2.\n\nAssessment and plan by problem:\n\nHer acute kidney injury was prerenal and creatinine is nearly back to baseline. IV fluids are stopped.\n\nChronic heart failure with preserved ejection fraction remains compensated; resume home furosemide 20 mg daily tomorrow.\n`;
    const h = heads(engine.process(text).summary);
    expect(h).toEqual([
      'Her acute kidney injury was prerenal and creatinine is nearly back to baseline.',
      'Chronic heart failure with preserved ejection fraction remains compensated; resume home furosemide 20 mg daily tomorrow.',
    ]);
  });

  it('a plan by problem that re-lists the impression\'s problems by label ("Parkinsonism: ...") adds no second problem', () => {
    const text = `History: ${history}\n\nImpression:\n1. Hypertension, uncontrolled.\n2. Parkinsonism, left-sided, probable idiopathic Parkinson disease.\n\nRecommendations:\n1. Add chlorthalidone 12.5 mg daily.\n2. Parkinsonism: outpatient movement disorders clinic; no levodopa for now.\n`;
    const s = summarize(analyzeText(text));
    expect(heads(s)).toEqual(['Hypertension, uncontrolled.', 'Parkinsonism, left-sided, probable idiopathic Parkinson disease.']);
  });

  it('a "Diagnosis:" line re-stated by the assessment is one problem (same coded category), but another condition of a chosen category is still checked', () => {
    const text = `Diagnosis: Stage IIIA adenocarcinoma of the left lung.\n\nInterval history: ${history}\n\nImpression and plan:\nLung adenocarcinoma, partial response on osimertinib. Continue osimertinib.\nType 2 diabetes, stable.\nContinue gabapentin for the diabetic neuropathy of both feet.\n`;
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const s = summarize(analyzeText(text), {
      coded: [
        { code: 'C34.92', evidence: [at('adenocarcinoma of the left lung')] },
        { code: 'C34.90', evidence: [at('Lung adenocarcinoma')] },
        { code: 'E11.9', evidence: [at('Type 2 diabetes')] },
        { code: 'E11.42', evidence: [at('diabetic neuropathy')] },
      ],
    });
    expect(heads(s)).toEqual(['Lung adenocarcinoma, partial response on osimertinib.', 'Type 2 diabetes, stable.', 'Continue gabapentin for the diabetic neuropathy of both feet.']);
    expect(s.defects).toBeUndefined();
  });

  it('a numbered problem stating a finding "not present today" is a problem, not an introduction ("She presents today with ...")', () => {
    const text = `HPI: ${history}\n\nA/P:\n1. Gestational diabetes mellitus, newly diagnosed.\n2. Elevated blood pressure without proteinuria, concerning for gestational hypertension; preeclampsia not present today.\n`;
    expect(heads(summarize(analyzeText(text)))).toEqual([
      'Gestational diabetes mellitus, newly diagnosed.',
      'Elevated blood pressure without proteinuria, concerning for gestational hypertension; preeclampsia not present today.',
    ]);
  });

  it('an impression whose only statement of the problem is its one-liner ("A 67-year-old man with ... with cellulitis") keeps that one-liner', () => {
    const text = `HPI: ${history}\n\nIMPRESSION: A 67-year-old man with multiple comorbidities with cellulitis of the left foot. It seems that he has had several minor injuries recently.\n\nPLAN:\n1. Antibiotic for urinary tract infection.\n`;
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const s = summarize(analyzeText(text), { conditions: [at('cellulitis of the left foot'), at('urinary tract infection')] });
    expect(heads(s)).toContain('A 67-year-old man with multiple comorbidities with cellulitis of the left foot.');
  });

  it('a later sentence on a listed problem\'s line naming another condition ("Gestational hypertension to be ruled out ...") is that problem\'s discussion', () => {
    const text = `HPI: ${history}\n\nA/P:\n1. Elevated blood pressure without proteinuria. Gestational hypertension to be ruled out with home monitoring twice daily.\n2. Iron deficiency anemia.\n`;
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const s = summarize(analyzeText(text), { conditions: [at('Elevated blood pressure'), at('Gestational hypertension'), at('Iron deficiency anemia')] });
    expect(heads(s)).toEqual(['Elevated blood pressure without proteinuria.', 'Iron deficiency anemia.']);
  });

  it('a working diagnosis the note supersedes (admission beside discharge diagnoses) is the reason for the stay, not a problem', () => {
    const text = `DISCHARGE SUMMARY\n\nAdmission diagnosis: Shortness of breath.\n\nDischarge diagnoses:\n1. Acute on chronic systolic heart failure\n2. Hypokalemia\n\nHospital course: ${history}\n`;
    const s = summarize(analyzeText(text));
    expect(heads(s)).toEqual(['Acute on chronic systolic heart failure', 'Hypokalemia']);
    expect(byKind(s).problems).not.toContain('Shortness of breath.');
  });

  it('an order line in a plan list that names its indication ("Ibuprofen as needed for ear pain") is a medication, not a problem', () => {
    const engine = new ClinicalEngine();
    const text = `History: ${history}\n\nAssessment:\nAcute otitis media, left ear\nAtopic dermatitis, flexural\n\nPlan:\n- Cefdinir 14 mg/kg/day divided twice daily for 10 days.\n- Ibuprofen as needed for ear pain and fever.\n- Recheck ears in 3 weeks.\n`;
    const s = engine.process(text).summary;
    expect(heads(s)).toEqual(['Acute otitis media, left ear', 'Atopic dermatitis, flexural']);
  });
});

describe('follow-up and pending items', () => {
  it('the next visit is kept before medication changes spend the budget, and a line the analyser filed under "Allergies:" still counts', () => {
    const text = [
      'ASSESSMENT AND PLAN',
      'Atrial fibrillation, rate controlled. Decrease metoprolol succinate to 50 mg daily.',
      'Hyponatremia, mild. Discontinue hydrochlorothiazide.',
      'Tobacco use disorder. Start nicotine patch 21 mg daily.',
      '',
      `SUBJECTIVE\n${history}`,
      '',
      'ALLERGIES: Sulfa drugs (rash).',
      '',
      'Return to clinic in 4 weeks.',
    ].join('\n');
    // A budget that the problems and one medication change would fill: the return visit is chosen first.
    const s = summarize(analyzeText(text), { maxRatio: 0.15 });
    expect(byKind(s).follow_up).toEqual(['Return to clinic in 4 weeks.']);
    expectQuoted(text, s);
  });

  it('the next visit kept first is the patient\'s return visit, not a test\'s date ("Spirometry scheduled for next month")', () => {
    const text = `HPI: ${history}\n\nAssessment:\n1. Moderate persistent asthma, not well controlled.\n\nPlan:\nSpirometry scheduled for next month.\nFollow up with me in 4 weeks to review the inhaler technique and the asthma diary.\n`;
    // Room in the budget for the problem and one of the two lines: the return visit is chosen first. The test's date, a short
    // dated item not yet told, is kept after it over the budget while the summary stays under the ceiling (session 12).
    const k = byKind(summarize(analyzeText(text), { maxRatio: 0.2 }));
    // (Statements are listed in note order.)
    expect(k.follow_up).toEqual(['Spirometry scheduled for next month.', 'Follow up with me in 4 weeks to review the inhaler technique and the asthma diary.']);
  });

  it('a title line ("MEDICAL ONCOLOGY FOLLOW-UP") and an empty pending list ("Pending at discharge: none.") are never follow-up items', () => {
    const text = `MEDICAL ONCOLOGY FOLLOW-UP\n\nInterval history: ${history}\n\nImpression and plan:\nLung adenocarcinoma, partial response on osimertinib. Continue osimertinib.\n\nPending at discharge: none.\nReturn visit in 4 weeks with CBC.\n`;
    const s = summarize(analyzeText(text), { maxRatio: 0.5 });
    expect(byKind(s).follow_up).toEqual(['Return visit in 4 weeks with CBC.']);
  });

  it('"Follow up as needed." is a follow-up, never a medication change (a dosing phrase with no drug), and an upper-case sentence is no title', () => {
    const text = `HPI: ${history}\n\nAssessment:\n1. Non-cardiac chest pain.\n\nPlan:\nFollow up as needed.\nRETURN TO CLINIC IN 2 WEEKS.\n`;
    const k = byKind(summarize(analyzeText(text), { maxRatio: 0.5 }));
    expect(k.medications).toBeUndefined();
    expect(k.follow_up).toEqual(['Follow up as needed.', 'RETURN TO CLINIC IN 2 WEEKS.']);
  });

  it('a follow-up sentence opening an assessment paragraph ("Palliative care will follow up by telephone in 2 days.") is a follow-up, not a problem', () => {
    const text = `History: ${history}\n\nImpression and plan:\n1. Cancer-related pain, poorly controlled.\n2. Nausea.\n\nPalliative care will follow up by telephone in 2 days and in clinic in 1 week.\n`;
    const k = byKind(summarize(analyzeText(text), { maxRatio: 0.5 }));
    expect(heads(summarize(analyzeText(text), { maxRatio: 0.5 }))).toEqual(['Cancer-related pain, poorly controlled.', 'Nausea.']);
    expect(k.follow_up).toEqual(['Palliative care will follow up by telephone in 2 days and in clinic in 1 week.']);
  });

  it('an ED course written under a compound header ("ED course and MDM:") is this encounter: its orders are medication changes', () => {
    const text = `HPI: ${history}\nResults: Lipase 1,840 U/L.\n\nED course and MDM: Presentation and lipase are diagnostic of acute pancreatitis. CIWA protocol started with lorazepam as needed. Home lisinopril held while she is volume depleted.\n\nClinical impression:\n1. Acute pancreatitis\n`;
    const k = byKind(summarize(analyzeText(text), { maxRatio: 0.5 }));
    expect(k.medications).toEqual(['CIWA protocol started with lorazepam as needed.', 'Home lisinopril held while she is volume depleted.']);
  });

  it('reads compound and decision-making headers: "MDM / Assessment and Plan" assesses, "MDM" alone is this encounter\'s course, "Indications and procedure details" is no header', () => {
    const kindOf = (text: string, start: string) => {
      const a = analyzeText(text);
      return buildUnits(a).find((u) => text.slice(u.start, u.end).startsWith(start))?.kind;
    };
    expect(kindOf('HPI: Fell today.\nMDM / Assessment and Plan: Left distal radius fracture, displaced.\n', 'Left distal')).toBe('assessment_plan');
    expect(kindOf('HPI: Fell today.\nResults: INR 4.1.\nMDM: Warfarin held for one dose.\n', 'Warfarin held')).toBe('hospital_course');
    expect(kindOf('PROCEDURE: Left orchiopexy.\nINDICATIONS AND PROCEDURE DETAILS: The testis was identified.\n', 'The testis')).not.toBe('chief_complaint');
  });

  it('recognises pending and arranged items as data-driven cues ("Echo pending.", "MRI brain ordered.", "Will call with results.")', () => {
    const text = `HPI: ${history}\n\nAssessment:\n1. Heart failure, new.\n\nPlan:\nEcho pending.\nWe will call her with the results.\n`;
    const s = summarize(analyzeText(text), { maxRatio: 0.5 });
    expect(byKind(s).follow_up).toEqual(expect.arrayContaining(['Echo pending.', 'We will call her with the results.']));
  });
});
