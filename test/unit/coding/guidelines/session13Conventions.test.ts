// Session 13 (issue 10): cerebrovascular sequelae (I.C.9.d), COVID-19 manifestations and single-code etiologies
// (I.C.1.g.1, I.A.13), and chapter 15 codes read from the Index's obstetric subterms (I.C.15.a, I.C.15.s).
import { codes, sections } from './helpers';

const outpatient = { setting: 'outpatient' as const };
const inpatient = { setting: 'inpatient' as const };

describe('sequelae of cerebrovascular disease are I69 codes titled with the deficit (I.C.9.d, I.B.10)', () => {
  it('a past infarction with a residual speech deficit is I69.320, not I63 nor Z86.73', () => {
    const out = codes('Clinic note\nCerebral infarction three years ago; residual aphasia remains.\nPlan: continue speech therapy.', outpatient);
    expect(out).toContain('I69.320');
    expect(out.filter((c) => c.startsWith('I63') || c === 'Z86.73' || c === 'R47.01')).toEqual([]);
    expect(sections('Clinic note\nCerebral infarction three years ago; residual aphasia remains.\nPlan: continue speech therapy.', 'I69.320', outpatient)).toContain('I.C.9.d');
  });

  it('the affected side is dominant or non-dominant by handedness (I.C.9.d.1): left in a right-handed patient is non-dominant', () => {
    const out = codes('Right-handed woman with left hemiparesis since an old cerebral infarction.\nAssessment: hemiparesis following cerebral infarction.', outpatient);
    expect(out).toContain('I69.354');
    expect(out.filter((c) => c.startsWith('I63'))).toEqual([]);
  });

  it('a right side with no handedness stated is the dominant side (I.C.9.d.1 default)', () => {
    const out = codes('Clinic visit.\nOld cerebral infarction with residual right-sided hemiparesis; walks with a cane.\nA/P: late effect of cerebral infarction with right hemiparesis.', outpatient);
    expect(out).toContain('I69.351');
  });

  it('the subcategory follows the stroke type: an old intracerebral hemorrhage is I69.1-', () => {
    const out = codes('Speech therapy summary for the PCP.\nNontraumatic intracerebral hemorrhage (right basal ganglia) 20 months ago; residual word-finding aphasia.\nAssessment: aphasia due to old intracerebral hemorrhage.', outpatient);
    expect(out).toContain('I69.120');
    expect(out.filter((c) => c.startsWith('I61'))).toEqual([]);
  });

  it('a past stroke without a residual deficit stays Z86.73 (I.C.9.d.3)', () => {
    const out = codes('Prior cerebral infarction four years ago, no residual deficits.', outpatient);
    expect(out).toContain('Z86.73');
    expect(out.filter((c) => c.startsWith('I69'))).toEqual([]);
  });

  it('an acute stroke with its deficit is not a sequela', () => {
    const out = codes('Admitted with acute cerebral infarction of the left MCA; aphasia on arrival.', inpatient);
    expect(out.filter((c) => c.startsWith('I69'))).toEqual([]);
  });
});

describe('COVID-19 (I.C.1.g.1) and the etiology a "code first" note names by one code (I.A.13)', () => {
  it('pneumonia due to COVID-19 brings U07.1 first, from J12.82\'s code first note', () => {
    const out = codes('Discharge summary\nAdmitted with fever and hypoxia; SARS-CoV-2 PCR positive.\nDischarge diagnosis: pneumonia due to COVID-19.', inpatient);
    expect(out).toContain('U07.1');
    expect(out).toContain('J12.82');
    expect(out.indexOf('U07.1')).toBeLessThan(out.indexOf('J12.82'));
  });

  it('acute bronchitis with confirmed COVID-19 is J20.8, not J20.9 (I.C.1.g.1.b)', () => {
    const out = codes('Assessment: acute bronchitis due to COVID-19, home test positive.', outpatient);
    expect(out).toContain('U07.1');
    expect(out).toContain('J20.8');
    expect(out).not.toContain('J20.9');
  });

  it('a history of COVID-19 is not U07.1', () => {
    const out = codes('Had COVID-19 two years ago, recovered. Seen today for essential hypertension.', outpatient);
    expect(out).not.toContain('U07.1');
  });
});

describe('chapter 15 codes from the Index obstetric subterms (I.C.15.a, I.C.15.s)', () => {
  it('"gestational" before hypertension takes the Index subterm Hypertension, gestational (O13), with the trimester', () => {
    const out = codes('Prenatal visit, 33 weeks gestation. New gestational hypertension, no proteinuria.', outpatient);
    expect(out).toContain('O13.3');
    expect(out).not.toContain('I10');
    expect(out.filter((c) => c.startsWith('O10'))).toEqual([]);
  });

  it('cholestasis in pregnancy is Pregnancy, complicated by, cholestasis (O26.64-), not the chapter-wide O99.61-', () => {
    const out = codes('Antenatal clinic, 35 weeks gestation. Cholestasis of pregnancy with raised bile acids.', outpatient);
    expect(out).toContain('O26.643');
    expect(out.filter((c) => c.startsWith('O99.61') || c === 'K83.1')).toEqual([]);
  });

  it('COVID-19 in pregnancy is O98.5- first, then U07.1 (I.C.15.s)', () => {
    const out = codes('Antepartum admission, 30 weeks gestation: COVID-19 infection, no pneumonia.', inpatient);
    expect(out).toContain('O98.513');
    expect(out).toContain('U07.1');
    expect(out.indexOf('O98.513')).toBeLessThan(out.indexOf('U07.1'));
  });

  it('a visit dated by its weeks ("OB visit at 20 weeks") gives the trimester and Z3A', () => {
    const out = codes('OB visit at 20 weeks. Iron deficiency anemia in pregnancy, on oral iron.', outpatient);
    expect(out).toContain('O99.012');
    expect(out).toContain('Z3A.20');
  });
});
