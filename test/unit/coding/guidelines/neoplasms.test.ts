// Guidelines I.C.2: primary vs secondary site (I.C.2.b), unknown primary (C80.1 with the secondary),
// current vs history and follow-up after completed treatment (I.C.2.d, Z08), chemotherapy and
// radiotherapy encounters first-listed (I.C.2.e.2), remission characters, anemia in neoplastic disease
// (I.C.2.c.1), estrogen receptor status and hormonal therapy for breast cancer. Invented notes.
import { codes, engine, sections } from './helpers';

const OUT = { setting: 'outpatient' } as const;
const IN = { setting: 'inpatient' } as const;

describe('I.C.2.b the site a cancer spread to is secondary, the site it came from primary', () => {
  it('"metastatic prostate cancer to bone" is C61 + C79.51, never a bone or genital-organ secondary primary', () => {
    const out = codes('Prostate adenocarcinoma with metastases to the lumbar spine on PET.\nAssessment: metastatic prostate cancer to bone.', OUT);
    expect(out).toEqual(expect.arrayContaining(['C61', 'C79.51']));
    for (const c of ['C41.9', 'C79.82', 'C79.89']) expect(out).not.toContain(c);
  });

  it('"metastases from the lung primary" names the primary, not a lung secondary', () => {
    const out = codes('Non-small cell lung cancer of the left lower lobe. MRI: three brain lesions consistent with metastases from the lung primary.', IN);
    expect(out).toContain('C79.31');
    expect(out.some((c) => c.startsWith('C34'))).toBe(true);
    expect(out.filter((c) => c.startsWith('C78.0'))).toEqual([]);
  });

  it('an unknown primary is C80.1 beside the secondary site', () => {
    const note = 'Liver biopsy: metastatic adenocarcinoma. CT, EGD and colonoscopy showed no primary.\nImpression: adenocarcinoma metastatic to liver, unknown primary site.';
    expect(codes(note, OUT)).toEqual(expect.arrayContaining(['C78.7', 'C80.1']));
    expect(sections(note, 'C80.1', OUT)).toContain('I.C.2.l');
  });
});

describe('I.C.2.d current cancer vs personal history', () => {
  it('an excised cancer with no further treatment is Z85 (+ Z08 at a follow-up visit), not the current code', () => {
    const out = codes('Surveillance visit 3 years after wide local excision of a melanoma of the back; no adjuvant therapy, no recurrence.\nAssessment: personal history of melanoma.', OUT);
    expect(out).toEqual(expect.arrayContaining(['Z85.820', 'Z08']));
    expect(out.filter((c) => c.startsWith('C43'))).toEqual([]);
  });

  it('leukemia and myeloma "in remission" take the remission character, not history', () => {
    expect(codes('Assessment: multiple myeloma in complete remission on lenalidomide maintenance.', OUT)).toContain('C90.01');
    const aml = codes('Acute myeloid leukemia treated 2024, remains in remission.\nA: AML in remission.', OUT);
    expect(aml).toContain('C92.01');
    expect(aml).not.toContain('C92.00');
    expect(aml).not.toContain('C95.90');
  });
});

describe('I.C.2.e.2 an encounter for chemotherapy or radiotherapy lists Z51 first, then the cancer', () => {
  it.each([
    ['Infusion suite. Cycle 2 day 1 of dose-dense AC for invasive ductal carcinoma of the left breast. Chemotherapy given as ordered.', 'Z51.11', 'C50.912'],
    ['Radiation oncology on-treatment visit. Prostate adenocarcinoma. Fraction 12 of 28 delivered today.', 'Z51.0', 'C61'],
  ])('%s', (note, encounter, cancer) => {
    const r = engine.process(note, OUT);
    expect(r.codes[0].code).toBe(encounter);
    expect(r.codes.map((c) => c.code)).toContain(cancer);
  });

  it('a past cycle is not a chemotherapy encounter', () => {
    expect(codes('Admitted with anemia 12 days after cycle 4 of carboplatin for lung adenocarcinoma.', IN)).not.toContain('Z51.11');
  });
});

describe('I.C.2.c.1 anemia from the neoplasm itself is D63.0, not unspecified anemia', () => {
  it('anemia of myeloma is D63.0 after the myeloma', () => {
    const out = codes('IgG kappa multiple myeloma, not yet treated. Hb 8.6 from marrow infiltration (anemia of the myeloma).', OUT);
    expect(out).toEqual(expect.arrayContaining(['C90.00', 'D63.0']));
    expect(out).not.toContain('D64.9');
  });
});

describe('breast cancer: receptor status (Z17) and long-term hormonal therapy (Z79.81-) from the Index', () => {
  it.each([
    ['Invasive ductal carcinoma of the right breast, estrogen receptor positive; HER2 pending.', ['Z17.0'], []],
    ['Left breast cancer, ER negative. Cycle 2 of AC given today.', ['Z17.1'], ['Z17.0']],
    ['Left breast cancer, ER positive, resected 2024; now in year 2 of adjuvant tamoxifen.', ['C50.912', 'Z17.0', 'Z79.810'], ['Z85.3']],
    ['Right breast cancer, ER positive, on letrozole after lumpectomy.', ['Z79.811'], ['Z79.810']],
  ])('%s', (note, want, never) => {
    const out = codes(note, OUT);
    expect(out).toEqual(expect.arrayContaining(want));
    for (const c of never) expect(out).not.toContain(c);
  });

  it('a drug the patient finished is not long-term use', () => {
    expect(codes('History of left breast cancer; completed tamoxifen in 2020, no recurrence.', OUT).filter((c) => c.startsWith('Z79.81'))).toEqual([]);
  });
});

describe('I.C.2 / I.B.2 a benign neoplasm takes the site the note states', () => {
  it.each([
    ['SURGICAL PATHOLOGY\nSpecimen: left breast, core biopsy.\nDiagnosis: fibroadenoma. No atypia.', 'D24.2', 'D36.9'],
    ['Soft subcutaneous mass excised; pathology lipoma.\nDiagnosis: lipoma of the right thigh.', 'D17.23', 'D17.9'],
    ['Excision of a 3 cm lipoma of the upper back.', 'D17.1', 'D17.9'],
  ])('%s', (note, want, never) => {
    const out = codes(note, OUT);
    expect(out).toContain(want);
    expect(out).not.toContain(never);
  });

  it('keeps the site-less code when the note names two sites', () => {
    const out = codes('Two lipomas excised, one of the right thigh and one of the left forearm.', OUT);
    expect(out).not.toContain('D17.23');
    expect(out).not.toContain('D17.22');
  });
});

describe('I.B.2 a lung primary takes the lobe and side the sentence states', () => {
  it('adenocarcinoma of the right upper lobe is C34.11, not C34.90', () => {
    const out = codes('Adenocarcinoma of the right upper lobe of the lung, stage IIB.', OUT);
    expect(out).toContain('C34.11');
    expect(out).not.toContain('C34.90');
  });
});
