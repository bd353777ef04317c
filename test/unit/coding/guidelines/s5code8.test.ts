// Index entries and notations behind batch D's misses (session 5, code8): each case names its convention.
import { codes } from './helpers';

describe('Index: Disease, kidney (renal), diabetic → E08-E13 with .22 (I.A.15 "with", I.C.4.a)', () => {
  it('"diabetic kidney disease" is diabetes with chronic kidney disease, not diabetic nephropathy', () => {
    const out = codes('Assessment: Type 2 diabetes mellitus. Diabetic kidney disease.');
    expect(out).toContain('E11.22');
    expect(out).not.toContain('E11.21');
  });

  it('"nephropathy" keeps its own Index entry (.21)', () => {
    const out = codes('Assessment: Type 2 diabetes mellitus with diabetic nephropathy.');
    expect(out).toContain('E11.21');
    expect(out).not.toContain('E11.22');
  });
});

describe('KDIGO GFR categories G3a/G3b name the CKD stage (I.B.2: never unspecified when the note is specific)', () => {
  it.each([
    ['Assessment: chronic kidney disease G3b A3.', 'N18.32'],
    ['Assessment: CKD G3a A1, stable eGFR.', 'N18.31'],
  ])('%s', (note, want) => {
    const out = codes(note);
    expect(out).toContain(want);
    expect(out).not.toContain('N18.9');
    expect(out).not.toContain('N18.30');
  });
});

describe('I.C.15.g: gestational diabetes by its stated control ("managed with diet" is diet controlled)', () => {
  it.each([
    ['Prenatal visit, G2P1 at 24w3d. Assessment: gestational diabetes mellitus, managed with diet.', 'O24.410'],
    ['Prenatal visit, G1P0 at 30 weeks. Gestational diabetes controlled by diet and exercise.', 'O24.410'],
  ])('%s', (note, want) => {
    const out = codes(note);
    expect(out).toContain(want);
    expect(out).not.toContain('O24.419');
  });
});

describe('Index: Dementia, in diseases specified elsewhere, with agitation → F02.811 (I.A.15, I.A.13)', () => {
  it('agitation stated beside dementia due to Alzheimer disease is the .811 subcode, not F02.80 + R45.1', () => {
    const out = codes('Diagnosis: dementia due to Alzheimer disease, late onset. Behavior: agitation in the evenings, pacing.');
    expect(out).toEqual(expect.arrayContaining(['G30.1', 'F02.811']));
    expect(out).not.toContain('F02.80');
    expect(out).not.toContain('R45.1');
  });

  it('denied agitation leaves the dementia without behavioral disturbance', () => {
    const out = codes('Assessment: dementia due to Alzheimer disease. Denies agitation.');
    expect(out).toContain('F02.80');
    expect(out).not.toContain('F02.811');
  });
});

describe('Index: Anemia, due to, antineoplastic chemotherapy D64.81 (the Table of Drugs class supplies "antineoplastic")', () => {
  it('"anemia due to chemotherapy" in a cancer patient is D64.81 with the adverse effect, not D64.9', () => {
    const out = codes('Cancer of the left breast on AC chemotherapy, cycle 3. Assessment: anemia due to chemotherapy.');
    expect(out).toEqual(expect.arrayContaining(['D64.81', 'T45.1X5A']));
    expect(out).not.toContain('D64.9');
  });

  it('a cause without the subterm\'s words keeps its own entry ("due to chronic blood loss" D50.0)', () => {
    const out = codes('Assessment: anemia due to chronic blood loss.');
    expect(out).toContain('D50.0');
    expect(out).not.toContain('D64.81');
  });
});

// I.B.5: signs and symptoms routinely associated with a confirmed diagnosis are not coded beside it.
describe('I.B.5 integral signs: each the routine presentation of the confirmed diagnosis', () => {
  it.each([
    ['muscle weakness of a myopathy', 'Proximal muscle weakness, CK 1450 U/L, TSH 64.\nAssessment: myopathy due to hypothyroidism.', ['E03.9', 'G73.7'], ['M62.81']],
    ['radiating leg pain of sciatica', 'Low back pain radiating down the back of the left leg to the ankle, positive straight-leg raise on the left.\nA/P: lumbago with sciatica, left side.', ['M54.42'], ['M79.662', 'M79.605']],
    ['scintillating scotoma and throbbing pain of migraine with aura', 'Headaches preceded by zig-zag scintillating scotoma, then throbbing unilateral pain with nausea.\nDx: migraine with aura, not intractable.', ['G43.109'], ['H53.129', 'H53.19', 'R52', 'R11.0']],
    ['anorexia of appendicitis', 'Presented with anorexia and nausea.\nDischarge diagnosis: acute appendicitis with localized peritonitis.', ['K35.30'], ['R63.0', 'R11.0']],
    ['rectal bleeding named by "ulcerative colitis with rectal bleeding"', 'Now 4-5 bloody stools daily.\nA/P: left-sided ulcerative colitis, moderately active, with rectal bleeding.', ['K51.511'], ['K62.5', 'K62.89']],
  ])('%s', (_name, note, want, never) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });

  it('a sign the diagnosis does not explain is still coded (syncope beside gout)', () => {
    const out = codes('Hot swollen right great toe. Fainted at home this morning, cause not established.\nA/P: 1. Acute gout flare. 2. Syncope, unexplained.');
    expect(out).toContain('R55');
  });
});

describe('I.C.15.b.3 / Z3A: weeks of gestation written with their dating ("30 weeks by early US")', () => {
  it.each([
    ['OB triage\n30 weeks by early US. Dysuria x 2 days.\nAssessment: acute cystitis in pregnancy, third trimester.', 'Z3A.30'],
    ['Prenatal visit\n12 weeks by LMP, feels well. Assessment: hyperemesis gravidarum, mild.', 'Z3A.12'],
  ])('%s', (note, want) => {
    expect(codes(note)).toContain(want);
  });

  it('weeks of an interval ("for 3 weeks by ultrasound follow-up") are not the gestational age', () => {
    expect(codes('Prenatal visit\nRepeat growth scan in 3 weeks. 24 weeks by dates. Assessment: normal pregnancy supervision.')).not.toContain('Z3A.03');
  });
});

describe('I.B.13 laterality and site: each item of a numbered problem list on one line keeps its own site', () => {
  it('"1. gout, right first MTP … 2. Syncope" gives the gout its side and site (M10.071), not unspecified', () => {
    const out = codes('A/P: 1. Acute gout flare, right first MTP - colchicine. 2. Syncope, unexplained - Holter ordered.');
    expect(out).toEqual(expect.arrayContaining(['M10.071', 'R55']));
    expect(out).not.toContain('M10.00');
  });
});

// IV.H (outpatient): with the diagnosis uncertain, the presenting symptoms are coded; "x 4 days" is "for 4 days",
// not the X of an X-ray, so the symptom before it is a finding, not an examination's site word.
describe('symptom followed by "x N" (times / duration) is still a symptom; "chest x-ray" still names an examination', () => {
  it.each([
    ['Family medicine\nAcute cough x 4 days and fever to 38.6.\nAssessment: probable community-acquired pneumonia - CXR tomorrow.', ['R05.1', 'R50.9'], ['J18.9']],
    ['ED\nVomiting x 6 and watery diarrhea since last night.\nImpression: likely viral gastroenteritis.', ['R11.10', 'R19.7'], ['A08.4']],
  ])('%s', (note, want, never) => {
    const out = codes(note);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });

  it('the site word before "x-ray" still names the examination', () => {
    expect(codes('Chest x-ray ordered for the cough.')).not.toContain('R07.89');
  });
});

describe('F30 Excludes1 F31 (I.A.12.a): a manic episode of a bipolar disorder is "Disorder, bipolar, current episode manic"', () => {
  it.each([
    ['Assessment: bipolar I disorder, current episode manic, moderate.', 'F31.12'],
    ['Assessment: bipolar disorder, current episode manic, severe, with psychotic features.', 'F31.2'],
  ])('%s', (note, want) => {
    const out = codes(note);
    expect(out).toContain(want);
    expect(out.filter((c) => c.startsWith('F30'))).toEqual([]);
    expect(out).not.toContain('F31.9');
  });

  it('a manic episode with no bipolar disorder stated stays F30', () => {
    expect(codes('Assessment: manic episode, moderate. No prior depressive episodes.').some((c) => c.startsWith('F30'))).toBe(true);
  });
});
