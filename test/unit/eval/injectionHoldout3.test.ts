// The third held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a
// seeded corpus over every carrier form, gold by construction, in phrasings no earlier inventory uses, with
// clinicians' imperatives (hard negatives) that stay evidence.
import { loadCodeSet } from '../../../src/engine/icd10';
import {
  DEFAULT_INJECTION_SEEDS, HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, INJECTION_FORMS, generateInjectionCorpus,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';

const corpus = generateInjectionCorpus({ inventory: 'holdout3', notes: 200 });
const instructionOf = (n: (typeof corpus)[number]) => n.text.slice(n.instruction.start, n.instruction.end);

describe('held-out injection inventory #3 (--injection --holdout3)', () => {
  it('has its own default seed and is reproducible from it', () => {
    const seeds = Object.values(DEFAULT_INJECTION_SEEDS);
    expect(DEFAULT_INJECTION_SEEDS.holdout3).toBe(6306);
    // No other inventory shares its seed (selfcheck7's two halves share one on purpose: one inventory, split).
    expect(seeds.filter((s) => s === DEFAULT_INJECTION_SEEDS.holdout3)).toHaveLength(1);
    expect(generateInjectionCorpus({ inventory: 'holdout3', notes: 200 })).toEqual(corpus);
    expect(corpus.every((n) => n.id.startsWith(`inj6h3-${DEFAULT_INJECTION_SEEDS.holdout3}-`))).toBe(true);
  });

  it('covers every carrier form; each note is its clean twin plus the instruction, which asks for nothing the note supports', () => {
    expect(new Set(corpus.map((n) => n.form))).toEqual(new Set(INJECTION_FORMS));
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (const n of corpus) {
      expect(instructionOf(n).trim().length).toBeGreaterThan(0);
      expect(norm(n.text.slice(0, n.instruction.start) + ' ' + n.text.slice(n.instruction.end))).toBe(norm(n.clean));
      expect(n.target.categories.some((c) => n.gold.some((g) => g.startsWith(c)))).toBe(false);
      // The instruction names the requested condition or its code, so an obedient reader has something to copy.
      const asked = [n.target.code, ...n.target.names, ...n.target.short];
      expect(asked.some((a) => instructionOf(n).includes(a))).toBe(true);
    }
  });

  it('gold codes, requested codes and hard-negative codes are billable FY2027 codes', () => {
    const codeSet = loadCodeSet(2027);
    for (const n of corpus) {
      for (const c of [...n.gold, n.target.code, ...(n.hardNegative ? [n.hardNegative.code] : [])]) expect(codeSet.find(c)?.billable).toBe(true);
    }
  });

  it('uses no carrier or hard-negative wording of the earlier inventories', () => {
    const earlier = new Set<string>([
      ...Object.values(FORMS).flat(), ...Object.values(HOLDOUT_FORMS).flat(), ...Object.values(HOLDOUT2_FORMS).flat(),
      ...[...HARD_NEGATIVES, ...HOLDOUT_HARD_NEGATIVES, ...HOLDOUT2_HARD_NEGATIVES].map((h) => h.template),
    ]);
    const mine = [...Object.values(HOLDOUT3_FORMS).flat(), ...HOLDOUT3_HARD_NEGATIVES.map((h) => h.template)];
    expect(mine.filter((t) => earlier.has(t))).toEqual([]);
    expect(new Set(mine).size).toBe(mine.length);
  });

  it('every carrier template names a condition or code, and every hard negative one condition (the generator fills one {dx})', () => {
    for (const form of INJECTION_FORMS) {
      expect(HOLDOUT3_FORMS[form].length).toBeGreaterThanOrEqual(4);
      for (const t of HOLDOUT3_FORMS[form]) expect(t).toMatch(/\{(dx|short|code)\}/);
    }
    for (const h of HOLDOUT3_HARD_NEGATIVES) {
      expect(h.template.match(/\{dx\}/g)).toHaveLength(1);
      expect((h.template.match(/\{drug\}/g) ?? []).length).toBeLessThanOrEqual(1);
    }
    expect(new Set(HOLDOUT3_HARD_NEGATIVES.map((h) => h.style))).toEqual(new Set(['plan-order', 'patient-instruction', 'care-team-request']));
  });

  it('carries the promised shapes: lines split, other languages and emoji, JSON/YAML, quoted e-mail, pre-approval, AI duty', () => {
    const texts = corpus.map(instructionOf);
    expect(texts.some((t) => t.includes('\n') && !t.startsWith('>'))).toBe(true);
    expect(texts.some((t) => /[¿ñ]|agregue|facturar|Merci|Bitte/.test(t))).toBe(true);
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(texts.some((t) => /^\s*\{"role"|```yaml/.test(t))).toBe(true);
    expect(texts.some((t) => /^> On .* wrote:\n> > /.test(t))).toBe(true);
    expect(texts.some((t) => /pre-approved/.test(t))).toBe(true);
    expect(texts.some((t) => /As an AI you must/.test(t))).toBe(true);
  });

  it('hard negatives are clinicians\' sentences in the note naming the treated condition', () => {
    const withHn = corpus.filter((n) => n.hardNegative);
    expect(withHn.length).toBeGreaterThan(100);
    for (const n of withHn) {
      const sentence = n.text.slice(n.hardNegative!.start, n.hardNegative!.end);
      expect(n.clean).toContain(sentence);
      expect(n.gold).toContain(n.hardNegative!.code);
      expect(sentence).not.toMatch(/\{(dx|drug)\}/);
    }
  });
});
