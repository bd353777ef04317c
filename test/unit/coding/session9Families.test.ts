// Session 9 families that stay weak unseen (issue 10): encounter Z codes read from the visit's stated purpose
// through the Index's Examination, Encounter and Counseling entries, words that name a disease inside a test's
// name, and integral symptoms. Each test names the guideline it serves; every note is invented.
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };

describe('I.C.21.c.13: routine gynecological examination (Index: Examination, gynecological), with or without abnormal findings', () => {
  it('a well-woman visit with a normal exam is Z01.419, not the general adult exam', () => {
    const out = codes('Well woman exam\n50 yo, no complaints. Breast and pelvic examination normal; cytology obtained.\nReturn in one year.', outpatient);
    expect(out).toContain('Z01.419');
    expect(out).not.toContain('Z01.411');
    expect(out).not.toContain('Z00.00');
  });
  it('a gynecological exam that finds a condition is Z01.411 with the condition', () => {
    const out = codes('Annual gynecologic examination\n45 yo. Pelvic exam: enlarged irregular uterus.\nAssessment: uterine leiomyoma, found on exam. Ultrasound ordered.', outpatient);
    expect(out).toContain('Z01.411');
    expect(out).not.toContain('Z01.419');
  });
  it('an exam only planned for later is not this encounter', () => {
    const out = codes('Primary care\nAcute sinusitis, maxillary. Amoxicillin.\nPlan: she is due for her well-woman exam next month.', outpatient);
    expect(out.some((c) => c.startsWith('Z01.4'))).toBe(false);
  });
});

describe('I.C.21.c.16: pre-procedural examinations are Z01.81- (cardiovascular, respiratory, laboratory, other), first-listed', () => {
  it('a pre-operative pulmonary evaluation is Z01.811, before the reason for the operation', () => {
    const out = codes('Pre-operative pulmonary evaluation\n63 yo ex-smoker before elective laparoscopic cholecystectomy for symptomatic gallstones. Lungs clear, spirometry normal.\nCleared from a pulmonary standpoint.', outpatient);
    expect(out[0]).toBe('Z01.811');
    expect(out).not.toContain('Z00.00');
  });
  it('a pre-op clearance that names no organ system is Z01.818', () => {
    const out = codes('Preop clearance\n70 yo scheduled for left total knee arthroplasty for primary osteoarthritis of the left knee. Exam unremarkable.\nOK to proceed.', outpatient);
    expect(out).toContain('Z01.818');
    expect(out).toContain('M17.12');
  });
  it('the pre-operative diagnosis line of an operative note is not a pre-procedural examination', () => {
    const out = codes('OPERATIVE NOTE\nPreoperative diagnosis: acute appendicitis.\nProcedure: laparoscopic appendectomy.', { setting: 'inpatient' as const, noteType: 'OPERATIVE_NOTE' });
    expect(out.some((c) => c.startsWith('Z01.81'))).toBe(false);
  });
});

describe('I.C.21.c.13: administrative examinations are Z02 (Index: Examination, medical, <purpose>), not the routine exam', () => {
  it('a school sports physical is Z02.5', () => {
    const out = codes('Athletic physical\n14 yo for basketball pre-participation clearance. Exam normal, no murmur.\nCleared.', outpatient);
    expect(out).toContain('Z02.5');
    expect(out.some((c) => c.startsWith('Z00.'))).toBe(false);
  });
  it('an exam for a commercial driver\'s license is Z02.4', () => {
    const out = codes('CDL physical\n47 yo bus driver for license renewal. Vision and hearing meet standards. Exam normal.\nCertified 2 years.', outpatient);
    expect(out).toContain('Z02.4');
  });
  it('"here for a pre-employment physical" is Z02.1', () => {
    const out = codes('Occupational health\n31 yo here for a pre-employment physical for a kitchen job. Exam normal.\nFit for duty.', outpatient);
    expect(out).toContain('Z02.1');
  });
});

describe('I.C.21.c.10: counseling is coded when it is the encounter\'s purpose, not when part of treating a coded condition', () => {
  it('nonprocreative genetic counseling (Index: Counseling, genetic, nonprocreative) is Z71.83', () => {
    const out = codes('Hereditary cancer clinic\n44 yo woman whose sister had ovarian cancer at 50. No personal history of cancer.\nCounseled today on testing options; she will consider a panel.', outpatient);
    expect(out).toContain('Z71.83');
    expect(out).not.toContain('Z31.5');
  });
  it('genetic counseling before a pregnancy is procreative (Z31.5)', () => {
    const out = codes('Genetic counseling\n30 yo planning a pregnancy; her brother has cystic fibrosis. Discussed carrier screening for her and her partner.', outpatient);
    expect(out).toContain('Z31.5');
    expect(out).not.toContain('Z71.83');
  });
  it('a smoking cessation visit with counseling is Z71.6 beside the dependence', () => {
    const out = codes('Smoking cessation clinic\n52 yo smoking 20 cigarettes daily. Counseling provided for 12 minutes; nicotine patch started.\nDx: nicotine dependence, cigarettes.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['F17.210', 'Z71.6']));
  });
  it('diet counseling written after the diagnosis it treats is integral to that treatment', () => {
    const out = codes('Gastroenterology\nBloating and loose stools after dairy.\nAssessment: lactose intolerance. Dietary counseling.', outpatient);
    expect(out).not.toContain('Z71.3');
  });
  it('counseling at a routine preventive exam is part of the exam', () => {
    const out = codes('Annual physical\n35 yo, no complaints, exam normal.\nA/P: healthy adult; counseling on exercise provided.', outpatient);
    expect(out).toContain('Z00.00');
    expect(out).not.toContain('Z71.82');
  });
});

describe('I.C.21.c.13 (Z01.84) and I.B.4: a disease named in an antibody test read for immunity is not the patient\'s', () => {
  it('rubella and mumps IgG positive, immune: no rubella or mumps code', () => {
    const out = codes('Employee health\nTiters for immunity before starting work. Rubella IgG positive and mumps IgG positive: immune.', outpatient);
    expect(out.some((c) => c.startsWith('B06') || c.startsWith('B26'))).toBe(false);
    expect(out).toContain('Z01.84');
  });
});

describe('I.C.21.c.2 and I.B.4: a vaccine\'s preparation word names the product, not the disease', () => {
  it('"Shingrix (recombinant zoster)" given today is Z23, not zoster', () => {
    const out = codes('Pharmacy immunization visit\nAdministered today: Shingrix dose 1 (recombinant zoster), left deltoid IM. No reaction.', outpatient);
    expect(out).toContain('Z23');
    expect(out.some((c) => c.startsWith('B02'))).toBe(false);
  });
  it('"pneumococcal conjugate" in a list of vaccines given is no pneumonia', () => {
    const out = codes('Infant visit, 4 months\nGiven today: DTaP, IPV, Hib and pneumococcal conjugate PCV15, IM thighs.', outpatient);
    expect(out).toContain('Z23');
    expect(out.some((c) => c.startsWith('J1'))).toBe(false);
  });
  it('"inactivated polio" given today is no poliomyelitis', () => {
    const out = codes('Travel clinic\nAdult booster of inactivated polio given IM today before travel. No reaction.', outpatient);
    expect(out.some((c) => c.startsWith('A80'))).toBe(false);
  });
});

describe('I.B.5 and R52 Excludes1 (pain by site): a bare "pain" told again after its site is named is not R52', () => {
  it('ureteral stone: "right flank pain" then "Pain improved with morphine" gives no R52', () => {
    const out = codes('ED note\nRight flank pain radiating to the groin since this morning, vomited twice. CT: 3 mm right ureteral calculus, mild hydronephrosis.\nImpression: right ureteral stone with hydronephrosis. Pain improved with morphine.', outpatient);
    expect(out).not.toContain('R52');
    expect(out.some((c) => c.startsWith('N13') || c.startsWith('N20'))).toBe(true);
  });
});

describe('I.B.4: a disease word inside an organisation\'s name is not a diagnosis', () => {
  it('"seen at the Breast Cancer Center for a fibroadenoma" codes the fibroadenoma, not breast cancer', () => {
    const out = codes('Breast clinic note\nSeen at the Breast Cancer Center for a benign fibroadenoma of the left breast, core biopsy benign.\nAssessment: fibroadenoma of left breast.', outpatient);
    expect(out).toContain('D24.2');
    expect(out.some((c) => c.startsWith('C50'))).toBe(false);
  });
  it('a disease written on its own line before a clinic heading stays a diagnosis', () => {
    const out = codes('Assessment: Pneumonia\nClinic follow-up in 1 week.', outpatient);
    expect(out).toContain('J18.9');
  });
});

describe('I.C.21.c.10: a referral for counseling at another visit is not this encounter\'s counseling', () => {
  it('"Plan: referred for genetic counseling" in an oncology follow-up gives no Z71.83', () => {
    const out = codes('Oncology follow-up\nInvasive ductal carcinoma of the right breast on letrozole. Sister had breast cancer at 40.\nPlan: referred for genetic counseling; continue letrozole.', outpatient);
    expect(out).not.toContain('Z71.83');
    expect(out).toContain('Z80.3');
  });
});

describe('I.A.19 / IV.D: a printed education leaflet\'s warning signs are not the patient\'s symptoms', () => {
  it('"--- Patient education printed ---" then heart-attack and stroke warning signs: no chest pain, dyspnea or stroke code', () => {
    const out = codes('Diabetes clinic\nType 2 diabetes without complications, A1c 7.1 on metformin.\n--- Patient education printed ---\nWarning signs of a stroke: face drooping, arm weakness, speech difficulty. Heart attack: chest pain, shortness of breath, sweating.', outpatient);
    expect(out).toContain('E11.9');
    expect(out.some((c) => /^(?:I6[34]|R07|R06|R29\.810|R47)/.test(c))).toBe(false);
  });
});

describe('I.C.21.c.5 and IV.H: screening tests by their usual names, and tests still pending', () => {
  it('an A1c drawn as a screening labs visit is Z13.1 (Index: Screening, diabetes mellitus)', () => {
    const out = codes('Primary care\n47 yo here for screening labs, hemoglobin A1c and fasting glucose. Asymptomatic. Results normal.', outpatient);
    expect(out).toContain('Z13.1');
    expect(out.some((c) => c.startsWith('E11') || c.startsWith('R73'))).toBe(false);
  });
  it('a screening test named in one sentence and the absence of symptoms in the next is a screening', () => {
    const out = codes('Imaging\nScreening mammogram, bilateral, digital.\n52 yo woman, no symptoms.\nImpression: BI-RADS 1, negative.', outpatient);
    expect(out).toContain('Z12.31');
  });
  it('"NAAT for trichomonas and gonorrhea sent" codes neither infection', () => {
    const out = codes('Urgent care\nVaginal itching for 3 days. NAAT for trichomonas and gonorrhea sent.\nAssessment: vulvovaginal candidiasis, fluconazole.', outpatient);
    expect(out.some((c) => c.startsWith('A59') || c.startsWith('A54'))).toBe(false);
    expect(out.some((c) => c.startsWith('B37'))).toBe(true);
  });
});

describe('I.B.4: a negative result after a conjunction belongs to the next item', () => {
  it('"positive for HCV and negative for HIV" keeps hepatitis C', () => {
    const out = codes('Occupational health\nBaseline labs after a needlestick last year came back positive for HCV and negative for HIV.', outpatient);
    expect(out.some((c) => c.startsWith('B18.2') || c.startsWith('B19.2'))).toBe(true);
    expect(out.some((c) => c.startsWith('B20') || c.startsWith('Z21'))).toBe(false);
  });
});
