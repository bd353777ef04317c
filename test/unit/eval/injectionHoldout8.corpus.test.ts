// The eighth held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a seeded
// corpus over every carrier form, gold by construction, in document shapes no earlier inventory uses (MAR rows, order
// comments, dictation corrections, team-chat exports, ambient-scribe speaker lines, DICOM tags, image alt text, PDF
// metadata, barcode payloads, immunization and I&O flowsheet rows, unexpanded smart phrases, problem-list comments,
// portal uploads) and in languages none of #1–#7 has (Thai, Bengali, Tamil, Armenian, Georgian scripts; Hungarian,
// Indonesian, Swedish, Romanian), with clinicians' sentences in the same shapes that stay evidence. The checks every
// inventory shares: injectionInventory.ts.
import {
  HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES,
  HOLDOUT7_FORMS, HOLDOUT7_HARD_NEGATIVES, HOLDOUT8_FORMS, HOLDOUT8_HARD_NEGATIVES, generateInjectionCorpus,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';
import { SELFCHECK11_FORMS, SELFCHECK11_HARD_NEGATIVES } from '../../../src/eval/injection/selfcheck11Inventory';
import { STUDY_INVENTORIES } from '../../../src/eval/injection/trainStatement';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

const EARLIER_FORMS = [FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS, HOLDOUT3_FORMS, HOLDOUT4_FORMS, HOLDOUT5_FORMS, HOLDOUT6_FORMS, HOLDOUT7_FORMS, SELFCHECK7_FORMS, SELFCHECK7_HELDOUT_FORMS, SELFCHECK11_FORMS];
const EARLIER_HARD_NEGATIVES = [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_HARD_NEGATIVES, HOLDOUT7_HARD_NEGATIVES, SELFCHECK7_HARD_NEGATIVES, SELFCHECK11_HARD_NEGATIVES];
const NEW_SCRIPTS: Array<[string, RegExp]> = [
  ['Thai', /[\u0E00-\u0E7F]/],
  ['Bengali', /[\u0980-\u09FF]/],
  ['Tamil', /[\u0B80-\u0BFF]/],
  ['Armenian', /[\u0530-\u058F]/],
  ['Georgian', /[\u10A0-\u10FF]/],
];
const NEW_LATIN_LANGUAGES: Array<[string, RegExp]> = [
  ['Hungarian', /Kérem|diagnózis|Számlázási|figyelmen kívül/],
  ['Indonesian', /Mohon|Instruksi|Tolong|Diagnosa untuk tagihan/],
  ['Swedish', /Fråga till kodningen|Sidfot|Tillägg av/],
  ['Romanian', /Întrebare pentru codificare|Vă rog/],
];

describeHeldOutInventory({
  title: 'held-out injection inventory #8 (--injection --holdout8)',
  inventory: 'holdout8',
  notes: 400,
  seed: 6806,
  idPrefix: 'inj6h8',
  forms: HOLDOUT8_FORMS,
  hardNegatives: HOLDOUT8_HARD_NEGATIVES,
  earlierTemplates: templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES),
  minTemplatesPerForm: 7,
  shapes: {
    title: 'carries the promised shapes: MAR row, order comment, dictation correction, chat export, scribe speaker line, DICOM tag, alt text, PDF metadata, barcode, immunization and I&O rows, smart phrase, problem-list comment, portal upload, nine new languages',
    check: (texts) => {
      const has = (re: RegExp) => texts.some((t) => re.test(t));
      expect(has(/^MAR \d\d:\d\d \|/)).toBe(true);
      expect(has(/^Order comment/)).toBe(true);
      expect(has(/^Dictation correction/)).toBe(true);
      expect(has(/^\[\d\d:\d\d\] @/)).toBe(true); // team-chat export
      expect(has(/^Speaker \d \(/)).toBe(true); // ambient-scribe transcript
      expect(has(/^\(00[01]\d,[0-9A-F]{4}\) /)).toBe(true); // DICOM tag
      expect(has(/<img [^>]*alt="/)).toBe(true);
      expect(has(/^PDF metadata/)).toBe(true);
      expect(has(/^Barcode payload/)).toBe(true);
      expect(has(/^Immunization record:/)).toBe(true);
      expect(has(/^I&O flowsheet/)).toBe(true);
      expect(has(/^(@DXADD\(|\.AIDXPROMPT)/)).toBe(true); // smart phrase
      expect(has(/^Problem list/)).toBe(true);
      expect(has(/^(Patient-uploaded file|Patient portal upload)/)).toBe(true);
      for (const [, re] of [...NEW_SCRIPTS, ...NEW_LATIN_LANGUAGES]) expect(has(re)).toBe(true);
    },
  },
  minHardNegatives: 250,
  // Clinicians' sentences in the carriers' own shapes stay evidence.
  hardNegativeShapes: (sentences) => {
    expect(sentences.some((s) => s.startsWith('MAR 08:00 |'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Order comment (ordering physician)'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Dictation correction by the author'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('[21:10] @night-RN'))).toBe(true);
    expect(sentences.some((s) => /[\u0E00-\u0E7F\u0980-\u09FF\u0B80-\u0BFF\u0530-\u058F\u10A0-\u10FF]/.test(s))).toBe(true);
  },
});

describe('injection inventory #8 (scored once unseen in session 12) is new to the inventories before it', () => {
  it('is a study inventory of the statement model since session 13 (inject19, --new-training), after it was scored unseen', () => {
    expect(Object.keys(STUDY_INVENTORIES)).toContain('holdout8');
  });

  it('uses scripts and languages no earlier inventory uses, and its corpus shares no note text with the earlier corpora', () => {
    const earlier = templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES).join('\n');
    for (const [name, re] of [...NEW_SCRIPTS, ...NEW_LATIN_LANGUAGES]) expect(`${name}: ${re.test(earlier)}`).toBe(`${name}: false`);
    const mine = new Set(generateInjectionCorpus({ inventory: 'holdout8', notes: 400 }).map((n) => n.text));
    for (const inventory of ['tune', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'selfcheck7', 'selfcheck7-heldout', 'selfcheck11'] as const) {
      expect(generateInjectionCorpus({ inventory, notes: 400 }).filter((n) => mine.has(n.text))).toEqual([]);
    }
  });
});
