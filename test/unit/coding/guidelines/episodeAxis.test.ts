// Guidelines I.C.15.a.3 as an axis of the chapter 15 categories: the leaves of a header differ only by trimester (and
// the fetus character), read from the Tabular titles; the trimester comes from the gestational age the note states,
// however it is written, and the unspecified trimester stays only when the note says nothing. Invented notes.
import { codes, codeSet } from './helpers';
import { episodeKey, episodeSibling, unspecifiedEpisodeLeaf } from '../../../../src/engine/coding/guidelines/episodeAxis';
import { loadKnowledge } from '../../../../src/engine/icd10';

const OUT = { setting: 'outpatient' } as const;
const knowledge = loadKnowledge(codeSet.fiscalYear);

describe('I.C.15.a.3 episode axis: the leaves that differ only by trimester are read from the titles', () => {
  it('takes the trimester out of a title and keeps the rest', () => {
    expect(episodeKey('Polyhydramnios, third trimester, not applicable or unspecified')).toBe(episodeKey('Polyhydramnios, unspecified trimester, not applicable or unspecified'));
    expect(episodeKey('Polyhydramnios, third trimester, fetus 2')).not.toBe(episodeKey('Polyhydramnios, third trimester, fetus 1'));
  });

  it('a header with a fetus character stands for its unspecified-trimester, single-gestation leaf', () => {
    expect(unspecifiedEpisodeLeaf('O40.-', codeSet, knowledge)).toBe('O40.9XX0');
  });

  it('a header without fetus character stands for its unspecified-trimester leaf', () => {
    expect(unspecifiedEpisodeLeaf('O26.64-', codeSet, knowledge)).toBe('O26.649');
  });

  it('no leaf for a header outside chapter 15 or whose leaves differ on another axis', () => {
    expect(unspecifiedEpisodeLeaf('H61.2-', codeSet, knowledge)).toBeUndefined();
    expect(unspecifiedEpisodeLeaf('O30.0-', codeSet, knowledge)).toBeUndefined();
  });

  it('the sibling with the stated trimester keeps the fetus character', () => {
    expect(episodeSibling(codeSet, 'O40.9XX0', 'third trimester')).toBe('O40.3XX0');
    expect(episodeSibling(codeSet, 'O30.049', 'second trimester')).toBe('O30.042');
  });
});

describe('I.C.15.a.3 episode axis in notes: the condition of chapter 15 with the trimester the note states', () => {
  it.each([
    ['Antenatal clinic\nShe is pregnant, 33 weeks by LMP. Fundal height large for dates; ultrasound AFI 27 cm.\nAssessment: polyhydramnios.', ['O40.3XX0', 'Z3A.33'], 'O40.9XX0'],
    ['Prenatal visit\nG1 at 11 weeks with itching of palms; bile acids raised.\nAssessment: intrahepatic cholestasis of pregnancy.', ['O26.641', 'Z3A.11'], 'O26.649'],
  ])('%s', (note, want, unspecified) => {
    const out = codes(note, OUT);
    expect(out).toEqual(expect.arrayContaining(want));
    expect(out).not.toContain(unspecified);
  });

  it('an affirmed chapter 15 condition states the pregnancy itself: its trimester comes from the weeks', () => {
    const out = codes('MFM ultrasound clinic\nMonochorionic diamniotic twin pregnancy at 29 weeks, both fetuses growing along the 40th centile.', OUT);
    expect(out).toContain('O30.033');
    expect(out).not.toContain('O30.039');
  });

  it('no trimester stated anywhere: the unspecified trimester stays', () => {
    const out = codes('Telephone note\nShe is pregnant and was told at the scan that the fluid is high.\nAssessment: polyhydramnios.', OUT);
    expect(out).toContain('O40.9XX0');
  });
});

describe('I.C.15.a.3 the gestational age as a class: a count of weeks in a pregnant note that is no interval', () => {
  it('"35 weeks today" is the gestational age', () => {
    const out = codes('High-risk OB clinic\n35 weeks today. Chronic essential hypertension since before this pregnancy, on labetalol.\nA/P: chronic hypertension in pregnancy.', OUT);
    expect(out).toEqual(expect.arrayContaining(['O10.013', 'Z3A.35']));
  });

  it('durations, plans and ages are not ("nausea x 3 weeks", "for 5 weeks", "every 4 weeks")', () => {
    const out = codes('OB clinic\nCurrently pregnant. Cough for 5 weeks, nausea x 3 weeks. Growth scans every 4 weeks.\nAssessment: asthma complicating pregnancy.', OUT);
    expect(out.filter((c) => c.startsWith('Z3A'))).toEqual([]);
    expect(out).toContain('O99.519');
  });
});
