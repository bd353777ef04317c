import { codes, sections } from './helpers';

// I.A.15 / I.A.13: a condition stated with its cause is coded from the Index subterm printed for that cause.
describe('Index cause subterms: drugs as the cause, by the Table of Drugs class (Index "due to, drugs")', () => {
  it('a neuroleptic named by drug (its Table code title says neuroleptic) reaches "drugs, neuroleptic"', () => {
    const out = codes('Assessment: haloperidol-induced parkinsonism. Taken as prescribed.');
    expect(out).toContain('G21.11');
    expect(out).not.toContain('G21.19');
    expect(out).not.toContain('G20.A1');
    expect(sections('Assessment: haloperidol-induced parkinsonism. Taken as prescribed.', 'G21.11')).toContain('I.A.15');
  });

  it('a drug outside the named class stays at "drugs NEC"', () => {
    const out = codes('Assessment: secondary parkinsonism due to metoclopramide, taken as prescribed.');
    expect(out).toContain('G21.19');
    expect(out).not.toContain('G21.11');
  });

  it('works for any condition whose Index entry has a drug subterm (Cardiomyopathy, due to, drugs I42.7)', () => {
    const out = codes('Discharge diagnosis: cardiomyopathy due to amiodarone taken as prescribed.', { setting: 'inpatient' });
    expect(out).toContain('I42.7');
    expect(out).not.toContain('I42.9');
  });

  it('a missed or stopped drug is not the cause (underdosing, I.C.19.e.5.c)', () => {
    const out = codes('Assessment: parkinsonism due to missed doses of carbidopa-levodopa.');
    expect(out).not.toContain('G21.19');
    expect(out).not.toContain('G21.11');
  });
});

describe('Index cause subterms: a disease as the cause, with the manifestation in brackets (I.A.13)', () => {
  it('a cause of the class a "disease NEC" subterm names (Polyneuropathy, in, endocrine disease NEC [G63])', () => {
    const out = codes('Assessment: polyneuropathy due to hypothyroidism.');
    expect(out).toEqual(expect.arrayContaining(['E03.9', 'G63']));
    expect(out).not.toContain('G62.9');
    expect(out.indexOf('E03.9')).toBeLessThan(out.indexOf('G63'));
  });

  it('a cause that is the subterm\'s own code (Cardiomyopathy, thyrotoxic E05.90 [I43])', () => {
    const out = codes('Discharge diagnosis: cardiomyopathy due to thyrotoxicosis, no thyroid storm.', { setting: 'inpatient' });
    expect(out).toEqual(expect.arrayContaining(['E05.90', 'I43']));
    expect(out).not.toContain('I42.9');
  });

  it('a negated cause is no cause ("without septic shock")', () => {
    const out = codes('Final diagnosis: severe sepsis due to Pseudomonas without septic shock; urinary tract infection.', { setting: 'inpatient' });
    expect(out).not.toContain('R65.21');
  });

  it('the cause is the first phrase after the link: a later finding of the sentence is not it (Index "Peritonitis, due to, urine")', () => {
    const later = codes('Laparotomy: peritonitis secondary to perforation of the sigmoid and abundant urine in the pelvis.', { setting: 'inpatient' });
    expect(later).not.toContain('K65.8');
    const stated = codes('Laparotomy: peritonitis due to urine leak from the bladder repair.', { setting: 'inpatient' });
    expect(stated).toContain('K65.8');
  });

  it('a condition without a stated cause keeps its own code', () => {
    const out = codes('Assessment: polyneuropathy. Hypothyroidism on levothyroxine.');
    expect(out).toContain('G62.9');
    expect(out).not.toContain('G63');
  });
});
