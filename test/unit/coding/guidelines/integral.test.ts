// Guidelines I.B.5 / I.C.18.b (signs and symptoms routinely associated with a confirmed diagnosis are not
// coded), I.B.6 (signs not routinely associated are), and R52's Excludes1 (pain by site). Notes invented.
import { codes, sections } from './helpers';

describe('I.B.5 a sign routinely part of the confirmed diagnosis is not coded', () => {
  it.each([
    // fever is part of an acute infection
    ['Fever to 38.6 and tugging at the right ear.\nAssessment: acute otitis media, right ear.', 'H66.91', ['R50.9']],
    ['Fever 39 and ear pain on the left.\nAssessment: acute suppurative otitis media, left ear.', 'H66.002', ['R50.9', 'H92.02']],
    ['RUQ pain, nausea and fever.\nImpression: acute cholecystitis.', 'K81.0', ['R50.9', 'R11.0']],
    // nausea, vomiting and epigastric pain are part of gastritis and peptic ulcer
    ['Epigastric burning and nausea.\nAssessment: acute gastritis.', 'K29.00', ['R11.0', 'R10.13']],
    // dizziness is part of a peripheral vestibular disorder; numbness part of an entrapment neuropathy
    ['Spinning vertigo when rolling over.\nDiagnosis: benign paroxysmal positional vertigo, right ear.', 'H81.11', ['R42']],
    ['Numbness in the fingers at night.\nAssessment: carpal tunnel syndrome.', 'G56.00', ['R20.0']],
    // limb swelling and edema are part of deep vein thrombosis and cellulitis
    ['Left leg swelling.\nA/P: acute deep vein thrombosis of the left femoral vein.', 'I82.412', ['R60.9', 'R60.0']],
    // flank pain is part of a ureteral stone
    ['Left flank pain radiating to the groin.\nDiagnosis: left ureteral calculus.', 'N20.1', ['R10.A2', 'R10.9']],
    // fatigue and sore throat are part of mononucleosis
    ['Sore throat, fatigue and fever for a week.\nAssessment: infectious mononucleosis.', 'B27.90', ['J02.9', 'R53.83', 'R50.9']],
    // heartburn is part of reflux esophagitis
    ['Heartburn after meals.\nEGD: reflux esophagitis. Assessment: GERD with esophagitis.', 'K21.00', ['R12']],
  ])('%s', (note, diagnosis, never) => {
    const out = codes(note);
    expect(out).toContain(diagnosis);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('a joint sign goes with a diagnosis of the same joint, side included', () => {
    const out = codes('Right knee pain for 3 years.\nAssessment: primary osteoarthritis of the right knee.');
    expect(out).toContain('M17.11');
    expect(out.filter((c) => c.startsWith('M25.5'))).toEqual([]);
    expect(sections('Right knee pain for 3 years.\nAssessment: primary osteoarthritis of the right knee.', 'M17.11')).toContain('I.B.5');
  });

  it('keeps the pain of another joint (I.B.6)', () => {
    const out = codes('Assessment: primary osteoarthritis of the right knee. Also pain in the left shoulder after lifting.');
    expect(out).toContain('M17.11');
    expect(out).toContain('M25.512');
  });

  it('pain of no stated site is never coded beside a diagnosis (R52 Excludes1: pain by site)', () => {
    const out = codes('Painful bump at the base of the left great toe.\nAssessment: hallux valgus, left foot.');
    expect(out).toContain('M20.12');
    expect(out).not.toContain('R52');
  });

  it('keeps a symptom the diagnosis does not explain (I.B.6)', () => {
    expect(codes('Productive cough, no fever.\nAssessment: acute bronchitis. Also tinnitus, bilateral.')).toEqual(expect.arrayContaining(['J20.9', 'H93.13']));
  });

  it('weakness of a site is not generalized weakness (R53.1 Excludes1: muscle weakness); asthenia in a symptom list stays', () => {
    expect(codes('Worsening right shoulder pain and weakness.\nAssessment: complete rotator cuff tear of the right shoulder.')).not.toContain('R53.1');
    expect(codes('Two weeks of fever, asthenia, anorexia and right lumbar pain.')).toContain('R53.1');
  });

  it('pain with no site, no cause in its sentence and no medication purpose stays R52', () => {
    expect(codes('Generalized pain of variable location for a month, with fever.')).toContain('R52');
  });
});


describe('I.B.5 presentations of septic shock, cholangitis, withdrawal, influenza and dementia', () => {
  it.each([
    // hypotension and shock are what septic shock is (I.C.1.d.1.a)
    ['Hypotension to 78/40 needing norepinephrine.\nDiagnosis: septic shock due to pneumonia.', 'R65.21', ['I95.9', 'R57.9'], { setting: 'inpatient' as const, noteType: 'DISCHARGE_SUMMARY' }],
    // jaundice is part of cholangitis
    ['Fever, jaundice and RUQ pain. ERCP: pus in the common duct.\nDiagnosis: acute cholangitis.', 'K83.09', ['R17'], {}],
    // tremor and sweating are the withdrawal state
    ['Tremor and sweating 24 hours after his last drink.\nAssessment: alcohol dependence with withdrawal, uncomplicated.', 'F10.230', ['R25.1', 'R61'], {}],
    // memory loss is how dementia presents
    ['Progressive memory loss over 3 years.\nAssessment: Alzheimer disease with late onset, with dementia.', 'G30.1', ['R41.3'], {}],
  ])('%s', (note, kept, never, options) => {
    const out = codes(note, options);
    expect(out).toContain(kept);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('myalgia beside influenza is not coded', () => {
    const out = codes('Fever, myalgia and dry cough for two days.\nDx: influenza.');
    expect(out.some((c) => /^J1[01]\./.test(c))).toBe(true);
    expect(out.filter((c) => c.startsWith('M79.1'))).toEqual([]);
  });
});

describe('I.B.5 criteria of a depressive episode, findings of retinopathy, R58 beside a bleeding code; R52 without any diagnosis', () => {
  it('anhedonia, weight loss and insomnia are part of major depression', () => {
    const out = codes('Anhedonia, 5 kg weight loss and insomnia for two months.\nAssessment: major depressive disorder, single episode, moderate.');
    expect(out).toContain('F32.1');
    expect(out.filter((c) => /^(R45\.84|R63\.4|G47\.0)/.test(c))).toEqual([]);
  });

  it('hemorrhages and retinal edema are part of diabetic retinopathy with macular edema', () => {
    const out = codes('Type 2 diabetes. Dot-blot hemorrhages and retinal edema OS.\nAssessment: severe nonproliferative diabetic retinopathy with macular edema, left eye.');
    expect(out.some((c) => c.startsWith('E11.34'))).toBe(true);
    expect(out).not.toContain('R58');
    expect(out).not.toContain('H35.81');
  });

  it('pain with a site is never R52, even when nothing else is coded', () => {
    expect(codes('Right calf pain after a long run. Exam unremarkable, no swelling.')).not.toContain('R52');
  });
});

describe('I.B.5 signs of hypoglycemia, an abscess and a fracture', () => {
  it.each([
    ['Type 2 diabetic on glipizide with shakiness and sweating, meter 52.\nAssessment: hypoglycemia in type 2 diabetes.', 'E11.649', ['R61', 'R25.1']],
    ['Painful fluctuant abscess of the left upper arm, drained.\nDiagnosis: cutaneous abscess of the left upper arm.', 'L02.414', ['M79.622']],
  ])('%s', (note, kept, never) => {
    const out = codes(note);
    expect(out).toContain(kept);
    for (const c of never) expect(out).not.toContain(c);
  });
});
