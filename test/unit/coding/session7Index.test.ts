// Session 7, issue 10 (code16): kinds of wrong codes fixed by the Index and the conventions. Each test names the
// Index entry or guideline it serves; every note is invented.
import { codes } from './guidelines/helpers';
import { analyzeText } from '../../../src/engine/text';
import { mentionContext } from '../../../src/engine/context';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const inpatient = { setting: 'inpatient' as const, noteType: 'PROGRESS_NOTE' };

function ctxOf(text: string, word: string) {
  const start = text.indexOf(word);
  return mentionContext(analyzeText(text), { start, end: start + word.length });
}

describe('Site and side of limb codes from the text (I.B.13; Index "Cellulitis, lower limb L03.11-", "Pain, limb, lower, lower leg M79.66-")', () => {
  it('cellulitis of a named leg is the sided lower-limb code, never L03.90', () => {
    expect(codes('Urgent care.\nA: cellulitis of the left leg. Start cephalexin.', outpatient)).toEqual(['L03.116']);
    expect(codes('Urgent care.\nA: right leg cellulitis, spreading.', outpatient)).toEqual(['L03.115']);
  });
  it('the calf and the shin are the lower leg of the Tabular (M79.66-)', () => {
    expect(codes('Clinic.\nA: left calf pain after a long flight, DVT excluded by ultrasound.', outpatient)).toContain('M79.662');
    expect(codes('Clinic.\nA: right shin pain from running.', outpatient)).toContain('M79.661');
  });
  it('"leg" alone stays the whole leg (M79.605), because the category names the leg itself', () => {
    expect(codes('Clinic.\nA: pain in left leg.', outpatient)).toEqual(['M79.605']);
  });
});

describe('Rheumatoid arthritis by serostatus (Index "Arthritis, rheumatoid, seropositive M05.-", "seronegative M06.0-")', () => {
  it('rheumatoid factor positive moves the sited M06.0- code to M05.7- of the same site and side', () => {
    expect(codes('Rheumatology.\nA: rheumatoid arthritis, RF positive, both hands. Continue methotrexate.', outpatient).filter((c) => c.startsWith('M0'))).toEqual(['M05.741', 'M05.742']);
  });
  it('"seropositive" with a site drops the unspecified M05.9 for the sited code', () => {
    const out = codes('Rheumatology.\nA: seropositive rheumatoid arthritis of both hands.', outpatient);
    expect(out).toEqual(expect.arrayContaining(['M05.741', 'M05.742']));
    expect(out.some((c) => c.startsWith('M06') || c === 'M05.9')).toBe(false);
  });
  it('"RF negative" is seronegative RA (M06.00), not a negated RA', () => {
    expect(ctxOf('A: rheumatoid arthritis, RF negative.', 'rheumatoid').negated).toBe(false);
    expect(codes('Rheumatology.\nA: rheumatoid arthritis, RF negative.', outpatient)).toEqual(['M06.00']);
  });
  it('no serology stated leaves M06.- as the Index default', () => {
    expect(codes('Rheumatology.\nA: rheumatoid arthritis of right knee.', outpatient)).toEqual(['M06.061']);
  });
});

describe('Atherosclerotic heart disease with angina is one code (I.C.9.b; Index "Arteriosclerosis, coronary, native vessel, with, angina pectoris I25.11-")', () => {
  it('stable angina is "specified type NEC" (I25.118), not I25.10 with the angina dropped', () => {
    const out = codes('Cardiology.\nA: CAD with stable angina. Continue aspirin and metoprolol.', outpatient);
    expect(out).toContain('I25.118');
    expect(out.some((c) => c === 'I25.10' || c.startsWith('I20'))).toBe(false);
  });
  it('unspecified angina is I25.119 and unstable angina I25.110', () => {
    expect(codes('Cardiology.\nA: coronary artery disease with angina.', outpatient)).toEqual(['I25.119']);
    expect(codes('Cardiology.\nA: coronary artery disease with unstable angina.', inpatient)).toContain('I25.110');
  });
});

describe('Personal history of cancer by site (I.C.2.d; Index "History, personal, malignant neoplasm, rectum NEC Z85.048")', () => {
  it('a history title listing several sites is the history of each one', () => {
    expect(codes('Clinic.\nPersonal history of rectal cancer, s/p resection 2015, no further treatment.\nA: essential hypertension.', outpatient)).toEqual(['I10', 'Z85.048']);
    expect(codes('Clinic.\nHistory of anal cancer treated with chemoradiation 2016, no evidence of disease, no current treatment.\nA: hyperlipidemia.', outpatient)).toContain('Z85.048');
  });
});

describe('A hereditary syndrome or genetic risk named after a cancer is not the cancer (I.A.19; Z15.0-, Z80.-)', () => {
  it('"hereditary breast and ovarian cancer syndrome" codes no ovarian cancer', () => {
    const out = codes('Genetics.\nDiscussed hereditary breast and ovarian cancer syndrome; BRCA1 mutation carrier. Mother had ovarian cancer.\nA: BRCA1 positive.', outpatient);
    expect(out.some((c) => c.startsWith('C') || c.startsWith('D49'))).toBe(false);
    expect(out).toContain('Z80.41');
  });
  it('a "colon cancer susceptibility gene" is no colon cancer', () => {
    expect(codes('Genetics.\nTested for a colon cancer susceptibility gene, result pending.\nA: family history of colon cancer in father.', outpatient).some((c) => c.startsWith('C18'))).toBe(false);
  });
});

describe('Underdosing is the patient taking less than prescribed (I.C.19.e.5.c)', () => {
  it('a clinician stopping the drug is no underdosing', () => {
    const out = codes('Cardiology.\nPotassium 6.1. I have stopped his spironolactone.\nA: hyperkalemia.', outpatient);
    expect(out).toEqual(['E87.5']);
  });
  it('"was held" by the team is no underdosing either', () => {
    expect(codes('Hospital day 3.\nLisinopril was held for acute kidney injury.\nA: AKI, improving.', inpatient).some((c) => c.startsWith('T46'))).toBe(false);
  });
  it('the patient stopping her own drug still is underdosing', () => {
    expect(codes('Clinic.\nAssessment: hypothyroidism; she stopped her levothyroxine because she could not afford it.', outpatient)).toContain('T38.1X6A');
  });
});

describe('Long-term (current) drug use from current-use phrasing and medication lists (I.C.21.c.3)', () => {
  it('"on tacrolimus" with a transplant is Z79.621 (Index "Long-term, tacrolimus")', () => {
    expect(codes('Transplant clinic.\nHe is on tacrolimus and mycophenolate.\nA: kidney transplant status.', outpatient)).toEqual(expect.arrayContaining(['Z94.0', 'Z79.621', 'Z79.624']));
  });
  it('apixaban on a medication list line is Z79.01', () => {
    expect(codes('Clinic.\nMedications:\n- apixaban 5 mg BID\n- metoprolol 25 mg daily\nA: atrial fibrillation.', outpatient)).toEqual(expect.arrayContaining(['I48.91', 'Z79.01']));
  });
  it('a drip is no long-term use', () => {
    expect(codes('Hospital day 2.\nA: pulmonary embolism, on heparin drip.', inpatient)).not.toContain('Z79.01');
  });
});

describe('Transplant rejection (Index "Complication, transplant, kidney, rejection T86.11"; an allograft is the transplant)', () => {
  it('"renal allograft rejection" is T86.11', () => {
    expect(codes('Transplant.\nA: renal allograft rejection, chronic.', outpatient)).toEqual(['T86.11']);
  });
});

describe('Follow-up after completed treatment (I.C.21.c.8): a resolved condition at a recheck is Z09 with its history', () => {
  it('"otitis media resolved" at a recheck is Z09 + Z86.69, not the otitis', () => {
    const out = codes('Pediatrics.\nHere for recheck of ears after a 10-day course of amoxicillin for left otitis media. Otitis media resolved. Tympanic membranes normal.\nA: otitis resolved.', outpatient);
    expect(out).toEqual(['Z09', 'Z86.69']);
  });
  it('without a recheck visit a resolved condition stays uncoded', () => {
    expect(codes('Clinic.\nOtitis media resolved.\nA: essential hypertension.', outpatient)).toEqual(['I10']);
  });
});

describe('Context: what is not a negation', () => {
  it('a "with"-joined symptom is coded (oligoanuria is R34, integral to AKI; not negated)', () => {
    const text = 'No urine output overnight; oligoanuria with generalized edema.';
    expect(ctxOf(text, 'oligoanuria').negated).toBe(false);
    expect(codes(`ICU.\n${text}\nA: anasarca.`, inpatient)).toEqual(expect.arrayContaining(['R34', 'R60.1']));
  });
  it('an imperative to the patient about a drug negates nothing ("Don\'t forget to take your metformin")', () => {
    const text = "Type 2 diabetes. Don't forget to take your metformin.";
    expect(ctxOf(text, 'metformin').negated).toBe(false);
    expect(codes(`Clinic.\n${text}\nA: type 2 diabetes mellitus without complications.`, outpatient)).toEqual(['E11.9', 'Z79.84']);
  });
});
