// Guideline I.A.15 ("with" presumption) with I.C.4.a (diabetes) and I.C.9.a (hypertension).
import { codes, sections } from './helpers';

describe('I.A.15 "with" presumption: diabetes and its complications (I.C.4.a)', () => {
  it.each([
    ['Assessment: Type 2 diabetes mellitus. Chronic kidney disease stage 3b.', ['E11.22', 'N18.32'], ['E11.9', 'N18.9']],
    ['PMH: T2DM.\nA/P: CKD stage 4, follow labs.', ['E11.22', 'N18.4'], ['E11.9']],
    ['Assessment: Type 1 diabetes mellitus with peripheral arterial disease.', ['E10.51'], ['E10.9', 'I73.9']],
    ['Assessment: Type 2 diabetes mellitus. Gastroparesis.', ['E11.43', 'K31.84'], ['E11.9']],
    ['Assessment: Type 2 diabetes. Peripheral neuropathy of both feet.', ['E11.42'], ['E11.9', 'G62.9']],
  ])('%s', (note, want, never) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });

  it('records the guideline on the combination code', () => {
    expect(sections('Assessment: Type 2 diabetes mellitus. Chronic kidney disease stage 3b.', 'E11.22')).toContain('I.A.15');
  });

  it('codes several complications of one type together (each has its combination code)', () => {
    const out = codes('Assessment: Type 2 diabetes with CKD stage 3a and peripheral arterial disease.');
    expect(out).toEqual(expect.arrayContaining(['E11.22', 'E11.51', 'N18.31']));
  });

  it('does not link a condition the note attributes to another cause', () => {
    const out = codes('Assessment: Type 2 diabetes mellitus. Peripheral neuropathy due to chemotherapy.');
    expect(out).not.toContain('E11.42');
  });

  it('never links a denied or family condition', () => {
    expect(codes('Assessment: Type 2 diabetes mellitus. No chronic kidney disease.')).not.toContain('E11.22');
    expect(codes('Assessment: Type 2 diabetes mellitus.\nFamily history: mother with chronic kidney disease.')).not.toContain('E11.22');
  });
});

describe('I.C.9.a hypertension with heart disease and chronic kidney disease', () => {
  it.each([
    ['Assessment: Hypertension. Congestive heart failure, chronic diastolic.', ['I11.0', 'I50.32'], ['I10', 'I50.9']],
    ['Assessment: Essential hypertension. CKD stage 3a.', ['I12.9', 'N18.31'], ['I10']],
    ['Assessment: HTN. ESRD on hemodialysis.', ['I12.0', 'N18.6'], ['I10']],
    ['Assessment: Hypertension. Chronic kidney disease stage 4. Heart failure.', ['I13.0', 'N18.4'], ['I10', 'I11.0', 'I12.9']],
  ])('%s', (note, want, never) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });

  it('cites the chapter guideline', () => {
    expect(sections('Assessment: Essential hypertension. CKD stage 3a.', 'I12.9')).toContain('I.C.9.a.2');
  });
});

describe('I.A.15 links only what the Index links', () => {
  it('diabetes with gangrene is E11.52; a tissue necrosis is not gangrene', () => {
    expect(codes('Type 2 diabetes with gangrene of the toe.')).toContain('E11.52');
    expect(codes('Type 2 diabetes. Tumor with central necrosis.')).not.toContain('E11.52');
  });
  it('ischemic heart disease is not presumed hypertensive (I.C.9.a.1 lists I50 and I51.4–I51.9 only)', () => {
    expect(codes('Assessment: Hypertension. Ischemic heart disease.')).not.toContain('I11.9');
    expect(codes('Assessment: Hypertension. Heart disease.')).toContain('I11.9');
  });
});

describe('I.C.4.a.2–3 diabetes type and long-term drug use', () => {
  it('diabetes of unstated type is type 2 (E11), also when on insulin, with Z79.4', () => {
    const out = codes('Assessment: Diabetes mellitus on insulin.');
    expect(out).toEqual(expect.arrayContaining(['E11.9', 'Z79.4']));
    expect(out.filter((c) => c.startsWith('E10'))).toEqual([]);
    expect(sections('Assessment: Diabetes mellitus on insulin.', 'Z79.4')).toContain('I.C.4.a.3');
  });
  it('oral hypoglycemics only → Z79.84; type 1 never takes Z79.4; temporary insulin is not long-term use', () => {
    expect(codes('Type 2 diabetes, on metformin.')).toContain('Z79.84');
    expect(codes('Type 1 diabetes on insulin pump.')).not.toContain('Z79.4');
    expect(codes('Type 2 diabetes. Treated with insulin temporarily during the admission.')).not.toContain('Z79.4');
  });
});

describe('I.A.15 / I.A.12.a more "with" pairs of the Index', () => {
  it.each([
    ['Assessment: Hypertension with left ventricular hypertrophy.', ['I11.9'], ['I10', 'I51.7']],
    ['Impression: type 2 DM with peripheral angiopathy and gangrene of the left great toe.', ['E11.52'], ['E11.51', 'I96']],
    ['Assessment: Alcoholic cirrhosis. Ascites on exam.', ['K70.31'], ['K70.30', 'R18.8']],
    ['Assessment: Influenza with pneumonia.', ['J11.00'], ['J11.1', 'J18.9']],
    ['Dx: moderate nonproliferative diabetic retinopathy of both eyes without macular edema, type 2 diabetes.', ['E11.3393'], ['E11.319', 'E11.3399', 'E11.9']],
    ['Type 2 diabetes with gastroparesis; nausea and vomiting after meals.', ['E11.43', 'K31.84'], ['R11.2', 'E11.9']],
  ])('%s', (note, want, never) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });
});

describe('I.C.4.a.2 the stated diabetes type carries the complication; I.A.15 hydronephrosis with a stone', () => {
  it('diabetic ketoacidosis in a type 1 patient is E10.10, not E11.10 beside E10.9', () => {
    const out = codes('Known type 1 diabetes on a pump. Admitted in diabetic ketoacidosis after pump failure; anion gap closed on day 2.', { setting: 'inpatient', noteType: 'DISCHARGE_SUMMARY' });
    expect(out).toContain('E10.10');
    expect(out).not.toContain('E11.10');
    expect(out).not.toContain('E10.9');
  });

  it('a ureteral stone with hydronephrosis is the one combination code N13.2', () => {
    const out = codes('CT: 6 mm left ureteral calculus with moderate hydronephrosis.\nAssessment: left ureteral stone with hydronephrosis.');
    expect(out).toContain('N13.2');
    expect(out).not.toContain('N20.1');
    expect(out.filter((c) => c.startsWith('N13.3'))).toEqual([]);
  });
});

describe('I.A.15 influenza with an identified virus and with pneumonia; COPD with a lower respiratory infection', () => {
  it('influenza A is J10 (identified virus), and with pneumonia only the pneumonia combination', () => {
    const out = codes('Rapid antigen positive for influenza A.\nFinal diagnosis: influenza A with pneumonia.', { setting: 'inpatient', noteType: 'DISCHARGE_SUMMARY' });
    expect(out.some((c) => c.startsWith('J10.0'))).toBe(true);
    expect(out.filter((c) => c.startsWith('J11.') || c === 'J10.1' || c === 'J18.9')).toEqual([]);
  });

  it('influenza without a named virus stays J11', () => {
    const out = codes('Fever and cough since yesterday; clinical diagnosis of influenza during the outbreak, no test done.');
    expect(out).toContain('J11.1');
  });

  it('COPD with pneumonia is J44.0 and the pneumonia coded also', () => {
    const out = codes('Known COPD. CXR right lower lobe infiltrate.\nAssessment: COPD; community-acquired pneumonia.', { setting: 'inpatient', noteType: 'DISCHARGE_SUMMARY' });
    expect(out).toContain('J44.0');
    expect(out).toContain('J18.9');
    expect(out).not.toContain('J44.9');
  });
});

describe('I.A.13 a mental disorder due to a known physiological condition is F06, after the condition', () => {
  it('depression due to hypothyroidism is E03.9 then F06.31, not F32.A', () => {
    const out = codes('TSH 52, started levothyroxine.\nAssessment: depression due to hypothyroidism; no antidepressant for now.');
    expect(out).toContain('E03.9');
    expect(out).toContain('F06.31');
    expect(out).not.toContain('F32.A');
    expect(out.indexOf('E03.9')).toBeLessThan(out.indexOf('F06.31'));
  });

  it('depression not attributed to a condition stays a depressive disorder', () => {
    const out = codes('Assessment: depression, moderate, single episode. Hypothyroidism, stable on levothyroxine.');
    expect(out).not.toContain('F06.31');
  });
});

describe('I.A.15 exception: the documentation attributes the condition to another cause', () => {
  it.each([
    // "X-induced" on the condition's own phrase, in its own sentence or inside the diabetes phrase.
    ['Assessment: Type 2 diabetes mellitus. Chemotherapy-induced peripheral neuropathy.', ['E11.9', 'G62.0', 'T45.1X5A'], ['E11.42', 'E11.40', 'G62.9']], // I.C.19.e.5.a: the drug-induced code, then the adverse effect
    ['Assessment: Type 2 diabetes mellitus with chemotherapy-induced peripheral neuropathy.', ['E11.9', 'G62.0', 'T45.1X5A'], ['E11.42', 'E11.40', 'G62.9']],
    // "secondary to <other cause>" directly after the condition.
    ['Assessment: Type 2 diabetes mellitus. Peripheral neuropathy secondary to vitamin B12 deficiency.', ['E11.9'], ['E11.42']],
    // "not diabetic": the kidney disease stays linked to hypertension (I.C.9.a.2) but not to diabetes.
    ['Assessment: Hypertension. Type 2 diabetes. CKD stage 4, not diabetic.', ['I12.9', 'N18.4', 'E11.9'], ['E11.22']],
  ])('%s', (note, want, never) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });

  it.each([
    // Attribution to the diabetes itself keeps the link.
    ['Assessment: Type 2 diabetes mellitus with diabetes-related peripheral neuropathy.', 'E11.42'],
    ['Assessment: Type 2 diabetes mellitus with peripheral neuropathy.', 'E11.42'],
    ['Assessment: Type 2 diabetes. CKD stage 3b due to diabetes.', 'E11.22'],
  ])('keeps the presumed link when no other cause is stated: %s', (note, code) => {
    expect(codes(note)).toContain(code);
  });

  it('records why the combination was not reported', () => {
    expect(sections('Assessment: Type 2 diabetes mellitus with chemotherapy-induced peripheral neuropathy.', 'E11.9')).toContain('I.A.15');
  });
});

describe('I.A.15 "use additional code" for the CKD stage: the stated stage, never its unspecified sibling', () => {
  it.each([
    ['Assessment: diabetic CKD stage 3.', ['E11.22', 'N18.30']],
    ['Assessment: Type 2 diabetes mellitus with CKD stage 3.', ['E11.22', 'N18.30']],
  ])('%s', (note, want) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    expect(out).not.toContain('N18.9');
  });
});
