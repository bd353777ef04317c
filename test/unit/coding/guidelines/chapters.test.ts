// Guidelines I.B.4–I.B.5 / I.C.18.b (integral signs and symptoms), I.C.15.a (pregnancy chapter
// precedence, Z3A weeks of gestation), I.A.13 (code first: etiology before manifestation) and
// I.A.12.a (Excludes1 pairs never together).
import { loadCodeSet } from '../../../../src/engine/icd10';
import { CodeSetConventions } from '../../../../src/engine/coding/guidelines';
import { codes, engine, sections } from './helpers';

describe('I.B.5 signs and symptoms integral to a confirmed diagnosis are not coded', () => {
  it.each([
    ['Chief complaint: chest pain.\nAssessment: Acute ST elevation myocardial infarction of the inferior wall.', 'I21.19', ['R07.9']],
    ['Presents with cough and fever.\nAssessment: Community acquired pneumonia.', 'J18.9', ['R05.9', 'R50.9']],
    ['Dysuria and urinary frequency for two days.\nAssessment: Urinary tract infection.', 'N39.0', ['R30.0', 'R35.0']],
  ])('%s', (note, diagnosis, never) => {
    const out = codes(note);
    expect(out.some((c) => c.startsWith(diagnosis.slice(0, 3)))).toBe(true);
    for (const c of never) expect(out).not.toContain(c);
  });

  // Session 8: a symptom named only in the narrative beside a concluded diagnosis is the presentation the conclusion
  // explains (I.C.18, IV.D); one the provider documents as a problem of its own or addresses in the plan stays.
  it('keeps a symptom the diagnosis does not explain and the provider documents (I.B.6, IV.J)', () => {
    expect(codes('Headache for a week.\nAssessment: Urinary tract infection; headache, acetaminophen as needed.')).toEqual(expect.arrayContaining(['N39.0', 'R51.9']));
    expect(codes('Headache for a week.\nAssessment: Urinary tract infection.\nPlan: nitrofurantoin; acetaminophen for the headache.')).toEqual(expect.arrayContaining(['N39.0', 'R51.9']));
  });

  it('keeps the symptoms when the diagnosis is only suspected in an outpatient note (IV.H)', () => {
    expect(codes('Cough and fever.\nAssessment: possible pneumonia.')).toEqual(expect.arrayContaining(['R05.9', 'R50.9']));
  });

  it('records the guideline on the diagnosis that explains the dropped symptom', () => {
    expect(sections('Presents with cough and fever.\nAssessment: Community acquired pneumonia.', 'J18.9')).toContain('I.B.5');
  });
});

describe('I.C.15.a conditions of a pregnant patient go to chapter 15, with Z3A weeks', () => {
  it.each([
    ['Patient is 32 weeks pregnant.\nAssessment: Gestational diabetes, diet controlled.', ['O24.410', 'Z3A.32'], ['E11.9']],
    ['Pregnant patient at 20 weeks gestation with chronic hypertension.', ['O10.012', 'Z3A.20'], ['I10']],
    ['G2P1 at 10 weeks gestation.\nAssessment: Iron deficiency anemia.', ['O99.011', 'D50.9', 'Z3A.10'], []],
    ['She is pregnant, 30 weeks of gestation. Type 2 diabetes mellitus.', ['O24.113', 'E11.9', 'Z3A.30'], []],
  ])('%s', (note, want, never) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });

  it('sequences the chapter 15 code first and cites I.C.15.a.1', () => {
    const r = engine.process('Pregnant patient at 20 weeks gestation with chronic hypertension.');
    expect(r.codes[0].code).toBe('O10.012');
    expect(r.codes[0].role).toBe('principal');
    expect(sections('Pregnant patient at 20 weeks gestation with chronic hypertension.', 'O10.012')).toContain('I.C.15.a.1');
  });

  it('leaves a non-pregnant patient, a negative test and a past pregnancy alone', () => {
    expect(codes('Pregnancy test negative. Hypertension.')).toContain('I10');
    expect(codes('She is not pregnant. Hypertension.')).toContain('I10');
    expect(codes('Two previous pregnancies, uncomplicated. Hypertension.')).toContain('I10');
  });
});

describe('I.A.13 code first: an etiology before its manifestation', () => {
  it('dementia in Alzheimer disease is F02 after G30 (I.A.13), never F03', () => {
    const r = engine.process("Assessment: Alzheimer's disease with dementia.");
    expect(r.codes.map((c) => c.code)).toEqual(['G30.9', 'F02.80']);
    expect(r.codes[0].role).toBe('principal');
    expect(r.codes[1].guideline?.map((g) => g.section)).toContain('I.A.13');
  });
});

describe('I.A.12.a Excludes1 (fallback conventions from the code set)', () => {
  const conventions = new CodeSetConventions(loadCodeSet(2027));
  it('type 1 and type 2 diabetes exclude each other', () => {
    expect(conventions.excludes1Conflict('E10.9', 'E11.22')).toBe(true);
    expect(conventions.excludes1Conflict('E11.22', 'E11.42')).toBe(false);
  });
  it('a "without complications" code excludes its subcategory\'s "with" siblings', () => {
    expect(conventions.excludes1Conflict('K50.90', 'K50.912')).toBe(true);
    expect(conventions.excludes1Conflict('J45.909', 'J45.901')).toBe(true);
    expect(conventions.excludes1Conflict('J45.909', 'I10')).toBe(false);
  });
  it('finds 7th characters from the full codes of the set, placeholder included', () => {
    expect(conventions.sevenChr('S52.501').map((s) => s.char)).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'G', 'K', 'P', 'S']));
    expect(conventions.sevenChr('T39.1X1').map((s) => s.code)).toEqual(expect.arrayContaining(['T39.1X1A', 'T39.1X1D', 'T39.1X1S']));
  });
  it('marks manifestation codes', () => {
    expect(conventions.isManifestation('F02.80')).toBe(true);
    expect(conventions.isManifestation('G30.9')).toBe(false);
  });
});

describe('I.B.4 a symptom the note attributes to a diagnosis in the same sentence', () => {
  it('drops the symptom named as due to the diagnosis', () => {
    const out = codes('Assessment: Chest pain due to acute pericarditis.');
    expect(out).toContain('I30.9');
    expect(out).not.toContain('R07.9');
  });
  it('never drops a sepsis code (R65) and never a symptom named before an unrelated cause', () => {
    expect(codes('Septic shock due to pneumonia.')).toContain('R65.21');
    expect(codes('Headache. Knee pain due to osteoarthritis of the knee.')).toContain('R51.9');
  });
  it('keeps fever beside an infection that does not routinely cause it (I.B.6)', () => {
    expect(codes('Fever for two days. Assessment: plantar warts; fever, check a viral panel.')).toContain('R50.9');
  });
});

describe('I.C.15.a applies to a current pregnancy only', () => {
  it('a tumour grade ("G3 p53+") is no obstetric formula, a birth at 40 weeks is the patient\'s own birth', () => {
    expect(codes('High grade bladder carcinoma G3 p53+. Hypertension.')).toContain('I10');
    expect(codes('Male infant, born at 40 weeks of gestation. Leukocytosis.').filter((c) => c[0] === 'O')).toEqual([]);
  });
  it('weeks of treatment are not weeks of gestation', () => {
    const out = codes('She is pregnant. Hypertension, improved after 2 weeks of treatment.');
    expect(out.filter((c) => c.startsWith('Z3A'))).toEqual([]);
    expect(out).toContain('O10.019');
  });
});

describe('I.C.1.d sepsis: the systemic infection first, severe sepsis never alone', () => {
  it('septic shock with no organism named adds A41.9 and sequences it before the localized infection and R65.21', () => {
    const r = engine.process('Septic shock due to pneumonia.');
    expect(r.codes.map((c) => c.code)).toEqual(['A41.9', 'J18.9', 'R65.21']);
    expect(r.codes[0].guideline?.map((g) => g.section)).toEqual(expect.arrayContaining(['I.C.1.d.1.a', 'I.C.1.d.4']));
  });
  it('sepsis with a localized infection: the sepsis code is first-listed', () => {
    const r = engine.process('Sepsis due to urinary tract infection.');
    expect(r.codes[0].code).toBe('A41.9');
    expect(r.codes.map((c) => c.code)).toContain('N39.0');
  });
});

describe('I.C.1.d.1.a / I.A.15 the organism named joins its infection', () => {
  it.each([
    ['Assessment: sepsis. Blood cultures grew E. coli.', 'A41.51', ['A41.9']],
    ['Assessment: MRSA sepsis.', 'A41.02', ['A41.9']],
    ['Pneumonia; sputum culture positive for Streptococcus pneumoniae.', 'J13', ['J18.9']],
  ])('%s → %s', (note, want, never) => {
    const out = codes(note);
    expect(out).toContain(want);
    for (const c of never) expect(out).not.toContain(c);
  });
  it('two organisms: no guess which caused the infection', () => {
    const out = codes('Assessment: sepsis. Blood cultures grew E. coli and Pseudomonas aeruginosa.');
    expect(out).toEqual(expect.arrayContaining(['A41.9', 'B96.20', 'B96.5']));
    expect(out.filter((c) => /^A41\.5/.test(c))).toEqual([]);
  });
});

describe('I.B.5 more integral signs', () => {
  it.each([
    ['Tachycardia and fever. Assessment: sepsis due to pneumonia.', ['R00.0', 'R50.9']],
    ['Pleuritic chest pain. CT: acute pulmonary embolism.', ['R07.1']],
    ['Chest pain. Assessment: acute pericarditis.', ['R07.9']],
    ['Nausea and vomiting. Assessment: acute appendicitis.', ['R11.2']],
  ])('%s', (note, never) => {
    const out = codes(note);
    for (const c of never) expect(out).not.toContain(c);
  });
  it('gallstones with acute cholecystitis is one code (I.A.15)', () => {
    const out = codes('Acute cholecystitis. Gallstones on ultrasound.');
    expect(out).toContain('K80.00');
    expect(out).not.toContain('K81.0');
  });
});
