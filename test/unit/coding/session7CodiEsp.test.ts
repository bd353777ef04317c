// Session 7 (issue 10): general reading patterns of narrative case reports — abbreviations a note defines
// for itself, and Latin/Greek plurals of the Index's main terms. Sentences are invented.
import { loadCodeSet } from '../../../src/engine/icd10';
import { analyzeText } from '../../../src/engine/text';
import { Coder } from '../../../src/engine/coding';
import { normalizeWord } from '../../../src/engine/coding/normalize';
import { noteTokens } from '../../../src/engine/coding/matcher';

const coder = new Coder(loadCodeSet(2027));
const code = (text: string) => coder.code(text, analyzeText(text)).map((c) => c.code);

describe('abbreviations a note defines for itself ("long form (SF)", Schwartz–Hearst initials)', () => {
  it('a later use of the short form is read as its long form, with its own context', () => {
    // The defining mention is uncertain; the later, affirmed use of the short form carries the code.
    const text = 'Primary biliary cholangitis (PBC) was suspected a year ago. Liver biopsy now confirms PBC.';
    const codes = coder.code(text, analyzeText(text));
    const pbc = codes.find((c) => c.code === 'K74.3');
    expect(pbc?.evidence.map((e) => e.text)).toEqual(['PBC']);
  });

  it('the same letters without the note defining them code nothing', () => {
    expect(code('Liver biopsy now confirms PBC.')).toEqual([]);
  });

  it('a bracketed short form whose letters are not the initials of the words before it defines nothing', () => {
    const text = 'Subarachnoid hemorrhage (XYZ) was ruled out on arrival. On day 3 he developed XYZ.';
    expect(code(text)).not.toContain('I60.9');
  });

  it('only uses after the definition are expanded, and the bracketed definition itself is not', () => {
    const text = 'Follow-up of PBC. Primary biliary cholangitis (PBC) confirmed. PBC stable.';
    const tokens = noteTokens(text);
    const pbc = tokens.filter((t) => t.raw === 'pbc');
    expect(pbc).toHaveLength(3);
    expect(pbc[0].expanded).toBeUndefined();
    expect(pbc[1].expanded).toBeUndefined();
    expect([...(pbc[2].expanded ?? [])]).toEqual(expect.arrayContaining([normalizeWord('biliary'), normalizeWord('cholangitis')]));
  });

  it('a lower-case word in brackets is no short form ("renal failure (severe)")', () => {
    const tokens = noteTokens('Renal failure (rf) noted. Later rf again.');
    expect(tokens.filter((t) => t.raw === 'rf').every((t) => !t.expanded?.has(normalizeWord('failure')))).toBe(true);
  });
});

describe('Latin and Greek plurals of the Index main terms (emboli, thrombi, nevi, bronchiectases, condylomata)', () => {
  it.each([
    ['emboli', 'embolus'], ['thrombi', 'thrombus'], ['nevi', 'nevus'], ['foci', 'focus'], ['bronchi', 'bronchus'],
    ['calculi', 'calculus'], ['bronchiectases', 'bronchiectasis'], ['telangiectases', 'telangiectasis'], ['condylomata', 'condyloma'],
  ])('%s is read as %s', (plural, singular) => {
    expect(normalizeWord(plural)).toBe(normalizeWord(singular));
  });

  it('species names in the genitive stay apart from the disease (Klebsiella pneumoniae is no pneumonia)', () => {
    expect(normalizeWord('pneumoniae')).not.toBe(normalizeWord('pneumonia'));
    expect(normalizeWord('influenzae')).not.toBe(normalizeWord('influenza'));
  });

  it('hyphen-split prefixes and other -i words are left alone', () => {
    for (const w of ['anti', 'multi', 'semi', 'fungi', 'pylori']) expect(normalizeWord(w)).toBe(w);
  });

  it('the plural codes like the singular', () => {
    expect(code('Pulmonary emboli were found on CT angiography.')).toContain('I26.99');
    expect(code('Chest CT showed multiple bronchiectases.')).toContain('J47.9');
    expect(code('Anal condylomata were excised.')).toContain('A63.0');
    expect(code('Anal condylomata were excised.')).toEqual(code('Anal condyloma was excised.'));
  });
});

describe('lymph node enlargement in a named region is localized (Index: Lymphadenopathy, localized R59.0)', () => {
  it('any region the Neoplasm Table lists under lymph gland makes it localized, not only the commonest', () => {
    expect(code('Examination revealed submaxillary lymphadenopathy.')).toEqual(['R59.0']);
    expect(code('CT showed pretracheal adenopathies.')).toEqual(['R59.0']);
    expect(code('A right laterocervical adenopathy was palpated.')).toEqual(['R59.0']);
  });

  it('enlarged nodes without a region stay unspecified (R59.9), and generalized ones R59.1', () => {
    expect(code('Examination revealed lymphadenopathy.')).toEqual(['R59.9']);
    expect(code('Examination revealed generalized lymphadenopathy.')).toEqual(['R59.1']);
  });
});

describe('a qualifier the Index files under another code is not the bare main term (Incontinence R32; feces R15.9)', () => {
  it('fecal incontinence is R15.9, never the urinary default of bare "incontinence"', () => {
    for (const text of ['Faecal incontinence since the delivery.', 'She reports incontinence of feces.']) {
      expect(code(text)).toContain('R15.9');
      expect(code(text)).not.toContain('R32');
    }
    expect(code('Urinary incontinence since the delivery.')).toEqual(['R32']);
  });
});
