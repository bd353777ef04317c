// Guideline I.C.19.e.5.a: an adverse effect of a drug properly taken is coded by the nature of the effect (the
// drug-induced code of the condition where its category has one), then the Table of Drugs' adverse-effect code of the
// drug; the Table's class rows answer for the class words notes use, and a main term without an adverse-effect column
// takes the one its subterms agree on. Notes are synthetic.
import { Coder } from '../../../../src/engine/coding';
import { codeFor, loadDrugTable, substancesIn } from '../../../../src/engine/coding/drugs';
import { phraseTokens } from '../../../../src/engine/coding/phrase';
import { analyzeText } from '../../../../src/engine/text';
import { codeSet, codes as engineCodes } from './helpers';

const coder = new Coder(codeSet);
function codes(text: string, setting: 'inpatient' | 'outpatient' = 'outpatient'): string[] {
  return coder.code(text, analyzeText(text), { setting }).map((c) => c.code);
}

describe('Table of Drugs: class words and subterm columns', () => {
  const table = loadDrugTable();
  const adverse = (words: string) => substancesIn(table, new Set(phraseTokens(words))).map((s) => codeFor(table, s, 'adverseEffect'));

  it.each([
    ['chemotherapy', 'T45.1X5'],
    ['statin', 'T46.6X5'],
    ['steroid', 'T38.0X5'],
    ['SSRI', 'T43.225'],
    ['antipsychotic', 'T43.505'],
  ])('"%s" names the Table row of its class → %s', (words, want) => {
    expect(adverse(words)).toEqual([want]);
  });

  it('a main term without the column takes the code its subterms agree on (Lithium → salts T43.595), never a guess', () => {
    const [lithium] = substancesIn(table, new Set(phraseTokens('lithium')));
    expect(lithium.codes.adverseEffect).toBeUndefined();
    expect(codeFor(table, lithium, 'adverseEffect')).toBe('T43.595');
    expect(codeFor(table, lithium, 'accidental')).toBe('T56.891');
  });
});

describe('I.C.19.e.5.a the nature of the adverse effect', () => {
  it.each([
    ['Assessment: chemotherapy-induced peripheral polyneuropathy.', 'G62.0', 'T45.1X5A', 'G62.9'],
    ['Assessment: amiodarone-induced hypothyroidism.', 'E03.2', 'T46.2X5A', 'E03.9'],
    ['Assessment: simvastatin-induced myopathy.', 'G72.0', 'T46.6X5A', 'G72.9'],
    ['Assessment: constipation due to morphine taken as prescribed.', 'K59.03', 'T40.2X5A', 'K59.00'],
    ['Assessment: hypothyroidism secondary to lithium.', 'E03.2', 'T43.595A', 'E03.9'],
  ])('%s → %s then %s, never %s', (note, nature, tcode, generic) => {
    const got = codes(note);
    expect(got).toEqual(expect.arrayContaining([nature, tcode]));
    expect(got).not.toContain(generic);
    expect(got.indexOf(nature)).toBeLessThan(got.indexOf(tcode));
  });

  it('keeps a "with" combination as the nature (diabetes with hypoglycemia from glyburide stays E11.649)', () => {
    const got = codes('Assessment: hypoglycemia due to glyburide taken as prescribed in type 2 diabetes.');
    expect(got).toEqual(expect.arrayContaining(['E11.649', 'T38.3X5A']));
    expect(got).not.toContain('E16.0');
  });

  it('never refines to a code that adds a condition the note does not state (anemia is not sideroblastic anemia due to drugs)', () => {
    const got = engineCodes('Diagnosis: anemia due to antineoplastic chemotherapy for adenocarcinoma of the right upper lobe of the lung.', { setting: 'inpatient' } as never);
    expect(got).toContain('D64.81');
    expect(got).not.toContain('D64.2');
  });

  it('leaves a condition in another sentence alone, and does nothing without an adverse effect', () => {
    expect(codes('Hypothyroidism, on levothyroxine. Assessment: amiodarone-induced bradycardia.')).toContain('E03.9');
    expect(codes('Assessment: peripheral polyneuropathy.')).not.toContain('G62.0');
  });
});

describe('I.C.19.e.5.b poisoning: what was taken', () => {
  it('a prescribed drug taken with alcohol is a poisoning by the drug and by the alcohol, never an adverse effect', () => {
    const got = codes('Assessment: somnolence from oxycodone taken with alcohol.');
    expect(got).toEqual(expect.arrayContaining(['T40.2X1A', 'T51.0X1A', 'R40.0']));
    expect(got).not.toContain('T40.2X5A');
    expect(got.indexOf('T40.2X1A')).toBeLessThan(got.indexOf('R40.0'));
  });

  it('the drug named after "instead of" was not taken, and a dosage form is not a substance', () => {
    const got = codes('Assessment: took her husband\'s zolpidem by mistake instead of her own vitamin tablet.');
    expect(got).toContain('T42.6X1A');
    expect(got).not.toContain('T45.2X1A');
    expect(got).not.toContain('T50.901A');
  });
});
