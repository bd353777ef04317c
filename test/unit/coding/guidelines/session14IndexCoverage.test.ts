// Session 14 (issue 10): Index coverage the first wave found missing, each case named by its Index convention,
// and sepsis whose organism is in its own code (I.C.1.d.1.a). Invented notes only.
import { subtermForms } from '../../../../src/engine/coding/official';
import { codes, sections } from './helpers';

const outpatient = { setting: 'outpatient' as const };
const inpatient = { setting: 'inpatient' as const };

describe('sepsis whose code names the organism is not also sepsis of unspecified organism (I.C.1.d.1.a)', () => {
  const note = 'Discharge summary\nBlood cultures grew Candida glabrata; tachycardic and febrile on arrival, no shock.\nFinal diagnosis: sepsis, candidal (candidemia).';

  it('Candidal sepsis B37.7 stands alone: A41.9 is not added beside it', () => {
    const out = codes(note, inpatient);
    expect(out).toContain('B37.7');
    expect(out).not.toContain('A41.9');
    expect(sections(note, 'B37.7', inpatient)).toContain('I.C.1.d.1.a');
  });

  it('sepsis with no organism named stays A41.9', () => {
    expect(codes('Discharge summary\nFinal diagnosis: sepsis, source unclear; cultures negative.\nCompleted IV antibiotics.', inpatient)).toContain('A41.9');
  });
});

describe('the Index prints the obstetric period as one subterm listing its synonyms', () => {
  it('"puerperal, postpartum, childbirth" and "puerperal, postpartum or gestational" name each word alone', () => {
    expect(subtermForms('puerperal, postpartum, childbirth')).toEqual(['puerperal', 'postpartum', 'childbirth']);
    expect(subtermForms('puerperal, postpartum or gestational')).toEqual(['puerperal', 'postpartum', 'gestational']);
    expect(subtermForms('lower end, radius')).toEqual([]);
  });

  it('postpartum endometritis is Endometritis, puerperal, postpartum, childbirth O86.12, not N71.9', () => {
    const out = codes('Postnatal ward note\nDelivered 4 days ago; fever and a tender uterus.\nAssessment: postpartum endometritis.', inpatient);
    expect(out).toContain('O86.12');
    expect(out).not.toContain('N71.9');
  });
});

describe('lexicon classes the Index writes under another word', () => {
  it('Crohn\'s disease is regional enteritis (Index: Crohn\'s disease — see Enteritis, regional): named by its segment', () => {
    expect(codes('GI clinic\nAssessment: Crohn\'s ileitis, quiescent on maintenance therapy.', outpatient)).toContain('K50.00');
    expect(codes('GI clinic\nAssessment: Crohn\'s colitis, mild flare.', outpatient)).toContain('K50.10');
    expect(codes('GI clinic\nAssessment: Crohn\'s ileitis, quiescent on maintenance therapy.', outpatient)).not.toContain('K52.9');
  });

  it('a stone of the bile duct is its calculus (Index: Stone(s) — see also Calculus; Calculus, bile duct K80.50)', () => {
    expect(codes('Surgical consult\nImpression: common bile duct stone, no cholangitis, LFTs normal.', outpatient)).toContain('K80.50');
  });

  it('a cerebral infarct named by its artery\'s territory is Infarct, cerebral (MCA is the middle cerebral artery)', () => {
    expect(codes('Stroke unit\nAssessment: acute right MCA infarct on MRI.', inpatient)).toContain('I63.9');
    expect(codes('Stroke unit\nAssessment: acute infarct, left middle cerebral artery infarct on MRI.', inpatient).some((c) => c.startsWith('I63'))).toBe(true);
  });

  it('an old MCA infarct with a residual deficit is a sequela (I.C.9.d), not an acute infarct', () => {
    const out = codes('Rehab clinic\nRight-handed. Old left MCA infarct (two years ago) with residual right hemiparesis.', outpatient);
    expect(out).toContain('I69.351');
    expect(out.filter((c) => c.startsWith('I63'))).toEqual([]);
  });
});

describe('Index "History, personal (of)" subterms outside the Z80-Z87 titles (I.C.21.c.4)', () => {
  it('a history of falling is Z91.81 (History, personal, fall, falling); denied, it is nothing', () => {
    expect(codes('Nursing admission assessment\nProvider note: history of falling; uses a walker.', outpatient)).toContain('Z91.81');
    expect(codes('Nursing admission assessment\nNo history of falls. Walks unaided.', outpatient)).not.toContain('Z91.81');
  });

  it('a past anaphylaxis is Z87.892 (History, personal, anaphylaxis); denied, it is nothing', () => {
    expect(codes('Allergy clinic\nA: history of anaphylaxis to peanuts; carries an auto-injector.', outpatient)).toContain('Z87.892');
    expect(codes('Pre-op clinic\nDenies history of anaphylaxis.', outpatient)).not.toContain('Z87.892');
  });
});

describe('Index: Hyperplasia, prostate, with lower urinary tract symptoms (LUTS) N40.1 (I.A.15, I.A.12.a)', () => {
  it('an enlarged prostate with documented urinary retention is N40.1, with the retention as its note lists it (R33.8)', () => {
    const out = codes('Urology clinic\nPost-void residual 380 mL.\nA: benign prostatic hyperplasia with urinary retention.\nP: tamsulosin.', outpatient);
    expect(out).toContain('N40.1');
    expect(out).toContain('R33.8');
    expect(out).not.toContain('N40.0');
    expect(out).not.toContain('R33.9');
  });

  it('a symptom the note denies is no LUTS: N40.0 stays', () => {
    const out = codes('Urology clinic\nNo nocturia, no frequency, good stream.\nA: benign prostatic hyperplasia.', outpatient);
    expect(out).toContain('N40.0');
    expect(out).not.toContain('N40.1');
  });
});

describe('Index: Amyloidosis, wild-type transthyretin-related (ATTR) E85.82, written with the adjective', () => {
  it('"wild-type ATTR amyloid" is E85.82', () => {
    expect(codes('Cardiology clinic\nImpression: wild-type ATTR amyloidosis, no variant on sequencing.', outpatient)).toContain('E85.82');
  });
});
