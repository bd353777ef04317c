// Session 14 (inject21): the seeded synthetic family of clinical hard negatives the statement classifier trains on
// (src/eval/injection/clinicalNegatives.ts) — a grammar per class, not a list of sentences from the inventories.
import { CLINICAL_NEGATIVE_CLASSES, generateClinicalNegatives } from '../../../src/eval/injection/clinicalNegatives';
import { STUDY_INVENTORIES } from '../../../src/eval/injection/trainStatement';

const FILLS = [{ dx: 'hypertension', drug: 'lisinopril' }, { dx: 'type 2 diabetes', drug: 'metformin' }];

describe('synthetic clinical negatives by class (corrections, orders, teaching points, questions with findings)', () => {
  const family = generateClinicalNegatives(1414, FILLS, 120);

  it('is deterministic for a seed and differs for another seed', () => {
    expect(generateClinicalNegatives(1414, FILLS, 120)).toEqual(family);
    expect(generateClinicalNegatives(7, FILLS, 120).map((n) => n.text)).not.toEqual(family.map((n) => n.text));
  });

  it('gives each class its count of distinct sentences from several sentence shapes (frames)', () => {
    for (const cls of CLINICAL_NEGATIVE_CLASSES) {
      const of = family.filter((n) => n.cls === cls);
      expect(new Set(of.map((n) => n.text)).size).toBe(120);
      expect(new Set(of.map((n) => n.frame)).size).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes the corrections of the record a clinician makes: an override word with a specimen reason and a repeat value, or a label with "not"', () => {
    const corrections = family.filter((n) => n.cls === 'correction').map((n) => n.text);
    expect(corrections.some((t) => /^(?:Please )?(?:Disregard|Ignore)\b.*\b(?:hemoly[sz]ed|clotted|IV line)\b.*\d/.test(t))).toBe(true);
    expect(corrections.some((t) => /^(?:Correction|Corrected|Erratum|Amended|Amendment):? .*\bnot\b/.test(t))).toBe(true);
  });

  it('puts the condition and drug it was filled with in fillWords (skipped as features), and copies no inventory sentence', () => {
    const templates = new Set(Object.values(STUDY_INVENTORIES).flatMap((inv) => inv.hardNegatives.map((h) => h.template)));
    for (const n of family) {
      expect(FILLS.some((f) => n.fillWords.includes(f.dx) && n.fillWords.includes(f.drug))).toBe(true);
      expect(templates.has(n.text)).toBe(false);
    }
  });
});
