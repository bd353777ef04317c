// The Tabular's instructional notes applied as a class (issue 10): an Index etiology/manifestation pair's default
// etiology yields to the etiology the note states (I.A.13), and an Excludes1 choice (I.A.12.a) keeps the code whose
// title leaves fewer axes unspecified. Notes are synthetic.
import { KnowledgeConventions } from '../../../../src/engine/coding';
import { vagueness } from '../../../../src/engine/coding/guidelines';
import { excludes1Winner } from '../../../../src/engine/coding/guidelines/conventions';
import { loadKnowledge } from '../../../../src/engine/icd10';
import { codeSet, codes, engine } from './helpers';

const conventions = new KnowledgeConventions(loadKnowledge(2027), codeSet);
const title = (code: string) => codeSet.find(code)?.longDescription ?? '';

describe('I.A.12.a: of an Excludes1 pair, the code whose title leaves fewer axes unspecified', () => {
  it('counts every unspecified axis of a title, and a symptom code stays the vaguer of any pair', () => {
    // "Chronic or unspecified peptic ulcer, site unspecified, with hemorrhage": acuity and site.
    expect(vagueness('K27.4', title('K27.4'))).toBe(2);
    expect(vagueness('K25.4', title('K25.4'))).toBe(1);
    expect(vagueness('R10.9', title('R10.9'))).toBeGreaterThan(vagueness('K27.4', title('K27.4')));
  });

  it('the site-specified ulcer wins its Excludes1 pair with the site-unspecified one, whatever the support', () => {
    expect(conventions.excludes1Conflict('K25.4', 'K27.4')).toBe(true);
    expect(excludes1Winner(conventions, codeSet, { code: 'K27.4', strength: 9 }, { code: 'K25.4', strength: 1 })).toBe('b');
  });

  it('the engine reports the gastric ulcer code for a peptic ulcer the note places in the stomach', () => {
    const got = codes('Assessment: peptic ulcer of the stomach complicated by bleeding. Plan: IV pantoprazole.');
    expect(got).toContain('K25.4');
    expect(got).not.toContain('K27.4');
  });
});

describe('I.A.13: a stated etiology replaces the default etiology of an Index etiology/manifestation pair', () => {
  it('the etiology stated in the manifestation sentence is reported first, the pair default is dropped with its reason', () => {
    const report = engine.process('Impression: light chain (AL) amyloidosis with amyloid cardiomyopathy. Plan: hematology referral.');
    const got = report.codes.map((c) => c.code);
    expect(got).toEqual(['E85.81', 'I43']);
    const detail = report.codes[0].guideline?.map((g) => g.detail).join(' ') ?? '';
    expect(detail).toContain('E85.4 not reported');
  });

  it('with no etiology stated, the pair keeps its own etiology before the manifestation', () => {
    expect(codes('Impression: amyloid cardiomyopathy. Plan: echo in 6 months.')).toEqual(['E85.4', 'I43']);
  });

  it('a same-category code stated in another sentence does not replace the pair default', () => {
    const got = codes('History: light chain (AL) amyloidosis treated in 2019, in remission.\nImpression: amyloid cardiomyopathy.');
    expect(got).toContain('E85.4');
  });
});

describe('I.C chapter rules set the first-listed code, and the principal follows them', () => {
  it('I.C.19.e.5.b: the poisoning code is principal and first even when its manifestation scores higher', () => {
    const report = engine.process('DISCHARGE | Intentional overdose of quetiapine (~20 tabs) in a suicide attempt. Medically cleared. | Also: schizoaffective disorder, bipolar type.', { setting: 'inpatient' });
    const [first, second] = report.codes;
    expect(first.code).toBe('T43.592A');
    expect(first.role).toBe('principal');
    // The manifestation is the better-scored code here: only the guideline's sequence keeps it second.
    expect(second.code).toBe('F25.0');
    expect(second.confidence).toBeGreaterThan(first.confidence);
  });

  it('I.C.1.g.1.a: COVID-19 is listed before the manifestation stated before it, with the reason', () => {
    const report = engine.process('Assessment: acute bronchitis due to COVID-19. Supportive care.');
    expect(report.codes.map((c) => c.code)).toEqual(['U07.1', 'J20.8']);
    expect(report.codes[0].guideline?.map((g) => g.section)).toContain('I.C.1.g.1.a');
  });
});
