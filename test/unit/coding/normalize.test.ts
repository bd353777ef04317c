// Tests the token normalisation shared by the lexicon and the note scanner: spelling variants of the
// same word must meet (machine-translated case reports mix British and American spellings).
import { loadCodeSet } from '../../../src/engine/icd10';
import { analyzeText } from '../../../src/engine/text';
import { Coder } from '../../../src/engine/coding';
import { americanSpelling, normalizeWord } from '../../../src/engine/coding/normalize';

describe('americanSpelling (British and older spellings by pattern)', () => {
  it.each([
    ['hyperkalaemia', 'hyperkalemia'], ['haematoma', 'hematoma'], ['ischaemic', 'ischemic'], ['oedema', 'edema'],
    ['oesophagitis', 'esophagitis'], ['diarrhoea', 'diarrhea'], ['dyspnoea', 'dyspnea'], ['paediatric', 'pediatric'],
    ['faecal', 'fecal'], ['caecum', 'cecum'], ['foetal', 'fetal'], ['coeliac', 'celiac'], ['aetiology', 'etiology'],
    ['anaesthesia', 'anesthesia'], ['leucocytosis', 'leukocytosis'], ['leucopenia', 'leukopenia'],
    ['generalised', 'generalized'], ['hospitalisation', 'hospitalization'],
  ])('%s → %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
    expect(normalizeWord(british)).toBe(normalizeWord(american));
  });

  it('adjective and plural forms of lymphadenopathy meet the noun ("inguinal adenopathic mass" is an enlarged node, R59.0)', () => {
    for (const w of ['adenopathic', 'lymphadenopathic', 'adenopathies', 'adenopathy']) expect(normalizeWord(w)).toBe(normalizeWord('lymphadenopathy'));
  });

  it('leaves words that only look alike unchanged', () => {
    for (const w of ['does', 'toes', 'aerobic', 'aeruginosa', 'hypoechoic', 'raised', 'diagnosis', 'shoe']) expect(americanSpelling(w)).toBe(w);
  });

  it('a condition spelt the British way codes like the American spelling', () => {
    const coder = new Coder(loadCodeSet(2027));
    const code = (text: string) => coder.code(text, analyzeText(text)).map((c) => c.code);
    expect(code('Laboratory tests confirmed hyperkalaemia.')).toEqual(code('Laboratory tests confirmed hyperkalemia.'));
    expect(code('Laboratory tests confirmed hyperkalaemia.')).toContain('E87.5');
    expect(code('The blood count showed leucopenia.')).toContain('D72.819');
  });
});
