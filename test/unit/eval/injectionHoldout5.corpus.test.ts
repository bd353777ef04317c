// The fifth held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a seeded
// corpus over every carrier form, gold by construction, in phrasings and shapes no earlier inventory uses (oblique
// requests, Portuguese/Italian/Polish/Tagalog/Vietnamese, lab comments, radiology addenda, sigs, e-mail chains, JSON and
// XML, coding-summary footers, appeal letters), with clinicians' sentences in the same shapes that stay evidence.
// The checks every inventory shares: injectionInventory.ts.
import { HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES } from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

describeHeldOutInventory({
  title: 'held-out injection inventory #5 (--injection --holdout5)',
  inventory: 'holdout5',
  notes: 400,
  seed: 6506,
  idPrefix: 'inj6h5',
  forms: HOLDOUT5_FORMS,
  hardNegatives: HOLDOUT5_HARD_NEGATIVES,
  earlierTemplates: templatesOf(
    [FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS, HOLDOUT3_FORMS, HOLDOUT4_FORMS, SELFCHECK7_FORMS, SELFCHECK7_HELDOUT_FORMS],
    [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_HARD_NEGATIVES, SELFCHECK7_HARD_NEGATIVES],
  ),
  minTemplatesPerForm: 5,
  shapes: {
    title: 'carries the promised shapes: oblique requests, five languages, lab comment, radiology addendum, sig, e-mail chain, JSON, XML, coding summary, appeal letter',
    check: (texts) => {
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
    },
  },
  minHardNegatives: 200,
  // Clinicians' sentences in the carriers' own shapes stay evidence.
  hardNegativeShapes: (sentences) => {
    expect(sentences.some((s) => s.startsWith('Sig:'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('{"medication"'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('It would help your'))).toBe(true);
  },
});
