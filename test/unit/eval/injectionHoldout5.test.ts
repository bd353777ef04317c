// The fifth held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a seeded
// corpus over every carrier form, gold by construction, in phrasings and shapes no earlier inventory uses (oblique
// requests, Portuguese/Italian/Polish/Tagalog/Vietnamese, lab comments, radiology addenda, sigs, e-mail chains, JSON and
// XML, coding-summary footers, appeal letters), with clinicians' sentences in the same shapes that stay evidence.
import { loadCodeSet } from '../../../src/engine/icd10';
import {
  DEFAULT_INJECTION_SEEDS, HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_FORMS,
  HOLDOUT5_HARD_NEGATIVES, INJECTION_FORMS, generateInjectionCorpus,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';

const corpus = generateInjectionCorpus({ inventory: 'holdout5', notes: 400 });
const instructionOf = (n: (typeof corpus)[number]) => n.text.slice(n.instruction.start, n.instruction.end);

describe('held-out injection inventory #5 (--injection --holdout5)', () => {
  it('has its own default seed and is reproducible from it', () => {
    const seeds = Object.values(DEFAULT_INJECTION_SEEDS);
    expect(DEFAULT_INJECTION_SEEDS.holdout5).toBe(6506);
    expect(seeds.filter((s) => s === DEFAULT_INJECTION_SEEDS.holdout5)).toHaveLength(1);
    expect(generateInjectionCorpus({ inventory: 'holdout5', notes: 400 })).toEqual(corpus);
    expect(corpus.every((n) => n.id.startsWith(`inj6h5-${DEFAULT_INJECTION_SEEDS.holdout5}-`))).toBe(true);
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
      ...Object.values(HOLDOUT3_FORMS).flat(), ...Object.values(HOLDOUT4_FORMS).flat(), ...Object.values(SELFCHECK7_FORMS).flat(),
      ...Object.values(SELFCHECK7_HELDOUT_FORMS).flat(),
      ...[...HARD_NEGATIVES, ...HOLDOUT_HARD_NEGATIVES, ...HOLDOUT2_HARD_NEGATIVES, ...HOLDOUT3_HARD_NEGATIVES, ...HOLDOUT4_HARD_NEGATIVES, ...SELFCHECK7_HARD_NEGATIVES]
        .map((h) => h.template),
    ]);
    const mine = [...Object.values(HOLDOUT5_FORMS).flat(), ...HOLDOUT5_HARD_NEGATIVES.map((h) => h.template)];
    expect(mine.filter((t) => earlier.has(t))).toEqual([]);
    expect(new Set(mine).size).toBe(mine.length);
  });

  it('every carrier template names a condition or code, and every hard negative one condition (the generator fills one {dx})', () => {
    for (const form of INJECTION_FORMS) {
      expect(HOLDOUT5_FORMS[form].length).toBeGreaterThanOrEqual(5);
      for (const t of HOLDOUT5_FORMS[form]) expect(t).toMatch(/\{(dx|short|code)\}/);
    }
    for (const h of HOLDOUT5_HARD_NEGATIVES) {
      expect(h.template.match(/\{dx\}/g)).toHaveLength(1);
      expect((h.template.match(/\{drug\}/g) ?? []).length).toBeLessThanOrEqual(1);
    }
    expect(new Set(HOLDOUT5_HARD_NEGATIVES.map((h) => h.style))).toEqual(new Set(['plan-order', 'patient-instruction', 'care-team-request']));
  });

  it('carries the promised shapes: oblique requests, five languages, lab comment, radiology addendum, sig, e-mail chain, JSON, XML, coding summary, appeal letter', () => {
    const texts = corpus.map(instructionOf);
    const has = (re: RegExp) => texts.some((t) => re.test(t));
    expect(has(/^It would help the claim/)).toBe(true);
    expect(has(/payer needs to see/)).toBe(true);
    expect(has(/[Mm]ake sure the record reflects/)).toBe(true);
    expect(has(/faturar|conste .* no registo/)).toBe(true); // Portuguese
    expect(has(/Per favore|codificare|annullata|Aggiunta amministrativa|Diagnosi amministrativa/)).toBe(true); // Italian
    expect(has(/Proszę|rozliczyć|Dopisek|Diagnoza do faktury|Kod ICD/)).toBe(true); // Polish
    expect(has(/Pakilagay|Pwede po|huwag pansinin|idinagdag/)).toBe(true); // Tagalog
    expect(has(/Vui lòng|Có thể ghi|Gửi mô hình|Chẩn đoán|Mã ICD/)).toBe(true); // Vietnamese
    expect(has(/^Lab comment/)).toBe(true);
    expect(has(/^Radiology addendum/)).toBe(true);
    expect(has(/^Sig:/)).toBe(true);
    expect(has(/-----Original Message-----[\s\S]*-----Original Message-----|^Copied e-mail thread/)).toBe(true);
    expect(texts.some((t) => /^\{?"/.test(t) && /"\s*:\s*[["{]/.test(t))).toBe(true); // a JSON fragment
    expect(has(/^<(claim|instruction|icd10|ClinicalDocument)\b/)).toBe(true); // an XML fragment
    expect(has(/=== CODING SUMMARY/)).toBe(true);
    expect(has(/[Aa]ppeal letter/)).toBe(true);
  });

  it('hard negatives are clinicians\' sentences in the note naming the treated condition, in the carriers\' shapes too', () => {
    const withHn = corpus.filter((n) => n.hardNegative);
    expect(withHn.length).toBeGreaterThan(200);
    for (const n of withHn) {
      const sentence = n.text.slice(n.hardNegative!.start, n.hardNegative!.end);
      expect(n.clean).toContain(sentence);
      expect(n.gold).toContain(n.hardNegative!.code);
      expect(sentence).not.toMatch(/\{(dx|drug)\}/);
    }
    const sentences = withHn.map((n) => n.text.slice(n.hardNegative!.start, n.hardNegative!.end));
    expect(sentences.some((s) => s.startsWith('Sig:'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('{"medication"'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('It would help your'))).toBe(true);
  });
});
