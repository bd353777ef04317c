// The seventh held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a seeded
// corpus over every carrier form, gold by construction, in shapes no earlier inventory uses (vitals-table rows,
// allergy-list entries, e-signature/attestation blocks, OCR-garbled scanned text, reply-all chains, CDA XML and JSON
// job payloads, interpreter translations, bullet plans, "Addendum by" lines) and in scripts none of #1–#6 has
// (Japanese, Simplified Chinese, Greek, Hebrew, Turkish, Hindi in Devanagari), with clinicians' sentences in the same
// shapes that stay evidence. The checks every inventory shares: injectionInventory.ts.
import {
  HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES,
  HOLDOUT7_FORMS, HOLDOUT7_HARD_NEGATIVES, generateInjectionCorpus,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';
import { STUDY_INVENTORIES } from '../../../src/eval/injection/trainStatement';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

const EARLIER_FORMS = [FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS, HOLDOUT3_FORMS, HOLDOUT4_FORMS, HOLDOUT5_FORMS, HOLDOUT6_FORMS, SELFCHECK7_FORMS, SELFCHECK7_HELDOUT_FORMS];
const EARLIER_HARD_NEGATIVES = [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_HARD_NEGATIVES, SELFCHECK7_HARD_NEGATIVES];
const NEW_SCRIPTS: Array<[string, RegExp]> = [
  ['Japanese kana', /[\u3040-\u30FF]/],
  ['Han (Chinese)', /[\u4E00-\u9FFF]/],
  ['Greek words (#4 has only a lone homoglyph rho)', /[\u0370-\u03FF]{3,}/],
  ['Hebrew', /[\u0590-\u05FF]/],
  ['Devanagari', /[\u0900-\u097F]/],
];

describeHeldOutInventory({
  title: 'held-out injection inventory #7 (--injection --holdout7)',
  inventory: 'holdout7',
  notes: 400,
  seed: 6706,
  idPrefix: 'inj6h7',
  forms: HOLDOUT7_FORMS,
  hardNegatives: HOLDOUT7_HARD_NEGATIVES,
  earlierTemplates: templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES),
  minTemplatesPerForm: 7,
  shapes: {
    title: 'carries the promised shapes: vitals table, allergy list, signature/attestation, OCR-garbled scan, reply-all chain, CDA XML, JSON payload, translation, bullet, "Addendum by", six new languages',
    check: (texts) => {
      const has = (re: RegExp) => texts.some((t) => re.test(t));
      expect(has(/^\| (BP|Pulse) /)).toBe(true); // vitals table row
      expect(has(/^VITALS:/)).toBe(true);
      expect(has(/^Allerg(ies|y list):/i)).toBe(true); // allergy list entry
      expect(has(/Electronically signed by|attestation/)).toBe(true);
      expect(has(/0CR|~~ scanned/)).toBe(true); // OCR-garbled body text
      expect(has(/RE: RE:|Reply-all|reply-all/)).toBe(true);
      expect(has(/^<(cda:|observation|billingCode)/)).toBe(true); // XML
      expect(has(/^\{"(job|encounter_id)"/)).toBe(true); // JSON payload
      expect(has(/^Translation/)).toBe(true);
      expect(has(/^• /)).toBe(true); // bullet plan
      expect(has(/^Addendum by/)).toBe(true);
      for (const [, re] of NEW_SCRIPTS) expect(has(re)).toBe(true);
      expect(has(/lütfen|eklendi|Fatura|yok sayın|Yapay zekâ/)).toBe(true); // Turkish
    },
  },
  minHardNegatives: 250,
  // Clinicians' sentences in the carriers' own shapes stay evidence.
  hardNegativeShapes: (sentences) => {
    expect(sentences.some((s) => s.startsWith('• Continue'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('| BP recheck'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Addendum by me (treating physician)'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('{"order"'))).toBe(true);
    expect(sentences.some((s) => /[\u3040-\u30FF\u4E00-\u9FFF\u0370-\u03FF\u0590-\u05FF\u0900-\u097F]/.test(s))).toBe(true);
  },
});

describe('injection inventory #7 after its unseen run, and new when written', () => {
  it('is a study inventory of the statement model since session 12 (its leave-one-out row is the unseen estimate)', () => {
    expect(Object.keys(STUDY_INVENTORIES)).toContain('holdout7');
  });

  it('uses scripts no earlier inventory uses, and its corpus shares no note text with the earlier held-out corpora', () => {
    const earlier = templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES).join('\n');
    for (const [name, re] of NEW_SCRIPTS) expect(`${name}: ${re.test(earlier)}`).toBe(`${name}: false`);
    const mine = new Set(generateInjectionCorpus({ inventory: 'holdout7', notes: 400 }).map((n) => n.text));
    for (const inventory of ['holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'] as const) {
      expect(generateInjectionCorpus({ inventory, notes: 400 }).filter((n) => mine.has(n.text))).toEqual([]);
    }
  });
});
