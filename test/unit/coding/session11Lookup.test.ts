// Index lookups case reports word differently from the Index (session 11): the organism named by its noun
// where the Index prints its adjective ("Candida esophagitis" is "Esophagitis, candidal"), and two site
// adjectives coordinated before one head noun ("gastric and duodenal ulcers"). Notes invented.
import { codes } from './guidelines/helpers';
import { normalizeWord } from '../../../src/engine/coding/normalize';

describe('organism adjectives of the Index are the organism the note names', () => {
  it('normalises the adjective and the noun to one form; herpetic stays apart (simplex or zoster)', () => {
    expect(normalizeWord('candidal')).toBe(normalizeWord('candida'));
    expect(normalizeWord('cytomegaloviral')).toBe(normalizeWord('cytomegalovirus'));
    expect(normalizeWord('staphylococcal')).toBe(normalizeWord('staphylococci'));
    expect(normalizeWord('amoebic')).toBe('amebic');
    expect(normalizeWord('herpetic')).not.toBe(normalizeWord('herpes'));
  });

  it.each([
    ['Upper endoscopy showed white plaques; brushings confirmed Candida esophagitis.', 'B37.81', 'K20.90'],
    ['Liver biopsy showed inclusion bodies and he was diagnosed with cytomegalovirus hepatitis.', 'B25.1', 'K75.9'],
    ['India ink stain of the cerebrospinal fluid confirmed Cryptococcus meningitis.', 'B45.1', 'G03.9'],
    ['Endocervical swab PCR was positive: Chlamydia cervicitis, treated with doxycycline.', 'A56.09', 'N72'],
  ])('%s', (note, code, not) => {
    const out = codes(note, { setting: 'inpatient' });
    expect(out).toContain(code);
    expect(out).not.toContain(not);
  });

  it('an organism in another clause from the condition is not its cause', () => {
    expect(codes('Assessment: esophagitis. Blood cultures grew Candida albicans.', { setting: 'inpatient' })).not.toContain('B37.81');
  });
});

describe('modifiers coordinated before one head noun', () => {
  it.each([
    ['Endoscopy showed gastric and duodenal ulcers without bleeding.', ['K25.9', 'K26.9']],
    ['Endoscopy showed esophageal and gastric varices without bleeding.', ['I85.00', 'I86.4']],
  ])('%s', (note, expected) => {
    expect(codes(note, { setting: 'inpatient' })).toEqual(expect.arrayContaining(expected));
  });

  it('a noun between the modifier and "and" ends the coordination: "gastric biopsies and duodenal ulcers" names no gastric ulcer', () => {
    const out = codes('Endoscopy: gastric biopsies and duodenal ulcers were taken and seen.', { setting: 'inpatient' });
    expect(out).toContain('K26.9');
    expect(out).not.toContain('K25.9');
  });
});
