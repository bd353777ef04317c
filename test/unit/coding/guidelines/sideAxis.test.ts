// Guideline I.B.13 (laterality) as an axis of the category: a code whose title leaves the side open gives way to the
// sibling that differs from it only by the side the note states for the site, wherever in the note it is written;
// the siblings come from the Tabular titles, the side from side words and the ear's and eye's own abbreviations.
import { codes, codeSet } from './helpers';
import { sideSiblings, sideStatements } from '../../../../src/engine/coding/guidelines/sideAxis';
import type { GuidelineContext } from '../../../../src/engine/coding/guidelines/types';

const ctx = { codeSet } as unknown as GuidelineContext;

describe('I.B.13 side axis: the siblings are read from the Tabular titles', () => {
  it('an "unspecified ear" code has its right, left and bilateral siblings', () => {
    const axis = sideSiblings(ctx, 'H61.20');
    expect(axis.open).toBe(true);
    expect(axis.siblings.map((s) => [s.code, s.side])).toEqual(expect.arrayContaining([['H61.21', 'right'], ['H61.22', 'left'], ['H61.23', 'bilateral']]));
    expect(axis.sites).toEqual(new Set(['ear']));
  });

  it('a second open axis (", unspecified eyelid") is a further word the note must state', () => {
    const axis = sideSiblings(ctx, 'H00.19');
    const upperLeft = axis.siblings.find((s) => s.code === 'H00.14');
    expect(upperLeft).toEqual({ code: 'H00.14', side: 'left', words: new Set(['upper']) });
  });

  it('a code that already names its side, or a category without sides, has no open side axis', () => {
    expect(sideSiblings(ctx, 'M77.11').open).toBe(false);
    expect(sideSiblings(ctx, 'I10').open).toBe(false);
  });

  it('the encounter character is part of the title: a sequela code has only sequela siblings', () => {
    const axis = sideSiblings(ctx, 'S01.319S');
    expect(axis.siblings.map((s) => s.code)).toEqual(expect.arrayContaining(['S01.311S', 'S01.312S']));
    expect(axis.siblings.every((s) => s.code.endsWith('S'))).toBe(true);
  });
});

describe('I.B.13 side axis: side statements of the note', () => {
  it('reads AD/AS/AU only for an ear code and OD/OS/OU only for an eye code', () => {
    const text = 'Exam: AS canal occluded. OD lid swollen.';
    expect(sideStatements(text, { ear: true }).map((s) => s.side)).toEqual(['left']);
    expect(sideStatements(text, { eye: true }).map((s) => s.side)).toEqual(['right']);
    expect(sideStatements(text)).toEqual([]);
  });

  it('marks a side the note calls normal or unaffected, or denies', () => {
    const found = sideStatements('R TM bulging; L TM normal. Left arm asymptomatic. No right-sided weakness.');
    expect(found.map((s) => [s.side, s.normal])).toEqual([['right', false], ['left', true], ['left', true], ['right', true]]);
  });

  it('never reads the verb "left", the idiom "right away" or radiotherapy "RT" as a side', () => {
    expect(sideStatements('She left the clinic and will call right away; RT completed in May.')).toEqual([]);
  });
});

describe('I.B.13 side axis: the unspecified side only when the note states none', () => {
  it.each([
    ['side on the exam line in the ear\'s abbreviation (AS), the other ear clear',
      'Walk-in clinic\nDecreased hearing for days. Otoscopy: AD clear; AS packed with dark cerumen, TM not seen.\nAssessment: cerumen impaction.\nIrrigation today.', 'H61.22', 'H61.20'],
    ['side in the history sentence, a bare impression line',
      'Orthopedics\nShe has had pain over the outer right elbow for two months after painting a fence; tender lateral epicondyle.\nImpression: lateral epicondylitis.\nStrap and stretches.', 'M77.11', 'M77.10'],
    ['both eyes in the eye\'s abbreviation (OU)',
      'Eye clinic\nRed, gritty eyes with watery discharge OU since the weekend.\nAssessment: acute conjunctivitis.\nSupportive care.', 'H10.33', 'H10.30'],
    ['capital L before the lid, with the eyelid axis stated too',
      'Urgent care\nSmall painful swelling at the lash line, L upper lid, two days.\nDx: external hordeolum.\nWarm compresses.', 'H00.014', 'H00.019'],
  ])('%s', (_, text, sided, unspecified) => {
    const out = codes(text);
    expect(out).toContain(sided);
    expect(out).not.toContain(unspecified);
  });

  it('both sides stated and no bilateral code: a code for each side (I.B.13)', () => {
    const out = codes('Eye clinic\nCrusting and redness along the upper and lower lid margins of both eyes for months.\nDiagnosis: blepharitis.\nLid hygiene.');
    expect(out).toEqual(expect.arrayContaining(['H01.00A', 'H01.00B']));
    expect(out).not.toContain('H01.009');
  });

  it('no side anywhere in the note: the unspecified code stays', () => {
    const out = codes('Clinic\nHearing felt blocked for a week.\nAssessment: cerumen impaction.\nDrops.');
    expect(out).toContain('H61.20');
  });

  it('a side that belongs to another sided condition of the note is not borrowed', () => {
    const out = codes('Clinic\nPain in the left knee after a fall.\nAlso: cerumen impaction.\nPlan: ice; drops.');
    expect(out).not.toContain('H61.22');
  });
});
