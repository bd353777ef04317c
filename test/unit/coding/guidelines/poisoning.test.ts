// Guideline I.C.19.e (poisoning, adverse effect, underdosing) through the Table of Drugs and
// Chemicals (data/icd10index/drug.tsv.br): the column from what the note says happened with the
// substance, the intent of a poisoning from the note (accidental when unstated), placeholder X and
// the 7th character from the encounter. Notes are synthetic.
import { Coder } from '../../../../src/engine/coding';
import { loadDrugTable, substancesIn } from '../../../../src/engine/coding/drugs';
import { phraseTokens } from '../../../../src/engine/coding/phrase';
import { analyzeText } from '../../../../src/engine/text';
import { codeSet } from './helpers';

const coder = new Coder(codeSet);
function codes(text: string, setting: 'inpatient' | 'outpatient' = 'outpatient'): string[] {
  return coder.code(text, analyzeText(text), { setting }).map((c) => c.code);
}

describe('Table of Drugs and Chemicals (vendored)', () => {
  const table = loadDrugTable();
  it('loads the substances with their six columns', () => {
    expect(table.size).toBeGreaterThan(5000);
    const [aspirin] = substancesIn(table, new Set(phraseTokens('aspirin')));
    expect(aspirin.codes).toEqual({ accidental: 'T39.011', intentional: 'T39.012', assault: 'T39.013', undetermined: 'T39.014', adverseEffect: 'T39.015', underdosing: 'T39.016' });
  });
  it('picks the most specific subterm whose words are all present (Carbon, monoxide, charcoal fumes)', () => {
    const found = substancesIn(table, new Set(phraseTokens('carbon monoxide poisoning from charcoal fumes')));
    expect(found.map((s) => s.codes.accidental)).toEqual(['T58.2X1']);
  });
  it('never reads a class word ("drug", "poison", "gas") as a substance', () => {
    expect(substancesIn(table, new Set(phraseTokens('drug poison gas overdose')))).toEqual([]);
  });
});

describe('I.C.19.e.5.b poisoning: intent from the note, accidental when unstated', () => {
  it.each([
    ['Impression: intentional overdose of alprazolam in a suicide attempt.', 'T42.4X2A'],
    ['Impression: accidental ingestion of fluoxetine by a toddler.', 'T43.221A'],
    ['Assessment: aspirin overdose.', 'T39.011A'],
    ['Impression: iron poisoning; the team cannot determine the intent.', 'T45.4X4A'],
    ['Impression: accidental carbon monoxide poisoning from charcoal fumes.', 'T58.2X1A'],
  ])('%s → %s', (note, want) => {
    expect(codes(note)).toContain(want);
  });
  it('a negated overdose codes nothing', () => {
    expect(codes('Assessment: no evidence of acetaminophen overdose; level undetectable.').filter((c) => c.startsWith('T39'))).toEqual([]);
  });
  it('a follow-up visit after the poisoning takes the subsequent-encounter character', () => {
    expect(codes('Seen for follow-up visit after accidental acetaminophen overdose, liver tests normal.')).toContain('T39.1X1D');
  });
});

describe('I.C.19.e.5.a adverse effect: manifestation first, then the drug with 5', () => {
  it('codes the drug after the manifestation', () => {
    const text = 'Assessment: symptomatic sinus bradycardia, adverse effect of metoprolol taken as prescribed.';
    const out = coder.code(text, analyzeText(text));
    const order = out.map((c) => c.code);
    expect(order).toEqual(expect.arrayContaining(['R00.1', 'T44.7X5A']));
    expect(order.indexOf('R00.1')).toBeLessThan(order.indexOf('T44.7X5A'));
    expect(out.find((c) => c.code === 'T44.7X5A')?.guideline.map((g) => g.section)).toContain('I.C.19.e.5.a');
  });
  it('"due to" names the drug only when the drug follows it directly', () => {
    expect(codes('Assessment: hypoglycemia due to glyburide.')).toContain('T38.3X5A');
    expect(codes('Assessment: septic shock due to Enterococcus - ampicillin started.').filter((c) => c.startsWith('T36'))).toEqual([]);
  });
  it('a reason for treatment in the narrative is not an adverse effect', () => {
    expect(codes('Conservative management due to warfarin anticoagulation.').filter((c) => c.startsWith('T45'))).toEqual([]);
  });
});

describe('I.C.19.e.5.c underdosing: the T code with 6 and the reason', () => {
  it('financial hardship → Z91.120', () => {
    expect(codes('Assessment: hypothyroidism; she stopped taking levothyroxine because she could not afford it.')).toEqual(expect.arrayContaining(['E03.9', 'T38.1X6A', 'Z91.120']));
  });
  it('a prescriber stopping a drug is not underdosing', () => {
    expect(codes('Acyclovir and ceftriaxone stopped after 48 hours.').filter((c) => /^T3[67]/.test(c))).toEqual([]);
  });
});

describe('what is not this encounter\'s poisoning or adverse effect', () => {
  it('a past overdose in the history codes no T code', () => {
    expect(codes('Past medical history: intentional overdose of alprazolam in 2019. Assessment: essential hypertension.').filter((c) => c.startsWith('T42'))).toEqual([]);
  });
  it('an illicit drug is never an adverse effect of a drug properly taken', () => {
    expect(codes('Assessment: chest pain due to cocaine.').filter((c) => c.startsWith('T40.5X5'))).toEqual([]);
  });
});

describe('I.C.19.e: a deficiency of a substance is a condition, not an exposure to the substance', () => {
  it('"secondary to vitamin B12 deficiency" is no adverse effect of vitamins', () => {
    const out = codes('Assessment: peripheral polyneuropathy secondary to vitamin B12 deficiency.');
    expect(out).toContain('E53.8');
    expect(out.some((c) => c.startsWith('T45.2'))).toBe(false);
  });
});
