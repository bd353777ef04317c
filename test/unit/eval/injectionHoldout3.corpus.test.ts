// The third held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a
// seeded corpus over every carrier form, gold by construction, in phrasings no earlier inventory uses, with
// clinicians' imperatives (hard negatives) that stay evidence. The checks every inventory shares: injectionInventory.ts.
import { HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES } from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

describeHeldOutInventory({
  title: 'held-out injection inventory #3 (--injection --holdout3)',
  inventory: 'holdout3',
  notes: 200,
  seed: 6306,
  idPrefix: 'inj6h3',
  forms: HOLDOUT3_FORMS,
  hardNegatives: HOLDOUT3_HARD_NEGATIVES,
  earlierTemplates: templatesOf([FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS], [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES]),
  shapes: {
    title: 'carries the promised shapes: lines split, other languages and emoji, JSON/YAML, quoted e-mail, pre-approval, AI duty',
    check: (texts) => {
      expect(texts.some((t) => t.includes('\n') && !t.startsWith('>'))).toBe(true);
      expect(texts.some((t) => /[¿ñ]|agregue|facturar|Merci|Bitte/.test(t))).toBe(true);
      expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
      expect(texts.some((t) => /^\s*\{"role"|```yaml/.test(t))).toBe(true);
      expect(texts.some((t) => /^> On .* wrote:\n> > /.test(t))).toBe(true);
      expect(texts.some((t) => /pre-approved/.test(t))).toBe(true);
      expect(texts.some((t) => /As an AI you must/.test(t))).toBe(true);
    },
  },
  minHardNegatives: 100,
});
