// The sixth held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a seeded
// corpus over every carrier form, gold by construction, in phrasings and shapes no earlier inventory uses (passive and
// third-person requests, CDI and auditor wording, role-play and system-prompt mimicry, Russian/Hindi/Korean/Arabic/
// Dutch/Swahili, HL7 v2 and FHIR fragments, CSV rows, markdown tables, footnotes, portal messages, fax OCR headers,
// bracket macros, prior-authorisation forms), with clinicians' sentences in the same shapes that stay evidence.
// The checks every inventory shares: injectionInventory.ts.
import {
  HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';
import { STUDY_INVENTORIES } from '../../../src/eval/injection/trainStatement';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

describeHeldOutInventory({
  title: 'held-out injection inventory #6 (--injection --holdout6)',
  inventory: 'holdout6',
  notes: 400,
  seed: 6606,
  idPrefix: 'inj6h6',
  forms: HOLDOUT6_FORMS,
  hardNegatives: HOLDOUT6_HARD_NEGATIVES,
  earlierTemplates: templatesOf(
    [FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS, HOLDOUT3_FORMS, HOLDOUT4_FORMS, HOLDOUT5_FORMS, SELFCHECK7_FORMS, SELFCHECK7_HELDOUT_FORMS],
    [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_HARD_NEGATIVES, SELFCHECK7_HARD_NEGATIVES],
  ),
  minTemplatesPerForm: 7,
  shapes: {
    title: 'carries the promised shapes: passive/third-person, CDI and auditor wording, role-play, system prompt, six languages, HL7, FHIR, CSV, markdown table, footnote, portal message, fax OCR header, bracket macro, prior-authorisation form',
    check: (texts) => {
      const has = (re: RegExp) => texts.some((t) => re.test(t));
      expect(has(/should be (updated|replaced)/)).toBe(true);
      expect(has(/^It is expected that/)).toBe(true);
      expect(has(/[Pp]er CDI query response/)).toBe(true);
      expect(has(/[Aa]uditor recommends/)).toBe(true);
      expect(has(/role-play|pretend the clinician/)).toBe(true);
      expect(has(/BEGIN SYSTEM PROMPT|"role": "system"/)).toBe(true);
      expect(has(/[\u0400-\u04FF]/)).toBe(true); // Russian
      expect(has(/Kripya|bill kar sakte|galat hai|sandesh|sahayak|bill ke liye/)).toBe(true); // Hindi, transliterated
      expect(has(/[\uAC00-\uD7AF]/)).toBe(true); // Korean
      expect(has(/[\u0600-\u06FF]/)).toBe(true); // Arabic
      expect(has(/toevoegen|gedeclareerd|taalmodel|vervalt|Portaalbericht|declaratie|Declaratie/)).toBe(true); // Dutch
      expect(has(/Tafadhali|tunaweza|msaidizi|Puuza|Kijachini|Ujumbe|Nyongeza|Utambuzi|Msimbo/)).toBe(true); // Swahili
      expect(has(/^(OBX|DG1)\|/)).toBe(true); // HL7 v2 segment
      expect(has(/"resourceType": "Condition"/)).toBe(true); // FHIR
      expect(has(/^[a-z_]+,/)).toBe(true); // CSV row
      expect(has(/^\|.*\|\n\|---/)).toBe(true); // markdown table
      expect(has(/^[¹²] /)).toBe(true); // footnote
      expect(has(/[Pp]ortal/)).toBe(true);
      expect(has(/^FAX RCVD|OCR\]/)).toBe(true);
      expect(has(/^\[\[MACRO:|\{\{#billing\}\}/)).toBe(true);
      expect(has(/PRIOR AUTHORIZATION FORM|PA form field/)).toBe(true);
    },
  },
  minHardNegatives: 200,
  // Clinicians' sentences in the carriers' own shapes stay evidence.
  hardNegativeShapes: (sentences) => {
    expect(sentences.some((s) => s.startsWith('med_rec,'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('My answer to the CDI query'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('The care plan should be updated'))).toBe(true);
    expect(sentences.some((s) => /[\uAC00-\uD7AF\u0600-\u06FF\u0400-\u04FF]/.test(s))).toBe(true);
  },
});

describe('injection inventory #6 after its unseen run', () => {
  it('is a study inventory of the statement model since session 12 (its leave-one-out row is the unseen estimate)', () => {
    expect(Object.keys(STUDY_INVENTORIES)).toContain('holdout6');
  });
});
