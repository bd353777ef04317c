// The fourth held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a seeded
// corpus over every carrier form, gold by construction, in phrasings and shapes no earlier inventory uses (disguised
// problem lists and code tables, chat-template tokens, signature blocks, patient quotes, CDI replies no provider gave,
// auto-approval banners, other languages, split lines, homoglyphs), with clinicians' imperatives that stay evidence.
// The checks every inventory shares: injectionInventory.ts.
import { HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES } from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

describeHeldOutInventory({
  title: 'held-out injection inventory #4 (--injection --holdout4)',
  inventory: 'holdout4',
  notes: 400,
  seed: 6406,
  idPrefix: 'inj6h4',
  forms: HOLDOUT4_FORMS,
  hardNegatives: HOLDOUT4_HARD_NEGATIVES,
  earlierTemplates: templatesOf(
    [FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS, HOLDOUT3_FORMS, SELFCHECK7_FORMS, SELFCHECK7_HELDOUT_FORMS],
    [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES, HOLDOUT3_HARD_NEGATIVES, SELFCHECK7_HARD_NEGATIVES],
  ),
  shapes: {
    title: 'carries the promised shapes: chat tokens, markdown tables, signature block, patient quote, CDI reply, auto-approval, languages, split lines, homoglyphs',
    check: (texts) => {
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
    },
  },
  minHardNegatives: 200,
});
