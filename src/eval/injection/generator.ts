// Owns the seeded adversarial injection corpus: notes built on one clinical scenario, optionally with a
// clinician's imperative sentence (a hard negative that IS evidence), with one instruction planted in a
// carrier (request, query, role prompt, override, header/footer, markup, pasted message, non-clinician
// addendum, diagnosis only, code only) at a position the carrier would take. Every note comes with its
// clean twin (the same text without the instruction), so the scorer can tell what the instruction did.
// Gold is known by construction: the scenario's code and the hard negative's code.
import { Rng } from '../synthetic/prng';
import {
  CLINICAL_SCENARIOS, FORMS, HARD_NEGATIVES, INJECTED_TARGETS, INJECTION_FORMS, TREATED_CONDITIONS,
  type HardNegativeTemplate, type InjectedTarget, type InjectionForm,
} from './inventory';
import type { Span } from '../../engine/types';
import { HOLDOUT2_FORMS, HOLDOUT2_HARD_NEGATIVES, HOLDOUT_FORMS, HOLDOUT_HARD_NEGATIVES } from './holdoutInventory';
import { SELFCHECK7_FORMS, SELFCHECK7_HARD_NEGATIVES, SELFCHECK7_HELDOUT_FORMS } from './selfcheck7Inventory';
import { HOLDOUT3_FORMS, HOLDOUT3_HARD_NEGATIVES } from './holdout3Inventory';
import { HOLDOUT4_FORMS, HOLDOUT4_HARD_NEGATIVES } from './holdout4Inventory';
import { HOLDOUT5_FORMS, HOLDOUT5_HARD_NEGATIVES } from './holdout5Inventory';
import { HOLDOUT6_FORMS, HOLDOUT6_HARD_NEGATIVES } from './holdout6Inventory';
import { HOLDOUT7_FORMS, HOLDOUT7_HARD_NEGATIVES } from './holdout7Inventory';
import { HOLDOUT8_FORMS, HOLDOUT8_HARD_NEGATIVES } from './holdout8Inventory';
import { HOLDOUT9_FORMS, HOLDOUT9_HARD_NEGATIVES } from './holdout9Inventory';
import { HOLDOUT10_FORMS, HOLDOUT10_HARD_NEGATIVES } from './holdout10Inventory';
import { HOLDOUT11_FORMS, HOLDOUT11_HARD_NEGATIVES } from './holdout11Inventory';
import { SELFCHECK11_FORMS, SELFCHECK11_HARD_NEGATIVES } from './selfcheck11Inventory';

export const DEFAULT_INJECTION_SEED = 6006;
export const DEFAULT_INJECTION_NOTES = 400;
export const DEFAULT_INJECTION_HOLDOUT_SEED = 6106;
export const DEFAULT_INJECTION_HOLDOUT2_SEED = 6206;
export const DEFAULT_INJECTION_SELFCHECK7_SEED = 7306;
export const DEFAULT_INJECTION_HOLDOUT3_SEED = 6306;
export const DEFAULT_INJECTION_HOLDOUT4_SEED = 6406;
export const DEFAULT_INJECTION_HOLDOUT5_SEED = 6506;
export const DEFAULT_INJECTION_HOLDOUT6_SEED = 6606;
export const DEFAULT_INJECTION_HOLDOUT7_SEED = 6706;
export const DEFAULT_INJECTION_HOLDOUT8_SEED = 6806;
export const DEFAULT_INJECTION_HOLDOUT9_SEED = 6906;
export const DEFAULT_INJECTION_HOLDOUT10_SEED = 7006;
export const DEFAULT_INJECTION_HOLDOUT11_SEED = 7106;
export const DEFAULT_INJECTION_SELFCHECK11_SEED = 11_015;

/** Which phrase inventory: the one the rules were hardened on, a held-out one (holdoutInventory.ts, holdout3Inventory.ts, holdout4Inventory.ts, holdout5Inventory.ts, holdout6Inventory.ts, holdout7Inventory.ts, holdout8Inventory.ts, holdout9Inventory.ts, holdout10Inventory.ts, holdout11Inventory.ts) or a self-check (sessions 7 and 11). */
export type InjectionInventory = 'tune' | 'holdout' | 'holdout2' | 'holdout3' | 'holdout4' | 'holdout5' | 'holdout6' | 'holdout7' | 'holdout8' | 'holdout9' | 'holdout10' | 'holdout11' | 'selfcheck7' | 'selfcheck7-heldout' | 'selfcheck11';

interface Phrases {
  forms: Record<InjectionForm, readonly string[]>;
  hardNegatives: readonly HardNegativeTemplate[];
}

/** Default seed of each inventory's corpus. */
export const DEFAULT_INJECTION_SEEDS: Readonly<Record<InjectionInventory, number>> = {
  tune: DEFAULT_INJECTION_SEED, holdout: DEFAULT_INJECTION_HOLDOUT_SEED, holdout2: DEFAULT_INJECTION_HOLDOUT2_SEED, holdout3: DEFAULT_INJECTION_HOLDOUT3_SEED, holdout4: DEFAULT_INJECTION_HOLDOUT4_SEED, holdout5: DEFAULT_INJECTION_HOLDOUT5_SEED, holdout6: DEFAULT_INJECTION_HOLDOUT6_SEED, holdout7: DEFAULT_INJECTION_HOLDOUT7_SEED, holdout8: DEFAULT_INJECTION_HOLDOUT8_SEED, holdout9: DEFAULT_INJECTION_HOLDOUT9_SEED, holdout10: DEFAULT_INJECTION_HOLDOUT10_SEED, holdout11: DEFAULT_INJECTION_HOLDOUT11_SEED,
  selfcheck7: DEFAULT_INJECTION_SELFCHECK7_SEED, 'selfcheck7-heldout': DEFAULT_INJECTION_SELFCHECK7_SEED, selfcheck11: DEFAULT_INJECTION_SELFCHECK11_SEED,
};

const INVENTORIES: Record<InjectionInventory, Phrases> = {
  tune: { forms: FORMS, hardNegatives: HARD_NEGATIVES },
  holdout: { forms: HOLDOUT_FORMS, hardNegatives: HOLDOUT_HARD_NEGATIVES },
  holdout2: { forms: HOLDOUT2_FORMS, hardNegatives: HOLDOUT2_HARD_NEGATIVES },
  selfcheck7: { forms: SELFCHECK7_FORMS, hardNegatives: SELFCHECK7_HARD_NEGATIVES },
  'selfcheck7-heldout': { forms: SELFCHECK7_HELDOUT_FORMS, hardNegatives: SELFCHECK7_HARD_NEGATIVES },
  holdout3: { forms: HOLDOUT3_FORMS, hardNegatives: HOLDOUT3_HARD_NEGATIVES },
  holdout4: { forms: HOLDOUT4_FORMS, hardNegatives: HOLDOUT4_HARD_NEGATIVES },
  holdout5: { forms: HOLDOUT5_FORMS, hardNegatives: HOLDOUT5_HARD_NEGATIVES },
  holdout6: { forms: HOLDOUT6_FORMS, hardNegatives: HOLDOUT6_HARD_NEGATIVES },
  holdout7: { forms: HOLDOUT7_FORMS, hardNegatives: HOLDOUT7_HARD_NEGATIVES },
  holdout8: { forms: HOLDOUT8_FORMS, hardNegatives: HOLDOUT8_HARD_NEGATIVES },
  holdout9: { forms: HOLDOUT9_FORMS, hardNegatives: HOLDOUT9_HARD_NEGATIVES },
  holdout10: { forms: HOLDOUT10_FORMS, hardNegatives: HOLDOUT10_HARD_NEGATIVES },
  holdout11: { forms: HOLDOUT11_FORMS, hardNegatives: HOLDOUT11_HARD_NEGATIVES },
  selfcheck11: { forms: SELFCHECK11_FORMS, hardNegatives: SELFCHECK11_HARD_NEGATIVES },
};

export interface HardNegative extends Span {
  code: string;
  category: string;
  style: HardNegativeTemplate['style'];
}

export interface InjectionNote {
  id: string;
  form: InjectionForm;
  /** Where the instruction sits: header (before the note), inline (inside a clinical line), after-assessment, footer. */
  placement: Placement;
  text: string;
  /** The same note without the instruction. */
  clean: string;
  /** Codes the clinical text supports. */
  gold: string[];
  /** The instruction's span in `text`. */
  instruction: Span;
  target: InjectedTarget;
  /** The hard negative's span in `text` (and its code), when the note has one. */
  hardNegative?: HardNegative;
}

const ID_TAGS: Record<InjectionInventory, string> = { tune: '', holdout: 'h', holdout2: 'h2', holdout3: 'h3', holdout4: 'h4', holdout5: 'h5', holdout6: 'h6', holdout7: 'h7', holdout8: 'h8', holdout9: 'h9', holdout10: 'h10', holdout11: 'h11', selfcheck7: 's7', 'selfcheck7-heldout': 's7h', selfcheck11: 's11' };

type Placement = 'header' | 'inline' | 'after-assessment' | 'footer';

/** Where a carrier is written in real notes (markup and brackets go inline too). */
const PLACEMENTS: Record<InjectionForm, readonly Placement[]> = {
  request: ['after-assessment', 'footer', 'inline'],
  query: ['after-assessment', 'footer'],
  'role-prompt': ['header', 'footer', 'after-assessment'],
  override: ['after-assessment', 'footer'],
  'header-footer': ['header', 'footer'],
  markup: ['inline', 'header', 'footer'],
  'pasted-message': ['footer'],
  addendum: ['footer'],
  'dx-only': ['after-assessment', 'footer', 'inline'],
  'code-only': ['after-assessment', 'footer', 'inline'],
};

export const ASSESSMENT_LABELS = ['Assessment:', 'A/P:', 'Impression:', 'Dx:', 'Assessment and plan:'];
export const PLAN_LABELS = ['Plan:', 'P:', 'Plan -'];

export function generateInjectionCorpus(options: { seed?: number; notes?: number; inventory?: InjectionInventory } = {}): InjectionNote[] {
  const inventory = options.inventory ?? 'tune';
  const phrases = INVENTORIES[inventory];
  const seed = options.seed ?? DEFAULT_INJECTION_SEEDS[inventory];
  const count = options.notes ?? DEFAULT_INJECTION_NOTES;
  const rng = new Rng(seed);
  const out: InjectionNote[] = [];
  for (let i = 0; i < count; i++) {
    const form = INJECTION_FORMS[i % INJECTION_FORMS.length];
    out.push(buildNote(rng, `inj6${ID_TAGS[inventory]}-${seed}-${String(i).padStart(4, '0')}`, form, phrases));
  }
  return out;
}

function buildNote(rng: Rng, id: string, form: InjectionForm, phrases: Phrases): InjectionNote {
  const scenario = rng.pick(CLINICAL_SCENARIOS);
  const treated = rng.chance(0.7) ? rng.pick(TREATED_CONDITIONS) : undefined;
  const gold = [scenario.code, ...(treated ? [treated.code] : [])];
  const goldCategories = new Set(gold.map((c) => c.slice(0, 3)));
  const targets = INJECTED_TARGETS.filter((t) => !t.categories.some((c) => goldCategories.has(c)));
  const target = rng.pick(targets);
  const instructionText = fill(rng.pick(phrases.forms[form]), target, rng);
  const placement = rng.pick(PLACEMENTS[form]);

  // Lines of the clean note, the hard negative in the plan.
  const header = scenario.visit;
  const findings = scenario.findings.join(rng.chance(0.5) ? ' ' : '\n');
  const assessment = `${rng.pick(ASSESSMENT_LABELS)} ${scenario.assessment}.`;
  const hardNegativeTemplate = treated ? rng.pick(phrases.hardNegatives) : undefined;
  const dx = treated ? rng.pick(treated.dx) : '';
  const hardNegativeText = treated && hardNegativeTemplate ? hardNegativeTemplate.template.replace('{dx}', dx).replace('{drug}', rng.pick(treated.drug)) : '';
  const plan = `${rng.pick(PLAN_LABELS)} ${scenario.plan}`;

  const build = (withInstruction: boolean) => {
    let text = '';
    let instruction: Span = { start: 0, end: 0 };
    let hardNegative: HardNegative | undefined;
    const put = (s: string) => {
      text += s;
    };
    const putInstruction = (s: string) => {
      instruction = { start: text.length, end: text.length + s.length };
      text += s;
    };
    if (withInstruction && placement === 'header') {
      putInstruction(instructionText);
      put('\n');
    }
    put(`${header}\n${findings}\n`);
    if (withInstruction && placement === 'inline') {
      // Inside the assessment line, after its statement: "Dx: acute bronchitis. [coder: …]"
      put(assessment.slice(0, -1) + '. ');
      putInstruction(instructionText);
      put('\n');
    } else put(`${assessment}\n`);
    if (withInstruction && placement === 'after-assessment') {
      putInstruction(instructionText);
      put('\n');
    }
    put(plan);
    if (treated && hardNegativeTemplate) {
      put(rng2Separator(id));
      hardNegative = { start: text.length, end: text.length + hardNegativeText.length, code: treated.code, category: treated.category, style: hardNegativeTemplate.style };
      put(hardNegativeText);
    }
    put('\n');
    if (withInstruction && placement === 'footer') {
      put(id.charCodeAt(id.length - 1) % 2 ? '\n' : '');
      putInstruction(instructionText);
      put('\n');
    }
    return { text, instruction, hardNegative };
  };
  const injected = build(true);
  const clean = build(false);
  return { id, form, placement, text: injected.text, clean: clean.text, gold, instruction: injected.instruction, target, hardNegative: injected.hardNegative };
}

/** The hard negative shares the plan line or takes its own: fixed per note so both twins agree. */
function rng2Separator(id: string): string {
  return id.charCodeAt(id.length - 2) % 2 ? ' ' : '\n';
}

function fill(template: string, target: InjectedTarget, rng: Rng): string {
  return template
    .replace(/\{dx\}/g, () => rng.pick(target.names))
    .replace(/\{short\}/g, () => rng.pick(target.short))
    .replace(/\{code\}/g, target.code);
}
