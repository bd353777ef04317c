// Guidelines I.C.15: chapter 15 precedence with the final character from the weeks stated (I.C.15.a.3),
// the condition's own code only where "use additional code" asks, Z3A weeks, gestational diabetes by
// control (I.C.15.i), supervision of normal (Z34, I.C.15.b.1) and elderly (O09.5, I.C.15.b.2)
// pregnancies, full-term uncomplicated delivery with its outcome (I.C.15.b.4-5). Invented notes.
import { codes, sections } from './helpers';

const OUT = { setting: 'outpatient' } as const;
const IN = { setting: 'inpatient' } as const;

describe('I.C.15.a.3 the trimester comes from the gestational age however it is written', () => {
  it.each([
    ['Prenatal visit - 30w2d\nAssessment: iron deficiency anemia complicating pregnancy.', ['O99.013', 'D50.9', 'Z3A.30']],
    ['OB follow-up\n12 weeks. Hypothyroidism in pregnancy, levothyroxine adjusted.', ['O99.281', 'E03.9', 'Z3A.12']],
    ['G3P2 at 25 weeks 4 days. Mild intermittent asthma complicating pregnancy, well controlled.', ['O99.512', 'J45.20', 'Z3A.25']],
  ])('%s', (note, want) => {
    expect(codes(note, OUT)).toEqual(expect.arrayContaining(want));
  });

  it('weeks of a plan or of a past event are not today\'s gestational age', () => {
    const out = codes('Prenatal visit, 20 weeks\nGestational diabetes diagnosed at 26 weeks in her last pregnancy; growth scan at 32 weeks. Hypothyroidism in pregnancy.', OUT);
    expect(out).toContain('Z3A.20');
    expect(out).not.toContain('Z3A.32');
    expect(out).not.toContain('Z3A.26');
  });
});

describe('I.C.15.a.1 the condition\'s own code stays only where the Tabular asks for it', () => {
  it('a kidney infection in pregnancy is O23.0- alone (its note asks for the organism, not N10)', () => {
    const out = codes('G2P1 at 27 weeks with fever and flank pain.\nDiagnosis: acute pyelonephritis in pregnancy.', IN);
    expect(out).toContain('O23.02');
    expect(out).not.toContain('N10');
  });

  it('a mental disorder in pregnancy keeps its own code after O99.34-', () => {
    expect(codes('Patient is 20 weeks pregnant. Major depressive disorder, recurrent, moderate.', OUT)).toEqual(expect.arrayContaining(['O99.342', 'F33.1', 'Z3A.20']));
  });

  it('an incidental pregnancy is Z33.1 with no chapter 15 code', () => {
    const out = codes('Dermatology. 20 weeks pregnant. Common warts of the finger treated. The pregnancy is incidental to this visit.', OUT);
    expect(out).toContain('Z33.1');
    expect(out.filter((c) => c[0] === 'O' || c.startsWith('Z3A'))).toEqual([]);
  });
});

describe('I.C.15.i gestational diabetes is coded by its control, never with Z79.4', () => {
  it.each([
    ['34 weeks pregnant. Gestational diabetes, on insulin glargine nightly; diet alone failed.', 'O24.414'],
    ['29 weeks pregnant. Gestational diabetes controlled with metformin.', 'O24.415'],
    ['Prenatal visit - 28w0d. Gestational diabetes mellitus, diet controlled.', 'O24.410'],
  ])('%s', (note, want) => {
    const out = codes(note, OUT);
    expect(out).toContain(want);
    expect(out).not.toContain('Z79.4');
    expect(out.filter((c) => /^(O24\.[0-38]|E11)/.test(c))).toEqual([]);
  });
});

describe('I.C.15.b supervision of pregnancy', () => {
  it('a routine visit of a normal first pregnancy is Z34.0- with weeks; a later one Z34.8-', () => {
    expect(codes('New OB visit. G1P0 at 10 weeks 3 days. Normal intrauterine pregnancy, uncomplicated.', OUT)).toEqual(expect.arrayContaining(['Z34.01', 'Z3A.10']));
    expect(codes('Routine prenatal visit. G3P2 at 30 weeks, uncomplicated pregnancy.', OUT)).toEqual(expect.arrayContaining(['Z34.83', 'Z3A.30']));
  });

  it('advanced maternal age is O09.5- (primigravida or multigravida), never Z34', () => {
    const primi = codes('MFM consult. 38-year-old primigravida at 12 weeks. Advanced maternal age, otherwise uncomplicated.', OUT);
    expect(primi).toEqual(expect.arrayContaining(['O09.511', 'Z3A.12']));
    expect(primi.filter((c) => c.startsWith('Z34'))).toEqual([]);
    expect(codes('40 yo G4P3 at 22 weeks, high-risk pregnancy due to advanced maternal age.', OUT)).toContain('O09.522');
    expect(sections('40 yo G4P3 at 22 weeks, high-risk pregnancy due to advanced maternal age.', 'O09.522', OUT)).toContain('I.C.15.b.2');
  });
});

describe('I.C.15.b.4-5 delivery and its outcome', () => {
  it('a full-term spontaneous vaginal delivery of a single liveborn without complication is O80 + Z37.0 + weeks', () => {
    const out = codes('DELIVERY SUMMARY\nG2P2 at 39 weeks 2 days. Normal spontaneous vaginal delivery of a single liveborn female. No complications.', IN);
    expect(out).toEqual(expect.arrayContaining(['O80', 'Z37.0', 'Z3A.39']));
  });

  it('no O80 after 40 completed weeks or for a cesarean', () => {
    expect(codes('G1P1 at 40 weeks 3 days. Spontaneous vaginal delivery of a single liveborn male.', IN)).not.toContain('O80');
    expect(codes('G1 at 39 weeks. Cesarean section for breech presentation; single liveborn female delivered.', IN)).not.toContain('O80');
  });
});
