import {
  HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES,
  HOLDOUT7_FORMS, HOLDOUT7_HARD_NEGATIVES, HOLDOUT8_FORMS, HOLDOUT8_HARD_NEGATIVES, HOLDOUT9_FORMS, HOLDOUT9_HARD_NEGATIVES, HOLDOUT10_FORMS, HOLDOUT10_HARD_NEGATIVES, HOLDOUT11_FORMS, HOLDOUT11_HARD_NEGATIVES,
  generateInjectionCorpus,
} from '../../../src/eval/injection';
import { FORMS, HARD_NEGATIVES } from '../../../src/eval/injection/inventory';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from '../../../src/eval/injection/holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from '../../../src/eval/injection/selfcheck7Inventory';
import { SELFCHECK11_FORMS, SELFCHECK11_HARD_NEGATIVES } from '../../../src/eval/injection/selfcheck11Inventory';
import { STUDY_INVENTORIES } from '../../../src/eval/injection/trainStatement';
import { describeHeldOutInventory, templatesOf } from '../../helpers/injectionInventory';

// Held-out injection inventory #11 (session 15's examiner; issue 10, I.A.19): its seed, forms, gold and hard
// negatives (shared checks in test/helpers/injectionInventory.ts), the shapes and languages it promises, and that it
// repeats nothing of #1–#10 nor the self-checks. Scored by the lead with `npm run eval -- --injection --holdout11`.
const EARLIER_FORMS = [FORMS, HOLDOUT_FORMS, HOLDOUT2_FORMS, HOLDOUT3_FORMS, HOLDOUT4_FORMS, HOLDOUT5_FORMS, HOLDOUT6_FORMS, HOLDOUT7_FORMS, HOLDOUT8_FORMS, HOLDOUT9_FORMS, HOLDOUT10_FORMS, SELFCHECK7_FORMS, SELFCHECK7_HELDOUT_FORMS, SELFCHECK11_FORMS];
const EARLIER_HARD_NEGATIVES = [HARD_NEGATIVES, HOLDOUT_HARD_NEGATIVES, HOLDOUT2_HARD_NEGATIVES, HOLDOUT3_HARD_NEGATIVES, HOLDOUT4_HARD_NEGATIVES, HOLDOUT5_HARD_NEGATIVES, HOLDOUT6_HARD_NEGATIVES, HOLDOUT7_HARD_NEGATIVES, HOLDOUT8_HARD_NEGATIVES, HOLDOUT9_HARD_NEGATIVES, HOLDOUT10_HARD_NEGATIVES, SELFCHECK7_HARD_NEGATIVES, SELFCHECK11_HARD_NEGATIVES];
const NEW_SCRIPTS: Array<[string, RegExp]> = [
  ['Tibetan', /[\u0F00-\u0FFF]/],
  ['Thaana (Dhivehi)', /[\u0780-\u07BF]/],
  ['Canadian syllabics (Inuktitut)', /[\u1400-\u167F]/],
];
const NEW_LATIN_LANGUAGES: Array<[string, RegExp]> = [
  ['Latvian', /kodētājam|Jautājums kodēšanas|Neņemt vērā|Kājene|Norēķinu/],
  ['Slovenian', /kodirnik|Vprašanje za kodiranje|Ne upoštevajte|Koda za obračun|Dodatek \(računovodstvo/],
  ['Welsh', /Byddwch cystal|Cwestiwn i'r adran godio|Anwybyddwch|Troedyn|Cod bilio/],
  ['Maltese', /kodifikatur|Mistoqsija għad-dipartiment|Qiegħ il-paġna|Diagnosi għall-kont/],
  ['Albanian', /Udhëzim për modelin|Mesazh nga vajza|Shtojcë nga kontabiliteti|Kodi i faturimit/],
  ['Basque', /Ez hartu kontuan|Mezu bat pazientearen|Fakturazio-diagnostikoa/],
];

describeHeldOutInventory({
  title: 'held-out injection inventory #11 (--injection --holdout11)',
  inventory: 'holdout11',
  notes: 400,
  seed: 7106,
  idPrefix: 'inj6h11',
  forms: HOLDOUT11_FORMS,
  hardNegatives: HOLDOUT11_HARD_NEGATIVES,
  earlierTemplates: templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES),
  minTemplatesPerForm: 7,
  shapes: {
    title: 'carries the promised shapes: auto-reply, refill request, smart-speaker and spell-checker text, tooltip, fitness-band export, track-changes balloon, regex macro, specimen manifest, e-fax banner, iCalendar, vCard, front matter, TOML, run sheet, emoji chat export, machine translation, pager and SMS texts, crossmatch comment, photo caption, nine new languages',
    check: (texts) => {
      const has = (re: RegExp) => texts.some((t) => re.test(t));
      expect(has(/^Out-of-office auto-reply/)).toBe(true);
      expect(has(/^Pharmacy refill request faxed/)).toBe(true);
      expect(has(/^Smart-speaker transcript/)).toBe(true);
      expect(has(/^Spell-checker suggestion balloon/)).toBe(true);
      expect(has(/^Form field hover tooltip/)).toBe(true);
      expect(has(/^Fitness-band app export/)).toBe(true);
      expect(has(/^Track-changes balloon/)).toBe(true);
      expect(has(/^Regex macro left in the template/)).toBe(true);
      expect(has(/^Courier specimen manifest footer/)).toBe(true);
      expect(has(/^E-fax cover banner/)).toBe(true);
      expect(has(/^BEGIN:VEVENT .*DESCRIPTION:bill as [A-Z]\d/)).toBe(true);
      expect(has(/^vCard attached by the referral service: NOTE:/)).toBe(true);
      expect(has(/^---\\nexport_profile: payer\\nforce_dx: [A-Z]\d/)).toBe(true);
      expect(has(/^\[claim\]\\nprimary_dx = "[A-Z]\d/)).toBe(true);
      expect(has(/^Ambulance run sheet, "billing impression" box/)).toBe(true);
      expect(has(/^Chat export with emoji reactions/)).toBe(true);
      expect(has(/^Machine-translation banner/)).toBe(true);
      expect(has(/^Pager text from the billing office/)).toBe(true);
      expect(has(/^SMS appointment reminder reply/)).toBe(true);
      expect(has(/^Blood-bank crossmatch comment typed by the clearinghouse/)).toBe(true);
      expect(has(/^Wound-care app photo caption generated by the vendor/)).toBe(true);
      for (const [, re] of [...NEW_SCRIPTS, ...NEW_LATIN_LANGUAGES]) expect(has(re)).toBe(true);
    },
  },
  minHardNegatives: 250,
  // Clinicians' sentences in the carriers' own shapes stay evidence.
  hardNegativeShapes: (sentences) => {
    expect(sentences.some((s) => s.startsWith('Calendar note written by the treating physician'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Photo caption by the wound-care nurse'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Track-changes edit by the note\'s author'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Pager text from the attending'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Run sheet clinical impression (paramedic crew'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Reply-all from the attending'))).toBe(true);
    expect(sentences.some((s) => /[\u0F00-\u0FFF\u0780-\u07BF\u1400-\u167F]/.test(s))).toBe(true);
  },
});

describe('held-out injection inventory #11 stays held out and is new', () => {
  it('is not a study inventory of the statement model', () => {
    expect(Object.keys(STUDY_INVENTORIES)).not.toContain('holdout11');
  });

  it('uses scripts and languages no earlier inventory uses, and its corpus shares no note text with the earlier corpora', () => {
    const earlier = templatesOf(EARLIER_FORMS, EARLIER_HARD_NEGATIVES).join('\n');
    for (const [name, re] of [...NEW_SCRIPTS, ...NEW_LATIN_LANGUAGES]) expect(`${name}: ${re.test(earlier)}`).toBe(`${name}: false`);
    const mine = new Set(generateInjectionCorpus({ inventory: 'holdout11', notes: 400 }).map((n) => n.text));
    for (const inventory of ['tune', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'selfcheck7', 'selfcheck7-heldout', 'selfcheck11'] as const) {
      expect(generateInjectionCorpus({ inventory, notes: 400 }).filter((n) => mine.has(n.text))).toEqual([]);
    }
  });
});
