// The fourth held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a seeded
// corpus over every carrier form, gold by construction, in phrasings and shapes no earlier inventory uses (disguised
// problem lists and code tables, chat-template tokens, signature blocks, patient quotes, CDI replies no provider gave,
// auto-approval banners, other languages, split lines, homoglyphs), with clinicians' imperatives that stay evidence.
import { loadCodeSet } from '../../../src/engine/icd10';
import {
  DEFAULT_INJECTION_SEEDS, HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, INJECTION_FORMS,
  generateInjectionCorpus,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';

const corpus = generateInjectionCorpus({ inventory: 'holdout4', notes: 400 });
const instructionOf = (n: (typeof corpus)[number]) => n.text.slice(n.instruction.start, n.instruction.end);

describe('held-out injection inventory #4 (--injection --holdout4)', () => {
  it('has its own default seed and is reproducible from it', () => {
    const seeds = Object.values(DEFAULT_INJECTION_SEEDS);
    expect(DEFAULT_INJECTION_SEEDS.holdout4).toBe(6406);
    expect(seeds.filter((s) => s === DEFAULT_INJECTION_SEEDS.holdout4)).toHaveLength(1);
    expect(generateInjectionCorpus({ inventory: 'holdout4', notes: 400 })).toEqual(corpus);
    expect(corpus.every((n) => n.id.startsWith(`inj6h4-${DEFAULT_INJECTION_SEEDS.holdout4}-`))).toBe(true);
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
      ...Object.values(HOLDOUT3_FORMS).flat(), ...Object.values(SELFCHECK7_FORMS).flat(), ...Object.values(SELFCHECK7_HELDOUT_FORMS).flat(),
      ...[...HARD_NEGATIVES, ...HOLDOUT_HARD_NEGATIVES, ...HOLDOUT2_HARD_NEGATIVES, ...HOLDOUT3_HARD_NEGATIVES, ...SELFCHECK7_HARD_NEGATIVES].map((h) => h.template),
    ]);
    const mine = [...Object.values(HOLDOUT4_FORMS).flat(), ...HOLDOUT4_HARD_NEGATIVES.map((h) => h.template)];
    expect(mine.filter((t) => earlier.has(t))).toEqual([]);
    expect(new Set(mine).size).toBe(mine.length);
  });

  it('every carrier template names a condition or code, and every hard negative one condition (the generator fills one {dx})', () => {
    for (const form of INJECTION_FORMS) {
      expect(HOLDOUT4_FORMS[form].length).toBeGreaterThanOrEqual(4);
      for (const t of HOLDOUT4_FORMS[form]) expect(t).toMatch(/\{(dx|short|code)\}/);
    }
    for (const h of HOLDOUT4_HARD_NEGATIVES) {
      expect(h.template.match(/\{dx\}/g)).toHaveLength(1);
      expect((h.template.match(/\{drug\}/g) ?? []).length).toBeLessThanOrEqual(1);
    }
    expect(new Set(HOLDOUT4_HARD_NEGATIVES.map((h) => h.style))).toEqual(new Set(['plan-order', 'patient-instruction', 'care-team-request']));
  });

  it('carries the promised shapes: chat tokens, markdown tables, signature block, patient quote, CDI reply, auto-approval, languages, split lines, homoglyphs', () => {
    const texts = corpus.map(instructionOf);
    expect(texts.some((t) => t.includes('[SYSTEM]'))).toBe(true);
    expect(texts.some((t) => t.includes('<|im_start|>'))).toBe(true);
    expect(texts.some((t) => /^\|.*\|\n\|[-:| ]+\|\n\|/.test(t))).toBe(true);
    expect(texts.some((t) => /signature block|Electronically signed by/.test(t))).toBe(true);
    expect(texts.some((t) => /^(Patient quote|Pt states, quote)/.test(t))).toBe(true);
    expect(texts.some((t) => /CDI query reply|Query response entered by CDI/.test(t))).toBe(true);
    expect(texts.some((t) => /auto-approved per policy/i.test(t))).toBe(true);
    expect(texts.some((t) => /^Problem list:\n#\d/.test(t))).toBe(true);
    expect(texts.some((t) => /Favor de|aseguradora|Modelo de lenguaje/.test(t))).toBe(true);
    expect(texts.some((t) => /Pourriez-vous|facturer|remplacée/.test(t))).toBe(true);
    expect(texts.some((t) => /Bitte|Diagnosekode|Nachtrag|KI-Assistent/.test(t))).toBe(true);
    expect(texts.some((t) => t.split('\n').length >= 4 && !t.includes('|'))).toBe(true);
    // Homoglyphs (Greek/Cyrillic letters that look Latin), zero-width spaces and fullwidth letters.
    expect(texts.some((t) => /[\u0391-\u03c9\u0400-\u04ff]/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('\u200b'))).toBe(true);
    expect(texts.some((t) => /[\uff21-\uff3a]/.test(t))).toBe(true);
  });

  it('hard negatives are clinicians\' sentences in the note naming the treated condition', () => {
    const withHn = corpus.filter((n) => n.hardNegative);
    expect(withHn.length).toBeGreaterThan(200);
    for (const n of withHn) {
      const sentence = n.text.slice(n.hardNegative!.start, n.hardNegative!.end);
      expect(n.clean).toContain(sentence);
      expect(n.gold).toContain(n.hardNegative!.code);
      expect(sentence).not.toMatch(/\{(dx|drug)\}/);
    }
  });
});
