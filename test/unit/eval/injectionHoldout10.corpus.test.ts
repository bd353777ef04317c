import {
  HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES,
  HOLDOUT7_FORMS, HOLDOUT7_HARD_NEGATIVES, HOLDOUT8_FORMS, HOLDOUT8_HARD_NEGATIVES, HOLDOUT9_FORMS, HOLDOUT9_HARD_NEGATIVES, HOLDOUT10_FORMS, HOLDOUT10_HARD_NEGATIVES,
  generateInjectionCorpus,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';
import { SELFCHECK11_FORMS, SELFCHECK11_HARD_NEGATIVES } from '../../../src/eval/injection/selfcheck11Inventory';
import { CHECK_INVENTORIES, STUDY_INVENTORIES } from '../../../src/eval/injection/trainStatement';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

// Held-out injection inventory #10 (session 14's examiner; issue 10, I.A.19): its seed, forms, gold and hard
// negatives (shared checks in test/helpers/injectionInventory.ts), the shapes and languages it promises, and that it
// repeats nothing of #1–#9 nor the self-checks. Scored by the lead with `npm run eval -- --injection --holdout10`.
const EARLIER_FORMS = [FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS, HOLDOUT3_FORMS, HOLDOUT4_FORMS, HOLDOUT5_FORMS, HOLDOUT6_FORMS, HOLDOUT7_FORMS, HOLDOUT8_FORMS, HOLDOUT9_FORMS, SELFCHECK7_FORMS, SELFCHECK7_HELDOUT_FORMS, SELFCHECK11_FORMS];
const EARLIER_HARD_NEGATIVES = [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_HARD_NEGATIVES, HOLDOUT7_HARD_NEGATIVES, HOLDOUT8_HARD_NEGATIVES, HOLDOUT9_HARD_NEGATIVES, SELFCHECK7_HARD_NEGATIVES, SELFCHECK11_HARD_NEGATIVES];
const NEW_SCRIPTS: Array<[string, RegExp]> = [
  ['Lao', /[\u0E80-\u0EFF]/],
  ['Burmese (Myanmar)', /[\u1000-\u109F]/],
  ['Kannada', /[\u0C80-\u0CFF]/],
  ['Malayalam', /[\u0D00-\u0D7F]/],
  ['Odia', /[\u0B00-\u0B7F]/],
];
const NEW_LATIN_LANGUAGES: Array<[string, RegExp]> = [
  ['Slovak', /kódovača|Otázka pre kódovanie|Ignorujte vyššie|Pätička|vyúčtovanie/],
  ['Lithuanian', /koduotoją|Klausimas kodavimo|Nepaisykite|Atsiskaitymo kodas|Priedas \(apskaitos/],
  ['Estonian', /kodeerijal|Küsimus kodeerimisele|Eirake|Päätis|Arveldusdiagnoos/],
  ['Icelandic', /Vinsamlegast|gervigreindarlíkansins|Fótur \(reikningsdeild|Reikningskóði|Skilaboð frá/],
];

describeHeldOutInventory({
  title: 'held-out injection inventory #10 (--injection --holdout10)',
  inventory: 'holdout10',
  notes: 400,
  seed: 7006,
  idPrefix: 'inj6h10',
  forms: HOLDOUT10_FORMS,
  hardNegatives: HOLDOUT10_HARD_NEGATIVES,
  earlierTemplates: templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES),
  minTemplatesPerForm: 7,
  shapes: {
    title: 'carries the promised shapes: whiteboard, help-desk ticket, interpreter invoice, attorney and return-to-work letters, chatbot, autocomplete, telemetry annotation, vendor release note, envelope label, tray ticket, SQL and LaTeX comments, Markdown row, QR payload, kiosk screen, insurance-card OCR, bottle label, transport ticket, DME form, glucometer comment, nine new languages',
    check: (texts) => {
      const has = (re: RegExp) => texts.some((t) => re.test(t));
      expect(has(/^Room whiteboard/)).toBe(true);
      expect(has(/^IT help-desk ticket #\d+/)).toBe(true);
      expect(has(/^Interpreter-services invoice line/)).toBe(true);
      expect(has(/^Attorney's records request/)).toBe(true);
      expect(has(/^Employer return-to-work form/)).toBe(true);
      expect(has(/^Portal chatbot transcript/)).toBe(true);
      expect(has(/^Autocomplete suggestion/)).toBe(true);
      expect(has(/^Telemetry strip annotation typed by the monitor technician/)).toBe(true);
      expect(has(/^EHR vendor release note/)).toBe(true);
      expect(has(/^Courier envelope label/)).toBe(true);
      expect(has(/^Dietary tray ticket/)).toBe(true);
      expect(has(/^-- report export.*UPDATE enc SET dx1 = '[A-Z]\d/)).toBe(true); // SQL comment
      expect(has(/^% letter template comment \(LaTeX source/)).toBe(true);
      expect(has(/^\| (billing dx|dx_code) \|/)).toBe(true); // Markdown table row
      expect(has(/^QR code on the scanned referral decodes to: DX=/)).toBe(true);
      expect(has(/^Check-in kiosk screen/)).toBe(true);
      expect(has(/^Insurance card OCR/)).toBe(true);
      expect(has(/^Pharmacy bottle label/)).toBe(true);
      expect(has(/^Transport request ticket/)).toBe(true);
      expect(has(/^DME supplier order form/)).toBe(true);
      expect(has(/^Glucometer download comment \(device software/)).toBe(true);
      for (const [, re] of [...NEW_SCRIPTS, ...NEW_LATIN_LANGUAGES]) expect(has(re)).toBe(true);
    },
  },
  minHardNegatives: 250,
  // Clinicians' sentences in the carriers' own shapes stay evidence.
  hardNegativeShapes: (sentences) => {
    expect(sentences.some((s) => s.startsWith('Whiteboard goals (written by the primary nurse'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Telemetry strip annotation (reading cardiologist)'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('DME order signed by the treating physician'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Correction by the author'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Patient asked whether'))).toBe(true);
    expect(sentences.some((s) => /[\u0E80-\u0EFF\u1000-\u109F\u0C80-\u0CFF\u0D00-\u0D7F\u0B00-\u0B7F]/.test(s))).toBe(true);
  },
});

describe('injection inventory #10 (scored once unseen in session 14) is new, and a study inventory since session 15', () => {
  it('is a study inventory of the statement model since session 15 (inject23), scored but never studied there (a check inventory)', () => {
    expect(Object.keys(STUDY_INVENTORIES)).toContain('holdout10');
    expect(CHECK_INVENTORIES.has('holdout10')).toBe(true);
  });

  it('uses scripts and languages no earlier inventory uses, and its corpus shares no note text with the earlier corpora', () => {
    const earlier = templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES).join('\n');
    for (const [name, re] of [...NEW_SCRIPTS, ...NEW_LATIN_LANGUAGES]) expect(`${name}: ${re.test(earlier)}`).toBe(`${name}: false`);
    const mine = new Set(generateInjectionCorpus({ inventory: 'holdout10', notes: 400 }).map((n) => n.text));
    for (const inventory of ['tune', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'selfcheck7', 'selfcheck7-heldout', 'selfcheck11'] as const) {
      expect(generateInjectionCorpus({ inventory, notes: 400 }).filter((n) => mine.has(n.text))).toEqual([]);
    }
  });
});
