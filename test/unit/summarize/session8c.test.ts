// Session 8c (issue 16): lettered assessment lists and sign-off lines; each test named by the note layout it serves.
// Every note here is invented.
import { ClinicalEngine } from '../../../src/engine';
import { SIGN_OFF } from '../../../src/engine/summarize/cues';
import { buildUnits } from '../../../src/engine/summarize/units';
import { analyzeText } from '../../../src/engine/text';
import { expectQuoted, statements } from '../../helpers/summaryAssertions';

const engine = new ClinicalEngine();
const summarise = (text: string) => engine.process(text).summary;
/** Offsets are into the text the engine analysed (names redacted), so quotes are checked against it. */
const quotedIn = (text: string) => engine.process(text).redactedText;

describe('layout: an assessment written as a lettered list ("a) ... b) ..."), one problem per letter', () => {
  const text = [
    'ENDOCRINE CLINIC',
    '',
    'History: Mr. Fennick, 58, returns for review. He reports occasional heartburn after late meals.',
    'Allergies: penicillin (rash).',
    'Exam: BP 128/78. Abdomen soft.',
    '',
    'Assessment:',
    'a) Type 2 diabetes, improved on current regimen.',
    'b) Hypothyroidism.',
    'c) Dyspepsia, rule out peptic ulcer.',
    'd) Mixed hyperlipidemia.',
    '',
    'Plan:',
    '- Start omeprazole 20 mg daily.',
    '- Continue levothyroxine.',
    '',
    'Follow-up: clinic in 3 months.',
  ].join('\n');

  it('states every lettered item as a problem, a working diagnosis the coder does not code ("rule out") included', () => {
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const problems = statements(s, 'problems');
    for (const p of ['Hypothyroidism.', 'Dyspepsia, rule out peptic ulcer.', 'Mixed hyperlipidemia.']) expect(problems).toContain(p);
    expect(problems.some((p) => /^Type 2 diabetes/.test(p))).toBe(true);
  });

  it('a lettered item ("c) ", "g) ") starts its line as a numbered item does, whatever the coder reads in it', () => {
    const units = buildUnits(analyzeText(text));
    for (const start of ['Hypothyroidism', 'Dyspepsia', 'Mixed hyperlipidemia']) {
      const u = units.find((x) => text.slice(x.start, x.end).startsWith(start));
      expect(u?.marker).toBe('bullet');
      expect(u?.lineStart).toBe(true);
    }
  });
});

describe('layout: a sign-off line (role label, name or its placeholder, credentials) closes the note; it is never a statement', () => {
  it.each([
    ['Surgeon: Rowan Achterberg, MD, FACS'],
    ['Signed: Imelda Quarrie, MD, Rheumatology'],
    ['Dr. Ottoline Brassey'],
    ['Hematologist: Piet Lindqvist-Oduya, MD'],
  ])('"%s" after the plan is not a problem nor any other statement', (signOff) => {
    const text = [
      'CLINIC NOTE',
      '',
      'History: Ms. Garrow, 62, comes for her diabetes and blood pressure.',
      'Allergies: none known.',
      '',
      'Assessment and plan:',
      'Type 2 diabetes, A1c 8.1%, not at goal. Increase metformin to 1000 mg twice daily.',
      'Hypertension, controlled. Continue lisinopril.',
      '',
      'Follow up in 3 months.',
      signOff,
    ].join('\n');
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    const all = s.sections.flatMap((x) => x.statements.map((st) => st.text));
    expect(all.some((t) => /\b(MD|FACS|Dr\.)|\[NAME\]/.test(t))).toBe(false);
    expect(statements(s, 'problems').some((p) => /^Hypertension, controlled/.test(p))).toBe(true);
  });

  it('reads only a line marked as a signature (a title, a credential or a name placeholder), never a labelled problem', () => {
    for (const line of ['Surgeon: [NAME], MD, FACS', 'Signed: [NAME], MD, [NAME]', 'Dr. [NAME]']) expect(SIGN_OFF.test(line)).toBe(true);
    for (const line of ['Diabetes: Stable.', 'Hypertension, controlled.', 'Asthma.', 'Dr. Smith will see her in 2 weeks.', 'Discussed with [NAME], MD.'])
      expect(SIGN_OFF.test(line)).toBe(false);
  });
});

describe('rule: in a summary crowded by its problems, the next visit is still kept, allowed words per fact it tells', () => {
  const crowded = (followUp: string) => [
    'FAMILY MEDICINE VISIT',
    '',
    'History: Mrs. Tolland, 72, after an ED visit for palpitations. Bruises easily. Urinary burning for 3 days.',
    'Allergies: ACE inhibitors (cough).',
    'Exam: BP 146/88, HR 92 irregularly irregular. Ecchymoses on forearms.',
    '',
    'A/P:',
    'New-onset atrial fibrillation -> continue apixaban 5 mg bid; add metoprolol succinate 25 mg daily for rate control.',
    'Exertional dyspnea -> likely atrial fibrillation with rapid rates; reassess after rate control.',
    'Bleeding risk on apixaban with NSAID -> stop naproxen; acetaminophen 1 g tid for knees instead.',
    'Acute cystitis -> cephalexin 500 mg bid for 5 days; urine culture sent.',
    'Hypertension, not at goal -> metoprolol as above should help; recheck before changing amlodipine.',
    'Osteoarthritis of knees -> topical diclofenac gel four times daily; physical therapy referral.',
    'Osteoporosis -> on alendronate, year 4 of 5; continue; DEXA next year.',
    '',
    followUp,
  ].join('\n');

  it('an abbreviated interval with return precautions ("F/u 2 wks (...); call sooner with ...") tells two facts', () => {
    const line = 'F/u 2 wks (HR, BP, bruising); call sooner with chest pain, black stools, or fainting.';
    const text = crowded(line);
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    expect(statements(s, 'follow_up')).toContain(line);
  });

  it('a next treatment session with repeat tests in intervals ("next infusion in 8 weeks; ...; liver tests in 4 weeks")', () => {
    const line = 'Next infusion in 8 weeks; clinic review in 3 months; liver tests in 4 weeks.';
    const text = crowded(line);
    const s = summarise(text);
    expectQuoted(quotedIn(text), s);
    expect(statements(s, 'follow_up')).toContain(line);
  });
});
