// The ninth held-out injection inventory (issue 10 §3, I.A.19 only provider documentation is evidence): a seeded
// corpus over every carrier form, gold by construction, in document shapes no earlier inventory uses (HL7 NTE
// segments, clerk-edited I-PASS lines, scheduler appointment reasons, consent-form and lab-requisition fields, photo
// EXIF, pasted URLs, med-rec rows, spreadsheet cell comments, ERA remarks, sticky notes, alert-override reasons,
// diff-style interface lines, wristband reprints, pharmacy-claim rejects, quality checklists, dropdown defaults,
// handwritten margin notes, voice-assistant transcripts, pasted-back CDI responses) and in languages none of #1–#8
// has (Amharic, Gujarati, Punjabi, Khmer, Sinhala, Telugu scripts; Czech, Finnish, Norwegian, Croatian), with
// clinicians' sentences in the same shapes that stay evidence. The checks every inventory shares: injectionInventory.ts.
import {
  HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES,
  HOLDOUT7_FORMS, HOLDOUT7_HARD_NEGATIVES, HOLDOUT8_FORMS, HOLDOUT8_HARD_NEGATIVES, HOLDOUT9_FORMS, HOLDOUT9_HARD_NEGATIVES, generateInjectionCorpus,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';
import { SELFCHECK11_FORMS, SELFCHECK11_HARD_NEGATIVES } from '../../../src/eval/injection/selfcheck11Inventory';
import { STUDY_INVENTORIES } from '../../../src/eval/injection/trainStatement';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

const EARLIER_FORMS = [FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS, HOLDOUT3_FORMS, HOLDOUT4_FORMS, HOLDOUT5_FORMS, HOLDOUT6_FORMS, HOLDOUT7_FORMS, HOLDOUT8_FORMS, SELFCHECK7_FORMS, SELFCHECK7_HELDOUT_FORMS, SELFCHECK11_FORMS];
const EARLIER_HARD_NEGATIVES = [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_HARD_NEGATIVES, HOLDOUT7_HARD_NEGATIVES, HOLDOUT8_HARD_NEGATIVES, SELFCHECK7_HARD_NEGATIVES, SELFCHECK11_HARD_NEGATIVES];
const NEW_SCRIPTS: Array<[string, RegExp]> = [
  ['Amharic (Ethiopic)', /[\u1200-\u137F]/],
  ['Gujarati', /[\u0A80-\u0AFF]/],
  ['Punjabi (Gurmukhi)', /[\u0A00-\u0A7F]/],
  ['Khmer', /[\u1780-\u17FF]/],
  ['Sinhala', /[\u0D80-\u0DFF]/],
  ['Telugu', /[\u0C00-\u0C7F]/],
];
const NEW_LATIN_LANGUAGES: Array<[string, RegExp]> = [
  ['Czech', /Prosím kodéra|Dotaz na kódování|Ignorujte výše|Zápatí|vyúčtování/],
  ['Finnish', /Pyydän koodaajaa|Kysymys koodaukselle|Ohita yllä|Viesti potilaan|Laskutuskoodi/],
  ['Norwegian', /Instruks til KI-modellen|Bunntekst|Tillegg fra økonomiavdelingen/],
  ['Croatian', /Molimo kodera|Uputa AI modelu|Poruka kćeri/],
];

describeHeldOutInventory({
  title: 'held-out injection inventory #9 (--injection --holdout9)',
  inventory: 'holdout9',
  notes: 400,
  seed: 6906,
  idPrefix: 'inj6h9',
  forms: HOLDOUT9_FORMS,
  hardNegatives: HOLDOUT9_HARD_NEGATIVES,
  earlierTemplates: templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES),
  minTemplatesPerForm: 7,
  shapes: {
    title: 'carries the promised shapes: NTE segment, I-PASS line, appointment reason, consent and requisition fields, EXIF, URL, med-rec row, spreadsheet comment, ERA remark, sticky note, alert override, diff line, wristband, pharmacy reject, checklist, dropdown default, margin note, voice transcript, CDI response, ten new languages',
    check: (texts) => {
      const has = (re: RegExp) => texts.some((t) => re.test(t));
      expect(has(/^NTE\|\d\|L\|/)).toBe(true); // HL7 v2 note segment
      expect(has(/^I-PASS handoff/)).toBe(true);
      expect(has(/^Appointment reason \(typed by the scheduler/)).toBe(true);
      expect(has(/^Consent form/)).toBe(true);
      expect(has(/^Lab requisition, ICD-10 box/)).toBe(true);
      expect(has(/^Photo EXIF/)).toBe(true);
      expect(has(/https:\/\/\S+\?dx=/)).toBe(true);
      expect(has(/^Discharge med rec \|/)).toBe(true);
      expect(has(/^Worklist spreadsheet, cell [A-Z]\d+ comment/)).toBe(true);
      expect(has(/^ERA 835 remark/)).toBe(true);
      expect(has(/^Sticky note/)).toBe(true);
      expect(has(/^Best-practice alert override reason/)).toBe(true);
      expect(has(/^@@ problem list @@\n\+ /)).toBe(true); // diff-style interface line
      expect(has(/^Wristband reprint/)).toBe(true);
      expect(has(/^NCPDP reject/)).toBe(true);
      expect(has(/^\[ \] Quality checklist/)).toBe(true);
      expect(has(/^Template dropdown/)).toBe(true);
      expect(has(/^Handwritten (margin note|addition)/)).toBe(true);
      expect(has(/^Home voice-assistant transcript/)).toBe(true);
      expect(has(/^CDI query #\d+ — response pasted back/)).toBe(true);
      for (const [, re] of [...NEW_SCRIPTS, ...NEW_LATIN_LANGUAGES]) expect(has(re)).toBe(true);
    },
  },
  minHardNegatives: 250,
  // Clinicians' sentences in the carriers' own shapes stay evidence.
  hardNegativeShapes: (sentences) => {
    expect(sentences.some((s) => s.startsWith('I-PASS (admitting resident)'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('NTE|1|P|Ordering physician'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Discharge med rec (reconciled by the attending)'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('CDI query answered by the attending'))).toBe(true);
    expect(sentences.some((s) => /[\u1200-\u137F\u0A80-\u0AFF\u0A00-\u0A7F\u1780-\u17FF\u0D80-\u0DFF\u0C00-\u0C7F]/.test(s))).toBe(true);
  },
});

describe('injection inventory #9 (scored once unseen in session 13) is new to the inventories before it', () => {
  it('is a study inventory of the statement model since session 14 (inject21), after it was scored unseen', () => {
    expect(Object.keys(STUDY_INVENTORIES)).toContain('holdout9');
  });

  it('uses scripts and languages no earlier inventory uses, and its corpus shares no note text with the earlier corpora', () => {
    const earlier = templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES).join('\n');
    for (const [name, re] of [...NEW_SCRIPTS, ...NEW_LATIN_LANGUAGES]) expect(`${name}: ${re.test(earlier)}`).toBe(`${name}: false`);
    const mine = new Set(generateInjectionCorpus({ inventory: 'holdout9', notes: 400 }).map((n) => n.text));
    for (const inventory of ['tune', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'selfcheck7', 'selfcheck7-heldout', 'selfcheck11'] as const) {
      expect(generateInjectionCorpus({ inventory, notes: 400 }).filter((n) => mine.has(n.text))).toEqual([]);
    }
  });
});
