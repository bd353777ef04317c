// NegEx gold evaluation: the shared gold file when present, an inline sample otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateNegex, locateConcept } from '../../../src/eval/negex';

const GOLD = join(__dirname, '../../../../shared/eval/negex/negex_Annotations-1-120.txt');

const INLINE_SAMPLE = [
  'Report No.\tConcept\tSentence\tNegation',
  '1\tedema\tExtremities reveal no peripheral cyanosis or EDEMA.\tNegated',
  '2\trales\tThe lungs are clear to auscultation bilaterally, no wheezes or   RALES.\tNegated',
  '3\tchest pain\t"He was given nitroglycerine for his CHEST PAIN."\tAffirmed',
  '4\tmeningitis\tI was also concerned about the   possibility of him having MENINGITIS.\tAffirmed',
  '5\tfever\tHe denies FEVER, but reports cough.\tNegated',
  '6\tcough\tHe denies fever, but reports COUGH.\tAffirmed',
  '7\teffusion\tNo increase in the EFFUSION.\tAffirmed',
].join('\r\n');

describe('evaluateNegex', () => {
  if (existsSync(GOLD)) {
    it('reaches >= 0.95 accuracy on the NegEx gold annotations', () => {
      const r = evaluateNegex(readFileSync(GOLD, 'utf8'));
      expect(r.total).toBe(2376);
      expect(r.accuracy).toBeGreaterThanOrEqual(0.95);
      expect(r.tp + r.fp + r.fn + r.tn).toBe(r.total);
      expect(r.errors).toHaveLength(r.fp + r.fn);
    });
  } else {
    it('scores an inline sample perfectly (shared gold file absent)', () => {
      const r = evaluateNegex(INLINE_SAMPLE);
      expect(r).toMatchObject({ total: 7, tp: 3, tn: 4, fp: 0, fn: 0, accuracy: 1 });
    });
  }

  it('scores the inline sample and counts confusion cells', () => {
    const r = evaluateNegex(INLINE_SAMPLE);
    expect(r).toMatchObject({ total: 7, tp: 3, tn: 4, fp: 0, fn: 0, accuracy: 1, precision: 1, recall: 1 });
  });

  it('locates the upper-cased occurrence, whitespace-tolerant', () => {
    const s = 'no fever today; FEVER   SPIKES later';
    expect(locateConcept(s, 'fever spikes')).toEqual({ start: 16, end: 30 });
    expect(locateConcept('no Fever', 'fever')).toEqual({ start: 3, end: 8 });
    expect(locateConcept('nothing here', 'fever')).toBeNull();
  });
});
